/*
 * test_core_timeline.c — core_replay: the segments of registration a
 * member's events make and the causes at their ends; party age with time
 * out of the party; the dates of party badges.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/core.h"
#include "core_events.h"

static core_event readmitted(util_day d, int64_t cell) {
  return (core_event){.kind = CORE_EV_READMITTED, .date = d, .cell = cell};
}

/* Replays events that must each pass core_check_event. */
static void replay(const core_event *ev, size_t n, core_timeline *t) {
  core_check_ctx ctx = {
      .who = "member 7", .born = day(1975, 1, 1), .holds_post = true};
  core_state st = {0};
  util_err e = {0};

  for (size_t i = 0; i < n; i++) {
    if (core_check_event(&st, &ev[i], &ctx, &e))
      fail_msg("event %zu refused: %s", i, e.msg);
    if (core_replay(ev, i + 1, t, &e))
      fail_msg("replay of %zu events: %s", i + 1, e.msg);
    st = t->state;
    if (i + 1 < n)
      core_timeline_free(t);
  }
}

/* Checks segment i against what is expected of it. */
static void seg_is(const core_timeline *t, size_t i, util_day from, util_day to,
                   int64_t cell, enum core_status status, unsigned start,
                   unsigned end) {
  const core_segment *s;

  if (i >= t->nseg)
    fail_msg("segment %zu of %zu", i, t->nseg);
  s = &t->seg[i];
  assert_int_equal(s->from, from);
  assert_int_equal(s->to, to);
  assert_int_equal(s->cell, cell);
  assert_int_equal(s->status, status);
  assert_int_equal(s->start, start);
  assert_int_equal(s->end, end);
}

#define OPEN UTIL_DAY_MAX

/* ---- segments --------------------------------------------------------- */

static void test_registered(void **state) {
  util_day a = day(2001, 7, 1);
  core_event ev[] = {registered(a, 11, 0)};
  core_timeline t;

  (void)state;
  replay(ev, 1, &t);
  assert_int_equal(t.nseg, 1);
  seg_is(&t, 0, a, OPEN, 11, CORE_PROBATIONARY, CORE_C_ADMITTED, 0);
  assert_int_equal(t.state.status, CORE_PROBATIONARY);
  assert_int_equal(t.state.cell, 11);
  assert_int_equal(t.state.admitted, a);
  assert_int_equal(t.state.probation, a);
  assert_false(t.state.is_official_set);
  assert_int_equal(t.state.last_event, a);
  assert_int_equal(t.ndisc, 0);
  core_timeline_free(&t);
  assert_null(t.seg);
  assert_int_equal(t.nseg, 0);
}

static void test_registered_official(void **state) {
  util_day a = day(2001, 7, 1), o = day(2002, 7, 1), late = day(2003, 1, 15);
  core_event ev[] = {registered(a, 11, o)};
  core_timeline t;

  (void)state;
  replay(ev, 1, &t);
  assert_int_equal(t.nseg, 2);
  seg_is(&t, 0, a, o, 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 1, o, OPEN, 11, CORE_OFFICIAL, CORE_C_RECOGNIZED, 0);
  assert_int_equal(t.seg[1].origin, a);
  assert_int_equal(t.state.status, CORE_OFFICIAL);
  assert_true(t.state.is_official_set);
  assert_int_equal(t.state.official, o);
  assert_int_equal(t.state.admitted, a);
  core_timeline_free(&t);

  /* An official date recorded later than the end of the probation is kept
   * as given. */
  ev[0] = registered(a, 11, late);
  replay(ev, 1, &t);
  assert_int_equal(t.nseg, 2);
  seg_is(&t, 0, a, late, 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 1, late, OPEN, 11, CORE_OFFICIAL, CORE_C_RECOGNIZED, 0);
  assert_int_equal(t.seg[1].origin, a);
  assert_int_equal(t.state.official, late);
  core_timeline_free(&t);
}

