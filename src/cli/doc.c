/*
 * doc.c — `cadre doc ...`: the register of documents, and who disseminated
 * and implemented them (docs/formats.md, "Documents").
 */
#include "cli/cli_int.h"

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
  snprintf(dis, sizeof dis, "%lld", (long long)r->disseminated);
  snprintf(imp, sizeof imp, "%lld", (long long)r->implemented);
  const char *row[] = {r->number, r->kind, r->issuer, r->date,
                       r->title,  dis,     imp};
  cli_list_row(ctx, row);
  return 0;
}

int cli_doc_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  static const char *const cols[] = {"number",     "kind",  "issuer",
                                     "date",       "title", "disseminated",
                                     "implemented"};
  static const bool numeric[] = {false, false, false, false, false, true, true};
  cli_list *l = cli_list_new(format, UTIL_COUNT(cols), cols, numeric);
  return cli_list_done(l, app_docs(cli_app(c), list_row, l, e));
}

typedef struct steps {
  json_t *array;
  util_table *table;
} steps;

static int step_row(void *ctx, const store_doc_step_row *r) {
  steps *s = ctx;
  char meeting[24] = "";
  if (r->meeting)
    snprintf(meeting, sizeof meeting, "%lld", (long long)r->meeting);
  if (s->array) {
    json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "step", r->step, "date",
                          r->date, "org", r->code, "name", r->name);
    json_object_set_new(o, "meeting",
                        r->meeting ? json_integer(r->meeting) : json_null());
    json_object_set_new(o, "recorded_at", json_string(r->recorded_at));
    json_object_set_new(o, "recorded_by", json_string(r->recorded_by));
    json_object_set_new(o, "id", json_integer(r->id));
    json_array_append_new(s->array, o);
  } else {
    char id[24];
    snprintf(id, sizeof id, "%lld", (long long)r->id);
    const char *row[] = {r->step, r->date, r->code, r->name, meeting, id};
    util_table_add(s->table, row);
  }
  return 0;
}

int cli_doc_show(cli_ctx *c, util_err *e) {
  char format[16], d[11];
  if (cli_format(c, "text|json", format, e))
    return -1;
  store_doc doc;
  const char *kind = NULL;
  steps s = {0};
  bool json = strcmp(format, "json") == 0;
  static const char *const cols[] = {"step", "date",    "org",
                                     "name", "meeting", "id"};
  if (json)
    s.array = json_array();
  else
    s.table = util_table_new(UTIL_COUNT(cols), cols);
  int rc =
      app_doc_show(cli_app(c), cli_arg(c, 0), &doc, &kind, step_row, &s, e);
  if (rc == 0 && json) {
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s, s:O}", "number",
                          doc.number, "kind", kind, "issuer", doc.issuer,
                          "date", util_date_format(doc.date, d), "title",
                          doc.title, "steps", s.array);
    char *text = json_dumps(o, JSON_INDENT(2));
    printf("%s\n", text);
    free(text);
    json_decref(o);
  } else if (rc == 0) {
    util_buf out = {0};
    util_buf_printf(&out, "%s  %s of %s, %s\n%s\n", doc.number, kind,
                    doc.issuer, util_date_format(doc.date, d), doc.title);
    if (util_table_rows(s.table)) {
      util_buf_puts(&out, "\n");
      util_table_render(s.table, &out);
    } else {
      util_buf_puts(&out, "\nnot yet disseminated anywhere\n");
    }
    cli_print(&out);
    util_buf_free(&out);
  }
  json_decref(s.array);
  if (s.table)
    util_table_free(s.table);
  app_doc_clear(&doc);
  return rc;
}

/* ---- coverage
 * ---------------------------------------------------------------- */

typedef struct coverage {
  long total, done;
  json_t *missing;
  util_table *table;
} coverage;

static int coverage_row(void *ctx, const store_coverage_row *r) {
  coverage *v = ctx;
  v->total++;
  if (r->disseminated) {
    v->done++;
    return 0;
  }
  if (v->missing) {
    json_array_append_new(v->missing,
                          json_pack("{s:s, s:s, s:s}", "org", r->code, "name",
                                    r->name, "kind", r->kind));
  } else {
    const char *row[] = {r->code, r->kind, r->name};
    util_table_add(v->table, row);
  }
  return 0;
}

int cli_doc_coverage(cli_ctx *c, util_err *e) {
  char format[16], d[11];
  app *a = cli_app(c);
  store_doc doc;
  util_day at;
  if (cli_format(c, "text|json", format, e) ||
      cli_date(c, "at", a->today, &at, e))
    return -1;
  bool json = strcmp(format, "json") == 0;
  static const char *const cols[] = {"org", "kind", "name"};
  coverage v = {.missing = json ? json_array() : NULL,
                .table = json ? NULL : util_table_new(3, cols)};
  int rc = app_doc_coverage(a, cli_arg(c, 0), cli_opt_value(c, "under"),
                            cli_opt_value(c, "at"), &doc, coverage_row, &v, e);
  /* The share in tenths of a percent, rounded half up. */
  long tenths = v.total ? (v.done * 2000 + v.total) / (2 * v.total) : 0;
  util_date_format(at, d);
  if (rc == 0 && json) {
    json_t *o =
        json_pack("{s:s, s:s, s:s, s:i, s:i, s:f, s:o}", "number", doc.number,
                  "under", cli_opt_value(c, "under"), "at", d, "organizations",
                  (int)v.total, "disseminated", (int)v.done, "share",
                  (double)tenths / 10, "missing", v.missing);
    v.missing = NULL;
    char *text = json_dumps(o, JSON_INDENT(2) | JSON_REAL_PRECISION(6));
    printf("%s\n", text);
    free(text);
    json_decref(o);
  } else if (rc == 0) {
    util_buf out = {0};
    util_buf_printf(&out,
                    "%s under %s on %s: disseminated by %ld of %ld "
                    "organisations (%ld.%ld%%)\n",
                    doc.number, cli_opt_value(c, "under"), d, v.done, v.total,
                    tenths / 10, tenths % 10);
    if (util_table_rows(v.table)) {
      util_buf_puts(&out, "\nnot yet:\n");
      util_table_render(v.table, &out);
    }
    cli_print(&out);
    util_buf_free(&out);
  }
  json_decref(v.missing);
  if (v.table)
    util_table_free(v.table);
  app_doc_clear(&doc);
  return rc < 0 ? -1 : 0;
}
