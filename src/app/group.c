/*
 * group.c — groupings that cut across the tree (regional blocks of
 * provinces, emulation clusters): their member committees over time, their
 * conferences and the rotating flag, their outstanding models, and their
 * report, the sum of their members' reports.
 *
 * The one invariant: the subtrees of a grouping's members never overlap
 * while they are members, so that a sum of their reports counts nothing
 * twice. Joining checks it from the day of joining on, as the tree is
 * known; the report checks it again for its period, since a later move
 * may put one member below another.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The rule of organisation codes (org.c), so that a grouping's code reads
 * like one. */
static bool valid_code(const char *s) {
  size_t n = strlen(s);
  if (n == 0 || n > 32 || !isalnum((unsigned char)s[0]))
    return false;
  for (; *s; s++)
    if (!isalnum((unsigned char)*s) && !strchr("._-", *s))
      return false;
  return true;
}

static int grouping(app *a, const char *field, const char *code,
                    store_grouping *g, util_err *e) {
  memset(g, 0, sizeof *g);
  if (!code || !*code)
    return util_invalid(e, field, "%s: a grouping code is needed", field);
  int rc = store_grouping_by_code(a->st, code, g, e);
  if (rc == 1)
    return util_not_found(e, "%s: %s: no grouping has this code", field, code);
  return rc;
}

/* The stretch of membership of `org` on `day`, or NULL. */
static const store_grouping_span *
member_on(const store_grouping_span *sp, size_t n, int64_t org, util_day day) {
  for (size_t i = 0; i < n; i++)
    if (sp[i].org == org && sp[i].from <= day && day < sp[i].to)
      return &sp[i];
  return NULL;
}

/* An organisation the records point to: one that is not there is a bug. */
static int org_by_id(app *a, int64_t id, store_org *o, util_err *e) {
  int rc = store_org_by_id(a->st, id, o, e);
  if (rc == 1)
    return util_fail(e, UTIL_INTERNAL, "no organisation %lld", (long long)id);
  return rc;
}

/* The code of an organisation, for messages; *code is the caller's. */
static int code_of(app *a, int64_t id, char **code, util_err *e) {
  store_org o;
  if (org_by_id(a, id, &o, e))
    return -1;
  *code = o.code;
  o.code = NULL;
  store_org_clear(&o);
  return 0;
}

/* "HB, SL" — the codes of the members on `day`, or "none". */
static int members_text(app *a, const store_grouping_span *sp, size_t n,
                        util_day day, util_buf *out, util_err *e) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (!(sp[i].from <= day && day < sp[i].to))
      continue;
    char *code;
    if (code_of(a, sp[i].org, &code, e))
      return -1;
    util_buf_printf(out, "%s%s", k++ ? ", " : "", code);
    free(code);
  }
  if (!k)
    util_buf_puts(out, util_tr_err(e, N_("none")));
  return 0;
}

/* ---- the grouping and its members
 * -------------------------------------------------- */

