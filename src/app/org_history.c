/*
 * org_history.c — an organisation's moves and renamings as a history:
 * entered late (dated before later changes), voided (any of them, not only
 * the latest) and corrected (void and enter again, in one step).
 *
 * A change is judged on the whole history it leaves. Its superiors over
 * time are worked out in memory first; then every move in force must still
 * leave the superior it is recorded out of, every hand-over by the merger
 * of a superior must still find the organisation there, and every superior
 * must stand (not ended, not below the organisation) while it holds it.
 * Names: no renaming may give the name the organisation has already. A
 * refusal names the event that would no longer hold and the rule. Then the
 * paths of everything below are derived again, and everything below is
 * tallied again from the earliest day the change touches
 * (app_org_restructure), in the same transaction.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- naming ----------------------------------------------------------- */

/* The code of an organisation, or "(none)" (a root has no superior). */
static const char *code_of(app *a, int64_t id, char out[64]) {
  store_org o = {0};
  util_err ignored = {0};
  snprintf(out, 64, "(none)");
  if (id && store_org_by_id(a->st, id, &o, &ignored) == 0)
    snprintf(out, 64, "%s", o.code);
  store_org_clear(&o);
  return out;
}

/* The event in force of kind `kind` of organisation `org` on `day`, or 0. */
static int64_t event_on(app *a, int64_t org, const char *kind, util_day day,
                        util_err *e, int *rc) {
  store_org_event *h;
  size_t n;
  int64_t id = 0;
  if ((*rc = store_org_history(a->st, org, &h, &n, e)) != 0)
    return 0;
  for (size_t i = 0; i < n && !id; i++)
    if (h[i].date == day && strcmp(h[i].kind, kind) == 0)
      id = h[i].id;
  store_org_history_free(h, n);
  return id;
}

/* ---- superiors over time, in memory ----------------------------------- */

static app_span *span_at(app_span *sp, size_t n, util_day day) {
  for (size_t i = 0; i < n; i++)
    if (sp[i].from <= day && day < sp[i].to)
      return &sp[i];
  return NULL;
}

/* Joins spans next to each other under one superior. */
static void join(app_span *sp, size_t *n, bool only_at, util_day day) {
  size_t k = 0;
  for (size_t j = 0; j < *n; j++) {
    if (k && sp[k - 1].parent == sp[j].parent && sp[k - 1].to == sp[j].from &&
        (!only_at || sp[j].from == day)) {
      sp[k - 1].to = sp[j].to;
      continue;
    }
    sp[k++] = sp[j];
  }
  *n = k;
}

/* Puts the organisation under `parent` from `day` to its next change of
 * superior (or its end), splitting the span that holds `day`. False when
 * no span holds it. The other changes stay where they are, even where a
 * superior would follow itself: that is for the judgement to refuse. */
static bool assign(app_span **sp, size_t *n, util_day day, int64_t parent) {
  app_span *s = span_at(*sp, *n, day);
  if (!s)
    return false;
  size_t i = (size_t)(s - *sp);
  if (s->from < day) {
    *sp = util_xrealloc(*sp, (*n + 1) * sizeof **sp);
    memmove(&(*sp)[i + 2], &(*sp)[i + 1], (*n - i - 1) * sizeof **sp);
    (*sp)[i + 1] = (app_span){parent, day, (*sp)[i].to};
    (*sp)[i].to = day;
    (*n)++;
  } else {
    s->parent = parent;
  }
  /* A change back to the superior of the day before is no change. */
  join(*sp, n, true, day);
  return true;
}

/* ---- a change and its judgement --------------------------------------- */

typedef struct org_change {
  const store_org *org;
  const store_org_event *voided; /* the event voided, or NULL */
  store_org_event *add;  /* the event entered (a move's `from` is set here) */
  const store_org *dest; /* a move entered: its new superior */
  const char *reason;    /* why the voided one is voided */
  const char *what;      /* "cannot void event 57 (moved of G on ...)" */
  util_err *e;
  app_span *sp; /* the superiors the change leaves */
  size_t n;
  util_day day; /* the earliest day the change touches */
  int64_t made; /* the id of the event entered */
} org_change;

/* Marked for the catalogs, in the language of the change's error. */
static const char *verdict(const org_change *ch) {
  return util_tr_err(ch->e, ch->add ? N_("would no longer hold")
                                    : N_("could not stand without it"));
}

static bool is_voided(const org_change *ch, const store_org_event *ev) {
  return ch->voided && ch->voided->id == ev->id;
}

