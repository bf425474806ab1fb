/*
 * test_core_tally.c — tallies (sparse vectors of counts by key) and their
 * compact encoding, and what members and organisations contribute to the
 * tallies of the organisations above them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "core_events.h"

/* Checks that the keys are strictly increasing and no count is zero. */
static void well_formed(const core_tally *t) {
  for (size_t i = 0; i < t->len; i++) {
    assert_int_not_equal(t->n[i], 0);
    if (i > 0)
      assert_true(t->key[i - 1] < t->key[i]);
  }
  assert_true(t->len <= t->cap);
}

/* ---- tallies ------------------------------------------------------------ */

static void test_tally_add_get(void **state) {
  core_tally t = {0};

  (void)state;
  assert_int_equal(core_tally_get(&t, 5), 0);
  core_tally_add(&t, 5, 0);
  assert_int_equal(t.len, 0);
  core_tally_add(&t, 30, 3);
  core_tally_add(&t, 10, -1);
  core_tally_add(&t, 20, 2);
  core_tally_add(&t, 0, 7);
  core_tally_add(&t, UINT32_MAX, 9);
  well_formed(&t);
  assert_int_equal(t.len, 5);
  assert_int_equal(t.key[0], 0);
  assert_int_equal(t.key[4], UINT32_MAX);
  assert_int_equal(core_tally_get(&t, 0), 7);
  assert_int_equal(core_tally_get(&t, 10), -1);
  assert_int_equal(core_tally_get(&t, 20), 2);
  assert_int_equal(core_tally_get(&t, 30), 3);
  assert_int_equal(core_tally_get(&t, UINT32_MAX), 9);
  assert_int_equal(core_tally_get(&t, 15), 0);
  assert_int_equal(core_tally_get(&t, UINT32_MAX - 1), 0);
  /* Adding sums; a count that comes to zero goes: middle, first, last. */
  core_tally_add(&t, 20, 5);
  assert_int_equal(core_tally_get(&t, 20), 7);
  core_tally_add(&t, 20, -7);
  assert_int_equal(t.len, 4);
  assert_int_equal(core_tally_get(&t, 20), 0);
  core_tally_add(&t, 0, -7);
  core_tally_add(&t, UINT32_MAX, -9);
  assert_int_equal(t.len, 2);
  assert_int_equal(t.key[0], 10);
  assert_int_equal(t.key[1], 30);
  well_formed(&t);
  core_tally_add(&t, 20, 1);
  assert_int_equal(t.key[1], 20);
  core_tally_free(&t);
  assert_null(t.key);
  assert_null(t.n);
  assert_int_equal(t.len, 0);
  assert_int_equal(t.cap, 0);
}

/* Many keys in a scrambled order against a plain array. */
static void test_tally_many(void **state) {
  enum { N = 2000 };
  static int64_t want[N];
  core_tally t = {0};
  uint32_t x = 12345;

  (void)state;
  memset(want, 0, sizeof want);
  for (int round = 0; round < 3 * N; round++) {
    x = x * 1103515245u + 12345u;
    uint32_t k = (x >> 8) % N;
    int64_t n = (int64_t)((x >> 4) % 7) - 3;
    core_tally_add(&t, k * 1000u, n);
    want[k] += n;
  }
  well_formed(&t);
  size_t nonzero = 0;
  for (uint32_t k = 0; k < N; k++) {
    assert_int_equal(core_tally_get(&t, k * 1000u), want[k]);
    nonzero += want[k] != 0;
  }
  assert_int_equal(t.len, nonzero);
  core_tally_free(&t);
}

static void test_tally_merge(void **state) {
  core_tally a = {0}, b = {0}, none = {0};

  (void)state;
  core_tally_add(&a, 1, 1);
  core_tally_add(&a, 3, 3);
  core_tally_add(&a, 5, 5);
  core_tally_add(&b, 2, 20);
  core_tally_add(&b, 3, -3);
  core_tally_add(&b, 5, 1);
  core_tally_add(&b, 9, 90);

  /* Nothing to add. */
  core_tally_merge(&a, &none, 1);
  assert_int_equal(a.len, 3);
  /* Into nothing, either sign. */
  core_tally_merge(&none, &b, -1);
  assert_int_equal(none.len, 4);
  assert_int_equal(core_tally_get(&none, 2), -20);
  assert_int_equal(core_tally_get(&none, 3), 3);
  assert_int_equal(core_tally_get(&none, 9), -90);
  well_formed(&none);

  /* Overlapping keys add; a sum of zero goes. */
  core_tally_merge(&a, &b, 1);
  well_formed(&a);
  assert_int_equal(a.len, 4);
  assert_int_equal(core_tally_get(&a, 1), 1);
  assert_int_equal(core_tally_get(&a, 2), 20);
  assert_int_equal(core_tally_get(&a, 3), 0);
  assert_int_equal(core_tally_get(&a, 5), 6);
  assert_int_equal(core_tally_get(&a, 9), 90);
  /* And back. */
  core_tally_merge(&a, &b, -1);
  well_formed(&a);
  assert_int_equal(a.len, 3);
  assert_int_equal(core_tally_get(&a, 1), 1);
  assert_int_equal(core_tally_get(&a, 3), 3);
  assert_int_equal(core_tally_get(&a, 5), 5);
  /* A tally minus an equal one is empty. */
  core_tally_merge(&none, &b, 1);
  assert_int_equal(none.len, 0);
  /* Adding to the merged result still works. */
  core_tally_add(&none, 4, 4);
  core_tally_add(&none, 2, 2);
  well_formed(&none);
  assert_int_equal(none.len, 2);

  /* Into itself. */
  core_tally_merge(&b, &b, 1);
  assert_int_equal(core_tally_get(&b, 9), 180);
  assert_int_equal(core_tally_get(&b, 3), -6);
  core_tally_merge(&b, &b, -1);
  assert_int_equal(b.len, 0);

  core_tally_free(&a);
  core_tally_free(&b);
  core_tally_free(&none);
}

static void test_tally_clear(void **state) {
  core_tally t = {0};

  (void)state;
  core_tally_clear(&t);
  for (uint32_t k = 0; k < 20; k++)
    core_tally_add(&t, k, 1);
  size_t cap = t.cap;
  core_tally_clear(&t);
  assert_int_equal(t.len, 0);
  assert_int_equal(t.cap, cap);
  assert_int_equal(core_tally_get(&t, 3), 0);
  core_tally_add(&t, 3, 2);
  assert_int_equal(t.len, 1);
  assert_int_equal(core_tally_get(&t, 3), 2);
  core_tally_free(&t);
  core_tally_free(&t);
}

/* ---- encoding ----------------------------------------------------------- */

