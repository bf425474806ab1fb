/*
 * group.c — `cadre group ...`, `cadre conference ...` and `cadre model
 * ...`: groupings that cut across the tree, their conferences and the
 * rotating flag, and their outstanding models.
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* ---- changes
 * ----------------------------------------------------------------------- */

int cli_group_add(cli_ctx *c, util_err *e) {
  return app_group_add(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "name"),
                       cli_opt_value(c, "kind"), e);
}

int cli_group_join(cli_ctx *c, util_err *e) {
  return app_group_join(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "org"),
                        cli_opt_value(c, "date"), e);
}

int cli_group_leave(cli_ctx *c, util_err *e) {
  return app_group_leave(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "org"),
                         cli_opt_value(c, "date"), e);
}

int cli_conference_add(cli_ctx *c, util_err *e) {
  app_conference_in in = {.host = cli_opt_value(c, "host"),
                          .date = cli_opt_value(c, "date"),
                          .kind = cli_opt_value(c, "kind"),
                          .theme = cli_opt_value(c, "theme"),
                          .group = cli_opt_value(c, "group"),
                          .delegates = cli_opt_value(c, "delegates"),
                          .papers = cli_opt_value(c, "papers"),
                          .flag_to = cli_opt_value(c, "flag-to")};
  int64_t id;
  if (app_conference_add(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

int cli_model_add(cli_ctx *c, util_err *e) {
  app_model_in in = {.group = cli_opt_value(c, "group"),
                     .org = cli_opt_value(c, "org"),
                     .member = cli_opt_value(c, "member"),
                     .title = cli_opt_value(c, "title"),
                     .date = cli_opt_value(c, "date")};
  int64_t id;
  if (app_model_add(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

/* ---- listings
 * ---------------------------------------------------------------------- */

static int group_row(void *ctx, const store_grouping_row *r) {
  char n[16];
  const char *cells[VIEW_GROUP_NCOLS];
  view_group_cells(r, n, cells);
  cli_list_row(ctx, cells);
  return 0;
}

int cli_group_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  cli_list *l = cli_list_new(c, format, VIEW_GROUP_NCOLS, view_group_cols,
                             view_group_numeric);
  return cli_list_done(
      l, app_groupings(cli_app(c), cli_opt_value(c, "at"), group_row, l, e));
}

static int conference_row(void *ctx, const store_conference_row *r) {
  char id[24], delegates[16], papers[16];
  const char *cells[VIEW_CONFERENCE_NCOLS];
  view_conference_cells(r, id, delegates, papers, cells);
  cli_list_row(ctx, cells);
  return 0;
}

int cli_conference_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  cli_list *l = cli_list_new(c, format, VIEW_CONFERENCE_NCOLS,
                             view_conference_cols, view_conference_numeric);
  return cli_list_done(l, app_conferences(cli_app(c), cli_opt_value(c, "group"),
                                          cli_opt_value(c, "from"),
                                          cli_opt_value(c, "to"),
                                          conference_row, l, e));
}

typedef struct model_listing {
  cli_list *list;
  int n;
} model_listing;

static int model_row(void *ctx, const store_model_row *r) {
  model_listing *m = ctx;
  char id[24], member[24];
  const char *cells[VIEW_MODEL_NCOLS];
  view_model_cells(r, id, member, cells);
  cli_list_row(m->list, cells);
  m->n++;
  return 0;
}

int cli_model_list(cli_ctx *c, util_err *e) {
  char format[16], *name = NULL;
  const char *year = cli_opt_value(c, "year");
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  model_listing m = {.list = cli_list_new(c, format, VIEW_MODEL_NCOLS,
                                          view_model_cols, view_model_numeric)};
  int rc =
      cli_list_done(m.list, app_models(cli_app(c), cli_opt_value(c, "group"),
                                       year, &name, model_row, &m, e));
  /* The count a review quotes ("32 outstanding models in cluster No.
   * 2"), for people only: CSV and JSON stay pure rows. */
  /* TRANSLATORS: the footer of `model list`: how many outstanding models
   * a grouping named (in a year). */
  if (rc == 0 && strcmp(format, "table") == 0 && year)
    printf(util_trn(cli_lang(c), "%d outstanding model of %s in %s\n",
                    "%d outstanding models of %s in %s\n", (unsigned long)m.n),
           m.n, name, year);
  else if (rc == 0 && strcmp(format, "table") == 0)
    printf(util_trn(cli_lang(c), "%d outstanding model of %s\n",
                    "%d outstanding models of %s\n", (unsigned long)m.n),
           m.n, name);
  free(name);
  return rc;
}

/* ---- show
 * -------------------------------------------------------------------------- */

typedef struct group_view {
  util_buf *out;
  util_table *table;
  const util_lang *l; /* the reader's */
} group_view;

static int show_conference(void *ctx, const store_conference_row *r) {
  group_view *v = ctx;
  char id[24], delegates[16], papers[16], date[VIEW_CELL_MAX],
      dn[VIEW_CELL_MAX], pn[VIEW_CELL_MAX];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  view_count_text(r->delegates, delegates);
  view_count_text(r->papers, papers);
  const char *row[] = {id,
                       view_cell_text(v->l, "date", false, r->date, date),
                       r->host_code,
                       view_code_text(v->l, "kind", r->kind),
                       view_cell_text(v->l, "delegates", true, delegates, dn),
                       view_cell_text(v->l, "papers", true, papers, pn),
                       r->flag_to_code ? r->flag_to_code : "",
                       r->theme};
  util_table_add(v->table, row);
  return 0;
}

static int show_model(void *ctx, const store_model_row *r) {
  group_view *v = ctx;
  char id[24], date[VIEW_CELL_MAX];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  const char *who = r->org_code ? r->org_code : r->member_name;
  const char *cells[] = {id, view_cell_text(v->l, "date", false, r->date, date),
                         who, r->title};
  util_table_add(v->table, cells);
  return 0;
}

/* The members on the view's day. */
static void show_members(const app_group_view *g, group_view *v) {
  for (size_t i = 0; i < g->nmembers; i++) {
    const app_group_member *m = &g->members[i];
    char since[16];
    util_lang_date(v->l, m->since, since);
    const char *row[] = {m->code, view_code_text(v->l, "kind", m->kind), since,
                         m->name};
    util_table_add(v->table, row);
  }
}

/* Joins and leaves up to the view's day, oldest first. */
static void show_history(const app_group_view *g, group_view *v) {
  for (size_t i = 0; i < g->nchanges; i++) {
    const app_group_change *ch = &g->changes[i];
    char d[16];
    util_lang_date(v->l, ch->day, d);
    /* TRANSLATORS: an organisation's joining or leaving a grouping, in
     * `group show`. */
    const char *row[] = {d, ch->org,
                         ch->joined ? util_trc(v->l, "grouping", "joined")
                                    : util_trc(v->l, "grouping", "left")};
    util_table_add(v->table, row);
  }
}
/* Prints the table being filled under a title, when it has rows, and
 * starts none. */
static void text_section(group_view *v, const char *title) {
  if (util_table_rows(v->table)) {
    util_buf_printf(v->out, "\n%s\n", title);
    util_table_render(v->table, v->out);
  }
  util_table_free(v->table);
  v->table = NULL;
}

static int show_text(app *a, const app_group_view *g, group_view *v,
                     util_err *e) {
  const util_lang *l = v->l;
  char d[16], s[16], *holder = NULL;
  int rc = -1;
  /* TRANSLATORS: the head of `group show`: the holder of the rotating flag
   * on the day shown, and since when. */
  if (g->holder)
    holder = util_xasprintf(util_tr(l, "%s, since %s"), g->holder,
                            util_lang_date(l, g->holder_since, s));
  util_lang_date(l, g->at, d);
  util_buf_printf(v->out, "%s — %s (%s)\n\n", g->code, g->name,
                  view_code_text(l, "kind", g->kind));
  util_buf_printf(v->out, util_tr(l, "On %s:\n  rotating flag: %s\n"), d,
                  holder ? holder : util_tr(l, "nobody"));
  free(holder);
  static const char *const mcols[] = {"code", "kind", "since", "name"};
  v->table = view_inner_table(l, UTIL_COUNT(mcols), mcols, NULL);
  show_members(g, v);
  char *title = util_xasprintf(util_tr(l, "Members on %s:"), d);
  text_section(v, title);
  free(title);
  v->table = util_table_new(3, NULL);
  show_history(g, v);
  text_section(v, util_tr(l, "Membership:"));
  static const char *const ccols[] = {"id",      "date",      "host",
                                      "kind",    "delegates", "papers",
                                      "flag_to", "theme"},
                           *cplain[] = {"id",      "date",      "host",
                                        "kind",    "delegates", "papers",
                                        "flag to", "theme"};
  v->table = view_inner_table(l, UTIL_COUNT(ccols), ccols, cplain);
  util_table_numeric(v->table, 0);
  util_table_numeric(v->table, 4);
  util_table_numeric(v->table, 5);
  if (app_group_conferences(a, g, show_conference, v, e))
    goto done;
  text_section(v, util_tr(l, "Conferences:"));
  static const char *const ocols[] = {"id", "date", "model", "title"};
  v->table = view_inner_table(l, UTIL_COUNT(ocols), ocols, NULL);
  util_table_numeric(v->table, 0);
  if (app_group_models(a, g, show_model, v, e))
    goto done;
  text_section(v, util_tr(l, "Outstanding models:"));
  rc = 0;
done:
  util_table_free(v->table);
  v->table = NULL;
  return rc;
}

static int show_json(app *a, const app_group_view *g, group_view *v,
                     util_err *e) {
  json_t *j;
  if (view_group_json(a, g, &j, e))
    return -1;
  view_dump(j, v->out);
  json_decref(j);
  return 0;
}

int cli_group_show(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  if (cli_format(c, "text|json", format, e) || app_read_begin(a, e))
    return -1;
  /* The grouping, its conferences and models, as one state. */
  app_group_view g;
  util_buf out = {0};
  group_view v = {.out = &out, .l = cli_lang(c)};
  int rc = app_group_view_get(a, cli_arg(c, 0), cli_opt_value(c, "at"), &g, e);
  if (rc == 0) {
    rc = strcmp(format, "json") == 0 ? show_json(a, &g, &v, e)
                                     : show_text(a, &g, &v, e);
    app_group_view_clear(&g);
  }
  if (rc == 0)
    cli_print(&out);
  util_buf_free(&out);
  app_read_end(a);
  return rc;
}
