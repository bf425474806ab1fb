/*
 * meeting_read.c — cell meetings as the front ends list and show them
 * (meeting.c records and scores them). Each read sees one state of the
 * database (app_read_begin).
 */
#include "app/app_int.h"

#include <stdlib.h>
#include <string.h>

int app_meetings(app *a, const app_records_in *in,
                 int (*fn)(void *ctx, const store_meeting_row *r), void *ctx,
                 util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  util_day from, to;
  if (app_period(a, in->from, in->to, false, a->today, &from, &to, e) ||
      app_read_begin(a, e))
    return -1;
  int64_t under;
  int rc = app_under_id(a, in->under, &under, e);
  if (rc == 0)
    rc = store_meetings(a->st, under, a->scope, from, to, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

/* What a meeting's record points to (`rc` of a store_*_by_id call): one
 * that is not there is a bug. */
static int pointed(int rc, const char *what, int64_t id, util_err *e) {
  if (rc == 1)
    return util_fail(e, UTIL_INTERNAL, "no %s has id %lld", what,
                     (long long)id);
  return rc;
}

/* The cell, the chair and the rubric of v->m, by name. */
static int names(app *a, app_meeting_view *v, util_err *e) {
  store_org cell = {0};
  store_member chair = {0};
  store_rubric r = {0};
  const store_meeting *m = &v->m;
  int rc = pointed(store_org_by_id(a->st, m->cell, &cell, e), "organisation",
                   m->cell, e) ||
                   pointed(store_member_by_id(a->st, m->chair, &chair, e),
                           "member", m->chair, e) ||
                   pointed(store_rubric_get(a->st, NULL, m->rubric, &r, e),
                           "rubric", m->rubric, e) ||
                   store_org_name_at(a->st, cell.id, m->date, &v->cell_name, e)
               ? -1
               : 0;
  if (rc == 0) {
    v->cell = cell.code;
    cell.code = NULL;
    v->chair_name = chair.name;
    chair.name = NULL;
    v->rubric = r.name;
    r.name = NULL;
  }
  store_rubric_clear(&r);
  store_member_clear(&chair);
  store_org_clear(&cell);
  return rc;
}

int app_meeting_view_get(app *a, const char *id, app_meeting_view *v,
                         util_err *e) {
  memset(v, 0, sizeof *v);
  if (app_act(a, APP_VIEWER, e) || app_read_begin(a, e))
    return -1;
  char *end = NULL;
  bool in = false;
  long long n = id ? strtoll(id, &end, 10) : 0;
  int rc =
      id && *id && !*end && n > 0 ? store_meeting_get(a->st, n, &v->m, e) : 1;
  if (rc == 0 && (rc = app_in_scope(a, v->m.cell, &in, e)) == 0 && !in)
    rc = 1;
  if (rc == 1)
    rc = util_not_found(e, "meeting: %s: no meeting has this id",
                        util_quote(id ? id : "").s);
  if (rc == 0)
    rc = names(a, v, e) || app_meeting_scoring(a, &v->m, &v->scoring, e) ||
                 store_meeting_before(a->st, v->m.cell, v->m.date, v->m.id,
                                      &v->prev, &v->prev_day, e)
             ? -1
             : 0;
  if (rc == 0) {
    v->kind = core_meeting_kind_name(v->m.kind);
    v->grade = app_meeting_grade(v->scoring.total);
  }
  app_read_end(a);
  if (rc)
    app_meeting_view_clear(v);
  return rc ? -1 : 0;
}

void app_meeting_view_clear(app_meeting_view *v) {
  store_meeting_clear(&v->m);
  free(v->cell);
  free(v->cell_name);
  free(v->chair_name);
  free(v->rubric);
  app_scoring_free(&v->scoring);
  memset(v, 0, sizeof *v);
}

/* A line of the attendance kept to be sorted: its copy and its name's
 * key in the order asked for. */
typedef struct kept_line {
  store_meeting_line l;
  char *name, *text;
  util_buf key;
} kept_line;

typedef struct kept {
  app *a;
  enum store_order order;
  kept_line *v;
  size_t n, cap;
  util_err *e;
} kept;

static int keep_line(void *ctx, const store_meeting_line *l) {
  kept *k = ctx;
  if (k->n == k->cap) {
    k->cap = k->cap ? k->cap * 2 : 16;
    k->v = util_xrealloc(k->v, k->cap * sizeof *k->v);
  }
  kept_line *x = &k->v[k->n++];
  *x = (kept_line){.l = *l,
                   .name = l->name ? util_xstrdup(l->name) : NULL,
                   .text = l->text ? util_xstrdup(l->text) : NULL};
  x->l.name = x->name;
  x->l.text = x->text;
  return store_sort_key(k->a->st, x->name ? x->name : "", k->order, &x->key,
                        k->e);
}

/* The store's order of the attendance (present first, then members of
 * the cell before visitors, then names, then ids) with the names in
 * another order. */
static int by_attendance(const void *p, const void *q) {
  const kept_line *x = p, *y = q;
  if (x->l.flag != y->l.flag)
    return x->l.flag ? -1 : 1;
  if (x->l.visitor != y->l.visitor)
    return x->l.visitor ? 1 : -1;
  size_t n = x->key.len < y->key.len ? x->key.len : y->key.len;
  int c = n ? memcmp(x->key.data, y->key.data, n) : 0;
  if (c || x->key.len != y->key.len)
    return c ? c : x->key.len < y->key.len ? -1 : 1;
  return (x->l.member > y->l.member) - (x->l.member < y->l.member);
}

/* The attendance of meeting `id` with the names in `order` (the store
 * sorts it in roster order only). */
static int lines_in_order(app *a, int64_t id, enum store_order order,
                          int (*fn)(void *ctx, const store_meeting_line *l),
                          void *ctx, util_err *e) {
  kept k = {.a = a, .order = order, .e = e};
  int rc = store_meeting_lines(a->st, id, STORE_ATTENDANCE, keep_line, &k, e);
  if (rc == 0 && k.n)
    qsort(k.v, k.n, sizeof *k.v, by_attendance);
  for (size_t i = 0; rc == 0 && i < k.n; i++)
    rc = fn(ctx, &k.v[i].l);
  for (size_t i = 0; i < k.n; i++) {
    free(k.v[i].name);
    free(k.v[i].text);
    util_buf_free(&k.v[i].key);
  }
  free(k.v);
  return rc;
}

int app_meeting_lines(app *a, const app_meeting_view *v, bool previous,
                      enum store_meeting_part part,
                      int (*fn)(void *ctx, const store_meeting_line *l),
                      void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e) || app_read_begin(a, e))
    return -1;
  /* The view is the caller's struct: the meeting is read again and judged
   * by its cell, and the one before it found again, not taken on trust. */
  store_meeting m = {0};
  int64_t prev = 0;
  util_day prev_day;
  bool in = false;
  int rc = store_meeting_get(a->st, v->m.id, &m, e);
  if (rc == 0 && (rc = app_in_scope(a, m.cell, &in, e)) == 0 && !in)
    rc = 1;
  if (rc == 1)
    rc = util_not_found(e, "meeting: %lld: no meeting has this id",
                        (long long)v->m.id);
  if (rc == 0 && previous)
    rc = store_meeting_before(a->st, m.cell, m.date, m.id, &prev, &prev_day, e);
  if (rc == 0 && (!previous || prev)) {
    int64_t id = previous ? prev : m.id;
    rc = part == STORE_ATTENDANCE && v->order != STORE_ORDER_GIVEN
             ? lines_in_order(a, id, v->order, fn, ctx, e)
             : store_meeting_lines(a->st, id, part, fn, ctx, e);
  }
  store_meeting_clear(&m);
  app_read_end(a);
  return rc ? -1 : 0;
}

const char *app_meeting_grade(int score) {
  return score >= 0 ? core_meeting_grade_name(core_meeting_grade_of(score))
                    : NULL;
}
