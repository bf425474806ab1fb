/*
 * test_view_columns.c — the columns of listings: a label for each, in the
 * reader's language; counts and amounts grouped, identifiers and years
 * not; dates and time stamps as the language writes them, in date columns
 * only; sheets' headers labelled or keyed.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "view/view.h"

static void test_labels(void **state) {
  const util_lang *vi = util_lang_find("vi");

  (void)state;
  assert_true(view_col_sorted());
  assert_string_equal(view_col_label("born"), "Born");
  assert_string_equal(view_col_label("probation_ended"), "Probation ended");
  assert_string_equal(view_col_label("action"), "Action");
  assert_string_equal(view_col_label("years"), "Years");
  /* A column without a label keeps its name. */
  assert_string_equal(view_col_label("no_such_column"), "no_such_column");
  assert_string_equal(view_col_head(vi, "no_such_column"), "no_such_column");
  assert_string_equal(view_col_head(NULL, "born"), "Born");
  /* The catalog's label, whatever it is: never the English one. */
  assert_non_null(vi);
  assert_string_equal(view_col_head(vi, "born"), util_tr(vi, "Born"));
  assert_string_not_equal(view_col_head(vi, "born"), "Born");
  assert_true(view_col_date("born"));
  assert_true(view_col_date("voided_at"));
  assert_false(view_col_date("name"));
  assert_false(view_col_date("amount"));
}

static void test_numbers(void **state) {
  const util_lang *vi = util_lang_find("vi");
  char out[VIEW_CELL_MAX], want[UTIL_LANG_NUM_MAX];

  (void)state;
  assert_string_equal(view_cell_text(NULL, "amount", true, "1234567", out),
                      "1,234,567");
  assert_string_equal(view_cell_text(vi, "amount", true, "1234567", out),
                      util_lang_num(vi, 1234567, 0, want));
  assert_string_not_equal(out, "1,234,567");
  assert_string_equal(view_cell_text(NULL, "members", true, "-1234", out),
                      "-1,234");
  assert_string_equal(view_cell_text(NULL, "members", true, "12", out), "12");
  /* Identifiers and years are typed back as they are. */
  assert_string_equal(view_cell_text(vi, "id", true, "12345", out), "12345");
  assert_string_equal(view_cell_text(vi, "member", true, "1042", out), "1042");
  assert_string_equal(view_cell_text(vi, "year", true, "2026", out), "2026");
  assert_string_equal(view_cell_text(vi, "seq", true, "1000", out), "1000");
  /* Not a number, not numeric, or empty: as it is. */
  assert_string_equal(view_cell_text(vi, "amount", true, "12a", out), "12a");
  assert_string_equal(view_cell_text(vi, "amount", true, "", out), "");
  assert_null(view_cell_text(vi, "amount", true, NULL, out));
  assert_string_equal(view_cell_text(vi, "card", false, "48015838", out),
                      "48015838");
}

static void test_dates(void **state) {
  const util_lang *vi = util_lang_find("vi");
  char out[VIEW_CELL_MAX], want[32];
  util_day day;

  (void)state;
  assert_int_equal(util_date_parse("2026-11-27", &day, NULL), 0);
  assert_string_equal(view_cell_text(NULL, "born", false, "2026-11-27", out),
                      "2026-11-27");
  assert_string_equal(view_cell_text(vi, "born", false, "2026-11-27", out),
                      util_lang_date(vi, day, want));
  assert_string_not_equal(out, "2026-11-27");
  /* A time stamp: its date in the language's form, then the time. */
  snprintf(want + strlen(util_lang_date(vi, day, want)), 16, " 10:15:02Z");
  assert_string_equal(
      view_cell_text(vi, "voided_at", false, "2026-11-27T10:15:02Z", out),
      want);
  /* Not a date column, or not a date: as it is. */
  assert_string_equal(view_cell_text(vi, "name", false, "2026-11-27", out),
                      "2026-11-27");
  assert_string_equal(view_cell_text(vi, "to", false, "CQDN-01", out),
                      "CQDN-01");
  assert_string_equal(view_cell_text(vi, "date", false, "2026-02-30", out),
                      "2026-02-30");
  assert_string_equal(view_cell_text(vi, "date", false, "2026-11-2", out),
                      "2026-11-2");
  assert_string_equal(view_cell_text(vi, "date", false, "2026-11-27x", out),
                      "2026-11-27x");
  assert_string_equal(view_cell_text(vi, "date", false, "27/11/2026", out),
                      "27/11/2026");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_labels),
      cmocka_unit_test(test_numbers),
      cmocka_unit_test(test_dates),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
