/*
 * store_congress.c — congresses, their delegates and candidates, and the
 * rounds of voting with each candidate's votes (013_congress.sql). Who is
 * elected is not stored: app computes it from the counts.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>

void store_congress_clear(store_congress *c) {
  free(c->code);
  free(c->org_code);
  free(c->term);
  memset(c, 0, sizeof *c);
}

int store_congress_by_code(store *st, const char *code, store_congress *c,
                           util_err *e) {
  static const char sql[] =
      "SELECT c.id, c.code, c.org_id, o.code, c.term, c.held_on, c.seats, "
      "coalesce(c.delegates, -1) FROM congress c "
      "JOIN org o ON o.id = c.org_id WHERE c.code = ?1";
  memset(c, 0, sizeof *c);
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, code, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    c->id = sqlite3_column_int64(s, 0);
    c->code = store_col_dup(s, 1);
    c->org = sqlite3_column_int64(s, 2);
    c->org_code = store_col_dup(s, 3);
    c->term = store_col_dup(s, 4);
    c->held_on = store_col_day(s, 5);
    c->seats = sqlite3_column_int64(s, 6);
    c->delegates = sqlite3_column_int64(s, 7);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_congress_insert(store *st, store_congress *c, const char *user,
                          util_err *e) {
  static const char sql[] =
      "INSERT INTO congress(code, org_id, term, held_on, seats, delegates, "
      "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, c->code, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 2, c->org);
  sqlite3_bind_text(s, 3, c->term, -1, SQLITE_STATIC);
  store_bind_day(s, 4, c->held_on);
  sqlite3_bind_int64(s, 5, c->seats);
  if (c->delegates >= 0)
    sqlite3_bind_int64(s, 6, c->delegates);
  store_bind_recorded(s, 7, user);
  return store_step_insert(st, s, &c->id, e);
}

/* ---- delegates, candidates, votes
 * ----------------------------------------------------------- */

void store_congress_people_free(store_congress_person *p, size_t n) {
  for (size_t i = 0; p && i < n; i++)
    free(p[i].name);
  free(p);
}

/* member, name, kind or NULL, n, round */
static void read_person(sqlite3_stmt *s, void *elem) {
  store_congress_person *p = elem;
  memset(p, 0, sizeof *p);
  p->member = sqlite3_column_int64(s, 0);
  p->name = store_col_dup(s, 1);
  const char *kind = store_col_text(s, 2);
  snprintf(p->kind, sizeof p->kind, "%s", kind ? kind : "");
  p->n = sqlite3_column_int64(s, 3);
  p->round = sqlite3_column_int(s, 4);
}

static int people(store *st, const char *sql, int64_t congress,
                  store_congress_person **out, size_t *n, util_err *e) {
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, congress);
  return store_all(st, s, sizeof **out, (void **)out, n, read_person, e);
}

int store_congress_delegates(store *st, int64_t congress,
                             store_congress_person **out, size_t *n,
                             util_err *e) {
  static const char sql[] =
      "SELECT d.member_id, m.name, d.kind, 0, 0 FROM congress_delegate d "
      "JOIN member m ON m.id = d.member_id WHERE d.congress_id = ?1 "
      "ORDER BY d.kind, d.member_id";
  return people(st, sql, congress, out, n, e);
}

int store_congress_candidates(store *st, int64_t congress,
                              store_congress_person **out, size_t *n,
                              util_err *e) {
  static const char sql[] =
      "SELECT c.member_id, m.name, NULL, c.position, 0 "
      "FROM congress_candidate c JOIN member m ON m.id = c.member_id "
      "WHERE c.congress_id = ?1 ORDER BY c.position";
  return people(st, sql, congress, out, n, e);
}

int store_congress_votes(store *st, int64_t congress,
                         store_congress_person **out, size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT v.member_id, m.name, NULL, v.votes, r.number "
      "FROM congress_vote v JOIN congress_round r ON r.id = v.round_id "
      "JOIN member m ON m.id = v.member_id "
      "LEFT JOIN congress_candidate c ON c.congress_id = r.congress_id "
      "AND c.member_id = v.member_id WHERE r.congress_id = ?1 "
      "ORDER BY r.number, v.votes DESC, c.position";
  return people(st, sql, congress, out, n, e);
}

int store_congress_delegate_add(store *st, int64_t congress, int64_t member,
                                const char *kind, const char *user,
                                util_err *e) {
  static const char sql[] =
      "INSERT INTO congress_delegate(congress_id, member_id, kind, "
      "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, congress);
  sqlite3_bind_int64(s, 2, member);
  sqlite3_bind_text(s, 3, kind, -1, SQLITE_STATIC);
  store_bind_recorded(s, 4, user);
  return store_step_done(st, s, e);
}

