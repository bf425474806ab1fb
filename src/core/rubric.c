/*
 * rubric.c — the arithmetic of a cell meeting's quality score (DOMAIN.md
 * §5): whether a rubric is well formed, and each criterion's points from
 * what the meeting records and what the scorer gives. The rubric itself is
 * data (docs/rubric.md); reading it is the app's job.
 */
#include "core/core.h"

#include <assert.h>
#include <string.h>

static const char *const fact_names[CORE_FACT__MAX] = {
    "", "minutes", "attendance", "speakers", "resolution"};

const char *core_fact_name(enum core_fact f) {
  return (int)f >= 0 && f < CORE_FACT__MAX ? fact_names[f] : "?";
}

int core_fact_parse(const char *s, enum core_fact *out) {
  for (int i = 1; s && i < CORE_FACT__MAX; i++)
    if (strcmp(fact_names[i], s) == 0) {
      *out = (enum core_fact)i;
      return 0;
    }
  return -1;
}

const char *core_fact_names(void) {
  return "minutes|attendance|speakers|resolution";
}

static bool is_share(enum core_fact f) {
  return f == CORE_FACT_ATTENDANCE || f == CORE_FACT_SPEAKERS ||
         f == CORE_FACT_RESOLUTION;
}

/* Checks one set of bands; `which` names it ("bands", "large bands"). */
static int check_bands(const core_rubric *r, const core_criterion *c,
                       const core_bands *b, const char *which, util_err *e) {
  const char *name = r->name ? r->name : "";
  if (b->n < 1 || b->n > CORE_RUBRIC_BANDS)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: %zu %s: a computed criterion "
                     "has 1 to %d bands",
                     name, c->id, b->n, which, CORE_RUBRIC_BANDS);
  for (size_t k = 0; k < b->n; k++) {
    const core_band *x = &b->b[k];
    if (x->from < 0 || (is_share(c->fact) && x->from > 100))
      return util_fail(e, UTIL_REFUSED,
                       "rubric %s: criterion %s: %s: from %d: a threshold of "
                       "%s is %s",
                       name, c->id, which, x->from, core_fact_name(c->fact),
                       is_share(c->fact) ? "a share from 0 to 100 (%)"
                                         : "a number of minutes, 0 or more");
    if (x->points < 0)
      return util_fail(e, UTIL_REFUSED,
                       "rubric %s: criterion %s: %s: points %d: points are "
                       "0 or more",
                       name, c->id, which, x->points);
    if (k > 0 && x->from >= b->b[k - 1].from)
      return util_fail(e, UTIL_REFUSED,
                       "rubric %s: criterion %s: %s: from %d after %d: the "
                       "thresholds go from the highest down",
                       name, c->id, which, x->from, b->b[k - 1].from);
    if (k > 0 && x->points > b->b[k - 1].points)
      return util_fail(e, UTIL_REFUSED,
                       "rubric %s: criterion %s: %s: %d points from %d, more "
                       "than %d from %d: a lower band never earns more",
                       name, c->id, which, x->points, x->from,
                       b->b[k - 1].points, b->b[k - 1].from);
  }
  if (b->b[b->n - 1].from != 0)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: %s: the last band starts at "
                     "%d: it must start at 0, so that every value has points",
                     name, c->id, which, b->b[b->n - 1].from);
  if (b->b[0].points + c->bonus + c->given != c->max)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: %s: the highest band (%d) plus "
                     "the bonus (%d) plus the given part (%d) make %d, not "
                     "the maximum %d",
                     name, c->id, which, b->b[0].points, c->bonus, c->given,
                     b->b[0].points + c->bonus + c->given, c->max);
  return 0;
}

static int check_criterion(const core_rubric *r, const core_criterion *c,
                           util_err *e) {
  const char *name = r->name ? r->name : "";
  if (c->max < 1)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: max %d: a criterion is worth "
                     "at least 1 point",
                     name, c->id, c->max);
  if (c->given < 0 || c->bonus < 0)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: %s %d: points are 0 or more",
                     name, c->id, c->given < 0 ? "given" : "bonus",
                     c->given < 0 ? c->given : c->bonus);
  if (c->fact == CORE_FACT_NONE) {
    if (c->bands.n || c->large_members || c->bonus)
      return util_fail(e, UTIL_REFUSED,
                       "rubric %s: criterion %s: bands, large-cell bands and "
                       "a bonus need a fact to compute from (%s)",
                       name, c->id, core_fact_names());
    if (c->given != c->max)
      return util_fail(e, UTIL_REFUSED,
                       "rubric %s: criterion %s: given %d: a criterion "
                       "without a fact is given in full (given = max = %d)",
                       name, c->id, c->given, c->max);
    return 0;
  }
  if ((int)c->fact < 0 || c->fact >= CORE_FACT__MAX)
    return util_fail(e, UTIL_INTERNAL, "rubric %s: criterion %s: bad fact",
                     name, c->id);
  if (c->fact == CORE_FACT_RESOLUTION && c->given)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: given %d: a criterion computed "
                     "from the resolution's results has no given part",
                     name, c->id, c->given);
  if (c->bonus && c->bonus_run < 1)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: absent in a row %d: a bonus "
                     "needs a number of meetings of at least 1",
                     name, c->id, c->bonus_run);
  if (c->large_members < 0)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: criterion %s: large cells from %d members: "
                     "a number of members, 1 or more",
                     name, c->id, c->large_members);
  if (check_bands(r, c, &c->bands, "bands", e))
    return -1;
  return c->large_members ? check_bands(r, c, &c->large, "large bands", e) : 0;
}

