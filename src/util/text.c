/*
 * text.c — UTF-8 text as cadre stores and searches it. Names come from
 * keyboards, spreadsheets and old systems in every Unicode form; storing
 * them cleaned and NFC-normalised makes equal names equal bytes, and the
 * folded search key lets "nguyen van an" find "Nguyễn Văn An".
 */
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Decodes one code point from s[0..n), n >= 1. Returns its length, or 0
 * when the bytes are not the shortest encoding of a Unicode scalar value
 * (overlong forms, surrogates and values past U+10FFFF are refused). */
static size_t decode(const unsigned char *s, size_t n, int32_t *cp) {
  unsigned char c = s[0];
  size_t len;
  int32_t v;
  int32_t min;

  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (n < len)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return len;
}

bool util_utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  int32_t cp;

  while (i < n) {
    size_t len = decode(p + i, n - i, &cp);
    if (len == 0)
      return false;
    i += len;
  }
  return true;
}

/* Unicode's White_Space property. */
static bool is_white(int32_t cp) {
  utf8proc_category_t cat;

  if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85)
    return true;
  cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP;
}

/* Punctuation and symbols (Unicode categories P* and S*): a name key
 * treats them as white space, so "Lý, Thị Mai" is found by "ly thi mai". */
static bool is_separator(int32_t cp) {
  utf8proc_category_t cat = utf8proc_category(cp);
  return is_white(cp) ||
         (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_SO);
}

static bool is_control(int32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

/* Runs utf8proc's decomposition (and, per options, composition) on valid
 * UTF-8 with cadre's allocator, as utf8proc_map would with malloc. Returns
 * the code points in *out (count returned; the buffer has room for the
 * re-encoding), or -1 when utf8proc refuses the input. */
static utf8proc_ssize_t decompose(const char *in, utf8proc_option_t opts,
                                  utf8proc_custom_func fn, int32_t **out) {
  const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)in;
  utf8proc_ssize_t len = (utf8proc_ssize_t)strlen(in);
  utf8proc_ssize_t n;
  utf8proc_ssize_t got;
  int32_t *cps;

  n = utf8proc_decompose_custom(s, len, NULL, 0, opts, fn, NULL);
  if (n < 0)
    return -1;
  /* utf8proc_reencode needs one byte past the code points for its NUL. */
  cps = util_xmalloc((size_t)n * sizeof *cps + 1);
  got = utf8proc_decompose_custom(s, len, cps, n, opts, fn, NULL);
  if (got != n) {
    free(cps);
    return -1;
  }
  *out = cps;
  return n;
}

char *util_text_clean(const char *in, const char **why) {
  const unsigned char *p = (const unsigned char *)in;
  size_t n = strlen(in);
  utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
  int32_t *cps = NULL;
  utf8proc_ssize_t count;
  utf8proc_ssize_t bytes;
  size_t start = 0;
  size_t end;
  char *result = NULL;
  const char *reason = N_("invalid UTF-8");

  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t len = decode(p + i, n - i, &cp);
    if (len == 0)
      goto done;
    if (is_control(cp)) {
      reason = N_("control character in text");
      goto done;
    }
    i += len;
  }
  count = decompose(in, opts, NULL, &cps);
  if (count < 0)
    goto done;
  bytes = utf8proc_reencode(cps, count, opts);
  if (bytes < 0)
    goto done;
  /* Trimmed after normalising, on whole code points of the result. */
  p = (const unsigned char *)cps;
  end = (size_t)bytes;
  while (start < end) {
    int32_t cp;
    size_t len = decode(p + start, end - start, &cp);
    if (!is_white(cp))
      break;
    start += len;
  }
  while (end > start) {
    size_t b = end - 1;
    int32_t cp;
    while (b > start && (p[b] & 0xC0) == 0x80)
      b--;
    decode(p + b, end - b, &cp);
    if (!is_white(cp))
      break;
    end = b;
  }
  result = util_xstrndup((const char *)p + start, end - start);
done:
  free(cps);
  if (!result && why)
    *why = reason;
  return result;
}

/* đ and Đ have no decomposition, so stripping marks would leave them;
 * Vietnamese readers treat them as d when searching. */
static utf8proc_int32_t fold_d(utf8proc_int32_t cp, void *data) {
  (void)data;
  return cp == 0x0110 || cp == 0x0111 ? 'd' : cp;
}

char *util_text_fold(const char *in) {
  utf8proc_option_t opts = UTF8PROC_STABLE | UTF8PROC_COMPAT |
                           UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                           UTF8PROC_CASEFOLD;
  int32_t *cps = NULL;
  utf8proc_ssize_t count;
  utf8proc_ssize_t kept = 0;
  bool space = false;
  char *result;

  count = decompose(in, opts, fold_d, &cps);
  if (count < 0) /* invalid input has no key; an empty one finds nothing */
    return util_xstrdup("");
  for (utf8proc_ssize_t i = 0; i < count; i++) {
    if (is_separator(cps[i])) {
      space = kept > 0;
      continue;
    }
    if (space)
      cps[kept++] = ' ';
    space = false;
    cps[kept++] = cps[i];
  }
  /* Without COMPOSE this only encodes; it cannot fail on these values. */
  if (utf8proc_reencode(cps, kept, UTF8PROC_STABLE) < 0) {
    free(cps);
    return util_xstrdup("");
  }
  result = util_xstrdup((const char *)cps);
  free(cps);
  return result;
}

char *util_text_casefold(const char *in) {
  utf8proc_option_t opts =
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
  int32_t *cps = NULL;
  utf8proc_ssize_t count = decompose(in, opts, NULL, &cps);
  if (count < 0 || utf8proc_reencode(cps, count, opts) < 0) {
    free(cps);
    return util_xstrdup(in);
  }
  char *result = util_xstrdup((const char *)cps);
  free(cps);
  return result;
}

size_t util_text_width(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  size_t width = 0;

  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t len = decode(p + i, n - i, &cp);
    int w;
    if (len == 0) { /* a stray byte shows as one replacement character */
      width++;
      i++;
      continue;
    }
    w = utf8proc_charwidth(cp);
    width += w > 0 ? (size_t)w : 0;
    i += len;
  }
  return width;
}

util_quoted util_quote(const char *s) {
  util_quoted q = {{0}};
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  size_t n = strlen((const char *)p), i = 0, out = 0, chars = 0;
  int32_t cp;

  while (i < n) {
    if (chars == UTIL_QUOTE_CHARS) {
      memcpy(q.s + out, "\u2026", 3); /* … */
      out += 3;
      break;
    }
    size_t len = decode(p + i, n - i, &cp);
    if (len == 0 || is_control(cp)) {
      /* A byte that is not text, or a control character (ESC would drive
       * the terminal): shown as \xNN, each byte. */
      size_t bytes = len ? len : 1;
      for (size_t k = 0; k < bytes; k++)
        out +=
            (size_t)snprintf(q.s + out, sizeof q.s - out, "\\x%02x", p[i + k]);
      i += bytes;
    } else {
      memcpy(q.s + out, p + i, len);
      out += len;
      i += len;
    }
    chars++;
  }
  q.s[out] = '\0';
  return q;
}
