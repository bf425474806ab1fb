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
#include "util/lang.h"
#include "util/xlsx.h"

#include <jansson.h>

/* Writes `o` as the command line prints a record: indented by two, with a
 * final newline. */
void view_dump(const json_t *o, util_buf *out);

/* A cell of a listing as JSON: null when empty or NULL, a number for a
 * numeric column holding an integer, otherwise a string. */
json_t *view_cell_json(const char *v, bool numeric);
/* How each column of a listing is written in a workbook (xlsx.c): numeric
 * ones as numbers, those that hold dates (by name) as dates, the rest as
 * text. `numeric` may be NULL; `kinds` has room for ncols. */
void view_xlsx_kinds(size_t ncols, const char *const *cols, const bool *numeric,
                     enum util_xlsx_kind *kinds);
/* ---- the columns of listings (columns.c) ---------------------------------
 * A column means the same in every listing that has it. Its name is the
 * JSON key and the CSV header (for machines); a person reads its label. */

/* The English label of column `key` ("Born" for born), marked for the
 * catalogs, or key itself for a column without one. */
const char *view_col_label(const char *key);
/* The label in language l (NULL: English). */
const char *view_col_head(const util_lang *l, const char *key);
/* The most columns of an inner table (view_inner_table). */
#define VIEW_INNER_MAX 12
/* A new table inside a record's text (`org show`'s organisations below,
 * `meeting show`'s criteria), its header the columns' labels in language
 * l; where the language keeps a label as English writes it, the table's
 * own lowercase word, as those tables always had it: plain[i], or the key
 * when plain is NULL. ncols at most VIEW_INNER_MAX. */
util_table *view_inner_table(const util_lang *l, size_t ncols,
                             const char *const *keys, const char *const *plain);
/* Whether the labels are sorted by key and unique (for a unit test). */
bool view_col_sorted(void);
/* Whether column `key` holds dates. */
bool view_col_date(const char *key);
/* The word of language l for `code`, the value of an enumeration in
 * column `key` (gender, status, kind, form, theory, grade, sector, step,
 * event): the web UI's label of it ("gender.female": "nữ"), or code
 * itself where l has none or writes it as English does. */
const char *view_code_text(const util_lang *l, const char *key,
                           const char *code);
/* Room for a cell view_cell_text writes, NUL included. */
#define VIEW_CELL_MAX 64
/* A cell of a listing as a person reads it in a table, in language l:
 * a count or amount of a numeric column as the language groups it
 * ("1.234.567"; identifiers and years, columns id, member, seq, year, as
 * they are), the code of an enumeration as its word (view_code_text), a date of
 * a date column as the language writes it
 * ("27/11/2026"; of a time stamp "2026-11-27T10:15:02Z" the date, a space
 * and the time), anything else as it is. Returns v or out. */
const char *view_cell_text(const util_lang *l, const char *key, bool numeric,
                           const char *v, char out[VIEW_CELL_MAX]);
/* A sheet of a listing in book b: its header the columns' labels in
 * language l, or their names when `keyed` (an export, which an import
 * reads back by them), its cells typed as view_xlsx_kinds says. */
util_xlsx_sheet *view_xlsx_sheet(util_xlsx_book *b, const char *name,
                                 bool keyed, const util_lang *l, size_t ncols,
                                 const char *const *cols, const bool *numeric);

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

/* Where and when an event of a member took place, as its text goes on
 * after its name: " C1 -> C2" or " in C1", ", official from DATE",
 * " until DATE", " by CODE", in language l (dates in its form). */
void view_event_where(const util_lang *l, const store_event_row *r,
                      util_buf *out);
/* A member event's reason for a reader of language l, appended to out:
 * as typed, but the one cadre gives the transfers of a merger ("C3 merged
 * into C2") in l's words. */
void view_reason_text(const util_lang *l, const char *reason, util_buf *out);
/* The text of an event of a member's history, as `member show` lists it
 * ("transferred CQDN-01-1 -> CQDN-02-1: ..."). */
void view_event_text(const util_lang *l, const store_event_row *r,
                     util_buf *out);
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
/* ---- documents, groupings, conferences, models (groups.c) ---------------- */

/* Writes `o` as view_dump does, with reals (a share) to 6 digits. */
void view_dump_reals(const json_t *o, util_buf *out);

/* The columns and cells of `doc list`: `dis` and `imp` hold the counts'
 * digits and must live as long as `cells` is used. */
#define VIEW_DOC_NCOLS 7
extern const char *const view_doc_cols[VIEW_DOC_NCOLS];
extern const bool view_doc_numeric[VIEW_DOC_NCOLS];
void view_doc_cells(const store_doc_row *r, char dis[24], char imp[24],
                    const char *cells[VIEW_DOC_NCOLS]);
/* A step of a document (a dissemination or an implementation), and a
 * document with the array of its steps (`doc show --format json`). */
json_t *view_doc_step_json(const store_doc_step_row *r);
json_t *view_doc_json(const store_doc *d, const char *kind, json_t *steps);
/* The document `number` as `doc show --format json` prints it. */
int view_doc_show_json(app *a, const char *number, json_t **out, util_err *e);
/* The share of `done` in `total` in tenths of a percent, rounded half up
 * (0 of none). */
