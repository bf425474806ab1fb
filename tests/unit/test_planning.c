/*
 * test_planning.c — the conditions of cadre planning and its floors
 * (src/core/planning.c), each at its boundary: the day a term ends and
 * the age limit, the birthday of the minimum age, the theory levels, the
 * window of disciplines, the age of young cadres by level, and the shares
 * of 15% and 25%.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "core/planning.h"

static util_day D(int y, int m, int d) {
  return util_day_from_civil(y, m, d);
}

/* Reviews c against r and returns how many conditions fail, leaving them
 * in out. */
static size_t review(const core_post_rules *r, const core_candidate *c,
                     util_day term_start, util_day today,
                     core_plan_failure out[CORE_PLAN_RULE__MAX]) {
  return core_plan_review(r, c, term_start, today, out);
}

static void test_defaults(void **state) {
  (void)state;
  core_post_rules central = core_post_rules_default(CORE_LEVEL_CENTRAL),
                  local = core_post_rules_default(CORE_LEVEL_LOCAL);
  assert_int_equal(central.max_age, 60);
  assert_int_equal(central.term_years, 5);
  assert_int_equal(central.min_theory, CORE_THEORY_ADVANCED);
  assert_int_equal(local.min_theory, CORE_THEORY_INTERMEDIATE);
  assert_int_equal(local.discipline, CORE_REPRIMAND);
  assert_int_equal(local.discipline_years, 5);
  assert_int_equal(local.min_age, 0);
}

static void test_age_limit(void **state) {
  (void)state;
  core_post_rules r = core_post_rules_default(CORE_LEVEL_PROVINCIAL);
  core_candidate c = {.born = D(1970, 6, 15), .theory = CORE_THEORY_ADVANCED};
  core_plan_failure f[CORE_PLAN_RULE__MAX];
  util_day today = D(2025, 1, 1);
  /* 60 on 2030-06-15, the day a term begun on 2025-06-15 ends: a whole
   * term served. */
  assert_int_equal(review(&r, &c, D(2025, 6, 15), today, f), 0);
  /* A term begun a day later ends a day after the limit. */
  assert_int_equal(review(&r, &c, D(2025, 6, 16), today, f), 1);
  assert_int_equal(f[0].rule, CORE_PLAN_AGE_LIMIT);
  assert_int_equal(f[0].day, D(2030, 6, 15));
  /* Born on 29 February, with a limit of 61: 61 on 2029-02-28, the day a
   * term begun on 2024-02-29 ends. */
  r.max_age = 61;
  c.born = D(1968, 2, 29);
  assert_int_equal(review(&r, &c, D(2024, 2, 29), today, f), 0);
  assert_int_equal(review(&r, &c, D(2024, 3, 1), today, f), 1);
  assert_int_equal(f[0].day, D(2029, 2, 28));
  /* The post's own limit. */
  r.max_age = 62;
  assert_int_equal(review(&r, &c, D(2025, 2, 28), today, f), 0);
}

static void test_minimum_age(void **state) {
  (void)state;
  core_post_rules r = core_post_rules_default(CORE_LEVEL_LOCAL);
  r.min_age = 30;
  core_candidate c = {.born = D(1996, 10, 1),
                      .theory = CORE_THEORY_INTERMEDIATE};
  core_plan_failure f[CORE_PLAN_RULE__MAX];
  assert_int_equal(review(&r, &c, D(2026, 10, 1), D(2026, 1, 1), f), 0);
  c.born = D(1996, 10, 2);
  assert_int_equal(review(&r, &c, D(2026, 10, 1), D(2026, 1, 1), f), 1);
  assert_int_equal(f[0].rule, CORE_PLAN_TOO_YOUNG);
  assert_int_equal(f[0].age, 29);
}

