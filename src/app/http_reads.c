/*
 * http_reads.c — what the server needs of app beyond what the command line
 * does: front ends call nothing below app/ (tests/layering.sh).
 */
#include "app/app_int.h"

void app_user_clear(store_user *u) {
  store_user_clear(u);
}

int app_user_current(app *a, const char *name, store_user *u, util_err *e) {
  if (app_read_begin(a, e))
    return -1;
  int rc = store_user_get(a->st, name, u, e);
  app_read_end(a);
  if (rc == 0 && u->disabled_at) {
    store_user_clear(u);
    rc = 1;
  }
  return rc;
}

int app_read_cache(app *a, int mb, util_err *e) {
  return store_cache(a->st, mb, e);
}
