/*
 * assess.c — rules of the annual assessment and of party badges (DOMAIN.md
 * §2, §4): which years a member can be assessed for, ranges of years as
 * typed, and when a party badge may be awarded.
 */
#include "core/core.h"
#include "util/lang.h"

#include <ctype.h>
#include <string.h>

/* The value of four digits, or -1. */
static int four_digits(const char *s) {
  int v = 0;
  for (int i = 0; i < 4; i++) {
    if (!isdigit((unsigned char)s[i]))
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int core_years_parse(const char *text, int *first, int *last,
                     const char **why) {
  size_t n = text ? strlen(text) : 0;
  int a = n == 4 || n == 9 ? four_digits(text) : -1;
  int b = n == 9 && text[4] == '-' ? four_digits(text + 5) : n == 4 ? a : -1;
  if (a < 0 || b < 0) {
    *why = N_("a range of years is YYYY-YYYY, or one year YYYY");
    return -1;
  }
  if (a > b) {
    *why = N_("the first year comes after the last");
    return -1;
  }
  *first = a;
  *last = b;
  return 0;
}

int core_check_assess_year(const core_timeline *t, int year, const char *who,
                           util_err *e) {
  util_day first = util_day_from_civil(year, 1, 1);
  util_day last = util_day_from_civil(year, 12, 31);
  const core_segment *before = NULL, *after = NULL;
  for (size_t i = 0; i < t->nseg; i++) {
    const core_segment *s = &t->seg[i];
    /* The day membership ends (s->to) is still a day in the party. */
    if (s->from <= last && s->to >= first)
      return 0;
    if (s->to < first)
      before = s;
    else if (!after)
      after = s;
  }
  char d1[UTIL_DATE_SAY], d2[UTIL_DATE_SAY];
  if (!before && !after)
    return util_fail(e, UTIL_REFUSED,
                     "cannot assess %s for %d: never a party member", who,
                     year);
  if (!before)
    return util_fail(e, UTIL_REFUSED,
                     "cannot assess %s for %d: admitted on %s, after the "
                     "end of %d",
                     who, year, util_date_say(e, after->from, d1), year);
  if (!after)
    return util_fail(e, UTIL_REFUSED,
                     "cannot assess %s for %d: out of the party since %s, "
                     "before %d began",
                     who, year, util_date_say(e, before->to, d1), year);
  return util_fail(e, UTIL_REFUSED,
                   "cannot assess %s for %d: out of the party from %s to "
                   "%s, the whole of %d",
                   who, year, util_date_say(e, before->to, d1),
                   util_date_say(e, after->from, d2), year);
}

int core_badge_index(int years) {
  for (size_t i = 0; i < core_badge_count; i++)
    if (core_badge_years[i] == years)
      return (int)i;
  return -1;
}

int core_check_badge(const core_timeline *t, int years, util_day day,
                     bool early, const char *who, util_err *e) {
  if (core_badge_index(years) < 0)
    return util_invalid(e, "years",
                        "years: %d: party badges mark 30, 40, 45, 50, 55, 60, "
                        "65, 70, 75, 80, 85 or 90 years of party age",
                        years);
  const core_segment *s = NULL;
  for (size_t i = 0; i < t->nseg && !s; i++)
    if (t->seg[i].from <= day && day < t->seg[i].to &&
        t->seg[i].status == CORE_OFFICIAL)
      s = &t->seg[i];
  char d[UTIL_DATE_SAY], d1[UTIL_DATE_SAY], d2[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  if (!s)
    return util_fail(e, UTIL_REFUSED,
                     "cannot award the %d-year party badge to %s on %s: not "
                     "an official member on that day, and party age counts "
                     "for official members only",
                     years, who, d);
  util_day due = core_badge_due(s->origin, years);
  util_day earliest = core_badge_earliest(s->origin, years);
  if (day >= due)
    return 0;
  util_date_say(e, due, d1);
  util_date_say(e, earliest, d2);
  if (!early)
    return util_fail(e, UTIL_REFUSED,
                     "cannot award the %d-year party badge to %s on %s: "
                     "party age reaches %d years on %s; a seriously ill "
                     "member may receive it early, from %s",
                     years, who, d, years, d1, d2);
  if (day < earliest)
    return util_fail(e, UTIL_REFUSED,
                     "cannot award the %d-year party badge to %s on %s, even "
                     "early: the earliest is %s, %d months before it is due "
                     "on %s",
                     years, who, d, d2, years >= 70 ? 24 : 12, d1);
  return 0;
}
