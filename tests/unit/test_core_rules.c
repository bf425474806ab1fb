/*
 * test_core_rules.c — the rules of the domain layer (DOMAIN.md §1, §2):
 * names of the enumerations, the nesting of organisations, admission age,
 * and every acceptance and refusal of core_check_event with its message.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"
#include "core_events.h"

#define WHO "member 7"

/* ---- events and states ------------------------------------------------- */

static core_event temporary(util_day d, int64_t cell, util_day until,
                            bool studies) {
  return (core_event){.kind = CORE_EV_TEMPORARY,
                      .date = d,
                      .cell = cell,
                      .until = until,
                      .studies = studies};
}

static core_event readmitted(util_day d, int64_t cell) {
  return (core_event){.kind = CORE_EV_READMITTED, .date = d, .cell = cell};
}

/* A person born on 1980-05-20 who holds a post. */
static core_check_ctx ctx_default(void) {
  return (core_check_ctx){
      .who = WHO, .born = day(1980, 5, 20), .holds_post = true};
}

/* The state after events that each pass core_check_event in turn. */
static core_state state_after(const core_event *ev, size_t n) {
  core_check_ctx ctx = ctx_default();
  core_state st = {0};
  core_timeline t;
  util_err e = {0};

  for (size_t i = 0; i < n; i++) {
    if (core_check_event(&st, &ev[i], &ctx, &e))
      fail_msg("event %zu refused: %s", i, e.msg);
    if (core_replay(ev, i + 1, &t, &e))
      fail_msg("replay of %zu events: %s", i + 1, e.msg);
    st = t.state;
    core_timeline_free(&t);
  }
  return st;
}

static void expect_ok(const core_state *st, const core_event *ev,
                      const core_check_ctx *ctx) {
  util_err e = {0};

  if (core_check_event(st, ev, ctx, &e))
    fail_msg("refused: %s", e.msg);
}

/* Expects a refusal whose message holds every string of the NULL-ended
 * list. */
static void expect_refused(const core_state *st, const core_event *ev,
                           const core_check_ctx *ctx, const char *part, ...) {
  util_err e = {0};
  va_list ap;

  assert_int_equal(core_check_event(st, ev, ctx, &e), -1);
  assert_int_equal(e.code, UTIL_REFUSED);
  va_start(ap, part);
  for (; part; part = va_arg(ap, const char *))
    if (!strstr(e.msg, part))
      fail_msg("\"%s\" not in the message: %s", part, e.msg);
  va_end(ap);
}

/* ---- names --------------------------------------------------------------- */

/* Checks that every name of an enumeration parses back to its value, and
 * that `list` holds exactly the non-empty names. */
