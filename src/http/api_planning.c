/*
 * api_planning.c — the handlers of the routes of cadre planning: posts
 * and who holds them, appointments and rotations of members, the planning
 * of a post for a term with its structure, and the review of a term. Each
 * calls the app/ function its command of the command line calls
 * (src/cli/planning.c) with the same inputs, and answers view/'s JSON,
 * the command line's --format json. A post's code is the path's {code};
 * a term, a query parameter or a body field (2025-2030).
 */
#include "http/api_planning.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

/* A whole number of the body in digits, as app takes it (into buf), or
 * NULL when not given. */
static const char *number(const http_req *r, const char *name, char buf[24]) {
  json_t *v = r->json ? json_object_get(r->json, name) : NULL;
  if (!json_is_integer(v))
    return NULL;
  snprintf(buf, 24, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
  return buf;
}

/* ---- posts
 * ---------------------------------------------------------------------- */

int http_posts(http_req *r, util_err *e) {
  store_post *p;
  size_t n;
  http_page pg;
  http_page_init(r, &pg);
  int rc =
      app_posts(r->a, http_query(r, "under"), http_query(r, "at"), &p, &n, e);
  for (size_t i = 0; rc == 0 && i < n; i++) {
    if (http_page_wants(&pg))
      json_array_append_new(pg.items, view_post_json(&p[i]));
    pg.total++;
  }
  if (rc == 0)
    app_posts_free(p, n);
  return http_page_end(r, &pg, rc);
}

int http_rotations(http_req *r, util_err *e) {
  store_rotation_row *x;
  size_t n;
  http_page pg;
  http_page_init(r, &pg);
  int rc = app_rotations(r->a, http_query(r, "under"), http_query(r, "member"),
                         http_query(r, "at"), &x, &n, e);
  for (size_t i = 0; rc == 0 && i < n; i++) {
    if (http_page_wants(&pg))
      json_array_append_new(pg.items, view_rotation_json(&x[i]));
    pg.total++;
  }
  if (rc == 0)
    app_rotations_free(x, n);
  return http_page_end(r, &pg, rc);
}

/* The post of the path and its holders on `at` (NULL: today), as `post
 * holders --format json` prints it. */
static int holders_answer(http_req *r, int status, const char *at,
                          util_err *e) {
  store_post p;
  store_holding *h;
  size_t n;
  char day[11];
  if (app_post_holders(r->a, r->params[0], at, &p, &h, &n, e))
    return -1;
  snprintf(day, sizeof day, "%s", at ? at : "");
  if (!at)
    util_date_format(r->a->today, day);
  json_t *j = view_holders_json(&p, day, h, n);
  app_holdings_free(h, n);
  app_post_clear(&p);
  return http_json(r, status, j);
}

int http_post_add(http_req *r, util_err *e) {
  char seats[24], max_age[24], min_age[24], years[24];
  app_post_in in = {.code = r->params[0],
                    .org = http_field_text(r, "org"),
                    .title = http_field_text(r, "title"),
                    .seats = number(r, "seats", seats),
                    .level = http_field_text(r, "level"),
                    .max_age = number(r, "max_age", max_age),
                    .min_age = number(r, "min_age", min_age),
                    .theory = http_field_text(r, "theory"),
                    .discipline_years = number(r, "discipline_years", years),
                    .education = http_field_text(r, "education")};
  if (app_post_add(r->a, &in, e))
    return -1;
  return holders_answer(r, MHD_HTTP_CREATED, NULL, e);
}

int http_post_holders(http_req *r, util_err *e) {
  return holders_answer(r, MHD_HTTP_OK, http_query(r, "date"), e);
}

int http_post_leave(http_req *r, util_err *e) {
  app_appoint_in in = {.post = r->params[0],
                       .member = http_field_text(r, "member"),
                       .date = http_field_text(r, "date")};
  if (app_post_leave(r->a, &in, e))
    return -1;
  return holders_answer(r, MHD_HTTP_OK, NULL, e);
}

/* ---- appointments and rotations
 * ------------------------------------------------- */

int http_appoint(http_req *r, util_err *e) {
  app_appoint_in in = {.member = r->params[0],
                       .post = http_field_text(r, "post"),
                       .date = http_field_text(r, "date"),
                       .decision = http_field_text(r, "decision")};
  int64_t id;
  bool planned;
  if (app_appoint(r->a, &in, &id, &planned, e))
    return -1;
  json_t *j = json_pack("{s:I, s:b}", "id", (json_int_t)id, "planned", planned);
  if (!planned) {
    char *w = util_xasprintf(
        util_tr(r->lang, N_("member %s is not in the planning of %s for a "
                            "term covering %s")),
        in.member, in.post, in.date);
    json_object_set_new(j, "warning", json_string(w));
    free(w);
  }
  return http_json(r, MHD_HTTP_CREATED, j);
}

int http_rotate(http_req *r, util_err *e) {
  app_rotate_in in = {.member = r->params[0],
                      .to = http_field_text(r, "to"),
                      .post = http_field_text(r, "post"),
                      .from = http_field_text(r, "from"),
                      .until = http_field_text(r, "until"),
                      .decision = http_field_text(r, "decision"),
                      .note = http_field_text(r, "note")};
  int64_t id;
  if (app_rotate(r->a, &in, &id, e))
    return -1;
  return http_json(r, MHD_HTTP_CREATED,
                   json_pack("{s:I}", "id", (json_int_t)id));
}

/* ---- planning
 * ------------------------------------------------------------------- */

/* The planning of the path's post for `term`, as `plan list --format
 * json` prints it. */
static int plan_answer(http_req *r, int status, const char *term, util_err *e) {
  app_plan_view v;
  if (app_plan_view_get(r->a, r->params[0], term, &v, e))
    return -1;
  json_t *j = view_plan_json(&v);
  app_plan_view_clear(&v);
  return http_json(r, status, j);
}

int http_plan_list(http_req *r, util_err *e) {
  return plan_answer(r, MHD_HTTP_OK, http_query(r, "term"), e);
}

static app_plan_in plan_in(const http_req *r) {
  return (app_plan_in){.post = r->params[0],
                       .term = http_field_text(r, "term"),
                       .member = http_field_text(r, "member"),
                       .date = http_field_text(r, "date"),
                       .reason = http_field_text(r, "reason"),
                       .note = http_field_text(r, "note")};
}

int http_plan_add(http_req *r, util_err *e) {
  app_plan_in in = plan_in(r);
  int64_t id;
  if (app_plan_add(r->a, &in, &id, e))
    return -1;
  return plan_answer(r, MHD_HTTP_CREATED, in.term, e);
}

int http_plan_remove(http_req *r, util_err *e) {
  app_plan_in in = plan_in(r);
  if (app_plan_remove(r->a, &in, e))
    return -1;
  return plan_answer(r, MHD_HTTP_OK, in.term, e);
}

static int finding(void *ctx, const app_plan_finding *f) {
  json_array_append_new(ctx, view_plan_finding_json(f));
  return 0;
}

int http_plan_review(http_req *r, util_err *e) {
  json_t *items = json_array();
  const char *term = http_query(r, "term");
  if (app_plan_review(r->a, term, http_query(r, "under"), http_query(r, "date"),
                      finding, items, e)) {
    json_decref(items);
    return -1;
  }
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:s, s:I, s:o}", "term", term, "findings_count",
                             (json_int_t)json_array_size(items), "findings",
                             items));
}

