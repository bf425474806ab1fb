/*
 * ledger.c — keeps the tallies in step with the events.
 *
 * Contributions are grouped in memory by (organisation, day); flushing
 * adds each group to the stored day and year rows. Paths and kinds of
 * organisations are read once per ledger and kept until forgotten.
 */
#include "report/report.h"
#include "util/map.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* An organisation as the ledger needs it. */
typedef struct org_info {
  enum core_kind kind;
  bool loaded_paths;
  core_path *paths;
  size_t npaths;
  int64_t *ids; /* storage for every path's ids */
} org_info;

struct report_ledger {
  store *st;
  util_day since; /* contributions before it are dropped */
  util_map orgs;  /* org id -> index in info */
  org_info *info;
  size_t ninfo, capinfo;
  util_map groups; /* (org, day) -> index in group */
  struct group {
    int64_t org;
    util_day day;
    core_tally t;
    /* Counts not yet added to t: appending is cheap, and adding many at
     * once in key order is cheaper than one by one. */
    struct pending {
      uint32_t key;
      int64_t n;
    } * pend;
    size_t npend;
  } * group;
  size_t ngroup, capgroup;
  size_t last;  /* the group of the previous emit, or SIZE_MAX */
  int sign;     /* of the contributions being added: +1 or -1 */
  util_err err; /* the first failure while reading paths in a callback */
  bool failed;
};

report_ledger *report_ledger_new(store *st) {
  report_ledger *l = util_xcalloc(1, sizeof *l);
  l->st = st;
  l->since = INT32_MIN;
  l->last = SIZE_MAX;
  return l;
}

static void free_paths(org_info *o) {
  free(o->paths);
  free(o->ids);
  o->paths = NULL;
  o->ids = NULL;
  o->npaths = 0;
  o->loaded_paths = false;
}

void report_ledger_forget_paths(report_ledger *l) {
  for (size_t i = 0; i < l->ninfo; i++)
    free_paths(&l->info[i]);
}

void report_ledger_free(report_ledger *l) {
  if (!l)
    return;
  report_ledger_forget_paths(l);
  free(l->info);
  util_map_free(&l->orgs);
  for (size_t i = 0; i < l->ngroup; i++) {
    core_tally_free(&l->group[i].t);
    free(l->group[i].pend);
  }
  free(l->group);
  util_map_free(&l->groups);
  free(l);
}

void report_ledger_since(report_ledger *l, util_day day) {
  l->since = day;
}

static org_info *info_of(report_ledger *l, int64_t org, util_err *e) {
  bool created;
  size_t *slot = util_map_put(&l->orgs, (uint64_t)org, &created);
  if (!created)
    return &l->info[*slot];
  store_org o = {0}; /* cleared below even when not found */
  int rc = store_org_by_id(l->st, org, &o, e);
  if (rc) {
    if (rc == 1)
      util_fail(e, UTIL_INTERNAL,
                "organisation %lld is on a path but not "
                "in the register",
                (long long)org);
    /* Leave a harmless entry so that the map stays consistent. */
    o.kind = CORE_CELL;
  }
  slot = util_map_get(&l->orgs, (uint64_t)org);
  if (l->ninfo == l->capinfo) {
    l->capinfo = l->capinfo ? 2 * l->capinfo : 64;
    l->info = util_xrealloc(l->info, l->capinfo * sizeof *l->info);
  }
  *slot = l->ninfo;
  org_info *i = &l->info[l->ninfo++];
  memset(i, 0, sizeof *i);
  i->kind = o.kind;
  store_org_clear(&o);
  return rc ? NULL : i;
}

/* Turns "1/5/23/" into ids; returns the count. */
static size_t parse_path(const char *s, int64_t *ids, size_t max) {
  size_t n = 0;
  while (*s && n < max) {
    char *end;
    ids[n++] = strtoll(s, &end, 10);
    s = *end == '/' ? end + 1 : end;
    if (end == s && *end != '/')
      break;
  }
  return n;
}

#define MAX_DEPTH 16

size_t report_ledger_paths(report_ledger *l, int64_t org,
                           const core_path **paths, util_err *e) {
  org_info *i = info_of(l, org, e);
  if (!i)
    return (size_t)-1;
  if (!i->loaded_paths) {
    store_path *sp;
    size_t n;
    if (store_paths_of(l->st, org, &sp, &n, e))
      return (size_t)-1;
    i->paths = util_xcalloc(n ? n : 1, sizeof *i->paths);
    i->ids = util_xcalloc(n ? n * MAX_DEPTH : 1, sizeof *i->ids);
    for (size_t k = 0; k < n; k++) {
      int64_t *ids = &i->ids[k * MAX_DEPTH];
      i->paths[k] =
          (core_path){.from = sp[k].from,
                      .to = sp[k].to,
                      .parent = sp[k].parent,
                      .ids = ids,
                      .depth = parse_path(sp[k].path, ids, MAX_DEPTH)};
    }
    i->npaths = n;
    i->loaded_paths = true;
    store_paths_free(sp, n);
  }
  *paths = i->paths;
  return i->npaths;
}

