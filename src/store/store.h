/*
 * store.h — the only layer that knows SQL. One database file, opened with
 * store_open; every other call runs inside a transaction begun with
 * store_begin. Statements are prepared once and cached per connection.
 *
 * Memory: strings in the structs filled by store_* are owned by the struct
 * and freed by its *_clear() function; arrays handed out are freed by the
 * caller with free() after clearing their elements as documented. Functions
 * return 0 on success and -1 with *e set (UTIL_SYSTEM for database failures,
 * with SQLite's message) unless they say otherwise; "not found" is not an
 * error but a return value of 1.
 *
 * The backend: SQLite, through this interface only, so that another
 * backend can sit behind the same functions (docs/ARCHITECTURE.md).
 */
#ifndef CADRE_STORE_H
#define CADRE_STORE_H

#include "core/core.h"

typedef struct store store;

/* The schema version this binary writes (the number of migrations). */
int store_schema_version(void);
/* The backend and its version, e.g. "SQLite 3.40.1". Static text. */
const char *store_backend(void);

enum store_mode {
  STORE_EXISTING, /* the database must exist and be a cadre database */
  STORE_CREATE,   /* create the file if missing */
  /* Like STORE_EXISTING, for a command that only reads: where the file or
   * its directory may not be written (so that SQLite cannot create its
   * -wal and -shm files), it is opened read-only instead of failing. */
  STORE_READ,
};

/* Opens the database at `path`, checks that it is a cadre database (or,
 * with STORE_CREATE only, an empty file), refuses one whose schema version
 * no cadre wrote, refuses one written by a newer cadre without touching it,
 * sets WAL, synchronous=FULL, foreign keys and the busy timeout (in ms),
 * and applies pending migrations. */
store *store_open(const char *path, enum store_mode mode, int busy_ms,
                  util_err *e);
void store_close(store *st);
/* Whether the database holds no organisation yet. */
int store_is_empty(store *st, bool *empty, util_err *e);

/* BEGIN IMMEDIATE when `write`, so that two writers wait for each other at
 * the start rather than fail half-way; BEGIN otherwise. */
int store_begin(store *st, bool write, util_err *e);
/* Lets the connection keep up to `mb` megabytes of the file in memory:
 * large imports touch every page of the indexes many times. */
int store_cache(store *st, int mb, util_err *e);
int store_commit(store *st, util_err *e);
/* Rolls back if a transaction is open; never fails. */
void store_rollback(store *st);
/* In a bulk write (an import): the names of the members inserted from now
 * on are indexed together by store_names_flush (write true), at the end,
 * which is much cheaper than one by one between the other writes; with
 * write false (the bulk write is rolled back) they are forgotten. */
int store_names_defer(store *st, util_err *e);
int store_names_flush(store *st, bool write, util_err *e);
/* Members' search keys against their names, and the index of their words
 * against the keys: writes each problem found as a line to *report and
 * returns their number, or -1; with `repair`, derives them again. */
int store_names_check(store *st, bool repair, util_buf *report, util_err *e);
/* The order of lists of people (store_sort.c): Vietnamese roster order,
 * by the given name (the last word), the middle names, then the family
 * name (the first word); or family order: family, middle, given. Both by
 * ICU's Vietnamese collation, word by word. */
enum store_order { STORE_ORDER_GIVEN, STORE_ORDER_FAMILY, STORE_ORDER__MAX };
/* The sort key of `name` in `order` into *out (emptied first): bytes that
 * compare with memcmp as the names do. An error only when ICU has no
 * Vietnamese collation. */
int store_sort_key(store *st, const char *name, enum store_order order,
                   util_buf *out, util_err *e);
/* The version of the collator the keys are made with, and of the ICU it
 * comes from ("vi 153.120.42.0, ICU 72.1"). */
int store_sort_version(store *st, char out[64], util_err *e);
/* Whether the database's keys were made by another version of it. */
int store_sort_stale(store *st, bool *stale, util_err *e);
/* When stale, every member's keys made again and the version kept: inside
 * a write transaction. */
int store_sort_refresh(store *st, util_err *e);
/* Members' sort keys against their names and the collator's version: as
 * store_names_check. */
int store_sort_check(store *st, bool repair, util_buf *report, util_err *e);
/* Voids the founding of organisation `id` when nothing names it but its
 * own rows: keeps it whole (row, names, paths, events) among the voided
 * records and deletes it. Returns 1 with *where (the caller's) the table
 * of the first record that names it, leaving everything as it was. Its
 * tallies are the caller's to take back first. */
int store_org_unfound(store *st, int64_t id, const char *user,
                      const char *reason, char **where, util_err *e);
/* Whether a transaction is open on the connection. */
bool store_in_transaction(const store *st);

/* SQLite's integrity and foreign key checks: writes each problem found as
 * a line to *report and returns their number, or -1. */
int store_integrity(store *st, util_buf *report, util_err *e);

int store_meta_get(store *st, const char *key, char **value, util_err *e);
int store_meta_set(store *st, const char *key, const char *value, util_err *e);
int store_meta_delete(store *st, const char *key, util_err *e);
/* Whether the database was opened read-only (STORE_READ where it may not
 * be written). */
bool store_is_read_only(const store *st);

/* ---- the audit trail (store_audit.c) ----------------------------------- */

/* An entry of the audit trail: who did what, from where ("cli", a web
 * client's address; NULL: not known), about which organisation (0: none). */
typedef struct store_audit_entry {
  const char *user, *origin, *action, *detail;
  int64_t org;
} store_audit_entry;
/* Begins capturing the rows written to the tables that hold what users
 * entered, for the audit entries of the write transaction just begun:
 * store_audit writes each entry with the rows written since the previous
 * entry (or since this call). Capture ends with the transaction. */
int store_audit_capture(store *st, util_err *e);
/* Appends to the audit trail at the current time, with the rows captured
 * (values of a user's password are written as "(hidden)"). */
int store_audit(store *st, const store_audit_entry *in, util_err *e);

/* One row written by an audited change: JSON objects of the key's columns
 * and of the values before (NULL for an insert) and after (NULL for a
 * delete); an update holds only the columns it changed, and the key. */
typedef struct store_audit_change {
  const char *table, *op, *key, *before, *after;
} store_audit_change;
typedef struct store_audit_row {
  int64_t id;
  const char *at, *user, *origin, *action, *detail; /* origin may be NULL */
  int64_t org;                                      /* 0: none */
  const char *org_code; /* NULL when none, or no longer in the register */
  const store_audit_change *changes;
  size_t nchanges;
} store_audit_row;
typedef struct store_audit_query {
  int64_t under;     /* the entries about this organisation and those below
                        it now (0: all) */
  const char *user;  /* by this user (NULL: all) */
  util_day from, to; /* written on these days (0: open) */
} store_audit_query;
/* Calls fn for each entry of the audit trail that the query selects, in
 * the order written, with its rows; stops early when fn returns non-zero
 * and returns that value. */
int store_audit_rows(store *st, const store_audit_query *q,
                     int (*fn)(void *ctx, const store_audit_row *r), void *ctx,
                     util_err *e);

/* ---- organisations ------------------------------------------------------ */

typedef struct store_org {
  int64_t id;
  char *code;
  char *name; /* the current name */
  enum core_kind kind;
  enum core_sector sector;
  util_day founded; /* 0 with founded_known false when not recorded */
  bool founded_known;
  util_day recorded_on;     /* without a founding date: the day recorded, from
                               which it counts (0 before schema 004) */
  util_day ended;           /* 0 while it lives */
  enum core_flow ended_how; /* CORE_F_ORGS_DISSOLVED or _MERGED */
} store_org;

