/*
 * store_void.c — voided records of party work (migration 005): a record is
 * moved whole, as JSON, from its table to `voided`, so that nothing that
 * reads the table sees it again and the history keeps it.
 */
#include "store/store_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* The tables whose records are voided this way. Their names are ours, never
 * the user's: SQL is built from this list and from the table's own
 * columns. */
static const char *const tables[] = {
    "oversight",  "org_discipline", "assessment", "award",        "fund",
    "conference", "model",          "meeting",    "dissemination"};

static bool known(const char *source) {
  for (size_t i = 0; i < UTIL_COUNT(tables); i++)
    if (strcmp(tables[i], source) == 0)
      return true;
  return false;
}

int store_row_json(store *st, const char *table, util_buf *sql, util_err *e) {
  char *pragma = util_xasprintf("PRAGMA table_info(%s)", table);
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(st->db, pragma, -1, &s, NULL);
  free(pragma);
  if (rc != SQLITE_OK)
    return store_sqlfail(st, e);
  util_buf_puts(sql, "json_object(");
  int n = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *col = (const char *)sqlite3_column_text(s, 1);
    util_buf_printf(sql, "%s'%s', \"%s\"", n++ ? ", " : "", col, col);
  }
  util_buf_puts(sql, ")");
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

/* The lines of a meeting, kept in its voided record under their table's
 * name. */
static const char *const lines[] = {"meeting_attendance", "meeting_opinion",
                                    "meeting_task", "meeting_points"};

/* The meeting's row (column 0) with its lines (columns 1...) as arrays. */
static char *with_lines(sqlite3_stmt *s) {
  json_t *o = json_loads(store_col_text(s, 0), 0, NULL);
  for (size_t i = 0; o && i < UTIL_COUNT(lines); i++)
    json_object_set_new(o, lines[i],
                        json_loads(store_col_text(s, (int)i + 1), 0, NULL));
  char *text = o ? json_dumps(o, JSON_COMPACT) : NULL;
  json_decref(o);
  return text ? text : util_xstrdup("{}");
}

/* DELETE FROM table WHERE column = id (names ours, never the user's). */
static int delete_where(store *st, const char *table, const char *column,
                        int64_t id, util_err *e) {
  char *sql = util_xasprintf("DELETE FROM %s WHERE %s = ?1", table, column);
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
  free(sql);
  if (rc != SQLITE_OK)
    return store_sqlfail(st, e);
  sqlite3_bind_int64(s, 1, id);
  rc = sqlite3_step(s);
  sqlite3_finalize(s);
  return rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

int store_record_get(store *st, const char *source, int64_t id, char **record,
                     util_err *e) {
  *record = NULL;
  if (!known(source))
    return util_fail(e, UTIL_INTERNAL, "no voids of %s", source);
  util_buf sql = {0};
  util_buf_puts(&sql, "SELECT ");
  if (store_row_json(st, source, &sql, e)) {
    util_buf_free(&sql);
    return -1;
  }
  /* A meeting's lines go with it: their rows would hold it in place. */
  const bool meeting = strcmp(source, "meeting") == 0;
  for (size_t i = 0; meeting && i < UTIL_COUNT(lines); i++) {
    util_buf_printf(&sql, ", (SELECT json_group_array(");
    if (store_row_json(st, lines[i], &sql, e)) {
      util_buf_free(&sql);
      return -1;
    }
    util_buf_printf(&sql, ") FROM %s WHERE meeting_id = ?1)", lines[i]);
  }
  util_buf_printf(&sql, " FROM %s WHERE id = ?1", source);
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(st->db, sql.data, -1, &s, NULL);
  util_buf_free(&sql);
  if (rc != SQLITE_OK)
    return store_sqlfail(st, e);
  sqlite3_bind_int64(s, 1, id);
  rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *record = meeting ? with_lines(s) : store_col_dup(s, 0);
  sqlite3_finalize(s);
  if (rc == SQLITE_DONE)
    return 1;
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

int store_record_void(store *st, const char *source, int64_t id,
                      const char *user, const char *reason, char **record,
                      util_err *e) {
  int rc = store_record_get(st, source, id, record, e);
  if (rc)
    return rc;
  const bool meeting = strcmp(source, "meeting") == 0;
  sqlite3_stmt *s;
  static const char keep[] =
      "INSERT INTO voided(source, source_id, record, voided_at, voided_by, "
      "reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  if (!(s = store_stmt(st, keep, e)))
    goto fail;
  sqlite3_bind_text(s, 1, source, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, id);
  sqlite3_bind_text(s, 3, *record, -1, SQLITE_STATIC);
  store_bind_recorded(s, 4, user);
  sqlite3_bind_text(s, 6, reason, -1, SQLITE_STATIC);
  if (store_step_done(st, s, e))
    goto fail;
  for (size_t i = 0; meeting && i < UTIL_COUNT(lines); i++)
    if (delete_where(st, lines[i], "meeting_id", id, e))
      goto fail;
  if (delete_where(st, source, "id", id, e))
    goto fail;
  return 0;
fail:
  free(*record);
  *record = NULL;
  return -1;
}

static int voided_row(void *ctx, sqlite3_stmt *s) {
  struct {
    int (*fn)(void *, const store_voided_row *);
    void *ctx;
  } *r = ctx;
  store_voided_row row = {.source = store_col_text(s, 0),
                          .id = sqlite3_column_int64(s, 1),
                          .record = store_col_text(s, 2),
                          .voided_at = store_col_text(s, 3),
                          .voided_by = store_col_text(s, 4),
                          .reason = store_col_text(s, 5)};
  return r->fn(r->ctx, &row);
}

int store_voided_rows(store *st, const char *source,
                      int (*fn)(void *ctx, const store_voided_row *r),
                      void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT source, source_id, record, voided_at, voided_by, reason "
      "FROM voided WHERE (?1 IS NULL OR source = ?1) "
      /* the ids of a voided organisation's events, kept only so that
       * they are never given again */
      "AND source <> 'org_event' ORDER BY id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_text(s, 1, source);
  struct {
    int (*fn)(void *, const store_voided_row *);
    void *ctx;
  } r = {fn, ctx};
  return store_each(st, s, voided_row, &r, e);
}

static int target_row(void *ctx, sqlite3_stmt *s) {
  struct {
    int (*fn)(void *, const char *, enum core_oversight, int64_t, int64_t);
    void *ctx;
  } *r = ctx;
  const char *source = store_col_text(s, 0);
  enum core_oversight kind = CORE_INSPECTION;
  core_oversight_parse(store_col_text(s, 1), &kind);
  return r->fn(r->ctx, source, kind, sqlite3_column_int64(s, 2),
               sqlite3_column_int64(s, 3));
}

int store_oversight_targets(store *st,
                            int (*fn)(void *ctx, const char *source,
                                      enum core_oversight kind, int64_t org,
                                      int64_t member),
                            void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT DISTINCT 'oversight', kind, coalesce(org_id, 0), "
      "coalesce(member_id, 0) FROM oversight UNION ALL "
      "SELECT DISTINCT 'org_discipline', 'inspection', org_id, 0 "
      "FROM org_discipline";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  struct {
    int (*fn)(void *, const char *, enum core_oversight, int64_t, int64_t);
    void *ctx;
  } r = {fn, ctx};
  return store_each(st, s, target_row, &r, e);
}
