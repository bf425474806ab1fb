/*
 * test_util_csv.c — the CSV reader on what spreadsheets and people
 * produce (quotes, line breaks in fields, CRLF, a byte order mark, blank
 * lines), the exact messages for malformed input, and the writer.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "util/util.h"

#define NAME_NFC "Nguy\xe1\xbb\x85n V\xc4\x83n An"
#define STRICT "a quote inside a field must be doubled and the field quoted"

/* Reads every record of `len` bytes of input and describes them as
 * "LINE:[field][field]\n" per record, then "ERR code: message\n" if the
 * reader failed. The caller frees the result. */
static char *read_all_n(const char *input, size_t len) {
  char *copy = util_xmalloc(len + 1);
  FILE *f;
  util_csv *r;
  util_buf out = {0};
  char **fields;
  size_t n;
  util_err e = {0};
  int rc;

  memcpy(copy, input, len);
  f = fmemopen(copy, len, "r");
  assert_non_null(f);
  r = util_csv_open(f, "in.csv");
  while ((rc = util_csv_next(r, &fields, &n, &e)) == 1) {
    util_buf_printf(&out, "%ld:", util_csv_line(r));
    for (size_t i = 0; i < n; i++)
      util_buf_printf(&out, "[%s]", fields[i]);
    util_buf_putc(&out, '\n');
  }
  if (rc < 0) {
    util_buf_printf(&out, "ERR %d: %s\n", e.code, e.msg);
    /* A failed reader stays failed. */
    assert_int_equal(util_csv_next(r, &fields, &n, &e), -1);
  } else {
    assert_int_equal(util_csv_offset(r), (long long)len);
    assert_int_equal(util_csv_next(r, &fields, &n, &e), 0);
  }
  util_csv_close(r);
  fclose(f);
  free(copy);
  return util_buf_take(&out);
}

static void expect_read(const char *input, const char *want) {
  char *got = read_all_n(input, strlen(input));

  assert_string_equal(got, want);
  free(got);
}

static void test_simple(void **state) {
  (void)state;
  expect_read("a,b,c\n1,2,3\n", "1:[a][b][c]\n2:[1][2][3]\n");
  expect_read("", "");
  expect_read("x", "1:[x]\n");
  expect_read(NAME_NFC ",45\n", "1:[" NAME_NFC "][45]\n");
}

static void test_quoted(void **state) {
  (void)state;
  expect_read("\"a,b\",c\n", "1:[a,b][c]\n");
  expect_read("\"he said \"\"hi\"\"\",x\n", "1:[he said \"hi\"][x]\n");
  expect_read("\"\"\"\"\n", "1:[\"]\n");
  expect_read("a,\"\"\n", "1:[a][]\n");
}

static void test_line_breaks_in_fields(void **state) {
  (void)state;
  expect_read("id,note\n1,\"line one\nline two\"\n2,x\n",
              "1:[id][note]\n2:[1][line one\nline two]\n4:[2][x]\n");
  /* An empty line inside a quoted field belongs to it. */
  expect_read("\"a\n\nb\",c\nd\n", "1:[a\n\nb][c]\n4:[d]\n");
  expect_read("x,\"\n\n\n\"\n", "1:[x][\n\n\n]\n");
}

static void test_crlf(void **state) {
  (void)state;
  expect_read("a,b\r\nc,d\r\n", "1:[a][b]\n2:[c][d]\n");
  expect_read("\"q\"\r\n", "1:[q]\n");
  /* Inside a quoted field the line break is read as LF. */
  expect_read("\"x\r\ny\",z\r\n", "1:[x\ny][z]\n");
  expect_read("a,b\r", "1:[a][b]\n");
  /* A CR that does not end a line is data. */
  expect_read("a\rb\n", "1:[a\rb]\n");
}

static void test_bom(void **state) {
  (void)state;
  expect_read("\xef\xbb\xbfname,age\nAn,3\n", "1:[name][age]\n2:[An][3]\n");
  expect_read("\xef\xbb\xbf\"q\"\n", "1:[q]\n");
  expect_read("\xef\xbb\xbf", "");
  expect_read("\xef\xbb\xbf\n\nx\n", "3:[x]\n");
  /* Only at the very start. */
  expect_read("a\n\xef\xbb\xbf"
              "b\n",
              "1:[a]\n2:[\xef\xbb\xbf"
              "b]\n");
}

