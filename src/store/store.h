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
};

/* Opens the database at `path`, checks that it is a cadre database (or an
 * empty file), refuses one written by a newer cadre without touching it,
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

/* SQLite's integrity and foreign key checks: writes each problem found as
 * a line to *report and returns their number, or -1. */
int store_integrity(store *st, util_buf *report, util_err *e);

int store_meta_get(store *st, const char *key, char **value, util_err *e);
int store_meta_set(store *st, const char *key, const char *value, util_err *e);

/* Appends to the audit trail: who did what, at the current time. */
int store_audit(store *st, const char *user, const char *action,
                const char *detail, util_err *e);

/* ---- organisations ------------------------------------------------------ */

typedef struct store_org {
  int64_t id;
  char *code;
  char *name; /* the current name */
  enum core_kind kind;
  enum core_sector sector;
  util_day founded; /* 0 with founded_known false when not recorded */
  bool founded_known;
  util_day ended;           /* 0 while it lives */
  enum core_flow ended_how; /* CORE_F_ORGS_DISSOLVED or _MERGED */
} store_org;

void store_org_clear(store_org *o);
/* Returns 0 and fills *o, 1 when there is no such organisation, -1. */
int store_org_by_code(store *st, const char *code, store_org *o, util_err *e);
int store_org_by_id(store *st, int64_t id, store_org *o, util_err *e);
/* Inserts o (id ignored) and sets o->id. */
int store_org_insert(store *st, store_org *o, util_err *e);
int store_org_set_name(store *st, int64_t id, const char *name, util_err *e);
int store_org_set_ended(store *st, int64_t id, util_day day, enum core_flow how,
                        util_err *e);
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
  const char *path;
  int64_t parent;
  const char *parent_code;
} store_org_row;
typedef int (*store_org_fn)(void *ctx, const store_org_row *row);
/* Calls fn for every organisation whose path on `day` starts with `prefix`
 * (all organisations when prefix is NULL), in path order. Names are those in
 * use on that day. fn returns 0 to go on, non-zero to stop (and that value
 * is returned). */
int store_orgs_at(store *st, const char *prefix, util_day day, store_org_fn fn,
                  void *ctx, util_err *e);
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
} store_org_event;
int store_org_event_add(store *st, const store_org_event *ev, const char *user,
                        util_err *e);
/* The events of an organisation (of all when org is 0; of those now in the
 * subtree `prefix` unless it is NULL), oldest first. Rows
 * point into the store's memory, valid during the callback. */
typedef struct store_org_event_row {
  const char *org_code;
  const char *kind, *date, *other_code, *from_code, *name, *decision;
  const char *recorded_at, *recorded_by;
} store_org_event_row;
int store_org_events(store *st, int64_t org, const char *prefix,
                     int (*fn)(void *ctx, const store_org_event_row *row),
                     void *ctx, util_err *e);

/* ---- members
 * -------------------------------------------------------------------- */

typedef struct store_member {
  int64_t id;
  char *name, *card, *ethnicity, *religion, *hometown, *education;
  char *profession, *position;
  util_day born;
  enum core_gender gender;
  enum core_theory theory;
  bool key_cadre;
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
/* The profile as core sees it; text dimensions are numbered on the way. */
int store_member_profile(store *st, const store_member *m, core_profile *p,
                         util_err *e);
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
} store_event;
int store_event_add(store *st, int64_t member, const store_event *ev,
                    const char *user, util_err *e);
/* A member's events as core replays them, oldest first; *evs is the
 * caller's. */
int store_events_of(store *st, int64_t member, core_event **evs, size_t *n,
                    util_err *e);
typedef struct store_event_row {
  int64_t member;
  int seq;
  const char *kind, *date, *cell_code, *to_code, *official, *until, *form;
  const char *by_code, *decision, *considered, *ceremony, *reason, *detail;
  const char *recorded_at, *recorded_by;
  bool studies;
} store_event_row;
/* The events of a member (of all when member is 0; of those whose cell is
 * now in the subtree `prefix` unless it is NULL), by member and order. */
int store_event_rows(store *st, int64_t member, const char *prefix,
                     int (*fn)(void *ctx, const store_event_row *row),
                     void *ctx, util_err *e);

/* Replaces the membership and visit rows of a member with those of its
 * timeline (`fresh`: the member has none yet). */
int store_membership_set(store *st, int64_t member, const core_timeline *t,
                         const core_event *evs, size_t nev, bool fresh,
                         util_err *e);
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
  bool key_cadre;
  bool visiting; /* a temporary visitor of the listed organisation */
} store_member_row;
typedef int (*store_member_fn)(void *ctx, const store_member_row *row);
/* Members registered on `day` in cells whose path starts with `prefix`
 * (every cell when NULL), with their status on that day, ordered by cell
 * and name; visitors in those cells too, flagged, when `visitors`. */
int store_members_at(store *st, const char *prefix, util_day day, bool visitors,
                     store_member_fn fn, void *ctx, util_err *e);
/* Current and former members by their state today (for export and find). */
int store_members_all(store *st, const char *prefix, store_member_fn fn,
                      void *ctx, util_err *e);
/* Members who ever left the party (out now, or readmitted since). */
int store_members_ever_out(store *st, store_member_fn fn, void *ctx,
                           util_err *e);
/* Members whose folded name contains `key`. */
int store_members_search(store *st, const char *key, store_member_fn fn,
                         void *ctx, util_err *e);
/* Official members whose party age counts from a date in [lo, hi]. */
int store_members_by_origin(store *st, util_day lo, util_day hi,
                            store_member_fn fn, void *ctx, util_err *e);

/* ---- points ------------------------------------------------------------- */

/* A point: what a record of party work adds to the figures (an encoded
 * tally), where (`org`) and when. Keyed by the record's table and id. */
int store_point_set(store *st, const char *source, int64_t id, int64_t org,
                    util_day day, const core_tally *t, util_err *e);
/* Reads a point into *org, *day and *t (added to t). Returns 1 when there
 * is none. */
int store_point_get(store *st, const char *source, int64_t id, int64_t *org,
                    util_day *day, core_tally *t, util_err *e);
int store_point_delete(store *st, const char *source, int64_t id, util_err *e);
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
/* Removes every tally (before a rebuild). */
int store_tally_clear(store *st, util_err *e);
/* Calls fn for each stored tally, by organisation and date: the day rows
 * (`when` is a util_day), or with `years` the year rows (`when` is the
 * year). fn returns non-zero to stop. */
typedef int (*store_tally_fn)(void *ctx, int64_t org, int32_t when,
                              const void *blob, size_t len);
int store_tally_each(store *st, bool years, store_tally_fn fn, void *ctx,
                     util_err *e);

#endif
