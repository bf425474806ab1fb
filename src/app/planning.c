/*
 * planning.c — cadre planning (DOMAIN.md §8, issue 9), its changes: the
 * posts of committees, appointments to them and their end, rotations,
 * and the planning of a post for a term (candidates added, and removed
 * with a reason). A member's discipline of dismissal ends the posts held
 * on its day and leaving the party ends them all (app_appointments_follow,
 * called whenever a member's history changes); voiding or correcting that
 * event gives them back. The rules of planning are core's (planning.h);
 * the reads are in planning_read.c.
 */
#include "app/app_int.h"

#include <stdlib.h>
#include <string.h>

int app_post(app *a, const char *field, const char *code, util_day day,
             store_post *p, util_err *e) {
  memset(p, 0, sizeof *p);
  if (!code || !*code)
    return util_invalid(e, field, "%s: a post code is needed", field);
  bool in = false;
  int rc = store_post_by_code(a->st, code, day, p, e);
  if (rc == 0 && (rc = app_in_scope(a, p->org, &in, e)) == 0 && !in) {
    store_post_clear(p);
    rc = 1;
  }
  if (rc == 0 && a->depth > 0 && !a->audit_org)
    a->audit_org = p->org;
  if (rc == 1)
    return util_not_found(e, "%s: %s: no post has this code", field,
                          util_quote(code).s);
  return rc;
}

/* A whole number of a typed field, or `dflt` when not given. */
static int number(const app_field *f, const char *name, const char *text,
                  int dflt, int *out, util_err *e) {
  *out = dflt;
  if (!text || !*text)
    return 0;
  if (app_field_check(f, name, text, e))
    return -1;
  *out = atoi(text);
  return 0;
}

int app_post_add(app *a, const app_post_in *in, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_post p = {0}, dup = {0};
  store_org o = {0};
  int rc = -1;
  if (!in->code || !*in->code) {
    util_invalid(e, "code", "code: a post code is needed");
    goto done;
  }
  if (app_field_check(&app_f_code, "code", in->code, e))
    goto done;
  if (app_org(a, "org", in->org, &o, e) ||
      app_text("title", in->title, true, 200, &p.title, e))
    goto done;
  if (!in->seats || !*in->seats) {
    util_invalid(e, "seats", "seats: the number of seats is needed");
    goto done;
  }
  if (number(&app_f_seats, "seats", in->seats, 1, &p.seats, e) ||
      number(&app_f_age, "max-age", in->max_age, -1, &p.max_age, e) ||
      number(&app_f_age, "min-age", in->min_age, -1, &p.min_age, e) ||
      number(&app_f_years, "discipline-years", in->discipline_years, -1,
             &p.discipline_years, e))
    goto done;
  const char *level = in->level && *in->level ? in->level : "provincial";
  if (app_field_check(&app_f_level, "level", level, e) ||
      app_field_check(&app_f_theory, "theory", in->theory, e))
    goto done;
  p.level = util_xstrdup(level);
  p.theory = in->theory && *in->theory ? util_xstrdup(in->theory) : NULL;
  if (app_text("education", in->education, false, 500, &p.education, e))
    goto done;
  if (p.education && p.education[strspn(p.education, "; \t")] == '\0') {
    util_invalid(e, "education",
                 "education: %s: no value named (the values accepted, "
                 "separated by ';', as \"Đại học;Thạc sĩ\")",
                 p.education);
    goto done;
  }
  /* The least age below the age limit, the level's when not the post's. */
  core_post_rules rules = app_post_rules(&p);
  if (rules.min_age >= rules.max_age) {
    util_invalid(e, "min-age",
                 "min-age: %d: not below the age limit (max-age %d)",
                 rules.min_age, rules.max_age);
    goto done;
  }
  int found = store_post_by_code(a->st, in->code, a->today, &dup, e);
  if (found < 0)
    goto done;
  if (found == 0) {
    util_invalid(e, "code", "code: %s: already the code of a post (%s of %s)",
                 in->code, dup.title, dup.org_code);
    goto done;
  }
  p.code = util_xstrdup(in->code);
  p.org = o.id;
  if (store_post_insert(a->st, &p, a->user, e))
    goto done;
  rc = app_audit(a, "post add", e,
                 "%s: %s of %s, %d seat(s), level %s, max-age %d, min-age %d, "
                 "theory %s, discipline-years %d (-1: the level's default), "
                 "education %s",
                 p.code, p.title, o.code, p.seats, p.level, p.max_age,
                 p.min_age, p.theory ? p.theory : "default", p.discipline_years,
                 p.education ? p.education : "any");
done:
  store_post_clear(&p);
  store_post_clear(&dup);
  store_org_clear(&o);
  return app_end(a, rc, e);
}

