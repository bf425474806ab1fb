/*
 * api_congress.c — the handlers of the routes of congresses: the listing,
 * a congress, its delegates and candidates, a round of voting and the
 * result. Each calls the app/ function its command of the command line
 * calls (src/cli/congress.c) with the same inputs, and answers view/'s
 * JSON, the command line's --format json. A round's `ballots` is the text
 * of the file `congress round --ballots` reads, one ballot a line.
 */
#include "http/api_congress.h"
#include "view/view.h"

#include <stdio.h>

/* The congress of the path as `congress show` (or `congress result`)
 * --format json prints it. */
static int congress_answer(http_req *r, int status, bool result, util_err *e) {
  app_congress_view v;
  if (app_congress_view_get(r->a, r->params[0], &v, e))
    return -1;
  json_t *j = result ? view_congress_result_json(&v) : view_congress_json(&v);
  app_congress_view_clear(&v);
  return http_json(r, status, j);
}

static int congress_row(void *ctx, const store_congress_row *row) {
  http_page *p = ctx;
  view_cells v;
  view_congress_cells(row, &v);
  if (http_page_wants(p))
    json_array_append_new(p->items,
                          view_listing_json(&view_congress_listing, &v));
  p->total++;
  return 0;
}

int http_congresses(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(r, &p,
                       app_congresses(r->a, http_query(r, "under"),
                                      http_query(r, "term"), congress_row, &p,
                                      e));
}

int http_congress_show(http_req *r, util_err *e) {
  return congress_answer(r, MHD_HTTP_OK, false, e);
}

int http_congress_result(http_req *r, util_err *e) {
  return congress_answer(r, MHD_HTTP_OK, true, e);
}

/* A whole number of the body in digits (into buf), or NULL. */
static const char *digits(const http_req *r, const char *name, char buf[24]) {
  json_t *v = r->json ? json_object_get(r->json, name) : NULL;
  if (!json_is_integer(v))
    return NULL;
  snprintf(buf, 24, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
  return buf;
}

int http_congress_add(http_req *r, util_err *e) {
  char seats[24], delegates[24];
  app_congress_in in = {.code = r->params[0],
                        .org = http_field_text(r, "org"),
                        .term = http_field_text(r, "term"),
                        .date = http_field_text(r, "date"),
                        .seats = digits(r, "seats", seats),
                        .delegates = digits(r, "delegates", delegates)};
  if (app_congress_add(r->a, &in, e))
    return -1;
  return congress_answer(r, MHD_HTTP_CREATED, false, e);
}

int http_congress_delegate(http_req *r, util_err *e) {
  if (app_congress_delegate(r->a, r->params[0], http_field_text(r, "member"),
                            http_field_text(r, "kind"), e))
    return -1;
  return congress_answer(r, MHD_HTTP_OK, false, e);
}

int http_congress_candidate(http_req *r, util_err *e) {
  if (app_congress_candidate(r->a, r->params[0], http_field_text(r, "member"),
                             e))
    return -1;
  return congress_answer(r, MHD_HTTP_OK, false, e);
}

int http_congress_round(http_req *r, util_err *e) {
  char issued[24], returned[24], valid[24];
  app_round_in in = {.code = r->params[0],
                     .issued = digits(r, "issued", issued),
                     .returned = digits(r, "returned", returned),
                     .valid = digits(r, "valid", valid),
                     .votes = http_field_text(r, "votes"),
                     .ballots = http_field_text(r, "ballots"),
                     .ballots_name = "ballots"};
  int number = 0;
  if (app_congress_round(r->a, &in, &number, e))
    return -1;
  return congress_answer(r, MHD_HTTP_CREATED, true, e);
}

/* ---- the fields ---------------------------------------------------------- */

const http_field http_congresses_query[] = {PAGE, OPT("under", code),
                                            OPT("term", text), END};
const http_field http_congress_add_body[] = {
    REQ("org", code),    REQ("term", text),       REQ("date", date),
    REQ("seats", seats), OPT("delegates", seats), END};
const http_field http_congress_delegate_body[] = {
    REQ("member", member), OPT("kind", delegate_kind), END};
const http_field http_congress_candidate_body[] = {REQ("member", member), END};
const http_field http_congress_round_body[] = {
    REQ("issued", count), REQ("returned", count), OPT("valid", count),
    OPT("votes", text),   OPT("ballots", file),   END};
