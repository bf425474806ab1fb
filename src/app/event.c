/*
 * event.c — the events of a member after the first: entering them (also
 * late, dated before events already recorded), voiding a mistaken one, and
 * correcting one (void and enter again, in one step).
 *
 * Every change is judged on the whole history it leaves: the events in
 * date order are checked by core one after another (core_check_history),
 * so an event entered late is refused when it, or any event after it,
 * would break a rule; a void is refused when the events after it rest on
 * it. Then the member's derived state, registration and tallies are
 * rewritten from the new history, in the same transaction.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- naming events in messages ------------------------------------------ */

static const char *noun(enum core_event_kind k) {
  static const char *const nouns[CORE_EV__MAX] = {
      [CORE_EV_REGISTERED] = NC_("event", "registration"),
      [CORE_EV_ADMITTED] = NC_("event", "admission"),
      [CORE_EV_RECOGNIZED] = NC_("event", "recognition"),
      [CORE_EV_TRANSFERRED] = NC_("event", "transfer"),
      [CORE_EV_TEMPORARY] = NC_("event", "temporary transfer"),
      [CORE_EV_DISCIPLINED] = NC_("event", "discipline"),
      [CORE_EV_REMOVED] = NC_("event", "removal"),
      [CORE_EV_RESIGNED] = NC_("event", "resignation"),
      [CORE_EV_DECEASED] = NC_("event", "death"),
      [CORE_EV_READMITTED] = NC_("event", "readmission")};
  return k < CORE_EV__MAX ? nouns[k] : NC_("event", "event");
}

/* The noun of an event kind in the language of error e. */
static const char *noun_for(const util_err *e, enum core_event_kind k) {
  return util_trc(e ? e->lang : NULL, "event", noun(k));
}

/* "the transfer of 2025-06-10 (event 57)", in the language of e. */
static void event_text(const core_event *ev, int64_t id, const util_err *e,
                       char out[96]) {
  char d[UTIL_DATE_SAY];
  util_date_say(e, ev->date, d);
  if (id)
    snprintf(out, 96, util_tr_err(e, "the %s of %s (event %lld)"),
             noun_for(e, ev->kind), d, (long long)id);
  else
    snprintf(out, 96, util_tr_err(e, "the %s of %s"), noun_for(e, ev->kind), d);
}

/* Names cells by code for core's messages. */
typedef struct namer {
  app *a;
  char code[64];
} namer;

static const char *cell_name(void *arg, int64_t cell) {
  namer *n = arg;
  store_org o = {0};
  util_err ignored = {0};
  if (store_org_by_id(n->a->st, cell, &o, &ignored) != 0) {
    store_org_clear(&o);
    return NULL;
  }
  snprintf(n->code, sizeof n->code, "%s", o.code);
  store_org_clear(&o);
  return n->code;
}

/* ---- the history and a change to it -------------------------------------- */

/* A change to a member's history: an event to void, an event to enter, or
 * both (a correction). */
typedef struct change {
  int64_t void_id;    /* the event voided, or 0 */
  const char *reason; /* why it is voided */
  store_event *add;   /* the event entered, or NULL */
  core_check_ctx add_ctx;
  const char *what; /* "cannot void event 57", for messages */
  /* Checks of the new event that come after the rules of the history (the
   * votes behind a discipline), or NULL. */
  int (*then)(const store_event *ev, const char *who, util_err *e);
} change;

/* The events that enter a person in the register. */
static bool is_first(enum core_event_kind k) {
  return k == CORE_EV_REGISTERED || k == CORE_EV_ADMITTED;
}

/* The state after the first k events. */
static int state_after(const core_event *ev, size_t k, core_state *st,
                       util_err *e) {
  core_timeline t;
  if (core_replay(ev, k, &t, e))
    return -1;
  *st = t.state;
  core_timeline_free(&t);
  return 0;
}

