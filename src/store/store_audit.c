/*
 * store_audit.c — the audit trail: who did what, when, from where, and the
 * rows each change wrote, with their values before and after.
 *
 * The rows are captured by SQLite's session extension (in the library
 * cadre links: Debian builds it with SQLITE_ENABLE_SESSION and
 * SQLITE_ENABLE_PREUPDATE_HOOK), not by code beside every write: a session
 * attached to the tables users write records the first value of every row
 * touched, and at each audit entry its changeset is written out under that
 * entry and the session started again, so that the entries of one
 * transaction (a correction: a void and an addition) each hold their own.
 */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/store_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* The tables that hold what users entered, through cadre's operations:
 * their changes go to the audit trail. Left out, because they are derived
 * in the same transaction from these (and `cadre check` derives them
 * again), so that their rows say nothing the audited ones do not:
 *   org_path            the tree over time, from the organisations' events;
 *   membership, visit   registration and stays, from the members' events;
 *   tally_day, tally_year, point  the figures, from everything above;
 *   term                the numbering of text values the rows above hold
 *                       as text;
 *   member_name_tail    the index of the words of member.name_key;
 * and meta (the schema's bookkeeping) and audit, audit_change (the trail
 * itself). meeting_points is kept: it holds the scorer's points, beside
 * those computed (its `computed` column tells which). */
static const char *const audited[] = {
    "org",
    "org_name",
    "org_event",
    "member",
    "member_event",
    "member_change",
    "oversight",
    "org_discipline",
    "assessment",
    "award",
    "rubric",
    "meeting",
    "meeting_attendance",
    "meeting_opinion",
    "meeting_task",
    "meeting_points",
    "document",
    "dissemination",
    "grouping",
    "grouping_member",
    "conference",
    "model",
    "fund",
    "post",
    "appointment",
    "rotation",
    "plan_entry",
    "voided",
    "user",
    "congress",
    "congress_delegate",
    "congress_candidate",
    "congress_round",
    "congress_vote",
};
#define NAUDITED (sizeof audited / sizeof *audited)

struct store_audit {
  sqlite3_session *session; /* NULL while not capturing */
  /* The last entry written while capturing (0: none yet) and how many rows
   * it holds. */
  int64_t last;
  int nlast;
  struct {
    char **name; /* the table's columns, by position; read on first use */
    int n;
  } cols[NAUDITED];
};

static int session_fail(store *st, int rc, util_err *e) {
  return util_fail(e, UTIL_SYSTEM, "the audit trail: %s (%s)",
                   sqlite3_errstr(rc), sqlite3_errmsg(st->db));
}

/* A new session on every audited table. */
static int session_start(store *st, util_err *e) {
  sqlite3_session *s;
  int rc = sqlite3session_create(st->db, "main", &s);
  if (rc != SQLITE_OK)
    return session_fail(st, rc, e);
  for (size_t i = 0; i < NAUDITED && rc == SQLITE_OK; i++)
    rc = sqlite3session_attach(s, audited[i]);
  if (rc != SQLITE_OK) {
    sqlite3session_delete(s);
    return session_fail(st, rc, e);
  }
  st->audit->session = s;
  return 0;
}

int store_audit_capture(store *st, util_err *e) {
  if (!st->audit)
    st->audit = util_xcalloc(1, sizeof *st->audit);
  store_audit_stop(st);
  st->audit->last = 0;
  st->audit->nlast = 0;
  return session_start(st, e);
}

void store_audit_stop(store *st) {
  if (st->audit && st->audit->session) {
    sqlite3session_delete(st->audit->session);
    st->audit->session = NULL;
  }
}

void store_audit_free(store *st) {
  if (!st->audit)
    return;
  store_audit_stop(st);
  for (size_t i = 0; i < NAUDITED; i++) {
    for (int c = 0; c < st->audit->cols[i].n; c++)
      free(st->audit->cols[i].name[c]);
    free(st->audit->cols[i].name);
  }
  free(st->audit);
  st->audit = NULL;
}

