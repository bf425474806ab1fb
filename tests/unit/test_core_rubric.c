/*
 * test_core_rubric.c — the rubric of cell meetings (DOMAIN.md §5): every
 * rule of a well-formed rubric with its message, and the points of each
 * criterion of the national default worked out by hand.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"

/* ---- the default rubric (docs/rubric.md), built by hand ------------------ */

enum {
  LENGTH,
  ATTENDANCE,
  PREPARATION,
  CONDUCT,
  CHAIRING,
  PRINCIPLES,
  RESOLUTION,
  CLOSING,
  NCRIT
};

static core_criterion crit[NCRIT];
static core_rubric rubric;

static core_bands bands(size_t n, const int *from, const int *points) {
  core_bands b = {.n = n};
  for (size_t k = 0; k < n; k++)
    b.b[k] = (core_band){from[k], points[k]};
  return b;
}

static int setup(void **state) {
  (void)state;
  memset(crit, 0, sizeof crit);
  static const int lf[] = {90, 0}, lp[] = {5, 0}, lf2[] = {120, 0};
  static const int af[] = {90, 75, 65, 0}, ap[] = {4, 3, 2, 1};
  static const int sf[] = {25, 15, 5, 0}, sp[] = {10, 7, 4, 0};
  static const int rf[] = {90, 80, 70, 60, 50, 0};
  static const int rp[] = {30, 27, 24, 20, 15, 10};
  crit[LENGTH] = (core_criterion){.id = "length",
                                  .max = 5,
                                  .fact = CORE_FACT_MINUTES,
                                  .bands = bands(2, lf, lp),
                                  .large_members = 30,
                                  .large = bands(2, lf2, lp)};
  crit[ATTENDANCE] = (core_criterion){.id = "attendance",
                                      .max = 5,
                                      .fact = CORE_FACT_ATTENDANCE,
                                      .bands = bands(4, af, ap),
                                      .bonus = 1,
                                      .bonus_run = 3};
  crit[PREPARATION] =
      (core_criterion){.id = "preparation", .max = 10, .given = 10};
  crit[CONDUCT] = (core_criterion){.id = "conduct",
                                   .max = 30,
                                   .fact = CORE_FACT_SPEAKERS,
                                   .bands = bands(4, sf, sp),
                                   .given = 20};
  crit[CHAIRING] = (core_criterion){.id = "chairing", .max = 10, .given = 10};
  crit[PRINCIPLES] = (core_criterion){.id = "principles", .max = 5, .given = 5};
  crit[RESOLUTION] = (core_criterion){.id = "resolution",
                                      .max = 30,
                                      .fact = CORE_FACT_RESOLUTION,
                                      .bands = bands(6, rf, rp)};
  crit[CLOSING] = (core_criterion){.id = "closing", .max = 5, .given = 5};
  rubric = (core_rubric){.name = "national", .n = NCRIT, .c = crit};
  return 0;
}

