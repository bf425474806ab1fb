/*
 * store_sort.c — the order of people's names: Vietnamese roster order by
 * ICU's Vietnamese collation (ucol_open("vi")), kept as sort keys in
 * member.sort_given and member.sort_family (schema 010), so that a list
 * sorts by comparing bytes (memcmp: SQLite's BLOB order, no collation to
 * register to read the file) and never calls ICU per comparison.
 *
 * A name's words are split as its search key splits them (white space,
 * punctuation and symbols part them): the first is the family name, the
 * last the given name, those between the middle names. Roster order
 * compares the given name, then the middle names, then the family name;
 * family order the family name, then the middle names, then the given
 * name. Each part is compared as a Vietnamese dictionary compares words,
 * syllable by syllable: a word with its tone and case first (every Hà
 * before every Hạ), only then the next part. So a key is the words' ICU
 * sort keys one after the other, each with its terminating 0 byte (a sort
 * key has no other 0 byte, so one word's key is never a prefix of
 * another's and bytes compare word by word), and one more 0 byte after
 * the middle names: a name with fewer middle names sorts first where the
 * others agree.
 *
 * ICU's collation can change between ICU versions. The collator's version
 * and ICU's are kept in meta (`collation`: "vi 153.120.42.0, ICU
 * 72.1"); store_sort_refresh computes the keys again when the
 * collator's differs, and store_sort_check finds keys that do not match
 * their names. A process linked with the ICU named there needs not open
 * the collator to know the keys are its own.
 */
#include "store/store_int.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/uversion.h>

/* The connection's collator, opened on first use. NULL when ICU cannot
 * give the Vietnamese collation (its data missing). */
static UCollator *collator(store *st) {
  if (!st->coll) {
    UErrorCode status = U_ZERO_ERROR;
    UCollator *c = ucol_open("vi", &status);
    if (U_FAILURE(status)) {
      ucol_close(c);
      return NULL;
    }
    st->coll = c;
  }
  return st->coll;
}

void store_sort_close(store *st) {
  if (st->coll)
    ucol_close(st->coll);
  st->coll = NULL;
}

/* Whether code point c parts words, as util_text_fold's separators do:
 * white space, punctuation, symbols, controls. */
static bool parts(UChar32 c) {
  uint32_t mask = U_MASK(u_charType(c));
  return u_isUWhiteSpace(c) ||
         (mask & (U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_CC_MASK));
}

typedef struct word {
  int32_t at, len; /* in UTF-16 units */
} word;

/* Appends the ICU sort key of u[w], its 0 byte included. */
static void add_key(UCollator *c, const UChar *u, word w, util_buf *out) {
  uint8_t small[256];
  int32_t n = ucol_getSortKey(c, u + w.at, w.len, small, sizeof small);
  if (n <= (int32_t)sizeof small) {
    util_buf_add(out, small, (size_t)n);
    return;
  }
  uint8_t *big = util_xmalloc((size_t)n);
  ucol_getSortKey(c, u + w.at, w.len, big, n);
  util_buf_add(out, big, (size_t)n);
  free(big);
}

