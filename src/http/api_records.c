/*
 * api_records.c — the handlers of the routes that change a member's
 * lifecycle (discipline, leaving, readmission, a change of the profile)
 * and void or correct events. Each calls the app/ function its command
 * of the command line calls (src/cli/member.c, event.c), with the same
 * inputs, so that both refuse alike; each field has the type of the
 * command's option (a unit test compares them).
 */
#include "http/api_records.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

/* ---- a member's lifecycle -------------------------------------------------
 */

/* The body's fields for app_event_in_fill. */
static const char *body_text(const void *r, const char *name) {
  return http_field_text(r, name);
}

static bool body_flag(const void *r, const char *name) {
  return http_field_flag(r, name);
}

/* An event of the member of the path, from the body's fields (the same
 * names as the options of `member discipline|remove|...`); answers the
 * profile, as recognize and transfer do. */
static int event(http_req *r, enum core_event_kind kind, util_err *e) {
  app_event_in in = {0};
  app_event_in_fill(&in, body_text, body_flag, r);
  in.kind = kind;
  in.member = r->params[0];
  in.cell = http_field_text(r, "cell");
  if (app_member_event(r->a, &in, NULL, e))
    return -1;
  return http_profile(r, r->params[0], e);
}

int http_member_discipline(http_req *r, util_err *e) {
  return event(r, CORE_EV_DISCIPLINED, e);
}

int http_member_remove(http_req *r, util_err *e) {
  return event(r, CORE_EV_REMOVED, e);
}

int http_member_resign(http_req *r, util_err *e) {
  return event(r, CORE_EV_RESIGNED, e);
}

int http_member_decease(http_req *r, util_err *e) {
  return event(r, CORE_EV_DECEASED, e);
}

int http_member_readmit(http_req *r, util_err *e) {
  return event(r, CORE_EV_READMITTED, e);
}

/* A yes/no of the body (a JSON boolean) as app takes it, or NULL when
 * not given. */
static const char *yesno(const http_req *r, const char *name) {
  json_t *v = r->json ? json_object_get(r->json, name) : NULL;
  return json_is_boolean(v) ? (json_is_true(v) ? "yes" : "no") : NULL;
}

int http_member_edit(http_req *r, util_err *e) {
  app_edit_in in = {.member = r->params[0],
                    .date = http_field_text(r, "date"),
                    .name = http_field_text(r, "name"),
                    .position = http_field_text(r, "position"),
                    .key_cadre = yesno(r, "key_cadre"),
                    .theory = http_field_text(r, "theory"),
                    .education = http_field_text(r, "education"),
                    .profession = http_field_text(r, "profession"),
                    .religion = http_field_text(r, "religion"),
                    .ethnicity = http_field_text(r, "ethnicity"),
                    .card = http_field_text(r, "card"),
                    .hometown = http_field_text(r, "hometown"),
                    .manager = yesno(r, "manager")};
  if (app_member_edit(r->a, &in, e))
    return -1;
  return http_profile(r, r->params[0], e);
}

/* ---- voids and corrections of events ---------------------------------------
 */

/* The answer of a void: {NAME: the id of the path, "voided": true}. */
static int voided(http_req *r, const char *name) {
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:I, s:b}", name,
                             (json_int_t)strtoll(r->params[0], NULL, 10),
                             "voided", 1));
}

int http_event_void(http_req *r, util_err *e) {
  if (app_event_void(r->a, r->params[0], http_field_text(r, "reason"), e))
    return -1;
  return voided(r, "event");
}

int http_event_correct(http_req *r, util_err *e) {
  const char *to = http_field_text(r, "to"), *cell = http_field_text(r, "cell");
  if (to && cell)
    return util_invalid(e, "cell",
                        "cell: an admission's, a registration's or a "
                        "readmission's; to: a transfer's; not both");
  app_event_in in = {0};
  app_event_in_fill(&in, body_text, body_flag, r);
  in.cell = to ? to : cell;
  int64_t id = 0;
  if (app_event_correct(r->a, r->params[0], &in, http_field_text(r, "reason"),
                        &id, e))
    return -1;
  /* The command line prints the new event's id. */
  return http_json(r, MHD_HTTP_OK,
                   json_pack("{s:I, s:I}", "corrected",
                             (json_int_t)strtoll(r->params[0], NULL, 10),
                             "event", (json_int_t)id));
}

app_records_in http_records_in(const http_req *r) {
  return (app_records_in){.under = http_query(r, "under"),
                          .from = http_query(r, "from"),
                          .to = http_query(r, "to"),
                          .kind = http_query(r, "kind"),
                          .campaign = http_query(r, "campaign")};
}

/* ---- organisations --------------------------------------------------------
 */

static const char *const org_cols[] = {"code",   "name",   "kind",
                                       "parent", "sector", "founded"};

