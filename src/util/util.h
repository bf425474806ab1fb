/*
 * util.h — small pieces every layer shares: memory, growable buffers,
 * errors, civil dates, UTF-8 text, aligned tables and CSV.
 *
 * Memory: running out of memory is fatal (the util_x* allocators print a
 * message and abort), so no caller checks for NULL. Every function that
 * returns a char * or a new object says who frees it; unless it says
 * otherwise the caller frees with free() or the matching *_free().
 * Nothing here keeps global mutable state.
 */
#ifndef CADRE_UTIL_H
#define CADRE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define UTIL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define UTIL_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- memory ----------------------------------------------------------- */

void *util_xmalloc(size_t n);
void *util_xcalloc(size_t count, size_t size);
void *util_xrealloc(void *p, size_t n);
char *util_xstrdup(const char *s);
char *util_xstrndup(const char *s, size_t n);
/* A new string formatted like printf. */
char *util_xasprintf(const char *fmt, ...) UTIL_PRINTF(1, 2);

/* ---- growable buffers --------------------------------------------------- */

/* A byte buffer. After any util_buf_* call that added bytes, data is
 * NUL-terminated (the NUL is not counted in len). A zeroed util_buf is an
 * empty buffer. */
typedef struct util_buf {
  char *data;
  size_t len;
  size_t cap;
} util_buf;

void util_buf_add(util_buf *b, const void *p, size_t n);
void util_buf_puts(util_buf *b, const char *s);
void util_buf_putc(util_buf *b, char c);
void util_buf_printf(util_buf *b, const char *fmt, ...) UTIL_PRINTF(2, 3);
void util_buf_vprintf(util_buf *b, const char *fmt, va_list ap);
/* Empties the buffer, keeping its memory. */
void util_buf_reset(util_buf *b);
/* Frees the memory; the buffer is then empty and reusable. */
void util_buf_free(util_buf *b);
/* Hands the contents (never NULL, NUL-terminated) to the caller, who frees
 * them; the buffer is left empty. */
char *util_buf_take(util_buf *b);
/* Counted phrases, the one way output says them: util_plural gives `one`
 * when n is 1 and `many` otherwise (0 members, 1 member, 2 members);
 * util_buf_count appends "N noun". */
const char *util_plural(int64_t n, const char *one, const char *many);
void util_buf_count(util_buf *b, int64_t n, const char *one, const char *many);

/* ---- errors -------------------------------------------------------------- */

/* What went wrong, in the classes the command line turns into exit codes. */
enum util_status {
  UTIL_OK = 0,
  UTIL_REFUSED = 1,  /* the request breaks a rule or names what is not there */
  UTIL_USAGE = 2,    /* the command itself is malformed */
  UTIL_SYSTEM = 3,   /* the database or the file system failed us */
  UTIL_INTERNAL = 4, /* a bug: an invariant did not hold */
  /* The change was made and committed, but its output could not be
   * written: running the command again would make it twice. */
  UTIL_OUTPUT = 5,
};

/* What kind of refusal a UTIL_REFUSED is, so that a front end can answer
 * with the fitting status without reading the message (http/ maps them to
 * HTTP statuses; the command line exits 1 for all). */
enum util_kind {
  UTIL_CONFLICT = 0, /* breaks a rule given what the register holds */
  UTIL_INVALID,      /* a value is malformed or out of range: see `field` */
  UTIL_NOT_FOUND,    /* names what is not there, or not in the actor's scope */
  UTIL_FORBIDDEN,    /* the actor's role does not allow it */
  UTIL_UNAUTHENTICATED, /* nobody, or nobody valid, is signed in */
};

/* An error: the class and a message for a person, one or more lines,
 * without a trailing newline. For UTIL_REFUSED, `kind` says what kind and,
 * for UTIL_INVALID, `field` names the input it concerns ("" when none); a
 * conflict that one input decides may name it too (born, for the age at
 * admission), so that a form shows the refusal beside it. */
struct util_lang;
typedef struct util_err {
  int code;
  int kind;
  char field[64];
  char msg[2048];
  /* The language the message is written in (util/lang.h), set by the front
   * end before it calls down and kept by every util_fail: the formats of
   * util_fail, util_refuse and util_err_prefix are translated into it
   * before they are filled in. NULL is English. An error made locally to
   * be passed up starts with the caller's: {.lang = e->lang}. */
  const struct util_lang *lang;
} util_err;

/* Sets *e (when e is not NULL) and returns -1, so that callers can write
 * `return util_fail(e, UTIL_REFUSED, "...", ...);`. */
