/*
 * embed.h — files compiled into the binary (schema migrations, rubrics,
 * the web UI). The build generates the tables; each ends with a zero entry.
 * The data is static and never freed.
 */
#ifndef CADRE_UTIL_EMBED_H
#define CADRE_UTIL_EMBED_H

#include <stddef.h>

struct util_embedded {
  const char *name; /* file name without its folder */
  size_t size;      /* bytes, without the terminating NUL */
  const char *data; /* NUL-terminated contents */
  const char *sha;  /* the first 16 hex digits of its SHA-256 */
};

#endif