static void test_recognised_on_time(void **state) {
  util_day a = day(2020, 3, 10), o = day(2021, 3, 10);
  core_event ev[] = {admitted(a, 11), event(CORE_EV_RECOGNIZED, o)};
  core_timeline t;

  (void)state;
  replay(ev, 1, &t);
  assert_int_equal(t.nseg, 1);
  seg_is(&t, 0, a, OPEN, 11, CORE_PROBATIONARY, CORE_C_ADMITTED, 0);
  core_timeline_free(&t);
  replay(ev, 2, &t);
  assert_int_equal(t.nseg, 2);
  seg_is(&t, 0, a, o, 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 1, o, OPEN, 11, CORE_OFFICIAL, CORE_C_RECOGNIZED, 0);
  assert_int_equal(t.seg[1].origin, a);
  assert_int_equal(t.state.official, o);
  assert_int_equal(t.state.last_event, o);
  core_timeline_free(&t);
}

static void test_recognised_late(void **state) {
  util_day a = day(2020, 3, 10), o = day(2021, 3, 10);
  core_event ev[] = {admitted(a, 11),
                     event(CORE_EV_RECOGNIZED, day(2021, 5, 20))};
  core_timeline t;

  (void)state;
  /* Effective exactly 12 months after the admission, not on the day the
   * cell met. */
  replay(ev, 2, &t);
  assert_int_equal(t.nseg, 2);
  seg_is(&t, 0, a, o, 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 1, o, OPEN, 11, CORE_OFFICIAL, CORE_C_RECOGNIZED, 0);
  assert_int_equal(t.state.official, o);
  assert_int_equal(t.state.last_event, day(2021, 5, 20));
  core_timeline_free(&t);
}

static void test_recognised_across_a_transfer(void **state) {
  util_day a = day(2020, 3, 10), o = day(2021, 3, 10);
  core_event before[] = {admitted(a, 11), transferred(day(2021, 2, 1), 12),
                         event(CORE_EV_RECOGNIZED, day(2021, 4, 20))};
  core_event after[] = {admitted(a, 11), transferred(day(2021, 3, 20), 12),
                        event(CORE_EV_RECOGNIZED, day(2021, 4, 20))};
  core_event on[] = {admitted(a, 11), transferred(o, 12),
                     event(CORE_EV_RECOGNIZED, day(2021, 4, 20))};
  core_timeline t;

  (void)state;
  /* Transferred while probationary: the new cell's segment is split. */
  replay(before, 3, &t);
  assert_int_equal(t.nseg, 3);
  seg_is(&t, 0, a, day(2021, 2, 1), 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 1, day(2021, 2, 1), o, 12, CORE_PROBATIONARY, CORE_C_TRANSFERRED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 2, o, OPEN, 12, CORE_OFFICIAL, CORE_C_RECOGNIZED, 0);
  assert_int_equal(t.seg[2].origin, a);
  core_timeline_free(&t);

  /* Transferred after the end of the probation but before the cell met:
   * the first cell's segment is split, the transfer was made as official. */
  replay(after, 3, &t);
  assert_int_equal(t.nseg, 3);
  seg_is(&t, 0, a, o, 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 1, o, day(2021, 3, 20), 11, CORE_OFFICIAL, CORE_C_RECOGNIZED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 2, day(2021, 3, 20), OPEN, 12, CORE_OFFICIAL, CORE_C_TRANSFERRED,
         0);
  assert_int_equal(t.seg[1].origin, a);
  assert_int_equal(t.seg[2].origin, a);
  assert_int_equal(t.state.status, CORE_OFFICIAL);
  core_timeline_free(&t);

  /* Transferred on the very day: no split, both causes at the start. */
  replay(on, 3, &t);
  assert_int_equal(t.nseg, 2);
  seg_is(&t, 0, a, o, 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 1, o, OPEN, 12, CORE_OFFICIAL,
         CORE_C_TRANSFERRED | CORE_C_RECOGNIZED, 0);
  core_timeline_free(&t);
}

/* Enough segments before the recognition that splitting one must grow the
 * array. */
