/*
 * test_summary.c — the paragraph a review conference reads out is drafted
 * from the figures alone: every clause with its number, clauses with
 * nothing to say left out, singular and plural, amounts of money as a
 * report says them, a whole year or a range of days.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "report/report.h"

#include <stdlib.h>
#include <string.h>

static char *summary(const report_figures *f) {
  util_buf out = {0};
  report_render_summary(f, NULL, &out);
  return util_buf_take(&out);
}

static report_figures year(int y, const char *name, enum core_kind kind) {
  return (report_figures){.name = (char *)(uintptr_t)name,
                          .kind = kind,
                          .from = util_day_from_civil(y, 1, 1),
                          .to = util_day_from_civil(y, 12, 31)};
}

static void test_everything(void **state) {
  (void)state;
  report_figures f = year(2023, "Đảng bộ Khối CQ&DN", CORE_COMMITTEE);
  f.admitted = 57;
  f.recognized = 43;
  f.oversight[CORE_INSPECTION][0] = 14;
  f.oversight[CORE_INSPECTION][1] = 33;
  f.oversight_targets[CORE_INSPECTION][0] = 12;
  f.oversight_targets[CORE_INSPECTION][1] = 31;
  f.oversight_violations[CORE_INSPECTION][1] = 3;
  f.oversight[CORE_SUPERVISION][0] = 1;
  f.oversight_targets[CORE_SUPERVISION][0] = 1;
  f.disciplined_members = 4;
  f.org_disciplined[CORE_ORG_WARNING] = 2;
  f.orgs_disciplined = 1;
  f.members_out = 405;
  f.orgs_out = 3;
  f.members_in = 2;
  f.orgs_founded = 1;
  f.orgs_merged = 2;
  f.left_deceased = 5;
  f.left_removed = 1;
  f.awards[1][CORE_AWARD_MERIT] = 20;
  f.awards[0][CORE_AWARD_FLAG] = 3;
  f.assessed[1][CORE_EXCELLENT] = 10;
  f.assessed[1][CORE_WELL] = 40;
  f.meetings[CORE_REGULAR] = 100;
  f.meetings[CORE_THEMATIC] = 20;
  f.meetings_scored = 120;
  f.meeting_score_sum = 120 * 87 + 60; /* a mean of 87.5 */
  f.meeting_grades[CORE_GOOD] = 30;
  f.docs_disseminated = 45;
  f.funds_total = 17400000000;
  f.total = 3120;
  f.official = 3000;
  f.probationary = 120;
  f.grassroots = 45;
  char *s = summary(&f);
  assert_string_equal(
      s, "In 2023 the party committee Đảng bộ Khối CQ&DN admitted 57 new "
         "members and recognised 43 official members; inspected 12 party "
         "organisations and 31 party members (47 inspections, violations "
         "found in 3); supervised 1 party organisation (1 supervision); "
         "disciplined 4 party members and 1 party organisation. 6 members "
         "left the party (5 deceased and 1 removed from the rolls). 3 "
         "organisations and 405 members were transferred out, 2 members in. "
         "Of the organisations below it, 1 was founded and 2 were merged "
         "into another. Members received 20 awards and collectives 3. Of 50 "
         "members assessed, 10 excellently completed their tasks and 40 "
         "completed them well. Cells held 120 meetings (20 thematic) with a "
         "mean score of 87.5 points; 30 of them rated good. Organisations "
         "recorded 45 disseminations of documents. Units "
         "mobilised more than 17 billion VND. On 2023-12-31 it counted 3,120 "
         "members (3,000 official, 120 probationary) in 45 grassroots "
         "organisations.\n");
  free(s);
}

static void test_nothing_to_say(void **state) {
  (void)state;
  report_figures f = year(2024, "Chi bộ Văn phòng", CORE_GRASSROOTS_CELL);
  f.total = 1;
  f.official = 1;
  char *s = summary(&f);
  assert_string_equal(s, "In 2024 the party cell Chi bộ Văn phòng admitted "
                         "no new members. On 2024-12-31 it counted 1 member "
                         "(1 official, 0 probationary).\n");
  free(s);
}