int util_fail(util_err *e, int code, const char *fmt, ...) UTIL_PRINTF(3, 4);
/* util_fail(e, UTIL_REFUSED, ...) of another kind: a malformed value of
 * `field` (the message should begin with the field's name, as every
 * message about an input does: "born: 1890-02-30: no such day"), or what
 * is not there (or outside the actor's scope, which must read the same),
 * or what the actor's role does not allow. */
int util_refuse(util_err *e, int kind, const char *field, const char *fmt, ...)
    UTIL_PRINTF(4, 5);
#define util_invalid(e, field, ...)                                            \
  util_refuse(e, UTIL_INVALID, field, __VA_ARGS__)
#define util_not_found(e, ...) util_refuse(e, UTIL_NOT_FOUND, NULL, __VA_ARGS__)
#define util_forbidden(e, ...) util_refuse(e, UTIL_FORBIDDEN, NULL, __VA_ARGS__)
/* The text of an errno value for the message of error e: in e's language
 * for the errors a user meets with files (a file missing, not readable, a
 * full disk...), else strerror's, reentrant (a request of the server may
 * reach it on any thread). Returns buf or a catalog's text. */
const char *util_strerror(const util_err *e, int errnum, char buf[static 128]);
/* Prefixes e->msg with the formatted text (e.g. "FILE:LINE: "). */
void util_err_prefix(util_err *e, const char *fmt, ...) UTIL_PRINTF(2, 3);

/* ---- civil dates -----------------------------------------------------------
 */

/* A civil date as a day number (proleptic Gregorian): 1800-01-01, the
 * earliest date cadre accepts, is day 1, so that 0 is never a valid date
 * and can mean "not set". Dates are what users write: no time of day, no
 * time zone. Dates are stored as text (YYYY-MM-DD), never as these
 * numbers. */
typedef int32_t util_day;

/* The latest representable date, 9999-12-31: used as "open" in intervals.
 * Date arithmetic (months, years, working days) clamps to it. */
#define UTIL_DAY_MAX 2994988
/* The earliest accepted date, 1800-01-01. */
#define UTIL_DAY_MIN 1
/* 0000-01-01, the earliest day util_date_format can write. */
#define UTIL_DAY_YEAR0 (-657436)

bool util_date_valid(int y, int m, int d);
util_day util_day_from_civil(int y, int m, int d);
void util_civil_from_day(util_day day, int *y, int *m, int *d);
/* Parses a date as a person types it, ISO "YYYY-MM-DD" or "D/M/YYYY"
 * ("27/11/2026", "7/3/2024": day and month of one or two digits, a
 * four-digit year, slashes), years 1800..9999, into *out. Returns 0, or
 * -1 with *why (static text, when why is not NULL) set to "not a date in
 * the form YYYY-MM-DD or DD/MM/YYYY" (also "2026/11/27", "11-27-2026",
 * "27/11/26"), "no such month" (2023-13-01), "no such day" (2023-02-30)
 * or "year out of range". */
int util_date_parse(const char *s, util_day *out, const char **why);
/* Writes "YYYY-MM-DD" and a NUL into out, which holds at least 11 bytes.
 * Returns out. A day past UTIL_DAY_MAX (or before year 0) is written as
 * the nearest day in range, never as garbage. */
char *util_date_format(util_day day, char out[static 11]);
int util_day_year(util_day day);
/* The same day of month `months` later (or earlier when negative); when
 * that month is shorter, its last day (2023-01-31 + 1 month = 2023-02-28).
 * Past 9999-12-31: UTIL_DAY_MAX. */
util_day util_day_add_months(util_day day, int months);
util_day util_day_add_years(util_day day, int years);
/* Completed months from `from` to `to` (0 when to < from): a month is
 * completed on the same day of month, or on the last day of a shorter
 * month. */
int util_full_months(util_day from, util_day to);
/* Completed years: util_full_months / 12. */
int util_full_years(util_day from, util_day to);
/* 0 = Monday ... 6 = Sunday. */
int util_weekday(util_day day);
/* The n-th working day (Monday to Friday) after `day` (n >= 0; n = 0 gives
 * `day` itself). Public holidays are not known. Past 9999-12-31:
 * UTIL_DAY_MAX. */
util_day util_day_add_working_days(util_day day, int n);
/* Today in the machine's local time zone. */
util_day util_today_local(void);

/* ---- UTF-8 text ---------------------------------------------------------- */

/* Cleans a line of user text: checks that it is valid UTF-8 without
 * control characters, trims white space at both ends and normalises to NFC.
 * Returns a new string, or NULL with *why (static text) set to "invalid
 * UTF-8" or "control character in text". An empty result is allowed; the
 * caller decides whether it is. */
