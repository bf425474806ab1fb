/*
 * api_admin.h — the handlers of api_admin.c (accounts, the audit trail,
 * members from the registers, badges, lists of events, exports) and the
 * fields
 * they take, for the routing table of api.c.
 */
#ifndef CADRE_HTTP_API_ADMIN_H
#define CADRE_HTTP_API_ADMIN_H

#include "http/api_records.h"

int http_users(http_req *r, util_err *e);
int http_user_add(http_req *r, util_err *e);
int http_user_disable(http_req *r, util_err *e);
int http_user_passwd(http_req *r, util_err *e);
int http_user_set(http_req *r, util_err *e);
int http_audit(http_req *r, util_err *e);
int http_member_add(http_req *r, util_err *e);
int http_badges(http_req *r, util_err *e);
int http_member_events(http_req *r, util_err *e);
int http_org_events(http_req *r, util_err *e);
int http_export_orgs(http_req *r, util_err *e);
int http_export_members(http_req *r, util_err *e);
int http_export_events(http_req *r, util_err *e);

extern const http_field http_users_query[], http_user_add_body[],
    http_user_passwd_body[], http_user_set_body[], http_audit_query[],
    http_member_add_body[], http_badges_query[], http_events_query[],
    http_export_query[];

#endif
