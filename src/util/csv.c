/*
 * csv.c — CSV (RFC 4180) in and out. Reading is libcsv in strict mode,
 * fed one physical line at a time so that every message can name the line
 * where the offending record started, even when a quoted field spans
 * lines. Imports come from spreadsheets: a byte order mark, CRLF and blank
 * lines are tolerated, anything ambiguous is refused rather than guessed.
 */
#include "util/lang.h"
#include "util/util.h"
#include "util/xlsx.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct util_csv {
  FILE *in;
  char *name;
  struct csv_parser parser;
  char *line; /* getline's buffer */
  size_t line_cap;
  long lineno;      /* physical lines read */
  long start;       /* line on which the current record started */
  long long offset; /* bytes read */
  util_buf text;    /* the record's fields, each NUL-terminated */
  size_t *offs;     /* where each field starts in text */
  char **fields;    /* handed to the caller, pointing into text */
  size_t nfields;
  size_t cap;     /* room in offs and fields */
  bool row_done;  /* libcsv ended a record during the last feed */
  bool in_record; /* a record began on an earlier line */
  bool eof;
  bool failed; /* a malformed file stays failed */
  util_err err;
  long bad_field; /* the field a quote error fell in, or -1 */
  char *bad_raw;  /* its text as it stood on the line */
  /* A workbook is read by util/xlsx.c, the sheet named or the first. */
  bool started;
  char *sheet;
  util_xlsx *x;
  FILE *spool; /* a copy of a stream that cannot seek (a pipe) */
};

/* Spaces belong to the field (RFC 4180); libcsv would trim them. */
static int no_space(unsigned char c) {
  (void)c;
  return 0;
}

/* Only LF ends a record: the CR of a CRLF is removed before parsing, so
 * a quoted field spanning lines gets LF whatever the file's convention. */
static int is_lf(unsigned char c) {
  return c == '\n';
}

static void on_field(void *s, size_t len, void *data) {
  util_csv *r = data;

  if (r->nfields == r->cap) {
    r->cap = r->cap ? r->cap * 2 : 16;
    r->offs = util_xrealloc(r->offs, r->cap * sizeof *r->offs);
    r->fields = util_xrealloc(r->fields, r->cap * sizeof *r->fields);
  }
  r->offs[r->nfields++] = r->text.len;
  util_buf_add(&r->text, s, len);
  util_buf_add(&r->text, "", 1);
}

static void on_record(int c, void *data) {
  util_csv *r = data;

  (void)c;
  r->row_done = true;
}

util_csv *util_csv_open(FILE *in, const char *name) {
  util_csv *r = util_xcalloc(1, sizeof *r);

  r->in = in;
  r->name = util_xstrdup(name);
  r->bad_field = -1;
  csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
  csv_set_space_func(&r->parser, no_space);
  csv_set_term_func(&r->parser, is_lf);
  csv_set_realloc_func(&r->parser, util_xrealloc);
  return r;
}

static int fail(util_csv *r, util_err *e, int code, long line,
                const char *why) {
  r->failed = true;
  if (e)
    r->err.lang = e->lang;
  util_fail(&r->err, code, "%s:%ld: %s", r->name, line, why);
  if (e)
    *e = r->err;
  return -1;
}

/* `why` is marked with N_ where it is written (or is libcsv's text, which
 * no catalog has) and translated here, whole, with the sentence around it,
 * in the language of the caller's error. */
static int malformed(util_csv *r, util_err *e, long line, const char *why) {
  char msg[512];
  const util_lang *l = e ? e->lang : r->err.lang;

  snprintf(msg, sizeof msg, util_tr(l, N_("malformed CSV: %s")),
           util_tr(l, why));
  return fail(r, e, UTIL_REFUSED, line, msg);
}

/* Remembers which field of the line a quote error fell in: the one after
 * the fields already complete, as it stood on the line (for messages). */