void store_org_clear(store_org *o);
/* Returns 0 and fills *o, 1 when there is no such organisation, -1. */
int store_org_by_code(store *st, const char *code, store_org *o, util_err *e);
int store_org_by_id(store *st, int64_t id, store_org *o, util_err *e);
/* Whether `org` is `root` or below it as the tree stands now (for an
 * organisation that has ended, as it stood last): one comparison of
 * ranges of paths. */
int store_org_within(store *st, int64_t org, int64_t root, bool *within,
                     util_err *e);
/* How many organisations were ever roots of the tree. */
int store_org_roots(store *st, int64_t *n, util_err *e);
/* The first organisation of a kind recorded (0), 1 when there is none. */
int store_org_first_of_kind(store *st, enum core_kind kind, store_org *o,
                            util_err *e);
/* Inserts o (id ignored) and sets o->id. */
int store_org_insert(store *st, store_org *o, util_err *e);
int store_org_set_name(store *st, int64_t id, const char *name, util_err *e);
int store_org_set_ended(store *st, int64_t id, util_day day, enum core_flow how,
                        util_err *e);
/* An organisation that has not ended (its end voided). */
int store_org_set_alive(store *st, int64_t id, util_err *e);
/* The organisation's stays in groupings that ended on `day` go on (the
 * end of the organisation that ended them voided). */
int store_org_stays_reopen(store *st, int64_t id, util_day day, util_err *e);
/* An organisation recorded without a founding date counts from `day` when
 * that is before the day it counts from now (a move or an end dated then). */
int store_org_count_from(store *st, int64_t id, util_day day, util_err *e);
int store_org_name_add(store *st, int64_t id, util_day since, const char *name,
                       util_err *e);
/* The name in use on `day` (the current name before its first record).
 * *name is the caller's. */
int store_org_name_at(store *st, int64_t id, util_day day, char **name,
                      util_err *e);
/* The date of the latest name change, or 0. */
int store_org_last_rename(store *st, int64_t id, util_day *day, util_err *e);

/* An organisation's place in the tree over [from, to). */
typedef struct store_path {
  util_day from, to;
  int64_t parent; /* 0 for a root */
  char *path;     /* "1/5/23/": ids from the root down, each with a '/' */
} store_path;

void store_paths_free(store_path *p, size_t n);
/* All paths of an organisation, oldest first. */
int store_paths_of(store *st, int64_t org, store_path **out, size_t *n,
                   util_err *e);
/* Replaces all paths of an organisation. */
int store_paths_set(store *st, int64_t org, const store_path *p, size_t n,
                    util_err *e);
/* Every organisation's id, ascending; *ids is the caller's. */
int store_org_ids(store *st, int64_t **ids, size_t *n, util_err *e);
/* Every member's id, ascending; *ids is the caller's. */
int store_member_ids(store *st, int64_t **ids, size_t *n, util_err *e);
/* Ids of the organisations that were ever directly under `org`, ascending.
 * *ids is the caller's. */
int store_children_ever(store *st, int64_t org, int64_t **ids, size_t *n,
                        util_err *e);

/* One organisation in a listing of the tree on a day. */
typedef struct store_org_row {
  int64_t id;
  const char *code, *name, *kind, *sector, *founded, *ended;
  const char *recorded; /* without a founding date: the day it counts from */
  const char *path;
  int64_t parent;
  const char *parent_code;
} store_org_row;
typedef int (*store_org_fn)(void *ctx, const store_org_row *row);
/* Calls fn for every organisation whose path on `day` starts with `prefix`
 * (all organisations when prefix is NULL), in path order. Names are those in
 * use on that day; only those now in the subtree of `scope` (unless 0).
 * fn returns 0 to go on, non-zero to stop (and that value is returned). */
int store_orgs_at(store *st, const char *prefix, util_day day, int64_t scope,
                  store_org_fn fn, void *ctx, util_err *e);
/* Children of an organisation on a day, by code. */
int store_children_at(store *st, int64_t org, util_day day, store_org_fn fn,
                      void *ctx, util_err *e);
/* Number of live children on or after `day`. */
int store_children_count(store *st, int64_t org, util_day day, int *n,
                         util_err *e);
typedef struct store_org_event {
  int64_t org;
  const char *kind; /* founded, renamed, moved, merged, received, dissolved */
  util_day date;
  int64_t other, from;
  const char *name, *decision;
  int64_t id; /* set by store_org_history */
} store_org_event;
/* Sets *id (unless NULL) to the new event's id. */
int store_org_event_add(store *st, const store_org_event *ev, const char *user,
                        int64_t *id, util_err *e);
/* The events of an organisation (of all when org is 0; of those now in the
 * subtree `prefix` unless it is NULL), oldest first; voided ones only when
 * `voided`. Rows
 * point into the store's memory, valid during the callback. */
typedef struct store_org_event_row {
  const char *org_code;
  const char *kind, *date, *other_code, *from_code, *name, *decision;
  const char *recorded_at, *recorded_by;
  int64_t id;
  const char *voided_at, *voided_by, *void_reason; /* NULL unless void */
  int64_t corrected_by; /* the event entered in its place, or 0 */
} store_org_event_row;
int store_org_events(store *st, int64_t org, const char *prefix, bool voided,
                     int (*fn)(void *ctx, const store_org_event_row *row),
                     void *ctx, util_err *e);
/* The organisation event `id` (kind is static text); *voided whether it
 * is void. Returns 1 when there is none. */
int store_org_event_get(store *st, int64_t id, store_org_event *ev,
                        bool *voided, util_err *e);
/* Marks an organisation event void by `user` now, for `reason`; in a
 * correction, `corrected_by` is the event entered in its place (else 0). */
int store_org_event_void(store *st, int64_t id, const char *user,
                         const char *reason, int64_t corrected_by, util_err *e);
/* The transfers in force from cell `from_cell` to `to_cell` on `day` for
 * `reason`: those a merger of the cell recorded. */
int store_org_handed_members(store *st, int64_t from_cell, int64_t to_cell,
                             util_day day, const char *reason, int64_t **ids,
                             size_t *n, util_err *e);
/* Removes the name an organisation took on `since` (a rename voided). */
int store_org_name_delete(store *st, int64_t org, util_day since, util_err *e);
/* The events in force of `org` in date order (one day's in the order
 * recorded), with their ids; kind is static text, name and decision are
 * the caller's (store_org_history_free). */
int store_org_history(store *st, int64_t org, store_org_event **out, size_t *n,
                      util_err *e);
void store_org_history_free(store_org_event *ev, size_t n);

/* ---- members
 * -------------------------------------------------------------------- */

typedef struct store_member {
  int64_t id;
  char *name, *card, *ethnicity, *religion, *hometown, *education;
  char *profession, *position;
  util_day born;
  enum core_gender gender;
  enum core_theory theory;
  bool key_cadre, manager; /* manager: holds a management post */
  /* The current state (derived). */
  enum core_status status;
  int64_t cell;
  util_day admitted, official, origin, left; /* 0 when not set */
  int readmissions;
} store_member;

void store_member_clear(store_member *m);
/* Finds a member by id (all digits) or by party card number. Returns 0, 1
 * when there is none, -1. */
int store_member_find(store *st, const char *ref, store_member *m, util_err *e);
int store_member_by_id(store *st, int64_t id, store_member *m, util_err *e);
/* Inserts the person and the derived state; sets m->id. Returns 1 when
 * another member holds the card number. */
