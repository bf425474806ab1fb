/*
 * org.c — `cadre org ...`: the organisation tree.
 */
#include "cli/cli_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

void cli_print(const util_buf *b) {
  if (b->len)
    fwrite(b->data, 1, b->len, stdout);
}

int cli_org_add(cli_ctx *c, util_err *e) {
  app_org_in in = {.code = cli_arg(c, 0),
                   .name = cli_opt_value(c, "name"),
                   .kind = cli_opt_value(c, "kind"),
                   .parent = cli_opt_value(c, "parent"),
                   .sector = cli_opt_value(c, "sector"),
                   .founded = cli_opt_value(c, "founded"),
                   .decision = cli_opt_value(c, "decision")};
  return app_org_add(cli_app(c), &in, NULL, e);
}

/* ---- list
 * ------------------------------------------------------------------------ */

static int depth_of(const char *path) {
  int d = 0;
  for (; *path; path++)
    d += *path == '/';
  return d;
}

typedef struct org_listing {
  cli_list *list;
  bool indent;
  int base; /* depth of the first row */
} org_listing;

static int org_row(void *ctx, const store_org_row *r) {
  org_listing *l = ctx;
  int depth = depth_of(r->path);
  if (!l->base)
    l->base = depth;
  char *code = l->indent
                   ? util_xasprintf("%*s%s", 2 * (depth - l->base), "", r->code)
                   : util_xstrdup(r->code);
  const char *row[] = {code,           r->name,   r->kind,
                       r->parent_code, r->sector, r->founded};
  cli_list_row(l->list, row);
  free(code);
  return 0;
}

int cli_org_list(cli_ctx *c, util_err *e) {
  char format[16];
  util_day at;
  if (cli_format(c, "table|csv|json", format, e) ||
      cli_date(c, "at", cli_app(c)->today, &at, e))
    return -1;
  static const char *const cols[] = {"code",   "name",   "kind",
                                     "parent", "sector", "founded"};
  org_listing l = {.list = cli_list_new(format, UTIL_COUNT(cols), cols, NULL),
                   .indent = strcmp(format, "table") == 0};
  return cli_list_done(l.list, app_orgs(cli_app(c), cli_opt_value(c, "under"),
                                        at, org_row, &l, e));
}

/* ---- show
 * ------------------------------------------------------------------------- */

typedef struct show {
  util_buf *out;
  json_t *json; /* NULL for text */
  json_t *array;
  util_table *table;
} show;

static int child_row(void *ctx, const store_org_row *r) {
  show *s = ctx;
  if (s->json) {
    json_array_append_new(s->array,
                          json_pack("{s:s, s:s, s:s}", "code", r->code, "kind",
                                    r->kind, "name", r->name));
    return 0;
  }
  const char *row[] = {r->code, r->kind, r->name};
  util_table_add(s->table, row);
  return 0;
}

static int history_row(void *ctx, const store_org_event_row *r) {
  show *s = ctx;
  const char *other = r->other_code ? r->other_code : "";
  if (s->json) {
    json_t *o = json_pack("{s:s, s:s}", "date", r->date, "event", r->kind);
    if (r->other_code)
      json_object_set_new(o, "org", json_string(r->other_code));
    if (r->from_code)
      json_object_set_new(o, "from", json_string(r->from_code));
    if (r->name)
      json_object_set_new(o, "name", json_string(r->name));
    if (r->decision)
      json_object_set_new(o, "decision", json_string(r->decision));
    json_array_append_new(s->array, o);
    return 0;
  }
  char *what;
  if (strcmp(r->kind, "founded") == 0)
    what = util_xasprintf("founded%s%s", *other ? " under " : "", other);
  else if (strcmp(r->kind, "moved") == 0)
    what = util_xasprintf("moved from %s to %s",
                          r->from_code ? r->from_code : "(none)", other);
  else if (strcmp(r->kind, "renamed") == 0)
    what = util_xasprintf("renamed %s", r->name ? r->name : "");
  else if (strcmp(r->kind, "merged") == 0)
    what = util_xasprintf("merged into %s", other);
  else if (strcmp(r->kind, "received") == 0)
    what = util_xasprintf("received %s by merger", other);
  else
    what = util_xstrdup(r->kind);
  char *decision = r->decision ? util_xasprintf("decision %s", r->decision)
                               : util_xstrdup("");
  const char *row[] = {r->date, what, decision};
  util_table_add(s->table, row);
  free(what);
  free(decision);
  return 0;
}

