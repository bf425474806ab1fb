/*
 * core.h — the domain of cadre: the kinds of party organisation and where
 * each may sit, the lifecycle of a party member and its rules, party age and
 * badges, and the tallies from which reports are read.
 *
 * Pure C: no I/O, no SQL. Functions that allocate say so, and what they
 * allocate is freed with the matching *_free() or free(). Messages for
 * people are written into a util_err; every refusal names the value and the
 * rule (DESIGN.md, "Errors").
 *
 * The central idea (docs/ARCHITECTURE.md): a member's events are the source
 * of truth. core_replay() turns them into a timeline — segments of
 * registration in one cell with one status, and dated points such as an
 * admission or a discipline — and core_contribute() turns a timeline and the
 * dated paths of the cells into the changes it makes to the tallies of every
 * organisation above. Reports add tallies up instead of counting members.
 */
#ifndef CADRE_CORE_H
#define CADRE_CORE_H

#include "util/util.h"

/* ---- enumerations ------------------------------------------------------ */

/* Kinds of party organisation, top down (DOMAIN.md §1). */
enum core_kind {
  CORE_CENTRAL,
  CORE_PROVINCIAL,
  CORE_COMMITTEE,
  CORE_GRASSROOTS_COMMITTEE,
  CORE_GRASSROOTS_CELL,
  CORE_SUB_COMMITTEE,
  CORE_CELL,
  CORE_KIND__MAX
};

enum core_sector {
  CORE_SECTOR_NONE, /* not recorded */
  CORE_STATE_AGENCY,
  CORE_PUBLIC_SERVICE,
  CORE_STATE_ENTERPRISE,
  CORE_NON_STATE_ENTERPRISE,
  CORE_ARMED_FORCES,
  CORE_COMMUNE_WARD,
  CORE_SECTOR__MAX
};

enum core_gender { CORE_FEMALE, CORE_MALE, CORE_GENDER__MAX };

enum core_theory {
  CORE_THEORY_UNKNOWN, /* not recorded */
  CORE_THEORY_NONE,
  CORE_THEORY_ELEMENTARY,
  CORE_THEORY_INTERMEDIATE,
  CORE_THEORY_ADVANCED,
  CORE_THEORY__MAX
};

/* Where a person stands with the party. */
enum core_status {
  CORE_NOT_MEMBER, /* before admission */
  CORE_PROBATIONARY,
  CORE_OFFICIAL,
  CORE_REMOVED,
  CORE_RESIGNED,
  CORE_DECEASED,
  CORE_EXPELLED,
  CORE_STATUS__MAX
};

enum core_form {
  CORE_REPRIMAND,
  CORE_WARNING,
  CORE_DISMISSAL,
  CORE_EXPULSION,
  CORE_FORM__MAX
};

/* What can happen to a member. CORE_EV_REGISTERED is the initial load of a
 * member admitted (and perhaps recognised) before the records began: one
 * event standing for both. */
enum core_event_kind {
  CORE_EV_REGISTERED,
  CORE_EV_ADMITTED,
  CORE_EV_RECOGNIZED,
  CORE_EV_TRANSFERRED,
  CORE_EV_TEMPORARY,
  CORE_EV_DISCIPLINED,
  CORE_EV_REMOVED,
  CORE_EV_RESIGNED,
  CORE_EV_DECEASED,
  CORE_EV_READMITTED,
  CORE_EV__MAX
};

/* Party work (DOMAIN.md §3–§9). */
enum core_oversight { CORE_INSPECTION, CORE_SUPERVISION, CORE_OVERSIGHT__MAX };
enum core_org_form {
  CORE_ORG_REPRIMAND,
  CORE_ORG_WARNING,
  CORE_ORG_DISSOLUTION,
  CORE_ORG_FORM__MAX
};
enum core_grade {
  CORE_EXCELLENT, /* excellently completed tasks */
  CORE_WELL,      /* well completed */
  CORE_COMPLETED,
  CORE_NOT_COMPLETED,
  CORE_GRADE__MAX
};
enum core_award {
  CORE_AWARD_MERIT, /* certificate of merit */
  CORE_AWARD_FLAG,  /* emulation flag */
  CORE_AWARD_ORDER, /* orders and medals */
  CORE_AWARD_BADGE, /* party badge */
  CORE_AWARD_OTHER,
  CORE_AWARD__MAX
};
enum core_meeting_kind { CORE_REGULAR, CORE_THEMATIC, CORE_MEETING__MAX };
/* The grade of a meeting's score (DOMAIN.md §5). */
enum core_meeting_grade {
  CORE_GOOD,
  CORE_FAIRLY_GOOD,
  CORE_AVERAGE,
  CORE_POOR,
  CORE_MEETING_GRADE__MAX
};
enum core_doc_kind {
  CORE_RESOLUTION,
  CORE_DIRECTIVE,
  CORE_REGULATION,
  CORE_CONCLUSION,
  CORE_INSTRUCTION,
  CORE_DOC_OTHER,
  CORE_DOC_KIND__MAX
};