int store_member_insert(store *st, store_member *m, util_err *e);
/* Writes the derived state columns of m and its position. */
int store_member_update_state(store *st, const store_member *m, util_err *e);
/* The member's profile over time, as reports count it: from the member
 * row and its dated changes (store_change_*), one profile from the
 * beginning and one more for each day a counted field (theory,
 * education, ethnicity, key cadre) changed, in order. *p is the caller's;
 * *n is at least 1. */
int store_member_profile(store *st, const store_member *m, core_profile **p,
                         size_t *n, util_err *e);

/* ---- dated changes of the profile (store_change.c) */

/* A change of one field of a member's profile from `since` on; a `base`
 * row holds the value before the field's first change. */
typedef struct store_change {
  int64_t id, member;
  const char *field; /* name, position, key_cadre ("yes" or NULL), theory,
                        education, profession, religion, ethnicity, card,
                        hometown */
  util_day since;
  bool base;
  const char *value; /* NULL: none */
  int64_t event;     /* the event that made it (a dismissal), or 0 */
  const char *recorded_at, *recorded_by;
  const char *voided_at, *voided_by, *void_reason; /* NULL unless void */
} store_change;
/* Records a change (since 0: a base row). Sets *id unless NULL. */
int store_change_add(store *st, int64_t member, const char *field,
                     util_day since, const char *value, int64_t event,
                     const char *user, int64_t *id, util_err *e);
/* The changes of a member: base rows first, then by day and id; voided
 * ones too when `voided`. Rows are valid during the call. */
int store_changes_of(store *st, int64_t member, bool voided,
                     int (*fn)(void *ctx, const store_change *c), void *ctx,
                     util_err *e);
/* The change `id` (fn is not called when there is none). */
int store_change_by_id(store *st, int64_t id,
                       int (*fn)(void *ctx, const store_change *c), void *ctx,
                       util_err *e);
/* Voids the change `id`, and every change made by `event` unless 0. */
int store_change_void(store *st, int64_t id, int64_t event, const char *user,
                      const char *reason, util_err *e);
/* Writes the person's fields of m (name, card, texts, theory, key cadre)
 * to the member row. Returns 1 when another member holds the card. */
int store_member_set_profile(store *st, const store_member *m, util_err *e);
/* The number of a text value in a dimension ("ethnicity", "education"),
 * created when new; 0 for NULL or "". */
int store_term(store *st, const char *dim, const char *value, uint32_t *id,
               util_err *e);
/* The text of a numbered value (*value is the caller's; NULL for 0). */
int store_term_text(store *st, uint32_t id, char **value, util_err *e);

/* One recorded event of a member, with its details. */
typedef struct store_event {
  core_event ev;
  int64_t from_cell; /* transfers: the cell left */
  int64_t by_org;
  const char *decision, *reason, *detail;
  util_day considered, ceremony;
  /* Discipline: the votes of the deciding body, and of the proposal for
   * an expulsion (all 0 when not recorded). */
  core_votes votes;
} store_event;
/* Appends an event to a member's history; sets *id (unless NULL) to the
 * event's id. */
int store_event_add(store *st, int64_t member, const store_event *ev,
                    const char *user, int64_t *id, util_err *e);
/* A member's events as core replays them, in date order (events of one
 * day in the order they were recorded), voided ones left out; *evs is the
 * caller's. */
int store_events_of(store *st, int64_t member, core_event **evs, size_t *n,
                    util_err *e);
/* The same history with what the rules need to check each event again
 * (core_check_history) when an earlier one is entered late or one is
 * voided. *out is the caller's. */
typedef struct store_history_event {
  int64_t id;
  core_event ev;
  int64_t from_cell; /* transfers: the cell recorded as left */
  int64_t by_org;    /* admission: the committee that approved (over 60);
                        discipline: the deciding organisation */
  util_day considered, ceremony;
  util_day official; /* as stored (recognition: the day it took effect) */
  bool had_post;     /* a dismissal recorded the post it ended, or ended
                        an appointment */
} store_history_event;
int store_history_of(store *st, int64_t member, store_history_event **out,
                     size_t *n, util_err *e);
/* The member an event is of, and whether it is void. Returns 1 when there
 * is no member event `id`. */
int store_event_owner(store *st, int64_t id, int64_t *member, bool *voided,
                      util_err *e);
/* Marks an event void by `user` now, for `reason`; `corrected_by` is the
 * event entered in its place (0: none). */
int store_event_void(store *st, int64_t id, const char *user,
                     const char *reason, int64_t corrected_by, util_err *e);
/* Rewrites the day a recognition took effect, after the history before it
 * changed. */
int store_event_set_official(store *st, int64_t id, util_day official,
                             util_err *e);
typedef struct store_event_row {
  int64_t member;
  int seq;
  const char *kind, *date, *cell_code, *to_code, *official, *until, *form;
  const char *by_code, *decision, *considered, *ceremony, *reason, *detail;
  const char *recorded_at, *recorded_by;
  bool studies;
  /* Discipline: the votes as numbers in text, NULL when not recorded. */
  const char *votes_for, *votes_total, *proposal_for, *proposal_total;
  int64_t id;
  /* Set when the event was voided: when, by whom, why, and the event
   * entered in its place (0: none). */
  const char *voided_at, *voided_by, *void_reason;
  int64_t corrected_by;
  const char *registered; /* registered: registration began then, if later
                             than the admission */
} store_event_row;
/* The events of a member (of all when member is 0; of those whose cell is
 * now in the subtree `prefix` unless it is NULL), by member and date (one
 * day's in the order recorded); voided ones too when `voided`. */
int store_event_rows(store *st, int64_t member, const char *prefix, bool voided,
                     int (*fn)(void *ctx, const store_event_row *row),
                     void *ctx, util_err *e);
/* The event `id`, voided or not: fn is called once, or not at all when
 * there is no such member event. */
int store_event_row_by_id(store *st, int64_t id,
                          int (*fn)(void *ctx, const store_event_row *row),
                          void *ctx, util_err *e);

/* Replaces the membership and visit rows of a member with the stretches
 * of its registration (core_registration; `fresh`: the member has none
 * yet). */
int store_membership_set(store *st, int64_t member, const core_stretch *r,
                         size_t n, bool fresh, util_err *e);
/* The membership and visit rows of a member as stretches, sorted by
 * core_stretch_cmp. *out is the caller's. */
int store_membership_of(store *st, int64_t member, core_stretch **out,
                        size_t *n, util_err *e);
/* The member's registration on a day: cell and status (status is
 * CORE_NOT_MEMBER when none). */
int store_membership_at(store *st, int64_t member, util_day day, int64_t *cell,
                        enum core_status *status, util_err *e);
/* The cell of the member's latest stretch of registration begun on or
 * before `day` (0 when none). */
int store_membership_last(store *st, int64_t member, util_day day,
                          int64_t *cell, util_err *e);
/* Ids of members registered in one of the given cells at any time on or
 * after `day`, ascending. *ids is the caller's. */
int store_members_in_cells(store *st, const int64_t *cells, size_t ncells,
                           util_day day, int64_t **ids, size_t *n, util_err *e);
/* The latest event date of anyone ever registered in one of the cells
 * (0 when none). */
int store_cells_last_event(store *st, const int64_t *cells, size_t n,
                           util_day *day, util_err *e);