/* ---- the core sink
 * ------------------------------------------------------------ */

static size_t sink_paths(void *ctx, int64_t org, const core_path **paths) {
  report_ledger *l = ctx;
  size_t n = report_ledger_paths(l, org, paths, l->failed ? NULL : &l->err);
  if (n == (size_t)-1) {
    l->failed = true;
    *paths = NULL;
    return 0;
  }
  return n;
}

static bool sink_want(void *ctx, int64_t org) {
  report_ledger *l = ctx;
  org_info *i = info_of(l, org, l->failed ? NULL : &l->err);
  if (!i) {
    l->failed = true;
    return false;
  }
  return core_kind_has_tally(i->kind);
}

#define PENDING 16

static int by_key(const void *a, const void *b) {
  uint32_t x = ((const struct pending *)a)->key;
  uint32_t y = ((const struct pending *)b)->key;
  return (x > y) - (x < y);
}

/* Adds a group's pending counts to its tally. */
static void settle(struct group *g) {
  if (!g->npend)
    return;
  qsort(g->pend, g->npend, sizeof *g->pend, by_key);
  core_tally batch = {0};
  for (size_t i = 0; i < g->npend; i++)
    core_tally_add(&batch, g->pend[i].key, g->pend[i].n);
  core_tally_merge(&g->t, &batch, 1);
  core_tally_free(&batch);
  g->npend = 0;
}

static void settle_all(report_ledger *l) {
  for (size_t i = 0; i < l->ngroup; i++)
    settle(&l->group[i]);
}

static void sink_emit(void *ctx, int64_t org, util_day day, uint32_t key,
                      int64_t n) {
  report_ledger *l = ctx;
  if (day < l->since)
    return;
  struct group *g = l->last < l->ngroup ? &l->group[l->last] : NULL;
  if (!g || g->org != org || g->day != day) {
    uint64_t k = ((uint64_t)org << 32) | (uint32_t)day;
    bool created;
    size_t *slot = util_map_put(&l->groups, k, &created);
    if (created) {
      if (l->ngroup == l->capgroup) {
        l->capgroup = l->capgroup ? 2 * l->capgroup : 64;
        l->group = util_xrealloc(l->group, l->capgroup * sizeof *l->group);
      }
      *slot = l->ngroup;
      l->group[l->ngroup++] = (struct group){.org = org, .day = day};
    }
    l->last = *slot;
    g = &l->group[l->last];
  }
  if (!g->pend)
    g->pend = util_xmalloc(PENDING * sizeof *g->pend);
  g->pend[g->npend++] = (struct pending){key, l->sign * n};
  if (g->npend == PENDING)
    settle(g);
}

static core_sink sink_of(report_ledger *l) {
  return (core_sink){
      .emit = sink_emit, .paths = sink_paths, .want = sink_want, .ctx = l};
}

/* A failure in a callback is written into l->err in the language of the
 * error it will be handed to (took): set before the sink runs. */
static void speak(report_ledger *l, const util_err *e) {
  if (e)
    l->err.lang = e->lang;
}

static int took(report_ledger *l, util_err *e) {
  if (!l->failed)
    return 0;
  l->failed = false;
  if (e)
    *e = l->err;
  return -1;
}

void report_ledger_timeline(report_ledger *l, const core_profile *p, size_t np,
                            const core_timeline *t, int sign) {
  core_sink s = sink_of(l);
  l->sign = sign;
  core_contribute_member(p, np, t, &s);
}

int report_ledger_member(report_ledger *l, int64_t member, int sign,
                         util_err *e) {
  store_member m;
  core_event *evs = NULL;
  size_t n = 0;
  core_timeline t = {0};
  core_profile *p = NULL;
  size_t np = 0;
  int rc = -1;
  int found = store_member_by_id(l->st, member, &m, e);
  if (found)
    return found == 1 ? util_fail(e, UTIL_INTERNAL, "no member %lld",
                                  (long long)member)
                      : -1;
  if (store_member_profile(l->st, &m, &p, &np, e) ||
      store_events_of(l->st, member, &evs, &n, e) || core_replay(evs, n, &t, e))
    goto done;
  speak(l, e);
  report_ledger_timeline(l, p, np, &t, sign);
  rc = took(l, e);
done:
  core_timeline_free(&t);
  free(evs);
  free(p);
  store_member_clear(&m);
  return rc;
}

