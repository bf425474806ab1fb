/*
 * meeting.c — cell meetings (DOMAIN.md §5): who attended, who spoke, the
 * tasks and documents, and the quality score on a rubric. The facts the
 * rubric reads (length, attendance, the share who spoke, the resolution's
 * results, absences in a row) are computed here from the records; the
 * arithmetic is core's (core_rubric_score).
 *
 * A cell's meetings are recorded in date order: the attendance bonus of a
 * meeting looks back at the meetings before it, and a meeting slipped in
 * earlier would change the score of those after it.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A whole number typed by a user in [lo, hi]; `rule` ends the refusal. */
static int number(const char *field, const char *text, int lo, int hi,
                  const char *rule, int *out, util_err *e) {
  char *end = NULL;
  long v = 0;
  errno = 0;
  bool digits = text && (isdigit((unsigned char)*text) ||
                         (*text == '-' && isdigit((unsigned char)text[1])));
  if (digits)
    v = strtol(text, &end, 10);
  if (!digits || *end || errno || v < lo || v > hi)
    return util_invalid(e, field, "%s: %s: %s", field, text ? text : "", rule);
  *out = (int)v;
  return 0;
}

/* ---- the people at a meeting
 * --------------------------------------------------- */

enum { UNLISTED, PRESENT, ABSENT };

typedef struct person {
  int64_t member;
  bool visitor, post, spoke;
  int state;
  char *reason;
} person;

/* What checking a meeting gathers. */
typedef struct gather {
  app *a;
  store_org cell;
  util_day day;
  char date[UTIL_DATE_SAY]; /* the day, as the refusals' reader writes it */
  person *people;           /* by member id */
  size_t npeople;
  int64_t chair;
} gather;

static void gather_free(gather *g) {
  for (size_t i = 0; i < g->npeople; i++)
    free(g->people[i].reason);
  free(g->people);
  store_org_clear(&g->cell);
}

static person *find(gather *g, int64_t member) {
  size_t lo = 0, hi = g->npeople;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (g->people[mid].member < member)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < g->npeople && g->people[lo].member == member ? &g->people[lo]
                                                           : NULL;
}

/* Who may attend: the registered members and the visitors of the day. */
static int people_of(gather *g, util_err *e) {
  store_attendee *at;
  size_t n;
  if (store_cell_attendees(g->a->st, g->cell.id, g->day, &at, &n, e))
    return -1;
  g->people = util_xcalloc(n ? n : 1, sizeof *g->people);
  for (size_t i = 0; i < n; i++) {
    /* Rows come by member, registered before visiting: keep the first. */
    if (g->npeople && g->people[g->npeople - 1].member == at[i].member)
      continue;
    g->people[g->npeople++] = (person){
        .member = at[i].member, .visitor = at[i].visitor, .post = at[i].post};
  }
  free(at);
  return 0;
}

/* The person a reference names, refused when not of the cell that day. */
static int attendee(gather *g, const char *field, const char *ref, person **out,
                    util_err *e) {
  store_member m;
  if (app_member(g->a, field, ref, &m, e))
    return -1;
  *out = find(g, m.id);
  if (*out) {
    store_member_clear(&m);
    return 0;
  }
  int64_t cell;
  enum core_status st;
  store_org home = {0};
  int rc = store_membership_at(g->a->st, m.id, g->day, &cell, &st, e);
  if (rc == 0 && cell)
    rc = store_org_by_id(g->a->st, cell, &home, e) < 0 ? -1 : 0;
  bool seen = true;
  if (rc == 0 && cell)
    rc = app_in_scope(g->a, cell, &seen, e);
  if (rc == 0) {
    /* Where they were, when it is outside the branch, is not said. */
    char *where =
        !cell  ? util_xstrdup(util_tr_err(e, "not a party member that day"))
        : seen ? util_xasprintf(util_tr_err(e, "registered in %s"), home.code)
               : util_xstrdup(util_tr_err(e, "registered outside this branch"));
    rc = util_invalid(
        e, field,
        "%s: member %lld (%s) is not registered in %s on %s nor on "
        "a temporary transfer to it (%s); a meeting is attended by "
        "the cell's members and its temporary visitors",
        field, (long long)m.id, m.name, g->cell.code, g->date, where);
    free(where);
  }
  store_org_clear(&home);
  store_member_clear(&m);
  return -1;
}