/* A member in a listing. */
typedef struct store_member_row {
  int64_t id;
  const char *name, *card, *born, *gender, *status, *cell_code, *admitted;
  const char *official, *origin, *left, *ethnicity, *religion, *hometown;
  const char *education, *profession, *theory, *position;
  bool key_cadre, manager;
  bool visiting; /* a temporary visitor of the listed organisation */
  /* store_members_all: who approved an admission over 60, or NULL. */
  const char *approved_by;
} store_member_row;
typedef int (*store_member_fn)(void *ctx, const store_member_row *row);
/* Members registered on `day` in cells whose path starts with `prefix`
 * (every cell when NULL), with their status on that day, ordered by cell
 * code, then name in `order`, then id; visitors in those cells too,
 * flagged, when `visitors`; only those whose cell is now in the subtree of
 * `scope` (unless 0). */
int store_members_at(store *st, const char *prefix, util_day day, bool visitors,
                     int64_t scope, enum store_order order, store_member_fn fn,
                     void *ctx, util_err *e);
/* Current and former members by their state today (for export and find). */
int store_members_all(store *st, const char *prefix, store_member_fn fn,
                      void *ctx, util_err *e);
/* Members who ever left the party (out now, or readmitted since), whose
 * last cell lies now in the subtree of `scope` (0: anywhere), by that
 * cell's code, then name in `order`, then id. */
int store_members_ever_out(store *st, int64_t scope, enum store_order order,
                           store_member_fn fn, void *ctx, util_err *e);
/* Members whose folded name has the words of the folded `key` one after
 * the other, the last one from its start, in the cells now in the subtree
 * `prefix` (all when NULL): those after the first `skip`, `limit` of them
 * at most (all when negative), by the name from the first word found on,
 * then the words before it, then id; sets *total (unless NULL) to how
 * many there are in all, counted no further than upto + 1 (all when upto
 * is negative): more than `upto` when it is upto + 1. A row found carries
 * what a list of names shows (id, name, card, born, gender, cell,
 * admitted, official, status); its other fields are NULL or 0. */
int store_members_search(store *st, const char *key, const char *prefix,
                         int64_t skip, int64_t limit, store_member_fn fn,
                         void *ctx, int64_t *total, int64_t upto, util_err *e);
/* Official members whose party age counts from a date in [lo, hi], whose
 * cell lies now in the subtree of `scope` (0: anywhere). */
int store_members_by_origin(store *st, util_day lo, util_day hi, int64_t scope,
                            store_member_fn fn, void *ctx, util_err *e);

/* ---- oversight and discipline of organisations ---------------------------
 * (store_oversight.c) */

/* An inspection or a supervision of an organisation or of a member. */
typedef struct store_oversight {
  enum core_oversight kind;
  int64_t by_org;
  int64_t org, member; /* exactly one is set */
  util_day from, to;   /* to is 0 when not recorded */
  const char *subject, *conclusion;
  bool violation;
} store_oversight;
/* Inserts a record of oversight; sets *id. */
int store_oversight_add(store *st, const store_oversight *o, const char *user,
                        int64_t *id, util_err *e);

/* Which records of oversight a listing wants; 0 and NULL leave a field
 * out. */
typedef struct store_oversight_query {
  int64_t id;
  /* Records about this organisation, or about an organisation or a member
   * below it, as the tree stood on the record's first day. */
  int64_t under;
  util_day from, to; /* the first day within [from, to] */
  const char *kind;
  /* Only records whose member (in their cell) or organisation is now in
   * this subtree (0: all): the actor's scope. */
  int64_t scope;
} store_oversight_query;
/* A record of oversight in a listing; texts point into the store's
 * memory, valid during the callback. */
typedef struct store_oversight_row {
  int64_t id, by_org, org, member; /* org or member is 0 */
  const char *kind, *from, *to, *by_code, *org_code, *member_name;
  const char *subject, *conclusion, *recorded_at, *recorded_by;
  const char *place_code; /* where it counts (its point) */
  bool violation;
} store_oversight_row;
/* Calls fn for each record the query wants, by first day and id. */
int store_oversights(store *st, const store_oversight_query *q,
                     int (*fn)(void *ctx, const store_oversight_row *row),
                     void *ctx, util_err *e);

/* The ids of the records about one target, oldest first (by first day, or
 * date, then id): for `source` "oversight" the records of kind `kind` about
 * the organisation `org` or the member `member` (the other is 0); for
 * "org_discipline" the decisions on `org`. *ids is the caller's. */
int store_target_records(store *st, const char *source,
                         enum core_oversight kind, int64_t org, int64_t member,
                         int64_t **ids, size_t *n, util_err *e);

/* A discipline decision on an organisation. */
typedef struct store_org_discipline {
  int64_t org, by_org; /* by_org is 0 when not recorded */
  util_day date;
  enum core_org_form form;
  int votes_for, votes_total;
  const char *decision, *reason;
} store_org_discipline;
/* Inserts a discipline decision on an organisation; sets *id. */
int store_org_discipline_add(store *st, const store_org_discipline *d,
                             const char *user, int64_t *id, util_err *e);
/* A discipline decision on an organisation, as listed; texts point into the
 * store's memory, valid during the callback. */
typedef struct store_org_discipline_row {
  const char *date, *form, *by_code, *decision, *reason;
  const char *recorded_at, *recorded_by;
  int votes_for, votes_total;
  int64_t id; /* for org discipline-void */
} store_org_discipline_row;
/* Calls fn for each discipline decision on `org`, by date. */
int store_org_disciplines(store *st, int64_t org,
                          int (*fn)(void *ctx,
                                    const store_org_discipline_row *row),
                          void *ctx, util_err *e);

/* ---- assessments and awards (store_assess.c) ---------------------------- */

/* The classification of a member or an organisation for a year. */
typedef struct store_assess {
  int64_t id; /* 0 before it is stored */
  int year;
  int64_t member, org; /* exactly one is set */
  enum core_grade grade;
  int score;          /* -1 when classified by grade */
  int64_t grassroots; /* whose quota it counts in, or 0 */
} store_assess;
/* The assessment of a member (org 0) or an organisation (member 0) for a
 * year into *out; 1 when there is none. */
int store_assess_get(store *st, int year, int64_t member, int64_t org,
                     store_assess *out, util_err *e);
/* Inserts a (id 0, and sets a->id) or rewrites the assessment a->id. */
int store_assess_put(store *st, store_assess *a, const char *user, util_err *e);
/* The members (or, with `orgs`, the organisations) of a grassroots
 * organisation's year classified excellent and well. */
int store_assess_counts(store *st, int64_t grassroots, int year, bool orgs,
                        int *excellent, int *well, util_err *e);

/* An assessment in a listing; texts point into the store's memory, valid
 * during the callback. */
typedef struct store_assess_row {
  int year;
  int64_t member;         /* 0 for an organisation */
  const char *card;       /* members */
  const char *name;       /* the member's, or the organisation's at year end */
  const char *code;       /* organisations */
  const char *grade;      /* streaks: the grade of the last year */
  int score;              /* -1 when not given */
  const char *place;      /* where it counts: the member's cell, the superior */
  const char *grassroots; /* whose quota it counts in, or NULL */
  int64_t id;             /* the classification's, for assess void */
} store_assess_row;
typedef int (*store_assess_fn)(void *ctx, const store_assess_row *row);
/* The assessments of a year, organisations first by code, then members by
 * cell code, name in `order` and id; only those of `grade` (unless NULL) and,
 * when `under` is not 0, of members whose place and organisations that were
 * `under` or below it at the end of the year; and when `scope` is not 0, of
 * members (in their cell) and organisations now in that subtree. */
int store_assess_rows(store *st, int year, int64_t under, int64_t scope,
                      const char *grade, enum store_order order,
                      store_assess_fn fn, void *ctx, util_err *e);
