/*
 * store_tally.c — the tally rows: per organisation, the net change of every
 * figure on a day (tally_day) and over a year (tally_year). A figure on a
 * day is the sum of the year rows before that year and the day rows of the
 * year up to the day: at most a few hundred rows, however long the history
 * and however many members.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>

/* Adds delta to the blob in column 0 of `get` (if any), then writes the
 * sum with `put` or removes the row with `del` when nothing is left. The
 * three statements have their keys bound by the caller at ?1 and ?2. */
static int add_row(store *st, sqlite3_stmt *get, sqlite3_stmt *put,
                   sqlite3_stmt *del, const core_tally *delta, util_err *e) {
  core_tally sum = {0};
  util_buf blob = {0};
  int rc = sqlite3_step(get);
  if (rc == SQLITE_ROW &&
      core_tally_decode_add(&sum, sqlite3_column_blob(get, 0),
                            (size_t)sqlite3_column_bytes(get, 0), 1) != 0)
    rc = -2;
  sqlite3_reset(get);
  if (rc == -2) {
    core_tally_free(&sum);
    return util_fail(e, UTIL_SYSTEM,
                     "a tally in %s is damaged; run `cadre check --repair`",
                     "the database");
  }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    core_tally_free(&sum);
    return store_sqlfail(st, e);
  }
  core_tally_merge(&sum, delta, 1);
  if (sum.len == 0) {
    rc = store_step_done(st, del, e);
  } else {
    core_tally_encode(&sum, &blob);
    sqlite3_bind_blob(put, 3, blob.data, (int)blob.len, SQLITE_STATIC);
    rc = store_step_done(st, put, e);
  }
  sqlite3_reset(del);
  sqlite3_reset(put);
  core_tally_free(&sum);
  util_buf_free(&blob);
  return rc;
}

int store_tally_add_day(store *st, int64_t org, util_day day,
                        const core_tally *delta, util_err *e) {
  static const char get_sql[] =
      "SELECT counts FROM tally_day WHERE org_id = ?1 AND day = ?2";
  static const char put_sql[] =
      "INSERT OR REPLACE INTO tally_day(org_id, day, counts) "
      "VALUES (?1, ?2, ?3)";
  static const char del_sql[] =
      "DELETE FROM tally_day WHERE org_id = ?1 AND day = ?2";
  sqlite3_stmt *get = store_stmt(st, get_sql, e);
  sqlite3_stmt *put = get ? store_stmt(st, put_sql, e) : NULL;
  sqlite3_stmt *del = put ? store_stmt(st, del_sql, e) : NULL;
  if (!del)
    return -1;
  sqlite3_stmt *all[] = {get, put, del};
  for (size_t i = 0; i < 3; i++) {
    sqlite3_bind_int64(all[i], 1, org);
    store_bind_day(all[i], 2, day);
  }
  return add_row(st, get, put, del, delta, e);
}

int store_tally_add_year(store *st, int64_t org, int year,
                         const core_tally *delta, util_err *e) {
  static const char get_sql[] =
      "SELECT counts FROM tally_year WHERE org_id = ?1 AND year = ?2";
  static const char put_sql[] =
      "INSERT OR REPLACE INTO tally_year(org_id, year, counts) "
      "VALUES (?1, ?2, ?3)";
  static const char del_sql[] =
      "DELETE FROM tally_year WHERE org_id = ?1 AND year = ?2";
  sqlite3_stmt *get = store_stmt(st, get_sql, e);
  sqlite3_stmt *put = get ? store_stmt(st, put_sql, e) : NULL;
  sqlite3_stmt *del = put ? store_stmt(st, del_sql, e) : NULL;
  if (!del)
    return -1;
  sqlite3_stmt *all[] = {get, put, del};
  for (size_t i = 0; i < 3; i++) {
    sqlite3_bind_int64(all[i], 1, org);
    sqlite3_bind_int(all[i], 2, year);
  }
  return add_row(st, get, put, del, delta, e);
}

static int sum_rows(store *st, sqlite3_stmt *s, core_tally *acc, util_err *e) {
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    if (core_tally_decode_add(acc, sqlite3_column_blob(s, 0),
                              (size_t)sqlite3_column_bytes(s, 0), 1)) {
      sqlite3_reset(s);
      return util_fail(e, UTIL_SYSTEM,
                       "a tally in %s is damaged; run `cadre check`",
                       "the database");
    }
  sqlite3_reset(s);
  return rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

int store_tally_sum(store *st, int64_t org, util_day day, core_tally *acc,
                    util_err *e) {
  static const char years[] =
      "SELECT counts FROM tally_year WHERE org_id = ?1 AND year < ?2";
  static const char days[] = "SELECT counts FROM tally_day "
                             "WHERE org_id = ?1 AND day >= ?2 AND day <= ?3";
  int y = util_day_year(day);
  sqlite3_stmt *s = store_stmt(st, years, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  sqlite3_bind_int(s, 2, y);
  if (sum_rows(st, s, acc, e))
    return -1;
  if (!(s = store_stmt(st, days, e)))
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, util_day_from_civil(y, 1, 1));
  store_bind_day(s, 3, day);
  return sum_rows(st, s, acc, e);
}

int store_tally_clear(store *st, util_err *e) {
  return store_exec(st, "DELETE FROM tally_day; DELETE FROM tally_year", e);
}

int store_tally_rows(store *st,
                     int (*fn)(void *ctx, int64_t org, util_day day,
                               const void *blob, size_t len),
                     void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT org_id, day, counts FROM tally_day ORDER BY org_id, day";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  int rc, stop = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    stop = fn(ctx, sqlite3_column_int64(s, 0), store_col_day(s, 1),
              sqlite3_column_blob(s, 2), (size_t)sqlite3_column_bytes(s, 2));
    if (stop)
      break;
  }
  sqlite3_reset(s);
  if (!stop && rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  return stop;
}

int store_tally_year_rows(store *st,
                          int (*fn)(void *ctx, int64_t org, int year,
                                    const void *blob, size_t len),
                          void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT org_id, year, counts FROM tally_year ORDER BY org_id, year";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  int rc, stop = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    stop = fn(ctx, sqlite3_column_int64(s, 0), sqlite3_column_int(s, 1),
              sqlite3_column_blob(s, 2), (size_t)sqlite3_column_bytes(s, 2));
    if (stop)
      break;
  }
  sqlite3_reset(s);
  if (!stop && rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  return stop;
}
