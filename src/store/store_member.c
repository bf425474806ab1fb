/*
 * store_member.c — members: the person, the derived current state, the
 * events, and registration in cells over time.
 */
#include "store/store_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void store_member_clear(store_member *m) {
  char **texts[] = {&m->name,     &m->card,      &m->ethnicity,  &m->religion,
                    &m->hometown, &m->education, &m->profession, &m->position};
  for (size_t i = 0; i < UTIL_COUNT(texts); i++)
    free(*texts[i]);
  memset(m, 0, sizeof *m);
}

#define MEMBER_COLUMNS                                                         \
  "id, name, card, ethnicity, religion, hometown, education, profession, "     \
  "position, born, gender, theory, key_cadre, status, cell_id, admitted, "     \
  "official, party_origin, left_on, readmissions, manager"

static void read_member(sqlite3_stmt *s, store_member *m) {
  memset(m, 0, sizeof *m);
  m->id = sqlite3_column_int64(s, 0);
  m->name = store_col_dup(s, 1);
  m->card = store_col_dup(s, 2);
  m->ethnicity = store_col_dup(s, 3);
  m->religion = store_col_dup(s, 4);
  m->hometown = store_col_dup(s, 5);
  m->education = store_col_dup(s, 6);
  m->profession = store_col_dup(s, 7);
  m->position = store_col_dup(s, 8);
  m->born = store_col_day(s, 9);
  core_gender_parse(store_col_text(s, 10), &m->gender);
  if (core_theory_parse(store_col_text(s, 11), &m->theory))
    m->theory = CORE_THEORY_UNKNOWN;
  m->key_cadre = sqlite3_column_int(s, 12);
  core_status_parse(store_col_text(s, 13), &m->status);
  m->cell = sqlite3_column_int64(s, 14);
  m->admitted = store_col_day(s, 15);
  m->official = store_col_day(s, 16);
  m->origin = store_col_day(s, 17);
  m->left = store_col_day(s, 18);
  m->readmissions = sqlite3_column_int(s, 19);
  m->manager = sqlite3_column_int(s, 20);
}

static int member_query(store *st, sqlite3_stmt *s, store_member *m,
                        util_err *e) {
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    read_member(s, m);
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_member_by_id(store *st, int64_t id, store_member *m, util_err *e) {
  static const char sql[] =
      "SELECT " MEMBER_COLUMNS " FROM member WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  return member_query(st, s, m, e);
}

static bool all_digits(const char *s) {
  if (!*s)
    return false;
  for (; *s; s++)
    if (!isdigit((unsigned char)*s))
      return false;
  return true;
}

int store_member_find(store *st, const char *ref, store_member *m,
                      util_err *e) {
  static const char by_card[] =
      "SELECT " MEMBER_COLUMNS " FROM member WHERE card = ?1";
  /* A card number is tried first: card numbers are long digit strings,
   * ids short ones, and a card that looks like an id must still be found. */
  sqlite3_stmt *s = store_stmt(st, by_card, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, ref, -1, SQLITE_STATIC);
  int rc = member_query(st, s, m, e);
  if (rc != 1 || !all_digits(ref) || strlen(ref) > 18)
    return rc;
  return store_member_by_id(st, strtoll(ref, NULL, 10), m, e);
}

/* Binds the derived state of m at ?1 (id) and ?2..?9. */
static void bind_state(sqlite3_stmt *s, const store_member *m) {
  sqlite3_bind_int64(s, 1, m->id);
  sqlite3_bind_text(s, 2, core_status_name(m->status), -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 3, m->cell);
  store_bind_day(s, 4, m->admitted);
  store_bind_day_or_null(s, 5, m->official);
  store_bind_day_or_null(s, 6, m->origin);
  store_bind_day_or_null(s, 7, m->left);
  sqlite3_bind_int(s, 8, m->readmissions);
  store_bind_text(s, 9, m->position);
}

int store_member_insert(store *st, store_member *m, util_err *e) {
  static const char sql[] =
      "INSERT INTO member(id, status, cell_id, admitted, official, "
      "party_origin, left_on, readmissions, position, name, name_key, born, "
      "gender, card, ethnicity, religion, hometown, education, profession, "
      "theory, key_cadre, manager, sort_given, sort_family) VALUES (?1, ?2, "
      "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
      "?18, ?19, ?20, ?21, ?22, ?23, ?24)";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s || store_sort_bind(st, s, 23, m->name, e))
    return -1;
  char *key = util_text_fold(m->name);
  bind_state(s, m);
  store_bind_id(s, 1, m->id);
  sqlite3_bind_text(s, 10, m->name, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 11, key, -1, SQLITE_STATIC);
  store_bind_day(s, 12, m->born);
  sqlite3_bind_text(s, 13, core_gender_name(m->gender), -1, SQLITE_STATIC);
  store_bind_text(s, 14, m->card);
  store_bind_text(s, 15, m->ethnicity);
  store_bind_text(s, 16, m->religion);
  store_bind_text(s, 17, m->hometown);
  store_bind_text(s, 18, m->education);
  store_bind_text(s, 19, m->profession);
  store_bind_text(s, 20, core_theory_name(m->theory));
  sqlite3_bind_int(s, 21, m->key_cadre);
  sqlite3_bind_int(s, 22, m->manager);
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) {
    m->id = sqlite3_last_insert_rowid(st->db);
    if (st->names_after >= 0) {
      st->nnames++;
      rc = 0;
    } else {
      rc = store_name_index(st, m->id, NULL, key, e);
    }
    free(key);
    return rc;
  }
  free(key);
  /* The only unique column besides the id is the card number. */
  if (sqlite3_extended_errcode(st->db) == SQLITE_CONSTRAINT_UNIQUE)
    return 1;
  return store_sqlfail(st, e);
}

