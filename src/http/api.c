/*
 * api.c — the routing table of /api/v1 and its handlers. The table is
 * data: method, path, handler, the role needed, whether the request
 * changes records (and so needs the CSRF token), the query parameters and
 * body fields it takes; the server checks all of these before a handler
 * runs (server.c), and docs/http.md lists the same. Handlers call app/
 * exactly as the command line does and answer with view/'s JSON.
 */
#include "http/api_admin.h"
#include "http/api_congress.h"
#include "http/api_groups.h"
#include "http/api_import.h"
#include "http/api_meeting.h"
#include "http/api_planning.h"
#include "http/api_records.h"
#include "http/api_work.h"
#include "view/view.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- sessions ------------------------------------------------------------ */

/* The session's user; `whole` says whether their scope is the whole
 * register, what groupings, imports and the like need (app_act_all), so
 * that the web UI offers those only to whom the server allows them. */
static int who_json(http_req *r, const http_who *w, util_err *e) {
  bool whole;
  if (app_scope_whole(r->a, w->scope, &whole, e))
    return -1;
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:s, s:s, s:s, s:b, s:s, s:s?}", "user", w->user,
                             "role", app_role_name(w->role), "scope",
                             w->scope_code, "whole", whole, "csrf", w->csrf,
                             "lang", w->lang ? util_lang_tag(w->lang) : NULL));
}

/* The throttle's keys of a login: the account (login names compare
 * without regard to case) and the client's address. */
static void login_keys(const http_req *r, const char *name, char *ukey,
                       char *akey, size_t size) {
  snprintf(ukey, size, "u:%.*s", HTTP_NAME_MAX, name);
  for (char *p = ukey; *p; p++)
    *p = (char)tolower((unsigned char)*p);
  snprintf(akey, size, "a:%s", r->addr);
}

static int login(http_req *r, util_err *e) {
  http_server *s = r->srv;
  const char *name = http_field_text(r, "user");
  char ukey[HTTP_NAME_MAX + 8], akey[HTTP_NAME_MAX + 8];
  login_keys(r, name, ukey, akey, sizeof ukey);
  long wu = http_throttle_wait(&s->throttle, ukey);
  long wa = http_throttle_wait(&s->throttle, akey);
  r->retry_after = wu > wa ? wu : wa;
  if (r->retry_after)
    return http_refuse(r, e, MHD_HTTP_TOO_MANY_REQUESTS, UTIL_FORBIDDEN, "",
                       "login: too many failed logins; try again in %ld "
                       "seconds",
                       r->retry_after);
  store_user u = {0};
  if (app_user_login(r->a, name, http_field_text(r, "password"), &u, e)) {
    if (e->code != UTIL_REFUSED)
      return -1;
    http_throttle_fail(&s->throttle, ukey);
    http_throttle_fail(&s->throttle, akey);
    /* One answer whatever was wrong: app's words, as 401. */
    r->fail_status = MHD_HTTP_UNAUTHORIZED;
    e->kind = UTIL_UNAUTHENTICATED;
    return -1;
  }
  http_throttle_clear(&s->throttle, ukey);
  http_who w = {.role = app_role_of(u.role), .scope = u.scope};
  snprintf(w.user, sizeof w.user, "%s", u.name);
  snprintf(w.scope_code, sizeof w.scope_code, "%s", u.scope_code);
  w.lang = u.lang ? util_lang_find(u.lang) : NULL;
  app_user_clear(&u);
  char token[HTTP_TOKEN_HEX + 1];
  http_session_new(&s->sessions, &w, token);
  r->signed_in = true; /* for the log line */
  r->who = w;
  r->cookie =
      util_xasprintf("cadre_session=%s; HttpOnly; SameSite=Strict; Path=/%s",
                     token, s->tls ? "; Secure" : "");
  return who_json(r, &w, e);
}

static int session(http_req *r, util_err *e) {
  return who_json(r, &r->who, e);
}

/* The signed-in user sets their own language; the session carries it
 * from this answer on. */
static int session_lang(http_req *r, util_err *e) {
  const char *tag = http_field_text(r, "lang");
  if (app_user_own_lang(r->a, tag, e))
    return -1;
  r->who.lang = tag && *tag ? util_lang_find(tag) : NULL;
  http_session_set_lang(&r->srv->sessions, r->token, r->who.lang);
  return who_json(r, &r->who, e);
}

/* The languages there are, each with its name in itself, for the web
 * UI's chooser (built when the server opened). */
static int langs(http_req *r, util_err *e) {
  (void)e;
  return http_ui_langs(r);
}

static int logout(http_req *r, util_err *e) {
  (void)e;
  http_session_end(&r->srv->sessions, r->token);
  r->cookie = util_xasprintf(
      "cadre_session=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/%s",
      r->srv->tls ? "; Secure" : "");
  r->status = MHD_HTTP_NO_CONTENT;
  return 0;
}

/* ---- reading --------------------------------------------------------------
 */

/* A query parameter of type int, checked by the server against its
 * range already (request.c), or `def` when not given. */
static long number(const http_req *r, const char *name, long def) {
  const char *v = http_query(r, name);
  return v && *v ? strtol(v, NULL, 10) : def;
}

void http_page_init(http_req *r, http_page *p) {
  p->total = 0;
  p->page = number(r, "page", 1);
  p->size = number(r, "size", HTTP_PAGE_DEFAULT);
  p->more = false;
  p->items = json_array();
}

bool http_page_wants(http_page *p) {
  long first = (p->page - 1) * p->size;
  return p->total >= first && p->total < first + p->size;
}

/* Adds a member to the page's items. */
static void page_item(http_page *p, const store_member_row *row) {
  char id[24];
  const char *cells[VIEW_MEMBER_NCOLS];
  view_member_cells(row, id, cells);
  json_array_append_new(p->items,
                        view_row_json(VIEW_MEMBER_NCOLS, view_member_cols,
                                      view_member_numeric, cells));
}

