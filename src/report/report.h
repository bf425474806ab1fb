/*
 * report.h — the figures of the period report, and the tallies they are
 * read from.
 *
 * The ledger keeps the tallies in step: the app tells it which members and
 * organisations an action touches, before (sign -1) and after (sign +1) the
 * change, and it turns their timelines into contributions through core and
 * writes the net difference to the store. A report then reads an
 * organisation's tallies — a few hundred rows however many members there
 * are — or, for an organisation without tallies (the grassroots and
 * below), computes the same contributions from its members directly.
 *
 * Memory: objects returned by *_new are freed by the matching *_free;
 * report_figures are cleared with report_figures_clear.
 */
#ifndef CADRE_REPORT_H
#define CADRE_REPORT_H

#include "store/store.h"
#include "util/lang.h"

/* ---- the ledger ------------------------------------------------------------
 */

typedef struct report_ledger report_ledger;

report_ledger *report_ledger_new(store *st);
void report_ledger_free(report_ledger *l);
/* Keep only contributions dated on or after `day` (by default all are
 * kept). A change that leaves everything before a date alone need not
 * rewrite what came before. */
void report_ledger_since(report_ledger *l, util_day day);
/* Adds sign times what the member contributes, as the store has it now. */
int report_ledger_member(report_ledger *l, int64_t member, int sign,
                         util_err *e);
/* The same from a profile and timeline at hand (imports). */
void report_ledger_timeline(report_ledger *l, const core_profile *p, size_t np,
                            const core_timeline *t, int sign);
int report_ledger_org(report_ledger *l, int64_t org, int sign, util_err *e);
/* Adds sign times what the points placed at `org` contribute (those dated
 * on or after the ledger's `since`). */
int report_ledger_points(report_ledger *l, int64_t org, int sign, util_err *e);
/* Adds sign times what one point contributes. */
int report_ledger_point(report_ledger *l, int64_t org, util_day day,
                        const core_tally *t, int sign, util_err *e);
/* Forgets the paths read so far: call after changing the tree. */
void report_ledger_forget_paths(report_ledger *l);
/* How many (organisation, day) groups the ledger holds: its memory. */
size_t report_ledger_groups(const report_ledger *l);
/* Writes the accumulated differences to the store and empties the ledger. */
int report_ledger_flush(report_ledger *l, util_err *e);
/* The paths of an organisation as core sees them (cached until forgotten).
 * Returns the count, or (size_t)-1 with *e set. */
size_t report_ledger_paths(report_ledger *l, int64_t org,
                           const core_path **paths, util_err *e);

/* Recomputes every tally from the events and compares with the stored
 * ones. Calls fn for each difference (org, day and the stored and
 * recomputed blobs decoded); returns the number of differences, or -1. */
int report_check_tallies(store *st,
                         void (*fn)(void *ctx, int64_t org, util_day day,
                                    const core_tally *stored,
                                    const core_tally *computed),
                         void *ctx, util_err *e);
/* Recomputes every tally from the events, replacing the stored ones. */
int report_rebuild_tallies(store *st, util_err *e);

/* ---- the period report
 * ---------------------------------------------------------- */

/* A count by a text value (ethnicity, education). */
typedef struct report_count {
  char *label; /* "" when not recorded */
  int64_t n;
} report_count;

enum { REPORT_AGE_BANDS = 6, REPORT_PARTY_AGE_BANDS = 6 };
extern const char *const report_age_bands[REPORT_AGE_BANDS];
extern const char *const report_party_age_bands[REPORT_PARTY_AGE_BANDS];

/* The planning of the posts of a branch for one term: its posts, its
 * candidates (a member planned for two posts counts in each) and their
 * structure, young at each post's level when the term begins; and the
 * posts whose planning is under a floor (15% young, 25% women). */
typedef struct report_plan {
  char term[10];
  int64_t posts, candidates, young, female, minorities;
  int64_t by_theory[CORE_THEORY__MAX];
  int64_t posts_short_young, posts_short_women;
} report_plan;

