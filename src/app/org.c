/*
 * org.c — organisations: founding, moves, renames, mergers, dissolution.
 *
 * Where an organisation sits over time is kept as its superiors over date
 * ranges; its paths (the chain up to the root over date ranges) follow from
 * those of its superiors. A change of superior therefore re-derives the
 * paths of everything below, and re-tallies what they contribute from the
 * date of the change on.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static bool valid_code(const char *s) {
  size_t n = strlen(s);
  if (n == 0 || n > 32 || !isalnum((unsigned char)s[0]))
    return false;
  for (; *s; s++)
    if (!isalnum((unsigned char)*s) && !strchr("._-", *s))
      return false;
  return true;
}

const char *app_org_ended_word(const store_org *o, const util_err *e) {
  return util_tr_err(e, o->ended_how == CORE_F_ORGS_MERGED ? N_("merged")
                                                           : N_("dissolved"));
}

/* Refuses an organisation that has ended. */
int app_org_alive(const store_org *o, const char *what, util_err *e) {
  char d[UTIL_DATE_SAY];
  if (!o->ended)
    return 0;
  return util_fail(e, UTIL_REFUSED, "cannot %s: %s was %s on %s",
                   util_trc(e->lang, "refused action", what), o->code,
                   app_org_ended_word(o, e), util_date_say(e, o->ended, d));
}

static void add_path(store_path **p, size_t *n, util_day from, util_day to,
                     int64_t parent, char *path) {
  *p = util_xrealloc(*p, (*n + 1) * sizeof **p);
  (*p)[(*n)++] =
      (store_path){.from = from, .to = to, .parent = parent, .path = path};
}

/* The paths of `org` for its superiors over time. */
static int derive(app *a, int64_t org, const app_span *sp, size_t nsp,
                  store_path **out, size_t *n, util_err *e) {
  *out = NULL;
  *n = 0;
  for (size_t i = 0; i < nsp; i++) {
    if (!sp[i].parent) {
      add_path(out, n, sp[i].from, sp[i].to, 0,
               util_xasprintf("%lld/", (long long)org));
      continue;
    }
    store_path *pp;
    size_t np;
    if (store_paths_of(a->st, sp[i].parent, &pp, &np, e)) {
      store_paths_free(*out, *n);
      return -1;
    }
    for (size_t j = 0; j < np; j++) {
      util_day from = sp[i].from > pp[j].from ? sp[i].from : pp[j].from;
      util_day to = sp[i].to < pp[j].to ? sp[i].to : pp[j].to;
      if (from < to)
        add_path(out, n, from, to, sp[i].parent,
                 util_xasprintf("%s%lld/", pp[j].path, (long long)org));
    }
    store_paths_free(pp, np);
  }
  return 0;
}

/* The superiors over time of an organisation, from its paths. */
int app_org_spans(app *a, int64_t org, app_span **sp, size_t *n, util_err *e) {
  store_path *p;
  size_t np;
  if (store_paths_of(a->st, org, &p, &np, e))
    return -1;
  *sp = NULL;
  *n = 0;
  for (size_t i = 0; i < np; i++) {
    if (*n && (*sp)[*n - 1].parent == p[i].parent &&
        (*sp)[*n - 1].to == p[i].from) {
      (*sp)[*n - 1].to = p[i].to;
      continue;
    }
    *sp = util_xrealloc(*sp, (*n + 1) * sizeof **sp);
    (*sp)[(*n)++] = (app_span){p[i].parent, p[i].from, p[i].to};
  }
  store_paths_free(p, np);
  return 0;
}

static bool same_paths(const store_path *p, size_t np, const store_path *q,
                       size_t nq) {
  if (np != nq)
    return false;
  for (size_t i = 0; i < np; i++)
    if (p[i].from != q[i].from || p[i].to != q[i].to ||
        p[i].parent != q[i].parent || strcmp(p[i].path, q[i].path) != 0)
      return false;
  return true;
}

