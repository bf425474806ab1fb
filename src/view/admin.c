/*
 * admin.c — accounts and entries of the audit trail as JSON.
 */
#include "view/admin.h"

#include <string.h>

const char *const view_user_cols[VIEW_USER_NCOLS] = {
    "name", "role", "scope", "created", "by", "disabled", "lang"};

void view_user_cells(const store_user *u, const char *cells[VIEW_USER_NCOLS]) {
  const char *row[VIEW_USER_NCOLS] = {
      u->name,       u->role,        u->scope_code, u->created_at,
      u->created_by, u->disabled_at, u->lang};
  for (size_t i = 0; i < VIEW_USER_NCOLS; i++)
    cells[i] = row[i];
}

json_t *view_user_json(const store_user *u) {
  const char *cells[VIEW_USER_NCOLS];
  view_user_cells(u, cells);
  return view_row_json(VIEW_USER_NCOLS, view_user_cols, NULL, cells);
}

/* A JSON text the store wrote, as a value (null for NULL). */
static json_t *parsed(const char *text) {
  json_t *j = text ? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;
  return j ? j : json_null();
}

static json_t *text_or_null(const char *s) {
  return s ? json_string(s) : json_null();
}

json_t *view_audit_json(const store_audit_row *r) {
  json_t *o = json_object(), *changes = json_array();
  json_object_set_new(o, "id", json_integer(r->id));
  json_object_set_new(o, "at", json_string(r->at));
  json_object_set_new(o, "user", json_string(r->user));
  json_object_set_new(o, "origin", text_or_null(r->origin));
  json_object_set_new(o, "org", text_or_null(r->org_code));
  json_object_set_new(o, "action", json_string(r->action));
  json_object_set_new(o, "detail", json_string(r->detail));
  for (size_t i = 0; i < r->nchanges; i++) {
    const store_audit_change *c = &r->changes[i];
    json_t *ch = json_object();
    json_object_set_new(ch, "table", json_string(c->table));
    json_object_set_new(ch, "op", json_string(c->op));
    json_object_set_new(ch, "key", parsed(c->key));
    json_object_set_new(ch, "before", parsed(c->before));
    json_object_set_new(ch, "after", parsed(c->after));
    json_array_append_new(changes, ch);
  }
  json_object_set_new(o, "changes", changes);
  return o;
}

/* ---- events (event list) ------------------------------------------------- */

const char *const view_event_cols[VIEW_EVENT_NCOLS] = {
    "id",          "date",        "event",     "what",      "decision",
    "recorded_at", "recorded_by", "voided_at", "voided_by", "void_reason"};
const bool view_event_numeric[VIEW_EVENT_NCOLS] = {true};

/* The cells of an event: its id, the texts it shares with every event,
 * and `what`. */
static void event_cells(int64_t id, char n[24], const char *date,
                        const char *kind, const util_buf *what,
                        const char *const text[6],
                        const char *cells[VIEW_EVENT_NCOLS]) {
  snprintf(n, 24, "%lld", (long long)id);
  const char *row[VIEW_EVENT_NCOLS] = {
      n,       date,    kind,    what->data ? what->data : "",
      text[0], text[1], text[2], text[3],
      text[4], text[5]};
  for (size_t i = 0; i < VIEW_EVENT_NCOLS; i++)
    cells[i] = row[i];
}

/* " (corrected by event 12)", in language l. */
static void corrected(const util_lang *l, int64_t by, util_buf *b) {
  if (by)
    /* TRANSLATORS: after an event of `event list` that a later one
     * corrected. */
    util_buf_printf(b, util_tr(l, " (corrected by event %lld)"), (long long)by);
}

/* "transfer C1 -> C2", "disciplined (warning) by HT", in language l (the
 * clauses of `member show`'s history, view_event_text). */
void view_member_event_cells(const util_lang *l, const store_event_row *r,
                             char id[24], util_buf *b,
                             const char *cells[VIEW_EVENT_NCOLS]) {
  if (r->form)
    util_buf_puts(b, view_code_text(l, "form", r->form));
  view_event_where(l, r, b);
  if (r->reason) {
    util_buf_puts(b, ": ");
    view_reason_text(l, r->reason, b);
  }
  corrected(l, r->corrected_by, b);
  const char *text[] = {r->decision,  r->recorded_at, r->recorded_by,
                        r->voided_at, r->voided_by,   r->void_reason};
  event_cells(r->id, id, r->date, r->kind, b, text, cells);
}

void view_org_event_cells(const util_lang *l, const store_org_event_row *r,
                          char id[24], util_buf *what,
                          const char *cells[VIEW_EVENT_NCOLS]) {
  if (r->name)
    util_buf_puts(what, r->name);
  if (r->other_code) {
    util_buf_puts(what, what->len ? ", " : "");
    /* TRANSLATORS: the organisation an event of `event list` relates:
     * founded under it, merged into it, received from it. */
    const char *form =
        r->from_code                       ? "%s -> %s"
        : strcmp(r->kind, "founded") == 0  ? util_tr(l, "under %s")
        : strcmp(r->kind, "merged") == 0   ? util_tr(l, "into %s")
        : strcmp(r->kind, "received") == 0 ? util_tr(l, "from %s")
                                           : "%s";
    if (r->from_code)
      util_buf_printf(what, form, r->from_code, r->other_code);
    else
      util_buf_printf(what, form, r->other_code);
  }
  corrected(l, r->corrected_by, what);
  const char *text[] = {r->decision,  r->recorded_at, r->recorded_by,
                        r->voided_at, r->voided_by,   r->void_reason};
  event_cells(r->id, id, r->date, r->kind, what, text, cells);
}

