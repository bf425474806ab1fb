/*
 * admin.h — what the administrators' commands show, built once for the
 * command line (`user list`, `audit --format json`) and the API
 * (/api/v1/users, /api/v1/audit), so that both answer alike.
 */
#ifndef CADRE_VIEW_ADMIN_H
#define CADRE_VIEW_ADMIN_H

#include "view/view.h"

/* The columns of `user list` and the cells of an account (never its
 * password's hash). */
#define VIEW_USER_NCOLS 7
extern const char *const view_user_cols[VIEW_USER_NCOLS];
void view_user_cells(const store_user *u, const char *cells[VIEW_USER_NCOLS]);
/* An account as a JSON object of those columns. */
json_t *view_user_json(const store_user *u);

/* An entry of the audit trail with the rows it wrote and their values
 * before and after (`audit --format json`). */
json_t *view_audit_json(const store_audit_row *r);

/* The columns of `event list` and the cells of a member's or an
 * organisation's event: `id` holds the id's digits and `what` the
 * summary ("C1 -> C2", "warning by HT: reason"); both must live as long
 * as `cells` is used (free `what` with util_buf_free). */
#define VIEW_EVENT_NCOLS 10
extern const char *const view_event_cols[VIEW_EVENT_NCOLS];
extern const bool view_event_numeric[VIEW_EVENT_NCOLS];
/* `what` in language l: NULL (English) for CSV, JSON and the API. */
void view_member_event_cells(const util_lang *l, const store_event_row *r,
                             char id[24], util_buf *what,
                             const char *cells[VIEW_EVENT_NCOLS]);
void view_org_event_cells(const util_lang *l, const store_org_event_row *r,
                          char id[24], util_buf *what,
                          const char *cells[VIEW_EVENT_NCOLS]);

/* The columns of `member badges` and the cells of a badge due, whose
 * numbers and dates are written into `text`. */
#define VIEW_BADGE_NCOLS 9
extern const char *const view_badge_cols[VIEW_BADGE_NCOLS];
extern const bool view_badge_numeric[VIEW_BADGE_NCOLS];
typedef struct view_badge_text {
  char id[24], years[8], due[11], earliest[11], awarded[11];
} view_badge_text;
void view_badge_cells(const app_badge_row *r, view_badge_text *text,
                      const char *cells[VIEW_BADGE_NCOLS]);

/* What `export orgs|members|events` writes, row by row (docs/formats.md):
 * the columns and the cells of a row. A member is exported only while
 * probationary or official: view_export_member_cells answers false for
 * the others. `id` and `seq` hold digits and must live as long as the
 * cells are used. */
#define VIEW_EXPORT_ORG_NCOLS 7
#define VIEW_EXPORT_MEMBER_NCOLS 17
#define VIEW_EXPORT_EVENT_NCOLS 25
extern const char *const view_export_org_cols[VIEW_EXPORT_ORG_NCOLS];
extern const char *const view_export_member_cols[VIEW_EXPORT_MEMBER_NCOLS];
extern const char *const view_export_event_cols[VIEW_EXPORT_EVENT_NCOLS];
extern const bool view_export_event_numeric[VIEW_EXPORT_EVENT_NCOLS];
void view_export_org_cells(const store_org_row *r,
                           const char *cells[VIEW_EXPORT_ORG_NCOLS]);
bool view_export_member_cells(const store_member_row *r,
                              const char *cells[VIEW_EXPORT_MEMBER_NCOLS]);
void view_export_org_event_cells(const store_org_event_row *r,
                                 const char *cells[VIEW_EXPORT_EVENT_NCOLS]);
void view_export_member_event_cells(const store_event_row *r, char id[24],
                                    char seq[16],
                                    const char *cells[VIEW_EXPORT_EVENT_NCOLS]);

#endif
