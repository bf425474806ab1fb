/*
 * xlsx_write.c — workbooks through libxlsxwriter (util/xlsx.h). Cells are
 * typed from their column's kind, widths follow the longest value in
 * characters (Vietnamese takes two or three bytes a letter), and every
 * refusal of the library is kept to fail the whole workbook at the end.
 */
#include "util/xlsx.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

/* The widest a column is made, in characters: longer text wraps nowhere
 * but stays readable by widening by hand. */
enum { WIDTH_MAX = 60, WIDTH_MIN = 6, CELL_MAX = 32767 };

struct util_xlsx_sheet {
  lxw_worksheet *ws;
  util_xlsx_book *book;
  size_t ncols;
  enum util_xlsx_kind *kinds;
  size_t *width; /* the widest value of each column, in characters */
  lxw_row_t row; /* the next row to write */
  util_xlsx_sheet *next;
};

struct util_xlsx_book {
  char *path;
  int fd; /* the temporary file, open so that it is read after unlink */
  lxw_workbook *wb;
  lxw_format *bold, *date;
  util_xlsx_sheet *sheets, *last;
  util_err err; /* the first refusal */
  bool failed;
};

util_xlsx_book *util_xlsx_book_new(const char *dir, util_err *e) {
  util_xlsx_book *b = util_xcalloc(1, sizeof *b);
  b->path = util_xasprintf("%s/cadre-XXXXXX", dir);
  b->fd = mkstemp(b->path);
  if (b->fd < 0) {
    char why[128];
    util_fail(e, UTIL_SYSTEM, "cannot create a temporary file in %s: %s", dir,
              util_strerror(e, errno, why));
    free(b->path);
    free(b);
    return NULL;
  }
  /* libxlsxwriter's own temporary files go beside ours. */
  char *tmpdir = util_xstrdup(dir);
  lxw_workbook_options opt = {.constant_memory = LXW_TRUE, .tmpdir = tmpdir};
  b->wb = workbook_new_opt(b->path, &opt);
  free(tmpdir);
  if (!b->wb) {
    util_fail(e, UTIL_SYSTEM, "cannot start a workbook in %s", dir);
    unlink(b->path);
    close(b->fd);
    free(b->path);
    free(b);
    return NULL;
  }
  b->bold = workbook_add_format(b->wb);
  format_set_bold(b->bold);
  b->date = workbook_add_format(b->wb);
  format_set_num_format(b->date, "dd/mm/yyyy");
  return b;
}