int store_congress_candidate_add(store *st, int64_t congress, int64_t member,
                                 int64_t position, const char *user,
                                 util_err *e) {
  static const char sql[] =
      "INSERT INTO congress_candidate(congress_id, member_id, position, "
      "recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, congress);
  sqlite3_bind_int64(s, 2, member);
  sqlite3_bind_int64(s, 3, position);
  store_bind_recorded(s, 4, user);
  return store_step_done(st, s, e);
}

/* ---- rounds
 * ------------------------------------------------------------------ */

static void read_round(sqlite3_stmt *s, void *elem) {
  store_congress_round *r = elem;
  r->id = sqlite3_column_int64(s, 0);
  r->number = sqlite3_column_int(s, 1);
  r->issued = sqlite3_column_int64(s, 2);
  r->returned = sqlite3_column_int64(s, 3);
  r->valid = sqlite3_column_int64(s, 4);
  r->seats = sqlite3_column_int64(s, 5);
}

int store_congress_rounds(store *st, int64_t congress,
                          store_congress_round **out, size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT id, number, issued, returned, valid, seats FROM congress_round "
      "WHERE congress_id = ?1 ORDER BY number";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, congress);
  return store_all(st, s, sizeof **out, (void **)out, n, read_round, e);
}

int store_congress_round_add(store *st, int64_t congress,
                             store_congress_round *r, const char *user,
                             util_err *e) {
  static const char sql[] =
      "INSERT INTO congress_round(congress_id, number, issued, returned, "
      "valid, seats, recorded_at, recorded_by) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, congress);
  sqlite3_bind_int(s, 2, r->number);
  sqlite3_bind_int64(s, 3, r->issued);
  sqlite3_bind_int64(s, 4, r->returned);
  sqlite3_bind_int64(s, 5, r->valid);
  sqlite3_bind_int64(s, 6, r->seats);
  store_bind_recorded(s, 7, user);
  return store_step_insert(st, s, &r->id, e);
}

int store_congress_vote_add(store *st, int64_t round, int64_t member,
                            int64_t votes, util_err *e) {
  static const char sql[] = "INSERT INTO congress_vote(round_id, member_id, "
                            "votes) VALUES (?1, ?2, ?3)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, round);
  sqlite3_bind_int64(s, 2, member);
  sqlite3_bind_int64(s, 3, votes);
  return store_step_done(st, s, e);
}

/* ---- the listing
 * ------------------------------------------------------------- */

typedef struct congress_fn_ctx {
  int (*fn)(void *ctx, const store_congress_row *row);
  void *ctx;
} congress_fn_ctx;

static int congress_row(void *ctx, sqlite3_stmt *s) {
  congress_fn_ctx *r = ctx;
  store_congress_row row = {.code = store_col_text(s, 0),
                            .org_code = store_col_text(s, 1),
                            .term = store_col_text(s, 2),
                            .held_on = store_col_text(s, 3),
                            .seats = sqlite3_column_int64(s, 4),
                            .delegates = sqlite3_column_int64(s, 5),
                            .ndelegates = sqlite3_column_int64(s, 6),
                            .ncandidates = sqlite3_column_int64(s, 7),
                            .nrounds = sqlite3_column_int64(s, 8)};
  return r->fn(r->ctx, &row);
}

int store_congresses(store *st, int64_t under, const char *term, int64_t scope,
                     int (*fn)(void *ctx, const store_congress_row *row),
                     void *ctx, util_err *e) {
  /* Below `under` as the tree stood on the congress's day (see
   * store_funds), and in the actor's scope as it stands now. */
  static const char sql[] =
      "SELECT c.code, o.code, c.term, c.held_on, c.seats, "
      "coalesce(c.delegates, -1), "
      "(SELECT count(*) FROM congress_delegate d WHERE d.congress_id = c.id), "
      "(SELECT count(*) FROM congress_candidate d "
      "WHERE d.congress_id = c.id), "
      "(SELECT count(*) FROM congress_round d WHERE d.congress_id = c.id) "
      "FROM congress c JOIN org o ON o.id = c.org_id "
      "WHERE (?2 IS NULL OR c.term = ?2) "
      "AND (?1 IS NULL OR EXISTS (SELECT 1 FROM org_path p "
      "WHERE p.org_id = c.org_id AND p.valid_from <= c.held_on "
      "AND p.valid_to > c.held_on "
      "AND instr('/' || p.path, '/' || ?1 || '/') > 0)) "
      "AND " STORE_WITHIN("c.org_id", "?3") " ORDER BY c.held_on, c.code";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_id(s, 1, under);
  store_bind_text(s, 2, term);
  sqlite3_bind_int64(s, 3, scope);
  congress_fn_ctx r = {fn, ctx};
  return store_each(st, s, congress_row, &r, e);
}
