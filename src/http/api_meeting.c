/*
 * api_meeting.c — the routes of cell meetings: record, score, show, list,
 * correct and void a meeting, and the active rubric the web form scores
 * with. Each calls the app/ function its command calls (src/cli/meeting.c,
 * void.c) with the same inputs and answers view/meeting.c's JSON, so the
 * API and `meeting show --format json` answer the same bytes.
 *
 * The options a command takes several times (--absent, --opinion, --task,
 * --document, --points) are lists here, JSON arrays of the same values
 * (LIST: http_field.many), so that a task may hold any character.
 */
#include "http/api_meeting.h"
#include "http/api_records.h"
#include "view/meeting.h"

#include <stdlib.h>
#include <string.h>

/* The repeated options of `meeting add` and `meeting correct`. */
enum { L_ABSENT, L_OPINION, L_TASK, L_DOCUMENT, L_POINTS, L__MAX };
static const char *const list_names[L__MAX] = {"absent", "opinion", "task",
                                               "document", "points"};

/* The items of each list field of the body (pointers into r->json; the
 * arrays freed by lists_free); none when not given. */
typedef struct lists {
  const char **items[L__MAX];
  size_t n[L__MAX];
} lists;

static void lists_read(const http_req *r, lists *l) {
  for (size_t k = 0; k < L__MAX; k++)
    l->n[k] = http_field_list(r, list_names[k], &l->items[k]);
}

static void lists_free(lists *l) {
  for (size_t k = 0; k < L__MAX; k++)
    free(l->items[k]);
}

/* A field of the body as the text app reads: a whole number (minutes,
 * result) written into buf, a string as it is; NULL when not given. */
static const char *value(const http_req *r, const char *name, char buf[24]) {
  json_t *v = r->json ? json_object_get(r->json, name) : NULL;
  if (!json_is_integer(v))
    return http_field_text(r, name);
  snprintf(buf, 24, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
  return buf;
}

/* Answers the meeting `id` as `meeting show --format json` prints it. */
static int answer(http_req *r, const char *id, int status, util_err *e) {
  app *a = r->a;
  app_meeting_view v;
  json_t *j = NULL;
  if (app_read_begin(a, e))
    return -1;
  /* The meeting, its lines and the last one's tasks, as one state. */
  int rc = app_meeting_view_get(a, id, &v, e);
  if (rc == 0) {
    rc = view_meeting_json(a, &v, &j, e);
    app_meeting_view_clear(&v);
  }
  app_read_end(a);
  return rc ? -1 : http_json(r, status, j);
}

int http_meeting_show(http_req *r, util_err *e) {
  return answer(r, r->params[0], MHD_HTTP_OK, e);
}

int http_meeting_add(http_req *r, util_err *e) {
  lists l;
  lists_read(r, &l);
  char minutes[24], result[24];
  app_meeting_in in = {.cell = http_field_text(r, "cell"),
                       .date = http_field_text(r, "date"),
                       .kind = http_field_text(r, "kind"),
                       .chair = http_field_text(r, "chair"),
                       .minutes = value(r, "minutes", minutes),
                       .theme = http_field_text(r, "theme"),
                       .result = value(r, "result", result),
                       .present = http_field_text(r, "present"),
                       .absent = l.items[L_ABSENT],
                       .nabsent = l.n[L_ABSENT],
                       .opinions = l.items[L_OPINION],
                       .nopinions = l.n[L_OPINION],
                       .tasks = l.items[L_TASK],
                       .ntasks = l.n[L_TASK],
                       .documents = l.items[L_DOCUMENT],
                       .ndocuments = l.n[L_DOCUMENT],
                       .points = l.items[L_POINTS],
                       .npoints = l.n[L_POINTS]};
  int64_t id;
  int rc = app_meeting_add(r->a, &in, &id, e);
  lists_free(&l);
  if (rc)
    return -1;
  char ref[24];
  snprintf(ref, sizeof ref, "%lld", (long long)id);
  return answer(r, ref, MHD_HTTP_CREATED, e);
}

int http_meeting_score(http_req *r, util_err *e) {
  const char **points;
  size_t n = http_field_list(r, "points", &points);
  int score;
  /* Neither points nor result: scored again as it stands. */
  char result[24];
  int rc = app_meeting_score(r->a, r->params[0], points, n,
                             value(r, "result", result), &score, e);
  free(points);
  return rc ? -1 : answer(r, r->params[0], MHD_HTTP_OK, e);
}

int http_meeting_correct(http_req *r, util_err *e) {
  /* The fields given, each list's items as that option given again and
   * again: what `meeting correct` passes on from its options. */
  static const char *const single[] = {"cell",    "date",  "kind",   "chair",
                                       "minutes", "theme", "result", "present"};
  lists l;
  lists_read(r, &l);
  size_t cap = UTIL_COUNT(single);
  for (size_t k = 0; k < L__MAX; k++)
    cap += l.n[k] ? l.n[k] : 1;
  const char **names = util_xcalloc(cap, sizeof *names);
  const char **values = util_xcalloc(cap, sizeof *values);
  size_t n = 0;
  char nums[UTIL_COUNT(single)][24];
  for (size_t i = 0; i < UTIL_COUNT(single); i++) {
    const char *v = value(r, single[i], nums[i]);
    if (v) {
      names[n] = single[i];
      values[n++] = v;
    }
  }
  for (size_t k = 0; k < L__MAX; k++) {
    for (size_t i = 0; i < l.n[k]; i++) {
      names[n] = list_names[k];
      values[n++] = l.items[k][i];
    }
  }
  int64_t id = 0;
  int rc = app_record_correct(r->a, "meeting", r->params[0], names, values, n,
                              http_field_text(r, "reason"), &id, e);
  free(names);
  free(values);
  lists_free(&l);
  if (rc)
    return -1;
  /* The command line prints the new meeting's id; this answers it whole. */
  char ref[24];
  snprintf(ref, sizeof ref, "%lld", (long long)id);
  return answer(r, ref, MHD_HTTP_OK, e);
}

int http_meeting_void(http_req *r, util_err *e) {
  if (app_record_void(r->a, "meeting", r->params[0],
                      http_field_text(r, "reason"), e))
    return -1;
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:I, s:b}", "record",
                             (json_int_t)strtoll(r->params[0], NULL, 10),
                             "voided", 1));
}