static void test_theory(void **state) {
  (void)state;
  core_post_rules r = core_post_rules_default(CORE_LEVEL_PROVINCIAL);
  core_candidate c = {.born = D(1980, 1, 1), .theory = CORE_THEORY_ADVANCED};
  core_plan_failure f[CORE_PLAN_RULE__MAX];
  util_day start = D(2025, 10, 1), today = D(2025, 1, 1);
  assert_int_equal(review(&r, &c, start, today, f), 0);
  c.theory = CORE_THEORY_INTERMEDIATE;
  assert_int_equal(review(&r, &c, start, today, f), 1);
  assert_int_equal(f[0].rule, CORE_PLAN_THEORY);
  assert_int_equal(f[0].form, CORE_THEORY_INTERMEDIATE);
  /* Not recorded fails, and says so. */
  c.theory = CORE_THEORY_UNKNOWN;
  assert_int_equal(review(&r, &c, start, today, f), 1);
  assert_int_equal(f[0].form, CORE_THEORY_UNKNOWN);
  /* A post that asks for none. */
  r.min_theory = CORE_THEORY_UNKNOWN;
  assert_int_equal(review(&r, &c, start, today, f), 0);
}

static void test_discipline(void **state) {
  (void)state;
  core_post_rules r = core_post_rules_default(CORE_LEVEL_LOCAL);
  core_discipline d[3] = {{.day = D(2020, 3, 1), .form = CORE_REPRIMAND}};
  core_candidate c = {.born = D(1980, 1, 1),
                      .theory = CORE_THEORY_ADVANCED,
                      .disc = d,
                      .ndisc = 1};
  core_plan_failure f[CORE_PLAN_RULE__MAX];
  util_day start = D(2025, 10, 1);
  /* Counted for the five years before the review: on 2025-03-01 it is
   * exactly five years old and no longer counts; a day earlier it does. */
  assert_int_equal(review(&r, &c, start, D(2025, 3, 1), f), 0);
  assert_int_equal(review(&r, &c, start, D(2025, 2, 28), f), 1);
  assert_int_equal(f[0].rule, CORE_PLAN_DISCIPLINE);
  assert_int_equal(f[0].day, D(2020, 3, 1));
  assert_int_equal(f[0].form, CORE_REPRIMAND);
  /* One after the review's day is not known to it. */
  assert_int_equal(review(&r, &c, start, D(2020, 2, 29), f), 0);
  /* A post that drops only from a warning up ignores a reprimand, and
   * the latest that counts is named. */
  d[1] = (core_discipline){.day = D(2023, 5, 1), .form = CORE_WARNING};
  d[2] = (core_discipline){.day = D(2024, 5, 1), .form = CORE_REPRIMAND};
  c.ndisc = 3;
  r.discipline = CORE_WARNING;
  assert_int_equal(review(&r, &c, start, D(2025, 1, 1), f), 1);
  assert_int_equal(f[0].day, D(2023, 5, 1));
  r.discipline = CORE_REPRIMAND;
  assert_int_equal(review(&r, &c, start, D(2025, 1, 1), f), 1);
  assert_int_equal(f[0].day, D(2024, 5, 1));
}

static void test_every_condition_at_once(void **state) {
  (void)state;
  core_post_rules r = core_post_rules_default(CORE_LEVEL_CENTRAL);
  r.min_age = 70;
  r.education = "Thạc sĩ";
  core_discipline d = {.day = D(2024, 1, 1), .form = CORE_EXPULSION};
  core_candidate c = {.born = D(1966, 1, 1),
                      .theory = CORE_THEORY_ELEMENTARY,
                      .disc = &d,
                      .ndisc = 1};
  core_plan_failure f[CORE_PLAN_RULE__MAX];
  assert_int_equal(review(&r, &c, D(2026, 1, 1), D(2025, 1, 1), f), 5);
  assert_int_equal(f[0].rule, CORE_PLAN_AGE_LIMIT);
  assert_int_equal(f[1].rule, CORE_PLAN_TOO_YOUNG);
  assert_int_equal(f[1].age, 60);
  assert_int_equal(f[2].rule, CORE_PLAN_THEORY);
  assert_int_equal(f[3].rule, CORE_PLAN_DISCIPLINE);
  assert_int_equal(f[3].form, CORE_EXPULSION);
  assert_int_equal(f[4].rule, CORE_PLAN_EDUCATION);
}

static void test_young(void **state) {
  (void)state;
  util_day day = D(2026, 11, 28);
  /* 44 the day before the 45th birthday: young for a central post. */
  assert_true(core_is_young(D(1981, 11, 29), CORE_LEVEL_CENTRAL, day));
  assert_false(core_is_young(D(1981, 11, 28), CORE_LEVEL_CENTRAL, day));
  assert_true(core_is_young(D(1986, 11, 29), CORE_LEVEL_PROVINCIAL, day));
  assert_false(core_is_young(D(1986, 11, 28), CORE_LEVEL_LOCAL, day));
  assert_true(core_is_young(D(1981, 11, 29), CORE_LEVEL_CENTRAL, day) &&
              !core_is_young(D(1981, 11, 29), CORE_LEVEL_LOCAL, day));
}

