/*
 * store.c — opening the database, migrations, transactions, the statement
 * cache and the small helpers the other store files share.
 */
#include "store/store_int.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* "cadr" — marks the file as ours for file(1) and for us. */
#define APPLICATION_ID 0x63616472

extern const struct util_embedded store_migrations[];

int store_schema_version(void) {
  int n = 0;
  while (store_migrations[n].name)
    n++;
  return n;
}

const char *store_backend(void) {
  return "SQLite " SQLITE_VERSION;
}

int store_sqlfail(store *st, util_err *e) {
  int rc = sqlite3_errcode(st->db);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    return util_fail(e, UTIL_SYSTEM,
                     "the database %s is busy: another cadre has held it "
                     "for longer than the wait allowed (%d ms)",
                     st->path, st->busy_ms);
  if (rc == SQLITE_FULL)
    return util_fail(e, UTIL_SYSTEM,
                     "cannot write to %s: the disk is full; nothing was "
                     "changed",
                     st->path);
  if (rc == SQLITE_READONLY)
    return util_fail(e, UTIL_SYSTEM,
                     "cannot write to %s: the file or its directory may not "
                     "be written (cadre keeps %s-wal and %s-shm beside it); "
                     "commands that only read still work; nothing was "
                     "changed",
                     st->path, st->path, st->path);
  if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
    return util_fail(e, UTIL_SYSTEM, "%s is not a usable database: %s",
                     st->path, sqlite3_errmsg(st->db));
  return util_fail(e, UTIL_SYSTEM, "database %s: %s", st->path,
                   sqlite3_errmsg(st->db));
}

static size_t stmt_slot(const struct store_cached *cache, size_t slots,
                        const char *sql) {
  /* Keyed by the address of the static SQL text; slots is a power of 2. */
  size_t i = ((uintptr_t)sql >> 4) & (slots - 1);
  while (cache[i].sql && cache[i].sql != sql)
    i = (i + 1) & (slots - 1);
  return i;
}

/* Doubles the cache, keeping every prepared statement. */
static void stmt_grow(store *st) {
  size_t slots = st->slots ? 2 * st->slots : STORE_STMT_SLOTS;
  struct store_cached *cache = util_xcalloc(slots, sizeof *cache);
  for (size_t i = 0; i < st->slots; i++)
    if (st->cache[i].sql)
      cache[stmt_slot(cache, slots, st->cache[i].sql)] = st->cache[i];
  free(st->cache);
  st->cache = cache;
  st->slots = slots;
}

sqlite3_stmt *store_stmt(store *st, const char *sql, util_err *e) {
  if (2 * (st->used + 1) > st->slots)
    stmt_grow(st);
  struct store_cached *c = &st->cache[stmt_slot(st->cache, st->slots, sql)];
  if (c->sql) {
    sqlite3_reset(c->stmt);
    sqlite3_clear_bindings(c->stmt);
    return c->stmt;
  }
  if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &c->stmt,
                         NULL) != SQLITE_OK) {
    util_fail(e, UTIL_INTERNAL, "cannot prepare a statement: %s",
              sqlite3_errmsg(st->db));
    c->stmt = NULL;
    return NULL;
  }
  c->sql = sql;
  st->used++;
  return c->stmt;
}

size_t store_stmt_count(const store *st) {
  return st->used;
}

int store_exec(store *st, const char *sql, util_err *e) {
  char *msg = NULL;
  if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
    int rc = store_sqlfail(st, e);
    sqlite3_free(msg);
    return rc;
  }
  return 0;
}

int store_each(store *st, sqlite3_stmt *s,
               int (*row)(void *ctx, sqlite3_stmt *s), void *ctx, util_err *e) {
  int rc, stop = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    if ((stop = row(ctx, s)) != 0)
      break;
  sqlite3_reset(s);
  if (!stop && rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  return stop;
}

typedef struct collect {
  size_t size, n, cap;
  char *data;
  void (*read)(sqlite3_stmt *s, void *elem);
} collect;

static int collect_row(void *ctx, sqlite3_stmt *s) {
  collect *c = ctx;
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 16;
    c->data = util_xrealloc(c->data, c->cap * c->size);
  }
  void *elem = c->data + c->n++ * c->size;
  memset(elem, 0, c->size);
  c->read(s, elem);
  return 0;
}

int store_all(store *st, sqlite3_stmt *s, size_t size, void **out, size_t *n,
              void (*read)(sqlite3_stmt *s, void *elem), util_err *e) {
  collect c = {.size = size, .read = read};
  int rc = store_each(st, s, collect_row, &c, e);
  *out = c.data;
  *n = c.n;
  return rc;
}

void store_read_id(sqlite3_stmt *s, void *elem) {
  *(int64_t *)elem = sqlite3_column_int64(s, 0);
}

