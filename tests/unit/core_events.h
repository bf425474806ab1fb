/*
 * core_events.h — builders of dates and member events for the tests of
 * core, so that a test reads as the history it replays.
 */
#ifndef CADRE_TEST_CORE_EVENTS_H
#define CADRE_TEST_CORE_EVENTS_H

#include "core/core.h"

static inline util_day day(int y, int m, int d) {
  return util_day_from_civil(y, m, d);
}

static inline core_event admitted(util_day d, int64_t cell) {
  return (core_event){.kind = CORE_EV_ADMITTED, .date = d, .cell = cell};
}

static inline core_event registered(util_day d, int64_t cell,
                                    util_day official) {
  return (core_event){.kind = CORE_EV_REGISTERED,
                      .date = d,
                      .cell = cell,
                      .official = official,
                      .has_official = official != 0};
}

static inline core_event event(enum core_event_kind kind, util_day d) {
  return (core_event){.kind = kind, .date = d};
}

static inline core_event transferred(util_day d, int64_t cell) {
  return (core_event){.kind = CORE_EV_TRANSFERRED, .date = d, .cell = cell};
}

static inline core_event disciplined(util_day d, enum core_form form) {
  return (core_event){.kind = CORE_EV_DISCIPLINED, .date = d, .form = form};
}

#endif