static void test_tally_encoding_format(void **state) {
  core_tally t = {0};
  util_buf b = {0};
  static const unsigned char want[] = {0x05, 0x02, 0xa7, 0x02,
                                       0x01, 0x01, 0x80, 0x01};

  (void)state;
  /* Key 5 count 1, key 300 (+295) count -1, key 301 (+1) count 64. */
  core_tally_add(&t, 5, 1);
  core_tally_add(&t, 300, -1);
  core_tally_add(&t, 301, 64);
  core_tally_encode(&t, &b);
  assert_int_equal(b.len, sizeof want);
  assert_memory_equal(b.data, want, sizeof want);
  /* Appends. */
  core_tally_encode(&t, &b);
  assert_int_equal(b.len, 2 * sizeof want);
  util_buf_free(&b);
  core_tally_free(&t);

  /* An empty tally is no bytes, and no bytes an empty tally. */
  core_tally_encode(&t, &b);
  assert_int_equal(b.len, 0);
  assert_int_equal(core_tally_decode_add(&t, "", 0, 1), 0);
  assert_int_equal(core_tally_decode_add(&t, NULL, 0, 1), 0);
  assert_int_equal(t.len, 0);
  util_buf_free(&b);
}

static void test_tally_round_trip(void **state) {
  static const struct {
    uint32_t key;
    int64_t n;
  } items[] = {
      {0, 1},
      {1, -1},
      {2, 63},
      {3, -64},
      {4, 64},
      {127, -65},
      {128, 1000000},
      {CORE_KEY(CORE_D_STATUS, CORE_OFFICIAL), 31200},
      {CORE_KEY(CORE_D_BORN, 1985), -2},
      {CORE_KEY(CORE_D_DISC_PREV, CORE_DISC_DAY(UTIL_DAY_MAX)), 1},
      {UINT32_MAX - 1, INT64_MAX},
      {UINT32_MAX, INT64_MIN + 1},
  };
  core_tally t = {0}, back = {0};
  util_buf b = {0};

  (void)state;
  for (size_t i = 0; i < UTIL_COUNT(items); i++)
    core_tally_add(&t, items[i].key, items[i].n);
  assert_int_equal(t.len, UTIL_COUNT(items));
  core_tally_encode(&t, &b);
  assert_int_equal(core_tally_decode_add(&back, b.data, b.len, 1), 0);
  assert_int_equal(back.len, t.len);
  for (size_t i = 0; i < t.len; i++) {
    assert_int_equal(back.key[i], t.key[i]);
    assert_true(back.n[i] == t.n[i]);
  }
  /* Decoding adds to what is there, with a sign. */
  core_tally_add(&back, 1, 1);
  core_tally_add(&back, 10, 10);
  assert_int_equal(core_tally_decode_add(&back, b.data, b.len, -1), 0);
  assert_int_equal(back.len, 2);
  assert_int_equal(core_tally_get(&back, 1), 1);
  assert_int_equal(core_tally_get(&back, 10), 10);
  core_tally_free(&back);
  /* A large tally. */
  core_tally_free(&t);
  util_buf_reset(&b);
  for (uint32_t k = 1; k < 5000; k++)
    core_tally_add(&t, k * 7919u, (int64_t)k * (k % 2 ? 1 : -1) * 1000003);
  core_tally_encode(&t, &b);
  assert_int_equal(core_tally_decode_add(&back, b.data, b.len, 1), 0);
  assert_int_equal(back.len, t.len);
  assert_memory_equal(back.key, t.key, t.len * sizeof *t.key);
  assert_memory_equal(back.n, t.n, t.len * sizeof *t.n);
  core_tally_free(&t);
  core_tally_free(&back);
  util_buf_free(&b);
}

/* Expects the bytes to be refused, leaving the tally as it was. */
static void refused(const void *data, size_t len) {
  core_tally t = {0};

  core_tally_add(&t, 7, 70);
  assert_int_equal(core_tally_decode_add(&t, data, len, 1), -1);
  assert_int_equal(t.len, 1);
  assert_int_equal(core_tally_get(&t, 7), 70);
  core_tally_free(&t);
}

