/*
 * member.c — party members: recording the registers and admissions, the
 * first event of each member; the events after it are event.c's.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- the person
 * --------------------------------------------------------------- */

bool app_card_valid(const char *s) {
  size_t n = strlen(s);
  if (n == 0 || n > 32)
    return false;
  for (; *s; s++)
    if (!isalnum((unsigned char)*s) && !strchr(".-/", *s))
      return false;
  return true;
}

/* Fills the person's fields of m from what was typed. */
static int person(app *a, const app_person_in *in, store_member *m,
                  util_err *e) {
  struct {
    const char *field, *text;
    char **out;
  } texts[] = {
      {"ethnicity", in->ethnicity, &m->ethnicity},
      {"religion", in->religion, &m->religion},
      {"hometown", in->hometown, &m->hometown},
      {"education", in->education, &m->education},
      {"profession", in->profession, &m->profession},
      {"position", in->position, &m->position},
  };
  if (app_text("name", in->name, true, 200, &m->name, e))
    return -1;
  for (size_t i = 0; i < UTIL_COUNT(texts); i++)
    if (app_text(texts[i].field, texts[i].text, false, 200, texts[i].out, e))
      return -1;
  if (app_date(a, "born", in->born, false, &m->born, e))
    return -1;
  if (core_gender_parse(in->gender, &m->gender))
    return util_invalid(e, "gender", "gender: %s: female or male",
                        in->gender ? in->gender : "");
  if (in->theory && *in->theory && core_theory_parse(in->theory, &m->theory))
    return util_invalid(e, "theory", "theory: %s: %s", in->theory,
                        core_theory_names());
  m->key_cadre = in->key_cadre;
  m->manager = in->manager;
  if (in->card && *in->card) {
    /* Whether another member holds it is found when the member is stored:
     * the unique index knows, without a query of ours. */
    if (!app_card_valid(in->card))
      return util_invalid(e, "card",
                          "card: %s: a party card number is 1 to 32 letters, "
                          "digits, '.', '-' or '/'",
                          in->card);
    m->card = util_xstrdup(in->card);
  }
  return 0;
}

/* The derived state of a member after its events. */
void app_member_state(store_member *m, const core_timeline *t) {
  const core_state *s = &t->state;
  bool official = s->status == CORE_OFFICIAL;
  bool member = official || s->status == CORE_PROBATIONARY;
  m->status = s->status;
  m->cell = s->cell;
  m->admitted = s->admitted;
  m->official = official ? s->official : 0;
  /* Kept after membership ends: a past period's badges still list who
   * reached a milestone then (the badges check the status on the day). */
  m->origin = s->is_official_set ? s->admitted + s->time_out : 0;
  m->left = member ? 0 : s->left;
  m->readmissions = s->readmissions;
}

int app_member_derive(app *a, report_ledger *l, store_member *m,
                      const core_event *evs, size_t n, bool fresh,
                      util_err *e) {
  core_timeline t = {0};
  core_profile p;
  int rc = -1;
  if (core_replay(evs, n, &t, e))
    return -1;
  app_member_state(m, &t);
  core_stretch *r;
  size_t nr;
  core_registration(&t, evs, n, &r, &nr);
  bool failed = (fresh ? 0 : store_member_update_state(a->st, m, e)) ||
                store_membership_set(a->st, m->id, r, nr, fresh, e);
  free(r);
  if (failed || app_term(a, "ethnicity", m->ethnicity, &p.ethnicity, e) ||
      app_term(a, "education", m->education, &p.education, e))
    goto done;
  p.born = m->born;
  p.gender = m->gender;
  p.theory = m->theory;
  p.key_cadre = m->key_cadre;
  p.since = 0;
  if (fresh) {
    report_ledger_timeline(l, &p, 1, &t, 1);
  } else {
    /* A member recorded before may have dated changes of its profile. */
    core_profile *ps;
    size_t np;
    if (store_member_profile(a->st, m, &ps, &np, e))
      goto done;
    report_ledger_timeline(l, ps, np, &t, 1);
    free(ps);
  }
  rc = 0;
done:
  core_timeline_free(&t);
  return rc;
}

