/*
 * test_lang.c — message catalogs (util/lang.h): tags, lookups, plural
 * rules, contexts, Accept-Language, errors written in a language, and
 * .mo files that are malformed or in the other byte order.
 *
 * This program links the catalogs of every po/TAG.po and of the fixture
 * unit/po/zz.po (tests/CMakeLists.txt): zz is found by its tag like any
 * language, though no code names it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util/embed.h"
#include "util/lang.h"

extern const struct util_embedded util_lang_catalogs[];

static const char YEAR[] = "year: %s: a year is four digits (YYYY)";

/* The .mo file of `tag` as the build embedded it. */
static const struct util_embedded *mo_file(const char *tag) {
  char name[32];
  snprintf(name, sizeof name, "%s.mo", tag);
  for (const struct util_embedded *f = util_lang_catalogs; f->name; f++)
    if (strcmp(f->name, name) == 0)
      return f;
  fail_msg("no embedded %s", name);
  return NULL;
}

static void test_find_tags(void **state) {
  (void)state;
  const util_lang *en = util_lang_find("en"), *zz = util_lang_find("zz");
  assert_non_null(en);
  assert_non_null(zz);
  assert_ptr_not_equal(en, zz);
  const char *en_tags[] = {"EN", "en-US", "en_GB.UTF-8", "en_US@euro", "En"};
  for (size_t i = 0; i < UTIL_COUNT(en_tags); i++)
    assert_ptr_equal(util_lang_find(en_tags[i]), en);
  const char *zz_tags[] = {"ZZ", "zz-PL", "zz_PL.UTF-8", "zz.UTF-8"};
  for (size_t i = 0; i < UTIL_COUNT(zz_tags); i++)
    assert_ptr_equal(util_lang_find(zz_tags[i]), zz);
  const char *none[] = {"C",   "POSIX", "",    "xx",          "C.UTF-8",
                        "-vi", "e n",   "123", "verylongname"};
  for (size_t i = 0; i < UTIL_COUNT(none); i++)
    assert_null(util_lang_find(none[i]));
  assert_null(util_lang_find(NULL));
  assert_string_equal(util_lang_tag(en), "en");
  assert_string_equal(util_lang_tag(zz), "zz");
  assert_string_equal(util_lang_tag(NULL), "en");
  assert_null(util_lang_problem("zz"));
  assert_null(util_lang_problem("xx"));

  util_buf list = {0};
  util_lang_list(&list);
  assert_non_null(strstr(list.data, "en"));
  assert_non_null(strstr(list.data, "zz"));
  util_buf_free(&list);
}

/* Every catalog the build embeds loads (every po/TAG.po as it is merged: vi,
 * hi, ...), and its plural rule gives a form it has for every n. */
static void test_every_catalog_loads(void **state) {
  (void)state;
  size_t n = 0;
  for (const struct util_embedded *f = util_lang_catalogs; f->name; f++) {
    char tag[16];
    snprintf(tag, sizeof tag, "%.*s", (int)strcspn(f->name, "."), f->name);
    if (util_lang_problem(tag))
      fail_msg("%s", util_lang_problem(tag));
    const util_lang *l = util_lang_find(tag);
    assert_non_null(l);
    assert_string_equal(util_lang_tag(l), tag);
    util_err e = {0};
    util_lang *again = util_lang_load(f->name, tag, f->data, f->size, &e);
    assert_non_null(again);
    for (unsigned long k = 0; k < 1000; k++)
      if (util_lang_form(again, k) >= util_lang_nplurals(again))
        fail_msg("%s: n=%lu gives form %lu of %lu", f->name, k,
                 util_lang_form(again, k), util_lang_nplurals(again));
    util_lang_free(again);
    n++;
  }
  assert_true(n >= 2); /* en and the fixture at least */
  assert_int_equal(util_lang_nplurals(util_lang_find("zz")), 3);
  assert_int_equal(util_lang_nplurals(NULL), 2);
  assert_int_equal(util_lang_form(NULL, 1), 0);
  assert_int_equal(util_lang_form(NULL, 7), 1);
}

