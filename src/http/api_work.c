/*
 * api_work.c — the handlers of the routes of the records of party work:
 * inspections and supervisions, awards, funds mobilised, the annual
 * classifications, the rubrics of meetings, and the voided records. Each
 * calls the app/ function its command of the command line calls
 * (src/cli/oversight.c, award.c, fund.c, assess.c, rubric.c, void.c) with
 * the same inputs, and answers the rows view/work.c builds for both; each
 * field has the type of the command's option (a unit test compares them).
 */
#include "http/api_work.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

/* ---- pages of listings ----------------------------------------------------
 */

/* A row callback of app that adds the row to the page (http_page) when it
 * falls in it, as view/work.c writes it, and counts it. */
#define PAGE_ROW(fn, row_type, cells_fn, listing)                              \
  static int fn(void *ctx, const row_type *row) {                              \
    http_page *p = ctx;                                                        \
    if (http_page_wants(p)) {                                                  \
      view_cells v;                                                            \
      cells_fn(row, &v);                                                       \
      json_array_append_new(p->items, view_listing_json(&listing, &v));        \
    }                                                                          \
    p->total++;                                                                \
    return 0;                                                                  \
  }

PAGE_ROW(oversight_row, store_oversight_row, view_oversight_cells,
         view_oversight_listing)
PAGE_ROW(award_row, store_award_row, view_award_cells, view_award_listing)
PAGE_ROW(fund_row, store_fund_row, view_fund_cells, view_fund_listing)
PAGE_ROW(assess_row, store_assess_row, view_assess_cells, view_assess_listing)
PAGE_ROW(streak_row, store_assess_row, view_streak_cells, view_streak_listing)
PAGE_ROW(voided_row, store_voided_row, view_voided_cells, view_voided_listing)
PAGE_ROW(rubric_row, store_rubric_row, view_rubric_cells, view_rubric_listing)

/* A flag of the query: true or false, as OpenAPI writes a boolean; false
 * when not given. (The server checks no flag's value: only the handler
 * knows it takes one here.) */
static int query_flag(const http_req *r, const char *name, bool *out,
                      util_err *e) {
  const char *v = http_query(r, name);
  *out = v && strcmp(v, "true") == 0;
  if (v && !*out && strcmp(v, "false") != 0)
    return util_invalid(e, name, "%s: %s: true or false", name,
                        util_quote(v).s);
  return 0;
}

int http_oversights(http_req *r, util_err *e) {
  http_page p;
  app_records_in in = http_records_in(r);
  http_page_init(r, &p);
  return http_page_end(r, &p, app_oversights(r->a, &in, oversight_row, &p, e));
}

int http_awards(http_req *r, util_err *e) {
  http_page p;
  app_records_in in = http_records_in(r);
  http_page_init(r, &p);
  return http_page_end(r, &p, app_awards(r->a, &in, award_row, &p, e));
}

int http_funds(http_req *r, util_err *e) {
  http_page p;
  app_records_in in = http_records_in(r);
  http_page_init(r, &p);
  return http_page_end(r, &p, app_funds(r->a, &in, fund_row, &p, e));
}

int http_assessments(http_req *r, util_err *e) {
  http_page p;
  app_assess_query q = {.years = http_query(r, "year"),
                        .grade = http_query(r, "grade"),
                        .under = http_query(r, "under"),
                        .sort = http_query(r, "sort")};
  http_page_init(r, &p);
  return http_page_end(r, &p, app_assess_list(r->a, &q, assess_row, &p, e));
}

int http_assess_streak(http_req *r, util_err *e) {
  http_page p;
  app_assess_query q = {.years = http_query(r, "years"),
                        .grade = http_query(r, "grade"),
                        .under = http_query(r, "under"),
                        .sort = http_query(r, "sort")};
  if (query_flag(r, "or_better", &q.or_better, e) ||
      query_flag(r, "orgs", &q.orgs, e))
    return -1;
  http_page_init(r, &p);
  return http_page_end(r, &p, app_assess_streak(r->a, &q, streak_row, &p, e));
}

int http_rubrics(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(r, &p, app_rubric_list(r->a, rubric_row, &p, e));
}

int http_voids(http_req *r, util_err *e) {
  const char *noun = http_query(r, "noun"), *source = NULL;
  /* The noun first, as `void list --noun` checks it. */
  if (noun && app_record_source(noun, &source, e))
    return -1;
  http_page p;
  http_page_init(r, &p);
  return http_page_end(r, &p, app_voided(r->a, source, voided_row, &p, e));
}

/* ---- single records -------------------------------------------------------
 */

static int oversight_json(void *ctx, const store_oversight_row *row,
                          const char *by_name, const char *org_name) {
  *(json_t **)ctx = view_oversight_json(row, by_name, org_name);
  return 0;
}