int app_group_add(app *a, const char *code, const char *name, const char *kind,
                  util_err *e) {
  if (app_act_all(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_grouping g = {0}, dup = {0};
  int rc = -1;
  if (!code || !valid_code(code)) {
    util_invalid(
        e, "code",
        "code: %s: a code is 1 to 32 letters, digits, '.', '_' or '-', "
        "starting with a letter or digit",
        code ? code : "");
    goto done;
  }
  if (app_text("name", name, true, 300, &g.name, e))
    goto done;
  if (!kind || (strcmp(kind, "region") != 0 && strcmp(kind, "cluster") != 0)) {
    util_invalid(e, "kind", "kind: %s: region or cluster", kind ? kind : "");
    goto done;
  }
  int found = store_grouping_by_code(a->st, code, &dup, e);
  if (found < 0)
    goto done;
  if (found == 0) {
    util_invalid(e, "code", "code: %s: already the code of a grouping (%s)",
                 code, dup.name);
    goto done;
  }
  g.code = util_xstrdup(code);
  g.kind = util_xstrdup(kind);
  if (store_grouping_insert(a->st, &g, a->user, e))
    goto done;
  rc = app_audit(a, "group add", e, "%s %s (%s)", g.code, g.name, g.kind);
done:
  store_grouping_clear(&g);
  store_grouping_clear(&dup);
  return app_end(a, rc, e);
}

/* Refuses `o` joining on `day` when it, or another member, would be below
 * the other at some time from `day` on while both are members. */
static int no_overlap(app *a, const store_grouping *g, const store_org *o,
                      util_day day, const store_grouping_span *sp, size_t n,
                      util_err *e) {
  char d[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  for (size_t i = 0; i < n; i++) {
    if (sp[i].org == o->id || sp[i].to <= day)
      continue;
    util_day from = sp[i].from > day ? sp[i].from : day;
    bool below = false, above = false;
    if (app_below(a, o->id, sp[i].org, from, sp[i].to, &below, e) ||
        app_below(a, sp[i].org, o->id, from, sp[i].to, &above, e))
      return -1;
    if (!below && !above)
      continue;
    char *other;
    if (code_of(a, sp[i].org, &other, e))
      return -1;
    if (below)
      util_fail(e, UTIL_REFUSED,
                "cannot join %s to %s on %s: %s is below %s, a member of %s, "
                "on or after that day; a grouping's members must not overlap "
                "(their figures would count twice)",
                o->code, g->code, d, o->code, other, g->code);
    else
      util_fail(e, UTIL_REFUSED,
                "cannot join %s to %s on %s: %s, a member of %s, is below %s "
                "on or after that day; a grouping's members must not overlap "
                "(their figures would count twice)",
                o->code, g->code, d, other, g->code, o->code);
    free(other);
    return -1;
  }
  return 0;
}

int app_group_join(app *a, const char *code, const char *org, const char *date,
                   util_err *e) {
  if (app_act_all(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_grouping g = {0};
  store_org o = {0};
  store_grouping_span *sp = NULL;
  size_t n = 0;
  util_day day;
  char *path = NULL, d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  int rc = -1;
  if (grouping(a, "group", code, &g, e) || app_org(a, "org", org, &o, e) ||
      app_date(a, "date", date, false, &day, e))
    goto done;
  util_date_say(e, day, d);
  if (o.kind != CORE_PROVINCIAL && o.kind != CORE_COMMITTEE) {
    util_fail(e, UTIL_REFUSED,
              "cannot join %s to %s: %s is a %s; the members of a grouping "
              "are provincial committees and committees (provincial, "
              "committee)",
              o.code, g.code, o.code, core_kind_name(o.kind));
    goto done;
  }
  if (app_path_at(a, &o, day, &path, e) ||
      store_grouping_spans(a->st, g.id, &sp, &n, e))
    goto done;
  for (size_t i = 0; i < n; i++) {
    if (sp[i].org != o.id || sp[i].to <= day)
      continue;
    util_date_say(e, sp[i].from, x);
    if (sp[i].from <= day)
      util_fail(e, UTIL_REFUSED,
                "cannot join %s to %s on %s: it is a member already (since "
                "%s)",
                o.code, g.code, d, x);
    else
      util_fail(e, UTIL_REFUSED,
                "cannot join %s to %s on %s: it is a member from %s, and "
                "stretches of membership must not overlap",
                o.code, g.code, d, x);
    goto done;
  }
  if (no_overlap(a, &g, &o, day, sp, n, e) ||
      store_grouping_join(a->st, g.id, o.id, day, e))
    goto done;
  rc = app_audit(a, "group join", e, "%s joins %s on %s", o.code, g.code,
                 util_date_format(day, d));
done:
  free(path);
  free(sp);
  store_org_clear(&o);
  store_grouping_clear(&g);
  return app_end(a, rc, e);
}

/* ---- the rotating flag
 * ------------------------------------------------------------- */

/* Walks the conferences of a grouping dated up to `until`, in date and
 * recording order, checking that every handover of the flag is made by its
 * holder. The first host holds it without a handover; so does the host of
 * a conference after its holder has left. `added` is a conference just
 * recorded (0: none), named differently in the refusal; -id names the
 * conference `id` just voided. */
static int flag_walk(app *a, int64_t gid, const char *gcode,
                     const store_grouping_span *sp, size_t nsp, util_day until,
                     int64_t added, int64_t *holder, util_day *since,
                     util_err *e) {
  store_conference *c;
  size_t n;
  if (store_conferences_of(a->st, gid, &c, &n, e))
    return -1;
  int64_t h = 0;
  util_day got = 0;
  int rc = 0;
  for (size_t i = 0; i < n && c[i].date <= until && rc == 0; i++) {
    if (!h || !member_on(sp, nsp, h, c[i].date)) {
      h = c[i].host;
      got = c[i].date;
    }
    if (!c[i].flag_to)
      continue;
    if (c[i].host == h) {
      h = c[i].flag_to;
      got = c[i].date;
      continue;
    }
    char *host = NULL, *to = NULL, *by = NULL, d[UTIL_DATE_SAY];
    rc = -1;
    if (code_of(a, c[i].host, &host, e) == 0 &&
        code_of(a, c[i].flag_to, &to, e) == 0 && code_of(a, h, &by, e) == 0) {
      util_date_say(e, c[i].date, d);
      if (c[i].id == added)
        util_invalid(e, "flag-to",
                     "flag-to: %s cannot hand the flag of %s to %s on %s: %s "
                     "holds it; only its holder hands it on",
                     host, gcode, to, d, by);
      else if (added < 0)
        util_invalid(
            e, "conference",
            "conference: %lld: cannot be voided: %s would then hold the "
            "flag of %s on %s, when %s hands it to %s at conference "
            "%lld; only its holder hands it on",
            (long long)-added, by, gcode, d, host, to, (long long)c[i].id);
      else
        util_fail(e, UTIL_REFUSED,
                  "cannot record this conference of %s: %s would then hold "
                  "the flag on %s, when %s hands it to %s at conference %lld; "
                  "only its holder hands it on",
                  gcode, by, d, host, to, (long long)c[i].id);
    }
    free(host);
    free(to);
    free(by);
  }
  free(c);
  if (rc == 0 && h && !member_on(sp, nsp, h, until))
    h = 0; /* its holder has left */
  *holder = h;
  if (since)
    *since = h ? got : 0;
  return rc;
}

int app_group_flag(app *a, int64_t grouping_id, util_day day, int64_t *holder,
                   util_day *since, util_err *e) {
  store_grouping_span *sp;
  size_t n;
  if (store_grouping_spans(a->st, grouping_id, &sp, &n, e))
    return -1;
  int rc = flag_walk(a, grouping_id, "the grouping", sp, n, day, 0, holder,
                     since, e);
  free(sp);
  return rc;
}

int app_flag_after_void(app *a, int64_t grouping_id, int64_t conference,
                        util_err *e) {
  store_grouping_span *sp;
  size_t n;
  char *code = NULL;
  int64_t holder;
  if (store_grouping_spans(a->st, grouping_id, &sp, &n, e))
    return -1;
  int rc = store_code_of(a->st, "grouping", grouping_id, &code, e) ? -1 : 0;
  if (rc == 0)
    rc = flag_walk(a, grouping_id, code, sp, n, UTIL_DAY_MAX, -conference,
                   &holder, NULL, e);
  free(code);
  free(sp);
  return rc;
}

/* ---- leaving
 * ----------------------------------------------------------------------- */

/* Whether a model (an organisation or a member) is within `root` on its
 * day. */
static int model_within(app *a, int64_t org, int64_t member, util_day day,
                        int64_t root, bool *within, util_err *e) {
  *within = false;
  if (member) {
    enum core_status status;
    if (store_membership_at(a->st, member, day, &org, &status, e))
      return -1;
    if (status != CORE_PROBATIONARY && status != CORE_OFFICIAL)
      return 0;
  }
  return app_below(a, org, root, day, day + 1, within, e);
}

typedef struct later_model {
  app *a;
  int64_t root;
  int64_t id;
  char *title, *date;
  util_err *e;
} later_model;

static int later_model_row(void *ctx, const store_model_row *r) {
  later_model *m = ctx;
  util_day day;
  const char *why;
  bool within;
  if (util_date_parse(r->date, &day, &why))
    return util_fail(m->e, UTIL_INTERNAL, "model %lld: %s: %s",
                     (long long)r->id, r->date, util_tr_err(m->e, why));
  if (model_within(m->a, r->org, r->member, day, m->root, &within, m->e))
    return -1;
  if (!within)
    return 0;
  m->id = r->id;
  m->title = util_xstrdup(r->title);
  m->date = util_xstrdup(r->date);
  return 1;
}

/* Refuses `o` leaving on `day` while the grouping counts on it later. */
static int nothing_later(app *a, const store_grouping *g, const store_org *o,
                         util_day day, util_err *e) {
  store_conference *c;
  size_t n;
  char d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  if (store_conferences_of(a->st, g->id, &c, &n, e))
    return -1;
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    if (c[i].date < day || (c[i].host != o->id && c[i].flag_to != o->id))
      continue;
    rc = util_fail(e, UTIL_REFUSED,
                   "cannot take %s out of %s on %s: it %s at conference %lld "
                   "of %s on %s",
                   o->code, g->code, d,
                   c[i].host == o->id ? "is the host" : "receives the flag",
                   (long long)c[i].id, g->code, util_date_say(e, c[i].date, x));
  }
  free(c);
  if (rc)
    return -1;
  later_model m = {.a = a, .root = o->id, .e = e};
  rc =
      store_model_rows(a->st, g->id, day, UTIL_DAY_MAX, later_model_row, &m, e);
  if (rc == 1)
    util_fail(e, UTIL_REFUSED,
              "cannot take %s out of %s on %s: the outstanding model %lld "
              "(%s) of %s is within it",
              o->code, g->code, d, (long long)m.id, m.title, m.date);
  free(m.title);
  free(m.date);
  return rc ? -1 : 0;
}

int app_group_leave(app *a, const char *code, const char *org, const char *date,
                    util_err *e) {
  if (app_act_all(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_grouping g = {0};
  store_org o = {0};
  store_grouping_span *sp = NULL;
  size_t n = 0;
  util_day day;
  char d[UTIL_DATE_SAY];
  int rc = -1;
  if (grouping(a, "group", code, &g, e) || app_org(a, "org", org, &o, e) ||
      app_date(a, "date", date, false, &day, e) ||
      store_grouping_spans(a->st, g.id, &sp, &n, e))
    goto done;
  util_date_say(e, day, d);
  /* Leaving on a day ends the stretch the day before: it must run across
   * the day before and the day itself. */
  const store_grouping_span *s = member_on(sp, n, o.id, day);
  if (!s) {
    util_fail(e, UTIL_REFUSED,
              "cannot take %s out of %s on %s: it is not a member then", o.code,
              g.code, d);
    goto done;
  }
  if (s->from == day) {
    util_fail(e, UTIL_REFUSED,
              "cannot take %s out of %s on %s: it joins on that day; a member "
              "leaves on a later day than it joins",
              o.code, g.code, d);
    goto done;
  }
  if (nothing_later(a, &g, &o, day, e) ||
      store_grouping_leave(a->st, g.id, o.id, s->from, day, e))
    goto done;
  rc = app_audit(a, "group leave", e, "%s leaves %s on %s", o.code, g.code,
                 util_date_format(day, d));
done:
  free(sp);
  store_org_clear(&o);
  store_grouping_clear(&g);
  return app_end(a, rc, e);
}

/* An organisation that ends (dissolved, merged, dissolved as discipline)
 * leaves its groupings on that day: the grouping's figures stop counting
 * it and the rotating flag cannot pass to it. Refused, like `group leave`,
 * where a grouping counts on it later. */
int app_group_org_ends(app *a, const store_org *o, util_day day, util_err *e) {
  store_grouping_stay *st;
  size_t n;
  char d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  if (store_org_stays(a->st, o->id, day, &st, &n, e))
    return -1;
  util_date_say(e, day, d);
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    store_grouping g = {.id = st[i].grouping, .code = st[i].code};
    if (st[i].from >= day)
      rc = util_fail(e, UTIL_REFUSED,
                     "cannot end %s on %s: it joins %s on %s, after its end; "
                     "an organisation that ends leaves its groupings",
                     o->code, d, g.code, util_date_say(e, st[i].from, x));
    else if (nothing_later(a, &g, o, day, e)) {
      util_err_prefix(e, "cannot end %s on %s (it would leave %s): ", o->code,
                      d, g.code);
      rc = -1;
    } else
      rc = store_grouping_leave(a->st, g.id, o->id, st[i].from, day, e);
  }
  free(st);
  return rc ? -1 : 0;
}

/* ---- the report
 * -------------------------------------------------------------------- */

static int by_code(const void *x, const void *y) {
  return strcmp(((const store_org *)x)->code, ((const store_org *)y)->code);
}

/* Refuses members on `to` of which one was below another during
 * [from, to]. */
static int apart(app *a, const store_grouping *g, const store_org *m, size_t n,
                 util_day from, util_day to, util_err *e) {
  char f[UTIL_DATE_SAY], t[UTIL_DATE_SAY];
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < n; j++) {
      bool below;
      if (i == j)
        continue;
      if (app_below(a, m[i].id, m[j].id, from, to + 1, &below, e))
        return -1;
      if (below)
        return util_fail(
            e, UTIL_REFUSED,
            "cannot report on %s from %s to %s: its members %s and %s "
            "overlap, %s being below %s during the period (their figures "
            "would count twice); take one out of %s (group leave)",
            g->code, util_date_say(e, from, f), util_date_say(e, to, t),
            m[i].code, m[j].code, m[i].code, m[j].code, g->code);
    }
  return 0;
}

int app_group_report(app *a, const char *code, util_day from, util_day to,
                     enum report_engine engine, report_figures *out,
                     util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  memset(out, 0, sizeof *out);
  store_grouping g = {0};
  store_grouping_span *sp = NULL;
  store_org *m = NULL;
  size_t n = 0, nm = 0;
  char t[UTIL_DATE_SAY];
  int rc = -1;
  if (grouping(a, "group", code, &g, e) ||
      store_grouping_spans(a->st, g.id, &sp, &n, e))
    goto done;
  m = util_xcalloc(n ? n : 1, sizeof *m);
  for (size_t i = 0; i < n; i++)
    if (sp[i].from <= to && to < sp[i].to &&
        org_by_id(a, sp[i].org, &m[nm++], e))
      goto done;
  if (!nm) {
    util_fail(e, UTIL_REFUSED,
              "cannot report on %s up to %s: it has no members on that day",
              g.code, util_date_say(e, to, t));
    goto done;
  }
  qsort(m, nm, sizeof *m, by_code);
  if (apart(a, &g, m, nm, from, to, e))
    goto done;
  out->members = util_xcalloc(nm, sizeof *out->members);
  for (size_t i = 0; i < nm; i++) {
    report_figures f;
    if (report_compute(a->st, m[i].id, from, to, engine, &f, e))
      goto done;
    report_figures_add(out, &f);
    report_figures_clear(&f);
    out->members[out->n_members++] = util_xstrdup(m[i].code);
  }
  out->code = util_xstrdup(g.code);
  out->name = util_xstrdup(g.name);
  out->kind = CORE_COMMITTEE;
  out->from = from;
  out->to = to;
  out->group = true;
  rc = 0;
done:
  for (size_t i = 0; i < nm; i++)
    store_org_clear(&m[i]);
  free(m);
  free(sp);
  store_grouping_clear(&g);
  if (rc)
    report_figures_clear(out);
  return rc;
}

/* ---- conferences
 * ------------------------------------------------------------------- */

/* A count typed by a user: digits only, 0 to 1,000,000. */
static int count_of(const char *field, const char *text, int *out,
                    util_err *e) {
  *out = -1;
  if (!text)
    return 0;
  size_t n = strlen(text);
  bool digits = n > 0 && n <= 7;
  for (size_t i = 0; i < n && digits; i++)
    digits = isdigit((unsigned char)text[i]);
  long v = digits ? strtol(text, NULL, 10) : -1;
  if (v < 0 || v > 1000000)
    return util_invalid(e, field, "%s: %s: a whole number from 0 to 1000000",
                        field, text);
  *out = (int)v;
  return 0;
}

/* Checks a grouping conference: the host and the next holder of the flag
 * are members on the day. */
static int conference_members(app *a, const store_grouping *g,
                              const store_org *host, const store_org *next,
                              util_day day, const store_grouping_span *sp,
                              size_t n, util_err *e) {
  char d[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  util_buf members = {0};
  int rc = 0;
  const char *bad = NULL;
  const store_org *dead = host->ended && host->ended <= day ? host
                          : next->id && next->ended && next->ended <= day
                              ? next
                              : NULL;
  if (!member_on(sp, n, host->id, day))
    bad = host->code;
  else if (next->id && !member_on(sp, n, next->id, day))
    bad = next->code;
  if (dead) {
    char x[UTIL_DATE_SAY];
    rc = util_fail(e, UTIL_REFUSED,
                   "%s: %s was %s on %s, on or before %s: the %s is a live "
                   "member of %s",
                   dead == host ? "host" : "flag-to", dead->code,
                   dead->ended_how == CORE_F_ORGS_MERGED ? "merged"
                                                         : "dissolved",
                   util_date_say(e, dead->ended, x), d,
                   dead == host ? "host" : "next holder of the flag", g->code);
  } else if (bad) {
    rc = members_text(a, sp, n, day, &members, e);
    if (rc == 0)
      rc = util_fail(e, UTIL_REFUSED,
                     "%s: %s is not a member of %s on %s (members: %s)",
                     bad == host->code ? "host" : "flag-to", bad, g->code, d,
                     members.data);
  } else if (next->id == host->id) {
    rc = util_invalid(
        e, "flag-to",
        "flag-to: %s: the host hands the flag to another member of "
        "%s",
        next->code, g->code);
  }
  util_buf_free(&members);
  return rc;
}

int app_conference_add(app *a, const app_conference_in *in, int64_t *id,
                       util_err *e) {
  /* A grouping's conference hands its flag across branches. */
  if (in->group ? app_act_all(a, APP_EDITOR, e) : app_act(a, APP_EDITOR, e))
    return -1;
  static const char *const kinds[] = {"review", "workshop", "anniversary",
                                      "other"};
  if (in->flag_to && !in->group)
    return util_invalid(e, "flag-to",
                        "flag-to: %s: the rotating flag is a grouping's: "
                        "name the grouping too",
                        util_quote(in->flag_to).s);
  if (app_begin(a, e))
    return -1;
  store_grouping g = {0};
  store_org host = {0}, next = {0};
  store_grouping_span *sp = NULL;
  size_t n = 0;
  store_conference c = {.delegates = -1, .papers = -1};
  char *theme = NULL, *path = NULL;
  int rc = -1;
  for (size_t i = 0; i < UTIL_COUNT(kinds) && in->kind; i++)
    if (strcmp(in->kind, kinds[i]) == 0)
      c.kind = kinds[i];
  if (!c.kind) {
    util_invalid(e, "kind", "kind: %s: review, workshop, anniversary or other",
                 in->kind ? in->kind : "");
    goto done;
  }
  if (app_text("theme", in->theme, true, 500, &theme, e) ||
      count_of("delegates", in->delegates, &c.delegates, e) ||
      count_of("papers", in->papers, &c.papers, e) ||
      app_date(a, "date", in->date, false, &c.date, e) ||
      app_org(a, "host", in->host, &host, e) ||
      app_path_at(a, &host, c.date, &path, e))
    goto done;
  if (in->group) {
    if (grouping(a, "group", in->group, &g, e) ||
        (in->flag_to && app_org(a, "flag-to", in->flag_to, &next, e)) ||
        store_grouping_spans(a->st, g.id, &sp, &n, e) ||
        conference_members(a, &g, &host, &next, c.date, sp, n, e))
      goto done;
  }
  c.grouping = g.id;
  c.host = host.id;
  c.flag_to = next.id;
  c.theme = theme;
  int64_t holder;
  if (store_conference_add(a->st, &c, a->user, &c.id, e) ||
      (g.id &&
       flag_walk(a, g.id, g.code, sp, n, UTIL_DAY_MAX, c.id, &holder, NULL, e)))
    goto done;
  rc = app_audit(a, "conference add", e, "%lld %s hosted by %s on %s%s%s",
                 (long long)c.id, c.kind, host.code, in->date,
                 g.id ? " for " : "", g.id ? g.code : "");
  if (id)
    *id = c.id;
done:
  free(theme);
  free(path);
  free(sp);
  store_org_clear(&host);
  store_org_clear(&next);
  store_grouping_clear(&g);
  return app_end(a, rc, e);
}

/* ---- outstanding models
 * ------------------------------------------------------------ */

int app_model_add(app *a, const app_model_in *in, int64_t *id, util_err *e) {
  /* A grouping's models are chosen across its branches. */
  if (app_act_all(a, APP_EDITOR, e))
    return -1;
  bool has_org = in->org && *in->org, has_member = in->member && *in->member;
  if (has_org == has_member)
    return util_invalid(e, "org",
                        "org: name an organisation or a member, one of them");
  if (app_begin(a, e))
    return -1;
  store_grouping g = {0};
  store_org o = {0};
  store_member mem = {0};
  store_grouping_span *sp = NULL;
  size_t n = 0;
  store_model m = {0};
  char *title = NULL, *path = NULL, *who = NULL, *trail = NULL,
       d[UTIL_DATE_SAY];
  util_buf members = {0};
  int rc = -1;
  if (grouping(a, "group", in->group, &g, e) ||
      app_text("title", in->title, true, 300, &title, e) ||
      app_date(a, "date", in->date, false, &m.date, e) ||
      store_grouping_spans(a->st, g.id, &sp, &n, e))
    goto done;
  util_date_say(e, m.date, d);
  if (has_org) {
    if (app_org(a, "org", in->org, &o, e) ||
        app_path_at(a, &o, m.date, &path, e))
      goto done;
    m.org = o.id;
    who = util_xstrdup(o.code);
    trail = util_xstrdup(o.code);
  } else {
    enum core_status status;
    int64_t cell;
    if (app_member(a, "member", in->member, &mem, e) ||
        store_membership_at(a->st, mem.id, m.date, &cell, &status, e))
      goto done;
    if (status != CORE_PROBATIONARY && status != CORE_OFFICIAL) {
      util_invalid(e, "member",
                   "member: %lld (%s) was not a party member on %s",
                   (long long)mem.id, mem.name, d);
      goto done;
    }
    m.member = mem.id;
    char w[80];
    who = util_xasprintf("%s (%s)", app_who_member(e, mem.id, w), mem.name);
    trail =
        util_xasprintf("%s (%s)", app_who_member(NULL, mem.id, w), mem.name);
  }
  bool within = false;
  for (size_t i = 0; i < n && !within; i++)
    if (sp[i].from <= m.date && m.date < sp[i].to &&
        model_within(a, m.org, m.member, m.date, sp[i].org, &within, e))
      goto done;
  if (!within) {
    if (members_text(a, sp, n, m.date, &members, e) == 0)
      util_fail(e, UTIL_REFUSED,
                "cannot name %s an outstanding model of %s on %s: it is not "
                "within a member of %s on that day (members: %s)",
                who, g.code, d, g.code, members.data);
    goto done;
  }
  m.grouping = g.id;
  m.title = title;
  int64_t mid;
  if (store_model_add(a->st, &m, a->user, &mid, e))
    goto done;
  rc = app_audit(a, "model add", e, "%lld %s of %s on %s: %s", (long long)mid,
                 trail, g.code, util_date_format(m.date, d), title);
  if (id)
    *id = mid;
done:
  util_buf_free(&members);
  free(title);
  free(path);
  free(who);
  free(trail);
  free(sp);
  store_member_clear(&mem);
  store_org_clear(&o);
  store_grouping_clear(&g);
  return app_end(a, rc, e);
}