/* One page of a list of members, in the order app gives (stable: by cell
 * and name, then id); the whole list is counted for `total`. */
static int page_row(void *ctx, const store_member_row *row) {
  http_page *p = ctx;
  if (http_page_wants(p))
    page_item(p, row);
  p->total++;
  return 0;
}

/* A row of a list that app gives already cut to the page. */
static int page_only(void *ctx, const store_member_row *row) {
  page_item(ctx, row);
  return 0;
}

int http_page_end(http_req *r, http_page *p, int rc) {
  if (rc) {
    json_decref(p->items);
    return -1;
  }
  json_t *j = json_pack("{s:i, s:i, s:i}", "page", (int)p->page, "size",
                        (int)p->size, "total", (int)p->total);
  if (p->more)
    json_object_set_new(j, "more", json_true());
  json_object_set_new(j, "items", p->items);
  return http_json(r, MHD_HTTP_OK, j);
}

int http_org(http_req *r, const char *code, const char *at, util_err *e) {
  app *a = r->a;
  app_org_view v;
  json_t *j = NULL;
  if (app_read_begin(a, e))
    return -1;
  /* The organisation and its history, as one state of the database. */
  int rc = app_org_view_get(a, code, at, &v, e);
  if (rc == 0) {
    rc = view_org_json(a, &v, &j, e);
    app_org_view_clear(&v);
  }
  app_read_end(a);
  return rc ? -1 : http_json(r, MHD_HTTP_OK, j);
}

static int org_show(http_req *r, util_err *e) {
  return http_org(r, r->params[0], http_query(r, "at"), e);
}

static int org_members(http_req *r, util_err *e) {
  app *a = r->a;
  http_page p;
  app_member_query q = {.under = r->params[0],
                        .status = http_query(r, "status"),
                        .sort = http_query(r, "sort"),
                        .at = a->today};
  const char *at = http_query(r, "at");
  http_page_init(r, &p);
  int rc = at ? app_date(a, "at", at, false, &q.at, e) : 0;
  if (rc == 0)
    rc = app_members(a, &q, page_row, &p, e);
  return http_page_end(r, &p, rc);
}

static int org_members_csv(http_req *r, util_err *e) {
  util_day at = r->a->today;
  const char *text = http_query(r, "at"), *format = http_query(r, "format");
  if (format && strcmp(format, "csv") != 0 && strcmp(format, "xlsx") != 0)
    return util_invalid(e, "format", "format: %s: one of csv|xlsx",
                        util_quote(format).s);
  if (text && app_date(r->a, "at", text, false, &at, e))
    return -1;
  if (http_stream_members(r, r->params[0], http_query(r, "status"),
                          http_query(r, "sort"), at, e))
    return -1;
  r->disposition =
      util_xasprintf("attachment; filename=\"members-%s.%s\"", r->params[0],
                     http_wants_xlsx(r) ? "xlsx" : "csv");
  return 0;
}

static int members_find(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  const char *q = http_query(r, "q");
  /* The store reads the page alone, and counts the rest from its index
   * only ten pages' worth from the page on: what a pager offers. A name typed
   * in part is found in a thousand names, and counting them all was a fifth of
   * a search's cost (docs/PERFORMANCE.md). */
  int64_t total = 0, skip = (p.page - 1) * p.size,
          upto = skip + HTTP_SEARCH_COUNTED * p.size;
  int rc = app_members_find_page(r->a, q ? q : "", skip, p.size, page_only, &p,
                                 &total, upto, e);
  p.more = total > upto;
  p.total = (long)(p.more ? upto : total);
  /* app calls it the text searched for; here it is the parameter q. */
  if (rc && e->kind == UTIL_INVALID && strcmp(e->field, "text") == 0) {
    snprintf(e->field, sizeof e->field, "q");
    char *msg = util_xasprintf("q%s", e->msg + 4);
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    free(msg);
  }
  return http_page_end(r, &p, rc);
}

/* The member `ref`'s profile and timeline as the answer. */
int http_profile(http_req *r, const char *ref, util_err *e) {
  app *a = r->a;
  app_member_view v;
  json_t *j = NULL;
  if (app_read_begin(a, e))
    return -1;
  int rc = app_member_view_get(a, ref, &v, e);
  if (rc == 0) {
    rc = view_member_json(a, &v, &j, e);
    app_member_view_clear(&v);
  }
  app_read_end(a);
  return rc ? -1 : http_json(r, MHD_HTTP_OK, j);
}

int http_profile_created(http_req *r, int64_t id, util_err *e) {
  char ref[24];
  snprintf(ref, sizeof ref, "%lld", (long long)id);
  if (http_profile(r, ref, e))
    return -1;
  r->status = MHD_HTTP_CREATED;
  return 0;
}

static int member_show(http_req *r, util_err *e) {
  return http_profile(r, r->params[0], e);
}

/* The page to print of a report (format=html) allows its own inline
 * style and nothing else: no script, no file, no form, no frame. */
#define HTTP_PRINT_CSP                                                         \
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "           \
  "form-action 'none'; frame-ancestors 'none'"

/* The report as a workbook, in r->out: small, a few hundred rows. */
static int workbook_answer(http_req *r, const report_figures *f, util_err *e) {
  char *data = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&data, &len);
  if (!mem)
    return util_fail(e, UTIL_SYSTEM, "report: no memory for the workbook");
  const char *dir = r->srv->cfg->tmpdir ? r->srv->cfg->tmpdir : "/tmp";
  int rc = app_report_xlsx(f, r->lang, dir, mem, e);
  fclose(mem);
  if (rc == 0)
    util_buf_add(&r->out, data, len);
  free(data);
  return rc;
}

/* The report of the period of an organisation (`org`) or a grouping
 * (`group`), in the format asked for: the bytes `cadre report --format
 * json|csv|summary|html` prints. A CSV comes as a file to save; the html
 * page to print (with `place`) is shown. The summary, the workbook and the
 * page are in the request's language, or for the page the one `lang`
 * names. */