char *store_prefix_end(const char *prefix) {
  if (!prefix)
    return NULL;
  char *hi = util_xstrdup(prefix);
  size_t n = strlen(hi);
  if (n)
    hi[n - 1] = '0';
  return hi;
}

int store_step_insert(store *st, sqlite3_stmt *s, int64_t *id, util_err *e) {
  if (store_step_done(st, s, e))
    return -1;
  if (id)
    *id = sqlite3_last_insert_rowid(st->db);
  return 0;
}

void store_bind_recorded(sqlite3_stmt *s, int i, const char *user) {
  char now[21];
  store_now(now);
  sqlite3_bind_text(s, i, now, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s, i + 1, user, -1, SQLITE_STATIC);
}

int store_step_done(store *st, sqlite3_stmt *s, util_err *e) {
  int rc = sqlite3_step(s);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    store_sqlfail(st, e);
    sqlite3_reset(s);
    return -1;
  }
  sqlite3_reset(s);
  return 0;
}

void store_bind_day(sqlite3_stmt *s, int i, util_day day) {
  char buf[11];
  sqlite3_bind_text(s, i, util_date_format(day, buf), 10, SQLITE_TRANSIENT);
}

void store_bind_day_or_null(sqlite3_stmt *s, int i, util_day day) {
  if (day)
    store_bind_day(s, i, day);
  else
    sqlite3_bind_null(s, i);
}

void store_bind_text(sqlite3_stmt *s, int i, const char *text) {
  if (text && *text)
    sqlite3_bind_text(s, i, text, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null(s, i);
}

void store_bind_id(sqlite3_stmt *s, int i, int64_t id) {
  if (id)
    sqlite3_bind_int64(s, i, id);
  else
    sqlite3_bind_null(s, i);
}

util_day store_col_day(sqlite3_stmt *s, int i) {
  const char *t = (const char *)sqlite3_column_text(s, i);
  util_day d = 0;
  if (t && util_date_parse(t, &d, NULL) != 0)
    d = 0;
  return d;
}

char *store_col_dup(sqlite3_stmt *s, int i) {
  const char *t = (const char *)sqlite3_column_text(s, i);
  return t ? util_xstrdup(t) : NULL;
}

const char *store_col_text(sqlite3_stmt *s, int i) {
  return (const char *)sqlite3_column_text(s, i);
}

static int pragma_int(store *st, const char *sql, int *out, util_err *e) {
  sqlite3_stmt *s;
  if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
    return store_sqlfail(st, e);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  return 0;
}

/* The first migration failing with a schema error on a file whose marks
 * say it is at version `from` means the marks lie: SQLite's own text
 * ("table org already exists") would tell a person nothing. */
static int migrate_failed(store *st, int from, int v, int to, util_err *e) {
  int rc = sqlite3_errcode(st->db);
  if (v == from && (rc == SQLITE_ERROR || rc == SQLITE_CONSTRAINT))
    util_fail(e, UTIL_SYSTEM,
              "%s says it is at schema version %d, but its tables are not "
              "those of version %d (was PRAGMA user_version changed by "
              "hand?); it was left untouched",
              st->path, from, from);
  else {
    store_sqlfail(st, e);
    util_err_prefix(e, "cannot bring %s to schema version %d: ", st->path, to);
  }
  return -1;
}

static int migrate(store *st, int from, util_err *e) {
  int to = store_schema_version();
  for (int v = from; v < to; v++) {
    if (store_exec(st, "BEGIN IMMEDIATE", e))
      return -1;
    /* Another process may have migrated while we waited. */
    int now = 0;
    if (pragma_int(st, "PRAGMA user_version", &now, e))
      goto fail;
    if (now > v) {
      store_exec(st, "COMMIT", e);
      v = now - 1;
      continue;
    }
    if (store_exec(st, store_migrations[v].data, NULL)) {
      migrate_failed(st, from, v, to, e);
      store_exec(st, "ROLLBACK", NULL);
      return -1;
    }
    char sql[96];
    snprintf(sql, sizeof sql,
             "PRAGMA application_id = %d; PRAGMA user_version = %d",
             APPLICATION_ID, v + 1);
    if (store_exec(st, sql, e) || store_exec(st, "COMMIT", e))
      goto fail;
  }
  return 0;
fail:
  util_err_prefix(e, "cannot bring %s to schema version %d: ", st->path, to);
  store_exec(st, "ROLLBACK", NULL);
  return -1;
}

/* Reads the file's marks before anything writes to it. Only `init`
 * (STORE_CREATE) may make a database of a file without tables: any other
 * command would turn an empty file, named by mistake, into one. */
static int check_marks(store *st, enum store_mode mode, int *version,
                       util_err *e) {
  int app = 0, tables = 0;
  if (pragma_int(st, "PRAGMA application_id", &app, e) ||
      pragma_int(st, "PRAGMA user_version", version, e) ||
      pragma_int(st, "SELECT count(*) FROM sqlite_schema", &tables, e))
    return -1;
  if (app != APPLICATION_ID && (app != 0 || tables != 0))
    return util_fail(e, UTIL_SYSTEM,
                     "%s is not a cadre database (it is an SQLite database "
                     "of another application); it was left untouched",
                     st->path);
  if (*version > store_schema_version())
    return util_fail(e, UTIL_SYSTEM,
                     "%s was written by a newer cadre (schema version %d; "
                     "this cadre %s knows up to %d); it was left untouched",
                     st->path, *version, CADRE_VERSION, store_schema_version());
  if (*version < 0 || (*version == 0 && tables != 0))
    return util_fail(e, UTIL_SYSTEM,
                     "%s has schema version %d, which no cadre writes (was "
                     "PRAGMA user_version changed by hand?); it was left "
                     "untouched",
                     st->path, *version);
  if (tables == 0 && mode != STORE_CREATE)
    return util_fail(e, UTIL_SYSTEM,
                     "%s holds no cadre database (it is empty); create one "
                     "with `cadre init`; it was left untouched",
                     st->path);
  return 0;
}

/* Whether this process may write the file and create its -wal and -shm
 * files beside it. */
static bool writable(const char *path) {
  char *dir = util_xstrdup(path);
  char *slash = strrchr(dir, '/');
  if (!slash)
    strcpy(dir, ".");
  else if (slash == dir)
    dir[1] = '\0';
  else
    *slash = '\0';
  bool ok = access(path, W_OK) == 0 && access(dir, W_OK) == 0;
  free(dir);
  return ok;
}

/* A file: URI naming `path`, with `query`; characters that mean something
 * in a URI are escaped. */
static char *file_uri(const char *path, const char *query) {
  util_buf b = {0};
  util_buf_puts(&b, "file:");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++)
    if (*p == '%' || *p == '?' || *p == '#' || *p < 0x20 || *p >= 0x7f)
      util_buf_printf(&b, "%%%02X", *p);
    else
      util_buf_putc(&b, (char)*p);
  util_buf_printf(&b, "?%s", query);
  return util_buf_take(&b);
}