/* A row of `org list --format json`, when in the page. */
static int org_row(void *ctx, const store_org_row *r) {
  http_page *p = ctx;
  if (http_page_wants(p)) {
    const char *cells[] = {r->code,        r->name,   r->kind,
                           r->parent_code, r->sector, r->founded};
    json_array_append_new(
        p->items, view_row_json(UTIL_COUNT(org_cols), org_cols, NULL, cells));
  }
  p->total++;
  return 0;
}

int http_orgs(http_req *r, util_err *e) {
  http_page p;
  util_day at = r->a->today;
  const char *text = http_query(r, "at");
  http_page_init(r, &p);
  int rc = text ? app_date(r->a, "at", text, false, &at, e) : 0;
  if (rc == 0)
    rc = app_orgs(r->a, http_query(r, "under"), at, org_row, &p, e);
  return http_page_end(r, &p, rc);
}

int http_org_add(http_req *r, util_err *e) {
  app_org_in in = {.code = r->params[0],
                   .name = http_field_text(r, "name"),
                   .kind = http_field_text(r, "kind"),
                   .parent = http_field_text(r, "parent"),
                   .sector = http_field_text(r, "sector"),
                   .founded = http_field_text(r, "founded"),
                   .decision = http_field_text(r, "decision")};
  if (app_org_add(r->a, &in, NULL, e) || http_org(r, r->params[0], NULL, e))
    return -1;
  r->status = MHD_HTTP_CREATED;
  return 0;
}

int http_org_move(http_req *r, util_err *e) {
  if (app_org_move(r->a, r->params[0], http_field_text(r, "to"),
                   http_field_text(r, "date"), http_field_text(r, "decision"),
                   e))
    return -1;
  return http_org(r, r->params[0], NULL, e);
}

int http_org_rename(http_req *r, util_err *e) {
  if (app_org_rename(r->a, r->params[0], http_field_text(r, "name"),
                     http_field_text(r, "date"), http_field_text(r, "decision"),
                     e))
    return -1;
  return http_org(r, r->params[0], NULL, e);
}

int http_org_dissolve(http_req *r, util_err *e) {
  if (app_org_dissolve(r->a, r->params[0], http_field_text(r, "date"),
                       http_field_text(r, "decision"), e))
    return -1;
  return http_org(r, r->params[0], NULL, e);
}

/* ---- voids of the records of party work ------------------------------------
 */

/* Voids record {record} of `source` (app_record_void, as `NOUN void`);
 * answers {"record", "voided": true}. */
static int record_void(http_req *r, const char *source, util_err *e) {
  if (app_record_void(r->a, source, r->params[0], http_field_text(r, "reason"),
                      e))
    return -1;
  return voided(r, "record");
}

int http_fund_void(http_req *r, util_err *e) {
  return record_void(r, "fund", e);
}

int http_oversight_void(http_req *r, util_err *e) {
  return record_void(r, "oversight", e);
}

int http_award_void(http_req *r, util_err *e) {
  return record_void(r, "award", e);
}

/* ---- the fields ---------------------------------------------------------- */

const http_field http_discipline_body[] = {
    REQ("form", form),     REQ("date", date),
    REQ("votes", votes),   OPT("proposal", votes),
    OPT("by", code),       OPT("reason", text),
    OPT("decision", text), END};
const http_field http_leave_body[] = {REQ("date", date), OPT("reason", text),
                                      OPT("decision", text), END};
const http_field http_readmit_body[] = {REQ("cell", code), REQ("date", date),
                                        OPT("decision", text),
                                        OPT("ceremony", date), END};
const http_field http_edit_body[] = {REQ("date", date),
                                     OPT("name", text),
                                     OPT("position", text),
                                     OPT("key_cadre", yesno),
                                     OPT("theory", theory),
                                     OPT("education", text),
                                     OPT("profession", text),
                                     OPT("religion", text),
                                     OPT("ethnicity", text),
                                     OPT("card", text),
                                     OPT("hometown", text),
                                     OPT("manager", yesno),
                                     END};
const http_field http_event_correct_body[] = {
    REQ("reason", text),   OPT("date", date),
    OPT("decision", text), OPT("to", code),
    OPT("name", text),     OPT("cell", code),
    OPT("until", date),    OPT("studies", flag),
    OPT("form", form),     OPT("by", code),
    OPT("votes", votes),   OPT("proposal", votes),
    OPT("ceremony", date), OPT("considered", date),
    OPT("official", date), END};
const http_field http_org_add_body[] = {REQ("name", text),
                                        REQ("kind", kind),
                                        OPT("parent", code),
                                        OPT("sector", sector),
                                        OPT("founded", date),
                                        OPT("decision", text),
                                        END};
const http_field http_org_move_body[] = {REQ("to", code), REQ("date", date),
                                         OPT("decision", text), END};
const http_field http_org_rename_body[] = {REQ("name", text), REQ("date", date),
                                           OPT("decision", text), END};
const http_field http_org_dissolve_body[] = {REQ("date", date),
                                             OPT("decision", text), END};
const http_field http_reason_body[] = {REQ("reason", text), END};
