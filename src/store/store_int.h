/*
 * store_int.h — what the store's own files share: the connection, the
 * statement cache and binding helpers. Not for other layers.
 */
#ifndef CADRE_STORE_INT_H
#define CADRE_STORE_INT_H

#include "store/store.h"
#include "util/embed.h"
#include "util/map.h"

#include <sqlite3.h>

/* The statement cache starts with this many slots and doubles whenever
 * it is half full, so that it can never run out. */
#define STORE_STMT_SLOTS 256

struct store_cached {
  const char *sql; /* the static text the statement was prepared from */
  sqlite3_stmt *stmt;
};

struct store {
  sqlite3 *db;
  char *path;
  int busy_ms;
  struct store_cached *cache; /* open addressing, `slots` entries */
  size_t slots, used;
  bool read_only; /* opened by a reading command that may not write */
  /* In a bulk write (store_names_defer): the greatest member id before it
   * (-1: not deferring), and how many members were inserted since. */
  int64_t names_after;
  size_t nnames;
  /* The capture of rows for the audit trail (store_audit.c), NULL until
   * the first. */
  struct store_audit *audit;
  /* Transactions begun (store_begin), and the last answer of
   * store_org_within with the one it was read in: within a read nothing
   * changes, and a member's profile asks the same three times. */
  uint64_t txn;
  struct {
    bool set, within;
    uint64_t txn;
    int64_t org, root;
  } within_memo;
  /* Organisations' codes by id (store_org_code), read in transactions
   * that saw the database as it was at `version` (its data version, which
   * every change of it moves, this connection's own too). */
  struct {
    util_map index; /* id -> place in `codes` */
    char **codes;
    size_t n, cap;
    bool valid; /* false: read in a write, kept only until the next call */
    unsigned version;
  } codes;
  /* ICU's Vietnamese collator (store_sort.c), opened on first use. */
  struct UCollator *coll;
};

/* The code of organisation `id` ("" when there is none), in a read or a
 * write, from a memo of the connection while the database is unchanged: a
 * list of names shows its cells' codes, and the same cells come back in
 * request after request. The text is the memo's until the next call. */
const char *store_org_code(store *st, int64_t id, util_err *e);
void store_org_codes_free(store *st);

/* Ends the capture of rows for the audit trail, if any: at the end of a
 * transaction; before a commit, store_audit_close first writes the rows
 * captured since the last entry under that entry. */
void store_audit_stop(store *st);
int store_audit_close(store *st, util_err *e);
void store_audit_free(store *st);

/* The cached statement for a static SQL text, reset and unbound. */
sqlite3_stmt *store_stmt(store *st, const char *sql, util_err *e);
/* How many statements the cache holds (for the tests). */
size_t store_stmt_count(const store *st);
/* Sets *e from the connection's last error; returns -1. */
int store_sqlfail(store *st, util_err *e);
int store_exec(store *st, const char *sql, util_err *e);
/* Steps s to its end, handing each row to `row`; stops early when `row`
 * returns non-zero, and returns that value. Resets s. -1 with *e when the
 * database fails. */
int store_each(store *st, sqlite3_stmt *s,
               int (*row)(void *ctx, sqlite3_stmt *s), void *ctx, util_err *e);
/* Reads every row of s into a growing array of `size`-byte elements, each
 * filled by `read`; *out is the caller's (NULL when there are none). */
int store_all(store *st, sqlite3_stmt *s, size_t size, void **out, size_t *n,
              void (*read)(sqlite3_stmt *s, void *elem), util_err *e);
/* The id in column 0 (a `read` for store_all). */
void store_read_id(sqlite3_stmt *s, void *elem);
/* The end of the range of paths that start with `prefix`: the prefix with
 * its final '/' raised to '0', the next character. NULL for NULL. */
char *store_prefix_end(const char *prefix);
/* SQL true when organisation `org` (an SQL expression) lies, as the tree
 * stands now, in the subtree of organisation `root` (a parameter), or
 * when `root` is 0 (the whole register): one range comparison of their
 * latest paths ('0' is the character after '/'). An actor's scope. */
#define STORE_WITHIN(org, root)                                                \
  "(" root " = 0 OR EXISTS (SELECT 1 FROM "                                    \
  "(SELECT path FROM org_path WHERE org_id = " org                             \
  " ORDER BY valid_from DESC LIMIT 1) w_o, "                                   \
  "(SELECT path FROM org_path WHERE org_id = " root                            \
  " ORDER BY valid_from DESC LIMIT 1) w_r "                                    \
  "WHERE w_o.path >= w_r.path AND "                                            \
  "w_o.path < substr(w_r.path, 1, length(w_r.path) - 1) || '0'))"
