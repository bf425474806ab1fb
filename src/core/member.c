/*
 * member.c — the lifecycle of a party member (DOMAIN.md §2): which event
 * may follow which, and the replay of a member's events into segments of
 * registration.
 */
#include "core/core.h"
#include "util/lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROBATION_MONTHS 12
#define READMIT_MONTHS 36
#define CEREMONY_WORKING_DAYS 30

static bool is_member(enum core_status s) {
  return s == CORE_PROBATIONARY || s == CORE_OFFICIAL;
}

/* What a member's status says of them, after their name ("member 1042
 * is an official member"), in the language of the error it goes into. */
static const char *status_phrase(const util_err *e, enum core_status s) {
  const util_lang *l = e ? e->lang : NULL;
  switch (s) {
  case CORE_NOT_MEMBER:
    return util_trc(l, "member status", "has never been admitted");
  case CORE_PROBATIONARY:
    return util_trc(l, "member status", "is a probationary member");
  case CORE_OFFICIAL:
    return util_trc(l, "member status", "is an official member");
  case CORE_REMOVED:
    return util_trc(l, "member status", "was removed from the rolls");
  case CORE_RESIGNED:
    /* TRANSLATORS: said of a member: "member 1042 resigned". */
    return util_trc(l, "member status", "resigned");
  case CORE_DECEASED:
    return util_trc(l, "member status", "is deceased");
  case CORE_EXPELLED:
    return util_trc(l, "member status", "was expelled");
  case CORE_STATUS__MAX:
    break;
  }
  return util_trc(l, "member status", "is in an unknown state");
}

enum core_status core_leaving(unsigned cause) {
  if (cause & CORE_C_EXPELLED)
    return CORE_EXPELLED;
  if (cause & CORE_C_DECEASED)
    return CORE_DECEASED;
  if (cause & CORE_C_RESIGNED)
    return CORE_RESIGNED;
  return CORE_REMOVED;
}

util_day core_official_date(util_day probation_start) {
  return util_day_add_months(probation_start, PROBATION_MONTHS);
}

int core_admission_age(util_day born, util_day considered) {
  int months = util_full_months(born, considered);
  if (months < 18 * 12)
    return -1;
  if (months > 60 * 12)
    return 1;
  return 0;
}

/* The verb of an event, for "cannot <verb> member 1042 on <date>", in the
 * language of the error it goes into; in a context of its own ("refused
 * action"), as the statuses ("member status"), so that a verb never takes
 * the translation of the same English word elsewhere (a label, a command).
 * TRANSLATORS (for each): the action refused in "cannot %s member 1042 on
 * 2025-03-01: ...", as the messages that insert it need it. */
static const char *verb(const util_err *e, enum core_event_kind k) {
  const util_lang *l = e ? e->lang : NULL;
  switch (k) {
  case CORE_EV_REGISTERED:
    return util_trc(l, "refused action", "register");
  case CORE_EV_ADMITTED:
    return util_trc(l, "refused action", "admit");
  case CORE_EV_RECOGNIZED:
    return util_trc(l, "refused action", "recognise as official");
  case CORE_EV_TRANSFERRED:
    return util_trc(l, "refused action", "transfer");
  case CORE_EV_TEMPORARY:
    return util_trc(l, "refused action", "transfer temporarily");
  case CORE_EV_DISCIPLINED:
    return util_trc(l, "refused action", "discipline");
  case CORE_EV_REMOVED:
    return util_trc(l, "refused action", "remove from the rolls");
  case CORE_EV_RESIGNED:
    return util_trc(l, "refused action", "record the resignation of");
  case CORE_EV_DECEASED:
    return util_trc(l, "refused action", "record the death of");
  case CORE_EV_READMITTED:
    return util_trc(l, "refused action", "readmit");
  case CORE_EV__MAX:
    break;
  }
  return util_trc(l, "refused action", "record an event for");
}

