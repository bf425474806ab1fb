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

#include <stdio.h>
#include <string.h>
#include <strings.h>

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
  if (strcasecmp(u->name, f->name) != 0) /* as login names compare */
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
                    .password = http_field_text(r, "password"),
                    .lang = http_field_text(r, "lang")};
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

int http_user_set(http_req *r, util_err *e) {
  if (app_user_set_lang(r->a, r->params[0], http_field_text(r, "lang"), e))
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

/* ---- members from the registers, badges, events ------------------------ */

int http_member_add(http_req *r, util_err *e) {
  app_person_in p = http_person(r);
  app_register_in in = {.cell = http_field_text(r, "cell"),
                        .admitted = http_field_text(r, "admitted"),
                        .official = http_field_text(r, "official"),
                        .registered = http_field_text(r, "registered"),
                        .over_60_approved_by =
                            http_field_text(r, "over_60_approved_by")};
  int64_t id;
  if (app_member_add(r->a, &p, &in, &id, e))
    return -1;
  return http_profile_created(r, id, e);
}

/* Adds a row of cells to the page when it is in it. */
static void page_cells(http_page *p, size_t n, const char *const *cols,
                       const bool *numeric, const char *const *cells) {
  if (http_page_wants(p))
    json_array_append_new(p->items, view_row_json(n, cols, numeric, cells));
  p->total++;
}

static int badge_row(void *ctx, const app_badge_row *row) {
  view_badge_text text;
  const char *cells[VIEW_BADGE_NCOLS];
  view_badge_cells(row, &text, cells);
  page_cells(ctx, VIEW_BADGE_NCOLS, view_badge_cols, view_badge_numeric, cells);
  return 0;
}

int http_badges(http_req *r, util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(r, &p,
                       app_badges(r->a, http_query(r, "from"),
                                  http_query(r, "to"), http_query(r, "under"),
                                  badge_row, &p, e));
}

static int member_event_row(void *ctx, const store_event_row *row) {
  char id[24];
  util_buf what = {0};
  const char *cells[VIEW_EVENT_NCOLS];
  view_member_event_cells(NULL, row, id, &what, cells);
  page_cells(ctx, VIEW_EVENT_NCOLS, view_event_cols, view_event_numeric, cells);
  util_buf_free(&what);
  return 0;
}

static int org_event_row(void *ctx, const store_org_event_row *row) {
  char id[24];
  util_buf what = {0};
  const char *cells[VIEW_EVENT_NCOLS];
  view_org_event_cells(NULL, row, id, &what, cells);
  page_cells(ctx, VIEW_EVENT_NCOLS, view_event_cols, view_event_numeric, cells);
  util_buf_free(&what);
  return 0;
}

/* The events of a member or an organisation, voided ones included, in
 * date order (event list --member|--org). */
static int events(http_req *r, const char *member, const char *org,
                  util_err *e) {
  http_page p;
  http_page_init(r, &p);
  return http_page_end(r, &p,
                       app_event_list(r->a, member, org, member_event_row,
                                      org_event_row, &p, e));
}

int http_member_events(http_req *r, util_err *e) {
  return events(r, r->params[0], NULL, e);
}

int http_org_events(http_req *r, util_err *e) {
  return events(r, NULL, r->params[0], e);
}

/* ---- exports as CSV (export orgs|members|events) ------------------------ */

static int org_csv(void *ctx, const store_org_row *row) {
  const char *cells[VIEW_EXPORT_ORG_NCOLS];
  view_export_org_cells(row, cells);
  return http_stream_row(ctx, cells);
}

static int member_csv(void *ctx, const store_member_row *row) {
  const char *cells[VIEW_EXPORT_MEMBER_NCOLS];
  return view_export_member_cells(row, cells) ? http_stream_row(ctx, cells) : 0;
}

static int org_event_csv(void *ctx, const store_org_event_row *row) {
  const char *cells[VIEW_EXPORT_EVENT_NCOLS];
  view_export_org_event_cells(row, cells);
  return http_stream_row(ctx, cells);
}

static int member_event_csv(void *ctx, const store_event_row *row) {
  char id[24], seq[16];
  const char *cells[VIEW_EXPORT_EVENT_NCOLS];
  view_export_member_event_cells(row, id, seq, cells);
  return http_stream_row(ctx, cells);
}

static int orgs_rows(app *a, http_stream *s, const char *under,
                     const char *status, util_day at, util_err *e) {
  (void)status;
  (void)at;
  return app_export_orgs(a, under, org_csv, s, e);
}

static int members_rows(app *a, http_stream *s, const char *under,
                        const char *status, util_day at, util_err *e) {
  (void)status;
  (void)at;
  return app_export_members(a, under, member_csv, s, e);
}

static int events_rows(app *a, http_stream *s, const char *under,
                       const char *status, util_day at, util_err *e) {
  (void)status;
  (void)at;
  return app_export_events(a, under, org_event_csv, member_event_csv, s, e);
}

/* Rows that stop the check of an export at its first. */
static int stop_org(void *ctx, const store_org_row *row) {
  (void)ctx;
  (void)row;
  return 1;
}

/* Answers an export: `what` is checked first in the request's own handle
 * (an unknown organisation, or one outside the branch, is refused before
 * any byte), then streamed as `export WHAT --format csv` (or, asked with
 * ?format=xlsx or Accept, `--format xlsx`) writes it. */
static int export_csv(http_req *r, const char *what, size_t ncols,
                      const char *const *cols, const bool *numeric,
                      http_stream_fn fn, util_err *e) {
  const char *under = http_query(r, "under"), *format = http_query(r, "format");
  if (format && strcmp(format, "csv") != 0 && strcmp(format, "xlsx") != 0)
    return util_invalid(e, "format", "format: %s: one of csv|xlsx",
                        util_quote(format).s);
  bool xlsx = http_wants_xlsx(r);
  /* The organisations below `under`: what every export reads first. */
  if (app_export_orgs(r->a, under, stop_org, NULL, e) < 0 ||
      (xlsx ? http_stream_xlsx(r, what, ncols, cols, numeric, fn, under,
                               r->a->today, e)
            : http_stream_csv(r, ncols, cols, fn, under, NULL, r->a->today, e)))
    return -1;
  r->disposition = util_xasprintf("attachment; filename=\"%s%s%s.%s\"", what,
                                  under ? "-" : "", under ? under : "",
                                  xlsx ? "xlsx" : "csv");
  return 0;
}

int http_export_orgs(http_req *r, util_err *e) {
  return export_csv(r, "orgs", VIEW_EXPORT_ORG_NCOLS, view_export_org_cols,
                    NULL, orgs_rows, e);
}

int http_export_members(http_req *r, util_err *e) {
  return export_csv(r, "members", VIEW_EXPORT_MEMBER_NCOLS,
                    view_export_member_cols, NULL, members_rows, e);
}

int http_export_events(http_req *r, util_err *e) {
  return export_csv(r, "events", VIEW_EXPORT_EVENT_NCOLS,
                    view_export_event_cols, view_export_event_numeric,
                    events_rows, e);
}

/* ---- the fields ---------------------------------------------------------- */

const http_field http_users_query[] = {PAGE, END};
/* `user` is the command's NAME; `password`, what --password-file holds. */
const http_field http_user_add_body[] = {
    REQ("user", text),     REQ("role", role), REQ("scope", code),
    REQ("password", text), OPT("lang", text), END};
const http_field http_user_passwd_body[] = {REQ("password", text), END};
/* `lang` is --language's TAG; "" clears it, as on the command line. */
const http_field http_user_set_body[] = {REQ("lang", text), END};
const http_field http_audit_query[] = {PAGE,
                                       OPT("under", code),
                                       OPT("user", text),
                                       OPT("from", date),
                                       OPT("to", date),
                                       END};
const http_field http_member_add_body[] = {REQ("name", text),
                                           REQ("born", date),
                                           REQ("gender", gender),
                                           REQ("cell", code),
                                           REQ("admitted", date),
                                           OPT("official", date),
                                           OPT("registered", date),
                                           PERSON_FIELDS,
                                           OPT("over_60_approved_by", code),
                                           END};
const http_field http_badges_query[] = {REQ("from", date), REQ("to", date),
                                        OPT("under", code), PAGE, END};
const http_field http_events_query[] = {PAGE, END};
const http_field http_export_query[] = {OPT("under", code), OPT("format", text),
                                        END};
