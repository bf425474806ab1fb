/*
 * oversight.c — `cadre oversight ...`: inspection and supervision; and
 * `cadre org discipline`, the discipline of organisations, which follows
 * from them (DOMAIN.md §3).
 */
#include "cli/cli_int.h"

#include <jansson.h>
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

static const char *const list_cols[] = {
    "id",  "kind",   "from",      "to",      "by",
    "org", "member", "violation", "subject", "conclusion"};
static const bool list_numeric[] = {true,  false, false, false, false,
                                    false, true,  false, false, false};

static int list_row(void *ctx, const store_oversight_row *r) {
  char id[24], member[24] = "";
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  if (r->member)
    snprintf(member, sizeof member, "%lld", (long long)r->member);
  const char *row[] = {
      id,         r->kind,      r->from, r->to,
      r->by_code, r->org_code,  member,  r->violation ? "yes" : "no",
      r->subject, r->conclusion};
  cli_list_row(ctx, row);
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
  cli_list *l =
      cli_list_new(format, UTIL_COUNT(list_cols), list_cols, list_numeric);
  return cli_list_done(l, app_oversights(cli_app(c), &in, list_row, l, e));
}

/* ---- show ---------------------------------------------------------------- */

typedef struct shown {
  bool json;
  util_buf *out;
} shown;

static int show_row(void *ctx, const store_oversight_row *r,
                    const char *by_name, const char *org_name) {
  shown *s = ctx;
  if (s->json) {
    json_t *o = json_pack(
        "{s:I, s:s, s:s, s:s?, s:s?, s:s?, s:o, s:s?, s:s, s:s?, s:s?, s:s?, "
        "s:b, s:s?, s:s, s:s}",
        "id", (json_int_t)r->id, "kind", r->kind, "by", r->by_code, "by_name",
        by_name, "org", r->org_code, "org_name", org_name, "member",
        r->member ? json_integer(r->member) : json_null(), "member_name",
        r->member_name, "from", r->from, "to", r->to, "subject", r->subject,
        "conclusion", r->conclusion, "violation", r->violation, "counted_at",
        r->place_code, "recorded_at", r->recorded_at, "recorded_by",
        r->recorded_by);
    char *text = json_dumps(o, JSON_INDENT(2));
    util_buf_printf(s->out, "%s\n", text);
    free(text);
    json_decref(o);
  } else {
    util_buf_printf(s->out, "oversight %lld: %s of ", (long long)r->id,
                    r->kind);
    if (r->member)
      util_buf_printf(s->out, "member %lld (%s)", (long long)r->member,
                      r->member_name);
    else
      util_buf_printf(s->out, "%s (%s)", r->org_code, org_name ? org_name : "");
    util_buf_printf(s->out, "\nby %s (%s)\n", r->by_code,
                    by_name ? by_name : "");
    util_buf_printf(s->out, "from %s%s%s\n", r->from, r->to ? " to " : "",
                    r->to ? r->to : "");
    if (r->subject)
      util_buf_printf(s->out, "subject: %s\n", r->subject);
    if (r->conclusion)
      util_buf_printf(s->out, "conclusion: %s\n", r->conclusion);
    util_buf_printf(s->out, "violations found: %s\n",
                    r->violation ? "yes" : "no");
    if (r->place_code)
      util_buf_printf(s->out, "counted at %s on %s\n", r->place_code, r->from);
    util_buf_printf(s->out, "recorded %s by %s\n", r->recorded_at,
                    r->recorded_by);
  }
  return 0;
}

int cli_oversight_show(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "text|json", format, e))
    return -1;
  util_buf out = {0};
  shown s = {strcmp(format, "json") == 0, &out};
  int rc = app_oversight_show(cli_app(c), cli_arg(c, 0), show_row, &s, e);
  if (rc == 0)
    cli_print(&out);
  util_buf_free(&out);
  return rc;
}
