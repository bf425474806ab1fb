/*
 * congress.c — `cadre congress ...`: congresses, their delegates and
 * candidates, the rounds of voting and their results.
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

int cli_congress_add(cli_ctx *c, util_err *e) {
  app_congress_in in = {.code = cli_arg(c, 0),
                        .org = cli_opt_value(c, "org"),
                        .term = cli_opt_value(c, "term"),
                        .date = cli_opt_value(c, "date"),
                        .seats = cli_opt_value(c, "seats"),
                        .delegates = cli_opt_value(c, "delegates")};
  return app_congress_add(cli_app(c), &in, e);
}

int cli_congress_delegate(cli_ctx *c, util_err *e) {
  return app_congress_delegate(cli_app(c), cli_arg(c, 0),
                               cli_opt_value(c, "member"),
                               cli_opt_value(c, "kind"), e);
}

int cli_congress_candidate(cli_ctx *c, util_err *e) {
  return app_congress_candidate(cli_app(c), cli_arg(c, 0),
                                cli_opt_value(c, "member"), e);
}

/* The ballots of FILE ("-": standard input), at most 64 MB of them. */
static int read_ballots(const char *name, util_buf *out, util_err *e) {
  FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
  if (!f)
    return util_fail(e, UTIL_SYSTEM, "cannot read %s: %s", name,
                     util_strerror(e, errno, (char[128]){0}));
  int ch, rc = 0;
  while (rc == 0 && (ch = getc(f)) != EOF) {
    util_buf_putc(out, (char)ch);
    if (out->len > (64u << 20))
      rc = util_fail(e, UTIL_REFUSED, "%s: larger than 64 MB", name);
  }
  if (rc == 0 && ferror(f))
    rc = util_fail(e, UTIL_SYSTEM, "cannot read %s: %s", name,
                   util_strerror(e, errno, (char[128]){0}));
  if (f != stdin)
    fclose(f);
  util_buf_puts(out, "");
  return rc;
}

int cli_congress_round(cli_ctx *c, util_err *e) {
  util_buf ballots = {0};
  const char *file = cli_opt_value(c, "ballots");
  app_round_in in = {.code = cli_arg(c, 0),
                     .issued = cli_opt_value(c, "issued"),
                     .returned = cli_opt_value(c, "returned"),
                     .valid = cli_opt_value(c, "valid"),
                     .votes = cli_opt_value(c, "votes"),
                     .ballots_name = file};
  int number = 0;
  if (file && read_ballots(file, &ballots, e)) {
    util_buf_free(&ballots);
    return -1;
  }
  in.ballots = file ? ballots.data : NULL;
  int rc = app_congress_round(cli_app(c), &in, &number, e);
  util_buf_free(&ballots);
  if (rc == 0)
    printf("%d\n", number);
  return rc;
}

static int congress_row(void *ctx, const store_congress_row *r) {
  view_cells v;
  view_congress_cells(r, &v);
  cli_list_row(ctx, v.c);
  return 0;
}

int cli_congress_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  const view_listing *v = &view_congress_listing;
  cli_list *l = cli_list_new(c, format, v->ncols, v->cols, v->numeric);
  return cli_list_done(l, app_congresses(cli_app(c), cli_opt_value(c, "under"),
                                         cli_opt_value(c, "term"), congress_row,
                                         l, e));
}

/* `congress show` and `congress result`: the same congress, as text or
 * JSON. */
static int show(cli_ctx *c, bool result, util_err *e) {
  char format[16];
  app_congress_view v;
  if (cli_format(c, "text|json", format, e) ||
      app_congress_view_get(cli_app(c), cli_arg(c, 0), &v, e))
    return -1;
  util_buf out = {0};
  if (strcmp(format, "json") == 0) {
    json_t *j = result ? view_congress_result_json(&v) : view_congress_json(&v);
    view_dump(j, &out);
    json_decref(j);
  } else if (result) {
    view_congress_result_text(cli_lang(c), &v, &out);
  } else {
    view_congress_text(cli_lang(c), &v, &out);
  }
  cli_print(&out);
  util_buf_free(&out);
  app_congress_view_clear(&v);
  return 0;
}

int cli_congress_show(cli_ctx *c, util_err *e) {
  return show(c, false, e);
}

int cli_congress_result(cli_ctx *c, util_err *e) {
  return show(c, true, e);
}
