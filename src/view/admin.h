/*
 * admin.h — what the administrators' commands show, built once for the
 * command line (`user list`, `audit --format json`) and the API
 * (/api/v1/users, /api/v1/audit), so that both answer alike.
 */
#ifndef CADRE_VIEW_ADMIN_H
#define CADRE_VIEW_ADMIN_H

#include "view/view.h"

/* The columns of `user list` and the cells of an account (never its
 * password's hash). */
#define VIEW_USER_NCOLS 6
extern const char *const view_user_cols[VIEW_USER_NCOLS];
void view_user_cells(const store_user *u, const char *cells[VIEW_USER_NCOLS]);
/* An account as a JSON object of those columns. */
json_t *view_user_json(const store_user *u);

/* An entry of the audit trail with the rows it wrote and their values
 * before and after (`audit --format json`). */
json_t *view_audit_json(const store_audit_row *r);

#endif
