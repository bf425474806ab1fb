/*
 * report.c — computes the figures of a period report.
 *
 * Both engines produce the same two sums: everything dated up to the end of
 * the period, and everything dated before its start. The stock is read from
 * the first; the flows are the difference of the two. The tally engine
 * reads the sums from stored rows; the direct engine computes them from the
 * timelines of every member and organisation that was ever below.
 */
#include "report/report.h"

#include "core/election.h"
#include "core/planning.h"

#include <stdlib.h>
#include <string.h>

const char *const report_age_bands[REPORT_AGE_BANDS] = {
    "18-30", "31-40", "41-50", "51-60", "61-70", "71+"};
const char *const report_party_age_bands[REPORT_PARTY_AGE_BANDS] = {
    "0-9", "10-19", "20-29", "30-39", "40-49", "50+"};

void report_figures_clear(report_figures *f) {
  free(f->code);
  free(f->name);
  for (size_t i = 0; i < f->n_ethnicity; i++)
    free(f->by_ethnicity[i].label);
  for (size_t i = 0; i < f->n_education; i++)
    free(f->by_education[i].label);
  for (size_t i = 0; i < f->n_funds; i++)
    free(f->funds[i].label);
  free(f->by_ethnicity);
  free(f->by_education);
  free(f->funds);
  for (size_t i = 0; i < f->n_members; i++)
    free(f->members[i]);
  free(f->members);
  free(f->plans);
  memset(f, 0, sizeof *f);
}

/* ---- the direct engine ------------------------------------------------------
 */

typedef struct direct {
  report_ledger *paths; /* only its path cache is used */
  int64_t org;
  util_day before, to; /* last day of each sum */
  core_tally *upto, *prior;
  util_err err;
  bool failed;
} direct;

static size_t direct_paths(void *ctx, int64_t org, const core_path **paths) {
  direct *d = ctx;
  size_t n = report_ledger_paths(d->paths, org, paths, &d->err);
  if (n == (size_t)-1) {
    d->failed = true;
    *paths = NULL;
    return 0;
  }
  return n;
}

static bool direct_want(void *ctx, int64_t org) {
  return ((direct *)ctx)->org == org;
}

static void direct_emit(void *ctx, int64_t org, util_day day, uint32_t key,
                        int64_t n) {
  direct *d = ctx;
  (void)org;
  if (day <= d->to)
    core_tally_add(d->upto, key, n);
  if (day <= d->before)
    core_tally_add(d->prior, key, n);
}

/* Every organisation that was ever below `org`, itself included. */
static int subtree_ever(store *st, int64_t org, int64_t **ids, size_t *n,
                        util_err *e) {
  size_t cap = 16;
  *ids = util_xmalloc(cap * sizeof **ids);
  (*ids)[0] = org;
  *n = 1;
  for (size_t i = 0; i < *n; i++) {
    int64_t *kids;
    size_t nk;
    if (store_children_ever(st, (*ids)[i], &kids, &nk, e)) {
      free(*ids);
      *ids = NULL;
      return -1;
    }
    for (size_t k = 0; k < nk; k++) {
      bool seen = false;
      for (size_t j = 0; j < *n && !seen; j++)
        seen = (*ids)[j] == kids[k];
      if (seen)
        continue;
      if (*n == cap) {
        cap *= 2;
        *ids = util_xrealloc(*ids, cap * sizeof **ids);
      }
      (*ids)[(*n)++] = kids[k];
    }
    free(kids);
  }
  return 0;
}

typedef struct direct_point_ctx {
  const core_sink *sink;
  int64_t org;
  util_err *e;
} direct_point_ctx;

static int direct_point(void *ctx, util_day day, const void *blob, size_t len) {
  direct_point_ctx *p = ctx;
  core_tally t = {0};
  if (core_tally_decode_add(&t, blob, len, 1))
    return util_fail(p->e, UTIL_SYSTEM,
                     "a point in the database is damaged; run `cadre check`");
  core_contribute_point(p->org, day, &t, p->sink);
  core_tally_free(&t);
  return 0;
}

