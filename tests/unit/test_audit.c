/*
 * test_audit.c — the audit trail as the web application's actors meet it
 * (app/audit.c, store/store_audit.c): the origin a change came from is
 * kept with it, only administrators read the trail, and an administrator
 * of a branch reads the entries about their branch only; rows written after
 * a transaction's last entry are kept under it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"

static void must(int rc, const util_err *e) {
  if (rc)
    fail_msg("%s", e->msg);
}

/* The actions and origins of the entries read, as "action@origin@org;". */
static int collect(void *ctx, const store_audit_row *r) {
  util_buf *b = ctx;
  util_buf_printf(b, "%s@%s@%s;", r->action, r->origin ? r->origin : "-",
                  r->org_code ? r->org_code : "-");
  return 0;
}

static char *listed(app *a, const app_audit_query *q) {
  util_buf b = {0};
  util_err e = {0};
  must(app_audit_list(a, q, collect, &b, &e), &e);
  char *s = util_xstrdup(b.data ? b.data : "");
  util_buf_free(&b);
  return s;
}

/* A fresh register in a directory of its own (mkdtemp's template). */
typedef struct scratch {
  char dir[32], path[64];
} scratch;

static void scratch_open(scratch *t, app *a, util_err *e) {
  snprintf(t->dir, sizeof t->dir, "/tmp/cadre-audit-XXXXXX");
  assert_non_null(mkdtemp(t->dir));
  snprintf(t->path, sizeof t->path, "%s/a.db", t->dir);
  must(app_open(a, t->path, STORE_CREATE, e), e);
}

static void scratch_close(scratch *t, app *a) {
  app_close(a);
  char f[96];
  const char *const tails[] = {"", "-wal", "-shm"};
  for (size_t i = 0; i < 3; i++) {
    snprintf(f, sizeof f, "%s%s", t->path, tails[i]);
    unlink(f);
  }
  rmdir(t->dir);
}

static void test_actors(void **state) {
  (void)state;
  scratch t;
  app a = {.user = "admin",
           .role = APP_ADMIN,
           .origin = "cli",
           .today = util_day_from_civil(2026, 6, 30)};
  util_err e = {0};
  scratch_open(&t, &a, &e);
  app_org_in orgs[] = {
      {.code = "P",
       .name = "Tỉnh",
       .kind = "provincial",
       .founded = "2000-01-01"},
      {.code = "K1",
       .name = "Khối 1",
       .kind = "committee",
       .parent = "P",
       .founded = "2000-01-01"},
      {.code = "K2",
       .name = "Khối 2",
       .kind = "committee",
       .parent = "P",
       .founded = "2000-01-01"},
  };
  int64_t k1 = 0;
  for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++)
    must(app_org_add(&a, &orgs[i], i == 1 ? &k1 : NULL, &e), &e);
  /* A change from the web: its client's address is its origin. */
  a.origin = "203.0.113.7";
  app_org_in cell = {.code = "C1",
                     .name = "Chi bộ",
                     .kind = "grassroots_cell",
                     .parent = "K1",
                     .founded = "2001-01-01"};
  must(app_org_add(&a, &cell, NULL, &e), &e);
  app_org_in other = {.code = "C2",
                      .name = "Chi bộ",
                      .kind = "grassroots_cell",
                      .parent = "K2",
                      .founded = "2001-01-01"};
  must(app_org_add(&a, &other, NULL, &e), &e);

  app_audit_query all = {0};
  char *s = listed(&a, &all);
  assert_string_equal(s, "org add@cli@-;org add@cli@P;org add@cli@P;"
                         "org add@203.0.113.7@K1;org add@203.0.113.7@K2;");
  free(s);

  /* An administrator of K1 reads the entries about K1 and below. */
  a.scope = k1;
  s = listed(&a, &all);
  assert_string_equal(s, "org add@203.0.113.7@K1;");
  free(s);
  /* ... and K2 is unknown to them. */
  app_audit_query k2 = {.under = "K2"};
  e = (util_err){0};
  assert_int_equal(app_audit_list(&a, &k2, collect, NULL, &e), -1);
  assert_int_equal(e.kind, UTIL_NOT_FOUND);
  assert_string_equal(e.msg, "under: K2: no organisation has this code");

  /* An editor reads no audit. */
  a.scope = 0;
  a.role = APP_EDITOR;
  e = (util_err){0};
  assert_int_equal(app_audit_list(&a, &all, collect, NULL, &e), -1);
  assert_int_equal(e.kind, UTIL_FORBIDDEN);

  scratch_close(&t, &a);
}

/* The tables of the rows an entry holds, as "table op;". */
static int tables(void *ctx, const store_audit_row *r) {
  util_buf *b = ctx;
  util_buf_printf(b, "%s:", r->action);
  for (size_t i = 0; i < r->nchanges; i++)
    util_buf_printf(b, "%s %s;", r->changes[i].table, r->changes[i].op);
  return 0;
}

/* Rows written after the last entry of a transaction are that entry's. */
static void test_after_the_entry(void **state) {
  (void)state;
  scratch t;
  app a = {.user = "admin",
           .role = APP_ADMIN,
           .today = util_day_from_civil(2026, 6, 30)};
  util_err e = {0};
  scratch_open(&t, &a, &e);
  app_org_in p = {.code = "P",
                  .name = "Tỉnh",
                  .kind = "provincial",
                  .founded = "2000-01-01"};
  int64_t org, id;
  must(app_org_add(&a, &p, &org, &e), &e);
  store_audit_entry entry = {"admin", "cli", "test", "a user", org};
  must(store_begin(a.st, true, &e) || store_audit_capture(a.st, &e) ||
           store_audit(a.st, &entry, &e) ||
           store_user_add(a.st, "an", "viewer", org, "$argon2id$x", NULL,
                          "admin", &id, &e) ||
           store_commit(a.st, &e),
       &e);
  util_buf b = {0};
  store_audit_query q = {.user = "admin"};
  must(store_begin(a.st, false, &e) ||
           store_audit_rows(a.st, &q, tables, &b, &e),
       &e);
  store_rollback(a.st);
  assert_string_equal(b.data, "org add:org insert;org_name insert;"
                              "org_event insert;test:user insert;");
  util_buf_free(&b);
  scratch_close(&t, &a);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_actors),
                                     cmocka_unit_test(test_after_the_entry)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