int store_sort_key(store *st, const char *name, enum store_order order,
                   util_buf *out, util_err *e) {
  out->len = 0;
  UCollator *c = collator(st);
  if (!c)
    return util_fail(e, UTIL_SYSTEM,
                     "ICU has no Vietnamese collation (ucol_open(\"vi\") "
                     "failed): is its data (libicu) installed?");
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8(NULL, 0, &len, name, -1, &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
    return 0; /* not UTF-8 (cadre never writes it): no key, sorts first */
  UChar *u = util_xmalloc(((size_t)len + 1) * sizeof *u);
  status = U_ZERO_ERROR;
  u_strFromUTF8(u, len + 1, NULL, name, -1, &status);
  word *w = util_xmalloc(((size_t)len / 2 + 1) * sizeof *w);
  size_t nw = 0;
  for (int32_t i = 0; i < len;) {
    int32_t start = i;
    UChar32 cp;
    U16_NEXT(u, i, len, cp);
    if (parts(cp))
      continue;
    if (nw > 0 && w[nw - 1].at + w[nw - 1].len == start)
      w[nw - 1].len = i - w[nw - 1].at;
    else
      w[nw++] = (word){start, i - start};
  }
  if (nw > 0) {
    /* The given name is the last word; a name of one word has no family
     * name (its family part is empty). */
    bool family = nw > 1;
    word given = w[nw - 1];
    if (order == STORE_ORDER_FAMILY && family)
      add_key(c, u, w[0], out);
    else if (order == STORE_ORDER_GIVEN)
      add_key(c, u, given, out);
    for (size_t i = 1; i + 1 < nw; i++)
      add_key(c, u, w[i], out);
    util_buf_add(out, "", 1);
    if (order == STORE_ORDER_FAMILY)
      add_key(c, u, given, out);
    else if (family)
      add_key(c, u, w[0], out);
  }
  free(w);
  free(u);
  return 0;
}

/* ", ICU 72.1": the library the process links, known without opening
 * a collator (which costs a millisecond or more at every start). */
static void icu_suffix(char out[32]) {
  UVersionInfo v;
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(v);
  u_versionToString(v, text);
  snprintf(out, 32, ", ICU %s", text);
}

int store_sort_version(store *st, char out[64], util_err *e) {
  UCollator *c = collator(st);
  if (!c)
    return util_fail(e, UTIL_SYSTEM,
                     "ICU has no Vietnamese collation (ucol_open(\"vi\") "
                     "failed): is its data (libicu) installed?");
  UVersionInfo v;
  char icu[32];
  ucol_getVersion(c, v);
  icu_suffix(icu);
  snprintf(out, 64, "vi %u.%u.%u.%u%s", v[0], v[1], v[2], v[3], icu);
  return 0;
}

/* cadre_sort_key(name, order): the key of store_sort_key, order 0 given
 * (roster order), 1 family. */
static void sort_key_sql(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  (void)argc;
  store *st = sqlite3_user_data(cx);
  const char *name = (const char *)sqlite3_value_text(argv[0]);
  if (!name) {
    sqlite3_result_null(cx);
    return;
  }
  enum store_order order =
      sqlite3_value_int(argv[1]) == 1 ? STORE_ORDER_FAMILY : STORE_ORDER_GIVEN;
  util_buf key = {0};
  util_err e = {0};
  if (store_sort_key(st, name, order, &key, &e))
    sqlite3_result_error(cx, e.msg, -1);
  else
    sqlite3_result_blob(cx, key.len ? key.data : "", (int)key.len,
                        SQLITE_TRANSIENT);
  util_buf_free(&key);
}

/* cadre_collation(): the collator's version, as meta keeps it. */
static void collation_sql(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  char v[64];
  util_err e = {0};
  if (store_sort_version(sqlite3_user_data(cx), v, &e))
    sqlite3_result_error(cx, e.msg, -1);
  else
    sqlite3_result_text(cx, v, -1, SQLITE_TRANSIENT);
}

int store_sort_functions(store *st) {
  /* Deterministic for a connection: the collator is that of the ICU the
   * process links, which does not change while it runs. */
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY;
  int rc = sqlite3_create_function_v2(st->db, "cadre_sort_key", 2, flags, st,
                                      sort_key_sql, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2(st->db, "cadre_collation", 0, flags, st,
                                    collation_sql, NULL, NULL, NULL);
  return rc;
}

/* Every key that differs from its name's, rewritten; the version kept. */
static int rewrite(store *st, util_err *e) {
  static const char fix[] =
      "UPDATE member SET sort_given = cadre_sort_key(name, 0), "
      "sort_family = cadre_sort_key(name, 1) "
      "WHERE sort_given IS NOT cadre_sort_key(name, 0) "
      "OR sort_family IS NOT cadre_sort_key(name, 1)";
  char v[64];
  if (store_exec(st, fix, e) || store_sort_version(st, v, e))
    return -1;
  return store_meta_set(st, "collation", v, e);
}

int store_sort_stale(store *st, bool *stale, util_err *e) {
  char v[64], icu[32], *kept = NULL;
  *stale = false;
  if (store_meta_get(st, "collation", &kept, e))
    return -1;
  /* The same ICU gives the same collation: most opens stop here. */
  icu_suffix(icu);
  size_t n = kept ? strlen(kept) : 0, m = strlen(icu);
  if (n > m && strcmp(kept + n - m, icu) == 0) {
    free(kept);
    return 0;
  }
  int rc = store_sort_version(st, v, e);
  *stale = rc == 0 && (!kept || strcmp(kept, v) != 0);
  free(kept);
  return rc;
}

int store_sort_refresh(store *st, util_err *e) {
  bool stale;
  if (store_sort_stale(st, &stale, e))
    return -1;
  return stale ? rewrite(st, e) : 0;
}

int store_sort_check(store *st, bool repair, util_buf *report, util_err *e) {
  static const char sql[] = "SELECT id FROM member "
                            "WHERE sort_given IS NOT cadre_sort_key(name, 0) "
                            "OR sort_family IS NOT cadre_sort_key(name, 1) "
                            "ORDER BY id";
  bool stale;
  if (store_sort_stale(st, &stale, e))
    return -1;
  int n = 0;
  if (stale) {
    n++;
    util_buf_puts(report, "the sort keys of names were made by another "
                          "version of ICU's collation\n");
  }
  sqlite3_stmt *s = store_stmt(st, sql, e);
  if (!s)
    return -1;
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW)
    if (n++ < 20)
      util_buf_printf(report,
                      "member %lld: the sort keys differ from the name\n",
                      (long long)sqlite3_column_int64(s, 0));
  sqlite3_reset(s);
  if (rc != SQLITE_DONE)
    return store_sqlfail(st, e);
  if (repair && n && rewrite(st, e))
    return -1;
  return n;
}

int store_sort_bind(store *st, sqlite3_stmt *s, int i, const char *name,
                    util_err *e) {
  util_buf key = {0};
  for (int order = 0; order < STORE_ORDER__MAX; order++) {
    if (store_sort_key(st, name, (enum store_order)order, &key, e)) {
      util_buf_free(&key);
      return -1;
    }
    sqlite3_bind_blob(s, i + order, key.len ? key.data : "", (int)key.len,
                      SQLITE_TRANSIENT);
  }
  util_buf_free(&key);
  return 0;
}
