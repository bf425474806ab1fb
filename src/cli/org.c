/*
 * org.c — `cadre org ...`: the organisation tree.
 */
#include "cli/cli_int.h"
#include "view/view.h"

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
  org_listing l = {.list =
                       cli_list_new(c, format, UTIL_COUNT(cols), cols, NULL),
                   .indent = strcmp(format, "table") == 0};
  return cli_list_done(l.list, app_orgs(cli_app(c), cli_opt_value(c, "under"),
                                        at, org_row, &l, e));
}

/* ---- show
 * ------------------------------------------------------------------------- */

static int child_row(void *ctx, const store_org_row *r) {
  const char *row[] = {r->code, r->kind, r->name};
  util_table_add(ctx, row);
  return 0;
}

static int history_row(void *ctx, const store_org_event_row *r) {
  const char *other = r->other_code ? r->other_code : "";
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
  util_table_add(ctx, row);
  free(what);
  free(decision);
  return 0;
}

/* A discipline decision on the organisation (org discipline). */
static int discipline_row(void *ctx, const store_org_discipline_row *r) {
  char *what = util_xasprintf(
      "%s%s%s, votes %d/%d%s%s", r->form, r->by_code ? " by " : "",
      r->by_code ? r->by_code : "", r->votes_for, r->votes_total,
      r->reason ? ": " : "", r->reason ? r->reason : "");
  char *decision = r->decision ? util_xasprintf("decision %s", r->decision)
                               : util_xstrdup("");
  char id[24];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  const char *row[] = {id, r->date, what, decision};
  util_table_add(ctx, row);
  free(what);
  free(decision);
  return 0;
}

/* One section of `org show`: a table under its title, when it has rows. */
static void section(util_buf *out, const char *title, util_table *t) {
  if (util_table_rows(t)) {
    util_buf_printf(out, "\n%s:\n", title);
    util_table_render(t, out);
  }
  util_table_free(t);
}

static int show_org(cli_ctx *c, const app_org_view *v, bool json, util_buf *out,
                    util_err *e) {
  app *a = cli_app(c);
  const store_org *o = &v->o;
  if (json) {
    json_t *j;
    if (view_org_json(a, v, &j, e))
      return -1;
    view_dump(j, out);
    json_decref(j);
    return 0;
  }
  char d[11], f[11];
  util_date_format(v->at, d);
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
  util_table *t = util_table_new(3, cols);
  if (app_org_children(a, v, child_row, t, e) < 0) {
    util_table_free(t);
    return -1;
  }
  char *below = util_xasprintf("Directly below on %s", d);
  section(out, below, t);
  free(below);
  t = util_table_new(3, NULL);
  if (app_org_events(a, o->id, false, history_row, t, e) < 0) {
    util_table_free(t);
    return -1;
  }
  section(out, "History", t);
  t = util_table_new(4, NULL);
  if (app_org_disciplines(a, v, discipline_row, t, e) < 0) {
    util_table_free(t);
    return -1;
  }
  section(out, "Discipline", t);
  return 0;
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
