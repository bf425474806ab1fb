/*
 * app.h — the operations of cadre: one function per user action, shared by
 * the command line and (later) the HTTP API so that both validate, refuse
 * and record the same way.
 *
 * Every changing operation parses and validates its input (text as typed:
 * dates "YYYY-MM-DD", names of kinds, codes, member references), runs in one
 * write transaction, keeps the tallies in step, writes the audit trail, and
 * either commits or leaves the database exactly as it was. Refusals name the
 * value and the rule; input errors read "field: value: reason".
 *
 * Inputs are borrowed; outputs that allocate say so.
 */
#ifndef CADRE_APP_H
#define CADRE_APP_H

#include "core/election.h"
#include "report/report.h"

/* What an actor may do: viewers read, editors also change the records of
 * party work, administrators also manage accounts and whole registers. */
enum app_role { APP_NOBODY = 0, APP_VIEWER, APP_EDITOR, APP_ADMIN };

typedef struct app {
  store *st;
  /* The actor — who is asking. Every operation checks it at its first
   * line (app_act). `scope` is the organisation whose branch of the tree
   * (as it stands now) the actor sees and changes, 0 for the whole
   * register; what lies outside is refused exactly as what does not
   * exist. The command line acts as an administrator of the whole register
   * for whoever may open the database file; the server, for the user of
   * the session. */
  const char *user; /* who records, for the history and the audit */
  enum app_role role;
  int64_t scope;
  const char *origin; /* where from: "cli", or the web client's address */
  util_day today;     /* dates after it are refused */
  int busy_ms;        /* how long to wait for another writer */
  /* Inside an import (or the demo): what the rows share — the ledger
   * collecting tallies, caches — and no transaction of each action's own. */
  struct app_batch *batch;
  /* Reads in progress (app_read_begin), and whether the outermost began
   * the read transaction. */
  int reads;
  bool read_began;
  /* How many app_begin calls are open: one action may run others (a
   * correction voids a record and adds it again) in its transaction. */
  int depth;
  /* The organisation the change in progress concerns, for its audit entry:
   * the first one app_org or app_member (a member's cell) resolved in the
   * outermost write transaction; 0 when none. */
  int64_t audit_org;
  /* Progress of long operations, or NULL. */
  void (*progress)(void *ctx, long long done, long long total);
  void *progress_ctx;
  /* The sheet an import reads from a workbook (.xlsx), or NULL for the
   * first. */
  const char *sheet;
} app;

/* Opens the database (see store_open) into a->st, waiting a->busy_ms for
 * another writer. */
int app_open(app *a, const char *path, enum store_mode mode, util_err *e);
void app_close(app *a);

/* ---- reading ------------------------------------------------------------- */

/* A read sees one state of the database: app_read_begin opens a read
 * transaction unless one is open (a change's, or an enclosing read's), and
 * the matching app_read_end closes it. Front ends wrap several reads that
 * must agree (a member and their history) in one pair. */
int app_read_begin(app *a, util_err *e);
void app_read_end(app *a);

/* ---- input --------------------------------------------------------------- */

/* Parses a date typed by a user; refuses malformed and impossible dates and,
 * unless `future_ok`, dates after today. `field` names it in messages. */
int app_date(const app *a, const char *field, const char *text, bool future_ok,
             util_day *out, util_err *e);
/* Cleans a text typed by a user (UTF-8, NFC, trimmed). *out is the
 * caller's; NULL when text is NULL or empty and not `required`. */
int app_text(const char *field, const char *text, bool required,
             size_t max_chars, char **out, util_err *e);
/* Looks up an organisation by code; refuses an unknown one, and one
 * outside the actor's scope in the same words (UTIL_NOT_FOUND). */
int app_org(app *a, const char *field, const char *code, store_org *o,
            util_err *e);
/* Looks up a member by id or card number; refuses an unknown one, and one
 * whose cell is outside the actor's scope, in the same words. */
int app_member(app *a, const char *field, const char *ref, store_member *m,
               util_err *e);

/* ---- the actor ---------------------------------------------------------- */

/* The first line of every operation: refuses when nobody is signed in
 * (UTIL_UNAUTHENTICATED) or the actor's role is below `need`
 * (UTIL_FORBIDDEN). */
int app_act(const app *a, enum app_role need, util_err *e);
/* Like app_act, for what concerns the whole register (imports, groupings
 * across branches, checks, rubrics): also refuses an actor whose scope is
 * a branch of it. */
int app_act_all(app *a, enum app_role need, util_err *e);
/* Whether a user whose scope is `scope` sees the whole register: scope 0,
 * or the register's only root (what app_act_all asks). */
int app_scope_whole(app *a, int64_t scope, bool *whole, util_err *e);
/* Whether the organisation `org` is in the actor's scope. */
int app_in_scope(app *a, int64_t org, bool *in, util_err *e);
/* The role's name (viewer, editor, admin) and back (APP_NOBODY when
 * unknown). */
const char *app_role_name(enum app_role r);
/* Refuses `user`, signed in with `role`, what needs `need` (a role above
 * it): "lan is an editor: this is for administrators" (FORBIDDEN). */
int app_role_refuse(const char *user, enum app_role role, enum app_role need,
                    util_err *e);
enum app_role app_role_of(const char *name);

/* ---- organisations
 * ----------------------------------------------------------- */

typedef struct app_org_in {
  const char *code, *name, *kind, *parent, *sector, *founded, *decision;
  const char *recorded; /* without `founded`: the day it counts from, if
                           not today (a register carried over) */
} app_org_in;

int app_org_add(app *a, const app_org_in *in, int64_t *id, util_err *e);
int app_org_move(app *a, const char *code, const char *to, const char *date,
                 const char *decision, util_err *e);
int app_org_rename(app *a, const char *code, const char *name, const char *date,
                   const char *decision, util_err *e);
int app_org_merge(app *a, const char *const *codes, size_t n, const char *into,
                  const char *date, const char *decision, util_err *e);
int app_org_dissolve(app *a, const char *code, const char *date,
                     const char *decision, util_err *e);

/* ---- members
 * ------------------------------------------------------------------- */

/* A person as typed. */
typedef struct app_person_in {
  const char *name, *born, *gender, *card, *ethnicity, *religion, *hometown;
  const char *education, *profession, *theory, *position;
  bool key_cadre, manager; /* manager: holds a management post */
} app_person_in;

/* A dated change of a member's profile, as typed: the fields to change
 * (NULL: unchanged; "" clears a text), key_cadre "yes" or "no". */
typedef struct app_edit_in {
  const char *member, *date;
  const char *name, *position, *key_cadre, *theory, *education, *profession;
  const char *religion, *ethnicity, *card, *hometown;
  const char *manager; /* "yes" or "no": holds a management post */
} app_edit_in;
/* Changes fields of a member's profile from `date` on (not before the
 * admission, not after today), keeping the old values: reports of
 * earlier periods count theory levels, key cadres, education and
 * ethnicity as they were. A change may be entered late (before later
 * ones). Refused when nothing changes. Voided with app_event_void. */
