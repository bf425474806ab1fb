/*
 * rubric.c — rubrics for scoring cell meetings: read from JSON
 * (docs/rubric.md), checked by core, kept in the `rubric` table. The
 * default, national-2025, is compiled into the binary and loaded the first
 * time a meeting needs a rubric (or is asked to be the active one).
 */
#include "app/app_int.h"
#include "util/embed.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* The rubrics that ship with cadre (src/app/rubrics/, by the build). */
extern const struct util_embedded app_rubrics[];

/* The largest number a rubric holds: far above any sensible threshold. */
#define BIG 100000

/* ---- reading JSON
 * ------------------------------------------------------------ */

typedef struct reader {
  const char *where; /* "rubric FILE" */
  util_err *e;
} reader;

/* Refuses keys of `o` that are not in the NULL-ended list `known`. */
static int known_keys(reader *r, json_t *o, const char *path,
                      const char *const *known) {
  const char *key;
  json_t *v;
  json_object_foreach(o, key, v) {
    const char *const *k = known;
    while (*k && strcmp(*k, key) != 0)
      k++;
    if (*k)
      continue;
    util_buf list = {0};
    for (k = known; *k; k++)
      util_buf_printf(&list, "%s%s", k == known ? "" : ", ", *k);
    util_fail(r->e, UTIL_REFUSED, "%s: %s%s%s: unknown key (the keys are %s)",
              r->where, path, *path ? "." : "", key, list.data);
    util_buf_free(&list);
    return -1;
  }
  return 0;
}

/* An integer in [lo, BIG] at o[key]; `fallback` when absent, unless
 * required. */
static int integer(reader *r, json_t *o, const char *path, const char *key,
                   bool required, int lo, int fallback, int *out) {
  json_t *v = json_object_get(o, key);
  *out = fallback;
  if (!v && !required)
    return 0;
  if (!v)
    return util_fail(r->e, UTIL_REFUSED, "%s: %s.%s: a number is needed",
                     r->where, path, key);
  if (!json_is_integer(v) || json_integer_value(v) < lo ||
      json_integer_value(v) > BIG) {
    char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    util_fail(r->e, UTIL_REFUSED, "%s: %s.%s: %s: a whole number from %d to %d",
              r->where, path, key, text ? text : "?", lo, BIG);
    free(text);
    return -1;
  }
  *out = (int)json_integer_value(v);
  return 0;
}

/* A non-empty string at o[key], cleaned; *out is the caller's. */
static int string(reader *r, json_t *o, const char *path, const char *key,
                  bool required, size_t max, char **out) {
  json_t *v = json_object_get(o, key);
  *out = NULL;
  if (!v && !required)
    return 0;
  char *field =
      util_xasprintf("%s: %s%s%s", r->where, path, *path ? "." : "", key);
  int rc = 0;
  if (!v || !json_is_string(v))
    rc = util_invalid(r->e, field, "%s: a text is needed", field);
  else
    rc = app_text(field, json_string_value(v), required, max, out, r->e);
  free(field);
  return rc;
}

static bool valid_id(const char *s) {
  size_t n = strlen(s);
  if (n == 0 || n > 32)
    return false;
  for (; *s; s++)
    if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_')
      return false;
  return true;
}

static int read_bands(reader *r, json_t *v, const char *path, core_bands *b) {
  if (!json_is_array(v))
    return util_fail(r->e, UTIL_REFUSED,
                     "%s: %s: a list of bands is needed ([{\"from\": N, "
                     "\"points\": N}, ...])",
                     r->where, path);
  if (json_array_size(v) > CORE_RUBRIC_BANDS)
    return util_fail(r->e, UTIL_REFUSED, "%s: %s: %zu bands: at most %d",
                     r->where, path, json_array_size(v), CORE_RUBRIC_BANDS);
  static const char *const keys[] = {"from", "points", NULL};
  b->n = json_array_size(v);
  for (size_t k = 0; k < b->n; k++) {
    json_t *o = json_array_get(v, k);
    char at[96];
    snprintf(at, sizeof at, "%s[%zu]", path, k);
    if (!json_is_object(o))
      return util_fail(r->e, UTIL_REFUSED,
                       "%s: %s: a band is {\"from\": N, \"points\": N}",
                       r->where, at);
    if (known_keys(r, o, at, keys) ||
        integer(r, o, at, "from", true, 0, 0, &b->b[k].from) ||
        integer(r, o, at, "points", true, 0, 0, &b->b[k].points))
      return -1;
  }
  return 0;
}

