/*
 * planning.c — the conditions of cadre planning and its floors
 * (planning.h).
 */
#include "core/planning.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool four_digits(const char *s) {
  for (int i = 0; i < 4; i++)
    if (s[i] < '0' || s[i] > '9')
      return false;
  return true;
}

int core_term_parse(const char *s, core_term *t, util_err *e) {
  if (!s || strlen(s) != 9 || s[4] != '-' || !four_digits(s) ||
      !four_digits(s + 5))
    return util_invalid(e, "term",
                        "term: '%s': not a term of office (YYYY-YYYY, as "
                        "2025-2030)",
                        s ? s : "");
  int from = atoi(s), to = atoi(s + 5);
  if (from < 1930 || from > 2200)
    return util_invalid(e, "term",
                        "term: '%s': a term begins between 1930 and 2200", s);
  if (to - from < 1 || to - from > 10)
    return util_invalid(e, "term",
                        "term: '%s': a term lasts from 1 to 10 years", s);
  *t = (core_term){.from = from, .to = to};
  return 0;
}

util_day core_term_start(core_term t) {
  return util_day_from_civil(t.from, 1, 1);
}

void core_term_format(core_term t, char buf[10]) {
  snprintf(buf, 10, "%04u-%04u", (unsigned)t.from % 10000u,
           (unsigned)t.to % 10000u);
}

static const char *const level_names[CORE_LEVEL__MAX] = {"central",
                                                         "provincial", "local"};

const char *core_level_name(enum core_level level) {
  return (int)level >= 0 && level < CORE_LEVEL__MAX ? level_names[level] : "";
}

int core_level_parse(const char *s, enum core_level *out) {
  for (int i = 0; i < CORE_LEVEL__MAX; i++)
    if (s && strcmp(s, level_names[i]) == 0) {
      *out = (enum core_level)i;
      return 0;
    }
  return -1;
}

core_post_rules core_post_rules_default(enum core_level level) {
  return (core_post_rules){
      .max_age = 60,
      .term_years = 5,
      .min_theory = level == CORE_LEVEL_LOCAL ? CORE_THEORY_INTERMEDIATE
                                              : CORE_THEORY_ADVANCED,
      .discipline = CORE_REPRIMAND,
      .discipline_years = 5,
  };
}

size_t core_plan_review(const core_post_rules *r, const core_candidate *c,
                        util_day term_start, util_day today,
                        core_plan_failure out[CORE_PLAN_RULE__MAX]) {
  size_t n = 0;
  /* Serving a whole term: the age limit is reached on or after the day
   * the term ends. */
  util_day limit = util_day_add_years(c->born, r->max_age);
  util_day term_end = util_day_add_years(term_start, r->term_years);
  if (limit < term_end)
    out[n++] = (core_plan_failure){.rule = CORE_PLAN_AGE_LIMIT, .day = limit};
  int age = util_full_years(c->born, term_start);
  if (r->min_age > 0 && age < r->min_age)
    out[n++] = (core_plan_failure){.rule = CORE_PLAN_TOO_YOUNG, .age = age};
  if (r->min_theory != CORE_THEORY_UNKNOWN &&
      (c->theory == CORE_THEORY_UNKNOWN || c->theory < r->min_theory))
    out[n++] =
        (core_plan_failure){.rule = CORE_PLAN_THEORY, .form = (int)c->theory};
  /* The latest discipline of the form or above within the years counted,
   * up to the review's day (a later one is not known yet). */
  util_day since = util_day_add_years(today, -r->discipline_years);
  const core_discipline *latest = NULL;
  for (size_t i = 0; i < c->ndisc; i++) {
    const core_discipline *d = &c->disc[i];
    if (d->form >= r->discipline && d->day > since && d->day <= today &&
        (!latest || d->day > latest->day))
      latest = d;
  }
  if (latest)
    out[n++] = (core_plan_failure){.rule = CORE_PLAN_DISCIPLINE,
                                   .day = latest->day,
                                   .form = (int)latest->form};
  if (!core_education_meets(r->education, c->education))
    out[n++] = (core_plan_failure){.rule = CORE_PLAN_EDUCATION};
  return n;
}

/* The text of s[0..n) without the spaces around it, case folded. */
static char *folded(const char *s, size_t n) {
  while (n && (*s == ' ' || *s == '\t'))
    s++, n--;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
    n--;
  char *part = util_xstrndup(s, n), *f = util_text_casefold(part);
  free(part);
  return f;
}

bool core_education_meets(const char *accepted, const char *education) {
  if (!accepted || !*accepted)
    return true;
  if (!education || !*education)
    return false;
  char *have = folded(education, strlen(education));
  bool met = false;
  for (const char *p = accepted; !met;) {
    size_t len = strcspn(p, ";");
    char *want = folded(p, len);
    met = *want && strcmp(want, have) == 0;
    free(want);
    if (!p[len])
      break;
    p += len + 1;
  }
  free(have);
  return met;
}

int core_young_age(enum core_level level) {
  return level == CORE_LEVEL_CENTRAL ? 45 : 40;
}

bool core_is_young(util_day born, enum core_level level, util_day day) {
  return util_full_years(born, day) < core_young_age(level);
}

bool core_young_floor_met(int64_t young, int64_t n) {
  return 20 * young >= 3 * n;
}

bool core_women_floor_met(int64_t women, int64_t n) {
  return 4 * women >= n;
}
