/*
 * planning_read.c — cadre planning as shown (planning.c has the changes):
 * the posts, who holds one on a day, a post's planning for a term with
 * each candidate's standing and the planning's structure against its
 * floors, and the review of the planning of a term — every candidate who
 * fails a condition of the post, with the facts, adding nothing.
 */
#include "app/app_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *app_level_name(enum core_level l) {
  return core_level_name(l);
}

int app_level_parse(const char *s, enum core_level *out) {
  return core_level_parse(s, out);
}

const char *app_theory_name(enum core_theory t) {
  return t == CORE_THEORY_UNKNOWN ? NULL : core_theory_name(t);
}

const char *app_gender_name(enum core_gender g) {
  return core_gender_name(g);
}

const char *app_form_name(enum core_form f) {
  return core_form_name(f);
}

void app_post_clear(store_post *p) {
  store_post_clear(p);
}

void app_posts_free(store_post *p, size_t n) {
  store_posts_free(p, n);
}

void app_holdings_free(store_holding *h, size_t n) {
  store_holdings_free(h, n);
}

/* TRANSLATORS: the age bands of a planning's candidates at the term's
 * start. */
const char *const app_age_bands[APP_AGE_BANDS] = {
    NC_("age band", "under 40"), NC_("age band", "40-49"),
    NC_("age band", "50-59"), NC_("age band", "60 and over")};

/* The day a read is of: `at` as typed, or today. */
static int read_day(app *a, const char *at, util_day *day, util_err *e) {
  *day = a->today;
  return at && *at ? app_date(a, "date", at, true, day, e) : 0;
}

int app_posts(app *a, const char *under, const char *at, store_post **out,
              size_t *n, util_err *e) {
  *out = NULL;
  *n = 0;
  util_day day;
  int64_t root = 0;
  if (app_act(a, APP_VIEWER, e) || read_day(a, at, &day, e) ||
      app_read_begin(a, e))
    return -1;
  int rc = app_under_id(a, under, &root, e);
  if (rc == 0)
    rc = store_posts(a->st, root, a->scope, day, out, n, e);
  app_read_end(a);
  return rc;
}

int app_rotations(app *a, const char *under, const char *member, const char *at,
                  store_rotation_row **out, size_t *n, util_err *e) {
  *out = NULL;
  *n = 0;
  util_day day = 0;
  int64_t root = 0;
  store_member m = {0};
  if (app_act(a, APP_VIEWER, e) ||
      (at && *at && app_date(a, "at", at, true, &day, e)) ||
      app_read_begin(a, e))
    return -1;
  int rc = app_under_id(a, under, &root, e);
  if (rc == 0 && member && *member)
    rc = app_member(a, "member", member, &m, e);
  if (rc == 0)
    rc = store_rotations(a->st, root, a->scope, m.id, day, out, n, e);
  store_member_clear(&m);
  app_read_end(a);
  return rc;
}

void app_rotations_free(store_rotation_row *r, size_t n) {
  store_rotation_rows_free(r, n);
}

int app_post_holders(app *a, const char *code, const char *at, store_post *p,
                     store_holding **out, size_t *n, util_err *e) {
  *out = NULL;
  *n = 0;
  memset(p, 0, sizeof *p);
  util_day day;
  if (app_act(a, APP_VIEWER, e) || read_day(a, at, &day, e) ||
      app_read_begin(a, e))
    return -1;
  int rc = app_post(a, "post", code, day, p, e);
  if (rc == 0)
    rc = store_post_holders(a->st, p->id, day, out, n, e);
  app_read_end(a);
  return rc;
}

/* ---- a post's planning
 * ---------------------------------------------------------- */

void app_plan_view_clear(app_plan_view *v) {
  for (size_t i = 0; i < v->n; i++)
    store_member_clear(&v->c[i].m);
  free(v->c);
  store_post_clear(&v->post);
  memset(v, 0, sizeof *v);
}

static int band_of(int age) {
  return age < 40 ? 0 : age < 50 ? 1 : age < 60 ? 2 : 3;
}

static int plan_fill(app *a, app_plan_view *v, util_err *e) {
  store_plan_entry *pe;
  size_t n;
  if (store_plan_members(a->st, v->post.id, v->term, 0, &pe, &n, e))
    return -1;
  v->c = util_xcalloc(n ? n : 1, sizeof *v->c);
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    app_plan_candidate *c = &v->c[v->n];
    rc = store_member_by_id(a->st, pe[i].member, &c->m, e);
    if (rc == 1)
      rc = util_fail(e, UTIL_INTERNAL, "no member %lld",
                     (long long)pe[i].member);
    if (rc)
      break;
    v->n++;
    c->added = pe[i].added;
    c->age = util_full_years(c->m.born, v->start);
    c->young = core_is_young(c->m.born, v->level, v->start);
    c->minority = c->m.ethnicity && *c->m.ethnicity &&
                  strcasecmp(c->m.ethnicity, "Kinh") != 0;
    v->bands[band_of(c->age)]++;
    v->young += c->young;
    v->women += c->m.gender == CORE_FEMALE;
    v->minorities += c->minority;
    v->theory[c->m.theory < CORE_THEORY__MAX ? c->m.theory : 0]++;
  }
  free(pe);
  v->young_floor = core_young_floor_met(v->young, (int64_t)v->n);
  v->women_floor = core_women_floor_met(v->women, (int64_t)v->n);
  return rc;
}