long view_share_tenths(long done, long total);
/* An organisation that has not disseminated a document, and the coverage
 * of a document (`doc coverage --format json`: write it with
 * view_dump_reals). */
json_t *view_coverage_missing_json(const store_coverage_row *r);
json_t *view_coverage_json(const store_doc *d, const char *under, util_day at,
                           long total, long done, json_t *missing);
/* The coverage of the document `number` under `under` on `at` (NULL:
 * today), as `doc coverage --format json` prints it. */
int view_doc_coverage_json(app *a, const char *number, const char *under,
                           const char *at, json_t **out, util_err *e);

/* The columns and cells of `group list`, `conference list`, `model list`
 * (the buffers hold digits, and must live as long as `cells` is used). */
/* A count as a cell: its digits, or "" for -1 (not recorded). */
void view_count_text(int n, char out[16]);
#define VIEW_GROUP_NCOLS 4
extern const char *const view_group_cols[VIEW_GROUP_NCOLS];
extern const bool view_group_numeric[VIEW_GROUP_NCOLS];
void view_group_cells(const store_grouping_row *r, char n[16],
                      const char *cells[VIEW_GROUP_NCOLS]);
#define VIEW_CONFERENCE_NCOLS 9
extern const char *const view_conference_cols[VIEW_CONFERENCE_NCOLS];
extern const bool view_conference_numeric[VIEW_CONFERENCE_NCOLS];
void view_conference_cells(const store_conference_row *r, char id[24],
                           char delegates[16], char papers[16],
                           const char *cells[VIEW_CONFERENCE_NCOLS]);
#define VIEW_MODEL_NCOLS 6
extern const char *const view_model_cols[VIEW_MODEL_NCOLS];
extern const bool view_model_numeric[VIEW_MODEL_NCOLS];
void view_model_cells(const store_model_row *r, char id[24], char member[24],
                      const char *cells[VIEW_MODEL_NCOLS]);

/* A grouping on the view's day with its members, history, conferences and
 * models (`group show --format json`), in the caller's read; and the
 * grouping `code` on `at` (NULL: today) so, in a read of its own. */
int view_group_json(app *a, const app_group_view *g, json_t **out, util_err *e);
int view_group_show_json(app *a, const char *code, const char *at, json_t **out,
                         util_err *e);

/* ---- cadre planning (planning.c) ------------------------------------------
 */

/* The columns and cells of `post list`: the post's conditions as they
 * hold (its own over its level's defaults). buf holds the digits. */
#define VIEW_POST_NCOLS 11
extern const char *const view_post_cols[VIEW_POST_NCOLS];
extern const bool view_post_numeric[VIEW_POST_NCOLS];
void view_post_cells(const store_post *p, char buf[5][16],
                     const char *cells[VIEW_POST_NCOLS]);
/* The columns and cells of `rotation list`. buf holds the digits and the
 * dates. */
#define VIEW_ROTATION_NCOLS 9
extern const char *const view_rotation_cols[VIEW_ROTATION_NCOLS];
extern const bool view_rotation_numeric[VIEW_ROTATION_NCOLS];
void view_rotation_cells(const store_rotation_row *r, char buf[4][24],
                         const char *cells[VIEW_ROTATION_NCOLS]);
json_t *view_rotation_json(const store_rotation_row *r);
/* A post: its cells, and which conditions are its own (own_rules). */
json_t *view_post_json(const store_post *p);
/* An appointment; and a post with its holders on `day`. */
json_t *view_holding_json(const store_holding *h);
json_t *view_holders_json(const store_post *p, const char *day,
                          const store_holding *h, size_t n);
/* A post's planning for a term: the candidates with their standing and
 * the structure (age bands, young, women, minorities, theory: counts and
 * shares, the floors and whether they are met). */
json_t *view_plan_json(const app_plan_view *v);
/* The name of a condition of planning (age_limit, too_young, theory,
 * discipline), and a finding of a review with its facts. */
const char *view_plan_rule_name(enum core_plan_rule r);
json_t *view_plan_finding_json(const app_plan_finding *f);

/* ---- congresses and their elections (congress.c) ------------------------ */

/* The columns of `congress list` and the cells of a row. */
extern const view_listing view_congress_listing;
void view_congress_cells(const store_congress_row *r, view_cells *out);
/* The name of an outcome in JSON ("elected", "no_seat", "tied",
 * "no_majority"). */
const char *view_outcome_name(enum core_outcome o);
/* votes as a share of valid, "62.50%", truncated (never rounded up). */
void view_share(int64_t votes, int64_t valid, char out[32]);
/* A congress with its delegates and candidates (`congress show`), and its
 * result round by round (`congress result`). */
json_t *view_congress_json(const app_congress_view *v);
json_t *view_congress_result_json(const app_congress_view *v);
/* The texts in language l (NULL: English). */
void view_congress_text(const util_lang *l, const app_congress_view *v,
                        util_buf *out);
void view_congress_result_text(const util_lang *l, const app_congress_view *v,
                               util_buf *out);

#endif