static int direct_sums(store *st, int64_t org, util_day before, util_day to,
                       core_tally *upto, core_tally *prior, util_err *e) {
  direct d = {.paths = report_ledger_new(st),
              .org = org,
              .before = before,
              .to = to,
              .upto = upto,
              .prior = prior,
              .err = {.lang = e ? e->lang : NULL}};
  core_sink sink = {.emit = direct_emit,
                    .paths = direct_paths,
                    .want = direct_want,
                    .ctx = &d};
  int64_t *orgs = NULL, *members = NULL;
  size_t norgs = 0, nmembers = 0;
  int rc = -1;
  if (subtree_ever(st, org, &orgs, &norgs, e) ||
      store_members_in_cells(st, orgs, norgs, UTIL_DAY_MIN, &members, &nmembers,
                             e))
    goto done;
  for (size_t i = 0; i < norgs && !d.failed; i++) {
    store_org o;
    if (store_org_by_id(st, orgs[i], &o, e))
      goto done;
    core_contribute_org(o.id, o.kind, o.founded_known, o.recorded_on, o.ended,
                        o.ended_how, &sink);
    store_org_clear(&o);
    /* The records of party work placed there (points). */
    direct_point_ctx pc = {&sink, orgs[i], e};
    if (store_points_of(st, orgs[i], UTIL_DAY_MIN, direct_point, &pc, e))
      goto done;
  }
  for (size_t i = 0; i < nmembers && !d.failed; i++) {
    store_member m;
    core_profile *p = NULL;
    core_event *evs = NULL;
    size_t nev = 0, np = 0;
    core_timeline t;
    if (store_member_by_id(st, members[i], &m, e))
      goto done;
    int bad = store_member_profile(st, &m, &p, &np, e) ||
              store_events_of(st, m.id, &evs, &nev, e) ||
              core_replay(evs, nev, &t, e);
    store_member_clear(&m);
    free(evs);
    if (bad) {
      free(p);
      goto done;
    }
    core_contribute_member(p, np, &t, &sink);
    free(p);
    core_timeline_free(&t);
  }
  if (d.failed) {
    *e = d.err;
    goto done;
  }
  rc = 0;
done:
  free(orgs);
  free(members);
  report_ledger_free(d.paths);
  return rc;
}

/* ---- figures from the sums
 * ----------------------------------------------------------- */

static int age_band(int age) {
  static const int upper[] = {30, 40, 50, 60, 70};
  for (int i = 0; i < 5; i++)
    if (age <= upper[i])
      return i;
  return 5;
}

static int party_age_band(int years) {
  int b = years < 0 ? 0 : years / 10;
  return b > 5 ? 5 : b;
}

static int add_count(store *st, report_count **list, size_t *n, uint32_t term,
                     int64_t count, util_err *e) {
  char *label;
  if (store_term_text(st, term, &label, e))
    return -1;
  *list = util_xrealloc(*list, (*n + 1) * sizeof **list);
  (*list)[(*n)++] =
      (report_count){.label = label ? label : util_xstrdup(""), .n = count};
  return 0;
}

static int by_count(const void *a, const void *b) {
  const report_count *x = a, *y = b;
  if (x->n != y->n)
    return x->n < y->n ? 1 : -1;
  return strcmp(x->label, y->label);
}