typedef struct report_figures {
  char *code, *name;
  enum core_kind kind;
  util_day from, to;
  /* Stock at `to`: organisations below, by kind. */
  int64_t orgs[CORE_KIND__MAX];
  int64_t grassroots;
  /* Stock at `to`: members. */
  int64_t total, official, probationary, female, male, key_cadres;
  /* Probationary members whose 12 months of probation ended on or before
   * `to` without recognition (the rule says they are removed). */
  int64_t probation_overdue;
  int64_t by_age[REPORT_AGE_BANDS];
  int64_t by_party_age[REPORT_PARTY_AGE_BANDS];
  int64_t by_theory[CORE_THEORY__MAX];
  report_count *by_ethnicity, *by_education;
  size_t n_ethnicity, n_education;
  /* Flows in [from, to]. */
  int64_t admitted, readmitted, recognized;
  int64_t orgs_in, orgs_out, members_in, members_out;
  int64_t disciplined_members, disciplined[CORE_FORM__MAX];
  int64_t left_removed, left_resigned, left_deceased, left_expelled;
  int64_t orgs_founded, orgs_dissolved, orgs_merged;
  /* Party work in [from, to]: [kind][0 organisations, 1 members]; the
   * records, the distinct targets and the records with violations. */
  int64_t oversight[CORE_OVERSIGHT__MAX][2];
  int64_t oversight_targets[CORE_OVERSIGHT__MAX][2];
  int64_t oversight_violations[CORE_OVERSIGHT__MAX][2];
  int64_t org_disciplined[CORE_ORG_FORM__MAX]; /* decisions by form */
  int64_t orgs_disciplined;                    /* distinct organisations */
  int64_t awards[2][CORE_AWARD__MAX];          /* [0 collectives, 1 members] */
  int64_t assessed[2][CORE_GRADE__MAX];        /* assessments of years ending in
                                                  the period */
  int64_t meetings[CORE_MEETING__MAX];
  int64_t meetings_scored, meeting_score_sum;
  int64_t meeting_grades[CORE_MEETING_GRADE__MAX];
  int64_t docs_disseminated, docs_implemented;
  report_count *funds; /* by campaign, largest first */
  size_t n_funds;
  int64_t funds_total;
  /* Cadre planning (DOMAIN.md §8) in force on `to`: the candidates of the
   * posts of the organisation and those below it, a line per term in the
   * order of the terms. */
  report_plan *plans;
  size_t n_plans;
  /* Congresses held in the period by the organisation and those below it
   * (DOMAIN.md §8): the executive committee seats they elect, their
   * rounds of voting, the members the rounds elected (core_round_elect)
   * and the rounds that ended in a tie at the last seat. */
  int64_t congresses, congress_seats, congress_rounds, congress_elected;
  int64_t congress_ties;
  /* The report of a grouping: the sum of the reports of its members (their
   * codes, ascending), under the grouping's code and name. A new figure
   * above must also be added in report_figures_add (sum.c). */
  bool group;
  char **members;
  size_t n_members;
} report_figures;

enum report_engine {
  REPORT_AUTO,   /* tallies where the organisation keeps them */
  REPORT_DIRECT, /* always from the members' timelines */
};

/* Computes the report of `org` for [from, to] as the tree stood then. */
int report_compute(store *st, int64_t org, util_day from, util_day to,
                   enum report_engine engine, report_figures *out, util_err *e);
void report_figures_clear(report_figures *f);
/* Adds every figure of `src` to `dst` (sum.c): the counts, and the counts
 * by text (ethnicity, education, funds by campaign) merged by their text
 * and sorted as report_compute sorts them, most first. The scope of dst
 * (code, name, kind, period, members) is left as it is. */
void report_figures_add(report_figures *dst, const report_figures *src);

/* Renderers: text for people, JSON and CSV for programs (docs/report.md),
 * and the paragraph a review conference reads out (`summary`). The text,
 * the summary and the page are in language l: words, numbers and dates
 * (NULL: English); JSON and CSV, read by machines, have no language. */
void report_render_text(const report_figures *f, const util_lang *l,
                        util_buf *out);
void report_render_summary(const report_figures *f, const util_lang *l,
                           util_buf *out);
void report_render_json(const report_figures *f, util_buf *out);
void report_render_csv(const report_figures *f, util_buf *out);
/* The report as a workbook (xlsx.c): a sheet for each section, built in a
 * temporary file in `tmpdir` and written to `out`; the sheets' names and
 * the header row in language l, the cells the CSV's. Returns 0, or -1
 * with *e set when it cannot be written. */
int report_render_xlsx(const report_figures *f, const util_lang *l,
                       const char *tmpdir, FILE *out, util_err *e);

/* The page to print and sign (html.c, docs/report.md): one self-contained
 * HTML5 document, A4. */
typedef struct report_html_opts {
  const util_lang *lang; /* its words, numbers and dates; NULL: English */
  const char *place;     /* the place of the date line; NULL or "": a blank */
  util_day dated;        /* the date of the document; 0: a blank */
} report_html_opts;
void report_render_html(const report_figures *f, const report_html_opts *o,
                        util_buf *out);

#endif
