/*
 * store_tally.c — the tally rows: per organisation, the net change of every
 * figure on a day (tally_day) and over a year (tally_year). A figure on a
 * day is the sum of the year rows before that year and the day rows of the
 * year up to the day: at most a few hundred rows, however long the history
 * and however many members.
 */
#include "store/store_int.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

/* cadre_tally_add(a, b): the sum of two encoded tallies, encoded; an empty
 * blob when they cancel out. Registered on every connection for the
 * statements below; the schema never refers to it. */
void store_tally_sql_add(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  core_tally sum = {0};
  util_buf out = {0};
  int bad = 0;
  for (int i = 0; i < argc && !bad; i++)
    bad = core_tally_decode_add(&sum, sqlite3_value_blob(argv[i]),
                                (size_t)sqlite3_value_bytes(argv[i]), 1);
  if (bad) {
    sqlite3_result_error(cx, "a tally is damaged; run `cadre check`", -1);
  } else {
    core_tally_encode(&sum, &out);
    sqlite3_result_blob(cx, out.len ? out.data : "", (int)out.len,
                        SQLITE_TRANSIENT);
  }
  core_tally_free(&sum);
  util_buf_free(&out);
}

/* Adds delta to a tally row in one statement, and removes the row when the
 * sum comes to nothing. `sql` is the upsert and the delete; both take the
 * organisation at ?1 and the day or year at ?2, bound by `bind`. */
static int add_row(store *st, const char *const sql[2], int64_t org,
                   void (*bind)(sqlite3_stmt *, int, int64_t), int64_t when,
                   const core_tally *delta, util_err *e) {
  util_buf blob = {0};
  sqlite3_stmt *put = store_stmt(st, sql[0], e);
  if (!put)
    return -1;
  core_tally_encode(delta, &blob);
  sqlite3_bind_int64(put, 1, org);
  bind(put, 2, when);
  sqlite3_bind_blob(put, 3, blob.data, (int)blob.len, SQLITE_STATIC);
  int rc = sqlite3_step(put);
  bool empty = rc == SQLITE_ROW && sqlite3_column_int(put, 0) == 0;
  if (rc == SQLITE_ROW)
    rc = sqlite3_step(put);
  sqlite3_reset(put);
  util_buf_free(&blob);
  if (rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  if (!empty)
    return 0;
  sqlite3_stmt *del = store_stmt(st, sql[1], e);
  if (!del)
    return -1;
  sqlite3_bind_int64(del, 1, org);
  bind(del, 2, when);
  return store_step_done(st, del, e);
}

static void bind_day(sqlite3_stmt *s, int i, int64_t day) {
  store_bind_day(s, i, (util_day)day);
}

static void bind_year(sqlite3_stmt *s, int i, int64_t year) {
  sqlite3_bind_int64(s, i, year);
}

int store_tally_add_day(store *st, int64_t org, util_day day,
                        const core_tally *delta, util_err *e) {
  static const char put[] =
      "INSERT INTO tally_day(org_id, day, counts) VALUES (?1, ?2, ?3) "
      "ON CONFLICT (org_id, day) DO UPDATE SET "
      "counts = cadre_tally_add(counts, excluded.counts) "
      "RETURNING length(counts)";
  static const char del[] =
      "DELETE FROM tally_day WHERE org_id = ?1 AND day = ?2";
  static const char *const sql[] = {put, del};
  return add_row(st, sql, org, bind_day, day, delta, e);
}

int store_tally_add_year(store *st, int64_t org, int year,
                         const core_tally *delta, util_err *e) {
  static const char put[] =
      "INSERT INTO tally_year(org_id, year, counts) VALUES (?1, ?2, ?3) "
      "ON CONFLICT (org_id, year) DO UPDATE SET "
      "counts = cadre_tally_add(counts, excluded.counts) "
      "RETURNING length(counts)";
  static const char del[] =
      "DELETE FROM tally_year WHERE org_id = ?1 AND year = ?2";
  static const char *const sql[] = {put, del};
  return add_row(st, sql, org, bind_year, year, delta, e);
}

static int sum_row(void *ctx, sqlite3_stmt *s) {
  return core_tally_decode_add(ctx, sqlite3_column_blob(s, 0),
                               (size_t)sqlite3_column_bytes(s, 0), 1);
}

/* Adds the tallies a statement returns in column 0 to acc. */
static int sum_rows(store *st, sqlite3_stmt *s, core_tally *acc, util_err *e) {
  int rc = store_each(st, s, sum_row, acc, e);
  if (rc > 0)
    return util_fail(e, UTIL_SYSTEM,
                     "a tally in the database is damaged; run `cadre check`");
  return rc;
}

/* Adds the year rows of `org` for the years lo to hi. */
static int sum_years(store *st, int64_t org, int lo, int hi, core_tally *acc,
                     util_err *e) {
  static const char sql[] = "SELECT counts FROM tally_year "
                            "WHERE org_id = ?1 AND year >= ?2 AND year <= ?3";
  if (lo > hi)
    return 0;
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  sqlite3_bind_int(s, 2, lo);
  sqlite3_bind_int(s, 3, hi);
  return sum_rows(st, s, acc, e);
}

/* Adds the changes of `org` on the days from..to, both in one year: its
 * year row when they are the whole year (one row instead of hundreds). */
static int sum_span(store *st, int64_t org, util_day from, util_day to,
                    core_tally *acc, util_err *e) {
  static const char sql[] = "SELECT counts FROM tally_day "
                            "WHERE org_id = ?1 AND day >= ?2 AND day <= ?3";
  int y = util_day_year(from);
  if (from == util_day_from_civil(y, 1, 1) &&
      to == util_day_from_civil(y, 12, 31))
    return sum_years(st, org, y, y, acc, e);
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, from);
  store_bind_day(s, 3, to);
  return sum_rows(st, s, acc, e);
}

