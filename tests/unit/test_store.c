/*
 * test_store.c — the store on temporary databases: opening and its refusals
 * (newer schema, another application's file, not a database), migrations,
 * two processes writing at once (the second waits), transactions, tallies
 * and registration stretches.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "store/store_int.h"
#include "util/embed.h"

#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

typedef struct fixture {
  char dir[256];
  char db[300];
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  const char *tmp = getenv("TMPDIR");
  snprintf(f->dir, sizeof f->dir, "%s/cadre-store-XXXXXX", tmp ? tmp : "/tmp");
  if (!mkdtemp(f->dir))
    return -1;
  snprintf(f->db, sizeof f->db, "%s/t.db", f->dir);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  char cmd[400];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
  int rc = system(cmd);
  free(f);
  return rc == 0 ? 0 : -1;
}

/* The whole content of a file, for "left untouched" checks. */
static char *slurp(const char *path, size_t *n) {
  FILE *in = fopen(path, "rb");
  if (!in)
    return NULL;
  fseek(in, 0, SEEK_END);
  long size = ftell(in);
  rewind(in);
  char *data = malloc((size_t)size + 1);
  *n = fread(data, 1, (size_t)size, in);
  fclose(in);
  return data;
}

static void raw_sql(const char *path, const char *sql) {
  sqlite3 *db;
  assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
  sqlite3_close(db);
}

static int raw_int(const char *path, const char *sql) {
  sqlite3 *db;
  sqlite3_stmt *s;
  assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  int v = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(db);
  return v;
}

static void test_create_marks_the_file(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = store_open(f->db, STORE_CREATE, 1000, &e);
  assert_non_null(st);
  store_close(st);
  assert_int_equal(raw_int(f->db, "PRAGMA user_version"),
                   store_schema_version());
  assert_int_equal(raw_int(f->db, "PRAGMA application_id"), 0x63616472);
  assert_int_equal(
      raw_int(f->db,
              "SELECT count(*) FROM sqlite_schema WHERE name = 'member'"),
      1);
  /* WAL is a property of the file; it stays. */
  sqlite3 *db;
  sqlite3_stmt *s;
  sqlite3_open(f->db, &db);
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, NULL);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
  /* Opening again is fine and changes nothing of the marks. */
  st = store_open(f->db, STORE_EXISTING, 1000, &e);
  assert_non_null(st);
  store_close(st);
}

extern const struct util_embedded store_migrations[];

/* A database written by the first version is brought up to date on open,
 * its records kept. */
static void test_older_schema_is_migrated(void **state) {
  fixture *f = *state;
  util_err e = {0};
  sqlite3 *db;
  assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, store_migrations[0].data, NULL, NULL, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_exec(db,
                                "PRAGMA application_id = 0x63616472; "
                                "PRAGMA user_version = 1; "
                                "INSERT INTO org(code, name, kind) "
                                "VALUES ('HT', 'Tỉnh ủy', 'provincial')",
                                NULL, NULL, NULL),
                   SQLITE_OK);
  sqlite3_close(db);
  store *st = store_open(f->db, STORE_EXISTING, 1000, &e);
  assert_non_null(st);
  store_close(st);
  assert_int_equal(raw_int(f->db, "PRAGMA user_version"),
                   store_schema_version());
  assert_true(store_schema_version() >= 2);
  assert_int_equal(raw_int(f->db, "SELECT count(*) FROM org"), 1);
  assert_int_equal(
      raw_int(f->db, "SELECT count(*) FROM sqlite_schema WHERE name = 'point'"),
      1);
}

static void test_missing_file_is_refused(void **state) {
  fixture *f = *state;
  util_err e = {0};
  assert_null(store_open(f->db, STORE_EXISTING, 1000, &e));
  assert_int_equal(e.code, UTIL_SYSTEM);
  assert_non_null(strstr(e.msg, "no database at"));
  struct stat sb;
  assert_int_not_equal(stat(f->db, &sb), 0);
}