/* A discipline decision on the organisation (org discipline). */
static int discipline_row(void *ctx, const store_org_discipline_row *r) {
  show *s = ctx;
  if (s->json) {
    json_t *o =
        json_pack("{s:I, s:s, s:s, s:s?, s:i, s:i, s:s?, s:s?}", "id",
                  (json_int_t)r->id, "date", r->date, "form", r->form, "by",
                  r->by_code, "votes_for", r->votes_for, "votes_total",
                  r->votes_total, "decision", r->decision, "reason", r->reason);
    json_array_append_new(s->array, o);
    return 0;
  }
  char *what = util_xasprintf(
      "%s%s%s, votes %d/%d%s%s", r->form, r->by_code ? " by " : "",
      r->by_code ? r->by_code : "", r->votes_for, r->votes_total,
      r->reason ? ": " : "", r->reason ? r->reason : "");
  char *decision = r->decision ? util_xasprintf("decision %s", r->decision)
                               : util_xstrdup("");
  char id[24];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  const char *row[] = {id, r->date, what, decision};
  util_table_add(s->table, row);
  free(what);
  free(decision);
  return 0;
}

static int show_org(cli_ctx *c, const app_org_view *v, bool json, util_buf *out,
                    util_err *e) {
  app *a = cli_app(c);
  const store_org *o = &v->o;
  char d[11], f[11];
  show s = {.out = out};
  int rc = -1;
  util_date_format(v->at, d);
  if (json) {
    s.json = json_pack(
        "{s:s, s:s, s:s, s:s?, s:s?, s:s?, s:s}", "code", o->code, "name",
        v->name, "kind", v->kind, "sector", v->sector, "founded",
        o->founded_known ? util_date_format(o->founded, f) : NULL, "ended",
        NULL, "at", d);
    if (o->ended)
      json_object_set_new(s.json, "ended",
                          json_string(util_date_format(o->ended, f)));
    json_t *sup = json_array();
    for (size_t i = 0; i < v->nsuperiors; i++)
      json_array_append_new(sup, json_string(v->superiors[i]));
    json_object_set_new(s.json, "superiors", sup);
    json_object_set_new(s.json, "members",
                        json_pack("{s:I, s:I, s:I}", "total",
                                  (json_int_t)v->total, "official",
                                  (json_int_t)v->official, "probationary",
                                  (json_int_t)v->probationary));
    json_object_set_new(s.json, "grassroots", json_integer(v->grassroots));
    s.array = json_array();
    json_object_set_new(s.json, "children", s.array);
    if (app_org_children(a, v, child_row, &s, e) < 0)
      goto done;
    s.array = json_array();
    json_object_set_new(s.json, "history", s.array);
    if (app_org_events(a, o->id, NULL, false, history_row, &s, e) < 0)
      goto done;
    s.array = json_array();
    json_object_set_new(s.json, "discipline", s.array);
    if (app_org_disciplines(a, v, discipline_row, &s, e) < 0)
      goto done;
    char *text = json_dumps(s.json, JSON_INDENT(2));
    util_buf_printf(out, "%s\n", text);
    free(text);
    rc = 0;
    goto done;
  }
  util_buf up = {0};
  for (size_t i = 0; i < v->nsuperiors; i++)
    util_buf_printf(&up, "%s%s", i ? " > " : "", v->superiors[i]);
  util_buf_printf(out, "%s — %s\n", o->code, v->name);
  util_buf_printf(out, "kind: %s", v->kind);
  if (v->sector)
    util_buf_printf(out, ", sector: %s", v->sector);
  if (o->founded_known)
    util_buf_printf(out, ", founded %s", util_date_format(o->founded, f));
  if (o->ended)
    util_buf_printf(out, ", %s %s",
                    o->ended_how == CORE_F_ORGS_MERGED ? "merged" : "dissolved",
                    util_date_format(o->ended, f));
  util_buf_printf(out, "\n\nOn %s:\n  superiors: %s\n", d,
                  up.len ? up.data : "(none: a root)");
  util_buf_free(&up);
  util_buf_printf(out,
                  "  members: %lld (official %lld, probationary %lld)\n"
                  "  grassroots organisations below: %lld\n",
                  (long long)v->total, (long long)v->official,
                  (long long)v->probationary, (long long)v->grassroots);
  static const char *const cols[] = {"code", "kind", "name"};
  s.table = util_table_new(3, cols);
  if (app_org_children(a, v, child_row, &s, e) < 0)
    goto done;
  if (util_table_rows(s.table)) {
    util_buf_printf(out, "\nDirectly below on %s:\n", d);
    util_table_render(s.table, out);
  }
  util_table_free(s.table);
  s.table = util_table_new(3, NULL);
  if (app_org_events(a, o->id, NULL, false, history_row, &s, e) < 0)
    goto done;
  if (util_table_rows(s.table)) {
    util_buf_puts(out, "\nHistory:\n");
    util_table_render(s.table, out);
  }
  util_table_free(s.table);
  s.table = util_table_new(4, NULL);
  if (app_org_disciplines(a, v, discipline_row, &s, e) < 0)
    goto done;
  if (util_table_rows(s.table)) {
    util_buf_puts(out, "\nDiscipline:\n");
    util_table_render(s.table, out);
  }
  rc = 0;
done:
  util_table_free(s.table);
  if (s.json)
    json_decref(s.json);
  return rc;
}