/* Those (members, or with `orgs` organisations) assessed every year from
 * `first` to `last` with a grade in `grades` (a set of 1 << enum
 * core_grade); `under` as above, at the end of the last year. The row is
 * that of the last year. */
int store_assess_streak(store *st, int first, int last, unsigned grades,
                        bool orgs, int64_t under, int64_t scope,
                        enum store_order order, store_assess_fn fn, void *ctx,
                        util_err *e);

/* An award to a member or to an organisation. */
typedef struct store_award {
  enum core_award kind;
  const char *title, *decision;
  int64_t member, org; /* exactly one is set */
  int64_t by_org;
  util_day date;
  int badge_years; /* party badges: the milestone; 0 otherwise */
} store_award;
int store_award_add(store *st, const store_award *w, const char *user,
                    int64_t *id, util_err *e);
/* The day a member was awarded the party badge of `years` (0 when not). */
int store_award_badge(store *st, int64_t member, int years, util_day *day,
                      util_err *e);
typedef struct store_award_row {
  int64_t id, member; /* member 0 for an organisation */
  const char *date, *kind, *title, *card;
  const char *name; /* the member's, or the organisation's on the date */
  const char *code; /* organisations */
  const char *by_code, *decision, *place, *recorded_at, *recorded_by;
  int badge_years; /* 0 when not a badge */
} store_award_row;
/* Awards dated in [from, to] of `kind` (unless NULL), to members whose
 * cell and organisations that were `under` or below it on the date
 * (unless 0) and are now in the subtree of `scope` (unless 0), by date
 * and id. */
int store_awards(store *st, int64_t under, int64_t scope, util_day from,
                 util_day to, const char *kind,
                 int (*fn)(void *ctx, const store_award_row *row), void *ctx,
                 util_err *e);

/* ---- groupings, conferences, outstanding models -------------------------
 * (store_group.c) */

typedef struct store_grouping {
  int64_t id;
  char *code, *name, *kind; /* kind: "region" or "cluster" */
} store_grouping;
void store_grouping_clear(store_grouping *g);
/* Returns 0 and fills *g, 1 when no grouping has that code (matched
 * without regard to case), -1. */
int store_grouping_by_code(store *st, const char *code, store_grouping *g,
                           util_err *e);
/* Sets *code (the caller's) to the code of grouping `id` (`table`
 * "grouping") or the number of document `id` ("document"); returns 1
 * when there is none. */
int store_code_of(store *st, const char *table, int64_t id, char **code,
                  util_err *e);
/* Inserts g (id ignored) and sets g->id. */
int store_grouping_insert(store *st, store_grouping *g, const char *user,
                          util_err *e);
/* A grouping in a listing, with the number of its members on the day
 * asked. */
typedef struct store_grouping_row {
  int64_t id;
  const char *code, *name, *kind;
  int members;
} store_grouping_row;
/* Every grouping, by code. */
int store_groupings(store *st, util_day day,
                    int (*fn)(void *ctx, const store_grouping_row *row),
                    void *ctx, util_err *e);

/* A stretch of membership of an organisation in a grouping: [from, to),
 * to is UTIL_DAY_MAX while it goes on. */
typedef struct store_grouping_span {
  int64_t org;
  util_day from, to;
} store_grouping_span;
/* Every stretch of a grouping, by first day and organisation; *out is the
 * caller's. */
int store_grouping_spans(store *st, int64_t grouping, store_grouping_span **out,
                         size_t *n, util_err *e);
typedef struct store_grouping_stay {
  int64_t grouping;
  char code[40]; /* the grouping's code (at most 32 characters) */
  util_day from, to;
} store_grouping_stay;
/* The stretches of `org` in groupings that end after `day`, by grouping
 * code and first day; *out is the caller's. */
int store_org_stays(store *st, int64_t org, util_day day,
                    store_grouping_stay **out, size_t *n, util_err *e);
/* Adds a stretch of `org` from `from` on. */
int store_grouping_join(store *st, int64_t grouping, int64_t org, util_day from,
                        util_err *e);
/* Ends at `to` the stretch of `org` that began on `from`. */
int store_grouping_leave(store *st, int64_t grouping, int64_t org,
                         util_day from, util_day to, util_err *e);

/* A conference: of a grouping (grouping set) or of one organisation. */
typedef struct store_conference {
  int64_t id, grouping, host, flag_to; /* grouping, flag_to: 0 when none */
  util_day date;
  const char *kind, *theme;
  int delegates, papers; /* -1 when not recorded */
} store_conference;
/* Inserts c (id ignored); sets *id. */
int store_conference_add(store *st, const store_conference *c, const char *user,
                         int64_t *id, util_err *e);
/* The conferences of a grouping by date and recording order, without
 * their texts (kind and theme NULL, counts -1): what the flag needs.
 * *out is the caller's. */
int store_conferences_of(store *st, int64_t grouping, store_conference **out,
                         size_t *n, util_err *e);
/* A conference in a listing; texts point into the store's memory, valid
 * during the callback; group_code and flag_to_code may be NULL. */
typedef struct store_conference_row {
  int64_t id;
  const char *date, *group_code, *host_code, *kind, *theme, *flag_to_code;
  const char *recorded_at, *recorded_by;
  int delegates, papers; /* -1 when not recorded */
} store_conference_row;
/* Conferences dated in [from, to] (of one grouping unless 0), by date and
 * recording order. */
int store_conference_rows(store *st, int64_t grouping, util_day from,
                          util_day to,
                          int (*fn)(void *ctx, const store_conference_row *row),
                          void *ctx, util_err *e);

/* An outstanding model of a grouping: an organisation or a member. */
typedef struct store_model {
  int64_t grouping, org, member; /* exactly one of org and member */
  util_day date;
  const char *title;
} store_model;
int store_model_add(store *st, const store_model *m, const char *user,
                    int64_t *id, util_err *e);
/* A model in a listing (org or member is 0, its text NULL). */
typedef struct store_model_row {
  int64_t id, org, member;
  const char *date, *org_code, *member_name, *title;
  const char *recorded_at, *recorded_by;
} store_model_row;
/* The models of a grouping dated in [from, to], by date and recording
 * order. */
int store_model_rows(store *st, int64_t grouping, util_day from, util_day to,
                     int (*fn)(void *ctx, const store_model_row *row),
                     void *ctx, util_err *e);

/* ---- funds mobilised (store_fund.c) -------------------------------------- */

typedef struct store_fund {
  int64_t org;
  util_day date;
  const char *campaign, *note; /* note may be NULL */
  int64_t amount;              /* VND, > 0 */
} store_fund;
int store_fund_add(store *st, const store_fund *f, const char *user,
                   int64_t *id, util_err *e);
/* Which funds a listing wants; 0 and NULL leave a field out. */
typedef struct store_fund_query {
  /* Funds of this organisation or of one below it, as the tree stood on
   * the fund's date. */
  int64_t under;
  util_day from, to;    /* dated within [from, to] */
  const char *campaign; /* exactly this campaign */
  int64_t scope;        /* only funds of organisations now in it (0: all) */
} store_fund_query;
typedef struct store_fund_row {
  int64_t id, amount;
  const char *date, *org_code, *campaign, *note, *recorded_at, *recorded_by;
} store_fund_row;
/* Calls fn for each fund the query wants, by date and recording order. */
int store_funds(store *st, const store_fund_query *q,
                int (*fn)(void *ctx, const store_fund_row *row), void *ctx,
                util_err *e);

/* ---- cell meetings and their rubrics (store_meeting.c) ------------------ */

