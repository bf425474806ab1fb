/*
 * work.c — the rows of the listings of the records of party work, and a
 * record of oversight, as both front ends show them (view.h).
 */
#include "view/view.h"

#include <stdio.h>
#include <string.h>

/* Writes n (when `when`) into out->num[slot] and returns it; "" otherwise,
 * an empty cell (null in JSON). */
static const char *number(view_cells *out, int slot, long long n, bool when) {
  if (!when)
    return "";
  snprintf(out->num[slot], sizeof out->num[slot], "%lld", n);
  return out->num[slot];
}

/* Copies a row's n cells into out. */
static void cells(view_cells *out, size_t n, const char *const *row) {
  memcpy(out->c, row, n * sizeof *row);
}

json_t *view_listing_json(const view_listing *l, const view_cells *cells) {
  return view_row_json(l->ncols, l->cols, l->numeric, cells->c);
}

/* ---- oversight ----------------------------------------------------------- */

static const char *const oversight_cols[] = {
    "id",  "kind",   "from",      "to",      "by",
    "org", "member", "violation", "subject", "conclusion"};
static const bool oversight_numeric[] = {true,  false, false, false, false,
                                         false, true,  false, false, false};
const view_listing view_oversight_listing = {UTIL_COUNT(oversight_cols),
                                             oversight_cols, oversight_numeric};

void view_oversight_cells(const store_oversight_row *r, view_cells *out) {
  const char *row[] = {number(out, 0, r->id, true),
                       r->kind,
                       r->from,
                       r->to,
                       r->by_code,
                       r->org_code,
                       number(out, 1, r->member, r->member),
                       r->violation ? "yes" : "no",
                       r->subject,
                       r->conclusion};
  cells(out, UTIL_COUNT(row), row);
}

json_t *view_oversight_json(const store_oversight_row *r, const char *by_name,
                            const char *org_name) {
  return json_pack(
      "{s:I, s:s, s:s, s:s?, s:s?, s:s?, s:o, s:s?, s:s, s:s?, s:s?, s:s?, "
      "s:b, s:s?, s:s, s:s}",
      "id", (json_int_t)r->id, "kind", r->kind, "by", r->by_code, "by_name",
      by_name, "org", r->org_code, "org_name", org_name, "member",
      r->member ? json_integer(r->member) : json_null(), "member_name",
      r->member_name, "from", r->from, "to", r->to, "subject", r->subject,
      "conclusion", r->conclusion, "violation", r->violation, "counted_at",
      r->place_code, "recorded_at", r->recorded_at, "recorded_by",
      r->recorded_by);
}

/* ---- awards and funds ---------------------------------------------------- */

static const char *const award_cols[] = {
    "id",   "date", "kind", "years", "title",    "member",
    "card", "org",  "name", "by",    "decision", "place"};
static const bool award_numeric[] = {true,  false, false, true,  false, true,
                                     false, false, false, false, false, false};
const view_listing view_award_listing = {UTIL_COUNT(award_cols), award_cols,
                                         award_numeric};

void view_award_cells(const store_award_row *r, view_cells *out) {
  const char *row[] = {number(out, 0, r->id, true),
                       r->date,
                       r->kind,
                       number(out, 1, r->badge_years, r->badge_years),
                       r->title,
                       number(out, 2, r->member, r->member),
                       r->card,
                       r->code,
                       r->name,
                       r->by_code,
                       r->decision,
                       r->place};
  cells(out, UTIL_COUNT(row), row);
}

static const char *const fund_cols[] = {"id",       "date",   "org",
                                        "campaign", "amount", "note"};
static const bool fund_numeric[] = {true, false, false, false, true, false};
const view_listing view_fund_listing = {UTIL_COUNT(fund_cols), fund_cols,
                                        fund_numeric};

void view_fund_cells(const store_fund_row *r, view_cells *out) {
  const char *row[] = {
      number(out, 0, r->id, true),     r->date, r->org_code, r->campaign,
      number(out, 1, r->amount, true), r->note};
  cells(out, UTIL_COUNT(row), row);
}

/* ---- classifications ----------------------------------------------------- */

static const char *const assess_cols[] = {
    "id",   "year",  "member", "card",  "org",
    "name", "grade", "score",  "place", "grassroots"};
static const bool assess_numeric[] = {true,  true,  true, false, false,
                                      false, false, true, false, false};
const view_listing view_assess_listing = {UTIL_COUNT(assess_cols), assess_cols,
                                          assess_numeric};

void view_assess_cells(const store_assess_row *r, view_cells *out) {
  const char *row[] = {number(out, 0, r->id, true),
                       number(out, 1, r->year, true),
                       number(out, 2, r->member, r->member),
                       r->card,
                       r->code,
                       r->name,
                       r->grade,
                       number(out, 3, r->score, r->score >= 0),
                       r->place,
                       r->grassroots};
  cells(out, UTIL_COUNT(row), row);
}

/* A streak lists whom, not a year: the columns of a classification but
 * the id, the year and the score. */
static const char *const streak_cols[] = {
    "member", "card", "org", "name", "grade", "place", "grassroots"};
static const bool streak_numeric[] = {true,  false, false, false,
                                      false, false, false};
const view_listing view_streak_listing = {UTIL_COUNT(streak_cols), streak_cols,
                                          streak_numeric};

void view_streak_cells(const store_assess_row *r, view_cells *out) {
  const char *row[] = {number(out, 0, r->member, r->member),
                       r->card,
                       r->code,
                       r->name,
                       r->grade,
                       r->place,
                       r->grassroots};
  cells(out, UTIL_COUNT(row), row);
}

/* ---- voided records and rubrics ------------------------------------------ */

static const char *const voided_cols[] = {"id",        "noun",   "voided_at",
                                          "voided_by", "reason", "record"};
static const bool voided_numeric[UTIL_COUNT(voided_cols)] = {true};
const view_listing view_voided_listing = {UTIL_COUNT(voided_cols), voided_cols,
                                          voided_numeric};

void view_voided_cells(const store_voided_row *r, view_cells *out) {
  const char *row[] = {number(out, 0, r->id, true),
                       app_record_label(r->source),
                       r->voided_at,
                       r->voided_by,
                       r->reason,
                       r->record};
  cells(out, UTIL_COUNT(row), row);
}

static const char *const rubric_cols[] = {"name", "active", "loaded"};
const view_listing view_rubric_listing = {UTIL_COUNT(rubric_cols), rubric_cols,
                                          NULL};

void view_rubric_cells(const store_rubric_row *r, view_cells *out) {
  const char *row[] = {r->name, r->active ? "yes" : "", r->loaded_at};
  cells(out, UTIL_COUNT(row), row);
}