int cli_org_show(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  app_org_view v;
  if (cli_format(c, "text|json", format, e) || app_read_begin(a, e))
    return -1;
  /* The organisation and its history, as one state of the database. */
  int rc = app_org_view_get(a, cli_arg(c, 0), cli_opt_value(c, "at"), &v, e);
  if (rc == 0) {
    util_buf out = {0};
    rc = show_org(c, &v, strcmp(format, "json") == 0, &out, e);
    if (rc == 0)
      cli_print(&out);
    util_buf_free(&out);
    app_org_view_clear(&v);
  }
  app_read_end(a);
  return rc;
}

/* ---- changes
 * ------------------------------------------------------------------------- */

int cli_org_move(cli_ctx *c, util_err *e) {
  return app_org_move(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "to"),
                      cli_opt_value(c, "date"), cli_opt_value(c, "decision"),
                      e);
}

int cli_org_rename(cli_ctx *c, util_err *e) {
  return app_org_rename(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "name"),
                        cli_opt_value(c, "date"), cli_opt_value(c, "decision"),
                        e);
}

int cli_org_merge(cli_ctx *c, util_err *e) {
  const char **codes = util_xcalloc((size_t)cli_argc(c) + 1, sizeof *codes);
  for (int i = 0; i < cli_argc(c); i++)
    codes[i] = cli_arg(c, i);
  int rc = app_org_merge(cli_app(c), codes, (size_t)cli_argc(c),
                         cli_opt_value(c, "into"), cli_opt_value(c, "date"),
                         cli_opt_value(c, "decision"), e);
  free(codes);
  return rc;
}

int cli_org_dissolve(cli_ctx *c, util_err *e) {
  return app_org_dissolve(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "date"),
                          cli_opt_value(c, "decision"), e);
}
