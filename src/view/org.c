/*
 * org.c — an organisation as JSON: its state on a day, the organisations
 * directly below, its history and the decisions disciplining it.
 */
#include "view/view.h"

static int child_json(void *ctx, const store_org_row *r) {
  json_array_append_new(ctx, json_pack("{s:s, s:s, s:s}", "code", r->code,
                                       "kind", r->kind, "name", r->name));
  return 0;
}

static int history_json(void *ctx, const store_org_event_row *r) {
  json_t *o = json_pack("{s:s, s:s}", "date", r->date, "event", r->kind);
  if (r->other_code)
    json_object_set_new(o, "org", json_string(r->other_code));
  if (r->from_code)
    json_object_set_new(o, "from", json_string(r->from_code));
  if (r->name)
    json_object_set_new(o, "name", json_string(r->name));
  if (r->decision)
    json_object_set_new(o, "decision", json_string(r->decision));
  json_array_append_new(ctx, o);
  return 0;
}

static int discipline_json(void *ctx, const store_org_discipline_row *r) {
  json_array_append_new(
      ctx,
      json_pack("{s:I, s:s, s:s, s:s?, s:i, s:i, s:s?, s:s?}", "id",
                (json_int_t)r->id, "date", r->date, "form", r->form, "by",
                r->by_code, "votes_for", r->votes_for, "votes_total",
                r->votes_total, "decision", r->decision, "reason", r->reason));
  return 0;
}

int view_org_json(app *a, const app_org_view *v, json_t **out, util_err *e) {
  const store_org *o = &v->o;
  char d[11], f[11];
  util_date_format(v->at, d);
  json_t *j = json_pack(
      "{s:s, s:s, s:s, s:s?, s:s?, s:s?, s:s}", "code", o->code, "name",
      v->name, "kind", v->kind, "sector", v->sector, "founded",
      o->founded_known ? util_date_format(o->founded, f) : NULL, "ended", NULL,
      "at", d);
  if (o->ended)
    json_object_set_new(j, "ended", json_string(util_date_format(o->ended, f)));
  json_t *sup = json_array();
  for (size_t i = 0; i < v->nsuperiors; i++)
    json_array_append_new(sup, json_string(v->superiors[i]));
  json_object_set_new(j, "superiors", sup);
  json_object_set_new(j, "members",
                      json_pack("{s:I, s:I, s:I}", "total",
                                (json_int_t)v->total, "official",
                                (json_int_t)v->official, "probationary",
                                (json_int_t)v->probationary));
  json_object_set_new(j, "grassroots", json_integer(v->grassroots));
  json_t *children = json_array(), *history = json_array(),
         *discipline = json_array();
  json_object_set_new(j, "children", children);
  json_object_set_new(j, "history", history);
  json_object_set_new(j, "discipline", discipline);
  if (app_org_children(a, v, child_json, children, e) < 0 ||
      app_org_events(a, o->id, false, history_json, history, e) < 0 ||
      app_org_disciplines(a, v, discipline_json, discipline, e) < 0) {
    json_decref(j);
    return -1;
  }
  *out = j;
  return 0;
}