/* --present "ID,ID,..." (and "all"): sets *all when "all" is given. */
static int read_present(gather *g, const char *list, bool *all, util_err *e) {
  *all = false;
  if (!list)
    return 0;
  char *copy = util_xstrdup(list), *save = NULL;
  int rc = 0;
  for (char *tok = strtok_r(copy, ", ", &save); tok && rc == 0;
       tok = strtok_r(NULL, ", ", &save)) {
    if (strcmp(tok, "all") == 0) {
      *all = true;
      continue;
    }
    person *p;
    rc = attendee(g, "present", tok, &p, e);
    if (rc == 0 && p->state == PRESENT && p->member != g->chair)
      rc = util_invalid(e, "present", "present: member %lld is listed twice",
                        (long long)p->member);
    if (rc == 0)
      p->state = PRESENT;
  }
  free(copy);
  return rc;
}

/* --absent "ID" or "ID:REASON". */
static int read_absent(gather *g, const char *item, util_err *e) {
  const char *colon = strchr(item, ':');
  char *ref =
      colon ? util_xstrndup(item, (size_t)(colon - item)) : util_xstrdup(item);
  person *p;
  int rc = attendee(g, "absent", ref, &p, e);
  free(ref);
  if (rc)
    return -1;
  if (p->member == g->chair)
    return util_invalid(e, "absent",
                        "absent: member %lld chairs the meeting; the chair is "
                        "present",
                        (long long)p->member);
  if (p->state != UNLISTED)
    return util_invalid(e, "absent", "absent: member %lld is listed %s",
                        (long long)p->member,
                        p->state == PRESENT ? "present" : "absent twice");
  p->state = ABSENT;
  return colon ? app_note("absent", colon + 1, &p->reason, e) : 0;
}

/* An opinion "ID[:ROLE[:TEXT]]": its speaker, role and text. */
typedef struct opinion {
  person *who;
  bool manager;
  char *text;
} opinion;

static int read_opinion(gather *g, const char *item, opinion *o, util_err *e) {
  const char *c1 = strchr(item, ':');
  const char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
  char *ref =
      c1 ? util_xstrndup(item, (size_t)(c1 - item)) : util_xstrdup(item);
  char *role = c1 ? (c2 ? util_xstrndup(c1 + 1, (size_t)(c2 - c1 - 1))
                        : util_xstrdup(c1 + 1))
                  : util_xstrdup("");
  int rc = attendee(g, "opinion", ref, &o->who, e);
  if (rc == 0 && o->who->state != PRESENT)
    rc = util_invalid(
        e, "opinion",
        "opinion: member %lld is not listed present; opinions come "
        "from those present",
        (long long)o->who->member);
  if (rc == 0) {
    if (strcmp(role, "manager") == 0)
      o->manager = true;
    else if (strcmp(role, "member") == 0)
      o->manager = false;
    else if (!*role)
      o->manager = o->who->post;
    else
      rc = util_invalid(e, "opinion",
                        "opinion: %s: the role is manager (holds a management "
                        "post) or member; leave it out to take it from the "
                        "member's record",
                        item);
  }
  if (rc == 0 && c2)
    rc = app_note("opinion", c2 + 1, &o->text, e);
  if (rc == 0 && !o->who->visitor)
    o->who->spoke = true;
  free(ref);
  free(role);
  return rc;
}

/* ---- rubric and scoring
 * -------------------------------------------------------- */

/* "CRITERION=N" given by the scorer into given[]; seen[] marks the
 * criteria given so far by this command. */
