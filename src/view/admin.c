/*
 * admin.c — accounts and entries of the audit trail as JSON.
 */
#include "view/admin.h"

const char *const view_user_cols[VIEW_USER_NCOLS] = {
    "name", "role", "scope", "created", "by", "disabled"};

void view_user_cells(const store_user *u, const char *cells[VIEW_USER_NCOLS]) {
  const char *row[VIEW_USER_NCOLS] = {u->name,       u->role,
                                      u->scope_code, u->created_at,
                                      u->created_by, u->disabled_at};
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
