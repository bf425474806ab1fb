/*
 * lists.c — questions about the past that need the members' histories
 * replayed rather than a table read.
 */
#include "app/app_int.h"
#include "util/lang.h"

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
                       enum core_status status, enum store_order order,
                       store_member_fn fn, void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  former f = {a, under, day, status, fn, ctx, e};
  return store_members_ever_out(a->st, a->scope, order, former_row, &f, e);
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
                        enum store_order order, app_overdue_fn fn, void *ctx,
                        util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  overdue o = {a, day, fn, ctx, e};
  return store_members_at(a->st, prefix, day, false, app_past_scope(a, day),
                          order, overdue_row, &o, e);
}

/* ---- listings of members ------------------------------------------------- */

/* The organisation a listing is under: `under` when given, else the
 * actor's scope (0: the whole register). */
static int under_org(app *a, const char *under, store_org *o, util_err *e) {
  memset(o, 0, sizeof *o);
  if (under)
    return app_org(a, "under", under, o, e);
  if (a->scope == 0)
    return 0;
  int rc = store_org_by_id(a->st, a->scope, o, e);
  return rc == 1 ? util_fail(e, UTIL_INTERNAL, "no organisation has id %lld",
                             (long long)a->scope)
                 : rc;
}

/* The path of the organisation a listing is under (see under_org) on
 * `day`; NULL for the whole register. */
static int under_path(app *a, const char *under, util_day day, char **prefix,
                      util_err *e) {
  store_org o;
  *prefix = NULL;
  if (under_org(a, under, &o, e))
    return -1;
  int rc = 0;
  if (o.id && !under) {
    /* The scope as it stood on `day`; before it existed, a prefix no path
     * has (paths are digits and '/'), so that nothing is listed. */
    util_err why = {.lang = e ? e->lang : NULL};
    if (app_path_at(a, &o, day, prefix, &why) == 0)
      ;
    else if (why.code == UTIL_REFUSED)
      *prefix = util_xstrdup("-");
    else if (e)
      *e = why, rc = -1;
    else
      rc = -1;
  } else if (o.id) {
    rc = app_path_at(a, &o, day, prefix, e);
  }
  store_org_clear(&o);
  return rc;
}

/* The id of the organisation a listing is under (see under_org; 0 for
 * the whole register), inside a read. */
static int under_id(app *a, const char *under, int64_t *id, util_err *e) {
  store_org o;
  if (under_org(a, under, &o, e))
    return -1;
  *id = o.id;
  store_org_clear(&o);
  return 0;
}

typedef struct only {
  const char *status;
  store_member_fn fn;
  void *ctx;
} only;

static int only_row(void *ctx, const store_member_row *r) {
  only *o = ctx;
  return strcmp(o->status, r->status) == 0 ? o->fn(o->ctx, r) : 0;
}

int app_sort(const char *sort, enum store_order *order, util_err *e) {
  *order = STORE_ORDER_GIVEN;
  if (!sort || strcmp(sort, "given") == 0)
    return 0;
  if (strcmp(sort, "family") == 0) {
    *order = STORE_ORDER_FAMILY;
    return 0;
  }
  return util_invalid(e, "sort", "sort: %s: given or family",
                      util_quote(sort).s);
}

