/*
 * store_assess.c — the annual assessment of members and organisations, and
 * awards (002_party_work.sql). What they add to the figures is in their
 * points (store_point.c).
 */
#include "store/store_int.h"

#include <stdlib.h>

/* The name of organisation `org` on `day`: the latest name record on or
 * before it, else the first (as store_org.c reads names). */
#define NAME_ON(org, day)                                                      \
  "coalesce((SELECT n.name FROM org_name n WHERE n.org_id = " org              \
  " AND n.since <= " day " ORDER BY n.since DESC LIMIT 1), "                   \
  "(SELECT n.name FROM org_name n WHERE n.org_id = " org                       \
  " ORDER BY n.since LIMIT 1))"

/* Whether organisation `subject` was `under` or below it on `day`, by
 * their paths begun last on or before that day: an organisation that
 * ended before it still counts where it last stood. The aliases are the
 * macro's own (pu, ps, px): the queries around it use short ones. */
#define UNDER(under, subject, day)                                             \
  "EXISTS (SELECT 1 FROM org_path pu JOIN org_path ps ON ps.org_id = " subject \
  " AND ps.valid_from = (SELECT max(px.valid_from) FROM org_path px "          \
  "  WHERE px.org_id = ps.org_id AND px.valid_from <= " day ") "               \
  "WHERE pu.org_id = " under                                                   \
  " AND pu.valid_from = (SELECT max(px.valid_from) "                           \
  "  FROM org_path px WHERE px.org_id = pu.org_id AND px.valid_from <= " day   \
  ") AND substr(ps.path, 1, length(pu.path)) = pu.path)"

/* 1 << enum core_grade of a grade's text. */
#define GRADE_BIT(grade)                                                       \
  "(1 << CASE " grade " WHEN 'excellent' THEN 0 WHEN 'well' THEN 1 "           \
  "WHEN 'completed' THEN 2 ELSE 3 END)"

int store_assess_get(store *st, int year, int64_t member, int64_t org,
                     store_assess *out, util_err *e) {
  static const char sql[] =
      "SELECT id, grade, score, grassroots_id FROM assessment "
      "WHERE year = ?1 AND (member_id = ?2 OR org_id = ?3)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int(s, 1, year);
  store_bind_id(s, 2, member);
  store_bind_id(s, 3, org);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    *out = (store_assess){.id = sqlite3_column_int64(s, 0),
                          .year = year,
                          .member = member,
                          .org = org,
                          .grassroots = sqlite3_column_int64(s, 3)};
    core_grade_parse(store_col_text(s, 1), &out->grade);
    out->score = sqlite3_column_type(s, 2) == SQLITE_NULL
                     ? -1
                     : sqlite3_column_int(s, 2);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_assess_put(store *st, store_assess *a, const char *user,
                     util_err *e) {
  static const char ins[] =
      "INSERT INTO assessment(id, grade, score, grassroots_id, recorded_at, "
      "recorded_by, year, member_id, org_id) "
      "VALUES (" STORE_NEXT_ID(
          "assessment") ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  static const char upd[] =
      "UPDATE assessment SET grade = ?2, score = ?3, grassroots_id = ?4, "
      "recorded_at = ?5, recorded_by = ?6 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, a->id ? upd : ins, e);
  if (!s)
    return -1;
  if (a->id)
    sqlite3_bind_int64(s, 1, a->id);
  sqlite3_bind_text(s, 2, core_grade_name(a->grade), -1, SQLITE_STATIC);
  if (a->score >= 0)
    sqlite3_bind_int(s, 3, a->score);
  store_bind_id(s, 4, a->grassroots);
  store_bind_recorded(s, 5, user);
  if (!a->id) {
    sqlite3_bind_int(s, 7, a->year);
    store_bind_id(s, 8, a->member);
    store_bind_id(s, 9, a->org);
  }
  if (store_step_done(st, s, e))
    return -1;
  if (!a->id)
    a->id = sqlite3_last_insert_rowid(st->db);
  return 0;
}

int store_assess_counts(store *st, int64_t grassroots, int year, bool orgs,
                        int *excellent, int *well, util_err *e) {
  static const char sql[] =
      "SELECT coalesce(sum(grade = 'excellent'), 0), "
      "coalesce(sum(grade = 'well'), 0) FROM assessment "
      "WHERE grassroots_id = ?1 AND year = ?2 AND (member_id IS NULL) = ?3";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, grassroots);
  sqlite3_bind_int(s, 2, year);
  sqlite3_bind_int(s, 3, orgs);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    *excellent = sqlite3_column_int(s, 0);
    *well = sqlite3_column_int(s, 1);
  }
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

/* ---- listings ------------------------------------------------------------ */