int app_member_edit(app *a, const app_edit_in *in, util_err *e);

/* Calls fn for every dated change of a member's profile (the values
 * before the first changes included, as base rows; voided ones too), by
 * day. */
/* A member as `member show` and the web application's profile show them:
 * the person and their state, the cell's code and name, and party age. */
typedef struct app_member_view {
  store_member m;
  char *cell_code, *cell_name;
  const char *gender, *status, *theory; /* names; theory NULL if unknown */
  int party_years;                      /* -1 while party age does not count */
  util_day party_from; /* today less the days of party age (time out left
                          out): the day it would have begun, for "N years
                          M months" */
} app_member_view;
/* Finds the member by id or card number (refusing an unknown one) and
 * fills *v; app_member_view_clear frees it. */
int app_member_view_get(app *a, const char *ref, app_member_view *v,
                        util_err *e);
void app_member_view_clear(app_member_view *v);
int app_member_changes(app *a, int64_t member,
                       int (*fn)(void *ctx, const store_change *c), void *ctx,
                       util_err *e);

/* An existing member from the registers, as typed. */
typedef struct app_register_in {
  const char *cell, *admitted, *official;
  /* The day registration in the cell began, when after the admission:
   * by default the cell's founding when it came later (a historic
   * register). The member counts nowhere before it. */
  const char *registered;
  /* Over 60 at admission: the committee directly under the Central
   * Committee above the cell that approved it. */
  const char *over_60_approved_by;
} app_register_in;
/* Records an existing member from the registers: admitted (and official,
 * when given) before the records began, with the rules of admission and
 * recognition: 18 to 60 at admission (over 60 with approval), official at
 * least 12 months after admission. */
int app_member_add(app *a, const app_person_in *p, const app_register_in *in,
                   int64_t *id, util_err *e);

typedef struct app_admit_in {
  const char *cell, *date, *decision, *ceremony, *considered;
  const char *over_60_approved_by;
} app_admit_in;
int app_member_admit(app *a, const app_person_in *p, const app_admit_in *in,
                     int64_t *id, util_err *e);

/* An event on an existing member, as typed. Fields a kind does not use are
 * NULL. */
typedef struct app_event_in {
  enum core_event_kind kind;
  const char *member; /* id or card number */
  const char *date, *decision, *reason;
  const char *cell;  /* transfer: destination; readmit: cell */
  const char *until; /* temporary transfer */
  bool temporary, studies;
  const char *form, *by; /* discipline */
  /* Discipline: "FOR/TOTAL", the votes of the deciding body (required),
   * and of the proposal (expulsion only, required there). */
  const char *votes, *proposal;
  const char *ceremony; /* readmission */
  /* Only in corrections of the event that entered the member: the day a
   * registered member became official, the day the cell considered an
   * admission. */
  const char *official, *considered;
  const char *name; /* only in corrections of an organisation's renaming */
} app_event_in;
/* Fills *in's fields from a front end's fields of the same names — the
 * options of `member discipline|remove|...|readmit` and `event correct`,
 * the fields of their routes: date, decision, reason, until, studies (a
 * flag), form, by, votes, proposal, ceremony, official, considered, name.
 * `text` answers a field's text (NULL when not given) and `flag` a flag's
 * truth, both of `src`. The kind, the member and the cell (`cell` or `to`
 * as the command has it) are the caller's. */
void app_event_in_fill(app_event_in *in,
                       const char *(*text)(const void *src, const char *name),
                       bool (*flag)(const void *src, const char *name),
                       const void *src);
/* Enters an event on a member: also late, dated before events already
 * recorded, when the whole history it leaves stays valid under the rules
 * (core_check_history); otherwise refused naming the event that would no
 * longer hold and the rule. Sets *id (unless NULL) to the event's id. */
int app_member_event(app *a, const app_event_in *in, int64_t *id, util_err *e);

/* Voids a mistaken event of a member (`event` is its id): it stays in the
 * history, marked void with who, when and `reason` (required), and stops
 * counting everywhere, past reports included. Refused, naming the event
 * and the rule, when the history without it is not valid, and for the
 * only event of a member. */
int app_event_void(app *a, const char *event, const char *reason, util_err *e);
/* Corrects an event: voids it and enters it again with the fields given
 * in `in` (date, decision, cell or destination, until, form, by, votes,
 * proposal, ceremony; for the event that entered the member, official and
 * considered) changed and the others as recorded, in one step judged as
 * one change. Sets *new_id to the new event. */
int app_event_correct(app *a, const char *event, const app_event_in *in,
                      const char *reason, int64_t *new_id, util_err *e);
/* The events of member `member` (by id, as a view gives it), by date;
 * voided ones too when `voided`. Inside the caller's transaction. */
int app_member_events(app *a, int64_t member, bool voided,
                      int (*fn)(void *ctx, const store_event_row *row),
                      void *ctx, util_err *e);
/* The events of organisation `org` (by id, as a view gives it), by date;
 * voided ones too when `voided`. Inside the caller's transaction. */
int app_org_events(app *a, int64_t org, bool voided,
                   int (*fn)(void *ctx, const store_org_event_row *row),
                   void *ctx, util_err *e);
/* Calls member_fn for every event of a member, voided ones included, or
 * org_fn for those of an organisation, in date order, in a read
 * transaction of its own. Exactly one of member and org is given. */
int app_event_list(app *a, const char *member, const char *org,
                   int (*member_fn)(void *ctx, const store_event_row *row),
                   int (*org_fn)(void *ctx, const store_org_event_row *row),
                   void *ctx, util_err *e);

/* ---- oversight and discipline of organisations (oversight.c) ------------ */

/* An inspection or a supervision as typed: exactly one of org and member. */
typedef struct app_oversight_in {
  const char *kind, *by, *org, *member, *from, *to, *subject, *conclusion;
  bool violation;
} app_oversight_in;
/* Records an inspection or a supervision by an organisation of one below
 * it (or of a member registered below it) on `from`; it counts on `from`,
 * at the member's cell or at the superior of the organisation. Sets *id. */
int app_oversight_add(app *a, const app_oversight_in *in, int64_t *id,
                      util_err *e);

typedef struct app_org_discipline_in {
  const char *org, *form, *date, *votes, *by, *reason, *decision;
} app_org_discipline_in;
/* Disciplines an organisation (reprimand, warning, dissolution) by a
 * majority of the deciding body; a dissolution also ends it as
 * app_org_dissolve does. Counts at its superior on the day. Sets *id. */
int app_org_discipline(app *a, const app_org_discipline_in *in, int64_t *id,
                       util_err *e);

/* ---- annual assessment and awards (assess.c, award.c) -------------------- */

/* A classification as typed: exactly one of member (id or card) and org
 * (code); a grade, a score (0-100, which gives the grade), or both when
 * they agree. */