/* The context core needs to check a recorded event again. */
static core_check_ctx recorded_ctx(const store_history_event *h,
                                   const store_member *m, const char *who,
                                   namer *nm) {
  core_check_ctx c = {.who = who,
                      .born = m->born,
                      .considered = h->considered,
                      .ceremony = h->ceremony,
                      .cell_name = cell_name,
                      .cell_arg = nm};
  switch (h->ev.kind) {
  case CORE_EV_ADMITTED:
    c.over_60_approved = h->by_org != 0;
    break;
  case CORE_EV_TRANSFERRED:
  case CORE_EV_TEMPORARY:
    c.from_cell = h->from_cell;
    break;
  case CORE_EV_DISCIPLINED:
    /* A dismissal was accepted with the post it ended. */
    c.holds_post = h->had_post;
    break;
  default:
    break;
  }
  return c;
}

/* Rewrites the day recorded recognitions took effect where the history
 * before them changed it (a corrected admission date). */
static int recognitions(app *a, const store_history_event *h, size_t nh,
                        util_err *e) {
  core_event *ev = util_xmalloc((nh ? nh : 1) * sizeof *ev);
  for (size_t i = 0; i < nh; i++)
    ev[i] = h[i].ev;
  int rc = 0;
  for (size_t i = 0; i < nh && rc == 0; i++) {
    if (ev[i].kind != CORE_EV_RECOGNIZED)
      continue;
    core_state st;
    if ((rc = state_after(ev, i, &st, e)) != 0)
      break;
    util_day day = core_official_date(st.probation);
    if (day != h[i].official)
      rc = store_event_set_official(a->st, h[i].id, day, e);
  }
  free(ev);
  return rc;
}

/* Judges the history the change leaves, refusing with both events named
 * when an event already recorded would no longer hold. */
static int judge(const store_member *m, change *ch,
                 const store_history_event *h, size_t nh, const char *who,
                 namer *nm, util_day *earliest, util_err *e) {
  size_t n = 0, at = (size_t)-1;
  core_event *ev = util_xmalloc((nh + 1) * sizeof *ev);
  core_check_ctx *ctx = util_xmalloc((nh + 1) * sizeof *ctx);
  int64_t *ids = util_xmalloc((nh + 1) * sizeof *ids);
  *earliest = UTIL_DAY_MAX;
  for (size_t i = 0; i <= nh; i++) {
    /* The new event goes after every event dated on or before it. */
    if (ch->add && at == (size_t)-1 &&
        (i == nh || h[i].ev.date > ch->add->ev.date ||
         (h[i].ev.date == ch->add->ev.date && is_first(ch->add->ev.kind)))) {
      at = n;
      ids[n] = 0;
      ev[n++] = ch->add->ev;
    }
    if (i == nh)
      break;
    if (h[i].id == ch->void_id) {
      *earliest = h[i].ev.date;
      continue;
    }
    ids[n] = h[i].id;
    ctx[n] = recorded_ctx(&h[i], m, who, nm);
    ev[n++] = h[i].ev;
  }
  int rc = 0;
  if (ch->add) {
    core_state st;
    store_event *add = ch->add;
    if (add->ev.date < *earliest)
      *earliest = add->ev.date;
    /* What the new event takes from the history before it: the cell a
     * transfer leaves, the day a recognition takes effect. */
    rc = state_after(ev, at, &st, e);
    if (rc == 0 && (add->ev.kind == CORE_EV_TRANSFERRED ||
                    add->ev.kind == CORE_EV_TEMPORARY)) {
      add->from_cell = st.cell;
      ch->add_ctx.from_cell = 0;
    }
    if (rc == 0 && add->ev.kind == CORE_EV_RECOGNIZED) {
      add->ev.official = core_official_date(st.probation);
      add->ev.has_official = true;
    }
    ev[at] = add->ev;
    ctx[at] = ch->add_ctx;
  }
  size_t bad;
  if (rc == 0 && n == 0)
    rc = util_fail(e, UTIL_REFUSED,
                   "%s: it is the only event of %s, and a member keeps the "
                   "event that entered them in the register",
                   ch->what, who);
  if (rc == 0 && core_check_history(ev, ctx, n, &bad, e)) {
    rc = -1;
    char text[96], *inner = util_xstrdup(e->msg);
    event_text(&ev[bad], ids[bad], e, text);
    if (ids[bad])
      /* An event recorded before would no longer hold. */
      util_fail(e, UTIL_REFUSED, "%s: %s %s: %s", ch->what, text,
                util_tr_err(e, ch->add ? N_("would no longer hold")
                                       : N_("could not stand without it")),
                inner);
    else if (ch->void_id)
      /* The event entered again in a correction is refused itself. */
      util_fail(e, UTIL_REFUSED, "%s: %s", ch->what, inner);
    free(inner);
  }
  free(ev);
  free(ctx);
  free(ids);
  return rc;
}

