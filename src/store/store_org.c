/*
 * store_org.c — organisations, their names and places in the tree over
 * time, and their events.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

void store_org_clear(store_org *o) {
  free(o->code);
  free(o->name);
  memset(o, 0, sizeof *o);
}

#define ORG_COLUMNS                                                            \
  "id, code, name, kind, sector, founded, ended, ended_how, recorded_on"

static void read_org(sqlite3_stmt *s, store_org *o) {
  memset(o, 0, sizeof *o);
  o->id = sqlite3_column_int64(s, 0);
  o->code = store_col_dup(s, 1);
  o->name = store_col_dup(s, 2);
  core_kind_parse(store_col_text(s, 3), &o->kind);
  if (core_sector_parse(store_col_text(s, 4), &o->sector))
    o->sector = CORE_SECTOR_NONE;
  o->founded = store_col_day(s, 5);
  o->founded_known = sqlite3_column_type(s, 5) != SQLITE_NULL;
  o->ended = store_col_day(s, 6);
  const char *how = store_col_text(s, 7);
  o->ended_how = how && strcmp(how, "merged") == 0 ? CORE_F_ORGS_MERGED
                                                   : CORE_F_ORGS_DISSOLVED;
  o->recorded_on = store_col_day(s, 8);
}

static int org_query(store *st, sqlite3_stmt *s, store_org *o, util_err *e) {
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    read_org(s, o);
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  if (rc == SQLITE_DONE)
    return 1;
  return store_sqlfail(st, e);
}

int store_org_by_code(store *st, const char *code, store_org *o, util_err *e) {
  static const char sql[] = "SELECT " ORG_COLUMNS " FROM org WHERE code = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, code, -1, SQLITE_STATIC);
  return org_query(st, s, o, e);
}

int store_org_by_id(store *st, int64_t id, store_org *o, util_err *e) {
  static const char sql[] = "SELECT " ORG_COLUMNS " FROM org WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  return org_query(st, s, o, e);
}

int store_org_within(store *st, int64_t org, int64_t root, bool *within,
                     util_err *e) {
  static const char sql[] = "SELECT " STORE_WITHIN("?1", "?2");
  /* The same question again in the same read (nothing written since): the
   * same answer. Not in a write, whose changes could move org. */
  bool reading = sqlite3_txn_state(st->db, "main") == SQLITE_TXN_READ;
  if (reading && st->within_memo.set && st->within_memo.txn == st->txn &&
      st->within_memo.org == org && st->within_memo.root == root) {
    *within = st->within_memo.within;
    return 0;
  }
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  sqlite3_bind_int64(s, 2, root);
  int rc = sqlite3_step(s);
  *within = rc == SQLITE_ROW && sqlite3_column_int(s, 0);
  sqlite3_reset(s);
  if (rc != SQLITE_ROW)
    return store_sqlfail(st, e);
  if (sqlite3_txn_state(st->db, "main") == SQLITE_TXN_READ) {
    st->within_memo.set = true;
    st->within_memo.within = *within;
    st->within_memo.txn = st->txn;
    st->within_memo.org = org;
    st->within_memo.root = root;
  }
  return 0;
}

void store_org_codes_free(store *st) {
  for (size_t i = 0; i < st->codes.n; i++)
    free(st->codes.codes[i]);
  st->codes.n = 0;
  util_map_clear(&st->codes.index);
}

/* How many codes the memo keeps at most: every organisation of a national
 * party (some 60,000, a few megabytes); past it, it starts again. */
#define CODES_MAX 100000

