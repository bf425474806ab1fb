/*
 * store_oversight.c — inspection and supervision, and the discipline of
 * organisations (002_party_work.sql). What they add to the figures is in
 * their points (store_point.c).
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

int store_oversight_add(store *st, const store_oversight *o, const char *user,
                        int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO oversight(id, kind, by_org_id, org_id, member_id, "
      "valid_from, "
      "valid_to, subject, conclusion, violation, recorded_at, recorded_by) "
      "VALUES (" STORE_NEXT_ID(
          "oversight") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, core_oversight_name(o->kind), -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, o->by_org);
  store_bind_id(s, 3, o->org);
  store_bind_id(s, 4, o->member);
  store_bind_day(s, 5, o->from);
  store_bind_day_or_null(s, 6, o->to);
  store_bind_text(s, 7, o->subject);
  store_bind_text(s, 8, o->conclusion);
  sqlite3_bind_int(s, 9, o->violation);
  store_bind_recorded(s, 10, user);
  return store_step_insert(st, s, id, e);
}

typedef struct oversight_fn_ctx {
  int (*fn)(void *ctx, const store_oversight_row *row);
  void *ctx;
} oversight_fn_ctx;

static int oversight_row(void *ctx, sqlite3_stmt *s) {
  oversight_fn_ctx *r = ctx;
  store_oversight_row row = {
      .id = sqlite3_column_int64(s, 0),
      .kind = store_col_text(s, 1),
      .from = store_col_text(s, 2),
      .to = store_col_text(s, 3),
      .by_org = sqlite3_column_int64(s, 4),
      .by_code = store_col_text(s, 5),
      .org = sqlite3_column_int64(s, 6),
      .org_code = store_col_text(s, 7),
      .member = sqlite3_column_int64(s, 8),
      .member_name = store_col_text(s, 9),
      .subject = store_col_text(s, 10),
      .conclusion = store_col_text(s, 11),
      .violation = sqlite3_column_int(s, 12),
      .recorded_at = store_col_text(s, 13),
      .recorded_by = store_col_text(s, 14),
      .place_code = store_col_text(s, 15),
  };
  return r->fn(r->ctx, &row);
}

int store_oversights(store *st, const store_oversight_query *q,
                     int (*fn)(void *ctx, const store_oversight_row *row),
                     void *ctx, util_err *e) {
  /* A record is about the place of its target on its first day: the
   * organisation itself, or the cell its point was placed at (the
   * member's). Paths on that day say what was below what then. */
  static const char sql[] =
      "SELECT o.id, o.kind, o.valid_from, o.valid_to, o.by_org_id, b.code, "
      "o.org_id, t.code, o.member_id, m.name, o.subject, o.conclusion, "
      "o.violation, o.recorded_at, o.recorded_by, pl.code "
      "FROM oversight o JOIN org b ON b.id = o.by_org_id "
      "LEFT JOIN org t ON t.id = o.org_id "
      "LEFT JOIN member m ON m.id = o.member_id "
      "LEFT JOIN point p ON p.source = 'oversight' AND p.source_id = o.id "
      "LEFT JOIN org pl ON pl.id = p.org_id "
      "WHERE (?1 = 0 OR o.id = ?1) AND (?2 IS NULL OR o.kind = ?2) "
      "AND o.valid_from >= ?3 AND o.valid_from <= ?4 "
      "AND (?5 = 0 OR EXISTS (SELECT 1 FROM org_path u JOIN org_path w "
      "  ON w.org_id = coalesce(o.org_id, p.org_id) "
      "  AND w.valid_from <= o.valid_from AND o.valid_from < w.valid_to "
      "  WHERE u.org_id = ?5 AND u.valid_from <= o.valid_from "
      "  AND o.valid_from < u.valid_to "
      "  AND substr(w.path, 1, length(u.path)) = u.path)) "
      "AND " STORE_SUBJECT_WITHIN("o.member_id", "o.org_id",
                                  "?6") " "
                                        "ORDER BY o.valid_from, o.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, q->id);
  store_bind_text(s, 2, q->kind);
  store_bind_day(s, 3, q->from ? q->from : UTIL_DAY_MIN);
  store_bind_day(s, 4, q->to ? q->to : UTIL_DAY_MAX);
  sqlite3_bind_int64(s, 5, q->under);
  sqlite3_bind_int64(s, 6, q->scope);
  oversight_fn_ctx r = {fn, ctx};
  return store_each(st, s, oversight_row, &r, e);
}

