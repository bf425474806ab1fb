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

/* ---- large numbers in prose --------------------------------------------
 * "9:%s billion|6:%s million": the units prose counts in, largest first,
 * each its power of ten, ':' and its words, with one %s for the count
 * (Indian usage: "7:%s crore|5:%s lakh"). */

enum { PROSE_UNITS_MAX = 8 };

typedef struct prose_unit {
  int power;
  const char *words; /* up to '|' or the end */
  size_t len;
} prose_unit;

static const char prose_source[] = "9:%s billion|6:%s million";

/* Parses a form into u[]; false unless every unit has a power from 1 to
 * 18, larger than the next one's, and words with one "%s" and no other
 * '%' (the words are filled in here, never given to printf). */
static bool parse_prose(const char *p, prose_unit u[PROSE_UNITS_MAX], int *n) {
  *n = 0;
  while (*p) {
    int power = 0, digits = 0, marks = 0;
    for (; *p >= '0' && *p <= '9' && digits < 3; p++, digits++)
      power = power * 10 + (*p - '0');
    if (!digits || *p++ != ':' || power < 1 || power > 18 ||
        *n == PROSE_UNITS_MAX || (*n && power >= u[*n - 1].power))
      return false;
    const char *end = strchr(p, '|');
    size_t len = end ? (size_t)(end - p) : strlen(p);
    for (size_t i = 0; i < len; i++)
      if (p[i] == '%') {
        if (i + 1 >= len || p[i + 1] != 's')
          return false;
        marks++;
      }
    if (marks != 1)
      return false;
    u[(*n)++] = (prose_unit){power, p, len};
    p += len + (end != NULL);
    if (end && !*p)
      return false;
  }
  return *n > 0;
}

bool util_lang_prose(const util_lang *l, int64_t n, util_buf *out) {
  prose_unit u[PROSE_UNITS_MAX];
  int count;
  const char *form =
      util_trc(l, "large number units",
               /* TRANSLATORS: the units prose counts large numbers in
                  ("more than 17 billion VND"), largest first: each its
                  power of ten, ':', and its words with %s for the count;
                  units separated by '|'. Indian usage counts in crores
                  (10^7) and lakhs (10^5): "7:%s crore|5:%s lakh". */
               /* xgettext:no-c-format */
               "9:%s billion|6:%s million");
  if (!parse_prose(form, u, &count))
    parse_prose(prose_source, u, &count);
  char num[UTIL_LANG_NUM_MAX];
  uint64_t mag = n < 0 ? 0 - (uint64_t)n : (uint64_t)n;
  for (int i = 0; i < count; i++) {
    uint64_t unit = 1;
    for (int k = 0; k < u[i].power; k++)
      unit *= 10;
    if (mag < unit)
      continue;
    /* Whole from ten units on, one decimal below ("2.5 million"). */
    int decimals = mag / unit < 10 ? 1 : 0;
    uint64_t step = decimals ? unit / 10 : unit, said = mag / step;
    bool exact = said * step == mag;
    if (decimals && said % 10 == 0)
      said /= 10, decimals = 0;
    util_lang_num(l, n < 0 ? -(int64_t)said : (int64_t)said, decimals, num);
    const char *mark = strstr(u[i].words, "%s");
    util_buf_add(out, u[i].words, (size_t)(mark - u[i].words));
    util_buf_puts(out, num);
    util_buf_add(out, mark + 2, u[i].len - (size_t)(mark + 2 - u[i].words));
    return exact;
  }
  util_buf_puts(out, util_lang_num(l, n, 0, num));
  return true;
}