const char *store_org_code(store *st, int64_t id, util_err *e) {
  static const char sql[] = "SELECT code FROM org WHERE id = ?1";
  /* Only in a read, whose data version is the one of what it sees: a
   * write may still be rolled back. */
  unsigned version = 0;
  bool reading = sqlite3_txn_state(st->db, "main") == SQLITE_TXN_READ &&
                 sqlite3_file_control(st->db, "main", SQLITE_FCNTL_DATA_VERSION,
                                      &version) == SQLITE_OK;
  if (!reading || !st->codes.valid || version != st->codes.version ||
      st->codes.n >= CODES_MAX) {
    store_org_codes_free(st);
    st->codes.valid = reading;
    st->codes.version = version;
  }
  size_t *at = util_map_get(&st->codes.index, (uint64_t)id);
  if (at)
    return st->codes.codes[*at];
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return NULL;
  sqlite3_bind_int64(s, 1, id);
  int rc = sqlite3_step(s);
  const char *text = rc == SQLITE_ROW ? store_col_text(s, 0) : NULL;
  char *code = util_xstrdup(text ? text : "");
  sqlite3_reset(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    free(code);
    store_sqlfail(st, e);
    return NULL;
  }
  if (st->codes.n == st->codes.cap) {
    st->codes.cap = st->codes.cap ? 2 * st->codes.cap : 256;
    st->codes.codes =
        util_xrealloc(st->codes.codes, st->codes.cap * sizeof(char *));
  }
  bool created;
  *util_map_put(&st->codes.index, (uint64_t)id, &created) = st->codes.n;
  st->codes.codes[st->codes.n++] = code;
  return code;
}

