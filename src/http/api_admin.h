/*
 * api_admin.h — the administrators' handlers of api_admin.c (accounts,
 * the audit trail) and the fields they take, for the routing table of
 * api.c.
 */
#ifndef CADRE_HTTP_API_ADMIN_H
#define CADRE_HTTP_API_ADMIN_H

#include "http/api_records.h"

int http_users(http_req *r, util_err *e);
int http_user_add(http_req *r, util_err *e);
int http_user_disable(http_req *r, util_err *e);
int http_user_passwd(http_req *r, util_err *e);
int http_audit(http_req *r, util_err *e);

extern const http_field http_users_query[], http_user_add_body[],
    http_user_passwd_body[], http_audit_query[];

#endif
