/*
 * assess.c — `cadre assess ...`: the annual classification of members and
 * organisations (docs/assess.md).
 */
#include "cli/cli_int.h"
#include "view/view.h"

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
  long n;
  if (cli_import(c, app_import_assess, &n, e))
    return -1;
  cli_imported(c,
               util_trn(e->lang, "imported %ld classification from %s",
                        "imported %ld classifications from %s",
                        (unsigned long)n),
               n);
  return 0;
}

/* ---- listings ------------------------------------------------------------ */

static int assess_out(void *ctx, const store_assess_row *r) {
  view_cells v;
  view_assess_cells(r, &v);
  cli_list_row(ctx, v.c);
  return 0;
}

int cli_assess_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_assess_query q = {.years = cli_opt_value(c, "year"),
                        .grade = cli_opt_value(c, "grade"),
                        .under = cli_opt_value(c, "under"),
                        .sort = cli_opt_value(c, "sort")};
  const view_listing *v = &view_assess_listing;
  cli_list *l = cli_list_new(c, format, v->ncols, v->cols, v->numeric);
  return cli_list_done(l, app_assess_list(cli_app(c), &q, assess_out, l, e));
}

static int streak_out(void *ctx, const store_assess_row *r) {
  view_cells v;
  view_streak_cells(r, &v);
  cli_list_row(ctx, v.c);
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
                        .orgs = cli_flag(c, "orgs"),
                        .sort = cli_opt_value(c, "sort")};
  const view_listing *v = &view_streak_listing;
  cli_list *l = cli_list_new(c, format, v->ncols, v->cols, v->numeric);
  return cli_list_done(l, app_assess_streak(cli_app(c), &q, streak_out, l, e));
}
