/*
 * assess.c — the annual classification of members and organisations
 * (DOMAIN.md §4, docs/assess.md), one at a time or from a CSV file.
 *
 * A classification counts on 31 December of its year: a member's at the
 * cell of registration then (or the last before it), an organisation's at
 * its superior then. It also counts in the quota of excellence of the
 * grassroots organisation above: a change is checked on the result, for
 * every grassroots organisation's year that it touches — the one it
 * leaves too, when a new classification lands elsewhere.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The year the party was founded: no classification before it. */
enum { FIRST_YEAR = 1930 };

/* A grassroots organisation's year, for members or for organisations,
 * whose quota a change touches. */
typedef struct quota_key {
  int64_t grassroots;
  int year;
  bool orgs;
} quota_key;

typedef struct quotas {
  quota_key *k;
  size_t n;
} quotas;

static void touch(quotas *q, int64_t grassroots, int year, bool orgs) {
  if (!grassroots)
    return;
  for (size_t i = 0; i < q->n; i++)
    if (q->k[i].grassroots == grassroots && q->k[i].year == year &&
        q->k[i].orgs == orgs)
      return;
  q->k = util_xrealloc(q->k, (q->n + 1) * sizeof *q->k);
  q->k[q->n++] = (quota_key){grassroots, year, orgs};
}

/* Refuses when a touched quota is broken, naming the organisation, the
 * year, the counts and the limit. */
static int check_quotas(app *a, const quotas *q, util_err *e) {
  int rc = 0;
  for (size_t i = 0; i < q->n && rc == 0; i++) {
    int excellent, well;
    store_org g = {0};
    rc = store_assess_counts(a->st, q->k[i].grassroots, q->k[i].year,
                             q->k[i].orgs, &excellent, &well, e);
    if (rc == 0)
      rc = store_org_by_id(a->st, q->k[i].grassroots, &g, e) ? -1 : 0;
    if (rc == 0) {
      char *where = util_xasprintf(
          util_tr_err(e, q->k[i].orgs
                             ? N_("the quota of excellence of %s for %d "
                                  "(organisations)")
                             : N_("the quota of excellence of %s for %d "
                                  "(members)")),
          g.code, q->k[i].year);
      rc = core_check_quota(excellent, well, where, e);
      free(where);
    }
    store_org_clear(&g);
  }
  return rc;
}

/* ---- input --------------------------------------------------------------- */

/* A whole number typed as 1 to `digits` digits, and nothing else. */
static bool digits_only(const char *s, size_t digits) {
  size_t n = strlen(s);
  if (n == 0 || n > digits)
    return false;
  for (; *s; s++)
    if (!isdigit((unsigned char)*s))
      return false;
  return true;
}

static int parse_year(const app *a, const char *text, int *year, util_err *e) {
  int now = util_day_year(a->today);
  char t[UTIL_DATE_SAY];
  if (!text || !*text)
    return util_invalid(e, "year", "year: a year is needed (YYYY)");
  if (strlen(text) != 4 || !digits_only(text, 4))
    return util_invalid(e, "year", "year: %s: a year is four digits (YYYY)",
                        text);
  *year = atoi(text);
  if (*year > now)
    return util_invalid(e, "year",
                        "year: %s: a year in the future (today is %s)", text,
                        util_date_say(e, a->today, t));
  if (*year < FIRST_YEAR)
    return util_invalid(e, "year",
                        "year: %s: before the party was founded (%d)", text,
                        FIRST_YEAR);
  return 0;
}

/* The grade from a grade, a score, or both when they agree; *score is -1
 * without one. */
static int parse_grade(const app_assess_in *in, enum core_grade *grade,
                       int *score, util_err *e) {
  bool has_grade = in->grade && *in->grade, has_score = in->score && *in->score;
  *score = -1;
  if (!has_grade && !has_score)
    return util_invalid(e, "grade",
                        "grade: a grade (%s) or a score (0 to 100) is needed",
                        core_grade_names());
  if (has_grade && core_grade_parse(in->grade, grade))
    return util_invalid(e, "grade", "grade: %s: %s", in->grade,
                        core_grade_names());
  if (!has_score)
    return 0;
  if (!digits_only(in->score, 3) || atoi(in->score) > 100)
    return util_invalid(e, "score",
                        "score: %s: a score is a whole number from 0 to 100",
                        in->score);
  *score = atoi(in->score);
  enum core_grade of = core_grade_of_score(*score);
  if (has_grade && of != *grade)
    return util_invalid(e, "grade", "grade: %s: the score %d gives %s",
                        in->grade, *score,
                        app_code_word(e, "grade", core_grade_name(of)));
  *grade = of;
  return 0;
}

