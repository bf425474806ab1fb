/*
 * test_core_assess.c — the rules of the annual assessment and of party
 * badges (DOMAIN.md §2, §4): grades of scores, the quota of excellence,
 * ranges of years as typed, the years a member can be assessed for, and
 * when a party badge may be awarded.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"
#include "core_events.h"

#define WHO "member 7"

static core_event readmitted(util_day d, int64_t cell) {
  return (core_event){.kind = CORE_EV_READMITTED, .date = d, .cell = cell};
}

static void replay(const core_event *ev, size_t n, core_timeline *t) {
  util_err e = {0};
  if (core_replay(ev, n, t, &e))
    fail_msg("replay: %s", e.msg);
}

/* Expects -1 with a refusal whose message holds every string of the
 * NULL-ended list. */
static void refused(int rc, const util_err *e, const char *part, ...) {
  va_list ap;

  assert_int_equal(rc, -1);
  assert_int_equal(e->code, UTIL_REFUSED);
  va_start(ap, part);
  for (; part; part = va_arg(ap, const char *))
    if (!strstr(e->msg, part))
      fail_msg("\"%s\" not in the message: %s", part, e->msg);
  va_end(ap);
}

/* ---- grades and the quota ------------------------------------------------ */

static void test_grade_of_score(void **state) {
  static const struct {
    int score;
    enum core_grade grade;
  } cases[] = {{100, CORE_EXCELLENT},    {90, CORE_EXCELLENT},
               {89, CORE_WELL},          {70, CORE_WELL},
               {69, CORE_COMPLETED},     {50, CORE_COMPLETED},
               {49, CORE_NOT_COMPLETED}, {0, CORE_NOT_COMPLETED}};

  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
    assert_int_equal(core_grade_of_score(cases[i].score), cases[i].grade);
}

static void test_quota(void **state) {
  util_err e = {0};

  (void)state;
  /* At most a fifth of those classified well or better, rounded down. */
  assert_int_equal(core_check_quota(0, 0, "G", &e), 0);
  assert_int_equal(core_check_quota(0, 3, "G", &e), 0);
  assert_int_equal(core_check_quota(1, 4, "G", &e), 0);
  assert_int_equal(core_check_quota(2, 8, "G", &e), 0);
  assert_int_equal(core_check_quota(2, 12, "G", &e), 0);
  assert_int_equal(core_check_quota(20, 80, "G", &e), 0);
  refused(core_check_quota(1, 0, "the quota of G", &e), &e,
          "the quota of G: 1 classified excellent of 1 classified well or "
          "better; at most 20% (0) may be excellent, 1 too many",
          NULL);
  refused(core_check_quota(1, 3, "G", &e), &e, "1 classified excellent of 4",
          "(0)", "1 too many", NULL);
  refused(core_check_quota(3, 8, "G", &e), &e, "3 classified excellent of 11",
          "(2)", "1 too many", NULL);
  refused(core_check_quota(21, 80, "G", &e), &e, "of 101", "(20)", "1 too many",
          NULL);
  refused(core_check_quota(5, 0, "G", &e), &e, "(1)", "4 too many", NULL);
}

/* ---- ranges of years ----------------------------------------------------- */

static void test_years_parse(void **state) {
  static const char *const bad[] = {
      "",           "19-23",      "2019-",     "-2023",      "2019-2023x",
      " 2019-2023", "2019-2023 ", "2019/2023", "2019--2023", "201a-2023",
      "2019-20234", "+2019",      "2019-+202", "20190",      "2019 2023"};
  int first = 0, last = 0;
  const char *why = NULL;

  (void)state;
  assert_int_equal(core_years_parse("2019-2023", &first, &last, &why), 0);
  assert_int_equal(first, 2019);
  assert_int_equal(last, 2023);
  assert_int_equal(core_years_parse("2024", &first, &last, &why), 0);
  assert_int_equal(first, 2024);
  assert_int_equal(last, 2024);
  assert_int_equal(core_years_parse("2020-2020", &first, &last, &why), 0);
  assert_int_equal(first, 2020);
  assert_int_equal(last, 2020);
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    first = last = 0;
    why = NULL;
    if (core_years_parse(bad[i], &first, &last, &why) != -1)
      fail_msg("accepted \"%s\"", bad[i]);
    assert_string_equal(why, "a range of years is YYYY-YYYY, or one year YYYY");
    assert_int_equal(first, 0);
  }
  assert_int_equal(core_years_parse(NULL, &first, &last, &why), -1);
  assert_int_equal(core_years_parse("2023-2019", &first, &last, &why), -1);
  assert_string_equal(why, "the first year comes after the last");
}