static void test_tally_decode_rejects(void **state) {
  core_tally t = {0};
  util_buf b = {0};

  (void)state;
  /* Every cut inside a pair. */
  core_tally_add(&t, 0x12345678u, INT64_MIN);
  core_tally_encode(&t, &b);
  assert_int_equal(b.len, 15);
  for (size_t n = 1; n < b.len; n++)
    refused(b.data, n);
  core_tally_clear(&t);
  assert_int_equal(core_tally_decode_add(&t, b.data, b.len, 1), 0);
  assert_true(core_tally_get(&t, 0x12345678u) == INT64_MIN);
  /* After a whole pair, a cut in the next. */
  core_tally_add(&t, 0x12345679u, 5);
  util_buf_reset(&b);
  core_tally_encode(&t, &b);
  assert_int_equal(b.len, 17);
  refused(b.data, 16);
  core_tally_free(&t);
  util_buf_free(&b);

  /* A zero count. */
  refused("\x05\x00", 2);
  refused("\x05\x02\x01\x00", 4);
  /* Keys past 32 bits, at once or by adding up. */
  refused("\x80\x80\x80\x80\x10\x02", 6);
  refused("\xff\xff\xff\xff\x0f\x02\x01\x02", 8);
  /* Keys not increasing: the same key twice, or a difference that wraps
   * around 64 bits. */
  refused("\x05\x02\x00\x02", 4);
  refused("\x05\x02\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x02", 13);
  /* Varints longer than 64 bits. */
  refused("\x05\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01", 12);
  refused("\x05\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 11);
  /* The largest 64-bit varint is a count: INT64_MIN. */
  assert_int_equal(
      core_tally_decode_add(&t, "\x05\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01",
                            11, 1),
      0);
  assert_true(core_tally_get(&t, 5) == INT64_MIN);
  core_tally_free(&t);
}

/* ---- contributions ------------------------------------------------------ */

/* The tree: the Central Committee R, a province P with two committees X and
 * Y; under X the grassroots committees G1 (cells C11, C12) and G2 (cell
 * C21); under Y the grassroots cell G3. In some tests G1 moves from X to Y
 * with its cells. */
enum {
  R = 1,
  P = 2,
  X = 3,
  Y = 4,
  G1 = 10,
  C11 = 11,
  C12 = 12,
  G2 = 20,
  C21 = 21,
  G3 = 30,
  NORG = 32
};

static const int64_t ids_r[] = {R};
static const int64_t ids_p[] = {R, P};
static const int64_t ids_x[] = {R, P, X};
static const int64_t ids_y[] = {R, P, Y};
static const int64_t ids_g1x[] = {R, P, X, G1};
static const int64_t ids_g1y[] = {R, P, Y, G1};
static const int64_t ids_c11x[] = {R, P, X, G1, C11};
static const int64_t ids_c11y[] = {R, P, Y, G1, C11};
static const int64_t ids_c12x[] = {R, P, X, G1, C12};
static const int64_t ids_c12y[] = {R, P, Y, G1, C12};
static const int64_t ids_g2[] = {R, P, X, G2};
static const int64_t ids_c21[] = {R, P, X, G2, C21};
static const int64_t ids_g3[] = {R, P, Y, G3};

typedef struct record {
  int64_t org;
  util_day day;
  uint32_t key;
  int64_t n;
} record;

typedef struct fixture {
  core_path paths[NORG][3];
  size_t npaths[NORG];
  bool skip[NORG];
  record *rec;
  size_t nrec, cap;
  core_tally by_org[NORG];
  core_sink sink;
} fixture;

#define FLOW(f) CORE_KEY(CORE_D_FLOW, f)
#define STATUS(s) CORE_KEY(CORE_D_STATUS, s)
#define KIND(k) CORE_KEY(CORE_D_ORG_KIND, k)
#define PREV(d) CORE_KEY(CORE_D_DISC_PREV, d)

static void emit(void *ctx, int64_t org, util_day d, uint32_t key, int64_t n) {
  fixture *f = ctx;

  assert_true(org > 0 && org < NORG);
  assert_false(f->skip[org]);
  assert_int_not_equal(n, 0);
  if (f->nrec == f->cap) {
    f->cap = f->cap ? 2 * f->cap : 64;
    f->rec = util_xrealloc(f->rec, f->cap * sizeof *f->rec);
  }
  f->rec[f->nrec++] = (record){.org = org, .day = d, .key = key, .n = n};
  core_tally_add(&f->by_org[org], key, n);
}

static size_t paths_of(void *ctx, int64_t org, const core_path **paths) {
  fixture *f = ctx;

  assert_true(org > 0 && org < NORG);
  *paths = f->paths[org];
  return f->npaths[org];
}

static bool want(void *ctx, int64_t org) {
  fixture *f = ctx;

  return !f->skip[org];
}

static void add_path(fixture *f, int64_t org, util_day from, util_day to,
                     const int64_t *ids, size_t depth) {
  core_path *p = &f->paths[org][f->npaths[org]++];

  *p = (core_path){.from = from,
                   .to = to,
                   .parent = depth > 1 ? ids[depth - 2] : 0,
                   .ids = ids,
                   .depth = depth};
}

#define PATH(f, org, from, to, ids)                                            \
  add_path(f, org, from, to, ids, UTIL_COUNT(ids))

#define FOUNDED day(1990, 1, 1)

/* Builds the tree; when `move` is not 0, G1 moves from X to Y that day. */
static void tree(fixture *f, util_day move) {
  PATH(f, R, FOUNDED, UTIL_DAY_MAX, ids_r);
  PATH(f, P, FOUNDED, UTIL_DAY_MAX, ids_p);
  PATH(f, X, FOUNDED, UTIL_DAY_MAX, ids_x);
  PATH(f, Y, FOUNDED, UTIL_DAY_MAX, ids_y);
  PATH(f, G2, FOUNDED, UTIL_DAY_MAX, ids_g2);
  PATH(f, C21, FOUNDED, UTIL_DAY_MAX, ids_c21);
  PATH(f, G3, FOUNDED, UTIL_DAY_MAX, ids_g3);
  if (!move) {
    PATH(f, G1, FOUNDED, UTIL_DAY_MAX, ids_g1x);
    PATH(f, C11, FOUNDED, UTIL_DAY_MAX, ids_c11x);
    PATH(f, C12, FOUNDED, UTIL_DAY_MAX, ids_c12x);
    return;
  }
  PATH(f, G1, FOUNDED, move, ids_g1x);
  PATH(f, G1, move, UTIL_DAY_MAX, ids_g1y);
  PATH(f, C11, FOUNDED, move, ids_c11x);
  PATH(f, C11, move, UTIL_DAY_MAX, ids_c11y);
  PATH(f, C12, FOUNDED, move, ids_c12x);
  PATH(f, C12, move, UTIL_DAY_MAX, ids_c12y);
}

static int setup(void **state) {
  fixture *f = util_xcalloc(1, sizeof *f);

  f->sink =
      (core_sink){.emit = emit, .paths = paths_of, .want = want, .ctx = f};
  *state = f;
  return 0;
}

/* Forgets what was recorded, keeping the tree. */
static void forget(fixture *f) {
  f->nrec = 0;
  for (int i = 0; i < NORG; i++)
    core_tally_clear(&f->by_org[i]);
}

static int teardown(void **state) {
  fixture *f = *state;

  for (int i = 0; i < NORG; i++)
    core_tally_free(&f->by_org[i]);
  free(f->rec);
  free(f);
  return 0;
}

/* The net change of `key` at `org` over all days. */
static int64_t total(const fixture *f, int64_t org, uint32_t key) {
  return core_tally_get(&f->by_org[org], key);
}

/* The net change of `key` at `org` on day d. */
static int64_t on(const fixture *f, int64_t org, util_day d, uint32_t key) {
  int64_t n = 0;

  for (size_t i = 0; i < f->nrec; i++)
    if (f->rec[i].org == org && f->rec[i].day == d && f->rec[i].key == key)
      n += f->rec[i].n;
  return n;
}

/* The value of `key` at `org` at the end of day d. */
static int64_t upto(const fixture *f, int64_t org, util_day d, uint32_t key) {
  int64_t n = 0;

  for (size_t i = 0; i < f->nrec; i++)
    if (f->rec[i].org == org && f->rec[i].day <= d && f->rec[i].key == key)
      n += f->rec[i].n;
  return n;
}

static size_t nrec_of(const fixture *f, int64_t org) {
  size_t n = 0;

  for (size_t i = 0; i < f->nrec; i++)
    n += f->rec[i].org == org;
  return n;
}

/* Whether the organisation's stock figures all come back to zero. */
static bool stock_empty(const fixture *f, int64_t org) {
  const core_tally *t = &f->by_org[org];

  for (size_t i = 0; i < t->len; i++) {
    enum core_dim dim = CORE_KEY_DIM(t->key[i]);
    if (dim != CORE_D_FLOW && dim != CORE_D_DISC_PREV)
      return false;
  }
  return true;
}

/* How many records of `org` have a key of dimension `dim`. */
static size_t with_dim(const fixture *f, int64_t org, enum core_dim dim) {
  size_t n = 0;

  for (size_t i = 0; i < f->nrec; i++)
    n += f->rec[i].org == org && CORE_KEY_DIM(f->rec[i].key) == dim;
  return n;
}

static core_profile profile(void) {
  return (core_profile){.born = day(1985, 6, 1),
                        .gender = CORE_FEMALE,
                        .theory = CORE_THEORY_ELEMENTARY,
                        .ethnicity = 3,
                        .education = 5,
                        .key_cadre = true};
}

/* Checks and replays the events, then contributes the member. */
static void member(fixture *f, const core_profile *p, const core_event *ev,
                   size_t n) {
  core_check_ctx ctx = {.who = "member 7", .born = p->born, .holds_post = true};
  core_state st = {0};
  core_timeline t = {0};
  util_err e = {0};

  for (size_t i = 0; i < n; i++) {
    if (core_check_event(&st, &ev[i], &ctx, &e))
      fail_msg("event %zu refused: %s", i, e.msg);
    core_timeline_free(&t);
    if (core_replay(ev, i + 1, &t, &e))
      fail_msg("replay of %zu events: %s", i + 1, e.msg);
    st = t.state;
  }
  core_contribute_member(p, 1, &t, &f->sink);
  core_timeline_free(&t);
}

static void test_contrib_admission(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day a = day(2020, 3, 10);
  core_event ev[] = {admitted(a, C11)};
  static const int64_t above[] = {R, P, X, G1, C11};
  static const int64_t elsewhere[] = {Y, C12, G2, C21, G3};

  tree(f, 0);
  member(f, &p, ev, 1);
  for (size_t i = 0; i < UTIL_COUNT(above); i++) {
    int64_t o = above[i];
    assert_int_equal(on(f, o, a, STATUS(CORE_PROBATIONARY)), 1);
    assert_int_equal(on(f, o, a, CORE_KEY(CORE_D_GENDER, CORE_FEMALE)), 1);
    assert_int_equal(on(f, o, a, CORE_KEY(CORE_D_BORN, 1985)), 1);
    assert_int_equal(on(f, o, a, CORE_KEY(CORE_D_ETHNICITY, 3)), 1);
    assert_int_equal(on(f, o, a, CORE_KEY(CORE_D_EDUCATION, 5)), 1);
    assert_int_equal(
        on(f, o, a, CORE_KEY(CORE_D_THEORY, CORE_THEORY_ELEMENTARY)), 1);
    assert_int_equal(on(f, o, a, CORE_KEY(CORE_D_KEY_CADRE, 0)), 1);
    assert_int_equal(on(f, o, a, FLOW(CORE_F_ADMITTED)), 1);
    /* Never recognised: overdue from the day the 12 months end. */
    assert_int_equal(on(f, o, a, CORE_KEY(CORE_D_OVERDUE, 0)), 0);
    assert_int_equal(
        on(f, o, core_official_date(a), CORE_KEY(CORE_D_OVERDUE, 0)), 1);
    /* Nothing else: no party-age origin while probationary, no in. */
    assert_int_equal(with_dim(f, o, CORE_D_ORIGIN), 0);
    assert_int_equal(nrec_of(f, o), 9);
  }
  for (size_t i = 0; i < UTIL_COUNT(elsewhere); i++)
    assert_int_equal(nrec_of(f, elsewhere[i]), 0);

  /* Not a key cadre, male, no theory recorded. */
  forget(f);
  p.key_cadre = false;
  p.gender = CORE_MALE;
  p.theory = CORE_THEORY_UNKNOWN;
  member(f, &p, ev, 1);
  assert_int_equal(with_dim(f, X, CORE_D_KEY_CADRE), 0);
  assert_int_equal(total(f, X, CORE_KEY(CORE_D_GENDER, CORE_MALE)), 1);
  assert_int_equal(total(f, X, CORE_KEY(CORE_D_GENDER, CORE_FEMALE)), 0);
  assert_int_equal(total(f, X, CORE_KEY(CORE_D_THEORY, CORE_THEORY_UNKNOWN)),
                   1);
  assert_int_equal(nrec_of(f, X), 8);
}

static void test_contrib_recognition(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day a = day(2020, 3, 10), o = day(2021, 3, 10);
  core_event ev[] = {admitted(a, C11),
                     event(CORE_EV_RECOGNIZED, day(2021, 5, 1))};

  tree(f, 0);
  member(f, &p, ev, 2);
  for (int64_t org = R; org <= X; org++) {
    assert_int_equal(on(f, org, o, STATUS(CORE_PROBATIONARY)), -1);
    assert_int_equal(on(f, org, o, STATUS(CORE_OFFICIAL)), 1);
    assert_int_equal(on(f, org, o, CORE_KEY(CORE_D_ORIGIN, 2020)), 1);
    assert_int_equal(on(f, org, o, FLOW(CORE_F_RECOGNIZED)), 1);
    /* The rest of the stock does not move. */
    assert_int_equal(on(f, org, o, CORE_KEY(CORE_D_GENDER, CORE_FEMALE)), 0);
    assert_int_equal(total(f, org, CORE_KEY(CORE_D_GENDER, CORE_FEMALE)), 1);
    assert_int_equal(total(f, org, STATUS(CORE_PROBATIONARY)), 0);
    assert_int_equal(total(f, org, STATUS(CORE_OFFICIAL)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_ADMITTED)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_RECOGNIZED)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_IN)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_OUT)), 0);
  }
  assert_int_equal(total(f, G1, FLOW(CORE_F_RECOGNIZED)), 1);
  assert_int_equal(total(f, C11, FLOW(CORE_F_RECOGNIZED)), 1);
  assert_int_equal(nrec_of(f, Y), 0);
}

