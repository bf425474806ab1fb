/*
 * group_read.c — groupings, their conferences and outstanding models as
 * the front ends list and show them (group.c records them). Each read
 * sees one state of the database (app_read_begin).
 */
#include "app/app_int.h"

#include <stdlib.h>
#include <string.h>

/* The grouping of `code`, inside a read; refuses an unknown one. */
static int grouping_of(app *a, const char *code, store_grouping *g,
                       util_err *e) {
  memset(g, 0, sizeof *g);
  if (!code)
    return util_invalid(e, "group", "group: a grouping code is needed");
  int rc = store_grouping_by_code(a->st, code, g, e);
  if (rc == 1)
    return util_not_found(e, "group: %s: no grouping has this code",
                          util_quote(code).s);
  return rc;
}

/* An organisation a grouping's records point to: one that is not there is
 * a bug. */
static int org_of(app *a, int64_t id, store_org *o, util_err *e) {
  int rc = store_org_by_id(a->st, id, o, e);
  if (rc == 1)
    return util_fail(e, UTIL_INTERNAL, "no organisation has id %lld",
                     (long long)id);
  return rc;
}

/* ---- listings ------------------------------------------------------------ */

int app_groupings(app *a, const char *at,
                  int (*fn)(void *ctx, const store_grouping_row *r), void *ctx,
                  util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  util_day day = a->today;
  if ((at && app_date(a, "at", at, false, &day, e)) || app_read_begin(a, e))
    return -1;
  int rc = store_groupings(a->st, day, fn, ctx, e);
  app_read_end(a);
  return rc ? -1 : 0;
}

int app_conferences(app *a, const char *group, const char *from, const char *to,
                    int (*fn)(void *ctx, const store_conference_row *r),
                    void *ctx, util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  util_day f, t;
  if (app_period(a, from, to, false, UTIL_DAY_MAX, &f, &t, e) ||
      app_read_begin(a, e))
    return -1;
  store_grouping g = {0};
  int rc = group ? grouping_of(a, group, &g, e) : 0;
  if (rc == 0)
    rc = store_conference_rows(a->st, g.id, f, t, fn, ctx, e);
  store_grouping_clear(&g);
  app_read_end(a);
  return rc ? -1 : 0;
}

int app_models(app *a, const char *group, const char *year, char **name,
               int (*fn)(void *ctx, const store_model_row *r), void *ctx,
               util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  util_day from = UTIL_DAY_MIN, to = UTIL_DAY_MAX;
  *name = NULL;
  if (year) {
    char *end;
    long y = strtol(year, &end, 10);
    if (strlen(year) != 4 || *end || y < 1800)
      return util_fail(e, UTIL_REFUSED, "year: %s: a year such as 2025",
                       util_quote(year).s);
    from = util_day_from_civil((int)y, 1, 1);
    to = util_day_from_civil((int)y, 12, 31);
  }
  if (app_read_begin(a, e))
    return -1;
  store_grouping g;
  int rc = grouping_of(a, group, &g, e);
  if (rc == 0)
    rc = store_model_rows(a->st, g.id, from, to, fn, ctx, e);
  if (rc == 0) {
    *name = g.name;
    g.name = NULL;
  }
  store_grouping_clear(&g);
  app_read_end(a);
  return rc ? -1 : 0;
}

/* ---- a grouping on a day ------------------------------------------------- */

/* Who holds the flag on the view's day. */
static int holder(app *a, app_group_view *v, util_err *e) {
  int64_t h;
  if (app_group_flag(a, v->id, v->at, &h, &v->holder_since, e))
    return -1;
  if (!h)
    return 0;
  store_org o;
  if (org_of(a, h, &o, e))
    return -1;
  v->holder = o.code;
  o.code = NULL;
  store_org_clear(&o);
  return 0;
}

