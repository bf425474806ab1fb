/*
 * store_name.c — the index of members' names (member_name_tail, schema
 * 009): for every word of a folded name, the name from that word on (the
 * tail), the words before it (the head) and how many bytes the tail's
 * start shares with an earlier tail of the name at most. A search is a
 * range of tails (store_members_search); this file keeps the rows in step
 * with member.name_key and checks them.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

/* The rows of the names of the members with an id above ?1, from their
 * keys: the same text as migration 009, in the table's key order. */
#define TAILS                                                                  \
  "WITH RECURSIVE w(id, head, tail) AS ("                                      \
  "  SELECT id, '', name_key FROM member WHERE id > ?1 AND name_key <> '' "    \
  "  UNION ALL SELECT id, head || iif(head = '', '', ' ') || "                 \
  "    substr(tail, 1, instr(tail, ' ') - 1), "                                \
  "    substr(tail, instr(tail, ' ') + 1) "                                    \
  "  FROM w WHERE instr(tail, ' ') > 0) "

size_t store_name_shared(const char *key, size_t start) {
  const char *tail = key + start;
  size_t most = 0;
  for (size_t s = 0; s < start; s++) {
    if (s > 0 && key[s - 1] != ' ')
      continue;
    size_t n = 0;
    while (tail[n] && key[s + n] == tail[n])
      n++;
    if (n > most)
      most = n;
  }
  return most;
}

void store_name_shared_sql(sqlite3_context *cx, int argc,
                           sqlite3_value **argv) {
  (void)argc;
  const char *head = (const char *)sqlite3_value_text(argv[0]);
  const char *tail = (const char *)sqlite3_value_text(argv[1]);
  if (!head || !tail) {
    sqlite3_result_null(cx);
    return;
  }
  char *key = *head ? util_xasprintf("%s %s", head, tail) : util_xstrdup(tail);
  size_t start = *head ? strlen(head) + 1 : 0;
  sqlite3_result_int64(cx, (sqlite3_int64)store_name_shared(key, start));
  free(key);
}

/* Adds (or, with `drop`, deletes) the rows of the name `key` of member
 * `id`. */
static int tails(store *st, int64_t id, const char *key, bool drop,
                 util_err *e) {
  static const char add[] = "INSERT INTO member_name_tail(tail, head, "
                            "member_id, shared) VALUES (?1, ?2, ?3, ?4)";
  static const char del[] = "DELETE FROM member_name_tail "
                            "WHERE tail = ?1 AND head = ?2 AND member_id = ?3";
  for (size_t start = 0; key[start];) {
    sqlite3_stmt *s = store_stmt(st, drop ? del : add, e);
    if (!s)
      return -1;
    sqlite3_bind_text(s, 1, key + start, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, key, start ? (int)start - 1 : 0, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, id);
    if (!drop)
      sqlite3_bind_int64(s, 4, (sqlite3_int64)store_name_shared(key, start));
    if (store_step_done(st, s, e))
      return -1;
    const char *space = strchr(key + start, ' ');
    start = space ? (size_t)(space - key) + 1 : strlen(key);
  }
  return 0;
}

int store_name_index(store *st, int64_t id, const char *old, const char *key,
                     util_err *e) {
  if (old && tails(st, id, old, true, e))
    return -1;
  return tails(st, id, key, false, e);
}

/* The rows of every member with an id above `after`, in one statement. */
static int add_after(store *st, int64_t after, util_err *e) {
  static const char sql[] =
      TAILS "INSERT INTO member_name_tail(tail, head, member_id, shared) "
            "SELECT tail, head, id, cadre_name_shared(head, tail) FROM w "
            "ORDER BY tail, head, id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, after);
  return store_step_done(st, s, e);
}

/* Every member's rows again. */
static int rebuild(store *st, util_err *e) {
  if (store_exec(st, "DELETE FROM member_name_tail", e))
    return -1;
  return add_after(st, INT64_MIN, e);
}

int store_names_defer(store *st, util_err *e) {
  static const char sql[] = "SELECT coalesce(max(id), 0) FROM member";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  int rc = sqlite3_step(s);
  st->names_after = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  st->nnames = 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

int store_names_flush(store *st, bool write, util_err *e) {
  /* One statement, in the table's order: row by row between the other
   * writes of an import, the rows of a name land all over the table. */
  static const char count[] = "SELECT count(*) FROM member WHERE id > ?1";
  int64_t after = st->names_after;
  size_t n = st->nnames;
  st->names_after = -1;
  st->nnames = 0;
  if (!write || after < 0 || n == 0)
    return 0;
  sqlite3_stmt *s = store_stmt(st, count, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, after);
  int rc = sqlite3_step(s);
  size_t above = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(s, 0) : 0;
  sqlite3_reset(s);
  if (rc != SQLITE_ROW)
    return store_sqlfail(st, e);
  /* Members inserted with ids of their own below the greatest: the whole
   * index again, which is always right. */
  return above == n ? add_after(st, after, e) : rebuild(st, e);
}

/* The number of rows the index lacks or holds wrong, and whether it
 * holds as many as it should, or -1. */
static int64_t index_faults(store *st, util_err *e) {
  static const char sql[] =
      TAILS "SELECT (SELECT count(*) FROM w WHERE NOT EXISTS (SELECT 1 "
            "  FROM member_name_tail t WHERE t.tail = w.tail AND t.head = "
            "  w.head AND t.member_id = w.id AND t.shared = "
            "  cadre_name_shared(w.head, w.tail))), "
            "(SELECT count(*) FROM w) - (SELECT count(*) FROM "
            "  member_name_tail)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, INT64_MIN);
  if (sqlite3_step(s) != SQLITE_ROW) {
    sqlite3_reset(s);
    return store_sqlfail(st, e);
  }
  int64_t bad = sqlite3_column_int64(s, 0) + (sqlite3_column_int64(s, 1) != 0);
  sqlite3_reset(s);
  return bad;
}

int store_names_check(store *st, bool repair, util_buf *report, util_err *e) {
  /* Search keys as the code folds names (cadre_name_key, store_fold.c). */
  static const char keys[] = "SELECT id FROM member "
                             "WHERE name_key IS NOT cadre_name_key(name) "
                             "ORDER BY id";
  static const char fix[] = "UPDATE member SET name_key = cadre_name_key(name) "
                            "WHERE name_key IS NOT cadre_name_key(name)";
  sqlite3_stmt *s = store_stmt(st, keys, e);
  if (!s)
    return -1;
  int rc, n = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    if (n++ < 20)
      util_buf_printf(report,
                      "member %lld: the search key differs from the name\n",
                      (long long)sqlite3_column_int64(s, 0));
  sqlite3_reset(s);
  if (rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  if (repair && n && store_exec(st, fix, e))
    return -1;
  /* The index against the keys (repaired, when asked, as they are now). */
  int64_t bad = index_faults(st, e);
  if (bad < 0)
    return -1;
  if (bad) {
    n++;
    util_buf_puts(report, "the index of members' names differs from them\n");
  }
  if (repair && (bad || n) && rebuild(st, e))
    return -1;
  return n;
}
