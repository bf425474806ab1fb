/*
 * store_point.c — points: what each record of party work adds to the
 * tallies, where and when (see 002_party_work.sql).
 */
#include "store/store_int.h"

#include <stdlib.h>

int store_point_set(store *st, const char *source, int64_t id, int64_t org,
                    util_day day, const core_tally *t, int64_t member,
                    util_err *e) {
  static const char sql[] =
      "INSERT OR REPLACE INTO point(source, source_id, org_id, day, counts, "
      "member_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  util_buf blob = {0};
  core_tally_encode(t, &blob);
  sqlite3_bind_text(s, 1, source, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, id);
  sqlite3_bind_int64(s, 3, org);
  store_bind_day(s, 4, day);
  sqlite3_bind_blob(s, 5, blob.len ? blob.data : "", (int)blob.len,
                    SQLITE_STATIC);
  store_bind_id(s, 6, member);
  int rc = store_step_done(st, s, e);
  util_buf_free(&blob);
  return rc;
}

int store_point_get(store *st, const char *source, int64_t id, int64_t *org,
                    util_day *day, core_tally *t, util_err *e) {
  static const char sql[] = "SELECT org_id, day, counts FROM point "
                            "WHERE source = ?1 AND source_id = ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, source, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, id);
  int rc = sqlite3_step(s);
  int bad = 0;
  if (rc == SQLITE_ROW) {
    *org = sqlite3_column_int64(s, 0);
    *day = store_col_day(s, 1);
    bad = core_tally_decode_add(t, sqlite3_column_blob(s, 2),
                                (size_t)sqlite3_column_bytes(s, 2), 1);
  }
  sqlite3_reset(s);
  if (bad)
    return util_fail(e, UTIL_SYSTEM,
                     "a point in the database is damaged; run `cadre check`");
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_point_delete(store *st, const char *source, int64_t id, util_err *e) {
  static const char sql[] =
      "DELETE FROM point WHERE source = ?1 AND source_id = ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, source, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, id);
  return store_step_done(st, s, e);
}

typedef struct point_fn_ctx {
  store_point_fn fn;
  void *ctx;
} point_fn_ctx;

static int point_row(void *ctx, sqlite3_stmt *s) {
  point_fn_ctx *r = ctx;
  return r->fn(r->ctx, store_col_day(s, 0), sqlite3_column_blob(s, 1),
               (size_t)sqlite3_column_bytes(s, 1));
}

int store_points_of(store *st, int64_t org, util_day since, store_point_fn fn,
                    void *ctx, util_err *e) {
  static const char sql[] = "SELECT day, counts FROM point "
                            "WHERE org_id = ?1 AND day >= ?2 ORDER BY day";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, since < UTIL_DAY_MIN ? UTIL_DAY_MIN : since);
  point_fn_ctx r = {fn, ctx};
  return store_each(st, s, point_row, &r, e);
}

static void read_member_point(sqlite3_stmt *s, void *elem) {
  store_member_point *p = elem;
  p->source = store_col_dup(s, 0);
  p->id = sqlite3_column_int64(s, 1);
  p->org = sqlite3_column_int64(s, 2);
  p->day = store_col_day(s, 3);
}

int store_points_of_member(store *st, int64_t member, util_day since,
                           store_member_point_fn fn, void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT source, source_id, org_id, day FROM point "
      "WHERE member_id = ?1 AND day >= ?2 ORDER BY day, source, source_id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  store_bind_day(s, 2, since);
  /* Read them all first: the callback may move them. */
  store_member_point *p;
  size_t n;
  int rc = store_all(st, s, sizeof *p, (void **)&p, &n, read_member_point, e);
  for (size_t i = 0; i < n && rc == 0; i++)
    rc = fn(ctx, &p[i]);
  for (size_t i = 0; i < n; i++)
    free(p[i].source);
  free(p);
  return rc;
}