static void test_period_and_money(void **state) {
  (void)state;
  report_figures f = year(2024, "Huyện ủy", CORE_COMMITTEE);
  f.from = util_day_from_civil(2024, 1, 1);
  f.to = util_day_from_civil(2024, 6, 30);
  f.readmitted = 1;
  f.left_expelled = 1;
  f.funds_total = 2500000;
  report_count campaigns[] = {
      {(char *)(uintptr_t) "Quỹ vì người nghèo", 2000000},
      {(char *)(uintptr_t) "", 500000}};
  f.funds = campaigns;
  f.n_funds = 2;
  char *s = summary(&f);
  assert_string_equal(
      s, "From 2024-01-01 to 2024-06-30 the party committee Huyện ủy "
         "readmitted 1 member. 1 member left the party (1 expelled). Units "
         "mobilised 2.5 million VND (2 million VND for Quỹ vì người nghèo; "
         "500,000 VND for other). On 2024-06-30 it counted 0 members (0 "
         "official, 0 probationary).\n");
  free(s);
}

/* One of each thing, in the singular; the violations stay with the kind of
 * oversight that found them; transfers in alone; only some meetings
 * scored. */
static void test_one_of_each(void **state) {
  (void)state;
  report_figures f = year(2025, "Đảng bộ Khối", CORE_COMMITTEE);
  f.oversight[CORE_INSPECTION][1] = 1;
  f.oversight_targets[CORE_INSPECTION][1] = 1;
  f.oversight[CORE_SUPERVISION][0] = 2;
  f.oversight_targets[CORE_SUPERVISION][0] = 1;
  f.oversight_violations[CORE_SUPERVISION][0] = 1;
  f.orgs_disciplined = 1;
  f.org_disciplined[CORE_ORG_REPRIMAND] = 1;
  f.members_in = 1;
  f.orgs_dissolved = 1;
  f.awards[0][CORE_AWARD_FLAG] = 1;
  f.meetings[CORE_REGULAR] = 2;
  f.meetings_scored = 1;
  f.meeting_score_sum = 97;
  f.meeting_grades[CORE_GOOD] = 1;
  f.total = 1;
  f.probationary = 1;
  f.probation_overdue = 1;
  f.grassroots = 1;
  char *s = summary(&f);
  assert_string_equal(
      s, "In 2025 the party committee Đảng bộ Khối admitted no new members; "
         "inspected 1 party member (1 inspection); supervised 1 party "
         "organisation (2 supervisions, violations found in 1); disciplined "
         "1 party organisation. 1 member was transferred in. Of the "
         "organisations below it, 1 was dissolved. Collectives received 1 "
         "award. Cells held 2 meetings with a mean score of 97.0 points (1 "
         "scored); 1 of them rated good. On 2025-12-31 it counted 1 member "
         "(0 official, 1 probationary, 1 of them past their 12 months of "
         "probation) in 1 grassroots organisation.\n");
  free(s);
}

static void test_grouping(void **state) {
  (void)state;
  report_figures f = year(2025, "Cụm thi đua số 2", CORE_COMMITTEE);
  f.group = true;
  f.admitted = 2;
  f.total = 10;
  f.official = 9;
  f.probationary = 1;
  char *s = summary(&f);
  assert_string_equal(s, "In 2025 the member committees of Cụm thi đua số 2 "
                         "admitted 2 new members. On 2025-12-31 they counted "
                         "10 members (9 official, 1 probationary).\n");
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_everything),
      cmocka_unit_test(test_nothing_to_say),
      cmocka_unit_test(test_period_and_money),
      cmocka_unit_test(test_one_of_each),
      cmocka_unit_test(test_grouping),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
