/*
 * election.c — who a round of a congress's ballot elects (election.h).
 *
 * The rule (DOMAIN.md §8): a candidate is elected with more than half of
 * the valid ballots, and the seats go to those with the most votes. The
 * last seat is where software goes wrong: when two candidates with a
 * majority share the count at the last seat, neither is elected here, and
 * the round says so, because only a further round may choose between
 * them.
 */
#include "core/election.h"

#include <stdlib.h>

bool core_more_than_half(int64_t votes, int64_t base) {
  return 2 * votes > base;
}

bool core_two_thirds(int64_t votes, int64_t base) {
  return 3 * votes >= 2 * base;
}

static int count_range(const char *field, int64_t v, util_err *e) {
  if (v < 0 || v > CORE_BALLOTS_MAX)
    return util_invalid(e, field,
                        "%s: %lld: not a count of ballots (0 to %lld)", field,
                        (long long)v, (long long)CORE_BALLOTS_MAX);
  return 0;
}

int core_round_check(const core_round *r, util_err *e) {
  if (count_range("issued", r->issued, e) ||
      count_range("returned", r->returned, e) ||
      count_range("valid", r->valid, e))
    return -1;
  if (r->returned > r->issued)
    return util_invalid(e, "returned",
                        "returned: %lld: more ballots returned than the %lld "
                        "issued",
                        (long long)r->returned, (long long)r->issued);
  if (r->valid > r->returned)
    return util_invalid(e, "valid",
                        "valid: %lld: more valid ballots than the %lld "
                        "returned",
                        (long long)r->valid, (long long)r->returned);
  if (r->seats < 1 || r->seats > CORE_BALLOTS_MAX)
    return util_invalid(e, "seats", "seats: %lld: a round fills 1 seat or more",
                        (long long)r->seats);
  int64_t sum = 0;
  for (size_t i = 0; i < r->n; i++) {
    for (size_t j = 0; j < i; j++)
      if (r->ids[j] == r->ids[i])
        return util_invalid(e, "votes",
                            "votes: member %lld: counted twice in one round",
                            (long long)r->ids[i]);
    if (r->votes[i] < 0)
      return util_invalid(e, "votes", "votes: %lld for member %lld: below 0",
                          (long long)r->votes[i], (long long)r->ids[i]);
    if (r->votes[i] > r->valid)
      return util_invalid(e, "votes",
                          "votes: %lld for member %lld: more than the %lld "
                          "valid ballots",
                          (long long)r->votes[i], (long long)r->ids[i],
                          (long long)r->valid);
    sum += r->votes[i]; /* each at most CORE_BALLOTS_MAX: no overflow */
  }
  /* Compared as sum > valid × seats without the product, which seats up
   * to CORE_BALLOTS_MAX could overflow. */
  if (r->valid == 0 ? sum > 0 : (sum - 1) / r->valid >= r->seats)
    return util_invalid(e, "votes",
                        "votes: %lld in all: more than the %lld valid "
                        "ballots can hold, at %lld marks each for %lld "
                        "seats",
                        (long long)sum, (long long)r->valid,
                        (long long)r->seats, (long long)r->seats);
  return 0;
}

int core_ballot_check(int64_t marks, int64_t seats, util_err *e) {
  if (marks < 0)
    return util_invalid(e, "marks", "marks: %lld: below 0", (long long)marks);
  if (marks > seats)
    return util_invalid(e, "marks",
                        "marks: %lld: more candidates marked than the %lld "
                        "seats: the ballot is not valid",
                        (long long)marks, (long long)seats);
  return 0;
}

static int64_t votes_at(const core_round *r, const size_t *idx, size_t k) {
  return r->votes[idx[k]];
}

size_t core_round_elect(const core_round *r, enum core_outcome *out) {
  size_t *idx = util_xmalloc((r->n ? r->n : 1) * sizeof *idx), m = 0;
  for (size_t i = 0; i < r->n; i++) {
    out[i] = CORE_NO_MAJORITY;
    if (core_more_than_half(r->votes[i], r->valid))
      idx[m++] = i;
  }
  /* Insertion sort, highest first: a list of candidates is short. */
  for (size_t i = 1; i < m; i++)
    for (size_t j = i; j > 0 && votes_at(r, idx, j - 1) < votes_at(r, idx, j);
         j--) {
      size_t t = idx[j];
      idx[j] = idx[j - 1];
      idx[j - 1] = t;
    }
  size_t seats = (uint64_t)r->seats < m ? (size_t)r->seats : m, elected = 0;
  if (m > seats) {
    /* The count at the last seat, and how many reach it and how many
     * pass it. */
    int64_t last = votes_at(r, idx, seats - 1);
    size_t above = 0, at = 0;
    for (size_t k = 0; k < m; k++) {
      int64_t v = votes_at(r, idx, k);
      above += v > last;
      at += v == last;
    }
    for (size_t k = 0; k < m; k++) {
      int64_t v = votes_at(r, idx, k);
      out[idx[k]] = v > last              ? CORE_ELECTED
                    : v < last            ? CORE_NO_SEAT
                    : above + at <= seats ? CORE_ELECTED
                                          : CORE_TIED;
    }
  } else {
    for (size_t k = 0; k < m; k++)
      out[idx[k]] = CORE_ELECTED;
  }
  for (size_t i = 0; i < r->n; i++)
    elected += out[i] == CORE_ELECTED;
  free(idx);
  return elected;
}