/* Names as users type them ("grassroots_cell", "female", ...). The *_parse
 * functions return 0 and set *out, or -1 for an unknown name. */
const char *core_kind_name(enum core_kind k);
int core_kind_parse(const char *s, enum core_kind *out);
const char *core_sector_name(enum core_sector s);
int core_sector_parse(const char *s, enum core_sector *out);
const char *core_gender_name(enum core_gender g);
int core_gender_parse(const char *s, enum core_gender *out);
const char *core_theory_name(enum core_theory t);
int core_theory_parse(const char *s, enum core_theory *out);
const char *core_status_name(enum core_status s);
int core_status_parse(const char *s, enum core_status *out);
const char *core_form_name(enum core_form f);
int core_form_parse(const char *s, enum core_form *out);
const char *core_event_name(enum core_event_kind k);
int core_event_parse(const char *s, enum core_event_kind *out);
const char *core_oversight_name(enum core_oversight k);
int core_oversight_parse(const char *s, enum core_oversight *out);
const char *core_org_form_name(enum core_org_form f);
int core_org_form_parse(const char *s, enum core_org_form *out);
const char *core_grade_name(enum core_grade g);
int core_grade_parse(const char *s, enum core_grade *out);
const char *core_award_name(enum core_award a);
int core_award_parse(const char *s, enum core_award *out);
const char *core_meeting_kind_name(enum core_meeting_kind k);
int core_meeting_kind_parse(const char *s, enum core_meeting_kind *out);
const char *core_meeting_grade_name(enum core_meeting_grade g);
const char *core_doc_kind_name(enum core_doc_kind k);
int core_doc_kind_parse(const char *s, enum core_doc_kind *out);
/* The accepted names of an enumeration, "a|b|c", for messages and help. */
const char *core_kind_names(void);
const char *core_sector_names(void);
const char *core_theory_names(void);
const char *core_form_names(void);
const char *core_org_form_names(void);
const char *core_grade_names(void);
const char *core_award_names(void);
const char *core_doc_kind_names(void);
/* The same names as lists of choices, ending with NULL (without the name
 * of an unknown value), for the typed fields of app (app_field). */
const char *const *core_kind_choices(void);
const char *const *core_sector_choices(void);
const char *const *core_gender_choices(void);
const char *const *core_theory_choices(void);
const char *const *core_form_choices(void);
const char *const *core_oversight_choices(void);
const char *const *core_org_form_choices(void);
const char *const *core_grade_choices(void);
const char *const *core_award_choices(void);
const char *const *core_meeting_kind_choices(void);
const char *const *core_doc_kind_choices(void);
/* The statuses members are listed by: probationary, official, temporary
 * (visitors), and the former members' statuses. */
const char *const *core_status_filter_choices(void);

/* ---- the organisation tree ---------------------------------------------- */

/* Members are registered in cells: `cell` and `grassroots_cell`. */
bool core_kind_is_cell(enum core_kind k);
/* Grassroots organisations: `grassroots_committee` and `grassroots_cell`. */
bool core_kind_is_grassroots(enum core_kind k);
/* Organisations above the grassroots keep tallies (docs/ARCHITECTURE.md):
 * `central`, `provincial`, `committee`. */
bool core_kind_has_tally(enum core_kind k);
/* Whether an organisation of kind `child` may sit directly under one of
 * kind `parent` (DOMAIN.md §1). */