int store_org_roots(store *st, int64_t *n, util_err *e) {
  static const char sql[] =
      "SELECT count(DISTINCT org_id) FROM org_path WHERE parent_id IS NULL";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  *n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

int store_org_first_of_kind(store *st, enum core_kind kind, store_org *o,
                            util_err *e) {
  static const char sql[] =
      "SELECT " ORG_COLUMNS " FROM org WHERE kind = ?1 ORDER BY id LIMIT 1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, core_kind_name(kind), -1, SQLITE_STATIC);
  return org_query(st, s, o, e);
}

int store_org_insert(store *st, store_org *o, util_err *e) {
  static const char sql[] =
      "INSERT INTO org(id, code, name, kind, sector, founded, recorded_on) "
      "VALUES (" STORE_NEXT_ID("org") ", ?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, o->code, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, o->name, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, core_kind_name(o->kind), -1, SQLITE_STATIC);
  store_bind_text(s, 4, core_sector_name(o->sector));
  if (o->founded_known)
    store_bind_day(s, 5, o->founded);
  else
    store_bind_day_or_null(s, 6, o->recorded_on);
  return store_step_insert(st, s, &o->id, e);
}

int store_org_set_name(store *st, int64_t id, const char *name, util_err *e) {
  static const char sql[] = "UPDATE org SET name = ?2 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

int store_org_set_ended(store *st, int64_t id, util_day day, enum core_flow how,
                        util_err *e) {
  static const char sql[] =
      "UPDATE org SET ended = ?2, ended_how = ?3 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day(s, 2, day);
  sqlite3_bind_text(s, 3, how == CORE_F_ORGS_MERGED ? "merged" : "dissolved",
                    -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

int store_org_set_alive(store *st, int64_t id, util_err *e) {
  static const char sql[] =
      "UPDATE org SET ended = NULL, ended_how = NULL WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  return store_step_done(st, s, e);
}

int store_org_stays_reopen(store *st, int64_t id, util_day day, util_err *e) {
  static const char sql[] = "UPDATE grouping_member SET valid_to = ?3 "
                            "WHERE org_id = ?1 AND valid_to = ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day(s, 2, day);
  store_bind_day(s, 3, UTIL_DAY_MAX);
  return store_step_done(st, s, e);
}

int store_org_count_from(store *st, int64_t id, util_day day, util_err *e) {
  static const char sql[] = "UPDATE org SET recorded_on = ?2 WHERE id = ?1 "
                            "AND founded IS NULL AND recorded_on > ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day(s, 2, day);
  return store_step_done(st, s, e);
}

int store_org_name_add(store *st, int64_t id, util_day since, const char *name,
                       util_err *e) {
  static const char sql[] =
      "INSERT INTO org_name(org_id, since, name) VALUES (?1, ?2, ?3)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day(s, 2, since);
  sqlite3_bind_text(s, 3, name, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

/* The name on a day: the latest name record on or before it, else the
 * first one (a day before the founding still shows a name). */
#define NAME_AT(org, day)                                                      \
  "coalesce((SELECT n.name FROM org_name n WHERE n.org_id = " org              \
  " AND n.since <= " day " ORDER BY n.since DESC LIMIT 1), "                   \
  "(SELECT n.name FROM org_name n WHERE n.org_id = " org                       \
  " ORDER BY n.since LIMIT 1))"

int store_org_name_at(store *st, int64_t id, util_day day, char **name,
                      util_err *e) {
  static const char sql[] = "SELECT " NAME_AT("?1", "?2");
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day(s, 2, day);
  int rc = sqlite3_step(s);
  *name = rc == SQLITE_ROW ? store_col_dup(s, 0) : NULL;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

int store_org_last_rename(store *st, int64_t id, util_day *day, util_err *e) {
  static const char sql[] = "SELECT max(since) FROM org_name WHERE org_id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  int rc = sqlite3_step(s);
  *day = rc == SQLITE_ROW ? store_col_day(s, 0) : 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

/* ---- paths ------------------------------------------------------------------
 */

void store_paths_free(store_path *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(p[i].path);
  free(p);
}

static void read_path(sqlite3_stmt *s, void *elem) {
  store_path *p = elem;
  p->from = store_col_day(s, 0);
  p->to = store_col_day(s, 1);
  p->parent = sqlite3_column_int64(s, 2);
  p->path = store_col_dup(s, 3);
}

int store_paths_of(store *st, int64_t org, store_path **out, size_t *n,
                   util_err *e) {
  static const char sql[] =
      "SELECT valid_from, valid_to, parent_id, path FROM org_path "
      "WHERE org_id = ?1 ORDER BY valid_from";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  if (store_all(st, s, sizeof **out, (void **)out, n, read_path, e) == 0)
    return 0;
  store_paths_free(*out, *n);
  *out = NULL;
  *n = 0;
  return -1;
}

int store_paths_set(store *st, int64_t org, const store_path *p, size_t n,
                    util_err *e) {
  static const char del[] = "DELETE FROM org_path WHERE org_id = ?1";
  static const char ins[] =
      "INSERT INTO org_path(org_id, valid_from, valid_to, parent_id, path) "
      "VALUES (?1, ?2, ?3, ?4, ?5)";
  sqlite3_stmt *s = store_stmt(st, del, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  if (store_step_done(st, s, e))
    return -1;
  for (size_t i = 0; i < n; i++) {
    if (!(s = store_stmt(st, ins, e)))
      return -1;
    sqlite3_bind_int64(s, 1, org);
    store_bind_day(s, 2, p[i].from);
    store_bind_day(s, 3, p[i].to);
    store_bind_id(s, 4, p[i].parent);
    sqlite3_bind_text(s, 5, p[i].path, -1, SQLITE_STATIC);
    if (store_step_done(st, s, e))
      return -1;
  }
  return 0;
}

/* Ids from the first column of a statement, into a new array. */
static int ids_of(store *st, sqlite3_stmt *s, int64_t **ids, size_t *n,
                  util_err *e) {
  if (store_all(st, s, sizeof **ids, (void **)ids, n, store_read_id, e) == 0)
    return 0;
  free(*ids);
  *ids = NULL;
  *n = 0;
  return -1;
}

int store_children_ever(store *st, int64_t org, int64_t **ids, size_t *n,
                        util_err *e) {
  static const char sql[] = "SELECT DISTINCT org_id FROM org_path "
                            "WHERE parent_id = ?1 ORDER BY org_id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  return ids_of(st, s, ids, n, e);
}

/* The caller's callback of a listing, for store_each. */
typedef struct org_fn_ctx {
  store_org_fn fn;
  void *ctx;
} org_fn_ctx;

static int org_row(void *ctx, sqlite3_stmt *s) {
  org_fn_ctx *r = ctx;
  store_org_row row = {
      .id = sqlite3_column_int64(s, 0),
      .code = store_col_text(s, 1),
      .name = store_col_text(s, 2),
      .kind = store_col_text(s, 3),
      .sector = store_col_text(s, 4),
      .founded = store_col_text(s, 5),
      .ended = store_col_text(s, 6),
      .path = store_col_text(s, 7),
      .parent = sqlite3_column_int64(s, 8),
      .parent_code = store_col_text(s, 9),
      .recorded = store_col_text(s, 10),
  };
  return r->fn(r->ctx, &row);
}

static int org_rows(store *st, sqlite3_stmt *s, store_org_fn fn, void *ctx,
                    util_err *e) {
  org_fn_ctx r = {fn, ctx};
  return store_each(st, s, org_row, &r, e);
}

#define ORG_ROW_COLUMNS                                                        \
  "o.id, o.code, " NAME_AT("o.id",                                             \
                           "?2") ", o.kind, o.sector, o.founded, "             \
                                 "o.ended, p.path, p.parent_id, (SELECT code " \
                                 "FROM org WHERE id = p.parent_id), "          \
                                 "o.recorded_on"

int store_orgs_at(store *st, const char *prefix, util_day day, int64_t scope,
                  store_org_fn fn, void *ctx, util_err *e) {
  /* In tree order by code (each organisation after its superior,
   * siblings by code), not by ids: listings and exports of a database
   * filled from another's export come out the same. */
  static const char sql[] =
      "WITH RECURSIVE t(id, key) AS ("
      "  SELECT r.org_id, o.code FROM org_path r JOIN org o ON o.id = r.org_id"
      "  WHERE r.valid_from <= ?2 AND r.valid_to > ?2"
      "  AND (?1 IS NULL OR (r.path >= ?1 AND r.path < ?3))"
      "  AND NOT EXISTS (SELECT 1 FROM org_path q WHERE q.org_id = r.parent_id"
      "    AND q.valid_from <= ?2 AND q.valid_to > ?2"
      "    AND (?1 IS NULL OR (q.path >= ?1 AND q.path < ?3)))"
      "  UNION ALL"
      "  SELECT c.org_id, t.key || char(1) || o.code FROM t"
      "  JOIN org_path c ON c.parent_id = t.id AND c.valid_from <= ?2"
      "  AND c.valid_to > ?2 JOIN org o ON o.id = c.org_id) "
      "SELECT " ORG_ROW_COLUMNS " FROM t JOIN org_path p ON p.org_id = t.id "
      "AND p.valid_from <= ?2 AND p.valid_to > ?2 JOIN org o ON o.id = t.id "
      "WHERE " STORE_WITHIN("t.id", "?4") " ORDER BY t.key";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  char *hi = store_prefix_end(prefix);
  store_bind_text(s, 1, prefix);
  store_bind_day(s, 2, day);
  store_bind_text(s, 3, hi);
  sqlite3_bind_int64(s, 4, scope);
  int rc = org_rows(st, s, fn, ctx, e);
  free(hi);
  return rc;
}

int store_children_at(store *st, int64_t org, util_day day, store_org_fn fn,
                      void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT " ORG_ROW_COLUMNS
      " FROM org_path p JOIN org o ON o.id = p.org_id "
      "WHERE p.parent_id = ?1 AND p.valid_from <= ?2 AND p.valid_to > ?2 "
      "ORDER BY o.code";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, day);
  return org_rows(st, s, fn, ctx, e);
}

int store_children_count(store *st, int64_t org, util_day day, int *n,
                         util_err *e) {
  static const char sql[] = "SELECT count(DISTINCT org_id) FROM org_path "
                            "WHERE parent_id = ?1 AND valid_to > ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, day);
  int rc = sqlite3_step(s);
  *n = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

/* ---- events
 * ------------------------------------------------------------------------- */

int store_org_event_add(store *st, const store_org_event *ev, const char *user,
                        int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO org_event(org_id, kind, date, other_id, from_id, name, "
      "decision, recorded_at, recorded_by, id) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, " STORE_NEXT_EVENT_ID ")";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, ev->org);
  sqlite3_bind_text(s, 2, ev->kind, -1, SQLITE_STATIC);
  store_bind_day(s, 3, ev->date);
  store_bind_id(s, 4, ev->other);
  store_bind_id(s, 5, ev->from);
  store_bind_text(s, 6, ev->name);
  store_bind_text(s, 7, ev->decision);
  store_bind_recorded(s, 8, user);
  int64_t made;
  if (store_step_insert(st, s, &made, e))
    return -1;
  if (id)
    *id = made;
  return 0;
}

typedef struct org_event_fn_ctx {
  int (*fn)(void *ctx, const store_org_event_row *row);
  void *ctx;
} org_event_fn_ctx;

static int org_event_row(void *ctx, sqlite3_stmt *s) {
  org_event_fn_ctx *r = ctx;
  store_org_event_row row = {
      .kind = store_col_text(s, 0),
      .date = store_col_text(s, 1),
      .other_code = store_col_text(s, 2),
      .from_code = store_col_text(s, 3),
      .name = store_col_text(s, 4),
      .decision = store_col_text(s, 5),
      .recorded_at = store_col_text(s, 6),
      .recorded_by = store_col_text(s, 7),
      .org_code = store_col_text(s, 8),
      .id = sqlite3_column_int64(s, 9),
      .voided_at = store_col_text(s, 10),
      .voided_by = store_col_text(s, 11),
      .void_reason = store_col_text(s, 12),
      .corrected_by = sqlite3_column_int64(s, 13),
  };
  return r->fn(r->ctx, &row);
}

int store_org_events(store *st, int64_t org, const char *prefix, bool voided,
                     int (*fn)(void *ctx, const store_org_event_row *row),
                     void *ctx, util_err *e) {
  /* One organisation's events are a search of its index; a generic
   * "?1 = 0 OR org_id = ?1" would read every organisation's. */
#define EVENTS(WHO)                                                            \
  "SELECT v.kind, v.date, (SELECT code FROM org WHERE id = v.other_id), "      \
  "(SELECT code FROM org WHERE id = v.from_id), v.name, v.decision, "          \
  "v.recorded_at, v.recorded_by, o.code, v.id, v.voided_at, "                  \
  "v.voided_by, v.void_reason, v.corrected_by FROM org_event v "               \
  "JOIN org o ON o.id = v.org_id "                                             \
  "WHERE " WHO " AND (?4 OR v.voided_at IS NULL) "                             \
  "AND (?2 IS NULL OR EXISTS ("                                                \
  "  SELECT 1 FROM org_path p WHERE p.org_id = v.org_id "                      \
  "  AND p.path >= ?2 AND p.path < ?3 AND p.valid_to = (SELECT "               \
  "  max(valid_to) FROM org_path WHERE org_id = v.org_id))) "                  \
  "ORDER BY v.date, v.id"
  static const char one[] = EVENTS("v.org_id = ?1");
  static const char all[] = EVENTS("?1 = 0");
#undef EVENTS
  sqlite3_stmt *s = store_stmt(st, org ? one : all, e);
  if (!s)
    return -1;
  char *hi = store_prefix_end(prefix);
  sqlite3_bind_int64(s, 1, org);
  store_bind_text(s, 2, prefix);
  store_bind_text(s, 3, hi);
  sqlite3_bind_int(s, 4, voided);
  org_event_fn_ctx r = {fn, ctx};
  int rc = store_each(st, s, org_event_row, &r, e);
  free(hi);
  return rc;
}

int store_org_ids(store *st, int64_t **ids, size_t *n, util_err *e) {
  static const char sql[] = "SELECT id FROM org ORDER BY id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  return s ? ids_of(st, s, ids, n, e) : -1;
}

int store_member_ids(store *st, int64_t **ids, size_t *n, util_err *e) {
  static const char sql[] = "SELECT id FROM member ORDER BY id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  return s ? ids_of(st, s, ids, n, e) : -1;
}

/* The kind of an event as static text, valid after the statement's reset,
 * or NULL for one cadre does not write. */
static const char *event_kind(const char *kind) {
  static const char *const kinds[] = {"founded", "renamed",  "moved",
                                      "merged",  "received", "dissolved"};
  for (size_t i = 0; kind && i < UTIL_COUNT(kinds); i++)
    if (strcmp(kind, kinds[i]) == 0)
      return kinds[i];
  return NULL;
}

/* org_id, kind, date, other_id, from_id in columns 0 to 4. */
static void read_org_event(sqlite3_stmt *s, store_org_event *ev) {
  memset(ev, 0, sizeof *ev);
  ev->org = sqlite3_column_int64(s, 0);
  ev->kind = event_kind(store_col_text(s, 1));
  ev->date = store_col_day(s, 2);
  ev->other = sqlite3_column_int64(s, 3);
  ev->from = sqlite3_column_int64(s, 4);
}

static void read_history_event(sqlite3_stmt *s, void *elem) {
  store_org_event *ev = elem;
  read_org_event(s, ev);
  ev->name = store_col_dup(s, 5);
  ev->decision = store_col_dup(s, 6);
  ev->id = sqlite3_column_int64(s, 7);
}

void store_org_history_free(store_org_event *ev, size_t n) {
  /* The texts are const to those who read them, and ours to free. */
  for (size_t i = 0; i < n; i++) {
    char *p;
    memcpy(&p, &ev[i].name, sizeof p);
    free(p);
    memcpy(&p, &ev[i].decision, sizeof p);
    free(p);
  }
  free(ev);
}

int store_org_history(store *st, int64_t org, store_org_event **out, size_t *n,
                      util_err *e) {
  static const char sql[] =
      "SELECT org_id, kind, date, coalesce(other_id, 0), coalesce(from_id, 0), "
      "name, decision, id FROM org_event WHERE org_id = ?1 "
      "AND voided_at IS NULL ORDER BY date, id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  if (store_all(st, s, sizeof **out, (void **)out, n, read_history_event, e) ==
      0)
    return 0;
  store_org_history_free(*out, *n);
  *out = NULL;
  *n = 0;
  return -1;
}

int store_org_event_get(store *st, int64_t id, store_org_event *ev,
                        bool *voided, util_err *e) {
  static const char sql[] =
      "SELECT org_id, kind, date, coalesce(other_id, 0), coalesce(from_id, 0), "
      "voided_at IS NOT NULL FROM org_event WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    read_org_event(s, ev);
    ev->id = id;
    *voided = sqlite3_column_int(s, 5);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return ev->kind ? 0
                    : util_fail(e, UTIL_INTERNAL, "event %lld: no kind",
                                (long long)id);
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_org_event_void(store *st, int64_t id, const char *user,
                         const char *reason, int64_t corrected_by,
                         util_err *e) {
  static const char sql[] =
      "UPDATE org_event SET voided_at = ?2, voided_by = ?3, void_reason = ?4, "
      "corrected_by = ?5 WHERE id = ?1 AND voided_at IS NULL";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_recorded(s, 2, user);
  sqlite3_bind_text(s, 4, reason, -1, SQLITE_STATIC);
  store_bind_id(s, 5, corrected_by);
  return store_step_done(st, s, e);
}

int store_org_name_delete(store *st, int64_t org, util_day since, util_err *e) {
  static const char sql[] =
      "DELETE FROM org_name WHERE org_id = ?1 AND since = ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, since);
  return store_step_done(st, s, e);
}

int store_org_handed_members(store *st, int64_t from_cell, int64_t to_cell,
                             util_day day, const char *reason, int64_t **ids,
                             size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT id FROM member_event WHERE kind = 'transferred' AND date = ?3 "
      "AND cell_id = ?1 AND to_cell_id = ?2 AND reason = ?4 "
      "AND voided_at IS NULL ORDER BY id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *ids = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, from_cell);
  sqlite3_bind_int64(s, 2, to_cell);
  store_bind_day(s, 3, day);
  sqlite3_bind_text(s, 4, reason, -1, SQLITE_STATIC);
  return ids_of(st, s, ids, n, e);
}

/* ---- a founding voided --------------------------------------------------- */

/* What names an organisation besides its own rows: every column that
 * refers to org(id), but its own names, paths and events. Sets *where to
 * "table" (static in the schema's text, the caller's copy) of the first
 * found; 0 when nothing does. */
static int org_named(store *st, int64_t id, char **where, util_err *e) {
  static const char cols[] =
      "SELECT m.name, p.\"from\" FROM sqlite_schema m, "
      "pragma_foreign_key_list(m.name) p WHERE m.type = 'table' "
      "AND p.\"table\" = 'org' ORDER BY m.name, p.\"from\"";
  sqlite3_stmt *s = NULL;
  *where = NULL;
  if (sqlite3_prepare_v2(st->db, cols, -1, &s, NULL) != SQLITE_OK)
    return store_sqlfail(st, e);
  int rc = SQLITE_DONE;
  while (!*where && (rc = sqlite3_step(s)) == SQLITE_ROW) {
    const char *table = (const char *)sqlite3_column_text(s, 0);
    const char *col = (const char *)sqlite3_column_text(s, 1);
    bool own = strcmp(col, "org_id") == 0 && (strcmp(table, "org_name") == 0 ||
                                              strcmp(table, "org_path") == 0 ||
                                              strcmp(table, "org_event") == 0);
    if (own)
      continue;
    char *q = util_xasprintf("SELECT 1 FROM \"%s\" WHERE \"%s\" = ?1 LIMIT 1",
                             table, col);
    sqlite3_stmt *t = NULL;
    int prc = sqlite3_prepare_v2(st->db, q, -1, &t, NULL);
    free(q);
    if (prc != SQLITE_OK) {
      sqlite3_finalize(s);
      return store_sqlfail(st, e);
    }
    sqlite3_bind_int64(t, 1, id);
    int found = sqlite3_step(t);
    sqlite3_finalize(t);
    if (found == SQLITE_ROW)
      *where = util_xstrdup(table);
    else if (found != SQLITE_DONE) {
      sqlite3_finalize(s);
      return store_sqlfail(st, e);
    }
  }
  sqlite3_finalize(s);
  return *where || rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

int store_org_unfound(store *st, int64_t id, const char *user,
                      const char *reason, char **where, util_err *e) {
  if (org_named(st, id, where, e))
    return -1;
  if (*where)
    return 1;
  /* The organisation whole, as it was: its row, names, paths, events. */
  util_buf sql = {0};
  static const char *const parts[][2] = {
      {"names", "org_name"}, {"paths", "org_path"}, {"events", "org_event"}};
  util_buf_puts(&sql, "SELECT json_object('org', (SELECT ");
  int rc = store_row_json(st, "org", &sql, e);
  util_buf_puts(&sql, " FROM org WHERE id = ?1)");
  for (size_t i = 0; rc == 0 && i < UTIL_COUNT(parts); i++) {
    util_buf_printf(&sql, ", '%s', (SELECT json_group_array(", parts[i][0]);
    rc = store_row_json(st, parts[i][1], &sql, e);
    util_buf_printf(&sql, ") FROM %s WHERE org_id = ?1)", parts[i][1]);
  }
  util_buf_puts(&sql, ")");
  sqlite3_stmt *s = NULL;
  if (rc == 0 &&
      sqlite3_prepare_v2(st->db, sql.data, -1, &s, NULL) != SQLITE_OK)
    rc = store_sqlfail(st, e);
  util_buf_free(&sql);
  if (rc)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  char *record = sqlite3_step(s) == SQLITE_ROW ? store_col_dup(s, 0) : NULL;
  sqlite3_finalize(s);
  if (!record)
    return store_sqlfail(st, e);
  /* The organisation among the voided records; its events' ids too, so
   * that the series never gives them again (STORE_NEXT_EVENT_ID). */
  static const char keep[] =
      "INSERT INTO voided(source, source_id, record, voided_at, voided_by, "
      "reason) VALUES ('org', ?1, ?2, ?3, ?4, ?5)";
  static const char keep_events[] =
      "INSERT INTO voided(source, source_id, record, voided_at, voided_by, "
      "reason) SELECT 'org_event', id, json_object('org', ?1), ?2, ?3, ?4 "
      "FROM org_event WHERE org_id = ?1";
  if (!(s = store_stmt(st, keep, e))) {
    free(record);
    return -1;
  }
  sqlite3_bind_int64(s, 1, id);
  sqlite3_bind_text(s, 2, record, -1, SQLITE_STATIC);
  store_bind_recorded(s, 3, user);
  sqlite3_bind_text(s, 5, reason, -1, SQLITE_STATIC);
  rc = store_step_done(st, s, e);
  free(record);
  if (rc == 0 && (s = store_stmt(st, keep_events, e))) {
    sqlite3_bind_int64(s, 1, id);
    store_bind_recorded(s, 2, user);
    sqlite3_bind_text(s, 4, reason, -1, SQLITE_STATIC);
    rc = store_step_done(st, s, e);
  } else if (rc == 0) {
    rc = -1;
  }
  static const char *const drop[] = {"DELETE FROM org_event WHERE org_id = ?1",
                                     "DELETE FROM org_name WHERE org_id = ?1",
                                     "DELETE FROM org_path WHERE org_id = ?1",
                                     "DELETE FROM tally_day WHERE org_id = ?1",
                                     "DELETE FROM tally_year WHERE org_id = ?1",
                                     "DELETE FROM org WHERE id = ?1"};
  for (size_t i = 0; rc == 0 && i < UTIL_COUNT(drop); i++) {
    if (!(s = store_stmt(st, drop[i], e)))
      return -1;
    sqlite3_bind_int64(s, 1, id);
    rc = store_step_done(st, s, e);
  }
  return rc ? -1 : 0;
}
