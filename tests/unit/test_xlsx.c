/*
 * test_xlsx.c — workbooks written by util/xlsx_write.c and read back
 * through the CSV reader's interface (util_csv on a workbook): typed cells
 * come back as the text they were written from, empty cells and rows as
 * CSV's, the sheet chosen by name; Excel's serial dates (its 1900 leap
 * year) and numbers' shortest exact text; what the writer refuses.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "util/xlsx.h"

#define NAME_NFC "Nguy\xe1\xbb\x85n V\xc4\x83n An"

static const char *tmpdir(void) {
  const char *d = getenv("TMPDIR");
  return d && *d ? d : "/tmp";
}

static void test_serial_dates(void **state) {
  (void)state;
  char out[32];
  assert_true(util_xlsx_serial_date(1, out));
  assert_string_equal(out, "1900-01-01");
  assert_true(util_xlsx_serial_date(59, out));
  assert_string_equal(out, "1900-02-28");
  /* Excel's 1900-02-29, a day that never was. */
  assert_false(util_xlsx_serial_date(60, out));
  assert_true(util_xlsx_serial_date(61, out));
  assert_string_equal(out, "1900-03-01");
  assert_true(util_xlsx_serial_date(45000, out));
  assert_string_equal(out, "2023-03-15");
  assert_true(util_xlsx_serial_date(45000.5, out));
  assert_string_equal(out, "2023-03-15 12:00");
  assert_true(util_xlsx_serial_date(2958465, out));
  assert_string_equal(out, "9999-12-31");
  assert_false(util_xlsx_serial_date(2958466, out));
  assert_false(util_xlsx_serial_date(0, out));
  assert_false(util_xlsx_serial_date(-1, out));
}

static void test_number_text(void **state) {
  (void)state;
  char out[32];
  util_xlsx_number_text(48007919, out);
  assert_string_equal(out, "48007919");
  util_xlsx_number_text(-5, out);
  assert_string_equal(out, "-5");
  util_xlsx_number_text(87.5, out);
  assert_string_equal(out, "87.5");
  util_xlsx_number_text(0.1, out);
  assert_string_equal(out, "0.1");
  util_xlsx_number_text(1.0 / 3, out);
  assert_true(strtod(out, NULL) == 1.0 / 3);
  util_xlsx_number_text(1e20, out);
  assert_true(strtod(out, NULL) == 1e20);
}

static void test_magic(void **state) {
  (void)state;
  assert_true(util_xlsx_magic("PK\3\4rest", 8));
  assert_false(util_xlsx_magic("PK\3", 3));
  assert_false(util_xlsx_magic("name,born", 9));
}

/* Reads every record as "LINE:[field]...\n", then "ERR message" if the
 * reader failed; `where` gets the reader's name. Frees nothing of f. */
static char *read_all(FILE *f, const char *name, const char *sheet,
                      char where[64]) {
  util_csv *r = util_csv_open(f, name);
  util_csv_sheet(r, sheet);
  util_buf out = {0};
  char **fields;
  size_t n;
  util_err e = {0};
  int rc;
  while ((rc = util_csv_next(r, &fields, &n, &e)) == 1) {
    util_buf_printf(&out, "%ld:", util_csv_line(r));
    for (size_t i = 0; i < n; i++)
      util_buf_printf(&out, "[%s]", fields[i]);
    util_buf_puts(&out, "\n");
  }
  if (rc < 0)
    util_buf_printf(&out, "ERR %s", e.msg);
  snprintf(where, 64, "%s", util_csv_name(r));
  util_csv_close(r);
  return util_buf_take(&out);
}

static const char *const cols[] = {"name", "born", "score", "note"};
static const enum util_xlsx_kind kinds[] = {UTIL_XLSX_TEXT, UTIL_XLSX_DATE,
                                            UTIL_XLSX_NUMBER, UTIL_XLSX_TEXT};