bool core_kind_can_hold(enum core_kind parent, enum core_kind child);
/* Whether an organisation of this kind may have no superior: any kind but
 * `sub_committee` and `cell`, so that a province, a block or a single
 * grassroots organisation can keep its own records. `central` must. */
bool core_kind_can_be_root(enum core_kind k);
/* Where a kind may sit, for messages: "under a committee or a provincial
 * committee". Static text. */
const char *core_kind_rule(enum core_kind child);

/* ---- members: their profile and their events ----------------------------- */

/* The facts about a person that reports count by. Text dimensions
 * (ethnicity, education) are given as small integers that the store
 * assigns to each distinct text (0 when not recorded). */
typedef struct core_profile {
  /* In a member's profile over time (core_contribute_member), the day
   * this profile takes effect; the first one's is ignored (from the
   * beginning). */
  util_day since;
  util_day born;
  enum core_gender gender;
  enum core_theory theory;
  uint32_t ethnicity;
  uint32_t education;
  bool key_cadre;
} core_profile;

/* One event of a member, as recorded. Fields not used by a kind are 0. */
typedef struct core_event {
  enum core_event_kind kind;
  util_day date;     /* the decision date; for REGISTERED the admission date */
  int64_t cell;      /* ADMITTED, READMITTED, REGISTERED: the cell; TRANSFERRED,
                        TEMPORARY: the destination */
  util_day official; /* REGISTERED: when the member became official, or 0 */
  bool has_official;
  /* REGISTERED: the day registration in `cell` begins when it is after the
   * admission (the cell was founded later: a historic register), or 0.
   * The member counts nowhere before it; party age still runs from the
   * admission. */
  util_day registered;
  util_day until;      /* TEMPORARY: when the stay ends */
  bool studies;        /* TEMPORARY: away for studies (up to 2 years) */
  enum core_form form; /* DISCIPLINED */
} core_event;

/* A member's state after a list of events. */
typedef struct core_state {
  enum core_status status;
  int64_t cell;         /* the cell of registration (the last one, if out) */
  util_day admitted;    /* first admission decision */
  util_day probation;   /* start of the current (or last) probation */
  util_day official;    /* when the member last became official, or 0 */
  bool is_official_set; /* whether `official` is set */
  util_day left;        /* when membership last ended (if it did) */
  util_day last_event;  /* date of the latest event */
  int readmissions;
  int32_t time_out; /* days out of the party before the last readmission */
  int64_t visiting; /* host cell of a temporary stay going on, or 0 */
  util_day visit_until;
} core_state;

/* Causes at the start or end of a segment (a set of flags). */
enum core_cause {
  CORE_C_ADMITTED = 1 << 0,
  CORE_C_READMITTED = 1 << 1,
  CORE_C_RECOGNIZED = 1 << 2,
  CORE_C_TRANSFERRED = 1 << 3,
  CORE_C_REMOVED = 1 << 4,
  CORE_C_RESIGNED = 1 << 5,
  CORE_C_DECEASED = 1 << 6,
  CORE_C_EXPELLED = 1 << 7,
  /* Entered in the register after the admission (a historic register):
   * membership begins here without an admission to count. */
  CORE_C_REGISTERED = 1 << 8,
};
/* The causes that begin a membership. */
#define CORE_C_ENTERED (CORE_C_ADMITTED | CORE_C_READMITTED | CORE_C_REGISTERED)

/* A stretch of registration: in one cell, with one status (probationary or
 * official), over the half-open range [from, to); to is UTIL_DAY_MAX while
 * it goes on. A segment may be empty (from == to) when two events fall on
 * one day (admitted and transferred the same day). */
typedef struct core_segment {
  util_day from, to;
  int64_t cell;
  enum core_status status; /* CORE_PROBATIONARY or CORE_OFFICIAL */
  util_day origin;         /* official: the date party age counts from */
  unsigned start, end;     /* enum core_cause flags */
} core_segment;

/* A discipline decision, placed in the segment the member was in when it
 * was decided: on the day of a transfer, before or after it as the events
 * were recorded. */
typedef struct core_discipline {
  util_day day;
  enum core_form form;
  size_t segment; /* index into the timeline's segments */
} core_discipline;

typedef struct core_timeline {
  core_segment *seg;
  size_t nseg;
  core_discipline *disc;
  size_t ndisc;
  core_state state;
} core_timeline;

