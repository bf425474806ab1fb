/*
 * buf.c — growable byte buffers, the one way cadre builds strings of
 * unknown length (messages, CSV output, SQL parameters, HTTP bodies).
 */
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

/* Makes room for n more bytes and the terminating NUL. */
static void reserve(util_buf *b, size_t n) {
  size_t need;
  size_t cap;

  /* A size that cannot be represented saturates, so that the allocator
   * fails and reports it like any other shortage. */
  need = n > SIZE_MAX - b->len - 1 ? SIZE_MAX : b->len + n + 1;
  if (need <= b->cap)
    return;
  cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  b->data = util_xrealloc(b->data, cap);
  b->cap = cap;
}

void util_buf_add(util_buf *b, const void *p, size_t n) {
  reserve(b, n);
  if (n)
    memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void util_buf_puts(util_buf *b, const char *s) {
  util_buf_add(b, s, strlen(s));
}

void util_buf_putc(util_buf *b, char c) {
  util_buf_add(b, &c, 1);
}

void util_buf_printf(util_buf *b, const char *fmt, ...) {
  va_list ap;

  va_start(ap, fmt);
  util_buf_vprintf(b, fmt, ap);
  va_end(ap);
}

void util_buf_vprintf(util_buf *b, const char *fmt, va_list ap) {
  va_list again;
  int n;

  /* The first pass only measures; ap cannot be walked twice. */
  va_copy(again, ap);
  n = vsnprintf(NULL, 0, fmt, ap);
  if (n < 0) {
    /* Only an invalid format or a huge result get here: both are bugs in
     * the caller, and an empty addition is the least harmful answer. */
    va_end(again);
    reserve(b, 0);
    b->data[b->len] = '\0';
    return;
  }
  reserve(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
  va_end(again);
  b->len += (size_t)n;
}

void util_buf_reset(util_buf *b) {
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

void util_buf_free(util_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
}

char *util_buf_take(util_buf *b) {
  char *s = b->data;

  if (!s)
    return util_xstrdup("");
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
  return s;
}

const char *util_plural(int64_t n, const char *one, const char *many) {
  return n == 1 ? one : many;
}

void util_buf_count(util_buf *b, int64_t n, const char *one, const char *many) {
  util_buf_printf(b, "%lld %s", (long long)n, util_plural(n, one, many));
}