typedef struct store_rubric {
  int64_t id;
  char *name, *definition, *loaded_at;
  bool active;
} store_rubric;
void store_rubric_clear(store_rubric *r);
/* The rubric named `name`; else (name NULL) the one of `id`; else (id 0)
 * the active one. Returns 1 when there is none. */
int store_rubric_get(store *st, const char *name, int64_t id, store_rubric *r,
                     util_err *e);
/* Adds a rubric (JSON text, docs/rubric.md) as the active one; sets *id.
 * Returns 1 when a rubric has that name. */
int store_rubric_add(store *st, const char *name, const char *definition,
                     int64_t *id, util_err *e);
/* Makes rubric `id` the active one. */
int store_rubric_activate(store *st, int64_t id, util_err *e);
/* A rubric in a listing, valid during the callback. */
typedef struct store_rubric_row {
  int64_t id;
  const char *name, *definition, *loaded_at;
  bool active;
} store_rubric_row;
/* Calls fn for every rubric, by name; fn returns non-zero to stop. */
int store_rubrics(store *st, int (*fn)(void *ctx, const store_rubric_row *r),
                  void *ctx, util_err *e);

typedef struct store_meeting {
  int64_t id, cell, chair, rubric;
  util_day date;
  enum core_meeting_kind kind;
  int minutes, registered, present, speakers;
  int result; /* % of last month's targets met, or -1 */
  int score;  /* -1 while unscored */
  char *theme;
} store_meeting;
void store_meeting_clear(store_meeting *m);
/* The meetings of `cell` after (day, id), in date and recording order;
 * *ids is the caller's. */
int store_meetings_after(store *st, int64_t cell, util_day day, int64_t id,
                         int64_t **ids, size_t *n, util_err *e);
/* The records of documents disseminated at `meeting`; *ids the caller's. */
int store_meeting_docs(store *st, int64_t meeting, int64_t **ids, size_t *n,
                       util_err *e);
/* Inserts m (id ignored; its score and grade as given) and sets m->id. */
int store_meeting_insert(store *st, store_meeting *m, const char *user,
                         util_err *e);
/* Returns 0 and fills *m, 1 when there is no such meeting, -1. */
int store_meeting_get(store *st, int64_t id, store_meeting *m, util_err *e);
/* Writes the result and the score (-1: none) with its grade. */
int store_meeting_set_score(store *st, int64_t id, int result, int score,
                            util_err *e);
/* The cell's latest meeting before (day, id) in the order of date and id:
 * *prev and *prev_day, or 0 when there is none. */
int store_meeting_before(store *st, int64_t cell, util_day day, int64_t id,
                         int64_t *prev, util_day *prev_day, util_err *e);

/* Who may attend a meeting of a cell on a day: the members registered there
 * and those on a temporary transfer to it (visitors), by id. */
typedef struct store_attendee {
  int64_t member;
  bool visitor;
  bool post; /* holds a management post (member add --manager) */
} store_attendee;
int store_cell_attendees(store *st, int64_t cell, util_day day,
                         store_attendee **out, size_t *n, util_err *e);
int store_attendance_add(store *st, int64_t meeting, int64_t member,
                         bool present, bool visitor, const char *reason,
                         util_err *e);
/* How many of the cell's meetings before (day, id), one after another from
 * the latest back, the member is recorded absent from. */
int store_absent_run(store *st, int64_t cell, int64_t member, util_day day,
                     int64_t id, int *run, util_err *e);
int store_opinion_add(store *st, int64_t meeting, int seq, int64_t member,
                      bool manager, const char *text, util_err *e);
int store_task_add(store *st, int64_t meeting, int seq, const char *task,
                   util_err *e);
/* Replaces the points of a meeting's criteria: `points` of criterion
 * ids[i] (CORE_NO_POINTS: none is stored), computed[i] when no part of
 * them was given. */
int store_meeting_points_set(store *st, int64_t meeting, size_t n,
                             char *const *ids, const int *points,
                             const bool *computed, util_err *e);

/* A line of a meeting's record, valid during the callback. */
enum store_meeting_part {
  STORE_ATTENDANCE, /* member, name, flag: present, visitor, text: reason */
  STORE_OPINIONS,   /* member, name, flag: manager, text */
  STORE_TASKS,      /* text */
  STORE_DOCUMENTS,  /* text: number, name: title */
  STORE_POINTS,     /* text: criterion, n: points, flag: computed */
};
typedef struct store_meeting_line {
  int64_t member;
  const char *name, *text;
  int n;
  bool flag, visitor;
} store_meeting_line;
int store_meeting_lines(store *st, int64_t meeting,
                        enum store_meeting_part part,
                        int (*fn)(void *ctx, const store_meeting_line *l),
                        void *ctx, util_err *e);

/* A meeting in a listing; numbers are -1 when not recorded. */
typedef struct store_meeting_row {
  int64_t id, chair;
  const char *date, *cell_code, *kind, *theme, *chair_name, *grade;
  const char *rubric;
  int minutes, registered, present, speakers, opinions, result, score;
} store_meeting_row;
/* Meetings dated in [from, to] of the cells below `under` (or of every
 * cell when 0) as the tree stood on each meeting's day, and now in the
 * subtree of `scope` (unless 0), by date and id. */
int store_meetings(store *st, int64_t under, int64_t scope, util_day from,
                   util_day to,
                   int (*fn)(void *ctx, const store_meeting_row *r), void *ctx,
                   util_err *e);

/* ---- documents (store_doc.c) --------------------------------------------- */

typedef struct store_doc {
  int64_t id;
  char *number, *issuer, *title;
  enum core_doc_kind kind;
  util_day date;
} store_doc;
void store_doc_clear(store_doc *d);
/* Finds a document by number, compared with full Unicode case folding
 * (60-qđ/tw finds 60-QĐ/TW); an exact spelling first. Returns 0, 1 when
 * there is none, -1. */
int store_doc_find(store *st, const char *number, store_doc *d, util_err *e);
/* Inserts d and sets d->id. */
int store_doc_insert(store *st, store_doc *d, const char *user, util_err *e);
/* The day an organisation disseminated (step 0) or implemented (step 1) a
 * document, or 0. */
int store_doc_step_day(store *st, int64_t doc, int64_t org, int step,
                       util_day *day, util_err *e);
/* Records a step; `meeting` is the meeting that disseminated it, or 0. */
int store_doc_step_add(store *st, int64_t doc, int64_t org, int step,
                       util_day day, int64_t meeting, const char *user,
                       int64_t *id, util_err *e);
typedef struct store_doc_row {
  const char *number, *kind, *issuer, *date, *title;
  int64_t disseminated, implemented; /* by how many organisations */
} store_doc_row;
/* Every document, by date and number, with how many organisations in the
 * subtree of `scope` (0: all) disseminated and implemented it. */
int store_docs(store *st, int64_t scope,
               int (*fn)(void *ctx, const store_doc_row *r), void *ctx,
               util_err *e);
typedef struct store_doc_step_row {
  const char *code, *name, *step, *date, *recorded_at, *recorded_by;
  int64_t meeting; /* 0 when not at a meeting */
  int64_t id;      /* the record's, for doc void */
} store_doc_step_row;
/* Who disseminated and implemented a document, by step, date and code:
 * the organisations in the subtree of `scope` (0: all). */
int store_doc_steps(store *st, int64_t doc, int64_t scope,
                    int (*fn)(void *ctx, const store_doc_step_row *r),
                    void *ctx, util_err *e);
/* An implementation of a document at `org` (of document `doc` unless 0)
 * that no dissemination there on or before its day supports: returns 1
 * and fills *out (number and code the caller's: free them), 0 when there
 * is none. */