/* Replays a member's events, oldest first, into *out (which the caller
 * frees with core_timeline_free). The events must have been accepted by
 * core_check_event one by one; returns -1 with UTIL_INTERNAL in *e if they
 * do not make a lifecycle. */
int core_replay(const core_event *ev, size_t n, core_timeline *out,
                util_err *e);
void core_timeline_free(core_timeline *t);

/* A stretch of a member's registration as the membership and visit tables
 * hold it: registration in one cell, or a temporary stay in a host cell
 * (not counted by the host). */
typedef struct core_stretch {
  bool visit;
  util_day from, to;
  int64_t cell;
  util_day official; /* registration: official since, in this membership
                        (perhaps before the stretch), or 0 */
} core_stretch;
/* The registration a timeline makes, sorted by core_stretch_cmp: segments
 * that follow each other in one cell make one stretch; a temporary stay
 * ends at its date, or earlier when the member moves registration, goes
 * elsewhere or leaves the party. *out is the caller's. */
void core_registration(const core_timeline *t, const core_event *evs,
                       size_t nev, core_stretch **out, size_t *n);
/* Visits after registration; then by first day, cell and last day. */
int core_stretch_cmp(const void *a, const void *b);

/* Facts the rules need besides the member's own state. */
typedef struct core_check_ctx {
  const char *who;       /* "member 1042", for messages */
  util_day born;         /* date of birth */
  bool holds_post;       /* the member holds a post (for dismissal) */
  util_day considered;   /* ADMITTED: when the cell considered the case */
  bool over_60_approved; /* ADMITTED: a committee under the Central approved */
  util_day ceremony;     /* ADMITTED, READMITTED: the ceremony, or 0 */
  /* TRANSFERRED, TEMPORARY: the cell the event was recorded as leaving,
   * or 0. Checked when events are replayed again (a transfer entered late
   * before it, a void): a transfer out of a cell the member had left by
   * then is refused. */
  int64_t from_cell;
  /* Names a cell in messages (its code); NULL prints its number. */
  const char *(*cell_name)(void *arg, int64_t cell);
  void *cell_arg;
} core_check_ctx;

/* How a membership ended, from the causes at the end of its last segment:
 * CORE_REMOVED, CORE_RESIGNED, CORE_DECEASED or CORE_EXPELLED. */
enum core_status core_leaving(unsigned end_causes);

/* Decides whether `ev` may follow the events that led to `st` (for a new
 * person, st->status is CORE_NOT_MEMBER), `ev` being dated on or after
 * them. Returns 0, or -1 with a message naming the value and the rule
 * (UTIL_REFUSED). The date checks against today and the checks that need
 * the organisation tree are the caller's. */
int core_check_event(const core_state *st, const core_event *ev,
                     const core_check_ctx *ctx, util_err *e);

/* Checks a whole history: the events in date order (events of one day in
 * the order they were recorded), each against the state the events before
 * it leave, with ctx[i] for ev[i]. This is how an event entered late (dated
 * before others) or a void is judged: the history it leaves must be one the
 * rules accept from the first event to the last. Returns 0, or -1 with
 * *bad set to the index of the first event refused and its message in *e. */
int core_check_history(const core_event *ev, const core_check_ctx *ctx,
                       size_t n, size_t *bad, util_err *e);

/* The date a recognition as official takes effect: exactly 12 months after
 * the start of the probation. */
util_day core_official_date(util_day probation_start);

/* Admission age (DOMAIN.md §2): 18 to 60 full years, counted in months, at
 * the date the cell considers the case. Returns 0 when in range, -1 when
 * under 18, 1 when over 60. */
int core_admission_age(util_day born, util_day considered);

/* ---- party work rules
 * --------------------------------------------------------- */

/* The votes behind a discipline decision (DOMAIN.md §3): reprimand, warning
 * and dismissal need more than half of the deciding body; expulsion needs
 * a proposal of at least two thirds and more than half to decide. `what`
 * names the decision in messages ("expulsion of member 12"). proposal_*
 * are ignored but for expulsion. */
typedef struct core_votes {
  int votes_for, votes_total;
  int proposal_for, proposal_total; /* expulsion only */
} core_votes;
int core_check_votes(const core_votes *v, bool expulsion, const char *what,
                     util_err *e);

