/*
 * test_summary.c — the paragraph a review conference reads out is drafted
 * from the figures alone: every clause with its number, clauses with
 * nothing to say left out, singular and plural, amounts of money as a
 * report says them, a whole year or a range of days. In English, and in
 * Vietnamese and Hindi from the same figures: every number as the
 * language writes it (computed here with util_lang_num), the words of the
 * language and none of English's.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "report/report.h"

#include <stdlib.h>
#include <string.h>

static char *summary_in(const report_figures *f, const util_lang *l) {
  util_buf out = {0};
  report_render_summary(f, l, &out);
  return util_buf_take(&out);
}

static char *summary(const report_figures *f) {
  return summary_in(f, NULL);
}

static const util_lang *lang(const char *tag) {
  const util_lang *l = util_lang_find(tag);
  assert_non_null(l);
  return l;
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

/* Figures with every clause, each number distinct and large enough to be
 * grouped (Hindi groups by two after the first three digits). */
static report_figures busy(void) {
  report_figures f =
      year(2023, "Đảng bộ Khối Các cơ quan tỉnh", CORE_COMMITTEE);
  f.admitted = 1231;
  f.readmitted = 12;
  f.recognized = 1174;
  f.oversight[CORE_INSPECTION][0] = 1400;
  f.oversight[CORE_INSPECTION][1] = 3300;
  f.oversight_targets[CORE_INSPECTION][0] = 1169;
  f.oversight_targets[CORE_INSPECTION][1] = 2208;
  f.oversight_violations[CORE_INSPECTION][1] = 37;
  f.oversight[CORE_SUPERVISION][0] = 51;
  f.oversight_targets[CORE_SUPERVISION][0] = 43;
  f.disciplined_members = 44;
  f.orgs_disciplined = 11;
  f.members_out = 123456;
  f.orgs_out = 13;
  f.members_in = 22;
  f.orgs_founded = 14;
  f.orgs_dissolved = 15;
  f.orgs_merged = 16;
  f.left_deceased = 55;
  f.left_removed = 17;
  f.left_resigned = 18;
  f.left_expelled = 19;
  f.awards[1][CORE_AWARD_MERIT] = 2020;
  f.awards[0][CORE_AWARD_FLAG] = 303;
  f.assessed[1][CORE_EXCELLENT] = 1010;
  f.assessed[1][CORE_WELL] = 4040;
  f.meetings[CORE_REGULAR] = 10000;
  f.meetings[CORE_THEMATIC] = 2021;
  f.meetings_scored = 12021;
  f.meeting_score_sum = 12021 * 87 + 12021 / 2; /* a mean of 87.5 */
  f.meeting_grades[CORE_GOOD] = 3030;
  f.docs_disseminated = 4545;
  f.docs_implemented = 4646;
  f.funds_total = 17407000000;
  f.total = 1234567;
  f.official = 1200000;
  f.probationary = 34567;
  f.probation_overdue = 321;
  f.grassroots = 4567;
  return f;
}

/* Whether s holds the number n as l writes it, as a whole number (not the
 * end or the start of a longer one). */
static bool has_num(const char *s, const util_lang *l, int64_t n,
                    int decimals) {
  char t[UTIL_LANG_NUM_MAX];
  util_lang_num(l, n, decimals, t);
  size_t len = strlen(t);
  for (const char *p = strstr(s, t); p; p = strstr(p + 1, t)) {
    bool before = p > s && (p[-1] >= '0' && p[-1] <= '9');
    bool after = (p[len] >= '0' && p[len] <= '9') ||
                 ((p[len] == '.' || p[len] == ',') && p[len + 1] >= '0' &&
                  p[len + 1] <= '9');
    if (!before && !after)
      return true;
  }
  return false;
}

/* Every figure the paragraph speaks of appears, as l writes it: each
 * count, and the sums it says (records of oversight, members who left,
 * awards, members assessed, meetings held) and the mean score. */
