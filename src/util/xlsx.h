/*
 * xlsx.h — spreadsheets (Office Open XML, .xlsx) written and read.
 *
 * Writing is libxlsxwriter in its constant-memory mode: rows go to disk as
 * they come, so a province's roster never sits in memory. The workbook is
 * built in a temporary file (libxlsxwriter writes to a path) and copied to
 * the caller's stream at the end; the temporary file is removed whatever
 * happens.
 *
 * Reading is minizip and expat, streaming: the sheet is parsed as it is
 * inflated, row by row, and every part's uncompressed size is checked
 * against limits before and while it is read (a zip bomb is refused). The
 * shared strings and the styles are read whole: a cell refers to them by
 * number.
 *
 * Memory: the objects belong to the caller, freed by their *_end or
 * *_close; rows handed out stay valid until the next call.
 */
#ifndef CADRE_UTIL_XLSX_H
#define CADRE_UTIL_XLSX_H

#include "util/util.h"

/* ---- writing -------------------------------------------------------------
 */

/* How a column's cells are written: text as text, a number (a value that
 * reads whole as one, else text) as a number, a date (a value in the form
 * YYYY-MM-DD, else text) as a date cell shown dd/mm/yyyy. */
enum util_xlsx_kind { UTIL_XLSX_TEXT, UTIL_XLSX_NUMBER, UTIL_XLSX_DATE };

typedef struct util_xlsx_book util_xlsx_book;
typedef struct util_xlsx_sheet util_xlsx_sheet;

/* A new workbook in a temporary file in `dir`; NULL with *e set when it
 * cannot be created. */
util_xlsx_book *util_xlsx_book_new(const char *dir, util_err *e);
/* A new sheet named `name` (at most 31 characters, unique in the book),
 * whose first row is the bold, frozen header `cols`. `kinds` may be NULL
 * (all text). Sheets are written one after the other: rows go to the
 * latest sheet. */
util_xlsx_sheet *util_xlsx_sheet_new(util_xlsx_book *b, const char *name,
                                     size_t ncols, const char *const *cols,
                                     const enum util_xlsx_kind *kinds);
/* Appends a row of ncols cells (NULL or "" is an empty cell). A row the
 * format cannot hold (past 1,048,576 rows, a text past 32,767 characters)
 * makes util_xlsx_book_end fail. */
void util_xlsx_row(util_xlsx_sheet *s, const char *const *cells);
/* Finishes the workbook and copies it to `out` (when `out` is not NULL and
 * nothing failed), then frees everything. Returns 0, or -1 with *e set:
 * a row refused, or a write error (a full disk, a closed pipe) — never a
 * truncated file reported as written. */
int util_xlsx_book_end(util_xlsx_book *b, FILE *out, util_err *e);

/* ---- reading -------------------------------------------------------------
 */

typedef struct util_xlsx util_xlsx;

/* Whether the first bytes are a zip archive's ("PK\3\4"). */
bool util_xlsx_magic(const void *head, size_t n);
/* Opens the workbook in `in` (a seekable stream, not taken) and the sheet
 * named `sheet`, or the first when NULL. `name` is the file's, for
 * messages: util_xlsx_where gives "NAME:SHEET". NULL with *e set (refused,
 * "NAME: ...") when it is not a workbook, a part is too large, or there is
 * no such sheet. */
util_xlsx *util_xlsx_open(FILE *in, const char *name, const char *sheet,
                          util_err *e);
/* The next row that is not empty: 1 with *fields (valid until the next
 * call) and *nfields set — a cell missing between others is "", a date
 * cell is its day as YYYY-MM-DD, a number its shortest exact text, a
 * boolean "true" or "false"; 0 at the end; -1 with *e set
 * ("NAME:SHEET:ROW: reason") on malformed XML or a limit passed. */
int util_xlsx_next(util_xlsx *x, char ***fields, size_t *nfields, util_err *e);
/* The row number (from 1) of the row last returned. */
long util_xlsx_row_number(const util_xlsx *x);
/* "NAME:SHEET", for messages. */
const char *util_xlsx_where(const util_xlsx *x);
/* Compressed bytes of the sheet read so far, and in all (for progress). */
long long util_xlsx_offset(const util_xlsx *x);
void util_xlsx_close(util_xlsx *x);

/* The text of an Excel serial day number (days since 1899-12-30, with the
 * 1900 leap year Excel counts: serial 60 is the nonexistent 1900-02-29)
 * as YYYY-MM-DD, with " HH:MM" when it has a time of day; false when it is
 * outside 1900-01-01..9999-12-31. */
bool util_xlsx_serial_date(double serial, char out[static 32]);
/* The shortest text that reads back as v (integers without a point). */
void util_xlsx_number_text(double v, char out[static 32]);

#endif
