/*
 * lists.c — questions about the past that need the members' histories
 * replayed rather than a table read.
 */
#include "app/app_int.h"

#include <stdlib.h>
#include <string.h>

typedef struct former {
  app *a;
  int64_t under;
  util_day day;
  enum core_status status;
  store_member_fn fn;
  void *ctx;
  util_err *e;
} former;

static int former_row(void *ctx, const store_member_row *r) {
  former *f = ctx;
  core_event *evs;
  size_t n;
  core_timeline t;
  if (store_events_of(f->a->st, r->id, &evs, &n, f->e))
    return -1;
  int rc = core_replay(evs, n, &t, f->e);
  free(evs);
  if (rc)
    return -1;
  /* Out on the day: no stretch runs across it, and one ended before. */
  const core_segment *last = NULL;
  bool in = false;
  for (size_t i = 0; i < t.nseg; i++) {
    if (t.seg[i].from <= f->day && f->day < t.seg[i].to)
      in = true;
    else if (t.seg[i].to <= f->day)
      last = &t.seg[i];
  }
  bool out = !in && last && core_leaving(last->end) == f->status &&
             (last->end & (CORE_C_REMOVED | CORE_C_RESIGNED | CORE_C_DECEASED |
                           CORE_C_EXPELLED));
  bool below = true;
  if (out && f->under)
    rc = app_below(f->a, last->cell, f->under, last->to - 1, last->to, &below,
                   f->e);
  core_timeline_free(&t);
  if (rc || !out || !below)
    return rc;
  store_member_row row = *r;
  row.status = core_status_name(f->status);
  return f->fn(f->ctx, &row);
}

int app_members_former(app *a, int64_t under, util_day day,
                       enum core_status status, store_member_fn fn, void *ctx,
                       util_err *e) {
  former f = {a, under, day, status, fn, ctx, e};
  return store_members_ever_out(a->st, former_row, &f, e);
}

typedef struct overdue {
  app *a;
  util_day day;
  app_overdue_fn fn;
  void *ctx;
  util_err *e;
} overdue;

static int overdue_row(void *ctx, const store_member_row *r) {
  overdue *o = ctx;
  if (strcmp(r->status, "probationary") != 0)
    return 0;
  core_event *evs;
  size_t n;
  core_timeline t;
  if (store_events_of(o->a->st, r->id, &evs, &n, o->e))
    return -1;
  int rc = core_replay(evs, n, &t, o->e);
  free(evs);
  if (rc)
    return -1;
  /* The probation running on the day, from its admission or readmission:
   * a recognition decided later but taking effect by then has made the
   * member official already. */
  util_day started = 0, ended = UTIL_DAY_MAX;
  for (size_t i = 0; i < t.nseg; i++)
    if (t.seg[i].from <= o->day && o->day < t.seg[i].to &&
        t.seg[i].status == CORE_PROBATIONARY) {
      started = core_probation_start(&t, i);
      ended = core_official_date(started);
    }
  core_timeline_free(&t);
  return ended <= o->day ? o->fn(o->ctx, r, started, ended) : 0;
}

int app_members_overdue(app *a, const char *prefix, util_day day,
                        app_overdue_fn fn, void *ctx, util_err *e) {
  overdue o = {a, day, fn, ctx, e};
  return store_members_at(a->st, prefix, day, false, overdue_row, &o, e);
}