/* A row of `meeting list --format json`, when in the page. */
static int meeting_row(void *ctx, const store_meeting_row *row) {
  http_page *p = ctx;
  if (http_page_wants(p)) {
    view_meeting_row m;
    view_meeting_cells(row, &m);
    json_array_append_new(p->items,
                          view_row_json(VIEW_MEETING_NCOLS, view_meeting_cols,
                                        view_meeting_numeric, m.cells));
  }
  p->total++;
  return 0;
}

int http_meetings(http_req *r, util_err *e) {
  http_page p;
  app_records_in in = http_records_in(r);
  http_page_init(r, &p);
  return http_page_end(r, &p, app_meetings(r->a, &in, meeting_row, &p, e));
}

/* The active rubric, as `rubric show --format json` prints it: what the
 * web form computes each criterion's points and the total with. */
int http_meeting_rubric(http_req *r, util_err *e) {
  char *text = NULL;
  bool active;
  if (app_rubric_get(r->a, NULL, &text, &active, e))
    return -1;
  util_buf_puts(&r->out, text);
  util_buf_puts(&r->out, "\n");
  free(text);
  r->status = MHD_HTTP_OK;
  r->ctype = "application/json";
  return 0;
}

const http_field http_meetings_query[] = {
    PAGE, OPT("under", code), OPT("from", date), OPT("to", date), END};
const http_field http_meeting_add_body[] = {
    REQ("cell", code),         REQ("date", date),
    REQ("kind", meeting_kind), REQ("chair", member),
    REQ("minutes", minutes),   OPT("theme", text),
    OPT("present", text),      LIST("absent", text),
    LIST("opinion", text),     OPT("result", percent),
    LIST("task", text),        LIST("document", text),
    LIST("points", text),      END};
const http_field http_meeting_score_body[] = {LIST("points", text),
                                              OPT("result", percent), END};
const http_field http_meeting_correct_body[] = {
    REQ("reason", text),       OPT("cell", code),      OPT("date", date),
    OPT("kind", meeting_kind), OPT("chair", member),   OPT("minutes", minutes),
    OPT("theme", text),        OPT("result", percent), OPT("present", text),
    LIST("absent", text),      LIST("opinion", text),  LIST("task", text),
    LIST("document", text),    LIST("points", text),   END};
const http_field http_meeting_void_body[] = {REQ("reason", text), END};
