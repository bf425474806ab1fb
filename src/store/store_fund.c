/*
 * store_fund.c — funds mobilised by organisations, in whole VND (see
 * 002_party_work.sql).
 */
#include "store/store_int.h"

int store_fund_add(store *st, const store_fund *f, const char *user,
                   int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO fund(id, org_id, campaign, date, amount, note, recorded_at, "
      "recorded_by) VALUES (" STORE_NEXT_ID(
          "fund") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, f->org);
  sqlite3_bind_text(s, 2, f->campaign, -1, SQLITE_STATIC);
  store_bind_day(s, 3, f->date);
  sqlite3_bind_int64(s, 4, f->amount);
  store_bind_text(s, 5, f->note);
  store_bind_recorded(s, 6, user);
  return store_step_insert(st, s, id, e);
}

typedef struct fund_fn_ctx {
  int (*fn)(void *ctx, const store_fund_row *row);
  void *ctx;
} fund_fn_ctx;

static int fund_row(void *ctx, sqlite3_stmt *s) {
  fund_fn_ctx *r = ctx;
  store_fund_row row = {.id = sqlite3_column_int64(s, 0),
                        .date = store_col_text(s, 1),
                        .org_code = store_col_text(s, 2),
                        .campaign = store_col_text(s, 3),
                        .amount = sqlite3_column_int64(s, 4),
                        .note = store_col_text(s, 5),
                        .recorded_at = store_col_text(s, 6),
                        .recorded_by = store_col_text(s, 7)};
  return r->fn(r->ctx, &row);
}

int store_funds(store *st, const store_fund_query *q,
                int (*fn)(void *ctx, const store_fund_row *row), void *ctx,
                util_err *e) {
  /* Below `under` as the tree stood on the fund's date: where the report
   * counts it. A path is ids each followed by '/', so "/5/" is found in
   * "/1/5/23/" exactly when 5 is on it. */
  static const char sql[] =
      "SELECT f.id, f.date, o.code, f.campaign, f.amount, f.note, "
      "f.recorded_at, f.recorded_by FROM fund f JOIN org o ON o.id = f.org_id "
      "WHERE f.date >= ?2 AND f.date <= ?3 AND (?4 IS NULL OR f.campaign = ?4) "
      "AND (?1 IS NULL OR EXISTS (SELECT 1 FROM org_path p "
      "WHERE p.org_id = f.org_id AND p.valid_from <= f.date "
      "AND p.valid_to > f.date "
      "AND instr('/' || p.path, '/' || ?1 || '/') > 0)) "
      "AND " STORE_WITHIN("f.org_id", "?5") " "
                                            "ORDER BY f.date, f.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_id(s, 1, q->under);
  store_bind_day(s, 2, q->from);
  store_bind_day(s, 3, q->to);
  store_bind_text(s, 4, q->campaign);
  sqlite3_bind_int64(s, 5, q->scope);
  fund_fn_ctx r = {fn, ctx};
  return store_each(st, s, fund_row, &r, e);
}
