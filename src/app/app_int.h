/*
 * app_int.h — what the app's own files share. Not for other layers.
 */
#ifndef CADRE_APP_INT_H
#define CADRE_APP_INT_H

#include "app/app.h"
#include "util/map.h"

/* What the actions of one import share. */
typedef struct app_batch {
  report_ledger *ledger;
  util_map cells; /* hash of a cell's code -> index in cell */
  struct app_cell {
    char *code;
    store_org org;
    store_path *paths;
    size_t npaths;
  } * cell;
  size_t ncell;
  util_map terms; /* hash of "dim:value" -> index in term */
  struct app_term {
    char *key;
    uint32_t id;
  } * term;
  size_t nterm;
} app_batch;

app_batch *app_batch_new(app *a);
void app_batch_free(app_batch *b);
/* Forgets what an import read of the tree: call after changing it. */
void app_batch_forget_tree(app *a);

/* Fills *cell (cleared by the caller, also on failure) with the cell of
 * that code, refusing one that cannot hold members on `day`: not a cell,
 * ended, or not yet founded. Within an import, each code is read once. */
int app_cell(app *a, const char *field, const char *code, util_day day,
             store_org *cell, util_err *e);
/* The number of a text value of a dimension (read once per import). */
int app_term(app *a, const char *dim, const char *value, uint32_t *id,
             util_err *e);

/* Whether `org` is `root` or below it at some time in [from, to). */
int app_below(app *a, int64_t org, int64_t root, util_day from, util_day to,
              bool *below, util_err *e);

/* Places a record's point — what it adds to the figures — at `org` on
 * `day`, keeping the tallies in step: what the record contributed before
 * is taken back first. With t NULL, removes the point. `member` (0 when
 * none) is whom the record is about: a later event of that member dated
 * on or before `day` moves the point (app_member_records_moved). */
int app_point(app *a, const char *source, int64_t id, int64_t org, util_day day,
              const core_tally *t, int64_t member, util_err *e);
/* After an event of `member` dated `since`: places again the records
 * about the member dated on or after it (inspections, awards) where the
 * member now was on their days. A classification is not moved: it was
 * judged, and its quota checked, where the member stood when it was set;
 * docs/assess.md says to set it again. */
/* Re-places the points of every record about one target — of `source`
 * "oversight", the records of `kind` about the organisation `org` or the
 * member `member` (the other 0); of "org_discipline", the decisions on
 * `org` — so that each carries the earlier ones (CORE_D_PRIOR, by which a
 * report counts targets, not records). Call it after a record about the
 * target is added, voided, or moved to another day or place. */
int app_target_replace(app *a, const char *source, enum core_oversight kind,
                       int64_t org, int64_t member, util_err *e);
int app_member_records_moved(app *a, int64_t member, util_day since,
                             util_err *e);
/* Where a record about a member counts: the cell the member was
 * registered in on `day`, or last before it. Refuses one who had not been
 * admitted by then. */
int app_member_place(app *a, const store_member *m, util_day day, int64_t *cell,
                     util_err *e);
/* Where a record about an organisation counts: its superior on `day`, so
 * that it counts for those above it and not for itself; a root counts for
 * itself. Refuses a day the organisation did not exist. */
int app_org_place(app *a, const store_org *o, util_day day, int64_t *place,
                  util_err *e);

/* The active rubric, loading the default when none is (rubric.c). Clear
 * *r with store_rubric_clear. */
int app_rubric_ensure(app *a, store_rubric *r, util_err *e);
/* Records step 0 (disseminated) or 1 (implemented) of a document by an
 * organisation on a day, at `meeting` (or 0), and places its point there
 * (meeting.c); sets *id (unless NULL). The checks are the caller's. */
int app_doc_record(app *a, int64_t doc, int64_t org, int step, util_day day,
                   int64_t meeting, int64_t *id, util_err *e);

/* Sets the derived state of m (status, cell, dates) from its timeline. */
void app_member_state(store_member *m, const core_timeline *t);
/* Writes a member's derived state (in m and the member row unless
 * `fresh`), registration and contributions (to l, with sign +1) from its
 * events, which core_replay must accept (member.c). */
