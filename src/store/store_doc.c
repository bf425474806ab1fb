/*
 * store_doc.c — the register of documents, and who disseminated and
 * implemented each (see 002_party_work.sql).
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const steps[] = {"disseminated", "implemented"};

/* The name of an organisation in use on a day (as in store_org.c). */
#define DOC_NAME_AT(org, day)                                                  \
  "coalesce((SELECT n.name FROM org_name n WHERE n.org_id = " org              \
  " AND n.since <= " day " ORDER BY n.since DESC LIMIT 1), "                   \
  "(SELECT n.name FROM org_name n WHERE n.org_id = " org                       \
  " ORDER BY n.since LIMIT 1), (SELECT name FROM org WHERE id = " org "))"

void store_doc_clear(store_doc *d) {
  free(d->number);
  free(d->issuer);
  free(d->title);
  memset(d, 0, sizeof *d);
}

int store_doc_find(store *st, const char *number, store_doc *d, util_err *e) {
  /* Two numbers that fold alike may come from before the rule (schema
   * 004): the exact spelling goes first. */
  static const char sql[] = "SELECT id, number, kind, issuer, date, title "
                            "FROM document WHERE number_key = ?2 "
                            "ORDER BY number = ?1 DESC, id LIMIT 1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  memset(d, 0, sizeof *d);
  char *key = util_text_casefold(number);
  sqlite3_bind_text(s, 1, number, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, key, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    d->id = sqlite3_column_int64(s, 0);
    d->number = store_col_dup(s, 1);
    core_doc_kind_parse(store_col_text(s, 2), &d->kind);
    d->issuer = store_col_dup(s, 3);
    d->date = store_col_day(s, 4);
    d->title = store_col_dup(s, 5);
  }
  sqlite3_reset(s);
  free(key);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_doc_insert(store *st, store_doc *d, const char *user, util_err *e) {
  static const char sql[] =
      "INSERT INTO document(number, kind, issuer, date, title, recorded_at, "
      "recorded_by, number_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, d->number, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, core_doc_kind_name(d->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 3, d->issuer, -1, SQLITE_STATIC);
  store_bind_day(s, 4, d->date);
  sqlite3_bind_text(s, 5, d->title, -1, SQLITE_STATIC);
  store_bind_recorded(s, 6, user);
  char *key = util_text_casefold(d->number);
  sqlite3_bind_text(s, 8, key, -1, SQLITE_STATIC);
  int rc = store_step_insert(st, s, &d->id, e);
  free(key);
  return rc;
}

int store_doc_step_day(store *st, int64_t doc, int64_t org, int step,
                       util_day *day, util_err *e) {
  static const char sql[] = "SELECT date FROM dissemination "
                            "WHERE document_id = ?1 AND org_id = ?2 "
                            "AND step = ?3";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, doc);
  sqlite3_bind_int64(s, 2, org);
  sqlite3_bind_text(s, 3, steps[step != 0], -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  *day = rc == SQLITE_ROW ? store_col_day(s, 0) : 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

int store_doc_step_add(store *st, int64_t doc, int64_t org, int step,
                       util_day day, int64_t meeting, const char *user,
                       int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO dissemination(id, document_id, org_id, step, date, "
      "meeting_id, recorded_at, recorded_by) "
      "VALUES (" STORE_NEXT_ID("dissemination") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, doc);
  sqlite3_bind_int64(s, 2, org);
  sqlite3_bind_text(s, 3, steps[step != 0], -1, SQLITE_STATIC);
  store_bind_day(s, 4, day);
  store_bind_id(s, 5, meeting);
  store_bind_recorded(s, 6, user);
  return store_step_insert(st, s, id, e);
}

typedef struct doc_ctx {
  int (*fn)(void *ctx, const store_doc_row *r);
  void *ctx;
} doc_ctx;

static int doc_row(void *ctx, sqlite3_stmt *s) {
  doc_ctx *r = ctx;
  store_doc_row row = {.number = store_col_text(s, 0),
                       .kind = store_col_text(s, 1),
                       .issuer = store_col_text(s, 2),
                       .date = store_col_text(s, 3),
                       .title = store_col_text(s, 4),
                       .disseminated = sqlite3_column_int64(s, 5),
                       .implemented = sqlite3_column_int64(s, 6)};
  return r->fn(r->ctx, &row);
}

int store_docs(store *st, int64_t scope,
               int (*fn)(void *ctx, const store_doc_row *r), void *ctx,
               util_err *e) {
  static const char sql[] =
      "SELECT d.number, d.kind, d.issuer, d.date, d.title, "
      "(SELECT count(*) FROM dissemination x WHERE x.document_id = d.id "
      "  AND x.step = 'disseminated' AND " STORE_WITHIN(
          "x.org_id",
          "?1") "), "
                "(SELECT count(*) FROM dissemination x WHERE x.document_id = "
                "d.id "
                "  AND x.step = 'implemented' AND " STORE_WITHIN(
                    "x.org_id",
                    "?1") ") "
                          "FROM document d ORDER BY d.date, d.number";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, scope);
  doc_ctx r = {fn, ctx};
  return store_each(st, s, doc_row, &r, e);
}

typedef struct step_ctx {
  int (*fn)(void *ctx, const store_doc_step_row *r);
  void *ctx;
} step_ctx;

static int step_row(void *ctx, sqlite3_stmt *s) {
  step_ctx *r = ctx;
  store_doc_step_row row = {.code = store_col_text(s, 0),
                            .name = store_col_text(s, 1),
                            .step = store_col_text(s, 2),
                            .date = store_col_text(s, 3),
                            .recorded_at = store_col_text(s, 4),
                            .recorded_by = store_col_text(s, 5),
                            .meeting = sqlite3_column_int64(s, 6),
                            .id = sqlite3_column_int64(s, 7)};
  return r->fn(r->ctx, &row);
}

int store_doc_steps(store *st, int64_t doc, int64_t scope,
                    int (*fn)(void *ctx, const store_doc_step_row *r),
                    void *ctx, util_err *e) {
  static const char sql[] = "SELECT o.code, " DOC_NAME_AT(
      "o.id", "x.date") ", x.step, x.date, x.recorded_at, "
                        "x.recorded_by, coalesce(x.meeting_id, 0), x.id "
                        "FROM dissemination x JOIN org o ON o.id = "
                        "x.org_id WHERE x.document_id = ?1 "
                        "AND " STORE_WITHIN(
                            "x.org_id", "?2") " "
                                              "ORDER BY x.step, x.date, o.code";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, doc);
  sqlite3_bind_int64(s, 2, scope);
  step_ctx r = {fn, ctx};
  return store_each(st, s, step_row, &r, e);
}