/* Applies a change to the member's history: judges it, then voids and
 * enters events and rewrites what follows from them. Sets *new_id (unless
 * NULL) to the event entered. */
static int rewrite(app *a, store_member *m, change *ch, int64_t *new_id,
                   util_err *e) {
  char who[80];
  app_who_member(e, m->id, who);
  namer nm = {.a = a};
  store_history_event *h = NULL;
  size_t nh = 0;
  util_day earliest;
  int64_t id = 0;
  if (store_history_of(a->st, m->id, &h, &nh, e))
    return -1;
  int rc = judge(m, ch, h, nh, who, &nm, &earliest, e);
  free(h);
  if (rc || (ch->then && ch->then(ch->add, who, e)))
    return -1;
  report_ledger *l = app_ledger(a);
  core_event *evs = NULL;
  size_t n = 0;
  rc = report_ledger_member(l, m->id, -1, e);
  if (rc == 0 && ch->add)
    rc = store_event_add(a->st, m->id, ch->add, a->user, &id, e);
  if (rc == 0 && ch->void_id)
    rc = store_event_void(a->st, ch->void_id, a->user, ch->reason, id, e);
  if (rc == 0)
    rc = store_events_of(a->st, m->id, &evs, &n, e) ||
         app_member_derive(a, l, m, evs, n, false, e);
  free(evs);
  if (rc == 0 && (rc = store_history_of(a->st, m->id, &h, &nh, e)) == 0) {
    rc = recognitions(a, h, nh, e);
    free(h);
  }
  rc = app_ledger_done(a, l, rc ? -1 : 0, e);
  if (rc == 0 && new_id)
    *new_id = id;
  /* Records about the member dated from the change on (an inspection, an
   * award) count where the member now was on their days; the posts held
   * follow a dismissal or a departure, and its void. */
  if (rc == 0)
    rc = app_member_records_moved(a, m->id, earliest, e);
  return rc ? rc : app_appointments_follow(a, m->id, e);
}

/* ---- entering an event --------------------------------------------------- */

/* Reads what the kind of event needs from what was typed. The texts kept
 * with it are cleaned into notes[0..1], which the caller frees. */
static int event_input(app *a, const app_event_in *in, store_event *ev,
                       char **by_code, char *notes[2], util_err *e) {
  store_org o = {0};
  int rc = 0;
  ev->ev.kind = in->kind;
  if (app_note("decision", in->decision, &notes[0], e) ||
      app_note("reason", in->reason, &notes[1], e))
    return -1;
  ev->decision = notes[0];
  ev->reason = notes[1];
  switch (in->kind) {
  case CORE_EV_TRANSFERRED:
  case CORE_EV_TEMPORARY:
  case CORE_EV_READMITTED:
    rc = app_cell(a, in->kind == CORE_EV_READMITTED ? "cell" : "to", in->cell,
                  ev->ev.date, &o, e);
    ev->ev.cell = o.id;
    if (rc == 0 && in->kind == CORE_EV_TEMPORARY)
      rc = app_date(a, "until", in->until, true, &ev->ev.until, e);
    ev->ev.studies = in->studies;
    if (rc == 0 && in->ceremony && *in->ceremony)
      rc = app_date(a, "ceremony", in->ceremony, true, &ev->ceremony, e);
    break;
  case CORE_EV_DISCIPLINED:
    if (core_form_parse(in->form, &ev->ev.form)) {
      rc = util_invalid(e, "form", "form: %s: %s", in->form ? in->form : "",
                        core_form_names());
      break;
    }
    if (in->by && *in->by) {
      rc = app_org(a, "by", in->by, &o, e);
      ev->by_org = o.id;
      *by_code = o.code ? util_xstrdup(o.code) : NULL;
    }
    if (rc == 0)
      rc = app_votes("votes", in->votes, &ev->votes.votes_for,
                     &ev->votes.votes_total, e);
    if (rc == 0 && in->proposal && *in->proposal) {
      if (ev->ev.form != CORE_EXPULSION)
        rc = util_invalid(e, "proposal",
                          "proposal: %s: only an expulsion is decided on a "
                          "proposal",
                          in->proposal);
      else
        rc = app_votes("proposal", in->proposal, &ev->votes.proposal_for,
                       &ev->votes.proposal_total, e);
    }
    break;
  default:
    break;
  }
  store_org_clear(&o);
  return rc;
}