int app_member_derive(app *a, report_ledger *l, store_member *m,
                      const core_event *evs, size_t n, bool fresh, util_err *e);

/* Whether text is a well-formed party card number: 1 to 32 letters,
 * digits, '.', '-' or '/' (member.c). */
bool app_card_valid(const char *text);

/* A dismissal on `day` (event `event`) ended the post `post`: the profile
 * history records it, and the member row follows (profile.c). */
int app_post_ended(app *a, store_member *m, const char *post, util_day day,
                   int64_t event, util_err *e);
/* Voids the profile change `change` and those made by `event` (either may
 * be 0), and writes the values then in force to the member row. */
int app_changes_voided(app *a, store_member *m, int64_t change, int64_t event,
                       const char *reason, util_err *e);
/* Voids the profile change `id` when there is one (*was_change), refusing
 * a value from before the first change and a change an event made. */
int app_change_void(app *a, int64_t id, const char *reason, bool *was_change,
                    util_err *e);

/* After conference `conference` of grouping `grouping_id` was voided:
 * refuses when a later handover of the flag rested on it (group.c). */
int app_flag_after_void(app *a, int64_t grouping_id, int64_t conference,
                        util_err *e);

/* Scoring again the later meetings of a cell when one of its meetings is
 * voided: their attendance criterion counts the runs of meetings a member
 * missed (meeting.c). Begin, before the void, keeps the scorer's parts of
 * the meetings after (day, id); end, after it, computes the rest anew and
 * writes the scores that changed. */
typedef struct app_rescore {
  int64_t *ids;
  int **given;
  size_t n;
} app_rescore;
int app_rescore_begin(app *a, int64_t cell, util_day day, int64_t id,
                      app_rescore *r, util_err *e);
int app_rescore_end(app *a, app_rescore *r, util_err *e);
void app_rescore_free(app_rescore *r);

/* Derives again, once, what a new schema counts that earlier ones did not
 * (the meta key `rederive`): the points of oversight and the tallies
 * (upgrade.c). Refused on a database opened read-only. */
int app_upgrade(app *a, util_err *e);

/* ---- the tree over time (org.c), shared with the history of
 * organisations (org_history.c) */

/* A superior over [from, to) (0: none, a root). */
typedef struct app_span {
  int64_t parent;
  util_day from, to;
} app_span;
/* "merged" or "dissolved", in the language of e (for its message). */
const char *app_org_ended_word(const store_org *o, const util_err *e);
/* Refuses an organisation that has ended: "cannot WHAT: ...". */
int app_org_alive(const store_org *o, const char *what, util_err *e);
/* The superiors of an organisation over time, adjacent equal ones joined. */
int app_org_spans(app *a, int64_t org, app_span **sp, size_t *n, util_err *e);
/* Gives `org` these superiors and re-derives the paths of everything that
 * was ever below it. */
int app_org_set_spans(app *a, int64_t org, const app_span *sp, size_t n,
                      util_err *e);
/* The superior of an organisation on a day (0 for none). */
int app_org_parent_at(app *a, int64_t org, util_day day, int64_t *parent,
                      util_err *e);
/* Runs `change`, a change of the tree from `day` on: takes back what the
 * organisations ever below the roots and their members contribute from
 * `day` on, and adds it again as the tree then stands. */
int app_org_restructure(app *a, const int64_t *roots, size_t nroots,
                        util_day day, int (*change)(app *, void *, util_err *),
                        void *ctx, util_err *e);

/* Voids the organisation event `id` when there is one (*found): a move
 * (the organisation is under the superior it left from the day of the
 * move to its next change, everything below tallied again) or a renaming,
 * where the history without it holds (org_history.c). */
int app_org_event_void(app *a, int64_t id, const char *reason, bool *found,
                       util_err *e);
/* Corrects the organisation event `id` when there is one (*found): a move
 * (date, destination in in->cell, decision) or a renaming (date, name,
 * decision), voided and entered again in one step (org_history.c). */
