/*
 * common.c — opening, transactions, and the checks of typed input that
 * every operation shares.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int app_open(app *a, const char *path, enum store_mode mode, util_err *e) {
  a->st = store_open(path, mode, a->busy_ms, e);
  if (a->st && app_upgrade(a, e)) {
    store_close(a->st);
    a->st = NULL;
  }
  return a->st ? 0 : -1;
}

void app_close(app *a) {
  store_close(a->st);
  a->st = NULL;
}

int app_begin(app *a, util_err *e) {
  if (a->batch || a->depth++ > 0)
    return 0;
  a->audit_org = 0;
  if (store_begin(a->st, true, e) == 0 && store_audit_capture(a->st, e) == 0)
    return 0;
  store_rollback(a->st);
  a->depth = 0;
  return -1;
}

int app_end(app *a, int rc, util_err *e) {
  /* An inner action leaves the commit, or the rollback of its failure, to
   * the outermost one. */
  if (a->batch || --a->depth > 0)
    return rc;
  if (rc == 0 && store_commit(a->st, e) == 0)
    return 0;
  store_rollback(a->st);
  return -1;
}

report_ledger *app_ledger(app *a) {
  return a->batch ? a->batch->ledger : report_ledger_new(a->st);
}

int app_ledger_done(app *a, report_ledger *l, int rc, util_err *e) {
  if (a->batch && l == a->batch->ledger)
    return rc;
  if (rc == 0)
    rc = report_ledger_flush(l, e);
  report_ledger_free(l);
  return rc;
}

int app_read_begin(app *a, util_err *e) {
  if (a->reads++ > 0)
    return 0;
  a->read_began = !store_in_transaction(a->st);
  if (a->read_began && store_begin(a->st, false, e)) {
    a->reads = 0;
    a->read_began = false;
    return -1;
  }
  return 0;
}

void app_read_end(app *a) {
  if (a->reads > 0 && --a->reads == 0 && a->read_began) {
    store_rollback(a->st);
    a->read_began = false;
  }
}

int app_audit(app *a, const char *action, util_err *e, const char *fmt, ...) {
  if (a->batch)
    return 0;
  util_buf detail = {0};
  va_list ap;
  va_start(ap, fmt);
  util_buf_vprintf(&detail, fmt, ap);
  va_end(ap);
  store_audit_entry entry = {a->user, a->origin, action, detail.data,
                             a->audit_org};
  int rc = store_audit(a->st, &entry, e);
  util_buf_free(&detail);
  return rc;
}

int app_date(const app *a, const char *field, const char *text, bool future_ok,
             util_day *out, util_err *e) {
  const char *why;
  if (!text || !*text)
    return util_invalid(
        e, field, "%s: a date is needed (YYYY-MM-DD or DD/MM/YYYY)", field);
  if (util_date_parse(text, out, &why))
    return util_invalid(e, field, "%s: %s: %s", field, util_quote(text).s,
                        util_tr_err(e, why));
  char t[UTIL_DATE_SAY];
  if (!future_ok && *out > a->today)
    return util_invalid(e, field, "%s: %s: a date in the future (today is %s)",
                        field, text, util_date_say(e, a->today, t));
  return 0;
}

int app_text(const char *field, const char *text, bool required,
             size_t max_chars, char **out, util_err *e) {
  *out = NULL;
  const char *why;
  char *clean = text ? util_text_clean(text, &why) : util_xstrdup("");
  if (!clean)
    return util_invalid(e, field, "%s: %s", field, util_tr_err(e, why));
  if (!*clean) {
    free(clean);
    return required ? util_invalid(e, field, "%s: must not be empty", field)
                    : 0;
  }
  size_t chars = 0;
  for (const char *p = clean; *p; p++)
    chars += ((unsigned char)*p & 0xc0) != 0x80;
  if (chars > max_chars) {
    free(clean);
    return util_invalid(e, field, "%s: longer than %zu characters", field,
                        max_chars);
  }
  *out = clean;
  return 0;
}

