/*
 * oversight.c — inspection and supervision (DOMAIN.md §3), the discipline
 * of organisations, and the votes behind every discipline decision.
 *
 * Each record writes its point. An inspection or a supervision counts on
 * its first day: a member's at the cell the member was registered in, an
 * organisation's at its superior, so that it counts for those above the
 * organisation and not for the organisation itself. A discipline of an
 * organisation counts at its superior on the day of the decision.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>

/* Votes are counted in people: six digits are more than any deciding body
 * and keep the arithmetic of majorities far from overflow. */
enum { MAX_VOTE_DIGITS = 6 };

int app_votes(const char *field, const char *text, int *votes_for,
              int *votes_total, util_err *e) {
  int n[2] = {0, 0};
  *votes_for = *votes_total = 0;
  if (!text || !*text)
    return util_invalid(
        e, field, "%s: the votes are needed, as FOR/TOTAL (e.g. 7/9)", field);
  const char *p = text;
  for (int i = 0; i < 2; i++) {
    int digits = 0;
    for (; *p >= '0' && *p <= '9' && digits <= MAX_VOTE_DIGITS; p++, digits++)
      n[i] = n[i] * 10 + (*p - '0');
    bool end = i == 0 ? *p == '/' : *p == '\0';
    if (digits > MAX_VOTE_DIGITS)
      return util_invalid(e, field,
                          "%s: %s: more votes than any deciding body has (at "
                          "most 999999)",
                          field, text);
    if (digits == 0 || !end)
      return util_invalid(
          e, field,
          "%s: %s: not FOR/TOTAL, the votes for and the members "
          "who voted as whole numbers (e.g. 7/9)",
          field, text);
    p++;
  }
  if (n[1] == 0)
    return util_invalid(e, field,
                        "%s: %s: no one voted; a decision needs the votes of "
                        "the deciding body",
                        field, text);
  if (n[0] > n[1])
    return util_invalid(
        e, field, "%s: %s: more votes for (%d) than members who voted (%d)",
        field, text, n[0], n[1]);
  *votes_for = n[0];
  *votes_total = n[1];
  return 0;
}

/* Refuses an overseeing or deciding organisation `by` that did not exist
 * on `day`, or that `place` (the organisation concerned, or a member's
 * cell) was not below then; `strict`: `place` may not be `by` itself. */
