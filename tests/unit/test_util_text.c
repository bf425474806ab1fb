/*
 * test_util_text.c — UTF-8 validation, cleaning, search keys, display
 * width, and the aligned tables built on that width.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "util/util.h"

/* "Nguyễn Văn An", precomposed (NFC) and fully decomposed (NFD). */
#define NAME_NFC "Nguy\xe1\xbb\x85n V\xc4\x83n An"
#define NAME_NFD "Nguye\xcc\x82\xcc\x83n Va\xcc\x86n An"

static void test_utf8_valid(void **state) {
  static const char *const bad[] = {
      "\x80",             /* continuation byte first */
      "\xc3",             /* cut short */
      "\xc3(",            /* bad continuation */
      "\xc0\xaf",         /* overlong '/' */
      "\xc1\xbf",         /* overlong */
      "\xe0\x80\xaf",     /* overlong, 3 bytes */
      "\xf0\x80\x80\xaf", /* overlong, 4 bytes */
      "\xed\xa0\x80",     /* surrogate U+D800 */
      "\xed\xbf\xbf",     /* surrogate U+DFFF */
      "\xf4\x90\x80\x80", /* past U+10FFFF */
      "\xf5\x80\x80\x80", /* lead byte never used */
      "\xff",
      "\xe1\xbb", /* ễ cut short */
  };

  (void)state;
  assert_true(util_utf8_valid("", 0));
  assert_true(util_utf8_valid("abc", 3));
  assert_true(util_utf8_valid(NAME_NFC, strlen(NAME_NFC)));
  assert_true(util_utf8_valid(NAME_NFD, strlen(NAME_NFD)));
  assert_true(util_utf8_valid("\xf0\x9f\x98\x80", 4)); /* U+1F600 */
  assert_true(util_utf8_valid("\xf4\x8f\xbf\xbf", 4)); /* U+10FFFF */
  assert_true(util_utf8_valid("\xed\x9f\xbf", 3));     /* U+D7FF */
  assert_true(util_utf8_valid("\xee\x80\x80", 3));     /* U+E000 */
  assert_true(util_utf8_valid("a\0b", 3));
  /* Only n bytes are looked at. */
  assert_false(util_utf8_valid("\xc3\xa9", 1));
  assert_true(util_utf8_valid("a\xff", 1));
  for (size_t i = 0; i < UTIL_COUNT(bad); i++)
    if (util_utf8_valid(bad[i], strlen(bad[i])))
      fail_msg("bad sequence %zu accepted", i);
}

static void expect_clean(const char *in, const char *want) {
  const char *why = NULL;
  char *got = util_text_clean(in, &why);

  if (!got)
    fail_msg("refused (%s): %s", why, in);
  assert_string_equal(got, want);
  free(got);
}

static void expect_unclean(const char *in, const char *reason) {
  const char *why = NULL;
  char *got = util_text_clean(in, &why);

  if (got)
    fail_msg("accepted: %s", got);
  assert_non_null(why);
  assert_string_equal(why, reason);
}

static void test_clean(void **state) {
  (void)state;
  expect_clean(NAME_NFC, NAME_NFC);
  expect_clean(NAME_NFD, NAME_NFC);
  expect_clean("  " NAME_NFD "  ", NAME_NFC);
  expect_clean("a  b", "a  b");
  expect_clean("", "");
  expect_clean("   ", "");
  /* NBSP, em space, ideographic space, line separator. */
  expect_clean("\xc2\xa0\xe2\x80\x83x\xe3\x80\x80\xe2\x80\xa8", "x");
  expect_clean("\xe2\x80\x80x", "x"); /* U+2000 -> U+2002, still space */
  expect_clean("\xef\xbc\xa1", "\xef\xbc\xa1"); /* NFC keeps fullwidth A */
  expect_clean("\xe1\xba\xa0", "\xe1\xba\xa0"); /* Ạ */
  expect_clean("A\xcc\xa3", "\xe1\xba\xa0");    /* A + dot below */
  /* Marks in non-canonical order are reordered, then composed. */
  expect_clean("a\xcc\x81\xcc\xa3", "\xe1\xba\xa1\xcc\x81");
  expect_clean("a\xcc\xa3\xcc\x81", "\xe1\xba\xa1\xcc\x81");
}

static void test_clean_refuses(void **state) {
  (void)state;
  expect_unclean("a\tb", "control character in text");
  expect_unclean("\t", "control character in text");
  expect_unclean("line\n", "control character in text");
  expect_unclean("a\rb", "control character in text");
  expect_unclean("\x1b[31m", "control character in text");
  expect_unclean("del\x7f", "control character in text");
  expect_unclean("c1\xc2\x85", "control character in text");
  expect_unclean("c1\xc2\x9f", "control character in text");
  expect_unclean("\xff", "invalid UTF-8");
  expect_unclean("ok\xc3", "invalid UTF-8");
  expect_unclean("\xc0\xaf", "invalid UTF-8");
  expect_unclean("\xed\xa0\x80", "invalid UTF-8");
  expect_unclean("\xf4\x90\x80\x80", "invalid UTF-8");
  /* A NULL why is allowed. */
  assert_null(util_text_clean("\xff", NULL));
}

