/*
 * api_groups.c — the handlers of the routes of documents (their register,
 * who disseminated and implemented each, the coverage below an
 * organisation), of groupings with their conferences and outstanding
 * models, and of mergers and the discipline of organisations. Each calls
 * the app/ function its command of the command line calls (src/cli/doc.c,
 * group.c, org.c, oversight.c, void.c) with the same inputs, and answers
 * view/'s JSON, the command line's --format json.
 *
 * A document's number holds a slash (21-NQ/TW): in a path it is sent
 * percent-encoded, /api/v1/docs/21-NQ%2FTW, and routes.c decodes it
 * within its segment.
 */
#include "http/api_groups.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

/* ---- what the handlers share ---------------------------------------------
 */

/* A view's JSON as the answer, or the view's refusal. */
static int answer(http_req *r, int status, int rc, json_t *j) {
  return rc ? -1 : http_json(r, status, j);
}

/* The answer of an addition whose command prints the new id: {"id"}. */
static int created_id(http_req *r, int64_t id) {
  return http_json(r, MHD_HTTP_CREATED,
                   json_pack("{s:I}", "id", (json_int_t)id));
}

/* The id of the path, for the answers of voids and corrections. */
static json_int_t path_id(const http_req *r) {
  return (json_int_t)strtoll(r->params[0], NULL, 10);
}

/* Adds a row of a listing to the page's items, when in the page. */
static void page_cells(http_page *p, size_t ncols, const char *const *cols,
                       const bool *numeric, const char *const *cells) {
  if (http_page_wants(p))
    json_array_append_new(p->items, view_row_json(ncols, cols, numeric, cells));
  p->total++;
}

/* Voids record {record} of `source` (app_record_void, as `NOUN void`);
 * answers {"record", "voided": true}. */
static int record_void(http_req *r, const char *source, util_err *e) {
  if (app_record_void(r->a, source, r->params[0], http_field_text(r, "reason"),
                      e))
    return -1;
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:I, s:b}", "record", path_id(r), "voided", 1));
}

/* Corrects record {record} of `source` as `NOUN correct` does: every
 * field of the body but the reason, as the option of the same name
 * (flag_to is --flag-to) with its value as typed (a whole number in
 * digits); answers {"corrected", "record"}, the new record's id. */
static int record_correct(http_req *r, const char *source, util_err *e) {
  const char *names[16], *values[16];
  char name_text[16][32], number_text[16][24];
  size_t n = 0;
  for (const http_field *f = r->route->body; f->name && n < 16; f++) {
    json_t *v = json_object_get(r->json, f->name);
    if (strcmp(f->name, "reason") == 0 || !v || json_is_null(v))
      continue;
    snprintf(name_text[n], sizeof name_text[n], "%s", f->name);
    for (char *p = name_text[n]; *p; p++)
      *p = *p == '_' ? '-' : *p;
    if (json_is_integer(v)) {
      snprintf(number_text[n], sizeof number_text[n], "%" JSON_INTEGER_FORMAT,
               json_integer_value(v));
      values[n] = number_text[n];
    } else {
      values[n] = json_string_value(v);
    }
    names[n] = name_text[n];
    n++;
  }
  int64_t id = 0;
  if (app_record_correct(r->a, source, r->params[0], names, values, n,
                         http_field_text(r, "reason"), &id, e))
    return -1;
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:I, s:I}", "corrected", path_id(r), "record",
                             (json_int_t)id));
}

/* A whole number of the body as app takes it, in digits (into buf), or
 * NULL when not given. */