/* Keeps the first refusal: the workbook fails as a whole. */
static void refuse(util_xlsx_sheet *s, lxw_error rc, size_t col) {
  util_xlsx_book *b = s->book;
  if (rc == LXW_NO_ERROR || b->failed)
    return;
  b->failed = true;
  if (rc == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
    util_fail(&b->err, UTIL_REFUSED,
              "xlsx: a sheet holds at most %d rows: the listing has more",
              LXW_ROW_MAX);
  else if (rc == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
    util_fail(&b->err, UTIL_REFUSED,
              "xlsx: row %u, column %zu: a cell holds at most %d characters",
              (unsigned)s->row + 1, col + 1, CELL_MAX);
  else
    util_fail(&b->err, UTIL_SYSTEM, "xlsx: %s", lxw_strerror(rc));
}

/* Characters, not bytes: every byte but UTF-8's continuation bytes. */
static size_t chars(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += ((unsigned char)*s & 0xc0) != 0x80;
  return n;
}

static void note_width(util_xlsx_sheet *s, size_t col, size_t w) {
  if (w > s->width[col])
    s->width[col] = w;
}

util_xlsx_sheet *util_xlsx_sheet_new(util_xlsx_book *b, const char *name,
                                     size_t ncols, const char *const *cols,
                                     const enum util_xlsx_kind *kinds) {
  util_xlsx_sheet *s = util_xcalloc(1, sizeof *s);
  s->book = b;
  s->ws = workbook_add_worksheet(b->wb, name);
  s->ncols = ncols;
  s->kinds = util_xcalloc(ncols + 1, sizeof *s->kinds);
  s->width = util_xcalloc(ncols + 1, sizeof *s->width);
  if (b->last)
    b->last->next = s;
  else
    b->sheets = s;
  b->last = s;
  if (!s->ws) {
    b->failed = b->failed || (util_fail(&b->err, UTIL_INTERNAL,
                                        "xlsx: %s: not a sheet name", name),
                              true);
    return s;
  }
  for (size_t i = 0; i < ncols; i++) {
    s->kinds[i] = kinds ? kinds[i] : UTIL_XLSX_TEXT;
    refuse(s, worksheet_write_string(s->ws, 0, (lxw_col_t)i, cols[i], b->bold),
           i);
    note_width(s, i, chars(cols[i]));
    /* A date shows as dd/mm/yyyy: ten characters. */
    if (s->kinds[i] == UTIL_XLSX_DATE)
      note_width(s, i, 10);
  }
  worksheet_freeze_panes(s->ws, 1, 0);
  s->row = 1;
  return s;
}

/* A value that reads whole as a finite number. */
static bool number(const char *v, double *out) {
  char *end;
  errno = 0;
  *out = strtod(v, &end);
  return *v && *end == 0 && errno == 0 &&
         strspn(v, "+-0123456789.") == strlen(v);
}

void util_xlsx_row(util_xlsx_sheet *s, const char *const *cells) {
  if (!s->ws)
    return;
  for (size_t i = 0; i < s->ncols; i++) {
    const char *v = cells[i];
    if (!v || !*v)
      continue;
    lxw_col_t col = (lxw_col_t)i;
    double d;
    util_day day;
    const char *why;
    lxw_error rc;
    if (s->kinds[i] == UTIL_XLSX_NUMBER && number(v, &d)) {
      rc = worksheet_write_number(s->ws, s->row, col, d, NULL);
    } else if (s->kinds[i] == UTIL_XLSX_DATE &&
               util_date_parse(v, &day, &why) == 0) {
      int y, m, dd;
      util_civil_from_day(day, &y, &m, &dd);
      lxw_datetime dt = {.year = y, .month = m, .day = dd};
      rc = worksheet_write_datetime(s->ws, s->row, col, &dt, s->book->date);
    } else {
      rc = worksheet_write_string(s->ws, s->row, col, v, NULL);
    }
    refuse(s, rc, i);
    note_width(s, i, chars(v));
  }
  s->row++;
}

/* Copies the finished file to out, checking every write. */
static int copy(util_xlsx_book *b, FILE *out, util_err *e) {
  char buf[1 << 16], why[128];
  if (lseek(b->fd, 0, SEEK_SET) < 0)
    return util_fail(e, UTIL_SYSTEM, "cannot read the workbook back: %s",
                     util_strerror(e, errno, why));
  for (;;) {
    ssize_t n = read(b->fd, buf, sizeof buf);
    if (n < 0)
      return util_fail(e, UTIL_SYSTEM, "cannot read the workbook back: %s",
                       util_strerror(e, errno, why));
    if (n == 0)
      break;
    if (fwrite(buf, 1, (size_t)n, out) != (size_t)n)
      return util_fail(e, UTIL_SYSTEM, "cannot write the workbook: %s",
                       util_strerror(e, errno, why));
  }
  if (fflush(out) != 0 || ferror(out))
    return util_fail(e, UTIL_SYSTEM, "cannot write the workbook: %s",
                     util_strerror(e, errno, why));
  return 0;
}

int util_xlsx_book_end(util_xlsx_book *b, FILE *out, util_err *e) {
  /* Widths are known only now; constant-memory mode writes the columns'
   * widths when the workbook is closed, so they may come last. */
  for (util_xlsx_sheet *s = b->sheets; s; s = s->next)
    for (size_t i = 0; s->ws && i < s->ncols; i++) {
      size_t w = s->width[i] + 2;
      w = w < WIDTH_MIN ? WIDTH_MIN : w > WIDTH_MAX ? WIDTH_MAX : w;
      worksheet_set_column(s->ws, (lxw_col_t)i, (lxw_col_t)i, (double)w, NULL);
    }
  lxw_error rc = workbook_close(b->wb);
  int ret = 0;
  if (b->failed) {
    *e = b->err;
    ret = -1;
  } else if (rc != LXW_NO_ERROR) {
    ret = util_fail(e, UTIL_SYSTEM, "cannot write the workbook: %s",
                    lxw_strerror(rc));
  }
  unlink(b->path);
  if (ret == 0 && out)
    ret = copy(b, out, e);
  close(b->fd);
  for (util_xlsx_sheet *s = b->sheets, *next; s; s = next) {
    next = s->next;
    free(s->kinds);
    free(s->width);
    free(s);
  }
  free(b->path);
  free(b);
  return ret;
}