/* ---- appointments
 * --------------------------------------------------------------- */

/* Whether the member was a party member on `day`. */
static int in_party(app *a, const store_member *m, util_day day, bool *in,
                    util_err *e) {
  enum core_status status;
  int64_t cell;
  if (store_membership_at(a->st, m->id, day, &cell, &status, e))
    return -1;
  *in = status == CORE_PROBATIONARY || status == CORE_OFFICIAL;
  return 0;
}

int app_appoint(app *a, const app_appoint_in *in, int64_t *id, bool *planned,
                util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_member m = {0};
  store_post p = {0};
  store_holding *h = NULL, add = {0};
  size_t n = 0;
  char *decision = NULL, d[11];
  int64_t made = 0;
  bool member;
  int rc = -1;
  if (app_member(a, "member", in->member, &m, e) ||
      app_post(a, "post", in->post, 0, &p, e) ||
      app_date(a, "date", in->date, false, &add.from, e) ||
      app_note("decision", in->decision, &decision, e) ||
      in_party(a, &m, add.from, &member, e) ||
      store_post_holdings_from(a->st, p.id, add.from, &h, &n, e))
    goto done;
  util_date_format(add.from, d);
  if (!member) {
    util_fail(e, UTIL_REFUSED,
              "cannot appoint member %lld (%s) on %s: not a party member on "
              "that day",
              (long long)m.id, m.name, d);
    goto done;
  }
  /* Once at a time, and within the seats on every day from the first:
   * a back-dated appointment meets those made from later days. */
  char x[11];
  for (size_t i = 0; i < n; i++)
    if (h[i].member == m.id) {
      util_date_format(h[i].from, x);
      if (h[i].from <= add.from)
        util_fail(e, UTIL_REFUSED,
                  "cannot appoint member %lld to %s on %s: holds it already "
                  "(since %s)",
                  (long long)m.id, p.code, d, x);
      else
        util_fail(e, UTIL_REFUSED,
                  "cannot appoint member %lld to %s on %s: appointed to it "
                  "from %s",
                  (long long)m.id, p.code, d, x);
      goto done;
    }
  for (size_t k = 0; k <= n; k++) {
    util_day day = k == 0 ? add.from : h[k - 1].from;
    if (day < add.from)
      continue;
    int held = 0;
    for (size_t i = 0; i < n; i++)
      held += h[i].from <= day && (!h[i].to || h[i].to > day);
    if (held < p.seats)
      continue;
    util_fail(e, UTIL_REFUSED,
              "cannot appoint member %lld to %s from %s: its %d seat(s) are "
              "all held on %s",
              (long long)m.id, p.code, d, p.seats, util_date_format(day, x));
    goto done;
  }
  add.post = p.id;
  add.member = m.id;
  add.decision = decision;
  if (store_plan_covers(a->st, p.id, m.id, add.from, &add.planned, e) ||
      store_appointment_add(a->st, &add, a->user, &made, e))
    goto done;
  rc = app_audit(a, "appoint", e,
                 "appointment %lld: member %lld to %s from %s%s%s; %s",
                 (long long)made, (long long)m.id, p.code, d,
                 decision ? ", decision " : "", decision ? decision : "",
                 add.planned ? "in its planning" : "not in its planning");
  *id = made;
  *planned = add.planned;
done:
  free(decision);
  store_holdings_free(h, n);
  store_post_clear(&p);
  store_member_clear(&m);
  return app_end(a, rc, e);
}

int app_post_leave(app *a, const app_appoint_in *in, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_member m = {0};
  store_post p = {0};
  store_holding *h = NULL;
  size_t n = 0;
  util_day day;
  char d[11], from[11];
  int rc = -1;
  if (app_post(a, "post", in->post, 0, &p, e) ||
      app_member(a, "member", in->member, &m, e) ||
      app_date(a, "date", in->date, false, &day, e) ||
      store_appointments_of(a->st, m.id, &h, &n, e))
    goto done;
  util_date_format(day, d);
  const store_holding *held = NULL;
  for (size_t i = 0; i < n; i++)
    if (h[i].post == p.id && !h[i].to && h[i].from <= day)
      held = &h[i];
  if (!held) {
    util_fail(e, UTIL_REFUSED,
              "cannot end the appointment of member %lld to %s on %s: not "
              "holding it on that day",
              (long long)m.id, p.code, d);
    goto done;
  }
  if (store_appointment_end(a->st, held->id, day, "ended", 0, e))
    goto done;
  rc = app_audit(a, "post leave", e,
                 "appointment %lld: member %lld, %s: before held from %s; "
                 "after held from %s to %s (ended)",
                 (long long)held->id, (long long)m.id, p.code,
                 util_date_format(held->from, from), from, d);
done:
  store_holdings_free(h, n);
  store_post_clear(&p);
  store_member_clear(&m);
  return app_end(a, rc, e);
}

