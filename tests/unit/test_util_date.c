/*
 * test_util_date.c — civil dates: conversions over the whole accepted
 * range, strict parsing, month arithmetic at month ends, weekdays and
 * working days.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>
#include <time.h>

#include "util/util.h"

static util_day day(const char *s) {
  util_day d = 0;
  const char *why = NULL;

  assert_int_equal(util_date_parse(s, &d, &why), 0);
  return d;
}

static void assert_date(util_day d, const char *want) {
  char out[11];

  assert_string_equal(util_date_format(d, out), want);
}

static void test_known_days(void **state) {
  (void)state;
  /* 1800-01-01 is day 1: no valid date is 0, which means "not set". */
  assert_int_equal(util_day_from_civil(1800, 1, 1), 1);
  assert_int_equal(util_day_from_civil(1800, 1, 1), UTIL_DAY_MIN);
  assert_int_equal(util_day_from_civil(1799, 12, 31), 0);
  assert_int_equal(util_day_from_civil(1970, 1, 1), 62092);
  assert_int_equal(util_day_from_civil(1969, 12, 31), 62091);
  assert_int_equal(util_day_from_civil(1900, 1, 1), 36525);
  assert_int_equal(util_day_from_civil(2000, 3, 1), 73109);
  assert_int_equal(util_day_from_civil(9999, 12, 31), UTIL_DAY_MAX);
  assert_int_equal(util_day_from_civil(0, 1, 1), UTIL_DAY_YEAR0);
  assert_int_equal(util_day_from_civil(1600, 3, 1), -72988);
  /* Every accepted date is a day number above 0. */
  util_day d;
  const char *why;
  assert_int_equal(util_date_parse("1800-01-01", &d, &why), 0);
  assert_true(d > 0);
  assert_int_equal(util_date_parse("1970-01-01", &d, &why), 0);
  assert_true(d > 0);
}

static void test_leap_years(void **state) {
  (void)state;
  assert_false(util_date_valid(1900, 2, 29));
  assert_true(util_date_valid(2000, 2, 29));
  assert_true(util_date_valid(2004, 2, 29));
  assert_false(util_date_valid(2023, 2, 29));
  assert_false(util_date_valid(2100, 2, 29));
  assert_true(util_date_valid(2400, 2, 29));
  assert_int_equal(
      util_day_from_civil(1900, 3, 1) - util_day_from_civil(1900, 2, 28), 1);
  assert_int_equal(
      util_day_from_civil(2000, 3, 1) - util_day_from_civil(2000, 2, 28), 2);
}

static void test_valid(void **state) {
  (void)state;
  assert_true(util_date_valid(2023, 1, 31));
  assert_false(util_date_valid(2023, 4, 31));
  assert_false(util_date_valid(2023, 1, 32));
  assert_false(util_date_valid(2023, 1, 0));
  assert_false(util_date_valid(2023, 0, 1));
  assert_false(util_date_valid(2023, 13, 1));
  assert_false(util_date_valid(2023, -1, 1));
  assert_true(util_date_valid(2023, 12, 31));
}

/* Every day from 1800 to 2100 converts both ways and matches a plain
 * calendar walk; formatting and parsing agree with it. */
