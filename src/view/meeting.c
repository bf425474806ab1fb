/*
 * meeting.c — a cell meeting as JSON, and the rows of a listing of
 * meetings, for `meeting show|list` and the API alike.
 */
#include "view/meeting.h"

#include <stdio.h>

typedef struct show_ctx {
  json_t *list;
  enum store_meeting_part part;
} show_ctx;

static int line_json(void *ctx, const store_meeting_line *l) {
  show_ctx *s = ctx;
  json_t *o;
  switch (s->part) {
  case STORE_ATTENDANCE:
    o = json_pack("{s:I, s:s, s:b, s:b}", "member", (json_int_t)l->member,
                  "name", l->name, "present", l->flag, "visitor", l->visitor);
    json_object_set_new(o, "reason",
                        l->text ? json_string(l->text) : json_null());
    break;
  case STORE_OPINIONS:
    o = json_pack("{s:I, s:s, s:b}", "member", (json_int_t)l->member, "name",
                  l->name, "manager", l->flag);
    json_object_set_new(o, "text",
                        l->text ? json_string(l->text) : json_null());
    break;
  case STORE_DOCUMENTS:
    o = json_pack("{s:s, s:s}", "number", l->text, "title", l->name);
    break;
  default: /* STORE_TASKS */
    o = json_string(l->text);
    break;
  }
  json_array_append_new(s->list, o);
  return 0;
}

static json_t *lines(app *a, const app_meeting_view *v, bool previous,
                     enum store_meeting_part part, util_err *e) {
  show_ctx s = {json_array(), part};
  if (app_meeting_lines(a, v, previous, part, line_json, &s, e)) {
    json_decref(s.list);
    return NULL;
  }
  return s.list;
}

static json_t *points_or_null(int v) {
  return v == CORE_NO_POINTS ? json_null() : json_integer(v);
}

int view_meeting_json(app *a, const app_meeting_view *v, json_t **out,
                      util_err *e) {
  const store_meeting *m = &v->m;
  const app_scoring *s = &v->scoring;
  char d[11], pd[11];
  json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:s, s:i}", "id",
                        (json_int_t)m->id, "cell", v->cell, "cell_name",
                        v->cell_name, "date", util_date_format(m->date, d),
                        "kind", v->kind, "minutes", m->minutes);
  json_object_set_new(o, "theme",
                      m->theme ? json_string(m->theme) : json_null());
  json_object_set_new(o, "chair",
                      json_pack("{s:I, s:s}", "member", (json_int_t)m->chair,
                                "name", v->chair_name));
  json_object_set_new(o, "registered", json_integer(m->registered));
  json_object_set_new(o, "present", json_integer(m->present));
  json_object_set_new(o, "speakers", json_integer(m->speakers));
  const char *keys[] = {"attendance", "opinions", "tasks", "documents"};
  const enum store_meeting_part which[] = {STORE_ATTENDANCE, STORE_OPINIONS,
                                           STORE_TASKS, STORE_DOCUMENTS};
  for (size_t i = 0; i < 4; i++) {
    json_t *part = lines(a, v, false, which[i], e);
    if (!part)
      goto fail;
    json_object_set_new(o, keys[i], part);
  }
  json_object_set_new(o, "result",
                      m->result >= 0 ? json_integer(m->result) : json_null());
  /* Last meeting's tasks, to follow up. */
  json_t *follow = json_null();
  if (v->prev) {
    json_t *tasks = lines(a, v, true, STORE_TASKS, e);
    if (!tasks)
      goto fail;
    follow =
        json_pack("{s:I, s:s, s:o}", "meeting", (json_int_t)v->prev, "date",
                  util_date_format(v->prev_day, pd), "tasks", tasks);
  }
  json_object_set_new(o, "follow_up", follow);
  json_object_set_new(o, "rubric", json_string(v->rubric));
  json_t *crit = json_array();
  for (size_t i = 0; i < s->rubric.n; i++) {
    const core_criterion *c = &s->rubric.c[i];
    json_t *x = json_pack("{s:s, s:s, s:i}", "id", c->id, "title", c->title,
                          "max", c->max);
    json_object_set_new(x, "points", points_or_null(s->points[i]));
    json_object_set_new(x, "computed",
                        c->fact ? points_or_null(s->computed[i]) : json_null());
    json_object_set_new(x, "given",
                        c->given ? points_or_null(s->given[i]) : json_null());
    json_array_append_new(crit, x);
  }
  json_object_set_new(o, "criteria", crit);
  json_object_set_new(o, "score", points_or_null(s->total));
  json_object_set_new(o, "grade",
                      v->grade ? json_string(v->grade) : json_null());
  *out = o;
  return 0;
fail:
  json_decref(o);
  return -1;
}

const char *const view_meeting_cols[VIEW_MEETING_NCOLS] = {
    "id",      "date",     "cell",   "kind",  "minutes", "registered",
    "present", "opinions", "result", "score", "grade"};
const bool view_meeting_numeric[VIEW_MEETING_NCOLS] = {
    true, false, false, false, true, true, true, true, true, true, false};

/* A count as text, or "" for none (below 0). */
static const char *num(char out[24], int v) {
  if (v < 0)
    out[0] = 0;
  else
    snprintf(out, 24, "%d", v);
  return out;
}

void view_meeting_cells(const store_meeting_row *r, view_meeting_row *row) {
  snprintf(row->num[0], sizeof row->num[0], "%lld", (long long)r->id);
  const char *cells[VIEW_MEETING_NCOLS] = {row->num[0],
                                           r->date,
                                           r->cell_code,
                                           r->kind,
                                           num(row->num[1], r->minutes),
                                           num(row->num[2], r->registered),
                                           num(row->num[3], r->present),
                                           num(row->num[4], r->opinions),
                                           num(row->num[5], r->result),
                                           num(row->num[6], r->score),
                                           r->grade};
  for (size_t i = 0; i < VIEW_MEETING_NCOLS; i++)
    row->cells[i] = cells[i];
}
