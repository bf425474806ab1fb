/*
 * event.c — `cadre event ...`: the events of a member or an organisation
 * with their ids, and the voids and corrections of mistaken ones.
 */
#include "cli/cli_int.h"

#include <stdio.h>
#include <string.h>

static const char *const cols[] = {
    "id",          "date",        "event",     "what",      "decision",
    "recorded_at", "recorded_by", "voided_at", "voided_by", "void_reason"};
static const bool numeric[UTIL_COUNT(cols)] = {true};

/* "transfer C1 -> C2", "disciplined (warning) by HT" */
static void member_what(const store_event_row *r, util_buf *b) {
  if (r->form)
    util_buf_printf(b, "%s", r->form);
  if (r->to_code)
    util_buf_printf(b, "%s%s -> %s", b->len ? " " : "",
                    r->cell_code ? r->cell_code : "?", r->to_code);
  else if (r->cell_code)
    util_buf_printf(b, "%sin %s", b->len ? " " : "", r->cell_code);
  if (r->official)
    util_buf_printf(b, ", official from %s", r->official);
  if (r->until)
    util_buf_printf(b, " until %s%s", r->until, r->studies ? " (studies)" : "");
  if (r->by_code)
    util_buf_printf(b, " by %s", r->by_code);
  if (r->reason)
    util_buf_printf(b, ": %s", r->reason);
  if (r->corrected_by)
    util_buf_printf(b, " (corrected by event %lld)",
                    (long long)r->corrected_by);
}

/* The listing, begun at its first row (or at the end), so that a refusal
 * prints no header. */
typedef struct listing {
  const char *format;
  cli_list *list;
} listing;

static cli_list *list_of(listing *x) {
  if (!x->list)
    x->list = cli_list_new(x->format, UTIL_COUNT(cols), cols, numeric);
  return x->list;
}

/* One row of the listing; `what` is freed. The other texts are the
 * event's, in the order of cols. */
static int row_out(listing *x, int64_t id, util_buf *what,
                   const char *const text[8]) {
  char n[24];
  snprintf(n, sizeof n, "%lld", (long long)id);
  const char *row[] = {n,       text[0], text[1], what->data ? what->data : "",
                       text[2], text[3], text[4], text[5],
                       text[6], text[7]};
  cli_list_row(list_of(x), row);
  util_buf_free(what);
  return 0;
}

static int member_row(void *ctx, const store_event_row *r) {
  util_buf what = {0};
  member_what(r, &what);
  const char *text[] = {r->date,        r->kind,        r->decision,
                        r->recorded_at, r->recorded_by, r->voided_at,
                        r->voided_by,   r->void_reason};
  return row_out(ctx, r->id, &what, text);
}

static int org_row(void *ctx, const store_org_event_row *r) {
  util_buf what = {0};
  if (r->name)
    util_buf_puts(&what, r->name);
  /* founded under, moved from -> to, merged into, received from */
  const char *word = strcmp(r->kind, "founded") == 0    ? "under "
                     : strcmp(r->kind, "merged") == 0   ? "into "
                     : strcmp(r->kind, "received") == 0 ? "from "
                                                        : "";
  if (r->other_code)
    util_buf_printf(&what, "%s%s%s%s%s", what.len ? ", " : "", word,
                    r->from_code ? r->from_code : "",
                    r->from_code ? " -> " : "", r->other_code);
  if (r->corrected_by)
    util_buf_printf(&what, " (corrected by event %lld)",
                    (long long)r->corrected_by);
  const char *text[] = {r->date,        r->kind,        r->decision,
                        r->recorded_at, r->recorded_by, r->voided_at,
                        r->voided_by,   r->void_reason};
  return row_out(ctx, r->id, &what, text);
}

int cli_event_list(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  listing x = {format, NULL};
  int rc = app_event_list(a, cli_opt_value(c, "member"),
                          cli_opt_value(c, "org"), member_row, org_row, &x, e);
  if (rc == 0)
    list_of(&x);
  if (x.list)
    cli_list_end(x.list);
  return rc;
}

int cli_event_void(cli_ctx *c, util_err *e) {
  return app_event_void(cli_app(c), cli_arg(c, 0), cli_opt_value(c, "reason"),
                        e);
}

int cli_event_correct(cli_ctx *c, util_err *e) {
  const char *to = cli_opt_value(c, "to"), *cell = cli_opt_value(c, "cell");
  if (to && cell)
    return util_fail(e, UTIL_USAGE,
                     "event correct: --to (a transfer) or --cell (an "
                     "admission, a registration, a readmission), not both");
  app_event_in in = {0};
  app_event_in_fill(&in, cli_opt_text, cli_opt_flag, c);
  in.cell = to ? to : cell;
  int64_t id = 0;
  if (app_event_correct(cli_app(c), cli_arg(c, 0), &in,
                        cli_opt_value(c, "reason"), &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}