static void note_bad_field(util_csv *r, const char *line, size_t n) {
  size_t field = 0, i = 0;
  bool quoted = false;
  /* Fields of this record that began on earlier lines are complete. */
  size_t skip = r->in_record ? 0 : r->nfields;
  r->bad_field = (long)r->nfields;
  for (; i < n && field < skip; i++) {
    if (line[i] == '"')
      quoted = !quoted;
    else if (line[i] == ',' && !quoted)
      field++;
  }
  size_t end = i;
  while (end < n && line[end] != ',')
    end++;
  free(r->bad_raw);
  r->bad_raw = util_xstrndup(line + i, end - i);
}

int util_csv_bad_field(const util_csv *r, const char **raw) {
  *raw = r->bad_raw;
  return r->bad_raw ? (int)r->bad_field : -1;
}

static int give(util_csv *r, char ***fields, size_t *nfields) {
  for (size_t i = 0; i < r->nfields; i++)
    r->fields[i] = r->text.data + r->offs[i];
  *fields = r->fields;
  *nfields = r->nfields;
  r->in_record = false;
  return 1;
}

/* The end of input: a record without a final newline is still a record,
 * an open quote is an error. */
static int finish(util_csv *r, char ***fields, size_t *nfields, util_err *e,
                  int read_errno) {
  r->eof = true;
  if (ferror(r->in))
    return fail(r, e, UTIL_SYSTEM, r->lineno + 1,
                util_strerror(e, read_errno, (char[128]){0}));
  if (csv_fini(&r->parser, on_field, on_record, r) != 0)
    return malformed(r, e, r->start, N_("unterminated quoted field"));
  return r->row_done ? give(r, fields, nfields) : 0;
}

void util_csv_sheet(util_csv *r, const char *sheet) {
  free(r->sheet);
  r->sheet = sheet ? util_xstrdup(sheet) : NULL;
}

const char *util_csv_name(const util_csv *r) {
  return r->x ? util_xlsx_where(r->x) : r->name;
}

static bool xlsx_name(const char *name) {
  size_t n = strlen(name);
  return n >= 5 && strcasecmp(name + n - 5, ".xlsx") == 0;
}

/* Reads the stream again from its start: by seeking back over what was
 * read, or from a copy in a temporary file when it cannot seek (a pipe). */
static int rewind_input(util_csv *r, const void *head, size_t n, util_err *e) {
  if (fseeko(r->in, -(off_t)n, SEEK_CUR) == 0)
    return 0;
  char buf[1 << 16], why[128];
  r->spool = tmpfile();
  if (!r->spool)
    return util_fail(e, UTIL_SYSTEM, "%s: cannot make a temporary copy: %s",
                     r->name, util_strerror(e, errno, why));
  size_t got = n;
  memcpy(buf, head, n);
  do {
    if (fwrite(buf, 1, got, r->spool) != got)
      return util_fail(e, UTIL_SYSTEM, "%s: cannot make a temporary copy: %s",
                       r->name, util_strerror(e, errno, why));
  } while ((got = fread(buf, 1, sizeof buf, r->in)) > 0);
  if (ferror(r->in) || fflush(r->spool) || fseeko(r->spool, 0, SEEK_SET))
    return util_fail(e, UTIL_SYSTEM, "%s: cannot read: %s", r->name,
                     util_strerror(e, errno, why));
  r->in = r->spool;
  return 0;
}

/* The first read: a workbook (by a zip's first bytes) goes to util/xlsx.c;
 * a file named .xlsx that is not one, or a sheet asked of a CSV file, is
 * refused. */
static int start(util_csv *r, util_err *e) {
  r->started = true;
  unsigned char head[4];
  size_t n = fread(head, 1, sizeof head, r->in);
  bool zip = util_xlsx_magic(head, n);
  int rc = 0;
  if (!zip && xlsx_name(r->name))
    rc = util_fail(e, UTIL_REFUSED,
                   "%s: not an xlsx file: it is not a zip archive", r->name);
  else if (!zip && r->sheet)
    rc = util_fail(e, UTIL_REFUSED,
                   "%s: sheet: %s: only an xlsx file has sheets, this is CSV",
                   r->name, util_quote(r->sheet).s);
  else
    rc = rewind_input(r, head, n, e);
  if (rc == 0 && zip) {
    r->x = util_xlsx_open(r->in, r->name, r->sheet, e);
    rc = r->x ? 0 : -1;
  }
  if (rc) {
    r->failed = true;
    r->err = *e;
  }
  return rc;
}