static int report_of(http_req *r, const char *org, const char *group,
                     util_err *e) {
  const char *format = http_query(r, "format");
  if (!format)
    format = http_wants_xlsx(r) ? "xlsx" : "json";
  bool html = strcmp(format, "html") == 0;
  if (strcmp(format, "json") != 0 && strcmp(format, "csv") != 0 &&
      strcmp(format, "xlsx") != 0 && strcmp(format, "summary") != 0 && !html)
    return util_invalid(e, "format",
                        "format: %s: one of json|csv|xlsx|html|summary",
                        util_quote(format).s);
  if (!html && (http_query(r, "place") || http_query(r, "lang")))
    return util_invalid(e, http_query(r, "place") ? "place" : "lang",
                        "%s: only with format=html",
                        http_query(r, "place") ? "place" : "lang");
  app_report_in in = {.org = org,
                      .group = group,
                      .from = http_query(r, "from"),
                      .to = http_query(r, "to"),
                      .engine = http_query(r, "engine")};
  if (html) {
    const util_lang *l = r->lang;
    const char *tag = http_query(r, "lang");
    if (tag && app_lang_find(tag, &l, e))
      return -1;
    if (app_report_html(r->a, &in, http_query(r, "place"), l, &r->out, e))
      return -1;
    r->status = MHD_HTTP_OK;
    r->ctype = "text/html; charset=utf-8";
    r->csp = HTTP_PRINT_CSP;
    return 0;
  }
  report_figures f;
  if (app_report(r->a, &in, &f, e))
    return -1;
  bool xlsx = strcmp(format, "xlsx") == 0;
  int rc = xlsx ? workbook_answer(r, &f, e) : 0;
  if (!xlsx)
    app_report_render(&f, format, r->lang, &r->out);
  app_report_clear(&f);
  if (rc)
    return -1;
  r->status = MHD_HTTP_OK;
  if (xlsx) {
    r->ctype = HTTP_XLSX_TYPE;
    r->disposition =
        util_xasprintf("attachment; filename=\"report-%s-%s-%s.xlsx\"",
                       org ? org : group, in.from, in.to);
  } else if (strcmp(format, "csv") == 0) {
    r->ctype = "text/csv; charset=utf-8";
    r->disposition =
        util_xasprintf("attachment; filename=\"report-%s-%s-%s.csv\"",
                       org ? org : group, in.from, in.to);
  } else if (strcmp(format, "summary") == 0) {
    /* The paragraph, in the language of the request (r->lang). */
    r->ctype = "text/plain; charset=utf-8";
  } else {
    r->ctype = "application/json";
  }
  return 0;
}

static int report(http_req *r, util_err *e) {
  return report_of(r, r->params[0], NULL, e);
}

static int group_report(http_req *r, util_err *e) {
  return report_of(r, NULL, r->params[0], e);
}

/* ---- changing -------------------------------------------------------------
 */

static int member_recognize(http_req *r, util_err *e) {
  app_event_in in = {.kind = CORE_EV_RECOGNIZED,
                     .member = r->params[0],
                     .date = http_field_text(r, "date"),
                     .decision = http_field_text(r, "decision")};
  if (app_member_event(r->a, &in, NULL, e))
    return -1;
  return http_profile(r, r->params[0], e);
}

app_person_in http_person(const http_req *r) {
  return (app_person_in){.name = http_field_text(r, "name"),
                         .born = http_field_text(r, "born"),
                         .gender = http_field_text(r, "gender"),
                         .card = http_field_text(r, "card"),
                         .ethnicity = http_field_text(r, "ethnicity"),
                         .religion = http_field_text(r, "religion"),
                         .hometown = http_field_text(r, "hometown"),
                         .education = http_field_text(r, "education"),
                         .profession = http_field_text(r, "profession"),
                         .theory = http_field_text(r, "theory"),
                         .position = http_field_text(r, "position"),
                         .key_cadre = http_field_flag(r, "key_cadre"),
                         .manager = http_field_flag(r, "manager")};
}

static int member_admit(http_req *r, util_err *e) {
  app_person_in p = http_person(r);
  app_admit_in in = {.cell = http_field_text(r, "cell"),
                     .date = http_field_text(r, "date"),
                     .decision = http_field_text(r, "decision"),
                     .ceremony = http_field_text(r, "ceremony"),
                     .considered = http_field_text(r, "considered"),
                     .over_60_approved_by =
                         http_field_text(r, "over_60_approved_by")};
  int64_t id;
  if (app_member_admit(r->a, &p, &in, &id, e))
    return -1;
  return http_profile_created(r, id, e);
}

static int member_transfer(http_req *r, util_err *e) {
  bool temporary = http_field_flag(r, "temporary");
  const char *until = http_field_text(r, "until");
  if (!temporary && (until || http_field_flag(r, "studies")))
    return util_invalid(e, until ? "until" : "studies",
                        "%s: goes with a temporary transfer (temporary: "
                        "true)",
                        until ? "until" : "studies");
  if (temporary && !until)
    return util_invalid(e, "until",
                        "until: a temporary transfer needs the day it ends");
  app_event_in in = {.kind =
                         temporary ? CORE_EV_TEMPORARY : CORE_EV_TRANSFERRED,
                     .member = r->params[0],
                     .cell = http_field_text(r, "to"),
                     .date = http_field_text(r, "date"),
                     .decision = http_field_text(r, "decision"),
                     .until = until,
                     .studies = http_field_flag(r, "studies")};
  if (app_member_event(r->a, &in, NULL, e))
    return -1;
  return http_profile(r, r->params[0], e);
}

/* ---- the table ------------------------------------------------------------
 */

static int openapi(http_req *r, util_err *e) {
  (void)e;
  return http_json(r, MHD_HTTP_OK, http_openapi());
}

const app_field *http_param_type(const char *name) {
  if (strcmp(name, "code") == 0)
    return &app_f_code;
  if (strcmp(name, "id") == 0)
    return &app_f_member;
  /* An event's or a record's id: app says what is wrong with one. */
  if (strcmp(name, "event") == 0 || strcmp(name, "record") == 0)
    return &app_f_text;
  return NULL;
}

