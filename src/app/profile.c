/*
 * profile.c — dated changes of a member's profile (issue 6): a new
 * position, theory level, education, name, card number... takes effect
 * on its date and the old value is kept, so that a report of a past period
 * counts theory levels, key cadres and education as they were then.
 *
 * The member row holds the values in force today; member_change holds
 * their history (store_change.c). The tallies count the member with the
 * profile of each day (core_contribute_member).
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>

/* The fields of the person that change, in the order of app_edit_in. */
enum field {
  F_NAME,
  F_POSITION,
  F_KEY_CADRE,
  F_THEORY,
  F_EDUCATION,
  F_PROFESSION,
  F_RELIGION,
  F_ETHNICITY,
  F_CARD,
  F_HOMETOWN,
  F_MANAGER,
  F__MAX
};
static const char *const field_names[F__MAX] = {
    "name",     "position",  "key_cadre", "theory",   "education", "profession",
    "religion", "ethnicity", "card",      "hometown", "manager"};

static int field_of(const char *name) {
  for (int f = 0; f < F__MAX; f++)
    if (strcmp(field_names[f], name) == 0)
      return f;
  return -1;
}

/* The text slot of a member's field, or NULL for theory and key cadre. */
static char **slot(store_member *m, int f) {
  switch (f) {
  case F_NAME:
    return &m->name;
  case F_POSITION:
    return &m->position;
  case F_EDUCATION:
    return &m->education;
  case F_PROFESSION:
    return &m->profession;
  case F_RELIGION:
    return &m->religion;
  case F_ETHNICITY:
    return &m->ethnicity;
  case F_CARD:
    return &m->card;
  case F_HOMETOWN:
    return &m->hometown;
  default:
    return NULL;
  }
}

/* A field's value in the member row, as a change stores it (owned). */
static char *row_value(store_member *m, int f) {
  char **s = slot(m, f);
  if (s)
    return *s ? util_xstrdup(*s) : NULL;
  if (f == F_THEORY)
    return m->theory ? util_xstrdup(core_theory_name(m->theory)) : NULL;
  bool yes = f == F_MANAGER ? m->manager : m->key_cadre;
  return yes ? util_xstrdup("yes") : NULL;
}

static void set_row(store_member *m, int f, const char *v) {
  char **s = slot(m, f);
  if (s) {
    free(*s);
    *s = v ? util_xstrdup(v) : NULL;
  } else if (f == F_THEORY) {
    if (!v || core_theory_parse(v, &m->theory))
      m->theory = CORE_THEORY_UNKNOWN;
  } else if (f == F_MANAGER) {
    m->manager = v != NULL;
  } else {
    m->key_cadre = v != NULL;
  }
}

/* What the history says of each field on a day: whether it changed at
 * all (has), and its value then (when has). */
typedef struct values {
  util_day day;
  bool has[F__MAX];
  char *v[F__MAX];
} values;

static int value_row(void *ctx, const store_change *c) {
  values *x = ctx;
  int f = field_of(c->field);
  if (f < 0 || (!c->base && c->since > x->day))
    return 0;
  x->has[f] = true;
  free(x->v[f]);
  x->v[f] = c->value ? util_xstrdup(c->value) : NULL;
  return 0;
}

static int values_at(app *a, int64_t member, util_day day, values *x,
                     util_err *e) {
  memset(x, 0, sizeof *x);
  x->day = day;
  return store_changes_of(a->st, member, false, value_row, x, e) < 0 ? -1 : 0;
}

static void values_free(values *x) {
  for (int f = 0; f < F__MAX; f++)
    free(x->v[f]);
}