typedef struct app_assess_in {
  const char *year, *member, *org, *grade, *score;
  /* A correction: refuse instead of replacing a classification of the
   * year (which would be lost rather than voided). */
  bool fresh;
} app_assess_in;
/* Classifies a member or an organisation for a year, replacing an earlier
 * classification of that year. It counts on 31 December of the year: a
 * member's at the cell of registration then (or the last before), an
 * organisation's at its superior then; and in the quota of the grassroots
 * organisation above (docs/assess.md). Refuses a year before 1930 or
 * after the current one, a member who was not in the party on any day of
 * the year, an organisation that did not exist in it, and a result that
 * breaks the quota of excellence. Sets *id (unless NULL) to the
 * classification's. */
int app_assess_set(app *a, const app_assess_in *in, int64_t *id, util_err *e);
/* The same from CSV (columns year, member, org, grade, score; see
 * docs/formats.md), all or nothing; the quota is checked on the result of
 * the whole file. */
int app_import_assess(app *a, FILE *in, const char *name, long long size,
                      long *rows, util_err *e);

/* An award as typed: exactly one of member and org. Party badges (kind
 * badge) take `years`, a milestone, and `early` for a seriously ill
 * member. */
typedef struct app_award_in {
  const char *member, *org, *kind, *title, *by, *date, *years, *decision;
  bool early;
} app_award_in;
/* Records an award; it counts on its date, at the member's cell or at the
 * superior of the organisation. A party badge goes to an official member,
 * once per milestone, not before party age reaches it (from
 * core_badge_earliest with `early`). Sets *id. */
int app_award_add(app *a, const app_award_in *in, int64_t *id, util_err *e);

/* ---- groupings, conferences, outstanding models (group.c) ------------- */

/* A new grouping: CODE as organisation codes are written, kind "region"
 * (a regional block) or "cluster" (an emulation cluster). */
int app_group_add(app *a, const char *code, const char *name, const char *kind,
                  util_err *e);
/* An organisation joins a grouping on `date` (and is a member from that
 * day on). Only provincial committees and committees join; refused: one
 * already a member then, and one below or above another member at any
 * time from that day on (their figures would count twice). */
int app_group_join(app *a, const char *code, const char *org, const char *date,
                   util_err *e);
/* An organisation leaves a grouping on `date` (a member up to the day
 * before). Refused while it hosts a conference of the grouping, receives
 * its flag, or holds one of its outstanding models on or after that day. */
int app_group_leave(app *a, const char *code, const char *org, const char *date,
                    util_err *e);
/* The report of a grouping (inside the caller's read transaction): the
 * sum of the reports of the organisations that are its members on `to`,
 * each for the whole period. Refused when it has none then, or when one
 * of them was below another during the period. Clear *out with
 * report_figures_clear. */
int app_group_report(app *a, const char *code, util_day from, util_day to,
                     enum report_engine engine, report_figures *out,
                     util_err *e);

/* A conference as typed. With `group`, the host must be a member of the
 * grouping on the day, and `flag_to` (only with `group`) another member to
 * whom the host, holding the flag, hands it. */
typedef struct app_conference_in {
  const char *host, *date, *kind, *theme, *group, *delegates, *papers;
  const char *flag_to;
} app_conference_in;
int app_conference_add(app *a, const app_conference_in *in, int64_t *id,
                       util_err *e);

/* An outstanding model of a grouping: an organisation (org) or a member,
 * which must be within a member of the grouping on `date`. */
typedef struct app_model_in {
  const char *group, *org, *member, *title, *date;
} app_model_in;
int app_model_add(app *a, const app_model_in *in, int64_t *id, util_err *e);

/* ---- funds mobilised (fund.c) ------------------------------------------- */

/* Reads an amount of VND: digits, optionally grouped by thousands with
 * '.' or ',' throughout ("17.000.000.000", "17,000,000,000"), more than 0
 * and at most APP_FUND_MAX. */
#define APP_FUND_MAX 100000000000000LL /* 100 trillion VND */
int app_amount(const char *field, const char *text, int64_t *vnd, util_err *e);

typedef struct app_fund_in {
  const char *org, *campaign, *date, *amount, *note;
} app_fund_in;
/* Records funds mobilised by an organisation for a campaign; they count on
 * the day, at the organisation and those above it. Sets *id. */
int app_fund_add(app *a, const app_fund_in *in, int64_t *id, util_err *e);

/* ---- cell meetings and their rubrics (meeting.c, rubric.c) -------------- */

/* The rubric `name`, or the active one when NULL, as its JSON text
 * (docs/rubric.md); *json is the caller's, *active whether meetings
 * recorded now are scored on it. Before any rubric is loaded, the default
 * (national-2025) answers without being written. */
int app_rubric_get(app *a, const char *name, char **json, bool *active,
                   util_err *e);
/* Every rubric loaded, by name; before any is, the default as the active
 * one (its definition and loaded_at NULL). */
int app_rubric_list(app *a, int (*fn)(void *ctx, const store_rubric_row *r),
                    void *ctx, util_err *e);
/* Reads JSON text into *r, checked by core_rubric_check; `where` names it
 * in messages; *title (the rubric's description, or NULL) is the caller's
 * when title is not NULL. Free *r with app_rubric_free. */
int app_rubric_parse(const char *text, const char *where, core_rubric *r,
                     char **title, util_err *e);
void app_rubric_free(core_rubric *r);
/* Loads a rubric from len bytes of JSON text (read from `where`), named
 * `name` when given, else as the text names it, and makes it the active
 * one. Refused: text that is not JSON, unknown keys, a rubric that is not
 * well formed, a name in use. */
int app_rubric_load(app *a, const char *text, size_t len, const char *where,
                    const char *name, util_err *e);
/* Makes the rubric `name` the active one. */
int app_rubric_use(app *a, const char *name, util_err *e);

/* A meeting as typed. Lists are those of repeated options. */
typedef struct app_meeting_in {
  const char *cell, *date, *kind, *chair, *minutes, *theme, *result;
  /* Members present: ids or card numbers separated by commas; "all" stands
   * for every member registered in the cell not listed absent. */
  const char *present;
  const char *const *absent; /* "ID" or "ID:REASON" */
  size_t nabsent;
  const char *const *opinions; /* "ID", "ID:manager", "ID:member:TEXT", ... */
  size_t nopinions;
  const char *const *tasks; /* next month's key tasks */
  size_t ntasks;
  const char *const *documents; /* numbers of documents disseminated */
  size_t ndocuments;
  const char *const *points; /* "CRITERION=N", given by the scorer */
  size_t npoints;
} app_meeting_in;
/* Records a meeting of a cell (docs/rubric.md, "Meetings"): checks the
 * cell, the people and the documents, scores it on the active rubric when
 * every criterion has points, and places its point at the cell. The
 * documents count as disseminated by the cell on the day. Sets *id. */
int app_meeting_add(app *a, const app_meeting_in *in, int64_t *id, util_err *e);
/* Gives (or gives again) points of a meeting's criteria, and the result of
 * last month's resolution when `result` is not NULL; rescoring re-places
 * the meeting's point. Sets *score (-1 while still unscored). */
int app_meeting_score(app *a, const char *id, const char *const *points,
                      size_t npoints, const char *result, int *score,
                      util_err *e);

/* Records meetings from CSV (docs/formats.md, "Meetings"), all or
 * nothing, each row as app_meeting_add. Sets *rows. */