static int read_criterion(reader *r, json_t *o, size_t i, core_criterion *c) {
  static const char *const keys[] = {"id",    "title", "max",   "given", "fact",
                                     "bands", "large", "bonus", NULL};
  char path[64];
  snprintf(path, sizeof path, "criteria[%zu]", i);
  if (!json_is_object(o))
    return util_fail(r->e, UTIL_REFUSED, "%s: %s: a criterion is an object",
                     r->where, path);
  if (known_keys(r, o, path, keys) ||
      string(r, o, path, "id", true, 32, &c->id) ||
      string(r, o, path, "title", true, 200, &c->title) ||
      integer(r, o, path, "max", true, 0, 0, &c->max) ||
      integer(r, o, path, "given", false, 0, 0, &c->given))
    return -1;
  if (!valid_id(c->id))
    return util_fail(r->e, UTIL_REFUSED,
                     "%s: %s.id: %s: an id is 1 to 32 letters, digits, '-' or "
                     "'_'",
                     r->where, path, c->id);
  char *fact;
  if (string(r, o, path, "fact", false, 32, &fact))
    return -1;
  if (fact && core_fact_parse(fact, &c->fact)) {
    util_fail(r->e, UTIL_REFUSED, "%s: %s.fact: %s: one of %s", r->where, path,
              fact, core_fact_names());
    free(fact);
    return -1;
  }
  free(fact);
  json_t *bands = json_object_get(o, "bands");
  char at[96];
  snprintf(at, sizeof at, "%s.bands", path);
  if (bands && read_bands(r, bands, at, &c->bands))
    return -1;
  json_t *large = json_object_get(o, "large");
  if (large) {
    static const char *const lkeys[] = {"members", "bands", NULL};
    snprintf(at, sizeof at, "%s.large", path);
    if (!json_is_object(large))
      return util_fail(r->e, UTIL_REFUSED,
                       "%s: %s: {\"members\": N, \"bands\": [...]} is needed",
                       r->where, at);
    if (known_keys(r, large, at, lkeys) ||
        integer(r, large, at, "members", true, 1, 0, &c->large_members))
      return -1;
    snprintf(at, sizeof at, "%s.large.bands", path);
    if (read_bands(r, json_object_get(large, "bands"), at, &c->large))
      return -1;
  }
  json_t *bonus = json_object_get(o, "bonus");
  if (bonus) {
    static const char *const bkeys[] = {"points", "absent_in_a_row", NULL};
    snprintf(at, sizeof at, "%s.bonus", path);
    if (!json_is_object(bonus))
      return util_fail(r->e, UTIL_REFUSED,
                       "%s: %s: {\"points\": N, \"absent_in_a_row\": N} is "
                       "needed",
                       r->where, at);
    if (known_keys(r, bonus, at, bkeys) ||
        integer(r, bonus, at, "points", true, 0, 0, &c->bonus) ||
        integer(r, bonus, at, "absent_in_a_row", true, 1, 0, &c->bonus_run))
      return -1;
  }
  return 0;
}

void app_rubric_free(core_rubric *r) {
  for (size_t i = 0; i < r->n; i++) {
    free(r->c[i].id);
    free(r->c[i].title);
  }
  free(r->c);
  free(r->name);
  memset(r, 0, sizeof *r);
}