/* SQL true when the subject of a record — member `member` (an SQL
 * expression, NULL for none) in their cell, else organisation `org` — lies
 * now in the subtree of `root` (see STORE_WITHIN): where app judges a
 * record by its id (void.c), so listings and lookups agree. */
#define STORE_SUBJECT_WITHIN(member, org, root)                                \
  STORE_WITHIN(                                                                \
      "coalesce((SELECT w_m.cell_id FROM member w_m WHERE w_m.id = " member    \
      "), " org ")",                                                           \
      root)
/* Steps an INSERT and sets *id (unless NULL) to the new row's id. */
int store_step_insert(store *st, sqlite3_stmt *s, int64_t *id, util_err *e);
/* Binds when and by whom a record is recorded: the current UTC time at ?i
 * and `user` (which must outlive the step) at ?i+1. */
void store_bind_recorded(sqlite3_stmt *s, int i, const char *user);
/* Steps a statement that returns no rows we need, then resets it. */
int store_step_done(store *st, sqlite3_stmt *s, util_err *e);

/* The id of a new event: member and organisation events share one series
 * (migration 003), and so do dated changes of a member's profile: an id
 * names one event whatever it is about. */
#define STORE_NEXT_EVENT_ID                                                    \
  "(SELECT max(coalesce((SELECT max(id) FROM member_event), 0), "              \
  "coalesce((SELECT max(id) FROM org_event), 0), "                             \
  "coalesce((SELECT max(id) FROM member_change), 0), "                         \
  "coalesce((SELECT max(source_id) FROM voided "                               \
  "WHERE source = 'org_event'), 0)) + 1)"

/* "json_object('id', id, 'kind', kind, ...)" for the columns of a table
 * (one of ours, never the user's), appended to *sql. */
int store_row_json(store *st, const char *table, util_buf *sql, util_err *e);

void store_bind_day(sqlite3_stmt *s, int i, util_day day);
void store_bind_day_or_null(sqlite3_stmt *s, int i, util_day day);
/* Binds NULL for NULL or "", else the text (which must outlive the step). */
void store_bind_text(sqlite3_stmt *s, int i, const char *text);
/* Binds NULL for 0. */
void store_bind_id(sqlite3_stmt *s, int i, int64_t id);
util_day store_col_day(sqlite3_stmt *s, int i);
char *store_col_dup(sqlite3_stmt *s, int i);
const char *store_col_text(sqlite3_stmt *s, int i);
/* The SQL function cadre_tally_add (store_tally.c). */
void store_tally_sql_add(sqlite3_context *cx, int argc, sqlite3_value **argv);
/* Registers cadre_name_key(text) and cadre_casefold(text), the keys of
 * util_text_fold and util_text_casefold, for the migrations
 * (store_fold.c). Returns an SQLite result code. */
int store_fold_functions(sqlite3 *db);
/* Registers cadre_sort_key(name, order) and cadre_collation() on the
 * connection (store_sort.c). Returns an SQLite result code. */
int store_sort_functions(store *st);
/* Binds the sort keys of `name` (store_sort_key) at ?i (roster order)
 * and ?i+1 (family order), where member.sort_given and sort_family are
 * written. */
int store_sort_bind(store *st, sqlite3_stmt *s, int i, const char *name,
                    util_err *e);
/* Closes the connection's collator. */
void store_sort_close(store *st);
/* How many bytes at most the folded name `key` from byte `start` on (the
 * start of a word) has in common with it from an earlier word on. */
size_t store_name_shared(const char *key, size_t start);
/* cadre_name_shared(head, tail): store_name_shared of the name `head tail`
 * from the start of `tail`. */
void store_name_shared_sql(sqlite3_context *cx, int argc, sqlite3_value **argv);
/* The current UTC time as "YYYY-MM-DDTHH:MM:SSZ". */
void store_now(char out[static 21]);

/* Keeps the index of names (member_name_tail, migration 009) in step with
 * member.name_key: takes out `old` (unless NULL) and adds `key` for the
 * member `id` (store_name.c). */
int store_name_index(store *st, int64_t id, const char *old, const char *key,
                     util_err *e);
/* The id of a new record of party work in table `t` (a literal): past
 * the largest of those in the table and those voided from it, so that an
 * id never names two records, even after the last one was voided (SQLite
 * would give its id again). */
#define STORE_NEXT_ID(t)                                                       \
  "(SELECT max(coalesce((SELECT max(id) FROM " t "), 0), "                     \
  "coalesce((SELECT max(source_id) FROM voided WHERE source = '" t "'), 0)) "  \
  "+ 1)"

#endif