/* Answers the record of oversight `ref` as `oversight show --format json`
 * writes it, with `status`. */
static int oversight(http_req *r, const char *ref, int status, util_err *e) {
  json_t *j = NULL;
  if (app_oversight_show(r->a, ref, oversight_json, &j, e)) {
    json_decref(j);
    return -1;
  }
  return http_json(r, status, j);
}

int http_oversight_show(http_req *r, util_err *e) {
  return oversight(r, r->params[0], MHD_HTTP_OK, e);
}

int http_rubric_show(http_req *r, util_err *e) {
  char *json = NULL;
  bool active;
  core_rubric rubric = {0};
  /* Read and checked as `rubric show` does; its JSON is the text stored,
   * which the command line prints as it is. */
  int rc = app_rubric_get(r->a, r->params[0], &json, &active, e);
  if (rc == 0)
    rc = app_rubric_parse(json, "rubric", &rubric, NULL, e);
  if (rc == 0) {
    util_buf_printf(&r->out, "%s\n", json);
    r->status = MHD_HTTP_OK;
    r->ctype = "application/json";
  }
  app_rubric_free(&rubric);
  free(json);
  return rc;
}

/* ---- additions ------------------------------------------------------------
 */

/* A value of the body as the command line takes it typed: text as it is,
 * a whole number in digits (into buf), a boolean as yes or no; NULL for
 * null or nothing. */
static const char *typed(json_t *v, char buf[24]) {
  if (json_is_integer(v)) {
    snprintf(buf, 24, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    return buf;
  }
  if (json_is_boolean(v))
    return json_is_true(v) ? "yes" : "no";
  return json_string_value(v);
}

/* A whole number of the body, as text. */
static const char *number(const http_req *r, const char *name, char buf[24]) {
  return typed(json_object_get(r->json, name), buf);
}

/* Answers the id of the record added (201), which the command line
 * prints. */
static int created(http_req *r, int64_t id) {
  return http_json(r, MHD_HTTP_CREATED,
                   json_pack("{s:I}", "id", (json_int_t)id));
}

int http_oversight_add(http_req *r, util_err *e) {
  app_oversight_in in = {.kind = http_field_text(r, "kind"),
                         .by = http_field_text(r, "by"),
                         .org = http_field_text(r, "org"),
                         .member = http_field_text(r, "member"),
                         .from = http_field_text(r, "from"),
                         .to = http_field_text(r, "to"),
                         .subject = http_field_text(r, "subject"),
                         .conclusion = http_field_text(r, "conclusion"),
                         .violation = http_field_flag(r, "violation")};
  int64_t id;
  if (app_oversight_add(r->a, &in, &id, e))
    return -1;
  char ref[24];
  snprintf(ref, sizeof ref, "%lld", (long long)id);
  return oversight(r, ref, MHD_HTTP_CREATED, e);
}

int http_award_add(http_req *r, util_err *e) {
  app_award_in in = {.member = http_field_text(r, "member"),
                     .org = http_field_text(r, "org"),
                     .kind = http_field_text(r, "kind"),
                     .title = http_field_text(r, "title"),
                     .by = http_field_text(r, "by"),
                     .date = http_field_text(r, "date"),
                     .years = http_field_text(r, "years"),
                     .decision = http_field_text(r, "decision"),
                     .early = http_field_flag(r, "early")};
  int64_t id;
  return app_award_add(r->a, &in, &id, e) ? -1 : created(r, id);
}

int http_fund_add(http_req *r, util_err *e) {
  app_fund_in in = {.org = http_field_text(r, "org"),
                    .campaign = http_field_text(r, "campaign"),
                    .date = http_field_text(r, "date"),
                    .amount = http_field_text(r, "amount"),
                    .note = http_field_text(r, "note")};
  int64_t id;
  return app_fund_add(r->a, &in, &id, e) ? -1 : created(r, id);
}

int http_assess_set(http_req *r, util_err *e) {
  char year[24], score[24];
  app_assess_in in = {.year = number(r, "year", year),
                      .member = http_field_text(r, "member"),
                      .org = http_field_text(r, "org"),
                      .grade = http_field_text(r, "grade"),
                      .score = number(r, "score", score)};
  int64_t id;
  /* The command line prints nothing; the id is what assess list shows. */
  return app_assess_set(r->a, &in, &id, e) ? -1 : created(r, id);
}

/* ---- corrections and voids ------------------------------------------------
 */

/* Corrects record {record} of `source` as `NOUN correct` does: every field
 * of the body but the reason is a field of the record, named as the
 * option (no field of these nouns has a '_' for the option's '-'), with
 * its value as typed there. Answers {"corrected", "record"}: the old id
 * and the new. */
static int correct(http_req *r, const char *source, util_err *e) {
  enum { MAX = 16 };
  const char *names[MAX], *values[MAX];
  char digits[MAX][24];
  size_t n = 0;
  const char *key;
  json_t *v;
  json_object_foreach(r->json, key, v) {
    if (strcmp(key, "reason") == 0 || json_is_null(v) || n == MAX)
      continue;
    names[n] = key;
    values[n] = typed(v, digits[n]);
    n++;
  }
  int64_t id = 0;
  if (app_record_correct(r->a, source, r->params[0], names, values, n,
                         http_field_text(r, "reason"), &id, e))
    return -1;
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:I, s:I}", "corrected",
                             (json_int_t)strtoll(r->params[0], NULL, 10),
                             "record", (json_int_t)id));
}