static int read_points(const core_rubric *r, const char *item, int *given,
                       bool *seen, util_err *e) {
  const char *eq = strchr(item, '=');
  if (!eq)
    return util_invalid(
        e, "points", "points: %s: CRITERION=N is needed (e.g. preparation=9)",
        item);
  char *id = util_xstrndup(item, (size_t)(eq - item));
  int i = core_rubric_find(r, id), n, rc = 0;
  if (i < 0) {
    util_buf ids = {0};
    for (size_t k = 0; k < r->n; k++)
      if (r->c[k].given)
        util_buf_printf(&ids, "%s%s", ids.len ? ", " : "", r->c[k].id);
    rc = util_invalid(
        e, "points",
        "points: %s: the rubric %s has no criterion %s (those the "
        "scorer gives: %s)",
        item, r->name, id, ids.data ? ids.data : util_tr_err(e, N_("none")));
    util_buf_free(&ids);
  } else if (seen[i]) {
    rc = util_invalid(e, "points", "points: %s: %s is given twice", item, id);
  } else if (number("points", eq + 1, INT32_MIN / 2, INT32_MAX / 2, "", &n,
                    e)) {
    rc = util_invalid(e, "points",
                      "points: %s: a whole number of points is needed", item);
  } else {
    rc = core_rubric_give(r, (size_t)i, n, e);
  }
  if (rc == 0) {
    given[i] = n;
    seen[i] = true;
  }
  free(id);
  return rc;
}

/* The rubric a meeting is scored on, parsed. */
static int rubric_of(app *a, int64_t id, core_rubric *r, util_err *e) {
  store_rubric sr;
  int rc = store_rubric_get(a->st, NULL, id, &sr, e);
  if (rc == 1)
    return util_fail(e, UTIL_INTERNAL, "the rubric %lld is missing",
                     (long long)id);
  if (rc == 0) {
    char *where = util_xasprintf("rubric %s", sr.name);
    rc = app_rubric_parse(sr.definition, where, r, NULL, e);
    free(where);
  }
  store_rubric_clear(&sr);
  return rc;
}

/* The longest run of meetings in a row, ending with (day, id), that one of
 * `absent` (registered members absent from it) missed. */
static int absent_run(app *a, int64_t cell, util_day day, int64_t id,
                      const int64_t *absent, size_t n, int *run, util_err *e) {
  *run = 0;
  for (size_t i = 0; i < n; i++) {
    int before;
    if (store_absent_run(a->st, cell, absent[i], day, id, &before, e))
      return -1;
    if (before + 1 > *run)
      *run = before + 1;
  }
  return 0;
}

/* Places the meeting's point at its cell on its day (docs/report.md). */
static int place(app *a, const store_meeting *m, util_err *e) {
  core_tally t = {0};
  core_tally_add(&t,
                 CORE_KEY(CORE_D_MEETING, m->kind == CORE_THEMATIC
                                              ? CORE_M_THEMATIC
                                              : CORE_M_REGULAR),
                 1);
  if (m->score >= 0) {
    enum core_meeting_grade g = core_meeting_grade_of(m->score);
    core_tally_add(&t, CORE_KEY(CORE_D_MEETING, CORE_M_SCORED), 1);
    core_tally_add(&t, CORE_KEY(CORE_D_MEETING, CORE_M_SCORE_SUM), m->score);
    core_tally_add(&t, CORE_KEY(CORE_D_MEETING, CORE_M_GRADE + g), 1);
  }
  int rc = app_point(a, "meeting", m->id, m->cell, m->date, &t, 0, e);
  core_tally_free(&t);
  return rc;
}

/* Writes each criterion's points (those known). */
static int keep_points(app *a, int64_t meeting, const core_rubric *r,
                       const int *points, util_err *e) {
  char **ids = util_xcalloc(r->n, sizeof *ids);
  bool *computed = util_xcalloc(r->n, sizeof *computed);
  for (size_t i = 0; i < r->n; i++) {
    ids[i] = r->c[i].id;
    computed[i] = r->c[i].given == 0;
  }
  int rc =
      store_meeting_points_set(a->st, meeting, r->n, ids, points, computed, e);
  free(ids);
  free(computed);
  return rc;
}

/* ---- recording a meeting
 * ------------------------------------------------------ */