static int stock(store *st, const core_tally *t, report_figures *f,
                 util_err *e) {
  int year = util_day_year(f->to);
  for (size_t i = 0; i < t->len; i++) {
    uint32_t v = CORE_KEY_VALUE(t->key[i]);
    int64_t n = t->n[i];
    switch (CORE_KEY_DIM(t->key[i])) {
    case CORE_D_STATUS:
      if (v == CORE_OFFICIAL)
        f->official += n;
      else
        f->probationary += n;
      f->total += n;
      break;
    case CORE_D_GENDER:
      if (v == CORE_FEMALE)
        f->female += n;
      else
        f->male += n;
      break;
    case CORE_D_BORN:
      f->by_age[age_band(year - (int)v)] += n;
      break;
    case CORE_D_ORIGIN:
      f->by_party_age[party_age_band(year - (int)v)] += n;
      break;
    case CORE_D_THEORY:
      if (v < CORE_THEORY__MAX)
        f->by_theory[v] += n;
      break;
    case CORE_D_KEY_CADRE:
      f->key_cadres += n;
      break;
    case CORE_D_OVERDUE:
      f->probation_overdue += n;
      break;
    case CORE_D_ETHNICITY:
      if (n && add_count(st, &f->by_ethnicity, &f->n_ethnicity, v, n, e))
        return -1;
      break;
    case CORE_D_EDUCATION:
      if (n && add_count(st, &f->by_education, &f->n_education, v, n, e))
        return -1;
      break;
    case CORE_D_ORG_KIND:
      if (v < CORE_KIND__MAX) {
        f->orgs[v] += n;
        if (core_kind_is_grassroots((enum core_kind)v))
          f->grassroots += n;
      }
      break;
    default:
      break;
    }
  }
  if (f->n_ethnicity)
    qsort(f->by_ethnicity, f->n_ethnicity, sizeof *f->by_ethnicity, by_count);
  if (f->n_education)
    qsort(f->by_education, f->n_education, sizeof *f->by_education, by_count);
  return 0;
}

/* Party work: counts of points in the period. */
static int work(store *st, uint32_t key, int64_t n, report_figures *f,
                util_err *e) {
  uint32_t v = CORE_KEY_VALUE(key);
  int of_member = (int)(v >> 8) & 1;
  switch (CORE_KEY_DIM(key)) {
  case CORE_D_OVERSIGHT:
    if ((v >> 2) < CORE_OVERSIGHT__MAX) {
      f->oversight[v >> 2][(v >> 1) & 1] += n;
      if (v & 1)
        f->oversight_violations[v >> 2][(v >> 1) & 1] += n;
    }
    break;
  case CORE_D_ORG_DISC:
    if (v < CORE_ORG_FORM__MAX)
      f->org_disciplined[v] += n;
    break;
  case CORE_D_AWARD:
    if ((v & 0xff) < CORE_AWARD__MAX)
      f->awards[of_member][v & 0xff] += n;
    break;
  case CORE_D_ASSESS:
    if ((v & 0xff) < CORE_GRADE__MAX)
      f->assessed[of_member][v & 0xff] += n;
    break;
  case CORE_D_MEETING:
    if (v == CORE_M_REGULAR || v == CORE_M_THEMATIC)
      f->meetings[v] += n;
    else if (v == CORE_M_SCORED)
      f->meetings_scored += n;
    else if (v == CORE_M_SCORE_SUM)
      f->meeting_score_sum += n;
    else if (v >= CORE_M_GRADE && v < CORE_M_GRADE + CORE_MEETING_GRADE__MAX)
      f->meeting_grades[v - CORE_M_GRADE] += n;
    break;
  case CORE_D_DOC:
    if (v == 0)
      f->docs_disseminated += n;
    else
      f->docs_implemented += n;
    break;
  case CORE_D_FUND:
    f->funds_total += n;
    return n ? add_count(st, &f->funds, &f->n_funds, v, n, e) : 0;
  default:
    break;
  }
  return 0;
}

