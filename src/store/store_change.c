/*
 * store_change.c — dated changes of a member's profile (migration 003): the
 * history of the fields the member row holds today, and the profile over
 * time that reports count by.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

int store_change_add(store *st, int64_t member, const char *field,
                     util_day since, const char *value, int64_t event,
                     const char *user, int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO member_change(id, member_id, field, since, value, "
      "event_id, recorded_at, recorded_by) VALUES (" STORE_NEXT_EVENT_ID
      ", ?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  sqlite3_bind_text(s, 2, field, -1, SQLITE_STATIC);
  store_bind_day_or_null(s, 3, since);
  store_bind_text(s, 4, value);
  store_bind_id(s, 5, event);
  store_bind_recorded(s, 6, user);
  int64_t rowid;
  if (store_step_insert(st, s, &rowid, e))
    return -1;
  if (id)
    *id = rowid;
  return 0;
}

static int change_row(void *ctx, sqlite3_stmt *s) {
  struct {
    int (*fn)(void *, const store_change *);
    void *ctx;
  } *r = ctx;
  store_change c = {.id = sqlite3_column_int64(s, 0),
                    .field = store_col_text(s, 1),
                    .since = store_col_day(s, 2),
                    .base = sqlite3_column_type(s, 2) == SQLITE_NULL,
                    .value = store_col_text(s, 3),
                    .event = sqlite3_column_int64(s, 4),
                    .recorded_at = store_col_text(s, 5),
                    .recorded_by = store_col_text(s, 6),
                    .voided_at = store_col_text(s, 7),
                    .voided_by = store_col_text(s, 8),
                    .void_reason = store_col_text(s, 9),
                    .member = sqlite3_column_int64(s, 10)};
  return r->fn(r->ctx, &c);
}

int store_changes_of(store *st, int64_t member, bool voided,
                     int (*fn)(void *ctx, const store_change *c), void *ctx,
                     util_err *e) {
  static const char sql[] =
      "SELECT id, field, since, value, event_id, recorded_at, recorded_by, "
      "voided_at, voided_by, void_reason, member_id FROM member_change "
      "WHERE member_id = ?1 AND (?2 OR voided_at IS NULL) "
      "ORDER BY since IS NOT NULL, since, id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  sqlite3_bind_int(s, 2, voided);
  struct {
    int (*fn)(void *, const store_change *);
    void *ctx;
  } r = {fn, ctx};
  return store_each(st, s, change_row, &r, e);
}

int store_change_by_id(store *st, int64_t id,
                       int (*fn)(void *ctx, const store_change *c), void *ctx,
                       util_err *e) {
  static const char sql[] =
      "SELECT id, field, since, value, event_id, recorded_at, recorded_by, "
      "voided_at, voided_by, void_reason, member_id FROM member_change "
      "WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  struct {
    int (*fn)(void *, const store_change *);
    void *ctx;
  } r = {fn, ctx};
  return store_each(st, s, change_row, &r, e);
}

int store_change_void(store *st, int64_t id, int64_t event, const char *user,
                      const char *reason, util_err *e) {
  static const char sql[] =
      "UPDATE member_change SET voided_at = ?3, voided_by = ?4, "
      "void_reason = ?5 WHERE (id = ?1 OR (?2 <> 0 AND event_id = ?2)) "
      "AND voided_at IS NULL";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  sqlite3_bind_int64(s, 2, event);
  store_bind_recorded(s, 3, user);
  sqlite3_bind_text(s, 5, reason, -1, SQLITE_STATIC);
  return store_step_done(st, s, e);
}

int store_member_set_profile(store *st, const store_member *m, util_err *e) {
  static const char sql[] =
      "UPDATE member SET name = ?2, name_key = ?3, card = ?4, "
      "ethnicity = ?5, religion = ?6, hometown = ?7, education = ?8, "
      "profession = ?9, position = ?10, theory = ?11, key_cadre = ?12, "
      "manager = ?13, sort_given = ?14, sort_family = ?15 WHERE id = ?1";
  static const char was[] = "SELECT name_key FROM member WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, was, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, m->id);
  char *old = sqlite3_step(s) == SQLITE_ROW ? store_col_dup(s, 0) : NULL;
  sqlite3_reset(s);
  if (!(s = store_stmt(st, sql, e)) || store_sort_bind(st, s, 14, m->name, e)) {
    free(old);
    return -1;
  }
  char *key = util_text_fold(m->name);
  sqlite3_bind_int64(s, 1, m->id);
  sqlite3_bind_text(s, 2, m->name, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, key, -1, SQLITE_STATIC);
  store_bind_text(s, 4, m->card);
  store_bind_text(s, 5, m->ethnicity);
  store_bind_text(s, 6, m->religion);
  store_bind_text(s, 7, m->hometown);
  store_bind_text(s, 8, m->education);
  store_bind_text(s, 9, m->profession);
  store_bind_text(s, 10, m->position);
  store_bind_text(s, 11, m->theory ? core_theory_name(m->theory) : NULL);
  sqlite3_bind_int(s, 12, m->key_cadre);
  sqlite3_bind_int(s, 13, m->manager);
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) {
    /* The words of the name change only with it. */
    rc = old && strcmp(old, key) != 0 ? store_name_index(st, m->id, old, key, e)
                                      : 0;
  } else if (sqlite3_extended_errcode(st->db) == SQLITE_CONSTRAINT_UNIQUE) {
    rc = 1;
  } else {
    rc = store_sqlfail(st, e);
  }
  free(old);
  free(key);
  return rc;
}