/* Gives `org` these superiors and re-derives the paths of everything that
 * was ever below it. Where the paths of an organisation come out as they
 * were, those below it stay as they are: this also ends the walk where an
 * organisation was below another at one time and above it at another. */
int app_org_set_spans(app *a, int64_t org, const app_span *sp, size_t n,
                      util_err *e) {
  store_path *p, *was;
  size_t np, nwas;
  if (derive(a, org, sp, n, &p, &np, e))
    return -1;
  if (store_paths_of(a->st, org, &was, &nwas, e)) {
    store_paths_free(p, np);
    return -1;
  }
  bool same = same_paths(p, np, was, nwas);
  store_paths_free(was, nwas);
  int rc = same ? 0 : store_paths_set(a->st, org, p, np, e);
  store_paths_free(p, np);
  int64_t *kids = NULL;
  size_t nk = 0;
  if (rc == 0 && !same)
    rc = store_children_ever(a->st, org, &kids, &nk, e);
  for (size_t i = 0; i < nk && rc == 0; i++) {
    app_span *ks;
    size_t nks;
    rc = app_org_spans(a, kids[i], &ks, &nks, e);
    if (rc == 0)
      rc = app_org_set_spans(a, kids[i], ks, nks, e);
    free(ks);
  }
  free(kids);
  return rc;
}

/* Ends the superiors of an organisation at `day`, and from then on puts
 * it under `parent` (unless 0). */
static int change_parent(app *a, int64_t org, util_day day, int64_t parent,
                         util_err *e) {
  app_span *sp;
  size_t n;
  if (app_org_spans(a, org, &sp, &n, e))
    return -1;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (sp[i].from >= day)
      continue;
    sp[k] = sp[i];
    if (sp[k].to > day)
      sp[k].to = day;
    k++;
  }
  if (parent) {
    sp = util_xrealloc(sp, (k + 1) * sizeof *sp);
    sp[k++] = (app_span){parent, day, UTIL_DAY_MAX};
  }
  int rc = app_org_set_spans(a, org, sp, k, e);
  free(sp);
  /* A move or an end dated earlier shows that an organisation recorded
   * without a founding date existed then: it counts from that day. */
  return rc ? rc : store_org_count_from(a->st, org, day, e);
}

/* ---- the organisations and members a change touches
 * ------------------------------ */

typedef struct touched {
  int64_t *orgs, *members;
  size_t norgs, nmembers;
} touched;

static void touched_free(touched *t) {
  free(t->orgs);
  free(t->members);
  memset(t, 0, sizeof *t);
}

static bool has(const int64_t *ids, size_t n, int64_t id) {
  for (size_t i = 0; i < n; i++)
    if (ids[i] == id)
      return true;
  return false;
}

/* Everything ever below the roots (themselves included), and the members
 * registered there on or after `day`. */
static int collect(app *a, const int64_t *roots, size_t nroots, util_day day,
                   touched *t, util_err *e) {
  memset(t, 0, sizeof *t);
  for (size_t i = 0; i < nroots; i++) {
    t->orgs = util_xrealloc(t->orgs, (t->norgs + 1) * sizeof *t->orgs);
    t->orgs[t->norgs++] = roots[i];
  }
  for (size_t i = 0; i < t->norgs; i++) {
    int64_t *kids;
    size_t nk;
    if (store_children_ever(a->st, t->orgs[i], &kids, &nk, e))
      goto fail;
    for (size_t k = 0; k < nk; k++)
      if (!has(t->orgs, t->norgs, kids[k])) {
        t->orgs = util_xrealloc(t->orgs, (t->norgs + 1) * sizeof *t->orgs);
        t->orgs[t->norgs++] = kids[k];
      }
    free(kids);
  }
  if (store_members_in_cells(a->st, t->orgs, t->norgs, day, &t->members,
                             &t->nmembers, e))
    goto fail;
  return 0;
fail:
  touched_free(t);
  return -1;
}