typedef struct assess_fn_ctx {
  store_assess_fn fn;
  void *ctx;
} assess_fn_ctx;

/* The columns of a listed assessment `s`, at the end of its year ?4. */
#define ASSESS_COLUMNS                                                         \
  "s.year, s.member_id, m.card, coalesce(m.name, " NAME_ON(                    \
      "o.id",                                                                  \
      "?4") "), o.code, s.grade, s.score, pl.code, g.code, s.id "              \
            "FROM assessment s LEFT JOIN member m ON m.id = s.member_id "      \
            "LEFT JOIN org o ON o.id = s.org_id "                              \
            "LEFT JOIN org g ON g.id = s.grassroots_id "                       \
            "LEFT JOIN point p ON p.source = 'assessment' AND p.source_id = "  \
            "s.id "                                                            \
            "LEFT JOIN org pl ON pl.id = p.org_id "

static int assess_row(void *ctx, sqlite3_stmt *s) {
  assess_fn_ctx *r = ctx;
  store_assess_row row = {
      .year = sqlite3_column_int(s, 0),
      .member = sqlite3_column_int64(s, 1),
      .card = store_col_text(s, 2),
      .name = store_col_text(s, 3),
      .code = store_col_text(s, 4),
      .grade = store_col_text(s, 5),
      .score = sqlite3_column_type(s, 6) == SQLITE_NULL
                   ? -1
                   : sqlite3_column_int(s, 6),
      .place = store_col_text(s, 7),
      .grassroots = store_col_text(s, 8),
      .id = sqlite3_column_int64(s, 9),
  };
  return r->fn(r->ctx, &row);
}

static void bind_year_end(sqlite3_stmt *s, int i, int year) {
  store_bind_day(s, i, util_day_from_civil(year, 12, 31));
}

/* Classifications in their order: organisations first, then members, by
 * place and then by the member's name key KEY (roster or family order). */
#define BY_PLACE(KEY)                                                          \
  "ORDER BY s.member_id IS NOT NULL, o.code, " KEY ", s.member_id"

int store_assess_rows(store *st, int year, int64_t under, int64_t scope,
                      const char *grade, enum store_order order,
                      store_assess_fn fn, void *ctx, util_err *e) {
#define ROWS(KEY)                                                              \
  "SELECT " ASSESS_COLUMNS                                                     \
  "WHERE s.year = ?1 AND (?2 IS NULL OR s.grade = ?2) "                        \
  "AND (?3 = 0 OR " UNDER("?3", "coalesce(s.org_id, p.org_id)",                \
                          "?4") ") "                                           \
                                "AND " STORE_SUBJECT_WITHIN(                   \
                                    "s.member_id", "s.org_id",                 \
                                    "?5") " " BY_PLACE(KEY)
  static const char given[] = ROWS("m.sort_given");
  static const char family[] = ROWS("m.sort_family");
#undef ROWS
  sqlite3_stmt *s =
      store_stmt(st, order == STORE_ORDER_FAMILY ? family : given, e);
  if (!s)
    return -1;
  sqlite3_bind_int(s, 1, year);
  store_bind_text(s, 2, grade);
  sqlite3_bind_int64(s, 3, under);
  bind_year_end(s, 4, year);
  sqlite3_bind_int64(s, 5, scope);
  assess_fn_ctx r = {fn, ctx};
  return store_each(st, s, assess_row, &r, e);
}

int store_assess_streak(store *st, int first, int last, unsigned grades,
                        bool orgs, int64_t under, int64_t scope,
                        enum store_order order, store_assess_fn fn, void *ctx,
                        util_err *e) {
  /* The rows of the last year whose target has one with a wanted grade
   * in every year of the range: one a year at most (the unique keys). */
#define STREAK(KEY)                                                            \
  "SELECT " ASSESS_COLUMNS "WHERE s.year = ?2 AND (s.member_id IS NULL) = ?5 " \
  "AND (?3 = 0 OR " UNDER(                                                     \
      "?3", "coalesce(s.org_id, p.org_id)",                                    \
      "?4") ") "                                                               \
            "AND " STORE_SUBJECT_WITHIN(                                       \
                "s.member_id", "s.org_id",                                     \
                "?7") " "                                                      \
                      "AND (SELECT count(*) FROM assessment r WHERE r.year "   \
                      "BETWEEN ?1 AND ?2 "                                     \
                      "  AND (r.member_id = s.member_id OR r.org_id = "        \
                      "s.org_id) "                                             \
                      "  AND " GRADE_BIT(                                      \
                          "r.grade") " & ?6) = ?2 - ?1 + 1 " BY_PLACE(KEY)
  static const char given[] = STREAK("m.sort_given");
  static const char family[] = STREAK("m.sort_family");
#undef STREAK
  sqlite3_stmt *s =
      store_stmt(st, order == STORE_ORDER_FAMILY ? family : given, e);
  if (!s)
    return -1;
  sqlite3_bind_int(s, 1, first);
  sqlite3_bind_int(s, 2, last);
  sqlite3_bind_int64(s, 3, under);
  bind_year_end(s, 4, last);
  sqlite3_bind_int(s, 5, orgs);
  sqlite3_bind_int(s, 6, (int)grades);
  sqlite3_bind_int64(s, 7, scope);
  assess_fn_ctx r = {fn, ctx};
  return store_each(st, s, assess_row, &r, e);
}