/* Refuses `into` as the new superior of `o` from `day` until `until` (its
 * next change of superior). */
static int can_receive(app *a, const store_org *o, const store_org *into,
                       util_day day, util_day until, util_err *e) {
  char d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  /* Ended before the day, or at all for a move that stays: a superior
   * that ended while it held the organisation is judged with the
   * history (it names the change that would end the stay). */
  if (into->ended && (into->ended <= day || until == UTIL_DAY_MAX))
    return util_fail(e, UTIL_REFUSED, "cannot move %s into %s: %s was %s on %s",
                     o->code, into->code, into->code,
                     app_org_ended_word(into, e),
                     util_date_say(e, into->ended, x));
  if (into->founded_known && into->founded > day)
    return util_fail(
        e, UTIL_REFUSED, "cannot move %s into %s on %s: %s was founded on %s",
        o->code, into->code, d, into->code, util_date_say(e, into->founded, x));
  if (!core_kind_can_hold(into->kind, o->kind))
    return util_fail(e, UTIL_REFUSED, "cannot move %s (%s) into %s (%s): %s",
                     o->code, core_kind_name(o->kind), into->code,
                     core_kind_name(into->kind),
                     util_tr_err(e, core_kind_rule(o->kind)));
  bool below;
  if (app_below(a, into->id, o->id, day, until, &below, e))
    return -1;
  if (below)
    return util_fail(e, UTIL_REFUSED,
                     "cannot move %s into %s: %s is %s itself, or below it",
                     o->code, into->code, into->code, o->code);
  return 0;
}

/* Every move in force must leave the superior it is recorded out of. */
static int moves_hold(app *a, org_change *ch, const store_org_event *h,
                      size_t nh) {
  char d[UTIL_DATE_SAY], f[64], x[64];
  for (size_t i = 0; i < nh; i++) {
    if (strcmp(h[i].kind, "moved") != 0 || is_voided(ch, &h[i]) ||
        h[i].date < ch->day)
      continue;
    app_span *s = span_at(ch->sp, ch->n, h[i].date - 1);
    if (!s || s->parent == h[i].from)
      continue;
    return util_fail(ch->e, UTIL_REFUSED,
                     "%s: the move of %s (event %lld) %s: it is recorded out "
                     "of %s, but %s would be under %s on that day",
                     ch->what, util_date_say(ch->e, h[i].date, d),
                     (long long)h[i].id, verdict(ch), code_of(a, h[i].from, f),
                     ch->org->code, code_of(a, s->parent, x));
  }
  return 0;
}

/* Every hand-over by the merger of a superior (a change of superior on a
 * day the organisation has no move of its own) must still find the
 * organisation under the superior merged. */
static int handovers_hold(app *a, org_change *ch, const app_span *was,
                          size_t nwas, const store_org_event *h, size_t nh) {
  char d[UTIL_DATE_SAY], p[64], q[64], x[64];
  for (size_t k = 0; k + 1 < nwas; k++) {
    util_day b = was[k].to;
    if (b != was[k + 1].from || b < ch->day)
      continue;
    bool moved = false;
    for (size_t i = 0; i < nh && !moved; i++)
      moved = h[i].date == b && strcmp(h[i].kind, "moved") == 0;
    if (moved)
      continue;
    app_span *s = span_at(ch->sp, ch->n, b - 1);
    int64_t now = s ? s->parent : 0;
    if (now == was[k].parent)
      continue;
    int rc = 0;
    int64_t merger = event_on(a, was[k].parent, "merged", b, ch->e, &rc);
    if (rc)
      return -1;
    return util_fail(ch->e, UTIL_REFUSED,
                     "%s: the merger of %s into %s on %s (event %lld) %s: it "
                     "handed %s over from %s, but %s would be under %s on "
                     "that day",
                     ch->what, code_of(a, was[k].parent, p),
                     code_of(a, was[k + 1].parent, q),
                     util_date_say(ch->e, b, d), (long long)merger, verdict(ch),
                     ch->org->code, p, ch->org->code, code_of(a, now, x));
  }
  return 0;
}

/* Every superior must stand, and not be below the organisation, while it
 * holds it. */