typedef struct coverage_ctx {
  int (*fn)(void *ctx, const store_coverage_row *r);
  void *ctx;
} coverage_ctx;

static int coverage_row(void *ctx, sqlite3_stmt *s) {
  coverage_ctx *r = ctx;
  store_coverage_row row = {.code = store_col_text(s, 0),
                            .name = store_col_text(s, 1),
                            .kind = store_col_text(s, 2),
                            .disseminated = store_col_text(s, 3)};
  return r->fn(r->ctx, &row);
}

int store_doc_coverage(store *st, int64_t doc, const char *prefix, util_day day,
                       int (*fn)(void *ctx, const store_coverage_row *r),
                       void *ctx, util_err *e) {
  static const char sql[] = "SELECT o.code, " DOC_NAME_AT(
      "o.id", "?2") ", o.kind, x.date FROM org_path p "
                    "JOIN org o ON o.id = p.org_id "
                    "LEFT JOIN dissemination x ON x.document_id = ?4 "
                    "AND x.org_id = o.id AND x.step = 'disseminated' "
                    "AND x.date <= ?2 "
                    "WHERE p.valid_from <= ?2 AND p.valid_to > ?2 "
                    "AND (?1 IS NULL OR (p.path >= ?1 AND p.path < ?3)) "
                    "AND o.kind IN ('grassroots_committee', "
                    "'grassroots_cell', 'cell') ORDER BY o.code";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  char *hi = store_prefix_end(prefix);
  store_bind_text(s, 1, prefix);
  store_bind_day(s, 2, day);
  store_bind_text(s, 3, hi);
  sqlite3_bind_int64(s, 4, doc);
  coverage_ctx r = {fn, ctx};
  int rc = store_each(st, s, coverage_row, &r, e);
  free(hi);
  return rc;
}

int store_doc_orphan(store *st, int64_t org, int64_t doc,
                     store_doc_orphan_row *out, util_err *e) {
  static const char sql[] =
      "SELECT i.id, i.date, d.number, o.code FROM dissemination i "
      "JOIN document d ON d.id = i.document_id JOIN org o ON o.id = i.org_id "
      "WHERE i.org_id = ?1 AND (?2 = 0 OR i.document_id = ?2) "
      "AND i.step = 'implemented' AND NOT EXISTS (SELECT 1 FROM "
      "dissemination x WHERE x.document_id = i.document_id "
      "AND x.org_id = i.org_id AND x.step = 'disseminated' "
      "AND x.date <= i.date) ORDER BY i.date, i.id LIMIT 1";
  memset(out, 0, sizeof *out);
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  sqlite3_bind_int64(s, 2, doc);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    out->id = sqlite3_column_int64(s, 0);
    snprintf(out->date, sizeof out->date, "%s", store_col_text(s, 1));
    out->number = store_col_dup(s, 2);
    out->code = store_col_dup(s, 3);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 1;
  return rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}