int app_note(const char *field, const char *text, char **out, util_err *e) {
  return app_text(field, text, false, 500, out, e);
}

/* ---- the actor ------------------------------------------------------------
 */

static const char *const role_names[] = {"", "viewer", "editor", "admin"};

const char *app_role_name(enum app_role r) {
  return r > APP_NOBODY && r <= APP_ADMIN ? role_names[r] : "nobody";
}

enum app_role app_role_of(const char *name) {
  for (int r = APP_VIEWER; r <= APP_ADMIN; r++)
    if (name && strcmp(name, role_names[r]) == 0)
      return (enum app_role)r;
  return APP_NOBODY;
}

int app_role_refuse(const char *user, enum app_role role, enum app_role need,
                    util_err *e) {
  static const char *const who[] = {"", "those signed in", "editors",
                                    "administrators"};
  static const char *const is[] = {"", "a viewer", "an editor", "an admin"};
  return util_forbidden(e, "%s is %s: this is for %s", user, is[role],
                        who[need]);
}

int app_act(const app *a, enum app_role need, util_err *e) {
  if (a->role == APP_NOBODY || !a->user)
    return util_refuse(e, UTIL_UNAUTHENTICATED, NULL, "nobody is signed in");
  if (a->role < need)
    return app_role_refuse(a->user, a->role, need, e);
  return 0;
}

int app_scope_whole(app *a, int64_t scope, bool *whole, util_err *e) {
  int64_t roots = 0, parent = 0;
  *whole = scope == 0;
  if (*whole)
    return 0;
  /* A scope is the whole register when it is its only root. */
  if (app_read_begin(a, e))
    return -1;
  int rc = store_org_roots(a->st, &roots, e) ||
           app_org_parent_at(a, scope, a->today, &parent, e);
  app_read_end(a);
  *whole = rc == 0 && roots == 1 && parent == 0;
  return rc ? -1 : 0;
}

int app_act_all(app *a, enum app_role need, util_err *e) {
  bool whole;
  if (app_act(a, need, e) || app_scope_whole(a, a->scope, &whole, e))
    return -1;
  if (!whole)
    return util_forbidden(e,
                          "%s sees one branch of the register: this is for "
                          "those who see the whole of it",
                          a->user);
  return 0;
}

int64_t app_past_scope(const app *a, util_day day) {
  return day == a->today ? 0 : a->scope;
}

int app_in_scope(app *a, int64_t org, bool *in, util_err *e) {
  *in = true;
  return a->scope == 0 ? 0 : store_org_within(a->st, org, a->scope, in, e);
}

int app_org(app *a, const char *field, const char *code, store_org *o,
            util_err *e) {
  bool in = false;
  if (!code || !*code)
    return util_invalid(e, field, "%s: an organisation code is needed", field);
  int rc = store_org_by_code(a->st, code, o, e);
  if (rc == 0 && (rc = app_in_scope(a, o->id, &in, e)) == 0 && !in) {
    store_org_clear(o);
    rc = 1;
  }
  if (rc == 0 && a->depth > 0 && !a->audit_org)
    a->audit_org = o->id; /* what the change concerns, for the audit */
  if (rc == 1)
    return util_not_found(e, "%s: %s: no organisation has this code", field,
                          util_quote(code).s);
  return rc;
}

int app_kept_seen(app *a, const char *field, const char *code, util_err *e) {
  store_org o = {0};
  bool in = true;
  int rc = code ? store_org_by_code(a->st, code, &o, e) : 1;
  if (rc == 0)
    rc = app_in_scope(a, o.id, &in, e);
  store_org_clear(&o);
  if (rc < 0)
    return -1;
  return in ? 0
            : util_invalid(e, field,
                           "%s: the record names an organisation outside "
                           "%s's branch; give %s anew",
                           field, a->user ? a->user : "the user", field);
}