/* ---- awards -------------------------------------------------------------- */

int store_award_add(store *st, const store_award *w, const char *user,
                    int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO award(id, kind, title, org_id, member_id, by_org_id, date, "
      "badge_years, decision, recorded_at, recorded_by) "
      "VALUES (" STORE_NEXT_ID(
          "award") ", ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, core_award_name(w->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, w->title, -1, SQLITE_STATIC);
  store_bind_id(s, 3, w->org);
  store_bind_id(s, 4, w->member);
  sqlite3_bind_int64(s, 5, w->by_org);
  store_bind_day(s, 6, w->date);
  if (w->badge_years)
    sqlite3_bind_int(s, 7, w->badge_years);
  store_bind_text(s, 8, w->decision);
  store_bind_recorded(s, 9, user);
  return store_step_insert(st, s, id, e);
}

int store_award_badge(store *st, int64_t member, int years, util_day *day,
                      util_err *e) {
  static const char sql[] =
      "SELECT min(date) FROM award WHERE member_id = ?1 AND kind = 'badge' "
      "AND badge_years = ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  sqlite3_bind_int(s, 2, years);
  int rc = sqlite3_step(s);
  *day = rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL
             ? store_col_day(s, 0)
             : 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

typedef struct award_fn_ctx {
  int (*fn)(void *ctx, const store_award_row *row);
  void *ctx;
} award_fn_ctx;

static int award_row(void *ctx, sqlite3_stmt *s) {
  award_fn_ctx *r = ctx;
  store_award_row row = {
      .id = sqlite3_column_int64(s, 0),
      .date = store_col_text(s, 1),
      .kind = store_col_text(s, 2),
      .title = store_col_text(s, 3),
      .member = sqlite3_column_int64(s, 4),
      .card = store_col_text(s, 5),
      .name = store_col_text(s, 6),
      .code = store_col_text(s, 7),
      .by_code = store_col_text(s, 8),
      .decision = store_col_text(s, 9),
      .place = store_col_text(s, 10),
      .recorded_at = store_col_text(s, 11),
      .recorded_by = store_col_text(s, 12),
      .badge_years = sqlite3_column_int(s, 13),
  };
  return r->fn(r->ctx, &row);
}

int store_awards(store *st, int64_t under, int64_t scope, util_day from,
                 util_day to, const char *kind,
                 int (*fn)(void *ctx, const store_award_row *row), void *ctx,
                 util_err *e) {
  static const char sql[] =
      "SELECT w.id, w.date, w.kind, w.title, w.member_id, m.card, "
      "coalesce(m.name, " NAME_ON(
          "t.id",
          "w.date") "), t.code, b.code, "
                    "w.decision, pl.code, w.recorded_at, w.recorded_by, "
                    "coalesce(w.badge_years, 0) "
                    "FROM award w JOIN org b ON b.id = w.by_org_id "
                    "LEFT JOIN member m ON m.id = w.member_id "
                    "LEFT JOIN org t ON t.id = w.org_id "
                    "LEFT JOIN point p ON p.source = 'award' AND p.source_id = "
                    "w.id "
                    "LEFT JOIN org pl ON pl.id = p.org_id "
                    "WHERE w.date >= ?2 AND w.date <= ?3 AND (?4 IS NULL OR "
                    "w.kind = ?4) "
                    "AND (?1 = 0 OR " UNDER(
                        "?1", "coalesce(w.org_id, p.org_id)",
                        "w.date") ") "
                                  "AND " STORE_SUBJECT_WITHIN(
                                      "w.member_id", "w.org_id",
                                      "?5") " "
                                            "ORDER BY w.date, w.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, under);
  store_bind_day(s, 2, from ? from : UTIL_DAY_MIN);
  store_bind_day(s, 3, to ? to : UTIL_DAY_MAX);
  store_bind_text(s, 4, kind);
  sqlite3_bind_int64(s, 5, scope);
  award_fn_ctx r = {fn, ctx};
  return store_each(st, s, award_row, &r, e);
}