static void test_contrib_transfer_same_committee(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day a = day(2020, 3, 10), t = day(2020, 8, 3);
  core_event ev[] = {admitted(a, C11), transferred(t, C21)};
  core_event near[] = {admitted(a, C11), transferred(t, C12)};

  tree(f, 0);
  member(f, &p, ev, 2);
  /* The committee above both sees nothing move. */
  for (int64_t org = R; org <= X; org++) {
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_IN)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_OUT)), 0);
    assert_int_equal(on(f, org, t, STATUS(CORE_PROBATIONARY)), 0);
    assert_int_equal(total(f, org, STATUS(CORE_PROBATIONARY)), 1);
  }
  /* The grassroots organisations and cells do. */
  static const int64_t from[] = {G1, C11}, to[] = {G2, C21};
  for (size_t i = 0; i < 2; i++) {
    assert_int_equal(on(f, from[i], t, FLOW(CORE_F_MEMBERS_OUT)), 1);
    assert_int_equal(total(f, from[i], FLOW(CORE_F_MEMBERS_IN)), 0);
    assert_int_equal(total(f, from[i], FLOW(CORE_F_ADMITTED)), 1);
    assert_int_equal(upto(f, from[i], t - 1, STATUS(CORE_PROBATIONARY)), 1);
    assert_true(stock_empty(f, from[i]));
    assert_int_equal(on(f, to[i], t, FLOW(CORE_F_MEMBERS_IN)), 1);
    assert_int_equal(total(f, to[i], FLOW(CORE_F_MEMBERS_OUT)), 0);
    assert_int_equal(total(f, to[i], FLOW(CORE_F_ADMITTED)), 0);
    assert_int_equal(upto(f, to[i], t - 1, STATUS(CORE_PROBATIONARY)), 0);
    assert_int_equal(on(f, to[i], t, STATUS(CORE_PROBATIONARY)), 1);
    assert_int_equal(total(f, to[i], CORE_KEY(CORE_D_BORN, 1985)), 1);
  }

  /* Between two cells of one grassroots committee. */
  forget(f);
  member(f, &p, near, 2);
  assert_int_equal(total(f, G1, FLOW(CORE_F_MEMBERS_OUT)), 0);
  assert_int_equal(total(f, G1, FLOW(CORE_F_MEMBERS_IN)), 0);
  assert_int_equal(total(f, G1, STATUS(CORE_PROBATIONARY)), 1);
  assert_int_equal(on(f, C11, t, FLOW(CORE_F_MEMBERS_OUT)), 1);
  assert_int_equal(on(f, C12, t, FLOW(CORE_F_MEMBERS_IN)), 1);
  assert_true(stock_empty(f, C11));
}

