/*
 * app_int.h — what the app's own files share. Not for other layers.
 */
#ifndef CADRE_APP_INT_H
#define CADRE_APP_INT_H

#include "app/app.h"

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
