/*
 * map.c — open addressing with linear probing; the table doubles when it
 * is more than half full, so probes stay short.
 */
#include "util/map.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

static size_t slot_of(uint64_t key, size_t cap) {
  /* Fibonacci hashing spreads ids and days that differ in low bits. */
  return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 17) & (cap - 1);
}

size_t *util_map_get(const util_map *m, uint64_t key) {
  if (!m->cap)
    return NULL;
  for (size_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
    if (!m->used[i])
      return NULL;
    if (m->keys[i] == key)
      return &m->vals[i];
  }
}

static void grow(util_map *m) {
  util_map n = {.cap = m->cap ? 2 * m->cap : 64};
  n.keys = util_xmalloc(n.cap * sizeof *n.keys);
  n.vals = util_xmalloc(n.cap * sizeof *n.vals);
  n.used = util_xcalloc(n.cap, 1);
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->used[i])
      continue;
    size_t j = slot_of(m->keys[i], n.cap);
    while (n.used[j])
      j = (j + 1) & (n.cap - 1);
    n.used[j] = 1;
    n.keys[j] = m->keys[i];
    n.vals[j] = m->vals[i];
    n.len++;
  }
  util_map_free(m);
  *m = n;
}

size_t *util_map_put(util_map *m, uint64_t key, bool *created) {
  if (2 * (m->len + 1) > m->cap)
    grow(m);
  size_t i = slot_of(key, m->cap);
  while (m->used[i]) {
    if (m->keys[i] == key) {
      *created = false;
      return &m->vals[i];
    }
    i = (i + 1) & (m->cap - 1);
  }
  m->used[i] = 1;
  m->keys[i] = key;
  m->vals[i] = 0;
  m->len++;
  *created = true;
  return &m->vals[i];
}

void util_map_clear(util_map *m) {
  if (m->cap)
    memset(m->used, 0, m->cap);
  m->len = 0;
}

void util_map_free(util_map *m) {
  free(m->keys);
  free(m->vals);
  free(m->used);
  memset(m, 0, sizeof *m);
}