static int retally(report_ledger *l, const touched *t, int sign, util_err *e) {
  for (size_t i = 0; i < t->norgs; i++)
    if (report_ledger_org(l, t->orgs[i], sign, e) ||
        report_ledger_points(l, t->orgs[i], sign, e))
      return -1;
  for (size_t i = 0; i < t->nmembers; i++)
    if (report_ledger_member(l, t->members[i], sign, e))
      return -1;
  return 0;
}

/* Refuses a change dated before the organisation's latest change of
 * superior, or before its founding. */
static int in_order(app *a, const store_org *o, util_day day, const char *what,
                    util_err *e) {
  app_span *sp;
  size_t n;
  if (app_org_spans(a, o->id, &sp, &n, e))
    return -1;
  util_day since = n ? sp[n - 1].from : 0;
  bool moved = n > 1;
  free(sp);
  char d[UTIL_DATE_SAY], s[UTIL_DATE_SAY];
  const char *verb = util_trc(e->lang, "refused action", what);
  util_date_say(e, day, d);
  if (o->founded_known && day < o->founded)
    return util_fail(e, UTIL_REFUSED,
                     "cannot %s %s on %s: it was founded on %s", verb, o->code,
                     d, util_date_say(e, o->founded, s));
  if (moved && day < since)
    return util_fail(e, UTIL_REFUSED,
                     "cannot %s %s on %s: it was moved on %s, and changes of "
                     "an organisation are recorded in date order",
                     verb, o->code, d, util_date_say(e, since, s));
  return 0;
}

/* ---- founding
 * ------------------------------------------------------------------------ */

