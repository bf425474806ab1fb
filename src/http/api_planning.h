/*
 * api_planning.h — the handlers of api_planning.c (posts, appointments,
 * rotations, the planning of a post for a term and its review) and the
 * fields they take, for the routing table of api.c.
 */
#ifndef CADRE_HTTP_API_PLANNING_H
#define CADRE_HTTP_API_PLANNING_H

#include "http/api_records.h"

int http_posts(http_req *r, util_err *e);
int http_post_add(http_req *r, util_err *e);
int http_post_holders(http_req *r, util_err *e);
int http_post_leave(http_req *r, util_err *e);
int http_appoint(http_req *r, util_err *e);
int http_rotate(http_req *r, util_err *e);
int http_rotations(http_req *r, util_err *e);
int http_plan_list(http_req *r, util_err *e);
int http_plan_add(http_req *r, util_err *e);
int http_plan_remove(http_req *r, util_err *e);
int http_plan_review(http_req *r, util_err *e);

extern const http_field http_posts_query[], http_post_add_body[],
    http_post_holders_query[], http_post_leave_body[], http_appoint_body[],
    http_rotate_body[], http_plan_list_query[], http_plan_add_body[],
    http_plan_remove_body[], http_plan_review_query[], http_rotations_query[];

#endif
