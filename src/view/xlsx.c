/*
 * xlsx.c — how a listing's columns are written in a workbook, the same for
 * `--format xlsx` and the API's downloads: numeric columns as numbers, the
 * columns that hold dates as dates, the rest as text.
 */
#include "util/xlsx.h"
#include "view/view.h"

void view_xlsx_kinds(size_t ncols, const char *const *cols, const bool *numeric,
                     enum util_xlsx_kind *kinds) {
  for (size_t i = 0; i < ncols; i++) {
    kinds[i] = numeric && numeric[i] ? UTIL_XLSX_NUMBER : UTIL_XLSX_TEXT;
    if (!kinds[i] && view_col_date(cols[i]))
      kinds[i] = UTIL_XLSX_DATE;
  }
}
