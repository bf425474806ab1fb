/*
 * xlsx.c — the period report as a workbook: a sheet for each section of
 * the report (scope, organizations, members, flows, oversight, ...), each
 * row a line of the CSV form (section, item, value) with the value a
 * number cell — a date cell for the period's days. The rows are read back
 * from report_render_csv, so that the workbook never disagrees with the
 * other forms (render.c walks the figures once for all of them).
 */
#include "report/report.h"
#include "util/xlsx.h"

#include <stdlib.h>
#include <string.h>

/* The sheet of a section: the part of its name before the first dot
 * ("members.by_age" is on the sheet "members"). */
static size_t sheet_len(const char *section) {
  return strcspn(section, ".");
}

int report_render_xlsx(const report_figures *f, const char *tmpdir, FILE *out,
                       util_err *e) {
  util_buf csv = {0};
  report_render_csv(f, &csv);
  FILE *in = fmemopen(csv.data, csv.len, "r");
  if (!in) {
    util_buf_free(&csv);
    return util_fail(e, UTIL_SYSTEM, "report: cannot read its rows back");
  }
  util_xlsx_book *b = util_xlsx_book_new(tmpdir, e);
  if (!b) {
    fclose(in);
    util_buf_free(&csv);
    return -1;
  }
  util_csv *r = util_csv_open(in, "report");
  static const enum util_xlsx_kind scope[] = {UTIL_XLSX_TEXT, UTIL_XLSX_TEXT,
                                              UTIL_XLSX_DATE};
  static const enum util_xlsx_kind figures[] = {UTIL_XLSX_TEXT, UTIL_XLSX_TEXT,
                                                UTIL_XLSX_NUMBER};
  char **cells, **header = NULL;
  size_t n;
  char name[32] = "";
  util_xlsx_sheet *sheet = NULL;
  int rc;
  while ((rc = util_csv_next(r, &cells, &n, e)) == 1) {
    if (n != 3) {
      rc = util_fail(e, UTIL_INTERNAL, "report: a row of %zu fields", n);
      break;
    }
    if (!header) {
      header = util_xcalloc(3, sizeof *header);
      for (size_t i = 0; i < 3; i++)
        header[i] = util_xstrdup(cells[i]);
      continue;
    }
    size_t len = sheet_len(cells[0]);
    if (!sheet || strlen(name) != len || strncmp(name, cells[0], len) != 0) {
      snprintf(name, sizeof name, "%.*s", (int)len, cells[0]);
      sheet = util_xlsx_sheet_new(b, name, 3, (const char *const *)header,
                                  strcmp(name, "scope") ? figures : scope);
    }
    util_xlsx_row(sheet, (const char *const *)cells);
  }
  util_csv_close(r);
  fclose(in);
  util_buf_free(&csv);
  for (size_t i = 0; header && i < 3; i++)
    free(header[i]);
  free(header);
  if (rc < 0) {
    util_err ignored;
    util_xlsx_book_end(b, NULL, &ignored);
    return -1;
  }
  return util_xlsx_book_end(b, out, e);
}
