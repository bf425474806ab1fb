/*
 * store_plan.c — cadre planning (012_planning.sql): posts of committees,
 * who held them (appointments), rotations, and the planning of each post
 * for each term.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- posts
 * ---------------------------------------------------------------------- */

void store_post_clear(store_post *p) {
  free(p->code);
  free(p->org_code);
  free(p->title);
  free(p->level);
  free(p->theory);
  free(p->education);
  memset(p, 0, sizeof *p);
}

void store_posts_free(store_post *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    store_post_clear(&p[i]);
  free(p);
}

static int int_or_default(sqlite3_stmt *s, int i) {
  return sqlite3_column_type(s, i) == SQLITE_NULL ? -1
                                                  : sqlite3_column_int(s, i);
}

/* The columns read_post reads, from post p joined with its org o; ?1 is
 * the day its holders are counted on. */
#define POST_COLS                                                              \
  "p.id, p.code, p.org_id, o.code, p.title, p.seats, p.level, p.max_age, "     \
  "p.min_age, p.theory, p.discipline_years, "                                  \
  "(SELECT count(*) FROM appointment h WHERE h.post_id = p.id AND "            \
  "h.valid_from <= ?1 AND (h.valid_to IS NULL OR h.valid_to > ?1)), "          \
  "p.education "

static void read_post(sqlite3_stmt *s, void *elem) {
  store_post *p = elem;
  memset(p, 0, sizeof *p);
  p->id = sqlite3_column_int64(s, 0);
  p->code = store_col_dup(s, 1);
  p->org = sqlite3_column_int64(s, 2);
  p->org_code = store_col_dup(s, 3);
  p->title = store_col_dup(s, 4);
  p->seats = sqlite3_column_int(s, 5);
  p->level = store_col_dup(s, 6);
  p->max_age = int_or_default(s, 7);
  p->min_age = int_or_default(s, 8);
  p->theory = store_col_dup(s, 9);
  p->discipline_years = int_or_default(s, 10);
  p->holders = sqlite3_column_int(s, 11);
  p->education = store_col_dup(s, 12);
}

