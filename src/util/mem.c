/*
 * mem.c — allocators that never return NULL. Running out of memory is
 * fatal in cadre: a records tool has no sensible way to go on half-way, and
 * callers stay free of checks that would never be tested.
 */
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

static _Noreturn void out_of_memory(void) {
  fputs("cadre: out of memory\n", stderr);
  abort();
}

void *util_xmalloc(size_t n) {
  /* malloc(0) may return NULL on success; asking for one byte keeps
   * "NULL means failure" true. */
  void *p = malloc(n ? n : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *util_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  if (!p)
    out_of_memory();
  return p;
}

void *util_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    out_of_memory();
  return q;
}

char *util_xstrdup(const char *s) {
  size_t n = strlen(s);
  char *d = util_xmalloc(n + 1);
  memcpy(d, s, n + 1);
  return d;
}

char *util_xstrndup(const char *s, size_t n) {
  size_t len = strnlen(s, n);
  char *d = util_xmalloc(len + 1);
  memcpy(d, s, len);
  d[len] = '\0';
  return d;
}

char *util_xasprintf(const char *fmt, ...) {
  va_list ap;
  util_buf b = {0};

  va_start(ap, fmt);
  util_buf_vprintf(&b, fmt, ap);
  va_end(ap);
  return util_buf_take(&b);
}