int store_tally_sum(store *st, int64_t org, util_day day, core_tally *acc,
                    util_err *e) {
  int y = util_day_year(day);
  if (sum_years(st, org, INT_MIN, y - 1, acc, e))
    return -1;
  return sum_span(st, org, util_day_from_civil(y, 1, 1), day, acc, e);
}

int store_tally_sum_between(store *st, int64_t org, util_day from, util_day to,
                            core_tally *acc, util_err *e) {
  if (from > to)
    return 0;
  int y1 = util_day_year(from), y2 = util_day_year(to);
  if (y1 == y2)
    return sum_span(st, org, from, to, acc, e);
  if (sum_span(st, org, from, util_day_from_civil(y1, 12, 31), acc, e) ||
      sum_years(st, org, y1 + 1, y2 - 1, acc, e))
    return -1;
  return sum_span(st, org, util_day_from_civil(y2, 1, 1), to, acc, e);
}

int store_tally_clear(store *st, util_err *e) {
  return store_exec(st, "DELETE FROM tally_day; DELETE FROM tally_year", e);
}

typedef struct tally_fn_ctx {
  store_tally_fn fn;
  void *ctx;
  bool years;
} tally_fn_ctx;

static int tally_row(void *ctx, sqlite3_stmt *s) {
  tally_fn_ctx *r = ctx;
  int32_t when = r->years ? sqlite3_column_int(s, 1) : store_col_day(s, 1);
  return r->fn(r->ctx, sqlite3_column_int64(s, 0), when,
               sqlite3_column_blob(s, 2), (size_t)sqlite3_column_bytes(s, 2));
}

int store_tally_each(store *st, bool years, store_tally_fn fn, void *ctx,
                     util_err *e) {
  static const char days[] =
      "SELECT org_id, day, counts FROM tally_day ORDER BY org_id, day";
  static const char whole_years[] =
      "SELECT org_id, year, counts FROM tally_year ORDER BY org_id, year";
  sqlite3_stmt *s = store_stmt(st, years ? whole_years : days, e);
  tally_fn_ctx r = {fn, ctx, years};
  return s ? store_each(st, s, tally_row, &r, e) : -1;
}