typedef struct store_doc_orphan_row {
  int64_t id;
  char date[11];
  char *number, *code;
} store_doc_orphan_row;
int store_doc_orphan(store *st, int64_t org, int64_t doc,
                     store_doc_orphan_row *out, util_err *e);
typedef struct store_coverage_row {
  const char *code, *name, *kind;
  const char *disseminated; /* the day, or NULL when not by then */
} store_coverage_row;
/* The grassroots organisations and cells whose path on `day` starts with
 * `prefix`, by code, with the day they disseminated the document
 * if they had by `day`. Names are those in use on `day`. */
int store_doc_coverage(store *st, int64_t doc, const char *prefix, util_day day,
                       int (*fn)(void *ctx, const store_coverage_row *r),
                       void *ctx, util_err *e);

/* ---- points ------------------------------------------------------------- */

/* A point: what a record of party work adds to the figures (an encoded
 * tally), where (`org`) and when. Keyed by the record's table and id. */
int store_point_set(store *st, const char *source, int64_t id, int64_t org,
                    util_day day, const core_tally *t, int64_t member,
                    util_err *e);
/* Reads a point into *org, *day and *t (added to t). Returns 1 when there
 * is none. */
int store_point_get(store *st, const char *source, int64_t id, int64_t *org,
                    util_day *day, core_tally *t, util_err *e);
int store_point_delete(store *st, const char *source, int64_t id, util_err *e);
/* A point about a member, as store_points_of_member hands it over. */
typedef struct store_member_point {
  char *source;
  int64_t id, org;
  util_day day;
} store_member_point;
typedef int (*store_member_point_fn)(void *ctx, const store_member_point *p);
/* Calls fn for each point about `member` dated on or after `since`. The
 * callback may change points (it reads a copy). */
int store_points_of_member(store *st, int64_t member, util_day since,
                           store_member_point_fn fn, void *ctx, util_err *e);
/* Calls fn for each point placed at `org`, dated on or after `since`. */
typedef int (*store_point_fn)(void *ctx, util_day day, const void *blob,
                              size_t len);
int store_points_of(store *st, int64_t org, util_day since, store_point_fn fn,
                    void *ctx, util_err *e);

/* ---- tallies
 * ----------------------------------------------------------------------------
 */

/* Adds `delta` to the tally of `org` on `day` (or in `year`). */
int store_tally_add_day(store *st, int64_t org, util_day day,
                        const core_tally *delta, util_err *e);
int store_tally_add_year(store *st, int64_t org, int year,
                         const core_tally *delta, util_err *e);
/* Adds to *acc every count of `org` dated on or before `day`. */
int store_tally_sum(store *st, int64_t org, util_day day, core_tally *acc,
                    util_err *e);
/* Adds to *acc every count of `org` dated from `from` to `to`. */
int store_tally_sum_between(store *st, int64_t org, util_day from, util_day to,
                            core_tally *acc, util_err *e);
/* Removes every tally (before a rebuild). */
int store_tally_clear(store *st, util_err *e);
/* Calls fn for each stored tally, by organisation and date: the day rows
 * (`when` is a util_day), or with `years` the year rows (`when` is the
 * year). fn returns non-zero to stop. */
typedef int (*store_tally_fn)(void *ctx, int64_t org, int32_t when,
                              const void *blob, size_t len);
int store_tally_each(store *st, bool years, store_tally_fn fn, void *ctx,
                     util_err *e);

/* Calls fn for every target of records of oversight (source "oversight":
 * each kind and organisation or member inspected or supervised) and of
 * discipline of organisations (source "org_discipline": each
 * organisation), as app_target_replace takes them. */
int store_oversight_targets(store *st,
                            int (*fn)(void *ctx, const char *source,
                                      enum core_oversight kind, int64_t org,
                                      int64_t member),
                            void *ctx, util_err *e);

/* ---- voided records of party work (store_void.c) ---------------------- */

/* Moves record `id` of `source` (oversight, org_discipline, assessment,
 * award, fund, conference, model, meeting, dissemination) to the voided
 * records, whole, with who voided it, when and why; sets
 * *record to the row as it was (JSON, the caller's). Returns 1 when there
 * is no such record. The record's point is the caller's to take back. */
int store_record_void(store *st, const char *source, int64_t id,
                      const char *user, const char *reason, char **record,
                      util_err *e);
/* Sets *record to record `id` of `source` as store_record_void would keep
 * it (JSON, the caller's), without voiding it. Returns 1 when there is
 * none. */
int store_record_get(store *st, const char *source, int64_t id, char **record,
                     util_err *e);
typedef struct store_voided_row {
  const char *source;
  int64_t id;
  const char *record; /* JSON */
  const char *voided_at, *voided_by, *reason;
} store_voided_row;
/* The voided records (of `source` unless NULL), in the order voided. */
int store_voided_rows(store *st, const char *source,
                      int (*fn)(void *ctx, const store_voided_row *r),
                      void *ctx, util_err *e);

/* ---- users of the web application (store_user.c) ------------------------ */

typedef struct store_user {
  int64_t id;
  char *name, *role; /* role: viewer, editor or admin */
  int64_t scope;     /* the organisation whose branch they see */
  char *scope_code;
  char *password; /* Argon2id hash string */
  char *created_at, *created_by, *password_at;
  char *disabled_at, *disabled_by; /* NULL while enabled */
  char *lang; /* the tag of their language (schema 011); NULL: none set */
} store_user;
void store_user_clear(store_user *u);
/* Inserts a user, created now by `by`; password is the hash, lang the tag
 * of their language or NULL. */
int store_user_add(store *st, const char *name, const char *role, int64_t scope,
                   const char *password, const char *lang, const char *by,
                   int64_t *id, util_err *e);
/* The user of that login name (without regard to case). Returns 0, 1 when
 * there is none, -1. */
int store_user_get(store *st, const char *name, store_user *u, util_err *e);
/* The users whose scope lies in the subtree of organisation `within` (0:
 * every user), by name: a range comparison in SQL (STORE_WITHIN). */
int store_users(store *st, int64_t within,
                int (*fn)(void *ctx, const store_user *u), void *ctx,
                util_err *e);
int store_user_password(store *st, int64_t id, const char *password,
                        util_err *e);
int store_user_disable(store *st, int64_t id, const char *by, util_err *e);
/* Sets the user's language: a tag, or NULL for none. */
int store_user_lang(store *st, int64_t id, const char *lang, util_err *e);

/* ---- cadre planning (store_plan.c, 012_planning.sql) --------------------- */

/* A post of a committee; the rule columns are -1 (theory NULL) where the
 * level's default holds. `holders`: how many held it on the day read. */
typedef struct store_post {
  int64_t id, org;
  char *code, *org_code, *title, *level, *theory;
  char *education; /* the values accepted, ';'-separated; NULL: any */
  int seats, max_age, min_age, discipline_years;
  int holders;
} store_post;
void store_post_clear(store_post *p);
void store_posts_free(store_post *p, size_t n);
/* The post of that code (any case), its holders counted on `day`. Returns
 * 0, 1 when there is none, -1. */
int store_post_by_code(store *st, const char *code, util_day day, store_post *p,
                       util_err *e);
/* Inserts p (code, org, title, seats, level, rules); sets p->id. */
int store_post_insert(store *st, store_post *p, const char *user, util_err *e);
/* The posts of organisations now within `under` and within `scope` (0:
 * anywhere), by code, holders counted on `day`. */
int store_posts(store *st, int64_t under, int64_t scope, util_day day,
                store_post **out, size_t *n, util_err *e);

/* An appointment: a member holding a post over [from, to), to 0 while
 * held; how it ended and the member event that ended it (0: none). */
