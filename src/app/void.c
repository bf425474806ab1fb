/*
 * void.c — voiding and correcting mistaken records of party work (issue
 * 6): inspections and supervisions, the discipline of organisations,
 * classifications, awards, funds, conferences, outstanding models, cell
 * meetings, disseminations and implementations of documents.
 *
 * A void moves the record from its table to the voided records
 * (store_void.c), kept whole with who, when and why, and takes its point
 * back from the tallies, so that every report, past ones included, reads
 * as if it had never been entered. A correction is a void and an
 * addition in one transaction: the record is added again through the
 * noun's own add, with its fields overridden by those given, so that it
 * is checked, and refused, exactly as an addition is.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How a field of the add command is read from the voided row. */
enum how {
  H_TEXT,  /* a text column, as it is */
  H_INT,   /* a number column, written in decimal */
  H_ORG,   /* an org(id) column, as the organisation's code */
  H_GROUP, /* a grouping(id) column, as the grouping's code */
  H_DOC,   /* a document(id) column, as the document's number */
  H_BOOL,  /* a 0/1 column, as yes or no */
  H_VOTES, /* votes_for and votes_total, as FOR/TOTAL */
  H_NONE,  /* not kept with the record: only what the correction gives */
};

/* An option of a noun's add command and where the record keeps it.
 * Fields of one `group` (1, 2) go together: when the correction gives one
 * of them, the record's values of the others are dropped (a member
 * instead of an organisation; a grade instead of a score). */
typedef struct rec_field {
  const char *opt, *col;
  enum how how;
  int group;
} rec_field;

enum { MAX_FIELDS = 14 };

/* A kind of record: its table, how messages call it, its fields, how it is
 * added again, and what its void must check or put right once the row
 * has left its table (refusals roll the whole void back). */
/* What a void carries from before the row leaves its table to after. */
typedef struct strs {
  char **s;
  size_t n;
} strs;

static void strs_add(strs *l, char *owned) {
  l->s = util_xrealloc(l->s, (l->n + 1) * sizeof *l->s);
  l->s[l->n++] = owned;
}

static void strs_free(strs *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->s[i]);
  free(l->s);
  memset(l, 0, sizeof *l);
}

typedef struct void_ctx {
  const char *why;
  app_rescore rescore; /* a meeting's: the later meetings of its cell */
  strs documents;      /* a meeting's: the numbers disseminated at it */
  strs points;         /* a meeting's: CRITERION=N the scorer gave */
} void_ctx;

/* The options of a correction as given (repeated ones more than once). */
typedef struct given_opts {
  const char *const *names, *const *values;
  size_t n;
} given_opts;

typedef struct rec_kind {
  const char *source, *label, *what;
  const rec_field *fields; /* ends with {0}; NULL: no correction */
  int (*again)(app *a, const char *const *v, const given_opts *g, json_t *rec,
               const void_ctx *c, int64_t *id, util_err *e);
  /* Before the row leaves (what rests on it in the database goes first),
   * and after it left — in a correction, after the record was added
   * again, so that what must hold is judged on the result. */
  int (*before)(app *a, int64_t id, void_ctx *c, util_err *e);
  /* What refuses the void of the row, whatever follows. */
  int (*refuse)(app *a, int64_t id, json_t *rec, util_err *e);
  int (*voided)(app *a, int64_t id, json_t *rec, void_ctx *c, util_err *e);
} rec_kind;

/* ---- reading the voided row ---------------------------------------------- */

static const char *text_of(json_t *rec, const char *col) {
  return json_string_value(json_object_get(rec, col));
}

static int64_t int_of(json_t *rec, const char *col) {
  return json_integer_value(json_object_get(rec, col));
}

static bool has(json_t *rec, const char *col) {
  json_t *v = json_object_get(rec, col);
  return v && !json_is_null(v);
}

