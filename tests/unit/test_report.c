/*
 * test_report.c — the sum of reports (report_figures_add), what a
 * grouping's report is made of, and how a grouping's scope is rendered.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "report/report.h"

/* ---- figures to add ------------------------------------------------------ */

static void set_counts(report_count **list, size_t *n,
                       const char *const *labels, const int64_t *counts,
                       size_t k) {
  *list = k ? calloc(k, sizeof **list) : NULL;
  for (size_t i = 0; i < k; i++)
    (*list)[i] =
        (report_count){.label = util_xstrdup(labels[i]), .n = counts[i]};
  *n = k;
}

/* Sets every count of f to a different number from `base` on, so that a
 * count added to the wrong one, or not added, shows. */
static void fill(report_figures *f, int64_t base) {
  int64_t v = base;
  memset(f, 0, sizeof *f);
  for (int i = 0; i < CORE_KIND__MAX; i++)
    f->orgs[i] = v++;
  f->grassroots = v++;
  f->total = v++;
  f->official = v++;
  f->probationary = v++;
  f->female = v++;
  f->male = v++;
  f->key_cadres = v++;
  for (int i = 0; i < REPORT_AGE_BANDS; i++)
    f->by_age[i] = v++;
  for (int i = 0; i < REPORT_PARTY_AGE_BANDS; i++)
    f->by_party_age[i] = v++;
  for (int i = 0; i < CORE_THEORY__MAX; i++)
    f->by_theory[i] = v++;
  f->admitted = v++;
  f->readmitted = v++;
  f->recognized = v++;
  f->orgs_in = v++;
  f->orgs_out = v++;
  f->members_in = v++;
  f->members_out = v++;
  f->disciplined_members = v++;
  for (int i = 0; i < CORE_FORM__MAX; i++)
    f->disciplined[i] = v++;
  f->left_removed = v++;
  f->left_resigned = v++;
  f->left_deceased = v++;
  f->left_expelled = v++;
  f->orgs_founded = v++;
  f->orgs_dissolved = v++;
  f->orgs_merged = v++;
  for (int k = 0; k < CORE_OVERSIGHT__MAX; k++)
    for (int t = 0; t < 2; t++) {
      f->oversight[k][t] = v++;
      f->oversight_violations[k][t] = v++;
    }
  for (int i = 0; i < CORE_ORG_FORM__MAX; i++)
    f->org_disciplined[i] = v++;
  for (int t = 0; t < 2; t++) {
    for (int i = 0; i < CORE_AWARD__MAX; i++)
      f->awards[t][i] = v++;
    for (int i = 0; i < CORE_GRADE__MAX; i++)
      f->assessed[t][i] = v++;
  }
  for (int i = 0; i < CORE_MEETING__MAX; i++)
    f->meetings[i] = v++;
  f->meetings_scored = v++;
  f->meeting_score_sum = 90 * f->meetings_scored + base;
  for (int i = 0; i < CORE_MEETING_GRADE__MAX; i++)
    f->meeting_grades[i] = v++;
  f->docs_disseminated = v++;
  f->docs_implemented = v++;
  f->funds_total = v++;
}

static json_t *rendered(const report_figures *f) {
  util_buf b = {0};
  report_render_json(f, &b);
  json_error_t err;
  json_t *j = json_loads(b.data, 0, &err);
  util_buf_free(&b);
  assert_non_null(j);
  return j;
}

/* Every integer of `sum` is that of `a` plus that of `b`, key by key, and
 * the three have the same keys (the scope left out). */
static void sums(json_t *sum, json_t *a, json_t *b, const char *path) {
  const char *key;
  json_t *v;
  assert_int_equal(json_object_size(sum), json_object_size(a));
  json_object_foreach(sum, key, v) {
    json_t *x = json_object_get(a, key), *y = json_object_get(b, key);
    if (!path[0] && strcmp(key, "scope") == 0)
      continue;
    if (!x)
      fail_msg("%s.%s: not in the first report", path, key);
    if (json_is_object(v)) {
      char *sub = util_xasprintf("%s.%s", path, key);
      json_t *none = json_object();
      sums(v, x, y ? y : none, sub);
      json_decref(none);
      free(sub);
    } else if (json_is_integer(v)) {
      json_int_t want = json_integer_value(x) + json_integer_value(y);
      if (json_integer_value(v) != want)
        fail_msg("%s.%s: %lld, not %lld", path, key,
                 (long long)json_integer_value(v), (long long)want);
    }
  }
}