/* The names of the columns of audited table `t`, or NULL with *e set. */
static char **columns(store *st, const char *t, int ncol, util_err *e) {
  static const char sql[] =
      "SELECT name FROM pragma_table_info(?1) ORDER BY cid";
  size_t i = 0;
  while (i < NAUDITED && strcmp(audited[i], t) != 0)
    i++;
  if (i == NAUDITED) {
    util_fail(e, UTIL_INTERNAL, "the audit trail: %s is not audited", t);
    return NULL;
  }
  if (st->audit->cols[i].name && st->audit->cols[i].n == ncol)
    return st->audit->cols[i].name;
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return NULL;
  sqlite3_bind_text(s, 1, t, -1, SQLITE_STATIC);
  char **name = util_xcalloc((size_t)ncol, sizeof *name);
  int n = 0, rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW && n < ncol)
    name[n++] = store_col_dup(s, 0);
  sqlite3_reset(s);
  if (n != ncol) {
    for (int c = 0; c < n; c++)
      free(name[c]);
    free(name);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
      store_sqlfail(st, e);
    else
      util_fail(e, UTIL_INTERNAL,
                "the audit trail: %s has %d columns, its changes %d", t, n,
                ncol);
    return NULL;
  }
  for (int c = 0; c < st->audit->cols[i].n; c++)
    free(st->audit->cols[i].name[c]);
  free(st->audit->cols[i].name);
  st->audit->cols[i].name = name;
  st->audit->cols[i].n = ncol;
  return name;
}

static json_t *value_json(sqlite3_value *v) {
  switch (sqlite3_value_type(v)) {
  case SQLITE_INTEGER:
    return json_integer(sqlite3_value_int64(v));
  case SQLITE_FLOAT:
    return json_real(sqlite3_value_double(v));
  case SQLITE_TEXT: {
    json_t *j = json_stringn((const char *)sqlite3_value_text(v),
                             (size_t)sqlite3_value_bytes(v));
    return j ? j : json_string("(not UTF-8)");
  }
  case SQLITE_BLOB:
    return json_sprintf("(%d bytes)", sqlite3_value_bytes(v));
  default:
    return json_null();
  }
}

/* A value as the audit keeps it: a password never. */
static json_t *kept(const char *table, const char *column, sqlite3_value *v) {
  if (strcmp(table, "user") == 0 && strcmp(column, "password") == 0)
    return json_string("(hidden)");
  return value_json(v);
}

static char *dump(json_t *j) {
  char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
  json_decref(j);
  return s;
}

/* Writes one change of the changeset under audit entry `id`. */
static int write_change(store *st, sqlite3_changeset_iter *it, int64_t id,
                        int seq, util_err *e) {
  static const char sql[] =
      "INSERT INTO audit_change(audit_id, seq, table_name, op, row_key, "
      "before_values, after_values) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  const char *t;
  int ncol, op, indirect, npk;
  unsigned char *pk;
  if (sqlite3changeset_op(it, &t, &ncol, &op, &indirect) != SQLITE_OK ||
      sqlite3changeset_pk(it, &pk, &npk) != SQLITE_OK)
    return util_fail(e, UTIL_INTERNAL, "the audit trail: a bad changeset");
  char **name = columns(st, t, ncol, e);
  if (!name)
    return -1;
  json_t *key = json_object();
  json_t *before = op == SQLITE_INSERT ? NULL : json_object();
  json_t *after = op == SQLITE_DELETE ? NULL : json_object();
  for (int c = 0; c < ncol; c++) {
    sqlite3_value *old = NULL, *now = NULL;
    if (before)
      sqlite3changeset_old(it, c, &old);
    if (after)
      sqlite3changeset_new(it, c, &now);
    if (pk[c])
      json_object_set_new(key, name[c], kept(t, name[c], old ? old : now));
    /* An update holds only what changed (new values of the others are
     * absent), and the key. */
    bool keep = op != SQLITE_UPDATE || now || pk[c];
    if (keep && old)
      json_object_set_new(before, name[c], kept(t, name[c], old));
    if (keep && (now || (op == SQLITE_UPDATE && old)))
      json_object_set_new(after, name[c], kept(t, name[c], now ? now : old));
  }
  static const char *const ops[] = {[SQLITE_INSERT] = "insert",
                                    [SQLITE_UPDATE] = "update",
                                    [SQLITE_DELETE] = "delete"};
  char *k = dump(key), *b = dump(before), *a = dump(after);
  sqlite3_stmt *s = store_stmt(st, sql, e);
  int rc = -1;
  if (s) {
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int(s, 2, seq);
    sqlite3_bind_text(s, 3, t, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, ops[op], -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, k, -1, SQLITE_STATIC);
    store_bind_text(s, 6, b);
    store_bind_text(s, 7, a);
    rc = store_step_done(st, s, e);
  }
  free(k);
  free(b);
  free(a);
  return rc;
}

