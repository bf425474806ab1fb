/*
 * lang.c — message catalogs: reading gettext's .mo format, lookups by
 * halves in its sorted table of original strings, plural rules, and the
 * language tags of locales and of Accept-Language.
 *
 * The .mo format (GNU gettext manual, "The Format of GNU MO Files"): a
 * header of 32-bit words in the byte order of the machine that wrote it
 * (the magic 0x950412de tells which): magic, revision, N strings, the
 * offset of the table of originals, the offset of the table of
 * translations; each table holds N (length, offset) pairs, the originals
 * sorted by strcmp. A message with a context is "CTX\4MSGID"; one with a
 * plural has "ONE\0MANY" as original and its forms, NUL-separated, as
 * translation. The entry of "" is the header, with Plural-Forms.
 */
#include "util/lang.h"
#include "util/embed.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

/* The catalogs the build compiled from po/ (CMakeLists.txt). */
extern const struct util_embedded util_lang_catalogs[];

struct util_lang {
  char tag[16];
  const unsigned char *data;
  size_t size;
  bool swap; /* written in the other byte order */
  uint32_t n, orig, trans;
  unsigned long nplurals;
  util_plural_rule plural;
};

/* ---- plural rules ------------------------------------------------------ */

enum {
  P_N,
  P_NUM,
  P_NOT,
  P_MUL,
  P_DIV,
  P_MOD,
  P_ADD,
  P_SUB,
  P_LT,
  P_GT,
  P_LE,
  P_GE,
  P_EQ,
  P_NE,
  P_AND,
  P_OR,
  P_IF,
};

typedef struct parser {
  const char *p;
  util_plural_rule *r;
  const char *why;
  int depth;
} parser;

static void skip_space(parser *ps) {
  while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')
    ps->p++;
}

static int node(parser *ps, int op, int a, int b, int c, unsigned long num) {
  util_plural_rule *r = ps->r;
  if (a < 0 || b < 0 || c < 0)
    return -1;
  if (r->count >= (int)UTIL_COUNT(r->node)) {
    ps->why = "the rule is too long";
    return -1;
  }
  r->node[r->count][0] = (unsigned char)op;
  r->node[r->count][1] = (unsigned char)a;
  r->node[r->count][2] = (unsigned char)b;
  r->node[r->count][3] = (unsigned char)c;
  r->num[r->count] = num;
  return r->count++;
}

static int ternary(parser *ps);

static int primary(parser *ps) {
  skip_space(ps);
  if (++ps->depth > 64) {
    ps->why = "the rule nests too deeply";
    return -1;
  }
  int rc;
  if (*ps->p == '(') {
    ps->p++;
    rc = ternary(ps);
    skip_space(ps);
    if (rc >= 0 && *ps->p != ')') {
      ps->why = "a '(' without its ')'";
      rc = -1;
    }
    if (rc >= 0)
      ps->p++;
  } else if (*ps->p == '!') {
    ps->p++;
    rc = node(ps, P_NOT, primary(ps), 0, 0, 0);
  } else if (*ps->p == 'n') {
    ps->p++;
    rc = node(ps, P_N, 0, 0, 0, 0);
  } else if (*ps->p >= '0' && *ps->p <= '9') {
    unsigned long v = 0;
    while (*ps->p >= '0' && *ps->p <= '9' && v < 1000000000UL)
      v = v * 10 + (unsigned long)(*ps->p++ - '0');
    rc = node(ps, P_NUM, 0, 0, 0, v);
  } else {
    ps->why = *ps->p ? "an unexpected character" : "the rule ends too soon";
    rc = -1;
  }
  ps->depth--;
  return rc;
}

/* The binary operators by level, tightest first, as in C. */
static const struct {
  const char *text;
  int op, level;
} binops[] = {
    {"*", P_MUL, 0}, {"/", P_DIV, 0}, {"%", P_MOD, 0}, {"+", P_ADD, 1},
    {"-", P_SUB, 1}, {"<=", P_LE, 2}, {">=", P_GE, 2}, {"<", P_LT, 2},
    {">", P_GT, 2},  {"==", P_EQ, 3}, {"!=", P_NE, 3}, {"&&", P_AND, 4},
    {"||", P_OR, 5},
};