static void test_recognised_after_many_transfers(void **state) {
  util_day a = day(2020, 3, 10), o = day(2021, 3, 10);
  core_event ev[] = {admitted(a, 11), transferred(day(2020, 5, 1), 12),
                     transferred(day(2020, 7, 1), 13),
                     transferred(day(2020, 9, 1), 14),
                     event(CORE_EV_RECOGNIZED, o)};
  core_timeline t;

  (void)state;
  for (size_t n = 4; n <= 5; n++) {
    core_event cut[5];
    memcpy(cut, ev, sizeof cut);
    if (n == 4)
      cut[3] = event(CORE_EV_RECOGNIZED, o);
    replay(cut, n, &t);
    assert_int_equal(t.nseg, n);
    seg_is(&t, n - 2, cut[n - 2].date, o, cut[n - 2].cell, CORE_PROBATIONARY,
           CORE_C_TRANSFERRED, CORE_C_RECOGNIZED);
    seg_is(&t, n - 1, o, OPEN, cut[n - 2].cell, CORE_OFFICIAL,
           CORE_C_RECOGNIZED, 0);
    for (size_t i = 0; i + 2 < n; i++)
      assert_int_equal(t.seg[i].status, CORE_PROBATIONARY);
    core_timeline_free(&t);
  }
}

static void test_transfers(void **state) {
  util_day a = day(2001, 7, 1), o = day(2002, 7, 1);
  util_day t1 = day(2005, 1, 1), t2 = day(2007, 9, 9);
  core_event ev[] = {registered(a, 11, o), transferred(t1, 12),
                     transferred(t2, 21)};
  core_timeline t;

  (void)state;
  replay(ev, 3, &t);
  assert_int_equal(t.nseg, 4);
  seg_is(&t, 1, o, t1, 11, CORE_OFFICIAL, CORE_C_RECOGNIZED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 2, t1, t2, 12, CORE_OFFICIAL, CORE_C_TRANSFERRED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 3, t2, OPEN, 21, CORE_OFFICIAL, CORE_C_TRANSFERRED, 0);
  for (size_t i = 1; i < 4; i++)
    assert_int_equal(t.seg[i].origin, a);
  assert_int_equal(t.state.cell, 21);
  core_timeline_free(&t);
}

static void test_same_day(void **state) {
  util_day a = day(2020, 3, 10);
  core_event ev[] = {admitted(a, 11), transferred(a, 12), transferred(a, 13),
                     event(CORE_EV_RECOGNIZED, day(2021, 3, 10))};
  core_event gone[] = {admitted(a, 11), event(CORE_EV_RESIGNED, a)};
  core_timeline t;

  (void)state;
  replay(ev, 4, &t);
  assert_int_equal(t.nseg, 4);
  seg_is(&t, 0, a, a, 11, CORE_PROBATIONARY, CORE_C_ADMITTED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 1, a, a, 12, CORE_PROBATIONARY, CORE_C_TRANSFERRED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 2, a, day(2021, 3, 10), 13, CORE_PROBATIONARY, CORE_C_TRANSFERRED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 3, day(2021, 3, 10), OPEN, 13, CORE_OFFICIAL, CORE_C_RECOGNIZED,
         0);
  core_timeline_free(&t);

  replay(gone, 2, &t);
  assert_int_equal(t.nseg, 1);
  seg_is(&t, 0, a, a, 11, CORE_PROBATIONARY, CORE_C_ADMITTED, CORE_C_RESIGNED);
  assert_int_equal(t.state.status, CORE_RESIGNED);
  core_timeline_free(&t);
}

static void test_leaving(void **state) {
  static const struct {
    enum core_event_kind kind;
    enum core_status status;
    unsigned cause;
  } ways[] = {{CORE_EV_REMOVED, CORE_REMOVED, CORE_C_REMOVED},
              {CORE_EV_RESIGNED, CORE_RESIGNED, CORE_C_RESIGNED},
              {CORE_EV_DECEASED, CORE_DECEASED, CORE_C_DECEASED}};
  util_day a = day(2020, 3, 10), l = day(2020, 11, 30);
  core_timeline t;

  (void)state;
  for (size_t i = 0; i < UTIL_COUNT(ways); i++) {
    core_event ev[] = {admitted(a, 11),
                       {.kind = CORE_EV_TEMPORARY,
                        .date = day(2020, 5, 1),
                        .cell = 12,
                        .until = day(2020, 10, 1)},
                       event(ways[i].kind, l)};
    replay(ev, 3, &t);
    assert_int_equal(t.nseg, 1);
    seg_is(&t, 0, a, l, 11, CORE_PROBATIONARY, CORE_C_ADMITTED, ways[i].cause);
    assert_int_equal(t.state.status, ways[i].status);
    assert_int_equal(t.state.left, l);
    assert_int_equal(t.state.cell, 11);
    assert_int_equal(t.state.visiting, 0);
    core_timeline_free(&t);
  }
}