/* ---- party badges (member badges) ---------------------------------------- */

const char *const view_badge_cols[VIEW_BADGE_NCOLS] = {
    "id",     "card", "name",     "cell",   "years",
    "origin", "due",  "earliest", "awarded"};
const bool view_badge_numeric[VIEW_BADGE_NCOLS] = {true, false, false, false,
                                                   true};

void view_badge_cells(const app_badge_row *r, view_badge_text *t,
                      const char *cells[VIEW_BADGE_NCOLS]) {
  snprintf(t->id, sizeof t->id, "%lld", (long long)r->member->id);
  snprintf(t->years, sizeof t->years, "%d", r->years);
  t->awarded[0] = '\0';
  if (r->awarded)
    util_date_format(r->awarded, t->awarded);
  const char *row[VIEW_BADGE_NCOLS] = {
      t->id,
      r->member->card,
      r->member->name,
      r->member->cell_code,
      t->years,
      r->member->origin,
      util_date_format(r->due, t->due),
      util_date_format(r->earliest, t->earliest),
      t->awarded};
  for (size_t i = 0; i < VIEW_BADGE_NCOLS; i++)
    cells[i] = row[i];
}

/* ---- exports (export orgs|members|events) -------------------------------- */

/* Copies a row built in place into the caller's cells. */
static void cells_of(const char *const *row, size_t n, const char **cells) {
  for (size_t i = 0; i < n; i++)
    cells[i] = row[i];
}

const char *const view_export_org_cols[VIEW_EXPORT_ORG_NCOLS] = {
    "code", "name", "kind", "parent", "sector", "founded", "recorded"};

void view_export_org_cells(const store_org_row *r,
                           const char *cells[VIEW_EXPORT_ORG_NCOLS]) {
  const char *row[] = {r->code,   r->name,    r->kind,    r->parent_code,
                       r->sector, r->founded, r->recorded};
  cells_of(row, VIEW_EXPORT_ORG_NCOLS, cells);
}

const char *const view_export_member_cols[VIEW_EXPORT_MEMBER_NCOLS] = {
    "name",
    "born",
    "gender",
    "cell",
    "admitted",
    "official",
    "card",
    "ethnicity",
    "religion",
    "hometown",
    "education",
    "profession",
    "theory",
    "position",
    "key-cadre",
    "manager",
    "over-60-approved-by"};

bool view_export_member_cells(const store_member_row *r,
                              const char *cells[VIEW_EXPORT_MEMBER_NCOLS]) {
  if (strcmp(r->status, "probationary") != 0 &&
      strcmp(r->status, "official") != 0)
    return false;
  const char *row[] = {r->name,
                       r->born,
                       r->gender,
                       r->cell_code,
                       r->admitted,
                       r->official,
                       r->card,
                       r->ethnicity,
                       r->religion,
                       r->hometown,
                       r->education,
                       r->profession,
                       r->theory,
                       r->position,
                       r->key_cadre ? "yes" : "",
                       r->manager ? "yes" : "",
                       r->approved_by};
  cells_of(row, VIEW_EXPORT_MEMBER_NCOLS, cells);
  return true;
}

const char *const view_export_event_cols[VIEW_EXPORT_EVENT_NCOLS] = {
    "subject", "id", "seq", "date", "event", "org", "cell", "to", "official",
    "until", "studies", "form", "by", "name", "decision", "considered",
    "ceremony", "reason", "detail", "recorded_at", "recorded_by",
    /* Added later, so at the end. */
    "votes_for", "votes_total", "proposal_for", "proposal_total"};
const bool view_export_event_numeric[VIEW_EXPORT_EVENT_NCOLS] = {
    false, true, true, [21] = true, true, true, true};

void view_export_org_event_cells(const store_org_event_row *r,
                                 const char *cells[VIEW_EXPORT_EVENT_NCOLS]) {
  /* For a move, "org" is the new superior and "by" the old one. */
  const char *row[] = {"org",
                       r->org_code,
                       "",
                       r->date,
                       r->kind,
                       r->other_code,
                       "",
                       "",
                       "",
                       "",
                       "",
                       "",
                       r->from_code,
                       r->name,
                       r->decision,
                       "",
                       "",
                       "",
                       "",
                       r->recorded_at,
                       r->recorded_by,
                       "",
                       "",
                       "",
                       ""};
  cells_of(row, VIEW_EXPORT_EVENT_NCOLS, cells);
}

void view_export_member_event_cells(
    const store_event_row *r, char id[24], char seq[16],
    const char *cells[VIEW_EXPORT_EVENT_NCOLS]) {
  snprintf(id, 24, "%lld", (long long)r->member);
  snprintf(seq, 16, "%d", r->seq);
  const char *row[] = {"member",
                       id,
                       seq,
                       r->date,
                       r->kind,
                       "",
                       r->cell_code,
                       r->to_code,
                       r->official,
                       r->until,
                       r->studies ? "yes" : "",
                       r->form,
                       r->by_code,
                       "",
                       r->decision,
                       r->considered,
                       r->ceremony,
                       r->reason,
                       r->detail,
                       r->recorded_at,
                       r->recorded_by,
                       r->votes_for,
                       r->votes_total,
                       r->proposal_for,
                       r->proposal_total};
  cells_of(row, VIEW_EXPORT_EVENT_NCOLS, cells);
}