/* A workbook of two sheets, "members" and "other", in a temporary file. */
static FILE *two_sheets(void) {
  util_err e = {0};
  util_xlsx_book *b = util_xlsx_book_new(tmpdir(), &e);
  assert_non_null(b);
  util_xlsx_sheet *s = util_xlsx_sheet_new(b, "members", 4, cols, kinds);
  const char *rows[][4] = {
      {NAME_NFC, "1990-02-03", "87.5", ""},
      {"", "2001-12-31", "", "a, \"quoted\"\nline"},
      {NULL, NULL, NULL, NULL}, /* an empty row: skipped */
      {"B", "unknown", "12x", "0042"},
  };
  for (size_t i = 0; i < 4; i++)
    util_xlsx_row(s, rows[i]);
  s = util_xlsx_sheet_new(b, "other", 1, cols, NULL);
  util_xlsx_row(s, (const char *const[]){"only"});
  FILE *f = tmpfile();
  assert_non_null(f);
  assert_int_equal(util_xlsx_book_end(b, f, &e), 0);
  rewind(f);
  return f;
}

static void test_round_trip(void **state) {
  (void)state;
  FILE *f = two_sheets();
  char where[64];
  char *got = read_all(f, "in.xlsx", NULL, where);
  /* Dates come back from their serial numbers, numbers as their text,
   * the rest as written; row 4 (empty) is skipped, row numbers kept. */
  assert_string_equal(got, "1:[name][born][score][note]\n"
                           "2:[" NAME_NFC "][1990-02-03][87.5]\n"
                           "3:[][2001-12-31][][a, \"quoted\"\nline]\n"
                           "5:[B][unknown][12x][0042]\n");
  assert_string_equal(where, "in.xlsx:members");
  free(got);
  rewind(f);
  got = read_all(f, "in.xlsx", "other", where);
  assert_string_equal(got, "1:[name]\n2:[only]\n");
  assert_string_equal(where, "in.xlsx:other");
  free(got);
  rewind(f);
  got = read_all(f, "in.xlsx", "nope", where);
  assert_string_equal(got, "ERR in.xlsx: sheet: nope: no such sheet (the "
                           "sheets are members, other)");
  free(got);
  fclose(f);
}

static void test_not_a_workbook(void **state) {
  (void)state;
  char where[64];
  FILE *f = tmpfile();
  fputs("name\nA\n", f);
  rewind(f);
  char *got = read_all(f, "in.XLSX", NULL, where);
  assert_string_equal(got,
                      "ERR in.XLSX: not an xlsx file: it is not a zip archive");
  free(got);
  rewind(f);
  got = read_all(f, "in.csv", "members", where);
  assert_string_equal(got, "ERR in.csv: sheet: members: only an xlsx file has "
                           "sheets, this is CSV");
  free(got);
  rewind(f);
  got = read_all(f, "in.csv", NULL, where);
  assert_string_equal(got, "1:[name]\n2:[A]\n");
  free(got);
  fclose(f);
  /* The zip's magic, then nothing of a zip. */
  f = tmpfile();
  fputs("PK\3\4 and no more", f);
  rewind(f);
  got = read_all(f, "in.csv", NULL, where);
  assert_string_equal(
      got, "ERR in.csv: not an xlsx file: the zip archive is corrupt");
  free(got);
  fclose(f);
}

static void test_write_refused(void **state) {
  (void)state;
  util_err e = {0};
  util_xlsx_book *b = util_xlsx_book_new(tmpdir(), &e);
  util_xlsx_sheet *s = util_xlsx_sheet_new(b, "long", 1, cols, NULL);
  char *text = util_xmalloc(40000);
  memset(text, 'a', 39999);
  text[39999] = 0;
  util_xlsx_row(s, (const char *const[]){text});
  FILE *f = tmpfile();
  assert_int_equal(util_xlsx_book_end(b, f, &e), -1);
  assert_string_equal(e.msg,
                      "xlsx: row 2, column 1: a cell holds at most 32767 "
                      "characters");
  /* Nothing is written of a workbook refused. */
  assert_int_equal(ftell(f), 0);
  fclose(f);
  free(text);
  b = util_xlsx_book_new("/nonexistent/dir", &e);
  assert_null(b);
  assert_non_null(strstr(e.msg, "cannot create a temporary file in "
                                "/nonexistent/dir"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_serial_dates),
      cmocka_unit_test(test_number_text),
      cmocka_unit_test(test_magic),
      cmocka_unit_test(test_round_trip),
      cmocka_unit_test(test_not_a_workbook),
      cmocka_unit_test(test_write_refused),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