/* Reads the rubric in `root`; with `name`, that name replaces its own. */
static int read_rubric(reader *r, json_t *root, const char *name,
                       core_rubric *out, char **title) {
  static const char *const keys[] = {"name", "title", "criteria", NULL};
  memset(out, 0, sizeof *out);
  *title = NULL;
  if (!json_is_object(root))
    return util_fail(r->e, UTIL_REFUSED,
                     "%s: a rubric is an object {\"name\": ..., "
                     "\"criteria\": [...]}",
                     r->where);
  if (known_keys(r, root, "", keys) ||
      string(r, root, "", "title", false, 300, title))
    return -1;
  if (name ? app_text("name", name, true, 64, &out->name, r->e)
           : string(r, root, "", "name", true, 64, &out->name))
    return -1;
  json_t *list = json_object_get(root, "criteria");
  if (!json_is_array(list))
    return util_fail(r->e, UTIL_REFUSED, "%s: criteria: a list is needed",
                     r->where);
  if (json_array_size(list) > CORE_RUBRIC_CRITERIA)
    return util_fail(r->e, UTIL_REFUSED,
                     "%s: criteria: %zu criteria: a rubric has 1 to %d",
                     r->where, json_array_size(list), CORE_RUBRIC_CRITERIA);
  out->n = json_array_size(list);
  out->c = util_xcalloc(out->n ? out->n : 1, sizeof *out->c);
  for (size_t i = 0; i < out->n; i++)
    if (read_criterion(r, json_array_get(list, i), i, &out->c[i]))
      return -1;
  return core_rubric_check(out, r->e);
}

/* Parses and checks JSON text; *root (with its name set to the rubric's)
 * is the caller's when asked for. */
static int parse(const char *text, size_t len, const char *where,
                 const char *name, core_rubric *out, char **title,
                 json_t **root, util_err *e) {
  json_error_t jerr;
  reader r = {where, e};
  char *t = NULL;
  memset(out, 0, sizeof *out);
  /* Editors on Windows start UTF-8 files with a byte order mark; CSV
   * files with one are read, so rubrics are too. */
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
    text += 3, len -= 3;
  json_t *j = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!j)
    return util_fail(e, UTIL_REFUSED, "%s: line %d: %s (not a JSON rubric)",
                     where, jerr.line, jerr.text);
  int rc = read_rubric(&r, j, name, out, &t);
  if (rc == 0 && root) {
    json_object_set_new(j, "name", json_string(out->name));
    *root = json_incref(j);
  }
  if (rc)
    app_rubric_free(out);
  if (rc == 0 && title)
    *title = t;
  else
    free(t);
  json_decref(j);
  return rc;
}

int app_rubric_parse(const char *text, const char *where, core_rubric *r,
                     char **title, util_err *e) {
  return parse(text, strlen(text), where, NULL, r, title, NULL, e);
}

/* ---- the table of rubrics
 * ----------------------------------------------------- */

/* Stores a parsed rubric as the active one. */
static int store_new(app *a, json_t *root, const core_rubric *r, int64_t *id,
                     util_err *e) {
  char *def = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  int rc = store_rubric_add(a->st, r->name, def, id, e);
  free(def);
  if (rc == 1)
    return util_fail(e, UTIL_REFUSED,
                     "rubric %s: a rubric has this name already; meetings "
                     "keep the rubric they were scored on, so give the new "
                     "one another name",
                     r->name);
  return rc;
}

int app_rubric_ensure(app *a, store_rubric *out, util_err *e) {
  int rc = store_rubric_get(a->st, NULL, 0, out, e);
  if (rc != 1)
    return rc;
  /* None loaded yet: the default. */
  const struct util_embedded *d = &app_rubrics[0];
  core_rubric r;
  json_t *root;
  int64_t id;
  if (parse(d->data, d->size, d->name, NULL, &r, NULL, &root, e))
    return util_fail(e, UTIL_INTERNAL, "the default rubric: %s", e->msg);
  rc = store_new(a, root, &r, &id, e);
  json_decref(root);
  app_rubric_free(&r);
  return rc ? -1 : store_rubric_get(a->st, NULL, id, out, e);
}