/* "61 years 1 month", in the language of the error it goes into. */
static void age_text(const util_err *e, util_day born, util_day on,
                     char out[96]) {
  int m = util_full_months(born, on);
  const util_lang *l = e ? e->lang : NULL;
  char y[40], mo[40];
  snprintf(y, sizeof y, util_trn(l, "%d year", "%d years", m / 12), m / 12);
  snprintf(mo, sizeof mo, util_trn(l, "%d month", "%d months", m % 12), m % 12);
  /* TRANSLATORS: an age: the years ("61 years"), then the months ("1
     month"). */
  snprintf(out, 96, util_trc(l, "age", "%s %s"), y, mo);
}
static int check_age(const core_event *ev, const core_check_ctx *ctx,
                     util_err *e, char *d) {
  util_day on = ctx->considered ? ctx->considered : ev->date;
  int age = core_admission_age(ctx->born, on);
  char b[UTIL_DATE_SAY], o[UTIL_DATE_SAY], old[96];
  util_date_say(e, ctx->born, b);
  util_date_say(e, on, o);
  age_text(e, ctx->born, on, old);
  /* A conflict, but one the date of birth decides: named as its field,
   * so that a form shows it beside that input. */
  if (age < 0)
    return util_refuse(e, UTIL_CONFLICT, "born",
                       "cannot %s %s on %s: born %s, %s old on %s; a person "
                       "must be at least 18 full years old",
                       verb(e, ev->kind), ctx->who, d, b, old, o);
  if (age > 0 && !ctx->over_60_approved)
    return util_refuse(e, UTIL_CONFLICT, "born",
                       "cannot %s %s on %s: born %s, %s old on %s; admission "
                       "over 60 needs the approval of the committee directly "
                       "under the Central Committee above the cell",
                       verb(e, ev->kind), ctx->who, d, b, old, o);
  return 0;
}

static int check_ceremony(const core_event *ev, const core_check_ctx *ctx,
                          util_err *e, char *d) {
  if (!ctx->ceremony)
    return 0;
  util_day last = util_day_add_working_days(ev->date, CEREMONY_WORKING_DAYS);
  if (ctx->ceremony >= ev->date && ctx->ceremony <= last)
    return 0;
  char c[UTIL_DATE_SAY], l[UTIL_DATE_SAY];
  return util_fail(e, UTIL_REFUSED,
                   "cannot %s %s on %s with the ceremony on %s: the ceremony "
                   "is held within 30 working days of the decision (%s to %s)",
                   verb(e, ev->kind), ctx->who, d,
                   util_date_say(e, ctx->ceremony, c), d,
                   util_date_say(e, last, l));
}

/* "cell HT-05", or "cell #12" without a way to name it. */
static void cell_text(const core_check_ctx *ctx, int64_t cell, char out[96]) {
  const char *name = ctx->cell_name ? ctx->cell_name(ctx->cell_arg, cell) : 0;
  if (name)
    snprintf(out, 96, "%s", name);
  else
    snprintf(out, 96, "#%lld", (long long)cell);
}

/* A transfer recorded out of one cell cannot stand where the member was
 * registered elsewhere on its day. */
static int check_from(const core_state *st, const core_event *ev,
                      const core_check_ctx *ctx, util_err *e, char *d) {
  if (!ctx->from_cell || ctx->from_cell == st->cell)
    return 0;
  char from[96], in[96];
  cell_text(ctx, ctx->from_cell, from);
  cell_text(ctx, st->cell, in);
  return util_fail(e, UTIL_REFUSED,
                   "cannot %s %s on %s: it is recorded out of %s, but the "
                   "member was registered in %s on that day",
                   verb(e, ev->kind), ctx->who, d, from, in);
}