/* ---- the years a member can be assessed for ------------------------------ */

static void test_assess_year(void **state) {
  /* Admitted on 31 December 2009, removed on 1 January 2015, readmitted
   * in June 2019. */
  core_event ev[] = {admitted(day(2009, 12, 31), 11),
                     event(CORE_EV_RECOGNIZED, day(2011, 1, 10)),
                     event(CORE_EV_REMOVED, day(2015, 1, 1)),
                     readmitted(day(2019, 6, 1), 12)};
  core_timeline t;
  util_err e = {0};

  (void)state;
  replay(ev, 3, &t);
  refused(core_check_assess_year(&t, 2008, WHO, &e), &e,
          "cannot assess member 7 for 2008: admitted on 2009-12-31, after "
          "the end of 2008",
          NULL);
  /* The day of admission and the day membership ends are days in the
   * party. */
  assert_int_equal(core_check_assess_year(&t, 2009, WHO, &e), 0);
  assert_int_equal(core_check_assess_year(&t, 2012, WHO, &e), 0);
  assert_int_equal(core_check_assess_year(&t, 2015, WHO, &e), 0);
  refused(core_check_assess_year(&t, 2016, WHO, &e), &e,
          "cannot assess member 7 for 2016: out of the party since "
          "2015-01-01, before 2016 began",
          NULL);
  core_timeline_free(&t);

  replay(ev, 4, &t);
  refused(core_check_assess_year(&t, 2017, WHO, &e), &e,
          "cannot assess member 7 for 2017: out of the party from "
          "2015-01-01 to 2019-06-01, the whole of 2017",
          NULL);
  refused(core_check_assess_year(&t, 2018, WHO, &e), &e, "the whole of 2018",
          NULL);
  assert_int_equal(core_check_assess_year(&t, 2015, WHO, &e), 0);
  assert_int_equal(core_check_assess_year(&t, 2019, WHO, &e), 0);
  assert_int_equal(core_check_assess_year(&t, 2030, WHO, &e), 0);
  core_timeline_free(&t);

  /* Left on 31 December: that year counts, the next does not. */
  core_event dec[] = {registered(day(2000, 3, 1), 11, day(2001, 3, 1)),
                      event(CORE_EV_DECEASED, day(2020, 12, 31))};
  replay(dec, 2, &t);
  assert_int_equal(core_check_assess_year(&t, 2020, WHO, &e), 0);
  refused(core_check_assess_year(&t, 2021, WHO, &e), &e,
          "out of the party since 2020-12-31, before 2021 began", NULL);
  core_timeline_free(&t);

  /* Admitted on 1 January: that year counts, the one before does not. */
  core_event jan[] = {admitted(day(2024, 1, 1), 11)};
  replay(jan, 1, &t);
  assert_int_equal(core_check_assess_year(&t, 2024, WHO, &e), 0);
  refused(core_check_assess_year(&t, 2023, WHO, &e), &e,
          "admitted on 2024-01-01, after the end of 2023", NULL);
  core_timeline_free(&t);

  core_timeline none = {0};
  refused(core_check_assess_year(&none, 2023, WHO, &e), &e,
          "cannot assess member 7 for 2023: never a party member", NULL);
}

/* ---- party badges -------------------------------------------------------- */

static void test_badge_index(void **state) {
  (void)state;
  for (size_t i = 0; i < core_badge_count; i++)
    assert_int_equal(core_badge_index(core_badge_years[i]), (int)i);
  assert_int_equal(core_badge_index(0), -1);
  assert_int_equal(core_badge_index(35), -1);
  assert_int_equal(core_badge_index(95), -1);
  assert_int_equal(core_badge_index(-30), -1);
}

