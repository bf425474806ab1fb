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

static enum core_status left_as(unsigned cause) {
  if (cause & CORE_C_EXPELLED)
    return CORE_EXPELLED;
  if (cause & CORE_C_DECEASED)
    return CORE_DECEASED;
  if (cause & CORE_C_RESIGNED)
    return CORE_RESIGNED;
  return CORE_REMOVED;
}

/* Whether `org` was above (or was) `cell` on `day`. */
static int was_below(app *a, int64_t cell, int64_t org, util_day day,
                     bool *below, util_err *e) {
  store_path *p;
  size_t n;
  if (store_paths_of(a->st, cell, &p, &n, e))
    return -1;
  char *needle = util_xasprintf("/%lld/", (long long)org);
  *below = false;
  for (size_t i = 0; i < n; i++)
    if (p[i].from <= day && day < p[i].to) {
      char *path = util_xasprintf("/%s", p[i].path);
      *below = strstr(path, needle) != NULL;
      free(path);
    }
  free(needle);
  store_paths_free(p, n);
  return 0;
}

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
  bool out = !in && last && left_as(last->end) == f->status &&
             (last->end & (CORE_C_REMOVED | CORE_C_RESIGNED | CORE_C_DECEASED |
                           CORE_C_EXPELLED));
  bool below = true;
  if (out && f->under)
    rc = was_below(f->a, last->cell, f->under, last->to - 1, &below, f->e);
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
