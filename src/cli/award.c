/*
 * award.c — `cadre award ...`: awards to members and organisations, party
 * badges among them (docs/assess.md).
 */
#include "cli/cli_int.h"

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
  char id[24], member[24] = "", years[12] = "";
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  if (r->member)
    snprintf(member, sizeof member, "%lld", (long long)r->member);
  if (r->badge_years)
    snprintf(years, sizeof years, "%d", r->badge_years);
  const char *row[] = {id,       r->date,    r->kind,     years,
                       r->title, member,     r->card,     r->code,
                       r->name,  r->by_code, r->decision, r->place};
  cli_list_row(ctx, row);
  return 0;
}

int cli_award_list(cli_ctx *c, util_err *e) {
  static const char *const cols[] = {"id",    "date",   "kind",     "years",
                                     "title", "member", "card",     "org",
                                     "name",  "by",     "decision", "place"};
  static const bool numeric[] = {true,  false, false, true,  false, true,
                                 false, false, false, false, false, false};
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_records_in in = {.under = cli_opt_value(c, "under"),
                       .from = cli_opt_value(c, "from"),
                       .to = cli_opt_value(c, "to"),
                       .kind = cli_opt_value(c, "kind")};
  cli_list *l = cli_list_new(format, UTIL_COUNT(cols), cols, numeric);
  return cli_list_done(l, app_awards(cli_app(c), &in, award_out, l, e));
}
