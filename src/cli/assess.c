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
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_assess_query q = {.years = cli_opt_value(c, "year"),
                        .grade = cli_opt_value(c, "grade"),
                        .under = cli_opt_value(c, "under")};
  cli_list *l = cli_list_new(format, UTIL_COUNT(assess_cols), assess_cols,
                             assess_numeric);
  return cli_list_done(l, app_assess_list(cli_app(c), &q, assess_out, l, e));
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
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_assess_query q = {.years = cli_opt_value(c, "years"),
                        .grade = cli_opt_value(c, "grade"),
                        .under = cli_opt_value(c, "under"),
                        .or_better = cli_flag(c, "or-better"),
                        .orgs = cli_flag(c, "orgs")};
  const char *names[UTIL_COUNT(streak_cols)];
  bool numeric[UTIL_COUNT(streak_cols)];
  for (size_t i = 0; i < UTIL_COUNT(streak_cols); i++) {
    names[i] = assess_cols[streak_cols[i]];
    numeric[i] = assess_numeric[streak_cols[i]];
  }
  cli_list *l = cli_list_new(format, UTIL_COUNT(streak_cols), names, numeric);
  return cli_list_done(l, app_assess_streak(cli_app(c), &q, streak_out, l, e));
}