/* The grade of an assessment score out of 100: at least 90 excellent, 70
 * to under 90 well, 50 to under 70 completed, below 50 not completed. */
enum core_grade core_grade_of_score(int score);

/* The quota of excellence within a grassroots organisation: the number
 * classified excellent may not exceed 20% of those classified well or
 * better (excellent + well). Returns 0, or -1 with a message naming
 * `where`, the counts, the limit and the excess. */
int core_check_quota(int excellent, int well, const char *where, util_err *e);

/* The grade of a meeting's score out of 100: 90 and over good, 70–89
 * fairly good, 50–69 average, below 50 poor. */
enum core_meeting_grade core_meeting_grade_of(int score);

/* ---- cell meetings: the rubric (DOMAIN.md §5, docs/rubric.md) ------------ */

/* The facts of a meeting from which a rubric computes points. */
enum core_fact {
  CORE_FACT_NONE,       /* none: the scorer gives the points */
  CORE_FACT_MINUTES,    /* the length of the meeting in minutes */
  CORE_FACT_ATTENDANCE, /* % of the members registered who were present */
  CORE_FACT_SPEAKERS,   /* % of the members present who spoke */
  CORE_FACT_RESOLUTION, /* % of last month's resolution's targets met */
  CORE_FACT__MAX
};
const char *core_fact_name(enum core_fact f);
int core_fact_parse(const char *s, enum core_fact *out);
/* "minutes|attendance|speakers|resolution" */
const char *core_fact_names(void);

enum { CORE_RUBRIC_BANDS = 8, CORE_RUBRIC_CRITERIA = 32 };
#define CORE_NO_POINTS (-1)

/* A value (minutes, or a share in %) of at least `from` earns `points`. */
typedef struct core_band {
  int from, points;
} core_band;
/* Bands from the highest threshold down; the last starts at 0. */
typedef struct core_bands {
  size_t n;
  core_band b[CORE_RUBRIC_BANDS];
} core_bands;

/* One criterion: a computed part (bands over a fact, and a bonus) and a
 * part the scorer gives, 0..given. Its points are the sum. */
typedef struct core_criterion {
  char *id, *title; /* owned by whoever built the rubric */
  int max;
  enum core_fact fact;
  core_bands bands;
  int large_members; /* > 0: cells of at least this many registered members
                        are scored on `large` instead of `bands` */
  core_bands large;
  int bonus;     /* added when no registered member has been absent from */
  int bonus_run; /* more than bonus_run meetings of the cell in a row */
  int given;
} core_criterion;

typedef struct core_rubric {
  char *name; /* owned by whoever built the rubric */
  size_t n;
  core_criterion *c;
} core_rubric;

/* Refuses a rubric that is not well formed, naming the criterion, the
 * value and the rule: 1 to CORE_RUBRIC_CRITERIA criteria with distinct,
 * non-empty ids; maxima of at least 1 summing to 100; each criterion
 * either given only (given == max) or computed from a fact, with 1 to
 * CORE_RUBRIC_BANDS bands whose thresholds fall strictly (percentages at
 * most 100) down to 0 and whose points never rise as they fall; the
 * highest band's points plus the bonus plus the given part are the
 * maximum (for the large-cell bands too). A criterion computed from the
 * resolution's results (which may be recorded later) has no given part:
 * points are kept per criterion once complete, and the given part of the
 * others is what the computed part leaves. */
int core_rubric_check(const core_rubric *r, util_err *e);
/* The index of the criterion `id`, or -1. */
int core_rubric_find(const core_rubric *r, const char *id);
/* Refuses points given for criterion i that are outside 0..its given part,
 * or given for a criterion that has none. */
int core_rubric_give(const core_rubric *r, size_t i, int points, util_err *e);

/* What a meeting records that a rubric reads. */
typedef struct core_meeting_facts {
  int minutes;
  int registered; /* members registered in the cell on the day */
  int present;    /* of them, present */
  int speakers;   /* of them, those who spoke */
  bool has_result;
  int result;     /* % of last month's targets met */
  int absent_run; /* the longest run of meetings in a row, ending with this
                     one, that a registered member missed */
} core_meeting_facts;

