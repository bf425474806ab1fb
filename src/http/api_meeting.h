/*
 * api_meeting.h — the handlers of the routes of cell meetings
 * (api_meeting.c) and the fields they take, for the routing table of
 * api.c.
 */
#ifndef CADRE_HTTP_API_MEETING_H
#define CADRE_HTTP_API_MEETING_H

#include "http/http_int.h"

int http_meeting_rubric(http_req *r, util_err *e);
int http_meetings(http_req *r, util_err *e);
int http_meeting_add(http_req *r, util_err *e);
int http_meeting_show(http_req *r, util_err *e);
int http_meeting_score(http_req *r, util_err *e);
int http_meeting_correct(http_req *r, util_err *e);
int http_meeting_void(http_req *r, util_err *e);

extern const http_field http_meetings_query[], http_meeting_add_body[],
    http_meeting_score_body[], http_meeting_correct_body[],
    http_meeting_void_body[];

#endif