/* The cell: a cell that exists on the day. */
static int meeting_cell(gather *g, const char *code, util_err *e) {
  store_org *o = &g->cell;
  char x[UTIL_DATE_SAY], d[UTIL_DATE_SAY];
  if (app_org(g->a, "cell", code, o, e))
    return -1;
  if (!core_kind_is_cell(o->kind))
    return util_invalid(e, "cell",
                        "cell: %s is a %s; meetings are those of party cells "
                        "(cell, grassroots_cell)",
                        o->code, core_kind_name(o->kind));
  if (o->ended && g->day >= o->ended)
    return util_fail(e, UTIL_REFUSED,
                     "cell: %s was %s on %s: no meeting on %s (a cell meets "
                     "while it exists)",
                     o->code, app_org_ended_word(o, e),
                     util_date_say(e, o->ended, x),
                     util_date_say(e, g->day, d));
  char *path;
  if (app_path_at(g->a, o, g->day, &path, e)) {
    util_err_prefix(e, "cell: ");
    return -1;
  }
  free(path);
  /* In date order (see the top of this file). */
  int64_t last;
  util_day last_day;
  if (store_meeting_before(g->a->st, o->id, UTIL_DAY_MAX, INT64_MAX, &last,
                           &last_day, e))
    return -1;
  if (last && last_day > g->day)
    return util_invalid(e, "date",
                        "date: %s: %s has a meeting recorded on %s; a cell's "
                        "meetings are recorded in date order",
                        g->date, o->code, util_date_say(e, last_day, x));
  return 0;
}

/* The documents a meeting disseminates: each registered, issued by the
 * day, not yet disseminated by the cell, listed once. */
static int read_documents(gather *g, const app_meeting_in *in, store_doc *docs,
                          util_err *e) {
  char d[UTIL_DATE_SAY];
  for (size_t i = 0; i < in->ndocuments; i++) {
    const char *number = in->documents[i];
    int rc = store_doc_find(g->a->st, number, &docs[i], e);
    if (rc < 0)
      return -1;
    if (rc == 1)
      return util_not_found(
          e,
          "document: %s: no document has this number (register "
          "it with cadre doc add)",
          number);
    if (docs[i].date > g->day)
      return util_fail(
          e, UTIL_REFUSED, "document: %s: issued on %s, after the meeting (%s)",
          docs[i].number, util_date_say(e, docs[i].date, d), g->date);
    for (size_t k = 0; k < i; k++)
      if (docs[k].id == docs[i].id)
        return util_invalid(e, "document", "document: %s: listed twice",
                            docs[i].number);
    util_day done;
    if (store_doc_step_day(g->a->st, docs[i].id, g->cell.id, 0, &done, e))
      return -1;
    if (done)
      return util_invalid(e, "document",
                          "document: %s: %s disseminated it on %s already; a "
                          "document is disseminated once by each organisation",
                          docs[i].number, g->cell.code,
                          util_date_say(e, done, d));
  }
  return 0;
}

/* Records a dissemination of a document by an organisation and places its
 * point (doc.c does the same for `doc disseminate`). */
int app_doc_record(app *a, int64_t doc, int64_t org, int step, util_day day,
                   int64_t meeting, int64_t *out, util_err *e) {
  int64_t id;
  if (store_doc_step_add(a->st, doc, org, step, day, meeting, a->user, &id, e))
    return -1;
  if (out)
    *out = id;
  core_tally t = {0};
  core_tally_add(&t, CORE_KEY(CORE_D_DOC, step != 0), 1);
  int rc = app_point(a, "dissemination", id, org, day, &t, 0, e);
  core_tally_free(&t);
  return rc;
}

static int write_meeting(gather *g, const app_meeting_in *in, store_meeting *m,
                         const opinion *ops, char *const *tasks,
                         const store_doc *docs, const core_rubric *r,
                         const int *points, util_err *e) {
  app *a = g->a;
  if (store_meeting_insert(a->st, m, a->user, e))
    return -1;
  for (size_t i = 0; i < g->npeople; i++) {
    person *p = &g->people[i];
    if (p->state != UNLISTED &&
        store_attendance_add(a->st, m->id, p->member, p->state == PRESENT,
                             p->visitor, p->reason, e))
      return -1;
  }
  for (size_t i = 0; i < in->nopinions; i++)
    if (store_opinion_add(a->st, m->id, (int)i + 1, ops[i].who->member,
                          ops[i].manager, ops[i].text, e))
      return -1;
  for (size_t i = 0; i < in->ntasks; i++)
    if (store_task_add(a->st, m->id, (int)i + 1, tasks[i], e))
      return -1;
  if (keep_points(a, m->id, r, points, e))
    return -1;
  for (size_t i = 0; i < in->ndocuments; i++)
    if (app_doc_record(a, docs[i].id, m->cell, 0, m->date, m->id, NULL, e))
      return -1;
  return place(a, m, e);
}