/* The code of organisation `id`, the caller's. */
static int org_code(app *a, int64_t id, char **code, util_err *e) {
  store_org o = {0};
  int rc = store_org_by_id(a->st, id, &o, e);
  if (rc == 0) {
    *code = o.code;
    o.code = NULL;
  } else if (rc == 1) {
    rc = util_fail(e, UTIL_INTERNAL, "no organisation has id %lld",
                   (long long)id);
  }
  store_org_clear(&o);
  return rc ? -1 : 0;
}

/* The value of field f in the voided row as the add command takes it
 * (*out the caller's, NULL when the row has none). */
static int value_of(app *a, json_t *rec, const rec_field *f, char **out,
                    util_err *e) {
  *out = NULL;
  if (f->how == H_NONE || !has(rec, f->col))
    return 0;
  int64_t n = int_of(rec, f->col);
  switch (f->how) {
  case H_TEXT:
    *out = util_xstrdup(text_of(rec, f->col));
    return 0;
  case H_INT:
    *out = util_xasprintf("%lld", (long long)n);
    return 0;
  case H_BOOL:
    *out = util_xstrdup(n ? "yes" : "no");
    return 0;
  case H_VOTES:
    *out = util_xasprintf("%lld/%lld", (long long)n,
                          (long long)int_of(rec, "votes_total"));
    return 0;
  case H_ORG:
    return org_code(a, n, out, e) || app_kept_seen(a, f->opt, *out, e) ? -1 : 0;
  case H_GROUP:
  case H_DOC:
    if (store_code_of(a->st, f->how == H_DOC ? "document" : "grouping", n, out,
                      e))
      return util_fail(e, UTIL_INTERNAL, "no %s has id %lld",
                       f->how == H_DOC ? "document" : "grouping", (long long)n);
    return 0;
  default:
    return 0;
  }
}

/* A yes/no option of a correction (a flag of the add command). */
static int yes_no(const char *field, const char *text, bool *out, util_err *e) {
  *out = false;
  if (!text || !*text || strcmp(text, "no") == 0)
    return 0;
  if (strcmp(text, "yes") == 0)
    return (*out = true), 0;
  return util_invalid(e, field, "%s: %s: yes or no", field, util_quote(text).s);
}

/* ---- adding again, noun by noun ------------------------------------------ */

static const rec_field oversight_fields[] = {
    {"kind", "kind", H_TEXT, 0},
    {"by", "by_org_id", H_ORG, 0},
    {"org", "org_id", H_ORG, 1},
    {"member", "member_id", H_INT, 1},
    {"from", "valid_from", H_TEXT, 0},
    {"to", "valid_to", H_TEXT, 0},
    {"subject", "subject", H_TEXT, 0},
    {"conclusion", "conclusion", H_TEXT, 0},
    {"violation", "violation", H_BOOL, 0},
    {0}};

static int oversight_again(app *a, const char *const *v, const given_opts *g,
                           json_t *rec, const void_ctx *c, int64_t *id,
                           util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  app_oversight_in in = {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], 0};
  return yes_no("violation", v[8], &in.violation, e)
             ? -1
             : app_oversight_add(a, &in, id, e);
}

static const rec_field discipline_fields[] = {
    {"org", "org_id", H_ORG, 0},         {"form", "form", H_TEXT, 0},
    {"date", "date", H_TEXT, 0},         {"votes", "votes_for", H_VOTES, 0},
    {"by", "by_org_id", H_ORG, 0},       {"reason", "reason", H_TEXT, 0},
    {"decision", "decision", H_TEXT, 0}, {0}};

static int discipline_again(app *a, const char *const *v, const given_opts *g,
                            json_t *rec, const void_ctx *c, int64_t *id,
                            util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  app_org_discipline_in in = {v[0], v[1], v[2], v[3], v[4], v[5], v[6]};
  return app_org_discipline(a, &in, id, e);
}

