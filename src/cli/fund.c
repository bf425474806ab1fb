/*
 * fund.c — `cadre fund ...`: funds mobilised for campaigns, in VND.
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

int cli_fund_add(cli_ctx *c, util_err *e) {
  app_fund_in in = {.org = cli_opt_value(c, "org"),
                    .campaign = cli_opt_value(c, "campaign"),
                    .date = cli_opt_value(c, "date"),
                    .amount = cli_opt_value(c, "amount"),
                    .note = cli_opt_value(c, "note")};
  int64_t id;
  if (app_fund_add(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

typedef struct fund_listing {
  cli_list *list;
  long rows;
  int64_t total;
} fund_listing;

static int fund_row(void *ctx, const store_fund_row *r) {
  fund_listing *l = ctx;
  view_cells v;
  view_fund_cells(r, &v);
  cli_list_row(l->list, v.c);
  l->rows++;
  /* Each amount is at most APP_FUND_MAX: a listing would need some 90,000
   * of the largest to overflow. */
  l->total += r->amount;
  return 0;
}

int cli_fund_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_records_in in = {.under = cli_opt_value(c, "under"),
                       .from = cli_opt_value(c, "from"),
                       .to = cli_opt_value(c, "to"),
                       .campaign = cli_opt_value(c, "campaign")};
  const view_listing *v = &view_fund_listing;
  fund_listing l = {.list =
                        cli_list_new(c, format, v->ncols, v->cols, v->numeric)};
  int rc = cli_list_done(l.list, app_funds(cli_app(c), &in, fund_row, &l, e));
  /* The sum, for people only: CSV and JSON stay pure rows. */
  if (rc == 0 && strcmp(format, "table") == 0) {
    char sum[UTIL_LANG_NUM_MAX];
    /* TRANSLATORS: the footer of `fund list`: the sum of the amounts
     * listed, as the language groups it, and how many records. */
    printf(util_trn(cli_lang(c), "%s VND in %ld record\n",
                    "%s VND in %ld records\n", (unsigned long)l.rows),
           util_lang_num(cli_lang(c), l.total, 0, sum), l.rows);
  }
  return rc;
}