int app_import_meetings(app *a, FILE *in, const char *name, long long size,
                        long *rows, util_err *e);

/* The scoring of a recorded meeting as it stands: its rubric, its facts,
 * and for each criterion its points, computed part and given part
 * (CORE_NO_POINTS when not known). Clear with app_scoring_free. */
typedef struct app_scoring {
  core_rubric rubric;
  core_meeting_facts facts;
  int *points, *computed, *given;
  int total; /* CORE_NO_POINTS while unscored */
} app_scoring;
void app_scoring_free(app_scoring *s);

/* ---- documents (doc.c) ----------------------------------------------------
 */

typedef struct app_doc_in {
  const char *number, *kind, *issuer, *date, *title;
} app_doc_in;
/* Registers a document; numbers (21-NQ/TW, 60-QĐ/TW) are unique without
 * regard to the case of ASCII letters. Sets *id. */
int app_doc_add(app *a, const app_doc_in *in, int64_t *id, util_err *e);
/* Records that an organisation disseminated (or, with `implemented`,
 * implemented) a document on `date`: once per organisation and step, not
 * before the document's date, and an implementation not before the
 * organisation's dissemination. Counts at the organisation on the day.
 * Sets *id (unless NULL) to the record's. */
int app_doc_step(app *a, const char *number, const char *org, const char *date,
                 bool implemented, int64_t *id, util_err *e);

/* ---- questions
 * ------------------------------------------------------------------- */

/* Calls fn for each member registered on `day` in a cell whose path starts
 * with `prefix` (every cell when NULL) who is probationary then, and whose
 * probation of 12 months (from `started`, the admission or readmission)
 * ended on or before `day` (`ended`) without recognition: the rule says
 * such a member is removed. In the order of store_members_at (cell, name). */
typedef int (*app_overdue_fn)(void *ctx, const store_member_row *row,
                              util_day started, util_day ended);

/* The members `member list` and the web application's lists show. */
typedef struct app_member_query {
  const char *under; /* code: only cells below it on the day (NULL: all) */
  util_day at;       /* the day */
  /* NULL: every member registered then, and visitors; or probationary,
   * official, temporary (visitors only), or removed, resigned, deceased,
   * expelled (who was out so on the day, from their histories). */
  const char *status;
  /* NULL or "given": Vietnamese roster order (given name, middle names,
   * family name) within each cell; "family": family, middle, given. */
  const char *sort;
} app_member_query;
/* Calls fn for each member the query selects, by cell and name. */
int app_members(app *a, const app_member_query *q, store_member_fn fn,
                void *ctx, util_err *e);
/* Probationary members past their probation on `at`, below `under`
 * (app_members_overdue). */
int app_members_overdue_under(app *a, const char *under, util_day at,
                              const char *sort, app_overdue_fn fn, void *ctx,
                              util_err *e);
/* The order a `sort` value names (NULL: roster order, STORE_ORDER_GIVEN),
 * or an UTIL_INVALID refusal "sort: VALUE: given or family". */
int app_sort(const char *sort, enum store_order *order, util_err *e);
/* Members whose name contains the words of `text` one after the other,
 * the last one from its start, without regard to case, diacritics or
 * punctuation (`member find`), in store_members_search's order. */
int app_members_find(app *a, const char *text, store_member_fn fn, void *ctx,
                     util_err *e);
/* The same, a page of them: after the first `skip`, `limit` at most (all
 * when negative); *total (unless NULL) is how many there are in all,
 * counted no further than upto + 1 (all when upto is negative). */
int app_members_find_page(app *a, const char *text, int64_t skip, int64_t limit,
                          store_member_fn fn, void *ctx, int64_t *total,
                          int64_t upto, util_err *e);

/* A party badge (DOMAIN.md: 30 to 90 years) due in a period. */
typedef struct app_badge_row {
  const store_member_row *member;
  int years;
  util_day due;      /* the day the years are reached */
  util_day earliest; /* the first day it may be presented */
  util_day awarded;  /* when it was given (award add --kind badge), or 0 */
} app_badge_row;
/* Calls fn for each badge due from `from` to `to` (dates as typed; they
 * may lie in the future) to a member official on the day it is due, in a
 * cell below `under` then (NULL: anywhere). */
int app_badges(app *a, const char *from, const char *to, const char *under,
               int (*fn)(void *ctx, const app_badge_row *r), void *ctx,
               util_err *e);

/* ---- listings of records of party work (lists.c) --------------------------
 */

/* What a listing of records asks, as typed: records of the organisation
 * `under` or below it as the tree stood on their day (NULL: all), dated
 * from `from` to `to` (NULL: no bound; `to` defaults to today for awards),
 * and of a kind or campaign. */
typedef struct app_records_in {
  const char *under, *from, *to;
  const char *kind;     /* oversight: inspection, supervision; award kinds */
  const char *campaign; /* funds */
} app_records_in;
/* Records of oversight, by first day (the period may reach past today). */
int app_oversights(app *a, const app_records_in *in,
                   int (*fn)(void *ctx, const store_oversight_row *r),
                   void *ctx, util_err *e);
/* The record of oversight `ref` (its id as typed): fn is called once with
 * it and the names its organisations bore on its first day (NULL for
 * none); refuses an id that is no record's. */
int app_oversight_show(app *a, const char *ref,
                       int (*fn)(void *ctx, const store_oversight_row *r,
                                 const char *by_name, const char *org_name),
                       void *ctx, util_err *e);
/* Awards, by date. */
int app_awards(app *a, const app_records_in *in,
               int (*fn)(void *ctx, const store_award_row *r), void *ctx,
               util_err *e);
/* What a listing of classifications asks, as typed. */
typedef struct app_assess_query {
  const char *years; /* list: one year; streak: a range (2021-2025) */
  const char *grade; /* only this grade (list), the grade held (streak) */
  const char *under; /* members placed, organisations, below it then */
  bool or_better;    /* streak: a grade ranked at or above `grade` */
  bool orgs;         /* streak: organisations rather than members */
  const char *sort;  /* members' order: NULL or given, or family (app_sort) */
} app_assess_query;
/* The classifications of one year (docs/assess.md), by place and name. */
int app_assess_list(app *a, const app_assess_query *q, store_assess_fn fn,
                    void *ctx, util_err *e);
/* Who held a grade every year of a range; the row is the last year's. */
int app_assess_streak(app *a, const app_assess_query *q, store_assess_fn fn,
                      void *ctx, util_err *e);
/* Every document, with how many organisations disseminated and
 * implemented it. */
int app_docs(app *a, int (*fn)(void *ctx, const store_doc_row *r), void *ctx,
             util_err *e);
/* A document as `doc show` shows it: the document `number` into *d (clear
 * it with app_doc_clear), its kind's name in *kind,
 * and fn for each dissemination and implementation, in one read. */
int app_doc_show(app *a, const char *number, store_doc *d, const char **kind,
                 int (*fn)(void *ctx, const store_doc_step_row *r), void *ctx,
                 util_err *e);
