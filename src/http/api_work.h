/*
 * api_work.h — the handlers of api_work.c (the records of party work:
 * oversight, awards, funds, classifications, rubrics, the voided records)
 * and the fields they take, for the routing table of api.c.
 */
#ifndef CADRE_HTTP_API_WORK_H
#define CADRE_HTTP_API_WORK_H

#include "http/api_records.h"

int http_oversights(http_req *r, util_err *e);
int http_oversight_add(http_req *r, util_err *e);
int http_oversight_show(http_req *r, util_err *e);
int http_oversight_correct(http_req *r, util_err *e);
int http_awards(http_req *r, util_err *e);
int http_award_add(http_req *r, util_err *e);
int http_award_correct(http_req *r, util_err *e);
int http_funds(http_req *r, util_err *e);
int http_fund_add(http_req *r, util_err *e);
int http_fund_correct(http_req *r, util_err *e);
int http_assessments(http_req *r, util_err *e);
int http_assess_set(http_req *r, util_err *e);
int http_assess_correct(http_req *r, util_err *e);
int http_assess_void(http_req *r, util_err *e);
int http_assess_streak(http_req *r, util_err *e);
int http_rubrics(http_req *r, util_err *e);
int http_rubric_show(http_req *r, util_err *e);
int http_voids(http_req *r, util_err *e);

extern const http_field http_oversight_query[], http_oversight_add_body[],
    http_oversight_correct_body[], http_award_query[], http_award_add_body[],
    http_award_correct_body[], http_fund_query[], http_fund_add_body[],
    http_fund_correct_body[], http_assess_query[], http_assess_set_body[],
    http_assess_correct_body[], http_streak_query[], http_rubric_query[],
    http_void_query[];

#endif