static void test_lookup(void **state) {
  (void)state;
  const util_lang *en = util_lang_find("en"), *zz = util_lang_find("zz");
  assert_string_equal(util_tr(zz, YEAR), "year: %s: ZZ rok ma cztery cyfry");
  /* English's catalog says what the source says. */
  assert_string_equal(util_tr(en, YEAR), YEAR);
  const char *absent = "no catalog has this";
  assert_ptr_equal(util_tr(zz, absent), absent);
  assert_ptr_equal(util_tr(NULL, YEAR), YEAR);
  /* The header is the entry of "", never its translation. */
  assert_string_equal(util_tr(zz, ""), "");
  /* Fuzzy and untranslated entries are not translations. */
  assert_string_equal(util_tr(zz, "a fuzzy entry"), "a fuzzy entry");
  assert_string_equal(util_tr(zz, "an untranslated entry"),
                      "an untranslated entry");
}

static void test_context(void **state) {
  (void)state;
  const util_lang *zz = util_lang_find("zz");
  assert_string_equal(util_trc(zz, "kind", "cell"), "komórka");
  assert_string_equal(util_tr(zz, "cell"), "cela");
  assert_string_equal(util_trc(zz, "status", "cell"), "cell");
  assert_string_equal(util_trc(NULL, "kind", "cell"), "cell");
  /* A context longer than the key's buffer on the stack. */
  char ctx[600];
  memset(ctx, 'k', sizeof ctx - 1);
  ctx[sizeof ctx - 1] = 0;
  assert_string_equal(util_trc(zz, ctx, "cell"), "cell");
}

/* The prose form of large numbers: the catalog's units (util_lang_prose). */
static void prose_is(const util_lang *l, int64_t n, const char *want,
                     bool exact) {
  util_buf b = {0};
  bool got = util_lang_prose(l, n, &b);
  assert_string_equal(b.data, want);
  assert_true(got == exact);
  util_buf_free(&b);
}

static void test_prose_units(void **state) {
  (void)state;
  const util_lang *zz = util_lang_find("zz"), *hi = util_lang_find("hi"),
                  *vi = util_lang_find("vi");
  prose_is(NULL, 17407000000, "17 billion", false);
  prose_is(NULL, 2500000, "2.5 million", true);
  prose_is(NULL, 999999, "999,999", true);
  prose_is(vi, 2534000, "2,5 triệu", false);
  /* Hindi: crores (10^7) and lakhs (10^5). */
  prose_is(hi, 17407000000, "1,740 करोड़", false);
  prose_is(hi, 250000, "2.5 लाख", true);
  prose_is(hi, 99999, "99,999", true);
  /* The fixture's myriads: 10^8 and 10^4. */
  prose_is(zz, 123456789, "1.2 yi", false);
  prose_is(zz, 50000, "5 wan", true);
  prose_is(zz, 120000, "12 wan", true);
  prose_is(zz, 9999, "9,999", true);
}

/* An entry found by its context alone, with its msgid (util_trk). */
static void test_context_only(void **state) {
  (void)state;
  const util_lang *zz = util_lang_find("zz");
  const char *english = NULL;
  assert_string_equal(util_trk(zz, "kind", &english), "komórka");
  assert_string_equal(english, "cell");
  /* A context that begins another ("kin"), none, no catalog. */
  assert_null(util_trk(zz, "kin", &english));
  assert_null(util_trk(zz, "kinds", &english));
  assert_null(util_trk(zz, "status", &english));
  assert_null(util_trk(NULL, "kind", &english));
  /* The catalogs' web texts: the key a context, the English its msgid. */
  const util_lang *vi = util_lang_find("vi");
  assert_non_null(util_trk(vi, "gender.female", &english));
  assert_string_equal(english, "female");
}

/* Polish's rule, as the fixture's Plural-Forms says it, in C. */
static unsigned long polish(unsigned long n) {
  return n == 1                                                          ? 0
         : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1
                                                                         : 2;
}