static void test_temporary_keeps_registration(void **state) {
  util_day a = day(2020, 3, 10);
  core_event ev[] = {admitted(a, 11),
                     {.kind = CORE_EV_TEMPORARY,
                      .date = day(2020, 5, 1),
                      .cell = 12,
                      .until = day(2020, 10, 1)},
                     transferred(day(2020, 7, 1), 21)};
  core_timeline t;

  (void)state;
  replay(ev, 2, &t);
  assert_int_equal(t.nseg, 1);
  seg_is(&t, 0, a, OPEN, 11, CORE_PROBATIONARY, CORE_C_ADMITTED, 0);
  assert_int_equal(t.state.cell, 11);
  assert_int_equal(t.state.visiting, 12);
  assert_int_equal(t.state.visit_until, day(2020, 10, 1));
  core_timeline_free(&t);
  /* An official transfer ends the stay. */
  replay(ev, 3, &t);
  assert_int_equal(t.nseg, 2);
  assert_int_equal(t.state.visiting, 0);
  assert_int_equal(t.state.cell, 21);
  core_timeline_free(&t);
}

static void test_expulsion(void **state) {
  util_day a = day(2001, 7, 1), o = day(2002, 7, 1), x = day(2009, 4, 4);
  core_event ev[] = {
      registered(a, 11, o), disciplined(day(2005, 1, 1), CORE_WARNING),
      transferred(day(2006, 1, 1), 12), disciplined(x, CORE_EXPULSION)};
  core_timeline t;

  (void)state;
  replay(ev, 4, &t);
  assert_int_equal(t.nseg, 3);
  seg_is(&t, 2, day(2006, 1, 1), x, 12, CORE_OFFICIAL, CORE_C_TRANSFERRED,
         CORE_C_EXPELLED);
  assert_int_equal(t.state.status, CORE_EXPELLED);
  assert_int_equal(t.state.left, x);
  assert_int_equal(t.ndisc, 2);
  assert_int_equal(t.disc[0].day, day(2005, 1, 1));
  assert_int_equal(t.disc[0].form, CORE_WARNING);
  assert_int_equal(t.disc[0].segment, 1);
  /* Expelled: in the segment that ended that day. */
  assert_int_equal(t.disc[1].day, x);
  assert_int_equal(t.disc[1].form, CORE_EXPULSION);
  assert_int_equal(t.disc[1].segment, 2);
  core_timeline_free(&t);
  assert_null(t.disc);
  assert_int_equal(t.ndisc, 0);
}

static void test_discipline_placement(void **state) {
  util_day a = day(2020, 3, 10), tr = day(2020, 9, 1), t2 = day(2021, 2, 1);
  core_event ev[] = {admitted(a, 11),
                     disciplined(day(2020, 4, 1), CORE_REPRIMAND),
                     transferred(tr, 12),
                     disciplined(tr, CORE_WARNING),
                     disciplined(t2, CORE_REPRIMAND),
                     transferred(t2, 13),
                     disciplined(day(2021, 3, 15), CORE_REPRIMAND),
                     event(CORE_EV_RECOGNIZED, day(2021, 4, 1)),
                     disciplined(day(2021, 4, 1), CORE_REPRIMAND),
                     disciplined(day(2021, 4, 1), CORE_WARNING)};
  core_timeline t;

  (void)state;
  replay(ev, UTIL_COUNT(ev), &t);
  /* admitted | transferred | transferred | recognised on 2021-03-10 */
  assert_int_equal(t.nseg, 4);
  assert_int_equal(t.seg[3].from, day(2021, 3, 10));
  assert_int_equal(t.ndisc, 6);
  assert_int_equal(t.disc[0].segment, 0);
  /* On the day of a transfer, in the order recorded: after it, in the new
   * cell; before it, in the old one. */
  assert_int_equal(t.disc[1].day, tr);
  assert_int_equal(t.disc[1].segment, 1);
  assert_int_equal(t.disc[2].day, t2);
  assert_int_equal(t.disc[2].segment, 1);
  /* Decided while probationary, placed after the recognition that came
   * later took effect before it. */
  assert_int_equal(t.disc[3].day, day(2021, 3, 15));
  assert_int_equal(t.disc[3].segment, 3);
  assert_int_equal(t.disc[4].segment, 3);
  assert_int_equal(t.disc[5].form, CORE_WARNING);
  assert_int_equal(t.disc[5].segment, 3);
  core_timeline_free(&t);
}