/* How a command that only reads opens a file it may not write (a
 * read-only directory or medium): WAL needs a -shm file beside the
 * database, which cannot be created there. Without a -wal file no other
 * process is writing, so the file can be read as immutable; with one, the
 * writer's -shm is shared read-only. */
static char *read_only_uri(const char *path) {
  char *wal = util_xasprintf("%s-wal", path);
  struct stat sb;
  bool live = stat(wal, &sb) == 0;
  free(wal);
  return file_uri(path, live ? "mode=ro" : "immutable=1");
}

/* SQLite's settings for the whole process, made once before its first
 * connection. Without memory statistics: SQLite keeps them under one
 * mutex that every allocation of every connection takes, which the
 * server's threads, each on its own connection, then fight over (perf
 * showed a fifth of a request's time there: docs/PERFORMANCE.md). cadre
 * reads none of them. */
static void sqlite_setup(void) {
  sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

store *store_open(const char *path, enum store_mode mode, int busy_ms,
                  util_err *e) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, sqlite_setup);
  struct stat sb;
  if (mode != STORE_CREATE && stat(path, &sb) != 0) {
    util_fail(e, UTIL_SYSTEM,
              "no database at %s (create one with `cadre init`)", path);
    return NULL;
  }
  store *st = util_xcalloc(1, sizeof *st);
  st->names_after = -1; /* not in a bulk write */
  st->path = util_xstrdup(path);
  st->busy_ms = busy_ms;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  char *uri = NULL;
  if (mode == STORE_CREATE)
    flags |= SQLITE_OPEN_CREATE;
  else if (mode == STORE_READ && !writable(path)) {
    uri = read_only_uri(path);
    flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    st->read_only = true;
  }
  int rc = sqlite3_open_v2(uri ? uri : path, &st->db, flags, NULL);
  free(uri);
  if (rc != SQLITE_OK) {
    util_fail(e, UTIL_SYSTEM, "cannot open the database %s: %s", path,
              st->db ? sqlite3_errmsg(st->db)
                     : util_strerror(e, errno, (char[128]){0}));
    goto fail;
  }
  sqlite3_extended_result_codes(st->db, 0);
  sqlite3_busy_timeout(st->db, busy_ms);
  if (sqlite3_create_function_v2(
          st->db, "cadre_tally_add", 2,
          SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
          store_tally_sql_add, NULL, NULL, NULL) != SQLITE_OK ||
      store_fold_functions(st->db) != SQLITE_OK ||
      store_sort_functions(st) != SQLITE_OK) {
    util_fail(e, UTIL_INTERNAL, "cannot register cadre's SQL functions: %s",
              sqlite3_errmsg(st->db));
    goto fail;
  }
  int version = 0;
  if (check_marks(st, mode, &version, e))
    goto fail;
  if (st->read_only) {
    if (version < store_schema_version()) {
      util_fail(e, UTIL_SYSTEM,
                "%s has schema version %d and this cadre reads version %d: "
                "it must be brought up to date, which needs a database and "
                "a directory cadre may write; it was left untouched",
                path, version, store_schema_version());
      goto fail;
    }
    if (store_exec(st,
                   "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;"
                   " PRAGMA temp_store = MEMORY",
                   e))
      goto fail;
    return st;
  }
  if (store_exec(st,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                 "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; "
                 "PRAGMA temp_store = MEMORY",
                 e) ||
      migrate(st, version, e))
    goto fail;
  return st;