/* The votes behind a discipline decision (DOMAIN.md §3). */
static int discipline_votes(const store_event *ev, const char *who,
                            util_err *e) {
  char what[80];
  bool expulsion = ev->ev.form == CORE_EXPULSION;
  /* TRANSLATORS: a discipline decision: its form, and whom it concerns
     ("reprimand of member 12"). */
  snprintf(what, sizeof what, util_tr_err(e, "%s of %s"),
           app_code_word(e, "discipline", core_form_name(ev->ev.form)), who);
  if (expulsion && !ev->votes.proposal_total)
    return util_invalid(e, "proposal",
                        "proposal: the expulsion of %s needs the votes of the "
                        "proposal to expel, as FOR/TOTAL (e.g. 7/9)",
                        who);
  return core_check_votes(&ev->votes, expulsion, what, e);
}

/* Enters the event typed in `in` on member m, voiding `void_id` in the
 * same step when it is not 0 (a correction). `post` is the post a
 * dismissal ends (NULL: the member's position). */
/* Whether the member holds a post by appointment on `day` (planning.c
 * keeps them): what a dismissal can end, as a recorded position is. */
static int holds_appointment(app *a, int64_t member, util_day day, bool *held,
                             util_err *e) {
  store_holding *h = NULL;
  size_t n = 0;
  *held = false;
  if (store_appointments_of(a->st, member, &h, &n, e))
    return -1;
  for (size_t i = 0; i < n; i++)
    if (h[i].from <= day && (!h[i].to || day < h[i].to))
      *held = true;
  store_holdings_free(h, n);
  return 0;
}

static int enter(app *a, store_member *m, const app_event_in *in,
                 int64_t void_id, const char *reason, const char *what,
                 const char *post, int64_t *id, util_err *e) {
  store_event ev = {0};
  char *by = NULL, *notes[2] = {NULL, NULL}, who[80];
  namer nm = {.a = a};
  int rc = -1;
  app_who_member(e, m->id, who);
  if (app_date(a, "date", in->date, false, &ev.ev.date, e) ||
      event_input(a, in, &ev, &by, notes, e))
    goto done;
  if (!post)
    post = m->position;
  bool appointed = false;
  if (in->kind == CORE_EV_DISCIPLINED &&
      holds_appointment(a, m->id, ev.ev.date, &appointed, e))
    goto done;
  change ch = {.void_id = void_id,
               .reason = reason,
               .add = &ev,
               .what = what,
               .add_ctx = {.who = who,
                           .born = m->born,
                           .holds_post = (post && *post) || appointed,
                           .ceremony = ev.ceremony,
                           .cell_name = cell_name,
                           .cell_arg = &nm}};
  if (in->kind == CORE_EV_DISCIPLINED)
    ch.then = discipline_votes;
  char *ended = NULL;
  if (in->kind == CORE_EV_DISCIPLINED && ev.ev.form == CORE_DISMISSAL) {
    /* Dismissal ends the post; the event keeps what it was. */
    ended = post ? util_xstrdup(post) : NULL;
    free(m->position);
    m->position = NULL;
    ev.detail = ended;
  } else if (post && post != m->position && !m->position) {
    /* A corrected dismissal that is no longer one gives the post back. */
    m->position = util_xstrdup(post);
  }
  int64_t made = 0;
  rc = rewrite(a, m, &ch, &made, e);
  if (rc == 0 && void_id)
    rc = app_changes_voided(a, m, 0, void_id, reason, e);
  if (rc == 0 && ended)
    rc = app_post_ended(a, m, ended, ev.ev.date, made, e);
  if (rc == 0 && id)
    *id = made;
  free(ended);
  if (rc == 0 && !void_id)
    rc = app_audit(a, "member event", e, "member %lld %s on %s%s%s",
                   (long long)m->id, core_event_name(in->kind), in->date,
                   by ? " by " : "", by ? by : "");
done:
  free(notes[0]);
  free(notes[1]);
  free(by);
  return rc;
}

