/*
 * assess.c — `cadre assess ...`: the annual classification of members and
 * organisations (docs/assess.md).
 */
#include "cli/cli_int.h"

#include <stdlib.h>
#include <string.h>

int cli_assess_set(cli_ctx *c, util_err *e) {
  app_assess_in in = {.year = cli_opt_value(c, "year"),
                      .member = cli_opt_value(c, "member"),
                      .org = cli_opt_value(c, "org"),
                      .grade = cli_opt_value(c, "grade"),
                      .score = cli_opt_value(c, "score")};
  return app_assess_set(cli_app(c), &in, NULL, e);
}

int cli_assess_import(cli_ctx *c, util_err *e) {
  return cli_import(c, app_import_assess, "classifications", e);
}

/* ---- listings ------------------------------------------------------------ */

/* --years as typed: a range (or one year) from 1930 to the current year. */
static int years_opt(cli_ctx *c, const char *name, int *first, int *last,
                     util_err *e) {
  const char *text = cli_opt_value(c, name), *why;
  int now = util_day_year(cli_app(c)->today);
  if (core_years_parse(text, first, last, &why))
    return util_fail(e, UTIL_REFUSED, "%s: %s: %s", name, util_quote(text).s,
                     why);
  if (*last > now)
    return util_fail(e, UTIL_REFUSED, "%s: %s: after the current year (%d)",
                     name, text, now);
  if (*first < 1930)
    return util_fail(e, UTIL_REFUSED,
                     "%s: %s: before the party was founded (1930)", name, text);
  return 0;
}

/* --grade as typed, checked. */
static int grade_opt(cli_ctx *c, enum core_grade *g, util_err *e) {
  const char *text = cli_opt_value(c, "grade");
  if (text && core_grade_parse(text, g))
    return util_fail(e, UTIL_REFUSED, "grade: %s: %s", util_quote(text).s,
                     core_grade_names());
  return 0;
}

/* --under as an organisation's id (0 when not given). */
static int under_opt(cli_ctx *c, int64_t *under, util_err *e) {
  const char *code = cli_opt_value(c, "under");
  store_org o = {0};
  *under = 0;
  if (!code)
    return 0;
  int rc = app_org(cli_app(c), "under", code, &o, e);
  *under = o.id;
  store_org_clear(&o);
  return rc;
}

static const char *const assess_cols[] = {
    "id",   "year",  "member", "card",  "org",
    "name", "grade", "score",  "place", "grassroots"};
static const bool assess_numeric[] = {true,  true,  true, false, false,
                                      false, false, true, false, false};

static int assess_out(void *ctx, const store_assess_row *r) {
  char id[24], year[12], member[24] = "", score[12] = "";
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  snprintf(year, sizeof year, "%d", r->year);
  if (r->member)
    snprintf(member, sizeof member, "%lld", (long long)r->member);
  if (r->score >= 0)
    snprintf(score, sizeof score, "%d", r->score);
  const char *row[] = {id,      year,     member, r->card,  r->code,
                       r->name, r->grade, score,  r->place, r->grassroots};
  cli_list_row(ctx, row);
  return 0;
}

int cli_assess_list(cli_ctx *c, util_err *e) {
  char format[16];
  int year, last;
  enum core_grade g;
  int64_t under;
  app *a = cli_app(c);
  if (years_opt(c, "year", &year, &last, e) || grade_opt(c, &g, e) ||
      cli_format(c, "table|csv|json", format, e) ||
      store_begin(a->st, false, e))
    return -1;
  if (last != year) {
    store_rollback(a->st);
    return util_fail(e, UTIL_REFUSED, "year: %s: one year (YYYY)",
                     util_quote(cli_opt_value(c, "year")).s);
  }
  int rc = under_opt(c, &under, e);
  if (rc == 0) {
    cli_list *l = cli_list_new(format, UTIL_COUNT(assess_cols), assess_cols,
                               assess_numeric);
    rc = store_assess_rows(a->st, year, under, cli_opt_value(c, "grade"),
                           assess_out, l, e);
    cli_list_end(l);
  }
  store_rollback(a->st);
  return rc < 0 ? -1 : 0;
}

/* A streak lists whom, not a year: the columns of a listing but the year
 * and the score. */
static const size_t streak_cols[] = {2, 3, 4, 5, 6, 8, 9};

static int streak_out(void *ctx, const store_assess_row *r) {
  char member[24] = "";
  if (r->member)
    snprintf(member, sizeof member, "%lld", (long long)r->member);
  const char *row[] = {member,   r->card,  r->code,      r->name,
                       r->grade, r->place, r->grassroots};
  cli_list_row(ctx, row);
  return 0;
}

int cli_assess_streak(cli_ctx *c, util_err *e) {
  char format[16];
  int first, last;
  enum core_grade g;
  int64_t under;
  app *a = cli_app(c);
  if (years_opt(c, "years", &first, &last, e) || grade_opt(c, &g, e) ||
      cli_format(c, "table|csv|json", format, e) ||
      store_begin(a->st, false, e))
    return -1;
  /* With --or-better, grades ranked at or above g: they come first. */
  unsigned grades = 1u << g;
  for (int k = 0; cli_flag(c, "or-better") && k < (int)g; k++)
    grades |= 1u << k;
  int rc = under_opt(c, &under, e);
  if (rc == 0) {
    const char *names[UTIL_COUNT(streak_cols)];
    bool numeric[UTIL_COUNT(streak_cols)];
    for (size_t i = 0; i < UTIL_COUNT(streak_cols); i++) {
      names[i] = assess_cols[streak_cols[i]];
      numeric[i] = assess_numeric[streak_cols[i]];
    }
    cli_list *l = cli_list_new(format, UTIL_COUNT(streak_cols), names, numeric);
    rc = store_assess_streak(a->st, first, last, grades, cli_flag(c, "orgs"),
                             under, streak_out, l, e);
    cli_list_end(l);
  }
  store_rollback(a->st);
  return rc < 0 ? -1 : 0;
}