static void test_newer_schema_is_left_untouched(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = store_open(f->db, STORE_CREATE, 1000, &e);
  assert_non_null(st);
  store_close(st);
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA user_version = %d",
           store_schema_version() + 1);
  raw_sql(f->db, sql);
  raw_sql(f->db, "PRAGMA wal_checkpoint(TRUNCATE)");
  size_t n1, n2;
  char *before = slurp(f->db, &n1);
  assert_null(store_open(f->db, STORE_EXISTING, 1000, &e));
  assert_int_equal(e.code, UTIL_SYSTEM);
  assert_non_null(strstr(e.msg, "written by a newer cadre"));
  assert_non_null(strstr(e.msg, "left untouched"));
  char *after = slurp(f->db, &n2);
  assert_int_equal(n1, n2);
  assert_memory_equal(before, after, n1);
  free(before);
  free(after);
}

static void test_other_applications_file_is_refused(void **state) {
  fixture *f = *state;
  util_err e = {0};
  raw_sql(f->db, "CREATE TABLE accounts(id INTEGER PRIMARY KEY, name TEXT)");
  size_t n1, n2;
  char *before = slurp(f->db, &n1);
  assert_null(store_open(f->db, STORE_EXISTING, 1000, &e));
  assert_int_equal(e.code, UTIL_SYSTEM);
  assert_non_null(strstr(e.msg, "not a cadre database"));
  char *after = slurp(f->db, &n2);
  assert_int_equal(n1, n2);
  assert_memory_equal(before, after, n1);
  free(before);
  free(after);
}

static void test_not_a_database_is_refused(void **state) {
  fixture *f = *state;
  util_err e = {0};
  FILE *out = fopen(f->db, "w");
  fputs("name,born\nNguyễn Văn An,1980-01-01\n", out);
  fclose(out);
  assert_null(store_open(f->db, STORE_EXISTING, 1000, &e));
  assert_int_equal(e.code, UTIL_SYSTEM);
  assert_non_null(strstr(e.msg, "not a usable database"));
}

static void test_rollback_leaves_nothing(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = store_open(f->db, STORE_CREATE, 1000, &e);
  assert_int_equal(store_begin(st, true, &e), 0);
  assert_int_equal(store_meta_set(st, "k", "v", &e), 0);
  store_rollback(st);
  char *v = (char *)1;
  assert_int_equal(store_begin(st, false, &e), 0);
  assert_int_equal(store_meta_get(st, "k", &v, &e), 0);
  assert_null(v);
  store_rollback(st);
  store_close(st);
}

/* The ids of the members a search lists, in its order. */
typedef struct found {
  int64_t id[16];
  size_t n;
} found;

static int found_row(void *ctx, const store_member_row *r) {
  found *f = ctx;
  assert_true(f->n < UTIL_COUNT(f->id));
  f->id[f->n++] = r->id;
  return 0;
}

/* Names found in the index of their words: `key` gives n members, each
 * once, and the index agrees with the names. */
static void finds(store *st, const char *key, int n) {
  util_err e = {0};
  found f = {0};
  int64_t total = -1;
  assert_int_equal(
      store_members_search(st, key, NULL, 0, -1, found_row, &f, &total, -1, &e),
      0);
  assert_int_equal(total, n);
  assert_int_equal(f.n, n);
  util_buf report = {0};
  int bad = store_names_check(st, false, &report, &e);
  if (bad)
    fail_msg("%s: %s", key, report.data ? report.data : e.msg);
  util_buf_free(&report);
}

/* A search of `key`, skipping `skip` and listing `limit`, gives the ids
 * `expect` (terminated by 0) and the total `total`. */
static void lists(store *st, const char *key, int64_t skip, int64_t limit,
                  const int64_t *expect, int64_t total) {
  util_err e = {0};
  found f = {0};
  int64_t all = -1;
  assert_int_equal(store_members_search(st, key, NULL, skip, limit, found_row,
                                        &f, &all, -1, &e),
                   0);
  assert_int_equal(all, total);
  size_t i = 0;
  for (; expect[i]; i++) {
    if (i >= f.n)
      fail_msg("%s: %zu members listed, %lld expected next", key, f.n,
               (long long)expect[i]);
    if (f.id[i] != expect[i])
      fail_msg("%s: member %lld listed at %zu, %lld expected", key,
               (long long)f.id[i], i, (long long)expect[i]);
  }
  assert_int_equal(f.n, i);
}