int app_member_event(app *a, const app_event_in *in, int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_member m = {0};
  int rc = app_member(a, "member", in->member, &m, e);
  if (rc == 0) {
    char what[96];
    snprintf(what, sizeof what,
             util_tr_err(e, "cannot enter the %s of member %lld on %s"),
             noun_for(e, in->kind), (long long)m.id, in->date ? in->date : "");
    rc = enter(a, &m, in, 0, NULL, what, NULL, id, e);
  }
  store_member_clear(&m);
  return app_end(a, rc, e);
}

/* ---- voids and corrections ----------------------------------------------- */

/* A recorded event as text, copied out of the store's row. */
typedef struct recorded {
  bool found;
  int64_t member;
  char *kind, *date, *to, *cell, *until, *form, *by, *decision, *reason;
  char *ceremony, *considered, *official, *detail, *voided_at, *votes;
  char *proposal;
  bool studies;
} recorded;

/* The start of a refusal to void or correct recorded event `id` of member
 * `member` ("cannot void event 57 (the transfer of member 12 on
 * 2025-06-10)"), from template `fmt`, in the language of e. */
static void recorded_what(const util_err *e, const char *fmt, int64_t id,
                          const recorded *x, int64_t member, char out[160]) {
  enum core_event_kind kind = CORE_EV__MAX;
  util_day day = 0;
  char d[UTIL_DATE_SAY];
  core_event_parse(x->kind, &kind);
  const char *date = util_date_parse(x->date, &day, NULL) == 0
                         ? util_date_say(e, day, d)
                         : x->date;
  snprintf(out, 160, util_tr_err(e, fmt), (long long)id, noun_for(e, kind),
           (long long)member, date);
}

static char *dup_or_null(const char *s) {
  return s ? util_xstrdup(s) : NULL;
}

static char *votes_text(const char *f, const char *t) {
  return f && t ? util_xasprintf("%s/%s", f, t) : NULL;
}

static int copy_row(void *ctx, const store_event_row *r) {
  recorded *x = ctx;
  x->found = true;
  x->member = r->member;
  x->kind = dup_or_null(r->kind);
  x->date = dup_or_null(r->date);
  x->to = dup_or_null(r->to_code);
  x->cell = dup_or_null(r->cell_code);
  x->until = dup_or_null(r->until);
  x->form = dup_or_null(r->form);
  x->by = dup_or_null(r->by_code);
  x->decision = dup_or_null(r->decision);
  x->reason = dup_or_null(r->reason);
  x->ceremony = dup_or_null(r->ceremony);
  x->considered = dup_or_null(r->considered);
  x->official = dup_or_null(r->official);
  x->detail = dup_or_null(r->detail);
  x->voided_at = dup_or_null(r->voided_at);
  x->votes = votes_text(r->votes_for, r->votes_total);
  x->proposal = votes_text(r->proposal_for, r->proposal_total);
  x->studies = r->studies;
  return 0;
}

static void recorded_free(recorded *x) {
  char **f[] = {&x->kind,   &x->date,      &x->to,         &x->cell,
                &x->until,  &x->form,      &x->by,         &x->decision,
                &x->reason, &x->ceremony,  &x->considered, &x->official,
                &x->detail, &x->voided_at, &x->votes,      &x->proposal};
  for (size_t i = 0; i < UTIL_COUNT(f); i++)
    free(*f[i]);
  memset(x, 0, sizeof *x);
}

