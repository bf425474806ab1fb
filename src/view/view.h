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

/* ---- the records of party work (work.c) ---------------------------------
 * The listings of oversight, awards, funds, classifications, rubrics and
 * the voided records (`NOUN list --format json`, the items of the API's
 * pages), and a record of oversight (`oversight show --format json`, GET
 * /api/v1/oversight/{record}). */

/* The columns of a listing: their names (the keys of a row's JSON) and
 * which hold numbers (NULL: none). */
typedef struct view_listing {
  size_t ncols;
  const char *const *cols;
  const bool *numeric;
} view_listing;

extern const view_listing view_oversight_listing, view_award_listing,
    view_fund_listing, view_assess_listing, view_streak_listing,
    view_voided_listing, view_rubric_listing;

/* The cells of a row, in the order of its listing's columns; the numbers
 * are written into `num`, so the cells live as long as the struct. */
#define VIEW_CELLS_MAX 12
typedef struct view_cells {
  const char *c[VIEW_CELLS_MAX];
  char num[4][24];
} view_cells;

void view_oversight_cells(const store_oversight_row *r, view_cells *out);
void view_award_cells(const store_award_row *r, view_cells *out);
void view_fund_cells(const store_fund_row *r, view_cells *out);
/* A classification (assess list), and a streak's row (assess streak):
 * whom, without the year and the score. */
void view_assess_cells(const store_assess_row *r, view_cells *out);
void view_streak_cells(const store_assess_row *r, view_cells *out);
void view_voided_cells(const store_voided_row *r, view_cells *out);
void view_rubric_cells(const store_rubric_row *r, view_cells *out);

/* A row of a listing as JSON: view_row_json with the listing's columns. */
json_t *view_listing_json(const view_listing *l, const view_cells *cells);

/* A record of oversight with the names its organisations bore on its
 * first day (NULL: none), as `oversight show --format json` writes it. */
json_t *view_oversight_json(const store_oversight_row *r, const char *by_name,
                            const char *org_name);

#endif