/* Writes the changes captured since the last entry under entry `id`
 * (after its rows numbered up to `seq`), and starts capturing afresh. */
static int write_changes(store *st, int64_t id, int seq, util_err *e) {
  int n = 0;
  void *p = NULL;
  int rc = sqlite3session_changeset(st->audit->session, &n, &p);
  if (rc != SQLITE_OK)
    return session_fail(st, rc, e);
  sqlite3_changeset_iter *it = NULL;
  if (n > 0 && (rc = sqlite3changeset_start(&it, n, p)) != SQLITE_OK) {
    sqlite3_free(p);
    return session_fail(st, rc, e);
  }
  int err = 0;
  while (it && !err && (rc = sqlite3changeset_next(it)) == SQLITE_ROW)
    err = write_change(st, it, id, ++seq, e);
  st->audit->last = id;
  st->audit->nlast = seq;
  if (it && !err && rc != SQLITE_DONE)
    err = session_fail(st, rc, e);
  if (it)
    sqlite3changeset_finalize(it);
  sqlite3_free(p);
  store_audit_stop(st);
  return err ? -1 : session_start(st, e);
}

int store_audit(store *st, const store_audit_entry *in, util_err *e) {
  static const char sql[] =
      "INSERT INTO audit(at, user, origin, action, detail, org_id) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  char now[21];
  int64_t id;
  store_now(now);
  sqlite3_bind_text(s, 1, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, 2, in->user, -1, SQLITE_STATIC);
  store_bind_text(s, 3, in->origin);
  sqlite3_bind_text(s, 4, in->action, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 5, in->detail, -1, SQLITE_STATIC);
  store_bind_id(s, 6, in->org);
  if (store_step_insert(st, s, &id, e))
    return -1;
  return st->audit && st->audit->session ? write_changes(st, id, 0, e) : 0;
}

int store_audit_close(store *st, util_err *e) {
  struct store_audit *c = st->audit;
  /* Rows written after the transaction's last entry (an operation that
   * wrote after its app_audit) belong to it rather than to nobody. */
  int rc = c && c->session && c->last && !sqlite3session_isempty(c->session)
               ? write_changes(st, c->last, c->nlast, e)
               : 0;
  store_audit_stop(st);
  return rc;
}

/* ---- reading ------------------------------------------------------------ */

typedef struct lister {
  int (*fn)(void *ctx, const store_audit_row *r);
  void *ctx;
  store_audit_row row;         /* the entry being read */
  store_audit_change *changes; /* its rows */
  size_t cap;
  char **owned; /* the strings of both, freed when the entry is handed on */
  size_t nowned, capowned;
} lister;

static const char *own(lister *l, sqlite3_stmt *s, int i) {
  char *v = store_col_dup(s, i);
  if (!v)
    return NULL;
  if (l->nowned == l->capowned) {
    l->capowned = l->capowned ? 2 * l->capowned : 32;
    l->owned = util_xrealloc(l->owned, l->capowned * sizeof *l->owned);
  }
  return l->owned[l->nowned++] = v;
}