/* Reads event `text` (an id) with its member, refusing an unknown one and
 * one already void. */
static int event_id(const char *text, int64_t *id, util_err *e) {
  char *end = NULL;
  *id = text && *text >= '0' && *text <= '9' ? strtoll(text, &end, 10) : 0;
  if (!end || *end || *id <= 0 || strlen(text) > 18)
    return util_invalid(e, "event", "event: %s: an event id is a number",
                        text ? text : "");
  return 0;
}

static int event_of(app *a, const char *text, int64_t *id, recorded *x,
                    store_member *m, util_err *e) {
  memset(x, 0, sizeof *x);
  if (event_id(text, id, e))
    return -1;
  if (store_event_row_by_id(a->st, *id, copy_row, x, e))
    return -1;
  bool in = false;
  int rc = x->found ? store_member_by_id(a->st, x->member, m, e) : 1;
  if (x->found && rc == 1)
    return util_fail(e, UTIL_INTERNAL, "no member %lld", (long long)x->member);
  if (rc == 0 && (rc = app_in_scope(a, m->cell, &in, e)) == 0 && !in)
    rc = 1;
  if (rc == 1)
    return util_not_found(e, "event: %s: no member event has this id", text);
  if (rc == 0 && !a->audit_org)
    a->audit_org = m->cell; /* as app_member notes it, for the audit */
  if (rc == 0 && x->voided_at)
    return util_invalid(e, "event",
                        "event: %s: the event was voided on %s, and a void "
                        "event stays as it is",
                        text, x->voided_at);
  return rc;
}

int app_void_reason(const char *text, char **out, util_err *e) {
  if (app_note("reason", text, out, e))
    return -1;
  if (!*out)
    return util_invalid(e, "reason",
                        "reason: a void or a correction says why, in a few "
                        "words");
  return 0;
}

int app_event_void(app *a, const char *event, const char *reason, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  int64_t id;
  recorded x;
  store_member m = {0};
  char *why = NULL;
  int rc = -1;
  bool profile = false;
  memset(&x, 0, sizeof x);
  if (app_void_reason(reason, &why, e) || event_id(event, &id, e) ||
      app_change_void(a, id, why, &profile, e))
    goto done;
  if (profile) {
    rc = 0;
    goto done;
  }
  bool org = false;
  if (app_org_event_void(a, id, why, &org, e))
    goto done;
  if (org) {
    rc = 0;
    goto done;
  }
  if (event_of(a, event, &id, &x, &m, e))
    goto done;
  char what[160];
  recorded_what(e, N_("cannot void event %lld (the %s of member %lld on %s)"),
                id, &x, m.id, what);
  change ch = {.void_id = id, .reason = why, .what = what};
  /* A dismissal voided gives the post back, unless another was taken. */
  if (x.detail && strcmp(x.kind, "disciplined") == 0 && !m.position)
    m.position = util_xstrdup(x.detail);
  if (rewrite(a, &m, &ch, NULL, e) || app_changes_voided(a, &m, 0, id, why, e))
    goto done;
  rc = app_audit(a, "event void", e, "event %lld: %s of member %lld on %s: %s",
                 (long long)id, x.kind, (long long)m.id, x.date, why);
done:
  free(why);
  recorded_free(&x);
  store_member_clear(&m);
  return app_end(a, rc, e);
}

/* A value of the correction, or the one recorded. */
static const char * or (const char *typed, const char *was) {
  return typed && *typed ? typed : was;
}

/* Corrects the event that entered a member in the register (a
 * registration or an admission): its date, cell, decision, ceremony, day
 * the cell considered the case, or (a registration) official date. */
