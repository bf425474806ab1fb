/*
 * rng.c — splitmix64 (Steele, Lea and Flood 2014): tiny, fast and good
 * enough to invent names and dates that look real.
 */
#include "util/util.h"

uint64_t util_rng_next(util_rng *r) {
  uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

int util_rng_below(util_rng *r, int n) {
  return (int)(util_rng_next(r) % (uint64_t)n);
}
