/*
 * store_fold.c — the folded keys of text as SQL functions, so that a
 * migration can fill a key column for the rows already there: SQL itself
 * folds ASCII letters only, and the keys must be the bytes the C code
 * computes for new rows (util_text_fold, util_text_casefold).
 */
#include "store/store_int.h"

#include <stdlib.h>

static void fold_sql(sqlite3_context *cx, sqlite3_value *v,
                     char *(*fold)(const char *)) {
  const unsigned char *in = sqlite3_value_text(v);
  if (!in)
    sqlite3_result_null(cx);
  else
    sqlite3_result_text(cx, fold((const char *)in), -1, free);
}

static void name_key_sql(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  (void)argc;
  fold_sql(cx, argv[0], util_text_fold);
}

static void casefold_sql(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  (void)argc;
  fold_sql(cx, argv[0], util_text_casefold);
}

int store_fold_functions(sqlite3 *db) {
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
  int rc = sqlite3_create_function_v2(db, "cadre_name_key", 1, flags, NULL,
                                      name_key_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2(db, "cadre_casefold", 1, flags, NULL,
                                    casefold_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2(db, "cadre_name_shared", 2, flags, NULL,
                                    store_name_shared_sql, NULL, NULL, NULL);
  return rc;
}
