/*
 * xlsx.c — the period report as a workbook: a sheet for each section of
 * the report (scope, organizations, members, flows, oversight, ...), each
 * row a line of the CSV form (section, item, value) with the value a
 * number cell — a date cell for the period's days. The rows are read back
 * from report_render_csv, so that the workbook never disagrees with the
 * other forms (render.c walks the figures once for all of them). The
 * names of the sheets and the header row are in the language asked for;
 * the cells are the CSV's (the keys, numbers and dates machines read).
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

/* Whether a sheet could be named `name`: 1 to 31 characters, none of the
 * seven Excel refuses, no apostrophe at either end. A catalog's word that
 * cannot be is not used. */
static bool sheet_name_ok(const char *name) {
  size_t chars = 0;
  for (const char *p = name; *p; p++)
    chars += ((unsigned char)*p & 0xC0) != 0x80;
  size_t len = strlen(name);
  return chars >= 1 && chars <= 31 && !strpbrk(name, "[]:*?/\\") &&
         name[0] != '\'' && name[len - 1] != '\'';
}

/* The name of the sheet of a section's part before the first dot, in
 * language l: the key itself in English (the sheets the CSV's sections
 * name), the catalog's word in another. */
static const char *sheet_name(const util_lang *l, const char *key) {
  /* TRANSLATORS: the names of the sheets of the report's workbook, one
   * for each part of the report: at most 31 characters, none of
   * [ ] : * ? / \ . The English ones are the report's keys. */
  const char *const names[][2] = {
      {"scope", util_trc(l, "report sheet", "scope")},
      {"organizations", util_trc(l, "report sheet", "organizations")},
      {"members", util_trc(l, "report sheet", "members")},
      {"flows", util_trc(l, "report sheet", "flows")},
      {"oversight", util_trc(l, "report sheet", "oversight")},
      {"organizations_disciplined",
       util_trc(l, "report sheet", "organizations_disciplined")},
      {"awards", util_trc(l, "report sheet", "awards")},
      {"assessments", util_trc(l, "report sheet", "assessments")},
      {"meetings", util_trc(l, "report sheet", "meetings")},
      {"documents", util_trc(l, "report sheet", "documents")},
      {"funds", util_trc(l, "report sheet", "funds")},
      {"planning", util_trc(l, "report sheet", "planning")},
      {"congresses", util_trc(l, "report sheet", "congresses")},
  };
  for (size_t i = 0; i < UTIL_COUNT(names); i++)
    if (strcmp(names[i][0], key) == 0)
      return sheet_name_ok(names[i][1]) ? names[i][1] : key;
  return key;
}

int report_render_xlsx(const report_figures *f, const util_lang *l,
                       const char *tmpdir, FILE *out, util_err *e) {
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
  /* TRANSLATORS: the header of the report's workbook: the report's
   * section, item and value (English: the CSV's header). */
  const char *const header[] = {util_trc(l, "report sheet", "section"),
                                util_trc(l, "report sheet", "item"),
                                util_trc(l, "report sheet", "value")};
  bool csv_header = true;
  char **cells;
  size_t n;
  char name[32] = "";
  util_xlsx_sheet *sheet = NULL;
  int rc;
  while ((rc = util_csv_next(r, &cells, &n, e)) == 1) {
    if (n != 3) {
      rc = util_fail(e, UTIL_INTERNAL, "report: a row of %zu fields", n);
      break;
    }
    if (csv_header) { /* the sheets have their own */
      csv_header = false;
      continue;
    }
    size_t len = sheet_len(cells[0]);
    if (!sheet || strlen(name) != len || strncmp(name, cells[0], len) != 0) {
      snprintf(name, sizeof name, "%.*s", (int)len, cells[0]);
      sheet = util_xlsx_sheet_new(b, sheet_name(l, name), 3, header,
                                  strcmp(name, "scope") ? figures : scope);
    }
    util_xlsx_row(sheet, (const char *const *)cells);
  }
  util_csv_close(r);
  fclose(in);
  util_buf_free(&csv);
  if (rc < 0) {
    util_err ignored;
    util_xlsx_book_end(b, NULL, &ignored);
    return -1;
  }
  return util_xlsx_book_end(b, out, e);
}