int app_member(app *a, const char *field, const char *ref, store_member *m,
               util_err *e) {
  if (!ref || !*ref)
    return util_invalid(
        e, field, "%s: a member id or party card number is needed", field);
  bool in = false;
  int rc = store_member_find(a->st, ref, m, e);
  if (rc == 0 && (rc = app_in_scope(a, m->cell, &in, e)) == 0 && !in) {
    store_member_clear(m);
    rc = 1;
  }
  if (rc == 0 && a->depth > 0 && !a->audit_org)
    a->audit_org = m->cell;
  if (rc == 1)
    return util_not_found(e,
                          "%s: %s: no member has this id or party card number",
                          field, util_quote(ref).s);
  return rc;
}

int app_below(app *a, int64_t org, int64_t root, util_day from, util_day to,
              bool *below, util_err *e) {
  store_path *p;
  size_t n;
  if (store_paths_of(a->st, org, &p, &n, e))
    return -1;
  char *needle = util_xasprintf("/%lld/", (long long)root);
  *below = false;
  for (size_t i = 0; i < n && !*below; i++) {
    if (p[i].to <= from || p[i].from >= to)
      continue;
    char *path = util_xasprintf("/%s", p[i].path);
    *below = strstr(path, needle) != NULL;
    free(path);
  }
  free(needle);
  store_paths_free(p, n);
  return 0;
}

int app_path_at(app *a, const store_org *o, util_day day, char **path,
                util_err *e) {
  store_path *p;
  size_t n;
  *path = NULL;
  if (store_paths_of(a->st, o->id, &p, &n, e))
    return -1;
  for (size_t i = 0; i < n && !*path; i++)
    if (p[i].from <= day && day < p[i].to)
      *path = util_xstrdup(p[i].path);
  store_paths_free(p, n);
  if (*path)
    return 0;
  char d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  util_date_say(e, day, d);
  if (o->ended && day >= o->ended)
    return util_fail(e, UTIL_REFUSED, "organisation %s was %s on %s (%s)",
                     o->code, app_org_ended_word(o, e),
                     util_date_say(e, o->ended, x), d);
  if (o->founded_known)
    return util_fail(e, UTIL_REFUSED,
                     "organisation %s did not exist yet on %s (founded %s)",
                     o->code, d, util_date_say(e, o->founded, x));
  return util_fail(e, UTIL_REFUSED, "organisation %s did not exist on %s",
                   o->code, d);
}

/* ---- what an import shares
 * ------------------------------------------------------ */

app_batch *app_batch_new(app *a) {
  app_batch *b = util_xcalloc(1, sizeof *b);
  b->ledger = report_ledger_new(a->st);
  return b;
}

static void forget_cells(app_batch *b) {
  for (size_t i = 0; i < b->ncell; i++) {
    free(b->cell[i].code);
    store_org_clear(&b->cell[i].org);
    store_paths_free(b->cell[i].paths, b->cell[i].npaths);
  }
  free(b->cell);
  b->cell = NULL;
  b->ncell = 0;
  util_map_free(&b->cells);
}

void app_batch_free(app_batch *b) {
  if (!b)
    return;
  report_ledger_free(b->ledger);
  forget_cells(b);
  for (size_t i = 0; i < b->nterm; i++)
    free(b->term[i].key);
  free(b->term);
  util_map_free(&b->terms);
  free(b);
}

void app_batch_forget_tree(app *a) {
  if (!a->batch)
    return;
  report_ledger_forget_paths(a->batch->ledger);
  forget_cells(a->batch);
}

