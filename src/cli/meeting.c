/*
 * meeting.c — `cadre meeting ...`: cell meetings, their attendance,
 * opinions, tasks, documents and quality score (docs/rubric.md).
 */
#include "cli/cli_int.h"
#include "view/meeting.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

int cli_meeting_add(cli_ctx *c, util_err *e) {
  app_meeting_in in = {.cell = cli_opt_value(c, "cell"),
                       .date = cli_opt_value(c, "date"),
                       .kind = cli_opt_value(c, "kind"),
                       .chair = cli_opt_value(c, "chair"),
                       .minutes = cli_opt_value(c, "minutes"),
                       .theme = cli_opt_value(c, "theme"),
                       .result = cli_opt_value(c, "result"),
                       .present = cli_opt_value(c, "present")};
  const char **lists[5];
  size_t *counts[] = {&in.nabsent, &in.nopinions, &in.ntasks, &in.ndocuments,
                      &in.npoints};
  static const char *const names[] = {"absent", "opinion", "task", "document",
                                      "points"};
  for (size_t i = 0; i < 5; i++)
    lists[i] = cli_opt_values(c, names[i], counts[i]);
  in.absent = lists[0];
  in.opinions = lists[1];
  in.tasks = lists[2];
  in.documents = lists[3];
  in.points = lists[4];
  int64_t id;
  int rc = app_meeting_add(cli_app(c), &in, &id, e);
  if (rc == 0)
    printf("%lld\n", (long long)id);
  for (size_t i = 0; i < 5; i++)
    free(lists[i]);
  return rc;
}

int cli_meeting_score(cli_ctx *c, util_err *e) {
  size_t n;
  const char **points = cli_opt_values(c, "points", &n);
  const char *result = cli_opt_value(c, "result");
  int score, rc;
  if (!n && !result)
    rc = util_fail(e, UTIL_USAGE,
                   "meeting score: give --points CRITERION=N or --result PCT");
  else
    rc = app_meeting_score(cli_app(c), cli_arg(c, 0), points, n, result, &score,
                           e);
  if (rc == 0 && score >= 0)
    printf("%d %s\n", score, app_meeting_grade(score));
  else if (rc == 0)
    printf("unscored\n");
  free(points);
  return rc;
}

int cli_meeting_import(cli_ctx *c, util_err *e) {
  long n;
  if (cli_import(c, app_import_meetings, &n, e))
    return -1;
  cli_imported(c,
               util_trn(e->lang, "imported %ld meeting from %s",
                        "imported %ld meetings from %s", (unsigned long)n),
               n);
  return 0;
}

/* ---- list
 * ------------------------------------------------------------------- */

static int list_row(void *ctx, const store_meeting_row *r) {
  view_meeting_row row;
  view_meeting_cells(r, &row);
  cli_list_row(ctx, row.cells);
  return 0;
}

int cli_meeting_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_records_in in = {.under = cli_opt_value(c, "under"),
                       .from = cli_opt_value(c, "from"),
                       .to = cli_opt_value(c, "to")};
  cli_list *l = cli_list_new(c, format, VIEW_MEETING_NCOLS, view_meeting_cols,
                             view_meeting_numeric);
  return cli_list_done(l, app_meetings(cli_app(c), &in, list_row, l, e));
}

/* ---- show
 * ------------------------------------------------------------------- */

static const char *str(json_t *o, const char *key) {
  const char *s = json_string_value(json_object_get(o, key));
  return s ? s : "";
}

static long long integer(json_t *o, const char *key) {
  return json_integer_value(json_object_get(o, key));
}