#define ROUND_TRIP(type, prefix, max, list)                                    \
  do {                                                                         \
    size_t named = 0;                                                          \
    for (int i = 0; i < (max); i++) {                                          \
      const char *s = core_##prefix##_name((type)i);                           \
      type back;                                                               \
      assert_non_null(s);                                                      \
      assert_string_not_equal(s, "?");                                         \
      if (!*s) {                                                               \
        assert_int_equal(core_##prefix##_parse(s, &back), -1);                 \
        continue;                                                              \
      }                                                                        \
      named++;                                                                 \
      back = (type)(max);                                                      \
      assert_int_equal(core_##prefix##_parse(s, &back), 0);                    \
      assert_int_equal(back, i);                                               \
      if (list)                                                                \
        assert_true(in_list(list, s));                                         \
    }                                                                          \
    if (list)                                                                  \
      assert_int_equal(list_count(list), named);                               \
    assert_string_equal(core_##prefix##_name((type)(max)), "?");               \
    assert_string_equal(core_##prefix##_name((type)-1), "?");                  \
  } while (0)

static bool in_list(const char *list, const char *name) {
  size_t n = strlen(name);

  for (const char *p = list; p; p = strchr(p, '|'), p = p ? p + 1 : NULL)
    if (strncmp(p, name, n) == 0 && (p[n] == '|' || p[n] == '\0'))
      return true;
  return false;
}

static size_t list_count(const char *list) {
  size_t n = 1;

  for (const char *p = list; *p; p++)
    n += *p == '|';
  return n;
}

static void test_names_round_trip(void **state) {
  const char *none = NULL;

  (void)state;
  ROUND_TRIP(enum core_kind, kind, CORE_KIND__MAX, core_kind_names());
  ROUND_TRIP(enum core_sector, sector, CORE_SECTOR__MAX, core_sector_names());
  ROUND_TRIP(enum core_gender, gender, CORE_GENDER__MAX, none);
  ROUND_TRIP(enum core_theory, theory, CORE_THEORY__MAX, core_theory_names());
  ROUND_TRIP(enum core_status, status, CORE_STATUS__MAX, none);
  ROUND_TRIP(enum core_form, form, CORE_FORM__MAX, core_form_names());
  ROUND_TRIP(enum core_event_kind, event, CORE_EV__MAX, none);
}

static void test_names_spelling(void **state) {
  enum core_kind k = CORE_CELL;
  enum core_sector s = CORE_SECTOR_NONE;
  enum core_gender g = CORE_MALE;
  enum core_theory t = CORE_THEORY_UNKNOWN;
  enum core_status st = CORE_NOT_MEMBER;
  enum core_form f = CORE_REPRIMAND;
  enum core_event_kind ev = CORE_EV_ADMITTED;

  (void)state;
  /* The names users type, as the documentation gives them. */
  assert_int_equal(core_kind_parse("grassroots_cell", &k), 0);
  assert_int_equal(k, CORE_GRASSROOTS_CELL);
  assert_int_equal(core_kind_parse("central", &k), 0);
  assert_int_equal(k, CORE_CENTRAL);
  assert_int_equal(core_sector_parse("commune_ward", &s), 0);
  assert_int_equal(s, CORE_COMMUNE_WARD);
  assert_int_equal(core_gender_parse("female", &g), 0);
  assert_int_equal(g, CORE_FEMALE);
  assert_int_equal(core_theory_parse("advanced", &t), 0);
  assert_int_equal(t, CORE_THEORY_ADVANCED);
  assert_int_equal(core_status_parse("expelled", &st), 0);
  assert_int_equal(st, CORE_EXPELLED);
  assert_int_equal(core_form_parse("expulsion", &f), 0);
  assert_int_equal(f, CORE_EXPULSION);
  assert_int_equal(core_event_parse("readmitted", &ev), 0);
  assert_int_equal(ev, CORE_EV_READMITTED);
  assert_string_equal(core_status_name(CORE_PROBATIONARY), "probationary");
  assert_string_equal(core_event_name(CORE_EV_RECOGNIZED), "recognized");

  /* Unknown, empty, NULL, other case, prefixes: refused, *out untouched. */
  k = CORE_CELL;
  assert_int_equal(core_kind_parse("Central", &k), -1);
  assert_int_equal(core_kind_parse("cel", &k), -1);
  assert_int_equal(core_kind_parse("cells", &k), -1);
  assert_int_equal(core_kind_parse("", &k), -1);
  assert_int_equal(core_kind_parse(NULL, &k), -1);
  assert_int_equal(k, CORE_CELL);
  assert_int_equal(core_sector_parse("", &s), -1);
  assert_int_equal(core_theory_parse("", &t), -1);
  assert_int_equal(core_gender_parse("other", &g), -1);
  assert_int_equal(core_form_parse("warn", &f), -1);
  assert_int_equal(core_status_parse("member", &st), -1);
  assert_int_equal(core_event_parse("admit", &ev), -1);
  assert_int_equal(g, CORE_FEMALE);
}

/* ---- the organisation tree ---------------------------------------------- */

/* DOMAIN.md §1: which kind may sit directly under which. Rows are the
 * parent, columns the child, in the order of enum core_kind. */
static const bool nesting[CORE_KIND__MAX][CORE_KIND__MAX] = {
    /* central, provincial, committee, gr_committee, gr_cell, sub, cell */
    [CORE_CENTRAL] = {0, 1, 1, 0, 0, 0, 0},
    [CORE_PROVINCIAL] = {0, 0, 1, 1, 1, 0, 0},
    [CORE_COMMITTEE] = {0, 0, 1, 1, 1, 0, 0},
    [CORE_GRASSROOTS_COMMITTEE] = {0, 0, 0, 0, 0, 1, 1},
    [CORE_GRASSROOTS_CELL] = {0, 0, 0, 0, 0, 0, 0},
    [CORE_SUB_COMMITTEE] = {0, 0, 0, 0, 0, 1, 1},
    [CORE_CELL] = {0, 0, 0, 0, 0, 0, 0},
};

static void test_nesting(void **state) {
  (void)state;
  for (int p = 0; p < CORE_KIND__MAX; p++)
    for (int c = 0; c < CORE_KIND__MAX; c++)
      if (core_kind_can_hold((enum core_kind)p, (enum core_kind)c) !=
          nesting[p][c])
        fail_msg("%s under %s: expected %s", core_kind_name(c),
                 core_kind_name(p), nesting[p][c] ? "allowed" : "refused");
  for (int p = 0; p < CORE_KIND__MAX; p++)
    assert_false(core_kind_can_hold((enum core_kind)p, CORE_KIND__MAX));
}

static void test_nesting_rules_text(void **state) {
  static const char *const says[CORE_KIND__MAX] = {
      [CORE_CENTRAL] = "has no superior",
      [CORE_PROVINCIAL] = "under the Central Committee",
      [CORE_COMMITTEE] = "Central Committee, a provincial committee or "
                         "another committee",
      [CORE_GRASSROOTS_COMMITTEE] = "under a committee or a provincial",
      [CORE_GRASSROOTS_CELL] = "under a committee or a provincial",
      [CORE_SUB_COMMITTEE] = "under a grassroots committee or a "
                             "sub-committee",
      [CORE_CELL] = "under a grassroots committee or a sub-committee",
  };

  (void)state;
  for (int k = 0; k < CORE_KIND__MAX; k++) {
    const char *rule = core_kind_rule((enum core_kind)k);
    if (!strstr(rule, says[k]))
      fail_msg("%s: \"%s\" not in \"%s\"", core_kind_name(k), says[k], rule);
  }
  assert_string_equal(core_kind_rule(CORE_KIND__MAX), "unknown kind");
}

static void test_can_be_root(void **state) {
  (void)state;
  assert_true(core_kind_can_be_root(CORE_CENTRAL));
  assert_true(core_kind_can_be_root(CORE_PROVINCIAL));
  assert_true(core_kind_can_be_root(CORE_COMMITTEE));
  assert_true(core_kind_can_be_root(CORE_GRASSROOTS_COMMITTEE));
  assert_true(core_kind_can_be_root(CORE_GRASSROOTS_CELL));
  assert_false(core_kind_can_be_root(CORE_SUB_COMMITTEE));
  assert_false(core_kind_can_be_root(CORE_CELL));
}

static void test_kind_classes(void **state) {
  static const struct {
    enum core_kind k;
    bool cell, grassroots, tally;
  } want[] = {
      {CORE_CENTRAL, false, false, true},
      {CORE_PROVINCIAL, false, false, true},
      {CORE_COMMITTEE, false, false, true},
      {CORE_GRASSROOTS_COMMITTEE, false, true, false},
      {CORE_GRASSROOTS_CELL, true, true, false},
      {CORE_SUB_COMMITTEE, false, false, false},
      {CORE_CELL, true, false, false},
  };

  (void)state;
  assert_int_equal(UTIL_COUNT(want), CORE_KIND__MAX);
  for (size_t i = 0; i < UTIL_COUNT(want); i++) {
    assert_int_equal(core_kind_is_cell(want[i].k), want[i].cell);
    assert_int_equal(core_kind_is_grassroots(want[i].k), want[i].grassroots);
    assert_int_equal(core_kind_has_tally(want[i].k), want[i].tally);
  }
}

/* ---- admission age --------------------------------------------------------
 */

static void test_admission_age(void **state) {
  (void)state;
  /* 18: on the birthday, not the day before. */
  assert_int_equal(core_admission_age(day(2002, 6, 15), day(2020, 6, 15)), 0);
  assert_int_equal(core_admission_age(day(2002, 6, 15), day(2020, 6, 14)), -1);
  assert_int_equal(core_admission_age(day(2002, 6, 15), day(2002, 6, 15)), -1);
  /* A date before birth counts as no age at all. */
  assert_int_equal(core_admission_age(day(2002, 6, 15), day(2001, 1, 1)), -1);
  /* 60 years and 0 months, to its last day; 60 years 1 month is over. */
  assert_int_equal(core_admission_age(day(1960, 3, 15), day(2020, 3, 15)), 0);
  assert_int_equal(core_admission_age(day(1960, 3, 15), day(2020, 4, 14)), 0);
  assert_int_equal(core_admission_age(day(1960, 3, 15), day(2020, 4, 15)), 1);
  assert_int_equal(core_admission_age(day(1960, 3, 15), day(2030, 1, 1)), 1);
  /* Month ends: born on the 31st, a month is completed on the last day of
   * a shorter month. */
  assert_int_equal(core_admission_age(day(1960, 1, 31), day(2020, 2, 28)), 0);
  assert_int_equal(core_admission_age(day(1960, 1, 31), day(2020, 2, 29)), 1);
}

static void test_admission_age_leap_day(void **state) {
  (void)state;
  /* Born on 29 February: the birthday in a common year is the 28th. */
  assert_int_equal(core_admission_age(day(2000, 2, 29), day(2018, 2, 27)), -1);
  assert_int_equal(core_admission_age(day(2000, 2, 29), day(2018, 2, 28)), 0);
  assert_int_equal(core_admission_age(day(2000, 2, 29), day(2018, 3, 1)), 0);
  /* In a leap year it is the 29th. */
  assert_int_equal(core_admission_age(day(2002, 2, 28), day(2020, 2, 27)), -1);
  assert_int_equal(core_admission_age(day(2002, 2, 28), day(2020, 2, 28)), 0);
  assert_int_equal(core_admission_age(day(1964, 2, 29), day(2024, 2, 29)), 0);
  assert_int_equal(core_admission_age(day(1964, 2, 29), day(2024, 3, 28)), 0);
  assert_int_equal(core_admission_age(day(1964, 2, 29), day(2024, 3, 29)), 1);
  assert_int_equal(core_admission_age(day(1960, 2, 29), day(2020, 2, 29)), 0);
}

static void test_admit_age_refusals(void **state) {
  core_state none = {0};
  core_check_ctx ctx = ctx_default();
  core_event ev;

  (void)state;
  /* Under 18 at the decision. */
  ctx.born = day(2002, 6, 15);
  ev = admitted(day(2020, 6, 14), 11);
  expect_refused(&none, &ev, &ctx, "cannot admit " WHO " on 2020-06-14",
                 "born 2002-06-15", "17 years 11 months old on 2020-06-14",
                 "at least 18 full years", NULL);
  ev = admitted(day(2020, 6, 15), 11);
  expect_ok(&none, &ev, &ctx);

  /* The age counts at the date the cell considered the case. */
  ev = admitted(day(2020, 6, 20), 11);
  ctx.considered = day(2020, 6, 14);
  expect_refused(&none, &ev, &ctx, "cannot admit " WHO " on 2020-06-20",
                 "17 years 11 months old on 2020-06-14", "at least 18", NULL);
  ctx.considered = day(2020, 6, 15);
  expect_ok(&none, &ev, &ctx);

  /* Over 60: refused without the approval, accepted with it. */
  ctx = ctx_default();
  ctx.born = day(1960, 3, 15);
  ev = admitted(day(2020, 3, 15), 11);
  expect_ok(&none, &ev, &ctx);
  ev = admitted(day(2020, 4, 14), 11);
  expect_ok(&none, &ev, &ctx);
  ev = admitted(day(2020, 4, 15), 11);
  expect_refused(&none, &ev, &ctx, "cannot admit " WHO " on 2020-04-15",
                 "born 1960-03-15", "60 years 1 month", "over 60",
                 "approval of the committee directly under the Central "
                 "Committee above the cell",
                 NULL);
  ctx.over_60_approved = true;
  expect_ok(&none, &ev, &ctx);

  /* Considered before the 60 years and 1 month: no approval needed. */
  ctx.over_60_approved = false;
  ctx.considered = day(2020, 4, 14);
  expect_ok(&none, &ev, &ctx);

  /* Born on 29 February. */
  ctx = ctx_default();
  ctx.born = day(2000, 2, 29);
  ev = admitted(day(2018, 2, 27), 11);
  expect_refused(&none, &ev, &ctx, "17 years 11 months", NULL);
  ev = admitted(day(2018, 2, 28), 11);
  expect_ok(&none, &ev, &ctx);
}

static void test_register_rules(void **state) {
  core_state none = {0};
  core_check_ctx ctx = ctx_default();
  core_event ev;

  (void)state;
  /* The rules of admission apply at the admission date, registers too
   * (the issue: what the initial load skipped). */
  ctx.born = day(1992, 4, 1);
  ev = registered(day(2010, 3, 31), 11, 0);
  expect_refused(&none, &ev, &ctx, "cannot register " WHO " on 2010-03-31",
                 "born 1992-04-01", "17 years 11 months",
                 "at least 18 full years", NULL);
  ev = registered(day(2010, 4, 1), 11, 0);
  expect_ok(&none, &ev, &ctx);
  ctx.born = day(1930, 1, 1);
  ev = registered(day(2000, 1, 1), 11, 0);
  expect_refused(&none, &ev, &ctx, "cannot register " WHO " on 2000-01-01",
                 "70 years 0 months", "admission over 60 needs the approval",
                 NULL);
  ctx.over_60_approved = true;
  expect_ok(&none, &ev, &ctx);
  /* Registered in the cell after the admission, never before it. */
  ctx = ctx_default();
  ev = registered(day(2010, 4, 1), 11, 0);
  ev.registered = day(2010, 3, 31);
  expect_refused(&none, &ev, &ctx, "cannot register " WHO " from 2010-03-31",
                 "admitted 2010-04-01", "on or after the admission", NULL);
  ev.registered = day(2015, 1, 1);
  expect_ok(&none, &ev, &ctx);

  /* Official no earlier than 12 months after admission. */
  ctx = ctx_default();
  ev = registered(day(2010, 4, 1), 11, day(2011, 3, 31));
  expect_refused(
      &none, &ev, &ctx, "cannot register " WHO " as official on 2011-03-31",
      "admitted 2010-04-01", "probation of 12 months ends 2011-04-01", NULL);
  ev = registered(day(2010, 4, 1), 11, day(2010, 4, 1));
  expect_refused(&none, &ev, &ctx, "admitted 2010-04-01", "ends 2011-04-01",
                 NULL);
  ev = registered(day(2010, 4, 1), 11, day(2011, 4, 1));
  expect_ok(&none, &ev, &ctx);
  ev = registered(day(2010, 4, 1), 11, day(2011, 6, 1));
  expect_ok(&none, &ev, &ctx);
  /* The date is ignored unless it is said to be set. */
  ev = registered(day(2010, 4, 1), 11, 0);
  ev.official = day(2010, 5, 1);
  expect_ok(&none, &ev, &ctx);
}

/* ---- the lifecycle --------------------------------------------------------
 */

static void test_admit_a_member(void **state) {
  core_event ev[] = {admitted(day(2020, 3, 10), 11),
                     event(CORE_EV_RECOGNIZED, day(2021, 3, 10)),
                     event(CORE_EV_REMOVED, day(2022, 1, 5))};
  core_check_ctx ctx = ctx_default();
  core_state st;
  core_event again;

  (void)state;
  st = state_after(ev, 1);
  again = admitted(day(2021, 1, 1), 12);
  expect_refused(&st, &again, &ctx, "cannot admit " WHO " on 2021-01-01",
                 WHO " is a probationary member", NULL);
  again = registered(day(2021, 1, 1), 12, 0);
  expect_refused(&st, &again, &ctx, "cannot register " WHO " on 2021-01-01",
                 "is a probationary member", NULL);
  /* Not the date-order rule: an earlier date names the same reason. */
  again = admitted(day(2019, 1, 1), 12);
  expect_refused(&st, &again, &ctx, "is a probationary member", NULL);

  st = state_after(ev, 2);
  again = admitted(day(2021, 6, 1), 12);
  expect_refused(&st, &again, &ctx, WHO " is an official member", NULL);

  st = state_after(ev, 3);
  again = admitted(day(2026, 6, 1), 12);
  expect_refused(&st, &again, &ctx, WHO " was removed from the rolls",
                 "(see readmit)", NULL);
  again = registered(day(2026, 6, 1), 12, 0);
  expect_refused(&st, &again, &ctx, "cannot register",
                 "was removed from the rolls (see readmit)", NULL);
}

static void test_events_on_non_members(void **state) {
  static const enum core_event_kind kinds[] = {
      CORE_EV_RECOGNIZED,  CORE_EV_TRANSFERRED, CORE_EV_TEMPORARY,
      CORE_EV_DISCIPLINED, CORE_EV_REMOVED,     CORE_EV_RESIGNED,
      CORE_EV_DECEASED};
  static const char *const verbs[] = {"cannot recognise as official " WHO,
                                      "cannot transfer " WHO,
                                      "cannot transfer temporarily " WHO,
                                      "cannot discipline " WHO,
                                      "cannot remove from the rolls " WHO,
                                      "cannot record the resignation of " WHO,
                                      "cannot record the death of " WHO};
  static const struct {
    enum core_event_kind leave;
    const char *phrase;
  } gone[] = {{CORE_EV_REMOVED, "was removed from the rolls"},
              {CORE_EV_RESIGNED, "resigned"},
              {CORE_EV_DECEASED, "is deceased"}};
  core_check_ctx ctx = ctx_default();
  core_state none = {0};
  core_state st;

  (void)state;
  for (size_t i = 0; i < UTIL_COUNT(kinds); i++) {
    core_event ev = event(kinds[i], day(2021, 5, 5));
    ev.cell = 12;
    ev.until = day(2021, 10, 5);
    expect_refused(&none, &ev, &ctx, verbs[i], "on 2021-05-05",
                   WHO " has never been admitted",
                   "events are recorded only for members", NULL);
  }
  for (size_t g = 0; g < UTIL_COUNT(gone); g++) {
    core_event ev[] = {admitted(day(2020, 3, 10), 11),
                       event(CORE_EV_RECOGNIZED, day(2021, 3, 10)),
                       event(gone[g].leave, day(2022, 1, 5))};
    st = state_after(ev, 3);
    for (size_t i = 0; i < UTIL_COUNT(kinds); i++) {
      core_event later = event(kinds[i], day(2023, 5, 5));
      later.cell = 12;
      later.until = day(2023, 10, 5);
      expect_refused(&st, &later, &ctx, verbs[i], gone[g].phrase,
                     "events are recorded only for members", NULL);
    }
  }
  /* Expelled: the discipline ended the membership. */
  {
    core_event ev[] = {admitted(day(2020, 3, 10), 11),
                       event(CORE_EV_RECOGNIZED, day(2021, 3, 10)),
                       disciplined(day(2022, 1, 5), CORE_EXPULSION)};
    st = state_after(ev, 3);
    core_event later = disciplined(day(2022, 2, 1), CORE_REPRIMAND);
    expect_refused(&st, &later, &ctx, "cannot discipline " WHO,
                   WHO " was expelled", "only for members", NULL);
  }
}

/* Checks a whole history with the default context for every event, the
 * transfers recorded out of from[i] (0: not recorded). Returns the index
 * of the event refused, or -1 when all hold; the message is in *e. */
static long history(const core_event *ev, const int64_t *from, size_t n,
                    util_err *e) {
  core_check_ctx ctx[16];
  size_t bad = 0;
  assert_true(n <= 16);
  for (size_t i = 0; i < n; i++) {
    ctx[i] = ctx_default();
    ctx[i].from_cell = from ? from[i] : 0;
  }
  memset(e, 0, sizeof *e);
  return core_check_history(ev, ctx, n, &bad, e) ? (long)bad : -1;
}

static void test_history_late_entries(void **state) {
  util_err e = {0};
  (void)state;
  /* A transfer on 2020-06-01 out of cell 11; a second transfer entered
   * late on 2020-05-01 out of 11 into 13 would leave 12's transfer out of
   * a cell the member had left. */
  core_event ok[] = {admitted(day(2020, 3, 10), 11),
                     transferred(day(2020, 5, 1), 13),
                     transferred(day(2020, 6, 1), 12)};
  int64_t from_ok[] = {0, 11, 13};
  assert_int_equal(history(ok, from_ok, 3, &e), -1);
  int64_t from_bad[] = {0, 11, 11};
  assert_int_equal(history(ok, from_bad, 3, &e), 2);
  assert_non_null(strstr(e.msg, "cannot transfer " WHO " on 2020-06-01: it "
                                "is recorded out of #11, but the member was "
                                "registered in #13 on that day"));
  /* A discipline entered late after an expulsion entered before it. */
  core_event expelled[] = {admitted(day(2019, 1, 10), 11),
                           event(CORE_EV_RECOGNIZED, day(2020, 1, 10)),
                           disciplined(day(2021, 3, 1), CORE_EXPULSION),
                           disciplined(day(2021, 6, 1), CORE_WARNING)};
  assert_int_equal(history(expelled, NULL, 4, &e), 3);
  assert_non_null(strstr(e.msg, "cannot discipline " WHO " on 2021-06-01: " WHO
                                " was expelled, and events are recorded only "
                                "for members"));
  /* Without the expulsion (voided), the warning stands. */
  core_event voided[] = {expelled[0], expelled[1], expelled[3]};
  assert_int_equal(history(voided, NULL, 3, &e), -1);
  /* An event before the admission has no member to happen to. */
  core_event before[] = {transferred(day(2018, 1, 1), 12), expelled[0]};
  assert_int_equal(history(before, NULL, 2, &e), 0);
  assert_non_null(strstr(e.msg, "has never been admitted"));
  /* A recognition entered before the probation ends. */
  core_event early[] = {admitted(day(2020, 3, 10), 11),
                        event(CORE_EV_RECOGNIZED, day(2021, 3, 9))};
  assert_int_equal(history(early, NULL, 2, &e), 1);
  assert_non_null(strstr(e.msg, "the probation of 12 months ends 2021-03-10"));
  /* The same day is fine: a transfer and a discipline on one day. */
  core_event same[] = {admitted(day(2020, 3, 10), 11),
                       transferred(day(2020, 6, 1), 13),
                       disciplined(day(2020, 6, 1), CORE_WARNING)};
  assert_int_equal(history(same, NULL, 3, &e), -1);
}

static void test_temporary_overlap(void **state) {
  util_err e = {0};
  (void)state;
  core_event ev[] = {admitted(day(2020, 3, 10), 11),
                     temporary(day(2020, 6, 1), 12, day(2020, 12, 1), false),
                     temporary(day(2020, 11, 1), 13, day(2021, 3, 1), false)};
  assert_int_equal(history(ev, NULL, 3, &e), 2);
  assert_non_null(strstr(e.msg, "cannot transfer " WHO " temporarily on "
                                "2020-11-01: the member is on a temporary "
                                "transfer to #12 until 2020-12-01, and "
                                "temporary transfers of one member may not "
                                "overlap"));
  /* From the day the first stay ends, another may begin. */
  ev[2].date = day(2020, 12, 1);
  assert_int_equal(history(ev, NULL, 3, &e), -1);
  /* An official transfer ends the stay. */
  core_event moved[] = {ev[0], ev[1], transferred(day(2020, 8, 1), 14),
                        temporary(day(2020, 9, 1), 13, day(2021, 3, 1), false)};
  assert_int_equal(history(moved, NULL, 4, &e), -1);
}

static void test_recognise(void **state) {
  core_event ev[] = {admitted(day(2020, 3, 10), 11),
                     transferred(day(2020, 9, 1), 12),
                     event(CORE_EV_RECOGNIZED, day(2021, 4, 2))};
  core_check_ctx ctx = ctx_default();
  core_state st = state_after(ev, 2);
  core_event next;

  (void)state;
  next = event(CORE_EV_RECOGNIZED, day(2021, 3, 9));
  expect_refused(&st, &next, &ctx,
                 "cannot recognise " WHO " as official on 2021-03-09",
                 "admitted 2020-03-10",
                 "the probation of 12 months ends 2021-03-10", NULL);
  next = event(CORE_EV_RECOGNIZED, day(2020, 9, 1));
  expect_refused(&st, &next, &ctx, "admitted 2020-03-10", "ends 2021-03-10",
                 NULL);
  next = event(CORE_EV_RECOGNIZED, day(2021, 3, 10));
  expect_ok(&st, &next, &ctx);
  next = event(CORE_EV_RECOGNIZED, day(2021, 9, 10));
  expect_ok(&st, &next, &ctx);

  /* Recognised late: official since the end of the probation. */
  st = state_after(ev, 3);
  next = event(CORE_EV_RECOGNIZED, day(2021, 5, 1));
  expect_refused(&st, &next, &ctx,
                 "cannot recognise " WHO " as official on 2021-05-01",
                 "official since 2021-03-10", NULL);

  /* Registered as official. */
  {
    core_event reg[] = {registered(day(2001, 7, 1), 11, day(2002, 7, 1))};
    st = state_after(reg, 1);
    next = event(CORE_EV_RECOGNIZED, day(2010, 1, 1));
    expect_refused(&st, &next, &ctx, "official since 2002-07-01", NULL);
  }
  /* Admitted at a month end. */
  {
    core_event end[] = {admitted(day(2020, 8, 31), 11)};
    st = state_after(end, 1);
    next = event(CORE_EV_RECOGNIZED, day(2021, 8, 30));
    expect_refused(&st, &next, &ctx, "admitted 2020-08-31", "ends 2021-08-31",
                   NULL);
  }
}

static void test_official_date(void **state) {
  (void)state;
  assert_int_equal(core_official_date(day(2020, 3, 10)), day(2021, 3, 10));
  assert_int_equal(core_official_date(day(2020, 2, 29)), day(2021, 2, 28));
  assert_int_equal(core_official_date(day(2019, 2, 28)), day(2020, 2, 28));
  assert_int_equal(core_official_date(day(2023, 12, 31)), day(2024, 12, 31));
}

static void test_transfer(void **state) {
  core_event ev[] = {admitted(day(2020, 3, 10), 11),
                     transferred(day(2020, 9, 1), 12)};
  core_check_ctx ctx = ctx_default();
  core_state st = state_after(ev, 1);
  core_event next;

  (void)state;
  next = transferred(day(2020, 5, 1), 11);
  expect_refused(&st, &next, &ctx, "cannot transfer " WHO " on 2020-05-01",
                 "already registered in that cell", NULL);
  next = transferred(day(2020, 5, 1), 12);
  expect_ok(&st, &next, &ctx);
  /* After the transfer the own cell is the new one. */
  st = state_after(ev, 2);
  next = transferred(day(2020, 10, 1), 12);
  expect_refused(&st, &next, &ctx, "already registered in that cell", NULL);
  next = transferred(day(2020, 10, 1), 11);
  expect_ok(&st, &next, &ctx);
}

static void test_temporary(void **state) {
  core_event ev[] = {admitted(day(2023, 3, 10), 11)};
  core_check_ctx ctx = ctx_default();
  core_state st = state_after(ev, 1);
  util_day from = day(2024, 1, 15);
  core_event next;

  (void)state;
  next = temporary(from, 11, day(2024, 6, 1), false);
  expect_refused(&st, &next, &ctx,
                 "cannot transfer " WHO " temporarily on 2024-01-15",
                 "host cell is the member's own cell", NULL);

  /* At least 3 months. */
  next = temporary(from, 12, day(2024, 4, 14), false);
  expect_refused(&st, &next, &ctx,
                 "cannot transfer " WHO
                 " temporarily from 2024-01-15 until 2024-04-14",
                 "at least 3 months", NULL);
  next = temporary(from, 12, day(2024, 4, 14), true);
  expect_refused(&st, &next, &ctx, "at least 3 months", NULL);
  next = temporary(from, 12, from, false);
  expect_refused(&st, &next, &ctx, "at least 3 months", NULL);
  next = temporary(from, 12, day(2023, 12, 1), false);
  expect_refused(&st, &next, &ctx, "until 2023-12-01", "at least 3 months",
                 NULL);
  next = temporary(from, 12, day(2024, 4, 15), false);
  expect_ok(&st, &next, &ctx);

  /* Under 1 year. */
  next = temporary(from, 12, day(2025, 1, 14), false);
  expect_ok(&st, &next, &ctx);
  next = temporary(from, 12, day(2025, 1, 15), false);
  expect_refused(&st, &next, &ctx,
                 "cannot transfer " WHO
                 " temporarily from 2024-01-15 until 2025-01-15",
                 "under 1 year", "up to 2 years for studies", NULL);

  /* Up to 2 years for studies. */
  next = temporary(from, 12, day(2025, 1, 15), true);
  expect_ok(&st, &next, &ctx);
  next = temporary(from, 12, day(2026, 1, 15), true);
  expect_ok(&st, &next, &ctx);
  next = temporary(from, 12, day(2026, 1, 16), true);
  expect_refused(&st, &next, &ctx, "until 2026-01-16",
                 "lasts up to 2 years for studies", NULL);
  next = temporary(from, 12, day(2026, 1, 15), false);
  expect_refused(&st, &next, &ctx, "under 1 year", NULL);
}

static void test_discipline(void **state) {
  core_event ev[] = {admitted(day(2020, 3, 10), 11),
                     event(CORE_EV_RECOGNIZED, day(2021, 3, 10))};
  core_check_ctx ctx = ctx_default();
  core_state st = state_after(ev, 1);
  core_event next;

  (void)state;
  /* Probationary: reprimand or warning only, post or not. */
  next = disciplined(day(2020, 6, 1), CORE_DISMISSAL);
  expect_refused(&st, &next, &ctx,
                 "cannot discipline " WHO " with dismissal on 2020-06-01",
                 "probationary member can only be reprimanded or warned", NULL);
  next = disciplined(day(2020, 6, 1), CORE_EXPULSION);
  expect_refused(&st, &next, &ctx, "with expulsion on 2020-06-01",
                 "can only be reprimanded or warned", NULL);
  ctx.holds_post = false;
  next = disciplined(day(2020, 6, 1), CORE_REPRIMAND);
  expect_ok(&st, &next, &ctx);
  next = disciplined(day(2020, 6, 1), CORE_WARNING);
  expect_ok(&st, &next, &ctx);
  next = disciplined(day(2020, 6, 1), CORE_DISMISSAL);
  expect_refused(&st, &next, &ctx, "can only be reprimanded or warned", NULL);

  /* Official: dismissal needs a post; the rest does not. */
  st = state_after(ev, 2);
  next = disciplined(day(2021, 6, 1), CORE_DISMISSAL);
  expect_refused(&st, &next, &ctx,
                 "cannot discipline " WHO " with dismissal on 2021-06-01",
                 "holds no post", NULL);
  for (int f = 0; f < CORE_FORM__MAX; f++) {
    next = disciplined(day(2021, 6, 1), (enum core_form)f);
    if (f != CORE_DISMISSAL)
      expect_ok(&st, &next, &ctx);
  }
  ctx.holds_post = true;
  next = disciplined(day(2021, 6, 1), CORE_DISMISSAL);
  expect_ok(&st, &next, &ctx);
}

static void test_leaving(void **state) {
  static const enum core_event_kind leave[] = {
      CORE_EV_REMOVED, CORE_EV_RESIGNED, CORE_EV_DECEASED};
  core_event ev[] = {admitted(day(2020, 3, 10), 11),
                     event(CORE_EV_RECOGNIZED, day(2021, 3, 10))};
  core_check_ctx ctx = ctx_default();

  (void)state;
  for (size_t n = 1; n <= 2; n++) {
    core_state st = state_after(ev, n);
    for (size_t i = 0; i < UTIL_COUNT(leave); i++) {
      core_event next = event(leave[i], day(2021, 3, 10));
      expect_ok(&st, &next, &ctx);
    }
  }
}

static void test_readmission(void **state) {
  core_event ev[] = {admitted(day(2010, 1, 10), 11),
                     event(CORE_EV_RECOGNIZED, day(2011, 1, 10)),
                     event(CORE_EV_REMOVED, day(2015, 6, 1)),
                     readmitted(day(2018, 6, 1), 12),
                     event(CORE_EV_RESIGNED, day(2019, 1, 1))};
  core_check_ctx ctx = ctx_default();
  core_state none = {0};
  core_state st;
  core_event next;

  (void)state;
  /* Never admitted. */
  next = readmitted(day(2018, 6, 1), 12);
  expect_refused(&none, &next, &ctx, "cannot readmit " WHO " on 2018-06-01",
                 WHO " has never been admitted", NULL);

  /* A member. */
  st = state_after(ev, 1);
  next = readmitted(day(2018, 6, 1), 12);
  expect_refused(&st, &next, &ctx, "cannot readmit " WHO " on 2018-06-01",
                 WHO " is a probationary member", NULL);
  st = state_after(ev, 2);
  expect_refused(&st, &next, &ctx, WHO " is an official member", NULL);

  /* At least 36 months out. */
  st = state_after(ev, 3);
  next = readmitted(day(2018, 5, 31), 12);
  expect_refused(&st, &next, &ctx, "cannot readmit " WHO " on 2018-05-31",
                 "out of the party since 2015-06-01",
                 "at least 36 months out (from 2018-06-01)", NULL);
  next = readmitted(day(2015, 6, 1), 12);
  expect_refused(&st, &next, &ctx, "at least 36 months", NULL);
  next = readmitted(day(2018, 6, 1), 12);
  expect_ok(&st, &next, &ctx);
  next = readmitted(day(2020, 1, 1), 11);
  expect_ok(&st, &next, &ctx);

  /* Only once. */
  st = state_after(ev, 5);
  assert_int_equal(st.readmissions, 1);
  next = readmitted(day(2025, 1, 1), 12);
  expect_refused(&st, &next, &ctx, "cannot readmit " WHO " on 2025-01-01",
                 "readmitted before", "only once", NULL);

  /* Expelled or resigned: may come back; deceased: never. */
  {
    core_event ex[] = {admitted(day(2010, 1, 10), 11),
                       event(CORE_EV_RECOGNIZED, day(2011, 1, 10)),
                       disciplined(day(2015, 6, 1), CORE_EXPULSION)};
    st = state_after(ex, 3);
    next = readmitted(day(2018, 6, 1), 12);
    expect_ok(&st, &next, &ctx);
    next = readmitted(day(2018, 5, 31), 12);
    expect_refused(&st, &next, &ctx, "since 2015-06-01", "36 months", NULL);
    ex[2] = event(CORE_EV_RESIGNED, day(2015, 6, 1));
    st = state_after(ex, 3);
    next = readmitted(day(2018, 6, 1), 12);
    expect_ok(&st, &next, &ctx);
    ex[2] = event(CORE_EV_DECEASED, day(2015, 6, 1));
    st = state_after(ex, 3);
    next = readmitted(day(2030, 6, 1), 12);
    expect_refused(&st, &next, &ctx, "cannot readmit " WHO " on 2030-06-01",
                   WHO " is deceased", NULL);
  }

  /* A readmission's ceremony follows the admission's rule. */
  st = state_after(ev, 3);
  next = readmitted(day(2018, 6, 1), 12); /* a Friday */
  assert_int_equal(util_weekday(next.date), 4);
  ctx.ceremony = day(2018, 7, 13);
  expect_ok(&st, &next, &ctx);
  ctx.ceremony = day(2018, 7, 16);
  expect_refused(&st, &next, &ctx,
                 "cannot readmit " WHO " on 2018-06-01 with the ceremony on "
                 "2018-07-16",
                 "within 30 working days", "(2018-06-01 to 2018-07-13)", NULL);
}

static void test_readmitted_probation(void **state) {
  core_event ev[] = {admitted(day(2010, 1, 10), 11),
                     event(CORE_EV_RECOGNIZED, day(2011, 1, 10)),
                     event(CORE_EV_REMOVED, day(2015, 6, 1)),
                     readmitted(day(2018, 6, 1), 12)};
  core_check_ctx ctx = ctx_default();
  core_state st = state_after(ev, 4);
  core_event next;

  (void)state;
  /* The new probation runs 12 months from the readmission. */
  next = event(CORE_EV_RECOGNIZED, day(2019, 5, 31));
  expect_refused(&st, &next, &ctx, "readmitted 2018-06-01",
                 "probation of 12 months ends 2019-06-01", NULL);
  next = event(CORE_EV_RECOGNIZED, day(2019, 6, 1));
  expect_ok(&st, &next, &ctx);
  /* And the member is probationary again. */
  next = disciplined(day(2018, 7, 1), CORE_EXPULSION);
  expect_refused(&st, &next, &ctx, "probationary member", NULL);
}

static void test_ceremony(void **state) {
  core_state none = {0};
  core_check_ctx ctx = ctx_default();
  core_event ev = admitted(day(2024, 1, 1), 11); /* a Monday */

  (void)state;
  assert_int_equal(util_weekday(ev.date), 0);
  /* No ceremony recorded: nothing to check. */
  expect_ok(&none, &ev, &ctx);
  ctx.ceremony = day(2024, 1, 1);
  expect_ok(&none, &ev, &ctx);
  /* 30 working days: six whole weeks later. */
  ctx.ceremony = day(2024, 2, 12);
  expect_ok(&none, &ev, &ctx);
  ctx.ceremony = day(2024, 2, 13);
  expect_refused(&none, &ev, &ctx,
                 "cannot admit " WHO " on 2024-01-01 with the ceremony on "
                 "2024-02-13",
                 "within 30 working days of the decision",
                 "(2024-01-01 to 2024-02-12)", NULL);
  ctx.ceremony = day(2023, 12, 29);
  expect_refused(&none, &ev, &ctx, "ceremony on 2023-12-29",
                 "(2024-01-01 to 2024-02-12)", NULL);

  /* Weekends are skipped: from a Friday, 30 working days end on a Friday
   * 42 calendar days later, not 30. */
  ev = admitted(day(2024, 1, 5), 11);
  assert_int_equal(util_weekday(ev.date), 4);
  ctx.ceremony = day(2024, 2, 16);
  expect_ok(&none, &ev, &ctx);
  ctx.ceremony = day(2024, 2, 17);
  expect_refused(&none, &ev, &ctx, "(2024-01-05 to 2024-02-16)", NULL);
  ctx.ceremony = day(2024, 2, 19);
  expect_refused(&none, &ev, &ctx, "ceremony on 2024-02-19", NULL);
  /* From a Saturday, as from the Friday before. */
  ev = admitted(day(2024, 1, 6), 11);
  ctx.ceremony = day(2024, 2, 16);
  expect_ok(&none, &ev, &ctx);
  ctx.ceremony = day(2024, 2, 19);
  expect_refused(&none, &ev, &ctx, "(2024-01-06 to 2024-02-16)", NULL);

  /* The age is checked before the ceremony. */
  ctx.born = day(2010, 1, 1);
  expect_refused(&none, &ev, &ctx, "at least 18", NULL);
}

static void test_unknown_kind(void **state) {
  core_event ev[] = {admitted(day(2020, 3, 10), 11)};
  core_check_ctx ctx = ctx_default();
  core_state st = state_after(ev, 1);
  core_event next = event(CORE_EV__MAX, day(2020, 4, 1));
  core_state none = {0};
  util_err e = {0};

  (void)state;
  assert_int_equal(core_check_event(&st, &next, &ctx, &e), -1);
  assert_int_equal(e.code, UTIL_INTERNAL);
  assert_non_null(strstr(e.msg, "unknown event kind"));
  expect_refused(&none, &next, &ctx, "cannot record an event for " WHO,
                 "only for members", NULL);
}

/* How a membership ended, from the causes at the end of its last segment;
 * an expulsion is also a discipline, and wins. */
static void test_leaving_cause(void **state) {
  (void)state;
  assert_int_equal(core_leaving(CORE_C_REMOVED), CORE_REMOVED);
  assert_int_equal(core_leaving(CORE_C_RESIGNED), CORE_RESIGNED);
  assert_int_equal(core_leaving(CORE_C_DECEASED), CORE_DECEASED);
  assert_int_equal(core_leaving(CORE_C_EXPELLED), CORE_EXPELLED);
  assert_int_equal(core_leaving(CORE_C_EXPELLED | CORE_C_TRANSFERRED),
                   CORE_EXPELLED);
  assert_int_equal(core_leaving(CORE_C_DECEASED | CORE_C_RECOGNIZED),
                   CORE_DECEASED);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_leaving_cause),
      cmocka_unit_test(test_names_round_trip),
      cmocka_unit_test(test_names_spelling),
      cmocka_unit_test(test_nesting),
      cmocka_unit_test(test_nesting_rules_text),
      cmocka_unit_test(test_can_be_root),
      cmocka_unit_test(test_kind_classes),
      cmocka_unit_test(test_admission_age),
      cmocka_unit_test(test_admission_age_leap_day),
      cmocka_unit_test(test_admit_age_refusals),
      cmocka_unit_test(test_register_rules),
      cmocka_unit_test(test_admit_a_member),
      cmocka_unit_test(test_events_on_non_members),
      cmocka_unit_test(test_history_late_entries),
      cmocka_unit_test(test_temporary_overlap),
      cmocka_unit_test(test_recognise),
      cmocka_unit_test(test_official_date),
      cmocka_unit_test(test_transfer),
      cmocka_unit_test(test_temporary),
      cmocka_unit_test(test_discipline),
      cmocka_unit_test(test_leaving),
      cmocka_unit_test(test_readmission),
      cmocka_unit_test(test_readmitted_probation),
      cmocka_unit_test(test_ceremony),
      cmocka_unit_test(test_unknown_kind),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