/* FNV-1a: codes and terms are short. */
static uint64_t hash(const char *s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

/* The cached cell for a code, read from the store on first use; codes are
 * matched without regard to case, as the store does. */
static struct app_cell *cached_cell(app *a, const char *field, const char *code,
                                    util_err *e) {
  app_batch *b = a->batch;
  char *folded = util_xstrdup(code);
  for (char *p = folded; *p; p++)
    *p = (char)tolower((unsigned char)*p);
  uint64_t h = hash(folded);
  free(folded);
  size_t *slot = util_map_get(&b->cells, h);
  if (slot && strcasecmp(b->cell[*slot].code, code) == 0)
    return &b->cell[*slot];
  struct app_cell c = {.code = util_xstrdup(code)};
  if (app_org(a, field, code, &c.org, e) ||
      store_paths_of(a->st, c.org.id, &c.paths, &c.npaths, e)) {
    free(c.code);
    store_org_clear(&c.org);
    return NULL;
  }
  b->cell = util_xrealloc(b->cell, (b->ncell + 1) * sizeof *b->cell);
  b->cell[b->ncell] = c;
  bool created;
  *util_map_put(&b->cells, h, &created) = b->ncell;
  return &b->cell[b->ncell++];
}

int app_cell(app *a, const char *field, const char *code, util_day day,
             store_org *cell, util_err *e) {
  store_path *paths = NULL;
  size_t npaths = 0;
  memset(cell, 0, sizeof *cell);
  /* Checked before the batch's cache, which keys on the code. */
  if (!code || !*code)
    return app_org(a, field, code, cell, e);
  if (a->batch) {
    struct app_cell *c = cached_cell(a, field, code, e);
    if (!c)
      return -1;
    *cell = c->org;
    cell->code = util_xstrdup(c->org.code);
    cell->name = util_xstrdup(c->org.name);
    paths = c->paths;
    npaths = c->npaths;
  } else if (app_org(a, field, code, cell, e) ||
             store_paths_of(a->st, cell->id, &paths, &npaths, e)) {
    return -1;
  }
  bool exists = false;
  for (size_t i = 0; i < npaths; i++)
    exists |= paths[i].from <= day && day < paths[i].to;
  if (!a->batch)
    store_paths_free(paths, npaths);
  char d[UTIL_DATE_SAY], x[UTIL_DATE_SAY];
  if (!core_kind_is_cell(cell->kind))
    return util_invalid(
        e, field,
        "%s: %s is a %s; members are registered in cells (cell, "
        "grassroots_cell)",
        field, cell->code, core_kind_name(cell->kind));
  if (cell->ended)
    return util_invalid(
        e, field, "%s: %s was %s on %s; members cannot be registered there",
        field, cell->code, app_org_ended_word(cell, e),
        util_date_say(e, cell->ended, x));
  if (!exists && cell->founded_known)
    return util_invalid(e, field, "%s: %s did not exist yet on %s (founded %s)",
                        field, cell->code, util_date_say(e, day, d),
                        util_date_say(e, cell->founded, x));
  if (!exists)
    return util_invalid(e, field, "%s: %s did not exist on %s", field,
                        cell->code, util_date_say(e, day, d));
  return 0;
}

int app_term(app *a, const char *dim, const char *value, uint32_t *id,
             util_err *e) {
  if (!a->batch || !value || !*value)
    return store_term(a->st, dim, value, id, e);
  char *key = util_xasprintf("%s:%s", dim, value);
  uint64_t h = hash(key);
  app_batch *b = a->batch;
  size_t *slot = util_map_get(&b->terms, h);
  if (slot && strcmp(b->term[*slot].key, key) == 0) {
    *id = b->term[*slot].id;
    free(key);
    return 0;
  }
  if (store_term(a->st, dim, value, id, e)) {
    free(key);
    return -1;
  }
  b->term = util_xrealloc(b->term, (b->nterm + 1) * sizeof *b->term);
  b->term[b->nterm] = (struct app_term){key, *id};
  bool created;
  *util_map_put(&b->terms, h, &created) = b->nterm++;
  return 0;
}

/* ---- points of party work ---------------------------------------------------
 */

int app_point(app *a, const char *source, int64_t id, int64_t org, util_day day,
              const core_tally *t, int64_t member, util_err *e) {
  report_ledger *l = app_ledger(a);
  core_tally old = {0};
  int64_t old_org;
  util_day old_day;
  int rc = store_point_get(a->st, source, id, &old_org, &old_day, &old, e);
  if (rc == 0)
    rc = report_ledger_point(l, old_org, old_day, &old, -1, e);
  else if (rc == 1)
    rc = 0;
  if (rc == 0)
    rc = t ? store_point_set(a->st, source, id, org, day, t, member, e)
           : store_point_delete(a->st, source, id, e);
  if (rc == 0 && t)
    rc = report_ledger_point(l, org, day, t, 1, e);
  core_tally_free(&old);
  return app_ledger_done(a, l, rc, e);
}

int app_member_place(app *a, const store_member *m, util_day day, int64_t *cell,
                     util_err *e) {
  char d[UTIL_DATE_SAY];
  if (store_membership_last(a->st, m->id, day, cell, e))
    return -1;
  if (!*cell)
    return util_fail(e, UTIL_REFUSED, "member %lld had not been admitted by %s",
                     (long long)m->id, util_date_say(e, day, d));
  return 0;
}

int app_org_place(app *a, const store_org *o, util_day day, int64_t *place,
                  util_err *e) {
  store_path *p;
  size_t n;
  if (store_paths_of(a->st, o->id, &p, &n, e))
    return -1;
  bool found = false;
  for (size_t i = 0; i < n && !found; i++)
    if (p[i].from <= day && day < p[i].to) {
      *place = p[i].parent ? p[i].parent : o->id;
      found = true;
    }
  store_paths_free(p, n);
  if (found)
    return 0;
  char *path;
  app_path_at(a, o, day, &path, e); /* says why */
  return -1;
}

typedef struct moved {
  app *a;
  int64_t member;
  util_err *e;
  bool oversight; /* a record of oversight moved */
} moved;

static int move_point(void *ctx, const store_member_point *p) {
  moved *m = ctx;
  app *a = m->a;
  if (strcmp(p->source, "assessment") == 0)
    return 0;
  int64_t cell;
  if (store_membership_last(a->st, m->member, p->day, &cell, m->e))
    return -1;
  if (!cell || cell == p->org)
    return 0;
  core_tally t = {0};
  int64_t org;
  util_day day;
  int rc = store_point_get(a->st, p->source, p->id, &org, &day, &t, m->e);
  if (rc == 0)
    rc = app_point(a, p->source, p->id, cell, day, &t, m->member, m->e);
  core_tally_free(&t);
  m->oversight |= strcmp(p->source, "oversight") == 0;
  return rc < 0 ? -1 : 0;
}

int app_member_records_moved(app *a, int64_t member, util_day since,
                             util_err *e) {
  moved m = {a, member, e, false};
  if (store_points_of_member(a->st, member, since, move_point, &m, e))
    return -1;
  /* The later records about the member carry where the moved ones now
   * count (distinct members overseen). */
  for (int k = 0; m.oversight && k < CORE_OVERSIGHT__MAX; k++)
    if (app_target_replace(a, "oversight", (enum core_oversight)k, 0, member,
                           e))
      return -1;
  return 0;
}

const char *app_code_word(const util_err *e, const char *prefix,
                          const char *code) {
  const char *w = util_code_word(e ? e->lang : NULL, prefix, code);
  return w ? w : code;
}

const char *app_who_member(const util_err *e, int64_t id, char buf[static 80]) {
  snprintf(buf, 80, util_tr_err(e, "member %lld"), (long long)id);
  return buf;
}

const char *app_who_org(const util_err *e, const char *code,
                        char buf[static 80]) {
  snprintf(buf, 80, util_tr_err(e, "organisation %s"), code);
  return buf;
}