int app_meeting_add(app *a, const app_meeting_in *in, int64_t *id,
                    util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  gather g = {.a = a};
  store_meeting m = {0};
  store_rubric sr = {0};
  core_rubric r = {0};
  opinion *ops = util_xcalloc(in->nopinions + 1, sizeof *ops);
  char **tasks = util_xcalloc(in->ntasks + 1, sizeof *tasks);
  store_doc *docs = util_xcalloc(in->ndocuments + 1, sizeof *docs);
  int64_t *absent = NULL;
  int *given = NULL, *points = NULL;
  bool *seen = NULL, all;
  size_t nabsent = 0;
  int rc = -1;
  if (app_date(a, "date", in->date, false, &g.day, e))
    goto done;
  util_date_say(e, g.day, g.date);
  if (core_meeting_kind_parse(in->kind, &m.kind)) {
    util_invalid(e, "kind", "kind: %s: regular or thematic",
                 in->kind ? in->kind : "");
    goto done;
  }
  if (number("minutes", in->minutes, 1, 1440,
             "the length in whole minutes, 1 to 1440", &m.minutes, e) ||
      app_note("theme", in->theme, &m.theme, e))
    goto done;
  m.result = -1;
  if (in->result && number("result", in->result, 0, 100,
                           "the share of last month's targets met, a whole "
                           "percentage from 0 to 100",
                           &m.result, e))
    goto done;
  if (meeting_cell(&g, in->cell, e) || people_of(&g, e))
    goto done;
  /* The chair is present; then those listed, then the absent. */
  person *chair;
  if (attendee(&g, "chair", in->chair, &chair, e))
    goto done;
  chair->state = PRESENT;
  g.chair = chair->member;
  if (read_present(&g, in->present, &all, e))
    goto done;
  for (size_t i = 0; i < in->nabsent; i++)
    if (read_absent(&g, in->absent[i], e))
      goto done;
  /* Registered members not listed: present with "all", else absent. */
  absent = util_xcalloc(g.npeople + 1, sizeof *absent);
  for (size_t i = 0; i < g.npeople; i++) {
    person *p = &g.people[i];
    if (p->visitor)
      continue;
    if (p->state == UNLISTED)
      p->state = all ? PRESENT : ABSENT;
    m.registered++;
    m.present += p->state == PRESENT;
    if (p->state == ABSENT)
      absent[nabsent++] = p->member;
  }
  for (size_t i = 0; i < in->nopinions; i++)
    if (read_opinion(&g, in->opinions[i], &ops[i], e))
      goto done;
  for (size_t i = 0; i < g.npeople; i++)
    m.speakers += g.people[i].spoke;
  for (size_t i = 0; i < in->ntasks; i++)
    if (app_text("task", in->tasks[i], true, 500, &tasks[i], e))
      goto done;
  if (read_documents(&g, in, docs, e))
    goto done;
  /* The score on the active rubric. */
  if (app_rubric_ensure(a, &sr, e) || rubric_of(a, sr.id, &r, e))
    goto done;
  given = util_xcalloc(r.n, sizeof *given);
  points = util_xcalloc(r.n, sizeof *points);
  seen = util_xcalloc(r.n, sizeof *seen);
  for (size_t i = 0; i < r.n; i++)
    given[i] = CORE_NO_POINTS;
  for (size_t i = 0; i < in->npoints; i++)
    if (read_points(&r, in->points[i], given, seen, e))
      goto done;
  core_meeting_facts f = {.minutes = m.minutes,
                          .registered = m.registered,
                          .present = m.present,
                          .speakers = m.speakers,
                          .has_result = m.result >= 0,
                          .result = m.result};
  if (absent_run(a, g.cell.id, g.day, INT64_MAX, absent, nabsent, &f.absent_run,
                 e))
    goto done;
  m.score = core_rubric_score(&r, &f, given, points, NULL);
  m.cell = g.cell.id;
  m.date = g.day;
  m.chair = g.chair;
  m.rubric = sr.id;
  if (write_meeting(&g, in, &m, ops, tasks, docs, &r, points, e))
    goto done;
  char iso[11];
  rc = app_audit(a, "meeting add", e, "%lld of %s on %s", (long long)m.id,
                 g.cell.code, util_date_format(g.day, iso));
  if (id)
    *id = m.id;
done:
  for (size_t i = 0; i < in->nopinions; i++)
    free(ops[i].text);
  for (size_t i = 0; i < in->ntasks; i++)
    free(tasks[i]);
  for (size_t i = 0; i < in->ndocuments; i++)
    store_doc_clear(&docs[i]);
  free(ops);
  free(tasks);
  free(docs);
  free(absent);
  free(given);
  free(points);
  free(seen);
  app_rubric_free(&r);
  store_rubric_clear(&sr);
  store_meeting_clear(&m);
  gather_free(&g);
  return app_end(a, rc, e);
}