static void every_figure(const char *s, const util_lang *l,
                         const report_figures *f) {
  int64_t n[64];
  size_t k = 0;
  n[k++] = f->admitted;
  n[k++] = f->readmitted;
  n[k++] = f->recognized;
  for (int o = 0; o < CORE_OVERSIGHT__MAX; o++) {
    n[k++] = f->oversight[o][0] + f->oversight[o][1];
    n[k++] = f->oversight_violations[o][0] + f->oversight_violations[o][1];
    n[k++] = f->oversight_targets[o][0];
    n[k++] = f->oversight_targets[o][1];
  }
  n[k++] = f->disciplined_members;
  n[k++] = f->orgs_disciplined;
  n[k++] =
      f->left_deceased + f->left_removed + f->left_resigned + f->left_expelled;
  n[k++] = f->left_deceased;
  n[k++] = f->left_removed;
  n[k++] = f->left_resigned;
  n[k++] = f->left_expelled;
  n[k++] = f->orgs_out;
  n[k++] = f->members_out;
  n[k++] = f->orgs_in;
  n[k++] = f->members_in;
  n[k++] = f->orgs_founded;
  n[k++] = f->orgs_dissolved;
  n[k++] = f->orgs_merged;
  for (int t = 0; t < 2; t++) {
    int64_t sum = 0;
    for (int a = 0; a < CORE_AWARD__MAX; a++)
      sum += f->awards[t][a];
    n[k++] = sum;
  }
  int64_t assessed = 0;
  for (int g = 0; g < CORE_GRADE__MAX; g++) {
    assessed += f->assessed[1][g];
    n[k++] = f->assessed[1][g];
  }
  n[k++] = assessed;
  n[k++] = f->meetings[CORE_REGULAR] + f->meetings[CORE_THEMATIC];
  n[k++] = f->meetings[CORE_THEMATIC];
  n[k++] = f->meeting_grades[CORE_GOOD];
  n[k++] = f->docs_disseminated;
  n[k++] = f->docs_implemented;
  n[k++] = f->total;
  n[k++] = f->official;
  n[k++] = f->probationary;
  n[k++] = f->probation_overdue;
  n[k++] = f->grassroots;
  for (size_t i = 0; i < k; i++)
    if (n[i] && !has_num(s, l, n[i], 0))
      fail_msg("%s: %lld is not there as the language writes it: %s",
               util_lang_tag(l), (long long)n[i], s);
  int64_t tenths = (f->meeting_score_sum * 20 + f->meetings_scored) /
                   (2 * f->meetings_scored);
  assert_true(has_num(s, l, tenths, 1));
}

/* s holds the template filled with the number as l writes it. */
static void has_filled(const char *s, const util_lang *l, const char *fmt,
                       int64_t n) {
  char t[UTIL_LANG_NUM_MAX], want[512];
  snprintf(want, sizeof want, fmt, util_lang_num(l, n, 0, t));
  if (!strstr(s, want))
    fail_msg("\"%s\" is not in: %s", want, s);
}

static void test_vietnamese(void **state) {
  (void)state;
  const util_lang *vi = lang("vi");
  report_figures f = busy();
  char *s = summary_in(&f, vi);
  every_figure(s, vi, &f);
  /* The period as Vietnamese says it, the organisation as the subject,
   * its clauses as a provincial report writes them. */
  char *first = util_xasprintf("Năm 2023, %s đã kết nạp ", f.name);
  assert_ptr_equal(strstr(s, first), s);
  free(first);
  has_filled(s, vi, "đã kết nạp %s đảng viên mới", f.admitted);
  has_filled(s, vi, "công nhận %s đảng viên chính thức", f.recognized);
  has_filled(s, vi, "kết nạp lại %s đảng viên", f.readmitted);
  has_filled(s, vi, "; kiểm tra %s tổ chức đảng và ",
             f.oversight_targets[CORE_INSPECTION][0]);
  has_filled(s, vi, "thi hành kỷ luật %s đảng viên", f.disciplined_members);
  has_filled(s, vi, "%s từ trần", f.left_deceased);
  has_filled(s, vi, "Chuyển đi %s tổ chức", f.orgs_out);
  has_filled(s, vi, "%s buổi sinh hoạt",
             f.meetings[CORE_REGULAR] + f.meetings[CORE_THEMATIC]);
  has_filled(s, vi, "tập thể %s lượt", f.awards[0][CORE_AWARD_FLAG]);
  assert_non_null(strstr(s, "điểm bình quân 87,5 điểm"));
  /* In prose: "hơn 17 tỷ đồng" for 17.407.000.000. */
  assert_non_null(strstr(s, "vận động được hơn 17 tỷ đồng."));
  char to[16];
  char *end =
      util_xasprintf("Tính đến ngày %s, có ", util_lang_date(vi, f.to, to));
  assert_non_null(strstr(s, end));
  free(end);
  assert_non_null(strstr(s, "31/12/2023"));
  /* No English left: none of its words, nor its grouping of numbers. */
  const char *english[] = {" the ", "member",  "VND",      "billion",
                           " and ", "In 2023", "1,234,567"};
  for (size_t i = 0; i < sizeof english / sizeof *english; i++)
    if (strstr(s, english[i]))
      fail_msg("English \"%s\" in: %s", english[i], s);
  assert_string_equal(s + strlen(s) - 2, ".\n");
  free(s);
}