/* Each member is listed once, where the text is found first in the name,
 * in the order of the name from there on, then of the words before it;
 * a page costs only its rows, and the total counts them all. */
/* A new database with the cell C1 (id 1), in a write begun. */
static store *with_cell(const char *db, util_err *e) {
  store *st = store_open(db, STORE_CREATE, 1000, e);
  assert_non_null(st);
  assert_int_equal(store_begin(st, true, e), 0);
  assert_int_equal(store_exec(st,
                              "INSERT INTO org(id, code, name, kind) VALUES "
                              "(1, 'C1', 'Chi bộ', 'cell')",
                              e),
                   0);
  return st;
}

static void test_names_search_order(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = with_cell(f->db, &e);
  char *names[] = {"Lê Thị Thi",   "Nguyễn Ngọc Ngân", "Trần Thị Thu",
                   "Bùi Thị Thu",  "Thi Văn Thịnh",    "Đỗ Thi",
                   "Lê Thị Thuận", "Ngô Thị Thu Hà"};
  for (size_t i = 0; i < UTIL_COUNT(names); i++) {
    store_member m = {.name = names[i],
                      .born = 1,
                      .cell = 1,
                      .admitted = 2,
                      .status = CORE_OFFICIAL};
    assert_int_equal(store_member_insert(st, &m, &e), 0);
    assert_int_equal(m.id, (int64_t)i + 1);
  }
  /* "thi" twice in a name, "ng" three times: once each. Whole words
   * first ("thi" alone, then followed by a word), each by the words
   * after it, then before it. */
  lists(st, "thi", 0, -1, (int64_t[]){6, 1, 4, 3, 8, 7, 5, 0}, 7);
  lists(st, "ng", 0, -1, (int64_t[]){8, 2, 0}, 2);
  lists(st, "thi thu", 0, -1, (int64_t[]){4, 3, 8, 7, 0}, 4);
  lists(st, "le thi th", 0, -1, (int64_t[]){1, 7, 0}, 2);
  lists(st, "thi van thinh", 0, -1, (int64_t[]){5, 0}, 1);
  lists(st, "van thi", 0, -1, (int64_t[]){5, 0}, 1);
  lists(st, "thu thi", 0, -1, (int64_t[]){0}, 0);
  /* Pages: the same order, cut. */
  lists(st, "thi", 2, 3, (int64_t[]){4, 3, 8, 0}, 7);
  lists(st, "thi", 6, 3, (int64_t[]){5, 0}, 7);
  lists(st, "thi", 7, 3, (int64_t[]){0}, 7);
  /* A total counted only so far: one more than `upto` says "more". */
  int64_t upto[] = {0, 3, 6, 7, 10, -1}, counted[] = {1, 4, 7, 7, 7, 7};
  for (size_t i = 0; i < UTIL_COUNT(upto); i++) {
    found some = {0};
    int64_t total = -1;
    assert_int_equal(store_members_search(st, "thi", NULL, 0, 2, found_row,
                                          &some, &total, upto[i], &e),
                     0);
    assert_int_equal(total, counted[i]);
    assert_int_equal(some.n, 2);
  }
  /* A new name, and a name changed, are found as they are now. */
  assert_int_equal(store_name_index(st, 6, "do thi", "do thuy", &e), 0);
  assert_int_equal(store_exec(st,
                              "UPDATE member SET name = 'Đỗ Thuỷ', "
                              "name_key = 'do thuy' WHERE id = 6",
                              &e),
                   0);
  lists(st, "thi", 0, -1, (int64_t[]){1, 4, 3, 8, 7, 5, 0}, 6);
  finds(st, "do thu", 1);
  assert_int_equal(store_commit(st, &e), 0);
  store_close(st);
}

static int cell_of(void *ctx, const store_member_row *r) {
  snprintf(ctx, 16, "%s", r->cell_code);
  return 0;
}