/* Pages of a list: which page, counted from 1, and how many rows. */
const app_field http_page_number = {
    .type = APP_FT_INT, .min = 1, .max = 1000000000L};
const app_field http_page_size = {
    .type = APP_FT_INT, .min = 1, .max = HTTP_PAGE_MAX};

static const http_field at_query[] = {OPT("at", date), END};
static const http_field members_query[] = {
    PAGE, OPT("at", date), OPT("status", status), OPT("sort", sort), END};
static const http_field orgs_query[] = {PAGE, OPT("under", code),
                                        OPT("at", date), END};
static const http_field csv_query[] = {OPT("at", date), OPT("status", status),
                                       OPT("sort", sort), OPT("format", text),
                                       END};
static const http_field find_query[] = {REQ("q", text), PAGE, END};
static const http_field report_query[] = {REQ("from", date),
                                          REQ("to", date),
                                          OPT("format", text),
                                          OPT("place", text),
                                          OPT("lang", text),
                                          OPT("engine", engine),
                                          END};
static const http_field login_body[] = {REQ("user", text),
                                        REQ("password", text), END};
static const http_field session_lang_body[] = {REQ("lang", text), END};
static const http_field recognize_body[] = {REQ("date", date),
                                            OPT("decision", text), END};
static const http_field admit_body[] = {REQ("name", text),
                                        REQ("born", date),
                                        REQ("gender", gender),
                                        REQ("cell", code),
                                        REQ("date", date),
                                        OPT("decision", text),
                                        PERSON_FIELDS,
                                        OPT("ceremony", date),
                                        OPT("considered", date),
                                        OPT("over_60_approved_by", code),
                                        END};
static const http_field transfer_body[] = {REQ("to", code),
                                           REQ("date", date),
                                           OPT("decision", text),
                                           OPT("temporary", flag),
                                           OPT("until", date),
                                           OPT("studies", flag),
                                           END};

