/*
 * test_collate.c — lists of people in Vietnamese order (store_sort.c):
 * real names with every letter and every tone, admitted to a cell and
 * listed by app_members, come out in the order ICU's Vietnamese collation
 * gives — computed here by ucol_strcoll on the names' parts, word by word,
 * not by the sort keys under test — in roster order (given name, middle
 * names, family name) and in family order, two people of one name by id.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unicode/ucol.h>

#include "app/app.h"

/* Every letter of the alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q
 * r s t u ư v x y) and every tone (none, huyền, hỏi, ngã, sắc, nặng) in
 * given, middle and family names: Thu Thư Thùy Thủy Thúy Thụy, An Ân Ấn
 * Anh Ánh, Hà Hạ Hải; names of one word, of two, of four; one name twice.
 */
static const char *const names[] = {
    "Nguyễn Văn An",
    "Trần Thị Ân",
    "Lê Ấn",
    "Phạm Ngọc Anh",
    "Đặng Thị Ánh",
    "Đỗ Bình",
    "Ưng Văn Bích",
    "Ông Thị Chi",
    "Hoàng Cường",
    "Huỳnh Văn Dũng",
    "Vũ Thị Dung",
    "Võ Đức",
    "Bùi Đạt",
    "Hồ Thị Em",
    "Ngô Giang",
    "Dương Thu Hà",
    "Lý Hạ",
    "Âu Văn Hải",
    "Nguyễn Thị Ngọc Hà",
    "Trần Khải",
    "Lê Kỳ",
    "Phạm Thị Mỹ",
    "Đặng Nghĩa",
    "Đỗ Thị Oanh",
    "Lê Ổn",
    "Trần Ơn",
    "Nguyễn Phượng",
    "Lê Quế",
    "Phạm Quỳnh",
    "Hoàng Xuân Sơn",
    "Ưng Tâm",
    "Ông Thu",
    "Âu Thị Thư",
    "Nguyễn Thùy",
    "Trần Thủy",
    "Lê Thúy",
    "Phạm Thụy",
    "Vũ Uyên",
    "Đặng Vũ",
    "Hồ Xuân",
    "Đỗ Thị Yến",
    "Ư",
    "Mai",
    "Nguyễn Văn An",
    "Nguyễn An",
    "Lê Văn An",
    "Đinh Hữu Quốc Ân",
    "Ngô Thị Ư",
    "Trần Hà",
    "Lê Hà",
    "Đỗ Hà",
};
#define NNAMES (sizeof names / sizeof *names)

static void must(int rc, const util_err *e) {
  if (rc)
    fail_msg("%s", e->msg);
}

typedef struct fixture {
  char dir[32], path[64];
  app a;
  int64_t id[NNAMES];
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  util_err e = {0};
  snprintf(f->dir, sizeof f->dir, "/tmp/cadre-collate-XXXXXX");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->path, sizeof f->path, "%s/c.db", f->dir);
  f->a = (app){.user = "setup",
               .role = APP_ADMIN,
               .today = util_day_from_civil(2026, 6, 30)};
  must(app_open(&f->a, f->path, STORE_CREATE, &e), &e);
  const app_org_in orgs[] = {
      {.code = "R",
       .name = "Tỉnh ủy",
       .kind = "provincial",
       .founded = "2000-01-01"},
      {.code = "K",
       .name = "Đảng bộ Khối",
       .kind = "committee",
       .parent = "R",
       .founded = "2000-01-01"},
      {.code = "C",
       .name = "Chi bộ Văn phòng",
       .kind = "grassroots_cell",
       .parent = "K",
       .founded = "2000-01-01"},
  };
  for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++)
    must(app_org_add(&f->a, &orgs[i], NULL, &e), &e);
  for (size_t i = 0; i < NNAMES; i++) {
    app_person_in p = {.name = names[i],
                       .born = "1990-01-01",
                       .gender = i % 2 ? "female" : "male"};
    app_admit_in in = {.cell = "C", .date = "2020-03-01"};
    must(app_member_admit(&f->a, &p, &in, &f->id[i], &e), &e);
  }
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  app_close(&f->a);
  char p[80];
  const char *ext[] = {"", "-wal", "-shm"};
  for (int i = 0; i < 3; i++) {
    snprintf(p, sizeof p, "%s%s", f->path, ext[i]);
    unlink(p);
  }
  rmdir(f->dir);
  free(f);
  return 0;
}