/* Which organisations below `under` (NULL: all) on `at` (NULL: today)
 * are to disseminate the document `number`, and whether each has. */
int app_doc_coverage(app *a, const char *number, const char *under,
                     const char *at, store_doc *d,
                     int (*fn)(void *ctx, const store_coverage_row *r),
                     void *ctx, util_err *e);
void app_doc_clear(store_doc *d);
/* The organisations below `under` (NULL: the whole tree) on `at`, in tree
 * order by code. */
int app_orgs(app *a, const char *under, util_day at, store_org_fn fn, void *ctx,
             util_err *e);

/* An organisation as `org show` and the web application show it on a day:
 * its name then, its superiors (codes from the root down) and the count
 * of members below it. */
typedef struct app_org_view {
  store_org o;
  util_day at; /* the day shown: `at` as given, or today (the day before
                  its end, for one that ended) */
  char *name;
  const char *kind, *sector; /* names; sector NULL if not recorded */
  char **superiors;
  size_t nsuperiors;
  int64_t total, official, probationary, grassroots;
} app_org_view;
/* Fills *v (app_org_view_clear frees it) for the organisation `code` on
 * `at` (NULL: as above). */
int app_org_view_get(app *a, const char *code, const char *at, app_org_view *v,
                     util_err *e);
void app_org_view_clear(app_org_view *v);
/* The organisations directly below it on the view's day, by code; the
 * decisions disciplining it, by date. */
int app_org_children(app *a, const app_org_view *v, store_org_fn fn, void *ctx,
                     util_err *e);
int app_org_disciplines(app *a, const app_org_view *v,
                        int (*fn)(void *ctx, const store_org_discipline_row *r),
                        void *ctx, util_err *e);
/* Funds mobilised, by date. */
int app_funds(app *a, const app_records_in *in,
              int (*fn)(void *ctx, const store_fund_row *r), void *ctx,
              util_err *e);

/* ---- congresses and their elections (congress.c, congress_read.c) ----- */

/* A congress of organisation `org` for `term` ("2025-2030") held on
 * `date`, electing `seats` members of the executive committee, with
 * `delegates` delegate seats given (NULL: not given). CODE as
 * organisation codes are written, unique among congresses. */
typedef struct app_congress_in {
  const char *code, *org, *term, *date, *seats, *delegates;
} app_congress_in;
int app_congress_add(app *a, const app_congress_in *in, util_err *e);
/* A delegate of kind "elected" (NULL: elected) or "ex-officio": a member
 * in the party on the congress's day, in a cell of the organisation's
 * branch then, once; not beyond the delegate seats given. */
int app_congress_delegate(app *a, const char *code, const char *member,
                          const char *kind, util_err *e);
/* A candidate for the executive committee, next on the list: the same
 * rule of membership as a delegate's, once. */
int app_congress_candidate(app *a, const char *code, const char *member,
                           util_err *e);
/* A round of voting for the seats the earlier rounds left: the counts of
 * ballots and either `votes` ("ID=N,ID=N": every candidate not named has
 * 0) or `ballots`, the text of a file of one ballot per line (the member
 * ids marked, comma-separated; blank lines skipped) named
 * `ballots_name` in refusals ("FILE:LINE: ..."), whose lines give `valid`
 * when it is NULL. Refused: counts that cannot be (core_round_check), a
 * ballot with more marks than seats, a vote for someone not on the list
 * or elected in an earlier round, no seat left, more ballots issued than
 * delegates recorded (when any are). Sets *number to the round's. */
typedef struct app_round_in {
  const char *code, *issued, *returned, *valid, *votes;
  const char *ballots, *ballots_name;
} app_round_in;
int app_congress_round(app *a, const app_round_in *in, int *number,
                       util_err *e);

/* A round as computed: its counts, and each candidate's votes (most
 * first) with the outcome. */
typedef struct app_round_view {
  store_congress_round r;
  const store_congress_person *votes; /* into the view's votes */
  enum core_outcome *outcome;
  size_t n;
  size_t elected; /* how many it elected */
  bool tied;      /* a tie at the last seat: a further round is needed */
} app_round_view;
/* A congress as `congress show` and `congress result` give it. */
typedef struct app_congress_view {
  store_congress c;
  char *org_name;
  store_congress_person *delegates, *candidates, *votes;
  size_t ndelegates, ncandidates, nvotes;
  int64_t elected_delegates, ex_officio; /* delegates by kind */
  app_round_view *rounds;
  size_t nrounds;
  int64_t elected;    /* seats filled by all rounds */
  int64_t seats_left; /* c.seats - elected */
} app_congress_view;
/* Fills *v (app_congress_view_clear frees it) for the congress `code`;
 * refuses an unknown one, and one outside the actor's scope alike. */
int app_congress_view_get(app *a, const char *code, app_congress_view *v,
                          util_err *e);
void app_congress_view_clear(app_congress_view *v);
/* The congresses by day and code: of organisations below `under` on the
 * congress's day (NULL: the actor's scope), of `term` (NULL: any). */
int app_congresses(app *a, const char *under, const char *term,
                   int (*fn)(void *ctx, const store_congress_row *r), void *ctx,
                   util_err *e);

/* ---- groupings and meetings as shown (group_read.c, meeting_read.c) -----
 */

/* The groupings, by code, each with how many members it had on `at` (as
 * typed; NULL: today). */
int app_groupings(app *a, const char *at,
                  int (*fn)(void *ctx, const store_grouping_row *r), void *ctx,
                  util_err *e);
/* The conferences dated from `from` to `to` (as typed; NULL: no bound),
 * of the grouping `group` only unless it is NULL, by date and recording
 * order. Refused: `to` before `from`, an unknown grouping. */
int app_conferences(app *a, const char *group, const char *from, const char *to,
                    int (*fn)(void *ctx, const store_conference_row *r),
                    void *ctx, util_err *e);
/* The outstanding models of the grouping `group` named in `year` (as
 * typed, "2025"; NULL: any year), by date; *name (the caller's) is the
 * grouping's name. */
int app_models(app *a, const char *group, const char *year, char **name,
               int (*fn)(void *ctx, const store_model_row *r), void *ctx,
               util_err *e);

/* A grouping as `group show` and the web application show it on a day. */
typedef struct app_group_member {
  char *code, *name; /* the name it bore on the day */
  const char *kind;  /* the name of its kind */
  util_day since;    /* the first day of its membership */
} app_group_member;
typedef struct app_group_change {
  util_day day;
  char *org;   /* the organisation's code */
  bool joined; /* false: it left (was a member up to the day before) */
} app_group_change;
typedef struct app_group_view {
  int64_t id;
  char *code, *name, *kind; /* kind: "region" or "cluster" */
  util_day at;              /* the day shown: `at` as given, or today */
  char *holder;             /* the code of the flag's holder, NULL: nobody */
  util_day holder_since;
  app_group_member *members; /* the members on the day, by first day */
  size_t nmembers;
  app_group_change *changes; /* joins and leaves up to the day, oldest
                                first (on a day, leaves first) */
  size_t nchanges;
} app_group_view;
/* Fills *v (app_group_view_clear frees it) for the grouping `code` on `at`
 * (NULL: today); refuses an unknown grouping. */