int app_members(app *a, const app_member_query *q, store_member_fn fn,
                void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  enum store_order order;
  if (app_sort(q->sort, &order, e))
    return -1;
  enum core_status s = CORE_NOT_MEMBER;
  if (q->status && strcmp(q->status, "temporary") != 0 &&
      (core_status_parse(q->status, &s) || s == CORE_NOT_MEMBER))
    return util_invalid(
        e, "status",
        "status: %s: probationary, official, temporary, removed, "
        "resigned, deceased or expelled",
        util_quote(q->status).s);
  if (app_read_begin(a, e))
    return -1;
  char *prefix = NULL;
  int rc = under_path(a, q->under, q->at, &prefix, e);
  if (rc == 0 && s != CORE_NOT_MEMBER && s != CORE_PROBATIONARY &&
      s != CORE_OFFICIAL) {
    /* Who was out on the day, and where from: from their histories. */
    int64_t under;
    rc = under_id(a, q->under, &under, e);
    if (rc == 0)
      rc = app_members_former(a, under, q->at, s, order, fn, ctx, e);
  } else if (rc == 0) {
    only o = {q->status, fn, ctx};
    int64_t scope = app_past_scope(a, q->at);
    rc = q->status ? store_members_at(a->st, prefix, q->at, true, scope, order,
                                      only_row, &o, e)
                   : store_members_at(a->st, prefix, q->at, false, scope, order,
                                      fn, ctx, e);
  }
  free(prefix);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_members_overdue_under(app *a, const char *under, util_day at,
                              const char *sort, app_overdue_fn fn, void *ctx,
                              util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  enum store_order order;
  if (app_sort(sort, &order, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  char *prefix = NULL;
  int rc = under_path(a, under, at, &prefix, e);
  if (rc == 0)
    rc = app_members_overdue(a, prefix, at, order, fn, ctx, e);
  free(prefix);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_members_find(app *a, const char *text, store_member_fn fn, void *ctx,
                     util_err *e) {
  return app_members_find_page(a, text, 0, -1, fn, ctx, NULL, -1, e);
}

int app_members_find_page(app *a, const char *text, int64_t skip, int64_t limit,
                          store_member_fn fn, void *ctx, int64_t *total,
                          int64_t upto, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  const char *why;
  char *clean = util_text_clean(text ? text : "", &why);
  if (!clean)
    return util_invalid(e, "text", "text: %s", util_tr_err(e, why));
  char *key = util_text_fold(clean);
  free(clean);
  int rc = -1;
  if (!*key)
    util_invalid(e, "text", "text: give some letters of a name");
  else if (app_read_begin(a, e) == 0) {
    /* An actor who sees a branch finds only the members whose cell is in
     * it, as app_member would refuse the others. */
    char *prefix = NULL;
    rc = under_path(a, NULL, a->today, &prefix, e);
    if (rc == 0)
      rc = store_members_search(a->st, key, prefix, skip, limit, fn, ctx, total,
                                upto, e) < 0
               ? -1
               : 0;
    free(prefix);
    app_read_end(a);
  }
  free(key);
  return rc;
}

typedef struct badges {
  app *a;
  util_day from, to;
  const char *prefix;
  size_t plen;
  int years;
  int (*fn)(void *ctx, const app_badge_row *r);
  void *ctx;
  util_err *e;
} badges;

static int badge_row(void *ctx, const store_member_row *r) {
  badges *b = ctx;
  app *a = b->a;
  util_day origin, due;
  if (!r->origin || util_date_parse(r->origin, &origin, NULL))
    return 0;
  due = core_badge_due(origin, b->years);
  if (due < b->from || due > b->to)
    return 0;
  /* Due only to one who is still an official member on that day. */
  int64_t cell;
  enum core_status st;
  if (store_membership_at(a->st, r->id, due, &cell, &st, b->e))
    return -1;
  if (st != CORE_OFFICIAL)
    return 0;
  if (b->prefix) {
    store_org o;
    char *path = NULL;
    if (store_org_by_id(a->st, cell, &o, b->e))
      return -1;
    util_err ignore = {0};
    int rc =
        app_path_at(a, &o, due > a->today ? a->today : due, &path, &ignore);
    store_org_clear(&o);
    bool under = rc == 0 && strncmp(path, b->prefix, b->plen) == 0;
    free(path);
    if (!under)
      return 0;
  }
  app_badge_row row = {.member = r,
                       .years = b->years,
                       .due = due,
                       .earliest = core_badge_earliest(origin, b->years)};
  /* Whether the badge was awarded already (award add --kind badge). */
  if (store_award_badge(a->st, r->id, b->years, &row.awarded, b->e))
    return -1;
  return b->fn(b->ctx, &row);
}

int app_badges(app *a, const char *from, const char *to, const char *under,
               int (*fn)(void *ctx, const app_badge_row *r), void *ctx,
               util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  badges b = {.a = a, .fn = fn, .ctx = ctx, .e = e};
  /* Badges are planned ahead: the period may lie in the future. */
  if (app_date(a, "from", from, true, &b.from, e) ||
      app_date(a, "to", to, true, &b.to, e))
    return -1;
  if (b.to < b.from)
    return util_invalid(e, "to", "to: %s: before the first day %s", to, from);
  if (app_read_begin(a, e))
    return -1;
  char *prefix = NULL;
  int rc = under_path(a, under, b.to > a->today ? a->today : b.to, &prefix, e);
  b.prefix = prefix;
  b.plen = prefix ? strlen(prefix) : 0;
  for (size_t i = 0; i < core_badge_count && rc == 0; i++) {
    b.years = core_badge_years[i];
    /* A day's margin each side: adding years moves 29 February. */
    util_day lo = util_day_add_years(b.from, -b.years) - 1;
    util_day hi = util_day_add_years(b.to, -b.years) + 1;
    rc = store_members_by_origin(a->st, lo, hi, a->scope, badge_row, &b, e);
  }
  free(prefix);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

/* ---- listings of records of party work ------------------------------------
 */

int app_period(app *a, const char *from_text, const char *to_text, bool future,
               util_day to_default, util_day *from, util_day *to, util_err *e) {
  *from = UTIL_DAY_MIN;
  *to = to_default;
  if ((from_text && app_date(a, "from", from_text, future, from, e)) ||
      (to_text && app_date(a, "to", to_text, future, to, e)))
    return -1;
  if (from_text && to_text && *to < *from)
    return util_invalid(e, "to", "to: %s: before the first day %s", to_text,
                        from_text);
  return 0;
}

/* The period of a listing of records. */
static int period(app *a, const app_records_in *in, bool future,
                  util_day to_default, util_day *from, util_day *to,
                  util_err *e) {
  return app_period(a, in->from, in->to, future, to_default, from, to, e);
}

int app_under_id(app *a, const char *under, int64_t *id, util_err *e) {
  return under_id(a, under, id, e);
  return 0;
}

int app_oversights(app *a, const app_records_in *in,
                   int (*fn)(void *ctx, const store_oversight_row *r),
                   void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  store_oversight_query q = {.kind = in->kind, .scope = a->scope};
  enum core_oversight k;
  if (in->kind && core_oversight_parse(in->kind, &k))
    return util_invalid(e, "kind", "kind: %s: inspection or supervision",
                        util_quote(in->kind).s);
  if (period(a, in, true, 0, &q.from, &q.to, e))
    return -1;
  if (!in->from)
    q.from = 0; /* no bound */
  if (app_read_begin(a, e))
    return -1;
  int rc = app_under_id(a, in->under, &q.under, e);
  if (rc == 0)
    rc = store_oversights(a->st, &q, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

typedef struct shown {
  app *a;
  int (*fn)(void *ctx, const store_oversight_row *r, const char *by_name,
            const char *org_name);
  void *ctx;
  bool found;
  util_err *e;
} shown;

/* The name an organisation (if any) bore on a day; *name is the caller's,
 * NULL for no organisation. */
static int name_on(shown *s, int64_t org, const char *day, char **name) {
  util_day d;
  *name = NULL;
  if (!org || util_date_parse(day, &d, NULL))
    return 0;
  return store_org_name_at(s->a->st, org, d, name, s->e);
}

static int show_row(void *ctx, const store_oversight_row *r) {
  shown *s = ctx;
  char *by_name = NULL, *org_name = NULL;
  int rc = name_on(s, r->by_org, r->from, &by_name) ||
                   name_on(s, r->org, r->from, &org_name)
               ? -1
               : s->fn(s->ctx, r, by_name, org_name);
  s->found = true;
  free(by_name);
  free(org_name);
  return rc;
}

int app_oversight_show(app *a, const char *ref,
                       int (*fn)(void *ctx, const store_oversight_row *r,
                                 const char *by_name, const char *org_name),
                       void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  char *end;
  long long id = ref ? strtoll(ref, &end, 10) : 0;
  if (!ref || !*ref || *end || id <= 0 || ref[0] < '0' || ref[0] > '9')
    return util_invalid(
        e, "oversight",
        "oversight: %s: not the id of a record (a whole number)",
        util_quote(ref ? ref : "").s);
  if (app_read_begin(a, e))
    return -1;
  shown s = {a, fn, ctx, false, e};
  store_oversight_query q = {.id = id, .scope = a->scope};
  int rc = store_oversights(a->st, &q, show_row, &s, e);
  if (rc == 0 && !s.found)
    rc = util_not_found(
        e, "oversight: %s: no inspection or supervision has this id", ref);
  app_read_end(a);
  return rc ? -1 : 0;
}

int app_awards(app *a, const app_records_in *in,
               int (*fn)(void *ctx, const store_award_row *r), void *ctx,
               util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  enum core_award k;
  util_day from, to;
  if (in->kind && core_award_parse(in->kind, &k))
    return util_invalid(e, "kind", "kind: %s: %s", util_quote(in->kind).s,
                        core_award_names());
  if (period(a, in, false, a->today, &from, &to, e) || app_read_begin(a, e))
    return -1;
  int64_t under;
  int rc = app_under_id(a, in->under, &under, e);
  if (rc == 0)
    rc = store_awards(a->st, under, a->scope, from, to, in->kind, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_funds(app *a, const app_records_in *in,
              int (*fn)(void *ctx, const store_fund_row *r), void *ctx,
              util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  store_fund_query q = {.scope = a->scope};
  char *campaign = NULL;
  if (period(a, in, false, UTIL_DAY_MAX, &q.from, &q.to, e) ||
      app_text("campaign", in->campaign, false, 200, &campaign, e))
    return -1;
  q.campaign = campaign;
  int rc = app_read_begin(a, e);
  if (rc == 0) {
    rc = app_under_id(a, in->under, &q.under, e);
    if (rc == 0)
      rc = store_funds(a->st, &q, fn, ctx, e);
    app_read_end(a);
  }
  free(campaign);
  return rc < 0 ? -1 : 0;
}

/* ---- listings of classifications ------------------------------------------
 */

/* Years as typed: a range (or one year) from 1930 to the current year. */
static int years_of(app *a, const char *name, const char *text, int *first,
                    int *last, util_err *e) {
  const char *why;
  int now = util_day_year(a->today);
  if (core_years_parse(text, first, last, &why))
    return util_invalid(e, name, "%s: %s: %s", name,
                        util_quote(text ? text : "").s, util_tr_err(e, why));
  if (*last > now)
    return util_invalid(e, name, "%s: %s: after the current year (%d)", name,
                        text, now);
  if (*first < 1930)
    return util_invalid(e, name, "%s: %s: before the party was founded (1930)",
                        name, text);
  return 0;
}

static int grade_of(const char *text, enum core_grade *g, util_err *e) {
  if (text && core_grade_parse(text, g))
    return util_invalid(e, "grade", "grade: %s: %s", util_quote(text).s,
                        core_grade_names());
  return 0;
}

int app_assess_list(app *a, const app_assess_query *q, store_assess_fn fn,
                    void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  int year, last;
  enum core_grade g;
  enum store_order order;
  if (years_of(a, "year", q->years, &year, &last, e) ||
      grade_of(q->grade, &g, e) || app_sort(q->sort, &order, e))
    return -1;
  if (last != year)
    return util_invalid(e, "year", "year: %s: one year (YYYY)",
                        util_quote(q->years).s);
  if (app_read_begin(a, e))
    return -1;
  int64_t under;
  int rc = app_under_id(a, q->under, &under, e);
  if (rc == 0)
    rc = store_assess_rows(a->st, year, under, a->scope, q->grade, order, fn,
                           ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_assess_streak(app *a, const app_assess_query *q, store_assess_fn fn,
                      void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  int first, last;
  enum core_grade g = CORE_EXCELLENT;
  if (!q->grade)
    return util_invalid(e, "grade",
                        "grade: the grade held every year is needed (%s)",
                        core_grade_names());
  enum store_order order;
  if (years_of(a, "years", q->years, &first, &last, e) ||
      grade_of(q->grade, &g, e) || app_sort(q->sort, &order, e) ||
      app_read_begin(a, e))
    return -1;
  /* Or better: grades ranked at or above g, which come first. */
  unsigned grades = 1u << g;
  for (int k = 0; q->or_better && k < (int)g; k++)
    grades |= 1u << k;
  int64_t under;
  int rc = app_under_id(a, q->under, &under, e);
  if (rc == 0)
    rc = store_assess_streak(a->st, first, last, grades, q->orgs, under,
                             a->scope, order, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

/* ---- documents ----------------------------------------------------------- */

int app_docs(app *a, int (*fn)(void *ctx, const store_doc_row *r), void *ctx,
             util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  int rc = store_docs(a->st, a->scope, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

/* The document of that number, inside a read; refuses an unknown one. */
static int doc_of(app *a, const char *number, store_doc *d, util_err *e) {
  int rc = store_doc_find(a->st, number ? number : "", d, e);
  if (rc == 1)
    return util_not_found(e, "number: %s: no document has this number",
                          util_quote(number ? number : "").s);
  return rc;
}

int app_doc_show(app *a, const char *number, store_doc *d, const char **kind,
                 int (*fn)(void *ctx, const store_doc_step_row *r), void *ctx,
                 util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  *d = (store_doc){0};
  if (app_read_begin(a, e))
    return -1;
  int rc = doc_of(a, number, d, e);
  if (rc == 0) {
    *kind = core_doc_kind_name(d->kind);
    rc = store_doc_steps(a->st, d->id, a->scope, fn, ctx, e);
  }
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_doc_coverage(app *a, const char *number, const char *under,
                     const char *at, store_doc *d,
                     int (*fn)(void *ctx, const store_coverage_row *r),
                     void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  util_day day = a->today;
  *d = (store_doc){0};
  if ((at && app_date(a, "at", at, false, &day, e)) || app_read_begin(a, e))
    return -1;
  char *prefix = NULL;
  int rc = doc_of(a, number, d, e);
  if (rc == 0)
    rc = under_path(a, under, day, &prefix, e);
  if (rc == 0)
    rc = store_doc_coverage(a->st, d->id, prefix, day, fn, ctx, e);
  free(prefix);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

void app_doc_clear(store_doc *d) {
  store_doc_clear(d);
}

/* ---- the tree -------------------------------------------------------------
 */

int app_orgs(app *a, const char *under, util_day at, store_org_fn fn, void *ctx,
             util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  char *prefix;
  int rc = under_path(a, under, at, &prefix, e);
  if (rc == 0)
    rc = store_orgs_at(a->st, prefix, at, app_past_scope(a, at), fn, ctx, e);
  free(prefix);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

/* The codes of the superiors on a path ("1/5/23/": those of 1 and 5)
 * that lie in the actor's scope: a branch does not see above itself. */
static int superiors(app *a, const char *path, app_org_view *v, util_err *e) {
  for (const char *p = path; *p;) {
    char *end;
    int64_t id = strtoll(p, &end, 10);
    p = *end ? end + 1 : end;
    if (!*p)
      break; /* the organisation itself */
    bool in;
    if (app_in_scope(a, id, &in, e))
      return -1;
    if (!in)
      continue;
    store_org o;
    if (store_org_by_id(a->st, id, &o, e))
      return -1;
    v->superiors =
        util_xrealloc(v->superiors, (v->nsuperiors + 1) * sizeof *v->superiors);
    v->superiors[v->nsuperiors++] = o.code;
    o.code = NULL;
    store_org_clear(&o);
  }
  return 0;
}

int app_org_view_get(app *a, const char *code, const char *at, app_org_view *v,
                     util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  memset(v, 0, sizeof *v);
  v->at = a->today;
  if ((at && app_date(a, "at", at, false, &v->at, e)) || app_read_begin(a, e))
    return -1;
  char *path = NULL;
  report_figures fig = {0};
  int rc = app_org(a, "org", code, &v->o, e);
  if (rc == 0) {
    /* One that ended is shown as it last stood, unless a day is asked. */
    if (v->o.ended && v->at >= v->o.ended && !at)
      v->at = v->o.ended - 1;
    v->kind = core_kind_name(v->o.kind);
    v->sector = v->o.sector ? core_sector_name(v->o.sector) : NULL;
    rc = app_path_at(a, &v->o, v->at, &path, e) ||
                 store_org_name_at(a->st, v->o.id, v->at, &v->name, e) ||
                 superiors(a, path, v, e) ||
                 report_compute(a->st, v->o.id, v->at, v->at, REPORT_AUTO, &fig,
                                e)
             ? -1
             : 0;
  }
  if (rc == 0) {
    v->total = fig.total;
    v->official = fig.official;
    v->probationary = fig.probationary;
    v->grassroots = fig.grassroots;
  }
  report_figures_clear(&fig);
  free(path);
  app_read_end(a);
  if (rc)
    app_org_view_clear(v);
  return rc;
}

void app_org_view_clear(app_org_view *v) {
  store_org_clear(&v->o);
  free(v->name);
  for (size_t i = 0; i < v->nsuperiors; i++)
    free(v->superiors[i]);
  free(v->superiors);
  memset(v, 0, sizeof *v);
}

/* Refuses a view's organisation outside the actor's scope as unknown:
 * the view is the caller's struct, and its id is not taken on trust. */
static int view_seen(app *a, const app_org_view *v, util_err *e) {
  bool in;
  if (app_in_scope(a, v->o.id, &in, e))
    return -1;
  return in ? 0
            : util_not_found(e, "org: %lld: no organisation has this id",
                             (long long)v->o.id);
}

typedef struct children_seen {
  app *a;
  store_org_fn fn;
  void *ctx;
  util_err *e;
} children_seen;

/* A child on the view's day that has since left the actor's scope is
 * not shown (only a view of the past can have one). */
static int child_seen(void *ctx, const store_org_row *r) {
  children_seen *c = ctx;
  bool in;
  if (app_in_scope(c->a, r->id, &in, c->e))
    return -1;
  return in ? c->fn(c->ctx, r) : 0;
}

int app_org_children(app *a, const app_org_view *v, store_org_fn fn, void *ctx,
                     util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  children_seen c = {a, fn, ctx, e};
  int rc = view_seen(a, v, e);
  if (rc == 0)
    rc = a->scope ? store_children_at(a->st, v->o.id, v->at, child_seen, &c, e)
                  : store_children_at(a->st, v->o.id, v->at, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_org_disciplines(app *a, const app_org_view *v,
                        int (*fn)(void *ctx, const store_org_discipline_row *r),
                        void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  int rc = view_seen(a, v, e);
  if (rc == 0)
    rc = store_org_disciplines(a->st, v->o.id, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

/* ---- exports ------------------------------------------------------------- */

typedef struct exporting {
  store_org_fn orgs;
  store_member_fn members;
  int (*org_events)(void *ctx, const store_org_event_row *r);
  int (*member_events)(void *ctx, const store_event_row *r);
  void *ctx;
} exporting;

/* One export, in one read, below `under` as the tree stands today. */
static int export(app *a, const char *under, const exporting *x, util_err *e) {
  if (app_read_begin(a, e))
    return -1;
  char *prefix;
  int rc = under_path(a, under, a->today, &prefix, e);
  if (rc == 0 && x->orgs)
    rc = store_orgs_at(a->st, prefix, a->today, 0, x->orgs, x->ctx, e);
  if (rc == 0 && x->members)
    rc = store_members_all(a->st, prefix, x->members, x->ctx, e);
  if (rc == 0 && x->org_events)
    rc = store_org_events(a->st, 0, prefix, false, x->org_events, x->ctx, e);
  if (rc == 0 && x->member_events)
    rc = store_event_rows(a->st, 0, prefix, false, x->member_events, x->ctx, e);
  free(prefix);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_export_orgs(app *a, const char *under, store_org_fn fn, void *ctx,
                    util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  return export(a, under, &(exporting){.orgs = fn, .ctx = ctx}, e);
}

int app_export_members(app *a, const char *under, store_member_fn fn, void *ctx,
                       util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  return export(a, under, &(exporting){.members = fn, .ctx = ctx}, e);
}

int app_export_events(app *a, const char *under,
                      int (*org_fn)(void *ctx, const store_org_event_row *r),
                      int (*member_fn)(void *ctx, const store_event_row *r),
                      void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  return export(a, under,
                &(exporting){.org_events = org_fn,
                             .member_events = member_fn,
                             .ctx = ctx},
                e);
}
