/*
 * lang_fmt.c — numbers and dates as a language writes them for a reader
 * (lang.h). The forms come from the catalog, as patterns a translator
 * edits: "#,##0.#" says the group separator (","), the size of the first
 * group from the right (3: the digits after the last separator), of the
 * others (3: the digits between the last two; Hindi's "#,##,##0.#" makes
 * them 2), and the decimal mark ("."); "YYYY-MM-DD" says where the year,
 * month and day go. A pattern that does not parse falls back to English's,
 * so a translator's slip shows as English, never as a wrong number.
 */
#include "util/lang.h"

#include <string.h>

typedef struct num_form {
  char group[8], mark[8]; /* separator ("" for none) and decimal mark */
  int primary, secondary; /* sizes of the first group and the others */
} num_form;

static const char num_source[] = "#,##0.#";
static const char date_source[] = "YYYY-MM-DD";

/* Not a digit, a letter or a control character: what may stand between
 * the digits of a number or of a date (bytes of UTF-8 past ASCII too). */
static bool punctuation(char ch) {
  unsigned char c = (unsigned char)ch, lower = c | 0x20;
  return c >= 0x80 || (c >= ' ' && !(c >= '0' && c <= '9') &&
                       !(lower >= 'a' && lower <= 'z'));
}

/* A separator or mark: bytes other than '#', '0' and ASCII digits and
 * letters, at most 7 (U+00A0, U+202F and the like are 2 or 3). */
static size_t symbol(const char *s, char out[8]) {
  size_t n = 0;
  while (s[n] && s[n] != '#' && s[n] != '0') {
    if (!punctuation(s[n]))
      return 0;
    if (++n == 8)
      return 0;
  }
  memcpy(out, s, n);
  out[n] = '\0';
  return n;
}

static bool parse_num(const char *p, num_form *f) {
  int seg[8], nseg = 0, len = 0;
  bool zero = false;
  char sep[8];
  *f = (num_form){.mark = "."};
  while (*p && !zero) {
    if (*p == '#' || *p == '0') {
      zero = *p++ == '0';
      len++;
      continue;
    }
    size_t n = symbol(p, sep);
    if (!n || len == 0 || nseg == 7 || (f->group[0] && strcmp(sep, f->group)))
      return false;
    memcpy(f->group, sep, n + 1);
    seg[nseg++] = len;
    len = 0;
    p += n;
  }
  if (!zero)
    return false;
  seg[nseg++] = len;
  if (nseg > 1) {
    f->primary = seg[nseg - 1];
    f->secondary = nseg > 2 ? seg[nseg - 2] : f->primary;
  }
  if (*p) {
    size_t n = symbol(p, f->mark);
    if (!n || p[n] != '#')
      return false;
    for (p += n; *p == '#'; p++)
      ;
  }
  return *p == '\0';
}

static num_form num_form_of(const util_lang *l) {
  num_form f;
  /* TRANSLATORS: how numbers are written: put the group separator in
     place of ",", the decimal mark in place of "."; "#,##,##0.#" makes
     the groups after the first three digits two digits long. */
  if (!parse_num(util_trc(l, "number format", "#,##0.#"), &f))
    parse_num(num_source, &f);
  return f;
}

char *util_lang_num(const util_lang *l, int64_t scaled, int decimals,
                    char out[static UTIL_LANG_NUM_MAX]) {
  num_form f = num_form_of(l);
  uint64_t mag = scaled < 0 ? 0 - (uint64_t)scaled : (uint64_t)scaled;
  uint64_t unit = 1;
  if (decimals < 0)
    decimals = 0;
  if (decimals > 6)
    decimals = 6;
  for (int i = 0; i < decimals; i++)
    unit *= 10;

  char digits[24];
  int nd = 0;
  uint64_t whole = mag / unit;
  do
    digits[nd++] = (char)('0' + whole % 10);
  while ((whole /= 10) > 0);

  /* Written from the end, so that the groups are counted from the right. */
  char tmp[UTIL_LANG_NUM_MAX];
  size_t at = sizeof tmp, gl = strlen(f.group), ml = strlen(f.mark);
  tmp[--at] = '\0';
  if (decimals) {
    uint64_t frac = mag % unit;
    for (int i = 0; i < decimals; i++, frac /= 10)
      tmp[--at] = (char)('0' + frac % 10);
    at -= ml;
    memcpy(tmp + at, f.mark, ml);
  }
  int in_group = 0, size = f.primary;
  for (int i = 0; i < nd; i++) {
    if (size && in_group == size) {
      at -= gl;
      memcpy(tmp + at, f.group, gl);
      in_group = 0;
      size = f.secondary;
    }
    tmp[--at] = digits[i];
    in_group++;
  }
  if (scaled < 0)
    tmp[--at] = '-';
  memcpy(out, tmp + at, sizeof tmp - at);
  return out;
}

/* A date pattern: YYYY, MM and DD once each, and between them only
 * punctuation and spaces; what it writes fits in 16 bytes. */
static bool date_form_ok(const char *p) {
  int y = 0, m = 0, d = 0;
  size_t len = 0;
  for (; *p; len++) {
    if (strncmp(p, "YYYY", 4) == 0)
      y++, p += 4, len += 3;
    else if (strncmp(p, "MM", 2) == 0)
      m++, p += 2, len++;
    else if (strncmp(p, "DD", 2) == 0)
      d++, p += 2, len++;
    else if ((unsigned char)*p < 0x80 && punctuation(*p))
      p++;
    else
      return false;
  }
  return y == 1 && m == 1 && d == 1 && len < 16;
}

char *util_lang_date(const util_lang *l, util_day day, char out[static 16]) {
  /* TRANSLATORS: how dates are written: YYYY, MM and DD in their order,
     with the punctuation between them ("DD/MM/YYYY"). */
  const char *p = util_trc(l, "date format", "YYYY-MM-DD");
  if (!date_form_ok(p))
    p = date_source;
  char iso[11];
  util_date_format(day, iso); /* YYYY-MM-DD: 0..3, 5..6, 8..9 */
  char *o = out;
  while (*p) {
    if (strncmp(p, "YYYY", 4) == 0)
      memcpy(o, iso, 4), o += 4, p += 4;
    else if (strncmp(p, "MM", 2) == 0)
      memcpy(o, iso + 5, 2), o += 2, p += 2;
    else if (strncmp(p, "DD", 2) == 0)
      memcpy(o, iso + 8, 2), o += 2, p += 2;
    else
      *o++ = *p++;
  }
  *o = '\0';
  return out;
}

char *util_date_say(const util_err *e, util_day day,
                    char out[static UTIL_DATE_SAY]) {
  return util_lang_date(e ? e->lang : NULL, day, out);
}