static const rec_field assess_fields[] = {
    {"year", "year", H_INT, 0},   {"member", "member_id", H_INT, 1},
    {"org", "org_id", H_ORG, 1},  {"grade", "grade", H_TEXT, 2},
    {"score", "score", H_INT, 2}, {0}};

static int assess_again(app *a, const char *const *v, const given_opts *g,
                        json_t *rec, const void_ctx *c, int64_t *id,
                        util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  app_assess_in in = {v[0], v[1], v[2], v[3], v[4], true};
  return app_assess_set(a, &in, id, e);
}

static const rec_field award_fields[] = {
    {"member", "member_id", H_INT, 1},   {"org", "org_id", H_ORG, 1},
    {"kind", "kind", H_TEXT, 0},         {"title", "title", H_TEXT, 0},
    {"by", "by_org_id", H_ORG, 0},       {"date", "date", H_TEXT, 0},
    {"years", "badge_years", H_INT, 0},  {"early", NULL, H_NONE, 0},
    {"decision", "decision", H_TEXT, 0}, {0}};

static int award_again(app *a, const char *const *v, const given_opts *g,
                       json_t *rec, const void_ctx *c, int64_t *id,
                       util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  app_award_in in = {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[8], 0};
  return yes_no("early", v[7], &in.early, e) ? -1
                                             : app_award_add(a, &in, id, e);
}

static const rec_field fund_fields[] = {
    {"org", "org_id", H_ORG, 0}, {"campaign", "campaign", H_TEXT, 0},
    {"date", "date", H_TEXT, 0}, {"amount", "amount", H_INT, 0},
    {"note", "note", H_TEXT, 0}, {0}};

static int fund_again(app *a, const char *const *v, const given_opts *g,
                      json_t *rec, const void_ctx *c, int64_t *id,
                      util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  app_fund_in in = {v[0], v[1], v[2], v[3], v[4]};
  return app_fund_add(a, &in, id, e);
}

static const rec_field model_fields[] = {
    {"group", "grouping_id", H_GROUP, 0}, {"org", "org_id", H_ORG, 1},
    {"member", "member_id", H_INT, 1},    {"title", "title", H_TEXT, 0},
    {"date", "date", H_TEXT, 0},          {0}};

static int model_again(app *a, const char *const *v, const given_opts *g,
                       json_t *rec, const void_ctx *c, int64_t *id,
                       util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  app_model_in in = {v[0], v[1], v[2], v[3], v[4]};
  return app_model_add(a, &in, id, e);
}

static const rec_field conference_fields[] = {
    {"host", "host_id", H_ORG, 0},
    {"date", "date", H_TEXT, 0},
    {"kind", "kind", H_TEXT, 0},
    {"theme", "theme", H_TEXT, 0},
    {"group", "grouping_id", H_GROUP, 0},
    {"delegates", "delegates", H_INT, 0},
    {"papers", "papers", H_INT, 0},
    {"flag-to", "flag_to_id", H_ORG, 0},
    {0}};

static int conference_again(app *a, const char *const *v, const given_opts *g,
                            json_t *rec, const void_ctx *c, int64_t *id,
                            util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  app_conference_in in = {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]};
  return app_conference_add(a, &in, id, e);
}

/* ---- what a void must check or put right --------------------------------- */

/* Counts of the oversight of a target carry the earlier records about it
 * (app_target_replace): those left must be placed again. */
static int oversight_voided(app *a, int64_t id, json_t *rec, void_ctx *c,
                            util_err *e) {
  (void)id;
  (void)c;
  enum core_oversight kind = CORE_INSPECTION;
  core_oversight_parse(text_of(rec, "kind"), &kind);
  return app_target_replace(a, "oversight", kind, int_of(rec, "org_id"),
                            int_of(rec, "member_id"), e);
}

/* A dissolution decided as discipline ended the organisation: that end is
 * an organisation event, which a void of the record cannot take back. */