static void test_plural_catalogs(void **state) {
  (void)state;
  const util_lang *en = util_lang_find("en"), *zz = util_lang_find("zz");
  const char *forms[] = {"%d członek", "%d członkowie", "%d członków"};
  for (unsigned long n = 0; n < 300; n++) {
    assert_string_equal(util_trn(zz, "%d member", "%d members", n),
                        forms[polish(n)]);
    assert_string_equal(util_trn(en, "%d member", "%d members", n),
                        n == 1 ? "%d member" : "%d members");
    assert_string_equal(util_trn(NULL, "%d member", "%d members", n),
                        n == 1 ? "%d member" : "%d members");
  }
  assert_string_equal(util_trn(zz, "an organisation", "organisations", 5),
                      "organisations");
}

/* Rules of Plural-Forms (gettext's manual, "Plural forms") and the same
 * rule in C, compared for n from 0 to 1200. */
static unsigned long r_vi(unsigned long n) {
  (void)n;
  return 0;
}
static unsigned long r_en(unsigned long n) {
  return n != 1;
}
static unsigned long r_hi(unsigned long n) {
  return n != 1;
}
static unsigned long r_fr(unsigned long n) {
  return n > 1;
}
static unsigned long r_ru(unsigned long n) {
  return n % 10 == 1 && n % 100 != 11                                    ? 0
         : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1
                                                                         : 2;
}
static unsigned long r_ar(unsigned long n) {
  return n == 0                          ? 0
         : n == 1                        ? 1
         : n == 2                        ? 2
         : n % 100 >= 3 && n % 100 <= 10 ? 3
         : n % 100 >= 11                 ? 4
                                         : 5;
}
static unsigned long r_ga(unsigned long n) {
  return n == 1              ? 0
         : n == 2            ? 1
         : (n > 2 && n < 7)  ? 2
         : (n > 6 && n < 11) ? 3
                             : 4;
}
static unsigned long r_arith(unsigned long n) {
  return (n * 3 + 7) / 2 - n % 5 + !n; /* (n / 0 + 0) * 0 adds nothing */
}

static void test_plural_rules(void **state) {
  (void)state;
  static const struct {
    const char *expr;
    unsigned long (*c)(unsigned long);
  } rules[] = {
      {"0;", r_vi},
      {"(n != 1);", r_en},
      {"(n != 1)", r_hi},
      {"(n > 1)", r_fr},
      {"(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || "
       "n%100>=20) ? 1 : 2);",
       r_ru},
      {"(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
       "n%100>=11 ? 4 : 5);",
       r_ar},
      {"n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4;", r_ga},
      /* Arithmetic, with a division by zero that gives 0. */
      {" ( n * 3 + 7 ) / 2 - n % 5 + (n / 0 + 0) * 0 + !n ", r_arith},
  };
  util_plural_rule r;
  const char *why = NULL;
  for (size_t i = 0; i < UTIL_COUNT(rules); i++) {
    if (util_plural_compile(rules[i].expr, &r, &why))
      fail_msg("%s: %s", rules[i].expr, why);
    for (unsigned long n = 0; n <= 1200; n++)
      if (util_plural_eval(&r, n) != rules[i].c(n))
        fail_msg("%s: n=%lu gives %lu, not %lu", rules[i].expr, n,
                 util_plural_eval(&r, n), rules[i].c(n));
  }
  /* Precedence and associativity as in C. */
  assert_int_equal(util_plural_compile("10 - 4 - 3", &r, &why), 0);
  assert_int_equal(util_plural_eval(&r, 0), 3);
  assert_int_equal(util_plural_compile("1 + 2 * 3 == 7 && 1 || 0", &r, &why),
                   0);
  assert_int_equal(util_plural_eval(&r, 0), 1);
  assert_int_equal(util_plural_compile("n < 2 ? 0 : n <= 4 ? 1 : 2", &r, &why),
                   0);
  assert_int_equal(util_plural_eval(&r, 4), 1);
  assert_int_equal(util_plural_eval(&r, 5), 2);
}

