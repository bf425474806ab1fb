/*
 * check.c — `cadre check`: is the database sound, and do the tallies agree
 * with the events they are derived from?
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>

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

/* What of a member's derived state differs from its events, as words for
 * the report ("" when nothing does). */
static void member_differs(const store_member *stored,
                           const store_member *derived, const core_stretch *r,
                           size_t nr, const core_stretch *sr, size_t nsr,
                           char *out, size_t size) {
  /* Both are sorted with the temporary stays last. */
  size_t v = 0, sv = 0;
  while (v < nr && !r[v].visit)
    v++;
  while (sv < nsr && !sr[sv].visit)
    sv++;
  bool reg = v != sv, stay = nr - v != nsr - sv;
  for (size_t i = 0; i < v && i < sv; i++)
    if (core_stretch_cmp(&r[i], &sr[i]) || r[i].official != sr[i].official)
      reg = true;
  for (size_t i = 0; v + i < nr && sv + i < nsr; i++)
    if (core_stretch_cmp(&r[v + i], &sr[sv + i]))
      stay = true;
  snprintf(out, size, "%s%s%s%s%s",
           stored->status != derived->status ? ", status" : "",
           stored->cell != derived->cell ? ", cell" : "",
           stored->admitted != derived->admitted ||
                   stored->official != derived->official ||
                   stored->origin != derived->origin ||
                   stored->left != derived->left ||
                   stored->readmissions != derived->readmissions
               ? ", dates"
               : "",
           reg ? ", registration" : "", stay ? ", temporary stays" : "");
}

/* Derives every member's state and registration from its events again and
 * compares them with the stored ones (and, repairing, writes them). Returns
 * the number of members that differ, or -1. */
static int check_members(app *a, bool repair, util_buf *out, util_err *e) {
  int64_t *ids;
  size_t n;
  if (store_member_ids(a->st, &ids, &n, e))
    return -1;
  int bad = 0, rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    store_member m, d;
    core_event *evs = NULL;
    core_stretch *r = NULL, *sr = NULL;
    size_t nev = 0, nr = 0, nsr = 0;
    core_timeline t = {0};
    if (store_member_by_id(a->st, ids[i], &m, e)) {
      rc = -1;
      break;
    }
    rc = store_events_of(a->st, m.id, &evs, &nev, e) ||
         core_replay(evs, nev, &t, e) ||
         store_membership_of(a->st, m.id, &sr, &nsr, e);
    char what[96] = "";
    if (rc == 0) {
      d = m;
      app_member_state(&d, &t);
      core_registration(&t, evs, nev, &r, &nr);
      member_differs(&m, &d, r, nr, sr, nsr, what, sizeof what);
    }
    if (rc == 0 && *what) {
      /* "dates differ", "status differs", "status, cell differ" */
      bool one = !strchr(what + 2, ',') && strcmp(what + 2, "dates") != 0 &&
                 strcmp(what + 2, "temporary stays") != 0;
      if (bad++ < 20)
        util_buf_printf(out, "member %lld: %s %s from its events\n",
                        (long long)m.id, what + 2, one ? "differs" : "differ");
      if (repair)
        rc = store_member_update_state(a->st, &d, e) ||
             store_membership_set(a->st, m.id, r, nr, false, e);
    }
    core_timeline_free(&t);
    free(evs);
    free(r);
    free(sr);
    store_member_clear(&m);
  }
  free(ids);
  if (rc)
    return -1;
  if (bad > 20)
    util_buf_printf(out, "... and %d more %s\n", bad - 20,
                    util_plural(bad - 20, "member", "members"));
  if (repair && bad) {
    util_buf_printf(out, "derived %d %s again from the events\n", bad,
                    util_plural(bad, "member", "members"));
    if (app_audit(a, "check repair", e, "members derived again"))
      return -1;
  }
  return bad;
}

/* The warnings are for the board, in its language (the findings above are
 * for the technical staff who repair a file, and stay English). */
typedef struct warner {
  util_buf *out;
  int n;
  const util_err *e; /* the language */
} warner;

static int overdue_warning(void *ctx, const store_member_row *r,
                           util_day started, util_day ended) {
  warner *w = ctx;
  char s[UTIL_DATE_SAY], d[UTIL_DATE_SAY];
  /* The listing is `member list --overdue`: a few name the problem. */
  if (w->n++ >= 20)
    return 0;
  util_buf_printf(
      w->out,
      util_tr_err(w->e, "warning: member %lld (%s) in %s: probationary "
                        "since %s; the probation of 12 months ended on "
                        "%s without recognition, and the rule says the "
                        "member is removed\n"),
      (long long)r->id, r->name, r->cell_code, util_date_say(w->e, started, s),
      util_date_say(w->e, ended, d));
  return 0;
}

int app_check(app *a, bool repair, util_buf *report, int *problems,
              util_buf *warnings, int *nwarnings, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  *problems = 0;
  *nwarnings = 0;
  if (store_begin(a->st, repair, e))
    return -1;
  int bad = store_integrity(a->st, report, e);
  if (bad < 0)
    goto fail;
  *problems += bad;
  if ((bad = check_members(a, repair, report, e)) < 0)
    goto fail;
  *problems += bad;
  if ((bad = store_names_check(a->st, repair, report, e)) < 0)
    goto fail;
  *problems += bad;
  if (repair && bad) {
    util_buf_puts(report, "derived the names' search keys and index again\n");
    if (app_audit(a, "check repair", e, "names' index rebuilt"))
      goto fail;
  }
  if ((bad = store_sort_check(a->st, repair, report, e)) < 0)
    goto fail;
  *problems += bad;
  if (repair && bad) {
    util_buf_puts(report, "made the names' sort keys again\n");
    if (app_audit(a, "check repair", e, "names' sort keys made again"))
      goto fail;
  }
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
        app_audit(a, "check repair", e, "tallies rebuilt"))
      goto fail;
    util_buf_printf(report, "rebuilt the tallies from the events\n");
  }
  warner w = {warnings, 0, e};
  if (app_members_overdue(a, NULL, a->today, STORE_ORDER_GIVEN, overdue_warning,
                          &w, e))
    goto fail;
  *nwarnings = w.n;
  if (w.n > 20)
    util_buf_printf(
        warnings,
        util_trn(e->lang,
                 "warning: ... and %d more probationary member past their "
                 "probation (see the list of overdue members)\n",
                 "warning: ... and %d more probationary members past their "
                 "probation (see the list of overdue members)\n",
                 (unsigned long)(w.n - 20)),
        w.n - 20);
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