static int discipline_refuse(app *a, int64_t id, json_t *rec, util_err *e) {
  const char *form = text_of(rec, "form");
  if (!form || strcmp(form, "dissolution") != 0)
    return 0;
  char *code = NULL;
  if (org_code(a, int_of(rec, "org_id"), &code, e) == 0)
    util_invalid(e, "discipline",
                 "discipline: %lld: the dissolution of %s on %s ended the "
                 "organisation, an organisation event: a dissolution is not "
                 "voided or corrected as a record of discipline, but as an "
                 "event of %s",
                 (long long)id, code, text_of(rec, "date"), code);
  free(code);
  return -1;
}

static int discipline_voided(app *a, int64_t id, json_t *rec, void_ctx *c,
                             util_err *e) {
  (void)id;
  (void)c;
  return app_target_replace(a, "org_discipline", 0, int_of(rec, "org_id"), 0,
                            e);
}

static int conference_voided(app *a, int64_t id, json_t *rec, void_ctx *c,
                             util_err *e) {
  (void)c;
  if (!has(rec, "grouping_id"))
    return 0;
  return app_flag_after_void(a, int_of(rec, "grouping_id"), id, e);
}

static const rec_field doc_fields[] = {{"document", "document_id", H_DOC, 0},
                                       {"org", "org_id", H_ORG, 0},
                                       {"date", "date", H_TEXT, 0},
                                       {"step", "step", H_TEXT, 0},
                                       {0}};

static int doc_again(app *a, const char *const *v, const given_opts *g,
                     json_t *rec, const void_ctx *c, int64_t *id, util_err *e) {
  (void)g;
  (void)rec;
  (void)c;
  return app_doc_step(a, v[0], v[1], v[2], v[3] && !strcmp(v[3], "implemented"),
                      id, e);
}

/* The index of option `name` among the fields, or -1. */
static int field_index(const rec_field *f, const char *name) {
  for (int i = 0; f[i].opt; i++)
    if (strcmp(f[i].opt, name) == 0)
      return i;
  return -1;
}

enum { M_PRESENT = 7, M_ABSENT, M_OPINION, M_TASK, M_DOCUMENT, M_POINTS };
static const rec_field meeting_fields[] = {
    {"cell", "cell_id", H_ORG, 0},
    {"date", "date", H_TEXT, 0},
    {"kind", "kind", H_TEXT, 0},
    {"chair", "chair_id", H_INT, 0},
    {"minutes", "minutes", H_INT, 0},
    {"theme", "theme", H_TEXT, 0},
    {"result", "resolution_pct", H_INT, 0},
    {"present", NULL, H_NONE, 3},
    {"absent", NULL, H_NONE, 3},
    {"opinion", NULL, H_NONE, 0},
    {"task", NULL, H_NONE, 0},
    {"document", NULL, H_NONE, 0},
    {"points", NULL, H_NONE, 0},
    {0}};

/* The values of option `name` as given, into *out (texts not owned). */
static void given_list(const given_opts *g, const char *name, strs *out) {
  for (size_t i = 0; i < g->n; i++)
    if (strcmp(g->names[i], name) == 0)
      strs_add(out, util_xstrdup(g->values[i]));
}

/* A meeting's lines as meeting add takes them: attendance into *present
 * (ids, comma-separated) and absent ("ID" or "ID:REASON"), opinions
 * ("ID:manager|member[:TEXT]") and tasks, from the voided record. */
