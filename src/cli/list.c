/*
 * list.c — listings in three formats: an aligned table for people, and CSV
 * and JSON for programs. CSV and JSON are written row by row as they come,
 * so that a listing of a million members never sits in memory.
 */
#include "cli/cli.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

struct cli_list {
  char format[16];
  size_t ncols;
  char **cols;
  bool *numeric;
  util_table *table;
  long rows;
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
  } else if (strcmp(format, "csv") == 0) {
    util_buf b = {0};
    util_csv_record(&b, cols, ncols);
    fwrite(b.data, 1, b.len, stdout);
    util_buf_free(&b);
  } else {
    fputs("[", stdout);
  }
  return l;
}

static json_t *json_cell(const char *v, bool numeric) {
  if (!v || !*v)
    return json_null();
  if (numeric) {
    char *end;
    long long n = strtoll(v, &end, 10);
    if (*end == 0)
      return json_integer(n);
  }
  return json_string(v);
}

void cli_list_row(cli_list *l, const char *const *cells) {
  if (l->table) {
    util_table_add(l->table, cells);
  } else if (strcmp(l->format, "csv") == 0) {
    util_buf b = {0};
    util_csv_record(&b, cells, l->ncols);
    fwrite(b.data, 1, b.len, stdout);
    util_buf_free(&b);
  } else {
    json_t *o = json_object();
    for (size_t i = 0; i < l->ncols; i++)
      json_object_set_new(o, l->cols[i], json_cell(cells[i], l->numeric[i]));
    char *text = json_dumps(o, JSON_COMPACT);
    printf("%s\n  %s", l->rows ? "," : "", text);
    free(text);
    json_decref(o);
  }
  l->rows++;
}

void cli_list_end(cli_list *l) {
  if (l->table) {
    util_table_print(l->table, stdout);
    util_table_free(l->table);
  } else if (strcmp(l->format, "json") == 0) {
    fputs(l->rows ? "\n]\n" : "]\n", stdout);
  }
  for (size_t i = 0; i < l->ncols; i++)
    free(l->cols[i]);
  free(l->cols);
  free(l->numeric);
  free(l);
}
