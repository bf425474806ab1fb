/*
 * test_election.c — the arithmetic of a congress's election
 * (src/core/election.c): the majorities at their boundaries, the counts
 * that cannot be, and who a round elects, ties at the last seat included,
 * checked also against a second way of saying the rule on random rounds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/election.h"

static void test_majorities(void **state) {
  (void)state;
  /* Exactly half is not more than half, for an even number of ballots;
   * for an odd number the next count up is. */
  assert_false(core_more_than_half(50, 100));
  assert_true(core_more_than_half(51, 100));
  assert_false(core_more_than_half(49, 99));
  assert_true(core_more_than_half(50, 99));
  assert_false(core_more_than_half(0, 0));
  assert_true(core_more_than_half(1, 1));
  /* Two thirds: 66 of 99 is exactly two thirds; 66 of 100 is not. */
  assert_true(core_two_thirds(66, 99));
  assert_false(core_two_thirds(65, 99));
  assert_true(core_two_thirds(67, 100));
  assert_false(core_two_thirds(66, 100));
  assert_true(core_two_thirds(CORE_BALLOTS_MAX, CORE_BALLOTS_MAX));
  assert_false(core_two_thirds(CORE_BALLOTS_MAX / 3 * 2 - 1, CORE_BALLOTS_MAX));
}

/* Checks a round that must be refused: the field and the whole message. */
static void refused(const core_round *r, const char *field, const char *msg) {
  util_err e = {0};
  assert_int_equal(core_round_check(r, &e), -1);
  assert_int_equal(e.code, UTIL_INVALID);
  assert_string_equal(e.field, field);
  assert_string_equal(e.msg, msg);
}

static void test_counts_that_cannot_be(void **state) {
  (void)state;
  int64_t ids[] = {11, 12, 13}, votes[] = {60, 50, 40};
  core_round r = {.issued = 100,
                  .returned = 98,
                  .valid = 95,
                  .seats = 2,
                  .n = 3,
                  .ids = ids,
                  .votes = votes};
  util_err e = {0};
  assert_int_equal(core_round_check(&r, &e), 0);

  core_round bad = r;
  bad.returned = 101;
  refused(&bad, "returned",
          "returned: 101: more ballots returned than the 100 issued");
  bad = r;
  bad.valid = 99;
  refused(&bad, "valid", "valid: 99: more valid ballots than the 98 returned");
  bad = r;
  bad.issued = -1;
  refused(&bad, "issued",
          "issued: -1: not a count of ballots (0 to 1000000000)");
  bad = r;
  bad.seats = 0;
  refused(&bad, "seats", "seats: 0: a round fills 1 seat or more");

  int64_t over[] = {96, 50, 40};
  bad = r;
  bad.votes = over;
  refused(&bad, "votes",
          "votes: 96 for member 11: more than the 95 valid ballots");
  int64_t below[] = {60, -1, 40};
  bad.votes = below;
  refused(&bad, "votes", "votes: -1 for member 12: below 0");
  int64_t twice[] = {11, 12, 11};
  bad = r;
  bad.ids = twice;
  refused(&bad, "votes", "votes: member 11: counted twice in one round");

  /* 95 valid ballots of 2 marks hold 190 votes at most: 190 passes, 191
   * cannot be. */
  int64_t full[] = {95, 95, 0}, past[] = {95, 95, 1};
  bad = r;
  bad.votes = full;
  assert_int_equal(core_round_check(&bad, &e), 0);
  bad.votes = past;
  refused(&bad, "votes",
          "votes: 191 in all: more than the 95 valid ballots can hold, at 2 "
          "marks each for 2 seats");
  /* No valid ballot: no vote. */
  int64_t one[] = {0, 0, 1};
  bad = r;
  bad.valid = 0;
  bad.votes = one;
  refused(&bad, "votes",
          "votes: 1 for member 13: more than the 0 valid ballots");
  /* The largest counts pass without overflow. */
  int64_t big[] = {CORE_BALLOTS_MAX, CORE_BALLOTS_MAX, CORE_BALLOTS_MAX};
  core_round max = {.issued = CORE_BALLOTS_MAX,
                    .returned = CORE_BALLOTS_MAX,
                    .valid = CORE_BALLOTS_MAX,
                    .seats = CORE_BALLOTS_MAX,
                    .n = 3,
                    .ids = ids,
                    .votes = big};
  assert_int_equal(core_round_check(&max, &e), 0);
  max.seats = 2;
  refused(&max, "votes",
          "votes: 3000000000 in all: more than the 1000000000 valid ballots "
          "can hold, at 2 marks each for 2 seats");
}

static void test_ballot(void **state) {
  (void)state;
  util_err e = {0};
  assert_int_equal(core_ballot_check(3, 3, &e), 0);
  assert_int_equal(core_ballot_check(0, 3, &e), 0);
  assert_int_equal(core_ballot_check(4, 3, &e), -1);
  assert_string_equal(e.field, "marks");
  assert_string_equal(
      e.msg,
      "marks: 4: more candidates marked than the 3 seats: the ballot is not "
      "valid");
}

