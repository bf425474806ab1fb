/*
 * view.h — what the front ends show of app's data, built once for both:
 * the command line's `--format json` and the HTTP API answer with the same
 * JSON for the same data, because both call these functions rather than
 * each building its own. Calls only app/ and util/ (tests/layering.sh).
 *
 * Memory: a json_t * returned is new (the caller json_decref's it); text is
 * appended to the caller's util_buf.
 */
#ifndef CADRE_VIEW_H
#define CADRE_VIEW_H

#include "app/app.h"

#include <jansson.h>

/* Writes `o` as the command line prints a record: indented by two, with a
 * final newline. */
void view_dump(const json_t *o, util_buf *out);

/* A cell of a listing as JSON: null when empty or NULL, a number for a
 * numeric column holding an integer, otherwise a string. */
json_t *view_cell_json(const char *v, bool numeric);
/* A row of a listing as a JSON object keyed by the column names. */
json_t *view_row_json(size_t ncols, const char *const *cols,
                      const bool *numeric, const char *const *cells);

/* The columns of a listing of members (`member list`, `member find`, the
 * API's lists) and the cells of a row: `id` holds the id's digits and must
 * live as long as `cells` is used. */
#define VIEW_MEMBER_NCOLS 9
extern const char *const view_member_cols[VIEW_MEMBER_NCOLS];
extern const bool view_member_numeric[VIEW_MEMBER_NCOLS];
void view_member_cells(const store_member_row *r, char id[24],
                       const char *cells[VIEW_MEMBER_NCOLS]);

/* The text of an event of a member's history, as `member show` lists it
 * ("transferred CQDN-01-1 -> CQDN-02-1: ..."). */
void view_event_text(const store_event_row *r, util_buf *out);
/* A member's profile with its history and dated changes (`member show
 * --format json`, GET /api/v1/members/{id}), in the caller's read. */
int view_member_json(app *a, const app_member_view *v, json_t **out,
                     util_err *e);
/* An organisation on the view's day with its children, history and
 * discipline (`org show --format json`, GET /api/v1/orgs/{code}), in the
 * caller's read. */
int view_org_json(app *a, const app_org_view *v, json_t **out, util_err *e);

#endif
