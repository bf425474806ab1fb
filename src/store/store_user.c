/*
 * store_user.c — the users of the web application (migration 006): login
 * name, role, scope, password hash, and whether they may still log in.
 */
#include "store/store_int.h"

#include <stdlib.h>

int store_user_add(store *st, const char *name, const char *role, int64_t scope,
                   const char *password, const char *lang, const char *by,
                   int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO user(name, role, scope_id, password, created_at, "
      "created_by, password_at, lang) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?7)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, role, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, scope);
  sqlite3_bind_text(s, 4, password, -1, SQLITE_STATIC);
  store_bind_recorded(s, 5, by);
  sqlite3_bind_text(s, 7, lang, -1, SQLITE_STATIC); /* NULL binds NULL */
  return store_step_insert(st, s, id, e);
}

#define USER_COLUMNS                                                           \
  "u.id, u.name, u.role, u.scope_id, o.code, u.password, u.created_at, "       \
  "u.created_by, u.password_at, u.disabled_at, u.disabled_by, u.lang "         \
  "FROM user u JOIN org o ON o.id = u.scope_id"

static void read_user(sqlite3_stmt *s, store_user *u) {
  *u = (store_user){.id = sqlite3_column_int64(s, 0),
                    .name = store_col_dup(s, 1),
                    .role = store_col_dup(s, 2),
                    .scope = sqlite3_column_int64(s, 3),
                    .scope_code = store_col_dup(s, 4),
                    .password = store_col_dup(s, 5),
                    .created_at = store_col_dup(s, 6),
                    .created_by = store_col_dup(s, 7),
                    .password_at = store_col_dup(s, 8),
                    .disabled_at = store_col_dup(s, 9),
                    .disabled_by = store_col_dup(s, 10),
                    .lang = store_col_dup(s, 11)};
}

void store_user_clear(store_user *u) {
  free(u->name);
  free(u->role);
  free(u->scope_code);
  free(u->password);
  free(u->created_at);
  free(u->created_by);
  free(u->password_at);
  free(u->disabled_at);
  free(u->disabled_by);
  free(u->lang);
  *u = (store_user){0};
}

int store_user_get(store *st, const char *name, store_user *u, util_err *e) {
  static const char sql[] = "SELECT " USER_COLUMNS " WHERE u.name = ?1";
  *u = (store_user){0};
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    read_user(s, u);
  sqlite3_reset(s);
  if (rc == SQLITE_DONE)
    return 1;
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

typedef struct user_fn_ctx {
  int (*fn)(void *ctx, const store_user *u);
  void *ctx;
} user_fn_ctx;

static int user_row(void *ctx, sqlite3_stmt *s) {
  user_fn_ctx *r = ctx;
  store_user u;
  read_user(s, &u);
  int rc = r->fn(r->ctx, &u);
  store_user_clear(&u);
  return rc;
}

int store_users(store *st, int64_t within,
                int (*fn)(void *ctx, const store_user *u), void *ctx,
                util_err *e) {
  static const char sql[] =
      "SELECT " USER_COLUMNS
      " WHERE " STORE_WITHIN("u.scope_id", "?1") " ORDER BY u.name, u.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, within);
  user_fn_ctx r = {fn, ctx};
  return store_each(st, s, user_row, &r, e);
}

int store_user_password(store *st, int64_t id, const char *password,
                        util_err *e) {
  static const char sql[] = "UPDATE user SET password = ?2, password_at = ?3 "
                            "WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  sqlite3_bind_text(s, 2, password, -1, SQLITE_STATIC);
  char now[21];
  store_now(now);
  sqlite3_bind_text(s, 3, now, -1, SQLITE_TRANSIENT);
  return store_step_done(st, s, e);
}

int store_user_disable(store *st, int64_t id, const char *by, util_err *e) {
  static const char sql[] = "UPDATE user SET disabled_at = ?2, "
                            "disabled_by = ?3 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_recorded(s, 2, by);
  return store_step_done(st, s, e);
}

int store_user_lang(store *st, int64_t id, const char *lang, util_err *e) {
  static const char sql[] = "UPDATE user SET lang = ?2 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  sqlite3_bind_text(s, 2, lang, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}