/* Scores a meeting: given[i] is the part given for criterion i, or
 * CORE_NO_POINTS. Sets points[i] to criterion i's points, or CORE_NO_POINTS
 * when its fact is not recorded or its given part is missing, and (unless
 * NULL) computed[i] to its computed part (0 for a criterion given only,
 * CORE_NO_POINTS when its fact is not recorded). Returns the total, or
 * CORE_NO_POINTS while some criterion has no points. Given points outside
 * their range count as missing (check them with core_rubric_give).
 * Absences never pay: when the computed points with absences would come to
 * more than those of the same meeting with every registered member present
 * (the share who spoke, being of those present, grows as fewer come), the
 * criteria on `speakers` give back the difference, down to at most what
 * they earn in full attendance. */
int core_rubric_score(const core_rubric *r, const core_meeting_facts *f,
                      const int *given, int *points, int *computed);

/* ---- annual assessment (DOMAIN.md §4; assess.c) ------------------------- */

/* Reads a range of years typed as "YYYY-YYYY", or one year "YYYY": four
 * digits each, nothing else, the first not after the last. Returns 0, or
 * -1 with *why set to a reason (static text). */
int core_years_parse(const char *text, int *first, int *last, const char **why);
/* Whether the member of timeline t (`who` in messages) may be assessed
 * for `year`: a party member, probationary or official, on at least one
 * day of it — admitted (or readmitted) on or before 31 December and not
 * out of the party for the whole year; the day membership ends still
 * counts as a day in the party. Returns 0, or -1 naming the member, the
 * year and the dates that exclude it. */
int core_check_assess_year(const core_timeline *t, int year, const char *who,
                           util_err *e);

/* ---- party age and badges ------------------------------------------------ */

/* Party age in days at `day` of a member whose official segments carry
 * `origin`: day - origin, or -1 when the member is not official at `day`. */
int32_t core_party_age_days(const core_timeline *t, util_day day);
/* Completed years of party age at `day`, or -1 as above. */
int core_party_age_years(const core_timeline *t, util_day day);

/* The party-badge milestones in years: 30, 40, 45, ..., 90. */
extern const int core_badge_years[];
extern const size_t core_badge_count;
/* The same as a list of choices ("30", ..., "90", NULL). */
const char *const *core_badge_choices(void);
/* The date a milestone of `years` of party age is reached by a member whose
 * party age counts from `origin`. */
util_day core_badge_due(util_day origin, int years);
/* The earliest date a seriously ill member may receive that badge: 12
 * months before it is due for 30 to 65 years, 24 months for 70 to 90; that
 * is, the day party age reaches one (two) years less. */
util_day core_badge_earliest(util_day origin, int years);
/* The index of a milestone in core_badge_years, or -1 when `years` is not
 * one. */
int core_badge_index(int years);
/* Whether the party badge of `years` (a milestone) may be awarded on `day`
 * to the member of timeline t (`who` in messages, "member 12"): only to
 * an official member, not before party age reaches the milestone, except
 * that an `early` award (a seriously ill member) may come from
 * core_badge_earliest on. Party age counts from the origin of the
 * official segment that holds `day`. Returns 0, or -1 naming the member,
 * the dates and the rule. Whether the badge was awarded already is the
 * caller's to check. */
int core_check_badge(const core_timeline *t, int years, util_day day,
                     bool early, const char *who, util_err *e);

/* ---- tallies ------------------------------------------------------------- */

/* A tally key names one figure: a dimension and a value inside it. Stock
 * keys change when members come and go; flow keys count events. */