/* ---- the fields
 * ----------------------------------------------------------------- */

const http_field http_posts_query[] = {PAGE, OPT("under", code),
                                       OPT("at", date), END};
const http_field http_rotations_query[] = {
    PAGE, OPT("under", code), OPT("member", member), OPT("at", date), END};
const http_field http_post_add_body[] = {
    REQ("org", code),       REQ("title", text),
    REQ("seats", seats),    OPT("level", level),
    OPT("max_age", age),    OPT("min_age", age),
    OPT("theory", theory),  OPT("discipline_years", years),
    OPT("education", text), END};
const http_field http_post_holders_query[] = {OPT("date", date), END};
const http_field http_post_leave_body[] = {REQ("member", member),
                                           REQ("date", date), END};
const http_field http_appoint_body[] = {REQ("post", code), REQ("date", date),
                                        OPT("decision", text), END};
const http_field http_rotate_body[] = {REQ("to", code),
                                       OPT("post", code),
                                       REQ("from", date),
                                       REQ("until", date),
                                       OPT("decision", text),
                                       OPT("note", text),
                                       END};
const http_field http_plan_list_query[] = {REQ("term", text), END};
const http_field http_plan_add_body[] = {
    REQ("term", text), REQ("member", member), REQ("date", date), END};
const http_field http_plan_remove_body[] = {
    REQ("term", text),          REQ("member", member), REQ("date", date),
    REQ("reason", plan_reason), OPT("note", text),     END};
const http_field http_plan_review_query[] = {
    REQ("term", text), OPT("under", code), OPT("date", date), END};