int app_group_view_get(app *a, const char *code, const char *at,
                       app_group_view *v, util_err *e);
void app_group_view_clear(app_group_view *v);
/* The grouping's conferences and its outstanding models up to the view's
 * day, by date. */
int app_group_conferences(app *a, const app_group_view *v,
                          int (*fn)(void *ctx, const store_conference_row *r),
                          void *ctx, util_err *e);
int app_group_models(app *a, const app_group_view *v,
                     int (*fn)(void *ctx, const store_model_row *r), void *ctx,
                     util_err *e);

/* The meetings dated from in->from (NULL: the earliest) to in->to (NULL:
 * today) of the cells below in->under (NULL: all) as the tree stood on
 * each meeting's day, by date and id. Refused: `to` before `from`. */
int app_meetings(app *a, const app_records_in *in,
                 int (*fn)(void *ctx, const store_meeting_row *r), void *ctx,
                 util_err *e);
/* A recorded meeting as `meeting show` and the web application show it. */
typedef struct app_meeting_view {
  store_meeting m;
  char *cell, *cell_name; /* the cell's code, and its name on the day */
  const char *kind;       /* the name of the meeting's kind */
  char *chair_name;
  char *rubric;        /* the name of the rubric it is scored on */
  app_scoring scoring; /* each criterion's points, as they stand */
  const char *grade;   /* the grade's name, NULL while unscored */
  int64_t prev;        /* the cell's meeting before it (0: none), */
  util_day prev_day;   /* whose tasks are to be followed up */
  /* The order of the names of its attendance (app_meeting_lines): the
   * caller's choice (app_sort), roster order when left zero. */
  enum store_order order;
} app_meeting_view;
/* Fills *v (app_meeting_view_clear frees it) for the meeting `id` (as
 * typed); refuses an id that is no meeting's. */
int app_meeting_view_get(app *a, const char *id, app_meeting_view *v,
                         util_err *e);
void app_meeting_view_clear(app_meeting_view *v);
/* The lines of one part of the record of the meeting of a view (or of the
 * meeting before it, when `previous`), in their recorded order; the
 * attendance present first, then the cell's members before visitors,
 * each by name in v->order. */
int app_meeting_lines(app *a, const app_meeting_view *v, bool previous,
                      enum store_meeting_part part,
                      int (*fn)(void *ctx, const store_meeting_line *l),
                      void *ctx, util_err *e);
/* The name of the grade of a score (docs/rubric.md), NULL for none (a
 * score below 0: unscored). */
const char *app_meeting_grade(int score);

/* ---- exports (lists.c) ----------------------------------------------------
 */

/* What `export` writes, below `under` as the tree stands today (NULL: the
 * whole database), each in one read: the organisations in tree order; the
 * current and former members; every event of organisations, then of
 * members, by date. */
int app_export_orgs(app *a, const char *under, store_org_fn fn, void *ctx,
                    util_err *e);
int app_export_members(app *a, const char *under, store_member_fn fn, void *ctx,
                       util_err *e);
int app_export_events(app *a, const char *under,
                      int (*org_fn)(void *ctx, const store_org_event_row *r),
                      int (*member_fn)(void *ctx, const store_event_row *r),
                      void *ctx, util_err *e);

/* ---- imports
 * --------------------------------------------------------------------- */

/* Reads organisations or members from RFC 4180 CSV (docs/formats.md), all
 * or nothing: the first bad row refuses the whole file with
 * "FILE:LINE: column: value: reason". Sets *rows to the rows imported. */
int app_import_orgs(app *a, FILE *in, const char *name, long long size,
                    long *rows, util_err *e);
int app_import_members(app *a, FILE *in, const char *name, long long size,
                       long *rows, util_err *e);

/* ---- the demonstration
 * ------------------------------------------------------------- */

/* Fills an empty database with a fictional provincial block: a few dozen
 * grassroots organisations, a few thousand members and a year of events.
 * Sets *root to the block's code (static text) and the year of events. */
int app_demo(app *a, const char **root, int *year, util_err *e);
/* Opens `path` afresh for the demo: a database that holds the demo (or
 * nothing) is removed first; one that holds other records is refused. */
int app_demo_open(app *a, const char *path, util_err *e);

/* ---- the period report (report.c) ---------------------------------------- */

typedef struct app_report_in {
  const char *org;    /* the organisation's code, or NULL with group */
  const char *group;  /* a grouping's code: the sum of its members */
  const char *from;   /* the first day */
  const char *to;     /* the last day; it may be after today (the year's
                         report is drafted in December) */
  const char *engine; /* auto (NULL) or direct */
} app_report_in;
/* Computes the report of the period (docs/report.md) into *f (clear it
 * with app_report_clear). */
int app_report(app *a, const app_report_in *in, report_figures *f, util_err *e);
/* Renders it as text, json, csv or summary (the paragraph read out); the
 * text and the summary in language l (NULL: English), JSON and CSV in
 * none. */
void app_report_render(const report_figures *f, const char *format,
                       const util_lang *l, util_buf *out);
/* The page to print and sign of the report of *in (report_render_html,
 * docs/report.md), dated today: `place` the place of its date line (NULL
 * or "": a blank to fill; up to 100 characters), in language l (its
 * words, numbers and dates; NULL: English). */
int app_report_html(app *a, const app_report_in *in, const char *place,
                    const util_lang *l, util_buf *out, util_err *e);
/* Writes it to `out` as a workbook with a sheet for each section (their
 * names and header in language l), built in a temporary file in
 * `tmpdir`; -1 with *e set when it cannot be. */
int app_report_xlsx(const report_figures *f, const util_lang *l,
                    const char *tmpdir, FILE *out, util_err *e);
void app_report_clear(report_figures *f);

/* ---- about cadre ----------------------------------------------------------
 */

/* "cadre 0.1.0 (schema version 6, sqlite 3.40.1)" */
void app_version(util_buf *out);
/* The schema version this cadre writes. */
int app_schema_version(void);

/* ---- checks
 * ------------------------------------------------------------------------ */

/* Checks the database: SQLite's integrity and foreign keys, and the tallies
 * against a recomputation from the events; `repair` rewrites the tallies.
 * Writes findings to *report; sets *problems. Writes to *warnings what
 * is sound but calls for a decision — probationary members whose probation
 * ended today or before without recognition — and sets *nwarnings; they
 * are not problems. */
int app_check(app *a, bool repair, util_buf *report, int *problems,
              util_buf *warnings, int *nwarnings, util_err *e);

/* ---- voids and corrections of records of party work (void.c) ---------- */

/* Voids record `id` of `source` — "oversight", "org_discipline",
 * "assessment", "award", "fund", "conference", "model", "meeting" or
 * "dissemination" — for `reason` (required): it is kept whole among the
 * voided records with who, when and why, and stops counting everywhere,
 * past reports included. Refused, naming the rule, where something
 * recorded rests on it (a conference that received the flag from it, an
 * implementation of a dissemination) or where it cannot be undone here (a
 * dissolution decided as discipline). */