char *util_text_clean(const char *in, const char **why);
/* The search key of a text: NFKD, marks removed, case folded, đ/Đ to d,
 * runs of white space, punctuation and symbols to one space, trimmed.
 * "Nguyễn Văn  An" gives "nguyen van an", "Lý, Thị Mai" "ly thi mai". The
 * input must be valid UTF-8. Returns a new string. */
char *util_text_fold(const char *in);
/* The text in NFC with full Unicode case folding, and nothing else changed:
 * "60-QĐ/TW" and "60-qđ/tw" give the same key, "60-QD/TW" another. Invalid
 * UTF-8 is returned as it is. Returns a new string. */
char *util_text_casefold(const char *in);
/* Display width in terminal columns of valid UTF-8 text (combining marks
 * take none, wide East Asian characters two). */
size_t util_text_width(const char *s);
bool util_utf8_valid(const char *s, size_t n);

/* A value as a message quotes it: control characters and bytes that are
 * not UTF-8 shown as \xNN (ESC as \x1b), and cut after UTIL_QUOTE_CHARS
 * characters with an ellipsis, so that a refusal can neither drive the
 * terminal nor run to pages. Used inline as util_quote(v).s (the text
 * lives until the end of the full expression). */
#define UTIL_QUOTE_CHARS 60
typedef struct util_quoted {
  char s[UTIL_QUOTE_CHARS * 8 + 4];
} util_quoted;
util_quoted util_quote(const char *s);

/* ---- pseudo-random numbers ---------------------------------------------- */

/* splitmix64, for the demonstration and the benchmarks: the same seed
 * gives the same numbers on every machine. Not for secrets. */
typedef struct util_rng {
  uint64_t s;
} util_rng;

uint64_t util_rng_next(util_rng *r);
/* A number in [0, n), n > 0. */
int util_rng_below(util_rng *r, int n);

/* ---- aligned tables ---------------------------------------------------------
 */

/* A text table printed with its columns padded to the display width of
 * their widest cell. Cells are copied. Columns flagged numeric are
 * right-aligned. With headers NULL there is no header line and no rule. */
typedef struct util_table util_table;

util_table *util_table_new(size_t ncols, const char *const *headers);
void util_table_numeric(util_table *t, size_t col);
void util_table_add(util_table *t, const char *const *cells);
size_t util_table_rows(const util_table *t);
/* Prints the header, a rule of dashes, and the rows; two spaces between
 * columns, no trailing spaces. */
void util_table_print(const util_table *t, FILE *out);
/* The same, appended to a buffer. */
void util_table_render(const util_table *t, util_buf *out);
void util_table_free(util_table *t);

/* ---- CSV (RFC 4180)
 * ---------------------------------------------------------- */

/* Reads CSV records from a stream: fields separated by commas, quoted with
 * double quotes where needed, records ended by CRLF or LF; a UTF-8 byte
 * order mark at the start is skipped. A workbook (.xlsx, known by a zip's
 * first bytes) is read the same way, row by row, through util/xlsx.h: a
 * record is a row that is not empty, its line the row's number, and the
 * name in messages "FILE:SHEET". */
typedef struct util_csv util_csv;

/* `name` is used in messages ("FILE:LINE: ..."). Does not take the stream. */
util_csv *util_csv_open(FILE *in, const char *name);
/* The sheet of a workbook to read (NULL: the first); before the first
 * util_csv_next. A sheet asked of a CSV file is refused. */
void util_csv_sheet(util_csv *r, const char *sheet);
/* What messages call the input: "FILE", or "FILE:SHEET" for a workbook. */
const char *util_csv_name(const util_csv *r);
/* Reads the next record. Returns 1 and sets *fields (owned by the reader,
 * valid until the next call) and *nfields; 0 at the end of input; -1 with
 * *e set (UTIL_REFUSED, "FILE:LINE: reason") on malformed CSV or a read
 * error. A completely empty line is skipped. */
int util_csv_next(util_csv *r, char ***fields, size_t *nfields, util_err *e);
/* After util_csv_next refused a field with a stray quote: the field's
 * index in its record (from 0), with *raw its text as found on the line;
 * -1 otherwise. */
int util_csv_bad_field(const util_csv *r, const char **raw);
/* The physical line (from 1) on which the last returned record started. */
long util_csv_line(const util_csv *r);
/* Bytes consumed so far (for progress reports). */
long long util_csv_offset(const util_csv *r);
void util_csv_close(util_csv *r);

/* Writes one field, quoted when it holds a comma, a quote, CR or LF (an
 * empty or NULL value is written as nothing). */
void util_csv_field(util_buf *out, const char *value);
/* Writes a record: the fields separated by commas, ended by CRLF. */
void util_csv_record(util_buf *out, const char *const *fields, size_t n);

#endif