static void test_round_trip(void **state) {
  int y = 1800;
  int m = 1;
  int d = 1;
  util_day last = util_day_from_civil(2100, 12, 31);

  (void)state;
  for (util_day z = UTIL_DAY_MIN; z <= last; z++) {
    int cy;
    int cm;
    int cd;
    char text[11];
    util_day back = 0;
    const char *why = NULL;

    util_civil_from_day(z, &cy, &cm, &cd);
    if (cy != y || cm != m || cd != d)
      fail_msg("day %ld: got %d-%d-%d, want %d-%d-%d", (long)z, cy, cm, cd, y,
               m, d);
    if (util_day_from_civil(y, m, d) != z)
      fail_msg("%d-%d-%d is not day %ld", y, m, d, (long)z);
    util_date_format(z, text);
    if (util_date_parse(text, &back, &why) != 0 || back != z)
      fail_msg("%s does not parse back to %ld", text, (long)z);
    if (util_day_year(z) != y)
      fail_msg("year of %s", text);
    if (++d > 31 || !util_date_valid(y, m, d)) {
      d = 1;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
  }
}

static void test_far_days(void **state) {
  int y;
  int m;
  int d;

  (void)state;
  util_civil_from_day(UTIL_DAY_MAX, &y, &m, &d);
  assert_int_equal(y, 9999);
  assert_int_equal(m, 12);
  assert_int_equal(d, 31);
  util_civil_from_day(-72988, &y, &m, &d);
  assert_int_equal(y, 1600);
  assert_int_equal(m, 3);
  assert_int_equal(d, 1);
  /* Proleptic Gregorian well before the range users may type: year 0 is
   * a leap year like 400 and 2000. */
  assert_int_equal(util_day_from_civil(-1, 3, 1) + 366,
                   util_day_from_civil(0, 3, 1));
  util_civil_from_day(util_day_from_civil(-400, 2, 29), &y, &m, &d);
  assert_int_equal(y, -400);
  assert_int_equal(m, 2);
  assert_int_equal(d, 29);
}

static void expect_refused(const char *s, const char *reason) {
  util_day d = 12345;
  const char *why = NULL;

  if (util_date_parse(s, &d, &why) != -1)
    fail_msg("\"%s\" accepted", s ? s : "(null)");
  assert_non_null(why);
  assert_string_equal(why, reason);
  assert_int_equal(d, 12345);
}

static void test_parse(void **state) {
  const char *form = "not a date in the form YYYY-MM-DD or DD/MM/YYYY";

  (void)state;
  assert_int_equal(day("2023-01-02"), 19359 + 62092);
  assert_int_equal(day("1800-01-01"), UTIL_DAY_MIN);
  assert_int_equal(day("9999-12-31"), UTIL_DAY_MAX);
  assert_int_equal(day("2000-02-29"), util_day_from_civil(2000, 2, 29));
  expect_refused("2023-02-30", "no such day");
  expect_refused("1900-02-29", "no such day");
  expect_refused("2023-13-01", "no such month");
  expect_refused("2023-00-10", "no such month");
  expect_refused("2023-01-00", "no such day");
  expect_refused("2023-04-31", "no such day");
  expect_refused("1799-12-31", "year out of range");
  expect_refused("0000-01-01", "year out of range");
  expect_refused("2023-1-01", form);
  expect_refused("2023-01-1", form);
  expect_refused(" 2023-01-01", form);
  expect_refused("2023-01-01 ", form);
  expect_refused("2023-01-01x", form);
  expect_refused("2023/01/01", form);
  expect_refused("+023-01-01", form);
  expect_refused("2023-01-0a", form);
  expect_refused("20230101", form);
  expect_refused("", form);
  expect_refused("2023-01-0", form);
  expect_refused("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x93-01-01",
                 form);
  expect_refused(NULL, form);
}

/* The form clerks type, D/M/YYYY: the same day as its ISO form, and
 * nothing that could read as another date. */
static void test_parse_dmy(void **state) {
  const char *form = "not a date in the form YYYY-MM-DD or DD/MM/YYYY";
  util_day d = 0;

  (void)state;
  assert_int_equal(day("27/11/2026"), day("2026-11-27"));
  assert_int_equal(day("7/3/2024"), day("2024-03-07"));
  assert_int_equal(day("07/03/2024"), day("2024-03-07"));
  assert_int_equal(day("7/03/2024"), day("2024-03-07"));
  assert_int_equal(day("07/3/2024"), day("2024-03-07"));
  assert_int_equal(day("1/1/1800"), UTIL_DAY_MIN);
  assert_int_equal(day("31/12/9999"), UTIL_DAY_MAX);
  assert_int_equal(day("29/2/2000"), util_day_from_civil(2000, 2, 29));
  /* The caller may not ask why. */
  assert_int_equal(util_date_parse("30/2/2023", &d, NULL), -1);
  assert_int_equal(d, 0);
  expect_refused("30/2/2023", "no such day");
  expect_refused("29/02/1900", "no such day");
  expect_refused("0/1/2023", "no such day");
  expect_refused("1/13/2023", "no such month");
  expect_refused("1/0/2023", "no such month");
  expect_refused("31/12/1799", "year out of range");
  /* Never ambiguous: a year first with slashes, a month first with
   * hyphens, a year of two digits. */
  expect_refused("2026/11/27", form);
  expect_refused("11-27-2026", form);
  expect_refused("27-11-2026", form);
  expect_refused("27/11/26", form);
  expect_refused("27/11/02026", form);
  expect_refused("027/11/2026", form);
  expect_refused("27/011/2026", form);
  expect_refused("27//2026", form);
  expect_refused("/11/2026", form);
  expect_refused("27/11", form);
  expect_refused("27/11/", form);
  expect_refused("27", form);
  expect_refused("27/11-2026", form);
  expect_refused("27.11.2026", form);
  expect_refused("27/11/2026 ", form);
  expect_refused(" 27/11/2026", form);
  expect_refused("+7/11/2026", form);
  expect_refused("27/11/2026/1", form);
}

static void test_format(void **state) {
  char out[11];

  (void)state;
  assert_date(62092, "1970-01-01");
  assert_date(62091, "1969-12-31");
  /* Out of range: the nearest day in range, never garbage. */
  assert_date(UTIL_DAY_MAX + 1, "9999-12-31");
  assert_date(INT32_MAX, "9999-12-31");
  assert_date(UTIL_DAY_YEAR0 - 1, "0000-01-01");
  assert_date(INT32_MIN, "0000-01-01");
  assert_date(UTIL_DAY_MIN, "1800-01-01");
  assert_date(UTIL_DAY_MAX, "9999-12-31");
  assert_ptr_equal(util_date_format(19359, out), out);
  assert_int_equal(strlen(out), 10);
}

static void test_add_months(void **state) {
  (void)state;
  assert_date(util_day_add_months(day("2023-01-31"), 1), "2023-02-28");
  assert_date(util_day_add_months(day("2024-01-31"), 1), "2024-02-29");
  assert_date(util_day_add_months(day("2023-03-31"), -1), "2023-02-28");
  assert_date(util_day_add_months(day("2023-05-31"), 1), "2023-06-30");
  assert_date(util_day_add_months(day("2023-01-15"), -13), "2021-12-15");
  assert_date(util_day_add_months(day("2023-12-31"), 2), "2024-02-29");
  assert_date(util_day_add_months(day("2023-11-30"), 1), "2023-12-30");
  assert_date(util_day_add_months(day("2023-01-15"), 0), "2023-01-15");
  assert_date(util_day_add_months(day("1970-01-31"), -1), "1969-12-31");
  assert_date(util_day_add_months(day("1800-01-01"), 12 * 8199 + 11),
              "9999-12-01");
}

static void test_add_years(void **state) {
  (void)state;
  assert_date(util_day_add_years(day("2000-02-29"), 1), "2001-02-28");
  assert_date(util_day_add_years(day("2000-02-29"), 4), "2004-02-29");
  assert_date(util_day_add_years(day("2000-02-29"), -100), "1900-02-28");
  assert_date(util_day_add_years(day("2023-06-15"), -60), "1963-06-15");
}

static void test_full_months(void **state) {
  (void)state;
  assert_int_equal(util_full_months(day("2004-01-31"), day("2004-02-29")), 1);
  assert_int_equal(util_full_months(day("2004-01-31"), day("2004-02-28")), 0);
  assert_int_equal(util_full_months(day("2000-02-29"), day("2001-02-28")), 12);
  assert_int_equal(util_full_months(day("2000-02-29"), day("2001-02-27")), 11);
  assert_int_equal(util_full_months(day("2023-01-31"), day("2023-03-30")), 1);
  assert_int_equal(util_full_months(day("2023-01-31"), day("2023-03-31")), 2);
  assert_int_equal(util_full_months(day("2023-01-30"), day("2023-02-28")), 1);
  assert_int_equal(util_full_months(day("2023-01-15"), day("2023-02-14")), 0);
  assert_int_equal(util_full_months(day("2023-01-15"), day("2023-02-15")), 1);
  assert_int_equal(util_full_months(day("2023-01-15"), day("2023-01-15")), 0);
  assert_int_equal(util_full_months(day("2023-01-15"), day("2023-01-14")), 0);
  assert_int_equal(util_full_months(day("2023-01-15"), day("1990-01-14")), 0);
  assert_int_equal(util_full_months(day("1969-12-31"), day("1970-01-31")), 1);
  assert_int_equal(util_full_months(day("1950-06-30"), day("1969-12-31")), 234);
}

/* Adding n months completes exactly n months, and a day earlier does not. */
static void test_full_months_agree_with_add(void **state) {
  (void)state;
  for (util_day from = day("2000-01-01"); from <= day("2004-12-31"); from++) {
    for (int n = 1; n <= 30; n++) {
      util_day to = util_day_add_months(from, n);
      if (util_full_months(from, to) != n ||
          util_full_months(from, to - 1) != n - 1)
        fail_msg("from %ld, %d months", (long)from, n);
    }
  }
}

static void test_full_years(void **state) {
  (void)state;
  assert_int_equal(util_full_years(day("2000-02-29"), day("2001-02-28")), 1);
  assert_int_equal(util_full_years(day("1990-05-12"), day("2024-05-11")), 33);
  assert_int_equal(util_full_years(day("1990-05-12"), day("2024-05-12")), 34);
  assert_int_equal(util_full_years(day("2024-05-12"), day("1990-05-12")), 0);
}

static void test_weekday(void **state) {
  (void)state;
  assert_int_equal(util_weekday(day("2023-01-02")), 0);
  assert_int_equal(util_weekday(day("2023-01-08")), 6);
  assert_int_equal(util_weekday(day("1970-01-01")), 3);
  assert_int_equal(util_weekday(day("1969-12-31")), 2);
  assert_int_equal(util_weekday(0), 1);
  assert_int_equal(util_weekday(-1), 0);
  assert_int_equal(util_weekday(day("1969-12-28")), 6);
  assert_int_equal(util_weekday(UTIL_DAY_MIN), 2);
  assert_int_equal(util_weekday(day("2000-01-01")), 5);
  assert_int_equal(util_weekday(UTIL_DAY_MAX), 4);
  for (util_day z = UTIL_DAY_MIN; z < UTIL_DAY_MIN + 20; z++)
    assert_int_equal(util_weekday(z + 1), (util_weekday(z) + 1) % 7);
}

/* The plain definition, one day at a time. */
static util_day slow_working_days(util_day d, int n) {
  while (n > 0) {
    d++;
    if (util_weekday(d) < 5)
      n--;
  }
  return d;
}

static void test_working_days(void **state) {
  util_day mon = day("2023-01-02");
  util_day fri = day("2023-01-06");
  util_day sat = day("2023-01-07");
  util_day sun = day("2023-01-08");

  (void)state;
  assert_date(util_day_add_working_days(fri, 1), "2023-01-09");
  assert_date(util_day_add_working_days(mon, 4), "2023-01-06");
  assert_date(util_day_add_working_days(mon, 5), "2023-01-09");
  assert_date(util_day_add_working_days(fri, 5), "2023-01-13");
  assert_date(util_day_add_working_days(sat, 0), "2023-01-07");
  assert_date(util_day_add_working_days(sat, 1), "2023-01-09");
  assert_date(util_day_add_working_days(sun, 1), "2023-01-09");
  assert_date(util_day_add_working_days(sat, 5), "2023-01-13");
  assert_date(util_day_add_working_days(day("2023-01-04"), 10), "2023-01-18");
  assert_date(util_day_add_working_days(day("1969-12-26"), 1), "1969-12-29");
  for (util_day d = day("1969-12-20"); d < day("1970-01-20"); d++)
    for (int n = 0; n <= 40; n++)
      assert_int_equal(util_day_add_working_days(d, n),
                       slow_working_days(d, n));
}

static void test_today(void **state) {
  time_t now = time(NULL);
  util_day utc = (util_day)(now / 86400) + day("1970-01-01");
  util_day today = util_today_local();

  (void)state;
  /* Local time is at most a day off UTC. */
  assert_in_range(today, utc - 1, utc + 1);
}

/* Near 9999-12-31, every computation stays a date: past the end it is
 * 9999-12-31, the day that means "open". */
static void test_top_of_range(void **state) {
  char out[11];

  (void)state;
  assert_date(util_day_add_months(day("9999-12-31"), 1), "9999-12-31");
  assert_date(util_day_add_months(day("9999-06-01"), 12), "9999-12-31");
  assert_date(util_day_add_months(day("9999-01-31"), 11), "9999-12-31");
  assert_date(util_day_add_months(day("9999-01-31"), 10), "9999-11-30");
  assert_date(util_day_add_months(day("2026-01-01"), INT32_MAX / 2),
              "9999-12-31");
  assert_date(util_day_add_years(day("9990-02-28"), 18), "9999-12-31");
  assert_date(util_day_add_years(day("2026-01-01"), INT32_MAX), "9999-12-31");
  assert_date(util_day_add_years(day("9998-12-31"), 1), "9999-12-31");
  assert_date(util_day_add_working_days(day("9999-12-30"), 1), "9999-12-31");
  assert_date(util_day_add_working_days(day("9999-12-31"), 1), "9999-12-31");
  assert_date(util_day_add_working_days(day("9999-12-20"), 30), "9999-12-31");
  assert_date(util_day_add_working_days(day("2026-01-01"), INT32_MAX),
              "9999-12-31");
  assert_int_equal(util_full_months(day("9999-01-31"), UTIL_DAY_MAX), 11);
  assert_int_equal(util_full_years(day("1800-01-01"), UTIL_DAY_MAX), 8199);
  assert_int_equal(util_day_year(UTIL_DAY_MAX), 9999);
  assert_int_equal(strlen(util_date_format(UTIL_DAY_MAX + 400, out)), 10);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_known_days),
      cmocka_unit_test(test_top_of_range),
      cmocka_unit_test(test_leap_years),
      cmocka_unit_test(test_valid),
      cmocka_unit_test(test_round_trip),
      cmocka_unit_test(test_far_days),
      cmocka_unit_test(test_parse),
      cmocka_unit_test(test_parse_dmy),
      cmocka_unit_test(test_format),
      cmocka_unit_test(test_add_months),
      cmocka_unit_test(test_add_years),
      cmocka_unit_test(test_full_months),
      cmocka_unit_test(test_full_months_agree_with_add),
      cmocka_unit_test(test_full_years),
      cmocka_unit_test(test_weekday),
      cmocka_unit_test(test_working_days),
      cmocka_unit_test(test_today),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
