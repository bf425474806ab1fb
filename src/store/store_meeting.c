/*
 * store_meeting.c — cell meetings (attendance, opinions, tasks, each
 * criterion's points) and the rubrics they are scored on (see
 * 002_party_work.sql).
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- rubrics ---------------------------------------------------------------
 */

void store_rubric_clear(store_rubric *r) {
  free(r->name);
  free(r->definition);
  free(r->loaded_at);
  memset(r, 0, sizeof *r);
}

int store_rubric_get(store *st, const char *name, int64_t id, store_rubric *r,
                     util_err *e) {
  static const char sql[] =
      "SELECT id, name, definition, loaded_at, active FROM rubric "
      "WHERE CASE WHEN ?1 IS NOT NULL THEN name = ?1 "
      "  WHEN ?2 > 0 THEN id = ?2 ELSE active = 1 END "
      "ORDER BY id DESC LIMIT 1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  memset(r, 0, sizeof *r);
  store_bind_text(s, 1, name);
  sqlite3_bind_int64(s, 2, id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    r->id = sqlite3_column_int64(s, 0);
    r->name = store_col_dup(s, 1);
    r->definition = store_col_dup(s, 2);
    r->loaded_at = store_col_dup(s, 3);
    r->active = sqlite3_column_int(s, 4);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_rubric_activate(store *st, int64_t id, util_err *e) {
  static const char sql[] =
      "UPDATE rubric SET active = (id = ?1) WHERE active = 1 OR id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  return store_step_done(st, s, e);
}

int store_rubric_add(store *st, const char *name, const char *definition,
                     int64_t *id, util_err *e) {
  static const char sql[] = "INSERT INTO rubric(name, definition, loaded_at) "
                            "VALUES (?1, ?2, ?3)";
  store_rubric old;
  int found = store_rubric_get(st, name, 0, &old, e);
  store_rubric_clear(&old);
  if (found <= 0)
    return found == 0 ? 1 : -1;
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, definition, -1, SQLITE_STATIC);
  char now[21];
  store_now(now);
  sqlite3_bind_text(s, 3, now, -1, SQLITE_TRANSIENT);
  if (store_step_insert(st, s, id, e))
    return -1;
  return store_rubric_activate(st, *id, e);
}

typedef struct rubric_ctx {
  int (*fn)(void *ctx, const store_rubric_row *r);
  void *ctx;
} rubric_ctx;

static int rubric_row(void *ctx, sqlite3_stmt *s) {
  rubric_ctx *r = ctx;
  store_rubric_row row = {
      .id = sqlite3_column_int64(s, 0),
      .name = store_col_text(s, 1),
      .definition = store_col_text(s, 2),
      .loaded_at = store_col_text(s, 3),
      .active = sqlite3_column_int(s, 4),
  };
  return r->fn(r->ctx, &row);
}

int store_rubrics(store *st, int (*fn)(void *ctx, const store_rubric_row *r),
                  void *ctx, util_err *e) {
  static const char sql[] = "SELECT id, name, definition, loaded_at, active "
                            "FROM rubric ORDER BY name";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  rubric_ctx r = {fn, ctx};
  return store_each(st, s, rubric_row, &r, e);
}

/* ---- meetings
 * ---------------------------------------------------------------- */

void store_meeting_clear(store_meeting *m) {
  free(m->theme);
  memset(m, 0, sizeof *m);
}

static void bind_or_null(sqlite3_stmt *s, int i, int v) {
  if (v < 0)
    sqlite3_bind_null(s, i);
  else
    sqlite3_bind_int(s, i, v);
}

static int col_or_minus(sqlite3_stmt *s, int i) {
  return sqlite3_column_type(s, i) == SQLITE_NULL ? -1
                                                  : sqlite3_column_int(s, i);
}

static const char *grade_of(int score) {
  return score < 0 ? NULL
                   : core_meeting_grade_name(core_meeting_grade_of(score));
}

int store_meeting_insert(store *st, store_meeting *m, const char *user,
                         util_err *e) {
  static const char sql[] =
      "INSERT INTO meeting(id, cell_id, date, kind, chair_id, minutes, theme, "
      "registered, present, speakers, resolution_pct, rubric_id, score, "
      "grade, recorded_at, recorded_by) "
      "VALUES (" STORE_NEXT_ID("meeting") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                                          "?9, ?10, ?11, ?12, ?13, ?14, "
                                          "?15)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, m->cell);
  store_bind_day(s, 2, m->date);
  sqlite3_bind_text(s, 3, core_meeting_kind_name(m->kind), -1, SQLITE_STATIC);
  store_bind_id(s, 4, m->chair);
  sqlite3_bind_int(s, 5, m->minutes);
  store_bind_text(s, 6, m->theme);
  sqlite3_bind_int(s, 7, m->registered);
  sqlite3_bind_int(s, 8, m->present);
  sqlite3_bind_int(s, 9, m->speakers);
  bind_or_null(s, 10, m->result);
  store_bind_id(s, 11, m->rubric);
  bind_or_null(s, 12, m->score);
  store_bind_text(s, 13, grade_of(m->score));
  store_bind_recorded(s, 14, user);
  return store_step_insert(st, s, &m->id, e);
}

int store_meeting_get(store *st, int64_t id, store_meeting *m, util_err *e) {
  static const char sql[] =
      "SELECT cell_id, date, kind, chair_id, minutes, theme, registered, "
      "present, speakers, resolution_pct, rubric_id, score FROM meeting "
      "WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  memset(m, 0, sizeof *m);
  sqlite3_bind_int64(s, 1, id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    m->id = id;
    m->cell = sqlite3_column_int64(s, 0);
    m->date = store_col_day(s, 1);
    core_meeting_kind_parse(store_col_text(s, 2), &m->kind);
    m->chair = sqlite3_column_int64(s, 3);
    m->minutes = sqlite3_column_int(s, 4);
    m->theme = store_col_dup(s, 5);
    m->registered = sqlite3_column_int(s, 6);
    m->present = sqlite3_column_int(s, 7);
    m->speakers = sqlite3_column_int(s, 8);
    m->result = col_or_minus(s, 9);
    m->rubric = sqlite3_column_int64(s, 10);
    m->score = col_or_minus(s, 11);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_meeting_set_score(store *st, int64_t id, int result, int score,
                            util_err *e) {
  static const char sql[] = "UPDATE meeting SET resolution_pct = ?2, "
                            "score = ?3, grade = ?4 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  bind_or_null(s, 2, result);
  bind_or_null(s, 3, score);
  store_bind_text(s, 4, grade_of(score));
  return store_step_done(st, s, e);
}

int store_meeting_before(store *st, int64_t cell, util_day day, int64_t id,
                         int64_t *prev, util_day *prev_day, util_err *e) {
  static const char sql[] = "SELECT id, date FROM meeting WHERE cell_id = ?1 "
                            "AND (date < ?2 OR (date = ?2 AND id < ?3)) "
                            "ORDER BY date DESC, id DESC LIMIT 1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, cell);
  store_bind_day(s, 2, day);
  sqlite3_bind_int64(s, 3, id);
  int rc = sqlite3_step(s);
  *prev = 0;
  *prev_day = 0;
  if (rc == SQLITE_ROW) {
    *prev = sqlite3_column_int64(s, 0);
    *prev_day = store_col_day(s, 1);
  }
  sqlite3_reset(s);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

/* The ids the statement `sql` gives for ?1 = x, ?2 = day, ?3 = y; a
 * parameter it does not have is not bound (SQLITE_RANGE, harmless). *ids
 * is the caller's. */
static int ids_of(store *st, const char *sql, int64_t x, util_day day,
                  int64_t y, int64_t **ids, size_t *n, util_err *e) {
  *ids = NULL;
  *n = 0;
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, x);
  store_bind_day(s, 2, day);
  sqlite3_bind_int64(s, 3, y);
  return store_all(st, s, sizeof **ids, (void **)ids, n, store_read_id, e);
}

int store_meetings_after(store *st, int64_t cell, util_day day, int64_t id,
                         int64_t **ids, size_t *n, util_err *e) {
  static const char sql[] = "SELECT id FROM meeting WHERE cell_id = ?1 "
                            "AND (date > ?2 OR (date = ?2 AND id > ?3)) "
                            "ORDER BY date, id";
  return ids_of(st, sql, cell, day, id, ids, n, e);
}

int store_meeting_docs(store *st, int64_t meeting, int64_t **ids, size_t *n,
                       util_err *e) {
  static const char sql[] =
      "SELECT id FROM dissemination WHERE meeting_id = ?1 ORDER BY id";
  return ids_of(st, sql, meeting, 0, 0, ids, n, e);
}

/* ---- attendance, opinions, tasks, points
 * ------------------------------------------ */

static void read_attendee(sqlite3_stmt *s, void *elem) {
  store_attendee *a = elem;
  a->member = sqlite3_column_int64(s, 0);
  a->visitor = sqlite3_column_int(s, 1);
  a->post = sqlite3_column_int(s, 2);
}

int store_cell_attendees(store *st, int64_t cell, util_day day,
                         store_attendee **out, size_t *n, util_err *e) {
  static const char sql[] =
      /* The management post as it was on the day (member_change holds
       * its history; the member row holds it today). */
      "SELECT h.member_id, h.visitor, coalesce((SELECT c.value IS NOT NULL "
      "  FROM member_change c WHERE c.member_id = m.id "
      "  AND c.field = 'manager' AND c.voided_at IS NULL "
      "  AND (c.since IS NULL OR c.since <= ?2) "
      "  ORDER BY c.since IS NULL, c.since DESC, c.id DESC LIMIT 1), "
      "  m.manager) "
      "FROM (SELECT member_id, 0 AS visitor FROM membership "
      "  WHERE cell_id = ?1 AND valid_from <= ?2 AND valid_to > ?2 "
      "  UNION ALL SELECT member_id, 1 FROM visit "
      "  WHERE cell_id = ?1 AND valid_from <= ?2 AND valid_to > ?2) h "
      "JOIN member m ON m.id = h.member_id ORDER BY h.member_id, h.visitor";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, cell);
  store_bind_day(s, 2, day);
  void *rows;
  int rc = store_all(st, s, sizeof **out, &rows, n, read_attendee, e);
  *out = rows;
  return rc;
}

int store_attendance_add(store *st, int64_t meeting, int64_t member,
                         bool present, bool visitor, const char *reason,
                         util_err *e) {
  static const char sql[] =
      "INSERT INTO meeting_attendance(meeting_id, member_id, present, "
      "visitor, reason) VALUES (?1, ?2, ?3, ?4, ?5)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, meeting);
  sqlite3_bind_int64(s, 2, member);
  sqlite3_bind_int(s, 3, present);
  sqlite3_bind_int(s, 4, visitor);
  store_bind_text(s, 5, reason);
  return store_step_done(st, s, e);
}

/* Counts absences until the first meeting the member attended or was not
 * listed at. */
static int absent_row(void *ctx, sqlite3_stmt *s) {
  int *run = ctx;
  if (sqlite3_column_type(s, 0) == SQLITE_NULL || sqlite3_column_int(s, 0))
    return 1;
  ++*run;
  return 0;
}

int store_absent_run(store *st, int64_t cell, int64_t member, util_day day,
                     int64_t id, int *run, util_err *e) {
  static const char sql[] =
      "SELECT a.present FROM meeting m LEFT JOIN meeting_attendance a "
      "ON a.meeting_id = m.id AND a.member_id = ?2 WHERE m.cell_id = ?1 "
      "AND (m.date < ?3 OR (m.date = ?3 AND m.id < ?4)) "
      "ORDER BY m.date DESC, m.id DESC";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, cell);
  sqlite3_bind_int64(s, 2, member);
  store_bind_day(s, 3, day);
  sqlite3_bind_int64(s, 4, id);
  *run = 0;
  return store_each(st, s, absent_row, run, e) < 0 ? -1 : 0;
}

int store_opinion_add(store *st, int64_t meeting, int seq, int64_t member,
                      bool manager, const char *text, util_err *e) {
  static const char sql[] =
      "INSERT INTO meeting_opinion(meeting_id, seq, member_id, manager, "
      "text) VALUES (?1, ?2, ?3, ?4, ?5)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, meeting);
  sqlite3_bind_int(s, 2, seq);
  sqlite3_bind_int64(s, 3, member);
  sqlite3_bind_int(s, 4, manager);
  store_bind_text(s, 5, text);
  return store_step_done(st, s, e);
}

int store_task_add(store *st, int64_t meeting, int seq, const char *task,
                   util_err *e) {
  static const char sql[] =
      "INSERT INTO meeting_task(meeting_id, seq, task) VALUES (?1, ?2, ?3)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, meeting);
  sqlite3_bind_int(s, 2, seq);
  sqlite3_bind_text(s, 3, task, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

int store_meeting_points_set(store *st, int64_t meeting, size_t n,
                             char *const *ids, const int *points,
                             const bool *computed, util_err *e) {
  static const char del[] = "DELETE FROM meeting_points WHERE meeting_id = ?1";
  static const char ins[] =
      "INSERT INTO meeting_points(meeting_id, criterion, points, computed) "
      "VALUES (?1, ?2, ?3, ?4)";
  sqlite3_stmt *s = store_stmt(st, del, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, meeting);
  if (store_step_done(st, s, e))
    return -1;
  for (size_t i = 0; i < n; i++) {
    if (points[i] == CORE_NO_POINTS)
      continue;
    if (!(s = store_stmt(st, ins, e)))
      return -1;
    sqlite3_bind_int64(s, 1, meeting);
    sqlite3_bind_text(s, 2, ids[i], -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 3, points[i]);
    sqlite3_bind_int(s, 4, computed[i]);
    if (store_step_done(st, s, e))
      return -1;
  }
  return 0;
}

/* ---- reading a meeting
 * ------------------------------------------------------- */

typedef struct line_ctx {
  int (*fn)(void *ctx, const store_meeting_line *l);
  void *ctx;
} line_ctx;

/* Every part's query gives: member, name, flag, visitor, text, n. */
static int line_row(void *ctx, sqlite3_stmt *s) {
  line_ctx *r = ctx;
  store_meeting_line l = {.member = sqlite3_column_int64(s, 0),
                          .name = store_col_text(s, 1),
                          .flag = sqlite3_column_int(s, 2),
                          .visitor = sqlite3_column_int(s, 3),
                          .text = store_col_text(s, 4),
                          .n = sqlite3_column_int(s, 5)};
  return r->fn(r->ctx, &l);
}

int store_meeting_lines(store *st, int64_t meeting,
                        enum store_meeting_part part,
                        int (*fn)(void *ctx, const store_meeting_line *l),
                        void *ctx, util_err *e) {
  static const char attendance[] =
      "SELECT a.member_id, m.name, a.present, a.visitor, a.reason, 0 "
      "FROM meeting_attendance a JOIN member m ON m.id = a.member_id "
      "WHERE a.meeting_id = ?1 ORDER BY a.present DESC, a.visitor, "
      "m.sort_given, a.member_id";
  static const char opinions[] =
      "SELECT o.member_id, m.name, o.manager, 0, o.text, o.seq "
      "FROM meeting_opinion o JOIN member m ON m.id = o.member_id "
      "WHERE o.meeting_id = ?1 ORDER BY o.seq";
  static const char tasks[] = "SELECT 0, NULL, 0, 0, task, seq "
                              "FROM meeting_task WHERE meeting_id = ?1 "
                              "ORDER BY seq";
  static const char documents[] =
      "SELECT 0, d.title, 0, 0, d.number, 0 FROM dissemination x "
      "JOIN document d ON d.id = x.document_id WHERE x.meeting_id = ?1 "
      "ORDER BY x.id";
  static const char points[] =
      "SELECT 0, NULL, computed, 0, criterion, points FROM meeting_points "
      "WHERE meeting_id = ?1 ORDER BY criterion";
  static const char *const sqls[] = {attendance, opinions, tasks, documents,
                                     points};
  sqlite3_stmt *s = store_stmt(st, sqls[part], e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, meeting);
  line_ctx r = {fn, ctx};
  return store_each(st, s, line_row, &r, e);
}

typedef struct row_ctx {
  int (*fn)(void *ctx, const store_meeting_row *r);
  void *ctx;
} row_ctx;

static int meeting_row(void *ctx, sqlite3_stmt *s) {
  row_ctx *r = ctx;
  store_meeting_row row = {
      .id = sqlite3_column_int64(s, 0),
      .date = store_col_text(s, 1),
      .cell_code = store_col_text(s, 2),
      .kind = store_col_text(s, 3),
      .theme = store_col_text(s, 4),
      .chair = sqlite3_column_int64(s, 5),
      .chair_name = store_col_text(s, 6),
      .grade = store_col_text(s, 7),
      .rubric = store_col_text(s, 8),
      .minutes = sqlite3_column_int(s, 9),
      .registered = sqlite3_column_int(s, 10),
      .present = sqlite3_column_int(s, 11),
      .speakers = sqlite3_column_int(s, 12),
      .opinions = sqlite3_column_int(s, 13),
      .result = col_or_minus(s, 14),
      .score = col_or_minus(s, 15),
  };
  return r->fn(r->ctx, &row);
}

int store_meetings(store *st, int64_t under, int64_t scope, util_day from,
                   util_day to,
                   int (*fn)(void *ctx, const store_meeting_row *r), void *ctx,
                   util_err *e) {
  static const char sql[] =
      "SELECT m.id, m.date, c.code, m.kind, m.theme, m.chair_id, p.name, "
      "m.grade, r.name, m.minutes, m.registered, m.present, m.speakers, "
      "(SELECT count(*) FROM meeting_opinion o WHERE o.meeting_id = m.id), "
      "m.resolution_pct, m.score FROM meeting m "
      "JOIN org c ON c.id = m.cell_id "
      "LEFT JOIN member p ON p.id = m.chair_id "
      "LEFT JOIN rubric r ON r.id = m.rubric_id "
      "WHERE m.date >= ?2 AND m.date <= ?3 AND (?1 = 0 OR EXISTS ("
      "  SELECT 1 FROM org_path q WHERE q.org_id = m.cell_id "
      "  AND q.valid_from <= m.date AND q.valid_to > m.date "
      "  AND '/' || q.path LIKE '%/' || ?1 || '/%')) "
      "AND " STORE_WITHIN("m.cell_id", "?4") " "
                                             "ORDER BY m.date, m.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, under);
  store_bind_day(s, 2, from);
  store_bind_day(s, 3, to);
  sqlite3_bind_int64(s, 4, scope);
  row_ctx r = {fn, ctx};
  return store_each(st, s, meeting_row, &r, e);
}