/* ---- the order ICU gives, computed apart from the keys ------------------ */

/* A name's parts: family (NULL for a name of one word), middle words,
 * given. */
typedef struct person {
  int64_t id;
  char words[8][32];
  size_t n;
} person;

static person parse(int64_t id, const char *name) {
  person p = {.id = id};
  const char *s = name;
  while (*s) {
    size_t len = strcspn(s, " ");
    assert_true(p.n < 8 && len < 32);
    memcpy(p.words[p.n++], s, len);
    s += len + (s[len] == ' ');
  }
  return p;
}

/* One word against another by ICU's Vietnamese collation; "" for none. */
static UCollator *coll;

static int word_cmp(const char *a, const char *b) {
  UErrorCode status = U_ZERO_ERROR;
  int r = ucol_strcollUTF8(coll, a, -1, b, -1, &status);
  assert_false(U_FAILURE(status));
  return r;
}

static const char *family(const person *p) {
  return p->n > 1 ? p->words[0] : "";
}

static const char *given(const person *p) {
  return p->words[p->n - 1];
}

/* The middle names word by word; fewer first where they agree. */
static int middle_cmp(const person *a, const person *b) {
  size_t na = a->n > 2 ? a->n - 2 : 0, nb = b->n > 2 ? b->n - 2 : 0;
  for (size_t i = 0; i < na && i < nb; i++) {
    int r = word_cmp(a->words[1 + i], b->words[1 + i]);
    if (r)
      return r;
  }
  return (na > nb) - (na < nb);
}

static int by_id(const person *a, const person *b) {
  return (a->id > b->id) - (a->id < b->id);
}

static int roster_cmp(const void *x, const void *y) {
  const person *a = x, *b = y;
  int r = word_cmp(given(a), given(b));
  if (!r)
    r = middle_cmp(a, b);
  if (!r)
    r = word_cmp(family(a), family(b));
  return r ? r : by_id(a, b);
}

static int family_cmp(const void *x, const void *y) {
  const person *a = x, *b = y;
  int r = word_cmp(family(a), family(b));
  if (!r)
    r = middle_cmp(a, b);
  if (!r)
    r = word_cmp(given(a), given(b));
  return r ? r : by_id(a, b);
}

/* The bytes of the names, as a list sorted without a collation would. */
static int bytes_cmp(const void *x, const void *y) {
  const person *a = x, *b = y;
  for (size_t i = 0; i < a->n && i < b->n; i++) {
    int r = strcmp(a->words[i], b->words[i]);
    if (r)
      return r;
  }
  return (a->n > b->n) - (a->n < b->n);
}

/* ---- the list cadre gives ------------------------------------------------ */

typedef struct listed {
  int64_t id[NNAMES + 1];
  size_t n;
} listed;

static int add(void *ctx, const store_member_row *r) {
  listed *l = ctx;
  assert_true(l->n < NNAMES);
  l->id[l->n++] = r->id;
  return 0;
}

static void expected(const fixture *f, int (*cmp)(const void *, const void *),
                     person *out) {
  for (size_t i = 0; i < NNAMES; i++)
    out[i] = parse(f->id[i], names[i]);
  qsort(out, NNAMES, sizeof *out, cmp);
}

static void listed_as(fixture *f, const char *sort, listed *l) {
  util_err e = {0};
  app_member_query q = {.at = f->a.today, .sort = sort};
  l->n = 0;
  must(app_members(&f->a, &q, add, l, &e), &e);
  assert_int_equal(l->n, NNAMES);
}

/* Prints both lists where they part, so that a failure says which names. */
static void same_order(const listed *l, const person *want) {
  for (size_t i = 0; i < NNAMES; i++)
    if (l->id[i] != want[i].id) {
      fail_msg("at %zu: cadre lists member %lld, ICU puts %lld (%s) first", i,
               (long long)l->id[i], (long long)want[i].id, given(&want[i]));
    }
}

static void roster_order(void **state) {
  fixture *f = *state;
  person want[NNAMES];
  listed l;
  expected(f, roster_cmp, want);
  /* The default and --sort given. */
  listed_as(f, NULL, &l);
  same_order(&l, want);
  listed_as(f, "given", &l);
  same_order(&l, want);
}