static int binary(parser *ps, int level) {
  int left = level == 0 ? primary(ps) : binary(ps, level - 1);
  for (;;) {
    skip_space(ps);
    size_t i = 0;
    for (; i < UTIL_COUNT(binops); i++)
      if (binops[i].level == level &&
          strncmp(ps->p, binops[i].text, strlen(binops[i].text)) == 0)
        break;
    if (left < 0 || i == UTIL_COUNT(binops))
      return left;
    ps->p += strlen(binops[i].text);
    int right = level == 0 ? primary(ps) : binary(ps, level - 1);
    left = node(ps, binops[i].op, left, right, 0, 0);
  }
}

static int ternary(parser *ps) {
  if (++ps->depth > 64) {
    ps->why = "the rule nests too deeply";
    return -1;
  }
  int cond = binary(ps, 5), rc = cond;
  skip_space(ps);
  if (cond >= 0 && *ps->p == '?') {
    ps->p++;
    int yes = ternary(ps);
    skip_space(ps);
    if (yes < 0 || *ps->p != ':') {
      if (yes >= 0)
        ps->why = "a '?' without its ':'";
      ps->depth--;
      return -1;
    }
    ps->p++;
    rc = node(ps, P_IF, cond, yes, ternary(ps), 0);
  }
  ps->depth--;
  return rc;
}

int util_plural_compile(const char *expr, util_plural_rule *out,
                        const char **why) {
  parser ps = {.p = expr, .r = out};
  out->count = 0;
  out->root = ternary(&ps);
  skip_space(&ps);
  if (out->root >= 0 && *ps.p && *ps.p != ';') {
    ps.why = "an unexpected character";
    out->root = -1;
  }
  if (out->root < 0) {
    *why = ps.why ? ps.why : "not a rule";
    return -1;
  }
  return 0;
}

static unsigned long eval(const util_plural_rule *r, int i, unsigned long n) {
  const unsigned char *x = r->node[i];
  unsigned long a = x[0] >= P_NOT ? eval(r, x[1], n) : 0, b;
  switch (x[0]) {
  case P_N:
    return n;
  case P_NUM:
    return r->num[i];
  case P_NOT:
    return !a;
  case P_AND:
    return a && eval(r, x[2], n);
  case P_OR:
    return a || eval(r, x[2], n);
  case P_IF:
    return a ? eval(r, x[2], n) : eval(r, x[3], n);
  default:
    break;
  }
  b = eval(r, x[2], n);
  switch (x[0]) {
  case P_MUL:
    return a * b;
  case P_DIV:
    return b ? a / b : 0;
  case P_MOD:
    return b ? a % b : 0;
  case P_ADD:
    return a + b;
  case P_SUB:
    return a - b;
  case P_LT:
    return a < b;
  case P_GT:
    return a > b;
  case P_LE:
    return a <= b;
  case P_GE:
    return a >= b;
  case P_EQ:
    return a == b;
  default:
    return a != b;
  }
}

unsigned long util_plural_eval(const util_plural_rule *r, unsigned long n) {
  return r->root < 0 ? (n != 1) : eval(r, r->root, n);
}

/* ---- reading a .mo file ------------------------------------------------ */