static void test_add_every_figure(void **state) {
  report_figures a, b, sum = {0};

  (void)state;
  fill(&a, 1);
  fill(&b, 1000);
  report_figures_add(&sum, &a);
  report_figures_add(&sum, &b);
  json_t *ja = rendered(&a), *jb = rendered(&b), *js = rendered(&sum);
  sums(js, ja, jb, "");
  /* The mean score is of the summed scores, not a sum of means. */
  double mean = (double)(a.meeting_score_sum + b.meeting_score_sum) /
                (double)(a.meetings_scored + b.meetings_scored);
  json_t *m = json_object_get(json_object_get(js, "meetings"), "mean_score");
  assert_true(json_real_value(m) > mean - 0.051 &&
              json_real_value(m) < mean + 0.051);
  assert_int_equal(sum.meeting_score_sum,
                   a.meeting_score_sum + b.meeting_score_sum);
  json_decref(ja);
  json_decref(jb);
  json_decref(js);
  report_figures_clear(&a);
  report_figures_clear(&b);
  report_figures_clear(&sum);
}

/* ---- counts by text ------------------------------------------------------ */

static void expect_counts(const report_count *c, size_t n,
                          const char *const *labels, const int64_t *counts,
                          size_t k) {
  assert_int_equal(n, k);
  for (size_t i = 0; i < k; i++) {
    assert_string_equal(c[i].label, labels[i]);
    assert_int_equal(c[i].n, counts[i]);
  }
}

static void test_merge_by_text(void **state) {
  report_figures a = {0}, b = {0}, sum = {0};

  (void)state;
  set_counts(&a.by_ethnicity, &a.n_ethnicity,
             (const char *const[]){"Kinh", "Tày", ""}, (int64_t[]){5, 2, 1}, 3);
  set_counts(&b.by_ethnicity, &b.n_ethnicity,
             (const char *const[]){"Kinh", "Mường", "Tày", "Dao"},
             (int64_t[]){3, 2, 1, 1}, 4);
  set_counts(&b.by_education, &b.n_education,
             (const char *const[]){"university"}, (int64_t[]){4}, 1);
  report_figures_add(&sum, &a);
  report_figures_add(&sum, &b);
  /* Most first; equal counts by the bytes of the text, "" (not recorded)
   * first among them. */
  expect_counts(sum.by_ethnicity, sum.n_ethnicity,
                (const char *const[]){"Kinh", "Tày", "Mường", "", "Dao"},
                (int64_t[]){8, 3, 2, 1, 1}, 5);
  expect_counts(sum.by_education, sum.n_education,
                (const char *const[]){"university"}, (int64_t[]){4}, 1);
  /* The sum owns its texts. */
  report_figures_clear(&a);
  report_figures_clear(&b);
  assert_string_equal(sum.by_ethnicity[0].label, "Kinh");
  report_figures_clear(&sum);
}

static void test_funds_exact(void **state) {
  report_figures a = {0}, b = {0}, sum = {0};
  const int64_t big = 9000000000000001; /* past 2^53: a double rounds it */

  (void)state;
  set_counts(&a.funds, &a.n_funds,
             (const char *const[]){"social security", "new rural areas"},
             (int64_t[]){big, 7}, 2);
  a.funds_total = big + 7;
  set_counts(&b.funds, &b.n_funds,
             (const char *const[]){"new rural areas", "social security"},
             (int64_t[]){big, big}, 2);
  b.funds_total = 2 * big;
  report_figures_add(&sum, &a);
  report_figures_add(&sum, &b);
  expect_counts(sum.funds, sum.n_funds,
                (const char *const[]){"social security", "new rural areas"},
                (int64_t[]){2 * big, big + 7}, 2);
  assert_int_equal(sum.funds_total, 3 * big + 7);
  report_figures_clear(&a);
  report_figures_clear(&b);
  report_figures_clear(&sum);
}

static void test_counts_to_nothing_go(void **state) {
  report_figures a = {0}, b = {0}, sum = {0};

  (void)state;
  set_counts(&a.funds, &a.n_funds, (const char *const[]){"x", "y"},
             (int64_t[]){2, 1}, 2);
  set_counts(&b.funds, &b.n_funds, (const char *const[]){"x"}, (int64_t[]){-2},
             1);
  report_figures_add(&sum, &a);
  report_figures_add(&sum, &b);
  expect_counts(sum.funds, sum.n_funds, (const char *const[]){"y"},
                (int64_t[]){1}, 1);
  report_figures_clear(&a);
  report_figures_clear(&b);
  report_figures_clear(&sum);
}