/* A recognition that splits a segment moves the disciplines after it. */
static void test_discipline_placement_split(void **state) {
  util_day a = day(2020, 3, 10), o = day(2021, 3, 10);
  core_event ev[] = {admitted(a, 11),
                     transferred(day(2020, 6, 1), 12),
                     disciplined(day(2020, 7, 1), CORE_WARNING),
                     disciplined(o - 1, CORE_REPRIMAND),
                     disciplined(o, CORE_REPRIMAND),
                     transferred(day(2021, 3, 20), 13),
                     disciplined(day(2021, 3, 20), CORE_WARNING),
                     event(CORE_EV_RECOGNIZED, day(2021, 3, 25))};
  core_timeline t;

  (void)state;
  replay(ev, UTIL_COUNT(ev), &t);
  /* 11 | 12 probationary | 12 official | 13 */
  assert_int_equal(t.nseg, 4);
  seg_is(&t, 1, day(2020, 6, 1), o, 12, CORE_PROBATIONARY, CORE_C_TRANSFERRED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 2, o, day(2021, 3, 20), 12, CORE_OFFICIAL, CORE_C_RECOGNIZED,
         CORE_C_TRANSFERRED);
  assert_int_equal(t.ndisc, 4);
  assert_int_equal(t.disc[0].segment, 1);
  assert_int_equal(t.disc[1].segment, 1);
  assert_int_equal(t.disc[2].segment, 2);
  assert_int_equal(t.disc[3].segment, 3);
  core_timeline_free(&t);
}

static void test_readmission(void **state) {
  util_day a = day(2010, 1, 10), o = day(2011, 1, 10);
  util_day out = day(2015, 6, 1), back = day(2018, 6, 1);
  util_day o2 = day(2019, 6, 1);
  int32_t days_out = back - out;
  core_event ev[] = {admitted(a, 11),
                     event(CORE_EV_RECOGNIZED, o),
                     event(CORE_EV_REMOVED, out),
                     readmitted(back, 12),
                     event(CORE_EV_RECOGNIZED, day(2019, 7, 1)),
                     transferred(day(2020, 2, 2), 21)};
  core_timeline t;

  (void)state;
  assert_int_equal(days_out, 1096);
  replay(ev, 4, &t);
  assert_int_equal(t.nseg, 3);
  seg_is(&t, 1, o, out, 11, CORE_OFFICIAL, CORE_C_RECOGNIZED, CORE_C_REMOVED);
  seg_is(&t, 2, back, OPEN, 12, CORE_PROBATIONARY, CORE_C_READMITTED, 0);
  assert_int_equal(t.state.status, CORE_PROBATIONARY);
  assert_int_equal(t.state.readmissions, 1);
  assert_int_equal(t.state.time_out, days_out);
  assert_int_equal(t.state.probation, back);
  assert_int_equal(t.state.admitted, a);
  assert_false(t.state.is_official_set);
  assert_int_equal(t.state.official, 0);
  assert_int_equal(t.state.cell, 12);
  core_timeline_free(&t);

  replay(ev, 6, &t);
  assert_int_equal(t.nseg, 5);
  seg_is(&t, 2, back, o2, 12, CORE_PROBATIONARY, CORE_C_READMITTED,
         CORE_C_RECOGNIZED);
  seg_is(&t, 3, o2, day(2020, 2, 2), 12, CORE_OFFICIAL, CORE_C_RECOGNIZED,
         CORE_C_TRANSFERRED);
  seg_is(&t, 4, day(2020, 2, 2), OPEN, 21, CORE_OFFICIAL, CORE_C_TRANSFERRED,
         0);
  /* The first membership keeps its origin; the second counts from the
   * first admission shifted by the days out. */
  assert_int_equal(t.seg[1].origin, a);
  assert_int_equal(t.seg[3].origin, a + days_out);
  assert_int_equal(t.seg[4].origin, a + days_out);
  assert_int_equal(t.state.official, o2);
  assert_true(t.state.is_official_set);
  assert_int_equal(t.state.status, CORE_OFFICIAL);
  core_timeline_free(&t);
}