/* The cell code a search shows comes from a memo of the connection: a
 * change of the database, by another connection or by this one, is seen
 * at the next read. */
static void test_search_cell_codes(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = with_cell(f->db, &e);
  store_member m = {.name = "Hà Minh Tú",
                    .born = 1,
                    .cell = 1,
                    .admitted = 2,
                    .status = CORE_OFFICIAL};
  assert_int_equal(store_member_insert(st, &m, &e), 0);
  assert_int_equal(store_commit(st, &e), 0);
  const char *change[] = {NULL, "UPDATE org SET code = 'C2'",
                          "UPDATE org SET code = 'C3'"};
  const char *seen[] = {"C1", "C2", "C3"};
  store *other = store_open(f->db, STORE_EXISTING, 1000, &e);
  assert_non_null(other);
  for (size_t i = 0; i < UTIL_COUNT(change); i++) {
    if (i == 1) /* another connection */
      assert_int_equal(store_exec(other, change[i], &e), 0);
    if (i == 2) { /* this one, in a write */
      assert_int_equal(store_begin(st, true, &e), 0);
      assert_int_equal(store_exec(st, change[i], &e), 0);
      assert_int_equal(store_commit(st, &e), 0);
    }
    for (int twice = 0; twice < 2; twice++) {
      char cell[16] = "";
      assert_int_equal(store_begin(st, false, &e), 0);
      assert_int_equal(store_members_search(st, "ha minh", NULL, 0, -1, cell_of,
                                            cell, NULL, -1, &e),
                       0);
      assert_int_equal(store_commit(st, &e), 0);
      assert_string_equal(cell, seen[i]);
    }
  }
  store_close(other);
  store_close(st);
}

static void test_names_indexed_in_bulk(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = with_cell(f->db, &e);
  store_member m = {.name = "Nguyễn Văn An",
                    .born = 1,
                    .cell = 1,
                    .admitted = 2,
                    .status = CORE_OFFICIAL};
  assert_int_equal(store_member_insert(st, &m, &e), 0);
  m = (store_member){.id = 10,
                     .name = "Nguyễn Văn Anh",
                     .born = 1,
                     .cell = 1,
                     .admitted = 2,
                     .status = CORE_OFFICIAL};
  assert_int_equal(store_member_insert(st, &m, &e), 0);
  finds(st, "nguyen van an", 2);
  /* In bulk: indexed at the end, in one statement. */
  assert_int_equal(store_names_defer(st, &e), 0);
  m = (store_member){.name = "Lê Văn An",
                     .born = 1,
                     .cell = 1,
                     .admitted = 2,
                     .status = CORE_OFFICIAL};
  assert_int_equal(store_member_insert(st, &m, &e), 0);
  assert_int_equal(m.id, 11);
  assert_int_equal(store_names_flush(st, true, &e), 0);
  finds(st, "van an", 3);
  /* One with an id of its own below the greatest: the whole index again. */
  assert_int_equal(store_names_defer(st, &e), 0);
  m = (store_member){.id = 5,
                     .name = "Trần An",
                     .born = 1,
                     .cell = 1,
                     .admitted = 2,
                     .status = CORE_OFFICIAL};
  assert_int_equal(store_member_insert(st, &m, &e), 0);
  assert_int_equal(store_names_flush(st, true, &e), 0);
  finds(st, "an", 4);
  assert_int_equal(store_commit(st, &e), 0);
  /* A bulk write rolled back indexes nothing. */
  assert_int_equal(store_begin(st, true, &e), 0);
  assert_int_equal(store_names_defer(st, &e), 0);
  m = (store_member){.name = "Phạm An",
                     .born = 1,
                     .cell = 1,
                     .admitted = 2,
                     .status = CORE_OFFICIAL};
  assert_int_equal(store_member_insert(st, &m, &e), 0);
  assert_int_equal(store_names_flush(st, false, &e), 0);
  store_rollback(st);
  assert_int_equal(store_begin(st, false, &e), 0);
  finds(st, "pham", 0);
  finds(st, "an", 4);
  store_rollback(st);
  store_close(st);
}

