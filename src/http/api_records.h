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
  { .name = n, .required = true, .type = &app_f_##t }
#define OPT(n, t)                                                              \
  { .name = n, .type = &app_f_##t }
/* A list of values of a type (http_field.many). */
#define LIST(n, t)                                                             \
  { .name = n, .type = &app_f_##t, .many = true }
#define END                                                                    \
  { .name = NULL }

/* api.c: answers the member `ref`'s profile and timeline (member show). */
int http_profile(http_req *r, const char *ref, util_err *e);
/* api.c: answers the profile of the member `id` just recorded (201). */
int http_profile_created(http_req *r, int64_t id, util_err *e);
/* api.c: answers the organisation `code` as it stands on `at` (NULL:
 * today), with its children, history and discipline (org show). */
int http_org(http_req *r, const char *code, const char *at, util_err *e);

/* api.c: a person as the body gives it (member admit, member add). */
app_person_in http_person(const http_req *r);
/* The optional fields of a person that http_person reads, in a body's
 * table after its name, born, gender and the operation's own fields. */
#define PERSON_FIELDS                                                          \
  OPT("card", text), OPT("ethnicity", text), OPT("religion", text),            \
      OPT("hometown", text), OPT("education", text), OPT("profession", text),  \
      OPT("theory", theory), OPT("position", text), OPT("key_cadre", flag),    \
      OPT("manager", flag)

/* api.c: one page of a list, in the order app gives; the whole list is
 * counted for `total`, or (a search) only so far: then `more` says there
 * are more than `total`. */
typedef struct http_page {
  long page, size, total;
  bool more;
  json_t *items;
} http_page;
/* The types of the query parameters page and size (api.c), and the two
 * fields of a list's query (PAGE, first in its table). */
extern const app_field http_page_number, http_page_size;
#define PAGE                                                                   \
  {.name = "page", .type = &http_page_number}, {                               \
    .name = "size", .type = &http_page_size                                    \
  }
/* What a listing of records asks, from the query's under, from, to, kind
 * and campaign (those a route does not take are never given). */
app_records_in http_records_in(const http_req *r);
/* The page and size of the query (1 and 50 when not given). */
void http_page_init(http_req *r, http_page *p);
/* Whether the next row is in the page; the caller counts it (total++). */
bool http_page_wants(http_page *p);
/* Answers {"page", "size", "total", "items"}, or frees the items when rc
 * is a refusal. */
int http_page_end(http_req *r, http_page *p, int rc);

int http_member_discipline(http_req *r, util_err *e);
int http_member_remove(http_req *r, util_err *e);
int http_member_resign(http_req *r, util_err *e);
int http_member_decease(http_req *r, util_err *e);
int http_member_readmit(http_req *r, util_err *e);
int http_member_edit(http_req *r, util_err *e);
int http_event_void(http_req *r, util_err *e);
int http_event_correct(http_req *r, util_err *e);
int http_orgs(http_req *r, util_err *e);
int http_org_add(http_req *r, util_err *e);
int http_org_move(http_req *r, util_err *e);
int http_org_rename(http_req *r, util_err *e);
int http_org_dissolve(http_req *r, util_err *e);
int http_fund_void(http_req *r, util_err *e);
int http_oversight_void(http_req *r, util_err *e);
int http_award_void(http_req *r, util_err *e);

extern const http_field http_discipline_body[], http_leave_body[],
    http_readmit_body[], http_edit_body[], http_reason_body[],
    http_event_correct_body[], http_org_add_body[], http_org_move_body[],
    http_org_rename_body[], http_org_dissolve_body[];

#endif
