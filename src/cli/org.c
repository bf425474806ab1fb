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

/* The tables of `org show`, in the language of its reader. */
typedef struct org_rows {
  util_table *t;
  const util_lang *l;
} org_rows;

static int child_row(void *ctx, const store_org_row *r) {
  org_rows *x = ctx;
  const char *row[] = {r->code, view_code_text(x->l, "kind", r->kind), r->name};
  util_table_add(x->t, row);
  return 0;
}

/* "decision 12-QĐ/TU", or "" for an event without one. */
static char *decision_text(const util_lang *l, const char *decision) {
  /* TRANSLATORS: the number of the decision of an event, in a history. */
  return decision ? util_xasprintf(util_tr(l, "decision %s"), decision)
                  : util_xstrdup("");
}

static int history_row(void *ctx, const store_org_event_row *r) {
  org_rows *x = ctx;
  const util_lang *l = x->l;
  const char *other = r->other_code ? r->other_code : "";
  char *what;
  /* TRANSLATORS: the events of an organisation's history in `org show`;
   * %s are organisations' codes or its new name. */
  if (strcmp(r->kind, "founded") == 0 && *other)
    what = util_xasprintf(util_tr(l, "founded under %s"), other);
  else if (strcmp(r->kind, "founded") == 0)
    what = util_xstrdup(util_tr(l, "founded"));
  else if (strcmp(r->kind, "moved") == 0)
    what = util_xasprintf(util_tr(l, "moved from %s to %s"),
                          r->from_code ? r->from_code : util_tr(l, "(none)"),
                          other);
  else if (strcmp(r->kind, "renamed") == 0)
    what = util_xasprintf(util_tr(l, "renamed %s"), r->name ? r->name : "");
  else if (strcmp(r->kind, "merged") == 0)
    what = util_xasprintf(util_tr(l, "merged into %s"), other);
  else if (strcmp(r->kind, "received") == 0)
    what = util_xasprintf(util_tr(l, "received %s by merger"), other);
  else
    what = util_xstrdup(r->kind);
  char *decision = decision_text(l, r->decision), date[VIEW_CELL_MAX];
  const char *row[] = {view_cell_text(l, "date", false, r->date, date), what,
                       decision};
  util_table_add(x->t, row);
  free(what);
  free(decision);
  return 0;
}

/* A discipline decision on the organisation (org discipline). */
static int discipline_row(void *ctx, const store_org_discipline_row *r) {
  org_rows *x = ctx;
  const util_lang *l = x->l;
  util_buf what = {0};
  const char *form = view_code_text(l, "form", r->form);
  /* TRANSLATORS: a discipline of an organisation in `org show`: its form,
   * by which committee, the votes for it of those voting. */
  if (r->by_code)
    util_buf_printf(&what, util_tr(l, "%s by %s, votes %d/%d"), form,
                    r->by_code, r->votes_for, r->votes_total);
  else
    util_buf_printf(&what, util_tr(l, "%s, votes %d/%d"), form, r->votes_for,
                    r->votes_total);
  if (r->reason)
    util_buf_printf(&what, ": %s", r->reason);
  char *decision = decision_text(l, r->decision), date[VIEW_CELL_MAX];
  char id[24];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  const char *row[] = {id, view_cell_text(l, "date", false, r->date, date),
                       what.data, decision};
  util_table_add(x->t, row);
  util_buf_free(&what);
  free(decision);
  return 0;
}

/* One section of `org show`: a table under its title, when it has rows. */
static void section(util_buf *out, const char *title, util_table *t) {
  if (util_table_rows(t)) {
    util_buf_printf(out, "\n%s\n", title);
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
  const util_lang *l = cli_lang(c);
  char d[16], f[16], n[3][UTIL_LANG_NUM_MAX], g[UTIL_LANG_NUM_MAX];
  util_lang_date(l, v->at, d);
  util_buf up = {0};
  for (size_t i = 0; i < v->nsuperiors; i++)
    util_buf_printf(&up, "%s%s", i ? " > " : "", v->superiors[i]);
  util_buf_printf(out, "%s — %s\n", o->code, v->name);
  /* TRANSLATORS: the first lines of `org show`: the organisation's kind,
   * sector, foundation and end. */
  util_buf_printf(out, util_tr(l, "kind: %s"),
                  view_code_text(l, "kind", v->kind));
  if (v->sector)
    util_buf_printf(out, util_tr(l, ", sector: %s"),
                    view_code_text(l, "sector", v->sector));
  if (o->founded_known)
    util_buf_printf(out, util_tr(l, ", founded %s"),
                    util_lang_date(l, o->founded, f));
  if (o->ended)
    util_buf_printf(out,
                    o->ended_how == CORE_F_ORGS_MERGED
                        ? util_tr(l, ", merged %s")
                        : util_tr(l, ", dissolved %s"),
                    util_lang_date(l, o->ended, f));
  util_buf_puts(out, "\n\n");
  /* TRANSLATORS: the state of an organisation on a day, in `org show`. */
  util_buf_printf(out, util_tr(l, "On %s:\n  superiors: %s\n"), d,
                  up.len ? up.data : util_tr(l, "(none: a root)"));
  util_buf_free(&up);
  util_buf_printf(out,
                  util_tr(l, "  members: %s (official %s, probationary %s)\n"
                             "  grassroots organisations below: %s\n"),
                  util_lang_num(l, v->total, 0, n[0]),
                  util_lang_num(l, v->official, 0, n[1]),
                  util_lang_num(l, v->probationary, 0, n[2]),
                  util_lang_num(l, v->grassroots, 0, g));
  static const char *const cols[] = {"code", "kind", "name"};
  org_rows rows = {view_inner_table(l, 3, cols, NULL), l};
  if (app_org_children(a, v, child_row, &rows, e) < 0) {
    util_table_free(rows.t);
    return -1;
  }
  char *below = util_xasprintf(util_tr(l, "Directly below on %s:"), d);
  section(out, below, rows.t);
  free(below);
  rows.t = util_table_new(3, NULL);
  if (app_org_events(a, o->id, false, history_row, &rows, e) < 0) {
    util_table_free(rows.t);
    return -1;
  }
  section(out, util_tr(l, "History:"), rows.t);
  rows.t = util_table_new(4, NULL);
  if (app_org_disciplines(a, v, discipline_row, &rows, e) < 0) {
    util_table_free(rows.t);
    return -1;
  }
  section(out, util_tr(l, "Discipline:"), rows.t);
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
