/*
 * event.c — `cadre event ...`: the events of a member or an organisation
 * with their ids, and the voids and corrections of mistaken ones.
 */
#include "cli/cli_int.h"
#include "view/admin.h"

#include <stdio.h>
#include <string.h>

/* The listing, begun at its first row (or at the end), so that a refusal
 * prints no header. */
typedef struct listing {
  cli_ctx *c;
  const char *format;
  cli_list *list;
} listing;

static cli_list *list_of(listing *x) {
  if (!x->list)
    x->list = cli_list_new(x->c, x->format, VIEW_EVENT_NCOLS, view_event_cols,
                           view_event_numeric);
  return x->list;
}

/* One row of the listing, from the view's cells. */
static int row_out(listing *x, util_buf *what,
                   const char *cells[VIEW_EVENT_NCOLS]) {
  cli_list_row(list_of(x), cells);
  util_buf_free(what);
  return 0;
}

/* The language of `what`: the reader's in a table; CSV and JSON keep
 * English, as every listing keeps its codes there. */
static const util_lang *what_lang(const listing *x) {
  return strcmp(x->format, "table") == 0 ? cli_lang(x->c) : NULL;
}

static int member_row(void *ctx, const store_event_row *r) {
  char id[24];
  util_buf what = {0};
  const char *cells[VIEW_EVENT_NCOLS];
  view_member_event_cells(what_lang(ctx), r, id, &what, cells);
  return row_out(ctx, &what, cells);
}

static int org_row(void *ctx, const store_org_event_row *r) {
  char id[24];
  util_buf what = {0};
  const char *cells[VIEW_EVENT_NCOLS];
  view_org_event_cells(what_lang(ctx), r, id, &what, cells);
  return row_out(ctx, &what, cells);
}

int cli_event_list(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  listing x = {c, format, NULL};
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
