/*
 * audit.c — reading the audit trail (its entries are written by app_audit,
 * common.c, in the transaction of each change).
 */
#include "app/app_int.h"

int app_audit_list(app *a, const app_audit_query *q,
                   int (*fn)(void *ctx, const store_audit_row *r), void *ctx,
                   util_err *e) {
  if (app_act(a, APP_ADMIN, e))
    return -1;
  /* The actor's scope is a range of paths, as --under is: an organisation
   * given is looked up in the scope (one outside it is refused as unknown),
   * and without one the scope is the range. */
  store_audit_query sq = {.under = a->scope,
                          .user = q->user && *q->user ? q->user : NULL};
  if ((q->from && *q->from &&
       app_date(a, "from", q->from, true, &sq.from, e)) ||
      (q->to && *q->to && app_date(a, "to", q->to, true, &sq.to, e)))
    return -1;
  if (sq.from && sq.to && sq.to < sq.from) {
    char d[11];
    return util_invalid(e, "to", "to: %s: before the first day (%s)", q->to,
                        util_date_format(sq.from, d));
  }
  if (app_read_begin(a, e))
    return -1;
  int rc = 0;
  if (q->under && *q->under) {
    store_org o = {0};
    rc = app_org(a, "under", q->under, &o, e);
    sq.under = o.id;
    store_org_clear(&o);
  }
  if (rc == 0)
    rc = store_audit_rows(a->st, &sq, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}
