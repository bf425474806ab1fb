/*
 * void.c — `cadre NOUN void` and `cadre NOUN correct` for the records of
 * party work, and `cadre void list`, the records voided.
 */
#include "cli/cli_int.h"
#include "view/view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int record_void(cli_ctx *c, const char *source, util_err *e) {
  return app_record_void(cli_app(c), source, cli_arg(c, 0),
                         cli_opt_value(c, "reason"), e);
}

/* Every option but --reason is a field of the record, passed on as given. */
static int record_correct(cli_ctx *c, const char *source, util_err *e) {
  const char *const *names, *const *values;
  size_t n = cli_opts_given(c, &names, &values), k = 0;
  const char **fn = util_xcalloc(n ? n : 1, sizeof *fn);
  const char **fv = util_xcalloc(n ? n : 1, sizeof *fv);
  for (size_t i = 0; i < n; i++)
    if (strcmp(names[i], "reason") != 0 && strcmp(names[i], "db") != 0 &&
        strcmp(names[i], "lang") != 0) {
      fn[k] = names[i];
      fv[k++] = values[i];
    }
  int64_t id = 0;
  int rc = app_record_correct(cli_app(c), source, cli_arg(c, 0), fn, fv, k,
                              cli_opt_value(c, "reason"), &id, e);
  free(fn);
  free(fv);
  if (rc == 0)
    printf("%lld\n", (long long)id);
  return rc;
}

#define RECORD_VERBS(noun, source)                                             \
  int cli_##noun##_void(cli_ctx *c, util_err *e) {                             \
    return record_void(c, source, e);                                          \
  }                                                                            \
  int cli_##noun##_correct(cli_ctx *c, util_err *e) {                          \
    return record_correct(c, source, e);                                       \
  }

RECORD_VERBS(assess, "assessment")
RECORD_VERBS(award, "award")
RECORD_VERBS(conference, "conference")
RECORD_VERBS(doc, "dissemination")
RECORD_VERBS(fund, "fund")
RECORD_VERBS(meeting, "meeting")
RECORD_VERBS(model, "model")
RECORD_VERBS(org_discipline, "org_discipline")
RECORD_VERBS(oversight, "oversight")

/* ---- void list ----------------------------------------------------------- */

static int voided_row(void *ctx, const store_voided_row *r) {
  view_cells v;
  view_voided_cells(r, &v);
  cli_list_row(ctx, v.c);
  return 0;
}

int cli_void_list(cli_ctx *c, util_err *e) {
  char format[16];
  const char *noun = cli_opt_value(c, "noun"), *source = NULL;
  app *a = cli_app(c);
  if (cli_format(c, "table|csv|json", format, e) ||
      (noun && app_record_source(noun, &source, e)))
    return -1;
  const view_listing *v = &view_voided_listing;
  cli_list *l = cli_list_new(c, format, v->ncols, v->cols, v->numeric);
  return cli_list_done(l, app_voided(a, source, voided_row, l, e));
}
