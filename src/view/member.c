/*
 * member.c — a member's profile as JSON, and the text of their events.
 */
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

void view_event_where(const util_lang *l, const store_event_row *r,
                      util_buf *out) {
  char d[VIEW_CELL_MAX];
  /* TRANSLATORS: the parts of an event of a member ("registered in C1,
   * official from 2021-05-16 by K, votes 7/9: reason"), in `member show`
   * and `event list`. Each but "in %s" begins with its separator. */
  if ((r->to_code || r->cell_code) && out->len)
    util_buf_putc(out, ' ');
  if (r->to_code)
    util_buf_printf(out, "%s -> %s", r->cell_code ? r->cell_code : "?",
                    r->to_code);
  else if (r->cell_code)
    util_buf_printf(out, util_tr(l, "in %s"), r->cell_code);
  if (r->official)
    util_buf_printf(out, util_tr(l, ", official from %s"),
                    view_cell_text(l, "date", false, r->official, d));
  if (r->until)
    util_buf_printf(out,
                    r->studies ? util_tr(l, " until %s (studies)")
                               : util_tr(l, " until %s"),
                    view_cell_text(l, "date", false, r->until, d));
  if (r->by_code)
    util_buf_printf(out, util_tr(l, " by %s"), r->by_code);
}

void view_reason_text(const util_lang *l, const char *reason, util_buf *out) {
  /* The reason cadre itself gives the transfers of a merger (app/org.c,
   * app/org_history.c: "C3 merged into C2"), stored in English. */
  static const char merged[] = " merged into ";
  const char *m = strstr(reason, merged);
  const char *into = m ? m + strlen(merged) : NULL;
  if (m && m > reason && !memchr(reason, ' ', (size_t)(m - reason)) && *into &&
      !strchr(into, ' ')) {
    char *from = util_xstrndup(reason, (size_t)(m - reason));
    util_buf_printf(out, util_tr(l, "%s merged into %s"), from, into);
    free(from);
  } else
    util_buf_puts(out, reason);
}

void view_event_text(const util_lang *l, const store_event_row *r,
                     util_buf *out) {
  util_buf_puts(out, view_code_text(l, "event", r->kind));
  if (r->form)
    util_buf_printf(out, " (%s)", view_code_text(l, "form", r->form));
  view_event_where(l, r, out);
  if (r->detail)
    util_buf_printf(out, " [%s]", r->detail);
  if (r->votes_total)
    util_buf_printf(out, util_tr(l, ", votes %s/%s"), r->votes_for,
                    r->votes_total);
  if (r->proposal_total)
    util_buf_printf(out, util_tr(l, ", proposal %s/%s"), r->proposal_for,
                    r->proposal_total);
  if (r->reason) {
    util_buf_puts(out, ": ");
    view_reason_text(l, r->reason, out);
  }
  if (r->voided_at)
    util_buf_printf(out, util_tr(l, " — VOID since %s by %s: %s"), r->voided_at,
                    r->voided_by, r->void_reason);
}

static int event_json(void *ctx, const store_event_row *r) {
  util_buf what = {0};
  view_event_text(NULL, r, &what); /* the JSON's text: English */
  json_t *o = json_pack("{s:I, s:s, s:s, s:s}", "id", (json_int_t)r->id, "date",
                        r->date, "event", r->kind, "text", what.data);
  util_buf_free(&what);
  const char *extra[][2] = {{"cell", r->cell_code},
                            {"to", r->to_code},
                            {"official", r->official},
                            {"until", r->until},
                            {"form", r->form},
                            {"by", r->by_code},
                            {"decision", r->decision},
                            {"ceremony", r->ceremony},
                            {"reason", r->reason},
                            {"detail", r->detail},
                            {"recorded_at", r->recorded_at},
                            {"recorded_by", r->recorded_by},
                            {"voided_at", r->voided_at},
                            {"voided_by", r->voided_by},
                            {"void_reason", r->void_reason}};
  for (size_t i = 0; i < UTIL_COUNT(extra); i++)
    if (extra[i][1])
      json_object_set_new(o, extra[i][0], json_string(extra[i][1]));
  const char *votes[][2] = {{"votes_for", r->votes_for},
                            {"votes_total", r->votes_total},
                            {"proposal_for", r->proposal_for},
                            {"proposal_total", r->proposal_total}};
  for (size_t i = 0; i < UTIL_COUNT(votes); i++)
    if (votes[i][1])
      json_object_set_new(o, votes[i][0],
                          json_integer(strtoll(votes[i][1], NULL, 10)));
  json_array_append_new(ctx, o);
  return 0;
}

/* A dated change of the profile; base rows (the values before the first
 * change) are not shown. */
static int change_json(void *ctx, const store_change *c) {
  if (c->base)
    return 0;
  char since[11];
  util_date_format(c->since, since);
  json_t *o = json_pack("{s:I, s:s, s:s, s:s?}", "id", (json_int_t)c->id,
                        "since", since, "field", c->field, "value", c->value);
  if (c->voided_at)
    json_object_set_new(o, "voided_at", json_string(c->voided_at));
  json_array_append_new(ctx, o);
  return 0;
}

int view_member_json(app *a, const app_member_view *v, json_t **out,
                     util_err *e) {
  const store_member *m = &v->m;
  char b[11], x[11];
  const char *texts[][2] = {
      {"ethnicity", m->ethnicity},   {"religion", m->religion},
      {"hometown", m->hometown},     {"education", m->education},
      {"profession", m->profession}, {"position", m->position},
      {"theory", v->theory}};
  json_t *o = json_pack("{s:I, s:s, s:s?, s:s, s:s, s:s, s:s, s:s}", "id",
                        (json_int_t)m->id, "name", m->name, "card", m->card,
                        "born", util_date_format(m->born, b), "gender",
                        v->gender, "status", v->status, "cell", v->cell_code,
                        "admitted", util_date_format(m->admitted, x));
  for (size_t i = 0; i < UTIL_COUNT(texts); i++)
    if (texts[i][1])
      json_object_set_new(o, texts[i][0], json_string(texts[i][1]));
  json_object_set_new(o, "key-cadre", json_boolean(m->key_cadre));
  json_object_set_new(o, "manager", json_boolean(m->manager));
  if (m->official)
    json_object_set_new(o, "official",
                        json_string(util_date_format(m->official, b)));
  if (m->left)
    json_object_set_new(o, "left", json_string(util_date_format(m->left, b)));
  if (v->party_years >= 0)
    json_object_set_new(o, "party_age_years", json_integer(v->party_years));
  json_t *history = json_array(), *changes = json_array();
  json_object_set_new(o, "history", history);
  json_object_set_new(o, "changes", changes);
  if (app_member_events(a, m->id, true, event_json, history, e) < 0 ||
      app_member_changes(a, m->id, change_json, changes, e) < 0) {
    json_decref(o);
    return -1;
  }
  *out = o;
  return 0;
}