static void test_empty_fields_and_lines(void **state) {
  (void)state;
  expect_read(",,\n\"\",x,\n", "1:[][][]\n2:[][x][]\n");
  expect_read("\n\na\n\r\n\nb\n", "3:[a]\n6:[b]\n");
  expect_read("a\n\n", "1:[a]\n");
  expect_read("a\nb", "1:[a]\n2:[b]\n");
  expect_read("\n\n\n", "");
  /* Spaces are data, not padding. */
  expect_read(" a , b \n \n", "1:[ a ][ b ]\n2:[ ]\n");
}

static void test_malformed(void **state) {
  (void)state;
  expect_read("a\"b,c\n", "ERR 1: in.csv:1: malformed CSV: " STRICT "\n");
  expect_read("ok\nx,a\"b\n",
              "1:[ok]\nERR 1: in.csv:2: malformed CSV: " STRICT "\n");
  expect_read("\"a\"b\n", "ERR 1: in.csv:1: malformed CSV: " STRICT "\n");
  expect_read("\"a\" ,b\n", "ERR 1: in.csv:1: malformed CSV: " STRICT "\n");
  expect_read(" \"a\"\n", "ERR 1: in.csv:1: malformed CSV: " STRICT "\n");
  /* The error names the line it is on, not where the record began. */
  expect_read("\"a\nb\"c\n", "ERR 1: in.csv:2: malformed CSV: " STRICT "\n");
}

/* After a quote error, which field it was and its text on the line. */
static void expect_bad_field(const char *input, int field, const char *raw) {
  FILE *in = fmemopen((void *)(uintptr_t)input, strlen(input), "r");
  util_csv *r = util_csv_open(in, "in.csv");
  char **fields;
  size_t n;
  util_err e = {0};
  const char *got;

  while (util_csv_next(r, &fields, &n, &e) == 1)
    ;
  assert_int_equal(util_csv_bad_field(r, &got), field);
  assert_string_equal(got, raw);
  util_csv_close(r);
  fclose(in);
}

static void test_bad_field(void **state) {
  (void)state;
  expect_bad_field("a\"b,c\n", 0, "a\"b");
  expect_bad_field("ok\nx,a\"b,z\n", 1, "a\"b");
  expect_bad_field("x,y,\"Bad\"Quote,1980\n", 2, "\"Bad\"Quote");
}

static void test_unterminated(void **state) {
  (void)state;
  expect_read("a,b\n\"open,\nmore\n",
              "1:[a][b]\n"
              "ERR 1: in.csv:2: malformed CSV: unterminated quoted field\n");
  expect_read("\"", "ERR 1: in.csv:1: malformed CSV: "
                    "unterminated quoted field\n");
  expect_read("x,\"abc", "ERR 1: in.csv:1: malformed CSV: "
                         "unterminated quoted field\n");
}

static void test_nul_byte(void **state) {
  char *got;

  (void)state;
  got = read_all_n("a\nb\0c\n", 6);
  assert_string_equal(got, "1:[a]\nERR 1: in.csv:2: malformed CSV: "
                           "NUL byte in line\n");
  free(got);
}

static void test_read_error(void **state) {
  FILE *f = fopen("/dev/null", "w");
  util_csv *r;
  char **fields;
  size_t n;
  util_err e = {0};

  (void)state;
  assert_non_null(f);
  r = util_csv_open(f, "out.csv");
  assert_int_equal(util_csv_next(r, &fields, &n, &e), -1);
  assert_int_equal(e.code, UTIL_SYSTEM);
  assert_string_equal(e.msg, "out.csv:1: Bad file descriptor");
  util_csv_close(r);
  fclose(f);
  util_csv_close(NULL);
}

/* Fields longer than libcsv's block and records wider than the reader's
 * first allocation. */
static void test_large(void **state) {
  util_buf in = {0};
  util_buf want = {0};
  char *got;

  (void)state;
  util_buf_puts(&in, "\"");
  for (int i = 0; i < 5000; i++)
    util_buf_puts(&in, "\xc4\x91\"\",");
  util_buf_puts(&in, "\"");
  for (int i = 0; i < 100; i++)
    util_buf_printf(&in, ",%d", i);
  util_buf_puts(&in, "\nend\n");
  util_buf_puts(&want, "1:[");
  for (int i = 0; i < 5000; i++)
    util_buf_puts(&want, "\xc4\x91\",");
  util_buf_puts(&want, "]");
  for (int i = 0; i < 100; i++)
    util_buf_printf(&want, "[%d]", i);
  util_buf_puts(&want, "\n2:[end]\n");
  got = read_all_n(in.data, in.len);
  assert_string_equal(got, want.data);
  free(got);
  util_buf_free(&in);
  util_buf_free(&want);
}