enum core_dim {
  CORE_D_STATUS = 1, /* value: CORE_PROBATIONARY or CORE_OFFICIAL */
  CORE_D_GENDER,     /* value: enum core_gender */
  CORE_D_BORN,       /* value: year of birth */
  CORE_D_ETHNICITY,  /* value: the store's number for the text, 0 unknown */
  CORE_D_EDUCATION,  /* value: likewise */
  CORE_D_THEORY,     /* value: enum core_theory */
  CORE_D_KEY_CADRE,  /* value: 0 */
  CORE_D_ORIGIN,     /* official members: year party age counts from */
  CORE_D_ORG_KIND,   /* organisations below: value enum core_kind */
  CORE_D_FLOW,       /* value: enum core_flow */
  CORE_D_DISC_PREV,  /* a discipline, value: the day of the member's previous
                        discipline in the same organisation, as days since
                        1800-01-01 plus 1; 0 when none */
  /* Party work, counted from points (report_ledger_points). */
  CORE_D_OVERSIGHT, /* value: CORE_OVERSIGHT_KEY(kind, of_member, violation) */
  CORE_D_ORG_DISC,  /* value: enum core_org_form */
  CORE_D_AWARD,     /* value: CORE_TARGET_KEY(of_member, enum core_award) */
  CORE_D_ASSESS,    /* value: CORE_TARGET_KEY(of_member, enum core_grade) */
  CORE_D_MEETING,   /* value: enum core_meeting_figure */
  CORE_D_DOC,       /* value: 0 disseminated, 1 implemented */
  CORE_D_FUND,      /* value: the store's number of the campaign; n: VND */
  /* Distinct targets (docs/ARCHITECTURE.md): like CORE_D_DISC_PREV, the day
   * of the previous record about the same target placed below the same
   * organisation, so that a report counts targets, not records. */
  CORE_D_TARGET,     /* an inspection or a supervision, value:
                        CORE_TARGET_PREV(kind, of_member, day) */
  CORE_D_ORG_TARGET, /* a discipline of an organisation, value:
                        CORE_DISC_DAY of the previous one, 0 when none */
  CORE_D_PRIOR,      /* only in a stored point, never in a tally: an earlier
                        record about the same target, value: CORE_DISC_DAY
                        of its day, n: where it was placed */
  CORE_D_OVERDUE,    /* probationary members past their 12 months without
                        recognition (value 0): a stock from the day the
                        probation ended while the member stays
                        probationary */
  CORE_D__MAX
};

enum core_flow {
  CORE_F_ADMITTED,
  CORE_F_READMITTED,
  CORE_F_RECOGNIZED,
  CORE_F_MEMBERS_IN,
  CORE_F_MEMBERS_OUT,
  CORE_F_ORGS_IN,
  CORE_F_ORGS_OUT,
  CORE_F_REPRIMAND, /* CORE_F_REPRIMAND + enum core_form */
  CORE_F_WARNING,
  CORE_F_DISMISSAL,
  CORE_F_EXPULSION,
  CORE_F_REMOVED,
  CORE_F_RESIGNED,
  CORE_F_DECEASED,
  CORE_F_EXPELLED,
  CORE_F_ORGS_FOUNDED,
  CORE_F_ORGS_DISSOLVED,
  CORE_F_ORGS_MERGED,
  CORE_F__MAX
};

/* The figures of meetings. */
enum core_meeting_figure {
  CORE_M_REGULAR, /* meetings held, by kind */
  CORE_M_THEMATIC,
  CORE_M_SCORED,    /* meetings with a score */
  CORE_M_SCORE_SUM, /* the sum of their scores */
  CORE_M_GRADE,     /* CORE_M_GRADE + enum core_meeting_grade */
};

#define CORE_KEY(dim, value) (((uint32_t)(dim) << 24) | (uint32_t)(value))
/* Values of keys that tell organisations from members. */
#define CORE_TARGET_KEY(of_member, v) ((uint32_t)(of_member) << 8 | (v))
#define CORE_OVERSIGHT_KEY(kind, of_member, violation)                         \
  ((uint32_t)(kind) << 2 | (uint32_t)(of_member) << 1 | (uint32_t)(violation))
#define CORE_KEY_DIM(key) ((enum core_dim)((key) >> 24))
#define CORE_KEY_VALUE(key) ((uint32_t)(key)&0xffffffu)
/* The value of a CORE_D_DISC_PREV key for a day. */
#define CORE_DISC_DAY(day) ((uint32_t)((day)-UTIL_DAY_MIN + 1))

/* The value of a CORE_D_TARGET key: what was done to whom (inspected or
 * supervised, an organisation or a member) and CORE_DISC_DAY of the
 * previous such record, or 0. Days fit in 22 bits up to 9999-12-31. */
#define CORE_TARGET_DAY_BITS 22
#define CORE_TARGET_PREV(kind, of_member, prev)                                \
  (((uint32_t)(kind) << 1 | (uint32_t)(of_member)) << CORE_TARGET_DAY_BITS |   \
   (uint32_t)(prev))