/* The members on the view's day, with the names they bore then. */
static int members(app *a, const store_grouping_span *sp, size_t n,
                   app_group_view *v, util_err *e) {
  v->members = util_xcalloc(n ? n : 1, sizeof *v->members);
  for (size_t i = 0; i < n; i++) {
    if (!(sp[i].from <= v->at && v->at < sp[i].to))
      continue;
    store_org o;
    char *name = NULL;
    if (org_of(a, sp[i].org, &o, e))
      return -1;
    if (store_org_name_at(a->st, o.id, v->at, &name, e)) {
      free(name);
      store_org_clear(&o);
      return -1;
    }
    v->members[v->nmembers++] =
        (app_group_member){o.code, name, core_kind_name(o.kind), sp[i].from};
    o.code = NULL;
    store_org_clear(&o);
  }
  return 0;
}

typedef struct change {
  util_day day;
  int64_t org;
  bool joined;
} change;

static int by_day(const void *x, const void *y) {
  const change *a = x, *b = y;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  if (a->joined != b->joined)
    return a->joined ? 1 : -1; /* leaves first on a day */
  return (a->org > b->org) - (a->org < b->org);
}

/* Joins and leaves up to the view's day, oldest first. */
static int changes(app *a, const store_grouping_span *sp, size_t n,
                   app_group_view *v, util_err *e) {
  change *ch = util_xcalloc(2 * n + 1, sizeof *ch);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (sp[i].from <= v->at)
      ch[k++] = (change){sp[i].from, sp[i].org, true};
    if (sp[i].to <= v->at)
      ch[k++] = (change){sp[i].to, sp[i].org, false};
  }
  if (k)
    qsort(ch, k, sizeof *ch, by_day);
  v->changes = util_xcalloc(k ? k : 1, sizeof *v->changes);
  int rc = 0;
  for (size_t i = 0; i < k && rc == 0; i++) {
    store_org o;
    if ((rc = org_of(a, ch[i].org, &o, e)) != 0)
      break;
    v->changes[v->nchanges++] =
        (app_group_change){ch[i].day, o.code, ch[i].joined};
    o.code = NULL;
    store_org_clear(&o);
  }
  free(ch);
  return rc ? -1 : 0;
}

int app_group_view_get(app *a, const char *code, const char *at,
                       app_group_view *v, util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  memset(v, 0, sizeof *v);
  v->at = a->today;
  if ((at && app_date(a, "at", at, false, &v->at, e)) || app_read_begin(a, e))
    return -1;
  store_grouping g;
  store_grouping_span *sp = NULL;
  size_t n = 0;
  int rc = grouping_of(a, code, &g, e);
  if (rc == 0) {
    v->id = g.id;
    v->code = g.code;
    v->name = g.name;
    v->kind = g.kind;
    rc = store_grouping_spans(a->st, g.id, &sp, &n, e) || holder(a, v, e) ||
                 members(a, sp, n, v, e) || changes(a, sp, n, v, e)
             ? -1
             : 0;
  } else
    store_grouping_clear(&g);
  free(sp);
  app_read_end(a);
  if (rc)
    app_group_view_clear(v);
  return rc ? -1 : 0;
}

void app_group_view_clear(app_group_view *v) {
  free(v->code);
  free(v->name);
  free(v->kind);
  free(v->holder);
  for (size_t i = 0; i < v->nmembers; i++) {
    free(v->members[i].code);
    free(v->members[i].name);
  }
  free(v->members);
  for (size_t i = 0; i < v->nchanges; i++)
    free(v->changes[i].org);
  free(v->changes);
  memset(v, 0, sizeof *v);
}

int app_group_conferences(app *a, const app_group_view *v,
                          int (*fn)(void *ctx, const store_conference_row *r),
                          void *ctx, util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  int rc = store_conference_rows(a->st, v->id, UTIL_DAY_MIN, v->at, fn, ctx, e);
  app_read_end(a);
  return rc ? -1 : 0;
}

int app_group_models(app *a, const app_group_view *v,
                     int (*fn)(void *ctx, const store_model_row *r), void *ctx,
                     util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  int rc = store_model_rows(a->st, v->id, UTIL_DAY_MIN, v->at, fn, ctx, e);
  app_read_end(a);
  return rc ? -1 : 0;
}