/* ---- scoring a recorded meeting
 * --------------------------------------------------- */

void app_scoring_free(app_scoring *s) {
  app_rubric_free(&s->rubric);
  free(s->points);
  free(s->computed);
  free(s->given);
  memset(s, 0, sizeof *s);
}

typedef struct lines {
  int64_t *absent;
  size_t nabsent;
  const core_rubric *r;
  int *stored;
} lines;

static int absent_line(void *ctx, const store_meeting_line *l) {
  lines *x = ctx;
  if (!l->flag && !l->visitor) {
    x->absent = util_xrealloc(x->absent, (x->nabsent + 1) * sizeof *x->absent);
    x->absent[x->nabsent++] = l->member;
  }
  return 0;
}

static int points_line(void *ctx, const store_meeting_line *l) {
  lines *x = ctx;
  int i = core_rubric_find(x->r, l->text);
  if (i >= 0)
    x->stored[i] = l->n;
  return 0;
}

int app_meeting_scoring(app *a, const store_meeting *m, app_scoring *s,
                        util_err *e) {
  memset(s, 0, sizeof *s);
  lines x = {0};
  int rc = rubric_of(a, m->rubric, &s->rubric, e);
  if (rc)
    return -1;
  size_t n = s->rubric.n;
  s->points = util_xcalloc(n, sizeof *s->points);
  s->computed = util_xcalloc(n, sizeof *s->computed);
  s->given = util_xcalloc(n, sizeof *s->given);
  x.r = &s->rubric;
  x.stored = util_xcalloc(n, sizeof *x.stored);
  for (size_t i = 0; i < n; i++)
    s->given[i] = x.stored[i] = CORE_NO_POINTS;
  s->facts = (core_meeting_facts){.minutes = m->minutes,
                                  .registered = m->registered,
                                  .present = m->present,
                                  .speakers = m->speakers,
                                  .has_result = m->result >= 0,
                                  .result = m->result};
  rc =
      store_meeting_lines(a->st, m->id, STORE_ATTENDANCE, absent_line, &x, e) ||
      store_meeting_lines(a->st, m->id, STORE_POINTS, points_line, &x, e) ||
      absent_run(a, m->cell, m->date, m->id, x.absent, x.nabsent,
                 &s->facts.absent_run, e);
  if (rc == 0) {
    /* The computed parts, then the given ones: what the kept points leave
     * (core_rubric_check: a criterion with a given part always has its
     * computed part). */
    core_rubric_score(&s->rubric, &s->facts, s->given, s->points, s->computed);
    for (size_t i = 0; i < n; i++) {
      const core_criterion *c = &s->rubric.c[i];
      int g = x.stored[i] - s->computed[i];
      if (c->given && x.stored[i] != CORE_NO_POINTS &&
          s->computed[i] != CORE_NO_POINTS && g >= 0 && g <= c->given)
        s->given[i] = g;
    }
    s->total = core_rubric_score(&s->rubric, &s->facts, s->given, s->points,
                                 s->computed);
  }
  free(x.absent);
  free(x.stored);
  if (rc)
    app_scoring_free(s);
  return rc ? -1 : 0;
}