int core_rubric_check(const core_rubric *r, util_err *e) {
  const char *name = r->name ? r->name : "";
  if (r->n < 1 || r->n > CORE_RUBRIC_CRITERIA)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: %zu criteria: a rubric has 1 to %d", name,
                     r->n, CORE_RUBRIC_CRITERIA);
  int sum = 0;
  for (size_t i = 0; i < r->n; i++) {
    const core_criterion *c = &r->c[i];
    if (!c->id || !*c->id)
      return util_fail(e, UTIL_REFUSED,
                       "rubric %s: criterion %zu has no id: every criterion "
                       "has one",
                       name, i + 1);
    for (size_t k = 0; k < i; k++)
      if (strcmp(r->c[k].id, c->id) == 0)
        return util_fail(e, UTIL_REFUSED,
                         "rubric %s: criterion %s: the id is used twice: "
                         "criterion ids are unique",
                         name, c->id);
    if (check_criterion(r, c, e))
      return -1;
    sum += c->max;
  }
  if (sum != 100)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: the maxima sum to %d: they must sum to 100",
                     name, sum);
  return 0;
}

int core_rubric_find(const core_rubric *r, const char *id) {
  for (size_t i = 0; id && i < r->n; i++)
    if (strcmp(r->c[i].id, id) == 0)
      return (int)i;
  return -1;
}

int core_rubric_give(const core_rubric *r, size_t i, int points, util_err *e) {
  const core_criterion *c = &r->c[i];
  if (!c->given)
    return util_invalid(
        e, "points",
        "points: %s=%d: the points of %s are computed from what "
        "the meeting records (%s), not given",
        c->id, points, c->id, core_fact_name(c->fact));
  if (points < 0 || points > c->given)
    return util_invalid(e, "points",
                        "points: %s=%d: the scorer gives %s 0 to %d points",
                        c->id, points, c->id, c->given);
  return 0;
}

/* Whether num/den is at least from %; 0/0 is 0 %. */
static bool share_at_least(int num, int den, int from) {
  if (den <= 0)
    return from <= 0;
  return (int64_t)num * 100 >= (int64_t)from * den;
}

/* The computed part of criterion c, or CORE_NO_POINTS. */
static int computed_part(const core_criterion *c, const core_meeting_facts *f) {
  if (c->fact == CORE_FACT_NONE)
    return 0;
  const core_bands *b = c->large_members && f->registered >= c->large_members
                            ? &c->large
                            : &c->bands;
  if (c->fact == CORE_FACT_RESOLUTION && !f->has_result)
    return CORE_NO_POINTS;
  int points = 0;
  for (size_t k = b->n; k-- > 0;) {
    const core_band *x = &b->b[k];
    bool reached;
    switch (c->fact) {
    case CORE_FACT_MINUTES:
      reached = f->minutes >= x->from;
      break;
    case CORE_FACT_ATTENDANCE:
      reached = share_at_least(f->present, f->registered, x->from);
      break;
    case CORE_FACT_SPEAKERS:
      reached = share_at_least(f->speakers, f->present, x->from);
      break;
    default: /* CORE_FACT_RESOLUTION */
      reached = f->result >= x->from;
      break;
    }
    if (!reached)
      break;
    points = x->points;
  }
  if (c->bonus && f->absent_run <= c->bonus_run)
    points += c->bonus;
  return points;
}

/* Absences never pay. The share who spoke is of the members present, so
 * with fewer present it can only grow; where the computed points of the
 * meeting would come to more than those of the same meeting with every
 * registered member present, the criteria on the share who spoke give
 * back the difference (never below what they earn in full attendance). */
static void no_gain_from_absence(const core_rubric *r,
                                 const core_meeting_facts *f, int *part) {
  if (f->present >= f->registered)
    return;
  core_meeting_facts full = *f;
  full.present = f->registered;
  full.absent_run = 0;
  int excess = 0;
  for (size_t i = 0; i < r->n; i++) {
    int whole = computed_part(&r->c[i], &full);
    if (part[i] != CORE_NO_POINTS && whole != CORE_NO_POINTS)
      excess += part[i] - whole;
  }
  for (size_t i = 0; i < r->n && excess > 0; i++) {
    if (r->c[i].fact != CORE_FACT_SPEAKERS)
      continue;
    int gain = part[i] - computed_part(&r->c[i], &full);
    int cut = gain < excess ? gain : excess;
    if (cut > 0) {
      part[i] -= cut;
      excess -= cut;
    }
  }
}

int core_rubric_score(const core_rubric *r, const core_meeting_facts *f,
                      const int *given, int *points, int *computed) {
  int part[CORE_RUBRIC_CRITERIA];
  assert(r->n <= CORE_RUBRIC_CRITERIA); /* core_rubric_check */
  for (size_t i = 0; i < r->n; i++)
    part[i] = computed_part(&r->c[i], f);
  no_gain_from_absence(r, f, part);
  int total = 0;
  for (size_t i = 0; i < r->n; i++) {
    const core_criterion *c = &r->c[i];
    int g = given[i];
    bool given_ok = c->given ? g >= 0 && g <= c->given : true;
    if (computed)
      computed[i] = part[i];
    points[i] = part[i] == CORE_NO_POINTS || !given_ok
                    ? CORE_NO_POINTS
                    : part[i] + (c->given ? g : 0);
    if (points[i] == CORE_NO_POINTS)
      total = CORE_NO_POINTS;
    else if (total != CORE_NO_POINTS)
      total += points[i];
  }
  return total;
}
