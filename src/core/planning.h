/*
 * planning.h — the rules of cadre planning (DOMAIN.md §8, issue 9): the
 * conditions a candidate for a post must meet for a term, and the floors
 * of a planning's structure (young cadres, women).
 *
 * The conditions are data (core_post_rules), with defaults by the post's
 * level, so that a board records its own where they differ. A review
 * returns every condition a candidate fails, with the facts that fail it;
 * the words are the front ends' (the catalogs'), never written here.
 * Shares are compared in integers: "at least 15%" is 20 × young >= 3 × n.
 */
#ifndef CADRE_CORE_PLANNING_H
#define CADRE_CORE_PLANNING_H

#include "core/core.h"

/* A term of office as boards write it, "2025-2030": the years of the
 * congresses that open and close it. Its first day is 1 January of the
 * first year, and it lasts to - from years (the length a candidate must be
 * able to serve). */
typedef struct core_term {
  int from, to;
} core_term;

/* Parses "YYYY-YYYY" with from in 1930..2200 and a length of 1 to 10
 * years. Returns 0, or -1 with e set (UTIL_INVALID, field "term"). */
int core_term_parse(const char *s, core_term *t, util_err *e);
util_day core_term_start(core_term t);
/* Writes the term as parsed ("2025-2030") into buf[10]. */
void core_term_format(core_term t, char buf[10]);

/* The level of a post: where the floor of young cadres lies and which
 * conditions are the defaults. */
enum core_level {
  CORE_LEVEL_CENTRAL,
  CORE_LEVEL_PROVINCIAL,
  CORE_LEVEL_LOCAL,
  CORE_LEVEL__MAX
};

/* "central", "provincial", "local"; and back (-1: not a level). */
const char *core_level_name(enum core_level level);
int core_level_parse(const char *s, enum core_level *out);

/* What a candidate for a post must meet. */
typedef struct core_post_rules {
  int max_age;                 /* the post's age limit, in years */
  int min_age;                 /* 0: none */
  int term_years;              /* a full term */
  enum core_theory min_theory; /* CORE_THEORY_UNKNOWN: none */
  enum core_form discipline;   /* the lightest form that drops: reprimand */
  int discipline_years;        /* how far back from the review it counts */
  /* The education a candidate must have: one of these, separated by ';'
   * ("Đại học;Thạc sĩ;Tiến sĩ"), compared without case; NULL or "": any
   * (the default: education is recorded as text, not as levels). */
  const char *education;
} core_post_rules;

/* The defaults (DOMAIN.md §8) for a post of `level`: an age limit of 60,
 * a term of 5 years, any discipline (reprimand or above) in the 5 years
 * before the review, advanced political theory for central and provincial
 * posts and intermediate below. */
core_post_rules core_post_rules_default(enum core_level level);

/* What a review knows of a candidate. */
typedef struct core_candidate {
  util_day born;
  enum core_gender gender;
  enum core_theory theory;
  const core_discipline *disc; /* the member's disciplines, any order */
  size_t ndisc;
  const char *education; /* as recorded; NULL: not recorded */
} core_candidate;

/* The conditions, as a review names them. */
enum core_plan_rule {
  CORE_PLAN_AGE_LIMIT,  /* reaches the age limit before the term ends */
  CORE_PLAN_TOO_YOUNG,  /* under the minimum age when the term begins */
  CORE_PLAN_THEORY,     /* political theory below the post's (or none) */
  CORE_PLAN_DISCIPLINE, /* disciplined at the form or above, recently */
  CORE_PLAN_EDUCATION,  /* an education not among the post's (or none) */
  CORE_PLAN_RULE__MAX
};

/* A condition failed, with its facts: the day the candidate reaches the
 * age limit (AGE_LIMIT), the age when the term begins (TOO_YOUNG), the
 * theory recorded (THEORY), the latest discipline counted (DISCIPLINE);
 * the education recorded is the candidate's own (EDUCATION). */
typedef struct core_plan_failure {
  enum core_plan_rule rule;
  util_day day; /* AGE_LIMIT: the limit's day; DISCIPLINE: its day */
  int age;      /* TOO_YOUNG */
  int form;     /* DISCIPLINE: enum core_form; THEORY: enum core_theory */
} core_plan_failure;

/* Whether `education` is one of the list `accepted` (';'-separated, each
 * trimmed, compared after Unicode case folding); an empty list accepts
 * anything, and no education recorded meets no list. */
bool core_education_meets(const char *accepted, const char *education);

/* The conditions of `r` that candidate `c` fails for a term of
 * [term_start, term_start + r->term_years years), reviewed on `today`,
 * into out (in the order of enum core_plan_rule). Returns how many. */
size_t core_plan_review(const core_post_rules *r, const core_candidate *c,
                        util_day term_start, util_day today,
                        core_plan_failure out[CORE_PLAN_RULE__MAX]);

/* The age under which a cadre counts as young: 45 for central posts, 40
 * below (DOMAIN.md §8). */
int core_young_age(enum core_level level);
bool core_is_young(util_day born, enum core_level level, util_day day);

/* The floors of a planning of n candidates: at least 15% young, at least
 * 25% women (a planning of no candidate meets them: there is nothing to
 * flag but its emptiness, which a list shows). */
bool core_young_floor_met(int64_t young, int64_t n);
bool core_women_floor_met(int64_t women, int64_t n);

#endif