static int check_temporary(const core_state *st, const core_event *ev,
                           const core_check_ctx *ctx, util_err *e, char *d) {
  char u[UTIL_DATE_SAY];
  util_date_say(e, ev->until, u);
  if (check_from(st, ev, ctx, e, d))
    return -1;
  if (st->visiting && ev->date < st->visit_until) {
    char host[96], v[UTIL_DATE_SAY];
    cell_text(ctx, st->visiting, host);
    return util_fail(e, UTIL_REFUSED,
                     "cannot transfer %s temporarily on %s: the member is on "
                     "a temporary transfer to %s until %s, and temporary "
                     "transfers of one member may not overlap",
                     ctx->who, d, host, util_date_say(e, st->visit_until, v));
  }
  if (ev->cell == st->cell)
    return util_fail(e, UTIL_REFUSED,
                     "cannot transfer %s temporarily on %s: the host cell is "
                     "the member's own cell",
                     ctx->who, d);
  if (ev->until <= ev->date || ev->until < util_day_add_months(ev->date, 3))
    return util_fail(e, UTIL_REFUSED,
                     "cannot transfer %s temporarily from %s until %s: a "
                     "temporary transfer lasts at least 3 months",
                     ctx->who, d, u);
  int max = ev->studies ? 24 : 12;
  util_day limit = util_day_add_months(ev->date, max);
  if (ev->studies && ev->until > limit)
    return util_fail(e, UTIL_REFUSED,
                     "cannot transfer %s temporarily from %s until %s: a "
                     "temporary transfer lasts up to 2 years for studies",
                     ctx->who, d, u);
  if (!ev->studies && ev->until >= limit)
    return util_fail(e, UTIL_REFUSED,
                     "cannot transfer %s temporarily from %s until %s: a "
                     "temporary transfer lasts under 1 year (up to 2 years "
                     "for studies)",
                     ctx->who, d, u);
  return 0;
}

static int check_discipline(const core_state *st, const core_event *ev,
                            const core_check_ctx *ctx, util_err *e, char *d) {
  const char *code = core_form_name(ev->form),
             *word = util_code_word(e ? e->lang : NULL, "discipline", code),
             *form = word ? word : code;
  if (st->status == CORE_PROBATIONARY &&
      (ev->form == CORE_DISMISSAL || ev->form == CORE_EXPULSION))
    return util_fail(e, UTIL_REFUSED,
                     "cannot discipline %s with %s on %s: a probationary "
                     "member can only be reprimanded or warned",
                     ctx->who, form, d);
  if (ev->form == CORE_DISMISSAL && !ctx->holds_post)
    return util_fail(e, UTIL_REFUSED,
                     "cannot discipline %s with dismissal on %s: the member "
                     "holds no post to be dismissed from",
                     ctx->who, d);
  return 0;
}

static int check_readmission(const core_state *st, const core_event *ev,
                             const core_check_ctx *ctx, util_err *e, char *d) {
  char l[UTIL_DATE_SAY], w[UTIL_DATE_SAY];
  if (st->status == CORE_NOT_MEMBER || st->status == CORE_DECEASED)
    return util_fail(e, UTIL_REFUSED, "cannot readmit %s on %s: %s %s",
                     ctx->who, d, ctx->who, status_phrase(e, st->status));
  if (st->readmissions > 0)
    return util_fail(e, UTIL_REFUSED,
                     "cannot readmit %s on %s: the member was readmitted "
                     "before, and readmission is allowed only once",
                     ctx->who, d);
  util_day earliest = util_day_add_months(st->left, READMIT_MONTHS);
  if (ev->date < earliest)
    return util_fail(e, UTIL_REFUSED,
                     "cannot readmit %s on %s: out of the party since %s; "
                     "readmission needs at least 36 months out (from %s)",
                     ctx->who, d, util_date_say(e, st->left, l),
                     util_date_say(e, earliest, w));
  return check_ceremony(ev, ctx, e, d);
}