static int superiors_stand(app *a, org_change *ch) {
  char d[UTIL_DATE_SAY], t[UTIL_DATE_SAY];
  int rc = 0;
  for (size_t i = 0; i < ch->n && rc == 0; i++) {
    app_span *s = &ch->sp[i];
    if (!s->parent || s->to <= ch->day)
      continue;
    store_org x = {0};
    if (store_org_by_id(a->st, s->parent, &x, ch->e))
      return -1;
    bool below = false;
    util_day from = s->from > ch->day ? s->from : ch->day;
    if (x.ended && s->to > x.ended) {
      int64_t end = event_on(
          a, x.id, x.ended_how == CORE_F_ORGS_MERGED ? "merged" : "dissolved",
          x.ended, ch->e, &rc);
      util_date_say(ch->e, x.ended, d);
      if (rc == 0 && !ch->add)
        rc = util_fail(ch->e, UTIL_REFUSED,
                       "%s: its former superior %s was %s on %s, and %s "
                       "would be under it again (event %lld)",
                       ch->what, x.code, app_org_ended_word(&x, ch->e), d,
                       ch->org->code, (long long)end);
      else if (rc == 0)
        rc = util_fail(ch->e, UTIL_REFUSED,
                       "%s: %s was %s on %s (event %lld), and %s would be "
                       "under it until %s: an organisation's superior stands "
                       "while it holds it",
                       ch->what, x.code, app_org_ended_word(&x, ch->e), d,
                       (long long)end, ch->org->code,
                       util_date_say(ch->e, s->to, t));
    } else if ((rc = app_below(a, x.id, ch->org->id, from, s->to, &below,
                               ch->e)) == 0 &&
               below) {
      rc = util_fail(ch->e, UTIL_REFUSED,
                     "%s: %s would be under %s from %s while %s is below "
                     "it, and an organisation cannot be below itself",
                     ch->what, ch->org->code, x.code,
                     util_date_say(ch->e, from, d), x.code);
    }
    store_org_clear(&x);
  }
  return rc;
}

/* Works out the superiors a change of moves leaves and judges them. */
static int judge_moves(app *a, org_change *ch) {
  app_span *was = NULL;
  size_t nwas = 0;
  store_org_event *h = NULL;
  size_t nh = 0;
  char d[UTIL_DATE_SAY];
  int rc = -1;
  ch->day = UTIL_DAY_MAX;
  if (app_org_spans(a, ch->org->id, &was, &nwas, ch->e) ||
      app_org_spans(a, ch->org->id, &ch->sp, &ch->n, ch->e) ||
      store_org_history(a->st, ch->org->id, &h, &nh, ch->e))
    goto done;
  if (ch->voided) {
    /* Under the superior the move left, until the next change. */
    ch->day = ch->voided->date;
    if (!assign(&ch->sp, &ch->n, ch->day, ch->voided->from)) {
      util_fail(ch->e, UTIL_INTERNAL, "%s: %s has no superior on %s", ch->what,
                ch->org->code, util_date_say(ch->e, ch->day, d));
      goto done;
    }
  }
  if (ch->add) {
    util_day day = ch->add->date;
    app_span *s = span_at(ch->sp, ch->n, day);
    if (!s) {
      util_fail(ch->e, UTIL_REFUSED, "%s: %s has no superior on that day",
                ch->what, ch->org->code);
      goto done;
    }
    if (can_receive(a, ch->org, ch->dest, day, s->to, ch->e))
      goto done;
    if (s->parent == ch->dest->id) {
      util_fail(ch->e, UTIL_REFUSED,
                "cannot move %s into %s: it is there "
                "already",
                ch->org->code, ch->dest->code);
      goto done;
    }
    ch->add->from = s->parent;
    assign(&ch->sp, &ch->n, day, ch->dest->id);
    if (day < ch->day)
      ch->day = day;
  }
  rc = moves_hold(a, ch, h, nh);
  if (rc == 0)
    rc = handovers_hold(a, ch, was, nwas, h, nh);
  if (rc == 0)
    rc = superiors_stand(a, ch);
done:
  free(was);
  store_org_history_free(h, nh);
  return rc;
}

/* Enters the new event, then voids the old one (which names the new one
 * in a correction). */
static int record(app *a, org_change *ch, util_err *e) {
  if (ch->add && store_org_event_add(a->st, ch->add, a->user, &ch->made, e))
    return -1;
  if (ch->voided && ch->voided->id &&
      store_org_event_void(a->st, ch->voided->id, a->user, ch->reason, ch->made,
                           e))
    return -1;
  return 0;
}

static int apply_moves(app *a, void *ctx, util_err *e) {
  org_change *ch = ctx;
  join(ch->sp, &ch->n, false, 0);
  if (app_org_set_spans(a, ch->org->id, ch->sp, ch->n, e) || record(a, ch, e))
    return -1;
  /* A move dated earlier shows that an organisation recorded without a
   * founding date existed then: it counts from that day. */
  return ch->add ? store_org_count_from(a->st, ch->org->id, ch->add->date, e)
                 : 0;
}

