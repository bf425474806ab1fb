/*
 * test_core_work.c — the rules of party work (src/core/work.c): the
 * majorities behind discipline decisions (DOMAIN.md §3), the grades of
 * assessment scores and the quota of excellence (§4), and the grades of
 * meeting scores (§5), each at its boundaries, with the messages of the
 * refusals.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"

#define WHAT "reprimand of member 7"

/* Checks that the message of *e holds every part (a NULL-ended list). */
static void expect_message(const util_err *e, const char *part, ...) {
  va_list ap;
  va_start(ap, part);
  for (; part; part = va_arg(ap, const char *))
    if (!strstr(e->msg, part))
      fail_msg("\"%s\" not in the message: %s", part, e->msg);
  va_end(ap);
}

static int votes(int f, int t, int pf, int pt, bool expulsion, util_err *e) {
  core_votes v = {.votes_for = f,
                  .votes_total = t,
                  .proposal_for = pf,
                  .proposal_total = pt};
  memset(e, 0, sizeof *e);
  return core_check_votes(&v, expulsion,
                          expulsion ? "expulsion of member 7" : WHAT, e);
}

/* ---- the votes ---------------------------------------------------------- */

static void test_votes_majority(void **state) {
  (void)state;
  util_err e = {0};
  /* More than half: 5 of 9 and 6 of 10 decide, 4 of 9 and 5 of 10 not. */
  assert_int_equal(votes(5, 9, 0, 0, false, &e), 0);
  assert_int_equal(votes(6, 10, 0, 0, false, &e), 0);
  assert_int_equal(votes(9, 9, 0, 0, false, &e), 0);
  assert_int_equal(votes(1, 1, 0, 0, false, &e), 0);
  assert_int_equal(votes(2, 3, 0, 0, false, &e), 0);

  assert_int_equal(votes(4, 9, 0, 0, false, &e), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  expect_message(&e, "cannot decide the " WHAT ": 4 of 9 votes",
                 "more than half of the deciding body (5)", NULL);
  assert_int_equal(votes(5, 10, 0, 0, false, &e), -1);
  expect_message(&e, "cannot decide the " WHAT ": 5 of 10 votes",
                 "more than half of the deciding body (6)", NULL);
  assert_int_equal(votes(1, 2, 0, 0, false, &e), -1);
  expect_message(&e, "1 of 2 votes", "(2)", NULL);
  assert_int_equal(votes(0, 1, 0, 0, false, &e), -1);
  expect_message(&e, "0 of 1 votes", "(1)", NULL);
}

static void test_votes_malformed(void **state) {
  (void)state;
  util_err e = {0};
  /* Nobody voted, more for than voted, or a negative count. */
  assert_int_equal(votes(7, 0, 0, 0, false, &e), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  expect_message(&e, "votes: 7/0", "from 0 to the members of the deciding body",
                 NULL);
  assert_int_equal(votes(10, 9, 0, 0, false, &e), -1);
  expect_message(&e, "votes: 10/9", NULL);
  assert_int_equal(votes(-1, 9, 0, 0, false, &e), -1);
  expect_message(&e, "votes: -1/9", NULL);
  assert_int_equal(votes(0, -3, 0, 0, false, &e), -1);
  expect_message(&e, "votes: 0/-3", NULL);
  /* A proposal is no concern of other forms, whatever it holds. */
  assert_int_equal(votes(5, 9, 10, 9, false, &e), 0);
  assert_int_equal(votes(5, 9, 0, 0, false, &e), 0);
}

static void test_votes_expulsion(void **state) {
  (void)state;
  util_err e = {0};
  /* At least two thirds to propose: 6 of 9, 2 of 3, 20 of 30, 7 of 10. */
  assert_int_equal(votes(5, 9, 6, 9, true, &e), 0);
  assert_int_equal(votes(2, 3, 2, 3, true, &e), 0);
  assert_int_equal(votes(16, 30, 20, 30, true, &e), 0);
  assert_int_equal(votes(6, 10, 7, 10, true, &e), 0);

  assert_int_equal(votes(5, 9, 5, 9, true, &e), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  expect_message(&e, "cannot decide the expulsion of member 7",
                 "the proposal had 5 of 9 votes",
                 "a proposal of at least two thirds (6)", NULL);
  assert_int_equal(votes(16, 30, 19, 30, true, &e), -1);
  expect_message(&e, "19 of 30 votes", "two thirds (20)", NULL);
  assert_int_equal(votes(6, 10, 6, 10, true, &e), -1);
  expect_message(&e, "6 of 10 votes", "two thirds (7)", NULL);
  assert_int_equal(votes(2, 3, 1, 2, true, &e), -1);
  expect_message(&e, "1 of 2 votes", "two thirds (2)", NULL);

  /* A proposal carried, then more than half to decide. */
  assert_int_equal(votes(4, 9, 9, 9, true, &e), -1);
  expect_message(&e, "cannot decide the expulsion of member 7: 4 of 9 votes",
                 "more than half of the deciding body (5)", NULL);

  /* No proposal recorded, or a proposal that is no count of votes. */
  assert_int_equal(votes(9, 9, 0, 0, true, &e), -1);
  expect_message(&e, "proposal: 0/0", "its proposal (FOR/TOTAL)", NULL);
  assert_int_equal(votes(9, 9, 10, 9, true, &e), -1);
  expect_message(&e, "proposal: 10/9", NULL);
  assert_int_equal(votes(9, 9, -1, 9, true, &e), -1);
  expect_message(&e, "proposal: -1/9", NULL);
  /* The deciding votes are checked first of all. */
  assert_int_equal(votes(7, 0, 6, 9, true, &e), -1);
  expect_message(&e, "votes: 7/0", NULL);
}

/* ---- assessment ---------------------------------------------------------- */

static void test_grade_of_score(void **state) {
  (void)state;
  assert_int_equal(core_grade_of_score(100), CORE_EXCELLENT);
  assert_int_equal(core_grade_of_score(90), CORE_EXCELLENT);
  assert_int_equal(core_grade_of_score(89), CORE_WELL);
  assert_int_equal(core_grade_of_score(70), CORE_WELL);
  assert_int_equal(core_grade_of_score(69), CORE_COMPLETED);
  assert_int_equal(core_grade_of_score(50), CORE_COMPLETED);
  assert_int_equal(core_grade_of_score(49), CORE_NOT_COMPLETED);
  assert_int_equal(core_grade_of_score(0), CORE_NOT_COMPLETED);
}

static void test_quota(void **state) {
  (void)state;
  util_err e = {0};
  /* At most 20% of excellent + well: 2 of 10, 1 of 5, none of none. */
  assert_int_equal(core_check_quota(2, 8, "CQDN-STC", &e), 0);
  assert_int_equal(core_check_quota(1, 4, "CQDN-STC", &e), 0);
  assert_int_equal(core_check_quota(0, 0, "CQDN-STC", &e), 0);
  assert_int_equal(core_check_quota(0, 3, "CQDN-STC", &e), 0);
  assert_int_equal(core_check_quota(4, 16, "CQDN-STC", &e), 0);

  assert_int_equal(core_check_quota(3, 7, "CQDN-STC", &e), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  expect_message(&e,
                 "CQDN-STC: 3 classified excellent of 10 classified well or "
                 "better; at most 20% (2) may be excellent, 1 too many",
                 NULL);
  /* Whole numbers: 20% of 4 is no one; of 9, one. */
  assert_int_equal(core_check_quota(1, 3, "G", &e), -1);
  expect_message(&e, "G: 1 classified excellent of 4", "at most 20% (0)",
                 "1 too many", NULL);
  assert_int_equal(core_check_quota(2, 7, "G", &e), -1);
  expect_message(&e, "2 classified excellent of 9", "(1)", "1 too many", NULL);
  assert_int_equal(core_check_quota(5, 0, "G", &e), -1);
  expect_message(&e, "5 classified excellent of 5", "(1)", "4 too many", NULL);
}

/* ---- meetings ------------------------------------------------------------ */

static void test_meeting_grade(void **state) {
  (void)state;
  assert_int_equal(core_meeting_grade_of(100), CORE_GOOD);
  assert_int_equal(core_meeting_grade_of(90), CORE_GOOD);
  assert_int_equal(core_meeting_grade_of(89), CORE_FAIRLY_GOOD);
  assert_int_equal(core_meeting_grade_of(70), CORE_FAIRLY_GOOD);
  assert_int_equal(core_meeting_grade_of(69), CORE_AVERAGE);
  assert_int_equal(core_meeting_grade_of(50), CORE_AVERAGE);
  assert_int_equal(core_meeting_grade_of(49), CORE_POOR);
  assert_int_equal(core_meeting_grade_of(0), CORE_POOR);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_votes_majority),
      cmocka_unit_test(test_votes_malformed),
      cmocka_unit_test(test_votes_expulsion),
      cmocka_unit_test(test_grade_of_score),
      cmocka_unit_test(test_quota),
      cmocka_unit_test(test_meeting_grade),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