int app_plan_view_get(app *a, const char *post, const char *term,
                      app_plan_view *v, util_err *e) {
  memset(v, 0, sizeof *v);
  core_term t;
  if (app_act(a, APP_VIEWER, e) || core_term_parse(term, &t, e) ||
      app_read_begin(a, e))
    return -1;
  core_term_format(t, v->term);
  v->start = core_term_start(t);
  int rc = app_post(a, "post", post, a->today, &v->post, e);
  if (rc == 0 && app_level_parse(v->post.level, &v->level))
    rc = util_fail(e, UTIL_INTERNAL, "post %s: level %s", v->post.code,
                   v->post.level);
  if (rc == 0) {
    v->young_under = core_young_age(v->level);
    rc = plan_fill(a, v, e);
  }
  app_read_end(a);
  if (rc)
    app_plan_view_clear(v);
  return rc;
}

/* ---- the review
 * ----------------------------------------------------------------- */

core_post_rules app_post_rules(const store_post *p) {
  enum core_level level = CORE_LEVEL_PROVINCIAL;
  app_level_parse(p->level, &level);
  core_post_rules r = core_post_rules_default(level);
  if (p->max_age >= 0)
    r.max_age = p->max_age;
  if (p->min_age >= 0)
    r.min_age = p->min_age;
  if (p->discipline_years >= 0)
    r.discipline_years = p->discipline_years;
  if (p->theory)
    core_theory_parse(p->theory, &r.min_theory);
  r.education = p->education;
  return r;
}

/* The member's disciplines, from the events that stand. */
static int disciplines(app *a, int64_t member, core_discipline **out, size_t *n,
                       util_err *e) {
  store_history_event *h;
  size_t nh;
  *out = NULL;
  *n = 0;
  if (store_history_of(a->st, member, &h, &nh, e))
    return -1;
  *out = util_xcalloc(nh ? nh : 1, sizeof **out);
  for (size_t i = 0; i < nh; i++)
    if (h[i].ev.kind == CORE_EV_DISCIPLINED)
      (*out)[(*n)++] =
          (core_discipline){.day = h[i].ev.date, .form = h[i].ev.form};
  free(h);
  return 0;
}

/* Reviews the planning of one post, calling fn for each failure. */
static int review_post(app *a, const store_post *p, core_term t, util_day day,
                       int (*fn)(void *ctx, const app_plan_finding *f),
                       void *ctx, util_err *e) {
  app_plan_finding f = {.post = p, .rules = app_post_rules(p)};
  store_plan_entry *pe;
  size_t n;
  core_term_format(t, f.term);
  if (store_plan_members(a->st, p->id, f.term, 0, &pe, &n, e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    store_member m = {0};
    core_discipline *d = NULL;
    size_t nd = 0;
    rc = store_member_by_id(a->st, pe[i].member, &m, e);
    if (rc == 1)
      rc = util_fail(e, UTIL_INTERNAL, "no member %lld",
                     (long long)pe[i].member);
    if (rc == 0)
      rc = disciplines(a, m.id, &d, &nd, e);
    if (rc == 0) {
      core_candidate c = {.born = m.born,
                          .gender = m.gender,
                          .theory = m.theory,
                          .disc = d,
                          .ndisc = nd,
                          .education = m.education};
      core_plan_failure out[CORE_PLAN_RULE__MAX];
      size_t k = core_plan_review(&f.rules, &c, core_term_start(t), day, out);
      f.member = &m;
      for (size_t j = 0; j < k && rc == 0; j++) {
        f.failure = out[j];
        rc = fn(ctx, &f);
      }
    }
    free(d);
    store_member_clear(&m);
  }
  free(pe);
  return rc;
}

int app_plan_review(app *a, const char *term, const char *under, const char *at,
                    int (*fn)(void *ctx, const app_plan_finding *f), void *ctx,
                    util_err *e) {
  core_term t;
  util_day day;
  int64_t root = 0;
  store_post *p = NULL;
  size_t n = 0;
  if (app_act(a, APP_VIEWER, e) || core_term_parse(term, &t, e) ||
      read_day(a, at, &day, e) || app_read_begin(a, e))
    return -1;
  int rc = app_under_id(a, under, &root, e);
  if (rc == 0)
    rc = store_posts(a->st, root, a->scope, day, &p, &n, e);
  for (size_t i = 0; i < n && rc == 0; i++)
    rc = review_post(a, &p[i], t, day, fn, ctx, e);
  store_posts_free(p, n);
  app_read_end(a);
  return rc;
}
