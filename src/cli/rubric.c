/*
 * rubric.c — `cadre rubric ...`: the rubrics that score cell meetings
 * (docs/rubric.md).
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* "90% or more 4, 75% 3, else 1", in language l. */
static void bands_text(const util_lang *l, util_buf *out, const core_bands *b,
                       bool share) {
  /* TRANSLATORS: the bands of a criterion of a rubric, in `rubric show`:
   * "90% or more 4, 75% 3, else 1" (from that share, so many points);
   * "90 minutes or more 5, 60 minutes 3, else 0". */
  for (size_t k = 0; k < b->n; k++) {
    if (k)
      util_buf_puts(out, ", ");
    if (k + 1 == b->n && b->n > 1)
      util_buf_printf(out, util_tr(l, "else %d"), b->b[k].points);
    else if (share)
      util_buf_printf(out,
                      k ? util_tr(l, "%d%% %d") : util_tr(l, "%d%% or more %d"),
                      b->b[k].from, b->b[k].points);
    else
      util_buf_printf(out,
                      k ? util_tr(l, "%d minutes %d")
                        : util_tr(l, "%d minutes or more %d"),
                      b->b[k].from, b->b[k].points);
  }
}

static const char *fact_words(const util_lang *l, enum core_fact f) {
  /* TRANSLATORS: what a criterion of a rubric computes its points from. */
  static const char *const words[CORE_FACT__MAX] = {
      "", N_("from the length"), N_("from attendance"),
      N_("from the share who spoke"), N_("from the targets met")};
  return (int)f > 0 && f < CORE_FACT__MAX ? util_tr(l, words[f]) : "";
}

/* How a criterion's points are found, in words of language l. */
static char *how(const util_lang *l, const core_criterion *c) {
  util_buf b = {0};
  if (c->fact != CORE_FACT_NONE) {
    bool share = c->fact != CORE_FACT_MINUTES;
    util_buf_printf(&b, "%s: ", fact_words(l, c->fact));
    bands_text(l, &b, &c->bands, share);
    if (c->large_members) {
      util_buf_printf(&b,
                      util_trn(l, "; cells of %d member or more: ",
                               "; cells of %d members or more: ",
                               (unsigned long)c->large_members),
                      c->large_members);
      bands_text(l, &b, &c->large, share);
    }
    if (c->bonus)
      util_buf_printf(&b,
                      util_trn(l,
                               "; +%d when no member missed more than %d "
                               "meeting in a row",
                               "; +%d when no member missed more than %d "
                               "meetings in a row",
                               (unsigned long)c->bonus_run),
                      c->bonus, c->bonus_run);
    if (c->given)
      util_buf_printf(&b, util_tr(l, "; and given, 0 to %d"), c->given);
  } else {
    util_buf_printf(&b, util_tr(l, "given, 0 to %d"), c->given);
  }
  return util_buf_take(&b);
}

int cli_rubric_show(cli_ctx *c, util_err *e) {
  char format[16], *json = NULL, *title = NULL;
  bool active;
  core_rubric r = {0};
  app *a = cli_app(c);
  if (cli_format(c, "text|json", format, e))
    return -1;
  int rc = app_rubric_get(a, cli_arg(c, 0), &json, &active, e);
  if (rc == 0)
    rc = app_rubric_parse(json, "rubric", &r, &title, e);
  if (rc == 0 && strcmp(format, "json") == 0) {
    printf("%s\n", json);
  } else if (rc == 0) {
    util_buf out = {0};
    const util_lang *l = cli_lang(c);
    util_buf_puts(&out, r.name);
    /* TRANSLATORS: after the name of the rubric meetings are scored on. */
    util_buf_puts(&out, active ? util_tr(l, " (active)") : "");
    util_buf_putc(&out, '\n');
    if (title)
      util_buf_printf(&out, "%s\n", title);
    util_buf_puts(&out, "\n");
    static const char *const cols[] = {"criterion", "max", "title", "points"};
    util_table *t = view_inner_table(l, 4, cols, NULL);
    util_table_numeric(t, 1);
    for (size_t i = 0; i < r.n; i++) {
      char max[16], *h = how(l, &r.c[i]);
      snprintf(max, sizeof max, "%d", r.c[i].max);
      const char *row[] = {r.c[i].id, max, r.c[i].title, h};
      util_table_add(t, row);
      free(h);
    }
    util_table_render(t, &out);
    util_table_free(t);
    cli_print(&out);
    util_buf_free(&out);
  }
  app_rubric_free(&r);
  free(title);
  free(json);
  return rc;
}

static int list_row(void *ctx, const store_rubric_row *r) {
  view_cells v;
  view_rubric_cells(r, &v);
  cli_list_row(ctx, v.c);
  return 0;
}

int cli_rubric_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  const view_listing *v = &view_rubric_listing;
  cli_list *list = cli_list_new(c, format, v->ncols, v->cols, v->numeric);
  return cli_list_done(list, app_rubric_list(cli_app(c), list_row, list, e));
}

/* Reads a whole file ("-": standard input) of at most 1 MB. */
static int slurp(const char *name, util_buf *out, util_err *e) {
  bool std_in = strcmp(name, "-") == 0;
  FILE *f = std_in ? stdin : fopen(name, "rb");
  if (!f)
    return util_fail(e, UTIL_SYSTEM, "cannot read %s: %s", name,
                     util_strerror(e, errno, (char[128]){0}));
  char chunk[8192];
  size_t n;
  int rc = 0;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && rc == 0) {
    util_buf_add(out, chunk, n);
    if (out->len > (1u << 20))
      rc = util_fail(e, UTIL_REFUSED, "%s: larger than 1 MB: not a rubric",
                     name);
  }
  if (rc == 0 && ferror(f))
    rc = util_fail(e, UTIL_SYSTEM, "cannot read %s: %s", name,
                   util_strerror(e, errno, (char[128]){0}));
  if (!std_in)
    fclose(f);
  if (rc == 0 && !out->data)
    util_buf_puts(out, "");
  return rc;
}

int cli_rubric_load(cli_ctx *c, util_err *e) {
  util_buf text = {0};
  const char *file = cli_arg(c, 0);
  int rc = slurp(file, &text, e);
  if (rc == 0 && !util_utf8_valid(text.data, text.len))
    rc = util_fail(e, UTIL_REFUSED, "rubric %s: invalid UTF-8", file);
  if (rc == 0)
    rc = app_rubric_load(cli_app(c), text.data, text.len, file,
                         cli_opt_value(c, "name"), e);
  if (rc == 0) {
    fprintf(stderr,
            util_tr(e->lang, N_("loaded the rubric of %s; meetings are now "
                                "scored on it")),
            file);
    fputc('\n', stderr);
  }
  util_buf_free(&text);
  return rc;
}

int cli_rubric_use(cli_ctx *c, util_err *e) {
  return app_rubric_use(cli_app(c), cli_arg(c, 0), e);
}