int app_org_event_correct(app *a, int64_t id, const app_event_in *in,
                          const char *reason, int64_t *new_id, bool *found,
                          util_err *e);

/* The reason of a void or a correction: required, cleaned as a note
 * (event.c). */
int app_void_reason(const char *text, char **out, util_err *e);

/* Cleans a free text kept with a record (a decision number, a reason):
 * like app_text, not required, up to 500 characters. */
int app_note(const char *field, const char *text, char **out, util_err *e);

/* Reads votes typed as "FOR/TOTAL" (digits only, e.g. "7/9"): refuses
 * anything else, no voters, or more votes for than voters, naming `field`
 * and the value (oversight.c). */
int app_votes(const char *field, const char *text, int *votes_for,
              int *votes_total, util_err *e);
/* Dissolves `o` on `day` inside the caller's transaction, refusing as
 * `org dissolve` does: an organisation that has ended, a day before its
 * latest change, anything still below it (org.c). */
/* Ends the stretches of `o` in groupings on `day`, the day it ends
 * (group.c); refused where a grouping counts on it later. */
int app_group_org_ends(app *a, const store_org *o, util_day day, util_err *e);
int app_org_end(app *a, const store_org *o, util_day day, const char *decision,
                util_err *e);

/* ---- what the imports share (import.c) */

/* The header of a CSV file: which column holds which field. */
typedef struct app_import_header {
  const char *const *names; /* the fields this import knows */
  size_t nnames;
  int col[32];  /* field -> column, or -1 */
  size_t ncols; /* columns the header names */
} app_import_header;
/* Reads the header row: refuses an empty file, an unknown or repeated
 * column, and a missing one of `required` (NULL-terminated). */
int app_import_read_header(util_csv *r, app_import_header *h,
                           const char *const *required, util_err *e);
/* The next data row (1), the end (0) or -1: a quote error names the column
 * and the value, and a row may not have more fields than the header. */
int app_import_next_row(util_csv *r, const app_import_header *h, char ***f,
                        size_t *n, util_err *e);
/* The reader of an import's file: CSV, or the sheet a->sheet (else the
 * first) of a workbook; its messages name util_csv_name(r). */
util_csv *app_import_open(const app *a, FILE *in, const char *name);
/* The value of field i in a row, or NULL when empty or absent. */
const char *app_import_field(const app_import_header *h, char **f, size_t n,
                             size_t i);
/* One transaction and one batch for the whole file. */
int app_import_begin(app *a, util_err *e);
/* Writes the tallies and the audit and commits (rc == 0), or rolls the
 * whole file back. */
int app_import_finish(app *a, int rc, const char *action, const char *file,
                      long rows, util_err *e);
/* Progress, and the tallies written out when the ledger grows large. */
int app_import_tick(app *a, util_csv *r, long long size, long rows,
                    util_err *e);

/* Where a record dated `day` about `org` counts when `org` may have ended
 * before: `org` itself while it stands (as core_contribute_point places
 * it: on the day it ends too), else the nearest organisation above it, as
 * the tree stood when it ended, that stands on `day` (assess.c). */
int app_standing_place(app *a, int64_t org, util_day day, int64_t *place,
                       util_err *e);

/* Begins an action: a write transaction, unless inside an import (which
 * has its own). */
int app_begin(app *a, util_err *e);
/* Ends an action begun with app_begin: commits when rc is 0, else rolls
 * back. Returns rc, or -1 when the commit failed. */
int app_end(app *a, int rc, util_err *e);
/* The ledger for an action: the import's, or a new one to flush and free
 * with app_ledger_done. */
report_ledger *app_ledger(app *a);
int app_ledger_done(app *a, report_ledger *l, int rc, util_err *e);
/* A code of the domain ("reprimand") as the reader of e's message writes
 * it (util_code_word with the prefix of its labels, "discipline"), the
 * code itself in English. */
const char *app_code_word(const util_err *e, const char *prefix,
                          const char *code);