/* ---- the profile over time ------------------------------------------------
 */

/* The counted fields of a profile from a change's value. */
static int apply_change(store *st, core_profile *p, const char *field,
                        const char *value, util_err *e) {
  if (strcmp(field, "theory") == 0) {
    if (!value || core_theory_parse(value, &p->theory))
      p->theory = CORE_THEORY_UNKNOWN;
  } else if (strcmp(field, "key_cadre") == 0) {
    p->key_cadre = value && strcmp(value, "yes") == 0;
  } else if (strcmp(field, "education") == 0) {
    return store_term(st, "education", value, &p->education, e);
  } else if (strcmp(field, "ethnicity") == 0) {
    return store_term(st, "ethnicity", value, &p->ethnicity, e);
  }
  return 0;
}

typedef struct profiles {
  store *st;
  core_profile *p;
  size_t n;
  util_err *e;
} profiles;

static int profile_change(void *ctx, const store_change *c) {
  profiles *x = ctx;
  if (c->base) {
    /* The value before the first change, for the profile from the
     * beginning. */
    return apply_change(x->st, &x->p[0], c->field, c->value, x->e) ? -1 : 0;
  }
  core_profile *last = &x->p[x->n - 1];
  if (x->n == 1 || last->since != c->since) {
    x->p = util_xrealloc(x->p, (x->n + 1) * sizeof *x->p);
    x->p[x->n] = x->p[x->n - 1];
    x->p[x->n].since = c->since;
    x->n++;
  }
  return apply_change(x->st, &x->p[x->n - 1], c->field, c->value, x->e) ? -1
                                                                        : 0;
}

int store_member_profile(store *st, const store_member *m, core_profile **out,
                         size_t *n, util_err *e) {
  profiles x = {st, util_xmalloc(sizeof *x.p), 1, e};
  x.p[0] = (core_profile){.born = m->born,
                          .gender = m->gender,
                          .theory = m->theory,
                          .key_cadre = m->key_cadre};
  int rc = store_term(st, "ethnicity", m->ethnicity, &x.p[0].ethnicity, e) ||
           store_term(st, "education", m->education, &x.p[0].education, e);
  /* Base rows come first (since NULL), then the changes by day: a field
   * changed since the beginning starts from its base value. */
  if (rc == 0 && store_changes_of(st, m->id, false, profile_change, &x, e))
    rc = -1;
  if (rc) {
    free(x.p);
    *out = NULL;
    *n = 0;
    return -1;
  }
  *out = x.p;
  *n = x.n;
  return 0;
}
