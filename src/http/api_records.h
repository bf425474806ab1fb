/*
 * api_records.h — the handlers of api_records.c (the lifecycle of a
 * member, the voids and corrections of events, organisations) and the
 * fields they take, for the routing table of api.c; and what api.c
 * lends them.
 */
#ifndef CADRE_HTTP_API_RECORDS_H
#define CADRE_HTTP_API_RECORDS_H

#include "http/http_int.h"

/* The fields of queries and bodies: required, optional. */
#define REQ(n, t)                                                              \
  { n, true, &app_f_##t }
#define OPT(n, t)                                                              \
  { n, false, &app_f_##t }
#define END                                                                    \
  { NULL, false, NULL }

/* api.c: answers the member `ref`'s profile and timeline (member show). */
int http_profile(http_req *r, const char *ref, util_err *e);

int http_member_discipline(http_req *r, util_err *e);
int http_member_remove(http_req *r, util_err *e);
int http_member_resign(http_req *r, util_err *e);
int http_member_decease(http_req *r, util_err *e);
int http_member_readmit(http_req *r, util_err *e);
int http_member_edit(http_req *r, util_err *e);
int http_event_void(http_req *r, util_err *e);
int http_event_correct(http_req *r, util_err *e);

extern const http_field http_discipline_body[], http_leave_body[],
    http_readmit_body[], http_edit_body[], http_event_void_body[],
    http_event_correct_body[];

#endif
