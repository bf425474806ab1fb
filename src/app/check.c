/*
 * check.c — `cadre check`: is the database sound, and do the tallies agree
 * with the events they are derived from?
 */
#include "app/app_int.h"

#include <stdlib.h>

typedef struct finding {
  store *st;
  util_buf *out;
  int shown;
} finding;

static void tally_differs(void *ctx, int64_t org, util_day day,
                          const core_tally *stored,
                          const core_tally *computed) {
  finding *f = ctx;
  if (f->shown++ >= 20)
    return;
  store_org o;
  char d[11];
  bool known = store_org_by_id(f->st, org, &o, NULL) == 0;
  util_buf_printf(f->out,
                  "tally of %s on %s: stored %zu figures, recomputed %zu "
                  "differ\n",
                  known ? o.code : "?", util_date_format(day, d), stored->len,
                  computed->len);
  if (known)
    store_org_clear(&o);
}

int app_check(app *a, bool repair, util_buf *report, int *problems,
              util_err *e) {
  *problems = 0;
  if (store_begin(a->st, repair, e))
    return -1;
  int bad = store_integrity(a->st, report, e);
  if (bad < 0)
    goto fail;
  *problems += bad;
  finding f = {a->st, report, 0};
  int differ = report_check_tallies(a->st, tally_differs, &f, e);
  if (differ < 0)
    goto fail;
  *problems += differ;
  if (differ > 20)
    util_buf_printf(report, "... and %d more tally differences\n", differ - 20);
  if (repair && differ) {
    if (report_rebuild_tallies(a->st, e) ||
        store_audit(a->st, a->user, "check --repair", "tallies rebuilt", e))
      goto fail;
    util_buf_printf(report, "rebuilt the tallies from the events\n");
  }
  if (!*problems)
    util_buf_puts(report, "ok\n");
  if (repair ? store_commit(a->st, e) : 0)
    goto fail;
  store_rollback(a->st);
  return 0;
fail:
  store_rollback(a->st);
  return -1;
}