static int above(app *a, const store_org *by, int64_t place, const char *whom,
                 util_day day, bool strict, const char *what, util_err *e) {
  char *path = NULL, d[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  if (app_path_at(a, by, day, &path, e)) {
    util_err_prefix(e, "by: ");
    return -1;
  }
  free(path);
  if (strict && place == by->id)
    return util_fail(e, UTIL_REFUSED,
                     "cannot record the %s of %s by itself: an organisation is "
                     "inspected, supervised and disciplined by one above it",
                     what, whom);
  bool below;
  if (app_below(a, place, by->id, day, day + 1, &below, e))
    return -1;
  if (!below)
    return util_fail(e, UTIL_REFUSED,
                     "cannot record the %s of %s by %s on %s: %s was not "
                     "below %s then; an organisation inspects, supervises and "
                     "disciplines those below it",
                     what, whom, by->code, d, whom, by->code);
  return 0;
}

/* ---- distinct targets -----------------------------------------------------
 */

/* Whether two tallies hold the same counts. */
static bool same_tally(const core_tally *a, const core_tally *b) {
  if (a->len != b->len)
    return false;
  for (size_t i = 0; i < a->len; i++)
    if (a->key[i] != b->key[i] || a->n[i] != b->n[i])
      return false;
  return true;
}

int app_target_replace(app *a, const char *source, enum core_oversight kind,
                       int64_t org, int64_t member, util_err *e) {
  int64_t *ids = NULL, *place = NULL;
  util_day *day = NULL;
  size_t n = 0;
  core_tally *old = NULL, t = {0};
  int rc = store_target_records(a->st, source, kind, org, member, &ids, &n, e);
  if (rc)
    return -1;
  old = util_xcalloc(n ? n : 1, sizeof *old);
  place = util_xcalloc(n ? n : 1, sizeof *place);
  day = util_xcalloc(n ? n : 1, sizeof *day);
  for (size_t i = 0; i < n && rc == 0; i++)
    rc = store_point_get(a->st, source, ids[i], &place[i], &day[i], &old[i],
                         e) < 0
             ? -1
             : 0;
  /* Each record carries every earlier one (one a day is enough: the day
   * is what a report compares), where it was placed. */
  for (size_t i = 0; i < n && rc == 0; i++) {
    core_tally_clear(&t);
    for (size_t k = 0; k < old[i].len; k++)
      if (CORE_KEY_DIM(old[i].key[k]) != CORE_D_PRIOR)
        core_tally_add(&t, old[i].key[k], old[i].n[k]);
    for (size_t j = 0; j < i; j++) {
      uint32_t key = CORE_KEY(CORE_D_PRIOR, CORE_DISC_DAY(day[j]));
      if (!core_tally_get(&t, key))
        core_tally_add(&t, key, place[j]);
    }
    if (!same_tally(&t, &old[i]))
      rc = app_point(a, source, ids[i], place[i], day[i], &t, member, e);
  }
  core_tally_free(&t);
  for (size_t i = 0; i < n; i++)
    core_tally_free(&old[i]);
  free(old);
  free(place);
  free(day);
  free(ids);
  return rc;
}

/* ---- inspection and supervision ------------------------------------------ */

/* The member's cell on `day`, refusing one who was not a party member
 * then. */
static int member_cell(app *a, const store_member *m, util_day day,
                       const char *what, int64_t *cell, util_err *e) {
  enum core_status status;
  char d[UTIL_DATE_SAY];
  if (store_membership_at(a->st, m->id, day, cell, &status, e))
    return -1;
  if (status != CORE_PROBATIONARY && status != CORE_OFFICIAL)
    return util_fail(e, UTIL_REFUSED,
                     "cannot record the %s of member %lld on %s: not a party "
                     "member on that day",
                     what, (long long)m->id, util_date_say(e, day, d));
  /* Placed as every record about a member is. */
  return app_member_place(a, m, day, cell, e);
}

int app_oversight_add(app *a, const app_oversight_in *in, int64_t *id,
                      util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  bool of_org = in->org && *in->org, of_member = in->member && *in->member;
  if (of_org == of_member)
    return util_invalid(e, "org",
                        "org: name an organisation or a member, one of them");
  if (app_begin(a, e))
    return -1;
  store_org by = {0}, target = {0};
  store_member m = {0};
  store_oversight o = {.violation = in->violation};
  char *subject = NULL, *conclusion = NULL, whom[80];
  core_tally t = {0};
  int64_t place = 0;
  int rc = -1;
  if (core_oversight_parse(in->kind, &o.kind)) {
    util_invalid(e, "kind", "kind: %s: inspection or supervision",
                 in->kind ? in->kind : "");
    goto done;
  }
  const char *what = app_code_word(e, "kind", core_oversight_name(o.kind));
  if (app_text("subject", in->subject, false, 500, &subject, e) ||
      app_text("conclusion", in->conclusion, false, 2000, &conclusion, e) ||
      app_date(a, "from", in->from, false, &o.from, e))
    goto done;
  /* An inspection under way may have its planned end ahead. */
  if (in->to && *in->to) {
    if (app_date(a, "to", in->to, true, &o.to, e))
      goto done;
    if (o.to < o.from) {
      util_invalid(e, "to", "to: %s: before the first day %s", in->to,
                   in->from);
      goto done;
    }
  }
  if (app_org(a, "by", in->by, &by, e))
    goto done;
  if (of_org) {
    if (app_org(a, "org", in->org, &target, e) ||
        app_org_place(a, &target, o.from, &place, e) ||
        above(a, &by, target.id, target.code, o.from, true, what, e))
      goto done;
    o.org = target.id;
  } else {
    if (app_member(a, "member", in->member, &m, e) ||
        member_cell(a, &m, o.from, what, &place, e))
      goto done;
    app_who_member(e, m.id, whom);
    if (above(a, &by, place, whom, o.from, false, what, e))
      goto done;
    o.member = m.id;
  }
  /* The change concerns what was inspected, not who inspected it. */
  a->audit_org = of_org ? target.id : place;
  o.by_org = by.id;
  o.subject = subject;
  o.conclusion = conclusion;
  core_tally_add(&t,
                 CORE_KEY(CORE_D_OVERSIGHT,
                          CORE_OVERSIGHT_KEY(o.kind, of_member, o.violation)),
                 1);
  core_tally_add(
      &t, CORE_KEY(CORE_D_TARGET, CORE_TARGET_PREV(o.kind, of_member, 0)), 1);
  if (store_oversight_add(a->st, &o, a->user, id, e) ||
      app_point(a, "oversight", *id, place, o.from, &t, o.member, e) ||
      app_target_replace(a, "oversight", o.kind, o.org, o.member, e))
    goto done;
  rc = app_audit(a, "oversight add", e, "%lld: %s of %s%s by %s from %s",
                 (long long)*id, core_oversight_name(o.kind),
                 of_org ? "" : "member ", of_org ? target.code : in->member,
                 by.code, in->from);
done:
  core_tally_free(&t);
  free(subject);
  free(conclusion);
  store_org_clear(&by);
  store_org_clear(&target);
  store_member_clear(&m);
  return app_end(a, rc, e);
}

/* ---- discipline of organisations ----------------------------------------- */

int app_org_discipline(app *a, const app_org_discipline_in *in, int64_t *id,
                       util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_org o = {0}, by = {0};
  store_org_discipline d = {0};
  char *reason = NULL, *decision = NULL, what[64];
  core_tally t = {0};
  int64_t place;
  int rc = -1;
  if (app_note("reason", in->reason, &reason, e) ||
      app_note("decision", in->decision, &decision, e) ||
      app_org(a, "org", in->org, &o, e))
    goto done;
  if (core_org_form_parse(in->form, &d.form)) {
    util_invalid(e, "form", "form: %s: reprimand, warning or dissolution",
                 in->form ? in->form : "");
    goto done;
  }
  /* Placed before anything changes: once dissolved, the organisation has
   * no superior on the day. */
  if (app_date(a, "date", in->date, false, &d.date, e) ||
      app_votes("votes", in->votes, &d.votes_for, &d.votes_total, e) ||
      app_org_place(a, &o, d.date, &place, e))
    goto done;
  const char *form = app_code_word(e, "discipline", core_org_form_name(d.form));
  snprintf(what, sizeof what, util_tr_err(e, "%s of %s"), form, o.code);
  if (in->by && *in->by) {
    if (app_org(a, "by", in->by, &by, e) ||
        above(a, &by, o.id, o.code, d.date, true, form, e))
      goto done;
    d.by_org = by.id;
  }
  core_votes v = {.votes_for = d.votes_for, .votes_total = d.votes_total};
  if (core_check_votes(&v, false, what, e))
    goto done;
  d.org = o.id;
  d.reason = reason;
  d.decision = decision;
  core_tally_add(&t, CORE_KEY(CORE_D_ORG_DISC, d.form), 1);
  core_tally_add(&t, CORE_KEY(CORE_D_ORG_TARGET, 0), 1);
  /* The earlier decisions are placed while the organisation lives. */
  if (store_org_discipline_add(a->st, &d, a->user, id, e) ||
      app_point(a, "org_discipline", *id, place, d.date, &t, 0, e) ||
      app_target_replace(a, "org_discipline", 0, o.id, 0, e))
    goto done;
  if (d.form == CORE_ORG_DISSOLUTION && app_org_end(a, &o, d.date, decision, e))
    goto done;
  rc = app_audit(a, "org discipline", e, "%s %s on %s, votes %d/%d%s%s", o.code,
                 core_org_form_name(d.form), in->date, d.votes_for,
                 d.votes_total, by.code ? " by " : "", by.code ? by.code : "");
done:
  core_tally_free(&t);
  free(reason);
  free(decision);
  store_org_clear(&o);
  store_org_clear(&by);
  return app_end(a, rc, e);
}