static void kept_lines(json_t *rec, util_buf *present, strs *absent,
                       strs *opinions, strs *tasks) {
  size_t i;
  json_t *x;
  json_array_foreach(json_object_get(rec, "meeting_attendance"), i, x) {
    int64_t m = int_of(x, "member_id");
    if (int_of(x, "present"))
      util_buf_printf(present, "%s%lld", present->len ? "," : "", (long long)m);
    else if (has(x, "reason"))
      strs_add(absent,
               util_xasprintf("%lld:%s", (long long)m, text_of(x, "reason")));
    else
      strs_add(absent, util_xasprintf("%lld", (long long)m));
  }
  json_array_foreach(json_object_get(rec, "meeting_opinion"), i, x) {
    const char *role = int_of(x, "manager") ? "manager" : "member";
    strs_add(opinions,
             has(x, "text")
                 ? util_xasprintf("%lld:%s:%s",
                                  (long long)int_of(x, "member_id"), role,
                                  text_of(x, "text"))
                 : util_xasprintf("%lld:%s", (long long)int_of(x, "member_id"),
                                  role));
  }
  json_array_foreach(json_object_get(rec, "meeting_task"), i, x)
      strs_add(tasks, util_xstrdup(text_of(x, "task")));
}

static int meeting_again(app *a, const char *const *v, const given_opts *g,
                         json_t *rec, const void_ctx *c, int64_t *id,
                         util_err *e) {
  strs absent = {0}, opinions = {0}, tasks = {0}, documents = {0}, points = {0};
  util_buf present = {0};
  bool attendance = false, listed[M_POINTS + 1] = {0};
  for (size_t i = 0; i < g->n; i++) {
    int f = field_index(meeting_fields, g->names[i]);
    if (f >= M_PRESENT)
      listed[f] = true;
  }
  attendance = listed[M_PRESENT] || listed[M_ABSENT];
  strs kept_absent = {0}, kept_opinions = {0}, kept_tasks = {0};
  kept_lines(rec, &present, &kept_absent, &kept_opinions, &kept_tasks);
  if (attendance)
    given_list(g, "absent", &absent);
  if (listed[M_OPINION])
    given_list(g, "opinion", &opinions);
  if (listed[M_TASK])
    given_list(g, "task", &tasks);
  if (listed[M_DOCUMENT])
    given_list(g, "document", &documents);
  if (listed[M_POINTS])
    given_list(g, "points", &points);
  const strs *ab = attendance ? &absent : &kept_absent;
  const strs *op = listed[M_OPINION] ? &opinions : &kept_opinions;
  const strs *ta = listed[M_TASK] ? &tasks : &kept_tasks;
  const strs *dc = listed[M_DOCUMENT] ? &documents : &c->documents;
  const strs *pt = listed[M_POINTS] ? &points : &c->points;
  app_meeting_in in = {.cell = v[0],
                       .date = v[1],
                       .kind = v[2],
                       .chair = v[3],
                       .minutes = v[4],
                       .theme = v[5],
                       .result = v[6],
                       .present = attendance ? v[M_PRESENT] : present.data,
                       .absent = (const char *const *)ab->s,
                       .nabsent = ab->n,
                       .opinions = (const char *const *)op->s,
                       .nopinions = op->n,
                       .tasks = (const char *const *)ta->s,
                       .ntasks = ta->n,
                       .documents = (const char *const *)dc->s,
                       .ndocuments = dc->n,
                       .points = (const char *const *)pt->s,
                       .npoints = pt->n};
  int rc = app_meeting_add(a, &in, id, e);
  strs_free(&absent);
  strs_free(&opinions);
  strs_free(&tasks);
  strs_free(&documents);
  strs_free(&points);
  strs_free(&kept_absent);
  strs_free(&kept_opinions);
  strs_free(&kept_tasks);
  util_buf_free(&present);
  return rc;
}

/* Refuses when an implementation at `org` (of `doc` unless 0) no longer
 * has a dissemination there on or before its day to rest on. */
static int implementations_hold(app *a, const char *label, int64_t id,
                                int64_t org, int64_t doc, const char *where,
                                util_err *e) {
  store_doc_orphan_row o;
  int rc = store_doc_orphan(a->st, org, doc, &o, e);
  if (rc == 1)
    util_fail(e, UTIL_REFUSED,
              "%s: %lld: %s implemented %s on %s (record %lld), which rests "
              "on its dissemination %s; void or correct that implementation "
              "first (doc void, doc correct)",
              label, (long long)id, o.code, o.number, o.date, (long long)o.id,
              where);
  free(o.number);
  free(o.code);
  return rc ? -1 : 0;
}

