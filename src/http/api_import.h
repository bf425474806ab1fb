/*
 * api_import.h — the handlers of the uploads (imports of CSV, a rubric's
 * load) and of the rubric's choice and the database's check
 * (api_import.c), for the routing table of api.c.
 */
#ifndef CADRE_HTTP_API_IMPORT_H
#define CADRE_HTTP_API_IMPORT_H

#include "http/http_int.h"

int http_import_orgs(http_req *r, util_err *e);
int http_import_members(http_req *r, util_err *e);
int http_import_meetings(http_req *r, util_err *e);
int http_import_assess(http_req *r, util_err *e);
int http_rubric_load(http_req *r, util_err *e);
int http_rubric_use(http_req *r, util_err *e);
int http_check(http_req *r, util_err *e);

extern const http_field http_rubric_load_query[];

#endif
