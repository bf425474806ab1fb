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
  const util_lang *l = cli_lang(c);
  /* TRANSLATORS: what `meeting score` prints: the score and its grade
   * ("87 fairly-good"), or that criteria are still without points. */
  if (rc == 0 && score >= 0)
    printf(util_tr(l, "%d %s\n"), score,
           view_code_text(l, "grade", app_meeting_grade(score)));
  else if (rc == 0)
    fputs(util_tr(l, "unscored\n"), stdout);
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

/* A date of the record as language l writes it. */
static const char *date_of(const util_lang *l, json_t *o, const char *key,
                           char out[VIEW_CELL_MAX]) {
  return view_cell_text(l, "date", false, str(o, key), out);
}

/* "present  " or "absent   ": the word of the language, padded to 8
 * columns or the width of the longer of the two, and a space. */
static void presence(const util_lang *l, bool present, util_buf *out) {
  /* TRANSLATORS: a member's attendance at a meeting, in `meeting show`. */
  const char *yes = util_trc(l, "attendance", "present"),
             *no = util_trc(l, "attendance", "absent"),
             *word = present ? yes : no;
  size_t wy = util_text_width(yes), wn = util_text_width(no),
         w = util_text_width(word), width = wy > wn ? wy : wn;
  if (width < 8)
    width = 8;
  util_buf_puts(out, word);
  for (; w <= width; w++)
    util_buf_putc(out, ' ');
}

/* The record as text for people, in language l. */
static void meeting_text(const util_lang *l, json_t *o, util_buf *out) {
  json_t *v, *x;
  size_t i;
  char d[VIEW_CELL_MAX], pct[UTIL_LANG_NUM_MAX];
  long long minutes = integer(o, "minutes");
  /* TRANSLATORS: the first line of `meeting show`: its id, the cell's
   * code and name, the date, the kind of meeting, its length. */
  util_buf_printf(out,
                  util_trn(l,
                           "Meeting %lld of %s (%s) on %s: %s, %lld minute\n",
                           "Meeting %lld of %s (%s) on %s: %s, %lld minutes\n",
                           (unsigned long)minutes),
                  integer(o, "id"), str(o, "cell"), str(o, "cell_name"),
                  date_of(l, o, "date", d),
                  view_code_text(l, "kind", str(o, "kind")), minutes);
  if (json_is_string(json_object_get(o, "theme")))
    util_buf_printf(out, util_tr(l, "Theme: %s\n"), str(o, "theme"));
  x = json_object_get(o, "chair");
  util_buf_printf(out, util_tr(l, "Chair: %lld %s\n"), integer(x, "member"),
                  str(x, "name"));
  long long reg = integer(o, "registered"), pres = integer(o, "present");
  long long tenths = reg ? (pres * 2000 + reg) / (2 * reg) : 0;
  util_buf_putc(out, '\n');
  util_buf_printf(
      out,
      util_trn(l, "Attendance: %lld of %lld registered member present (%s%%)\n",
               "Attendance: %lld of %lld registered members present (%s%%)\n",
               (unsigned long)reg),
      pres, reg, util_lang_num(l, tenths, 1, pct));
  json_array_foreach(json_object_get(o, "attendance"), i, v) {
    util_buf_puts(out, "  ");
    presence(l, json_is_true(json_object_get(v, "present")), out);
    util_buf_printf(out, "%lld %s", integer(v, "member"), str(v, "name"));
    if (json_is_true(json_object_get(v, "visitor")))
      util_buf_puts(out, util_tr(l, " (temporary visitor)"));
    if (json_is_string(json_object_get(v, "reason")))
      util_buf_printf(out, ": %s", str(v, "reason"));
    util_buf_puts(out, "\n");
  }
  json_t *ops = json_object_get(o, "opinions");
  long managers = 0;
  json_array_foreach(ops, i, v) managers +=
      json_is_true(json_object_get(v, "manager"));
  long long speakers = integer(o, "speakers");
  util_buf_putc(out, '\n');
  /* TRANSLATORS: the opinions of a meeting: how many, how many of them by
   * members holding management posts, how many members spoke. */
  util_buf_printf(out,
                  util_trn(l,
                           "Opinions: %zu (%ld from members in management "
                           "posts); %lld registered member spoke\n",
                           "Opinions: %zu (%ld from members in management "
                           "posts); %lld registered members spoke\n",
                           (unsigned long)speakers),
                  json_array_size(ops), managers, speakers);
  json_array_foreach(ops, i, v) {
    util_buf_printf(out, "  %zu. %lld %s", i + 1, integer(v, "member"),
                    str(v, "name"));
    if (json_is_true(json_object_get(v, "manager")))
      util_buf_puts(out, util_tr(l, " (manager)"));
    if (json_is_string(json_object_get(v, "text")))
      util_buf_printf(out, ": %s", str(v, "text"));
    util_buf_puts(out, "\n");
  }
  if (json_is_integer(json_object_get(o, "result"))) {
    util_buf_putc(out, '\n');
    util_buf_printf(out,
                    util_tr(l, "Last month's resolution: %lld%% of its "
                               "targets met\n"),
                    integer(o, "result"));
  }
  json_t *docs = json_object_get(o, "documents");
  if (json_array_size(docs)) {
    util_buf_putc(out, '\n');
    util_buf_puts(out, util_tr(l, "Documents disseminated:\n"));
  }
  json_array_foreach(docs, i, v)
      util_buf_printf(out, "  %s  %s\n", str(v, "number"), str(v, "title"));
  json_t *tasks = json_object_get(o, "tasks");
  if (json_array_size(tasks)) {
    util_buf_putc(out, '\n');
    util_buf_puts(out, util_tr(l, "Tasks for next month:\n"));
  }
  json_array_foreach(tasks, i, v)
      util_buf_printf(out, "  %zu. %s\n", i + 1, json_string_value(v));
  x = json_object_get(o, "follow_up");
  if (json_is_object(x)) {
    util_buf_putc(out, '\n');
    util_buf_printf(out,
                    util_tr(l, "To follow up (tasks of the meeting of %s):\n"),
                    date_of(l, x, "date", d));
    json_t *pt = json_object_get(x, "tasks");
    json_array_foreach(pt, i, v)
        util_buf_printf(out, "  %zu. %s\n", i + 1, json_string_value(v));
    if (!json_array_size(pt))
      util_buf_puts(out, util_tr(l, "  (none recorded)\n"));
  }
  util_buf_putc(out, '\n');
  /* TRANSLATORS: the score of a meeting on a rubric, and its grade. */
  if (json_is_integer(json_object_get(o, "score")))
    util_buf_printf(out, util_tr(l, "Score on %s: %lld (%s)\n"),
                    str(o, "rubric"), integer(o, "score"),
                    view_code_text(l, "grade", str(o, "grade")));
  else
    util_buf_printf(out,
                    util_tr(l, "Score on %s: not yet (criteria without "
                               "points below)\n"),
                    str(o, "rubric"));
  /* The points the scorer gave: not the date column "given". */
  static const char *const cols[] = {"criterion", "max", "points", "computed",
                                     "points_given"},
                           *plain[] = {"criterion", "max", "points", "computed",
                                       "given"};
  util_table *t = view_inner_table(l, 5, cols, plain);
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
    meeting_text(cli_lang(c), o, &out);
    cli_print(&out);
    util_buf_free(&out);
  }
  json_decref(o);
  app_read_end(a);
  return rc;
}