/* n with Indian grouping, computed here: the last three digits, then
 * groups of two ("12,34,567"). */
static void indian(uint64_t n, char out[32]) {
  char digits[24];
  int nd = snprintf(digits, sizeof digits, "%llu", (unsigned long long)n),
      o = 0;
  for (int i = 0; i < nd; i++) {
    int left = nd - i; /* digits from here to the end */
    if (i && (left == 3 || (left > 3 && (left - 3) % 2 == 0)))
      out[o++] = ',';
    out[o++] = digits[i];
  }
  out[o] = '\0';
}

/* What the Hindi summary says of an amount, computed here from Indian
 * usage: crores (10^7) and lakhs (10^5), whole from ten units on and one
 * decimal below, "से अधिक" when that is not the amount. */
static char *hindi_prose(int64_t vnd) {
  static const struct {
    uint64_t size;
    const char *word;
  } units[] = {{10000000, "करोड़"}, {100000, "लाख"}};
  char num[32];
  for (size_t i = 0; i < 2; i++) {
    uint64_t size = units[i].size, v = (uint64_t)vnd;
    if (v < size)
      continue;
    uint64_t step = v / size < 10 ? size / 10 : size, said = v / step;
    bool exact = said * step == v;
    if (step < size && said % 10 != 0)
      snprintf(num, sizeof num, "%llu.%llu", (unsigned long long)(said / 10),
               (unsigned long long)(said % 10));
    else
      indian(step < size ? said / 10 : said, num);
    return util_xasprintf("ने %s %s डोंग%s जुटाए", num, units[i].word,
                          exact ? "" : " से अधिक");
  }
  indian((uint64_t)vnd, num);
  return util_xasprintf("ने %s डोंग जुटाए", num);
}

static void test_english_and_hindi(void **state) {
  (void)state;
  report_figures f = busy();
  const util_lang *hi = lang("hi");
  char *en = summary_in(&f, NULL), *h = summary_in(&f, hi);
  /* The same figures, each as the language writes it: "1,234,567" and
   * "12,34,567". */
  every_figure(en, NULL, &f);
  every_figure(h, hi, &f);
  assert_true(has_num(h, hi, 1234567, 0) && strstr(h, "12,34,567"));
  assert_true(has_num(en, NULL, 1234567, 0) && strstr(en, "1,234,567"));
  char *first =
      util_xasprintf("In 2023 the party committee %s admitted ", f.name);
  assert_ptr_equal(strstr(en, first), en);
  free(first);
  assert_non_null(strstr(en, "Units mobilised more than 17 billion VND."));
  /* Hindi: the subject with its ergative "ने", the year as Hindi says
   * it, sentences ended with the danda, the amount in prose. */
  char *subject = util_xasprintf("वर्ष 2023 में, पार्टी समिति %s ने ", f.name);
  assert_ptr_equal(strstr(h, subject), h);
  free(subject);
  char *crores = hindi_prose(f.funds_total);
  assert_non_null(strstr(h, crores));
  free(crores);
  has_filled(h, hi, "%s नए सदस्यों को प्रवेश दिया", f.admitted);
  assert_string_equal(h + strlen(h) - strlen("।\n"), "।\n");
  assert_null(strstr(h, ". "));
  assert_null(strstr(h, "member"));
  free(en);
  free(h);
}

/* Exactly 17 billion is said exactly; 250 million in millions; a few
 * hundred thousand in full; 2.5 million with its decimal. Hindi counts
 * the same amounts in crores and lakhs (computed by hindi_prose). */
