/*
 * planning.c — cadre planning as JSON and cells (app/planning*.c): the
 * posts, their holders, a post's planning for a term with its structure
 * and floors, and the findings of a review; what `post ...` and `plan
 * ...` print and the API answers, built once for both.
 */
#include "view/view.h"

#include <stdlib.h>

/* ---- posts
 * ---------------------------------------------------------------------- */

const char *const view_post_cols[VIEW_POST_NCOLS] = {
    "code",    "org",      "title",
    "level",   "seats",    "holders",
    "max_age", "min_age",  "discipline_years",
    "theory",  "education"};
const bool view_post_numeric[VIEW_POST_NCOLS] = {
    false, false, false, false, true, true, true, true, true, false, false};

void view_post_cells(const store_post *p, char buf[5][16],
                     const char *cells[VIEW_POST_NCOLS]) {
  core_post_rules r = app_post_rules(p);
  snprintf(buf[0], 16, "%d", p->seats);
  snprintf(buf[1], 16, "%d", p->holders);
  snprintf(buf[2], 16, "%d", r.max_age);
  snprintf(buf[3], 16, "%d", r.min_age);
  snprintf(buf[4], 16, "%d", r.discipline_years);
  const char *row[VIEW_POST_NCOLS] = {
      p->code,
      p->org_code,
      p->title,
      p->level,
      buf[0],
      buf[1],
      buf[2],
      buf[3],
      buf[4],
      r.min_theory == CORE_THEORY_UNKNOWN ? "" : app_theory_name(r.min_theory),
      p->education ? p->education : ""};
  for (size_t i = 0; i < VIEW_POST_NCOLS; i++)
    cells[i] = row[i];
}

json_t *view_post_json(const store_post *p) {
  char buf[5][16];
  const char *cells[VIEW_POST_NCOLS];
  view_post_cells(p, buf, cells);
  json_t *o = json_object();
  for (size_t i = 0; i < VIEW_POST_NCOLS; i++)
    json_object_set_new(o, view_post_cols[i],
                        view_cell_json(cells[i], view_post_numeric[i]));
  /* Which conditions are the post's own (the others its level's). */
  json_t *own = json_array();
  if (p->max_age >= 0)
    json_array_append_new(own, json_string("max_age"));
  if (p->min_age >= 0)
    json_array_append_new(own, json_string("min_age"));
  if (p->discipline_years >= 0)
    json_array_append_new(own, json_string("discipline_years"));
  if (p->theory)
    json_array_append_new(own, json_string("theory"));
  if (p->education)
    json_array_append_new(own, json_string("education"));
  json_object_set_new(o, "own_rules", own);
  return o;
}

const char *const view_rotation_cols[VIEW_ROTATION_NCOLS] = {
    "id", "member", "name", "org", "post", "from", "until", "decision", "note"};
const bool view_rotation_numeric[VIEW_ROTATION_NCOLS] = {true, true};

void view_rotation_cells(const store_rotation_row *r, char buf[4][24],
                         const char *cells[VIEW_ROTATION_NCOLS]) {
  snprintf(buf[0], 24, "%lld", (long long)r->id);
  snprintf(buf[1], 24, "%lld", (long long)r->member);
  const char *row[VIEW_ROTATION_NCOLS] = {buf[0],
                                          buf[1],
                                          r->name,
                                          r->org_code,
                                          r->post_code ? r->post_code : "",
                                          util_date_format(r->from, buf[2]),
                                          util_date_format(r->until, buf[3]),
                                          r->decision ? r->decision : "",
                                          r->note ? r->note : ""};
  for (size_t i = 0; i < VIEW_ROTATION_NCOLS; i++)
    cells[i] = row[i];
}

json_t *view_rotation_json(const store_rotation_row *r) {
  char buf[4][24];
  const char *cells[VIEW_ROTATION_NCOLS];
  view_rotation_cells(r, buf, cells);
  /* The post, decision and note are optional: null when not given. */
  static const bool optional[VIEW_ROTATION_NCOLS] = {
      [4] = true, [7] = true, [8] = true};
  json_t *o = json_object();
  for (size_t i = 0; i < VIEW_ROTATION_NCOLS; i++)
    json_object_set_new(
        o, view_rotation_cols[i],
        optional[i] && !*cells[i]
            ? json_null()
            : view_cell_json(cells[i], view_rotation_numeric[i]));
  return o;
}

json_t *view_holding_json(const store_holding *h) {
  char from[11], to[11];
  json_t *o = json_pack("{s:I, s:I, s:s, s:s, s:s, s:b}", "id",
                        (json_int_t)h->id, "member", (json_int_t)h->member,
                        "name", h->name, "post", h->post_code, "from",
                        util_date_format(h->from, from), "planned", h->planned);
  json_object_set_new(
      o, "to", h->to ? json_string(util_date_format(h->to, to)) : json_null());
  json_object_set_new(o, "how", h->how ? json_string(h->how) : json_null());
  json_object_set_new(o, "decision",
                      h->decision ? json_string(h->decision) : json_null());
  return o;
}

json_t *view_holders_json(const store_post *p, const char *day,
                          const store_holding *h, size_t n) {
  json_t *arr = json_array();
  for (size_t i = 0; i < n; i++)
    json_array_append_new(arr, view_holding_json(&h[i]));
  return json_pack("{s:o, s:s, s:o}", "post", view_post_json(p), "date", day,
                   "holders", arr);
}

/* ---- a post's planning
 * ---------------------------------------------------------- */