int app_meeting_score(app *a, const char *id, const char *const *points,
                      size_t npoints, const char *result, int *score,
                      util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_meeting m = {0};
  app_scoring s = {0};
  bool *seen = NULL;
  int rc = -1, mid;
  if (number("meeting", id, 1, INT32_MAX, "no meeting has this id", &mid, e))
    goto done;
  rc = store_meeting_get(a->st, mid, &m, e);
  bool in = false;
  if (rc == 0 && (rc = app_in_scope(a, m.cell, &in, e)) == 0 && !in)
    rc = 1;
  if (rc == 1)
    rc = util_not_found(e, "meeting: %s: no meeting has this id", id);
  if (rc || (rc = app_meeting_scoring(a, &m, &s, e)) != 0)
    goto done;
  rc = -1;
  if (result) {
    if (number("result", result, 0, 100,
               "the share of last month's targets met, a whole percentage "
               "from 0 to 100",
               &m.result, e))
      goto done;
    s.facts.has_result = true;
    s.facts.result = m.result;
  }
  seen = util_xcalloc(s.rubric.n, sizeof *seen);
  for (size_t i = 0; i < npoints; i++)
    if (read_points(&s.rubric, points[i], s.given, seen, e))
      goto done;
  m.score = core_rubric_score(&s.rubric, &s.facts, s.given, s.points, NULL);
  if (keep_points(a, m.id, &s.rubric, s.points, e) ||
      store_meeting_set_score(a->st, m.id, m.result, m.score, e) ||
      place(a, &m, e))
    goto done;
  rc = app_audit(a, "meeting score", e, "%lld: %d", (long long)m.id, m.score);
  *score = m.score;
done:
  free(seen);
  app_scoring_free(&s);
  store_meeting_clear(&m);
  return app_end(a, rc, e);
}

/* Meeting `id` and its scoring as it stands. */
static int scoring_of(app *a, int64_t id, store_meeting *m, app_scoring *s,
                      util_err *e) {
  if (store_meeting_get(a->st, id, m, e))
    return -1;
  return app_meeting_scoring(a, m, s, e);
}

int app_rescore_begin(app *a, int64_t cell, util_day day, int64_t id,
                      app_rescore *r, util_err *e) {
  memset(r, 0, sizeof *r);
  if (store_meetings_after(a->st, cell, day, id, &r->ids, &r->n, e))
    return -1;
  r->given = util_xcalloc(r->n ? r->n : 1, sizeof *r->given);
  int rc = 0;
  for (size_t i = 0; i < r->n && rc == 0; i++) {
    store_meeting m = {0};
    app_scoring s = {0};
    rc = scoring_of(a, r->ids[i], &m, &s, e);
    if (rc == 0) {
      r->given[i] = s.given;
      s.given = NULL;
    }
    app_scoring_free(&s);
    store_meeting_clear(&m);
  }
  return rc;
}

int app_rescore_end(app *a, app_rescore *r, util_err *e) {
  int rc = 0;
  for (size_t i = 0; i < r->n && rc == 0; i++) {
    store_meeting m = {0};
    app_scoring s = {0};
    rc = scoring_of(a, r->ids[i], &m, &s, e);
    /* The scorer's parts as they were, the computed ones anew. */
    int total = rc == 0 ? core_rubric_score(&s.rubric, &s.facts, r->given[i],
                                            s.points, s.computed)
                        : CORE_NO_POINTS;
    if (rc == 0 && m.score >= 0 && total != CORE_NO_POINTS &&
        total != m.score) {
      m.score = total;
      rc = keep_points(a, m.id, &s.rubric, s.points, e) ||
                   store_meeting_set_score(a->st, m.id, m.result, m.score, e) ||
                   place(a, &m, e)
               ? -1
               : 0;
    }
    app_scoring_free(&s);
    store_meeting_clear(&m);
  }
  return rc;
}