static void test_scope_untouched(void **state) {
  report_figures a, sum = {0};

  (void)state;
  fill(&a, 1);
  a.code = util_xstrdup("HT");
  a.name = util_xstrdup("Tỉnh ủy Hà Tĩnh");
  a.from = 10;
  a.to = 20;
  a.kind = CORE_PROVINCIAL;
  sum.code = util_xstrdup("NC");
  sum.from = 1;
  sum.to = 2;
  sum.kind = CORE_COMMITTEE;
  report_figures_add(&sum, &a);
  assert_string_equal(sum.code, "NC");
  assert_null(sum.name);
  assert_int_equal(sum.from, 1);
  assert_int_equal(sum.to, 2);
  assert_int_equal(sum.kind, CORE_COMMITTEE);
  assert_false(sum.group);
  assert_int_equal(sum.total, a.total);
  report_figures_clear(&a);
  report_figures_clear(&sum);
}

/* ---- a grouping's scope ----------------------------------------------------
 */

static void grouping(report_figures *f) {
  memset(f, 0, sizeof *f);
  f->code = util_xstrdup("NC");
  f->name = util_xstrdup("Khối thi đua Bắc Trung Bộ");
  f->kind = CORE_COMMITTEE;
  f->from = util_day_from_civil(2025, 1, 1);
  f->to = util_day_from_civil(2025, 12, 31);
  f->group = true;
  f->members = calloc(2, sizeof *f->members);
  f->members[0] = util_xstrdup("HT");
  f->members[1] = util_xstrdup("NA");
  f->n_members = 2;
  f->total = 43;
}

static void test_render_grouping(void **state) {
  report_figures f;
  util_buf b = {0};

  (void)state;
  grouping(&f);
  json_t *j = rendered(&f);
  json_t *scope = json_object_get(j, "scope");
  assert_string_equal(json_string_value(json_object_get(scope, "org")), "NC");
  assert_true(json_is_true(json_object_get(scope, "group")));
  json_t *members = json_object_get(scope, "members");
  assert_int_equal(json_array_size(members), 2);
  assert_string_equal(json_string_value(json_array_get(members, 1)), "NA");
  json_decref(j);
  report_render_csv(&f, &b);
  assert_non_null(strstr(b.data, "scope,to,2025-12-31\r\nscope,group,true\r\n"
                                 "scope,member,HT\r\nscope,member,NA\r\n"
                                 "organizations,"));
  util_buf_reset(&b);
  report_render_text(&f, NULL, &b);
  assert_non_null(strstr(b.data, "to 2025-12-31\nA grouping of HT, NA\n\n"));
  util_buf_reset(&b);
  report_render_summary(&f, NULL, &b);
  assert_non_null(
      strstr(b.data, "In 2025 the member committees of Khối thi đua"));
  assert_non_null(strstr(b.data, "On 2025-12-31 they counted 43 members"));
  util_buf_free(&b);
  report_figures_clear(&f);
}

static void test_render_organisation(void **state) {
  report_figures f;
  util_buf b = {0};

  (void)state;
  grouping(&f);
  f.group = false;
  for (size_t i = 0; i < f.n_members; i++)
    free(f.members[i]);
  free(f.members);
  f.members = NULL;
  f.n_members = 0;
  json_t *j = rendered(&f);
  json_t *scope = json_object_get(j, "scope");
  assert_null(json_object_get(scope, "group"));
  assert_null(json_object_get(scope, "members"));
  json_decref(j);
  report_render_csv(&f, &b);
  assert_null(strstr(b.data, "scope,group"));
  util_buf_reset(&b);
  report_render_text(&f, NULL, &b);
  assert_null(strstr(b.data, "grouping of"));
  util_buf_reset(&b);
  report_render_summary(&f, NULL, &b);
  assert_non_null(strstr(b.data, "the party committee"));
  assert_non_null(strstr(b.data, "it counted"));
  util_buf_free(&b);
  report_figures_clear(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_add_every_figure),
      cmocka_unit_test(test_merge_by_text),
      cmocka_unit_test(test_funds_exact),
      cmocka_unit_test(test_counts_to_nothing_go),
      cmocka_unit_test(test_scope_untouched),
      cmocka_unit_test(test_render_grouping),
      cmocka_unit_test(test_render_organisation),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