int report_ledger_org(report_ledger *l, int64_t org, int sign, util_err *e) {
  store_org o;
  int found = store_org_by_id(l->st, org, &o, e);
  if (found)
    return found == 1 ? util_fail(e, UTIL_INTERNAL, "no organisation %lld",
                                  (long long)org)
                      : -1;
  core_sink s = sink_of(l);
  speak(l, e);
  l->sign = sign;
  core_contribute_org(org, o.kind, o.founded_known, o.recorded_on, o.ended,
                      o.ended_how, &s);
  store_org_clear(&o);
  return took(l, e);
}

size_t report_ledger_groups(const report_ledger *l) {
  return l->ngroup;
}

int report_ledger_point(report_ledger *l, int64_t org, util_day day,
                        const core_tally *t, int sign, util_err *e) {
  core_sink s = sink_of(l);
  speak(l, e);
  l->sign = sign;
  core_contribute_point(org, day, t, &s);
  return took(l, e);
}

typedef struct point_ctx {
  report_ledger *l;
  int64_t org;
  int sign;
  util_err *e;
} point_ctx;

static int point_row(void *ctx, util_day day, const void *blob, size_t len) {
  point_ctx *p = ctx;
  core_tally t = {0};
  int rc = core_tally_decode_add(&t, blob, len, 1)
               ? util_fail(p->e, UTIL_SYSTEM,
                           "a point in the database is damaged; run `cadre "
                           "check`")
               : report_ledger_point(p->l, p->org, day, &t, p->sign, p->e);
  core_tally_free(&t);
  return rc;
}

int report_ledger_points(report_ledger *l, int64_t org, int sign, util_err *e) {
  point_ctx p = {l, org, sign, e};
  return store_points_of(l->st, org, l->since, point_row, &p, e) ? -1 : 0;
}

static int by_org_day(const void *a, const void *b) {
  const struct group *x = a, *y = b;
  if (x->org != y->org)
    return x->org < y->org ? -1 : 1;
  return (x->day > y->day) - (x->day < y->day);
}

int report_ledger_flush(report_ledger *l, util_err *e) {
  settle_all(l);
  /* In key order, so that the B-trees are written in order, and so that
   * the days of one year of one organisation come together. */
  if (l->ngroup) /* qsort wants a pointer even for nothing */
    qsort(l->group, l->ngroup, sizeof *l->group, by_org_day);
  core_tally year = {0};
  int rc = 0;
  for (size_t i = 0; i < l->ngroup && rc == 0; i++) {
    struct group *g = &l->group[i];
    if (g->t.len)
      rc = store_tally_add_day(l->st, g->org, g->day, &g->t, e);
    core_tally_merge(&year, &g->t, 1);
    struct group *next = i + 1 < l->ngroup ? &l->group[i + 1] : NULL;
    int y = util_day_year(g->day);
    if (rc == 0 &&
        (!next || next->org != g->org || util_day_year(next->day) != y)) {
      if (year.len)
        rc = store_tally_add_year(l->st, g->org, y, &year, e);
      core_tally_clear(&year);
    }
  }
  core_tally_free(&year);
  for (size_t i = 0; i < l->ngroup; i++) {
    core_tally_free(&l->group[i].t);
    free(l->group[i].pend);
  }
  l->ngroup = 0;
  l->last = SIZE_MAX;
  util_map_clear(&l->groups);
  return rc;
}

/* ---- recomputing everything
 * ------------------------------------------------------ */