static int flows(store *st, const core_tally *upto, const core_tally *prior,
                 report_figures *f, util_err *e) {
  core_tally d = {0};
  core_tally_merge(&d, upto, 1);
  core_tally_merge(&d, prior, -1);
  int64_t *flow[CORE_F__MAX] = {
      [CORE_F_ADMITTED] = &f->admitted,
      [CORE_F_READMITTED] = &f->readmitted,
      [CORE_F_RECOGNIZED] = &f->recognized,
      [CORE_F_MEMBERS_IN] = &f->members_in,
      [CORE_F_MEMBERS_OUT] = &f->members_out,
      [CORE_F_ORGS_IN] = &f->orgs_in,
      [CORE_F_ORGS_OUT] = &f->orgs_out,
      [CORE_F_REPRIMAND] = &f->disciplined[CORE_REPRIMAND],
      [CORE_F_WARNING] = &f->disciplined[CORE_WARNING],
      [CORE_F_DISMISSAL] = &f->disciplined[CORE_DISMISSAL],
      [CORE_F_EXPULSION] = &f->disciplined[CORE_EXPULSION],
      [CORE_F_REMOVED] = &f->left_removed,
      [CORE_F_RESIGNED] = &f->left_resigned,
      [CORE_F_DECEASED] = &f->left_deceased,
      [CORE_F_EXPELLED] = &f->left_expelled,
      [CORE_F_ORGS_FOUNDED] = &f->orgs_founded,
      [CORE_F_ORGS_DISSOLVED] = &f->orgs_dissolved,
      [CORE_F_ORGS_MERGED] = &f->orgs_merged,
  };
  uint32_t first = CORE_DISC_DAY(f->from);
  for (size_t i = 0; i < d.len; i++) {
    uint32_t v = CORE_KEY_VALUE(d.key[i]);
    switch (CORE_KEY_DIM(d.key[i])) {
    case CORE_D_FLOW:
      if (v < CORE_F__MAX && flow[v])
        *flow[v] += d.n[i];
      break;
    case CORE_D_DISC_PREV:
      /* A member counts once: at the first discipline in the period. */
      if (v < first)
        f->disciplined_members += d.n[i];
      break;
    case CORE_D_TARGET: { /* likewise an organisation or member overseen */
      uint32_t what = v >> CORE_TARGET_DAY_BITS;
      if (CORE_TARGET_DAY(v) < first && (what >> 1) < CORE_OVERSIGHT__MAX)
        f->oversight_targets[what >> 1][what & 1] += d.n[i];
      break;
    }
    case CORE_D_ORG_TARGET: /* and an organisation disciplined */
      if (v < first)
        f->orgs_disciplined += d.n[i];
      break;
    default:
      if (work(st, d.key[i], d.n[i], f, e)) {
        core_tally_free(&d);
        return -1;
      }
      break;
    }
  }
  core_tally_free(&d);
  if (f->n_funds)
    qsort(f->funds, f->n_funds, sizeof *f->funds, by_count);
  return 0;
}

/* ---- the planning --------------------------------------------------------
 */

/* The planning section, counted from its candidates as store_plan_rows
 * gives them, by term and post: a post's counts are judged against the
 * floors when its last candidate has been seen. */
typedef struct plan_count {
  report_figures *f;
  int64_t post, n, young, female; /* the post being counted */
  util_err *e;
} plan_count;

static void plan_post_done(plan_count *c) {
  if (!c->post)
    return;
  report_plan *p = &c->f->plans[c->f->n_plans - 1];
  p->posts++;
  p->posts_short_young += !core_young_floor_met(c->young, c->n);
  p->posts_short_women += !core_women_floor_met(c->female, c->n);
  c->post = c->n = c->young = c->female = 0;
}

static int plan_candidate(void *ctx, const store_plan_row *r) {
  plan_count *c = ctx;
  report_figures *f = c->f;
  bool term = !f->n_plans || strcmp(f->plans[f->n_plans - 1].term, r->term);
  if (term || r->post != c->post)
    plan_post_done(c);
  core_term t;
  enum core_level level;
  if (core_term_parse(r->term, &t, c->e))
    return -1;
  if (core_level_parse(r->level, &level))
    return util_fail(c->e, UTIL_INTERNAL, "post %lld: level %s",
                     (long long)r->post, r->level);
  if (term) {
    f->plans = util_xrealloc(f->plans, (f->n_plans + 1) * sizeof *f->plans);
    report_plan *p = &f->plans[f->n_plans++];
    memset(p, 0, sizeof *p);
    snprintf(p->term, sizeof p->term, "%s", r->term);
  }
  report_plan *p = &f->plans[f->n_plans - 1];
  bool young = core_is_young(r->born, level, core_term_start(t));
  c->post = r->post;
  c->n++;
  c->young += young;
  c->female += r->female;
  p->candidates++;
  p->young += young;
  p->female += r->female;
  p->minorities += r->minority;
  p->by_theory[r->theory]++;
  return 0;
}