static void test_amounts(void **state) {
  (void)state;
  const util_lang *vi = lang("vi"), *hi = lang("hi");
  report_figures f = year(2024, "Huyện ủy", CORE_COMMITTEE);
  const struct {
    int64_t vnd;
    const char *vi, *en;
  } cases[] = {
      {17000000000, "được 17 tỷ đồng.", "mobilised 17 billion VND."},
      {17407000000, "được hơn 17 tỷ đồng.",
       "mobilised more than 17 billion VND."},
      {250000000, "được 250 triệu đồng.", "mobilised 250 million VND."},
      {2500000, "được 2,5 triệu đồng.", "mobilised 2.5 million VND."},
      {2534000, "được hơn 2,5 triệu đồng.",
       "mobilised more than 2.5 million VND."},
      {500000, "được 500.000 đồng.", "mobilised 500,000 VND."},
      {15000000, "được 15 triệu đồng.", "mobilised 15 million VND."},
      {99999, "được 99.999 đồng.", "mobilised 99,999 VND."},
      {123456789012, "được hơn 123 tỷ đồng.",
       "mobilised more than 123 billion VND."},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    f.funds_total = cases[i].vnd;
    char *v = summary_in(&f, vi), *e = summary_in(&f, NULL),
         *h = summary_in(&f, hi), *want = hindi_prose(cases[i].vnd);
    if (!strstr(v, cases[i].vi) || !strstr(e, cases[i].en) || !strstr(h, want))
      fail_msg("%lld: %s | %s | %s (wanted %s)", (long long)cases[i].vnd, v, e,
               h, want);
    /* Indian usage, never the West's words. */
    if (strstr(h, "अरब") || strstr(h, "मिलियन"))
      fail_msg("%lld: %s", (long long)cases[i].vnd, h);
    free(v);
    free(e);
    free(h);
    free(want);
  }
  /* The figures hindi_prose computes, checked by hand once. */
  char *c = hindi_prose(17407000000), *l = hindi_prose(2534000),
       *x = hindi_prose(15000000);
  assert_string_equal(c, "ने 1,740 करोड़ डोंग से अधिक जुटाए");
  assert_string_equal(l, "ने 25 लाख डोंग से अधिक जुटाए");
  assert_string_equal(x, "ने 1.5 करोड़ डोंग जुटाए");
  free(c);
  free(l);
  free(x);
}

/* Nothing to say but the members: two sentences, in each language, and
 * no clause of what did not happen. A half-year is "Từ ... đến ...". */
static void test_nothing_in_each_language(void **state) {
  (void)state;
  const char *tags[] = {"vi", "en", "hi"};
  /* The words of clauses that have nothing to say here. */
  const char *absent[][6] = {
      {"kiểm tra", "giám sát", "kỷ luật", "Giảm", "khen thưởng", "vận động"},
      {"inspected", "supervised", "disciplined", "left the party", "award",
       "mobilised"},
      {"निरीक्षण", "पर्यवेक्षण", "अनुशासनात्मक", "अलग", "सम्मान", "जुटाए"}};
  report_figures f = year(2024, "Chi bộ Văn phòng", CORE_GRASSROOTS_CELL);
  f.from = util_day_from_civil(2024, 1, 1);
  f.to = util_day_from_civil(2024, 6, 30);
  f.total = 1;
  f.official = 1;
  for (size_t i = 0; i < 3; i++) {
    const util_lang *l = util_lang_find(tags[i]);
    char *s = summary_in(&f, l);
    char from[16], to[16];
    util_lang_date(l, f.from, from);
    util_lang_date(l, f.to, to);
    assert_non_null(strstr(s, from));
    assert_non_null(strstr(s, to));
    assert_non_null(strstr(s, f.name));
    for (size_t k = 0; k < 6; k++)
      if (strstr(s, absent[i][k]))
        fail_msg("%s: \"%s\" in: %s", tags[i], absent[i][k], s);
    /* Two sentences: what it did (it admitted nobody) and its members. */
    const char *stop = i == 2 ? "। " : ". ";
    const char *p = strstr(s, stop);
    assert_non_null(p);
    assert_null(strstr(p + 1, stop));
    free(s);
  }
  char *s = summary_in(&f, lang("vi"));
  assert_ptr_equal(strstr(s, "Từ 01/01/2024 đến 30/06/2024, Chi bộ Văn phòng "),
                   s);
  assert_non_null(strstr(s, "không kết nạp được đảng viên mới."));
  free(s);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_everything),
      cmocka_unit_test(test_nothing_to_say),
      cmocka_unit_test(test_period_and_money),
      cmocka_unit_test(test_one_of_each),
      cmocka_unit_test(test_grouping),
      cmocka_unit_test(test_vietnamese),
      cmocka_unit_test(test_english_and_hindi),
      cmocka_unit_test(test_amounts),
      cmocka_unit_test(test_nothing_in_each_language),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