static uint32_t word(const util_lang *l, size_t at) {
  uint32_t v;
  memcpy(&v, l->data + at, 4);
  if (l->swap)
    v = (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
  return v;
}

/* The i-th string of a table (orig or trans), with its length. */
static const char *string(const util_lang *l, uint32_t table, uint32_t i,
                          uint32_t *len) {
  *len = word(l, table + 8 * (size_t)i);
  return (const char *)l->data + word(l, table + 8 * (size_t)i + 4);
}

/* Checks a table of n (length, offset) pairs: each string lies inside the
 * file with its NUL. */
static const char *check_table(const util_lang *l, uint32_t table) {
  if (table % 4 || table > l->size || (l->size - table) / 8 < l->n)
    return "a table of strings lies outside the file";
  for (uint32_t i = 0; i < l->n; i++) {
    uint32_t len = word(l, table + 8 * (size_t)i);
    uint32_t off = word(l, table + 8 * (size_t)i + 4);
    if (off > l->size || l->size - off <= len || l->data[off + len] != 0)
      return "a string lies outside the file or lacks its NUL";
  }
  return NULL;
}

static int lookup(const util_lang *l, const char *key) {
  uint32_t lo = 0, hi = l ? l->n : 0, len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int c = strcmp(key, string(l, l->orig, mid, &len));
    if (c == 0)
      return (int)mid;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return -1;
}

/* Reads nplurals and plural from the header's Plural-Forms line; without
 * one, English's rule (two forms, n != 1). */
static const char *read_header(util_lang *l) {
  uint32_t len;
  int i = lookup(l, "");
  l->nplurals = 2;
  l->plural.root = -1;
  if (i < 0)
    return NULL;
  const char *h = string(l, l->trans, (uint32_t)i, &len);
  const char *pf = strstr(h, "Plural-Forms:");
  if (!pf)
    return NULL;
  const char *np = strstr(pf, "nplurals="), *pl = strstr(pf, "plural=");
  const char *eol = strchr(pf, '\n');
  if (!np || !pl || (eol && (np > eol || pl > eol)))
    return "Plural-Forms lacks nplurals= or plural=";
  l->nplurals = strtoul(np + 9, NULL, 10);
  if (l->nplurals < 1 || l->nplurals > 16)
    return "Plural-Forms: nplurals is not from 1 to 16";
  /* "plural=" also ends "nplurals=": take the one after its own ';'. */
  if (pl == np + 2 && !(pl = strstr(np + 9, "plural=")))
    return "Plural-Forms lacks plural=";
  const char *why;
  if (util_plural_compile(pl + 7, &l->plural, &why))
    return why;
  return NULL;
}

util_lang *util_lang_load(const char *name, const char *tag, const void *data,
                          size_t size, util_err *e) {
  util_lang *l = util_xcalloc(1, sizeof *l);
  const char *why = NULL;
  uint32_t magic = 0;
  snprintf(l->tag, sizeof l->tag, "%s", tag);
  l->data = data;
  l->size = size;
  if (size >= 4)
    memcpy(&magic, data, 4);
  if (size < 20 || (magic != 0x950412deU && magic != 0xde120495U)) {
    why = "not a .mo file (no magic number)";
    goto fail;
  }
  l->swap = magic == 0xde120495U;
  if (word(l, 4) >> 16 > 1) {
    why = "a revision of the format this reader does not know";
    goto fail;
  }
  l->n = word(l, 8);
  l->orig = word(l, 12);
  l->trans = word(l, 16);
  if ((why = check_table(l, l->orig)) || (why = check_table(l, l->trans)))
    goto fail;
  uint32_t len1, len2;
  for (uint32_t i = 1; i < l->n; i++)
    if (strcmp(string(l, l->orig, i - 1, &len1),
               string(l, l->orig, i, &len2)) >= 0) {
      why = "the original strings are not in order";
      goto fail;
    }
  if ((why = read_header(l)))
    goto fail;
  return l;
fail:
  util_fail(e, UTIL_INTERNAL, "%s: malformed message catalog: %s", name, why);
  free(l);
  return NULL;
}

void util_lang_free(util_lang *l) {
  free(l);
}

/* ---- lookups ----------------------------------------------------------- */

/* The i-th form of a translation (forms are NUL-separated within its
 * length), or NULL when it has fewer or is empty. */
static const char *form(const util_lang *l, int entry, unsigned long i) {
  uint32_t len;
  const char *s = string(l, l->trans, (uint32_t)entry, &len);
  const char *end = s + len;
  for (; i > 0 && s < end; i--)
    s += strlen(s) + 1;
  return s < end && *s ? s : NULL;
}

const char *util_tr(const util_lang *l, const char *msgid) {
  int i = *msgid ? lookup(l, msgid) : -1;
  const char *t = i >= 0 ? form(l, i, 0) : NULL;
  return t ? t : msgid;
}

const char *util_tr_err(const util_err *e, const char *msgid) {
  return util_tr(e ? e->lang : NULL, msgid);
}

const char *util_trn(const util_lang *l, const char *one, const char *many,
                     unsigned long n) {
  int i = lookup(l, one);
  const char *t = NULL;
  if (i >= 0) {
    unsigned long f = util_plural_eval(&l->plural, n);
    t = form(l, i, f < l->nplurals ? f : 0);
  }
  return t ? t : n == 1 ? one : many;
}

const char *util_trc(const util_lang *l, const char *ctx, const char *msgid) {
  if (!l)
    return msgid;
  char stack[256];
  size_t lc = strlen(ctx), lm = strlen(msgid);
  char *key = lc + lm + 2 <= sizeof stack ? stack : util_xmalloc(lc + lm + 2);
  memcpy(key, ctx, lc);
  key[lc] = '\4';
  memcpy(key + lc + 1, msgid, lm + 1);
  int i = lookup(l, key);
  if (key != stack)
    free(key);
  const char *t = i >= 0 ? form(l, i, 0) : NULL;
  return t ? t : msgid;
}

const char *util_trk(const util_lang *l, const char *ctx, const char **msgid) {
  uint32_t lo = 0, hi = l ? l->n : 0, len;
  size_t lc = strlen(ctx);
  /* The first original not below "ctx\4": an entry of the context, if
   * there is one, since '\4' sorts below every byte of a text. */
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    const char *o = string(l, l->orig, mid, &len);
    int c = strncmp(o, ctx, lc);
    if (c < 0 || (c == 0 && (unsigned char)o[lc] < 4))
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == (l ? l->n : 0))
    return NULL;
  const char *o = string(l, l->orig, lo, &len);
  if (strncmp(o, ctx, lc) != 0 || o[lc] != '\4')
    return NULL;
  const char *t = form(l, (int)lo, 0);
  if (t && msgid)
    *msgid = o + lc + 1;
  return t;
}