/* The record as text for people. */
static void meeting_text(json_t *o, util_buf *out) {
  json_t *v, *x;
  size_t i;
  long long minutes = integer(o, "minutes");
  util_buf_printf(out, "Meeting %lld of %s (%s) on %s: %s, %lld %s\n",
                  integer(o, "id"), str(o, "cell"), str(o, "cell_name"),
                  str(o, "date"), str(o, "kind"), minutes,
                  util_plural(minutes, "minute", "minutes"));
  if (json_is_string(json_object_get(o, "theme")))
    util_buf_printf(out, "Theme: %s\n", str(o, "theme"));
  x = json_object_get(o, "chair");
  util_buf_printf(out, "Chair: %lld %s\n", integer(x, "member"),
                  str(x, "name"));
  long long reg = integer(o, "registered"), pres = integer(o, "present");
  long long tenths = reg ? (pres * 2000 + reg) / (2 * reg) : 0;
  util_buf_printf(out, "\nAttendance: %lld of %lld %s present (%lld.%lld%%)\n",
                  pres, reg,
                  util_plural(reg, "registered member", "registered members"),
                  tenths / 10, tenths % 10);
  json_array_foreach(json_object_get(o, "attendance"), i, v) {
    bool present = json_is_true(json_object_get(v, "present"));
    util_buf_printf(out, "  %-8s %lld %s%s", present ? "present" : "absent",
                    integer(v, "member"), str(v, "name"),
                    json_is_true(json_object_get(v, "visitor"))
                        ? " (temporary visitor)"
                        : "");
    if (json_is_string(json_object_get(v, "reason")))
      util_buf_printf(out, ": %s", str(v, "reason"));
    util_buf_puts(out, "\n");
  }
  json_t *ops = json_object_get(o, "opinions");
  long managers = 0;
  json_array_foreach(ops, i, v) managers +=
      json_is_true(json_object_get(v, "manager"));
  util_buf_printf(out,
                  "\nOpinions: %zu (%ld from members in management posts); "
                  "%lld %s spoke\n",
                  json_array_size(ops), managers, integer(o, "speakers"),
                  util_plural(integer(o, "speakers"), "registered member",
                              "registered members"));
  json_array_foreach(ops, i, v) {
    util_buf_printf(
        out, "  %zu. %lld %s%s", i + 1, integer(v, "member"), str(v, "name"),
        json_is_true(json_object_get(v, "manager")) ? " (manager)" : "");
    if (json_is_string(json_object_get(v, "text")))
      util_buf_printf(out, ": %s", str(v, "text"));
    util_buf_puts(out, "\n");
  }
  if (json_is_integer(json_object_get(o, "result")))
    util_buf_printf(out,
                    "\nLast month's resolution: %lld%% of its targets met\n",
                    integer(o, "result"));
  json_t *docs = json_object_get(o, "documents");
  if (json_array_size(docs))
    util_buf_puts(out, "\nDocuments disseminated:\n");
  json_array_foreach(docs, i, v)
      util_buf_printf(out, "  %s  %s\n", str(v, "number"), str(v, "title"));
  json_t *tasks = json_object_get(o, "tasks");
  if (json_array_size(tasks))
    util_buf_puts(out, "\nTasks for next month:\n");
  json_array_foreach(tasks, i, v)
      util_buf_printf(out, "  %zu. %s\n", i + 1, json_string_value(v));
  x = json_object_get(o, "follow_up");
  if (json_is_object(x)) {
    util_buf_printf(out, "\nTo follow up (tasks of the meeting of %s):\n",
                    str(x, "date"));
    json_t *pt = json_object_get(x, "tasks");
    json_array_foreach(pt, i, v)
        util_buf_printf(out, "  %zu. %s\n", i + 1, json_string_value(v));
    if (!json_array_size(pt))
      util_buf_puts(out, "  (none recorded)\n");
  }
  if (json_is_integer(json_object_get(o, "score")))
    util_buf_printf(out, "\nScore on %s: %lld (%s)\n", str(o, "rubric"),
                    integer(o, "score"), str(o, "grade"));
  else
    util_buf_printf(out,
                    "\nScore on %s: not yet (criteria without points "
                    "below)\n",
                    str(o, "rubric"));
  static const char *const cols[] = {"criterion", "max", "points", "computed",
                                     "given"};
  util_table *t = util_table_new(5, cols);
  for (size_t k = 1; k < 5; k++)
    util_table_numeric(t, k);
  json_array_foreach(json_object_get(o, "criteria"), i, v) {
    char cells[4][16];
    const char *keys[] = {"max", "points", "computed", "given"};
    for (size_t k = 0; k < 4; k++) {
      json_t *n = json_object_get(v, keys[k]);
      if (json_is_integer(n))
        snprintf(cells[k], 16, "%lld", (long long)json_integer_value(n));
      else
        snprintf(cells[k], 16, "%s", k == 1 ? "-" : "");
    }
    const char *row[] = {str(v, "id"), cells[0], cells[1], cells[2], cells[3]};
    util_table_add(t, row);
  }
  util_table_render(t, out);
  util_table_free(t);
}

int cli_meeting_show(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  if (cli_format(c, "text|json", format, e) || app_read_begin(a, e))
    return -1;
  /* The meeting, its lines and the last one's tasks, as one state. */
  app_meeting_view v;
  json_t *o = NULL;
  int rc = app_meeting_view_get(a, cli_arg(c, 0), &v, e);
  if (rc == 0) {
    rc = app_sort(cli_opt_value(c, "sort"), &v.order, e);
    if (rc == 0)
      rc = view_meeting_json(a, &v, &o, e);
    app_meeting_view_clear(&v);
  }
  if (rc == 0 && strcmp(format, "json") == 0) {
    char *text = json_dumps(o, JSON_INDENT(2));
    printf("%s\n", text);
    free(text);
  } else if (rc == 0) {
    util_buf out = {0};
    meeting_text(o, &out);
    cli_print(&out);
    util_buf_free(&out);
  }
  json_decref(o);
  app_read_end(a);
  return rc;
}
