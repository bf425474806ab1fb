/*
 * names.c — the names of the domain's enumerations as users write them, and
 * the nesting rules of the organisation tree (DOMAIN.md §1).
 */
#include "core/core.h"
#include "util/lang.h"

#include <string.h>

static const char *const kind_names[CORE_KIND__MAX + 1] = {
    "central",         "provincial",    "committee", "grassroots_committee",
    "grassroots_cell", "sub_committee", "cell"};
static const char *const sector_names[CORE_SECTOR__MAX + 1] = {
    "",
    "state_agency",
    "public_service",
    "state_enterprise",
    "non_state_enterprise",
    "armed_forces",
    "commune_ward"};
static const char *const gender_names[CORE_GENDER__MAX + 1] = {"female",
                                                               "male"};
static const char *const theory_names[CORE_THEORY__MAX + 1] = {
    "", "none", "elementary", "intermediate", "advanced"};
static const char *const status_names[CORE_STATUS__MAX + 1] = {
    "not_member", "probationary", "official", "removed",
    "resigned",   "deceased",     "expelled"};
static const char *const form_names[CORE_FORM__MAX + 1] = {
    "reprimand", "warning", "dismissal", "expulsion"};
static const char *const event_names[CORE_EV__MAX + 1] = {
    "registered",  "admitted", "recognized", "transferred", "temporary",
    "disciplined", "removed",  "resigned",   "deceased",    "readmitted"};

static const char *const oversight_names[CORE_OVERSIGHT__MAX + 1] = {
    "inspection", "supervision"};
static const char *const org_form_names[CORE_ORG_FORM__MAX + 1] = {
    "reprimand", "warning", "dissolution"};
static const char *const grade_names[CORE_GRADE__MAX + 1] = {
    "excellent", "well", "completed", "not-completed"};
static const char *const award_names[CORE_AWARD__MAX + 1] = {
    "merit", "flag", "order", "badge", "other"};
static const char *const meeting_kind_names[CORE_MEETING__MAX + 1] = {
    "regular", "thematic"};
static const char *const meeting_grade_names[CORE_MEETING_GRADE__MAX + 1] = {
    "good", "fairly-good", "average", "poor"};
static const char *const doc_kind_names[CORE_DOC_KIND__MAX + 1] = {
    "resolution", "directive",   "regulation",
    "conclusion", "instruction", "other"};

/* The arrays above hold one more entry than their enumeration, a NULL
 * that ends them: that makes them lists of choices (core_*_choices). */

/* Returns the index of s in names[0..n), skipping empty names, or -1. */
static int find(const char *const *names, int n, const char *s) {
  if (!s || !*s)
    return -1;
  for (int i = 0; i < n; i++)
    if (names[i][0] && strcmp(names[i], s) == 0)
      return i;
  return -1;
}

#define NAME_FUNCS(type, prefix, names, max)                                   \
  const char *core_##prefix##_name(type v) {                                   \
    return (int)v >= 0 && (int)v < (max) ? names[v] : "?";                     \
  }                                                                            \
  int core_##prefix##_parse(const char *s, type *out) {                        \
    int i = find(names, (max), s);                                             \
    if (i < 0)                                                                 \
      return -1;                                                               \
    *out = (type)i;                                                            \
    return 0;                                                                  \
  }

NAME_FUNCS(enum core_kind, kind, kind_names, CORE_KIND__MAX)
NAME_FUNCS(enum core_sector, sector, sector_names, CORE_SECTOR__MAX)
NAME_FUNCS(enum core_gender, gender, gender_names, CORE_GENDER__MAX)
NAME_FUNCS(enum core_theory, theory, theory_names, CORE_THEORY__MAX)
NAME_FUNCS(enum core_status, status, status_names, CORE_STATUS__MAX)
NAME_FUNCS(enum core_form, form, form_names, CORE_FORM__MAX)
NAME_FUNCS(enum core_event_kind, event, event_names, CORE_EV__MAX)
NAME_FUNCS(enum core_oversight, oversight, oversight_names, CORE_OVERSIGHT__MAX)
NAME_FUNCS(enum core_org_form, org_form, org_form_names, CORE_ORG_FORM__MAX)
NAME_FUNCS(enum core_grade, grade, grade_names, CORE_GRADE__MAX)
NAME_FUNCS(enum core_award, award, award_names, CORE_AWARD__MAX)
NAME_FUNCS(enum core_meeting_kind, meeting_kind, meeting_kind_names,
           CORE_MEETING__MAX)