static int correct_first(app *a, store_member *m, int64_t id,
                         enum core_event_kind kind, const recorded *x,
                         const app_event_in *in, const char *why,
                         const char *what, int64_t *new_id, util_err *e) {
  store_event ev = {.ev.kind = kind};
  store_org c = {0}, by = {0};
  char *decision = NULL, who[80];
  namer nm = {.a = a};
  const char *official = or (in->official, x->official);
  const char *considered = or (in->considered, x->considered);
  const char *ceremony = or (in->ceremony, x->ceremony);
  int rc = -1;
  app_who_member(e, m->id, who);
  if (app_date(a, "date", or (in->date, x->date), false, &ev.ev.date, e) ||
      (!in->cell && app_kept_seen(a, "cell", x->cell, e)) ||
      (x->by && app_kept_seen(a, "by", x->by, e)) ||
      app_cell(a, "cell", or (in->cell, x->cell), ev.ev.date, &c, e) ||
      app_note("decision", or (in->decision, x->decision), &decision, e) ||
      (kind == CORE_EV_REGISTERED && official &&
       app_date(a, "official", official, false, &ev.ev.official, e)) ||
      (kind == CORE_EV_ADMITTED && considered &&
       app_date(a, "considered", considered, false, &ev.considered, e)) ||
      (kind == CORE_EV_ADMITTED && ceremony &&
       app_date(a, "ceremony", ceremony, true, &ev.ceremony, e)) ||
      (x->by && app_org(a, "by", x->by, &by, e)))
    goto done;
  ev.ev.cell = c.id;
  ev.ev.has_official = kind == CORE_EV_REGISTERED && official;
  ev.decision = decision;
  ev.by_org = by.id;
  if (ev.considered > ev.ev.date) {
    rc = util_invalid(e, "considered",
                      "considered: %s: the cell considers the case before the "
                      "decision (%s)",
                      considered, or (in->date, x->date));
    goto done;
  }
  change ch = {.void_id = id,
               .reason = why,
               .add = &ev,
               .what = what,
               .add_ctx = {.who = who,
                           .born = m->born,
                           .considered = ev.considered,
                           .ceremony = ev.ceremony,
                           .over_60_approved = by.id != 0,
                           .cell_name = cell_name,
                           .cell_arg = &nm}};
  rc = rewrite(a, m, &ch, new_id, e);
done:
  free(decision);
  store_org_clear(&c);
  store_org_clear(&by);
  return rc;
}

int app_event_correct(app *a, const char *event, const app_event_in *in,
                      const char *reason, int64_t *new_id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  int64_t id;
  recorded x;
  store_member m = {0};
  char *why = NULL, mid[24];
  int rc = -1;
  bool org = false;
  memset(&x, 0, sizeof x);
  if (event_id(event, &id, e) || app_void_reason(reason, &why, e) ||
      app_org_event_correct(a, id, in, why, new_id, &org, e))
    goto done;
  if (org) {
    rc = 0;
    goto done;
  }
  if (event_of(a, event, &id, &x, &m, e))
    goto done;
  enum core_event_kind kind;
  core_event_parse(x.kind, &kind);
  char what[160];
  recorded_what(e,
                N_("cannot correct event %lld (the %s of member %lld on %s)"),
                id, &x, m.id, what);
  if (is_first(kind)) {
    if (correct_first(a, &m, id, kind, &x, in, why, what, new_id, e))
      goto done;
    goto audit;
  }
  snprintf(mid, sizeof mid, "%lld", (long long)m.id);
  bool moves = kind == CORE_EV_TRANSFERRED || kind == CORE_EV_TEMPORARY;
  app_event_in c = {
      .kind = kind,
      .member = mid,
      .date = or (in->date, x.date),
      .decision = or (in->decision, x.decision),
      .reason = x.reason,
      .cell = or (in->cell, moves ? x.to : x.cell),
      .until = or (in->until, x.until),
      .studies = x.studies || in->studies,
      .form = or (in->form, x.form),
      .by = or (in->by, x.by),
      .votes = or (in->votes, x.votes),
      .proposal = or (in->proposal, x.proposal),
      .ceremony = or (in->ceremony, x.ceremony),
  };
  /* The voided dismissal gives back its post, which the new one ends. */
  const char *post = kind == CORE_EV_DISCIPLINED && x.detail ? x.detail : NULL;
  if (enter(a, &m, &c, id, why, what, post, new_id, e))
    goto done;
audit:
  rc = app_audit(a, "event correct", e,
                 "event %lld: %s of member %lld on %s, entered again as "
                 "event %lld: %s",
                 (long long)id, x.kind, (long long)m.id, x.date,
                 (long long)(new_id ? *new_id : 0), why);
done:
  free(why);
  recorded_free(&x);
  store_member_clear(&m);
  return app_end(a, rc, e);
}

