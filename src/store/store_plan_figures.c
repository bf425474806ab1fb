/*
 * store_plan_figures.c — what the period report (report.c) counts of cadre
 * planning and congresses: the candidates of the plannings in force on a
 * day under an organisation, and the rounds of the congresses held under
 * it in a period. The records themselves are kept by store_plan.c and
 * store_congress.c.
 */
#include "store/store_int.h"

#include <string.h>

typedef struct plan_row_ctx {
  int (*fn)(void *ctx, const store_plan_row *r);
  void *ctx;
} plan_row_ctx;

static int plan_row(void *arg, sqlite3_stmt *s) {
  plan_row_ctx *c = arg;
  store_plan_row r = {0};
  const char *term = (const char *)sqlite3_column_text(s, 0);
  const char *level = (const char *)sqlite3_column_text(s, 2);
  snprintf(r.term, sizeof r.term, "%s", term ? term : "");
  r.post = sqlite3_column_int64(s, 1);
  snprintf(r.level, sizeof r.level, "%s", level ? level : "");
  r.member = sqlite3_column_int64(s, 3);
  r.born = store_col_day(s, 4);
  r.female = sqlite3_column_int(s, 5);
  r.minority = sqlite3_column_int(s, 6);
  const char *theory = (const char *)sqlite3_column_text(s, 7);
  if (!theory || core_theory_parse(theory, &r.theory))
    r.theory = CORE_THEORY_UNKNOWN;
  return c->fn(c->ctx, &r);
}

int store_plan_rows(store *st, int64_t org, util_day day,
                    int (*fn)(void *ctx, const store_plan_row *r), void *ctx,
                    util_err *e) {
  /* The posts of the organisations whose path on ?2 lies in the range of
   * org's path on ?2 (the tree as it stood that day). */
  static const char sql[] =
      "WITH root AS (SELECT path FROM org_path WHERE org_id = ?1 "
      "  AND valid_from <= ?2 AND ?2 < valid_to) "
      "SELECT e.term, p.id, p.level, m.id, m.born, m.gender = 'female', "
      "  m.ethnicity IS NOT NULL AND m.ethnicity <> '' "
      "  AND lower(m.ethnicity) <> 'kinh', m.theory "
      "FROM plan_entry e JOIN post p ON p.id = e.post_id "
      "JOIN member m ON m.id = e.member_id "
      "JOIN org_path w ON w.org_id = p.org_id "
      "  AND w.valid_from <= ?2 AND ?2 < w.valid_to, root "
      "WHERE e.added_on <= ?2 AND (e.removed_on IS NULL OR e.removed_on > ?2) "
      "  AND w.path >= root.path "
      "  AND w.path < substr(root.path, 1, length(root.path) - 1) || '0' "
      "ORDER BY e.term, p.id, m.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, day);
  plan_row_ctx c = {fn, ctx};
  return store_each(st, s, plan_row, &c, e);
}

typedef struct congress_row_ctx {
  int (*fn)(void *ctx, const store_ballot_row *r);
  void *ctx;
} congress_row_ctx;

static int congress_row(void *arg, sqlite3_stmt *s) {
  congress_row_ctx *c = arg;
  store_ballot_row r = {
      .congress = sqlite3_column_int64(s, 0),
      .seats = sqlite3_column_int64(s, 1),
      .round = sqlite3_column_int64(s, 2),
      .issued = sqlite3_column_int64(s, 3),
      .returned = sqlite3_column_int64(s, 4),
      .valid = sqlite3_column_int64(s, 5),
      .round_seats = sqlite3_column_int64(s, 6),
      .member = sqlite3_column_int64(s, 7),
      .votes = sqlite3_column_int64(s, 8),
  };
  return c->fn(c->ctx, &r);
}

int store_congress_ballots(store *st, int64_t org, util_day from, util_day to,
                           int (*fn)(void *ctx, const store_ballot_row *r),
                           void *ctx, util_err *e) {
  /* A congress counts where its organisation stood on its day. */
  static const char sql[] =
      "SELECT c.id, c.seats, r.id, r.issued, r.returned, r.valid, r.seats, "
      "  v.member_id, v.votes "
      "FROM congress c JOIN org_path w ON w.org_id = c.org_id "
      "  AND w.valid_from <= c.held_on AND c.held_on < w.valid_to "
      "JOIN org_path x ON x.org_id = ?1 "
      "  AND x.valid_from <= c.held_on AND c.held_on < x.valid_to "
      "LEFT JOIN congress_round r ON r.congress_id = c.id "
      "LEFT JOIN congress_vote v ON v.round_id = r.id "
      "WHERE c.held_on >= ?2 AND c.held_on <= ?3 AND w.path >= x.path "
      "  AND w.path < substr(x.path, 1, length(x.path) - 1) || '0' "
      "ORDER BY c.id, r.number, v.member_id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, org);
  store_bind_day(s, 2, from);
  store_bind_day(s, 3, to);
  congress_row_ctx c = {fn, ctx};
  return store_each(st, s, congress_row, &c, e);
}