static void test_plural_malformed(void **state) {
  (void)state;
  static const struct {
    const char *expr, *why;
  } bad[] = {
      {"", "the rule ends too soon"},
      {"n ==", "the rule ends too soon"},
      {"(n != 1", "a '(' without its ')'"},
      {"n ? 1", "a '?' without its ':'"},
      {"n ? 1 : ", "the rule ends too soon"},
      {"x", "an unexpected character"},
      {"n 1", "an unexpected character"},
      {"n = 1", "an unexpected character"},
  };
  util_plural_rule r;
  for (size_t i = 0; i < UTIL_COUNT(bad); i++) {
    const char *why = NULL;
    assert_int_equal(util_plural_compile(bad[i].expr, &r, &why), -1);
    assert_string_equal(why, bad[i].why);
  }
  /* Too deep, or too long, for the fixed tree: refused, not overrun. */
  char deep[400], longer[2000];
  memset(deep, '(', 200);
  strcpy(deep + 200, "n");
  const char *why = NULL;
  assert_int_equal(util_plural_compile(deep, &r, &why), -1);
  assert_string_equal(why, "the rule nests too deeply");
  longer[0] = 0;
  for (int i = 0; i < 200; i++)
    strcat(longer, "n+");
  strcat(longer, "1");
  assert_int_equal(util_plural_compile(longer, &r, &why), -1);
  assert_string_equal(why, "the rule is too long");
}

static void test_error_in_language(void **state) {
  (void)state;
  util_err e = {.lang = util_lang_find("zz")};
  util_invalid(&e, "year", YEAR, "19");
  assert_string_equal(e.msg, "year: 19: ZZ rok ma cztery cyfry");
  assert_string_equal(e.field, "year");
  /* The language stays for the next message and the prefix. */
  util_fail(&e, UTIL_REFUSED, YEAR, "20");
  assert_string_equal(e.msg, "year: 20: ZZ rok ma cztery cyfry");
  util_err_prefix(&e, "%s:%d: ", "f.csv", 3);
  assert_string_equal(e.msg, "f.csv:3: year: 20: ZZ rok ma cztery cyfry");
  assert_ptr_equal(e.lang, util_lang_find("zz"));
  util_err en = {0};
  util_fail(&en, UTIL_REFUSED, YEAR, "19");
  assert_string_equal(en.msg, "year: 19: a year is four digits (YYYY)");
}

static void test_accept_language(void **state) {
  (void)state;
  const util_lang *en = util_lang_find("en"), *zz = util_lang_find("zz");
  static const struct {
    const char *header;
    int want; /* 0 NULL (English), 1 en, 2 zz */
  } cases[] = {
      {"zz-PL,zz;q=0.9,en;q=0.8", 2},
      {"zz;q=0.5, en;q=0.8", 1},
      {"en;q=0.5, zz", 2},
      {"zz;q=0", 0},
      {"zz;q=0.000", 0},
      {"fr, zz-PL;q=0.3", 2},
      {"fr-FR, de;q=0.9", 0},
      {"*", 0},
      {"*;q=0.9, zz;q=0.8", 0},
      {"zz;q=0.500, en;q=0.5", 2},
      {"ZZ;Q=1.0", 2},
      {"  zz ; q=0.7 ,en;q=0.71", 1},
      {"q=;;,,", 0},
      {"zz;q=2", 0},
      {"zz;q=", 0},
      {"zz;q=, en;q=0.1", 1},
      {"zz;q=x, en", 1},
      {"", 0},
  };
  for (size_t i = 0; i < UTIL_COUNT(cases); i++) {
    const util_lang *want = cases[i].want == 0   ? NULL
                            : cases[i].want == 1 ? en
                                                 : zz;
    if (util_lang_accept(cases[i].header) != want)
      fail_msg("%s: gives %s", cases[i].header,
               util_lang_tag(util_lang_accept(cases[i].header)));
  }
  assert_null(util_lang_accept(NULL));
}

/* ---- .mo files as found, broken and turned round -------------------- */

static uint32_t get32(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}
static void put32(unsigned char *p, uint32_t v) {
  memcpy(p, &v, 4);
}
static uint32_t swap32(uint32_t v) {
  return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
}

/* A copy of the fixture's .mo to break, in the machine's order. */
static unsigned char *mo_copy(size_t *size) {
  const struct util_embedded *f = mo_file("zz");
  unsigned char *m = util_xmalloc(f->size);
  memcpy(m, f->data, f->size);
  *size = f->size;
  return m;
}