int http_oversight_correct(http_req *r, util_err *e) {
  return correct(r, "oversight", e);
}

int http_award_correct(http_req *r, util_err *e) {
  return correct(r, "award", e);
}

int http_fund_correct(http_req *r, util_err *e) {
  return correct(r, "fund", e);
}

int http_assess_correct(http_req *r, util_err *e) {
  return correct(r, "assessment", e);
}

int http_assess_void(http_req *r, util_err *e) {
  if (app_record_void(r->a, "assessment", r->params[0],
                      http_field_text(r, "reason"), e))
    return -1;
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:I, s:b}", "record",
                             (json_int_t)strtoll(r->params[0], NULL, 10),
                             "voided", 1));
}

/* ---- the fields -------------------------------------------------------------
 */

/* The pages of a list, as api.c's lists take them. */

const http_field http_oversight_query[] = {PAGE,
                                           OPT("under", code),
                                           OPT("from", date),
                                           OPT("to", date),
                                           OPT("kind", oversight),
                                           END};
const http_field http_oversight_add_body[] = {
    REQ("kind", oversight), REQ("by", code),
    OPT("org", code),       OPT("member", member),
    REQ("from", date),      OPT("to", date),
    OPT("subject", text),   OPT("conclusion", text),
    OPT("violation", flag), END};
const http_field http_oversight_correct_body[] = {REQ("reason", text),
                                                  OPT("kind", oversight),
                                                  OPT("by", code),
                                                  OPT("org", code),
                                                  OPT("member", member),
                                                  OPT("from", date),
                                                  OPT("to", date),
                                                  OPT("subject", text),
                                                  OPT("conclusion", text),
                                                  OPT("violation", yesno),
                                                  END};
const http_field http_award_query[] = {PAGE,
                                       OPT("under", code),
                                       OPT("from", date),
                                       OPT("to", date),
                                       OPT("kind", award),
                                       END};
const http_field http_award_add_body[] = {
    OPT("member", member),   OPT("org", code),
    REQ("kind", award),      REQ("title", text),
    REQ("by", code),         REQ("date", date),
    OPT("years", milestone), OPT("early", flag),
    OPT("decision", text),   END};
const http_field http_award_correct_body[] = {REQ("reason", text),
                                              OPT("member", member),
                                              OPT("org", code),
                                              OPT("kind", award),
                                              OPT("title", text),
                                              OPT("by", code),
                                              OPT("date", date),
                                              OPT("years", milestone),
                                              OPT("early", yesno),
                                              OPT("decision", text),
                                              END};
const http_field http_fund_query[] = {PAGE,
                                      OPT("under", code),
                                      OPT("from", date),
                                      OPT("to", date),
                                      OPT("campaign", text),
                                      END};
const http_field http_fund_add_body[] = {
    REQ("org", code),      REQ("campaign", text), REQ("date", date),
    REQ("amount", amount), OPT("note", text),     END};
const http_field http_fund_correct_body[] = {REQ("reason", text),
                                             OPT("org", code),
                                             OPT("campaign", text),
                                             OPT("date", date),
                                             OPT("amount", amount),
                                             OPT("note", text),
                                             END};
const http_field http_assess_query[] = {PAGE,
                                        REQ("year", year),
                                        OPT("under", code),
                                        OPT("grade", grade),
                                        OPT("sort", sort),
                                        END};
const http_field http_assess_set_body[] = {
    REQ("year", year),   OPT("member", member), OPT("org", code),
    OPT("grade", grade), OPT("score", score),   END};
const http_field http_assess_correct_body[] = {REQ("reason", text),
                                               OPT("year", year),
                                               OPT("member", member),
                                               OPT("org", code),
                                               OPT("grade", grade),
                                               OPT("score", score),
                                               END};
const http_field http_streak_query[] = {PAGE,
                                        REQ("grade", grade),
                                        REQ("years", text),
                                        OPT("or_better", flag),
                                        OPT("orgs", flag),
                                        OPT("under", code),
                                        OPT("sort", sort),
                                        END};
const http_field http_rubric_query[] = {PAGE, END};
const http_field http_void_query[] = {PAGE, OPT("noun", text), END};