static void test_floors(void **state) {
  (void)state;
  /* 15%: 3 of 20 exactly; 1 of 7 is 14.3%, 2 of 7 28.6%. */
  assert_true(core_young_floor_met(3, 20));
  assert_false(core_young_floor_met(2, 20));
  assert_false(core_young_floor_met(1, 7));
  assert_true(core_young_floor_met(2, 7));
  /* 25%: 1 of 4 exactly; 1 of 5 is 20%. */
  assert_true(core_women_floor_met(1, 4));
  assert_false(core_women_floor_met(1, 5));
  assert_false(core_women_floor_met(0, 1));
  assert_true(core_young_floor_met(0, 0) && core_women_floor_met(0, 0));
}

static void test_term(void **state) {
  (void)state;
  core_term t;
  util_err e = {0};
  assert_int_equal(core_term_parse("2025-2030", &t, &e), 0);
  assert_int_equal(t.from, 2025);
  assert_int_equal(t.to, 2030);
  assert_int_equal(core_term_start(t), D(2025, 1, 1));
  char buf[10];
  core_term_format(t, buf);
  assert_string_equal(buf, "2025-2030");
  /* The lengths at their bounds: 1 and 10 years. */
  assert_int_equal(core_term_parse("2025-2026", &t, &e), 0);
  assert_int_equal(core_term_parse("2025-2035", &t, &e), 0);
  static const char *bad[] = {
      "2025-2025",  "2030-2025", "2025-2036", "2025/2030", "25-30",
      "2025-2030 ", "1929-1934", "2201-2206", "",          "2025-203x"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    e = (util_err){0};
    assert_int_equal(core_term_parse(bad[i], &t, &e), -1);
    assert_int_equal(e.kind, UTIL_INVALID);
    assert_string_equal(e.field, "term");
    assert_non_null(strstr(e.msg, bad[i]));
  }
}

static void test_education(void **state) {
  (void)state;
  const char *list = "Đại học; Thạc sĩ ;Tiến sĩ";
  assert_true(core_education_meets(list, "Đại học"));
  assert_true(core_education_meets(list, "thạc sĩ"));   /* case */
  assert_true(core_education_meets(list, " TIẾN SĨ ")); /* spaces */
  assert_false(core_education_meets(list, "Cao đẳng"));
  assert_false(core_education_meets(list, "Đại")); /* whole values */
  assert_false(core_education_meets(list, NULL));  /* not recorded */
  assert_false(core_education_meets(list, ""));
  assert_true(core_education_meets(NULL, NULL)); /* no list: any */
  assert_true(core_education_meets("", "Cao đẳng"));
  assert_false(core_education_meets(";", "Đại học")); /* no value listed */
  /* In a review: the failure, after the others, with no facts of its own. */
  core_post_rules r = core_post_rules_default(CORE_LEVEL_LOCAL);
  r.education = list;
  core_candidate c = {.born = D(1980, 1, 1),
                      .gender = CORE_FEMALE,
                      .theory = CORE_THEORY_ADVANCED,
                      .education = "Cao đẳng"};
  core_plan_failure out[CORE_PLAN_RULE__MAX];
  assert_int_equal(review(&r, &c, D(2025, 1, 1), D(2025, 1, 1), out), 1);
  assert_int_equal(out[0].rule, CORE_PLAN_EDUCATION);
  c.education = "Thạc sĩ";
  assert_int_equal(review(&r, &c, D(2025, 1, 1), D(2025, 1, 1), out), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_defaults),
      cmocka_unit_test(test_age_limit),
      cmocka_unit_test(test_minimum_age),
      cmocka_unit_test(test_theory),
      cmocka_unit_test(test_discipline),
      cmocka_unit_test(test_every_condition_at_once),
      cmocka_unit_test(test_young),
      cmocka_unit_test(test_floors),
      cmocka_unit_test(test_term),
      cmocka_unit_test(test_education),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
