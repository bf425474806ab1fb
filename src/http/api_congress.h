/*
 * api_congress.h — the handlers of api_congress.c (congresses, their
 * delegates and candidates, rounds of voting and results) and the fields
 * they take, for the routing table of api.c.
 */
#ifndef CADRE_HTTP_API_CONGRESS_H
#define CADRE_HTTP_API_CONGRESS_H

#include "http/api_records.h"

int http_congresses(http_req *r, util_err *e);
int http_congress_add(http_req *r, util_err *e);
int http_congress_show(http_req *r, util_err *e);
int http_congress_delegate(http_req *r, util_err *e);
int http_congress_candidate(http_req *r, util_err *e);
int http_congress_round(http_req *r, util_err *e);
int http_congress_result(http_req *r, util_err *e);

extern const http_field http_congresses_query[], http_congress_add_body[],
    http_congress_delegate_body[], http_congress_candidate_body[],
    http_congress_round_body[];

#endif
