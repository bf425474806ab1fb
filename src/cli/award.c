/*
 * award.c — `cadre award ...`: awards to members and organisations, party
 * badges among them (docs/assess.md).
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

int cli_award_add(cli_ctx *c, util_err *e) {
  app_award_in in = {.member = cli_opt_value(c, "member"),
                     .org = cli_opt_value(c, "org"),
                     .kind = cli_opt_value(c, "kind"),
                     .title = cli_opt_value(c, "title"),
                     .by = cli_opt_value(c, "by"),
                     .date = cli_opt_value(c, "date"),
                     .years = cli_opt_value(c, "years"),
                     .decision = cli_opt_value(c, "decision"),
                     .early = cli_flag(c, "early")};
  int64_t id;
  if (app_award_add(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

static int award_out(void *ctx, const store_award_row *r) {
  view_cells v;
  view_award_cells(r, &v);
  cli_list_row(ctx, v.c);
  return 0;
}

int cli_award_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_records_in in = {.under = cli_opt_value(c, "under"),
                       .from = cli_opt_value(c, "from"),
                       .to = cli_opt_value(c, "to"),
                       .kind = cli_opt_value(c, "kind")};
  const view_listing *v = &view_award_listing;
  cli_list *l = cli_list_new(c, format, v->ncols, v->cols, v->numeric);
  return cli_list_done(l, app_awards(cli_app(c), &in, award_out, l, e));
}