/* Adds what every organisation and member contributes. */
static int contribute_all(report_ledger *l, util_err *e) {
  int64_t *ids;
  size_t n;
  if (store_org_ids(l->st, &ids, &n, e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++)
    rc = report_ledger_org(l, ids[i], 1, e) ||
         report_ledger_points(l, ids[i], 1, e);
  free(ids);
  if (rc || store_member_ids(l->st, &ids, &n, e))
    return -1;
  for (size_t i = 0; i < n && rc == 0; i++)
    rc = report_ledger_member(l, ids[i], 1, e);
  free(ids);
  return rc;
}

int report_rebuild_tallies(store *st, util_err *e) {
  report_ledger *l = report_ledger_new(st);
  int rc = store_tally_clear(st, e);
  if (rc == 0)
    rc = contribute_all(l, e);
  if (rc == 0)
    rc = report_ledger_flush(l, e);
  report_ledger_free(l);
  return rc;
}

typedef struct checker {
  report_ledger *l;
  util_map years; /* (org, year) -> index in year */
  struct group *year;
  size_t nyear;
  unsigned char *seen, *seen_year;
  void (*fn)(void *ctx, int64_t org, util_day day, const core_tally *stored,
             const core_tally *computed);
  void *ctx;
  int differences;
  bool damaged;
} checker;

static void differ(checker *c, int64_t org, util_day day,
                   const core_tally *stored, const core_tally *computed) {
  c->differences++;
  if (c->fn)
    c->fn(c->ctx, org, day, stored, computed);
}

static bool same(const core_tally *a, const core_tally *b) {
  if (a->len != b->len)
    return false;
  for (size_t i = 0; i < a->len; i++)
    if (a->key[i] != b->key[i] || a->n[i] != b->n[i])
      return false;
  return true;
}

static int check_day(void *ctx, int64_t org, int32_t day, const void *blob,
                     size_t len) {
  checker *c = ctx;
  core_tally stored = {0}, none = {0};
  if (core_tally_decode_add(&stored, blob, len, 1))
    c->damaged = true;
  size_t *i =
      util_map_get(&c->l->groups, ((uint64_t)org << 32) | (uint32_t)day);
  const core_tally *computed = i ? &c->l->group[*i].t : &none;
  if (i)
    c->seen[*i] = 1;
  if (!same(&stored, computed))
    differ(c, org, day, &stored, computed);
  core_tally_free(&stored);
  return 0;
}

static int check_year(void *ctx, int64_t org, int32_t year, const void *blob,
                      size_t len) {
  checker *c = ctx;
  core_tally stored = {0}, none = {0};
  if (core_tally_decode_add(&stored, blob, len, 1))
    c->damaged = true;
  size_t *i = util_map_get(&c->years, ((uint64_t)org << 32) | (uint32_t)year);
  const core_tally *computed = i ? &c->year[*i].t : &none;
  if (i)
    c->seen_year[*i] = 1;
  if (!same(&stored, computed))
    differ(c, org, util_day_from_civil(year, 12, 31), &stored, computed);
  core_tally_free(&stored);
  return 0;
}

/* Sums the computed days into years. */
static void computed_years(checker *c) {
  report_ledger *l = c->l;
  settle_all(l);
  for (size_t i = 0; i < l->ngroup; i++) {
    struct group *g = &l->group[i];
    int y = util_day_year(g->day);
    bool created;
    size_t *slot = util_map_put(
        &c->years, ((uint64_t)g->org << 32) | (uint32_t)y, &created);
    if (created) {
      *slot = c->nyear;
      c->year = util_xrealloc(c->year, (c->nyear + 1) * sizeof *c->year);
      c->year[c->nyear++] =
          (struct group){.org = g->org, .day = util_day_from_civil(y, 12, 31)};
    }
    core_tally_merge(&c->year[*slot].t, &g->t, 1);
  }
}

int report_check_tallies(store *st,
                         void (*fn)(void *ctx, int64_t org, util_day day,
                                    const core_tally *stored,
                                    const core_tally *computed),
                         void *ctx, util_err *e) {
  checker c = {.l = report_ledger_new(st), .fn = fn, .ctx = ctx};
  int rc = contribute_all(c.l, e);
  if (rc == 0) {
    computed_years(&c);
    c.seen = util_xcalloc(c.l->ngroup + 1, 1);
    c.seen_year = util_xcalloc(c.nyear + 1, 1);
    rc = store_tally_each(st, false, check_day, &c, e) ||
         store_tally_each(st, true, check_year, &c, e);
  }
  core_tally none = {0};
  for (size_t i = 0; rc == 0 && i < c.l->ngroup; i++)
    if (!c.seen[i] && c.l->group[i].t.len)
      differ(&c, c.l->group[i].org, c.l->group[i].day, &none, &c.l->group[i].t);
  for (size_t i = 0; rc == 0 && i < c.nyear; i++)
    if (!c.seen_year[i] && c.year[i].t.len)
      differ(&c, c.year[i].org, c.year[i].day, &none, &c.year[i].t);
  if (rc == 0 && c.damaged)
    rc = util_fail(e, UTIL_SYSTEM, "some tallies are damaged beyond reading");
  for (size_t i = 0; i < c.nyear; i++)
    core_tally_free(&c.year[i].t);
  free(c.year);
  free(c.seen);
  free(c.seen_year);
  util_map_free(&c.years);
  report_ledger_free(c.l);
  return rc ? -1 : c.differences;
}
