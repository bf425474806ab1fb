/*
 * award.c — awards to members and to organisations (collectives), party
 * badges among them (DOMAIN.md §2, §4; docs/assess.md). An award counts
 * on its date: a member's at the cell of registration that day, an
 * organisation's at its superior that day.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The milestone of a party badge as typed: digits only. */
static int parse_years(const char *text, int *years, util_err *e) {
  size_t n = strlen(text);
  bool digits = n > 0 && n <= 3;
  for (size_t i = 0; i < n && digits; i++)
    digits = isdigit((unsigned char)text[i]);
  if (!digits || core_badge_index(atoi(text)) < 0)
    return util_invalid(e, "years",
                        "years: %s: party badges mark 30, 40, 45, 50, 55, 60, "
                        "65, 70, 75, 80, 85 or 90 years of party age",
                        text);
  *years = atoi(text);
  return 0;
}

/* A party badge: the milestone, to an official member who reached it (or
 * early, from the earliest date), once. */
static int badge(app *a, const store_member *m, const char *who, int years,
                 util_day day, bool early, util_err *e) {
  core_event *evs = NULL;
  size_t n = 0;
  core_timeline t = {0};
  util_day before;
  char d[UTIL_DATE_SAY];
  int rc = store_events_of(a->st, m->id, &evs, &n, e) ||
                   core_replay(evs, n, &t, e) ||
                   core_check_badge(&t, years, day, early, who, e) ||
                   store_award_badge(a->st, m->id, years, &before, e)
               ? -1
               : 0;
  if (rc == 0 && before)
    rc = util_fail(e, UTIL_REFUSED,
                   "cannot award the %d-year party badge to %s again: it was "
                   "awarded on %s",
                   years, who, util_date_say(e, before, d));
  core_timeline_free(&t);
  free(evs);
  return rc;
}

/* Where an award to a member counts: the cell the member was registered
 * in on the day; refused for one who was not in the party then. */
static int member_place(app *a, int64_t member, const char *who, util_day day,
                        int64_t *cell, util_err *e) {
  enum core_status status;
  char d[UTIL_DATE_SAY];
  if (store_membership_at(a->st, member, day, cell, &status, e))
    return -1;
  if (status == CORE_PROBATIONARY || status == CORE_OFFICIAL)
    return 0;
  return util_fail(e, UTIL_REFUSED,
                   "cannot award %s on %s: not a party member on that day", who,
                   util_date_say(e, day, d));
}

/* Reads what was typed into *w, with its texts cleaned into *title and
 * *decision (the caller's to free). */
static int award_input(app *a, const app_award_in *in, store_award *w,
                       char **title, char **decision, util_err *e) {
  store_org by = {0};
  char *path = NULL;
  int rc = -1;
  if (core_award_parse(in->kind, &w->kind)) {
    util_invalid(e, "kind", "kind: %s: %s", in->kind ? in->kind : "",
                 core_award_names());
    goto done;
  }
  if (app_text("title", in->title, true, 200, title, e) ||
      app_note("decision", in->decision, decision, e) ||
      app_date(a, "date", in->date, false, &w->date, e) ||
      app_org(a, "by", in->by, &by, e) ||
      app_path_at(a, &by, w->date, &path, e))
    goto done;
  w->by_org = by.id;
  bool has_years = in->years && *in->years;
  if (w->kind == CORE_AWARD_BADGE) {
    if (!has_years) {
      util_invalid(e, "years",
                   "years: a party badge needs its milestone (years)");
      goto done;
    }
    if (parse_years(in->years, &w->badge_years, e))
      goto done;
  } else if (has_years || in->early) {
    util_fail(e, UTIL_REFUSED,
              "%s: goes with party badges (kind badge), not with kind %s",
              has_years ? "years" : "early", core_award_name(w->kind));
    goto done;
  }
  rc = 0;
done:
  w->title = *title;
  w->decision = *decision;
  free(path);
  store_org_clear(&by);
  return rc;
}

int app_award_add(app *a, const app_award_in *in, int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  bool has_m = in->member && *in->member, has_o = in->org && *in->org;
  if (has_m && has_o)
    return util_invalid(e, "org",
                        "org: %s: an award goes to a member or to an "
                        "organisation, not both",
                        in->org);
  if (!has_m && !has_o)
    return util_invalid(e, "member",
                        "member: a member (id or party card number) or an "
                        "organisation (org) is needed");
  if (app_begin(a, e))
    return -1;
  store_award w = {0};
  store_member m = {0};
  store_org o = {0};
  char who[80] = "", trail[80] = "", *title = NULL, *decision = NULL;
  int64_t place = 0;
  int rc = -1;
  if (award_input(a, in, &w, &title, &decision, e))
    goto done;
  if (has_m) {
    if (app_member(a, "member", in->member, &m, e))
      goto done;
    app_who_member(e, m.id, who);
    app_who_member(NULL, m.id, trail);
    if (member_place(a, m.id, who, w.date, &place, e))
      goto done;
    if (w.kind == CORE_AWARD_BADGE &&
        badge(a, &m, who, w.badge_years, w.date, in->early, e))
      goto done;
  } else {
    if (app_org(a, "org", in->org, &o, e))
      goto done;
    app_who_org(e, o.code, who);
    app_who_org(NULL, o.code, trail);
    if (w.kind == CORE_AWARD_BADGE) {
      util_fail(e, UTIL_REFUSED,
                "cannot award a party badge to %s: party badges go to "
                "members",
                who);
      goto done;
    }
    if (app_org_place(a, &o, w.date, &place, e))
      goto done;
  }
  w.member = m.id;
  w.org = o.id;
  if (store_award_add(a->st, &w, a->user, id, e))
    goto done;
  core_tally t = {0};
  core_tally_add(&t, CORE_KEY(CORE_D_AWARD, CORE_TARGET_KEY(has_m, w.kind)), 1);
  rc = app_point(a, "award", *id, place, w.date, &t, w.member, e);
  core_tally_free(&t);
  if (rc == 0)
    rc = app_audit(a, "award add", e, "%lld: %s to %s on %s", (long long)*id,
                   core_award_name(w.kind), trail, in->date);
done:
  free(title);
  free(decision);
  store_member_clear(&m);
  store_org_clear(&o);
  return app_end(a, rc, e);
}
