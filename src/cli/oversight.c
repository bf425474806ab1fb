/*
 * oversight.c — `cadre oversight ...`: inspection and supervision; and
 * `cadre org discipline`, the discipline of organisations, which follows
 * from them (DOMAIN.md §3).
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

int cli_oversight_add(cli_ctx *c, util_err *e) {
  app_oversight_in in = {.kind = cli_opt_value(c, "kind"),
                         .by = cli_opt_value(c, "by"),
                         .org = cli_opt_value(c, "org"),
                         .member = cli_opt_value(c, "member"),
                         .from = cli_opt_value(c, "from"),
                         .to = cli_opt_value(c, "to"),
                         .subject = cli_opt_value(c, "subject"),
                         .conclusion = cli_opt_value(c, "conclusion"),
                         .violation = cli_flag(c, "violation")};
  int64_t id;
  if (app_oversight_add(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

int cli_org_discipline(cli_ctx *c, util_err *e) {
  app_org_discipline_in in = {.org = cli_arg(c, 0),
                              .form = cli_opt_value(c, "form"),
                              .date = cli_opt_value(c, "date"),
                              .votes = cli_opt_value(c, "votes"),
                              .by = cli_opt_value(c, "by"),
                              .reason = cli_opt_value(c, "reason"),
                              .decision = cli_opt_value(c, "decision")};
  int64_t id;
  if (app_org_discipline(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

/* ---- list ---------------------------------------------------------------- */

static int list_row(void *ctx, const store_oversight_row *r) {
  view_cells v;
  view_oversight_cells(r, &v);
  cli_list_row(ctx, v.c);
  return 0;
}

int cli_oversight_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  app_records_in in = {.under = cli_opt_value(c, "under"),
                       .from = cli_opt_value(c, "from"),
                       .to = cli_opt_value(c, "to"),
                       .kind = cli_opt_value(c, "kind")};
  const view_listing *v = &view_oversight_listing;
  cli_list *l = cli_list_new(c, format, v->ncols, v->cols, v->numeric);
  return cli_list_done(l, app_oversights(cli_app(c), &in, list_row, l, e));
}

/* ---- show ---------------------------------------------------------------- */

typedef struct shown {
  bool json;
  util_buf *out;
  const util_lang *l; /* the reader's */
} shown;

static int show_row(void *ctx, const store_oversight_row *r,
                    const char *by_name, const char *org_name) {
  shown *s = ctx;
  const util_lang *l = s->l;
  if (s->json) {
    json_t *o = view_oversight_json(r, by_name, org_name);
    view_dump(o, s->out);
    json_decref(o);
    return 0;
  }
  char from[VIEW_CELL_MAX], to[VIEW_CELL_MAX], at[VIEW_CELL_MAX];
  view_cell_text(l, "from", false, r->from, from);
  const char *kind = view_code_text(l, "kind", r->kind);
  /* TRANSLATORS: the lines of `oversight show`: its id, its kind, whom it
   * was of, who did it, when, what it found, who recorded it. */
  if (r->member)
    util_buf_printf(
        s->out, util_tr(l, "oversight %lld: %s of member %lld (%s)\n"),
        (long long)r->id, kind, (long long)r->member, r->member_name);
  else
    util_buf_printf(s->out, util_tr(l, "oversight %lld: %s of %s (%s)\n"),
                    (long long)r->id, kind, r->org_code,
                    org_name ? org_name : "");
  util_buf_printf(s->out, util_tr(l, "by %s (%s)\n"), r->by_code,
                  by_name ? by_name : "");
  if (r->to)
    util_buf_printf(s->out, util_tr(l, "from %s to %s\n"), from,
                    view_cell_text(l, "to", false, r->to, to));
  else
    util_buf_printf(s->out, util_tr(l, "from %s\n"), from);
  if (r->subject)
    util_buf_printf(s->out, util_tr(l, "subject: %s\n"), r->subject);
  if (r->conclusion)
    util_buf_printf(s->out, util_tr(l, "conclusion: %s\n"), r->conclusion);
  util_buf_puts(s->out, r->violation ? util_tr(l, "violations found: yes\n")
                                     : util_tr(l, "violations found: no\n"));
  if (r->place_code)
    util_buf_printf(s->out, util_tr(l, "counted at %s on %s\n"), r->place_code,
                    from);
  /* The time stamp as recorded where the language writes dates as ISO
   * does; else its date in the language's form, then its time. */
  const char *stamp =
      view_cell_text(l, "recorded_at", false, r->recorded_at, at);
  if (stamp != r->recorded_at && strncmp(stamp, r->recorded_at, 10) == 0)
    stamp = r->recorded_at;
  util_buf_printf(s->out, util_tr(l, "recorded %s by %s\n"), stamp,
                  r->recorded_by);
  return 0;
}

int cli_oversight_show(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "text|json", format, e))
    return -1;
  util_buf out = {0};
  shown s = {strcmp(format, "json") == 0, &out, cli_lang(c)};
  int rc = app_oversight_show(cli_app(c), cli_arg(c, 0), show_row, &s, e);
  if (rc == 0)
    cli_print(&out);
  util_buf_free(&out);
  return rc;
}