static void test_contrib_transfer_across(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day a = day(2020, 3, 10), t = day(2020, 8, 3);
  core_event ev[] = {admitted(a, C11), transferred(t, G3)};

  tree(f, 0);
  member(f, &p, ev, 2);
  assert_int_equal(on(f, X, t, FLOW(CORE_F_MEMBERS_OUT)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_MEMBERS_OUT)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_MEMBERS_IN)), 0);
  assert_int_equal(on(f, X, t, STATUS(CORE_PROBATIONARY)), -1);
  assert_true(stock_empty(f, X));
  assert_int_equal(on(f, Y, t, FLOW(CORE_F_MEMBERS_IN)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_MEMBERS_IN)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_MEMBERS_OUT)), 0);
  assert_int_equal(total(f, Y, FLOW(CORE_F_ADMITTED)), 0);
  assert_int_equal(on(f, Y, t, STATUS(CORE_PROBATIONARY)), 1);
  assert_int_equal(upto(f, Y, t - 1, STATUS(CORE_PROBATIONARY)), 0);
  /* The probation still counts from the admission: overdue in Y when the
   * 12 months from the admission end, not 12 months from the transfer. */
  assert_int_equal(on(f, Y, core_official_date(a), CORE_KEY(CORE_D_OVERDUE, 0)),
                   1);
  assert_int_equal(total(f, X, CORE_KEY(CORE_D_OVERDUE, 0)), 0);
  /* A grassroots cell is its own cell. */
  assert_int_equal(on(f, G3, t, FLOW(CORE_F_MEMBERS_IN)), 1);
  assert_int_equal(total(f, G3, STATUS(CORE_PROBATIONARY)), 1);
  for (int64_t org = R; org <= P; org++) {
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_IN)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_OUT)), 0);
    assert_int_equal(total(f, org, STATUS(CORE_PROBATIONARY)), 1);
    assert_int_equal(on(f, org, t, STATUS(CORE_PROBATIONARY)), 0);
  }
}

static void test_contrib_organisation_moves(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day a = day(2022, 1, 10), m = day(2022, 7, 1);
  util_day o = day(2023, 1, 10);
  core_event ev[] = {admitted(a, C11), event(CORE_EV_RECOGNIZED, o)};
  core_event late[] = {admitted(day(2022, 9, 1), C12)};

  tree(f, m);
  member(f, &p, ev, 2);
  /* The member's organisation moved from X to Y: X sees it go out, Y come
   * in, with the stock. */
  assert_int_equal(on(f, X, a, FLOW(CORE_F_ADMITTED)), 1);
  assert_int_equal(on(f, X, m, FLOW(CORE_F_MEMBERS_OUT)), 1);
  assert_int_equal(upto(f, X, m - 1, STATUS(CORE_PROBATIONARY)), 1);
  assert_int_equal(upto(f, X, m, STATUS(CORE_PROBATIONARY)), 0);
  assert_true(stock_empty(f, X));
  assert_int_equal(total(f, X, FLOW(CORE_F_RECOGNIZED)), 0);
  assert_int_equal(on(f, Y, m, FLOW(CORE_F_MEMBERS_IN)), 1);
  assert_int_equal(upto(f, Y, m - 1, STATUS(CORE_PROBATIONARY)), 0);
  assert_int_equal(upto(f, Y, m, STATUS(CORE_PROBATIONARY)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_ADMITTED)), 0);
  assert_int_equal(on(f, Y, o, FLOW(CORE_F_RECOGNIZED)), 1);
  assert_int_equal(total(f, Y, STATUS(CORE_OFFICIAL)), 1);
  assert_int_equal(total(f, Y, CORE_KEY(CORE_D_KEY_CADRE, 0)), 1);
  /* Those on both paths see no flow and no net change that day. */
  static const int64_t both[] = {R, P, G1, C11};
  for (size_t i = 0; i < UTIL_COUNT(both); i++) {
    int64_t org = both[i];
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_IN)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_MEMBERS_OUT)), 0);
    assert_int_equal(on(f, org, m, STATUS(CORE_PROBATIONARY)), 0);
    assert_int_equal(on(f, org, m, CORE_KEY(CORE_D_BORN, 1985)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_ADMITTED)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_RECOGNIZED)), 1);
    assert_int_equal(total(f, org, STATUS(CORE_OFFICIAL)), 1);
  }
  assert_int_equal(nrec_of(f, G2), 0);

  /* Admitted after the move: Y's from the start. */
  forget(f);
  member(f, &p, late, 1);
  assert_int_equal(nrec_of(f, X), 0);
  assert_int_equal(total(f, Y, FLOW(CORE_F_ADMITTED)), 1);
  assert_int_equal(total(f, Y, STATUS(CORE_PROBATIONARY)), 1);
}

/* An official member whose organisation moves: recognised once, before
 * the move; disciplined on the day of the move, where it moved to. */
static void test_contrib_move_official(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day o = day(2021, 3, 10), m = day(2022, 7, 1);
  core_event ev[] = {admitted(day(2020, 3, 10), C11),
                     event(CORE_EV_RECOGNIZED, o),
                     disciplined(m, CORE_REPRIMAND)};

  tree(f, m);
  member(f, &p, ev, 3);
  static const int64_t both[] = {R, P, G1, C11};
  for (size_t i = 0; i < UTIL_COUNT(both); i++) {
    assert_int_equal(total(f, both[i], FLOW(CORE_F_RECOGNIZED)), 1);
    assert_int_equal(on(f, both[i], m, FLOW(CORE_F_REPRIMAND)), 1);
    assert_int_equal(on(f, both[i], m, PREV(0)), 1);
  }
  assert_int_equal(on(f, X, o, FLOW(CORE_F_RECOGNIZED)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_RECOGNIZED)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_REPRIMAND)), 0);
  assert_int_equal(with_dim(f, X, CORE_D_DISC_PREV), 0);
  assert_int_equal(on(f, X, m, CORE_KEY(CORE_D_ORIGIN, 2020)), -1);
  assert_int_equal(on(f, X, m, FLOW(CORE_F_MEMBERS_OUT)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_RECOGNIZED)), 0);
  assert_int_equal(on(f, Y, m, FLOW(CORE_F_REPRIMAND)), 1);
  assert_int_equal(on(f, Y, m, PREV(0)), 1);
  assert_int_equal(on(f, Y, m, CORE_KEY(CORE_D_ORIGIN, 2020)), 1);
  assert_int_equal(on(f, Y, m, STATUS(CORE_OFFICIAL)), 1);
  assert_int_equal(on(f, Y, m, FLOW(CORE_F_MEMBERS_IN)), 1);
}

