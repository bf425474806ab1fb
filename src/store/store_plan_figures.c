/*
 * store_plan_figures.c — the candidates of the plannings in force on a day
 * under an organisation, for the planning section of the period report
 * (report.c). The planning itself is kept by store_plan.c.
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
