/*
 * groups.c — documents (a document with its steps, the coverage of one
 * below an organisation), groupings (a grouping on a day) and the rows of
 * the listings of documents, groupings, conferences and models, as JSON
 * and cells: what `doc ...`, `group ...`, `conference list` and `model
 * list` print and the API answers, built once for both.
 */
#include "view/view.h"

#include <stdlib.h>

void view_dump_reals(const json_t *o, util_buf *out) {
  char *text = json_dumps(o, JSON_INDENT(2) | JSON_REAL_PRECISION(6));
  util_buf_printf(out, "%s\n", text);
  free(text);
}

/* ---- documents ------------------------------------------------------------
 */

const char *const view_doc_cols[VIEW_DOC_NCOLS] = {
    "number", "kind", "issuer", "date", "title", "disseminated", "implemented"};
const bool view_doc_numeric[VIEW_DOC_NCOLS] = {false, false, false, false,
                                               false, true,  true};

void view_doc_cells(const store_doc_row *r, char dis[24], char imp[24],
                    const char *cells[VIEW_DOC_NCOLS]) {
  snprintf(dis, 24, "%lld", (long long)r->disseminated);
  snprintf(imp, 24, "%lld", (long long)r->implemented);
  const char *row[VIEW_DOC_NCOLS] = {r->number, r->kind, r->issuer, r->date,
                                     r->title,  dis,     imp};
  for (size_t i = 0; i < VIEW_DOC_NCOLS; i++)
    cells[i] = row[i];
}

json_t *view_doc_step_json(const store_doc_step_row *r) {
  json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "step", r->step, "date",
                        r->date, "org", r->code, "name", r->name);
  json_object_set_new(o, "meeting",
                      r->meeting ? json_integer(r->meeting) : json_null());
  json_object_set_new(o, "recorded_at", json_string(r->recorded_at));
  json_object_set_new(o, "recorded_by", json_string(r->recorded_by));
  json_object_set_new(o, "id", json_integer(r->id));
  return o;
}

json_t *view_doc_json(const store_doc *d, const char *kind, json_t *steps) {
  char day[11];
  return json_pack("{s:s, s:s, s:s, s:s, s:s, s:O}", "number", d->number,
                   "kind", kind, "issuer", d->issuer, "date",
                   util_date_format(d->date, day), "title", d->title, "steps",
                   steps);
}

static int step_json(void *ctx, const store_doc_step_row *r) {
  json_array_append_new(ctx, view_doc_step_json(r));
  return 0;
}

int view_doc_show_json(app *a, const char *number, json_t **out, util_err *e) {
  store_doc d = {0};
  const char *kind = NULL;
  json_t *steps = json_array();
  int rc = app_doc_show(a, number, &d, &kind, step_json, steps, e);
  *out = rc ? NULL : view_doc_json(&d, kind, steps);
  json_decref(steps);
  app_doc_clear(&d);
  return rc;
}

long view_share_tenths(long done, long total) {
  /* Rounded half up. */
  return total ? (done * 2000 + total) / (2 * total) : 0;
}

json_t *view_coverage_missing_json(const store_coverage_row *r) {
  return json_pack("{s:s, s:s, s:s}", "org", r->code, "name", r->name, "kind",
                   r->kind);
}

json_t *view_coverage_json(const store_doc *d, const char *under, util_day at,
                           long total, long done, json_t *missing) {
  char day[11];
  return json_pack("{s:s, s:s, s:s, s:i, s:i, s:f, s:O}", "number", d->number,
                   "under", under, "at", util_date_format(at, day),
                   "organizations", (int)total, "disseminated", (int)done,
                   "share", (double)view_share_tenths(done, total) / 10,
                   "missing", missing);
}

typedef struct coverage {
  long total, done;
  json_t *missing;
} coverage;

static int coverage_row(void *ctx, const store_coverage_row *r) {
  coverage *v = ctx;
  v->total++;
  if (r->disseminated)
    v->done++;
  else
    json_array_append_new(v->missing, view_coverage_missing_json(r));
  return 0;
}

int view_doc_coverage_json(app *a, const char *number, const char *under,
                           const char *at, json_t **out, util_err *e) {
  store_doc d = {0};
  util_day day = a->today;
  coverage v = {.missing = json_array()};
  *out = NULL;
  int rc = at ? app_date(a, "at", at, false, &day, e) : 0;
  if (rc == 0)
    rc = app_doc_coverage(a, number, under, at, &d, coverage_row, &v, e);
  if (rc == 0)
    *out = view_coverage_json(&d, under, day, v.total, v.done, v.missing);
  app_doc_clear(&d);
  json_decref(v.missing);
  return rc < 0 ? -1 : 0;
}

/* ---- groupings, conferences, models ---------------------------------------
 */

void view_count_text(int n, char out[16]) {
  if (n < 0)
    out[0] = '\0';
  else
    snprintf(out, 16, "%d", n);
}

const char *const view_group_cols[VIEW_GROUP_NCOLS] = {"code", "name", "kind",
                                                       "members"};
const bool view_group_numeric[VIEW_GROUP_NCOLS] = {false, false, false, true};