static int doc_voided(app *a, int64_t id, json_t *rec, void_ctx *c,
                      util_err *e) {
  (void)c;
  return implementations_hold(a, "dissemination", id, int_of(rec, "org_id"),
                              int_of(rec, "document_id"),
                              "there on or before that day", e);
}

/* The documents disseminated at a meeting are voided with it; the later
 * meetings of its cell keep their scorer's parts. */
static int meeting_before(app *a, int64_t id, void_ctx *c, util_err *e) {
  store_meeting m = {0};
  int64_t *docs = NULL;
  size_t n = 0;
  int rc = store_meeting_get(a->st, id, &m, e);
  if (rc == 1) /* void_one says so */
    return 0;
  if (rc == 0)
    rc = store_meeting_docs(a->st, id, &docs, &n, e);
  for (size_t i = 0; i < n && rc == 0; i++) {
    char *record = NULL, *number = NULL;
    rc = store_record_void(a->st, "dissemination", docs[i], a->user, c->why,
                           &record, e);
    json_t *x = rc == 0 ? json_loads(record, 0, NULL) : NULL;
    if (x && store_code_of(a->st, "document", int_of(x, "document_id"), &number,
                           e) == 0)
      strs_add(&c->documents, number);
    json_decref(x);
    rc =
        rc || app_point(a, "dissemination", docs[i], 0, 0, NULL, 0, e) ? -1 : 0;
    free(record);
  }
  app_scoring sc = {0};
  if (rc == 0)
    rc = app_meeting_scoring(a, &m, &sc, e);
  for (size_t i = 0; rc == 0 && i < sc.rubric.n; i++)
    if (sc.rubric.c[i].given && sc.given[i] != CORE_NO_POINTS)
      strs_add(&c->points,
               util_xasprintf("%s=%d", sc.rubric.c[i].id, sc.given[i]));
  app_scoring_free(&sc);
  if (rc == 0)
    rc = app_rescore_begin(a, m.cell, m.date, m.id, &c->rescore, e);
  free(docs);
  store_meeting_clear(&m);
  return rc;
}

static int meeting_voided(app *a, int64_t id, json_t *rec, void_ctx *c,
                          util_err *e) {
  if (implementations_hold(a, "meeting", id, int_of(rec, "cell_id"), 0,
                           "at this meeting", e))
    return -1;
  return app_rescore_end(a, &c->rescore, e);
}

static const rec_kind kinds[] = {
    {"oversight", "oversight", NC_("record", "record of oversight"),
     oversight_fields, oversight_again, NULL, NULL, oversight_voided},
    {"org_discipline", "discipline",
     NC_("record", "discipline of an organisation"), discipline_fields,
     discipline_again, NULL, discipline_refuse, discipline_voided},
    {"assessment", "assessment", NC_("record", "classification"), assess_fields,
     assess_again, NULL, NULL, NULL},
    {"award", "award", NC_("record", "award"), award_fields, award_again, NULL,
     NULL, NULL},
    {"fund", "fund", NC_("record", "record of funds"), fund_fields, fund_again,
     NULL, NULL, NULL},
    {"model", "model", NC_("record", "outstanding model"), model_fields,
     model_again, NULL, NULL, NULL},
    {"conference", "conference", NC_("record", "conference"), conference_fields,
     conference_again, NULL, NULL, conference_voided},
    {"meeting", "meeting", NC_("record", "meeting"), meeting_fields,
     meeting_again, meeting_before, NULL, meeting_voided},
    {"dissemination", "dissemination",
     NC_("record", "dissemination or implementation"), doc_fields, doc_again,
     NULL, NULL, doc_voided},
};