NAME_FUNCS(enum core_doc_kind, doc_kind, doc_kind_names, CORE_DOC_KIND__MAX)

/* A list of choices leaves out the empty name of an unknown value. */
#define CHOICES(prefix, names)                                                 \
  const char *const *core_##prefix##_choices(void) {                           \
    return names[0][0] ? names : names + 1;                                    \
  }

CHOICES(kind, kind_names)
CHOICES(sector, sector_names)
CHOICES(gender, gender_names)
CHOICES(theory, theory_names)
CHOICES(form, form_names)
CHOICES(oversight, oversight_names)
CHOICES(org_form, org_form_names)
CHOICES(grade, grade_names)
CHOICES(award, award_names)
CHOICES(meeting_kind, meeting_kind_names)
CHOICES(doc_kind, doc_kind_names)

const char *const *core_status_filter_choices(void) {
  /* The statuses a member can be listed by: not_member is nobody's, and
   * temporary stands for the visitors on a temporary transfer. */
  static const char *const filter[] = {"probationary", "official", "temporary",
                                       "removed",      "resigned", "deceased",
                                       "expelled",     NULL};
  return filter;
}

const char *core_meeting_grade_name(enum core_meeting_grade g) {
  return (int)g >= 0 && g < CORE_MEETING_GRADE__MAX ? meeting_grade_names[g]
                                                    : "?";
}

const char *core_org_form_names(void) {
  return "reprimand|warning|dissolution";
}

const char *core_grade_names(void) {
  return "excellent|well|completed|not-completed";
}

const char *core_award_names(void) {
  return "merit|flag|order|badge|other";
}

const char *core_doc_kind_names(void) {
  return "resolution|directive|regulation|conclusion|instruction|other";
}

const char *core_kind_names(void) {
  return "central|provincial|committee|grassroots_committee|"
         "grassroots_cell|sub_committee|cell";
}

const char *core_sector_names(void) {
  return "state_agency|public_service|state_enterprise|"
         "non_state_enterprise|armed_forces|commune_ward";
}

const char *core_theory_names(void) {
  return "none|elementary|intermediate|advanced";
}

const char *core_form_names(void) {
  return "reprimand|warning|dismissal|expulsion";
}

bool core_kind_is_cell(enum core_kind k) {
  return k == CORE_CELL || k == CORE_GRASSROOTS_CELL;
}

bool core_kind_is_grassroots(enum core_kind k) {
  return k == CORE_GRASSROOTS_COMMITTEE || k == CORE_GRASSROOTS_CELL;
}

bool core_kind_has_tally(enum core_kind k) {
  return k == CORE_CENTRAL || k == CORE_PROVINCIAL || k == CORE_COMMITTEE;
}

bool core_kind_can_hold(enum core_kind parent, enum core_kind child) {
  switch (child) {
  case CORE_CENTRAL:
    return false;
  case CORE_PROVINCIAL:
    return parent == CORE_CENTRAL;
  case CORE_COMMITTEE:
    return parent == CORE_CENTRAL || parent == CORE_PROVINCIAL ||
           parent == CORE_COMMITTEE;
  case CORE_GRASSROOTS_COMMITTEE:
  case CORE_GRASSROOTS_CELL:
    return parent == CORE_COMMITTEE || parent == CORE_PROVINCIAL;
  case CORE_SUB_COMMITTEE:
  case CORE_CELL:
    return parent == CORE_GRASSROOTS_COMMITTEE || parent == CORE_SUB_COMMITTEE;
  case CORE_KIND__MAX:
    break;
  }
  return false;
}

bool core_kind_can_be_root(enum core_kind k) {
  return k != CORE_SUB_COMMITTEE && k != CORE_CELL;
}

const char *core_kind_rule(enum core_kind child) {
  switch (child) {
  case CORE_CENTRAL:
    return N_("the Central Committee has no superior");
  case CORE_PROVINCIAL:
    return N_("a provincial committee sits under the Central Committee");
  case CORE_COMMITTEE:
    return N_("a committee sits under the Central Committee, a provincial "
              "committee or another committee");
  case CORE_GRASSROOTS_COMMITTEE:
  case CORE_GRASSROOTS_CELL:
    return N_(
        "a grassroots organisation sits under a committee or a provincial "
        "committee");
  case CORE_SUB_COMMITTEE:
  case CORE_CELL:
    return N_(
        "a sub-committee or a cell sits under a grassroots committee or a "
        "sub-committee");
  case CORE_KIND__MAX:
    break;
  }
  return "unknown kind";
}