static const char *number_text(const http_req *r, const char *name,
                               char buf[24]) {
  json_t *v = r->json ? json_object_get(r->json, name) : NULL;
  if (!json_is_integer(v))
    return NULL;
  snprintf(buf, 24, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
  return buf;
}

/* ---- documents ------------------------------------------------------------
 */

static int doc_row(void *ctx, const store_doc_row *row) {
  char dis[24], imp[24];
  const char *cells[VIEW_DOC_NCOLS];
  view_doc_cells(row, dis, imp, cells);
  page_cells(ctx, VIEW_DOC_NCOLS, view_doc_cols, view_doc_numeric, cells);
  return 0;
}

int http_docs(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(r, &p, app_docs(r->a, doc_row, &p, e));
}

/* The document of the path as `doc show --format json` prints it. */
static int doc_answer(http_req *r, int status, util_err *e) {
  json_t *j = NULL;
  int rc = view_doc_show_json(r->a, r->params[0], &j, e);
  return answer(r, status, rc, j);
}

int http_doc_show(http_req *r, util_err *e) {
  return doc_answer(r, MHD_HTTP_OK, e);
}

int http_doc_add(http_req *r, util_err *e) {
  app_doc_in in = {.number = r->params[0],
                   .kind = http_field_text(r, "kind"),
                   .issuer = http_field_text(r, "issuer"),
                   .date = http_field_text(r, "date"),
                   .title = http_field_text(r, "title")};
  if (app_doc_add(r->a, &in, NULL, e))
    return -1;
  return doc_answer(r, MHD_HTTP_CREATED, e);
}

int http_doc_coverage(http_req *r, util_err *e) {
  json_t *j = NULL;
  if (view_doc_coverage_json(r->a, r->params[0], http_query(r, "under"),
                             http_query(r, "at"), &j, e))
    return -1;
  /* The share as `doc coverage --format json` writes it (66.7). */
  view_dump_reals(j, &r->out);
  json_decref(j);
  r->status = MHD_HTTP_OK;
  r->ctype = "application/json";
  return 0;
}

static int doc_step(http_req *r, bool implemented, util_err *e) {
  if (app_doc_step(r->a, r->params[0], http_field_text(r, "org"),
                   http_field_text(r, "date"), implemented, NULL, e))
    return -1;
  return doc_answer(r, MHD_HTTP_OK, e);
}

int http_doc_disseminate(http_req *r, util_err *e) {
  return doc_step(r, false, e);
}

int http_doc_implement(http_req *r, util_err *e) {
  return doc_step(r, true, e);
}

int http_doc_step_correct(http_req *r, util_err *e) {
  return record_correct(r, "dissemination", e);
}

int http_doc_step_void(http_req *r, util_err *e) {
  return record_void(r, "dissemination", e);
}

/* ---- groupings ------------------------------------------------------------
 */

static int group_row(void *ctx, const store_grouping_row *row) {
  char n[16];
  const char *cells[VIEW_GROUP_NCOLS];
  view_group_cells(row, n, cells);
  page_cells(ctx, VIEW_GROUP_NCOLS, view_group_cols, view_group_numeric, cells);
  return 0;
}

int http_groups(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(
      r, &p, app_groupings(r->a, http_query(r, "at"), group_row, &p, e));
}

/* The grouping of the path on `at` (NULL: today) as `group show --format
 * json` prints it. */
static int group_answer(http_req *r, int status, const char *at, util_err *e) {
  json_t *j = NULL;
  int rc = view_group_show_json(r->a, r->params[0], at, &j, e);
  return answer(r, status, rc, j);
}

int http_group_show(http_req *r, util_err *e) {
  return group_answer(r, MHD_HTTP_OK, http_query(r, "at"), e);
}

int http_group_add(http_req *r, util_err *e) {
  if (app_group_add(r->a, r->params[0], http_field_text(r, "name"),
                    http_field_text(r, "kind"), e))
    return -1;
  return group_answer(r, MHD_HTTP_CREATED, NULL, e);
}

int http_group_join(http_req *r, util_err *e) {
  if (app_group_join(r->a, r->params[0], http_field_text(r, "org"),
                     http_field_text(r, "date"), e))
    return -1;
  return group_answer(r, MHD_HTTP_OK, NULL, e);
}

int http_group_leave(http_req *r, util_err *e) {
  if (app_group_leave(r->a, r->params[0], http_field_text(r, "org"),
                      http_field_text(r, "date"), e))
    return -1;
  return group_answer(r, MHD_HTTP_OK, NULL, e);
}

/* ---- conferences and outstanding models -----------------------------------
 */

static int conference_row(void *ctx, const store_conference_row *row) {
  char id[24], delegates[16], papers[16];
  const char *cells[VIEW_CONFERENCE_NCOLS];
  view_conference_cells(row, id, delegates, papers, cells);
  page_cells(ctx, VIEW_CONFERENCE_NCOLS, view_conference_cols,
             view_conference_numeric, cells);
  return 0;
}

int http_conferences(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(
      r, &p,
      app_conferences(r->a, http_query(r, "group"), http_query(r, "from"),
                      http_query(r, "to"), conference_row, &p, e));
}

int http_conference_add(http_req *r, util_err *e) {
  char delegates[24], papers[24];
  app_conference_in in = {.host = http_field_text(r, "host"),
                          .date = http_field_text(r, "date"),
                          .kind = http_field_text(r, "kind"),
                          .theme = http_field_text(r, "theme"),
                          .group = http_field_text(r, "group"),
                          .delegates = number_text(r, "delegates", delegates),
                          .papers = number_text(r, "papers", papers),
                          .flag_to = http_field_text(r, "flag_to")};
  int64_t id = 0;
  if (app_conference_add(r->a, &in, &id, e))
    return -1;
  return created_id(r, id);
}

int http_conference_correct(http_req *r, util_err *e) {
  return record_correct(r, "conference", e);
}

int http_conference_void(http_req *r, util_err *e) {
  return record_void(r, "conference", e);
}

static int model_row(void *ctx, const store_model_row *row) {
  char id[24], member[24];
  const char *cells[VIEW_MODEL_NCOLS];
  view_model_cells(row, id, member, cells);
  page_cells(ctx, VIEW_MODEL_NCOLS, view_model_cols, view_model_numeric, cells);
  return 0;
}

int http_models(http_req *r, util_err *e) {
  http_page p;
  char *name = NULL;
  http_page_init(r, &p);
  int rc = app_models(r->a, http_query(r, "group"), http_query(r, "year"),
                      &name, model_row, &p, e);
  free(name);
  return http_page_end(r, &p, rc);
}

int http_model_add(http_req *r, util_err *e) {
  app_model_in in = {.group = http_field_text(r, "group"),
                     .org = http_field_text(r, "org"),
                     .member = http_field_text(r, "member"),
                     .title = http_field_text(r, "title"),
                     .date = http_field_text(r, "date")};
  int64_t id = 0;
  if (app_model_add(r->a, &in, &id, e))
    return -1;
  return created_id(r, id);
}

int http_model_correct(http_req *r, util_err *e) {
  return record_correct(r, "model", e);
}

int http_model_void(http_req *r, util_err *e) {
  return record_void(r, "model", e);
}

/* ---- organisations: mergers, discipline ----------------------------------
 */

/* The organisation of the path, and those `with` it, merged in one change
 * (all or nothing), as `org merge CODE... --into` merges them. */
int http_org_merge(http_req *r, util_err *e) {
  const char **with;
  size_t n = http_field_list(r, "with", &with);
  const char **codes = util_xcalloc(n + 1, sizeof *codes);
  codes[0] = r->params[0];
  for (size_t i = 0; i < n; i++)
    codes[i + 1] = with[i];
  int rc = app_org_merge(r->a, codes, n + 1, http_field_text(r, "into"),
                         http_field_text(r, "date"),
                         http_field_text(r, "decision"), e);
  free(codes);
  free(with);
  return rc ? -1 : http_org(r, r->params[0], NULL, e);
}

int http_org_discipline(http_req *r, util_err *e) {
  app_org_discipline_in in = {.org = r->params[0],
                              .form = http_field_text(r, "form"),
                              .date = http_field_text(r, "date"),
                              .votes = http_field_text(r, "votes"),
                              .by = http_field_text(r, "by"),
                              .reason = http_field_text(r, "reason"),
                              .decision = http_field_text(r, "decision")};
  int64_t id = 0;
  if (app_org_discipline(r->a, &in, &id, e))
    return -1;
  return created_id(r, id);
}

int http_org_discipline_correct(http_req *r, util_err *e) {
  return record_correct(r, "org_discipline", e);
}

int http_org_discipline_void(http_req *r, util_err *e) {
  return record_void(r, "org_discipline", e);
}

/* ---- the fields ---------------------------------------------------------- */

const http_field http_docs_query[] = {PAGE, END};
const http_field http_doc_add_body[] = {REQ("kind", doc_kind),
                                        REQ("issuer", text), REQ("date", date),
                                        REQ("title", text), END};
const http_field http_doc_coverage_query[] = {REQ("under", code),
                                              OPT("at", date), END};
const http_field http_doc_step_body[] = {REQ("org", code), REQ("date", date),
                                         END};
const http_field http_doc_step_correct_body[] = {
    REQ("reason", text), OPT("document", text), OPT("org", code),
    OPT("date", date), END};
const http_field http_groups_query[] = {PAGE, OPT("at", date), END};
const http_field http_group_add_body[] = {REQ("name", text),
                                          REQ("kind", group_kind), END};
const http_field http_group_at_query[] = {OPT("at", date), END};
const http_field http_group_join_body[] = {REQ("org", code), REQ("date", date),
                                           END};
const http_field http_conferences_query[] = {
    PAGE, OPT("group", code), OPT("from", date), OPT("to", date), END};
const http_field http_conference_add_body[] = {
    REQ("host", code),    REQ("date", date),    REQ("kind", conference_kind),
    REQ("theme", text),   OPT("group", code),   OPT("delegates", count),
    OPT("papers", count), OPT("flag_to", code), END};
const http_field http_conference_correct_body[] = {
    REQ("reason", text),     OPT("host", code),
    OPT("date", date),       OPT("kind", conference_kind),
    OPT("theme", text),      OPT("group", code),
    OPT("delegates", count), OPT("papers", count),
    OPT("flag_to", code),    END};
const http_field http_models_query[] = {PAGE, REQ("group", code),
                                        OPT("year", year), END};
const http_field http_model_add_body[] = {
    REQ("group", code), OPT("org", code),  OPT("member", member),
    REQ("title", text), REQ("date", date), END};
const http_field http_model_correct_body[] = {REQ("reason", text),
                                              OPT("group", code),
                                              OPT("org", code),
                                              OPT("member", member),
                                              OPT("title", text),
                                              OPT("date", date),
                                              END};
const http_field http_org_merge_body[] = {REQ("into", code), REQ("date", date),
                                          OPT("decision", text),
                                          LIST("with", code), END};
const http_field http_org_discipline_body[] = {REQ("form", org_form),
                                               REQ("date", date),
                                               REQ("votes", votes),
                                               OPT("by", code),
                                               OPT("reason", text),
                                               OPT("decision", text),
                                               END};
const http_field http_org_discipline_correct_body[] = {
    REQ("reason", text),   OPT("org", code),
    OPT("form", org_form), OPT("date", date),
    OPT("votes", votes),   OPT("by", code),
    OPT("decision", text), END};