int core_check_event(const core_state *st, const core_event *ev,
                     const core_check_ctx *ctx, util_err *e) {
  char d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  util_date_say(e, ev->date, d);
  bool first = ev->kind == CORE_EV_REGISTERED || ev->kind == CORE_EV_ADMITTED;
  if (first && is_member(st->status))
    return util_fail(e, UTIL_REFUSED, "cannot %s %s on %s: %s %s",
                     verb(e, ev->kind), ctx->who, d, ctx->who,
                     status_phrase(e, st->status));
  if (first && st->status != CORE_NOT_MEMBER)
    return util_fail(e, UTIL_REFUSED, "cannot %s %s on %s: %s %s (see readmit)",
                     verb(e, ev->kind), ctx->who, d, ctx->who,
                     status_phrase(e, st->status));
  if (!first && ev->kind != CORE_EV_READMITTED && !is_member(st->status))
    return util_fail(e, UTIL_REFUSED,
                     "cannot %s %s on %s: %s %s, and events are recorded "
                     "only for members",
                     verb(e, ev->kind), ctx->who, d, ctx->who,
                     status_phrase(e, st->status));

  switch (ev->kind) {
  case CORE_EV_REGISTERED: {
    if (check_age(ev, ctx, e, d))
      return -1;
    char end[UTIL_DATE_SAY];
    if (ev->registered && ev->registered < ev->date)
      return util_fail(e, UTIL_REFUSED,
                       "cannot register %s from %s: admitted %s, and "
                       "registration in a cell begins on or after the "
                       "admission",
                       ctx->who, util_date_say(e, ev->registered, x), d);
    if (ev->has_official && ev->official < core_official_date(ev->date))
      return util_fail(e, UTIL_REFUSED,
                       "cannot register %s as official on %s: admitted %s, "
                       "the probation of 12 months ends %s",
                       ctx->who, util_date_say(e, ev->official, x), d,
                       util_date_say(e, core_official_date(ev->date), end));
    return 0;
  }
  case CORE_EV_ADMITTED:
    if (check_age(ev, ctx, e, d))
      return -1;
    return check_ceremony(ev, ctx, e, d);
  case CORE_EV_RECOGNIZED: {
    if (st->status == CORE_OFFICIAL)
      return util_fail(e, UTIL_REFUSED,
                       "cannot recognise %s as official on %s: the member is "
                       "official since %s",
                       ctx->who, d, util_date_say(e, st->official, x));
    util_day end = core_official_date(st->probation);
    char a[UTIL_DATE_SAY];
    if (ev->date < end && st->readmissions)
      return util_fail(e, UTIL_REFUSED,
                       "cannot recognise %s as official on %s: readmitted "
                       "%s, the probation of 12 months ends %s",
                       ctx->who, d, util_date_say(e, st->probation, a),
                       util_date_say(e, end, x));
    if (ev->date < end)
      return util_fail(e, UTIL_REFUSED,
                       "cannot recognise %s as official on %s: admitted %s, "
                       "the probation of 12 months ends %s",
                       ctx->who, d, util_date_say(e, st->probation, a),
                       util_date_say(e, end, x));
    return 0;
  }
  case CORE_EV_TRANSFERRED:
    if (check_from(st, ev, ctx, e, d))
      return -1;
    if (ev->cell == st->cell)
      return util_fail(e, UTIL_REFUSED,
                       "cannot transfer %s on %s: the member is already "
                       "registered in that cell",
                       ctx->who, d);
    return 0;
  case CORE_EV_TEMPORARY:
    return check_temporary(st, ev, ctx, e, d);
  case CORE_EV_DISCIPLINED:
    return check_discipline(st, ev, ctx, e, d);
  case CORE_EV_REMOVED:
  case CORE_EV_RESIGNED:
  case CORE_EV_DECEASED:
    return 0;
  case CORE_EV_READMITTED:
    if (is_member(st->status))
      return util_fail(e, UTIL_REFUSED, "cannot readmit %s on %s: %s %s",
                       ctx->who, d, ctx->who, status_phrase(e, st->status));
    return check_readmission(st, ev, ctx, e, d);
  case CORE_EV__MAX:
    break;
  }
  return util_fail(e, UTIL_INTERNAL, "unknown event kind %d", (int)ev->kind);
}

/* ---- replay -------------------------------------------------------------- */

typedef struct replay {
  core_timeline *t;
  size_t cap, dcap;
} replay;