int store_member_update_state(store *st, const store_member *m, util_err *e) {
  static const char sql[] =
      "UPDATE member SET status = ?2, cell_id = ?3, admitted = ?4, "
      "official = ?5, party_origin = ?6, left_on = ?7, readmissions = ?8, "
      "position = ?9 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  bind_state(s, m);
  return store_step_done(st, s, e);
}

int store_term(store *st, const char *dim, const char *value, uint32_t *id,
               util_err *e) {
  static const char get[] = "SELECT id FROM term WHERE dim = ?1 AND value = ?2";
  static const char put[] = "INSERT INTO term(dim, value) VALUES (?1, ?2)";
  *id = 0;
  if (!value || !*value)
    return 0;
  sqlite3_stmt *s = store_stmt(st, get, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, dim, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *id = (uint32_t)sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  if (rc != SQLITE_DONE || !(s = store_stmt(st, put, e)))
    return rc != SQLITE_DONE ? store_sqlfail(st, e) : -1;
  sqlite3_bind_text(s, 1, dim, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, value, -1, SQLITE_STATIC);
  if (store_step_done(st, s, e))
    return -1;
  *id = (uint32_t)sqlite3_last_insert_rowid(st->db);
  return 0;
}

int store_term_text(store *st, uint32_t id, char **value, util_err *e) {
  static const char sql[] = "SELECT value FROM term WHERE id = ?1";
  *value = NULL;
  if (!id)
    return 0;
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW)
    *value = store_col_dup(s, 0);
  sqlite3_reset(s);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

/* ---- events ----------------------------------------------------------------
 */

int store_event_add(store *st, int64_t member, const store_event *ev,
                    const char *user, int64_t *id, util_err *e) {
  static const char sql[] =
      "INSERT INTO member_event(member_id, seq, kind, date, cell_id, "
      "to_cell_id, official, until, studies, form, by_org_id, decision, "
      "considered, ceremony, reason, detail, recorded_at, recorded_by, "
      "votes_for, votes_total, proposal_for, proposal_total, registered, id) "
      "VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM member_event "
      "WHERE member_id = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
      "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
      "?22, " STORE_NEXT_EVENT_ID ") RETURNING id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  const core_event *c = &ev->ev;
  sqlite3_bind_int64(s, 1, member);
  sqlite3_bind_text(s, 2, core_event_name(c->kind), -1, SQLITE_STATIC);
  store_bind_day(s, 3, c->date);
  bool moves = c->kind == CORE_EV_TRANSFERRED || c->kind == CORE_EV_TEMPORARY;
  store_bind_id(s, 4, moves ? ev->from_cell : c->cell);
  store_bind_id(s, 5, moves ? c->cell : 0);
  store_bind_day_or_null(s, 6, c->has_official ? c->official : 0);
  store_bind_day_or_null(s, 7, c->kind == CORE_EV_TEMPORARY ? c->until : 0);
  if (c->kind == CORE_EV_TEMPORARY)
    sqlite3_bind_int(s, 8, c->studies);
  if (c->kind == CORE_EV_DISCIPLINED)
    sqlite3_bind_text(s, 9, core_form_name(c->form), -1, SQLITE_STATIC);
  store_bind_id(s, 10, ev->by_org);
  store_bind_text(s, 11, ev->decision);
  store_bind_day_or_null(s, 12, ev->considered);
  store_bind_day_or_null(s, 13, ev->ceremony);
  store_bind_text(s, 14, ev->reason);
  store_bind_text(s, 15, ev->detail);
  store_bind_recorded(s, 16, user);
  /* Votes are kept as recorded; none (a total of 0) stays NULL. */
  const core_votes *v = &ev->votes;
  if (v->votes_total > 0) {
    sqlite3_bind_int(s, 18, v->votes_for);
    sqlite3_bind_int(s, 19, v->votes_total);
  }
  if (v->proposal_total > 0) {
    sqlite3_bind_int(s, 20, v->proposal_for);
    sqlite3_bind_int(s, 21, v->proposal_total);
  }
  store_bind_day_or_null(s, 22, c->registered);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW && id)
    *id = sqlite3_column_int64(s, 0);
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

static void read_event(sqlite3_stmt *s, void *elem) {
  core_event *c = elem;
  core_event_parse(store_col_text(s, 0), &c->kind);
  c->date = store_col_day(s, 1);
  bool moves = c->kind == CORE_EV_TRANSFERRED || c->kind == CORE_EV_TEMPORARY;
  c->cell = sqlite3_column_int64(s, moves ? 3 : 2);
  c->has_official =
      sqlite3_column_type(s, 4) != SQLITE_NULL && c->kind == CORE_EV_REGISTERED;
  c->official = store_col_day(s, 4);
  c->until = store_col_day(s, 5);
  c->studies = sqlite3_column_int(s, 6);
  if (c->kind == CORE_EV_DISCIPLINED)
    core_form_parse(store_col_text(s, 7), &c->form);
  c->registered = store_col_day(s, 8);
}

int store_events_of(store *st, int64_t member, core_event **evs, size_t *n,
                    util_err *e) {
  static const char sql[] =
      "SELECT kind, date, cell_id, to_cell_id, official, until, studies, "
      "form, registered FROM member_event WHERE member_id = ?1 "
      "AND voided_at IS NULL "
      "ORDER BY date, seq";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *evs = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  if (store_all(st, s, sizeof **evs, (void **)evs, n, read_event, e) == 0)
    return 0;
  free(*evs);
  *evs = NULL;
  *n = 0;
  return -1;
}

static void read_history(sqlite3_stmt *s, void *elem) {
  store_history_event *h = elem;
  read_event(s, &h->ev);
  h->id = sqlite3_column_int64(s, 9);
  h->from_cell = sqlite3_column_int64(s, 2);
  h->by_org = sqlite3_column_int64(s, 10);
  h->considered = store_col_day(s, 11);
  h->ceremony = store_col_day(s, 12);
  h->had_post = sqlite3_column_type(s, 13) != SQLITE_NULL;
  h->official = store_col_day(s, 4);
}

int store_history_of(store *st, int64_t member, store_history_event **out,
                     size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT kind, date, cell_id, to_cell_id, official, until, studies, "
      "form, registered, id, by_org_id, considered, ceremony, "
      "coalesce(detail, (SELECT 'appointment' FROM appointment "
      "  WHERE ended_by = member_event.id LIMIT 1)) "
      "FROM member_event "
      "WHERE member_id = ?1 AND voided_at IS NULL ORDER BY date, seq";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  *out = NULL;
  *n = 0;
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  if (store_all(st, s, sizeof **out, (void **)out, n, read_history, e) == 0)
    return 0;
  free(*out);
  *out = NULL;
  *n = 0;
  return -1;
}

int store_event_owner(store *st, int64_t id, int64_t *member, bool *voided,
                      util_err *e) {
  static const char sql[] =
      "SELECT member_id, voided_at IS NOT NULL FROM member_event WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  int rc = sqlite3_step(s);
  if (rc == SQLITE_ROW) {
    *member = sqlite3_column_int64(s, 0);
    *voided = sqlite3_column_int(s, 1);
  }
  sqlite3_reset(s);
  if (rc == SQLITE_ROW)
    return 0;
  return rc == SQLITE_DONE ? 1 : store_sqlfail(st, e);
}

int store_event_void(store *st, int64_t id, const char *user,
                     const char *reason, int64_t corrected_by, util_err *e) {
  static const char sql[] =
      "UPDATE member_event SET voided_at = ?2, voided_by = ?3, "
      "void_reason = ?4, corrected_by = ?5 WHERE id = ?1 "
      "AND voided_at IS NULL";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_recorded(s, 2, user);
  sqlite3_bind_text(s, 4, reason, -1, SQLITE_STATIC);
  store_bind_id(s, 5, corrected_by);
  if (store_step_done(st, s, e))
    return -1;
  return sqlite3_changes(st->db) == 1
             ? 0
             : util_fail(e, UTIL_INTERNAL, "event %lld was not voided",
                         (long long)id);
}

int store_event_set_official(store *st, int64_t id, util_day official,
                             util_err *e) {
  static const char sql[] =
      "UPDATE member_event SET official = ?2 WHERE id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  store_bind_day(s, 2, official);
  return store_step_done(st, s, e);
}

typedef struct event_fn_ctx {
  int (*fn)(void *ctx, const store_event_row *row);
  void *ctx;
} event_fn_ctx;

static int event_row(void *ctx, sqlite3_stmt *s) {
  event_fn_ctx *r = ctx;
  store_event_row row = {
      .member = sqlite3_column_int64(s, 0),
      .seq = sqlite3_column_int(s, 1),
      .kind = store_col_text(s, 2),
      .date = store_col_text(s, 3),
      .cell_code = store_col_text(s, 4),
      .to_code = store_col_text(s, 5),
      .official = store_col_text(s, 6),
      .until = store_col_text(s, 7),
      .form = store_col_text(s, 8),
      .by_code = store_col_text(s, 9),
      .decision = store_col_text(s, 10),
      .considered = store_col_text(s, 11),
      .ceremony = store_col_text(s, 12),
      .reason = store_col_text(s, 13),
      .detail = store_col_text(s, 14),
      .recorded_at = store_col_text(s, 15),
      .recorded_by = store_col_text(s, 16),
      .studies = sqlite3_column_int(s, 17),
      .votes_for = store_col_text(s, 18),
      .votes_total = store_col_text(s, 19),
      .proposal_for = store_col_text(s, 20),
      .proposal_total = store_col_text(s, 21),
      .id = sqlite3_column_int64(s, 22),
      .voided_at = store_col_text(s, 23),
      .voided_by = store_col_text(s, 24),
      .void_reason = store_col_text(s, 25),
      .corrected_by = sqlite3_column_int64(s, 26),
      .registered = store_col_text(s, 27),
  };
  return r->fn(r->ctx, &row);
}

#define EVENT_ROW_COLUMNS                                                      \
  "SELECT v.member_id, v.seq, v.kind, v.date, c.code, t.code, "                \
  "v.official, v.until, v.form, b.code, v.decision, v.considered, "            \
  "v.ceremony, v.reason, v.detail, v.recorded_at, v.recorded_by, "             \
  "v.studies, v.votes_for, v.votes_total, v.proposal_for, "                    \
  "v.proposal_total, v.id, v.voided_at, v.voided_by, v.void_reason, "          \
  "v.corrected_by, v.registered FROM member_event v "                          \
  "LEFT JOIN org c ON c.id = v.cell_id "                                       \
  "LEFT JOIN org t ON t.id = v.to_cell_id "                                    \
  "LEFT JOIN org b ON b.id = v.by_org_id "

int store_event_rows(store *st, int64_t member, const char *prefix, bool voided,
                     int (*fn)(void *ctx, const store_event_row *row),
                     void *ctx, util_err *e) {
  /* One member's events are a search of the primary key: a generic
   * "?1 = 0 OR member_id = ?1" would read every member's. */
#define EVENTS(WHO)                                                            \
  EVENT_ROW_COLUMNS                                                            \
  "WHERE " WHO " AND (?4 OR v.voided_at IS NULL) "                             \
  "AND (?2 IS NULL OR EXISTS ("                                                \
  "  SELECT 1 FROM member m JOIN org_path p ON p.org_id = m.cell_id "          \
  "  WHERE m.id = v.member_id AND p.path >= ?2 AND p.path < ?3 "               \
  "  AND p.valid_to = (SELECT max(valid_to) FROM org_path "                    \
  "  WHERE org_id = m.cell_id))) "                                             \
  "ORDER BY v.member_id, v.date, v.seq"
  static const char one[] = EVENTS("v.member_id = ?1");
  static const char all[] = EVENTS("?1 = 0");
#undef EVENTS
  sqlite3_stmt *s = store_stmt(st, member ? one : all, e);
  if (!s)
    return -1;
  char *hi = store_prefix_end(prefix);
  sqlite3_bind_int64(s, 1, member);
  store_bind_text(s, 2, prefix);
  store_bind_text(s, 3, hi);
  sqlite3_bind_int(s, 4, voided);
  event_fn_ctx r = {fn, ctx};
  int rc = store_each(st, s, event_row, &r, e);
  free(hi);
  return rc;
}

int store_event_row_by_id(store *st, int64_t id,
                          int (*fn)(void *ctx, const store_event_row *row),
                          void *ctx, util_err *e) {
  static const char sql[] = EVENT_ROW_COLUMNS "WHERE v.id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, id);
  event_fn_ctx r = {fn, ctx};
  return store_each(st, s, event_row, &r, e);
}

/* ---- registration over time
 * ---------------------------------------------------- */

int store_membership_set(store *st, int64_t member, const core_stretch *r,
                         size_t n, bool fresh, util_err *e) {
  static const char del[] = "DELETE FROM membership WHERE member_id = ?1";
  static const char vdel[] = "DELETE FROM visit WHERE member_id = ?1";
  static const char ins[] =
      "INSERT INTO membership(member_id, valid_from, valid_to, cell_id, "
      "official_from) VALUES (?1, ?2, ?3, ?4, ?5)";
  static const char vins[] = "INSERT INTO visit(member_id, valid_from, "
                             "valid_to, cell_id) VALUES (?1, ?2, ?3, ?4)";
  sqlite3_stmt *s;
  for (int i = 0; i < 2 && !fresh; i++) {
    if (!(s = store_stmt(st, i ? vdel : del, e)))
      return -1;
    sqlite3_bind_int64(s, 1, member);
    if (store_step_done(st, s, e))
      return -1;
  }
  for (size_t i = 0; i < n; i++) {
    if (!(s = store_stmt(st, r[i].visit ? vins : ins, e)))
      return -1;
    sqlite3_bind_int64(s, 1, member);
    store_bind_day(s, 2, r[i].from);
    store_bind_day(s, 3, r[i].to);
    sqlite3_bind_int64(s, 4, r[i].cell);
    if (!r[i].visit)
      store_bind_day_or_null(s, 5, r[i].official);
    if (store_step_done(st, s, e))
      return -1;
  }
  return 0;
}

static void read_stretch(sqlite3_stmt *s, void *row) {
  core_stretch *r = row;
  *r = (core_stretch){.visit = sqlite3_column_int(s, 0) != 0,
                      .from = store_col_day(s, 1),
                      .to = store_col_day(s, 2),
                      .cell = sqlite3_column_int64(s, 3),
                      .official = store_col_day(s, 4)};
}

int store_membership_of(store *st, int64_t member, core_stretch **out,
                        size_t *n, util_err *e) {
  static const char sql[] =
      "SELECT 0, valid_from, valid_to, cell_id, official_from "
      "FROM membership WHERE member_id = ?1 UNION ALL "
      "SELECT 1, valid_from, valid_to, cell_id, NULL "
      "FROM visit WHERE member_id = ?1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  void *rows;
  int rc = store_all(st, s, sizeof **out, &rows, n, read_stretch, e);
  *out = rows;
  if (rc == 0)
    qsort(*out, *n, sizeof **out, core_stretch_cmp);
  return rc;
}

int store_membership_at(store *st, int64_t member, util_day day, int64_t *cell,
                        enum core_status *status, util_err *e) {
  static const char sql[] =
      "SELECT cell_id, CASE WHEN official_from <= ?2 THEN 'official' "
      "ELSE 'probationary' END FROM membership WHERE member_id = ?1 "
      "AND valid_from <= ?2 AND valid_to > ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  store_bind_day(s, 2, day);
  int rc = sqlite3_step(s);
  *cell = 0;
  *status = CORE_NOT_MEMBER;
  if (rc == SQLITE_ROW) {
    *cell = sqlite3_column_int64(s, 0);
    core_status_parse(store_col_text(s, 1), status);
  }
  sqlite3_reset(s);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

int store_membership_last(store *st, int64_t member, util_day day,
                          int64_t *cell, util_err *e) {
  static const char sql[] =
      "SELECT cell_id FROM membership WHERE member_id = ?1 "
      "AND valid_from <= ?2 ORDER BY valid_from DESC LIMIT 1";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, member);
  store_bind_day(s, 2, day);
  int rc = sqlite3_step(s);
  *cell = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_sqlfail(st, e);
}

static int cmp_id(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

int store_members_in_cells(store *st, const int64_t *cells, size_t ncells,
                           util_day day, int64_t **ids, size_t *n,
                           util_err *e) {
  static const char sql[] = "SELECT member_id FROM membership "
                            "WHERE cell_id = ?1 AND valid_to > ?2";
  *ids = NULL;
  *n = 0;
  for (size_t c = 0; c < ncells; c++) {
    sqlite3_stmt *s = store_stmt(st, sql, e);
    int64_t *some;
    size_t k;
    if (!s)
      goto fail;
    sqlite3_bind_int64(s, 1, cells[c]);
    store_bind_day(s, 2, day);
    if (store_all(st, s, sizeof *some, (void **)&some, &k, store_read_id, e)) {
      free(some);
      goto fail;
    }
    *ids = util_xrealloc(*ids, (*n + k + 1) * sizeof **ids);
    if (k)
      memcpy(*ids + *n, some, k * sizeof *some);
    *n += k;
    free(some);
  }
  /* Sorted and without repeats: a member may have several stretches. */
  if (*n) {
    qsort(*ids, *n, sizeof **ids, cmp_id);
    size_t k = 1;
    for (size_t i = 1; i < *n; i++)
      if ((*ids)[i] != (*ids)[k - 1])
        (*ids)[k++] = (*ids)[i];
    *n = k;
  }
  return 0;
fail:
  free(*ids);
  *ids = NULL;
  *n = 0;
  return -1;
}

int store_cells_last_event(store *st, const int64_t *cells, size_t n,
                           util_day *day, util_err *e) {
  static const char sql[] =
      "SELECT max(v.date) FROM membership m JOIN member_event v "
      "ON v.member_id = m.member_id WHERE m.cell_id = ?1 "
      "AND v.voided_at IS NULL";
  *day = 0;
  for (size_t c = 0; c < n; c++) {
    sqlite3_stmt *s = store_stmt(st, sql, e);
    if (!s)
      return -1;
    sqlite3_bind_int64(s, 1, cells[c]);
    int rc = sqlite3_step(s);
    util_day d = rc == SQLITE_ROW ? store_col_day(s, 0) : 0;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW)
      return store_sqlfail(st, e);
    if (d > *day)
      *day = d;
  }
  return 0;
}

/* ---- listings
 * ------------------------------------------------------------------------ */

/* The columns of a listing; `official` is the expression of the official
 * date (today's, or the one in force on a listing's day). */
#define LIST_COLUMNS(official)                                                 \
  "m.id, m.name, m.card, m.born, m.gender, c.code, m.admitted, " official      \
  ", m.party_origin, m.left_on, m.ethnicity, m.religion, m.hometown, "         \
  "m.education, m.profession, m.theory, m.position, m.key_cadre, m.manager"
#define ROW_COLUMNS LIST_COLUMNS("m.official")
/* The columns a list of names shows (view_member_cells), in the places
 * of LIST_COLUMNS, with the cell's id for its code (store_org_code): the
 * others NULL, 0 the flags. */
#define BRIEF_COLUMNS                                                          \
  "m.id, m.name, m.card, m.born, m.gender, m.cell_id, m.admitted, "            \
  "m.official, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0"

typedef struct member_fn_ctx {
  store_member_fn fn;
  void *ctx;
  store *st; /* with BRIEF_COLUMNS: the codes' memo */
  util_err *e;
} member_fn_ctx;

/* A listing row: the LIST_COLUMNS, then the status and whether a visitor. */
static int member_row(void *ctx, sqlite3_stmt *s) {
  member_fn_ctx *r = ctx;
  store_member_row row = {
      .id = sqlite3_column_int64(s, 0),
      .name = store_col_text(s, 1),
      .card = store_col_text(s, 2),
      .born = store_col_text(s, 3),
      .gender = store_col_text(s, 4),
      .cell_code = store_col_text(s, 5),
      .admitted = store_col_text(s, 6),
      .official = store_col_text(s, 7),
      .origin = store_col_text(s, 8),
      .left = store_col_text(s, 9),
      .ethnicity = store_col_text(s, 10),
      .religion = store_col_text(s, 11),
      .hometown = store_col_text(s, 12),
      .education = store_col_text(s, 13),
      .profession = store_col_text(s, 14),
      .theory = store_col_text(s, 15),
      .position = store_col_text(s, 16),
      .key_cadre = sqlite3_column_int(s, 17),
      .manager = sqlite3_column_int(s, 18),
      .status = store_col_text(s, 19),
      .visiting = sqlite3_column_int(s, 20),
      .approved_by =
          sqlite3_column_count(s) > 21 ? store_col_text(s, 21) : NULL,
  };
  if (r->st) {
    row.cell_code = store_org_code(r->st, sqlite3_column_int64(s, 5), r->e);
    if (!row.cell_code)
      return -1;
  }
  return r->fn(r->ctx, &row);
}

static int member_rows(store *st, sqlite3_stmt *s, store_member_fn fn,
                       void *ctx, util_err *e) {
  member_fn_ctx r = {fn, ctx, NULL, NULL};
  return store_each(st, s, member_row, &r, e);
}

int store_members_at(store *st, const char *prefix, util_day day, bool visitors,
                     int64_t scope, enum store_order order, store_member_fn fn,
                     void *ctx, util_err *e) {
  /* Cells in the subtree on the day, then who was registered (or visiting)
   * there on the day; by cell, then name in the order asked for. */
#define MEMBERS_AT(KEY)                                                        \
  "WITH cells AS (SELECT p.org_id FROM org_path p "                            \
  "  WHERE p.valid_from <= ?2 AND p.valid_to > ?2 "                            \
  "  AND (?1 IS NULL OR (p.path >= ?1 AND p.path < ?3))), "                    \
  "here AS (SELECT s.member_id, s.cell_id, CASE WHEN s.official_from "         \
  "  <= ?2 THEN 'official' ELSE 'probationary' END AS status, "                \
  "  CASE WHEN s.official_from <= ?2 THEN s.official_from END AS since, "      \
  "  0 AS visiting "                                                           \
  "  FROM membership s JOIN cells ON cells.org_id = s.cell_id "                \
  "  WHERE s.valid_from <= ?2 AND s.valid_to > ?2 "                            \
  "  UNION ALL SELECT v.member_id, v.cell_id, 'temporary', NULL, 1 "           \
  "  FROM visit v JOIN cells ON cells.org_id = v.cell_id "                     \
  "  WHERE ?4 AND v.valid_from <= ?2 AND v.valid_to > ?2) "                    \
  "SELECT " LIST_COLUMNS("h.since") ", h.status, h.visiting FROM here h "      \
                                    "JOIN member m ON m.id = h.member_id "     \
                                    "JOIN org c ON c.id = h.cell_id "          \
                                    "WHERE " STORE_WITHIN(                     \
                                        "m.cell_id",                           \
                                        "?5") " "                              \
                                              "ORDER BY c.code, " KEY ", m.id"
  static const char given[] = MEMBERS_AT("m.sort_given");
  static const char family[] = MEMBERS_AT("m.sort_family");
#undef MEMBERS_AT
  sqlite3_stmt *s =
      store_stmt(st, order == STORE_ORDER_FAMILY ? family : given, e);
  if (!s)
    return -1;
  char *hi = store_prefix_end(prefix);
  store_bind_text(s, 1, prefix);
  store_bind_day(s, 2, day);
  store_bind_text(s, 3, hi);
  sqlite3_bind_int(s, 4, visitors);
  sqlite3_bind_int64(s, 5, scope);
  int rc = member_rows(st, s, fn, ctx, e);
  free(hi);
  return rc;
}

int store_members_all(store *st, const char *prefix, store_member_fn fn,
                      void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT " ROW_COLUMNS ", m.status, 0, (SELECT o.code FROM "
      "member_event v JOIN org o ON o.id = v.by_org_id "
      "WHERE v.member_id = m.id AND (v.kind = 'registered' OR "
      "v.kind = 'admitted') AND v.voided_at IS NULL) FROM member m "
      "JOIN org c ON c.id = m.cell_id "
      "WHERE ?1 IS NULL OR EXISTS (SELECT 1 FROM org_path p "
      "  WHERE p.org_id = m.cell_id AND p.valid_to = '9999-12-31' "
      "  AND p.path >= ?1 AND p.path < ?2) "
      "ORDER BY m.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  char *hi = store_prefix_end(prefix);
  store_bind_text(s, 1, prefix);
  store_bind_text(s, 2, hi);
  int rc = member_rows(st, s, fn, ctx, e);
  free(hi);
  return rc;
}

int store_members_ever_out(store *st, int64_t scope, enum store_order order,
                           store_member_fn fn, void *ctx, util_err *e) {
  /* By their last cell, then name, as store_members_at. */
#define EVER_OUT(KEY)                                                          \
  "SELECT " ROW_COLUMNS ", m.status, 0 FROM member m "                         \
  "JOIN org c ON c.id = m.cell_id "                                            \
  "WHERE (m.left_on IS NOT NULL OR m.readmissions > 0) "                       \
  "AND " STORE_WITHIN("m.cell_id", "?1") " ORDER BY c.code, " KEY ", m.id"
  static const char given[] = EVER_OUT("m.sort_given");
  static const char family[] = EVER_OUT("m.sort_family");
#undef EVER_OUT
  sqlite3_stmt *s =
      store_stmt(st, order == STORE_ORDER_FAMILY ? family : given, e);
  if (!s)
    return -1;
  sqlite3_bind_int64(s, 1, scope);
  return member_rows(st, s, fn, ctx, e);
}

/* How many members store_members_search finds, counted no further than
 * `most` (all when negative): the range of tails alone for the whole
 * register. */
static int search_count(store *st, const char *lo, const char *hi, int len,
                        const char *prefix, const char *end, int64_t most,
                        int64_t *total, util_err *e) {
  static const char all[] =
      "SELECT count(*) FROM (SELECT 1 FROM member_name_tail "
      "WHERE tail >= ?1 AND tail < ?2 AND shared < ?3 LIMIT ?6)";
  static const char under[] =
      "SELECT count(*) FROM (SELECT 1 FROM member_name_tail t "
      "JOIN member m ON m.id = t.member_id "
      "JOIN org_path p ON p.org_id = m.cell_id AND p.valid_from = "
      "  (SELECT max(valid_from) FROM org_path WHERE org_id = m.cell_id) "
      "WHERE t.tail >= ?1 AND t.tail < ?2 AND t.shared < ?3 "
      "AND p.path >= ?4 AND p.path < ?5 LIMIT ?6)";
  sqlite3_stmt *s = store_stmt(st, prefix ? under : all, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, lo, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, hi, -1, SQLITE_STATIC);
  sqlite3_bind_int(s, 3, len);
  if (prefix) {
    sqlite3_bind_text(s, 4, prefix, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, end, -1, SQLITE_STATIC);
  }
  sqlite3_bind_int64(s, 6, most);
  int rc = sqlite3_step(s);
  *total = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

/* Whether every path there ever was lies in [prefix, end): then a subtree
 * is the whole register, and a search needs no path (two index seeks
 * instead of the path of every member found). Sets *all. */
static int paths_within(store *st, const char *prefix, const char *end,
                        bool *all, util_err *e) {
  static const char sql[] = "SELECT (SELECT min(path) FROM org_path) >= ?1 "
                            "AND (SELECT max(path) FROM org_path) < ?2";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  sqlite3_bind_text(s, 1, prefix, -1, SQLITE_STATIC);
  sqlite3_bind_text(s, 2, end, -1, SQLITE_STATIC);
  int rc = sqlite3_step(s);
  *all = rc == SQLITE_ROW && sqlite3_column_int(s, 0) == 1;
  sqlite3_reset(s);
  return rc == SQLITE_ROW ? 0 : store_sqlfail(st, e);
}

int store_members_search(store *st, const char *key, const char *prefix,
                         int64_t skip, int64_t limit, store_member_fn fn,
                         void *ctx, int64_t *total, int64_t upto, util_err *e) {
  /* The names whose words follow each other as the key's do, the last one
   * from its start ("an" finds "An" and "Anh", not "Lan"): the tails that
   * start with the key, each member once (shared < the key's length, see
   * migration 009), read in the order of the table's key, so that a page
   * costs its own rows. In a subtree, the cell's latest path is in its
   * range of paths; the whole register needs no path at all. */
#define SEARCH(JOIN, WHERE)                                                    \
  "SELECT " BRIEF_COLUMNS ", m.status, 0 FROM member_name_tail t "             \
  "JOIN member m ON m.id = t.member_id " JOIN                                  \
  "WHERE t.tail >= ?1 AND t.tail < ?2 AND t.shared < ?3 " WHERE                \
  "ORDER BY t.tail, t.head, t.member_id LIMIT ?6 OFFSET ?7"
  static const char all[] = SEARCH("", "");
  static const char under[] = SEARCH(
      "JOIN org_path p ON p.org_id = m.cell_id AND p.valid_from = "
      "  (SELECT max(valid_from) FROM org_path WHERE org_id = m.cell_id) ",
      "AND p.path >= ?4 AND p.path < ?5 ");
#undef SEARCH
  /* The key is folded: letters, digits and single spaces. Every text that
   * starts with it sorts below it followed by a byte UTF-8 never has. */
  char *hi = util_xasprintf("%s\xff", key);
  char *end = store_prefix_end(prefix);
  int len = (int)strlen(key), rc = 0;
  bool whole = false;
  if (prefix && (rc = paths_within(st, prefix, end, &whole, e)) == 0 && whole)
    prefix = NULL;
  if (rc == 0 && total)
    rc = search_count(st, key, hi, len, prefix, end, upto < 0 ? -1 : upto + 1,
                      total, e);
  sqlite3_stmt *s = rc ? NULL : store_stmt(st, prefix ? under : all, e);
  if (s) {
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, hi, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 3, len);
    if (prefix) {
      sqlite3_bind_text(s, 4, prefix, -1, SQLITE_STATIC);
      sqlite3_bind_text(s, 5, end, -1, SQLITE_STATIC);
    }
    sqlite3_bind_int64(s, 6, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 7, skip);
    member_fn_ctx r = {fn, ctx, st, e};
    rc = store_each(st, s, member_row, &r, e);
  }
  free(end);
  free(hi);
  return s ? rc : -1;
}

int store_members_by_origin(store *st, util_day lo, util_day hi, int64_t scope,
                            store_member_fn fn, void *ctx, util_err *e) {
  static const char sql[] =
      "SELECT " ROW_COLUMNS ", m.status, 0 FROM member m "
      "JOIN org c ON c.id = m.cell_id "
      "WHERE m.party_origin >= ?1 AND m.party_origin <= ?2 "
      "AND " STORE_WITHIN("m.cell_id",
                          "?3") " ORDER BY m.party_origin, m.sort_given, m.id";
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  store_bind_day(s, 1, lo);
  store_bind_day(s, 2, hi);
  sqlite3_bind_int64(s, 3, scope);
  return member_rows(st, s, fn, ctx, e);
}