static int add_org(app *a, const app_org_in *in, store_org *o, util_err *e) {
  store_org parent = {0}, dup = {0};
  char *decision = NULL;
  int rc = -1;
  char d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  if (!in->code || !valid_code(in->code)) {
    util_invalid(
        e, "code",
        "code: %s: a code is 1 to 32 letters, digits, '.', '_' or '-', "
        "starting with a letter or digit",
        in->code ? in->code : "");
    goto done;
  }
  if (app_text("name", in->name, true, 300, &o->name, e) ||
      app_note("decision", in->decision, &decision, e))
    goto done;
  if (core_kind_parse(in->kind, &o->kind)) {
    util_invalid(e, "kind", "kind: %s: not a kind of organisation (%s)",
                 in->kind ? in->kind : "", core_kind_names());
    goto done;
  }
  if (in->sector && *in->sector && core_sector_parse(in->sector, &o->sector)) {
    util_invalid(e, "sector", "sector: %s: not a sector (%s)", in->sector,
                 core_sector_names());
    goto done;
  }
  if (in->founded && *in->founded) {
    if (app_date(a, "founded", in->founded, false, &o->founded, e))
      goto done;
    o->founded_known = true;
    if (in->recorded && *in->recorded) {
      util_invalid(e, "recorded",
                   "recorded: %s: only an organisation without a founding date "
                   "counts from the day it was recorded",
                   util_quote(in->recorded).s);
      goto done;
    }
  } else if (in->recorded && *in->recorded) {
    /* The day an earlier register recorded it (an export carried over):
     * the reports of the periods since keep counting it. */
    if (app_date(a, "recorded", in->recorded, false, &o->recorded_on, e))
      goto done;
  } else {
    /* It counts from today: recording it must not change the reports of
     * periods before (docs/report.md). */
    o->recorded_on = a->today;
  }
  int found = store_org_by_code(a->st, in->code, &dup, e);
  if (found < 0)
    goto done;
  if (found == 0) {
    /* Codes are one namespace, so the clash cannot be hidden; which
     * organisation has the code, outside the actor's branch, can. */
    bool seen;
    if (app_in_scope(a, dup.id, &seen, e))
      goto done;
    if (seen)
      util_invalid(e, "code",
                   "code: %s: already the code of an organisation (%s)",
                   in->code, dup.name);
    else
      util_invalid(e, "code", "code: %s: already the code of an organisation",
                   in->code);
    goto done;
  }
  o->code = util_xstrdup(in->code);
  util_day from = o->founded_known ? o->founded : UTIL_DAY_MIN;
  if (in->parent && *in->parent) {
    if (app_org(a, "parent", in->parent, &parent, e))
      goto done;
    if (!core_kind_can_hold(parent.kind, o->kind)) {
      util_fail(e, UTIL_REFUSED, "cannot place %s (%s) under %s (%s): %s",
                o->code, core_kind_name(o->kind), parent.code,
                core_kind_name(parent.kind),
                util_tr_err(e, core_kind_rule(o->kind)));
      goto done;
    }
    if (parent.ended) {
      util_not_found(e, "cannot found %s under %s: %s was %s on %s", o->code,
                     parent.code, parent.code, app_org_ended_word(&parent, e),
                     util_date_say(e, parent.ended, d));
      goto done;
    }
    if (o->founded_known && parent.founded_known &&
        o->founded < parent.founded) {
      util_not_found(e, "cannot found %s on %s under %s: %s was founded on %s",
                     o->code, util_date_say(e, o->founded, d), parent.code,
                     parent.code, util_date_say(e, parent.founded, x));
      goto done;
    }
  } else if (!core_kind_can_be_root(o->kind)) {
    util_invalid(e, "parent", "parent: %s (%s) needs a superior: %s", o->code,
                 core_kind_name(o->kind),
                 util_tr_err(e, core_kind_rule(o->kind)));
    goto done;
  }
  if (o->kind == CORE_CENTRAL) {
    found = store_org_first_of_kind(a->st, CORE_CENTRAL, &dup, e);
    if (found < 0)
      goto done;
    if (found == 0) {
      util_fail(e, UTIL_REFUSED,
                "cannot add %s (central): %s (%s) is the central "
                "organisation already; there is one at most",
                in->code, dup.code, dup.name);
      goto done;
    }
  }
  if (store_org_insert(a->st, o, e) ||
      store_org_name_add(a->st, o->id, from, o->name, e))
    goto done;
  app_span sp = {parent.id, from, UTIL_DAY_MAX};
  if (app_org_set_spans(a, o->id, &sp, 1, e))
    goto done;
  if (o->founded_known) {
    store_org_event ev = {.org = o->id,
                          .kind = "founded",
                          .date = o->founded,
                          .other = parent.id,
                          .name = o->name,
                          .decision = decision};
    if (store_org_event_add(a->st, &ev, a->user, NULL, e))
      goto done;
  }
  rc = 0;
done:
  free(decision);
  store_org_clear(&parent);
  store_org_clear(&dup);
  return rc;
}

