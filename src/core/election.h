/*
 * election.h — the arithmetic of a congress's election (DOMAIN.md §8,
 * issue 9): which counts of ballots can be, and who a round elects.
 *
 * Every comparison is in exact integers: "more than half" is 2 × votes >
 * valid, "two thirds" is 3 × votes >= 2 × base; never a division and never
 * floating point, where 50.0% and one vote past it blur. Counts are bounded
 * (CORE_BALLOTS_MAX) so that no product overflows.
 */
#ifndef CADRE_CORE_ELECTION_H
#define CADRE_CORE_ELECTION_H

#include "util/util.h"

/* More ballots than any congress has: the bound that keeps 3 × n exact. */
#define CORE_BALLOTS_MAX 1000000000LL

/* votes is more than half of base (2 × votes > base). */
bool core_more_than_half(int64_t votes, int64_t base);
/* votes is at least two thirds of base (3 × votes >= 2 × base). */
bool core_two_thirds(int64_t votes, int64_t base);

/* A round of voting: its ballots, the seats it fills, and the votes of
 * each candidate (member ids, for the messages). */
typedef struct core_round {
  int64_t issued, returned, valid;
  int64_t seats;
  size_t n;
  const int64_t *ids;   /* the candidates' member ids */
  const int64_t *votes; /* votes[i]: the valid ballots marking ids[i] */
} core_round;

/* What a round gives a candidate. */
enum core_outcome {
  CORE_ELECTED,     /* more than half, and among the seats' highest counts */
  CORE_NO_SEAT,     /* more than half, but the seats went to higher counts */
  CORE_TIED,        /* more than half, tied for the last seats with more
                       candidates than seats left: a further round */
  CORE_NO_MAJORITY, /* half of the valid ballots or less */
  CORE_OUTCOME__MAX
};

/* Refuses counts that cannot be, naming the count and the rule: a count
 * below 0 or past CORE_BALLOTS_MAX; more returned than issued; more valid
 * than returned; seats below 1; a candidate twice; more votes for a
 * candidate than valid ballots; more votes in all than valid ballots ×
 * seats (some valid ballot would mark more candidates than seats).
 * Returns 0 or -1 with e set (UTIL_INVALID, field "issued", "returned",
 * "valid", "seats" or "votes"). */
int core_round_check(const core_round *r, util_err *e);

/* A ballot recorded one by one: `marks` candidates marked of a round of
 * `seats`. Refuses more marks than seats (such a ballot is not valid, and
 * cannot be counted as one). */
int core_ballot_check(int64_t marks, int64_t seats, util_err *e);

/* The outcome of each candidate of a round that passed core_round_check,
 * into out[0..n): of those with more than half of the valid ballots, the
 * seats go to the highest counts; where the count at the last seat is
 * shared by more candidates than seats remain, those candidates are
 * CORE_TIED and none of them is elected. Returns the number elected. */
size_t core_round_elect(const core_round *r, enum core_outcome *out);

#endif