fail:
  store_close(st);
  return NULL;
}

void store_close(store *st) {
  if (!st)
    return;
  for (size_t i = 0; i < st->slots; i++)
    if (st->cache[i].stmt)
      sqlite3_finalize(st->cache[i].stmt);
  free(st->cache);
  store_org_codes_free(st);
  util_map_free(&st->codes.index);
  free(st->codes.codes);
  store_audit_free(st);
  sqlite3_close(st->db);
  store_sort_close(st);
  free(st->path);
  free(st);
}

/* A transaction's beginning or end, as a statement of the cache: the
 * server begins and ends a read for every request, and sqlite3_exec would
 * compile the text each time. */
static int transaction(store *st, const char *sql, util_err *e) {
  sqlite3_stmt *s = store_stmt(st, sql, e);
  return s ? store_step_done(st, s, e) : -1;
}

static const char begin_read[] = "BEGIN", begin_write[] = "BEGIN IMMEDIATE",
                  commit[] = "COMMIT", rollback[] = "ROLLBACK";

int store_begin(store *st, bool write, util_err *e) {
  st->txn++;
  return transaction(st, write ? begin_write : begin_read, e);
}

int store_cache(store *st, int mb, util_err *e) {
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", mb * 1024);
  return store_exec(st, sql, e);
}

int store_commit(store *st, util_err *e) {
  if (store_audit_close(st, e))
    return -1;
  return transaction(st, commit, e);
}

bool store_in_transaction(const store *st) {
  return sqlite3_get_autocommit(st->db) == 0;
}

void store_rollback(store *st) {
  store_audit_stop(st);
  util_err ignored = {0};
  if (!sqlite3_get_autocommit(st->db))
    transaction(st, rollback, &ignored);
}

int store_is_empty(store *st, bool *empty, util_err *e) {
  static const char sql[] = "SELECT NOT EXISTS (SELECT 1 FROM org)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  if (sqlite3_step(s) != SQLITE_ROW)
    return store_sqlfail(st, e);
  *empty = sqlite3_column_int(s, 0);
  sqlite3_reset(s);
  return 0;
}

int store_meta_get(store *st, const char *key, char **value, util_err *e) {
  static const char sql[] = "SELECT value FROM meta WHERE key = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  *value = rc == SQLITE_ROW ? store_col_dup(s, 0) : NULL;
  sqlite3_reset(s);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  return 0;
}

int store_meta_set(store *st, const char *key, const char *value, util_err *e) {
  static const char sql[] =
      "INSERT INTO meta(key, value) VALUES (?1, ?2) "
      "ON CONFLICT(key) DO UPDATE SET value = excluded.value";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

void store_now(char out[static 21]) {
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int store_integrity(store *st, util_buf *report, util_err *e) {
  static const char checks[] =
      "SELECT 'integrity: ' || integrity_check FROM pragma_integrity_check "
      "WHERE integrity_check != 'ok' UNION ALL "
      "SELECT 'foreign key: ' || \"table\" || ' row ' || rowid || ' refers "
      "to a missing ' || parent FROM pragma_foreign_key_check";
  sqlite3_stmt *s = store_stmt(st, checks, e);
  if (!s)
    return -1;
  int rc, n = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    util_buf_printf(report, "%s\n", store_col_text(s, 0));
    n++;
  }
  sqlite3_reset(s);
  return rc == SQLITE_DONE ? n : store_sqlfail(st, e);
}

int store_meta_delete(store *st, const char *key, util_err *e) {
  static const char sql[] = "DELETE FROM meta WHERE key = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

bool store_is_read_only(const store *st) {
  return st->read_only;
}