static void test_readmission_after_expulsion(void **state) {
  util_day a = day(2001, 7, 1), x = day(2009, 4, 4), back = day(2013, 1, 2);
  core_event ev[] = {registered(a, 11, day(2002, 7, 1)),
                     disciplined(x, CORE_EXPULSION), readmitted(back, 11),
                     event(CORE_EV_RECOGNIZED, day(2014, 1, 2)),
                     event(CORE_EV_DECEASED, day(2020, 1, 1))};
  core_timeline t;

  (void)state;
  replay(ev, 5, &t);
  assert_int_equal(t.nseg, 4);
  assert_int_equal(t.seg[1].end, CORE_C_EXPELLED);
  seg_is(&t, 3, day(2014, 1, 2), day(2020, 1, 1), 11, CORE_OFFICIAL,
         CORE_C_RECOGNIZED, CORE_C_DECEASED);
  assert_int_equal(t.state.time_out, back - x);
  assert_int_equal(t.seg[3].origin, a + (back - x));
  assert_int_equal(t.state.status, CORE_DECEASED);
  assert_int_equal(t.state.left, day(2020, 1, 1));
  assert_int_equal(t.ndisc, 1);
  assert_int_equal(t.disc[0].segment, 1);
  core_timeline_free(&t);
}

static void test_replay_empty(void **state) {
  core_timeline t;
  util_err e = {0};

  (void)state;
  assert_int_equal(core_replay(NULL, 0, &t, &e), 0);
  assert_int_equal(t.nseg, 0);
  assert_int_equal(t.ndisc, 0);
  assert_int_equal(t.state.status, CORE_NOT_MEMBER);
  assert_int_equal(core_party_age_days(&t, day(2020, 1, 1)), -1);
  assert_int_equal(core_party_age_years(&t, day(2020, 1, 1)), -1);
  core_timeline_free(&t);
}

/* Events that no sequence of accepted events can make. */
static void test_replay_refuses(void **state) {
  util_day a = day(2010, 1, 10);
  core_event bad[][3] = {
      {event(CORE_EV_RECOGNIZED, a)},
      {transferred(a, 12)},
      {event(CORE_EV_TEMPORARY, a)},
      {disciplined(a, CORE_REPRIMAND)},
      {event(CORE_EV_REMOVED, a)},
      {event(CORE_EV_RESIGNED, a)},
      {event(CORE_EV_DECEASED, a)},
      {readmitted(a, 11)},
      {admitted(a, 11), admitted(a, 12)},
      {admitted(a, 11), registered(a, 12, 0)},
      {admitted(a, 11), readmitted(a, 12)},
      {registered(a, 11, day(2011, 1, 10)), event(CORE_EV_RECOGNIZED, a)},
      {admitted(a, 11), event(CORE_EV_REMOVED, a), transferred(a, 12)},
      {admitted(a, 11), event(CORE_EV_REMOVED, a), event(CORE_EV_REMOVED, a)},
      {admitted(a, 11), event(CORE_EV_REMOVED, a),
       disciplined(a, CORE_WARNING)},
      {admitted(a, 11), event(CORE_EV__MAX, a)},
  };
  static const size_t len[] = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 2};

  (void)state;
  assert_int_equal(UTIL_COUNT(bad), UTIL_COUNT(len));
  for (size_t i = 0; i < UTIL_COUNT(bad); i++) {
    core_timeline t;
    util_err e = {0};
    if (core_replay(bad[i], len[i], &t, &e) != -1)
      fail_msg("case %zu replayed", i);
    assert_int_equal(e.code, UTIL_INTERNAL);
    assert_non_null(strstr(e.msg, "do not make a lifecycle"));
    assert_null(t.seg);
    assert_null(t.disc);
    assert_int_equal(t.nseg, 0);
  }
}