static core_segment *open_segment(replay *r, util_day from, int64_t cell,
                                  enum core_status status, unsigned cause) {
  core_timeline *t = r->t;
  if (t->nseg == r->cap) {
    r->cap = r->cap ? 2 * r->cap : 4;
    t->seg = util_xrealloc(t->seg, r->cap * sizeof *t->seg);
  }
  core_segment *s = &t->seg[t->nseg++];
  *s = (core_segment){.from = from,
                      .to = UTIL_DAY_MAX,
                      .cell = cell,
                      .status = status,
                      .start = cause};
  if (status == CORE_OFFICIAL)
    s->origin = t->state.admitted + t->state.time_out;
  return s;
}

static core_segment *last_open(core_timeline *t) {
  if (t->nseg == 0 || t->seg[t->nseg - 1].to != UTIL_DAY_MAX)
    return NULL;
  return &t->seg[t->nseg - 1];
}

static void close_segment(core_timeline *t, util_day day, unsigned cause) {
  core_segment *s = last_open(t);
  s->to = day;
  s->end |= cause;
}

/* Makes the member official from `day` on, within the current membership:
 * segments starting on or after it change status, and the one running
 * across it is split. */
static void make_official(replay *r, util_day day) {
  core_timeline *t = r->t;
  /* The current membership starts at the last admission or readmission. */
  size_t first = t->nseg - 1;
  while (first > 0 && !(t->seg[first].start & CORE_C_ENTERED))
    first--;
  util_day origin = t->state.admitted + t->state.time_out;
  for (size_t k = first; k < t->nseg; k++) {
    core_segment *s = &t->seg[k];
    if (s->from >= day) {
      if (s->from == day)
        s->start |= CORE_C_RECOGNIZED;
      s->status = CORE_OFFICIAL;
      s->origin = origin;
      continue;
    }
    if (s->to <= day)
      continue;
    /* from < day < to: split in two. */
    core_segment copy = *s;
    s->to = day;
    s->end = CORE_C_RECOGNIZED;
    if (t->nseg == r->cap) {
      r->cap *= 2;
      t->seg = util_xrealloc(t->seg, r->cap * sizeof *t->seg);
    }
    memmove(&t->seg[k + 2], &t->seg[k + 1], (t->nseg - k - 1) * sizeof *t->seg);
    t->nseg++;
    core_segment *n = &t->seg[k + 1];
    *n = copy;
    n->from = day;
    n->start = CORE_C_RECOGNIZED;
    n->status = CORE_OFFICIAL;
    n->origin = origin;
    /* Disciplines stay where they were: those from `day` on in the second
     * half, those in later segments one further. */
    for (size_t i = 0; i < t->ndisc; i++) {
      core_discipline *d = &t->disc[i];
      if (d->segment > k || (d->segment == k && d->day >= day))
        d->segment++;
    }
    k++;
  }
  t->state.status = CORE_OFFICIAL;
  t->state.official = day;
  t->state.is_official_set = true;
}

/* Places a discipline in the segment the member is in as it is recorded:
 * on the day of a transfer, the old cell's or the new one's as the events
 * come (not by the date alone). */
static void add_discipline(replay *r, util_day day, enum core_form form) {
  core_timeline *t = r->t;
  if (t->ndisc == r->dcap) {
    r->dcap = r->dcap ? 2 * r->dcap : 4;
    t->disc = util_xrealloc(t->disc, r->dcap * sizeof *t->disc);
  }
  t->disc[t->ndisc++] =
      (core_discipline){.day = day, .form = form, .segment = t->nseg - 1};
}

static void leave(core_timeline *t, util_day day, enum core_status status,
                  unsigned cause) {
  close_segment(t, day, cause);
  t->state.status = status;
  t->state.left = day;
  t->state.visiting = 0;
}