/* Expects the key `fold` gives `in` to be `want`. */
static void expect_key(char *(*fold)(const char *), const char *in,
                       const char *want) {
  char *got = fold(in);

  assert_string_equal(got, want);
  free(got);
}

static void expect_fold(const char *in, const char *want) {
  expect_key(util_text_fold, in, want);
}

static void test_fold(void **state) {
  (void)state;
  expect_fold("Nguy\xe1\xbb\x85n V\xc4\x83n  An", "nguyen van an");
  expect_fold(NAME_NFD, "nguyen van an");
  expect_fold(NAME_NFC, "nguyen van an");
  /* "ĐẶNG THỊ ĐÀO" */
  expect_fold("\xc4\x90\xe1\xba\xb6NG TH\xe1\xbb\x8a \xc4\x90\xc3\x80O",
              "dang thi dao");
  expect_fold("\xc4\x91\xe1\xbb\x97", "do"); /* đỗ */
  expect_fold("  L\xc3\xaa \t\n TH\xe1\xbb\x8a\xc2\xa0H\xe1\xbb\x93ng  ",
              "le thi hong");
  expect_fold("\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3", "abc"); /* fullwidth */
  expect_fold("Stra\xc3\x9f"
              "e",
              "strasse");
  expect_fold("", "");
  expect_fold(" \t ", "");
  /* Punctuation and symbols separate words, like white space. */
  expect_fold("A1-B2", "a1 b2");
  expect_fold("L\xc3\xbd, Th\xe1\xbb\x8b Mai", "ly thi mai"); /* Lý, Thị */
  expect_fold("(Nguy\xe1\xbb\x85n) -- V\xc4\x83n.An!", "nguyen van an");
  expect_fold("\xe2\x80\x9c\xc2\xab"
              "An\xc2\xbb\xe2\x80\x9d",
              "an"); /* “«An»” */
  expect_fold(",.;-", "");
  expect_fold("\xff", ""); /* not UTF-8: no key */
}

static void expect_casefold(const char *in, const char *want) {
  expect_key(util_text_casefold, in, want);
}

static void test_casefold(void **state) {
  (void)state;
  /* 60-QĐ/TW and 60-qđ/tw: Đ is not an ASCII letter. */
  expect_casefold("60-Q\xc4\x90/TW", "60-q\xc4\x91/tw");
  expect_casefold("60-q\xc4\x91/tw", "60-q\xc4\x91/tw");
  /* Marks are kept: QD is another number; NFD input gives the NFC key. */
  expect_casefold("60-QD/TW", "60-qd/tw");
  expect_casefold("\xe1\xba\xa0", "\xe1\xba\xa1"); /* Ạ -> ạ */
  expect_casefold("A\xcc\xa3", "\xe1\xba\xa1");    /* A + dot below */
  expect_casefold("Stra\xc3\x9f"
                  "e",
                  "strasse"); /* full folding */
  expect_casefold("", "");
  expect_casefold("\xff", "\xff"); /* not UTF-8: as it is */
}

static void test_width(void **state) {
  (void)state;
  assert_int_equal(util_text_width(""), 0);
  assert_int_equal(util_text_width("abc"), 3);
  assert_int_equal(util_text_width(NAME_NFC), 13);
  assert_int_equal(util_text_width(NAME_NFD), 13);
  assert_int_equal(util_text_width("\xe6\xbc\xa2\xe5\xad\x97"), 4); /* 漢字 */
  assert_int_equal(util_text_width("\xcc\x81"), 0); /* a lone mark */
  assert_int_equal(util_text_width("a\xffz"), 3);
}

/* Prints the table into a string the test frees. */
static char *print(const util_table *t) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);

  assert_non_null(f);
  util_table_print(t, f);
  assert_int_equal(fclose(f), 0);
  return text;
}

static void test_table(void **state) {
  static const char *const head[] = {"H\xe1\xbb\x8d t\xc3\xaan",
                                     "Tu\xe1\xbb\x95i", "Chi b\xe1\xbb\x99"};
  static const char *const r1[] = {NAME_NFC, "45", "Chi b\xe1\xbb\x99 1"};
  static const char *const r2[] = {NAME_NFD, "7", ""};
  static const char *const r3[] = {"L\xc3\xaa Th\xe1\xbb\x8b B\xc3\xacnh",
                                   "123", "Chi b\xe1\xbb\x99 12"};
  const char *want = "H\xe1\xbb\x8d t\xc3\xaan         Tu\xe1\xbb\x95i"
                     "  Chi b\xe1\xbb\x99\n"
                     "-------------  ----  ---------\n" NAME_NFC
                     "    45  Chi b\xe1\xbb\x99 1\n" NAME_NFD "     7\n"
                     "L\xc3\xaa Th\xe1\xbb\x8b B\xc3\xacnh     123"
                     "  Chi b\xe1\xbb\x99 12\n";
  util_table *t = util_table_new(3, head);
  char *got;

  (void)state;
  util_table_numeric(t, 1);
  assert_int_equal(util_table_rows(t), 0);
  util_table_add(t, r1);
  util_table_add(t, r2);
  util_table_add(t, r3);
  assert_int_equal(util_table_rows(t), 3);
  got = print(t);
  assert_string_equal(got, want);
  free(got);
  util_table_free(t);
}