#define CORE_TARGET_DAY(value) ((value) & ((1u << CORE_TARGET_DAY_BITS) - 1))

/* A sparse vector of counts by key, kept sorted by key, without zeros. */
typedef struct core_tally {
  uint32_t *key;
  int64_t *n;
  size_t len, cap;
} core_tally;

void core_tally_add(core_tally *t, uint32_t key, int64_t n);
/* Adds `sign` times every count of `src` (sign is 1 or -1; src is not t). */
void core_tally_merge(core_tally *t, const core_tally *src, int sign);
int64_t core_tally_get(const core_tally *t, uint32_t key);
void core_tally_clear(core_tally *t);
void core_tally_free(core_tally *t);
/* Appends the compact form of t to out: varints of key differences and
 * zig-zag counts. */
void core_tally_encode(const core_tally *t, util_buf *out);
/* Adds `sign` times the counts encoded in data[0..len) to t. Returns 0, or
 * -1 when the bytes are not a tally, leaving t as it was. */
int core_tally_decode_add(core_tally *t, const void *data, size_t len,
                          int sign);

/* ---- contributions to the tallies ---------------------------------------- */

/* An organisation's place in the tree during [from, to): the ids from the
 * root down to the organisation itself. */
typedef struct core_path {
  util_day from, to;
  int64_t parent; /* 0 for a root */
  const int64_t *ids;
  size_t depth; /* number of ids; ids[depth - 1] is the organisation */
} core_path;

/* Where contributions go: called once for each (organisation, day, key)
 * change. `org` is an organisation above the entity. */
typedef void (*core_emit_fn)(void *ctx, int64_t org, util_day day, uint32_t key,
                             int64_t n);
/* Gives the paths of an organisation, oldest first. Returns the count. */
typedef size_t (*core_paths_fn)(void *ctx, int64_t org,
                                const core_path **paths);

/* Emits everything a member's timeline adds to the tallies of the
 * organisations above its cells: the stock (+ when present, - when gone),
 * and the flows (admitted, recognised, transferred in and out, disciplined,
 * left). The stock counts the member with the profile in force on each
 * day: p[0..np) in the order of their `since` (np >= 1); on the day a
 * profile takes effect, the member leaves the stock with the old one and
 * enters with the new. Only organisations for which `want` returns true
 * receive. */
typedef struct core_sink {
  core_emit_fn emit;
  core_paths_fn paths;
  bool (*want)(void *ctx, int64_t org);
  void *ctx;
} core_sink;

void core_contribute_member(const core_profile *p, size_t np,
                            const core_timeline *t, const core_sink *sink);

/* The day the probation of the probationary segment `seg` of t started: the
 * admission or readmission that began its membership. */
util_day core_probation_start(const core_timeline *t, size_t seg);

/* Emits what an organisation adds to the tallies of those above it: its
 * kind while below them, founded, moved in or out (its own moves only, not
 * those of its superiors), dissolved or merged. `ended` is 0 while it
 * lives; `how` is CORE_F_ORGS_DISSOLVED or CORE_F_ORGS_MERGED. Nothing is
 * emitted before `counts_from` (0: from its first place in the tree): an
 * organisation recorded without a founding date counts from the day it
 * was recorded, or from its earliest move or end if earlier, so that
 * recording it leaves earlier reports as they were. */
void core_contribute_org(int64_t org, enum core_kind kind, bool founded_known,
                         util_day counts_from, util_day ended,
                         enum core_flow how, const core_sink *sink);

/* Emits a point — a record of party work dated `day` and placed at `org`
 * (a meeting of a cell, an inspection counted at the superior of the
 * organisation inspected, ...) — to `org` and every organisation above it
 * as the tree stood on that day: every count of `t`, but for these. The
 * CORE_D_PRIOR entries of `t` (earlier records about the same target) are
 * not emitted; with them, each organisation receives the CORE_D_TARGET and
 * CORE_D_ORG_TARGET keys of `t` with the day of the latest earlier record
 * placed below it on its day (or 0) put into the key's value. */
void core_contribute_point(int64_t org, util_day day, const core_tally *t,
                           const core_sink *sink);

#endif