static int apply(replay *r, const core_event *ev, util_err *e) {
  core_timeline *t = r->t;
  core_state *st = &t->state;
  bool member = is_member(st->status);
  switch (ev->kind) {
  case CORE_EV_REGISTERED:
  case CORE_EV_ADMITTED:
    if (st->status != CORE_NOT_MEMBER)
      break;
    st->admitted = st->probation = ev->date;
    st->status = CORE_PROBATIONARY;
    st->cell = ev->cell;
    if (ev->kind == CORE_EV_REGISTERED && ev->registered &&
        ev->registered > ev->date)
      open_segment(r, ev->registered, ev->cell, CORE_PROBATIONARY,
                   CORE_C_REGISTERED);
    else
      open_segment(r, ev->date, ev->cell, CORE_PROBATIONARY, CORE_C_ADMITTED);
    if (ev->kind == CORE_EV_REGISTERED && ev->has_official)
      make_official(r, ev->official);
    return 0;
  case CORE_EV_RECOGNIZED:
    if (st->status != CORE_PROBATIONARY)
      break;
    make_official(r, core_official_date(st->probation));
    return 0;
  case CORE_EV_TRANSFERRED:
    if (!member)
      break;
    close_segment(t, ev->date, CORE_C_TRANSFERRED);
    open_segment(r, ev->date, ev->cell, st->status, CORE_C_TRANSFERRED);
    st->cell = ev->cell;
    st->visiting = 0;
    return 0;
  case CORE_EV_TEMPORARY:
    if (!member)
      break;
    st->visiting = ev->cell;
    st->visit_until = ev->until;
    return 0;
  case CORE_EV_DISCIPLINED:
    if (!member)
      break;
    add_discipline(r, ev->date, ev->form);
    if (ev->form == CORE_EXPULSION)
      leave(t, ev->date, CORE_EXPELLED, CORE_C_EXPELLED);
    return 0;
  case CORE_EV_REMOVED:
    if (!member)
      break;
    leave(t, ev->date, CORE_REMOVED, CORE_C_REMOVED);
    return 0;
  case CORE_EV_RESIGNED:
    if (!member)
      break;
    leave(t, ev->date, CORE_RESIGNED, CORE_C_RESIGNED);
    return 0;
  case CORE_EV_DECEASED:
    if (!member)
      break;
    leave(t, ev->date, CORE_DECEASED, CORE_C_DECEASED);
    return 0;
  case CORE_EV_READMITTED:
    if (member || st->status == CORE_NOT_MEMBER)
      break;
    st->time_out += ev->date - st->left;
    st->probation = ev->date;
    st->status = CORE_PROBATIONARY;
    st->cell = ev->cell;
    st->readmissions++;
    st->is_official_set = false;
    st->official = 0;
    open_segment(r, ev->date, ev->cell, CORE_PROBATIONARY, CORE_C_READMITTED);
    return 0;
  case CORE_EV__MAX:
    break;
  }
  char d[UTIL_DATE_SAY];
  return util_fail(e, UTIL_INTERNAL,
                   "the events do not make a lifecycle: %s on %s when the "
                   "member %s",
                   core_event_name(ev->kind), util_date_say(e, ev->date, d),
                   status_phrase(e, st->status));
}

int core_replay(const core_event *ev, size_t n, core_timeline *out,
                util_err *e) {
  memset(out, 0, sizeof *out);
  replay r = {.t = out};
  for (size_t i = 0; i < n; i++) {
    if (apply(&r, &ev[i], e)) {
      core_timeline_free(out);
      return -1;
    }
    out->state.last_event = ev[i].date;
  }
  return 0;
}

int core_check_history(const core_event *ev, const core_check_ctx *ctx,
                       size_t n, size_t *bad, util_err *e) {
  core_timeline t;
  memset(&t, 0, sizeof t);
  replay r = {.t = &t};
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    *bad = i;
    rc = core_check_event(&t.state, &ev[i], &ctx[i], e);
    if (rc == 0 && apply(&r, &ev[i], e))
      rc = -1;
    t.state.last_event = ev[i].date;
  }
  core_timeline_free(&t);
  return rc;
}

int core_stretch_cmp(const void *pa, const void *pb) {
  const core_stretch *a = pa, *b = pb;
  if (a->visit != b->visit)
    return a->visit ? 1 : -1;
  if (a->from != b->from)
    return a->from < b->from ? -1 : 1;
  if (a->cell != b->cell)
    return a->cell < b->cell ? -1 : 1;
  return a->to < b->to ? -1 : a->to > b->to;
}