/* ---- the end of an organisation voided ---------------------------------- */

/* The superiors of an organisation whose dissolution is voided: from the
 * day of its end on, under the superior it had the day before. */
static int judge_revival(app *a, org_change *ch) {
  ch->day = ch->voided->date;
  if (app_org_spans(a, ch->org->id, &ch->sp, &ch->n, ch->e))
    return -1;
  app_span *last = ch->n ? &ch->sp[ch->n - 1] : NULL;
  if (!last || last->to != ch->day)
    return util_fail(ch->e, UTIL_REFUSED,
                     "%s: %s had no superior the day before, and an "
                     "organisation ended on the day it was founded has no "
                     "place in the tree to go back to",
                     ch->what, ch->org->code);
  last->to = UTIL_DAY_MAX;
  return superiors_stand(a, ch);
}

static int apply_revival(app *a, void *ctx, util_err *e) {
  org_change *ch = ctx;
  return app_org_set_spans(a, ch->org->id, ch->sp, ch->n, e) ||
                 store_org_set_alive(a->st, ch->org->id, e) ||
                 store_org_stays_reopen(a->st, ch->org->id, ch->day, e) ||
                 record(a, ch, e)
             ? -1
             : 0;
}

/* Voids a dissolution: the organisation stands again from that day, under
 * the superior it had, in the groupings it left on that day. */
static int revive(app *a, org_change *ch) {
  int rc = judge_revival(a, ch);
  if (rc == 0)
    rc = app_org_restructure(a, &ch->org->id, 1, ch->day, apply_revival, ch,
                             ch->e);
  free(ch->sp);
  ch->sp = NULL;
  return rc;
}

/* ---- a merger voided ----------------------------------------------------- */

/* The organisations the merger of ch->org handed over to `into` go back
 * under it from the day of the merger to their next change, judged as a
 * voided move would be. */
