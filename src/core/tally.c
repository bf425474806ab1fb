/*
 * tally.c — sparse vectors of counts by key, and their compact encoding.
 *
 * A tally row in the store holds the net change of every figure of one
 * organisation on one day (or in one year); a report adds a few hundred of
 * them. The encoding is a sequence of pairs: the key's difference from the
 * previous key as an unsigned LEB128 varint, then the count zig-zag encoded
 * as a varint. Keys are strictly increasing and no count is zero.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

/* Index of the first entry with a key >= key. */
static size_t lower_bound(const core_tally *t, uint32_t key) {
  size_t lo = 0, hi = t->len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->key[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static void reserve(core_tally *t, size_t need) {
  if (need <= t->cap)
    return;
  size_t cap = t->cap ? t->cap : 8;
  while (cap < need)
    cap *= 2;
  t->key = util_xrealloc(t->key, cap * sizeof *t->key);
  t->n = util_xrealloc(t->n, cap * sizeof *t->n);
  t->cap = cap;
}

void core_tally_add(core_tally *t, uint32_t key, int64_t n) {
  if (n == 0)
    return;
  size_t i = lower_bound(t, key);
  if (i < t->len && t->key[i] == key) {
    t->n[i] += n;
    if (t->n[i] == 0) {
      memmove(&t->key[i], &t->key[i + 1], (t->len - i - 1) * sizeof *t->key);
      memmove(&t->n[i], &t->n[i + 1], (t->len - i - 1) * sizeof *t->n);
      t->len--;
    }
    return;
  }
  reserve(t, t->len + 1);
  memmove(&t->key[i + 1], &t->key[i], (t->len - i) * sizeof *t->key);
  memmove(&t->n[i + 1], &t->n[i], (t->len - i) * sizeof *t->n);
  t->key[i] = key;
  t->n[i] = n;
  t->len++;
}

void core_tally_merge(core_tally *t, const core_tally *src, int sign) {
  if (src->len == 0)
    return;
  /* Merged from the ends down into t's own arrays, grown once: linear,
   * and no allocation once t has room, however many rows a report adds.
   * An entry of t is read before its place is written, since the places
   * still free (o - i) never fall below the entries of src still to go. */
  reserve(t, t->len + src->len);
  size_t i = t->len, j = src->len, o = t->len + src->len, end = o;
  while (j > 0) {
    if (i > 0 && t->key[i - 1] > src->key[j - 1]) {
      o--, i--;
      t->key[o] = t->key[i];
      t->n[o] = t->n[i];
    } else if (i > 0 && t->key[i - 1] == src->key[j - 1]) {
      int64_t sum = t->n[--i] + sign * src->n[--j];
      if (sum != 0) {
        o--;
        t->key[o] = src->key[j];
        t->n[o] = sum;
      }
    } else {
      o--, j--;
      t->key[o] = src->key[j];
      t->n[o] = sign * src->n[j];
    }
  }
  /* t's first i entries are in place; the merged ones close up to them. */
  memmove(&t->key[i], &t->key[o], (end - o) * sizeof *t->key);
  memmove(&t->n[i], &t->n[o], (end - o) * sizeof *t->n);
  t->len = i + (end - o);
}

int64_t core_tally_get(const core_tally *t, uint32_t key) {
  size_t i = lower_bound(t, key);
  return i < t->len && t->key[i] == key ? t->n[i] : 0;
}

void core_tally_clear(core_tally *t) {
  t->len = 0;
}

void core_tally_free(core_tally *t) {
  free(t->key);
  free(t->n);
  memset(t, 0, sizeof *t);
}

static void put_varint(util_buf *out, uint64_t v) {
  unsigned char b[10];
  size_t n = 0;
  do {
    b[n] = v & 0x7f;
    v >>= 7;
    if (v)
      b[n] |= 0x80;
    n++;
  } while (v);
  util_buf_add(out, b, n);
}

void core_tally_encode(const core_tally *t, util_buf *out) {
  uint32_t prev = 0;
  for (size_t i = 0; i < t->len; i++) {
    put_varint(out, t->key[i] - prev);
    prev = t->key[i];
    uint64_t z = ((uint64_t)t->n[i] << 1) ^ (uint64_t)(t->n[i] >> 63);
    put_varint(out, z);
  }
}

/* Reads a varint at *p; returns -1 when it runs past end or does not fit in
 * 64 bits. */
static int get_varint(const unsigned char **p, const unsigned char *end,
                      uint64_t *v) {
  uint64_t r = 0;
  for (int shift = 0; *p < end; shift += 7) {
    unsigned char c = *(*p)++;
    /* The tenth byte holds the 64th bit and nothing more. */
    if (shift == 63 && c > 1)
      return -1;
    r |= (uint64_t)(c & 0x7f) << shift;
    if (!(c & 0x80)) {
      *v = r;
      return 0;
    }
  }
  return -1;
}

/* Walks the encoded pairs, storing them in key[] and n[] unless key is
 * NULL (their keys increase, so that they come sorted), and sets *count.
 * Returns -1 at the first thing that is not a tally: a cut varint, a key
 * that does not increase or passes 32 bits, a zero count. */
static int scan(const unsigned char *p, size_t len, uint32_t *key, int64_t *n,
                size_t *count) {
  const unsigned char *end = p + len;
  uint64_t k = 0;
  size_t c = 0;
  for (bool first = true; p < end; first = false, c++) {
    uint64_t d, z;
    if (get_varint(&p, end, &d) || get_varint(&p, end, &z))
      return -1;
    if ((d == 0 && !first) || d > UINT32_MAX - k || z == 0)
      return -1;
    k += d;
    if (key) {
      key[c] = (uint32_t)k;
      n[c] = (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
    }
  }
  *count = c;
  return 0;
}

int core_tally_decode_add(core_tally *t, const void *data, size_t len,
                          int sign) {
  /* Checked whole first, so that damaged bytes leave t as it was; then
   * decoded (on the stack when small, as a day's row is) and merged in
   * one pass: adding the pairs one by one would search and shift t for
   * each, and a report adds hundreds of rows. */
  enum { SMALL = 256 };
  uint32_t key[SMALL];
  int64_t n[SMALL];
  size_t count;
  if (scan(data, len, NULL, NULL, &count))
    return -1;
  core_tally row = {key, n, 0, SMALL};
  if (count > SMALL) {
    row.key = util_xmalloc(count * sizeof *row.key);
    row.n = util_xmalloc(count * sizeof *row.n);
  }
  scan(data, len, row.key, row.n, &row.len);
  core_tally_merge(t, &row, sign);
  if (count > SMALL) {
    free(row.key);
    free(row.n);
  }
  return 0;
}