/* ---- where a classification counts ------------------------------------ */

int app_standing_place(app *a, int64_t org, util_day day, int64_t *place,
                       util_err *e) {
  /* Each step goes up one level: the depth of the tree bounds the walk. */
  for (int level = 0; level < 64; level++) {
    store_path *p;
    size_t n;
    if (store_paths_of(a->st, org, &p, &n, e))
      return -1;
    const store_path *last = NULL;
    bool stands = false;
    for (size_t i = 0; i < n; i++) {
      stands |= p[i].from <= day && day <= p[i].to;
      if (p[i].from <= day)
        last = &p[i];
    }
    int64_t up = last ? last->parent : 0;
    store_paths_free(p, n);
    if (stands) {
      *place = org;
      return 0;
    }
    if (!up)
      break;
    org = up;
  }
  char d[UTIL_DATE_SAY];
  store_org o = {0};
  int rc = store_org_by_id(a->st, org, &o, e);
  if (rc == 0)
    rc = util_fail(e, UTIL_REFUSED,
                   "%s has ended, and nothing above it stands on %s to count "
                   "the record",
                   o.code, util_date_say(e, day, d));
  store_org_clear(&o);
  return rc ? -1 : 0;
}

/* The ids of a path "1/5/23/" into ids[]; returns their number. */
static size_t path_ids(const char *path, int64_t *ids, size_t max) {
  size_t n = 0;
  for (const char *s = path; *s && n < max;) {
    char *end;
    ids[n++] = strtoll(s, &end, 10);
    if (*end != '/')
      break;
    s = end + 1;
  }
  return n;
}

/* Sets *out (whose path the caller frees) to the path of `org` begun last
 * on or before `day`, and *found. */
static int last_path(app *a, int64_t org, util_day day, store_path *out,
                     bool *found, util_err *e) {
  store_path *p;
  size_t n;
  *found = false;
  if (store_paths_of(a->st, org, &p, &n, e))
    return -1;
  for (size_t i = 0; i < n; i++)
    if (p[i].from <= day) {
      free(out->path);
      *out = p[i];
      out->path = util_xstrdup(p[i].path);
      *found = true;
    }
  store_paths_free(p, n);
  return 0;
}

/* The nearest grassroots organisation on `path`, from the organisation
 * itself when `self`, else from its superior; 0 when there is none. */
static int grassroots_on(app *a, const char *path, bool self,
                         int64_t *grassroots, util_err *e) {
  int64_t ids[64];
  size_t n = path_ids(path, ids, UTIL_COUNT(ids));
  size_t top = self ? n : (n ? n - 1 : 0);
  *grassroots = 0;
  for (size_t i = top; i > 0 && !*grassroots; i--) {
    store_org o = {0};
    if (store_org_by_id(a->st, ids[i - 1], &o, e))
      return -1;
    if (core_kind_is_grassroots(o.kind))
      *grassroots = o.id;
    store_org_clear(&o);
  }
  return 0;
}

/* A member's classification for `year`: refused unless the member was in
 * the party on some day of it; counts at the cell at the end of the year
 * (or the last before), in the quota of the grassroots organisation of
 * that cell. */
static int member_target(app *a, const store_member *m, int year,
                         const char *who, int64_t *place, int64_t *grassroots,
                         util_err *e) {
  util_day end = util_day_from_civil(year, 12, 31);
  core_event *evs = NULL;
  size_t n = 0;
  core_timeline t = {0};
  store_path p = {0};
  bool found = false;
  int64_t cell = 0;
  int rc = -1;
  if (store_events_of(a->st, m->id, &evs, &n, e) || core_replay(evs, n, &t, e))
    goto done;
  if (core_check_assess_year(&t, year, who, e) ||
      store_membership_last(a->st, m->id, end, &cell, e))
    goto done;
  if (!cell) {
    util_fail(e, UTIL_INTERNAL, "%s has no registration up to %d", who, year);
    goto done;
  }
  if (app_standing_place(a, cell, end, place, e) ||
      last_path(a, cell, end, &p, &found, e))
    goto done;
  rc = found ? grassroots_on(a, p.path, true, grassroots, e) : 0;
done:
  free(p.path);
  core_timeline_free(&t);
  free(evs);
  return rc;
}