int app_org_add(app *a, const app_org_in *in, int64_t *id, util_err *e) {
  /* A new root stands outside every branch. */
  bool root = !in->parent || !*in->parent;
  if (root ? app_act_all(a, APP_EDITOR, e) : app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_org o = {0};
  report_ledger *l = app_ledger(a);
  int rc = add_org(a, in, &o, e);
  if (rc == 0)
    rc = report_ledger_org(l, o.id, 1, e);
  rc = app_ledger_done(a, l, rc, e);
  if (rc == 0)
    rc = app_audit(a, "org add", e, "%s (%s) %s%s%s", o.code,
                   core_kind_name(o.kind), o.name,
                   in->parent && *in->parent ? " under " : "",
                   in->parent && *in->parent ? in->parent : "");
  if (id)
    *id = o.id;
  store_org_clear(&o);
  return app_end(a, rc, e);
}

/* ---- changes of the tree
 * ----------------------------------------------------------------- */

/* Runs a change of the tree: takes back what the touched organisations
 * and members contribute from `day` on, makes the change, and adds it again
 * as the tree now stands. */
int app_org_restructure(app *a, const int64_t *roots, size_t nroots,
                        util_day day, int (*change)(app *, void *, util_err *),
                        void *ctx, util_err *e) {
  touched t;
  if (collect(a, roots, nroots, day, &t, e))
    return -1;
  report_ledger *l = report_ledger_new(a->st);
  report_ledger_since(l, day);
  int rc = retally(l, &t, -1, e);
  if (rc == 0)
    rc = change(a, ctx, e);
  report_ledger_forget_paths(l);
  /* An import must not go on with the tree as it was. */
  app_batch_forget_tree(a);
  if (rc == 0)
    rc = retally(l, &t, 1, e);
  if (rc == 0)
    rc = report_ledger_flush(l, e);
  report_ledger_free(l);
  touched_free(&t);
  return rc;
}

/* The superior of an organisation on a day (0 for none). */
int app_org_parent_at(app *a, int64_t org, util_day day, int64_t *parent,
                      util_err *e) {
  store_path *p;
  size_t n;
  if (store_paths_of(a->st, org, &p, &n, e))
    return -1;
  *parent = 0;
  for (size_t i = 0; i < n; i++)
    if (p[i].from <= day && day < p[i].to)
      *parent = p[i].parent;
  store_paths_free(p, n);
  return 0;
}

/* ---- dissolution
 * ---------------------------------------------------------------------- */

typedef struct ending {
  const store_org *org;
  util_day day;
  enum core_flow how;
  const store_org *into; /* merged: the target */
  const char *decision;
} ending;

static int do_end(app *a, void *ctx, util_err *e) {
  ending *x = ctx;
  bool merged = x->how == CORE_F_ORGS_MERGED;
  store_org_event ev = {.org = x->org->id,
                        .kind = merged ? "merged" : "dissolved",
                        .date = x->day,
                        .other = merged ? x->into->id : 0,
                        .decision = x->decision};
  if (change_parent(a, x->org->id, x->day, 0, e) ||
      app_group_org_ends(a, x->org, x->day, e) ||
      store_org_set_ended(a->st, x->org->id, x->day, x->how, e) ||
      store_org_event_add(a->st, &ev, a->user, NULL, e))
    return -1;
  if (!merged)
    return 0;
  store_org_event recv = {.org = x->into->id,
                          .kind = "received",
                          .date = x->day,
                          .other = x->org->id,
                          .decision = x->decision};
  return store_org_event_add(a->st, &recv, a->user, NULL, e);
}

/* How many organisations live directly below, and members are registered
 * below, on or after `day`. */
static int what_is_left(app *a, const store_org *o, util_day day, int *kids,
                        size_t *members, util_err *e) {
  touched t;
  if (store_children_count(a->st, o->id, day, kids, e) ||
      collect(a, &o->id, 1, day, &t, e))
    return -1;
  /* An organisation moved away before `day` took its members with it:
   * count only those still below then. */
  size_t n = 0;
  int rc = 0;
  for (size_t i = 0; i < t.norgs && rc == 0; i++) {
    bool below;
    rc = app_below(a, t.orgs[i], o->id, day, UTIL_DAY_MAX, &below, e);
    if (rc == 0 && below)
      t.orgs[n++] = t.orgs[i];
  }
  free(t.members);
  t.members = NULL;
  t.nmembers = 0;
  if (rc == 0)
    rc = store_members_in_cells(a->st, t.orgs, n, day, &t.members, &t.nmembers,
                                e);
  *members = t.nmembers;
  touched_free(&t);
  return rc;
}

int app_org_end(app *a, const store_org *o, util_day day, const char *decision,
                util_err *e) {
  int kids;
  size_t members;
  char d[UTIL_DATE_SAY];
  if (app_org_alive(o, NC_("refused action", "dissolve it"), e) ||
      in_order(a, o, day, NC_("refused action", "dissolve"), e) ||
      what_is_left(a, o, day, &kids, &members, e))
    return -1;
  util_date_say(e, day, d);
  if (kids || members)
    return util_fail(e, UTIL_REFUSED,
                     "cannot dissolve %s on %s: it still has %d organisation%s "
                     "and %zu member%s below it on or after that date; move "
                     "or merge them first",
                     o->code, d, kids, kids == 1 ? "" : "s", members,
                     members == 1 ? "" : "s");
  ending x = {o, day, CORE_F_ORGS_DISSOLVED, NULL, decision};
  return app_org_restructure(a, &o->id, 1, day, do_end, &x, e);
}

int app_org_dissolve(app *a, const char *code, const char *date,
                     const char *typed, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_org o = {0};
  util_day day;
  int rc = -1;
  char *decision = NULL;
  if (app_note("decision", typed, &decision, e))
    goto done;
  if (app_org(a, "org", code, &o, e) ||
      app_date(a, "date", date, false, &day, e) ||
      app_org_end(a, &o, day, decision, e))
    goto done;
  rc = app_audit(a, "org dissolve", e, "%s on %s", o.code, date);
done:
  store_org_clear(&o);
  free(decision);
  return app_end(a, rc, e);
}

/* ---- mergers
 * ------------------------------------------------------------------------------
 */

typedef struct merger {
  store_org *src;
  size_t n;
  const store_org *into;
  util_day day;
  const char *decision;
} merger;

/* Hands the children and the members of `src` to the target. */
static int hand_over(app *a, const merger *m, const store_org *src,
                     util_err *e) {
  int64_t *kids;
  size_t nk;
  if (store_children_ever(a->st, src->id, &kids, &nk, e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < nk && rc == 0; i++) {
    int64_t parent;
    rc = app_org_parent_at(a, kids[i], m->day, &parent, e);
    if (rc == 0 && parent == src->id)
      rc = change_parent(a, kids[i], m->day, m->into->id, e);
  }
  free(kids);
  if (rc || !core_kind_is_cell(src->kind))
    return rc;
  int64_t *ids;
  size_t n;
  if (store_members_in_cells(a->st, &src->id, 1, m->day, &ids, &n, e))
    return -1;
  char *reason = util_xasprintf("%s merged into %s", src->code, m->into->code);
  for (size_t i = 0; i < n && rc == 0; i++) {
    char ref[24], cell[64], day[UTIL_DATE_SAY];
    snprintf(ref, sizeof ref, "%lld", (long long)ids[i]);
    snprintf(cell, sizeof cell, "%s", m->into->code);
    app_event_in ev = {.kind = CORE_EV_TRANSFERRED,
                       .member = ref,
                       .date = util_date_format(m->day, day),
                       .decision = m->decision,
                       .reason = reason,
                       .cell = cell};
    /* The members' tallies are redone by the merger as a whole: what the
     * event adds is thrown away with this batch. */
    app_batch *keep = a->batch;
    a->batch = app_batch_new(a);
    rc = app_member_event(a, &ev, NULL, e);
    app_batch_free(a->batch);
    a->batch = keep;
  }
  free(reason);
  free(ids);
  return rc;
}

static int do_merge(app *a, void *ctx, util_err *e) {
  merger *m = ctx;
  for (size_t i = 0; i < m->n; i++) {
    ending x = {&m->src[i], m->day, CORE_F_ORGS_MERGED, m->into, m->decision};
    if (hand_over(a, m, &m->src[i], e) || do_end(a, &x, e))
      return -1;
  }
  return 0;
}

/* Refuses a merger of `src` into `into` that the tree does not allow. */
static int can_merge(app *a, const store_org *src, const store_org *into,
                     util_day day, util_err *e) {
  char d[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  if (src->id == into->id)
    return util_fail(e, UTIL_REFUSED, "cannot merge %s into itself", src->code);
  if (app_org_alive(src, NC_("refused action", "merge it"), e) ||
      in_order(a, src, day, NC_("refused action", "merge"), e))
    return -1;
  bool below;
  if (app_below(a, into->id, src->id, day, UTIL_DAY_MAX, &below, e))
    return -1;
  if (below)
    return util_fail(e, UTIL_REFUSED, "cannot merge %s into %s: %s is below %s",
                     src->code, into->code, into->code, src->code);
  if (core_kind_is_cell(src->kind) && !core_kind_is_cell(into->kind))
    return util_fail(e, UTIL_REFUSED,
                     "cannot merge %s (%s) into %s (%s): its members must "
                     "pass to a cell",
                     src->code, core_kind_name(src->kind), into->code,
                     core_kind_name(into->kind));
  int64_t *kids;
  size_t nk;
  if (store_children_ever(a->st, src->id, &kids, &nk, e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < nk && rc == 0; i++) {
    store_org k = {0};
    int64_t parent;
    rc = app_org_parent_at(a, kids[i], day, &parent, e) ||
         store_org_by_id(a->st, kids[i], &k, e);
    if (rc == 0 && parent == src->id && !core_kind_can_hold(into->kind, k.kind))
      rc = util_fail(e, UTIL_REFUSED,
                     "cannot merge %s into %s (%s): %s (%s) would sit under "
                     "it, and %s",
                     src->code, into->code, core_kind_name(into->kind), k.code,
                     core_kind_name(k.kind),
                     util_tr_err(e, core_kind_rule(k.kind)));
    store_org_clear(&k);
  }
  free(kids);
  if (rc)
    return -1;
  /* The members' transfers must come after everything already recorded
   * for them. */
  util_day last;
  char l[UTIL_DATE_SAY];
  if (store_cells_last_event(a->st, &src->id, 1, &last, e))
    return -1;
  if (last > day)
    return util_fail(e, UTIL_REFUSED,
                     "cannot merge %s on %s: its members have events "
                     "recorded up to %s, and a member's events are recorded "
                     "in date order",
                     src->code, d, util_date_say(e, last, l));
  return 0;
}

int app_org_merge(app *a, const char *const *codes, size_t n, const char *into,
                  const char *date, const char *typed, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_org target = {0};
  store_org *src = util_xcalloc(n ? n : 1, sizeof *src);
  int64_t *ids = util_xcalloc(n ? n : 1, sizeof *ids);
  util_day day;
  util_buf names = {0};
  int rc = -1;
  char *decision = NULL;
  if (app_note("decision", typed, &decision, e))
    goto done;
  if (n == 0) {
    util_fail(e, UTIL_USAGE, "org merge: name the organisations to merge");
    goto done;
  }
  if (app_org(a, "into", into, &target, e) ||
      app_date(a, "date", date, false, &day, e))
    goto done;
  for (size_t i = 0; i < n; i++) {
    if (app_org(a, "org", codes[i], &src[i], e))
      goto done;
    for (size_t j = 0; j < i; j++)
      if (src[j].id == src[i].id) {
        util_invalid(e, "org", "org: %s: named twice", codes[i]);
        goto done;
      }
    if (can_merge(a, &src[i], &target, day, e))
      goto done;
    ids[i] = src[i].id;
    util_buf_printf(&names, "%s%s", i ? ", " : "", src[i].code);
  }
  if (app_org_alive(&target, NC_("refused action", "merge into it"), e) ||
      (target.founded_known && target.founded > day &&
       util_fail(e, UTIL_REFUSED,
                 "cannot merge into %s on %s: it was "
                 "founded later",
                 target.code, date)))
    goto done;
  merger m = {src, n, &target, day, decision};
  if (app_org_restructure(a, ids, n, day, do_merge, &m, e))
    goto done;
  rc = app_audit(a, "org merge", e, "%s into %s on %s", names.data, target.code,
                 date);
done:
  for (size_t i = 0; i < n; i++)
    store_org_clear(&src[i]);
  free(src);
  free(ids);
  util_buf_free(&names);
  store_org_clear(&target);
  free(decision);
  return app_end(a, rc, e);
}