static void expect_refused(const unsigned char *m, size_t size,
                           const char *why) {
  util_err e = {0};
  util_lang *l = util_lang_load("broken.mo", "zz", m, size, &e);
  if (l)
    fail_msg("a catalog that should be refused (%s) loaded", why);
  char want[256];
  snprintf(want, sizeof want, "broken.mo: malformed message catalog: %s", why);
  assert_string_equal(e.msg, want);
  assert_int_equal(e.code, UTIL_INTERNAL);
}

static void test_malformed_mo(void **state) {
  (void)state;
  size_t size;
  unsigned char *m = mo_copy(&size);
  uint32_t n = get32(m + 8), orig = get32(m + 12), trans = get32(m + 16);

  expect_refused(m, 10, "not a .mo file (no magic number)");
  expect_refused(m, 0, "not a .mo file (no magic number)");
  m[0] ^= 1;
  expect_refused(m, size, "not a .mo file (no magic number)");
  m[0] ^= 1;
  put32(m + 4, 2u << 16);
  expect_refused(m, size, "a revision of the format this reader does not know");
  put32(m + 4, 0);
  put32(m + 8, 0x10000000);
  expect_refused(m, size, "a table of strings lies outside the file");
  put32(m + 8, n);
  put32(m + 16, (uint32_t)size - 4);
  expect_refused(m, size, "a table of strings lies outside the file");
  put32(m + 16, trans);
  /* The second original string: pointed past the end, then made longer
   * than the file, then its NUL overwritten. */
  uint32_t len = get32(m + orig + 8), off = get32(m + orig + 12);
  put32(m + orig + 12, (uint32_t)size);
  expect_refused(m, size, "a string lies outside the file or lacks its NUL");
  put32(m + orig + 12, off);
  put32(m + orig + 8, 0xffffffff);
  expect_refused(m, size, "a string lies outside the file or lacks its NUL");
  put32(m + orig + 8, len);
  m[off + len] = 'x';
  expect_refused(m, size, "a string lies outside the file or lacks its NUL");
  m[off + len] = 0;
  /* Two originals swapped: lookup by halves would miss them. */
  unsigned char pair[8];
  memcpy(pair, m + orig + 8, 8);
  memcpy(m + orig + 8, m + orig + 16, 8);
  memcpy(m + orig + 16, pair, 8);
  expect_refused(m, size, "the original strings are not in order");
  memcpy(m + orig + 16, m + orig + 8, 8);
  memcpy(m + orig + 8, pair, 8);
  /* A broken Plural-Forms rule in the header (entry 0, msgid ""). */
  char *header = (char *)m + get32(m + trans + 4);
  char *rule = strstr(header, "plural=(n==1");
  assert_non_null(rule);
  rule[7] = ')';
  expect_refused(m, size, "an unexpected character");
  rule[7] = '(';
  char *np = strstr(header, "nplurals=3");
  np[9] = '0';
  expect_refused(m, size, "Plural-Forms: nplurals is not from 1 to 16");
  np[9] = '3';

  /* Mended, it loads and translates again. */
  util_err e = {0};
  util_lang *l = util_lang_load("mended.mo", "zz", m, size, &e);
  assert_non_null(l);
  assert_string_equal(util_tr(l, YEAR), "year: %s: ZZ rok ma cztery cyfry");
  util_lang_free(l);
  free(m);
}

/* The same catalog written by a machine of the other byte order: every
 * word of the header and of the two tables turned round. */
static void test_other_byte_order(void **state) {
  (void)state;
  size_t size;
  unsigned char *m = mo_copy(&size);
  uint32_t n = get32(m + 8), orig = get32(m + 12), trans = get32(m + 16);
  uint32_t hsize = get32(m + 20), hoff = get32(m + 24);
  for (uint32_t i = 0; i < 2 * n; i++) {
    put32(m + orig + 4 * i, swap32(get32(m + orig + 4 * i)));
    put32(m + trans + 4 * i, swap32(get32(m + trans + 4 * i)));
  }
  for (uint32_t i = 0; i < hsize; i++)
    put32(m + hoff + 4 * i, swap32(get32(m + hoff + 4 * i)));
  for (int w = 0; w < 7; w++)
    put32(m + 4 * w, swap32(get32(m + 4 * w)));
  util_err e = {0};
  util_lang *l = util_lang_load("swapped.mo", "zz", m, size, &e);
  if (!l)
    fail_msg("%s", e.msg);
  assert_string_equal(util_tr(l, YEAR), "year: %s: ZZ rok ma cztery cyfry");
  assert_string_equal(util_trn(l, "%d member", "%d members", 22),
                      "%d członkowie");
  assert_string_equal(util_trc(l, "kind", "cell"), "komórka");
  util_lang_free(l);
  free(m);
}