static void family_order(void **state) {
  fixture *f = *state;
  person want[NNAMES];
  listed l;
  expected(f, family_cmp, want);
  listed_as(f, "family", &l);
  same_order(&l, want);
}

/* The orders compared are not one another, nor the bytes' order: the test
 * could fail. And the letters and tones sort as the alphabet has them. */
static void orders_differ(void **state) {
  fixture *f = *state;
  person r[NNAMES], fam[NNAMES], b[NNAMES];
  expected(f, roster_cmp, r);
  expected(f, family_cmp, fam);
  expected(f, bytes_cmp, b);
  size_t differ_family = 0, differ_bytes = 0;
  for (size_t i = 0; i < NNAMES; i++) {
    differ_family += r[i].id != fam[i].id;
    differ_bytes += fam[i].id != b[i].id;
  }
  assert_true(differ_family > NNAMES / 2);
  assert_true(differ_bytes > 0);
  /* a ă â, d đ, o ô ơ, u ư; then the tones: none, huyền, hỏi, ngã, sắc,
   * nặng, and only then the next letter. */
  const char *const alphabet[] = {"An",  "Ăn",  "Ân",   "Dung", "Đức", "Ong",
                                  "Ông", "Ơn",  "Uyên", "Ư",    NULL,  "Thu",
                                  "Thù", "Thủ", "Thũ",  "Thú",  "Thụ", "Thư"};
  for (size_t i = 1; i < sizeof alphabet / sizeof *alphabet; i++)
    if (alphabet[i - 1] && alphabet[i] &&
        word_cmp(alphabet[i - 1], alphabet[i]) >= 0)
      fail_msg("ICU puts %s after %s", alphabet[i - 1], alphabet[i]);
}

/* A sort key is the words', however they are parted: "Lý, Thị Mai" sorts
 * as "Lý Thị Mai"; every Hà before every Hạ, whatever the family name. */
static void keys(void **state) {
  fixture *f = *state;
  util_err e = {0};
  util_buf a = {0}, b = {0};
  must(app_read_begin(&f->a, &e), &e);
  store *st = f->a.st;
  must(store_sort_key(st, "Lý, Thị Mai", STORE_ORDER_GIVEN, &a, &e), &e);
  must(store_sort_key(st, "  Lý Thị  Mai ", STORE_ORDER_GIVEN, &b, &e), &e);
  assert_int_equal(a.len, b.len);
  assert_memory_equal(a.data, b.data, a.len);
  must(store_sort_key(st, "Trần Hà", STORE_ORDER_GIVEN, &a, &e), &e);
  must(store_sort_key(st, "Lê Hạ", STORE_ORDER_GIVEN, &b, &e), &e);
  size_t n = a.len < b.len ? a.len : b.len;
  assert_true(memcmp(a.data, b.data, n) < 0);
  /* In family order Lê comes first. */
  must(store_sort_key(st, "Trần Hà", STORE_ORDER_FAMILY, &a, &e), &e);
  must(store_sort_key(st, "Lê Hạ", STORE_ORDER_FAMILY, &b, &e), &e);
  n = a.len < b.len ? a.len : b.len;
  assert_true(memcmp(a.data, b.data, n) > 0);
  /* No words, no key: it sorts first. */
  must(store_sort_key(st, " , ", STORE_ORDER_GIVEN, &a, &e), &e);
  assert_int_equal(a.len, 0);
  char v[64];
  must(store_sort_version(st, v, &e), &e);
  assert_int_equal(strncmp(v, "vi ", 3), 0);
  app_read_end(&f->a);
  util_buf_free(&a);
  util_buf_free(&b);
}

int main(void) {
  UErrorCode status = U_ZERO_ERROR;
  coll = ucol_open("vi", &status);
  if (U_FAILURE(status)) {
    fprintf(stderr, "ICU has no Vietnamese collation\n");
    return 1;
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(roster_order, setup, teardown),
      cmocka_unit_test_setup_teardown(family_order, setup, teardown),
      cmocka_unit_test_setup_teardown(orders_differ, setup, teardown),
      cmocka_unit_test_setup_teardown(keys, setup, teardown),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  ucol_close(coll);
  return rc;
}