void view_group_cells(const store_grouping_row *r, char n[16],
                      const char *cells[VIEW_GROUP_NCOLS]) {
  view_count_text(r->members, n);
  cells[0] = r->code;
  cells[1] = r->name;
  cells[2] = r->kind;
  cells[3] = n;
}

const char *const view_conference_cols[VIEW_CONFERENCE_NCOLS] = {
    "id",    "date",      "group",  "host",   "kind",
    "theme", "delegates", "papers", "flag_to"};
const bool view_conference_numeric[VIEW_CONFERENCE_NCOLS] = {
    true, false, false, false, false, false, true, true, false};

void view_conference_cells(const store_conference_row *r, char id[24],
                           char delegates[16], char papers[16],
                           const char *cells[VIEW_CONFERENCE_NCOLS]) {
  snprintf(id, 24, "%lld", (long long)r->id);
  view_count_text(r->delegates, delegates);
  view_count_text(r->papers, papers);
  const char *row[VIEW_CONFERENCE_NCOLS] = {
      id,       r->date,   r->group_code, r->host_code,   r->kind,
      r->theme, delegates, papers,        r->flag_to_code};
  for (size_t i = 0; i < VIEW_CONFERENCE_NCOLS; i++)
    cells[i] = row[i];
}

const char *const view_model_cols[VIEW_MODEL_NCOLS] = {
    "id", "date", "org", "member", "name", "title"};
const bool view_model_numeric[VIEW_MODEL_NCOLS] = {true, false, false,
                                                   true, false, false};

void view_model_cells(const store_model_row *r, char id[24], char member[24],
                      const char *cells[VIEW_MODEL_NCOLS]) {
  snprintf(id, 24, "%lld", (long long)r->id);
  member[0] = '\0';
  if (r->member)
    snprintf(member, 24, "%lld", (long long)r->member);
  const char *row[VIEW_MODEL_NCOLS] = {id,     r->date,        r->org_code,
                                       member, r->member_name, r->title};
  for (size_t i = 0; i < VIEW_MODEL_NCOLS; i++)
    cells[i] = row[i];
}

static int conference_json(void *ctx, const store_conference_row *r) {
  json_t *o = json_pack("{s:I, s:s, s:s, s:s, s:s}", "id", (json_int_t)r->id,
                        "date", r->date, "host", r->host_code, "kind", r->kind,
                        "theme", r->theme);
  json_object_set_new(o, "delegates",
                      r->delegates < 0 ? json_null()
                                       : json_integer(r->delegates));
  json_object_set_new(o, "papers",
                      r->papers < 0 ? json_null() : json_integer(r->papers));
  json_object_set_new(o, "flag_to",
                      r->flag_to_code ? json_string(r->flag_to_code)
                                      : json_null());
  json_array_append_new(ctx, o);
  return 0;
}

static int model_json(void *ctx, const store_model_row *r) {
  json_t *o = json_pack("{s:I, s:s, s:s}", "id", (json_int_t)r->id, "date",
                        r->date, "title", r->title);
  if (r->org_code)
    json_object_set_new(o, "org", json_string(r->org_code));
  else
    json_object_set_new(o, "member",
                        json_pack("{s:I, s:s}", "id", (json_int_t)r->member,
                                  "name", r->member_name));
  json_array_append_new(ctx, o);
  return 0;
}

/* A new array under `key` of o. */
static json_t *array_of(json_t *o, const char *key) {
  json_t *array = json_array();
  json_object_set_new(o, key, array);
  return array;
}

int view_group_json(app *a, const app_group_view *g, json_t **out,
                    util_err *e) {
  char d[11], s[11];
  util_date_format(g->at, d);
  json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "code", g->code, "name",
                        g->name, "kind", g->kind, "at", d);
  json_object_set_new(
      o, "flag",
      g->holder ? json_pack("{s:s, s:s}", "holder", g->holder, "since",
                            util_date_format(g->holder_since, s))
                : json_null());
  json_t *members = array_of(o, "members");
  for (size_t i = 0; i < g->nmembers; i++) {
    const app_group_member *m = &g->members[i];
    json_array_append_new(members,
                          json_pack("{s:s, s:s, s:s, s:s}", "code", m->code,
                                    "name", m->name, "kind", m->kind, "since",
                                    util_date_format(m->since, s)));
  }
  json_t *history = array_of(o, "history");
  for (size_t i = 0; i < g->nchanges; i++) {
    const app_group_change *ch = &g->changes[i];
    json_array_append_new(history, json_pack("{s:s, s:s, s:s}", "date",
                                             util_date_format(ch->day, s),
                                             "org", ch->org, "event",
                                             ch->joined ? "joined" : "left"));
  }
  if (app_group_conferences(a, g, conference_json, array_of(o, "conferences"),
                            e) ||
      app_group_models(a, g, model_json, array_of(o, "models"), e)) {
    json_decref(o);
    return -1;
  }
  *out = o;
  return 0;
}

int view_group_show_json(app *a, const char *code, const char *at, json_t **out,
                         util_err *e) {
  if (app_read_begin(a, e))
    return -1;
  /* The grouping, its conferences and models, as one state. */
  app_group_view g;
  int rc = app_group_view_get(a, code, at, &g, e);
  if (rc == 0) {
    rc = view_group_json(a, &g, out, e);
    app_group_view_clear(&g);
  }
  app_read_end(a);
  return rc;
}
