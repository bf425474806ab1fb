/*
 * api_admin.c — the administrators' routes: the accounts of the web
 * application (user add|list|disable|passwd) and the audit trail
 * (audit). Each calls the app/ function of its command (src/cli/user.c,
 * audit.c) with the same inputs, so that app decides, as for the command
 * line, who may do what: only administrators, and only for the accounts
 * and entries of their branch. A password comes in a body and goes to
 * app only: no answer, refusal or log line holds it.
 */
#include "http/api_admin.h"
#include "view/admin.h"

#include <string.h>

/* ---- accounts ------------------------------------------------------------ */

static int user_row(void *ctx, const store_user *u) {
  http_page *p = ctx;
  if (http_page_wants(p))
    json_array_append_new(p->items, view_user_json(u));
  p->total++;
  return 0;
}

int http_users(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(r, &p, app_users(r->a, user_row, &p, e));
}

typedef struct found_user {
  const char *name;
  json_t *row;
} found_user;

static int user_named(void *ctx, const store_user *u) {
  found_user *f = ctx;
  if (strcmp(u->name, f->name) != 0)
    return 0;
  f->row = view_user_json(u);
  return 1;
}

/* Answers the account `name` as `user list` shows it. */
static int user_answer(http_req *r, const char *name, int status, util_err *e) {
  found_user f = {name, NULL};
  if (app_users(r->a, user_named, &f, e))
    return -1;
  if (!f.row)
    return util_not_found(e, "user: %s: no user has this login name",
                          util_quote(name).s);
  return http_json(r, status, f.row);
}

int http_user_add(http_req *r, util_err *e) {
  app_user_in in = {.name = http_field_text(r, "user"),
                    .role = http_field_text(r, "role"),
                    .scope = http_field_text(r, "scope"),
                    .password = http_field_text(r, "password")};
  int64_t id;
  if (app_user_add(r->a, &in, &id, e))
    return -1;
  return user_answer(r, in.name, MHD_HTTP_CREATED, e);
}

int http_user_disable(http_req *r, util_err *e) {
  if (app_user_disable(r->a, r->params[0], e))
    return -1;
  return user_answer(r, r->params[0], MHD_HTTP_OK, e);
}

int http_user_passwd(http_req *r, util_err *e) {
  if (app_user_passwd(r->a, r->params[0], http_field_text(r, "password"), e))
    return -1;
  return user_answer(r, r->params[0], MHD_HTTP_OK, e);
}

/* ---- the audit trail ----------------------------------------------------- */

/* The entries newest first, a page at a time: a first pass counts them,
 * a second (in the same read) keeps those of the page, each before the
 * one kept before it. */
typedef struct audit_page {
  http_page *p;
  long seen;
} audit_page;

static int audit_count(void *ctx, const store_audit_row *row) {
  (void)row;
  ((http_page *)ctx)->total++;
  return 0;
}

static int audit_row(void *ctx, const store_audit_row *row) {
  audit_page *a = ctx;
  long from_newest = a->p->total - 1 - a->seen++;
  long first = (a->p->page - 1) * a->p->size;
  if (from_newest >= first && from_newest < first + a->p->size)
    json_array_insert_new(a->p->items, 0, view_audit_json(row));
  return 0;
}

int http_audit(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  app_audit_query q = {.under = http_query(r, "under"),
                       .user = http_query(r, "user"),
                       .from = http_query(r, "from"),
                       .to = http_query(r, "to")};
  audit_page a = {&p, 0};
  int rc = app_read_begin(r->a, e);
  if (rc == 0) {
    rc = app_audit_list(r->a, &q, audit_count, &p, e) ||
         app_audit_list(r->a, &q, audit_row, &a, e);
    app_read_end(r->a);
  }
  return http_page_end(r, &p, rc ? -1 : 0);
}

/* ---- the fields ---------------------------------------------------------- */

/* Pages as the other lists take them (api.c). */
static const app_field page_number = {
    .type = APP_FT_INT, .min = 1, .max = 1000000000L};
static const app_field page_size = {
    .type = APP_FT_INT, .min = 1, .max = HTTP_PAGE_MAX};
#define PAGE                                                                   \
  {"page", false, &page_number}, {                                             \
    "size", false, &page_size                                                  \
  }

const http_field http_users_query[] = {PAGE, END};
/* `user` is the command's NAME; `password`, what --password-file holds. */
const http_field http_user_add_body[] = {REQ("user", text), REQ("role", role),
                                         REQ("scope", code),
                                         REQ("password", text), END};
const http_field http_user_passwd_body[] = {REQ("password", text), END};
const http_field http_audit_query[] = {PAGE,
                                       OPT("under", code),
                                       OPT("user", text),
                                       OPT("from", date),
                                       OPT("to", date),
                                       END};