static int rubric_get(app *a, const char *name, char **json, bool *active,
                      util_err *e) {
  store_rubric r;
  *json = NULL;
  int rc = store_rubric_get(a->st, name, 0, &r, e);
  if (rc == 0) {
    *json = util_xstrdup(r.definition);
    *active = r.active;
    store_rubric_clear(&r);
    return 0;
  }
  if (rc < 0)
    return -1;
  /* The default before it is loaded (or anything, when none is). */
  const struct util_embedded *d = &app_rubrics[0];
  bool none = store_rubric_get(a->st, NULL, 0, &r, e) == 1;
  store_rubric_clear(&r);
  core_rubric def;
  if (parse(d->data, d->size, d->name, NULL, &def, NULL, NULL, e))
    return -1;
  bool is_default = !name || strcmp(name, def.name) == 0;
  app_rubric_free(&def);
  if (!none || !is_default)
    return util_not_found(e, "rubric %s: no rubric has this name",
                          name ? name : "");
  *json = util_xstrdup(d->data);
  *active = true;
  return 0;
}

int app_rubric_get(app *a, const char *name, char **json, bool *active,
                   util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  int rc = rubric_get(a, name, json, active, e);
  app_read_end(a);
  return rc;
}

int app_rubric_load(app *a, const char *text, size_t len, const char *where,
                    const char *name, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  core_rubric r;
  json_t *root = NULL;
  store_rubric old = {0};
  int64_t id;
  char *label = util_xasprintf("rubric %s", where);
  if (app_begin(a, e)) {
    free(label);
    return -1;
  }
  /* The default first, so that it stays at hand (rubric use). */
  int rc = app_rubric_ensure(a, &old, e);
  if (rc == 0)
    rc = parse(text, len, label, name, &r, NULL, &root, e);
  if (rc == 0) {
    rc = store_new(a, root, &r, &id, e);
    if (rc == 0)
      rc = app_audit(a, "rubric load", e, "%s from %s", r.name, where);
    app_rubric_free(&r);
  }
  json_decref(root);
  store_rubric_clear(&old);
  free(label);
  return app_end(a, rc, e);
}

int app_rubric_use(app *a, const char *name, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  store_rubric old = {0}, r = {0};
  if (app_begin(a, e))
    return -1;
  int rc = app_rubric_ensure(a, &old, e);
  if (rc == 0) {
    rc = store_rubric_get(a->st, name, 0, &r, e);
    if (rc == 1)
      rc = util_not_found(e, "rubric %s: no rubric has this name", name);
  }
  if (rc == 0)
    rc = store_rubric_activate(a->st, r.id, e);
  if (rc == 0)
    rc = app_audit(a, "rubric use", e, "%s", r.name);
  store_rubric_clear(&old);
  store_rubric_clear(&r);
  return app_end(a, rc, e);
}

typedef struct rubric_rows {
  int (*fn)(void *ctx, const store_rubric_row *r);
  void *ctx;
  size_t n;
} rubric_rows;

static int rubric_row(void *ctx, const store_rubric_row *r) {
  rubric_rows *x = ctx;
  x->n++;
  return x->fn(x->ctx, r);
}

int app_rubric_list(app *a, int (*fn)(void *ctx, const store_rubric_row *r),
                    void *ctx, util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  rubric_rows x = {fn, ctx, 0};
  int rc = store_rubrics(a->st, rubric_row, &x, e);
  if (rc == 0 && x.n == 0) {
    /* Nothing loaded yet: the default is the active one. */
    char *json = NULL;
    bool active;
    core_rubric r = {0};
    rc = app_rubric_get(a, NULL, &json, &active, e) ||
                 app_rubric_parse(json, "rubric", &r, NULL, e)
             ? -1
             : 0;
    if (rc == 0)
      rc = fn(ctx, &(store_rubric_row){.name = r.name, .active = true});
    app_rubric_free(&r);
    free(json);
  }
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}