/* How an event ends the posts its member holds: "dismissal", "left", or
 * NULL when it does not. */
static const char *ends_posts(const core_event *ev) {
  switch (ev->kind) {
  case CORE_EV_DISCIPLINED:
    return ev->form == CORE_DISMISSAL   ? "dismissal"
           : ev->form == CORE_EXPULSION ? "left"
                                        : NULL;
  case CORE_EV_REMOVED:
  case CORE_EV_RESIGNED:
  case CORE_EV_DECEASED:
    return "left";
  default:
    return NULL;
  }
}

int app_appointments_follow(app *a, int64_t member, util_err *e) {
  store_history_event *ev = NULL;
  store_holding *h = NULL;
  size_t nev = 0, n = 0;
  int rc = store_appointments_of(a->st, member, &h, &n, e);
  if (rc == 0 && n)
    rc = store_history_of(a->st, member, &ev, &nev, e);
  /* An appointment ended by an event that no longer ends it (voided, or
   * corrected into something else) is held again. */
  for (size_t i = 0; i < n && rc == 0; i++) {
    if (!h[i].ended_by)
      continue;
    bool still = false;
    for (size_t k = 0; k < nev && !still; k++)
      still = ev[k].id == h[i].ended_by && ends_posts(&ev[k].ev) &&
              ev[k].ev.date == h[i].to;
    if (still)
      continue;
    rc = store_appointment_end(a->st, h[i].id, 0, NULL, 0, e);
    h[i].to = 0;
  }
  /* Each event that ends posts ends those held on its day. */
  for (size_t k = 0; k < nev && rc == 0; k++) {
    const char *how = ends_posts(&ev[k].ev);
    for (size_t i = 0; i < n && rc == 0 && how; i++) {
      if (h[i].to || h[i].from > ev[k].ev.date)
        continue;
      rc = store_appointment_end(a->st, h[i].id, ev[k].ev.date, how, ev[k].id,
                                 e);
      h[i].to = ev[k].ev.date;
    }
  }
  free(ev);
  store_holdings_free(h, n);
  return rc;
}

/* ---- rotations
 * ------------------------------------------------------------------ */

int app_rotate(app *a, const app_rotate_in *in, int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_member m = {0};
  store_org o = {0};
  store_post p = {0};
  store_rotation r = {0};
  char *decision = NULL, *note = NULL, f[11], u[11];
  int rc = -1;
  if (app_member(a, "member", in->member, &m, e) ||
      app_org(a, "to", in->to, &o, e) ||
      app_date(a, "from", in->from, true, &r.from, e) ||
      app_date(a, "until", in->until, true, &r.until, e) ||
      app_note("decision", in->decision, &decision, e) ||
      app_note("note", in->note, &note, e))
    goto done;
  util_date_format(r.from, f);
  util_date_format(r.until, u);
  if (r.until < r.from) {
    util_invalid(e, "until", "until: %s: before the first day (%s)", u, f);
    goto done;
  }
  if (in->post && *in->post) {
    if (app_post(a, "post", in->post, 0, &p, e))
      goto done;
    if (p.org != o.id) {
      util_invalid(e, "post", "post: %s: a post of %s, not of %s", p.code,
                   p.org_code, o.code);
      goto done;
    }
  }
  bool member;
  if (in_party(a, &m, r.from <= a->today ? r.from : a->today, &member, e))
    goto done;
  if (!member) {
    util_fail(e, UTIL_REFUSED,
              "cannot rotate member %lld (%s) from %s: not a party member",
              (long long)m.id, m.name, f);
    goto done;
  }
  r.member = m.id;
  r.org = o.id;
  r.post = p.id;
  r.decision = decision;
  r.note = note;
  if (store_rotation_add(a->st, &r, a->user, id, e))
    goto done;
  rc = app_audit(a, "rotate", e,
                 "rotation %lld: member %lld to %s%s%s from %s "
                 "until %s",
                 (long long)*id, (long long)m.id, o.code,
                 p.code ? ", post " : "", p.code ? p.code : "", f, u);
done:
  free(decision);
  free(note);
  store_post_clear(&p);
  store_org_clear(&o);
  store_member_clear(&m);
  return app_end(a, rc, e);
}

