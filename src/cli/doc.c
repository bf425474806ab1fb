/*
 * doc.c — `cadre doc ...`: the register of documents, and who disseminated
 * and implemented them (docs/formats.md, "Documents").
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int cli_doc_add(cli_ctx *c, util_err *e) {
  app_doc_in in = {.number = cli_arg(c, 0),
                   .kind = cli_opt_value(c, "kind"),
                   .issuer = cli_opt_value(c, "issuer"),
                   .date = cli_opt_value(c, "date"),
                   .title = cli_opt_value(c, "title")};
  int64_t id;
  if (app_doc_add(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

static int step(cli_ctx *c, bool implemented, util_err *e) {
  return app_doc_step(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "org"),
                      cli_opt_value(c, "date"), implemented, NULL, e);
}

int cli_doc_disseminate(cli_ctx *c, util_err *e) {
  return step(c, false, e);
}

int cli_doc_implement(cli_ctx *c, util_err *e) {
  return step(c, true, e);
}

/* ---- listing and showing
 * ------------------------------------------------------ */

static int list_row(void *ctx, const store_doc_row *r) {
  char dis[24], imp[24];
  const char *cells[VIEW_DOC_NCOLS];
  view_doc_cells(r, dis, imp, cells);
  cli_list_row(ctx, cells);
  return 0;
}

int cli_doc_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  cli_list *l =
      cli_list_new(c, format, VIEW_DOC_NCOLS, view_doc_cols, view_doc_numeric);
  return cli_list_done(l, app_docs(cli_app(c), list_row, l, e));
}

/* The table of `doc show`, in the language of its reader. */
typedef struct doc_rows {
  util_table *t;
  const util_lang *l;
} doc_rows;

/* A step as a row of the text's table. */
static int step_row(void *ctx, const store_doc_step_row *r) {
  doc_rows *x = ctx;
  char meeting[24] = "", id[24], date[VIEW_CELL_MAX];
  if (r->meeting)
    snprintf(meeting, sizeof meeting, "%lld", (long long)r->meeting);
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  const char *row[] = {view_code_text(x->l, "step", r->step),
                       view_cell_text(x->l, "date", false, r->date, date),
                       r->code,
                       r->name,
                       meeting,
                       id};
  util_table_add(x->t, row);
  return 0;
}

/* Prints the JSON a view built into *j, or nothing when it refused. */
static int print_json(int rc, json_t **jp, bool reals) {
  json_t *j = *jp;
  if (rc)
    return rc;
  util_buf out = {0};
  if (reals)
    view_dump_reals(j, &out);
  else
    view_dump(j, &out);
  cli_print(&out);
  util_buf_free(&out);
  json_decref(j);
  return 0;
}

int cli_doc_show(cli_ctx *c, util_err *e) {
  char format[16], d[16];
  if (cli_format(c, "text|json", format, e))
    return -1;
  const util_lang *l = cli_lang(c);
  json_t *j = NULL;
  if (strcmp(format, "json") == 0)
    return print_json(view_doc_show_json(cli_app(c), cli_arg(c, 0), &j, e), &j,
                      false);
  store_doc doc;
  const char *kind = NULL;
  static const char *const cols[] = {"step", "date",    "org",
                                     "name", "meeting", "id"};
  doc_rows rows = {view_inner_table(l, UTIL_COUNT(cols), cols, NULL), l};
  util_table *t = rows.t;
  int rc =
      app_doc_show(cli_app(c), cli_arg(c, 0), &doc, &kind, step_row, &rows, e);
  if (rc == 0) {
    util_buf out = {0};
    /* TRANSLATORS: the heading of `doc show`: the document's number, its
     * kind, who issued it and when, then its title. */
    util_buf_printf(&out, util_tr(l, "%s  %s of %s, %s\n%s\n"), doc.number,
                    view_code_text(l, "kind", kind), doc.issuer,
                    util_lang_date(l, doc.date, d), doc.title);
    if (util_table_rows(t)) {
      util_buf_puts(&out, "\n");
      util_table_render(t, &out);
    } else {
      util_buf_putc(&out, '\n');
      util_buf_puts(&out, util_tr(l, "not yet disseminated anywhere\n"));
    }
    cli_print(&out);
    util_buf_free(&out);
  }
  util_table_free(t);
  app_doc_clear(&doc);
  return rc;
}

/* ---- coverage
 * ---------------------------------------------------------------- */

typedef struct coverage {
  long total, done;
  util_table *table;
  const util_lang *l; /* the reader's */
} coverage;

static int coverage_row(void *ctx, const store_coverage_row *r) {
  coverage *v = ctx;
  v->total++;
  if (r->disseminated) {
    v->done++;
    return 0;
  }
  const char *row[] = {r->code, view_code_text(v->l, "kind", r->kind), r->name};
  util_table_add(v->table, row);
  return 0;
}

int cli_doc_coverage(cli_ctx *c, util_err *e) {
  char format[16], d[16], share[UTIL_LANG_NUM_MAX];
  app *a = cli_app(c);
  const util_lang *l = cli_lang(c);
  store_doc doc;
  util_day at;
  if (cli_format(c, "text|json", format, e) ||
      cli_date(c, "at", a->today, &at, e))
    return -1;
  json_t *j = NULL;
  if (strcmp(format, "json") == 0)
    return print_json(view_doc_coverage_json(a, cli_arg(c, 0),
                                             cli_opt_value(c, "under"),
                                             cli_opt_value(c, "at"), &j, e),
                      &j, true);
  static const char *const cols[] = {"org", "kind", "name"};
  coverage v = {.table = view_inner_table(l, 3, cols, NULL), .l = l};
  int rc = app_doc_coverage(a, cli_arg(c, 0), cli_opt_value(c, "under"),
                            cli_opt_value(c, "at"), &doc, coverage_row, &v, e);
  long tenths = view_share_tenths(v.done, v.total);
  util_lang_date(l, at, d);
  if (rc == 0) {
    util_buf out = {0};
    /* TRANSLATORS: the head of `doc coverage`: the document, the
     * organisation whose subtree is counted, the day, how many of its
     * organisations disseminated the document, and the share. */
    util_buf_printf(&out,
                    util_tr(l, "%s under %s on %s: disseminated by %ld of %ld "
                               "organisations (%s%%)\n"),
                    doc.number, cli_opt_value(c, "under"), d, v.done, v.total,
                    util_lang_num(l, tenths, 1, share));
    if (util_table_rows(v.table)) {
      util_buf_putc(&out, '\n');
      /* TRANSLATORS: above the organisations that have not disseminated a
       * document yet, in `doc coverage`. */
      util_buf_puts(&out, util_tr(l, "not yet:\n"));
      util_table_render(v.table, &out);
    }
    cli_print(&out);
    util_buf_free(&out);
  }
  util_table_free(v.table);
  app_doc_clear(&doc);
  return rc < 0 ? -1 : 0;
}