static void test_contrib_discipline(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day a = day(2001, 7, 1), d1 = day(2005, 3, 1), t = day(2006, 1, 1);
  util_day d2 = day(2007, 2, 2), d3 = day(2008, 8, 8);
  core_event ev[] = {{.kind = CORE_EV_REGISTERED,
                      .date = a,
                      .cell = C11,
                      .official = day(2002, 7, 1),
                      .has_official = true},
                     disciplined(d1, CORE_REPRIMAND),
                     transferred(t, G3),
                     disciplined(d2, CORE_WARNING),
                     disciplined(d3, CORE_EXPULSION)};

  p.born = day(1975, 6, 1);
  tree(f, 0);
  member(f, &p, ev, 5);
  /* X and G1 held the member for the first only. */
  static const int64_t first[] = {X, G1, C11};
  for (size_t i = 0; i < UTIL_COUNT(first); i++) {
    int64_t org = first[i];
    assert_int_equal(on(f, org, d1, FLOW(CORE_F_REPRIMAND)), 1);
    assert_int_equal(on(f, org, d1, PREV(0)), 1);
    assert_int_equal(with_dim(f, org, CORE_D_DISC_PREV), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_WARNING)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_EXPULSION)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_EXPELLED)), 0);
  }
  /* Y and G3 for the last two. */
  static const int64_t last[] = {Y, G3};
  for (size_t i = 0; i < UTIL_COUNT(last); i++) {
    int64_t org = last[i];
    assert_int_equal(total(f, org, FLOW(CORE_F_REPRIMAND)), 0);
    assert_int_equal(on(f, org, d2, FLOW(CORE_F_WARNING)), 1);
    assert_int_equal(on(f, org, d2, PREV(0)), 1);
    assert_int_equal(on(f, org, d3, FLOW(CORE_F_EXPULSION)), 1);
    assert_int_equal(on(f, org, d3, PREV(CORE_DISC_DAY(d2))), 1);
    assert_int_equal(with_dim(f, org, CORE_D_DISC_PREV), 2);
    /* Expelled: the membership ends there. */
    assert_int_equal(on(f, org, d3, FLOW(CORE_F_EXPELLED)), 1);
    assert_int_equal(upto(f, org, d3 - 1, STATUS(CORE_OFFICIAL)), 1);
    assert_true(stock_empty(f, org));
  }
  /* P and R held the member throughout. */
  for (int64_t org = R; org <= P; org++) {
    assert_int_equal(on(f, org, d1, PREV(0)), 1);
    assert_int_equal(on(f, org, d2, PREV(CORE_DISC_DAY(d1))), 1);
    assert_int_equal(on(f, org, d3, PREV(CORE_DISC_DAY(d2))), 1);
    assert_int_equal(with_dim(f, org, CORE_D_DISC_PREV), 3);
    assert_int_equal(total(f, org, FLOW(CORE_F_REPRIMAND)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_WARNING)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_EXPULSION)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_EXPELLED)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_DISMISSAL)), 0);
    assert_true(stock_empty(f, org));
  }
  assert_int_equal(CORE_DISC_DAY(UTIL_DAY_MIN), 1);
}

/* On the day of a transfer a discipline counts where the member was as it
 * was recorded: before the transfer in the old cell, after it in the new. */
static void test_contrib_discipline_order(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day t = day(2025, 3, 4);
  core_event before[] = {admitted(day(2024, 1, 8), C11),
                         event(CORE_EV_RECOGNIZED, day(2025, 1, 8)),
                         disciplined(t, CORE_REPRIMAND), transferred(t, G3)};
  core_event after[] = {admitted(day(2024, 1, 8), C11),
                        event(CORE_EV_RECOGNIZED, day(2025, 1, 8)),
                        transferred(t, G3), disciplined(t, CORE_REPRIMAND)};

  tree(f, 0);
  member(f, &p, before, 4);
  assert_int_equal(on(f, X, t, FLOW(CORE_F_REPRIMAND)), 1);
  assert_int_equal(on(f, G1, t, FLOW(CORE_F_REPRIMAND)), 1);
  assert_int_equal(on(f, X, t, PREV(0)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_REPRIMAND)), 0);
  assert_int_equal(with_dim(f, Y, CORE_D_DISC_PREV), 0);
  assert_int_equal(on(f, P, t, FLOW(CORE_F_REPRIMAND)), 1);

  forget(f);
  member(f, &p, after, 4);
  assert_int_equal(total(f, X, FLOW(CORE_F_REPRIMAND)), 0);
  assert_int_equal(on(f, Y, t, FLOW(CORE_F_REPRIMAND)), 1);
  assert_int_equal(on(f, G3, t, FLOW(CORE_F_REPRIMAND)), 1);
  assert_int_equal(on(f, P, t, FLOW(CORE_F_REPRIMAND)), 1);
}

static void test_contrib_leaving(void **state) {
  fixture *f = *state;
  static const struct {
    enum core_event_kind kind;
    enum core_flow flow;
  } ways[] = {{CORE_EV_REMOVED, CORE_F_REMOVED},
              {CORE_EV_RESIGNED, CORE_F_RESIGNED},
              {CORE_EV_DECEASED, CORE_F_DECEASED}};
  core_profile p = profile();
  util_day a = day(2020, 3, 10), l = day(2022, 4, 4);

  tree(f, 0);
  for (size_t i = 0; i < UTIL_COUNT(ways); i++) {
    core_event ev[] = {admitted(a, C21),
                       event(CORE_EV_RECOGNIZED, day(2021, 3, 10)),
                       event(ways[i].kind, l)};
    forget(f);
    member(f, &p, ev, 3);
    for (int64_t org = 1; org < NORG; org++) {
      bool above = org == R || org == P || org == X || org == G2 || org == C21;
      assert_int_equal(total(f, org, FLOW(ways[i].flow)), above);
      assert_int_equal(on(f, org, l, FLOW(ways[i].flow)), above);
      assert_int_equal(on(f, org, l, STATUS(CORE_OFFICIAL)), -above);
      assert_int_equal(on(f, org, l, CORE_KEY(CORE_D_ORIGIN, 2020)), -above);
      assert_true(stock_empty(f, org));
      for (size_t j = 0; j < UTIL_COUNT(ways); j++)
        if (j != i)
          assert_int_equal(total(f, org, FLOW(ways[j].flow)), 0);
    }
  }
}

static void test_contrib_same_day(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day a = day(2020, 3, 10);
  core_event ev[] = {admitted(a, C11), transferred(a, G3)};
  core_event gone[] = {admitted(a, C11), event(CORE_EV_REMOVED, a)};

  tree(f, 0);
  member(f, &p, ev, 2);
  /* Admitted in C11 and gone the same day: flows, never any stock. */
  static const int64_t left[] = {X, G1, C11};
  for (size_t i = 0; i < UTIL_COUNT(left); i++) {
    assert_int_equal(on(f, left[i], a, FLOW(CORE_F_ADMITTED)), 1);
    assert_int_equal(on(f, left[i], a, FLOW(CORE_F_MEMBERS_OUT)), 1);
    assert_int_equal(with_dim(f, left[i], CORE_D_STATUS), 0);
    assert_int_equal(nrec_of(f, left[i]), 2);
  }
  assert_int_equal(on(f, Y, a, FLOW(CORE_F_MEMBERS_IN)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_ADMITTED)), 0);
  assert_int_equal(on(f, Y, a, STATUS(CORE_PROBATIONARY)), 1);
  assert_int_equal(total(f, P, FLOW(CORE_F_ADMITTED)), 1);
  assert_int_equal(total(f, P, FLOW(CORE_F_MEMBERS_IN)), 0);
  assert_int_equal(total(f, P, STATUS(CORE_PROBATIONARY)), 1);

  forget(f);
  member(f, &p, gone, 2);
  assert_int_equal(total(f, X, FLOW(CORE_F_ADMITTED)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_REMOVED)), 1);
  assert_int_equal(with_dim(f, X, CORE_D_STATUS), 0);
  assert_int_equal(nrec_of(f, X), 2);
}

/* A point about a target carries the earlier records about it and where
 * they were placed; each organisation above receives the day of the latest
 * one placed below it, and never the priors themselves. */