const char *util_code_word(const util_lang *l, const char *prefix,
                           const char *code) {
  char ctx[96];
  const char *english = NULL, *t;
  if (!l || !code || !*code ||
      snprintf(ctx, sizeof ctx, "%s.%s", prefix, code) >= (int)sizeof ctx)
    return NULL;
  t = util_trk(l, ctx, &english);
  return t && strcmp(t, english) != 0 ? t : NULL;
}

const char *util_lang_tag(const util_lang *l) {
  return l ? l->tag : "en";
}

unsigned long util_lang_nplurals(const util_lang *l) {
  return l ? l->nplurals : 2;
}

unsigned long util_lang_form(const util_lang *l, unsigned long n) {
  return l ? util_plural_eval(&l->plural, n) : n != 1;
}

/* ---- the embedded catalogs --------------------------------------------- */

#define LANG_MAX 32

static struct {
  util_lang *lang[LANG_MAX];
  char problem[LANG_MAX][256];
  char tag[LANG_MAX][16];
  size_t n;
} loaded;
static pthread_once_t loaded_once = PTHREAD_ONCE_INIT;

/* Runs once (pthread_once): after it, `loaded` is only read. */
static void load_all(void) {
  for (const struct util_embedded *f = util_lang_catalogs; f->name; f++) {
    size_t k = loaded.n;
    size_t len = strcspn(f->name, ".");
    if (k == LANG_MAX || len == 0 || len >= sizeof loaded.tag[k])
      continue;
    memcpy(loaded.tag[k], f->name, len);
    util_err e = {0};
    loaded.lang[k] =
        util_lang_load(f->name, loaded.tag[k], f->data, f->size, &e);
    if (!loaded.lang[k])
      snprintf(loaded.problem[k], sizeof loaded.problem[k], "%.200s", e.msg);
    loaded.n++;
  }
}