/* How a refusal names a member ("member 1042") or an organisation
 * ("organisation HT-05"), in the language of e's reader, into buf; returns
 * buf. The audit trail is English whoever reads it: with e NULL the words
 * are English, and an action names its subject for the trail that way. */
const char *app_who_member(const util_err *e, int64_t id, char buf[static 80]);
const char *app_who_org(const util_err *e, const char *code,
                        char buf[static 80]);
/* Writes the audit trail for an action (not during imports, which write
 * one line for the whole file). */
int app_audit(app *a, const char *action, util_err *e, const char *fmt, ...)
    UTIL_PRINTF(4, 5);

/* ---- the app's own parts of public listings (lists.c, common.c): they
 * take ids and paths, so front ends call the listings that take codes and
 * keep to the actor's scope. */

/* Calls fn for each person who was out of the party with `status`
 * (removed, resigned, deceased or expelled) on `day`, and who left from a
 * cell below the organisation `under` (0: anywhere) as the tree stood
 * then. The row's status is that of the day. */
int app_members_former(app *a, int64_t under, util_day day,
                       enum core_status status, enum store_order order,
                       store_member_fn fn, void *ctx, util_err *e);

/* What app_members_overdue_under lists, in the subtree `prefix` (see
 * app_overdue_fn). */
int app_members_overdue(app *a, const char *prefix, util_day day,
                        enum store_order order, app_overdue_fn fn, void *ctx,
                        util_err *e);

/* The path of an organisation on a day; refuses when it did not exist. */
int app_path_at(app *a, const store_org *o, util_day day, char **path,
                util_err *e);
/* Refuses the records of a member or an organisation (by id) outside the
 * actor's scope as unknown ones, and those of the whole register (no
 * member or organisation) to an actor of a branch (event.c). */
/* Refuses, without naming it, an organisation kept from a record being
 * corrected (`code`, NULL for none) that lies outside the actor's scope:
 * the correction must give `field` anew. 0 when it is in scope or unknown
 * (app_org then says so). */
int app_kept_seen(app *a, const char *field, const char *code, util_err *e);
/* The scope a listing of the tree as it stood on `day` must also keep to:
 * the prefix of the branch on `day` (lists.c, under_path) covers today's
 * listing, but what was in the branch then may have left it since. 0 for
 * today or the whole register. */
int64_t app_past_scope(const app *a, util_day day);
int app_events_seen(app *a, int64_t member, int64_t org, util_err *e);

/* The period of a listing (lists.c): `from_text` (NULL: the earliest day)
 * to `to_text` (NULL: `to_default`), dates as typed (after today when
 * `future`); refuses `to` before `from`. */
int app_period(app *a, const char *from_text, const char *to_text, bool future,
               util_day to_default, util_day *from, util_day *to, util_err *e);
/* The id of the organisation `under`, or of the actor's scope when NULL
 * (0: the whole register), inside a read (lists.c). */
int app_under_id(app *a, const char *under, int64_t *id, util_err *e);

/* Who holds the rotating flag of a grouping on `day` (0: nobody — no
 * conference yet, or its holder has left the grouping), and since when.
 * The first host holds it without a handover; afterwards it passes only
 * by a conference at which its holder hands it to another member. For
 * app's own use: the grouping's id is not checked against the actor. */
int app_group_flag(app *a, int64_t grouping, util_day day, int64_t *holder,
                   util_day *since, util_err *e);
/* The scoring of recorded meeting `m` (app_scoring, app.h), for app's own
 * use: the meeting is not checked against the actor. */
int app_meeting_scoring(app *a, const store_meeting *m, app_scoring *s,
                        util_err *e);

/* After a member's history changed (planning.c): ends the appointments
 * held on the day of each event that ends posts (a dismissal; leaving the
 * party), and holds again those ended by an event that no longer does
 * (voided or corrected). Called by every change of a member's events. */
int app_appointments_follow(app *a, int64_t member, util_err *e);

/* The congress `code`, refused as unknown when it is outside the actor's
 * scope (congress_read.c). */
int app_congress_find(app *a, const char *code, store_congress *c, util_err *e);

#endif
