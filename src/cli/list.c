/*
 * list.c — listings in three formats: an aligned table for people, and CSV
 * and JSON for programs. CSV and JSON are written row by row as they come,
 * so that a listing of a million members never sits in memory; their
 * opening (the header, "[") waits for the first row or the end, so that a
 * listing refused before any row prints nothing.
 */
#include "cli/cli.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

struct cli_list {
  char format[16];
  size_t ncols;
  char **cols;
  bool *numeric;
  util_table *table;
  long rows;
  bool opened; /* the CSV header or the JSON "[" is out */
};

cli_list *cli_list_new(const char *format, size_t ncols,
                       const char *const *cols, const bool *numeric) {
  cli_list *l = util_xcalloc(1, sizeof *l);
  snprintf(l->format, sizeof l->format, "%s", format);
  l->ncols = ncols;
  l->cols = util_xcalloc(ncols, sizeof *l->cols);
  l->numeric = util_xcalloc(ncols, sizeof *l->numeric);
  for (size_t i = 0; i < ncols; i++) {
    l->cols[i] = util_xstrdup(cols[i]);
    l->numeric[i] = numeric && numeric[i];
  }
  if (strcmp(format, "table") == 0) {
    l->table = util_table_new(ncols, cols);
    for (size_t i = 0; i < ncols; i++)
      if (l->numeric[i])
        util_table_numeric(l->table, i);
  }
  return l;
}

static void open_stream(cli_list *l) {
  if (l->table || l->opened)
    return;
  l->opened = true;
  if (strcmp(l->format, "csv") == 0) {
    util_buf b = {0};
    util_csv_record(&b, (const char *const *)l->cols, l->ncols);
    fwrite(b.data, 1, b.len, stdout);
    util_buf_free(&b);
  } else {
    fputs("[", stdout);
  }
}

void cli_list_row(cli_list *l, const char *const *cells) {
  open_stream(l);
  if (l->table) {
    util_table_add(l->table, cells);
  } else if (strcmp(l->format, "csv") == 0) {
    util_buf b = {0};
    util_csv_record(&b, cells, l->ncols);
    fwrite(b.data, 1, b.len, stdout);
    util_buf_free(&b);
  } else {
    json_t *o = view_row_json(l->ncols, (const char *const *)l->cols,
                              l->numeric, cells);
    char *text = json_dumps(o, JSON_COMPACT);
    printf("%s\n  %s", l->rows ? "," : "", text);
    free(text);
    json_decref(o);
  }
  l->rows++;
}

void cli_list_end(cli_list *l) {
  cli_list_done(l, 0);
}

int cli_list_done(cli_list *l, int rc) {
  if (rc == 0)
    open_stream(l);
  if (l->table) {
    if (rc == 0)
      util_table_print(l->table, stdout);
    util_table_free(l->table);
  } else if (strcmp(l->format, "json") == 0 && l->opened) {
    /* A listing cut short by a failure still ends as JSON. */
    fputs(l->rows ? "\n]\n" : "]\n", stdout);
  }
  for (size_t i = 0; i < l->ncols; i++)
    free(l->cols[i]);
  free(l->cols);
  free(l->numeric);
  free(l);
  return rc;
}
