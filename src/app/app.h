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

#include "report/report.h"

typedef struct app {
  store *st;
  const char *user; /* who records, for the history and the audit */
  util_day today;   /* dates after it are refused */
  /* Inside an import (or the demo): what the rows share — the ledger
   * collecting tallies, caches — and no transaction of each action's own. */
  struct app_batch *batch;
  /* Progress of long operations, or NULL. */
  void (*progress)(void *ctx, long long done, long long total);
  void *progress_ctx;
} app;

/* Opens the database (see store_open) into a->st. */
int app_open(app *a, const char *path, enum store_mode mode, util_err *e);
void app_close(app *a);

/* ---- input --------------------------------------------------------------- */

/* Parses a date typed by a user; refuses malformed and impossible dates and,
 * unless `future_ok`, dates after today. `field` names it in messages. */
int app_date(const app *a, const char *field, const char *text, bool future_ok,
             util_day *out, util_err *e);
/* Cleans a text typed by a user (UTF-8, NFC, trimmed). *out is the
 * caller's; NULL when text is NULL or empty and not `required`. */
int app_text(const char *field, const char *text, bool required,
             size_t max_chars, char **out, util_err *e);
/* Looks up an organisation by code; refuses an unknown one. */
int app_org(app *a, const char *field, const char *code, store_org *o,
            util_err *e);
/* Looks up a member by id or card number; refuses an unknown one. */
int app_member(app *a, const char *field, const char *ref, store_member *m,
               util_err *e);
/* The path of an organisation on a day; refuses when it did not exist. */
int app_path_at(app *a, const store_org *o, util_day day, char **path,
                util_err *e);

/* ---- organisations
 * ----------------------------------------------------------- */

typedef struct app_org_in {
  const char *code, *name, *kind, *parent, *sector, *founded, *decision;
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
  bool key_cadre;
} app_person_in;

/* Records an existing member from the registers: admitted (and official,
 * when given) before the records began. */
int app_member_add(app *a, const app_person_in *p, const char *cell,
                   const char *admitted, const char *official, int64_t *id,
                   util_err *e);

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
  const char *ceremony;  /* readmission */
} app_event_in;
int app_member_event(app *a, const app_event_in *in, util_err *e);

/* ---- questions
 * ------------------------------------------------------------------- */

/* Calls fn for each person who was out of the party with `status`
 * (removed, resigned, deceased or expelled) on `day`, and who left from a
 * cell below the organisation `under` (0: anywhere) as the tree stood
 * then. The row's status is that of the day. */
int app_members_former(app *a, int64_t under, util_day day,
                       enum core_status status, store_member_fn fn, void *ctx,
                       util_err *e);

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

/* ---- checks
 * ------------------------------------------------------------------------ */

/* Checks the database: SQLite's integrity and foreign keys, and the tallies
 * against a recomputation from the events; `repair` rewrites the tallies.
 * Writes findings to *report; sets *problems. */
int app_check(app *a, bool repair, util_buf *report, int *problems,
              util_err *e);

#endif
