/*
 * work.c — rules of party work (DOMAIN.md §3–§5): the majorities behind
 * discipline decisions, the grades of assessments and of meetings, and the
 * quota of excellence.
 */
#include "core/core.h"

int core_check_votes(const core_votes *v, bool expulsion, const char *what,
                     util_err *e) {
  if (v->votes_total <= 0 || v->votes_for < 0 || v->votes_for > v->votes_total)
    return util_invalid(
        e, "votes",
        "votes: %d/%d: the votes for are a number from 0 to the "
        "members of the deciding body who voted",
        v->votes_for, v->votes_total);
  if (expulsion) {
    if (v->proposal_total <= 0 || v->proposal_for < 0 ||
        v->proposal_for > v->proposal_total)
      return util_invalid(
          e, "proposal",
          "proposal: %d/%d: an expulsion needs the votes of its "
          "proposal (FOR/TOTAL)",
          v->proposal_for, v->proposal_total);
    if (3 * v->proposal_for < 2 * v->proposal_total)
      return util_fail(e, UTIL_REFUSED,
                       "cannot decide the %s: the proposal had %d of %d "
                       "votes; expulsion needs a proposal of at least two "
                       "thirds (%d)",
                       what, v->proposal_for, v->proposal_total,
                       (2 * v->proposal_total + 2) / 3);
  }
  if (2 * v->votes_for <= v->votes_total)
    return util_fail(e, UTIL_REFUSED,
                     "cannot decide the %s: %d of %d votes; a discipline "
                     "decision needs more than half of the deciding body "
                     "(%d)",
                     what, v->votes_for, v->votes_total,
                     v->votes_total / 2 + 1);
  return 0;
}

enum core_grade core_grade_of_score(int score) {
  if (score >= 90)
    return CORE_EXCELLENT;
  if (score >= 70)
    return CORE_WELL;
  if (score >= 50)
    return CORE_COMPLETED;
  return CORE_NOT_COMPLETED;
}

int core_check_quota(int excellent, int well, const char *where, util_err *e) {
  /* excellent <= 20% of (excellent + well), in whole numbers. */
  int limit = (excellent + well) / 5;
  if (excellent <= limit)
    return 0;
  return util_fail(e, UTIL_REFUSED,
                   "%s: %d classified excellent of %d classified well or "
                   "better; at most 20%% (%d) may be excellent, %d too many",
                   where, excellent, excellent + well, limit,
                   excellent - limit);
}

enum core_meeting_grade core_meeting_grade_of(int score) {
  if (score >= 90)
    return CORE_GOOD;
  if (score >= 70)
    return CORE_FAIRLY_GOOD;
  if (score >= 50)
    return CORE_AVERAGE;
  return CORE_POOR;
}
