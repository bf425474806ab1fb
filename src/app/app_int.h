/*
 * app_int.h — what the app's own files share. Not for other layers.
 */
#ifndef CADRE_APP_INT_H
#define CADRE_APP_INT_H

#include "app/app.h"
#include "util/map.h"

/* What the actions of one import share. */
typedef struct app_batch {
  report_ledger *ledger;
  util_map cells; /* hash of a cell's code -> index in cell */
  struct app_cell {
    char *code;
    store_org org;
    store_path *paths;
    size_t npaths;
  } * cell;
  size_t ncell;
  util_map terms; /* hash of "dim:value" -> index in term */
  struct app_term {
    char *key;
    uint32_t id;
  } * term;
  size_t nterm;
} app_batch;

app_batch *app_batch_new(app *a);
void app_batch_free(app_batch *b);
/* Forgets what an import read of the tree: call after changing it. */
void app_batch_forget_tree(app *a);

/* Fills *cell (cleared by the caller, also on failure) with the cell of
 * that code, refusing one that cannot hold members on `day`: not a cell,
 * ended, or not yet founded. Within an import, each code is read once. */
int app_cell(app *a, const char *field, const char *code, util_day day,
             store_org *cell, util_err *e);
/* The number of a text value of a dimension (read once per import). */
int app_term(app *a, const char *dim, const char *value, uint32_t *id,
             util_err *e);

/* Whether `org` is `root` or below it at some time in [from, to). */
int app_below(app *a, int64_t org, int64_t root, util_day from, util_day to,
              bool *below, util_err *e);

/* Places a record's point — what it adds to the figures — at `org` on
 * `day`, keeping the tallies in step: what the record contributed before
 * is taken back first. With t NULL, removes the point. */
int app_point(app *a, const char *source, int64_t id, int64_t org, util_day day,
              const core_tally *t, util_err *e);
/* Where a record about a member counts: the cell the member was
 * registered in on `day`, or last before it. Refuses one who had not been
 * admitted by then. */
int app_member_place(app *a, const store_member *m, util_day day, int64_t *cell,
                     util_err *e);
/* Where a record about an organisation counts: its superior on `day`, so
 * that it counts for those above it and not for itself; a root counts for
 * itself. Refuses a day the organisation did not exist. */
int app_org_place(app *a, const store_org *o, util_day day, int64_t *place,
                  util_err *e);

/* Cleans a free text kept with a record (a decision number, a reason):
 * like app_text, not required, up to 500 characters. */
int app_note(const char *field, const char *text, char **out, util_err *e);

/* Begins an action: a write transaction, unless inside an import (which
 * has its own). */
int app_begin(app *a, util_err *e);
/* Ends an action begun with app_begin: commits when rc is 0, else rolls
 * back. Returns rc, or -1 when the commit failed. */
int app_end(app *a, int rc, util_err *e);
/* The ledger for an action: the import's, or a new one to flush and free
 * with app_ledger_done. */
report_ledger *app_ledger(app *a);
int app_ledger_done(app *a, report_ledger *l, int rc, util_err *e);
/* Writes the audit trail for an action (not during imports, which write
 * one line for the whole file). */
int app_audit(app *a, const char *action, util_err *e, const char *fmt, ...)
    UTIL_PRINTF(4, 5);

#endif
