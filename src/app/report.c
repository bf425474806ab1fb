/*
 * report.c — the period report as the front ends ask for it: of an
 * organisation or a grouping, from the tallies or directly, rendered in
 * one of the formats of docs/report.md.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>

int app_report(app *a, const app_report_in *in, report_figures *f,
               util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  enum report_engine eng = REPORT_AUTO;
  util_day from, to;
  if (in->engine && strcmp(in->engine, "direct") == 0)
    eng = REPORT_DIRECT;
  else if (in->engine && strcmp(in->engine, "auto") != 0)
    return util_fail(e, UTIL_USAGE, "engine: %s: auto or direct",
                     util_quote(in->engine).s);
  if (app_date(a, "from", in->from, false, &from, e) ||
      app_date(a, "to", in->to, true, &to, e))
    return -1;
  /* Its figures at the end are those of today when it ends later, as
   * nothing can be recorded after today. */
  if (to < from)
    return util_invalid(e, "to", "to: %s: before the first day %s", in->to,
                        in->from);
  if (app_read_begin(a, e))
    return -1;
  store_org o;
  int rc = in->group ? app_group_report(a, in->group, from, to, eng, f, e)
                     : app_org(a, "org", in->org, &o, e);
  if (rc == 0 && !in->group) {
    char d[UTIL_DATE_SAY];
    if (o.founded_known && o.founded > to)
      rc = util_fail(e, UTIL_REFUSED,
                     "cannot report on %s up to %s: it was founded on %s",
                     o.code, in->to, util_date_say(e, o.founded, d));
    else
      rc = report_compute(a->st, o.id, from, to, eng, f, e);
    store_org_clear(&o);
  }
  app_read_end(a);
  return rc ? -1 : 0;
}

void app_report_render(const report_figures *f, const char *format,
                       const util_lang *l, util_buf *out) {
  if (strcmp(format, "json") == 0)
    report_render_json(f, out);
  else if (strcmp(format, "csv") == 0)
    report_render_csv(f, out);
  else if (strcmp(format, "summary") == 0)
    report_render_summary(f, l, out);
  else
    report_render_text(f, l, out);
}

int app_report_html(app *a, const app_report_in *in, const char *place,
                    const util_lang *l, util_buf *out, util_err *e) {
  char *where = NULL;
  report_figures f;
  /* The place is checked first: a refusal costs no report. */
  if (app_act(a, APP_VIEWER, e) ||
      app_text("place", place, false, 100, &where, e))
    return -1;
  if (app_report(a, in, &f, e)) {
    free(where);
    return -1;
  }
  report_html_opts o = {.lang = l, .place = where, .dated = a->today};
  report_render_html(&f, &o, out);
  report_figures_clear(&f);
  free(where);
  return 0;
}

int app_report_xlsx(const report_figures *f, const util_lang *l,
                    const char *tmpdir, FILE *out, util_err *e) {
  return report_render_xlsx(f, l, tmpdir, out, e);
}

void app_report_clear(report_figures *f) {
  report_figures_clear(f);
}

void app_version(util_buf *out) {
  util_buf_printf(out, "cadre %s (schema version %d, %s)\n", CADRE_VERSION,
                  store_schema_version(), store_backend());
}

int app_schema_version(void) {
  return store_schema_version();
}
