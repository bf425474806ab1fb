/*
 * xlsx.c — how a listing's columns are written in a workbook, the same for
 * `--format xlsx` and the API's downloads: numeric columns as numbers, the
 * columns that hold dates as dates, the rest as text.
 */
#include "util/xlsx.h"
#include "view/view.h"

#include <string.h>

/* The columns that hold dates, by name: a column means the same thing in
 * every listing that has it (docs/formats.md). A value that is not a date
 * (a time stamp, a code) stays text. */
static const char *const date_cols[] = {"admitted",     "at",
                                        "awarded",      "born",
                                        "ceremony",     "considered",
                                        "created",      "date",
                                        "decided",      "disabled",
                                        "disseminated", "due",
                                        "earliest",     "ended",
                                        "founded",      "from",
                                        "given",        "held",
                                        "implemented",  "loaded",
                                        "official",     "probation_ended",
                                        "recorded",     "recorded_at",
                                        "registered",   "since",
                                        "to",           "until",
                                        "voided_at"};

void view_xlsx_kinds(size_t ncols, const char *const *cols, const bool *numeric,
                     enum util_xlsx_kind *kinds) {
  for (size_t i = 0; i < ncols; i++) {
    kinds[i] = numeric && numeric[i] ? UTIL_XLSX_NUMBER : UTIL_XLSX_TEXT;
    for (size_t k = 0; k < UTIL_COUNT(date_cols) && !kinds[i]; k++)
      if (strcmp(date_cols[k], cols[i]) == 0)
        kinds[i] = UTIL_XLSX_DATE;
  }
}