int util_csv_next(util_csv *r, char ***fields, size_t *nfields, util_err *e) {
  util_err ignored;
  if (!e)
    e = &ignored;
  if (!r->started && !r->failed && start(r, e))
    return -1;
  if (r->failed) {
    *e = r->err;
    return -1;
  }
  if (r->x) {
    int rc = util_xlsx_next(r->x, fields, nfields, e);
    if (rc < 0) {
      r->failed = true;
      r->err = *e;
    }
    return rc;
  }
  if (r->eof)
    return 0;
  util_buf_reset(&r->text);
  r->nfields = 0;
  r->row_done = false;
  for (;;) {
    ssize_t got = getline(&r->line, &r->line_cap, r->in);
    char *s = r->line;
    size_t n;
    size_t content;

    if (got < 0)
      return finish(r, fields, nfields, e, errno);
    n = (size_t)got;
    r->lineno++;
    r->offset += got;
    if (r->lineno == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
      s += 3, n -= 3;
    if (memchr(s, '\0', n))
      return malformed(r, e, r->lineno, "NUL byte in line");
    if (n >= 2 && s[n - 1] == '\n' && s[n - 2] == '\r')
      s[n - 2] = '\n', n--;
    else if (n >= 1 && s[n - 1] == '\r') /* CRLF cut short by the end */
      n--;
    content = n > 0 && s[n - 1] == '\n' ? n - 1 : n;
    if (!r->in_record)
      r->start = r->lineno;
    if (csv_parse(&r->parser, s, n, on_field, on_record, r) != n) {
      if (csv_error(&r->parser) != CSV_EPARSE)
        return malformed(r, e, r->lineno, csv_strerror(csv_error(&r->parser)));
      note_bad_field(r, s, content);
      return malformed(r, e, r->lineno,
                       N_("a quote inside a field must be doubled and the "
                          "field quoted"));
    }
    if (r->row_done)
      return give(r, fields, nfields);
    /* An empty line outside a record is skipped; inside a quoted field
     * it is part of the field, and the record goes on. */
    if (content > 0)
      r->in_record = true;
  }
}

long util_csv_line(const util_csv *r) {
  return r->x ? util_xlsx_row_number(r->x) : r->start;
}

long long util_csv_offset(const util_csv *r) {
  return r->x ? util_xlsx_offset(r->x) : r->offset;
}

void util_csv_close(util_csv *r) {
  if (!r)
    return;
  util_xlsx_close(r->x);
  if (r->spool)
    fclose(r->spool);
  free(r->sheet);
  csv_free(&r->parser);
  free(r->line);
  free(r->name);
  free(r->bad_raw);
  util_buf_free(&r->text);
  free(r->offs);
  free(r->fields);
  free(r);
}

static bool needs_quotes(const char *v) {
  return strpbrk(v, ",\"\r\n") != NULL;
}

void util_csv_field(util_buf *out, const char *value) {
  if (!value || !*value)
    return;
  if (!needs_quotes(value)) {
    util_buf_puts(out, value);
    return;
  }
  util_buf_putc(out, '"');
  for (const char *p = value; *p; p++) {
    if (*p == '"')
      util_buf_putc(out, '"');
    util_buf_putc(out, *p);
  }
  util_buf_putc(out, '"');
}

void util_csv_record(util_buf *out, const char *const *fields, size_t n) {
  /* A lone empty field would make an empty line, which readers skip. */
  if (n == 1 && (!fields[0] || !*fields[0])) {
    util_buf_puts(out, "\"\"\r\n");
    return;
  }
  for (size_t i = 0; i < n; i++) {
    if (i > 0)
      util_buf_putc(out, ',');
    util_csv_field(out, fields[i]);
  }
  util_buf_puts(out, "\r\n");
}
