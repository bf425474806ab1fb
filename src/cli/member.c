/*
 * member.c — `cadre member ...`: party members and their lifecycle.
 */
#include "cli/cli_int.h"
#include "view/admin.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

static app_person_in person(const cli_ctx *c) {
  return (app_person_in){.name = cli_opt_value(c, "name"),
                         .born = cli_opt_value(c, "born"),
                         .gender = cli_opt_value(c, "gender"),
                         .card = cli_opt_value(c, "card"),
                         .ethnicity = cli_opt_value(c, "ethnicity"),
                         .religion = cli_opt_value(c, "religion"),
                         .hometown = cli_opt_value(c, "hometown"),
                         .education = cli_opt_value(c, "education"),
                         .profession = cli_opt_value(c, "profession"),
                         .theory = cli_opt_value(c, "theory"),
                         .position = cli_opt_value(c, "position"),
                         .key_cadre = cli_flag(c, "key-cadre"),
                         .manager = cli_flag(c, "manager")};
}

int cli_member_add(cli_ctx *c, util_err *e) {
  app_person_in p = person(c);
  int64_t id;
  app_register_in in = {.cell = cli_opt_value(c, "cell"),
                        .admitted = cli_opt_value(c, "admitted"),
                        .official = cli_opt_value(c, "official"),
                        .registered = cli_opt_value(c, "registered"),
                        .over_60_approved_by =
                            cli_opt_value(c, "over-60-approved-by")};
  if (app_member_add(cli_app(c), &p, &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

int cli_member_edit(cli_ctx *c, util_err *e) {
  app_edit_in in = {.member = cli_arg(c, 0),
                    .date = cli_opt_value(c, "date"),
                    .name = cli_opt_value(c, "name"),
                    .position = cli_opt_value(c, "position"),
                    .key_cadre = cli_opt_value(c, "key-cadre"),
                    .theory = cli_opt_value(c, "theory"),
                    .education = cli_opt_value(c, "education"),
                    .profession = cli_opt_value(c, "profession"),
                    .religion = cli_opt_value(c, "religion"),
                    .ethnicity = cli_opt_value(c, "ethnicity"),
                    .card = cli_opt_value(c, "card"),
                    .hometown = cli_opt_value(c, "hometown"),
                    .manager = cli_opt_value(c, "manager")};
  return app_member_edit(cli_app(c), &in, e);
}

int cli_member_admit(cli_ctx *c, util_err *e) {
  app_person_in p = person(c);
  app_admit_in in = {.cell = cli_opt_value(c, "cell"),
                     .date = cli_opt_value(c, "date"),
                     .decision = cli_opt_value(c, "decision"),
                     .ceremony = cli_opt_value(c, "ceremony"),
                     .considered = cli_opt_value(c, "considered"),
                     .over_60_approved_by =
                         cli_opt_value(c, "over-60-approved-by")};
  int64_t id;
  if (app_member_admit(cli_app(c), &p, &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

static int event(cli_ctx *c, enum core_event_kind kind, util_err *e) {
  app_event_in in = {0};
  app_event_in_fill(&in, cli_opt_text, cli_opt_flag, c);
  in.kind = kind;
  in.member = cli_arg(c, 0);
  in.cell = cli_opt_value(c, kind == CORE_EV_READMITTED ? "cell" : "to");
  return app_member_event(cli_app(c), &in, NULL, e);
}

int cli_member_recognize(cli_ctx *c, util_err *e) {
  return event(c, CORE_EV_RECOGNIZED, e);
}

int cli_member_transfer(cli_ctx *c, util_err *e) {
  bool temporary = cli_flag(c, "temporary");
  if (!temporary && (cli_opt_value(c, "until") || cli_flag(c, "studies")))
    return util_fail(e, UTIL_USAGE,
                     "member transfer: --until and --studies go with "
                     "--temporary");
  if (temporary && !cli_opt_value(c, "until"))
    return util_fail(e, UTIL_USAGE,
                     "member transfer: --temporary needs --until DATE");
  return event(c, temporary ? CORE_EV_TEMPORARY : CORE_EV_TRANSFERRED, e);
}

int cli_member_discipline(cli_ctx *c, util_err *e) {
  return event(c, CORE_EV_DISCIPLINED, e);
}

int cli_member_remove(cli_ctx *c, util_err *e) {
  return event(c, CORE_EV_REMOVED, e);
}

int cli_member_resign(cli_ctx *c, util_err *e) {
  return event(c, CORE_EV_RESIGNED, e);
}

int cli_member_decease(cli_ctx *c, util_err *e) {
  return event(c, CORE_EV_DECEASED, e);
}

int cli_member_readmit(cli_ctx *c, util_err *e) {
  return event(c, CORE_EV_READMITTED, e);
}

/* ---- show
 * ------------------------------------------------------------------------ */

/* The tables of `member show`, in the language of its reader. */
typedef struct shown_rows {
  util_table *t;
  const util_lang *l;
} shown_rows;

static int history_row(void *ctx, const store_event_row *r) {
  shown_rows *x = ctx;
  util_buf what = {0};
  view_event_text(x->l, r, &what);
  /* TRANSLATORS: the number of the decision of an event of a member's
   * history, in `member show`. */
  char *decision =
      r->decision ? util_xasprintf(util_tr(x->l, "decision %s"), r->decision)
                  : util_xstrdup("");
  char id[24], date[VIEW_CELL_MAX];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  const char *row[] = {id, view_cell_text(x->l, "date", false, r->date, date),
                       what.data, decision};
  util_table_add(x->t, row);
  free(decision);
  util_buf_free(&what);
  return 0;
}

/* A dated change of the profile: "theory: advanced", with its id. */
static int change_row(void *ctx, const store_change *c) {
  shown_rows *x = ctx;
  if (c->base)
    return 0;
  char id[24], since[16];
  snprintf(id, sizeof id, "%lld", (long long)c->id);
  util_lang_date(x->l, c->since, since);
  const util_lang *l = x->l;
  util_buf what = {0};
  /* TRANSLATORS: a dated change of a member's profile in `member show`:
   * "theory: advanced", then whether it was voided and why, and whether a
   * dismissal made it. */
  util_buf_printf(&what, "%s: %s", c->field,
                  c->value ? view_code_text(l, c->field, c->value)
                           : util_tr(l, "(none)"));
  if (c->voided_at)
    util_buf_printf(&what, util_tr(l, " — VOID: %s"), c->void_reason);
  if (c->event)
    util_buf_puts(&what, util_tr(l, " (by the dismissal)"));
  const char *row[] = {id, since, what.data, ""};
  util_table_add(x->t, row);
  util_buf_free(&what);
  return 0;
}

/* "32 years 4 months" */
static char *span_text(const util_lang *l, util_day from, util_day to) {
  int m = util_full_months(from, to);
  char *years =
      util_xasprintf(util_trn(l, "%d year", "%d years", m / 12), m / 12);
  char *months =
      util_xasprintf(util_trn(l, "%d month", "%d months", m % 12), m % 12);
  /* TRANSLATORS: a span of time, "32 years 4 months": the years, then the
   * months. */
  char *span = util_xasprintf(util_tr(l, "%s %s"), years, months);
  free(years);
  free(months);
  return span;
}

static int show(cli_ctx *c, const app_member_view *v, bool json, util_buf *out,
                util_err *e) {
  app *a = cli_app(c);
  const store_member *m = &v->m;
  if (json) {
    json_t *o;
    if (view_member_json(a, v, &o, e))
      return -1;
    view_dump(o, out);
    json_decref(o);
    return 0;
  }
  const util_lang *l = cli_lang(c);
  char b[16], x[16];
  char *age = span_text(l, m->born, a->today);
  char *page = v->party_years >= 0 ? span_text(l, v->party_from, a->today)
                                   : util_xstrdup("");
  const char *texts[][2] = {
      /* TRANSLATORS: the lines of a member's profile in `member show`,
       * "ethnicity: Kinh". */
      {N_("ethnicity: %s\n"), m->ethnicity},
      {N_("religion: %s\n"), m->religion},
      {N_("hometown: %s\n"), m->hometown},
      {N_("education: %s\n"), m->education},
      {N_("profession: %s\n"), m->profession},
      {N_("position: %s\n"), m->position},
      {N_("theory: %s\n"), view_code_text(l, "theory", v->theory)}};
  if (m->card)
    util_buf_printf(out, util_tr(l, "%lld  %s  card %s\n"), (long long)m->id,
                    m->name, m->card);
  else
    util_buf_printf(out, "%lld  %s\n", (long long)m->id, m->name);
  util_buf_printf(out, util_tr(l, "%s, born %s (%s)\n"),
                  view_code_text(l, "gender", v->gender),
                  util_lang_date(l, m->born, b), age);
  util_buf_printf(out, util_tr(l, "status: %s; cell: %s (%s)\n"),
                  view_code_text(l, "status", v->status), v->cell_code,
                  v->cell_name);
  if (v->party_years >= 0)
    util_buf_printf(out, util_tr(l, "party age: %s (counted from %s)\n"), page,
                    util_lang_date(l, m->origin, x));
  if (m->left)
    util_buf_printf(out, util_tr(l, "left the party on %s\n"),
                    util_lang_date(l, m->left, x));
  for (size_t i = 0; i < UTIL_COUNT(texts); i++)
    if (texts[i][1])
      util_buf_printf(out, util_tr(l, texts[i][0]), texts[i][1]);
  if (m->key_cadre)
    util_buf_puts(out, util_tr(l, "key cadre\n"));
  if (m->manager)
    util_buf_puts(out, util_tr(l, "holds a management post\n"));
  shown_rows rows = {util_table_new(4, NULL), l};
  int rc = app_member_events(a, m->id, true, history_row, &rows, e);
  util_buf_putc(out, '\n');
  util_buf_puts(out, util_tr(l, "History:\n"));
  util_table_render(rows.t, out);
  util_table_free(rows.t);
  rows.t = util_table_new(4, NULL);
  if (rc >= 0)
    rc = app_member_changes(a, m->id, change_row, &rows, e);
  if (rc >= 0 && util_table_rows(rows.t)) {
    util_buf_putc(out, '\n');
    util_buf_puts(out, util_tr(l, "Changes:\n"));
    util_table_render(rows.t, out);
  }
  util_table_free(rows.t);
  free(age);
  free(page);
  return rc < 0 ? -1 : 0;
}

int cli_member_show(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  app_member_view v;
  if (cli_format(c, "text|json", format, e) || app_read_begin(a, e))
    return -1;
  /* The member and their history, as one state of the database. */
  int rc = app_member_view_get(a, cli_arg(c, 0), &v, e);
  if (rc == 0) {
    util_buf out = {0};
    rc = show(c, &v, strcmp(format, "json") == 0, &out, e);
    if (rc == 0)
      cli_print(&out);
    util_buf_free(&out);
    app_member_view_clear(&v);
  }
  app_read_end(a);
  return rc;
}

/* ---- listings
 * --------------------------------------------------------------------- */

static int list_row(void *ctx, const store_member_row *r) {
  char id[24];
  const char *cells[VIEW_MEMBER_NCOLS];
  view_member_cells(r, id, cells);
  cli_list_row(ctx, cells);
  return 0;
}

/* `member list --overdue`: probationary members past their 12 months. */
static const char *const overdue_cols[] = {
    "id",   "card", "name",      "gender",
    "born", "cell", "probation", "probation_ended"};
static const bool overdue_numeric[] = {true,  false, false, false,
                                       false, false, false, false};

static int overdue_row(void *ctx, const store_member_row *r, util_day started,
                       util_day ended) {
  char id[24], from[11], to[11];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  const char *row[] = {id,
                       r->card,
                       r->name,
                       r->gender,
                       r->born,
                       r->cell_code,
                       util_date_format(started, from),
                       util_date_format(ended, to)};
  cli_list_row(ctx, row);
  return 0;
}

int cli_member_list(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  app_member_query q = {.under = cli_opt_value(c, "under"),
                        .status = cli_opt_value(c, "status"),
                        .sort = cli_opt_value(c, "sort")};
  bool overdue = cli_flag(c, "overdue");
  if (overdue && q.status)
    return util_fail(e, UTIL_USAGE,
                     "member list: --overdue lists probationary members; "
                     "give it without --status");
  if (cli_format(c, "table|csv|json", format, e) ||
      cli_date(c, "at", a->today, &q.at, e))
    return -1;
  cli_list *list = overdue
                       ? cli_list_new(c, format, UTIL_COUNT(overdue_cols),
                                      overdue_cols, overdue_numeric)
                       : cli_list_new(c, format, VIEW_MEMBER_NCOLS,
                                      view_member_cols, view_member_numeric);
  int rc = overdue ? app_members_overdue_under(a, q.under, q.at, q.sort,
                                               overdue_row, list, e)
                   : app_members(a, &q, list_row, list, e);
  return cli_list_done(list, rc);
}

int cli_member_find(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  cli_list *list = cli_list_new(c, format, VIEW_MEMBER_NCOLS, view_member_cols,
                                view_member_numeric);
  int rc = app_members_find(cli_app(c), cli_arg(c, 0), list_row, list, e);
  return cli_list_done(list, rc);
}

/* ---- badges
 * ------------------------------------------------------------------------ */

static int badge_row(void *ctx, const app_badge_row *r) {
  view_badge_text text;
  const char *row[VIEW_BADGE_NCOLS];
  view_badge_cells(r, &text, row);
  cli_list_row(ctx, row);
  return 0;
}

int cli_member_badges(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  cli_list *list = cli_list_new(c, format, VIEW_BADGE_NCOLS, view_badge_cols,
                                view_badge_numeric);
  int rc =
      app_badges(cli_app(c), cli_opt_value(c, "from"), cli_opt_value(c, "to"),
                 cli_opt_value(c, "under"), badge_row, list, e);
  return cli_list_done(list, rc);
}