static const rec_kind *kind_of(const char *source, util_err *e) {
  for (size_t i = 0; i < UTIL_COUNT(kinds); i++)
    if (strcmp(kinds[i].source, source) == 0)
      return &kinds[i];
  util_fail(e, UTIL_INTERNAL, "no voids of %s", source);
  return NULL;
}

/* ---- voiding ------------------------------------------------------------- */

static void ctx_free(void_ctx *c) {
  app_rescore_free(&c->rescore);
  strs_free(&c->documents);
  strs_free(&c->points);
}

/* Whether a record is in the actor's scope: the member it is about (their
 * cell), else the organisation it is about, held at, or hosted by. */
static int in_scope(app *a, json_t *rec, bool *in, util_err *e) {
  static const char *const orgs[] = {"org_id", "cell_id", "host_id"};
  *in = true;
  if (a->scope == 0)
    return 0;
  if (has(rec, "member_id")) {
    store_member m = {0};
    int rc = store_member_by_id(a->st, int_of(rec, "member_id"), &m, e);
    if (rc == 0)
      rc = app_in_scope(a, m.cell, in, e);
    store_member_clear(&m);
    return rc ? -1 : 0;
  }
  for (size_t i = 0; i < UTIL_COUNT(orgs); i++)
    if (has(rec, orgs[i]))
      return app_in_scope(a, int_of(rec, orgs[i]), in, e);
  *in = false;
  return 0;
}

/* Voids the record whose id is typed as `text`, for `why`, inside the
 * caller's transaction; sets *id and *rec (the row as it was, the
 * caller's). */
static int void_one(app *a, const rec_kind *k, const char *text, void_ctx *c,
                    int64_t *id, json_t **rec, util_err *e) {
  char *end = NULL, *record = NULL;
  *rec = NULL;
  *id = text && *text >= '0' && *text <= '9' ? strtoll(text, &end, 10) : 0;
  if (!end || *end || *id <= 0 || strlen(text) > 18)
    return util_invalid(e, k->label, "%s: %s: an id is a number", k->label,
                        util_quote(text ? text : "").s);
  /* The record is read and its scope checked before anything is written
   * or said of it: outside the actor's branch it does not exist. */
  int rc = store_record_get(a->st, k->source, *id, &record, e);
  if (rc == 0) {
    *rec = json_loads(record, 0, NULL);
    free(record);
    record = NULL;
    if (!*rec)
      return util_fail(e, UTIL_INTERNAL, "a record is not JSON");
    bool in;
    if (in_scope(a, *rec, &in, e))
      return -1;
    rc = in ? 0 : 1;
  }
  if (rc == 1)
    return util_not_found(e, "%s: %lld: no %s has this id", k->label,
                          (long long)*id, util_trc(e->lang, "record", k->what));
  if (rc)
    return -1;
  /* A grouping's conference or model spans branches, as its adding did. */
  if (has(*rec, "grouping_id") && app_act_all(a, APP_EDITOR, e))
    return -1;
  if ((k->before && k->before(a, *id, c, e)) ||
      store_record_void(a->st, k->source, *id, a->user, c->why, &record, e))
    return -1;
  /* The row as it was voided, after what `before` did. */
  json_decref(*rec);
  *rec = json_loads(record, 0, NULL);
  free(record);
  if (!*rec)
    return util_fail(e, UTIL_INTERNAL, "a voided record is not JSON");
  if (k->refuse && k->refuse(a, *id, *rec, e))
    return -1;
  return app_point(a, k->source, *id, 0, 0, NULL, 0, e);
}

int app_record_void(app *a, const char *source, const char *id,
                    const char *reason, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  const rec_kind *k = kind_of(source, e);
  if (!k || app_begin(a, e))
    return -1;
  char *why = NULL;
  json_t *rec = NULL;
  void_ctx c = {0};
  int64_t n;
  int rc = app_void_reason(reason, &why, e);
  c.why = why;
  if (rc == 0)
    rc = void_one(a, k, id, &c, &n, &rec, e);
  if (rc == 0 && k->voided)
    rc = k->voided(a, n, rec, &c, e);
  if (rc == 0)
    rc = app_audit(a, "record void", e, "%s %lld: %s", source, (long long)n,
                   why);
  ctx_free(&c);
  json_decref(rec);
  free(why);
  return app_end(a, rc, e);
}