/* ---- planning
 * ------------------------------------------------------------------- */

/* The post, term and member of a change of planning, and its day. */
typedef struct plan_target {
  store_post post;
  store_member m;
  core_term term;
  char tx[10], d[11];
  util_day day;
} plan_target;

static int plan_target_get(app *a, const app_plan_in *in, plan_target *t,
                           util_err *e) {
  memset(t, 0, sizeof *t);
  if (app_post(a, "post", in->post, 0, &t->post, e) ||
      core_term_parse(in->term, &t->term, e) ||
      app_member(a, "member", in->member, &t->m, e) ||
      app_date(a, "date", in->date, false, &t->day, e))
    return -1;
  core_term_format(t->term, t->tx);
  util_date_format(t->day, t->d);
  return 0;
}

static void plan_target_clear(plan_target *t) {
  store_post_clear(&t->post);
  store_member_clear(&t->m);
}

int app_plan_add(app *a, const app_plan_in *in, int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  plan_target t;
  store_plan_entry *pe = NULL;
  size_t n = 0;
  int rc = -1;
  bool member;
  if (plan_target_get(a, in, &t, e) || in_party(a, &t.m, t.day, &member, e) ||
      store_plan_members(a->st, t.post.id, t.tx, t.m.id, &pe, &n, e))
    goto done;
  if (!member) {
    util_fail(e, UTIL_REFUSED,
              "cannot add member %lld (%s) to a planning on %s: not a party "
              "member on that day",
              (long long)t.m.id, t.m.name, t.d);
    goto done;
  }
  if (n) {
    char since[11];
    util_fail(e, UTIL_REFUSED,
              "cannot add member %lld to the planning of %s for %s: in it "
              "already (since %s)",
              (long long)t.m.id, t.post.code, t.tx,
              util_date_format(pe[0].added, since));
    goto done;
  }
  if (store_plan_add(a->st, t.post.id, t.tx, t.m.id, t.day, a->user, id, e))
    goto done;
  rc = app_audit(a, "plan add", e,
                 "%s %s: member %lld: before not planned; after planned from "
                 "%s",
                 t.post.code, t.tx, (long long)t.m.id, t.d);
done:
  free(pe);
  plan_target_clear(&t);
  return app_end(a, rc, e);
}

int app_plan_remove(app *a, const app_plan_in *in, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  plan_target t;
  store_plan_entry *pe = NULL;
  size_t n = 0;
  char *note = NULL, since[11];
  int rc = -1;
  if (plan_target_get(a, in, &t, e))
    goto done;
  if (!in->reason || !*in->reason) {
    util_invalid(e, "reason",
                 "reason: a removal from a planning gives its reason");
    goto done;
  }
  if (app_field_check(&app_f_plan_reason, "reason", in->reason, e))
    goto done;
  if (app_note("note", in->note, &note, e))
    goto done;
  if (!note && strcmp(in->reason, "other") == 0) {
    util_invalid(e, "note", "note: a removal for reason other says why");
    goto done;
  }
  if (store_plan_members(a->st, t.post.id, t.tx, t.m.id, &pe, &n, e))
    goto done;
  if (!n) {
    util_fail(e, UTIL_REFUSED,
              "cannot remove member %lld from the planning of %s for %s: not "
              "in it",
              (long long)t.m.id, t.post.code, t.tx);
    goto done;
  }
  util_date_format(pe[0].added, since);
  if (t.day < pe[0].added) {
    util_invalid(e, "date",
                 "date: %s: before member %lld was added to the planning (%s)",
                 t.d, (long long)t.m.id, since);
    goto done;
  }
  if (store_plan_remove(a->st, pe[0].id, t.day, in->reason, note, a->user, e))
    goto done;
  rc = app_audit(a, "plan remove", e,
                 "%s %s: member %lld: before planned from %s; after removed "
                 "on %s (%s%s%s)",
                 t.post.code, t.tx, (long long)t.m.id, since, t.d, in->reason,
                 note ? ": " : "", note ? note : "");
done:
  free(note);
  free(pe);
  plan_target_clear(&t);
  return app_end(a, rc, e);
}