const http_route http_routes[] = {
    {"POST", "/api/v1/login", login, APP_NOBODY, false, NULL, login_body,
     "log in: sets the session cookie; answers who, and the CSRF token", NULL,
     200},
    {"POST", "/api/v1/logout", logout, APP_VIEWER, true, NULL, NULL,
     "log out: ends the session", NULL, 204},
    {"GET", "/api/v1/openapi.json", openapi, APP_NOBODY, false, NULL, NULL,
     "this API described as OpenAPI 3.0, generated from the routing table",
     NULL, 200},
    {"GET", "/api/v1/session", session, APP_VIEWER, false, NULL, NULL,
     "who is signed in, their language, and the CSRF token", NULL, 200},
    {"POST", "/api/v1/session/lang", session_lang, APP_VIEWER, true, NULL,
     session_lang_body,
     "set the signed-in user's own language (\"\": none); answers the "
     "session",
     NULL, 200},
    {"GET", "/api/v1/langs", langs, APP_NOBODY, false, NULL, NULL,
     "the languages there are, each with its name", NULL, 200},
    {"GET", "/api/v1/users", http_users, APP_ADMIN, false, http_users_query,
     NULL,
     "the accounts of the administrator's branch, by login name, a page at "
     "a time (user list)",
     "user list", 200},
    {"POST", "/api/v1/users", http_user_add, APP_ADMIN, true, NULL,
     http_user_add_body,
     "create an account (user add); answers it as user list shows it (201)",
     "user add", 201},
    {"POST", "/api/v1/users/{name}/disable", http_user_disable, APP_ADMIN, true,
     NULL, NULL, "end an account's logins (user disable); answers it",
     "user disable", 200},
    {"POST", "/api/v1/users/{name}/passwd", http_user_passwd, APP_ADMIN, true,
     NULL, http_user_passwd_body,
     "set an account's password (user passwd); answers the account",
     "user passwd", 200},
    {"POST", "/api/v1/users/{name}/set", http_user_set, APP_ADMIN, true, NULL,
     http_user_set_body,
     "set an account's language (user set); answers the account", "user set",
     200},
    {"GET", "/api/v1/audit", http_audit, APP_ADMIN, false, http_audit_query,
     NULL,
     "the audit trail of the administrator's branch, newest first, a page "
     "at a time, each entry as audit --format json writes it (audit)",
     "audit", 200},
    {"POST", "/api/v1/members/registered", http_member_add, APP_EDITOR, true,
     NULL, http_member_add_body,
     "record an existing member from the registers (member add); answers "
     "the profile (201)",
     "member add", 201},
    {"GET", "/api/v1/badges", http_badges, APP_VIEWER, false, http_badges_query,
     NULL,
     "who reaches a party-badge milestone in a period, below an "
     "organisation or in the user's branch, a page at a time (member "
     "badges)",
     "member badges", 200},
    {"GET", "/api/v1/members/{id}/events", http_member_events, APP_VIEWER,
     false, http_events_query, NULL,
     "a member's events with their ids, voided ones included, by date, a "
     "page at a time (event list --member)",
     "event list", 200},
    {"GET", "/api/v1/orgs/{code}/events", http_org_events, APP_VIEWER, false,
     http_events_query, NULL,
     "an organisation's events with their ids, voided ones included, by "
     "date, a page at a time (event list --org)",
     "event list", 200},
    {"GET", "/api/v1/export/orgs.csv", http_export_orgs, APP_VIEWER, false,
     http_export_query, NULL,
     "the organisation tree below under (or the user's branch) as export "
     "orgs writes it, streamed",
     "export orgs", 200},
    {"GET", "/api/v1/export/members.csv", http_export_members, APP_VIEWER,
     false, http_export_query, NULL,
     "the current members below under as export members writes them, "
     "streamed",
     "export members", 200},
    {"GET", "/api/v1/export/events.csv", http_export_events, APP_VIEWER, false,
     http_export_query, NULL,
     "every event of the organisations, then of the members, below under "
     "as export events writes them, streamed",
     "export events", 200},
    {"GET", "/api/v1/orgs/{code}", org_show, APP_VIEWER, false, at_query, NULL,
     "an organisation with its children, history and discipline (org show)",
     "org show", 200},
    {"GET", "/api/v1/orgs/{code}/members", org_members, APP_VIEWER, false,
     members_query, NULL,
     "the members registered below an organisation, by cell and name "
     "(sort: given, Vietnamese roster order, or family), a page at a time "
     "(member list --under)",
     "member list", 200},
    {"GET", "/api/v1/orgs/{code}/members.csv", org_members_csv, APP_VIEWER,
     false, csv_query, NULL,
     "the same members as CSV, all of them, streamed (member list --under "
     "--format csv)",
     "member list", 200},
    {"GET", "/api/v1/members", members_find, APP_VIEWER, false, find_query,
     NULL,
     "members whose name has words beginning with q, without regard to "
     "case or diacritics (member find)",
     "member find", 200},
    {"POST", "/api/v1/members", member_admit, APP_EDITOR, true, NULL,
     admit_body, "admit a new member (member admit); answers the profile (201)",
     "member admit", 201},
    {"GET", "/api/v1/members/{id}", member_show, APP_VIEWER, false, NULL, NULL,
     "a member's profile and timeline (member show)", "member show", 200},
    {"POST", "/api/v1/members/{id}/recognize", member_recognize, APP_EDITOR,
     true, NULL, recognize_body,
     "recognise a probationary member as official (member recognize); "
     "answers the profile",
     "member recognize", 200},
    {"POST", "/api/v1/members/{id}/transfer", member_transfer, APP_EDITOR, true,
     NULL, transfer_body,
     "transfer a member to another cell, for good or until a day (member "
     "transfer); answers the profile",
     "member transfer", 200},
    {"POST", "/api/v1/members/{id}/discipline", http_member_discipline,
     APP_EDITOR, true, NULL, http_discipline_body,
     "discipline a member (member discipline); answers the profile",
     "member discipline", 200},
    {"POST", "/api/v1/members/{id}/remove", http_member_remove, APP_EDITOR,
     true, NULL, http_leave_body,
     "remove a member from the rolls (member remove); answers the profile",
     "member remove", 200},
    {"POST", "/api/v1/members/{id}/resign", http_member_resign, APP_EDITOR,
     true, NULL, http_leave_body,
     "record a member's resignation (member resign); answers the profile",
     "member resign", 200},
    {"POST", "/api/v1/members/{id}/decease", http_member_decease, APP_EDITOR,
     true, NULL, http_leave_body,
     "record the death of a member (member decease); answers the profile",
     "member decease", 200},
    {"POST", "/api/v1/members/{id}/readmit", http_member_readmit, APP_EDITOR,
     true, NULL, http_readmit_body,
     "readmit a former member (member readmit); answers the profile",
     "member readmit", 200},
    {"POST", "/api/v1/members/{id}/edit", http_member_edit, APP_EDITOR, true,
     NULL, http_edit_body,
     "change fields of a member's profile from a day on, keeping the old "
     "values (member edit); answers the profile",
     "member edit", 200},
    {"POST", "/api/v1/events/{event}/void", http_event_void, APP_EDITOR, true,
     NULL, http_reason_body,
     "void a mistaken event of a member, a change of a profile, or a move, "
     "renaming, merger or dissolution of an organisation (event void)",
     "event void", 200},
    {"POST", "/api/v1/events/{event}/correct", http_event_correct, APP_EDITOR,
     true, NULL, http_event_correct_body,
     "correct an event: void it and enter it again with the fields given "
     "(event correct); answers the new event's id",
     "event correct", 200},
    {"GET", "/api/v1/orgs", http_orgs, APP_VIEWER, false, orgs_query, NULL,
     "the organisations of the tree below one (or the user's branch), in "
     "tree order by code, as the tree stood on a day, a page at a time "
     "(org list)",
     "org list", 200},
    {"POST", "/api/v1/orgs/{code}", http_org_add, APP_EDITOR, true, NULL,
     http_org_add_body,
     "found an organisation of this code (org add); answers it (201)",
     "org add", 201},
    {"POST", "/api/v1/orgs/{code}/move", http_org_move, APP_EDITOR, true, NULL,
     http_org_move_body,
     "move an organisation under another (org move); answers it", "org move",
     200},
    {"POST", "/api/v1/orgs/{code}/rename", http_org_rename, APP_EDITOR, true,
     NULL, http_org_rename_body,
     "rename an organisation (org rename); answers it", "org rename", 200},
    {"POST", "/api/v1/orgs/{code}/dissolve", http_org_dissolve, APP_EDITOR,
     true, NULL, http_org_dissolve_body,
     "dissolve an organisation with no members or live organisations below "
     "(org dissolve); answers it",
     "org dissolve", 200},
    {"POST", "/api/v1/orgs/{code}/merge", http_org_merge, APP_EDITOR, true,
     NULL, http_org_merge_body,
     "merge an organisation into another, which receives its children and "
     "members (org merge); answers it, ended",
     "org merge", 200},
    {"POST", "/api/v1/orgs/{code}/discipline", http_org_discipline, APP_EDITOR,
     true, NULL, http_org_discipline_body,
     "discipline an organisation (org discipline); answers the new "
     "record's id (201)",
     "org discipline", 201},
    {"POST", "/api/v1/org-disciplines/{record}/correct",
     http_org_discipline_correct, APP_EDITOR, true, NULL,
     http_org_discipline_correct_body,
     "correct a discipline of an organisation (org discipline-correct); "
     "answers the new record's id",
     "org discipline-correct", 200},
    {"POST", "/api/v1/org-disciplines/{record}/void", http_org_discipline_void,
     APP_EDITOR, true, NULL, http_reason_body,
     "void a mistaken discipline of an organisation (org discipline-void)",
     "org discipline-void", 200},
    {"GET", "/api/v1/docs", http_docs, APP_VIEWER, false, http_docs_query, NULL,
     "the documents, by date and number, with how many organisations "
     "disseminated and implemented each, a page at a time (doc list)",
     "doc list", 200},
    {"GET", "/api/v1/docs/{number}", http_doc_show, APP_VIEWER, false, NULL,
     NULL,
     "a document with who disseminated and implemented it (doc show); the "
     "number's slash is sent as %2F",
     "doc show", 200},
    {"POST", "/api/v1/docs/{number}", http_doc_add, APP_EDITOR, true, NULL,
     http_doc_add_body,
     "register a document of this number (doc add); answers it (201)",
     "doc add", 201},
    {"GET", "/api/v1/docs/{number}/coverage", http_doc_coverage, APP_VIEWER,
     false, http_doc_coverage_query, NULL,
     "the grassroots organisations and cells below one that had not "
     "disseminated a document by a day (doc coverage)",
     "doc coverage", 200},
    {"POST", "/api/v1/docs/{number}/disseminate", http_doc_disseminate,
     APP_EDITOR, true, NULL, http_doc_step_body,
     "record that an organisation disseminated a document (doc "
     "disseminate); answers the document",
     "doc disseminate", 200},
    {"POST", "/api/v1/docs/{number}/implement", http_doc_implement, APP_EDITOR,
     true, NULL, http_doc_step_body,
     "record that an organisation implemented a document (doc implement); "
     "answers the document",
     "doc implement", 200},
    {"POST", "/api/v1/doc-steps/{record}/correct", http_doc_step_correct,
     APP_EDITOR, true, NULL, http_doc_step_correct_body,
     "correct a record of a document disseminated or implemented (doc "
     "correct); answers the new record's id",
     "doc correct", 200},
    {"POST", "/api/v1/doc-steps/{record}/void", http_doc_step_void, APP_EDITOR,
     true, NULL, http_reason_body,
     "void a mistaken record of a document disseminated or implemented (doc "
     "void)",
     "doc void", 200},
    {"GET", "/api/v1/groups", http_groups, APP_VIEWER, false, http_groups_query,
     NULL,
     "the groupings, by code, with their members on a day, a page at a "
     "time (group list)",
     "group list", 200},
    {"GET", "/api/v1/groups/{code}", http_group_show, APP_VIEWER, false,
     http_group_at_query, NULL,
     "a grouping on a day: members, flag, conferences, outstanding models "
     "(group show)",
     "group show", 200},
    {"POST", "/api/v1/groups/{code}", http_group_add, APP_EDITOR, true, NULL,
     http_group_add_body,
     "create a grouping of this code (group add); answers it (201)",
     "group add", 201},
    {"POST", "/api/v1/groups/{code}/join", http_group_join, APP_EDITOR, true,
     NULL, http_group_join_body,
     "make an organisation a member of a grouping (group join); answers "
     "the grouping",
     "group join", 200},
    {"POST", "/api/v1/groups/{code}/leave", http_group_leave, APP_EDITOR, true,
     NULL, http_group_join_body,
     "end an organisation's membership of a grouping (group leave); "
     "answers the grouping",
     "group leave", 200},
    /* cadre planning (api_planning.c) */
    {"GET", "/api/v1/rotations", http_rotations, APP_VIEWER, false,
     http_rotations_query, NULL,
     "the rotations to organisations within an organisation, by first day, "
     "of a member or under way on a day, a page at a time (rotation list)",
     "rotation list", 200},
    {"GET", "/api/v1/posts", http_posts, APP_VIEWER, false, http_posts_query,
     NULL,
     "the posts within an organisation, by code, with their seats, holders "
     "on a day and conditions, a page at a time (post list)",
     "post list", 200},
    {"POST", "/api/v1/posts/{code}", http_post_add, APP_EDITOR, true, NULL,
     http_post_add_body,
     "create a post of this code (post add); answers it with its holders "
     "(201)",
     "post add", 201},
    {"GET", "/api/v1/posts/{code}/holders", http_post_holders, APP_VIEWER,
     false, http_post_holders_query, NULL,
     "who holds the post on a day (post holders)", "post holders", 200},
    {"POST", "/api/v1/posts/{code}/leave", http_post_leave, APP_EDITOR, true,
     NULL, http_post_leave_body,
     "end a member's appointment to the post (post leave); answers its "
     "holders",
     "post leave", 200},
    {"GET", "/api/v1/posts/{code}/plan", http_plan_list, APP_VIEWER, false,
     http_plan_list_query, NULL,
     "the planning of the post for a term: candidates with their standing, "
     "and its structure against the floors (plan list)",
     "plan list", 200},
    {"POST", "/api/v1/posts/{code}/plan", http_plan_add, APP_EDITOR, true, NULL,
     http_plan_add_body,
     "add a member to the planning of the post for a term (plan add); "
     "answers the planning (201)",
     "plan add", 201},
    {"POST", "/api/v1/posts/{code}/plan/remove", http_plan_remove, APP_EDITOR,
     true, NULL, http_plan_remove_body,
     "remove a member from the planning of the post, with the reason (plan "
     "remove); answers the planning",
     "plan remove", 200},
    {"GET", "/api/v1/plan-review", http_plan_review, APP_VIEWER, false,
     http_plan_review_query, NULL,
     "every candidate of a term's planning who fails a condition of the "
     "post, with the rule and its facts (plan review)",
     "plan review", 200},
    {"POST", "/api/v1/members/{id}/appoint", http_appoint, APP_EDITOR, true,
     NULL, http_appoint_body,
     "appoint the member to a post (appoint); answers its id, whether the "
     "member was in the post's planning, and a warning when not (201)",
     "appoint", 201},
    {"POST", "/api/v1/members/{id}/rotate", http_rotate, APP_EDITOR, true, NULL,
     http_rotate_body,
     "record a rotation of the member to another organisation (rotate); "
     "answers its id (201)",
     "rotate", 201},
    {"GET", "/api/v1/conferences", http_conferences, APP_VIEWER, false,
     http_conferences_query, NULL,
     "conferences, by date, a page at a time (conference list)",
     "conference list", 200},
    {"POST", "/api/v1/conferences", http_conference_add, APP_EDITOR, true, NULL,
     http_conference_add_body,
     "record a conference or workshop (conference add); answers its id "
     "(201)",
     "conference add", 201},
    {"POST", "/api/v1/conferences/{record}/correct", http_conference_correct,
     APP_EDITOR, true, NULL, http_conference_correct_body,
     "correct a conference (conference correct); answers the new record's "
     "id",
     "conference correct", 200},
    {"POST", "/api/v1/conferences/{record}/void", http_conference_void,
     APP_EDITOR, true, NULL, http_reason_body,
     "void a mistaken conference (conference void)", "conference void", 200},
    {"GET", "/api/v1/models", http_models, APP_VIEWER, false, http_models_query,
     NULL,
     "a grouping's outstanding models, by date, a page at a time (model "
     "list)",
     "model list", 200},
    {"POST", "/api/v1/models", http_model_add, APP_EDITOR, true, NULL,
     http_model_add_body,
     "name an outstanding model of a grouping (model add); answers its id "
     "(201)",
     "model add", 201},
    {"POST", "/api/v1/models/{record}/correct", http_model_correct, APP_EDITOR,
     true, NULL, http_model_correct_body,
     "correct an outstanding model (model correct); answers the new "
     "record's id",
     "model correct", 200},
    {"POST", "/api/v1/models/{record}/void", http_model_void, APP_EDITOR, true,
     NULL, http_reason_body, "void a mistaken outstanding model (model void)",
     "model void", 200},
    {"POST", "/api/v1/awards/{record}/void", http_award_void, APP_EDITOR, true,
     NULL, http_reason_body, "void a mistaken award (award void)", "award void",
     200},
    {"POST", "/api/v1/funds/{record}/void", http_fund_void, APP_EDITOR, true,
     NULL, http_reason_body,
     "void a mistaken record of funds mobilised (fund void)", "fund void", 200},
    {"POST", "/api/v1/oversight/{record}/void", http_oversight_void, APP_EDITOR,
     true, NULL, http_reason_body,
     "void a mistaken inspection or supervision (oversight void)",
     "oversight void", 200},
    {"GET", "/api/v1/oversight", http_oversights, APP_VIEWER, false,
     http_oversight_query, NULL,
     "inspections and supervisions, by first day, a page at a time "
     "(oversight list)",
     "oversight list", 200},
    {"POST", "/api/v1/oversight", http_oversight_add, APP_EDITOR, true, NULL,
     http_oversight_add_body,
     "record an inspection or a supervision (oversight add); answers it as "
     "oversight show does (201)",
     "oversight add", 201},
    {"GET", "/api/v1/oversight/{record}", http_oversight_show, APP_VIEWER,
     false, NULL, NULL, "an inspection or a supervision (oversight show)",
     "oversight show", 200},
    {"POST", "/api/v1/oversight/{record}/correct", http_oversight_correct,
     APP_EDITOR, true, NULL, http_oversight_correct_body,
     "correct an inspection or a supervision: void it and enter it again "
     "with the fields given (oversight correct); answers the new id",
     "oversight correct", 200},
    {"GET", "/api/v1/awards", http_awards, APP_VIEWER, false, http_award_query,
     NULL, "awards, by date, a page at a time (award list)", "award list", 200},
    {"POST", "/api/v1/awards", http_award_add, APP_EDITOR, true, NULL,
     http_award_add_body,
     "record an award to a member or an organisation (award add); answers "
     "its id (201)",
     "award add", 201},
    {"POST", "/api/v1/awards/{record}/correct", http_award_correct, APP_EDITOR,
     true, NULL, http_award_correct_body,
     "correct an award (award correct); answers the new id", "award correct",
     200},
    {"GET", "/api/v1/funds", http_funds, APP_VIEWER, false, http_fund_query,
     NULL, "funds mobilised, by date, a page at a time (fund list)",
     "fund list", 200},
    {"POST", "/api/v1/funds", http_fund_add, APP_EDITOR, true, NULL,
     http_fund_add_body,
     "record funds mobilised for a campaign (fund add); answers its id (201)",
     "fund add", 201},
    {"POST", "/api/v1/funds/{record}/correct", http_fund_correct, APP_EDITOR,
     true, NULL, http_fund_correct_body,
     "correct a record of funds mobilised (fund correct); answers the new id",
     "fund correct", 200},
    {"GET", "/api/v1/assessments", http_assessments, APP_VIEWER, false,
     http_assess_query, NULL,
     "the classifications of a year, by place and name, a page at a time "
     "(assess list)",
     "assess list", 200},
    {"POST", "/api/v1/assessments", http_assess_set, APP_EDITOR, true, NULL,
     http_assess_set_body,
     "classify a member or an organisation for a year, replacing an earlier "
     "classification of the year (assess set); answers its id (201)",
     "assess set", 201},
    {"GET", "/api/v1/assessments/streak", http_assess_streak, APP_VIEWER, false,
     http_streak_query, NULL,
     "who held a grade every year of a range, a page at a time (assess "
     "streak)",
     "assess streak", 200},
    {"POST", "/api/v1/assessments/{record}/correct", http_assess_correct,
     APP_EDITOR, true, NULL, http_assess_correct_body,
     "correct a classification (assess correct); answers the new id",
     "assess correct", 200},
    {"POST", "/api/v1/assessments/{record}/void", http_assess_void, APP_EDITOR,
     true, NULL, http_reason_body,
     "void a mistaken classification (assess void)", "assess void", 200},
    {"GET", "/api/v1/rubrics", http_rubrics, APP_VIEWER, false,
     http_rubric_query, NULL,
     "the rubrics loaded, by name, and which is active (rubric list)",
     "rubric list", 200},
    {"GET", "/api/v1/rubrics/{name}", http_rubric_show, APP_VIEWER, false, NULL,
     NULL, "a rubric, as rubric show --format json writes it (rubric show)",
     "rubric show", 200},
    {"GET", "/api/v1/voids", http_voids, APP_ADMIN, false, http_void_query,
     NULL,
     "the voided records of party work, in the order voided, a page at a "
     "time (void list)",
     "void list", 200},
    {"GET", "/api/v1/reports/{code}", report, APP_VIEWER, false, report_query,
     NULL,
     "the report of a period, as report --format json (or csv, or summary in "
     "the language of the request, or html: the page to print) writes it",
     "report", 200},
    {"GET", "/api/v1/groups/{code}/report", group_report, APP_VIEWER, false,
     report_query, NULL,
     "the report of a period of a grouping, as report --group --format json "
     "(or csv, or summary, or html) writes it",
     "report", 200},
    {"GET", "/api/v1/meetings/rubric", http_meeting_rubric, APP_VIEWER, false,
     NULL, NULL,
     "the active rubric that scores the meetings recorded now, as rubric "
     "show --format json writes it",
     "rubric show", 200},
    {"POST", "/api/v1/imports/orgs", http_import_orgs, APP_ADMIN, true, NULL,
     http_upload_csv,
     "record organisations from a CSV upload, all or nothing (import orgs)",
     "import orgs", 200},
    {"POST", "/api/v1/imports/members", http_import_members, APP_ADMIN, true,
     NULL, http_upload_csv,
     "record members from a CSV upload, all or nothing (import members)",
     "import members", 200},
    {"POST", "/api/v1/imports/meetings", http_import_meetings, APP_ADMIN, true,
     NULL, http_upload_csv,
     "record meetings from a CSV upload, all or nothing (meeting import)",
     "meeting import", 200},
    {"POST", "/api/v1/imports/assessments", http_import_assess, APP_ADMIN, true,
     NULL, http_upload_csv,
     "classify members and organisations from a CSV upload, all or nothing "
     "(assess import)",
     "assess import", 200},
    {"POST", "/api/v1/rubrics", http_rubric_load, APP_ADMIN, true,
     http_rubric_load_query, http_upload_json,
     "load a rubric from its JSON document and make it the active one "
     "(rubric load); answers its name (201)",
     "rubric load", 201},
    {"POST", "/api/v1/rubrics/{name}/use", http_rubric_use, APP_ADMIN, true,
     NULL, NULL, "make a loaded rubric the active one (rubric use)",
     "rubric use", 200},
    {"GET", "/api/v1/check", http_check, APP_ADMIN, false, NULL, NULL,
     "check the database without repairing it (check): the report and the "
     "count of problems",
     "check", 200},
    {"GET", "/api/v1/meetings", http_meetings, APP_VIEWER, false,
     http_meetings_query, NULL,
     "cell meetings with their attendance, opinions and score, by date and "
     "id, a page at a time (meeting list)",
     "meeting list", 200},
    {"POST", "/api/v1/meetings", http_meeting_add, APP_EDITOR, true, NULL,
     http_meeting_add_body,
     "record a cell meeting (meeting add); answers it (201)", "meeting add",
     201},
    {"GET", "/api/v1/meetings/{record}", http_meeting_show, APP_VIEWER, false,
     NULL, NULL,
     "a meeting: attendance, opinions, tasks, documents, each criterion's "
     "points and the score (meeting show)",
     "meeting show", 200},
    {"POST", "/api/v1/meetings/{record}/score", http_meeting_score, APP_EDITOR,
     true, NULL, http_meeting_score_body,
     "give (or give again) the points of a meeting's criteria (meeting "
     "score); answers the meeting",
     "meeting score", 200},
    {"POST", "/api/v1/meetings/{record}/correct", http_meeting_correct,
     APP_EDITOR, true, NULL, http_meeting_correct_body,
     "correct a meeting: void it and record it again with the fields given "
     "(meeting correct); answers the new meeting",
     "meeting correct", 200},
    {"POST", "/api/v1/meetings/{record}/void", http_meeting_void, APP_EDITOR,
     true, NULL, http_meeting_void_body,
     "void a mistaken meeting (meeting void)", "meeting void", 200},
    /* ---- congresses and their elections (api_congress.c) */
    {"GET", "/api/v1/congresses", http_congresses, APP_VIEWER, false,
     http_congresses_query, NULL,
     "the congresses, by day and code, a page at a time (congress list)",
     "congress list", 200},
    {"GET", "/api/v1/congresses/{code}", http_congress_show, APP_VIEWER, false,
     NULL, NULL,
     "a congress: its delegates by kind and its candidates (congress show)",
     "congress show", 200},
    {"POST", "/api/v1/congresses/{code}", http_congress_add, APP_EDITOR, true,
     NULL, http_congress_add_body,
     "record a congress of this code (congress add); answers it (201)",
     "congress add", 201},
    {"POST", "/api/v1/congresses/{code}/delegates", http_congress_delegate,
     APP_EDITOR, true, NULL, http_congress_delegate_body,
     "record a delegate of a congress (congress delegate); answers the "
     "congress",
     "congress delegate", 200},
    {"POST", "/api/v1/congresses/{code}/candidates", http_congress_candidate,
     APP_EDITOR, true, NULL, http_congress_candidate_body,
     "add a candidate to a congress's list (congress candidate); answers the "
     "congress",
     "congress candidate", 200},
    {"POST", "/api/v1/congresses/{code}/rounds", http_congress_round,
     APP_EDITOR, true, NULL, http_congress_round_body,
     "record a round of voting (congress round): votes as ID=N,... or "
     "ballots, the text of one ballot a line; answers the result (201)",
     "congress round", 201},
    {"GET", "/api/v1/congresses/{code}/result", http_congress_result,
     APP_VIEWER, false, NULL, NULL,
     "who each round of a congress elected (congress result)",
     "congress result", 200},
};

const size_t http_route_count = UTIL_COUNT(http_routes);