/* The index of the catalog named exactly `tag` (its file's name), or -1. */
static int find_exact(const char *tag) {
  pthread_once(&loaded_once, load_all);
  for (size_t i = 0; i < loaded.n; i++)
    if (strcmp(loaded.tag[i], tag) == 0)
      return (int)i;
  return -1;
}

/* "vi_VN.UTF-8" and "vi-vn" give lang "vi" and region "VN". */
static bool split_tag(const char *tag, char lang[16], char region[16]) {
  size_t i = 0, j = 0;
  lang[0] = region[0] = 0;
  if (!tag)
    return false;
  for (; isalpha((unsigned char)tag[i]); i++)
    if (i < 15)
      lang[i] = (char)tolower((unsigned char)tag[i]);
  if (i == 0 || i > 8)
    return false;
  lang[i] = 0;
  if (tag[i] == '-' || tag[i] == '_') {
    const char *r = tag + i + 1;
    for (; isalnum((unsigned char)r[j]) && j < 15; j++)
      region[j] = (char)toupper((unsigned char)r[j]);
    region[j] = 0;
  }
  return true;
}

static int find_index(const char *tag) {
  char lang[16], region[16], both[40];
  if (!split_tag(tag, lang, region))
    return -1;
  if (*region) {
    snprintf(both, sizeof both, "%s_%s", lang, region);
    int i = find_exact(both);
    if (i >= 0)
      return i;
  }
  return find_exact(lang);
}

const util_lang *util_lang_find(const char *tag) {
  int i = find_index(tag);
  return i >= 0 ? loaded.lang[i] : NULL;
}

const char *util_lang_problem(const char *tag) {
  int i = find_index(tag);
  return i >= 0 && !loaded.lang[i] ? loaded.problem[i] : NULL;
}

void util_lang_list(util_buf *out) {
  pthread_once(&loaded_once, load_all);
  for (size_t i = 0, n = 0; i < loaded.n; i++)
    if (loaded.lang[i])
      util_buf_printf(out, "%s%s", n++ ? ", " : "", loaded.tag[i]);
}

/* One language range of Accept-Language: its tag and q-value (0 to 1000),
 * or -1 when malformed. */
static int accept_range(const char *s, size_t len, char tag[64]) {
  size_t t = 0;
  while (t < len && s[t] != ';' && s[t] != ' ' && s[t] != '\t')
    t++;
  if (t == 0 || t >= 64)
    return -1;
  memcpy(tag, s, t);
  tag[t] = 0;
  const char *q = NULL;
  for (size_t i = t; i + 1 < len; i++)
    if ((s[i] == 'q' || s[i] == 'Q') && s[i + 1] == '=') {
      q = s + i + 2;
      break;
    }
  if (!q)
    return 1000;
  if (q == s + len) /* "q=" without a value */
    return -1;
  int v = 0, scale = 1000;
  if (*q == '1')
    return 1000;
  if (*q != '0')
    return -1;
  if (q[1] == '.')
    for (const char *d = q + 2;
         d < s + len && *d >= '0' && *d <= '9' && scale > 1; d++)
      v += (*d - '0') * (scale /= 10);
  return v;
}

const util_lang *util_lang_accept(const char *header) {
  const util_lang *best = NULL;
  int best_q = 0;
  for (const char *p = header; p && *p;) {
    while (*p == ' ' || *p == '\t' || *p == ',')
      p++;
    size_t len = strcspn(p, ",");
    char tag[64];
    int q = len ? accept_range(p, len, tag) : -1;
    p += len;
    if (q <= best_q)
      continue;
    const util_lang *l = strcmp(tag, "*") == 0 ? NULL : util_lang_find(tag);
    char lang[16], region[16];
    bool is_en = strcmp(tag, "*") == 0 ||
                 (split_tag(tag, lang, region) && strcmp(lang, "en") == 0);
    if (l || is_en) {
      best = l;
      best_q = q;
    }
  }
  return best;
}