static json_t *text_or_null(const char *s) {
  return s && *s ? json_string(s) : json_null();
}

static json_t *candidate_json(const app_plan_candidate *c) {
  char born[11], since[11], added[11];
  const store_member *m = &c->m;
  json_t *o = json_pack(
      "{s:I, s:s, s:s, s:i, s:s, s:b, s:b}", "id", (json_int_t)m->id, "name",
      m->name, "born", util_date_format(m->born, born), "age", c->age, "gender",
      app_gender_name(m->gender), "young", c->young, "minority", c->minority);
  json_object_set_new(o, "ethnicity", text_or_null(m->ethnicity));
  json_object_set_new(o, "theory",
                      m->theory == CORE_THEORY_UNKNOWN
                          ? json_null()
                          : json_string(app_theory_name(m->theory)));
  json_object_set_new(o, "education", text_or_null(m->education));
  json_object_set_new(o, "position", text_or_null(m->position));
  json_object_set_new(o, "in_since",
                      m->admitted
                          ? json_string(util_date_format(m->admitted, since))
                          : json_null());
  json_object_set_new(o, "added",
                      json_string(util_date_format(c->added, added)));
  return o;
}

/* A count with its share of n, in tenths of a percent. */
static json_t *share_json(long k, long n) {
  return json_pack("{s:i, s:f}", "count", (int)k, "percent",
                   view_share_tenths(k, n) / 10.0);
}

json_t *view_plan_json(const app_plan_view *v) {
  long n = (long)v->n;
  char start[11];
  json_t *cand = json_array(), *bands = json_object(), *theory = json_object();
  for (size_t i = 0; i < v->n; i++)
    json_array_append_new(cand, candidate_json(&v->c[i]));
  for (int i = 0; i < APP_AGE_BANDS; i++)
    json_object_set_new(bands, app_age_bands[i], share_json(v->bands[i], n));
  for (int t = 0; t < CORE_THEORY__MAX; t++)
    json_object_set_new(
        theory, t == CORE_THEORY_UNKNOWN ? "unknown" : app_theory_name(t),
        share_json(v->theory[t], n));
  json_t *young = share_json(v->young, n), *women = share_json(v->women, n);
  json_object_set_new(young, "under", json_integer(v->young_under));
  json_object_set_new(young, "floor_percent", json_integer(15));
  json_object_set_new(young, "floor_met", json_boolean(v->young_floor));
  json_object_set_new(women, "floor_percent", json_integer(25));
  json_object_set_new(women, "floor_met", json_boolean(v->women_floor));
  json_t *structure =
      json_pack("{s:i, s:o, s:o, s:o, s:o, s:o}", "candidates", (int)n,
                "age_bands", bands, "young", young, "women", women,
                "minorities", share_json(v->minorities, n), "theory", theory);
  return json_pack("{s:o, s:s, s:s, s:o, s:o}", "post",
                   view_post_json(&v->post), "term", v->term, "term_start",
                   util_date_format(v->start, start), "candidates", cand,
                   "structure", structure);
}

/* ---- the review
 * ----------------------------------------------------------------- */

const char *view_plan_rule_name(enum core_plan_rule r) {
  static const char *const names[CORE_PLAN_RULE__MAX] = {
      /* TRANSLATORS: the conditions of a planning's review, as the
       * review's table names them. */
      NC_("plan rule", "age_limit"), NC_("plan rule", "too_young"),
      NC_("plan rule", "theory"), NC_("plan rule", "discipline"),
      NC_("plan rule", "education")};
  return r < CORE_PLAN_RULE__MAX ? names[r] : "";
}

json_t *view_plan_finding_json(const app_plan_finding *f) {
  const core_plan_failure *x = &f->failure;
  char d[11];
  json_t *o =
      json_pack("{s:s, s:s, s:I, s:s, s:s}", "post", f->post->code, "term",
                f->term, "member", (json_int_t)f->member->id, "name",
                f->member->name, "rule", view_plan_rule_name(x->rule));
  json_t *facts = json_object();
  switch (x->rule) {
  case CORE_PLAN_AGE_LIMIT:
    json_object_set_new(facts, "max_age", json_integer(f->rules.max_age));
    json_object_set_new(facts, "born",
                        json_string(util_date_format(f->member->born, d)));
    json_object_set_new(facts, "reaches_limit",
                        json_string(util_date_format(x->day, d)));
    break;
  case CORE_PLAN_TOO_YOUNG:
    json_object_set_new(facts, "min_age", json_integer(f->rules.min_age));
    json_object_set_new(facts, "age_at_start", json_integer(x->age));
    break;
  case CORE_PLAN_THEORY:
    json_object_set_new(facts, "required",
                        json_string(app_theory_name(f->rules.min_theory)));
    json_object_set_new(facts, "theory",
                        x->form == CORE_THEORY_UNKNOWN
                            ? json_null()
                            : json_string(app_theory_name(x->form)));
    break;
  case CORE_PLAN_DISCIPLINE:
    json_object_set_new(facts, "form", json_string(app_form_name(x->form)));
    json_object_set_new(facts, "date",
                        json_string(util_date_format(x->day, d)));
    json_object_set_new(facts, "years",
                        json_integer(f->rules.discipline_years));
    break;
  case CORE_PLAN_EDUCATION:
    json_object_set_new(facts, "required", json_string(f->rules.education));
    json_object_set_new(facts, "education",
                        f->member->education ? json_string(f->member->education)
                                             : json_null());
    break;
  default:
    break;
  }
  json_object_set_new(o, "facts", facts);
  return o;
}