typedef struct store_holding {
  int64_t id, post, member, ended_by;
  util_day from, to;
  bool planned;
  char *how, *decision, *name, *post_code; /* name: the member's */
} store_holding;
void store_holdings_free(store_holding *h, size_t n);
/* Who held post `post` on `day`, by first day. */
int store_post_holders(store *st, int64_t post, util_day day,
                       store_holding **out, size_t *n, util_err *e);
/* The appointments to post `post` held on `day` or after it, by first
 * day. */
int store_post_holdings_from(store *st, int64_t post, util_day day,
                             store_holding **out, size_t *n, util_err *e);
/* Every appointment of a member, by first day. */
int store_appointments_of(store *st, int64_t member, store_holding **out,
                          size_t *n, util_err *e);
/* Inserts h (post, member, from, planned, decision), held. */
int store_appointment_add(store *st, const store_holding *h, const char *user,
                          int64_t *id, util_err *e);
/* Ends appointment `id` on `to` (the first day not held) with `how`, by the
 * member event `ended_by` (0: none); to 0 and how NULL hold it again. */
int store_appointment_end(store *st, int64_t id, util_day to, const char *how,
                          int64_t ended_by, util_err *e);

/* A rotation: a member sent to `org` (and `post`, 0: none) from `from` to
 * `until`, both included. */
typedef struct store_rotation {
  int64_t member, org, post;
  util_day from, until;
  const char *decision, *note;
} store_rotation;
int store_rotation_add(store *st, const store_rotation *r, const char *user,
                       int64_t *id, util_err *e);
/* A rotation as listed: the member and their name, the organisation (and
 * post) sent to, the days, the decision and note. */
typedef struct store_rotation_row {
  int64_t id, member;
  char *name, *org_code, *post_code, *decision, *note;
  util_day from, until;
} store_rotation_row;
void store_rotation_rows_free(store_rotation_row *r, size_t n);
/* The rotations to organisations now within `under` and `scope` (0: any),
 * of `member` (0: any), under way on `day` (0: any day), by first day. */
int store_rotations(store *st, int64_t under, int64_t scope, int64_t member,
                    util_day day, store_rotation_row **out, size_t *n,
                    util_err *e);

/* A member in the planning of a post for a term, since `added`. */
typedef struct store_plan_entry {
  int64_t id, member;
  util_day added;
} store_plan_entry;
/* The members now in the planning of `post` for `term` (only `member`
 * unless 0), by the day they were added. */
int store_plan_members(store *st, int64_t post, const char *term,
                       int64_t member, store_plan_entry **out, size_t *n,
                       util_err *e);
int store_plan_add(store *st, int64_t post, const char *term, int64_t member,
                   util_day day, const char *user, int64_t *id, util_err *e);
/* Removes entry `id` on `day` for `reason` (with `note`, NULL for none). */
int store_plan_remove(store *st, int64_t id, util_day day, const char *reason,
                      const char *note, const char *user, util_err *e);
/* Whether the member was in the planning of `post` on `day` for a term
 * covering `day`. */
int store_plan_covers(store *st, int64_t post, int64_t member, util_day day,
                      bool *planned, util_err *e);

/* A candidate of a planning in force on a day (store_plan_figures.c, for
 * the report's planning section): the term, the post and its level, and
 * what the planning's structure counts of the member. */
typedef struct store_plan_row {
  char term[10];
  char level[12];
  int64_t post, member;
  util_day born;
  bool female;
  bool minority; /* an ethnicity recorded, other than Kinh */
  enum core_theory theory;
} store_plan_row;
/* Calls fn for each entry of a planning in force on `day` (added on or
 * before it, not removed by then) of the posts of `org` and the
 * organisations below it as the tree stood on `day`, by term and post. */
int store_plan_rows(store *st, int64_t org, util_day day,
                    int (*fn)(void *ctx, const store_plan_row *r), void *ctx,
                    util_err *e);
/* A vote of a round of a congress (store_plan_figures.c, for the report):
 * the congress and its seats; the round (0: the congress has none yet),
 * its ballots and the seats it fills; a candidate and the valid ballots
 * marking them (member 0: a round without votes). */
typedef struct store_ballot_row {
  int64_t congress, seats;
  int64_t round, issued, returned, valid, round_seats;
  int64_t member, votes;
} store_ballot_row;
/* Calls fn for each vote of the congresses held in [from, to] by `org` and
 * the organisations below it as the tree stood on each congress's day, by
 * congress, round and member. */
int store_congress_ballots(store *st, int64_t org, util_day from, util_day to,
                           int (*fn)(void *ctx, const store_ballot_row *r),
                           void *ctx, util_err *e);

/* ---- congresses and their elections (store_congress.c) ------------------ */

typedef struct store_congress {
  int64_t id, org;
  char *code, *org_code, *term; /* term: "2025-2030" */
  util_day held_on;
  int64_t seats;     /* executive committee seats to elect */
  int64_t delegates; /* delegate seats given, -1 when not given */
} store_congress;
void store_congress_clear(store_congress *c);
/* Returns 0 and fills *c, 1 when no congress has that code, -1. */
int store_congress_by_code(store *st, const char *code, store_congress *c,
                           util_err *e);
/* Inserts *c and sets c->id. */
int store_congress_insert(store *st, store_congress *c, const char *user,
                          util_err *e);
/* A delegate (kind "elected" or "ex-officio"), a candidate (n: the place
 * on the list) or the votes of a candidate in a round (n: the votes,
 * round: its number). */
typedef struct store_congress_person {
  int64_t member, n;
  int round;
  char *name;
  char kind[12];
} store_congress_person;
void store_congress_people_free(store_congress_person *p, size_t n);
/* By kind, then member id. *out is the caller's (people_free). */
int store_congress_delegates(store *st, int64_t congress,
                             store_congress_person **out, size_t *n,
                             util_err *e);
/* In the order of the list. */
int store_congress_candidates(store *st, int64_t congress,
                              store_congress_person **out, size_t *n,
                              util_err *e);
/* Of every round, by round, votes (most first), then the list's order. */
int store_congress_votes(store *st, int64_t congress,
                         store_congress_person **out, size_t *n, util_err *e);
int store_congress_delegate_add(store *st, int64_t congress, int64_t member,
                                const char *kind, const char *user,
                                util_err *e);
int store_congress_candidate_add(store *st, int64_t congress, int64_t member,
                                 int64_t position, const char *user,
                                 util_err *e);
typedef struct store_congress_round {
  int64_t id;
  int number;
  int64_t issued, returned, valid, seats;
} store_congress_round;
/* By number. *out is the caller's. */
int store_congress_rounds(store *st, int64_t congress,
                          store_congress_round **out, size_t *n, util_err *e);
/* Inserts *r and sets r->id. */
int store_congress_round_add(store *st, int64_t congress,
                             store_congress_round *r, const char *user,
                             util_err *e);
int store_congress_vote_add(store *st, int64_t round, int64_t member,
                            int64_t votes, util_err *e);
typedef struct store_congress_row {
  const char *code, *org_code, *term, *held_on;
  int64_t seats, delegates; /* delegates: -1 when not given */
  int64_t ndelegates, ncandidates, nrounds;
} store_congress_row;
/* The congresses by day and code: of organisations below `under` (0: any)
 * on the congress's day, of `term` (NULL: any), and now in `scope` (0:
 * the whole register). */
int store_congresses(store *st, int64_t under, const char *term, int64_t scope,
                     int (*fn)(void *ctx, const store_congress_row *row),
                     void *ctx, util_err *e);

#endif