/* Stores a new member with its first event. */
static int create(app *a, store_member *m, const store_event *ev, util_err *e) {
  core_timeline t;
  if (core_replay(&ev->ev, 1, &t, e))
    return -1;
  app_member_state(m, &t);
  core_timeline_free(&t);
  int rc = store_member_insert(a->st, m, e);
  if (rc == 1)
    return util_invalid(e, "card",
                        "card: %s: another member holds this party card number",
                        m->card);
  if (rc)
    return -1;
  report_ledger *l = app_ledger(a);
  rc = store_event_add(a->st, m->id, ev, a->user, NULL, e) ||
       app_member_derive(a, l, m, &ev->ev, 1, true, e);
  return app_ledger_done(a, l, rc ? -1 : 0, e);
}

/* Refuses an approver that is not the committee directly under the
 * Central Committee above `cell` on `day` (a provincial committee, or one
 * whose superior is the Central Committee, on the cell's path); sets *id
 * to the approver, kept with the admission. */
static int approver(app *a, const char *code, const store_org *cell,
                    util_day day, int64_t *id, util_err *e) {
  store_org o = {0}, up = {0};
  char *path = NULL;
  int rc = app_org(a, "over-60-approved-by", code, &o, e);
  if (rc)
    return -1;
  store_path *p;
  size_t n;
  int64_t parent = 0;
  if (store_paths_of(a->st, o.id, &p, &n, e) == 0) {
    for (size_t i = 0; i < n; i++)
      if (p[i].from <= day && day < p[i].to)
        parent = p[i].parent;
    store_paths_free(p, n);
  } else {
    rc = -1;
  }
  if (rc == 0 && parent && store_org_by_id(a->st, parent, &up, e))
    rc = -1;
  if (rc == 0)
    rc = app_path_at(a, cell, day, &path, e);
  bool level = o.kind == CORE_PROVINCIAL || (parent && up.kind == CORE_CENTRAL);
  char *needle = util_xasprintf("/%lld/", (long long)o.id);
  char *slashed = util_xasprintf("/%s", path ? path : "");
  bool above = strstr(slashed, needle) != NULL;
  char d[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  if (rc == 0 && !level)
    rc = util_fail(e, UTIL_REFUSED,
                   "over-60-approved-by: %s: only a committee directly under "
                   "the Central Committee approves admission over 60",
                   o.code);
  else if (rc == 0 && !above)
    rc = util_fail(e, UTIL_REFUSED,
                   "over-60-approved-by: %s: not above cell %s on %s; "
                   "admission over 60 is approved by the committee directly "
                   "under the Central Committee above the cell",
                   o.code, cell->code, d);
  *id = o.id;
  free(needle);
  free(slashed);
  free(path);
  store_org_clear(&o);
  store_org_clear(&up);
  return rc;
}

/* The day registration in the cell begins: `registered` when given (not
 * before the admission), else the admission, or the cell's founding when
 * it came later (a historic register). */
static int registration(app *a, const app_register_in *in, util_day admitted,
                        store_org *c, util_day *day, util_err *e) {
  store_org probe = {0};
  int rc = 0;
  *day = admitted;
  if (in->registered && *in->registered) {
    rc = app_date(a, "registered", in->registered, false, day, e);
    if (rc == 0 && *day < admitted)
      rc = util_invalid(e, "registered",
                        "registered: %s: before the admission (%s); "
                        "registration in a cell begins on or after it",
                        in->registered, in->admitted);
  } else if (in->cell && *in->cell &&
             store_org_by_code(a->st, in->cell, &probe, e) == 0 &&
             probe.founded_known && probe.founded > admitted) {
    *day = probe.founded;
  }
  store_org_clear(&probe);
  if (rc == 0)
    rc = app_cell(a, "cell", in->cell, *day, c, e);
  return rc;
}

int app_member_add(app *a, const app_person_in *p, const app_register_in *in,
                   int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_member m = {0};
  store_org c = {0};
  store_event ev = {.ev.kind = CORE_EV_REGISTERED};
  core_state none = {0};
  util_day from;
  int rc = -1;
  if (person(a, p, &m, e) ||
      app_date(a, "admitted", in->admitted, false, &ev.ev.date, e) ||
      registration(a, in, ev.ev.date, &c, &from, e))
    goto done;
  if (from > ev.ev.date)
    ev.ev.registered = from;
  if (in->official && *in->official) {
    if (app_date(a, "official", in->official, false, &ev.ev.official, e))
      goto done;
    ev.ev.has_official = true;
  }
  ev.ev.cell = c.id;
  core_check_ctx ctx = {.who = m.name, .born = m.born};
  if (in->over_60_approved_by && *in->over_60_approved_by) {
    if (approver(a, in->over_60_approved_by, &c, from, &ev.by_org, e))
      goto done;
    ctx.over_60_approved = true;
  }
  if (core_check_event(&none, &ev.ev, &ctx, e))
    goto done;
  if (create(a, &m, &ev, e))
    goto done;
  rc = app_audit(a, "member add", e, "%lld %s in %s", (long long)m.id, m.name,
                 c.code);
  if (id)
    *id = m.id;
done:
  store_member_clear(&m);
  store_org_clear(&c);
  return app_end(a, rc, e);
}

int app_member_admit(app *a, const app_person_in *p, const app_admit_in *in,
                     int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_member m = {0};
  store_org c = {0};
  store_event ev = {.ev.kind = CORE_EV_ADMITTED};
  char *decision = NULL;
  core_state none = {0};
  core_check_ctx ctx = {0};
  int rc = -1;
  if (person(a, p, &m, e) || app_note("decision", in->decision, &decision, e) ||
      app_date(a, "date", in->date, false, &ev.ev.date, e) ||
      app_cell(a, "cell", in->cell, ev.ev.date, &c, e))
    goto done;
  ev.decision = decision;
  if (in->ceremony && *in->ceremony &&
      app_date(a, "ceremony", in->ceremony, true, &ev.ceremony, e))
    goto done;
  if (in->considered && *in->considered) {
    if (app_date(a, "considered", in->considered, false, &ev.considered, e))
      goto done;
    if (ev.considered > ev.ev.date) {
      util_invalid(e, "considered",
                   "considered: %s: the cell considers the case before the "
                   "decision (%s)",
                   in->considered, in->date);
      goto done;
    }
  }
  if (in->over_60_approved_by && *in->over_60_approved_by) {
    if (approver(a, in->over_60_approved_by, &c, ev.ev.date, &ev.by_org, e))
      goto done;
    ctx.over_60_approved = true;
  }
  ev.ev.cell = c.id;
  ctx.who = m.name;
  ctx.born = m.born;
  ctx.considered = ev.considered;
  ctx.ceremony = ev.ceremony;
  if (core_check_event(&none, &ev.ev, &ctx, e))
    goto done;
  if (create(a, &m, &ev, e))
    goto done;
  rc = app_audit(a, "member admit", e, "%lld %s in %s on %s", (long long)m.id,
                 m.name, c.code, in->date);
  if (id)
    *id = m.id;
done:
  free(decision);
  store_member_clear(&m);
  store_org_clear(&c);
  return app_end(a, rc, e);
}

/* ---- the view of a member ------------------------------------------------ */

int app_member_view_get(app *a, const char *ref, app_member_view *v,
                        util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  memset(v, 0, sizeof *v);
  if (app_read_begin(a, e))
    return -1;
  store_org cell = {0};
  core_event *evs = NULL;
  size_t n = 0;
  core_timeline t = {0};
  int rc = app_member(a, "member", ref, &v->m, e);
  if (rc == 0)
    rc = store_org_by_id(a->st, v->m.cell, &cell, e) ||
                 store_events_of(a->st, v->m.id, &evs, &n, e) ||
                 core_replay(evs, n, &t, e)
             ? -1
             : 0;
  if (rc == 0) {
    v->cell_code = cell.code;
    v->cell_name = cell.name;
    cell.code = cell.name = NULL;
    v->gender = core_gender_name(v->m.gender);
    v->status = core_status_name(v->m.status);
    v->theory = v->m.theory ? core_theory_name(v->m.theory) : NULL;
    v->party_years = core_party_age_years(&t, a->today);
    v->party_from = a->today - core_party_age_days(&t, a->today);
  }
  core_timeline_free(&t);
  free(evs);
  store_org_clear(&cell);
  app_read_end(a);
  if (rc)
    app_member_view_clear(v);
  return rc;
}

void app_member_view_clear(app_member_view *v) {
  store_member_clear(&v->m);
  free(v->cell_code);
  free(v->cell_name);
  memset(v, 0, sizeof *v);
}