/* An organisation's classification for `year`: refused unless it existed
 * on some day of it (the day it ended still counts); counts at its
 * superior at the end of the year (or when it ended), a root at itself,
 * in the quota of the grassroots organisation above it. */
static int org_target(app *a, const store_org *o, int year, const char *who,
                      int64_t *place, int64_t *grassroots, util_err *e) {
  util_day first = util_day_from_civil(year, 1, 1);
  util_day end = util_day_from_civil(year, 12, 31);
  store_path p = {0};
  bool found;
  char d[UTIL_DATE_SAY];
  int rc = last_path(a, o->id, end, &p, &found, e);
  if (rc)
    return -1;
  if (!found || p.to < first) {
    if (o->founded_known && o->founded > end)
      rc = util_fail(e, UTIL_REFUSED,
                     "cannot assess %s for %d: founded on %s, after the end "
                     "of %d",
                     who, year, util_date_say(e, o->founded, d), year);
    else if (o->ended && o->ended < first)
      rc = util_fail(e, UTIL_REFUSED,
                     "cannot assess %s for %d: %s on %s, before %d began", who,
                     year, app_org_ended_word(o, e),
                     util_date_say(e, o->ended, d), year);
    else
      rc = util_fail(e, UTIL_REFUSED,
                     "cannot assess %s for %d: it did not exist in %d", who,
                     year, year);
  } else if (p.parent) {
    rc = app_standing_place(a, p.parent, end, place, e);
  } else {
    *place = o->id;
  }
  if (rc == 0)
    rc = grassroots_on(a, p.path, false, grassroots, e);
  free(p.path);
  return rc;
}

/* ---- classifying --------------------------------------------------------- */

/* Classifies one member or organisation, adding the quotas it touches to
 * *q. Sets *id to the classification, *out to its grade, who[] to whom it
 * is about in the reader's language and trail[] in the audit trail's. */
static int assess_one(app *a, const app_assess_in *in, quotas *q, int64_t *id,
                      enum core_grade *out, char who[80], char trail[80],
                      util_err *e) {
  int year = 0, score = -1;
  enum core_grade grade = CORE_EXCELLENT;
  store_member m = {0};
  store_org o = {0};
  store_assess old, cur;
  int64_t place = 0, grassroots = 0;
  bool has_m = in->member && *in->member, has_o = in->org && *in->org;
  int rc = -1;
  if (has_m && has_o)
    return util_invalid(e, "org",
                        "org: %s: a classification is of a member or of an "
                        "organisation, not both",
                        in->org);
  if (!has_m && !has_o)
    return util_invalid(e, "member",
                        "member: a member (id or party card number) or an "
                        "organisation (org) is needed");
  if (parse_year(a, in->year, &year, e) || parse_grade(in, &grade, &score, e))
    return -1;
  if (has_m) {
    if (app_member(a, "member", in->member, &m, e))
      goto done;
    app_who_member(e, m.id, who);
    app_who_member(NULL, m.id, trail);
    if (member_target(a, &m, year, who, &place, &grassroots, e))
      goto done;
  } else {
    if (app_org(a, "org", in->org, &o, e))
      goto done;
    app_who_org(e, o.code, who);
    app_who_org(NULL, o.code, trail);
    if (org_target(a, &o, year, who, &place, &grassroots, e))
      goto done;
  }
  int found = store_assess_get(a->st, year, m.id, o.id, &old, e);
  if (found < 0)
    goto done;
  if (found == 0 && in->fresh) {
    util_fail(e, UTIL_REFUSED,
              "cannot classify %s for %d: classified already "
              "(classification %lld); correct or void that one",
              who, year, (long long)old.id);
    goto done;
  }
  if (found == 0)
    touch(q, old.grassroots, year, has_o);
  touch(q, grassroots, year, has_o);
  cur = (store_assess){.id = found == 0 ? old.id : 0,
                       .year = year,
                       .member = m.id,
                       .org = o.id,
                       .grade = grade,
                       .score = score,
                       .grassroots = grassroots};
  if (store_assess_put(a->st, &cur, a->user, e))
    goto done;
  core_tally t = {0};
  core_tally_add(&t, CORE_KEY(CORE_D_ASSESS, CORE_TARGET_KEY(has_m, grade)), 1);
  rc = app_point(a, "assessment", cur.id, place,
                 util_day_from_civil(year, 12, 31), &t, m.id, e);
  core_tally_free(&t);
  *id = cur.id;
  *out = grade;
done:
  store_member_clear(&m);
  store_org_clear(&o);
  return rc;
}