int app_record_void(app *a, const char *source, const char *id,
                    const char *reason, util_err *e);
/* Corrects record `id` of `source`: voids it and adds it again, in one
 * transaction, with the fields of the record overridden by those given —
 * `names[i]` is an option of the noun's add command, `values[i]` its
 * value (yes or no for a flag). The addition is checked as an addition
 * is, and refused with its message. Sets *new_id. */
int app_record_correct(app *a, const char *source, const char *id,
                       const char *const *names, const char *const *values,
                       size_t n, const char *reason, int64_t *new_id,
                       util_err *e);
/* What messages and `void list` call records of `source` ("assessment",
 * "discipline", ...; static text), and the source of such a name, refusing
 * another. */
const char *app_record_label(const char *source);
int app_record_source(const char *label, const char **source, util_err *e);
/* The voided records (of `source` unless NULL), in the order voided. */
int app_voided(app *a, const char *source,
               int (*fn)(void *ctx, const store_voided_row *r), void *ctx,
               util_err *e);

/* ---- the audit trail (audit.c) ------------------------------------------ */

/* Which entries of the audit trail, as typed; NULL or "" leaves a filter
 * out. */
typedef struct app_audit_query {
  const char *under;     /* an organisation's code: the entries about it and
                            the organisations below it now */
  const char *user;      /* who (login names compare without regard to case) */
  const char *from, *to; /* the first and last day written */
} app_audit_query;
/* For administrators: calls fn for each entry of the audit trail the query
 * selects, in the order written, with the rows it wrote (values before and
 * after). An administrator of a branch sees the entries about
 * organisations in it (and members registered there) only. */
int app_audit_list(app *a, const app_audit_query *q,
                   int (*fn)(void *ctx, const store_audit_row *r), void *ctx,
                   util_err *e);

/* ---- users of the web application (user.c) ------------------------------ */

#define APP_PASSWORD_MIN 10   /* characters */
#define APP_PASSWORD_MAX 1024 /* bytes */

typedef struct app_user_in {
  const char *name;     /* the login name */
  const char *role;     /* viewer, editor or admin */
  const char *scope;    /* the code of the organisation of their branch */
  const char *password; /* as typed; kept only as its Argon2id hash */
  const char *lang;     /* their language's tag; NULL or "": none */
} app_user_in;
/* Creates a user; refuses a malformed or taken login name, an unknown
 * role, a language without a catalog, a scope that is not a standing
 * organisation and a password of fewer than APP_PASSWORD_MIN characters.
 * Sets *id. */
int app_user_add(app *a, const app_user_in *in, int64_t *id, util_err *e);
/* Every user, by login name. */
int app_users(app *a, int (*fn)(void *ctx, const store_user *u), void *ctx,
              util_err *e);
/* Ends a user's logins (the user and their history stay). */
int app_user_disable(app *a, const char *name, util_err *e);
/* Sets a user's password (the rules of app_user_add). */
int app_user_passwd(app *a, const char *name, const char *password,
                    util_err *e);
/* The catalog of the language `tag` names (util_lang_find), or a refusal
 * naming the tag and the languages there are (field "lang"). */
int app_lang_find(const char *tag, const util_lang **out, util_err *e);

/* Sets the language a user reads the web application in: the tag of a
 * catalog ("vi", "vi-VN": kept as "vi"), or NULL or "" for none (their
 * browser's then decides); a tag without a catalog is refused naming the
 * languages there are. app_user_set_lang is an administrator's, for an
 * account of their branch; app_user_own_lang any signed-in user's, for
 * their own account (a->user). Both audited as `user set`. */
int app_user_set_lang(app *a, const char *name, const char *lang, util_err *e);
int app_user_own_lang(app *a, const char *lang, util_err *e);
/* Checks a login: fills *u (the caller clears it) when the name and
 * password agree and the user is enabled; otherwise refuses with one
 * message whatever the reason, in about the same time, so that a guess
 * learns nothing. */
int app_user_login(app *a, const char *name, const char *password,
                   store_user *u, util_err *e);

/* ---- for the server (http_reads.c) ---------------------------------------
 */

/* Frees what app_user_login filled in. */
void app_user_clear(store_user *u);
/* The account `name` as it is now, for a session that outlives changes to
 * it: fills *u (clear it with app_user_clear) and returns 0; returns 1
 * when there is no such account or it is disabled. */
int app_user_current(app *a, const char *name, store_user *u, util_err *e);
/* Gives the handle's connection a page cache of `mb` megabytes. */
int app_read_cache(app *a, int mb, util_err *e);
/* The account app_demo creates: an administrator of the demo's whole tree.
 * Its password is fixed and published (README, docs/http.md): the demo is
 * invented data served on 127.0.0.1, and a password that does not change
 * each time setup.sh runs again can be written down in the docs and the
 * tests. */
#define APP_DEMO_USER "demo"
#define APP_DEMO_PASSWORD "demo-ngoc-lam"

/* ---- typed input fields (field.c) ----------------------------------------
 *
 * What kind of value each input of an operation takes: the command table's
 * options and the API's query parameters and body fields point to these
 * descriptors, so that both front ends refuse a malformed value before the
 * operation runs, in the same words, and `--help`, docs/cli.md and the
 * OpenAPI document say what a field takes from the same place. The
 * operation still checks what depends on the register (a date in the
 * future, a code nobody has). */

enum app_ftype {
  APP_FT_TEXT,   /* UTF-8 text */
  APP_FT_FILE,   /* a file name: the system's bytes, unchecked */
  APP_FT_DATE,   /* a civil date, YYYY-MM-DD */
  APP_FT_CODE,   /* an organisation's (or grouping's) code */
  APP_FT_MEMBER, /* a member: id or party card number */
  APP_FT_INT,    /* a whole number from min to max */
  APP_FT_ENUM,   /* one of choices() */
  APP_FT_FLAG,   /* given or not (CLI), true or false (JSON) */
  APP_FT_YESNO,  /* yes or no (CLI), true or false (JSON) */
  APP_FT_VOTES,  /* FOR/TOTAL */
  APP_FT_AMOUNT, /* whole VND, digits grouped by '.' or ',' */
  APP_FT__MAX
};

typedef struct app_field {
  enum app_ftype type;
  /* APP_FT_ENUM: the names accepted, a NULL-terminated list (core's names
   * of its enumerations, or app's own). */
  const char *const *(*choices)(void);
  long min, max; /* APP_FT_INT */
  /* What a refusal says the value must be, where app_field_about's words
   * would say less ("the length in whole minutes, 1 to 1440"), or NULL. */
  const char *rule;
} app_field;

/* Checks `value` of the field called `name` against its type: 0, or -1
 * with an UTIL_INVALID refusal "name: value: reason" whose field is
 * `name` (never a command-line flag). An empty value passes: whether ""
 * is missing, or clears a field, is the operation's to say. */
int app_field_check(const app_field *f, const char *name, const char *value,
                    util_err *e);