void app_rescore_free(app_rescore *r) {
  for (size_t i = 0; i < r->n; i++)
    free(r->given[i]);
  free(r->given);
  free(r->ids);
  memset(r, 0, sizeof *r);
}

/* ---- import
 * --------------------------------------------------------------------- */

enum {
  I_CELL,
  I_DATE,
  I_KIND,
  I_CHAIR,
  I_MINUTES,
  I_THEME,
  I_PRESENT,
  I_ABSENT,
  I_OPINIONS,
  I_RESULT,
  I_TASKS,
  I_DOCUMENTS,
  I_POINTS,
  I__MAX
};
static const char *const meeting_fields[I__MAX] = {
    "cell",   "date",     "kind",   "chair", "minutes",   "theme", "present",
    "absent", "opinions", "result", "tasks", "documents", "points"};

/* Splits a field at '|' into *items (pointers into *copy, both the
 * caller's); an empty field gives none. */
static size_t split(const char *field, char **copy, const char ***items) {
  *copy = NULL;
  *items = NULL;
  if (!field || !*field)
    return 0;
  *copy = util_xstrdup(field);
  size_t n = 1;
  for (const char *p = *copy; *p; p++)
    n += *p == '|';
  *items = util_xcalloc(n, sizeof **items);
  char *p = *copy;
  for (size_t i = 0; i < n; i++) {
    (*items)[i] = p;
    p += strcspn(p, "|");
    if (*p)
      *p++ = 0;
  }
  return n;
}

static int import_row(app *a, const char *const *v, util_err *e) {
  app_meeting_in in = {.cell = v[I_CELL],
                       .date = v[I_DATE],
                       .kind = v[I_KIND],
                       .chair = v[I_CHAIR],
                       .minutes = v[I_MINUTES],
                       .theme = v[I_THEME],
                       .present = v[I_PRESENT],
                       .result = v[I_RESULT]};
  char *copies[5];
  const char **lists[5];
  size_t *counts[] = {&in.nabsent, &in.nopinions, &in.ntasks, &in.ndocuments,
                      &in.npoints};
  const int cols[] = {I_ABSENT, I_OPINIONS, I_TASKS, I_DOCUMENTS, I_POINTS};
  for (size_t k = 0; k < 5; k++)
    *counts[k] = split(v[cols[k]], &copies[k], &lists[k]);
  in.absent = lists[0];
  in.opinions = lists[1];
  in.tasks = lists[2];
  in.documents = lists[3];
  in.points = lists[4];
  int rc = app_meeting_add(a, &in, NULL, e);
  for (size_t k = 0; k < 5; k++) {
    free(copies[k]);
    free(lists[k]);
  }
  return rc;
}

int app_import_meetings(app *a, FILE *in, const char *name, long long size,
                        long *nrows, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  static const char *const required[] = {"cell",  "date",    "kind",
                                         "chair", "minutes", NULL};
  util_csv *r = app_import_open(a, in, name);
  app_import_header h = {meeting_fields, I__MAX, {0}, 0};
  *nrows = 0;
  if (app_import_read_header(r, &h, required, e) || app_import_begin(a, e)) {
    util_csv_close(r);
    return -1;
  }
  char **f;
  size_t nf;
  long rows = 0;
  int rc;
  while ((rc = app_import_next_row(r, &h, &f, &nf, e)) == 1) {
    const char *v[I__MAX];
    for (size_t k = 0; k < I__MAX; k++)
      v[k] = app_import_field(&h, f, nf, k);
    long line = util_csv_line(r);
    if ((rc = import_row(a, v, e))) {
      util_err_prefix(e, "%s:%ld: ", util_csv_name(r), line);
      break;
    }
    rows++;
    if ((rc = app_import_tick(a, r, size, rows, e)))
      break;
  }
  if (rc == 0 && a->progress)
    a->progress(a->progress_ctx, size, size);
  util_csv_close(r);
  *nrows = rc == 0 ? rows : 0;
  return app_import_finish(a, rc, "meeting import", name, rows, e);
}