static void test_offset(void **state) {
  char input[] = "\xef\xbb\xbf"
                 "a,b\r\n\n\"c\nd\"\n";
  FILE *f = fmemopen(input, strlen(input), "r");
  util_csv *r = util_csv_open(f, "x");
  char **fields;
  size_t n;
  util_err e = {0};

  (void)state;
  assert_int_equal(util_csv_offset(r), 0);
  assert_int_equal(util_csv_next(r, &fields, &n, &e), 1);
  assert_int_equal(util_csv_offset(r), 8);
  assert_int_equal(util_csv_line(r), 1);
  assert_int_equal(util_csv_next(r, &fields, &n, &e), 1);
  assert_int_equal(util_csv_offset(r), 15);
  assert_int_equal(util_csv_line(r), 3);
  assert_int_equal(n, 1);
  assert_string_equal(fields[0], "c\nd");
  assert_int_equal(util_csv_next(r, &fields, &n, &e), 0);
  util_csv_close(r);
  fclose(f);
}

static void expect_field(const char *value, const char *want) {
  util_buf b = {0};

  util_csv_field(&b, value);
  util_buf_putc(&b, '|');
  assert_string_equal(b.data, want);
  util_buf_free(&b);
}

static void test_write(void **state) {
  static const char *const rec[] = {"a", "", NULL, "b,c", NAME_NFC};
  static const char *const empty[] = {""};
  util_buf b = {0};

  (void)state;
  expect_field("plain", "plain|");
  expect_field(NAME_NFC, NAME_NFC "|");
  expect_field(" spaced ", " spaced |");
  expect_field("", "|");
  expect_field(NULL, "|");
  expect_field("a,b", "\"a,b\"|");
  expect_field("say \"hi\"", "\"say \"\"hi\"\"\"|");
  expect_field("\"", "\"\"\"\"|");
  expect_field("a\nb", "\"a\nb\"|");
  expect_field("a\rb", "\"a\rb\"|");
  util_csv_record(&b, rec, UTIL_COUNT(rec));
  assert_string_equal(b.data, "a,,,\"b,c\"," NAME_NFC "\r\n");
  util_buf_reset(&b);
  util_csv_record(&b, empty, 1);
  assert_string_equal(b.data, "\"\"\r\n");
  util_buf_reset(&b);
  util_csv_record(&b, rec, 0);
  assert_string_equal(b.data, "\r\n");
  util_buf_free(&b);
}

static void test_round_trip(void **state) {
  static const char *const values[] = {
      NAME_NFC,
      "\xc4\x90\xe1\xba\xb6NG TH\xe1\xbb\x8a \xc4\x90\xc3\x80O",
      "say \"hi\"",
      "a,b",
      "line one\nline two",
      "",
      " spaced ",
      "\"",
      ",",
      "\n",
      "\"\",\"\"",
      "trailing,\n",
  };
  static const char *const lone[] = {""};
  util_buf out = {0};
  FILE *f;
  util_csv *r;
  char **fields;
  size_t n;
  util_err e = {0};

  (void)state;
  util_csv_record(&out, values, UTIL_COUNT(values));
  util_csv_record(&out, lone, 1);
  util_csv_record(&out, values + 2, 1);
  f = fmemopen(out.data, out.len, "r");
  r = util_csv_open(f, "rt.csv");
  assert_int_equal(util_csv_next(r, &fields, &n, &e), 1);
  assert_int_equal(n, UTIL_COUNT(values));
  for (size_t i = 0; i < n; i++)
    assert_string_equal(fields[i], values[i]);
  assert_int_equal(util_csv_next(r, &fields, &n, &e), 1);
  assert_int_equal(util_csv_line(r), 5);
  assert_int_equal(n, 1);
  assert_string_equal(fields[0], "");
  assert_int_equal(util_csv_next(r, &fields, &n, &e), 1);
  assert_int_equal(n, 1);
  assert_string_equal(fields[0], values[2]);
  assert_int_equal(util_csv_next(r, &fields, &n, &e), 0);
  assert_int_equal(util_csv_offset(r), (long long)out.len);
  util_csv_close(r);
  fclose(f);
  util_buf_free(&out);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_simple),
      cmocka_unit_test(test_quoted),
      cmocka_unit_test(test_line_breaks_in_fields),
      cmocka_unit_test(test_crlf),
      cmocka_unit_test(test_bom),
      cmocka_unit_test(test_empty_fields_and_lines),
      cmocka_unit_test(test_bad_field),
      cmocka_unit_test(test_malformed),
      cmocka_unit_test(test_unterminated),
      cmocka_unit_test(test_nul_byte),
      cmocka_unit_test(test_read_error),
      cmocka_unit_test(test_large),
      cmocka_unit_test(test_offset),
      cmocka_unit_test(test_write),
      cmocka_unit_test(test_round_trip),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
