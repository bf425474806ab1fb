/*
 * upgrade.c — what a new schema asks of the data already there: derived
 * figures that earlier versions did not keep are derived again, once, in
 * one transaction, by the first cadre that opens the database for writing.
 * A migration asks for it with the meta key `rederive`. The sort keys of
 * names are made again when ICU's collation changed (resort).
 */
#include "app/app_int.h"

#include <stdlib.h>

typedef struct targets {
  app *a;
  util_err *e;
} targets;

static int target(void *ctx, const char *source, enum core_oversight kind,
                  int64_t org, int64_t member) {
  targets *t = ctx;
  return app_target_replace(t->a, source, kind, org, member, t->e);
}

/* The sort keys of names made again when the ICU cadre links collates
 * Vietnamese otherwise than the one that made them (store_sort.c). A
 * file cadre may not write is read with the keys it has: the order of a
 * few names may differ from the new ICU's until a writer opens it. */
static int resort(app *a, util_err *e) {
  bool stale;
  if (store_sort_stale(a->st, &stale, e))
    return -1;
  if (!stale || store_is_read_only(a->st))
    return 0;
  if (store_begin(a->st, true, e))
    return -1;
  int rc = store_sort_refresh(a->st, e);
  if (rc == 0)
    rc = store_commit(a->st, e);
  if (rc)
    store_rollback(a->st);
  return rc;
}

int app_upgrade(app *a, util_err *e) {
  char *pending = NULL;
  if (resort(a, e) || store_meta_get(a->st, "rederive", &pending, e))
    return -1;
  if (!pending)
    return 0;
  free(pending);
  if (store_is_read_only(a->st))
    return util_fail(e, UTIL_SYSTEM,
                     "the database's figures must be derived again after "
                     "the upgrade of its schema, which needs a database and "
                     "a directory cadre may write; nothing was changed");
  if (store_begin(a->st, true, e))
    return -1;
  targets t = {a, e};
  int rc = store_oversight_targets(a->st, target, &t, e) < 0 ? -1 : 0;
  if (rc == 0)
    rc = report_rebuild_tallies(a->st, e);
  if (rc == 0)
    rc = store_meta_delete(a->st, "rederive", e);
  if (rc == 0)
    rc = store_commit(a->st, e);
  if (rc)
    store_rollback(a->st);
  return rc;
}