static bool same(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Writes the values in force today to the member row. */
static int current(app *a, store_member *m, util_err *e) {
  values now;
  if (values_at(a, m->id, UTIL_DAY_MAX - 1, &now, e))
    return -1;
  for (int f = 0; f < F__MAX; f++)
    if (now.has[f])
      set_row(m, f, now.v[f]);
  values_free(&now);
  int rc = store_member_set_profile(a->st, m, e);
  if (rc == 1)
    return util_invalid(e, "card",
                        "card: %s: another member holds this party card number",
                        m->card);
  return rc;
}

/* Cleans the value typed for field f; "" clears it (*out NULL). */
static int typed(int f, const char *text, char **out, util_err *e) {
  *out = NULL;
  const char *name = f == F_KEY_CADRE ? "key-cadre" : field_names[f];
  if (f == F_KEY_CADRE || f == F_MANAGER) {
    if (strcmp(text, "yes") == 0)
      *out = util_xstrdup("yes");
    else if (strcmp(text, "no") != 0)
      return util_invalid(e, name, "%s: %s: yes or no", name,
                          util_quote(text).s);
    return 0;
  }
  if (f == F_NAME && !*text)
    return util_invalid(e, "name", "name: must not be empty");
  if (f == F_THEORY && *text) {
    enum core_theory t;
    if (core_theory_parse(text, &t) || t == CORE_THEORY_UNKNOWN)
      return util_invalid(e, "theory", "theory: %s: %s", text,
                          core_theory_names());
  }
  if (f == F_CARD && *text && !app_card_valid(text))
    return util_invalid(e, "card",
                        "card: %s: a party card number is 1 to 32 letters, "
                        "digits, '.', '-' or '/'",
                        text);
  return app_text(name, text, false, 200, out, e);
}

int app_member_edit(app *a, const app_edit_in *in, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  const char *given[F__MAX] = {in->name,     in->position,  in->key_cadre,
                               in->theory,   in->education, in->profession,
                               in->religion, in->ethnicity, in->card,
                               in->hometown, in->manager};
  if (app_begin(a, e))
    return -1;
  store_member m = {0};
  values then = {0};
  char *v[F__MAX] = {0};
  util_day day;
  int rc = -1, changes = 0;
  if (app_member(a, "member", in->member, &m, e) ||
      app_date(a, "date", in->date, false, &day, e))
    goto done;
  char d[UTIL_DATE_SAY];
  if (day < m.admitted) {
    util_invalid(e, "date",
                 "date: %s: before member %lld was admitted (%s); a change of "
                 "the profile takes effect while a member",
                 in->date, (long long)m.id, util_date_say(e, m.admitted, d));
    goto done;
  }
  if (values_at(a, m.id, day, &then, e))
    goto done;
  for (int f = 0; f < F__MAX; f++) {
    if (!given[f])
      continue;
    if (typed(f, given[f], &v[f], e))
      goto done;
    char *was = then.has[f] ? NULL : row_value(&m, f);
    if (!same(then.has[f] ? then.v[f] : was, v[f]))
      changes++;
    else
      given[f] = NULL; /* nothing changes in this field */
    free(was);
  }
  if (!changes) {
    util_fail(e, UTIL_REFUSED,
              "member %lld: nothing changes on %s: the values given are those "
              "in force then",
              (long long)m.id, in->date);
    goto done;
  }
  report_ledger *l = app_ledger(a);
  rc = report_ledger_member(l, m.id, -1, e);
  util_buf what = {0};
  for (int f = 0; f < F__MAX && rc == 0; f++) {
    if (!given[f])
      continue;
    values all;
    rc = values_at(a, m.id, UTIL_DAY_MAX - 1, &all, e);
    if (rc == 0 && !all.has[f]) {
      /* The first change of the field keeps the value it replaces. */
      char *base = row_value(&m, f);
      rc = store_change_add(a->st, m.id, field_names[f], 0, base, 0, a->user,
                            NULL, e);
      free(base);
    }
    values_free(&all);
    if (rc == 0)
      rc = store_change_add(a->st, m.id, field_names[f], day, v[f], 0, a->user,
                            NULL, e);
    util_buf_printf(&what, " %s", field_names[f]);
  }
  if (rc == 0)
    rc = current(a, &m, e);
  if (rc == 0)
    rc = report_ledger_member(l, m.id, 1, e);
  rc = app_ledger_done(a, l, rc ? -1 : 0, e);
  if (rc == 0)
    rc = app_audit(a, "member edit", e, "member %lld on %s:%s", (long long)m.id,
                   in->date, what.data ? what.data : "");
  util_buf_free(&what);
done:
  for (int f = 0; f < F__MAX; f++)
    free(v[f]);
  values_free(&then);
  store_member_clear(&m);
  return app_end(a, rc, e);
}

/* ---- what events do to the profile ------------------------------------ */

int app_post_ended(app *a, store_member *m, const char *post, util_day day,
                   int64_t event, util_err *e) {
  values all;
  if (values_at(a, m->id, UTIL_DAY_MAX - 1, &all, e))
    return -1;
  int rc = 0;
  if (!all.has[F_POSITION])
    rc = store_change_add(a->st, m->id, "position", 0, post, 0, a->user, NULL,
                          e);
  values_free(&all);
  if (rc == 0)
    rc = store_change_add(a->st, m->id, "position", day, NULL, event, a->user,
                          NULL, e);
  return rc ? -1 : current(a, m, e);
}

int app_changes_voided(app *a, store_member *m, int64_t change, int64_t event,
                       const char *reason, util_err *e) {
  if (store_change_void(a->st, change, event, a->user, reason, e))
    return -1;
  return current(a, m, e);
}

/* A change voided by its id (app_event_void). */
typedef struct found {
  bool found, base, voided;
  int64_t member, event;
  char field[16], since[UTIL_DATE_SAY];
} found;

static int found_row(void *ctx, const store_change *c) {
  found *x = ctx;
  x->found = true;
  x->base = c->base;
  x->voided = c->voided_at != NULL;
  x->member = c->member;
  x->event = c->event;
  snprintf(x->field, sizeof x->field, "%s", c->field);
  if (!c->base)
    util_date_format(c->since, x->since);
  return 0;
}

int app_change_void(app *a, int64_t id, const char *reason, bool *was_change,
                    util_err *e) {
  found x = {0};
  *was_change = false;
  if (store_change_by_id(a->st, id, found_row, &x, e) < 0)
    return -1;
  if (!x.found)
    return 0;
  /* A change of a member outside the actor's scope is not found, as an
   * unknown one: checked before anything is said of it. */
  store_member m = {0};
  bool in = false;
  int rc = store_member_by_id(a->st, x.member, &m, e) ? -1 : 0;
  if (rc == 0)
    rc = app_in_scope(a, m.cell, &in, e);
  if (rc || !in) {
    store_member_clear(&m);
    return rc;
  }
  *was_change = true;
  if (x.base)
    rc = util_invalid(e, "event",
                      "event: %lld: the value of %s before its first change "
                      "is not a change to void",
                      (long long)id, x.field);
  else if (x.voided)
    rc = util_invalid(e, "event",
                      "event: %lld: the change was voided before, and a void "
                      "change stays as it is",
                      (long long)id);
  else if (x.event)
    rc = util_invalid(e, "event",
                      "event: %lld: the change of %s on %s came with event "
                      "%lld; void that event",
                      (long long)id, x.field, x.since, (long long)x.event);
  else {
    report_ledger *l = app_ledger(a);
    rc = report_ledger_member(l, m.id, -1, e) ||
         app_changes_voided(a, &m, id, 0, reason, e) ||
         report_ledger_member(l, m.id, 1, e);
    rc = app_ledger_done(a, l, rc ? -1 : 0, e);
    if (rc == 0)
      rc = app_audit(a, "event void", e,
                     "change %lld: %s of member %lld on %s: %s", (long long)id,
                     x.field, (long long)m.id, x.since, reason);
  }
  store_member_clear(&m);
  return rc;
}

int app_member_changes(app *a, int64_t member,
                       int (*fn)(void *ctx, const store_change *c), void *ctx,
                       util_err *e) {
  if (app_act(a, APP_VIEWER, e) || app_events_seen(a, member, 0, e))
    return -1;
  return store_changes_of(a->st, member, true, fn, ctx, e) < 0 ? -1 : 0;
}