/* ---- listing ------------------------------------------------------------- */

/* Refuses the events of a member or an organisation outside the actor's
 * scope as unknown, and all events (no member, organisation or subtree)
 * to an actor of a branch. A subtree `prefix` is the caller's to take from
 * an organisation in scope. */
int app_events_seen(app *a, int64_t member, int64_t org, util_err *e) {
  bool in = true;
  int rc = 0;
  if (a->scope == 0)
    return 0;
  if (!member && !org)
    return util_fail(e, UTIL_INTERNAL,
                     "the events of the whole register "
                     "asked for by an actor of a branch");
  if (member) {
    store_member m = {0};
    rc = store_member_by_id(a->st, member, &m, e);
    org = m.cell;
    store_member_clear(&m);
  }
  if (rc == 0 && (rc = app_in_scope(a, org, &in, e)) == 0 && !in)
    rc = 1;
  if (rc == 1)
    return member ? util_not_found(e, "member: %lld: no member has this id",
                                   (long long)member)
                  : util_not_found(e, "org: %lld: no organisation has this id",
                                   (long long)org);
  return rc;
}

int app_member_events(app *a, int64_t member, bool voided,
                      int (*fn)(void *ctx, const store_event_row *row),
                      void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e) || app_events_seen(a, member, 0, e))
    return -1;
  return store_event_rows(a->st, member, NULL, voided, fn, ctx, e) < 0 ? -1 : 0;
}

int app_org_events(app *a, int64_t org, bool voided,
                   int (*fn)(void *ctx, const store_org_event_row *row),
                   void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e) || app_events_seen(a, 0, org, e))
    return -1;
  return store_org_events(a->st, org, NULL, voided, fn, ctx, e) < 0 ? -1 : 0;
}

int app_event_list(app *a, const char *member, const char *org,
                   int (*member_fn)(void *ctx, const store_event_row *row),
                   int (*org_fn)(void *ctx, const store_org_event_row *row),
                   void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  if ((member && *member) == (org && *org))
    return util_fail(e, UTIL_REFUSED,
                     "event list: name a member or an organisation");
  if (store_begin(a->st, false, e))
    return -1;
  int rc;
  if (member && *member) {
    store_member m = {0};
    rc = app_member(a, "member", member, &m, e);
    if (rc == 0)
      rc = app_member_events(a, m.id, true, member_fn, ctx, e);
    store_member_clear(&m);
  } else {
    store_org o = {0};
    rc = app_org(a, "org", org, &o, e);
    if (rc == 0)
      rc = app_org_events(a, o.id, true, org_fn, ctx, e);
    store_org_clear(&o);
  }
  store_rollback(a->st);
  return rc < 0 ? -1 : 0;
}

/* The text fields of an event by their names (app_event_in_fill). */
static const struct {
  const char *name;
  size_t at;
} event_fields[] = {
    {"date", offsetof(app_event_in, date)},
    {"decision", offsetof(app_event_in, decision)},
    {"reason", offsetof(app_event_in, reason)},
    {"until", offsetof(app_event_in, until)},
    {"form", offsetof(app_event_in, form)},
    {"by", offsetof(app_event_in, by)},
    {"votes", offsetof(app_event_in, votes)},
    {"proposal", offsetof(app_event_in, proposal)},
    {"ceremony", offsetof(app_event_in, ceremony)},
    {"official", offsetof(app_event_in, official)},
    {"considered", offsetof(app_event_in, considered)},
    {"name", offsetof(app_event_in, name)},
};

void app_event_in_fill(app_event_in *in,
                       const char *(*text)(const void *src, const char *name),
                       bool (*flag)(const void *src, const char *name),
                       const void *src) {
  for (size_t i = 0; i < UTIL_COUNT(event_fields); i++)
    *(const char **)((char *)in + event_fields[i].at) =
        text(src, event_fields[i].name);
  in->studies = flag(src, "studies");
}
