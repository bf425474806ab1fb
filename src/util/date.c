/*
 * date.c — civil dates as day numbers. Every rule in cadre that counts
 * time (party age, probation, deadlines) is arithmetic on these numbers, so
 * the conversions must be exact over the whole accepted range. The
 * conversions follow Howard Hinnant's days_from_civil and civil_from_days
 * ("chrono-Compatible Low-Level Date Algorithms"), which need no tables and
 * no loops; they count from 1970-01-01, and EPOCH moves their numbers so
 * that 1800-01-01 is day 1 and no valid date is 0 ("not set").
 *
 * At the top of the range, arithmetic clamps: a date computed past
 * 9999-12-31 (twelve months after 9999-06-01) is 9999-12-31, the day that
 * already means "open" in intervals, and formatting never writes anything
 * but a date of years 0000 to 9999.
 */
#include "util/lang.h"

#include <assert.h>
#include <time.h>

/* Days from 1970-01-01 back to 1799-12-31, the day before day 1. */
#define EPOCH 62092

static bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

/* Division rounding towards minus infinity, for months before year 0
 * and day numbers before 1970. */
static long long floor_div(long long a, long long b) {
  long long q = a / b;

  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

bool util_date_valid(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

util_day util_day_from_civil(int y, int m, int d) {
  long long yy = (long long)y - (m <= 2);
  long long era = floor_div(yy, 400);
  long long yoe = yy - era * 400;                        /* [0, 399] */
  long long mp = m > 2 ? m - 3 : m + 9;                  /* March is 0 */
  long long doy = (153 * mp + 2) / 5 + d - 1;            /* [0, 365] */
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* [0, 146096] */

  assert(util_date_valid(y, m, d));
  return (util_day)(era * 146097 + doe - 719468 + EPOCH);
}

void util_civil_from_day(util_day day, int *y, int *m, int *d) {
  long long z = (long long)day - EPOCH + 719468;
  long long era = floor_div(z, 146097);
  long long doe = z - era * 146097; /* [0, 146096] */
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100); /* [0, 365] */
  long long mp = (5 * doy + 2) / 153;                      /* [0, 11] */
  int month = (int)(mp < 10 ? mp + 3 : mp - 9);

  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = month;
  *y = (int)(yoe + era * 400 + (month <= 2));
}

static int digits(const char *s, int n) {
  int v = 0;

  for (int i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* The length of the run of ASCII digits at s (0 for NULL). */
static int run(const char *s) {
  int n = 0;

  while (s && s[n] >= '0' && s[n] <= '9')
    n++;
  return n;
}

/* Reads the two forms a person types: ISO "YYYY-MM-DD", exactly, and the
 * form clerks write, "D/M/YYYY" with a day and a month of one or two digits
 * and a four-digit year. Checked digit run by digit run rather than with
 * sscanf, which would accept signs, spaces and short fields. Nothing else
 * is read, so that no text reads as two dates: "2026/11/27", "11-27-2026"
 * and a two-digit year are refused. Returns 0 with y, m, d set, or -1. */
static int split(const char *s, int *y, int *m, int *d) {
  int n1 = run(s);

  if (n1 == 4 && s[4] == '-' && run(s + 5) == 2 && s[7] == '-' &&
      run(s + 8) == 2 && s[10] == '\0') {
    *y = digits(s, 4);
    *m = digits(s + 5, 2);
    *d = digits(s + 8, 2);
    return 0;
  }
  if (n1 < 1 || n1 > 2 || s[n1] != '/')
    return -1;
  const char *month = s + n1 + 1;
  int n2 = run(month);
  if (n2 < 1 || n2 > 2 || month[n2] != '/')
    return -1;
  const char *year = month + n2 + 1;
  if (run(year) != 4 || year[4] != '\0')
    return -1;
  *d = digits(s, n1);
  *m = digits(month, n2);
  *y = digits(year, 4);
  return 0;
}

/* Sets *why when the caller asked why. */
static int refuse(const char **why, const char *reason) {
  if (why)
    *why = reason;
  return -1;
}

int util_date_parse(const char *s, util_day *out, const char **why) {
  int y;
  int m;
  int d;

  if (split(s, &y, &m, &d))
    return refuse(why, N_("not a date in the form YYYY-MM-DD or DD/MM/YYYY"));
  if (y < 1800)
    return refuse(why, N_("year out of range"));
  if (m < 1 || m > 12)
    return refuse(why, N_("no such month"));
  if (!util_date_valid(y, m, d))
    return refuse(why, N_("no such day"));
  *out = util_day_from_civil(y, m, d);
  return 0;
}

char *util_date_format(util_day day, char out[static 11]) {
  int y;
  int m;
  int d;

  /* A day number out of the range of four-digit years would print
   * garbage: it is written as the nearest day in range. */
  if (day > UTIL_DAY_MAX)
    day = UTIL_DAY_MAX;
  else if (day < UTIL_DAY_YEAR0)
    day = UTIL_DAY_YEAR0;
  util_civil_from_day(day, &y, &m, &d);
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = '\0';
  return out;
}

int util_day_year(util_day day) {
  int y;
  int m;
  int d;

  util_civil_from_day(day, &y, &m, &d);
  return y;
}

util_day util_day_add_months(util_day day, int months) {
  int y;
  int m;
  int d;
  long long total;
  int last;

  util_civil_from_day(day, &y, &m, &d);
  total = (long long)y * 12 + (m - 1) + months;
  y = (int)floor_div(total, 12);
  m = (int)(total - (long long)y * 12) + 1;
  if (y > 9999)
    return UTIL_DAY_MAX;
  last = days_in_month(y, m);
  return util_day_from_civil(y, m, d < last ? d : last);
}

util_day util_day_add_years(util_day day, int years) {
  return util_day_add_months(day, years > 10000    ? 120000
                                  : years < -10000 ? -120000
                                                   : years * 12);
}

int util_full_months(util_day from, util_day to) {
  int fy;
  int fm;
  int fd;
  int ty;
  int tm;
  int td;
  int n;

  if (to < from)
    return 0;
  util_civil_from_day(from, &fy, &fm, &fd);
  util_civil_from_day(to, &ty, &tm, &td);
  /* Adding n months lands in to's month; since adding months clamps to
   * the month's end, it lands on or before `to` exactly when the n-th
   * month is completed by `to`. */
  n = (ty - fy) * 12 + (tm - fm);
  if (util_day_add_months(from, n) > to)
    n--;
  return n;
}

int util_full_years(util_day from, util_day to) {
  return util_full_months(from, to) / 12;
}

int util_weekday(util_day day) {
  /* 1800-01-01, day 1, was a Wednesday (2 when Monday is 0). */
  return (int)(((long long)day % 7 + 7 + 1) % 7);
}

util_day util_day_add_working_days(util_day day, int n) {
  int wd;

  assert(n >= 0);
  if (n == 0)
    return day;
  /* Counting from a Saturday or Sunday gives the same days as counting
   * from the Friday before, which lets whole weeks be skipped at once. */
  wd = util_weekday(day);
  if (wd >= 5)
    day -= wd - 4;
  if ((long long)day + (long long)n / 5 * 7 + 7 > UTIL_DAY_MAX)
    return UTIL_DAY_MAX;
  day += n / 5 * 7;
  for (n %= 5; n > 0; n--) {
    day++;
    while (util_weekday(day) >= 5)
      day++;
  }
  return day < UTIL_DAY_MAX ? day : UTIL_DAY_MAX;
}

util_day util_today_local(void) {
  time_t now = time(NULL);
  struct tm tm;

  if (!localtime_r(&now, &tm))
    return (util_day)(floor_div((long long)now, 86400) + EPOCH);
  return util_day_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