int store_post_by_code(store *st, const char *code, util_day day, store_post *p,
                       util_err *e) {
  static const char sql[] =
      "SELECT " POST_COLS "FROM post p JOIN org o ON o.id = p.org_id "
      "WHERE p.code = ?2";
  memset(p, 0, sizeof *p);
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_day(s, 1, day);
  sqlite3_bind_text(s, 2, code, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    read_post(s, p);
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

/* Binds a rule column: NULL for the level's default (-1). */
static void bind_rule(sqlite3_stmt *s, int i, int v) {
  if (v >= 0)
    sqlite3_bind_int(s, i, v);
}

int store_post_insert(store *st, store_post *p, const char *user, util_err *e) {
  static const char sql[] =
      "INSERT INTO post(code, org_id, title, seats, level, max_age, min_age, "
      "theory, discipline_years, education, recorded_at, recorded_by) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, p->code, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, p->org);
  sqlite3_bind_text(s, 3, p->title, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 4, p->seats);
  sqlite3_bind_text(s, 5, p->level, -1, SQLITE_STATIC);
  bind_rule(s, 6, p->max_age);
  bind_rule(s, 7, p->min_age);
  store_bind_text(s, 8, p->theory);
  bind_rule(s, 9, p->discipline_years);
  store_bind_text(s, 10, p->education);
  store_bind_recorded(s, 11, user);
  return store_step_insert(st, s, &p->id, e);
}

int store_posts(store *st, int64_t under, int64_t scope, util_day day,
                store_post **out, size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT " POST_COLS "FROM post p JOIN org o ON o.id = p.org_id "
      "WHERE " STORE_WITHIN("p.org_id", "?2") " AND " STORE_WITHIN(
          "p.org_id", "?3") " ORDER BY p.code";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  store_bind_day(s, 1, day);
  sqlite3_bind_int64(s, 2, under);
  sqlite3_bind_int64(s, 3, scope);
  return store_all(st, s, sizeof **out, (void **)out, n, read_post, e);
}

/* ---- appointments
 * --------------------------------------------------------------- */

void store_holdings_free(store_holding *h, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(h[i].name);
    free(h[i].how);
    free(h[i].decision);
    free(h[i].post_code);
  }
  free(h);
}

static void read_holding(sqlite3_stmt *s, void *elem) {
  store_holding *h = elem;
  memset(h, 0, sizeof *h);
  h->id = sqlite3_column_int64(s, 0);
  h->post = sqlite3_column_int64(s, 1);
  h->member = sqlite3_column_int64(s, 2);
  h->from = store_col_day(s, 3);
  h->to = store_col_day(s, 4);
  h->how = store_col_dup(s, 5);
  h->ended_by = sqlite3_column_int64(s, 6);
  h->planned = sqlite3_column_int(s, 7) != 0;
  h->decision = store_col_dup(s, 8);
  h->name = store_col_dup(s, 9);
  h->post_code = store_col_dup(s, 10);
}

#define HOLDING_SQL                                                            \
  "SELECT a.id, a.post_id, a.member_id, a.valid_from, a.valid_to, a.how, "     \
  "coalesce(a.ended_by, 0), a.planned, a.decision, m.name, p.code "            \
  "FROM appointment a JOIN member m ON m.id = a.member_id "                    \
  "JOIN post p ON p.id = a.post_id "

int store_post_holders(store *st, int64_t post, util_day day,
                       store_holding **out, size_t *n, util_err *e) {
  static const char sql[] =
      HOLDING_SQL "WHERE a.post_id = ?1 AND a.valid_from <= ?2 AND "
                  "(a.valid_to IS NULL OR a.valid_to > ?2) "
                  "ORDER BY a.valid_from, a.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, post);
  store_bind_day(s, 2, day);
  return store_all(st, s, sizeof **out, (void **)out, n, read_holding, e);
}

int store_post_holdings_from(store *st, int64_t post, util_day day,
                             store_holding **out, size_t *n, util_err *e) {
  static const char sql[] =
      HOLDING_SQL "WHERE a.post_id = ?1 AND (a.valid_to IS NULL OR "
                  "a.valid_to > ?2) ORDER BY a.valid_from, a.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, post);
  store_bind_day(s, 2, day);
  return store_all(st, s, sizeof **out, (void **)out, n, read_holding, e);
}

int store_appointments_of(store *st, int64_t member, store_holding **out,
                          size_t *n, util_err *e) {
  static const char sql[] =
      HOLDING_SQL "WHERE a.member_id = ?1 ORDER BY a.valid_from, a.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  return store_all(st, s, sizeof **out, (void **)out, n, read_holding, e);
}

int store_appointment_add(store *st, const store_holding *h, const char *user,
                          int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO appointment(post_id, member_id, valid_from, planned, "
      "decision, recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, h->post);
  sqlite3_bind_int64(s, 2, h->member);
  store_bind_day(s, 3, h->from);
  sqlite3_bind_int(s, 4, h->planned ? 1 : 0);
  store_bind_text(s, 5, h->decision);
  store_bind_recorded(s, 6, user);
  return store_step_insert(st, s, id, e);
}

int store_appointment_end(store *st, int64_t id, util_day to, const char *how,
                          int64_t ended_by, util_err *e) {
  static const char sql[] = "UPDATE appointment SET valid_to = ?2, how = ?3, "
                            "ended_by = ?4 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day_or_null(s, 2, to);
  store_bind_text(s, 3, how);
  store_bind_id(s, 4, ended_by);
  return store_step_done(st, s, e);
}

/* ---- rotations
 * ------------------------------------------------------------------ */

int store_rotation_add(store *st, const store_rotation *r, const char *user,
                       int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO rotation(member_id, org_id, post_id, valid_from, until, "
      "decision, note, recorded_at, recorded_by) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, r->member);
  sqlite3_bind_int64(s, 2, r->org);
  store_bind_id(s, 3, r->post);
  store_bind_day(s, 4, r->from);
  store_bind_day(s, 5, r->until);
  store_bind_text(s, 6, r->decision);
  store_bind_text(s, 7, r->note);
  store_bind_recorded(s, 8, user);
  return store_step_insert(st, s, id, e);
}

void store_rotation_rows_free(store_rotation_row *r, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(r[i].name);
    free(r[i].org_code);
    free(r[i].post_code);
    free(r[i].decision);
    free(r[i].note);
  }
  free(r);
}

static void read_rotation(sqlite3_stmt *s, void *elem) {
  store_rotation_row *r = elem;
  r->id = sqlite3_column_int64(s, 0);
  r->member = sqlite3_column_int64(s, 1);
  r->name = store_col_dup(s, 2);
  r->org_code = store_col_dup(s, 3);
  r->post_code = store_col_dup(s, 4);
  r->from = store_col_day(s, 5);
  r->until = store_col_day(s, 6);
  r->decision = store_col_dup(s, 7);
  r->note = store_col_dup(s, 8);
}

int store_rotations(store *st, int64_t under, int64_t scope, int64_t member,
                    util_day day, store_rotation_row **out, size_t *n,
                    util_err *e) {
  static const char sql[] =
      "SELECT r.id, r.member_id, m.name, o.code, p.code, r.valid_from, "
      "r.until, r.decision, r.note FROM rotation r "
      "JOIN member m ON m.id = r.member_id JOIN org o ON o.id = r.org_id "
      "LEFT JOIN post p ON p.id = r.post_id "
      "WHERE (?3 = 0 OR r.member_id = ?3) "
      "AND (?4 IS NULL OR (r.valid_from <= ?4 AND ?4 <= r.until)) "
      "AND " STORE_WITHIN("r.org_id", "?1") " AND " STORE_WITHIN(
          "r.org_id", "?2") " ORDER BY r.valid_from, r.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, under);
  sqlite3_bind_int64(s, 2, scope);
  sqlite3_bind_int64(s, 3, member);
  store_bind_day_or_null(s, 4, day);
  return store_all(st, s, sizeof **out, (void **)out, n, read_rotation, e);
}

/* ---- planning
 * ------------------------------------------------------------------- */

static void read_entry(sqlite3_stmt *s, void *elem) {
  store_plan_entry *p = elem;
  p->id = sqlite3_column_int64(s, 0);
  p->member = sqlite3_column_int64(s, 1);
  p->added = store_col_day(s, 2);
}

int store_plan_members(store *st, int64_t post, const char *term,
                       int64_t member, store_plan_entry **out, size_t *n,
                       util_err *e) {
  static const char sql[] =
      "SELECT id, member_id, added_on FROM plan_entry WHERE post_id = ?1 "
      "AND term = ?2 AND removed_on IS NULL AND (?3 = 0 OR member_id = ?3) "
      "ORDER BY added_on, id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, post);
  sqlite3_bind_text(s, 2, term, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, member);
  return store_all(st, s, sizeof **out, (void **)out, n, read_entry, e);
}

int store_plan_add(store *st, int64_t post, const char *term, int64_t member,
                   util_day day, const char *user, int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO plan_entry(post_id, term, member_id, added_on, "
      "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, post);
  sqlite3_bind_text(s, 2, term, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, member);
  store_bind_day(s, 4, day);
  store_bind_recorded(s, 5, user);
  return store_step_insert(st, s, id, e);
}

int store_plan_remove(store *st, int64_t id, util_day day, const char *reason,
                      const char *note, const char *user, util_err *e) {
  static const char sql[] =
      "UPDATE plan_entry SET removed_on = ?2, reason = ?3, note = ?4, "
      "removed_by = ?5 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day(s, 2, day);
  sqlite3_bind_text(s, 3, reason, -1, SQLITE_STATIC);
  store_bind_text(s, 4, note);
  sqlite3_bind_text(s, 5, user, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

int store_plan_covers(store *st, int64_t post, int64_t member, util_day day,
                      bool *planned, util_err *e) {
  /* A term "2025-2030" covers the days from 1 January 2025 to 31 December
   * 2029; the entry must stand on the day. */
  static const char sql[] =
      "SELECT count(*) FROM plan_entry WHERE post_id = ?1 AND member_id = ?2 "
      "AND added_on <= ?3 AND (removed_on IS NULL OR removed_on > ?3) "
      "AND CAST(substr(term, 1, 4) AS INTEGER) <= CAST(substr(?3, 1, 4) AS "
      "INTEGER) AND CAST(substr(?3, 1, 4) AS INTEGER) < "
      "CAST(substr(term, 6, 4) AS INTEGER)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, post);
  sqlite3_bind_int64(s, 2, member);
  store_bind_day(s, 3, day);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *planned = sqlite3_column_int(s, 0) > 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}
