/*
 * test_user.c — logins of the web application's users (app/user.c): the
 * right password of an enabled user lets them in; a wrong password, an
 * unknown name and a disabled user are refused with one and the same
 * message, so that a guess learns nothing.
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

static const char denied[] = "login: the name or the password is wrong";

static void must(int rc, const util_err *e) {
  if (rc)
    fail_msg("%s", e->msg);
}

static void test_login(void **state) {
  (void)state;
  char dir[] = "/tmp/cadre-user-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[64];
  snprintf(path, sizeof path, "%s/u.db", dir);
  app a = {.user = "test",
           .role = APP_ADMIN,
           .today = util_day_from_civil(2026, 6, 30)};
  util_err e = {0};
  must(app_open(&a, path, STORE_CREATE, &e), &e);
  app_org_in org = {.code = "HT",
                    .name = "Tỉnh ủy",
                    .kind = "provincial",
                    .founded = "2000-01-01"};
  must(app_org_add(&a, &org, NULL, &e), &e);
  app_user_in in = {.name = "an.nv",
                    .role = "editor",
                    .scope = "HT",
                    .password = "mật khẩu đủ dài"};
  int64_t id;
  must(app_user_add(&a, &in, &id, &e), &e);

  store_user u;
  /* The name is compared without regard to case. */
  must(app_user_login(&a, "AN.NV", "mật khẩu đủ dài", &u, &e), &e);
  assert_int_equal(u.id, id);
  assert_string_equal(u.role, "editor");
  assert_string_equal(u.scope_code, "HT");
  store_user_clear(&u);

  const char *wrong[][2] = {{"an.nv", "mật khẩu đủ dài!"},
                            {"an.nv", "mat khau du dai"},
                            {"nobody", "mật khẩu đủ dài"},
                            {"an.nv", ""}};
  for (size_t i = 0; i < sizeof wrong / sizeof *wrong; i++) {
    e = (util_err){0};
    assert_int_equal(app_user_login(&a, wrong[i][0], wrong[i][1], &u, &e), -1);
    assert_int_equal(e.code, UTIL_REFUSED);
    assert_string_equal(e.msg, denied);
    assert_null(u.name);
  }

  must(app_user_disable(&a, "an.nv", &e), &e);
  e = (util_err){0};
  assert_int_equal(app_user_login(&a, "an.nv", "mật khẩu đủ dài", &u, &e), -1);
  assert_string_equal(e.msg, denied);

  app_close(&a);
  unlink(path);
  char wal[80];
  snprintf(wal, sizeof wal, "%s-wal", path);
  unlink(wal);
  snprintf(wal, sizeof wal, "%s-shm", path);
  unlink(wal);
  rmdir(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_login)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
