/*
 * test_field.c — the typed fields of app (src/app/field.c) that the
 * command line's options and the API's fields share: each type accepts
 * what it should and refuses the rest with "name: value: reason", the
 * field named and no command-line flag in the words; the choices of the
 * enumerations are core's names, all of them and only them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "app/app.h"
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

static void accepts(const app_field *f, const char *name, const char *value) {
  util_err e = {0};
  if (app_field_check(f, name, value, &e) != 0)
    fail_msg("%s %s refused: %s", name, value, e.msg);
}

/* Refused as invalid input about `name`, with exactly `msg`. */
static void refuses(const app_field *f, const char *name, const char *value,
                    const char *msg) {
  util_err e = {0};
  assert_int_equal(app_field_check(f, name, value, &e), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  assert_int_equal(e.kind, UTIL_INVALID);
  assert_string_equal(e.field, name);
  assert_string_equal(e.msg, msg);
  assert_null(strstr(e.msg, "--"));
}

static void test_date(void **state) {
  (void)state;
  accepts(&app_f_date, "born", "2000-02-29");
  /* The future is the operation's to judge: a report may end ahead. */
  accepts(&app_f_date, "to", "2999-12-31");
  refuses(&app_f_date, "born", "2001-02-29", "born: 2001-02-29: no such day");
  refuses(&app_f_date, "date", "1.1.2020",
          "date: 1.1.2020: not a date in the form YYYY-MM-DD or DD/MM/YYYY");
}

static void test_code_and_member(void **state) {
  (void)state;
  accepts(&app_f_code, "cell", "CB-01.a");
  accepts(&app_f_member, "member", "1042");
  accepts(&app_f_member, "member", "TV-0001");
  refuses(&app_f_code, "cell", "CB 01", "cell: CB 01: an organisation's code");
  refuses(&app_f_member, "chair", "12\t",
          "chair: 12\\x09: a member's id or party card number");
}

static void test_int(void **state) {
  (void)state;
  accepts(&app_f_score, "score", "0");
  accepts(&app_f_score, "score", "100");
  refuses(&app_f_score, "score", "101",
          "score: 101: a score is a whole number from 0 to 100");
  refuses(&app_f_score, "score", "-1",
          "score: -1: a score is a whole number from 0 to 100");
  refuses(&app_f_minutes, "minutes", "90m",
          "minutes: 90m: the length in whole minutes, 1 to 1440");
  refuses(&app_f_count, "delegates", "99999999999999999999",
          "delegates: 99999999999999999999: a whole number from 0 to "
          "1000000");
  refuses(&app_f_year, "year", " 2020",
          "year:  2020: a year (YYYY), from 1930, when the party was founded");
}

static void test_enum(void **state) {
  (void)state;
  accepts(&app_f_gender, "gender", "female");
  accepts(&app_f_status, "status", "temporary");
  accepts(&app_f_milestone, "years", "45");
  refuses(&app_f_gender, "gender", "other",
          "gender: other: one of female or male");
  refuses(&app_f_kind, "kind", "party",
          "kind: party: one of central, provincial, committee, "
          "grassroots_committee, grassroots_cell, sub_committee or cell");
  refuses(&app_f_status, "status", "not_member",
          "status: not_member: one of probationary, official, temporary, "
          "removed, resigned, deceased or expelled");
  refuses(&app_f_milestone, "years", "35",
          "years: 35: one of 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 or "
          "90");
  /* A sector or a theory level without a value is left to the operation:
   * "" is none of the choices, the unknown value's name is not offered. */
  accepts(&app_f_sector, "sector", "");
  for (const char *const *c = core_sector_choices(); *c; c++)
    assert_true(**c);
}

static void test_yesno_votes_amount_text(void **state) {
  (void)state;
  accepts(&app_f_yesno, "key-cadre", "no");
  refuses(&app_f_yesno, "key-cadre", "true", "key-cadre: true: yes or no");
  accepts(&app_f_votes, "votes", "7/9");
  refuses(&app_f_votes, "votes", "x/9",
          "votes: x/9: not FOR/TOTAL, the votes for and the members who "
          "voted as whole numbers (e.g. 7/9)");
  accepts(&app_f_amount, "amount", "17.000.000.000");
  util_err e = {0};
  assert_int_equal(app_field_check(&app_f_amount, "amount", "1.5", &e), -1);
  assert_string_equal(e.field, "amount");
  accepts(&app_f_text, "name", "Nguyễn Thị Mai");
  refuses(&app_f_text, "name", "\xff", "name: invalid UTF-8");
  /* A file name is the system's bytes; a flag has no value. */
  accepts(&app_f_file, "password-file", "\xff");
  accepts(&app_f_flag, "manager", "");
}

/* The choices of core's enumerations are exactly the names core parses:
 * as many as the enumeration has (less its unknown value), each parsed
 * back to a distinct value. */
static void test_choices_are_cores(void **state) {
  (void)state;
  size_t n = 0;
  for (const char *const *c = core_kind_choices(); *c; c++, n++) {
    enum core_kind k;
    assert_int_equal(core_kind_parse(*c, &k), 0);
    assert_int_equal((int)k, (int)n);
  }
  assert_int_equal(n, CORE_KIND__MAX);
  n = 0;
  for (const char *const *c = core_theory_choices(); *c; c++, n++) {
    enum core_theory t;
    assert_int_equal(core_theory_parse(*c, &t), 0);
    assert_int_equal((int)t, (int)n + 1);
  }
  assert_int_equal(n, CORE_THEORY__MAX - 1);
  n = 0;
  for (const char *const *c = core_badge_choices(); *c; c++, n++)
    assert_int_equal(atoi(*c), core_badge_years[n]);
  assert_int_equal(n, core_badge_count);
  n = 0;
  for (const char *const *c = core_status_filter_choices(); *c; c++, n++) {
    enum core_status s;
    if (strcmp(*c, "temporary") != 0) {
      assert_int_equal(core_status_parse(*c, &s), 0);
      assert_int_not_equal(s, CORE_NOT_MEMBER);
    }
  }
  /* Every status but not_member, and temporary. */
  assert_int_equal(n, CORE_STATUS__MAX);
}

static void test_about(void **state) {
  (void)state;
  util_buf b = {0};
  app_field_about(&app_f_grade, &b);
  assert_string_equal(b.data,
                      "one of excellent, well, completed or not-completed");
  util_buf_reset(&b);
  app_field_about(&app_f_percent, &b);
  assert_string_equal(b.data, "a whole number from 0 to 100");
  util_buf_free(&b);
  assert_string_equal(app_ftype_name(APP_FT_DATE), "date");
  assert_string_equal(app_ftype_name(APP_FT_AMOUNT), "amount");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_date),
      cmocka_unit_test(test_code_and_member),
      cmocka_unit_test(test_int),
      cmocka_unit_test(test_enum),
      cmocka_unit_test(test_yesno_votes_amount_text),
      cmocka_unit_test(test_choices_are_cores),
      cmocka_unit_test(test_about),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