/* Expects core_rubric_check to refuse with a message holding `part`. */
static void refused(const char *part) {
  util_err e = {0};
  assert_int_equal(core_rubric_check(&rubric, &e), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  if (!strstr(e.msg, part))
    fail_msg("message '%s' lacks '%s'", e.msg, part);
}

/* ---- names ----------------------------------------------------------------
 */

static void test_fact_names(void **state) {
  enum core_fact f = CORE_FACT_NONE;
  (void)state;
  for (int i = 1; i < CORE_FACT__MAX; i++) {
    assert_int_equal(core_fact_parse(core_fact_name((enum core_fact)i), &f), 0);
    assert_int_equal(f, i);
  }
  assert_string_equal(core_fact_name(CORE_FACT_NONE), "");
  assert_string_equal(core_fact_name(CORE_FACT__MAX), "?");
  assert_string_equal(core_fact_name((enum core_fact) - 1), "?");
  assert_int_equal(core_fact_parse("", &f), -1);
  assert_int_equal(core_fact_parse("length", &f), -1);
  assert_int_equal(core_fact_parse(NULL, &f), -1);
  assert_string_equal(core_fact_names(),
                      "minutes|attendance|speakers|resolution");
}

/* ---- well formed ------------------------------------------------------------
 */

static void test_default_is_well_formed(void **state) {
  util_err e = {0};
  (void)state;
  assert_int_equal(core_rubric_check(&rubric, &e), 0);
  assert_int_equal(core_rubric_find(&rubric, "length"), LENGTH);
  assert_int_equal(core_rubric_find(&rubric, "closing"), CLOSING);
  assert_int_equal(core_rubric_find(&rubric, "nothing"), -1);
  assert_int_equal(core_rubric_find(&rubric, NULL), -1);
}

static void test_check_counts(void **state) {
  (void)state;
  rubric.n = 0;
  refused("rubric national: 0 criteria: a rubric has 1 to 32");
  rubric.n = CORE_RUBRIC_CRITERIA + 1;
  refused("33 criteria");
  rubric.n = NCRIT;
  rubric.name = NULL;
  crit[CLOSING].max = 6;
  crit[CLOSING].given = 6;
  refused("rubric : the maxima sum to 101: they must sum to 100");
}

static void test_check_ids(void **state) {
  (void)state;
  crit[CLOSING].id = "";
  refused("criterion 8 has no id");
  crit[CLOSING].id = NULL;
  refused("criterion 8 has no id");
  crit[CLOSING].id = "chairing";
  refused("criterion chairing: the id is used twice: criterion ids are "
          "unique");
}

static void test_check_given_only(void **state) {
  (void)state;
  crit[CLOSING].max = 0;
  refused("criterion closing: max 0: a criterion is worth at least 1 point");
  crit[CLOSING].max = 5;
  crit[CLOSING].given = -1;
  refused("criterion closing: given -1: points are 0 or more");
  crit[CLOSING].given = 4;
  refused("criterion closing: given 4: a criterion without a fact is given "
          "in full (given = max = 5)");
  crit[CLOSING].given = 5;
  crit[CLOSING].bonus = 1;
  refused("criterion closing: bands, large-cell bands and a bonus need a "
          "fact");
  crit[CLOSING].bonus = -1;
  refused("criterion closing: bonus -1: points are 0 or more");
  crit[CLOSING].bonus = 0;
  crit[CLOSING].large_members = 3;
  refused("need a fact");
  crit[CLOSING].large_members = 0;
  crit[CLOSING].bands.n = 1;
  refused("need a fact");
}

static void test_check_computed(void **state) {
  (void)state;
  crit[ATTENDANCE].bonus_run = 0;
  refused("criterion attendance: absent in a row 0: a bonus needs a number "
          "of meetings of at least 1");
  crit[ATTENDANCE].bonus_run = 3;
  crit[LENGTH].large_members = -1;
  refused("criterion length: large cells from -1 members");
  crit[LENGTH].large_members = 30;
  crit[RESOLUTION].given = 5;
  crit[RESOLUTION].bands.b[0].points = 25;
  refused("criterion resolution: given 5: a criterion computed from the "
          "resolution's results has no given part");
  crit[RESOLUTION].given = 0;
  crit[RESOLUTION].bands.b[0].points = 30;
  crit[ATTENDANCE].fact = CORE_FACT__MAX;
  util_err e = {0};
  assert_int_equal(core_rubric_check(&rubric, &e), -1);
  assert_int_equal(e.code, UTIL_INTERNAL);
  crit[ATTENDANCE].fact = (enum core_fact) - 1;
  e.code = 0;
  assert_int_equal(core_rubric_check(&rubric, &e), -1);
  assert_int_equal(e.code, UTIL_INTERNAL);
}

static void test_check_bands(void **state) {
  (void)state;
  crit[RESOLUTION].bands.n = 0;
  refused("criterion resolution: 0 bands: a computed criterion has 1 to 8 "
          "bands");
  crit[RESOLUTION].bands.n = CORE_RUBRIC_BANDS + 1;
  refused("9 bands");
  crit[RESOLUTION].bands.n = 6;
  crit[RESOLUTION].bands.b[0].from = 101;
  refused("criterion resolution: bands: from 101: a threshold of resolution "
          "is a share from 0 to 100 (%)");
  crit[RESOLUTION].bands.b[0].from = 90;
  crit[LENGTH].bands.b[1].from = -1;
  refused("criterion length: bands: from -1: a threshold of minutes is a "
          "number of minutes, 0 or more");
  crit[LENGTH].bands.b[1].from = 0;
  crit[LENGTH].bands.b[0].from = 500; /* minutes have no upper bound */
  assert_int_equal(core_rubric_check(&rubric, &(util_err){0}), 0);
  crit[RESOLUTION].bands.b[5].points = -2;
  refused("criterion resolution: bands: points -2: points are 0 or more");
  crit[RESOLUTION].bands.b[5].points = 10;
  crit[RESOLUTION].bands.b[2].from = 80;
  refused("criterion resolution: bands: from 80 after 80: the thresholds go "
          "from the highest down");
  crit[RESOLUTION].bands.b[2].from = 70;
  crit[RESOLUTION].bands.b[2].points = 28;
  refused("criterion resolution: bands: 28 points from 70, more than 27 from "
          "80: a lower band never earns more");
  crit[RESOLUTION].bands.b[2].points = 24;
  crit[RESOLUTION].bands.b[5].from = 10;
  refused("criterion resolution: bands: the last band starts at 10: it must "
          "start at 0");
  crit[RESOLUTION].bands.b[5].from = 0;
  crit[CONDUCT].given = 19;
  refused("criterion conduct: bands: the highest band (10) plus the bonus (0) "
          "plus the given part (19) make 29, not the maximum 30");
  crit[CONDUCT].given = 20;
  crit[LENGTH].large.b[0].points = 4;
  refused("criterion length: large bands: the highest band (4)");
}

/* ---- scoring ----------------------------------------------------------------
 */

static int given[NCRIT], points[NCRIT], computed[NCRIT];

/* All given parts at their maximum. */
static void give_all(void) {
  for (int i = 0; i < NCRIT; i++)
    given[i] = crit[i].given ? crit[i].given : CORE_NO_POINTS;
}

static core_meeting_facts facts(int minutes, int registered, int present,
                                int speakers, int result, int run) {
  return (core_meeting_facts){.minutes = minutes,
                              .registered = registered,
                              .present = present,
                              .speakers = speakers,
                              .has_result = result >= 0,
                              .result = result,
                              .absent_run = run};
}

static int score(core_meeting_facts f) {
  return core_rubric_score(&rubric, &f, given, points, computed);
}

static void test_score_full(void **state) {
  (void)state;
  give_all();
  assert_int_equal(score(facts(90, 20, 20, 10, 95, 0)), 100);
  for (int i = 0; i < NCRIT; i++)
    assert_int_equal(points[i], crit[i].max);
  assert_int_equal(computed[PREPARATION], 0);
  assert_int_equal(computed[CONDUCT], 10);
  assert_int_equal(computed[RESOLUTION], 30);
  /* computed may be NULL. */
  core_meeting_facts f = facts(90, 20, 20, 10, 95, 0);
  assert_int_equal(core_rubric_score(&rubric, &f, given, points, NULL), 100);
}

static void test_score_length(void **state) {
  (void)state;
  give_all();
  /* Under 30 members: 90 minutes. */
  score(facts(90, 29, 29, 0, 50, 0));
  assert_int_equal(points[LENGTH], 5);
  score(facts(89, 29, 29, 0, 50, 0));
  assert_int_equal(points[LENGTH], 0);
  /* 30 members and more: 120 minutes. */
  score(facts(119, 30, 30, 0, 50, 0));
  assert_int_equal(points[LENGTH], 0);
  score(facts(120, 30, 30, 0, 50, 0));
  assert_int_equal(points[LENGTH], 5);
}

static void test_score_attendance(void **state) {
  (void)state;
  give_all();
  struct {
    int registered, present, run, want;
  } cases[] = {
      {20, 18, 0, 5}, /* 90% exactly: 4, and the bonus */
      {20, 17, 1, 4}, /* 85%: 3 + 1 */
      {20, 15, 3, 4}, /* 75%: 3, absent 3 in a row still earns it */
      {20, 15, 4, 3}, /* absent 4 in a row: no bonus */
      {20, 14, 0, 3}, /* 70%: 2 + 1 */
      {20, 13, 0, 3}, /* 65%: 2 + 1 */
      {20, 12, 0, 2}, /* 60%: 1 + 1 */
      {20, 12, 9, 1}, /* 60%, no bonus */
      {3, 2, 0, 3},   /* 66.7%: 2 + 1 */
      {0, 0, 0, 2},   /* nobody registered: 0%, 1 + 1 */
  };
  for (size_t i = 0; i < UTIL_COUNT(cases); i++) {
    score(
        facts(90, cases[i].registered, cases[i].present, 0, 50, cases[i].run));
    if (points[ATTENDANCE] != cases[i].want)
      fail_msg("case %zu: %d points, want %d", i, points[ATTENDANCE],
               cases[i].want);
  }
}

static void test_score_speakers(void **state) {
  (void)state;
  give_all();
  struct {
    int present, speakers, want;
  } cases[] = {{20, 10, 30}, {20, 5, 30}, {20, 4, 27}, {20, 3, 27},
               {20, 2, 24},  {20, 1, 24}, {20, 0, 20}, {0, 0, 20}};
  for (size_t i = 0; i < UTIL_COUNT(cases); i++) {
    score(facts(90, 20, cases[i].present, cases[i].speakers, 50, 0));
    if (points[CONDUCT] != cases[i].want)
      fail_msg("case %zu: %d points, want %d", i, points[CONDUCT],
               cases[i].want);
  }
  given[CONDUCT] = 0;
  score(facts(90, 20, 20, 10, 50, 0));
  assert_int_equal(points[CONDUCT], 10);
}

static void test_score_resolution(void **state) {
  (void)state;
  give_all();
  static const int pct[] = {100, 90, 89, 80, 79, 70, 69, 60, 59, 50, 49, 0};
  static const int want[] = {30, 30, 27, 27, 24, 24, 20, 20, 15, 15, 10, 10};
  for (size_t i = 0; i < UTIL_COUNT(pct); i++) {
    score(facts(90, 20, 20, 10, pct[i], 0));
    if (points[RESOLUTION] != want[i])
      fail_msg("%d%%: %d points, want %d", pct[i], points[RESOLUTION], want[i]);
  }
}

static void test_score_incomplete(void **state) {
  (void)state;
  give_all();
  /* No result recorded: the resolution has no points, nor the total. */
  assert_int_equal(score(facts(90, 20, 20, 10, -1, 0)), CORE_NO_POINTS);
  assert_int_equal(points[RESOLUTION], CORE_NO_POINTS);
  assert_int_equal(computed[RESOLUTION], CORE_NO_POINTS);
  assert_int_equal(points[CLOSING], 5);
  /* A given part missing, or out of range. */
  give_all();
  given[PREPARATION] = CORE_NO_POINTS;
  assert_int_equal(score(facts(90, 20, 20, 10, 90, 0)), CORE_NO_POINTS);
  assert_int_equal(points[PREPARATION], CORE_NO_POINTS);
  assert_int_equal(points[LENGTH], 5);
  given[PREPARATION] = 11;
  assert_int_equal(score(facts(90, 20, 20, 10, 90, 0)), CORE_NO_POINTS);
  given[PREPARATION] = 7;
  given[CONDUCT] = CORE_NO_POINTS;
  assert_int_equal(score(facts(90, 20, 20, 10, 90, 0)), CORE_NO_POINTS);
  assert_int_equal(points[CONDUCT], CORE_NO_POINTS);
  assert_int_equal(computed[CONDUCT], 10);
  given[CONDUCT] = 15;
  /* 5 + 5 + 7 + 25 + 10 + 5 + 30 + 5 */
  assert_int_equal(score(facts(90, 20, 20, 10, 90, 0)), 92);
}

static void test_give(void **state) {
  util_err e = {0};
  (void)state;
  assert_int_equal(core_rubric_give(&rubric, PREPARATION, 0, &e), 0);
  assert_int_equal(core_rubric_give(&rubric, PREPARATION, 10, &e), 0);
  assert_int_equal(core_rubric_give(&rubric, CONDUCT, 20, &e), 0);
  assert_int_equal(core_rubric_give(&rubric, PREPARATION, 11, &e), -1);
  assert_string_equal(e.msg,
                      "points: preparation=11: the scorer gives preparation "
                      "0 to 10 points");
  assert_int_equal(core_rubric_give(&rubric, CONDUCT, -1, &e), -1);
  assert_string_equal(e.msg, "points: conduct=-1: the scorer gives conduct 0 "
                             "to 20 points");
  assert_int_equal(core_rubric_give(&rubric, RESOLUTION, 5, &e), -1);
  assert_string_equal(e.msg,
                      "points: resolution=5: the points of resolution are "
                      "computed from what the meeting records (resolution), "
                      "not given");
}

/* The meetings of docs/rubric.md's worked example. */
static void test_worked_examples(void **state) {
  (void)state;
  give_all();
  given[PREPARATION] = 8;
  given[CONDUCT] = 16;
  given[CHAIRING] = 9;
  given[PRINCIPLES] = 5;
  given[CLOSING] = 4;
  /* 25 members, 100 minutes, 22 present (88%), 7 spoke (31.8%), 85% met,
   * no one absent more than twice in a row:
   * 5 + (3 + 1) + 8 + (10 + 16) + 9 + 5 + 27 + 4 = 88. */
  assert_int_equal(score(facts(100, 25, 22, 7, 85, 2)), 88);
  assert_int_equal(core_meeting_grade_of(88), CORE_FAIRLY_GOOD);
  /* 32 members, the same 22 present (68.8%: 2 + 1) and 100 minutes, too
   * short for a large cell (0). 7 of 22 earn 10, but 7 of all 32 (21.9%)
   * only 7, and full attendance 5: the absences would gain 1, given back
   * by conduct: 0 + 3 + 8 + (9 + 16) + 9 + 5 + 27 + 4 = 81. */
  assert_int_equal(score(facts(100, 32, 22, 7, 85, 2)), 81);
  assert_int_equal(computed[CONDUCT], 9);
  assert_int_equal(points[CONDUCT], 25);
}

/* The seed's meeting (issue 6): a cell of 25, all present, 7 opinions
 * (28% of those present: 10), scored 97 with the given parts. */
static void test_seed_meeting(void **state) {
  (void)state;
  give_all();
  assert_int_equal(score(facts(120, 25, 25, 7, 95, 0)), 100);
  assert_int_equal(computed[CONDUCT], 10);
  given[PREPARATION] = 9;
  given[CHAIRING] = 9;
  given[CLOSING] = 4;
  assert_int_equal(score(facts(120, 25, 25, 7, 95, 0)), 97);
  assert_int_equal(core_meeting_grade_of(97), CORE_GOOD);
}

/* Absences never pay: for every size of cell up to 60, number present,
 * number who spoke and run of absences, a meeting with everyone present
 * scores at least as much as the same meeting with absences. Without the
 * give-back, 6 of 25 (24%: 7) against 6 of 24 (25%: 10, attendance still
 * 4 + 1) would pay the absence 3 points. */
static void test_absences_never_pay(void **state) {
  (void)state;
  give_all();
  static const int runs[] = {0, 2, 3, 4, 9};
  for (int reg = 1; reg <= 60; reg++)
    for (int spoke = 0; spoke <= reg; spoke++) {
      int full = score(facts(100, reg, reg, spoke, 85, 0));
      for (int present = spoke; present < reg; present++)
        for (size_t k = 0; k < UTIL_COUNT(runs); k++) {
          int with = score(facts(100, reg, present, spoke, 85, runs[k]));
          if (with > full)
            fail_msg("%d of %d present, %d spoke, run %d: %d > %d with all "
                     "present",
                     present, reg, spoke, runs[k], with, full);
        }
    }
  /* The example of the comment: the absence earns nothing. */
  assert_int_equal(score(facts(100, 25, 24, 6, 85, 0)),
                   score(facts(100, 25, 25, 6, 85, 0)));
  /* A rubric that pays speaking much more than attendance: the same. */
  static const int bf[] = {50, 0}, bp[] = {20, 0};
  crit[CONDUCT].bands = bands(2, bf, bp);
  crit[CONDUCT].given = 10;
  for (int present = 2; present < 10; present++)
    assert_true(score(facts(90, 10, present, 2, 85, 0)) <=
                score(facts(90, 10, 10, 2, 85, 0)));
}

#define T(f) cmocka_unit_test_setup(f, setup)

int main(void) {
  const struct CMUnitTest tests[] = {
      T(test_fact_names),         T(test_default_is_well_formed),
      T(test_check_counts),       T(test_check_ids),
      T(test_check_given_only),   T(test_check_computed),
      T(test_check_bands),        T(test_score_full),
      T(test_score_length),       T(test_score_attendance),
      T(test_score_speakers),     T(test_score_resolution),
      T(test_score_incomplete),   T(test_give),
      T(test_worked_examples),    T(test_seed_meeting),
      T(test_absences_never_pay),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