/* ---- two processes
 * ------------------------------------------------------------ */

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Runs the cadre binary with a busy timeout while another connection holds
 * the write lock for `hold_ms`; returns its exit status. */
static int writer_while_locked(const fixture *f, const char *busy_ms,
                               int hold_ms, double *waited) {
  const char *bin = getenv("CADRE_BIN");
  assert_non_null(bin);
  sqlite3 *db;
  assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
  assert_int_equal(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL),
                   SQLITE_OK);
  char dbenv[400], busy[64];
  snprintf(dbenv, sizeof dbenv, "CADRE_DB=%s", f->db);
  snprintf(busy, sizeof busy, "CADRE_BUSY_TIMEOUT=%s", busy_ms);
  char *path = strdup(bin);
  char *const argv[] = {path,      "org",    "add",        "HT", "--name",
                        "Tỉnh ủy", "--kind", "provincial", NULL};
  char *const envp[] = {dbenv, busy, "CADRE_TODAY=2026-01-01",
                        "CADRE_USER=test", NULL};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  double start = now();
  assert_int_equal(posix_spawn(&pid, path, &fa, NULL, argv, envp), 0);
  struct timespec hold = {hold_ms / 1000, (long)(hold_ms % 1000) * 1000000};
  nanosleep(&hold, NULL);
  assert_int_equal(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
  int status;
  waitpid(pid, &status, 0);
  *waited = now() - start;
  posix_spawn_file_actions_destroy(&fa);
  sqlite3_close(db);
  free(path);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static void test_second_writer_waits(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store_close(store_open(f->db, STORE_CREATE, 1000, &e));
  double waited;
  int rc = writer_while_locked(f, "10000", 800, &waited);
  assert_int_equal(rc, 0);
  /* It could only finish after the lock was released. */
  assert_true(waited >= 0.75);
  assert_int_equal(raw_int(f->db, "SELECT count(*) FROM org WHERE code = 'HT'"),
                   1);
}

static void test_writer_gives_up_after_its_timeout(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store_close(store_open(f->db, STORE_CREATE, 1000, &e));
  double waited;
  int rc = writer_while_locked(f, "100", 1000, &waited);
  assert_int_equal(rc, UTIL_SYSTEM);
  assert_int_equal(raw_int(f->db, "SELECT count(*) FROM org"), 0);
}

/* ---- tallies and registration
 * ------------------------------------------------------ */

static void test_tally_sums_years_and_days(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = store_open(f->db, STORE_CREATE, 1000, &e);
  assert_int_equal(store_begin(st, true, &e), 0);
  struct {
    int y, m, d, n;
  } adds[] = {{1990, 5, 1, 3},
              {2023, 2, 1, 5},
              {2024, 1, 1, 7},
              {2024, 6, 30, -2},
              {2024, 12, 31, 11}};
  uint32_t key = CORE_KEY(CORE_D_STATUS, CORE_OFFICIAL);
  for (size_t i = 0; i < UTIL_COUNT(adds); i++) {
    core_tally t = {0};
    core_tally_add(&t, key, adds[i].n);
    util_day day = util_day_from_civil(adds[i].y, adds[i].m, adds[i].d);
    assert_int_equal(store_tally_add_day(st, 7, day, &t, &e), 0);
    assert_int_equal(store_tally_add_year(st, 7, adds[i].y, &t, &e), 0);
    core_tally_free(&t);
  }
  struct {
    int y, m, d;
    int64_t expect;
  } sums[] = {{1989, 12, 31, 0},  {1990, 5, 1, 3},    {2023, 12, 31, 8},
              {2024, 1, 1, 15},   {2024, 6, 29, 15},  {2024, 6, 30, 13},
              {2024, 12, 30, 13}, {2024, 12, 31, 24}, {2030, 1, 1, 24}};
  for (size_t i = 0; i < UTIL_COUNT(sums); i++) {
    core_tally acc = {0};
    util_day day = util_day_from_civil(sums[i].y, sums[i].m, sums[i].d);
    assert_int_equal(store_tally_sum(st, 7, day, &acc, &e), 0);
    assert_int_equal(core_tally_get(&acc, key), sums[i].expect);
    core_tally_free(&acc);
  }
  /* The changes of a period: whole years from their year rows. */
  struct {
    int y1, m1, d1, y2, m2, d2;
    int64_t expect;
  } spans[] = {{2024, 1, 1, 2024, 12, 31, 16}, {2024, 1, 2, 2024, 12, 31, 9},
               {2024, 1, 1, 2024, 12, 30, 5},  {2023, 2, 1, 2024, 1, 1, 12},
               {1990, 5, 2, 2024, 6, 29, 12},  {1985, 1, 1, 2030, 12, 31, 24},
               {2024, 7, 1, 2024, 6, 30, 0}};
  for (size_t i = 0; i < UTIL_COUNT(spans); i++) {
    core_tally acc = {0};
    util_day from = util_day_from_civil(spans[i].y1, spans[i].m1, spans[i].d1);
    util_day to = util_day_from_civil(spans[i].y2, spans[i].m2, spans[i].d2);
    assert_int_equal(store_tally_sum_between(st, 7, from, to, &acc, &e), 0);
    assert_int_equal(core_tally_get(&acc, key), spans[i].expect);
    core_tally_free(&acc);
  }
  /* A whole year is its year row, not its days: one row read, however
   * many days changed (a year row that disagrees with its days shows
   * which was read). */
  core_tally odd = {0};
  core_tally_add(&odd, key, 100);
  assert_int_equal(store_tally_add_year(st, 7, 2024, &odd, &e), 0);
  core_tally_free(&odd);
  core_tally acc = {0};
  assert_int_equal(
      store_tally_sum_between(st, 7, util_day_from_civil(2024, 1, 1),
                              util_day_from_civil(2024, 12, 31), &acc, &e),
      0);
  assert_int_equal(core_tally_get(&acc, key), 116);
  assert_int_equal(
      store_tally_sum(st, 7, util_day_from_civil(2024, 12, 31), &acc, &e), 0);
  assert_int_equal(core_tally_get(&acc, key), 116 + 124);
  core_tally_free(&acc);
  core_tally_add(&odd, key, -100);
  assert_int_equal(store_tally_add_year(st, 7, 2024, &odd, &e), 0);
  core_tally_free(&odd);
  /* A tally that comes back to nothing leaves no row behind. */
  core_tally t = {0};
  core_tally_add(&t, key, -3);
  assert_int_equal(
      store_tally_add_day(st, 7, util_day_from_civil(1990, 5, 1), &t, &e), 0);
  core_tally_free(&t);
  store_commit(st, &e);
  store_close(st);
  assert_int_equal(
      raw_int(f->db, "SELECT count(*) FROM tally_day WHERE day = '1990-05-01'"),
      0);
}

static void test_membership_stretches(void **state) {
  fixture *f = *state;
  util_err e = {0};
  store *st = store_open(f->db, STORE_CREATE, 1000, &e);
  assert_int_equal(store_begin(st, true, &e), 0);
  util_day a = util_day_from_civil(2020, 3, 1);
  util_day t1 = util_day_from_civil(2020, 9, 1);
  /* Admitted in cell 5, transferred to 6, recognised after the transfer
   * (effective 2021-03-01, inside the stretch in cell 6). */
  core_event evs[] = {
      {.kind = CORE_EV_ADMITTED, .date = a, .cell = 5},
      {.kind = CORE_EV_TRANSFERRED, .date = t1, .cell = 6},
      {.kind = CORE_EV_RECOGNIZED, .date = util_day_from_civil(2021, 4, 1)},
  };
  core_timeline t;
  assert_int_equal(core_replay(evs, 3, &t, &e), 0);
  core_stretch *r;
  size_t nr;
  core_registration(&t, evs, 3, &r, &nr);
  assert_int_equal(store_membership_set(st, 1, r, nr, true, &e), 0);
  core_timeline_free(&t);
  /* What is written reads back the same. */
  core_stretch *back;
  size_t nback;
  assert_int_equal(store_membership_of(st, 1, &back, &nback, &e), 0);
  assert_int_equal(nback, nr);
  for (size_t i = 0; i < nr; i++) {
    assert_int_equal(core_stretch_cmp(&back[i], &r[i]), 0);
    assert_int_equal(back[i].official, r[i].official);
  }
  free(back);
  free(r);
  int64_t cell;
  enum core_status s;
  struct {
    util_day day;
    int64_t cell;
    enum core_status status;
  } at[] = {{a - 1, 0, CORE_NOT_MEMBER},
            {a, 5, CORE_PROBATIONARY},
            {t1 - 1, 5, CORE_PROBATIONARY},
            {t1, 6, CORE_PROBATIONARY},
            {util_day_from_civil(2021, 2, 28), 6, CORE_PROBATIONARY},
            {util_day_from_civil(2021, 3, 1), 6, CORE_OFFICIAL},
            {util_day_from_civil(2030, 1, 1), 6, CORE_OFFICIAL}};
  for (size_t i = 0; i < UTIL_COUNT(at); i++) {
    assert_int_equal(store_membership_at(st, 1, at[i].day, &cell, &s, &e), 0);
    assert_int_equal(cell, at[i].cell);
    assert_int_equal(s, at[i].status);
  }
  store_rollback(st);
  store_close(st);
}

/* ---- the statement cache
 * ------------------------------------------------------------ */

/* More statements than the cache's first 256 slots (cadre used 107 when it
 * could fill up): every one is prepared, kept, and found again. */
static void test_statement_cache_cannot_fill(void **state) {
  fixture *f = *state;
  util_err e = {0};
  enum { N = 3 * STORE_STMT_SLOTS };
  static char sql[N][32]; /* the cache keys on these addresses */
  sqlite3_stmt *first[N];
  store *st = store_open(f->db, STORE_CREATE, 1000, &e);
  assert_non_null(st);
  size_t before = store_stmt_count(st);
  for (int i = 0; i < N; i++) {
    snprintf(sql[i], sizeof sql[i], "SELECT %d", i);
    first[i] = store_stmt(st, sql[i], &e);
    assert_non_null(first[i]);
  }
  assert_int_equal(store_stmt_count(st), before + N);
  for (int i = 0; i < N; i++) {
    sqlite3_stmt *s = store_stmt(st, sql[i], &e);
    assert_ptr_equal(s, first[i]);
    assert_int_equal(sqlite3_step(s), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(s, 0), i);
  }
  assert_int_equal(store_stmt_count(st), before + N);
  store_close(st);
}

/* A file without tables becomes a database only by STORE_CREATE (init). */
static void test_empty_file_is_not_made_a_database(void **state) {
  fixture *f = *state;
  util_err e = {0};
  fclose(fopen(f->db, "w"));
  assert_null(store_open(f->db, STORE_EXISTING, 1000, &e));
  assert_non_null(strstr(e.msg, "holds no cadre database"));
  assert_null(store_open(f->db, STORE_READ, 1000, &e));
  assert_non_null(strstr(e.msg, "holds no cadre database"));
  struct stat sb;
  assert_int_equal(stat(f->db, &sb), 0);
  assert_int_equal(sb.st_size, 0);
  store *st = store_open(f->db, STORE_CREATE, 1000, &e);
  assert_non_null(st);
  store_close(st);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_create_marks_the_file, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_older_schema_is_migrated, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_missing_file_is_refused, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_newer_schema_is_left_untouched,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(test_other_applications_file_is_refused,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(test_not_a_database_is_refused, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_statement_cache_cannot_fill, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_empty_file_is_not_made_a_database,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(test_rollback_leaves_nothing, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_second_writer_waits, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_writer_gives_up_after_its_timeout,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(test_names_search_order, setup, teardown),
      cmocka_unit_test_setup_teardown(test_search_cell_codes, setup, teardown),
      cmocka_unit_test_setup_teardown(test_tally_sums_years_and_days, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_names_indexed_in_bulk, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_membership_stretches, setup,
                                      teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
