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

typedef struct warner {
  util_buf *out;
  int n;
} warner;

static int overdue_warning(void *ctx, const store_member_row *r,
                           util_day started, util_day ended) {
  warner *w = ctx;
  char s[11], d[11];
  /* The listing is `member list --overdue`: a few name the problem. */
  if (w->n++ >= 20)
    return 0;
  util_buf_printf(w->out,
                  "warning: member %lld (%s) in %s: probationary since %s; "
                  "the probation of 12 months ended on %s without "
                  "recognition, and the rule says the member is removed\n",
                  (long long)r->id, r->name, r->cell_code,
                  util_date_format(started, s), util_date_format(ended, d));
  return 0;
}

int app_check(app *a, bool repair, util_buf *report, int *problems,
              util_buf *warnings, int *nwarnings, util_err *e) {
  *problems = 0;
  *nwarnings = 0;
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
    util_buf_printf(
        report, "... and %d more %s\n", differ - 20,
        util_plural(differ - 20, "tally difference", "tally differences"));
  if (repair && differ) {
    if (report_rebuild_tallies(a->st, e) ||
        store_audit(a->st, a->user, "check --repair", "tallies rebuilt", e))
      goto fail;
    util_buf_printf(report, "rebuilt the tallies from the events\n");
  }
  warner w = {warnings, 0};
  if (app_members_overdue(a, NULL, a->today, overdue_warning, &w, e))
    goto fail;
  *nwarnings = w.n;
  if (w.n > 20)
    util_buf_printf(
        warnings,
        "warning: ... and %d more %s past their probation "
        "(`cadre member list --overdue`)\n",
        w.n - 20,
        util_plural(w.n - 20, "probationary member", "probationary members"));
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