static void test_contrib_point_target(void **state) {
  fixture *f = *state;
  util_day d0 = day(2025, 2, 1), d1 = day(2025, 5, 1), d2 = day(2025, 9, 1);
  uint32_t marker =
      CORE_KEY(CORE_D_TARGET, CORE_TARGET_PREV(CORE_INSPECTION, 1, 0));
  core_tally t = {0};

  tree(f, 0);
  core_tally_add(&t, marker, 1);
  core_tally_add(&t, CORE_KEY(CORE_D_PRIOR, CORE_DISC_DAY(d0)), C11);
  core_tally_add(&t, CORE_KEY(CORE_D_PRIOR, CORE_DISC_DAY(d1)), G3);
  core_contribute_point(C12, d2, &t, &f->sink);
  /* X saw the record of d0 (C11) and not that of d1 (G3, under Y). */
  assert_int_equal(on(f, X, d2, marker | CORE_DISC_DAY(d0)), 1);
  /* The province saw both: the latest is d1. */
  assert_int_equal(on(f, P, d2, marker | CORE_DISC_DAY(d1)), 1);
  /* G1 holds C11: d0. C12, where it is placed, held neither: none. */
  assert_int_equal(on(f, G1, d2, marker | CORE_DISC_DAY(d0)), 1);
  assert_int_equal(on(f, C12, d2, marker), 1);
  assert_int_equal(with_dim(f, X, CORE_D_PRIOR), 0);
  assert_int_equal(with_dim(f, P, CORE_D_PRIOR), 0);
  core_tally_free(&t);
}

static void test_contrib_readmission(void **state) {
  fixture *f = *state;
  core_profile p = profile();
  util_day out = day(2015, 6, 1), back = day(2018, 6, 1);
  core_event ev[] = {admitted(day(2010, 1, 10), C11),
                     event(CORE_EV_RECOGNIZED, day(2011, 1, 10)),
                     event(CORE_EV_REMOVED, out),
                     {.kind = CORE_EV_READMITTED, .date = back, .cell = C21},
                     event(CORE_EV_RECOGNIZED, day(2019, 6, 1))};

  tree(f, 0);
  member(f, &p, ev, 5);
  assert_int_equal(total(f, X, FLOW(CORE_F_ADMITTED)), 1);
  assert_int_equal(on(f, X, out, FLOW(CORE_F_REMOVED)), 1);
  assert_int_equal(on(f, X, back, FLOW(CORE_F_READMITTED)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_READMITTED)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_MEMBERS_IN)), 0);
  assert_int_equal(total(f, X, FLOW(CORE_F_RECOGNIZED)), 2);
  assert_int_equal(upto(f, X, back - 1, STATUS(CORE_OFFICIAL)), 0);
  assert_int_equal(on(f, X, back, STATUS(CORE_PROBATIONARY)), 1);
  assert_int_equal(total(f, X, STATUS(CORE_OFFICIAL)), 1);
  /* Recognised in time after the readmission: never overdue. */
  assert_int_equal(with_dim(f, X, CORE_D_OVERDUE), 0);
  /* Party age counts from 2010-01-10 shifted by 1096 days out. */
  assert_int_equal(total(f, X, CORE_KEY(CORE_D_ORIGIN, 2010)), 0);
  assert_int_equal(total(f, X, CORE_KEY(CORE_D_ORIGIN, 2013)), 1);
  /* Out of G1, back in G2: no transfer between them. */
  assert_int_equal(total(f, G1, FLOW(CORE_F_READMITTED)), 0);
  assert_int_equal(total(f, G1, FLOW(CORE_F_MEMBERS_OUT)), 0);
  assert_true(stock_empty(f, G1));
  assert_int_equal(total(f, G2, FLOW(CORE_F_READMITTED)), 1);
  assert_int_equal(total(f, G2, FLOW(CORE_F_ADMITTED)), 0);
  assert_int_equal(total(f, G2, FLOW(CORE_F_MEMBERS_IN)), 0);
}

/* Contributes the scenario of test_contrib_discipline, with a transfer
 * and a move as well. */
static void busy_member(fixture *f) {
  core_profile p = profile();
  core_event ev[] = {admitted(day(2020, 1, 6), C11),
                     disciplined(day(2020, 2, 2), CORE_WARNING),
                     transferred(day(2020, 5, 5), C21),
                     event(CORE_EV_RECOGNIZED, day(2021, 1, 6)),
                     transferred(day(2022, 3, 3), C12),
                     disciplined(day(2022, 10, 1), CORE_DISMISSAL),
                     event(CORE_EV_RESIGNED, day(2023, 3, 3))};

  member(f, &p, ev, UTIL_COUNT(ev));
}

static void test_contrib_want(void **state) {
  fixture *f = *state;
  core_tally all[NORG];

  tree(f, day(2022, 7, 1));
  busy_member(f);
  for (int org = 0; org < NORG; org++) {
    all[org] = (core_tally){0};
    core_tally_merge(&all[org], &f->by_org[org], 1);
  }
  assert_int_equal(total(f, X, FLOW(CORE_F_WARNING)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_DISMISSAL)), 1);
  /* Only the committees: each receives what it received before, the others
   * nothing (emit fails on a skipped organisation). */
  forget(f);
  for (int org = 0; org < NORG; org++)
    f->skip[org] = org != X && org != Y;
  busy_member(f);
  for (int org = 0; org < NORG; org++) {
    const core_tally *t = &f->by_org[org];
    if (f->skip[org]) {
      assert_int_equal(t->len, 0);
    } else {
      assert_int_equal(t->len, all[org].len);
      assert_memory_equal(t->key, all[org].key, t->len * sizeof *t->key);
      assert_memory_equal(t->n, all[org].n, t->len * sizeof *t->n);
    }
    core_tally_free(&all[org]);
  }
}

static void test_contrib_org_founded(void **state) {
  fixture *f = *state;

  tree(f, 0);
  core_contribute_org(G1, CORE_GRASSROOTS_COMMITTEE, true, 0, 0,
                      CORE_F_ORGS_DISSOLVED, &f->sink);
  for (int64_t org = R; org <= X; org++) {
    assert_int_equal(on(f, org, FOUNDED, KIND(CORE_GRASSROOTS_COMMITTEE)), 1);
    assert_int_equal(on(f, org, FOUNDED, FLOW(CORE_F_ORGS_FOUNDED)), 1);
    assert_int_equal(nrec_of(f, org), 2);
  }
  /* Not counted by itself, nor by those it is not under. */
  assert_int_equal(nrec_of(f, G1), 0);
  assert_int_equal(nrec_of(f, Y), 0);
  assert_int_equal(nrec_of(f, C11), 0);

  /* When the founding date is not known, only the stock. */
  forget(f);
  core_contribute_org(C11, CORE_CELL, false, 0, 0, CORE_F_ORGS_DISSOLVED,
                      &f->sink);
  static const int64_t above[] = {R, P, X, G1};
  for (size_t i = 0; i < UTIL_COUNT(above); i++) {
    assert_int_equal(on(f, above[i], FOUNDED, KIND(CORE_CELL)), 1);
    assert_int_equal(total(f, above[i], FLOW(CORE_F_ORGS_FOUNDED)), 0);
    assert_int_equal(nrec_of(f, above[i]), 1);
  }
  assert_int_equal(nrec_of(f, C11), 0);

  /* A path that ends while the organisation lives on (not ended): the
   * stock goes, no dissolution or merger is counted. */
  forget(f);
  f->paths[C21][0].to = day(2024, 1, 1);
  core_contribute_org(C21, CORE_CELL, true, 0, 0, CORE_F_ORGS_DISSOLVED,
                      &f->sink);
  assert_int_equal(on(f, G2, day(2024, 1, 1), KIND(CORE_CELL)), -1);
  assert_int_equal(total(f, G2, FLOW(CORE_F_ORGS_DISSOLVED)), 0);
  assert_int_equal(total(f, G2, FLOW(CORE_F_ORGS_MERGED)), 0);
  assert_int_equal(nrec_of(f, G2), 3);

  /* The root is under nobody. */
  forget(f);
  core_contribute_org(R, CORE_CENTRAL, true, 0, 0, CORE_F_ORGS_DISSOLVED,
                      &f->sink);
  assert_int_equal(f->nrec, 0);
}

