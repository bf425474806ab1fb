/*
 * list.c — listings in four formats: an aligned table for people, CSV and
 * JSON for programs, and a spreadsheet (xlsx) for clerks. CSV, JSON and
 * xlsx are written row by row as they come, so that a listing of a million
 * members never sits in memory (the workbook streams to a temporary file,
 * copied to stdout at the end); their opening (the header, "[", the
 * workbook) waits for the first row or the end, so that a listing refused
 * before any row prints nothing.
 */
#include "cli/cli.h"
#include "util/xlsx.h"
#include "view/view.h"

#include <stdlib.h>
#include <string.h>

struct cli_list {
  cli_ctx *ctx;
  char format[16];
  size_t ncols;
  char **cols;
  bool *numeric;
  util_table *table;
  util_xlsx_book *book;
  util_xlsx_sheet *sheet;
  long rows;
  bool opened; /* the CSV header, the JSON "[" or the workbook is out */
  bool failed; /* the workbook could not be begun */
  bool keyed;  /* the sheet's header the columns' names (cli_list_keyed) */
};

cli_list *cli_list_new(cli_ctx *c, const char *format, size_t ncols,
                       const char *const *cols, const bool *numeric) {
  cli_list *l = util_xcalloc(1, sizeof *l);
  l->ctx = c;
  snprintf(l->format, sizeof l->format, "%s", format);
  l->ncols = ncols;
  l->cols = util_xcalloc(ncols, sizeof *l->cols);
  l->numeric = util_xcalloc(ncols, sizeof *l->numeric);
  for (size_t i = 0; i < ncols; i++) {
    l->cols[i] = util_xstrdup(cols[i]);
    l->numeric[i] = numeric && numeric[i];
  }
  if (strcmp(format, "table") == 0) {
    const char **heads = util_xcalloc(ncols, sizeof *heads);
    for (size_t i = 0; i < ncols; i++)
      heads[i] = view_col_head(cli_lang(c), cols[i]);
    l->table = util_table_new(ncols, heads);
    free(heads);
    for (size_t i = 0; i < ncols; i++)
      if (l->numeric[i])
        util_table_numeric(l->table, i);
  }
  return l;
}

/* The workbook of an xlsx listing: one sheet named after the command. */
static void open_book(cli_list *l) {
  util_err e = {0};
  l->book = util_xlsx_book_new(cli_tmpdir(l->ctx), &e);
  if (!l->book) {
    cli_output_failed(l->ctx, &e);
    l->failed = true;
    return;
  }
  l->sheet = view_xlsx_sheet(l->book, cli_sheet_name(l->ctx), l->keyed,
                             cli_lang(l->ctx), l->ncols,
                             (const char *const *)l->cols, l->numeric);
}

/* A row of the table, as the language writes its numbers and dates. */
static void add_shown(cli_list *l, const char *const *cells) {
  char(*text)[VIEW_CELL_MAX] = util_xcalloc(l->ncols, sizeof *text);
  const char **shown = util_xcalloc(l->ncols, sizeof *shown);
  for (size_t i = 0; i < l->ncols; i++)
    shown[i] = view_cell_text(cli_lang(l->ctx), l->cols[i], l->numeric[i],
                              cells[i], text[i]);
  util_table_add(l->table, shown);
  free(shown);
  free(text);
}

static void open_stream(cli_list *l) {
  if (l->table || l->opened)
    return;
  l->opened = true;
  if (strcmp(l->format, "xlsx") == 0) {
    open_book(l);
  } else if (strncmp(l->format, "csv", 3) == 0) {
    util_buf b = {0};
    /* The byte order mark that Excel needs to read UTF-8 (--bom). */
    if (strcmp(l->format, "csv+bom") == 0)
      util_buf_puts(&b, CLI_BOM);
    util_csv_record(&b, (const char *const *)l->cols, l->ncols);
    fwrite(b.data, 1, b.len, stdout);
    util_buf_free(&b);
  } else {
    fputs("[", stdout);
  }
}

void cli_list_keyed(cli_list *l) {
  l->keyed = true;
}

void cli_list_row(cli_list *l, const char *const *cells) {
  open_stream(l);
  if (l->table) {
    add_shown(l, cells);
  } else if (l->sheet) {
    util_xlsx_row(l->sheet, cells);
  } else if (l->failed) {
    /* Nothing is written: the dispatcher reports the failure. */
  } else if (strncmp(l->format, "csv", 3) == 0) {
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
  } else if (l->book) {
    /* A listing cut short writes no workbook: half a roster is not one. */
    util_err e = {0};
    if (util_xlsx_book_end(l->book, rc == 0 ? stdout : NULL, &e) && rc == 0)
      cli_output_failed(l->ctx, &e);
  }
  for (size_t i = 0; i < l->ncols; i++)
    free(l->cols[i]);
  free(l->cols);
  free(l->numeric);
  free(l);
  return rc;
}