/* ---- party age ----------------------------------------------------------- */

static void test_party_age(void **state) {
  util_day a = day(2001, 7, 1), o = day(2002, 7, 1);
  core_event ev[] = {registered(a, 11, o)};
  core_timeline t;

  (void)state;
  replay(ev, 1, &t);
  assert_int_equal(core_party_age_days(&t, day(2001, 6, 30)), -1);
  /* Probationary: no party age yet. */
  assert_int_equal(core_party_age_days(&t, a), -1);
  assert_int_equal(core_party_age_days(&t, o - 1), -1);
  assert_int_equal(core_party_age_years(&t, o - 1), -1);
  /* Official: counted from the admission. */
  assert_int_equal(core_party_age_days(&t, o), o - a);
  assert_int_equal(core_party_age_years(&t, o), 1);
  assert_int_equal(core_party_age_years(&t, day(2031, 6, 30)), 29);
  assert_int_equal(core_party_age_years(&t, day(2031, 7, 1)), 30);
  assert_int_equal(core_party_age_days(&t, day(2031, 7, 1)),
                   day(2031, 7, 1) - a);
  core_timeline_free(&t);
}

static void test_party_age_interrupted(void **state) {
  util_day a = day(2000, 1, 10), out = day(2005, 1, 10);
  util_day back = day(2008, 2, 1), o2 = day(2009, 2, 1);
  int32_t days_out = back - out;
  core_event ev[] = {admitted(a, 11),
                     event(CORE_EV_RECOGNIZED, day(2001, 1, 10)),
                     disciplined(out, CORE_EXPULSION), readmitted(back, 12),
                     event(CORE_EV_RECOGNIZED, o2)};
  core_timeline t;

  (void)state;
  replay(ev, 5, &t);
  assert_int_equal(core_party_age_days(&t, out - 1), out - 1 - a);
  assert_int_equal(core_party_age_years(&t, out - 1), 4);
  /* Out of the party, and on probation again: none. */
  assert_int_equal(core_party_age_days(&t, out), -1);
  assert_int_equal(core_party_age_days(&t, back), -1);
  assert_int_equal(core_party_age_days(&t, o2 - 1), -1);
  assert_int_equal(core_party_age_years(&t, o2 - 1), -1);
  /* Official again: the time out is not counted. */
  assert_int_equal(core_party_age_days(&t, o2), o2 - a - days_out);
  assert_int_equal(core_party_age_days(&t, day(2020, 1, 10)),
                   day(2020, 1, 10) - a - days_out);
  /* 2020-01-10 is 20 calendar years after the admission, but with more
   * than three years out the party age is 16 full years. */
  assert_int_equal(core_party_age_years(&t, day(2020, 1, 10)), 16);
  assert_int_equal(
      core_party_age_years(&t, util_day_add_years(a + days_out, 17)), 17);
  assert_int_equal(
      core_party_age_years(&t, util_day_add_years(a + days_out, 17) - 1), 16);
  core_timeline_free(&t);
}

/* ---- badges -----------------------------------------------------------------
 */

static void test_badge_years(void **state) {
  static const int want[] = {30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};

  (void)state;
  assert_int_equal(core_badge_count, UTIL_COUNT(want));
  for (size_t i = 0; i < UTIL_COUNT(want); i++)
    assert_int_equal(core_badge_years[i], want[i]);
}

static void test_badge_dates(void **state) {
  util_day origin = day(1960, 5, 17);

  (void)state;
  for (size_t i = 0; i < core_badge_count; i++) {
    int y = core_badge_years[i];
    int early = y >= 70 ? 2 : 1;
    assert_int_equal(core_badge_due(origin, y), day(1960 + y, 5, 17));
    assert_int_equal(core_badge_earliest(origin, y),
                     day(1960 + y - early, 5, 17));
  }
  /* The edges of the two ranges. */
  assert_int_equal(core_badge_earliest(origin, 65), day(2024, 5, 17));
  assert_int_equal(core_badge_earliest(origin, 70), day(2028, 5, 17));
  /* Month ends stay month ends. */
  assert_int_equal(core_badge_due(day(1990, 1, 31), 30), day(2020, 1, 31));
  assert_int_equal(core_badge_earliest(day(1990, 1, 31), 30), day(2019, 1, 31));
}