static void test_contrib_org_moves(void **state) {
  fixture *f = *state;
  util_day m = day(2022, 7, 1);

  tree(f, m);
  /* Its own move. */
  core_contribute_org(G1, CORE_GRASSROOTS_COMMITTEE, true, 0, 0,
                      CORE_F_ORGS_DISSOLVED, &f->sink);
  assert_int_equal(on(f, X, m, KIND(CORE_GRASSROOTS_COMMITTEE)), -1);
  assert_int_equal(on(f, X, m, FLOW(CORE_F_ORGS_OUT)), 1);
  assert_int_equal(total(f, X, FLOW(CORE_F_ORGS_IN)), 0);
  assert_int_equal(total(f, X, FLOW(CORE_F_ORGS_FOUNDED)), 1);
  assert_int_equal(total(f, X, KIND(CORE_GRASSROOTS_COMMITTEE)), 0);
  assert_int_equal(on(f, Y, m, KIND(CORE_GRASSROOTS_COMMITTEE)), 1);
  assert_int_equal(on(f, Y, m, FLOW(CORE_F_ORGS_IN)), 1);
  assert_int_equal(total(f, Y, FLOW(CORE_F_ORGS_OUT)), 0);
  assert_int_equal(total(f, Y, FLOW(CORE_F_ORGS_FOUNDED)), 0);
  for (int64_t org = R; org <= P; org++) {
    assert_int_equal(on(f, org, m, KIND(CORE_GRASSROOTS_COMMITTEE)), 0);
    assert_int_equal(total(f, org, KIND(CORE_GRASSROOTS_COMMITTEE)), 1);
    assert_int_equal(total(f, org, FLOW(CORE_F_ORGS_IN)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_ORGS_OUT)), 0);
  }
  assert_int_equal(nrec_of(f, G1), 0);

  /* Carried by its superior's move: the stock moves, no flow. */
  forget(f);
  core_contribute_org(C11, CORE_CELL, true, 0, 0, CORE_F_ORGS_DISSOLVED,
                      &f->sink);
  assert_int_equal(on(f, X, m, KIND(CORE_CELL)), -1);
  assert_int_equal(on(f, Y, m, KIND(CORE_CELL)), 1);
  assert_int_equal(total(f, G1, KIND(CORE_CELL)), 1);
  assert_int_equal(on(f, G1, m, KIND(CORE_CELL)), 0);
  for (int64_t org = 1; org < NORG; org++) {
    assert_int_equal(total(f, org, FLOW(CORE_F_ORGS_IN)), 0);
    assert_int_equal(total(f, org, FLOW(CORE_F_ORGS_OUT)), 0);
  }
  assert_int_equal(nrec_of(f, C11), 0);
}

static void test_contrib_org_ends(void **state) {
  fixture *f = *state;
  util_day m = day(2022, 7, 1), e = day(2024, 12, 31);
  static const enum core_flow hows[] = {CORE_F_ORGS_DISSOLVED,
                                        CORE_F_ORGS_MERGED};

  tree(f, m);
  f->paths[C21][0].to = e;
  f->paths[C12][1].to = e;
  for (size_t i = 0; i < UTIL_COUNT(hows); i++) {
    enum core_flow other = hows[1 - i];
    forget(f);
    core_contribute_org(C21, CORE_CELL, true, 0, e, hows[i], &f->sink);
    static const int64_t above[] = {R, P, X, G2};
    for (size_t k = 0; k < UTIL_COUNT(above); k++) {
      assert_int_equal(on(f, above[k], e, FLOW(hows[i])), 1);
      assert_int_equal(total(f, above[k], FLOW(other)), 0);
      assert_int_equal(on(f, above[k], e, KIND(CORE_CELL)), -1);
      assert_int_equal(total(f, above[k], KIND(CORE_CELL)), 0);
    }
    /* Moved, then ended: where it was at the end. */
    forget(f);
    core_contribute_org(C12, CORE_CELL, true, 0, e, hows[i], &f->sink);
    assert_int_equal(total(f, X, FLOW(hows[i])), 0);
    assert_int_equal(on(f, Y, e, FLOW(hows[i])), 1);
    assert_int_equal(on(f, G1, e, FLOW(hows[i])), 1);
    assert_int_equal(total(f, Y, KIND(CORE_CELL)), 0);
    assert_int_equal(nrec_of(f, C12), 0);
  }
}

static void test_contrib_org_want(void **state) {
  fixture *f = *state;
  util_day m = day(2022, 7, 1);

  tree(f, m);
  for (int org = 0; org < NORG; org++)
    f->skip[org] = org != Y;
  core_contribute_org(G1, CORE_GRASSROOTS_COMMITTEE, true, 0, 0,
                      CORE_F_ORGS_DISSOLVED, &f->sink);
  assert_int_equal(f->nrec, 2);
  assert_int_equal(on(f, Y, m, FLOW(CORE_F_ORGS_IN)), 1);
  assert_int_equal(on(f, Y, m, KIND(CORE_GRASSROOTS_COMMITTEE)), 1);
}

#define CONTRIB(test) cmocka_unit_test_setup_teardown(test, setup, teardown)

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_tally_add_get),
      cmocka_unit_test(test_tally_many),
      cmocka_unit_test(test_tally_merge),
      cmocka_unit_test(test_tally_clear),
      cmocka_unit_test(test_tally_encoding_format),
      cmocka_unit_test(test_tally_round_trip),
      cmocka_unit_test(test_tally_decode_rejects),
      CONTRIB(test_contrib_admission),
      CONTRIB(test_contrib_recognition),
      CONTRIB(test_contrib_transfer_same_committee),
      CONTRIB(test_contrib_transfer_across),
      CONTRIB(test_contrib_organisation_moves),
      CONTRIB(test_contrib_move_official),
      CONTRIB(test_contrib_discipline),
      CONTRIB(test_contrib_discipline_order),
      CONTRIB(test_contrib_leaving),
      CONTRIB(test_contrib_same_day),
      CONTRIB(test_contrib_readmission),
      CONTRIB(test_contrib_point_target),
      CONTRIB(test_contrib_want),
      CONTRIB(test_contrib_org_founded),
      CONTRIB(test_contrib_org_moves),
      CONTRIB(test_contrib_org_ends),
      CONTRIB(test_contrib_org_want),
  };

  return cmocka_run_group_tests(tests, NULL, NULL);
}