/* Appends what a value of the field is, for help and the API's
 * documentation ("a date, YYYY-MM-DD or DD/MM/YYYY"; "one of a, b or c"). */
void app_field_about(const app_field *f, util_buf *out);
/* The same in the language l (NULL: English), for the help of the
 * command line in the language of its messages. */
void app_field_about_in(const app_field *f, const struct util_lang *l,
                        util_buf *out);
/* The name of a type, as the API's documentation says it ("date"). */
const char *app_ftype_name(enum app_ftype t);

/* The descriptors the operations' inputs use. */
extern const app_field app_f_text, app_f_file, app_f_date, app_f_code,
    app_f_member, app_f_flag, app_f_yesno, app_f_votes, app_f_amount,
    app_f_year, app_f_count, app_f_score, app_f_percent, app_f_minutes,
    app_f_seats;
/* Enumerations: of core (milestone: the years of party badges), or of app
 * (group kinds, conference kinds, roles, report engines). */
extern const app_field app_f_kind, app_f_sector, app_f_gender, app_f_theory,
    app_f_form, app_f_oversight, app_f_org_form, app_f_grade, app_f_award,
    app_f_meeting_kind, app_f_doc_kind, app_f_status, app_f_group_kind,
    app_f_conference_kind, app_f_role, app_f_engine, app_f_milestone,
    app_f_sort, app_f_delegate_kind;

/* ---- cadre planning (planning.c, planning_read.c; DOMAIN.md §8) --------- */

#include "core/planning.h"

/* The names of the levels of posts: central, provincial, local. */
const char *app_level_name(enum core_level l);
int app_level_parse(const char *s, enum core_level *out);
/* core's names, for the front ends: a level of theory (NULL when not
 * recorded), a gender, a form of discipline. */
const char *app_theory_name(enum core_theory t);
const char *app_gender_name(enum core_gender g);
const char *app_form_name(enum core_form f);
/* Frees what the reads of planning give. */
void app_post_clear(store_post *p);
void app_posts_free(store_post *p, size_t n);
void app_holdings_free(store_holding *h, size_t n);
/* The descriptors of planning's inputs: a level, a reason of removal, an
 * age in years, a number of seats, a number of years. */
extern const app_field app_f_level, app_f_plan_reason, app_f_age, app_f_seats,
    app_f_years;

/* Looks up a post by code (its holders counted on `day`); refuses an
 * unknown one, and one of an organisation outside the actor's scope, in
 * the same words (UTIL_NOT_FOUND). */
int app_post(app *a, const char *field, const char *code, util_day day,
             store_post *p, util_err *e);

/* A post as typed: CODE, the organisation whose post it is, its title and
 * seats, its level (default provincial) and its own conditions (empty:
 * the level's). */
typedef struct app_post_in {
  const char *code, *org, *title, *seats, *level, *max_age, *min_age, *theory,
      *discipline_years;
  const char *education; /* the values accepted, ';'-separated */
} app_post_in;
int app_post_add(app *a, const app_post_in *in, util_err *e);
/* The posts of the organisations within `under` (NULL: the actor's
 * scope), by code, their holders counted on `at` (NULL: today); *out is
 * the caller's (store_posts_free). */
int app_posts(app *a, const char *under, const char *at, store_post **out,
              size_t *n, util_err *e);
/* The post `code` and who held it on `at` (NULL: today); *p and *out are
 * the caller's. */
int app_post_holders(app *a, const char *code, const char *at, store_post *p,
                     store_holding **out, size_t *n, util_err *e);

/* An appointment as typed: member, post, first day, decision. */
typedef struct app_appoint_in {
  const char *member, *post, *date, *decision;
} app_appoint_in;
/* Appoints a member to a post from `date`; refused when all its seats are
 * held that day, when the member holds it already, or was not a party
 * member that day. *planned: whether the member was in the post's
 * planning for a term covering the day (the front ends warn when not). */
int app_appoint(app *a, const app_appoint_in *in, int64_t *id, bool *planned,
                util_err *e);
/* Ends on `date` (the first day not held) the member's appointment to the
 * post held on that day. */
int app_post_leave(app *a, const app_appoint_in *in, util_err *e);

/* A rotation as typed: the member sent to organisation `to` (and post
 * `post`, of it) from `from` to `until`, both included. */
typedef struct app_rotate_in {
  const char *member, *to, *post, *from, *until, *decision, *note;
} app_rotate_in;
int app_rotate(app *a, const app_rotate_in *in, int64_t *id, util_err *e);
/* The rotations to organisations within `under` (NULL: the actor's
 * scope), of `member` (NULL: anyone's), under way on `at` (NULL: any day),
 * by first day; *out is the caller's (app_rotations_free). */
int app_rotations(app *a, const char *under, const char *member, const char *at,
                  store_rotation_row **out, size_t *n, util_err *e);
void app_rotations_free(store_rotation_row *r, size_t n);

/* A change of planning as typed: a member added to, or removed from (with
 * a reason: standards, prospects, prestige, age, discipline, other with a
 * note), the planning of a post for a term, on a day. */
typedef struct app_plan_in {
  const char *post, *term, *member, *date, *reason, *note;
} app_plan_in;
int app_plan_add(app *a, const app_plan_in *in, int64_t *id, util_err *e);
int app_plan_remove(app *a, const app_plan_in *in, util_err *e);

/* A post's planning for a term, as `plan list` shows it: the candidates
 * with their standing (age at the term's start, young at the post's
 * level, of an ethnic minority: other than Kinh), and the structure:
 * counts by age band at the term's start, young, women, minorities, and by
 * theory (indexed by enum core_theory), with whether each floor is met. */
#define APP_AGE_BANDS 4
extern const char *const app_age_bands[APP_AGE_BANDS];
typedef struct app_plan_candidate {
  store_member m;
  util_day added;
  int age;
  bool young, minority;
} app_plan_candidate;
typedef struct app_plan_view {
  store_post post;
  enum core_level level;
  char term[10];
  util_day start;
  app_plan_candidate *c;
  size_t n;
  int young_under; /* the age under which a cadre is young, at the level */
  int bands[APP_AGE_BANDS], young, women, minorities;
  int theory[CORE_THEORY__MAX];
  bool young_floor, women_floor;
} app_plan_view;
int app_plan_view_get(app *a, const char *post, const char *term,
                      app_plan_view *v, util_err *e);
void app_plan_view_clear(app_plan_view *v);

/* The conditions of a post: its own columns over its level's defaults. */
core_post_rules app_post_rules(const store_post *p);
/* A candidate who fails a condition, with the facts (planning.h). */
typedef struct app_plan_finding {
  const store_post *post;
  char term[10];
  const store_member *member;
  core_post_rules rules;
  core_plan_failure failure;
} app_plan_finding;
/* Reviews the planning of `term` of every post within `under` (NULL: the
 * actor's scope) on `at` (NULL: today), calling fn for each failure, by
 * post code and the day each candidate was added. Changes nothing. */
int app_plan_review(app *a, const char *term, const char *under, const char *at,
                    int (*fn)(void *ctx, const app_plan_finding *f), void *ctx,
                    util_err *e);

#endif
