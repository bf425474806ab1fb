/*
 * lang.h — the languages a person reads cadre in: message catalogs
 * compiled from po/TAG.po (gettext's format) into .mo files that the
 * build embeds in the binary (docs/i18n.md). English is the language of
 * the source strings, so a missing catalog, a missing entry or a NULL
 * language all give the English text.
 *
 * Memory and threads: the embedded catalogs are parsed once, at the
 * first call of util_lang_find or util_lang_list (pthread_once), and are
 * read-only after: any thread may translate with them at once. Every
 * string returned lives as long as the program (embedded) or as the
 * catalog it came from (util_lang_load). Nothing here keeps global
 * mutable state beyond that one-time parse.
 */
#ifndef CADRE_UTIL_LANG_H
#define CADRE_UTIL_LANG_H

#include "util/util.h"

typedef struct util_lang util_lang;

/* Marks a string for extraction (po/extract.sh) where it is written, to be
 * translated where it is used with util_tr: the string itself. */
#define N_(s) (s)
/* The same for a word with a context (util_trc's): NC_("event",
 * "transfer") is "transfer". */
#define NC_(c, s) (s)

/* The catalog of the language `tag` names, in any of the ways locales and
 * browsers write it: "vi", "VI", "vi-VN", "vi_VN.UTF-8", "vi_VN@euro".
 * The language and region are tried first (a catalog pt_BR), then the
 * language alone. NULL when there is no such catalog ("C", "POSIX", "",
 * NULL, "xx"), or when the catalog is malformed (util_lang_problem says
 * how). "en" has a catalog too. */
const util_lang *util_lang_find(const char *tag);

/* The best catalog for an HTTP Accept-Language header ("vi-VN,vi;q=0.9,
 * en;q=0.8"): of the ranges with a catalog, the one with the highest
 * q-value, the first given among equals; a range with q=0 is never
 * chosen, and "*" is English. NULL (English) when none has a catalog or
 * the header is NULL or malformed. */
const util_lang *util_lang_accept(const char *header);

/* The tag of a catalog: its po file's name ("vi"); "en" for NULL. */
const char *util_lang_tag(const util_lang *l);

/* How many plural forms the catalog has (its Plural-Forms' nplurals; 2,
 * English's, for NULL), and the form its rule gives n (util_trn takes
 * the first form when the rule gives one past the last). */
unsigned long util_lang_nplurals(const util_lang *l);
unsigned long util_lang_form(const util_lang *l, unsigned long n);

/* The tags of the embedded catalogs that load, sorted, separated by ", "
 * ("en, hi, vi"), appended to out: for a refusal that names them. */
void util_lang_list(util_buf *out);

/* Why the embedded catalog of `tag` (as util_lang_find reads tags) was
 * refused, or NULL when it loaded or there is none: the message the
 * loader gave, "vi.mo: ...". */
const char *util_lang_problem(const char *tag);

/* The translation of msgid in l, or msgid itself (l NULL, no entry, an
 * untranslated entry). */
const char *util_tr(const util_lang *l, const char *msgid);
/* util_tr into the language of error e (English when e is NULL): for a
 * word or rule marked with N_ where it is written and put into a message
 * as %s, so that the sentence carries no English fragment. */
const char *util_tr_err(const util_err *e, const char *msgid);
/* The form for n of a message with a plural: the catalog's Plural-Forms
 * rule picks the form; without a translation, `one` for n == 1 and
 * `many` otherwise (English). */
const char *util_trn(const util_lang *l, const char *one, const char *many,
                     unsigned long n);
/* The translation of msgid in the context ctx (msgctxt), for a word that
 * translates differently in different places; msgid when there is none. */
const char *util_trc(const util_lang *l, const char *ctx, const char *msgid);

/* The translation in l of the entry whose context is ctx, whatever its
 * msgid (the web UI's texts are keyed so: msgctxt "gender.female"), and
 * its msgid, the English, in *msgid; NULL when l has no translated entry
 * of that context. */