/* Hands the entry read so far to the caller. */
static int flush(lister *l) {
  int rc = 0;
  if (l->row.id) {
    l->row.changes = l->changes;
    rc = l->fn(l->ctx, &l->row);
  }
  for (size_t i = 0; i < l->nowned; i++)
    free(l->owned[i]);
  l->nowned = 0;
  memset(&l->row, 0, sizeof l->row);
  return rc;
}

static int audit_row(void *ctx, sqlite3_stmt *s) {
  lister *l = ctx;
  int64_t id = sqlite3_column_int64(s, 0);
  if (id != l->row.id) {
    int rc = flush(l);
    if (rc)
      return rc;
    l->row.id = id;
    l->row.at = own(l, s, 1);
    l->row.user = own(l, s, 2);
    l->row.origin = own(l, s, 3);
    l->row.action = own(l, s, 4);
    l->row.detail = own(l, s, 5);
    l->row.org = sqlite3_column_int64(s, 6);
    l->row.org_code = own(l, s, 7);
  }
  if (sqlite3_column_type(s, 8) == SQLITE_NULL)
    return 0;
  if (l->row.nchanges == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 8;
    l->changes = util_xrealloc(l->changes, l->cap * sizeof *l->changes);
  }
  l->changes[l->row.nchanges++] = (store_audit_change){
      .table = own(l, s, 8),
      .op = own(l, s, 9),
      .key = own(l, s, 10),
      .before = own(l, s, 11),
      .after = own(l, s, 12),
  };
  return 0;
}

int store_audit_rows(store *st, const store_audit_query *q,
                     int (*fn)(void *ctx, const store_audit_row *r), void *ctx,
                     util_err *e) {
  /* --under: the organisations whose latest place lies in the range of
   * paths of the root's latest place, as store_org_within compares ('0'
   * is the character after '/'). Times are "YYYY-MM-DDTHH:MM:SSZ": every
   * one of day ?5 sorts before ?5 || 'U'. */
  static const char sql[] =
      "WITH r AS (SELECT path FROM org_path WHERE org_id = ?1 "
      "           ORDER BY valid_from DESC LIMIT 1), "
      "under AS (SELECT p.org_id FROM org_path p, r "
      "  WHERE p.path >= r.path "
      "    AND p.path < substr(r.path, 1, length(r.path) - 1) || '0' "
      "    AND p.valid_from = (SELECT max(valid_from) FROM org_path q "
      "                        WHERE q.org_id = p.org_id)) "
      "SELECT a.id, a.at, a.user, a.origin, a.action, a.detail, a.org_id, "
      "  o.code, c.table_name, c.op, c.row_key, c.before_values, "
      "  c.after_values "
      "FROM audit a LEFT JOIN org o ON o.id = a.org_id "
      "LEFT JOIN audit_change c ON c.audit_id = a.id "
      "WHERE (?1 IS NULL OR a.org_id IN under) "
      "  AND (?2 IS NULL OR a.user = ?2 COLLATE NOCASE) "
      "  AND (?3 IS NULL OR a.at >= ?3) "
      "  AND (?4 IS NULL OR a.at < ?4 || 'U') "
      "ORDER BY a.id, c.seq";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  char from[11], to[11];
  store_bind_id(s, 1, q->under);
  store_bind_text(s, 2, q->user);
  if (q->from)
    sqlite3_bind_text(s, 3, util_date_format(q->from, from), -1, SQLITE_STATIC);
  if (q->to)
    sqlite3_bind_text(s, 4, util_date_format(q->to, to), -1, SQLITE_STATIC);
  lister l = {.fn = fn, .ctx = ctx};
  int rc = store_each(st, s, audit_row, &l, e);
  if (rc)
    l.row.id = 0; /* a failure hands on no entry cut short */
  int last = flush(&l);
  free(l.changes);
  free(l.owned);
  return rc ? rc : last;
}