/* ---- correcting ---------------------------------------------------------- */

int app_record_correct(app *a, const char *source, const char *id,
                       const char *const *names, const char *const *values,
                       size_t n, const char *reason, int64_t *new_id,
                       util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  const rec_kind *k = kind_of(source, e);
  if (!k)
    return -1;
  if (!k->fields)
    return util_fail(e, UTIL_INTERNAL, "no corrections of %s", source);
  const char *given[MAX_FIELDS] = {0};
  bool set[MAX_FIELDS] = {0}, group_set[4] = {0};
  for (size_t i = 0; i < n; i++) {
    int f = field_index(k->fields, names[i]);
    if (f < 0)
      return util_fail(e, UTIL_USAGE, "%s correct: --%s: not a field of a %s",
                       k->label, names[i],
                       util_trc(e->lang, "record", k->what));
    given[f] = values[i];
    set[f] = true;
    group_set[k->fields[f].group] = true;
  }
  if (app_begin(a, e))
    return -1;
  char *why = NULL, *kept[MAX_FIELDS] = {0};
  const char *v[MAX_FIELDS] = {0};
  json_t *rec = NULL;
  void_ctx c = {0};
  int64_t old;
  int rc = -1;
  if (app_void_reason(reason, &why, e))
    goto done;
  c.why = why;
  /* The void is an entry of the audit trail of its own, before the
   * addition's, each with the rows it wrote. */
  if (void_one(a, k, id, &c, &old, &rec, e) ||
      app_audit(a, "record void", e, "%s %lld: %s", source, (long long)old,
                why))
    goto done;
  for (int i = 0; k->fields[i].opt; i++) {
    const rec_field *f = &k->fields[i];
    /* A field given as "" is cleared. */
    if (set[i] || (f->group && group_set[f->group])) {
      v[i] = given[i] && *given[i] ? given[i] : NULL;
      continue;
    }
    if (value_of(a, rec, f, &kept[i], e))
      goto done;
    v[i] = kept[i];
  }
  given_opts g = {names, values, n};
  if (k->again(a, v, &g, rec, &c, new_id, e) ||
      (k->voided && k->voided(a, old, rec, &c, e)))
    goto done;
  rc = app_audit(a, "record correct", e, "%s %lld, entered again as %lld: %s",
                 source, (long long)old, (long long)*new_id, why);
done:
  ctx_free(&c);
  for (int i = 0; i < MAX_FIELDS; i++)
    free(kept[i]);
  json_decref(rec);
  free(why);
  return app_end(a, rc, e);
}

int app_voided(app *a, const char *source,
               int (*fn)(void *ctx, const store_voided_row *r), void *ctx,
               util_err *e) {
  if (app_act_all(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  int rc = store_voided_rows(a->st, source, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

const char *app_record_label(const char *source) {
  for (size_t i = 0; i < UTIL_COUNT(kinds); i++)
    if (strcmp(kinds[i].source, source) == 0)
      return kinds[i].label;
  return source;
}

int app_record_source(const char *label, const char **source, util_err *e) {
  util_buf names = {0};
  for (size_t i = 0; i < UTIL_COUNT(kinds); i++) {
    if (strcmp(kinds[i].label, label) == 0) {
      util_buf_free(&names);
      *source = kinds[i].source;
      return 0;
    }
    util_buf_printf(&names, "%s%s", i ? ", " : "", kinds[i].label);
  }
  util_invalid(e, "noun", "noun: %s: one of %s", util_quote(label).s,
               names.data);
  util_buf_free(&names);
  return -1;
}