static void test_badge(void **state) {
  /* Party age counts from the admission, 1990-03-10. */
  core_event ev[] = {registered(day(1990, 3, 10), 11, day(1991, 3, 10))};
  core_timeline t;
  util_err e = {0};

  (void)state;
  replay(ev, 1, &t);
  assert_int_equal(core_check_badge(&t, 30, day(2020, 3, 10), false, WHO, &e),
                   0);
  assert_int_equal(core_check_badge(&t, 30, day(2024, 1, 1), false, WHO, &e),
                   0);
  refused(core_check_badge(&t, 30, day(2020, 3, 9), false, WHO, &e), &e,
          "cannot award the 30-year party badge to member 7 on 2020-03-09: "
          "party age reaches 30 years on 2020-03-10; a seriously ill member "
          "may receive it early, from 2019-03-10",
          NULL);
  /* Early: from 12 months before, not a day sooner. */
  assert_int_equal(core_check_badge(&t, 30, day(2020, 3, 9), true, WHO, &e), 0);
  assert_int_equal(core_check_badge(&t, 30, day(2019, 3, 10), true, WHO, &e),
                   0);
  refused(core_check_badge(&t, 30, day(2019, 3, 9), true, WHO, &e), &e,
          "cannot award the 30-year party badge to member 7 on 2019-03-09, "
          "even early: the earliest is 2019-03-10, 12 months before it is "
          "due on 2020-03-10",
          NULL);
  refused(core_check_badge(&t, 35, day(2025, 3, 10), false, WHO, &e), &e,
          "years: 35: party badges mark 30, 40, 45", NULL);
  /* Probationary in the first year: no party age yet. */
  refused(core_check_badge(&t, 30, day(1990, 6, 1), true, WHO, &e), &e,
          "not an official member on that day", NULL);
  core_timeline_free(&t);

  /* 70 years and more: 24 months early. */
  core_event old[] = {registered(day(1950, 5, 1), 11, day(1951, 5, 1))};
  replay(old, 1, &t);
  assert_int_equal(core_check_badge(&t, 75, day(2023, 5, 1), true, WHO, &e), 0);
  refused(core_check_badge(&t, 75, day(2023, 4, 30), true, WHO, &e), &e,
          "the earliest is 2023-05-01, 24 months before it is due on "
          "2025-05-01",
          NULL);
  assert_int_equal(core_check_badge(&t, 70, day(2020, 5, 1), false, WHO, &e),
                   0);
  core_timeline_free(&t);
}

static void test_badge_after_readmission(void **state) {
  /* Out of the party for 1096 days: party age, and the milestones, move
   * later by as much. Not official while out, nor in the new probation. */
  util_day out = day(2015, 6, 1), back = day(2018, 6, 1);
  core_event ev[] = {registered(day(1985, 1, 10), 11, day(1986, 1, 10)),
                     event(CORE_EV_REMOVED, out), readmitted(back, 12),
                     event(CORE_EV_RECOGNIZED, day(2019, 7, 1))};
  core_timeline t;
  util_err e = {0};

  (void)state;
  replay(ev, 4, &t);
  util_day origin = day(1985, 1, 10) + (back - out);
  util_day due = core_badge_due(origin, 40);
  assert_int_equal(due, day(2028, 1, 11));
  refused(core_check_badge(&t, 30, day(2016, 1, 1), true, WHO, &e), &e,
          "not an official member on that day", NULL);
  refused(core_check_badge(&t, 30, day(2018, 12, 1), true, WHO, &e), &e,
          "not an official member on that day", NULL);
  assert_int_equal(core_check_badge(&t, 30, day(2019, 6, 1), false, WHO, &e),
                   0);
  refused(core_check_badge(&t, 40, due - 1, false, WHO, &e), &e,
          "party age reaches 40 years on 2028-01-11", NULL);
  assert_int_equal(core_check_badge(&t, 40, due, false, WHO, &e), 0);
  core_timeline_free(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_grade_of_score),
      cmocka_unit_test(test_quota),
      cmocka_unit_test(test_years_parse),
      cmocka_unit_test(test_assess_year),
      cmocka_unit_test(test_badge_index),
      cmocka_unit_test(test_badge),
      cmocka_unit_test(test_badge_after_readmission),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