int app_assess_set(app *a, const app_assess_in *in, int64_t *out, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  quotas q = {0};
  char who[80] = "", trail[80] = "";
  int64_t id = 0;
  enum core_grade grade;
  int rc = assess_one(a, in, &q, &id, &grade, who, trail, e);
  if (rc == 0 && check_quotas(a, &q, e)) {
    util_err_prefix(e, "cannot classify %s for %s: ", who, in->year);
    rc = -1;
  }
  if (rc == 0)
    rc = app_audit(a, "assess set", e, "%s for %s: %s", trail, in->year,
                   core_grade_name(grade));
  if (rc == 0 && out)
    *out = id;
  free(q.k);
  return app_end(a, rc, e);
}

/* ---- from a file --------------------------------------------------------- */

enum { A_YEAR, A_MEMBER, A_ORG, A_GRADE, A_SCORE };
static const char *const assess_fields[] = {"year", "member", "org", "grade",
                                            "score"};

/* Refuses a header without either of two columns. */
static int either(const app_import_header *h, const char *file, size_t x,
                  size_t y, util_err *e) {
  if (h->col[x] >= 0 || h->col[y] >= 0)
    return 0;
  return util_fail(e, UTIL_REFUSED, "%s:1: the column %s or %s is required",
                   file, assess_fields[x], assess_fields[y]);
}

int app_import_assess(app *a, FILE *in, const char *name, long long size,
                      long *nrows, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  static const char *const required[] = {"year", NULL};
  util_csv *r = app_import_open(a, in, name);
  app_import_header h = {assess_fields, UTIL_COUNT(assess_fields), {0}, 0};
  *nrows = 0;
  if (app_import_read_header(r, &h, required, e) ||
      either(&h, name, A_MEMBER, A_ORG, e) ||
      either(&h, name, A_GRADE, A_SCORE, e) || app_import_begin(a, e)) {
    util_csv_close(r);
    return -1;
  }
  quotas q = {0};
  util_map seen = {0}; /* classification id -> the line that set it */
  char **f;
  size_t nf;
  long rows = 0;
  int rc;
  while ((rc = app_import_next_row(r, &h, &f, &nf, e)) == 1) {
    const char *v[UTIL_COUNT(assess_fields)];
    for (size_t k = 0; k < UTIL_COUNT(assess_fields); k++)
      v[k] = app_import_field(&h, f, nf, k);
    app_assess_in x = {v[A_YEAR],  v[A_MEMBER], v[A_ORG],
                       v[A_GRADE], v[A_SCORE],  false};
    long line = util_csv_line(r);
    int64_t id;
    enum core_grade grade;
    char who[80], trail[80];
    bool created;
    rc = assess_one(a, &x, &q, &id, &grade, who, trail, e);
    size_t *at = rc == 0 ? util_map_put(&seen, (uint64_t)id, &created) : NULL;
    if (at && !created)
      rc = util_fail(e, UTIL_REFUSED,
                     "%s: %s: classified for %s already on line %zu",
                     v[A_MEMBER] ? "member" : "org",
                     v[A_MEMBER] ? v[A_MEMBER] : v[A_ORG], v[A_YEAR], *at);
    else if (at)
      *at = (size_t)line;
    if (rc) {
      util_err_prefix(e, "%s:%ld: ", util_csv_name(r), line);
      break;
    }
    rows++;
    if ((rc = app_import_tick(a, r, size, rows, e)))
      break;
  }
  /* The quota holds for the file's result, not for each row on the way. */
  if (rc == 0 && check_quotas(a, &q, e)) {
    util_err_prefix(e, "%s: ", name);
    rc = -1;
  }
  if (rc == 0 && a->progress)
    a->progress(a->progress_ctx, size, size);
  util_csv_close(r);
  util_map_free(&seen);
  free(q.k);
  rc = app_import_finish(a, rc < 0 ? -1 : 0, "import assess", name, rows, e);
  if (rc == 0)
    *nrows = rows;
  return rc;
}