static void test_table_edges(void **state) {
  static const char *const head[] = {"a", "b"};
  const char *row[] = {NULL, "wide value"};
  const char *more[] = {"x", NULL};
  util_table *t = util_table_new(2, head);
  char *got;

  (void)state;
  got = print(t);
  assert_string_equal(got, "a  b\n-  -\n");
  free(got);
  util_table_add(t, row);
  util_table_add(t, more);
  got = print(t);
  assert_string_equal(got, "a  b\n"
                           "-  ----------\n"
                           "   wide value\n"
                           "x\n");
  free(got);
  util_table_free(t);
  util_table_free(NULL);
}

/* Enough rows to make the table grow its storage several times. */
static void test_table_many_rows(void **state) {
  static const char *const head[] = {"n"};
  util_table *t = util_table_new(1, head);
  char *got;

  (void)state;
  util_table_numeric(t, 0);
  for (int i = 0; i < 1000; i++) {
    char num[16];
    const char *row[] = {num};
    snprintf(num, sizeof num, "%d", i);
    util_table_add(t, row);
  }
  assert_int_equal(util_table_rows(t), 1000);
  got = print(t);
  assert_non_null(strstr(got, "  n\n---\n  0\n  1\n"));
  assert_non_null(strstr(got, "\n999\n"));
  free(got);
  util_table_free(t);
}

/* Values quoted in messages: control characters and bytes that are not
 * UTF-8 shown, long values cut at 60 characters with an ellipsis. */
static void test_quote(void **state) {
  (void)state;
  assert_string_equal(util_quote("Hà Tĩnh").s, "Hà Tĩnh");
  assert_string_equal(util_quote("").s, "");
  assert_string_equal(util_quote(NULL).s, "");
  assert_string_equal(util_quote("X\x1b[31mY").s, "X\\x1b[31mY");
  assert_string_equal(util_quote("a\nb\tc\x7f").s, "a\\x0ab\\x09c\\x7f");
  assert_string_equal(util_quote("a\xff"
                                 "b")
                          .s,
                      "a\\xffb");
  /* U+0085, a C1 control: both its bytes. */
  assert_string_equal(util_quote("a\xc2\x85"
                                 "b")
                          .s,
                      "a\\xc2\\x85b");
  char *big = malloc(100001);
  memset(big, 'A', 100000);
  big[100000] = '\0';
  char want[80];
  memset(want, 'A', 60);
  strcpy(want + 60, "\u2026");
  assert_string_equal(util_quote(big).s, want);
  /* Exactly 60 characters: not cut. */
  big[60] = '\0';
  want[60] = '\0';
  assert_string_equal(util_quote(big).s, want);
  /* Cut by characters, not bytes, and never inside one. */
  util_buf b = {0};
  for (int i = 0; i < 100; i++)
    util_buf_puts(&b, "ễ");
  util_quoted q = util_quote(b.data);
  assert_true(util_utf8_valid(q.s, strlen(q.s)));
  assert_int_equal(strlen(q.s), 60 * 3 + 3);
  /* The worst case fits: 60 control characters of two bytes each. */
  util_buf_reset(&b);
  for (int i = 0; i < 100; i++)
    util_buf_puts(&b, "\xc2\x9b");
  q = util_quote(b.data);
  assert_int_equal(strlen(q.s), 60 * 8 + 3);
  util_buf_free(&b);
  free(big);
}

/* A message never carries a raw control character but the newline, even
 * where a value was not quoted. */
static void test_fail_escapes_controls(void **state) {
  util_err e = {0};
  (void)state;
  util_fail(&e, UTIL_REFUSED, "name: %s: no such thing\nsecond line",
            "a\x1b[2Jb\rc");
  assert_string_equal(e.msg,
                      "name: a\\x1b[2Jb\\x0dc: no such thing\nsecond line");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_utf8_valid),
      cmocka_unit_test(test_quote),
      cmocka_unit_test(test_fail_escapes_controls),
      cmocka_unit_test(test_clean),
      cmocka_unit_test(test_clean_refuses),
      cmocka_unit_test(test_fold),
      cmocka_unit_test(test_casefold),
      cmocka_unit_test(test_width),
      cmocka_unit_test(test_table),
      cmocka_unit_test(test_table_edges),
      cmocka_unit_test(test_table_many_rows),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