/* Party age counts from the origin; a badge is due on the day the party
 * age reaches the milestone, and may come 12 (24) months early: on the
 * day it reaches one (two) years less. */
static void test_badges_agree_with_party_age(void **state) {
  static const int origins[][3] = {{1960, 5, 17}, {1948, 2, 29},
                                   {1952, 2, 29}, {1996, 2, 29},
                                   {1961, 1, 31}, {1970, 12, 31}};

  (void)state;
  for (size_t k = 0; k < UTIL_COUNT(origins); k++) {
    util_day origin = day(origins[k][0], origins[k][1], origins[k][2]);
    core_event ev[] = {registered(origin, 11, core_official_date(origin))};
    core_timeline t;
    util_err e = {0};
    assert_int_equal(core_replay(ev, 1, &t, &e), 0);
    for (size_t i = 0; i < core_badge_count; i++) {
      int y = core_badge_years[i];
      int early = y >= 70 ? 2 : 1;
      util_day due = core_badge_due(origin, y);
      util_day first = core_badge_earliest(origin, y);
      char o[11], d[11];
      util_date_format(origin, o);
      util_date_format(first, d);
      assert_int_equal(core_party_age_years(&t, due), y);
      assert_int_equal(core_party_age_years(&t, due - 1), y - 1);
      if (core_party_age_years(&t, first) != y - early ||
          core_party_age_years(&t, first - 1) != y - early - 1)
        fail_msg("origin %s, %d years: earliest %s", o, y, d);
    }
    core_timeline_free(&t);
  }
}

static void test_badges_leap_day(void **state) {
  util_day origin = day(1996, 2, 29);

  (void)state;
  /* Due in a common year: the 28th; in a leap year: the 29th. */
  assert_int_equal(core_badge_due(origin, 30), day(2026, 2, 28));
  assert_int_equal(core_badge_due(origin, 40), day(2036, 2, 29));
  assert_int_equal(core_badge_earliest(origin, 30), day(2025, 2, 28));
  assert_int_equal(core_badge_earliest(origin, 40), day(2035, 2, 28));
  /* 45 years due in a common year, 44 reached in a leap year. */
  assert_int_equal(core_badge_due(origin, 45), day(2041, 2, 28));
  assert_int_equal(core_badge_earliest(origin, 45), day(2040, 2, 29));
  assert_int_equal(core_badge_due(origin, 70), day(2066, 2, 28));
  assert_int_equal(core_badge_earliest(origin, 70), day(2064, 2, 29));
  assert_int_equal(core_badge_due(origin, 90), day(2086, 2, 28));
  assert_int_equal(core_badge_earliest(origin, 90), day(2084, 2, 29));
  assert_int_equal(core_badge_earliest(origin, 75), day(2069, 2, 28));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_registered),
      cmocka_unit_test(test_registered_official),
      cmocka_unit_test(test_recognised_on_time),
      cmocka_unit_test(test_recognised_late),
      cmocka_unit_test(test_recognised_across_a_transfer),
      cmocka_unit_test(test_recognised_after_many_transfers),
      cmocka_unit_test(test_transfers),
      cmocka_unit_test(test_same_day),
      cmocka_unit_test(test_leaving),
      cmocka_unit_test(test_temporary_keeps_registration),
      cmocka_unit_test(test_expulsion),
      cmocka_unit_test(test_discipline_placement),
      cmocka_unit_test(test_discipline_placement_split),
      cmocka_unit_test(test_readmission),
      cmocka_unit_test(test_readmission_after_expulsion),
      cmocka_unit_test(test_replay_empty),
      cmocka_unit_test(test_replay_refuses),
      cmocka_unit_test(test_party_age),
      cmocka_unit_test(test_party_age_interrupted),
      cmocka_unit_test(test_badge_years),
      cmocka_unit_test(test_badge_dates),
      cmocka_unit_test(test_badges_agree_with_party_age),
      cmocka_unit_test(test_badges_leap_day),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