int store_org_discipline_add(store *st, const store_org_discipline *d,
                             const char *user, int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO org_discipline(id, org_id, date, form, by_org_id, "
      "votes_for, "
      "votes_total, decision, reason, recorded_at, recorded_by) "
      "VALUES (" STORE_NEXT_ID(
          "org_discipline") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, d->org);
  store_bind_day(s, 2, d->date);
  sqlite3_bind_text(s, 3, core_org_form_name(d->form), -1, SQLITE_STATIC);
  store_bind_id(s, 4, d->by_org);
  sqlite3_bind_int(s, 5, d->votes_for);
  sqlite3_bind_int(s, 6, d->votes_total);
  store_bind_text(s, 7, d->decision);
  store_bind_text(s, 8, d->reason);
  store_bind_recorded(s, 9, user);
  return store_step_insert(st, s, id, e);
}

typedef struct discipline_fn_ctx {
  int (*fn)(void *ctx, const store_org_discipline_row *row);
  void *ctx;
} discipline_fn_ctx;

static int discipline_row(void *ctx, sqlite3_stmt *s) {
  discipline_fn_ctx *r = ctx;
  store_org_discipline_row row = {
      .date = store_col_text(s, 0),
      .form = store_col_text(s, 1),
      .by_code = store_col_text(s, 2),
      .votes_for = sqlite3_column_int(s, 3),
      .votes_total = sqlite3_column_int(s, 4),
      .decision = store_col_text(s, 5),
      .reason = store_col_text(s, 6),
      .recorded_at = store_col_text(s, 7),
      .recorded_by = store_col_text(s, 8),
      .id = sqlite3_column_int64(s, 9),
  };
  return r->fn(r->ctx, &row);
}

int store_org_disciplines(store *st, int64_t org,
                          int (*fn)(void *ctx,
                                    const store_org_discipline_row *row),
                          void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT d.date, d.form, b.code, d.votes_for, d.votes_total, "
      "d.decision, d.reason, d.recorded_at, d.recorded_by, d.id "
      "FROM org_discipline d LEFT JOIN org b ON b.id = d.by_org_id "
      "WHERE d.org_id = ?1 ORDER BY d.date, d.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  discipline_fn_ctx r = {fn, ctx};
  return store_each(st, s, discipline_row, &r, e);
}

int store_target_records(store *st, const char *source,
                         enum core_oversight kind, int64_t org, int64_t member,
                         int64_t **ids, size_t *n, util_err *e) {
  static const char oversight[] =
      "SELECT id FROM oversight WHERE kind = ?1 AND org_id IS ?2 "
      "AND member_id IS ?3 ORDER BY valid_from, id";
  static const char discipline[] =
      "SELECT id FROM org_discipline WHERE org_id = ?2 ORDER BY date, id";
  bool of_oversight = strcmp(source, "oversight") == 0;
  sqlite3_stmt *s = store_stmt(st, of_oversight ? oversight : discipline, e);
  if (!s)
    return -1;
  if (of_oversight) {
    sqlite3_bind_text(s, 1, core_oversight_name(kind), -1, SQLITE_STATIC);
    store_bind_id(s, 3, member);
  }
  store_bind_id(s, 2, org);
  return store_all(st, s, sizeof **ids, (void **)ids, n, store_read_id, e);
}
