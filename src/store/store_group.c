/*
 * store_group.c — groupings that cut across the tree, their members over
 * time, their conferences and their outstanding models (see
 * 002_party_work.sql).
 */
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- groupings
 * ----------------------------------------------------------------- */

void store_grouping_clear(store_grouping *g) {
  free(g->code);
  free(g->name);
  free(g->kind);
  memset(g, 0, sizeof *g);
}

int store_grouping_by_code(store *st, const char *code, store_grouping *g,
                           util_err *e) {
  static const char sql[] =
      "SELECT id, code, name, kind FROM grouping WHERE code = ?1";
  memset(g, 0, sizeof *g);
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, code, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    g->id = sqlite3_column_int64(s, 0);
    g->code = store_col_dup(s, 1);
    g->name = store_col_dup(s, 2);
    g->kind = store_col_dup(s, 3);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_code_of(store *st, const char *table, int64_t id, char **code,
                  util_err *e) {
  static const char grouping[] = "SELECT code FROM grouping WHERE id = ?1";
  static const char document[] = "SELECT number FROM document WHERE id = ?1";
  *code = NULL;
  sqlite3_stmt *s =
      store_stmt(st, strcmp(table, "grouping") == 0 ? grouping : document, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *code = store_col_dup(s, 0);
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_grouping_insert(store *st, store_grouping *g, const char *user,
                          util_err *e) {
  static const char sql[] =
      "INSERT INTO grouping(code, name, kind, recorded_at, recorded_by) "
      "VALUES (?1, ?2, ?3, ?4, ?5)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, g->code, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, g->name, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, g->kind, -1, SQLITE_STATIC);
  store_bind_recorded(s, 4, user);
  return store_step_insert(st, s, &g->id, e);
}

typedef struct grouping_fn_ctx {
  int (*fn)(void *ctx, const store_grouping_row *row);
  void *ctx;
} grouping_fn_ctx;

static int grouping_row(void *ctx, sqlite3_stmt *s) {
  grouping_fn_ctx *r = ctx;
  store_grouping_row row = {.id = sqlite3_column_int64(s, 0),
                            .code = store_col_text(s, 1),
                            .name = store_col_text(s, 2),
                            .kind = store_col_text(s, 3),
                            .members = sqlite3_column_int(s, 4)};
  return r->fn(r->ctx, &row);
}

int store_groupings(store *st, util_day day,
                    int (*fn)(void *ctx, const store_grouping_row *row),
                    void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT g.id, g.code, g.name, g.kind, "
      "(SELECT count(*) FROM grouping_member m WHERE m.grouping_id = g.id "
      "AND m.valid_from <= ?1 AND m.valid_to > ?1) "
      "FROM grouping g ORDER BY g.code";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_day(s, 1, day);
  grouping_fn_ctx r = {fn, ctx};
  return store_each(st, s, grouping_row, &r, e);
}

/* ---- members over time
 * --------------------------------------------------------- */

static void read_span(sqlite3_stmt *s, void *elem) {
  store_grouping_span *sp = elem;
  sp->org = sqlite3_column_int64(s, 0);
  sp->from = store_col_day(s, 1);
  sp->to = store_col_day(s, 2);
}

int store_grouping_spans(store *st, int64_t grouping, store_grouping_span **out,
                         size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT org_id, valid_from, valid_to FROM grouping_member "
      "WHERE grouping_id = ?1 ORDER BY valid_from, org_id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, grouping);
  return store_all(st, s, sizeof **out, (void **)out, n, read_span, e);
}

static void read_stay(sqlite3_stmt *s, void *elem) {
  store_grouping_stay *x = elem;
  x->grouping = sqlite3_column_int64(s, 0);
  snprintf(x->code, sizeof x->code, "%s", store_col_text(s, 1));
  x->from = store_col_day(s, 2);
  x->to = store_col_day(s, 3);
}

int store_org_stays(store *st, int64_t org, util_day day,
                    store_grouping_stay **out, size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT m.grouping_id, g.code, m.valid_from, m.valid_to "
      "FROM grouping_member m JOIN grouping g ON g.id = m.grouping_id "
      "WHERE m.org_id = ?1 AND m.valid_to > ?2 ORDER BY g.code, m.valid_from";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, day);
  return store_all(st, s, sizeof **out, (void **)out, n, read_stay, e);
}

int store_grouping_join(store *st, int64_t grouping, int64_t org, util_day from,
                        util_err *e) {
  static const char sql[] = "INSERT INTO grouping_member(grouping_id, org_id, "
                            "valid_from, valid_to) VALUES (?1, ?2, ?3, ?4)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, grouping);
  sqlite3_bind_int64(s, 2, org);
  store_bind_day(s, 3, from);
  store_bind_day(s, 4, UTIL_DAY_MAX);
  return store_step_done(st, s, e);
}

int store_grouping_leave(store *st, int64_t grouping, int64_t org,
                         util_day from, util_day to, util_err *e) {
  static const char sql[] =
      "UPDATE grouping_member SET valid_to = ?4 "
      "WHERE grouping_id = ?1 AND org_id = ?2 AND valid_from = ?3";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, grouping);
  sqlite3_bind_int64(s, 2, org);
  store_bind_day(s, 3, from);
  store_bind_day(s, 4, to);
  return store_step_done(st, s, e);
}

/* ---- conferences
 * --------------------------------------------------------------- */

/* Binds a count, or NULL for one not recorded (negative). */
static void bind_count(sqlite3_stmt *s, int i, int n) {
  if (n >= 0)
    sqlite3_bind_int(s, i, n);
}

int store_conference_add(store *st, const store_conference *c, const char *user,
                         int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO conference(id, grouping_id, host_id, date, kind, theme, "
      "delegates, papers, flag_to_id, recorded_at, recorded_by) "
      "VALUES (" STORE_NEXT_ID(
          "conference") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_id(s, 1, c->grouping);
  sqlite3_bind_int64(s, 2, c->host);
  store_bind_day(s, 3, c->date);
  sqlite3_bind_text(s, 4, c->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, c->theme, -1, SQLITE_STATIC);
  bind_count(s, 6, c->delegates);
  bind_count(s, 7, c->papers);
  store_bind_id(s, 8, c->flag_to);
  store_bind_recorded(s, 9, user);
  return store_step_insert(st, s, id, e);
}

static void read_conference(sqlite3_stmt *s, void *elem) {
  store_conference *c = elem;
  memset(c, 0, sizeof *c);
  c->id = sqlite3_column_int64(s, 0);
  c->grouping = sqlite3_column_int64(s, 1);
  c->host = sqlite3_column_int64(s, 2);
  c->date = store_col_day(s, 3);
  c->flag_to = sqlite3_column_int64(s, 4);
  c->delegates = c->papers = -1;
}

int store_conferences_of(store *st, int64_t grouping, store_conference **out,
                         size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT id, grouping_id, host_id, date, coalesce(flag_to_id, 0) "
      "FROM conference WHERE grouping_id = ?1 ORDER BY date, id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, grouping);
  return store_all(st, s, sizeof **out, (void **)out, n, read_conference, e);
}

typedef struct conference_fn_ctx {
  int (*fn)(void *ctx, const store_conference_row *row);
  void *ctx;
} conference_fn_ctx;

static int count_col(sqlite3_stmt *s, int i) {
  return sqlite3_column_type(s, i) == SQLITE_NULL ? -1
                                                  : sqlite3_column_int(s, i);
}

static int conference_row(void *ctx, sqlite3_stmt *s) {
  conference_fn_ctx *r = ctx;
  store_conference_row row = {.id = sqlite3_column_int64(s, 0),
                              .date = store_col_text(s, 1),
                              .group_code = store_col_text(s, 2),
                              .host_code = store_col_text(s, 3),
                              .kind = store_col_text(s, 4),
                              .theme = store_col_text(s, 5),
                              .delegates = count_col(s, 6),
                              .papers = count_col(s, 7),
                              .flag_to_code = store_col_text(s, 8),
                              .recorded_at = store_col_text(s, 9),
                              .recorded_by = store_col_text(s, 10)};
  return r->fn(r->ctx, &row);
}

int store_conference_rows(store *st, int64_t grouping, util_day from,
                          util_day to,
                          int (*fn)(void *ctx, const store_conference_row *row),
                          void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT c.id, c.date, g.code, h.code, c.kind, c.theme, c.delegates, "
      "c.papers, f.code, c.recorded_at, c.recorded_by "
      "FROM conference c JOIN org h ON h.id = c.host_id "
      "LEFT JOIN grouping g ON g.id = c.grouping_id "
      "LEFT JOIN org f ON f.id = c.flag_to_id "
      "WHERE (?1 IS NULL OR c.grouping_id = ?1) AND c.date >= ?2 "
      "AND c.date <= ?3 ORDER BY c.date, c.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_id(s, 1, grouping);
  store_bind_day(s, 2, from);
  store_bind_day(s, 3, to);
  conference_fn_ctx r = {fn, ctx};
  return store_each(st, s, conference_row, &r, e);
}

/* ---- outstanding models
 * -------------------------------------------------------- */

int store_model_add(store *st, const store_model *m, const char *user,
                    int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO model(id, grouping_id, org_id, member_id, title, date, "
      "recorded_at, recorded_by) VALUES (" STORE_NEXT_ID(
          "model") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, m->grouping);
  store_bind_id(s, 2, m->org);
  store_bind_id(s, 3, m->member);
  sqlite3_bind_text(s, 4, m->title, -1, SQLITE_STATIC);
  store_bind_day(s, 5, m->date);
  store_bind_recorded(s, 6, user);
  return store_step_insert(st, s, id, e);
}

typedef struct model_fn_ctx {
  int (*fn)(void *ctx, const store_model_row *row);
  void *ctx;
} model_fn_ctx;

static int model_row(void *ctx, sqlite3_stmt *s) {
  model_fn_ctx *r = ctx;
  store_model_row row = {.id = sqlite3_column_int64(s, 0),
                         .date = store_col_text(s, 1),
                         .org = sqlite3_column_int64(s, 2),
                         .org_code = store_col_text(s, 3),
                         .member = sqlite3_column_int64(s, 4),
                         .member_name = store_col_text(s, 5),
                         .title = store_col_text(s, 6),
                         .recorded_at = store_col_text(s, 7),
                         .recorded_by = store_col_text(s, 8)};
  return r->fn(r->ctx, &row);
}

int store_model_rows(store *st, int64_t grouping, util_day from, util_day to,
                     int (*fn)(void *ctx, const store_model_row *row),
                     void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT d.id, d.date, coalesce(d.org_id, 0), o.code, "
      "coalesce(d.member_id, 0), m.name, d.title, d.recorded_at, "
      "d.recorded_by FROM model d LEFT JOIN org o ON o.id = d.org_id "
      "LEFT JOIN member m ON m.id = d.member_id "
      "WHERE d.grouping_id = ?1 AND d.date >= ?2 AND d.date <= ?3 "
      "ORDER BY d.date, d.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, grouping);
  store_bind_day(s, 2, from);
  store_bind_day(s, 3, to);
  model_fn_ctx r = {fn, ctx};
  return store_each(st, s, model_row, &r, e);
}