/* Whether an event ends a temporary stay begun before it. */
static bool ends_stay(const core_event *ev) {
  switch (ev->kind) {
  case CORE_EV_TRANSFERRED:
  case CORE_EV_TEMPORARY:
  case CORE_EV_REMOVED:
  case CORE_EV_RESIGNED:
  case CORE_EV_DECEASED:
    return true;
  case CORE_EV_DISCIPLINED:
    return ev->form == CORE_EXPULSION;
  default:
    return false;
  }
}

void core_registration(const core_timeline *t, const core_event *evs,
                       size_t nev, core_stretch **out, size_t *n) {
  core_stretch *r = util_xmalloc((t->nseg + nev + 1) * sizeof *r);
  size_t k = 0;
  util_day since = 0; /* official since, in the current membership */
  for (size_t i = 0; i < t->nseg;) {
    const core_segment *g = &t->seg[i];
    size_t j = i + 1;
    while (j < t->nseg && t->seg[j].cell == g->cell &&
           t->seg[j].from == t->seg[j - 1].to &&
           !(t->seg[j].start & CORE_C_ENTERED))
      j++;
    util_day official = 0;
    for (size_t s = i; s < j; s++) {
      if (t->seg[s].start & CORE_C_ENTERED)
        since = 0;
      if (t->seg[s].status == CORE_OFFICIAL && !since)
        since = t->seg[s].from;
      if (t->seg[s].status == CORE_OFFICIAL && !official)
        official = since;
    }
    r[k++] =
        (core_stretch){false, g->from, t->seg[j - 1].to, g->cell, official};
    i = j;
  }
  size_t visits = k;
  for (size_t i = 0; i < nev; i++) {
    if (evs[i].kind != CORE_EV_TEMPORARY)
      continue;
    util_day end = evs[i].until;
    for (size_t j = i + 1; j < nev; j++)
      if (ends_stay(&evs[j])) {
        if (evs[j].date < end)
          end = evs[j].date;
        break;
      }
    if (end <= evs[i].date)
      continue;
    /* One stay a day: a later one begun the same day replaces it. */
    size_t at = k;
    for (size_t v = visits; v < k; v++)
      if (r[v].from == evs[i].date)
        at = v;
    r[at] = (core_stretch){true, evs[i].date, end, evs[i].cell, 0};
    if (at == k)
      k++;
  }
  qsort(r, k, sizeof *r, core_stretch_cmp);
  *out = r;
  *n = k;
}

void core_timeline_free(core_timeline *t) {
  free(t->seg);
  free(t->disc);
  memset(t, 0, sizeof *t);
}

/* ---- party age and badges ------------------------------------------------ */

const int core_badge_years[] = {30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};
const size_t core_badge_count = UTIL_COUNT(core_badge_years);

const char *const *core_badge_choices(void) {
  /* core_badge_years as text (tests/unit/test_field.c compares them). */
  static const char *const names[] = {"30", "40", "45", "50", "55", "60", "65",
                                      "70", "75", "80", "85", "90", NULL};
  return names;
}

int32_t core_party_age_days(const core_timeline *t, util_day day) {
  for (size_t i = 0; i < t->nseg; i++) {
    const core_segment *s = &t->seg[i];
    if (s->from <= day && day < s->to && s->status == CORE_OFFICIAL)
      return day - s->origin;
  }
  return -1;
}

int core_party_age_years(const core_timeline *t, util_day day) {
  for (size_t i = 0; i < t->nseg; i++) {
    const core_segment *s = &t->seg[i];
    if (s->from <= day && day < s->to && s->status == CORE_OFFICIAL)
      return util_full_years(s->origin, day);
  }
  return -1;
}

util_day core_badge_due(util_day origin, int years) {
  return util_day_add_years(origin, years);
}

util_day core_badge_earliest(util_day origin, int years) {
  /* Counted from the origin, as party age is: stepping back from the due
   * date would clamp a 29 February origin twice (from 1996-02-29, the
   * 45-year badge is due 2041-02-28, and 44 years are reached on
   * 2040-02-29, not on 2040-02-28). */
  return util_day_add_months(origin, years * 12 - (years >= 70 ? 24 : 12));
}