/* Many threads find and translate at once: the catalogs are parsed once
 * and only read after (run under the sanitizers, and by helgrind). */
static void *translate(void *arg) {
  (void)arg;
  for (int i = 0; i < 2000; i++) {
    const util_lang *zz = util_lang_find(i % 2 ? "zz" : "ZZ-pl");
    if (strcmp(util_trn(zz, "%d member", "%d members", (unsigned long)i),
               "%d członek") == 0 &&
        i != 1)
      return "wrong form";
  }
  return NULL;
}

static void test_threads(void **state) {
  (void)state;
  pthread_t t[8];
  for (int i = 0; i < 8; i++)
    assert_int_equal(pthread_create(&t[i], NULL, translate, NULL), 0);
  for (int i = 0; i < 8; i++) {
    void *rc;
    pthread_join(t[i], &rc);
    assert_null(rc);
  }
}

/* Numbers and dates as each catalog's forms say; a form that does not
 * parse gives English's. */
static void test_number_and_date_forms(void **state) {
  (void)state;
  const util_lang *vi = util_lang_find("vi"), *hi = util_lang_find("hi"),
                  *zz = util_lang_find("zz");
  char n[UTIL_LANG_NUM_MAX], d[16];
  assert_string_equal(util_lang_num(NULL, 1234567, 0, n), "1,234,567");
  assert_string_equal(util_lang_num(vi, 1234567, 0, n), "1.234.567");
  assert_string_equal(util_lang_num(hi, 1234567, 0, n), "12,34,567");
  assert_string_equal(util_lang_num(zz, 1234567, 0, n), "1,234,567");
  assert_string_equal(util_lang_num(vi, 17407000000, 0, n), "17.407.000.000");
  assert_string_equal(util_lang_num(vi, 125, 1, n), "12,5");
  assert_string_equal(util_lang_num(NULL, 125, 1, n), "12.5");
  assert_string_equal(util_lang_num(vi, -1234505, 2, n), "-12.345,05");
  assert_string_equal(util_lang_num(vi, 999, 0, n), "999");
  assert_string_equal(util_lang_num(vi, 1000, 0, n), "1.000");
  assert_string_equal(util_lang_num(vi, 0, 0, n), "0");
  assert_string_equal(util_lang_num(vi, 5, 3, n), "0,005");
  assert_string_equal(util_lang_num(hi, INT64_MIN, 0, n),
                      "-92,23,37,20,36,85,47,75,808");
  assert_string_equal(util_lang_num(vi, INT64_MAX, 0, n),
                      "9.223.372.036.854.775.807");

  util_day day = util_day_from_civil(2026, 11, 7);
  assert_string_equal(util_lang_date(NULL, day, d), "2026-11-07");
  assert_string_equal(util_lang_date(vi, day, d), "07/11/2026");
  assert_string_equal(util_lang_date(hi, day, d), "07/11/2026");
  assert_string_equal(util_lang_date(zz, day, d), "2026-11-07");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_threads), /* first: the first use races */
      cmocka_unit_test(test_find_tags),
      cmocka_unit_test(test_every_catalog_loads),
      cmocka_unit_test(test_lookup),
      cmocka_unit_test(test_context),
      cmocka_unit_test(test_context_only),
      cmocka_unit_test(test_prose_units),
      cmocka_unit_test(test_plural_catalogs),
      cmocka_unit_test(test_plural_rules),
      cmocka_unit_test(test_plural_malformed),
      cmocka_unit_test(test_error_in_language),
      cmocka_unit_test(test_accept_language),
      cmocka_unit_test(test_malformed_mo),
      cmocka_unit_test(test_other_byte_order),
      cmocka_unit_test(test_number_and_date_forms),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