static int planning(store *st, int64_t org, report_figures *f, util_err *e) {
  plan_count c = {.f = f, .e = e};
  int rc = store_plan_rows(st, org, f->to, plan_candidate, &c, e);
  plan_post_done(&c);
  return rc;
}

/* ---- congresses ---------------------------------------------------------
 */

/* The congresses' figures, counted round by round from their votes as
 * store_congress_ballots gives them. */
typedef struct congress_count {
  report_figures *f;
  int64_t congress, round;
  store_ballot_row at; /* the round being counted */
  int64_t *ids, *votes;
  size_t n, cap;
} congress_count;

static void congress_round_done(congress_count *c) {
  if (!c->round)
    return;
  core_round r = {.issued = c->at.issued,
                  .returned = c->at.returned,
                  .valid = c->at.valid,
                  .seats = c->at.round_seats,
                  .n = c->n,
                  .ids = c->ids,
                  .votes = c->votes};
  enum core_outcome *out = util_xcalloc(c->n + 1, sizeof *out);
  c->f->congress_rounds++;
  c->f->congress_elected += (int64_t)core_round_elect(&r, out);
  bool tied = false;
  for (size_t i = 0; i < c->n; i++)
    tied |= out[i] == CORE_TIED;
  c->f->congress_ties += tied;
  free(out);
  c->round = 0;
  c->n = 0;
}

static int congress_vote(void *ctx, const store_ballot_row *r) {
  congress_count *c = ctx;
  if (r->round != c->round || r->congress != c->congress)
    congress_round_done(c);
  if (r->congress != c->congress) {
    c->congress = r->congress;
    c->f->congresses++;
    c->f->congress_seats += r->seats;
  }
  if (!r->round)
    return 0;
  c->round = r->round;
  c->at = *r;
  if (!r->member)
    return 0;
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 16;
    c->ids = util_xrealloc(c->ids, c->cap * sizeof *c->ids);
    c->votes = util_xrealloc(c->votes, c->cap * sizeof *c->votes);
  }
  c->ids[c->n] = r->member;
  c->votes[c->n++] = r->votes;
  return 0;
}

static int congresses(store *st, int64_t org, report_figures *f, util_err *e) {
  congress_count c = {.f = f};
  int rc =
      store_congress_ballots(st, org, f->from, f->to, congress_vote, &c, e);
  congress_round_done(&c);
  free(c.ids);
  free(c.votes);
  return rc;
}

int report_compute(store *st, int64_t org, util_day from, util_day to,
                   enum report_engine engine, report_figures *out,
                   util_err *e) {
  memset(out, 0, sizeof *out);
  store_org o;
  int rc = store_org_by_id(st, org, &o, e);
  if (rc)
    return rc == 1 ? util_fail(e, UTIL_INTERNAL, "no organisation %lld",
                               (long long)org)
                   : -1;
  out->code = util_xstrdup(o.code);
  out->kind = o.kind;
  out->from = from;
  out->to = to;
  core_tally upto = {0}, prior = {0};
  rc = store_org_name_at(st, org, to, &out->name, e);
  if (rc == 0) {
    if (engine == REPORT_AUTO && core_kind_has_tally(o.kind)) {
      /* The figures at the end are those at the start plus the period's
       * changes: the rows before the period are read once. */
      rc = store_tally_sum(st, org, from - 1, &prior, e);
      if (rc == 0) {
        core_tally_merge(&upto, &prior, 1);
        rc = store_tally_sum_between(st, org, from, to, &upto, e);
      }
    } else
      rc = direct_sums(st, org, from - 1, to, &upto, &prior, e);
  }
  if (rc == 0)
    rc = stock(st, &upto, out, e);
  if (rc == 0)
    rc = flows(st, &upto, &prior, out, e);
  if (rc == 0)
    rc = planning(st, org, out, e);
  if (rc == 0)
    rc = congresses(st, org, out, e);
  core_tally_free(&upto);
  core_tally_free(&prior);
  store_org_clear(&o);
  if (rc)
    report_figures_clear(out);
  return rc ? -1 : 0;
}