const char *util_trk(const util_lang *l, const char *ctx, const char **msgid);
/* A code of the domain as a word of language l: the catalog's entry of
 * context "prefix.code" (the web UI's label: "discipline.reprimand" is
 * "Khiển trách"), or NULL when l has none or writes it as English does
 * (English keeps its codes: "reprimand"). */
const char *util_code_word(const util_lang *l, const char *prefix,
                           const char *code);

/* Parses a .mo file (either byte order) held in data[0..size), which must
 * outlive the catalog: the whole file is checked here — its header, every
 * string's bounds and terminating NUL, the order of the table that lookup
 * searches by halves, and the Plural-Forms rule — so that no lookup ever
 * reads out of bounds. Returns the catalog (freed with util_lang_free),
 * or NULL with e set ("NAME: ..."), where NAME names the file. */
util_lang *util_lang_load(const char *name, const char *tag, const void *data,
                          size_t size, util_err *e);
void util_lang_free(util_lang *l);

/* ---- plural rules ------------------------------------------------------ */

/* A compiled Plural-Forms expression: gettext's C-like language of n,
 * numbers, ! * / % + - < > <= >= == != && || ?: and parentheses. */
typedef struct util_plural_rule {
  unsigned char node[256][4]; /* op, left, right, third (indexes) */
  unsigned long num[256];     /* the number of a constant node */
  int count, root;
} util_plural_rule;

/* Compiles `expr` (what follows "plural=" up to its ';', or the whole
 * text). Returns 0, or -1 with *why (static text) saying what is wrong. */
int util_plural_compile(const char *expr, util_plural_rule *out,
                        const char **why);
/* The value of the rule for n (division by zero gives 0). */
unsigned long util_plural_eval(const util_plural_rule *r, unsigned long n);

/* ---- how a language writes numbers and dates ----------------------------
 * For the eyes of a reader (tables, the text and printed report, the
 * summary), never for machines (CSV, JSON, xlsx keep 1234567 and
 * 2026-11-27). The forms are the catalog's, so that a language is added
 * without code: the translation of "#,##0.#" in the context "number
 * format" (Vietnamese "#.##0,#", Hindi "#,##,##0.#": the group separator,
 * the sizes of the groups and the decimal mark), and of "YYYY-MM-DD" in
 * the context "date format" (Vietnamese "DD/MM/YYYY"). A translation that
 * is not such a form is not used: the English one is. */

/* Room for the longest number util_lang_num writes, NUL included. */
#define UTIL_LANG_NUM_MAX 48
/* `scaled` divided by 10^decimals (decimals 0..6), written with the
 * language's group separator and decimal mark: util_lang_num(vi, 1234567,
 * 0) is "1.234.567", util_lang_num(vi, 125, 1) is "12,5", and in English
 * "1,234,567" and "12.5". Returns out. */
char *util_lang_num(const util_lang *l, int64_t scaled, int decimals,
                    char out[static UTIL_LANG_NUM_MAX]);
/* A date in the language's form ("27/11/2026"; English "2026-11-27").
 * Returns out. */
char *util_lang_date(const util_lang *l, util_day day, char out[static 16]);
/* Room for a date util_lang_date writes, NUL included. */
#define UTIL_DATE_SAY 16
/* A date for the message of error e, in its language (util_lang_date with
 * e's language; English, ISO, when e is NULL or has none). */
char *util_date_say(const util_err *e, util_day day,
                    char out[static UTIL_DATE_SAY]);
/* n as prose says it in language l, appended to out: in the largest of
 * the catalog's units it reaches (context "large number units": English
 * billions and millions, Hindi crores and lakhs), whole from ten units on
 * and with one decimal below ("17 billion", "2.5 million"), or in full
 * below the smallest unit. True when that is n exactly (17,407,000,000 is
 * "17 billion", not exactly: a sentence says "more than"). */
bool util_lang_prose(const util_lang *l, int64_t n, util_buf *out);

#endif
