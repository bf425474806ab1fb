/*
 * map.h — a hash map from 64-bit keys to indexes, for the caches and
 * batches that group work by organisation and day. Callers keep their
 * records in an array of their own and store the index here. A zeroed
 * util_map is an empty map; util_map_free releases it.
 */
#ifndef CADRE_UTIL_MAP_H
#define CADRE_UTIL_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct util_map {
  uint64_t *keys;
  size_t *vals;
  unsigned char *used;
  size_t cap, len;
} util_map;

/* The value stored for key, or NULL. */
size_t *util_map_get(const util_map *m, uint64_t key);
/* The value slot for key, created (and *created set) when absent; the
 * pointer is valid until the next util_map_put. */
size_t *util_map_put(util_map *m, uint64_t key, bool *created);
void util_map_clear(util_map *m);
void util_map_free(util_map *m);

#endif
