/*
 * table.c — plain text tables for the terminal. Columns are padded by
 * display width rather than bytes, or Vietnamese names (two or three bytes
 * a letter, sometimes with combining marks) would push their rows out of
 * line.
 */
#include "util/util.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

struct util_table {
  size_t ncols;
  char **headers; /* NULL: no header line */
  bool *numeric;
  char **cells; /* row-major, rows * ncols */
  size_t rows;
  size_t cap; /* rows that cells has room for */
};

util_table *util_table_new(size_t ncols, const char *const *headers) {
  util_table *t = util_xcalloc(1, sizeof *t);

  assert(ncols > 0);
  t->ncols = ncols;
  t->numeric = util_xcalloc(ncols, sizeof *t->numeric);
  if (!headers)
    return t;
  t->headers = util_xcalloc(ncols, sizeof *t->headers);
  for (size_t c = 0; c < ncols; c++)
    t->headers[c] = util_xstrdup(headers[c] ? headers[c] : "");
  return t;
}

void util_table_numeric(util_table *t, size_t col) {
  assert(col < t->ncols);
  t->numeric[col] = true;
}

void util_table_add(util_table *t, const char *const *cells) {
  char **row;

  if (t->rows == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 16;
    t->cells = util_xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
  }
  row = t->cells + t->rows * t->ncols;
  for (size_t c = 0; c < t->ncols; c++)
    row[c] = util_xstrdup(cells[c] ? cells[c] : "");
  t->rows++;
}

size_t util_table_rows(const util_table *t) {
  return t->rows;
}

static void pad(util_buf *line, size_t n, char c) {
  for (size_t i = 0; i < n; i++)
    util_buf_putc(line, c);
}

/* Trailing spaces (from padding or from empty cells at the end) are
 * dropped: they only add noise to diffs and pipes. */
static void emit(util_buf *line, util_buf *out) {
  while (line->len > 0 && line->data[line->len - 1] == ' ')
    line->len--;
  util_buf_add(out, line->data, line->len);
  util_buf_putc(out, '\n');
}

static void print_row(const util_table *t, char *const *row,
                      const size_t *widths, util_buf *line, util_buf *out) {
  util_buf_reset(line);
  for (size_t c = 0; c < t->ncols; c++) {
    size_t w = util_text_width(row[c]);
    size_t gap = widths[c] > w ? widths[c] - w : 0;
    if (c > 0)
      util_buf_puts(line, "  ");
    if (t->numeric[c])
      pad(line, gap, ' ');
    util_buf_puts(line, row[c]);
    if (!t->numeric[c])
      pad(line, gap, ' ');
  }
  emit(line, out);
}

void util_table_render(const util_table *t, util_buf *out) {
  size_t *widths = util_xcalloc(t->ncols, sizeof *widths);
  util_buf line = {0};

  for (size_t c = 0; c < t->ncols; c++) {
    widths[c] = t->headers ? util_text_width(t->headers[c]) : 0;
    for (size_t r = 0; r < t->rows; r++) {
      size_t w = util_text_width(t->cells[r * t->ncols + c]);
      if (w > widths[c])
        widths[c] = w;
    }
  }
  if (t->headers) {
    print_row(t, t->headers, widths, &line, out);
    util_buf_reset(&line);
    for (size_t c = 0; c < t->ncols; c++) {
      if (c > 0)
        util_buf_puts(&line, "  ");
      pad(&line, widths[c], '-');
    }
    emit(&line, out);
  }
  for (size_t r = 0; r < t->rows; r++)
    print_row(t, t->cells + r * t->ncols, widths, &line, out);
  util_buf_free(&line);
  free(widths);
}

void util_table_print(const util_table *t, FILE *out) {
  util_buf text = {0};
  util_table_render(t, &text);
  fwrite(text.data, 1, text.len, out);
  util_buf_free(&text);
}

void util_table_free(util_table *t) {
  if (!t)
    return;
  for (size_t c = 0; t->headers && c < t->ncols; c++)
    free(t->headers[c]);
  for (size_t i = 0; i < t->rows * t->ncols; i++)
    free(t->cells[i]);
  free(t->headers);
  free(t->numeric);
  free(t->cells);
  free(t);
}