static int unhand_orgs(app *a, org_change *ch, int64_t into) {
  int64_t *kids;
  size_t nk;
  util_day day = ch->voided->date;
  if (store_children_ever(a->st, ch->org->id, &kids, &nk, ch->e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < nk && rc == 0; i++) {
    app_span *sp;
    size_t n;
    bool handed = false;
    if ((rc = app_org_spans(a, kids[i], &sp, &n, ch->e)) != 0)
      break;
    for (size_t j = 1; j < n; j++)
      handed |= sp[j].from == day && sp[j - 1].to == day &&
                sp[j - 1].parent == ch->org->id && sp[j].parent == into;
    free(sp);
    /* A move of its own that day is not the merger's. */
    if (!handed || event_on(a, kids[i], "moved", day, ch->e, &rc) || rc)
      continue;
    store_org kid = {0};
    store_org_event back = {.kind = "moved", .date = day, .from = ch->org->id};
    org_change kc = {
        .org = &kid, .voided = &back, .what = ch->what, .e = ch->e};
    rc = store_org_by_id(a->st, kids[i], &kid, ch->e);
    if (rc == 0)
      rc = judge_moves(a, &kc);
    if (rc == 0) {
      join(kc.sp, &kc.n, false, 0);
      rc = app_org_set_spans(a, kid.id, kc.sp, kc.n, ch->e);
    }
    free(kc.sp);
    store_org_clear(&kid);
  }
  free(kids);
  return rc;
}

/* The transfers the merger of a cell recorded for its members are voided
 * with it, each judged on the member's history. */
static int unhand_members(app *a, org_change *ch, const store_org *into) {
  int64_t *ids;
  size_t n;
  char *reason = util_xasprintf("%s merged into %s", ch->org->code, into->code);
  int rc = store_org_handed_members(a->st, ch->org->id, into->id,
                                    ch->voided->date, reason, &ids, &n, ch->e);
  for (size_t i = 0; i < n && rc == 0; i++) {
    char id[24];
    snprintf(id, sizeof id, "%lld", (long long)ids[i]);
    /* The members' tallies are redone by the change as a whole (as the
     * merger did): what the void adds is thrown away with this batch. */
    app_batch *keep = a->batch;
    a->batch = app_batch_new(a);
    rc = app_event_void(a, id, ch->reason, ch->e);
    app_batch_free(a->batch);
    a->batch = keep;
    if (rc)
      util_err_prefix(ch->e, "%s: ", ch->what);
  }
  free(reason);
  free(ids);
  return rc;
}

typedef struct unmerger {
  org_change *ch;
  const store_org *into;
} unmerger;

static int apply_unmerge(app *a, void *ctx, util_err *e) {
  unmerger *u = ctx;
  org_change *ch = u->ch;
  store_org_event *h;
  size_t nh;
  if (apply_revival(a, ch, e) || unhand_orgs(a, ch, u->into->id) ||
      (core_kind_is_cell(ch->org->kind) && unhand_members(a, ch, u->into)) ||
      store_org_history(a->st, u->into->id, &h, &nh, e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < nh && rc == 0; i++)
    if (strcmp(h[i].kind, "received") == 0 && h[i].other == ch->org->id &&
        h[i].date == ch->voided->date)
      rc = store_org_event_void(a->st, h[i].id, a->user, ch->reason, 0, e);
  store_org_history_free(h, nh);
  return rc;
}

/* Voids a merger: the organisation stands again from that day, and what
 * it handed over (its organisations, its members' transfers) comes back. */
static int unmerge(app *a, org_change *ch) {
  store_org into = {0};
  int rc = store_org_by_id(a->st, ch->voided->other, &into, ch->e);
  if (rc == 0)
    rc = judge_revival(a, ch);
  if (rc == 0) {
    int64_t roots[] = {ch->org->id, into.id};
    unmerger u = {ch, &into};
    rc = app_org_restructure(a, roots, 2, ch->day, apply_unmerge, &u, ch->e);
  }
  free(ch->sp);
  ch->sp = NULL;
  store_org_clear(&into);
  return rc;
}

static int change_moves(app *a, org_change *ch) {
  int rc = judge_moves(a, ch);
  if (rc == 0)
    rc = app_org_restructure(a, &ch->org->id, 1, ch->day, apply_moves, ch,
                             ch->e);
  free(ch->sp);
  ch->sp = NULL;
  return rc;
}

/* Names over time: the change is made in the transaction, then judged;
 * a refusal rolls it back. */
static int change_names(app *a, org_change *ch) {
  util_err *e = ch->e;
  store_org_event *h = NULL;
  size_t nh = 0;
  char d[UTIL_DATE_SAY], *name = NULL;
  int rc = -1;
  ch->day = UTIL_DAY_MAX;
  if (store_org_history(a->st, ch->org->id, &h, &nh, e))
    goto done;
  if (ch->voided) {
    ch->day = ch->voided->date;
    if (store_org_name_delete(a->st, ch->org->id, ch->day, e))
      goto done;
  }
  if (ch->add) {
    util_day day = ch->add->date;
    util_date_say(e, day, d);
    for (size_t i = 0; i < nh; i++)
      if (h[i].date == day && strcmp(h[i].kind, "renamed") == 0 &&
          !is_voided(ch, &h[i])) {
        util_fail(e, UTIL_REFUSED,
                  "cannot rename %s on %s: it was renamed on that day by "
                  "event %lld, and an organisation takes one name a day",
                  ch->org->code, d, (long long)h[i].id);
        goto done;
      }
    if (ch->org->founded_known && day == ch->org->founded) {
      util_fail(e, UTIL_REFUSED,
                "cannot rename %s on %s: it was founded on that day with its "
                "name",
                ch->org->code, d);
      goto done;
    }
    if (store_org_name_at(a->st, ch->org->id, day - 1, &name, e))
      goto done;
    if (name && strcmp(name, ch->add->name) == 0) {
      util_fail(e, UTIL_REFUSED, "cannot rename %s: it is already named %s",
                ch->org->code, name);
      goto done;
    }
    if (store_org_name_add(a->st, ch->org->id, day, ch->add->name, e))
      goto done;
    if (day < ch->day)
      ch->day = day;
  }
  /* No renaming after the change may give the name it has already. */
  for (size_t i = 0; i < nh; i++) {
    if (strcmp(h[i].kind, "renamed") != 0 || is_voided(ch, &h[i]) ||
        h[i].date < ch->day)
      continue;
    free(name);
    if (store_org_name_at(a->st, ch->org->id, h[i].date - 1, &name, e))
      goto done;
    if (name && strcmp(name, h[i].name) == 0) {
      util_fail(e, UTIL_REFUSED,
                "%s: the renaming of %s (event %lld) %s: %s would already be "
                "named %s then",
                ch->what, util_date_say(e, h[i].date, d), (long long)h[i].id,
                verdict(ch), ch->org->code, name);
      goto done;
    }
  }
  free(name);
  name = NULL;
  rc = store_org_name_at(a->st, ch->org->id, UTIL_DAY_MAX - 1, &name, e) ||
               store_org_set_name(a->st, ch->org->id, name, e) ||
               record(a, ch, e)
           ? -1
           : 0;
done:
  free(name);
  store_org_history_free(h, nh);
  return rc;
}

/* ---- entering moves and renamings -------------------------------------- */

/* Refuses a change dated before the organisation's founding. */
static int after_founding(const store_org *o, util_day day, const char *verb,
                          util_err *e) {
  char d[UTIL_DATE_SAY], f[UTIL_DATE_SAY];
  if (o->founded_known && day < o->founded)
    return util_fail(e, UTIL_REFUSED,
                     "cannot %s %s on %s: it was founded on %s",
                     util_trc(e->lang, "refused action", verb), o->code,
                     util_date_say(e, day, d), util_date_say(e, o->founded, f));
  return 0;
}

/* A move of `o` into `dest` on the day typed (date and decision checked
 * here), judged as `ch` says; ev is filled for the change. */
static int move_in(app *a, org_change *ch, const store_org *dest,
                   const char *date, const char *decision,
                   store_org_event *ev) {
  util_day day;
  if (app_date(a, "date", date, false, &day, ch->e) ||
      after_founding(ch->org, day, NC_("refused action", "move"), ch->e))
    return -1;
  *ev = (store_org_event){.org = ch->org->id,
                          .kind = "moved",
                          .date = day,
                          .other = dest->id,
                          .decision = decision};
  ch->add = ev;
  ch->dest = dest;
  return 0;
}

int app_org_move(app *a, const char *code, const char *to, const char *date,
                 const char *typed, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_org o = {0}, dest = {0};
  store_org_event ev;
  int rc = -1;
  char *decision = NULL, what[160], f[64];
  if (app_note("decision", typed, &decision, e) ||
      app_org(a, "org", code, &o, e) || app_org(a, "to", to, &dest, e))
    goto done;
  snprintf(what, sizeof what, util_tr_err(e, "cannot move %s into %s on %s"),
           o.code, dest.code, date ? date : "");
  org_change ch = {.org = &o, .what = what, .e = e};
  if (app_org_alive(&o, NC_("refused action", "move it"), e) ||
      move_in(a, &ch, &dest, date, decision, &ev) || change_moves(a, &ch))
    goto done;
  rc = app_audit(a, "org move", e, "%s from %s to %s on %s", o.code,
                 code_of(a, ev.from, f), dest.code, date);
done:
  store_org_clear(&o);
  store_org_clear(&dest);
  free(decision);
  return app_end(a, rc, e);
}

/* A renaming of `o` on the day typed, judged as `ch` says. `name` is the
 * caller's. */
static int rename_in(app *a, org_change *ch, const char *typed,
                     const char *date, const char *decision, char **name,
                     store_org_event *ev) {
  util_day day;
  if (app_text("name", typed, true, 300, name, ch->e) ||
      app_date(a, "date", date, false, &day, ch->e) ||
      after_founding(ch->org, day, NC_("refused action", "rename"), ch->e))
    return -1;
  *ev = (store_org_event){.org = ch->org->id,
                          .kind = "renamed",
                          .date = day,
                          .name = *name,
                          .decision = decision};
  ch->add = ev;
  return 0;
}

int app_org_rename(app *a, const char *code, const char *name, const char *date,
                   const char *typed, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_org o = {0};
  store_org_event ev;
  char *clean = NULL, *decision = NULL, what[160];
  int rc = -1;
  if (app_note("decision", typed, &decision, e) ||
      app_org(a, "org", code, &o, e))
    goto done;
  snprintf(what, sizeof what, util_tr_err(e, "cannot rename %s on %s"), o.code,
           date ? date : "");
  org_change ch = {.org = &o, .what = what, .e = e};
  if (app_org_alive(&o, NC_("refused action", "rename it"), e) ||
      rename_in(a, &ch, name, date, decision, &clean, &ev) ||
      change_names(a, &ch))
    goto done;
  rc = app_audit(a, "org rename", e, "%s to %s on %s", o.code, clean, date);
done:
  free(clean);
  store_org_clear(&o);
  free(decision);
  return app_end(a, rc, e);
}

/* ---- voids and corrections --------------------------------------------- */

/* Whether every organisation an event touches lies in the actor's scope:
 * the organisation, the other end (where it moved or merged to), and for a
 * founding, a move or a merger its superiors the day before and on the
 * day, since voiding or correcting it places the organisation under one of
 * them. So a branch cannot undo how it was itself placed, nor send an
 * organisation moved into it back out. */
static int event_in_scope(app *a, const store_org_event *ev, bool *in,
                          util_err *e) {
  *in = true;
  if (a->scope == 0)
    return 0;
  int64_t ids[5] = {ev->org, ev->other, ev->from, 0, 0};
  bool placing =
      strcmp(ev->kind, "renamed") != 0 && strcmp(ev->kind, "dissolved") != 0;
  if (placing && (app_org_parent_at(a, ev->org, ev->date - 1, &ids[3], e) ||
                  app_org_parent_at(a, ev->org, ev->date, &ids[4], e)))
    return -1;
  for (size_t i = 0; i < UTIL_COUNT(ids) && *in; i++)
    if (ids[i] && app_in_scope(a, ids[i], in, e))
      return -1;
  return 0;
}

/* The organisation event `id` in force, with its organisation; *found
 * false when no organisation event has this id. */
static int org_event_of(app *a, int64_t id, store_org_event *ev, store_org *o,
                        bool *found, util_err *e) {
  bool voided, in = false;
  int rc = store_org_event_get(a->st, id, ev, &voided, e);
  /* An event outside the actor's scope is not found, as an unknown one. */
  if (rc == 0 && (rc = event_in_scope(a, ev, &in, e)) == 0 && !in)
    rc = 1;
  *found = rc == 0;
  if (rc)
    return rc == 1 ? 0 : -1;
  if (voided)
    return util_invalid(e, "event",
                        "event: %lld: the event was voided before, and a void "
                        "event stays as it is",
                        (long long)id);
  return store_org_by_id(a->st, ev->org, o, e) ? -1 : 0;
}

/* What a correction keeps of the event: its name and decision. */
static int kept(app *a, const store_org_event *ev, char **name, char **decision,
                util_err *e) {
  store_org_event *h;
  size_t n;
  if (store_org_history(a->st, ev->org, &h, &n, e))
    return -1;
  for (size_t i = 0; i < n; i++)
    if (h[i].id == ev->id) {
      *name = h[i].name ? util_xstrdup(h[i].name) : NULL;
      *decision = h[i].decision ? util_xstrdup(h[i].decision) : NULL;
    }
  store_org_history_free(h, n);
  return 0;
}

/* ---- a founding voided ----------------------------------------------------
 */

/* What a table's records are, in a refusal. */
static const char *records_of(const char *table) {
  static const char *const words[][2] = {
      {"member", "members registered in it"},
      {"member_event", "events of members"},
      {"org_path", "organisations placed under it"},
      {"org_event", "events of other organisations"},
      {"user", "accounts of the web application"}};
  for (size_t i = 0; i < UTIL_COUNT(words); i++)
    if (strcmp(words[i][0], table) == 0)
      return words[i][1];
  return "records of party work";
}

/* Voids a founding entered by mistake: while nothing rests on the
 * organisation (no event of its own left, nothing that names it), it goes
 * from the register whole into the voided records, and every report reads
 * as if it had never been entered. */
static int unfound(app *a, org_change *ch) {
  store_org_event *h = NULL;
  size_t n = 0;
  if (store_org_history(a->st, ch->org->id, &h, &n, ch->e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++)
    if (h[i].id != ch->voided->id)
      rc = util_fail(ch->e, UTIL_REFUSED,
                     "%s: event %lld (%s) of %s %s; void it first", ch->what,
                     (long long)h[i].id, h[i].kind, ch->org->code, verdict(ch));
  store_org_history_free(h, n);
  if (rc)
    return -1;
  report_ledger *l = app_ledger(a);
  char *where = NULL;
  rc = report_ledger_org(l, ch->org->id, -1, ch->e);
  if (rc == 0)
    rc = report_ledger_flush(l, ch->e);
  if (rc == 0 && (rc = store_org_unfound(a->st, ch->org->id, a->user,
                                         ch->reason, &where, ch->e)) == 1)
    rc = util_fail(ch->e, UTIL_REFUSED,
                   "%s: %s (%s) name %s; a founding is voided only while "
                   "nothing rests on the organisation",
                   ch->what, records_of(where), where, ch->org->code);
  free(where);
  return app_ledger_done(a, l, rc ? -1 : 0, ch->e);
}

int app_org_event_void(app *a, int64_t id, const char *reason, bool *found,
                       util_err *e) {
  store_org_event ev;
  store_org o = {0};
  char d[UTIL_DATE_SAY], what[160];
  int rc = org_event_of(a, id, &ev, &o, found, e);
  if (rc || !*found)
    return rc;
  util_date_format(ev.date, d);
  char ds[UTIL_DATE_SAY];
  snprintf(what, sizeof what,
           util_tr_err(e, "cannot void event %lld (%s of %s on %s)"),
           (long long)id, ev.kind, o.code, util_date_say(e, ev.date, ds));
  org_change ch = {
      .org = &o, .voided = &ev, .reason = reason, .what = what, .e = e};
  if (strcmp(ev.kind, "moved") == 0)
    rc = change_moves(a, &ch);
  else if (strcmp(ev.kind, "renamed") == 0)
    rc = change_names(a, &ch);
  else if (strcmp(ev.kind, "dissolved") == 0)
    rc = revive(a, &ch);
  else if (strcmp(ev.kind, "founded") == 0)
    rc = unfound(a, &ch);
  else if (strcmp(ev.kind, "merged") == 0)
    rc = unmerge(a, &ch);
  else
    rc = util_invalid(e, what,
                      "%s: a receipt is voided with the merger of the "
                      "organisation received",
                      what);
  if (rc == 0)
    rc = app_audit(a, "event void", e, "event %lld: %s of %s on %s: %s",
                   (long long)id, ev.kind, o.code, d, reason);
  store_org_clear(&o);
  return rc;
}

/* Refuses the fields of a member's event in a correction of an
 * organisation's. */
static int only_org_fields(const app_event_in *in, bool move, const char *what,
                           util_err *e) {
  const struct {
    const char *opt, *value;
  } member[] = {{"until", in->until},
                {"form", in->form},
                {"by", in->by},
                {"votes", in->votes},
                {"proposal", in->proposal},
                {"ceremony", in->ceremony},
                {"official", in->official},
                {"considered", in->considered},
                {move ? "name" : "to", move ? in->name : in->cell},
                {"studies", in->studies ? "yes" : NULL}};
  for (size_t i = 0; i < UTIL_COUNT(member); i++)
    if (member[i].value)
      return util_invalid(e, member[i].opt,
                          "%s: %s: not a field of this event (a move has "
                          "date, to, decision; a renaming date, name, "
                          "decision)",
                          what, member[i].opt);
  return 0;
}

int app_org_event_correct(app *a, int64_t id, const app_event_in *in,
                          const char *reason, int64_t *new_id, bool *found,
                          util_err *e) {
  store_org_event ev, add;
  store_org o = {0}, dest = {0};
  char d[UTIL_DATE_SAY], what[160], code[64], *name = NULL, *decision = NULL;
  char *typed = NULL, *clean = NULL;
  int rc = org_event_of(a, id, &ev, &o, found, e);
  if (rc || !*found)
    return rc;
  rc = -1;
  util_date_format(ev.date, d);
  char ds[UTIL_DATE_SAY];
  snprintf(what, sizeof what,
           util_tr_err(e, "cannot correct event %lld (%s of %s on %s)"),
           (long long)id, ev.kind, o.code, util_date_say(e, ev.date, ds));
  bool move = strcmp(ev.kind, "moved") == 0;
  if (!move && strcmp(ev.kind, "renamed") != 0) {
    util_invalid(
        e, what,
        "%s: only a move or a renaming of an organisation is corrected", what);
    goto done;
  }
  if (only_org_fields(in, move, what, e) || kept(a, &ev, &name, &decision, e) ||
      app_note("decision", in->decision, &typed, e))
    goto done;
  const char *date = in->date && *in->date ? in->date : d;
  const char *dec = typed ? typed : decision;
  org_change ch = {
      .org = &o, .voided = &ev, .reason = reason, .what = what, .e = e};
  if (move)
    rc = app_org(a, "to", in->cell ? in->cell : code_of(a, ev.other, code),
                 &dest, e) ||
                 move_in(a, &ch, &dest, date, dec, &add) || change_moves(a, &ch)
             ? -1
             : 0;
  else
    rc = rename_in(a, &ch, in->name ? in->name : name, date, dec, &clean,
                   &add) ||
                 change_names(a, &ch)
             ? -1
             : 0;
  if (rc == 0 && new_id)
    *new_id = ch.made;
  if (rc == 0)
    rc = app_audit(a, "event correct", e,
                   "event %lld: %s of %s on %s, entered again as event "
                   "%lld: %s",
                   (long long)id, ev.kind, o.code, d, (long long)ch.made,
                   reason);
done:
  free(name);
  free(decision);
  free(typed);
  free(clean);
  store_org_clear(&o);
  store_org_clear(&dest);
  return rc;
}