/* A round where every ballot issued came back valid, checked. */
static core_round counted(int64_t valid, int64_t seats, size_t n,
                          const int64_t *ids, const int64_t *votes) {
  core_round r = {.issued = valid,
                  .returned = valid,
                  .valid = valid,
                  .seats = seats,
                  .n = n,
                  .ids = ids,
                  .votes = votes};
  util_err e = {0};
  assert_int_equal(core_round_check(&r, &e), 0);
  return r;
}

/* The outcomes of a round of the given votes, as letters: E elected,
 * S no seat, T tied, - no majority. */
static void outcomes(int64_t valid, int64_t seats, size_t n,
                     const int64_t *votes, const char *want, size_t elected) {
  int64_t ids[16] = {0};
  enum core_outcome out[16];
  for (size_t i = 0; i < n; i++)
    ids[i] = (int64_t)i + 1;
  core_round r = counted(valid, seats, n, ids, votes);
  assert_int_equal(core_round_elect(&r, out), elected);
  char got[17];
  for (size_t i = 0; i < n; i++)
    got[i] = "EST-"[out[i]];
  got[n] = '\0';
  assert_string_equal(got, want);
}

static void test_elect(void **state) {
  (void)state;
  /* 100 valid ballots, 3 seats (300 marks at most): 50 is exactly half
   * and not elected; 51 has a majority but no seat. */
  outcomes(100, 3, 5, (int64_t[]){70, 50, 51, 60, 55}, "E-SEE", 3);
  /* Fewer with a majority than seats: a seat stays empty. */
  outcomes(100, 3, 4, (int64_t[]){90, 50, 51, 20}, "E-E-", 2);
  /* 99 valid ballots: 50 is more than half. */
  outcomes(99, 2, 3, (int64_t[]){50, 49, 60}, "E-E", 2);
  /* Two tied for the last seat: neither is elected. */
  outcomes(100, 3, 5, (int64_t[]){60, 55, 55, 58, 52}, "ETTES", 2);
  /* Two tied for the last two seats: both fit, both elected. */
  outcomes(100, 3, 4, (int64_t[]){90, 70, 70, 60}, "EEES", 3);
  /* Three tied for the last two seats. */
  outcomes(100, 3, 4, (int64_t[]){90, 70, 70, 70}, "ETTT", 1);
  /* Everyone tied for fewer seats: no one is elected. */
  outcomes(100, 2, 3, (int64_t[]){60, 60, 60}, "TTT", 0);
  /* No candidate, or no valid ballot. */
  outcomes(100, 3, 0, (int64_t[]){0}, "", 0);
  outcomes(0, 1, 2, (int64_t[]){0, 0}, "--", 0);
}

/* The rule said another way: a candidate with a majority is elected when
 * the candidates with a majority and at least as many votes fit in the
 * seats; tied when those with more votes leave a seat but those with at
 * least as many do not fit; otherwise without a seat. */
static enum core_outcome reference(const int64_t *v, size_t n, size_t i,
                                   int64_t valid, int64_t seats) {
  if (!(2 * v[i] > valid))
    return CORE_NO_MAJORITY;
  int64_t more = 0, atleast = 0;
  for (size_t j = 0; j < n; j++)
    if (2 * v[j] > valid) {
      more += v[j] > v[i];
      atleast += v[j] >= v[i];
    }
  if (atleast <= seats)
    return CORE_ELECTED;
  return more < seats ? CORE_TIED : CORE_NO_SEAT;
}

static void test_random_rounds(void **state) {
  (void)state;
  util_rng rng = {.s = 20261128};
  for (int round = 0; round < 20000; round++) {
    size_t n = 1 + (size_t)util_rng_below(&rng, 12);
    int64_t seats = 1 + (int64_t)util_rng_below(&rng, (int)n);
    int64_t valid = (int64_t)util_rng_below(&rng, 12);
    int64_t ids[12], votes[12], left = valid * seats;
    for (size_t i = 0; i < n; i++) {
      ids[i] = (int64_t)i + 1;
      int64_t cap = valid < left ? valid : left;
      votes[i] = (int64_t)util_rng_below(&rng, (int)cap + 1);
      left -= votes[i];
    }
    core_round r = counted(valid, seats, n, ids, votes);
    enum core_outcome out[12];
    size_t elected = core_round_elect(&r, out), want = 0;
    for (size_t i = 0; i < n; i++) {
      assert_int_equal(out[i], reference(votes, n, i, valid, seats));
      want += out[i] == CORE_ELECTED;
    }
    assert_int_equal(elected, want);
    assert_true(elected <= (size_t)seats);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_majorities),
      cmocka_unit_test(test_counts_that_cannot_be),
      cmocka_unit_test(test_ballot),
      cmocka_unit_test(test_elect),
      cmocka_unit_test(test_random_rounds),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
