/*
 * api_groups.h — the handlers of api_groups.c (documents and their steps,
 * groupings with their conferences and outstanding models, mergers and
 * the discipline of organisations) and the fields they take, for the
 * routing table of api.c.
 */
#ifndef CADRE_HTTP_API_GROUPS_H
#define CADRE_HTTP_API_GROUPS_H

#include "http/api_records.h"

int http_docs(http_req *r, util_err *e);
int http_doc_add(http_req *r, util_err *e);
int http_doc_show(http_req *r, util_err *e);
int http_doc_coverage(http_req *r, util_err *e);
int http_doc_disseminate(http_req *r, util_err *e);
int http_doc_implement(http_req *r, util_err *e);
int http_doc_step_correct(http_req *r, util_err *e);
int http_doc_step_void(http_req *r, util_err *e);
int http_groups(http_req *r, util_err *e);
int http_group_add(http_req *r, util_err *e);
int http_group_show(http_req *r, util_err *e);
int http_group_join(http_req *r, util_err *e);
int http_group_leave(http_req *r, util_err *e);
int http_conferences(http_req *r, util_err *e);
int http_conference_add(http_req *r, util_err *e);
int http_conference_correct(http_req *r, util_err *e);
int http_conference_void(http_req *r, util_err *e);
int http_models(http_req *r, util_err *e);
int http_model_add(http_req *r, util_err *e);
int http_model_correct(http_req *r, util_err *e);
int http_model_void(http_req *r, util_err *e);
int http_org_merge(http_req *r, util_err *e);
int http_org_discipline(http_req *r, util_err *e);
int http_org_discipline_correct(http_req *r, util_err *e);
int http_org_discipline_void(http_req *r, util_err *e);

extern const http_field http_docs_query[], http_doc_add_body[],
    http_doc_coverage_query[], http_doc_step_body[],
    http_doc_step_correct_body[], http_groups_query[], http_group_add_body[],
    http_group_at_query[], http_group_join_body[], http_conferences_query[],
    http_conference_add_body[], http_conference_correct_body[],
    http_models_query[], http_model_add_body[], http_model_correct_body[],
    http_org_merge_body[], http_org_discipline_body[],
    http_org_discipline_correct_body[];

#endif
