/*
 * xlsx_read.c — a workbook's sheet read row by row (util/xlsx.h): minizip
 * finds the parts in the zip, expat parses them as they are inflated. The
 * sheet's parser stops at the end of each row (XML_StopParser) and resumes
 * at the next call, so a sheet of a million rows costs one row of memory;
 * the shared strings (cells refer to them by number) and the styles (which
 * say which numbers are dates) are read whole first.
 *
 * Limits, against a zip bomb: a part whose declared size passes PART_MAX,
 * or is more than RATIO_MAX times its compressed size past RATIO_FLOOR, is
 * refused before it is inflated; one that inflates past its declared size
 * is refused as it does.
 */
#include "util/xlsx.h"

#include <errno.h>
#include <expat.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unzip.h>

enum {
  CHUNK = 1 << 16,
  CELL_MAX = 32767 * 4, /* Excel's 32,767 characters, in UTF-8 bytes */
  COL_MAX = 16384,      /* Excel's last column, XFD */
  RATIO_MAX = 250,      /* deflate gives ~1000 at most; sheets ~10-30 */
};
static const long long PART_MAX = 4LL << 30; /* 4 GiB: ~3M rows */
static const long long RATIO_FLOOR = 16LL << 20;

struct util_xlsx {
  char *name, *where;
  unzFile zip;
  /* shared strings: text, NUL-separated, and where each starts */
  util_buf sst;
  size_t *sst_off, nsst, sst_cap;
  /* styles: whether the cell format of each index shows a date */
  bool *xf_date;
  size_t nxf;
  bool date1904;
  /* the part being parsed */
  XML_Parser parser;
  long long declared, inflated;
  bool part_done;
  util_err err;
  bool failed;
  /* the sheet's row in the making */
  long row, last_row;
  bool row_ready;
  util_buf text; /* the row's cells, each NUL-terminated */
  size_t *offs;
  char **fields;
  size_t ncells, cap;
  /* the cell in the making */
  long col;
  char type[12];
  long style;
  bool in_value, in_phonetic;
  util_buf value;
  /* workbook.xml and its relations: the sheet wanted */
  const char *sheet_wanted;
  char *sheet_rid, *sheet_path, *first_rid, *first_name;
  util_buf sheet_names;
  /* styles.xml */
  bool in_cell_xfs;
  long *custom_ids;
  size_t ncustom;
  /* sharedStrings.xml */
  bool in_si;
};

/* The local name of a namespaced name: "URI|name" -> "name". */
static const char *local(const char *name) {
  const char *bar = strrchr(name, '|');
  return bar ? bar + 1 : name;
}

static const char *attr(const char **atts, const char *name) {
  for (; *atts; atts += 2)
    if (strcmp(local(atts[0]), name) == 0)
      return atts[1];
  return NULL;
}

static int fail(util_xlsx *x, util_err *e, const char *fmt, ...)
    UTIL_PRINTF(3, 4);
static int fail(util_xlsx *x, util_err *e, const char *fmt, ...) {
  if (!x->failed) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    util_fail(&x->err, UTIL_REFUSED, "%s", msg);
    x->failed = true;
  }
  if (e)
    *e = x->err;
  return -1;
}

/* A failure found inside expat's callbacks: kept, and the parse stopped. */
static void fail_in_parse(util_xlsx *x, const char *why) {
  char where[64];
  snprintf(where, sizeof where, "%ld", x->row ? x->row : 1);
  fail(x, NULL, "%s:%s: %s", x->where ? x->where : x->name, where, why);
  XML_StopParser(x->parser, XML_FALSE);
}

/* ---- zip over a FILE * -------------------------------------------------- */

static voidpf z_open(voidpf opaque, const void *name, int mode) {
  (void)name;
  (void)mode;
  return opaque;
}
static uLong z_read(voidpf opaque, voidpf stream, void *buf, uLong size) {
  (void)opaque;
  return (uLong)fread(buf, 1, size, stream);
}
static uLong z_write(voidpf opaque, voidpf stream, const void *buf,
                     uLong size) {
  (void)opaque;
  (void)stream;
  (void)buf;
  (void)size;
  return 0;
}
static ZPOS64_T z_tell(voidpf opaque, voidpf stream) {
  (void)opaque;
  return (ZPOS64_T)ftello(stream);
}
static long z_seek(voidpf opaque, voidpf stream, ZPOS64_T off, int origin) {
  (void)opaque;
  int whence = origin == ZLIB_FILEFUNC_SEEK_CUR   ? SEEK_CUR
               : origin == ZLIB_FILEFUNC_SEEK_END ? SEEK_END
                                                  : SEEK_SET;
  return fseeko(stream, (off_t)off, whence) == 0 ? 0 : -1;
}
static int z_close(voidpf opaque, voidpf stream) {
  (void)opaque;
  (void)stream;
  return 0; /* the stream is the caller's */
}
static int z_error(voidpf opaque, voidpf stream) {
  (void)opaque;
  return ferror(stream);
}

bool util_xlsx_magic(const void *head, size_t n) {
  return n >= 4 && memcmp(head, "PK\3\4", 4) == 0;
}

/* ---- parts ---------------------------------------------------------------
 */

/* Finds a part and opens it for inflating, after the limits. 1 when it is
 * there, 0 when not, -1 refused. */
static int open_part(util_xlsx *x, const char *path, util_err *e) {
  if (unzLocateFile(x->zip, path, 1) != UNZ_OK)
    return 0;
  unz_file_info64 info;
  if (unzGetCurrentFileInfo64(x->zip, &info, NULL, 0, NULL, 0, NULL, 0) !=
      UNZ_OK)
    return fail(x, e, "%s: %s: not a readable part of the zip archive", x->name,
                path);
  long long size = (long long)info.uncompressed_size;
  long long packed = (long long)info.compressed_size;
  if (size > PART_MAX)
    return fail(x, e,
                "%s: %s: %lld bytes uncompressed, more than the limit of "
                "%lld",
                x->name, path, size, PART_MAX);
  if (size > RATIO_FLOOR && size / (packed ? packed : 1) > RATIO_MAX)
    return fail(x, e,
                "%s: %s: %lld bytes uncompressed from %lld, more than %d "
                "times: refused as a zip bomb",
                x->name, path, size, packed, RATIO_MAX);
  if (unzOpenCurrentFile(x->zip) != UNZ_OK)
    return fail(x, e, "%s: %s: cannot be uncompressed (a corrupt file?)",
                x->name, path);
  x->declared = size;
  x->inflated = 0;
  x->part_done = false;
  return 1;
}

/* Feeds the open part to x->parser until the parser stops (a row of the
 * sheet is complete) or the part ends. 0, or -1 with *e set. */
static int feed(util_xlsx *x, const char *path, util_err *e) {
  XML_ParsingStatus st;
  XML_GetParsingStatus(x->parser, &st);
  if (st.parsing == XML_SUSPENDED) {
    if (XML_ResumeParser(x->parser) == XML_STATUS_ERROR)
      goto xml_error;
    XML_GetParsingStatus(x->parser, &st);
    if (st.parsing == XML_SUSPENDED || x->failed)
      return x->failed ? fail(x, e, "?") : 0;
  }
  while (!x->part_done) {
    void *buf = XML_GetBuffer(x->parser, CHUNK);
    int n = unzReadCurrentFile(x->zip, buf, CHUNK);
    if (n < 0)
      return fail(x, e, "%s: %s: cannot be uncompressed (a corrupt file?)",
                  x->name, path);
    x->inflated += n;
    if (x->inflated > x->declared)
      return fail(x, e,
                  "%s: %s: inflates past the %lld bytes its header declares: "
                  "refused as a zip bomb",
                  x->name, path, x->declared);
    x->part_done = n == 0;
    if (XML_ParseBuffer(x->parser, n, n == 0) == XML_STATUS_ERROR)
      goto xml_error;
    XML_GetParsingStatus(x->parser, &st);
    if (st.parsing == XML_SUSPENDED)
      return 0;
  }
  return 0;
xml_error:
  if (x->failed)
    return fail(x, e, "?");
  return fail(x, e, "%s: %s: line %lu: malformed XML: %s", x->name, path,
              (unsigned long)XML_GetCurrentLineNumber(x->parser),
              XML_ErrorString(XML_GetErrorCode(x->parser)));
}

/* Reads a whole part with the handlers given. Returns 1, 0 when there is
 * no such part, -1 refused. */
static int read_part(util_xlsx *x, const char *path, XML_StartElementHandler s,
                     XML_EndElementHandler end, XML_CharacterDataHandler text,
                     util_err *e) {
  int rc = open_part(x, path, e);
  if (rc <= 0)
    return rc;
  x->parser = XML_ParserCreateNS(NULL, '|');
  XML_SetUserData(x->parser, x);
  XML_SetElementHandler(x->parser, s, end);
  XML_SetCharacterDataHandler(x->parser, text);
  rc = feed(x, path, e);
  XML_ParserFree(x->parser);
  x->parser = NULL;
  unzCloseCurrentFile(x->zip);
  return rc < 0 ? -1 : 1;
}

/* ---- workbook.xml and its relations ------------------------------------- */

static void wb_start(void *data, const char *el, const char **atts) {
  util_xlsx *x = data;
  const char *name = local(el);
  if (strcmp(name, "workbookPr") == 0) {
    const char *d = attr(atts, "date1904");
    x->date1904 = d && (strcmp(d, "1") == 0 || strcmp(d, "true") == 0);
  } else if (strcmp(name, "sheet") == 0) {
    const char *n = attr(atts, "name"), *id = NULL;
    for (const char **a = atts; *a; a += 2)
      if (strchr(a[0], '|') && strcmp(local(a[0]), "id") == 0)
        id = a[1];
    if (!n || !id)
      return;
    util_buf_printf(&x->sheet_names, "%s%s", x->sheet_names.len ? ", " : "", n);
    if (!x->first_rid) {
      x->first_rid = util_xstrdup(id);
      x->first_name = util_xstrdup(n);
    }
    if (x->sheet_wanted && !x->sheet_rid && strcmp(n, x->sheet_wanted) == 0)
      x->sheet_rid = util_xstrdup(id);
  }
}

static void rels_start(void *data, const char *el, const char **atts) {
  util_xlsx *x = data;
  const char *id = attr(atts, "Id"), *target = attr(atts, "Target");
  if (strcmp(local(el), "Relationship") != 0 || !id || !target ||
      x->sheet_path || strcmp(id, x->sheet_rid) != 0)
    return;
  x->sheet_path = target[0] == '/' ? util_xstrdup(target + 1)
                                   : util_xasprintf("xl/%s", target);
}

static void no_end(void *data, const char *el) {
  (void)data;
  (void)el;
}

/* ---- styles.xml: which cell formats are dates ---------------------------- */

/* Whether a number format's code shows a date: a day or a year in it,
 * outside quoted text and [brackets]. */
static bool date_code(const char *code) {
  bool quoted = false, bracket = false;
  for (; *code; code++) {
    char c = *code;
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && c == '[')
      bracket = true;
    else if (!quoted && c == ']')
      bracket = false;
    else if (!quoted && !bracket && c == '\\')
      code += code[1] != 0;
    else if (!quoted && !bracket && strchr("dDyY", c))
      return true;
  }
  return false;
}

/* The built-in formats that show a date (ECMA-376, 18.8.30). */
static bool date_builtin(long id) {
  return (id >= 14 && id <= 17) || id == 22;
}

static void styles_start(void *data, const char *el, const char **atts) {
  util_xlsx *x = data;
  const char *name = local(el);
  if (strcmp(name, "numFmt") == 0) {
    const char *id = attr(atts, "numFmtId"), *code = attr(atts, "formatCode");
    if (id && code && date_code(code)) {
      x->custom_ids = util_xrealloc(x->custom_ids,
                                    (x->ncustom + 1) * sizeof *x->custom_ids);
      x->custom_ids[x->ncustom++] = strtol(id, NULL, 10);
    }
  } else if (strcmp(name, "cellXfs") == 0) {
    x->in_cell_xfs = true;
  } else if (x->in_cell_xfs && strcmp(name, "xf") == 0) {
    const char *id = attr(atts, "numFmtId");
    long n = id ? strtol(id, NULL, 10) : 0;
    bool date = date_builtin(n);
    for (size_t i = 0; i < x->ncustom && !date; i++)
      date = x->custom_ids[i] == n;
    x->xf_date = util_xrealloc(x->xf_date, (x->nxf + 1) * sizeof *x->xf_date);
    x->xf_date[x->nxf++] = date;
  }
}

static void styles_end(void *data, const char *el) {
  util_xlsx *x = data;
  if (strcmp(local(el), "cellXfs") == 0)
    x->in_cell_xfs = false;
}

/* ---- sharedStrings.xml --------------------------------------------------- */

static void sst_start(void *data, const char *el, const char **atts) {
  util_xlsx *x = data;
  (void)atts;
  const char *name = local(el);
  if (strcmp(name, "si") == 0) {
    x->in_si = true;
    util_buf_reset(&x->value);
  } else if (strcmp(name, "rPh") == 0) {
    x->in_phonetic = true;
  } else if (strcmp(name, "t") == 0 && x->in_si && !x->in_phonetic) {
    x->in_value = true;
  }
}

static void sst_end(void *data, const char *el) {
  util_xlsx *x = data;
  const char *name = local(el);
  if (strcmp(name, "t") == 0) {
    x->in_value = false;
  } else if (strcmp(name, "rPh") == 0) {
    x->in_phonetic = false;
  } else if (strcmp(name, "si") == 0) {
    x->in_si = false;
    if (x->nsst == x->sst_cap) {
      x->sst_cap = x->sst_cap ? 2 * x->sst_cap : 256;
      x->sst_off = util_xrealloc(x->sst_off, x->sst_cap * sizeof *x->sst_off);
    }
    x->sst_off[x->nsst++] = x->sst.len;
    util_buf_add(&x->sst, x->value.data ? x->value.data : "", x->value.len);
    util_buf_add(&x->sst, "", 1);
  }
}

static void on_text(void *data, const char *s, int len) {
  util_xlsx *x = data;
  if (!x->in_value)
    return;
  if (x->value.len + (size_t)len > CELL_MAX) {
    fail_in_parse(x, "a cell holds more than 32767 characters");
    return;
  }
  util_buf_add(&x->value, s, (size_t)len);
}

/* ---- the sheet ----------------------------------------------------------- */

/* "BC12" -> column 54 (from 0); -1 when it is not a cell reference. */
static long column_of(const char *ref) {
  long col = 0;
  const char *p = ref;
  for (; *p >= 'A' && *p <= 'Z'; p++)
    col = col * 26 + (*p - 'A' + 1);
  return p == ref || col > COL_MAX ? -1 : col - 1;
}

static void sheet_start(void *data, const char *el, const char **atts) {
  util_xlsx *x = data;
  const char *name = local(el);
  if (strcmp(name, "row") == 0) {
    const char *r = attr(atts, "r");
    x->row = r ? strtol(r, NULL, 10) : x->last_row + 1;
    util_buf_reset(&x->text);
    x->ncells = 0;
    x->col = -1;
  } else if (strcmp(name, "c") == 0) {
    const char *r = attr(atts, "r"), *t = attr(atts, "t"), *s = attr(atts, "s");
    long col = r ? column_of(r) : x->col + 1;
    if (col < 0 || col <= x->col) {
      fail_in_parse(x, "a cell out of place (malformed sheet)");
      return;
    }
    x->col = col;
    snprintf(x->type, sizeof x->type, "%s", t ? t : "n");
    x->style = s ? strtol(s, NULL, 10) : 0;
    util_buf_reset(&x->value);
  } else if (strcmp(name, "v") == 0 || strcmp(name, "t") == 0) {
    x->in_value = !x->in_phonetic;
  } else if (strcmp(name, "rPh") == 0) {
    x->in_phonetic = true;
  }
}

/* The text of the cell just read, as util_xlsx_next hands it out. */
static bool cell_text(util_xlsx *x, util_buf *out) {
  const char *v = x->value.data ? x->value.data : "";
  if (strcmp(x->type, "s") == 0) {
    char *end;
    long i = strtol(v, &end, 10);
    if (*v == 0 || *end || i < 0 || (size_t)i >= x->nsst)
      return false;
    util_buf_puts(out, x->sst.data + x->sst_off[i]);
  } else if (strcmp(x->type, "b") == 0) {
    util_buf_puts(out, strcmp(v, "1") == 0 ? "true" : "false");
  } else if (strcmp(x->type, "n") == 0 && *v) {
    char *end;
    double d = strtod(v, &end);
    if (*end || !isfinite(d))
      return false;
    char text[32];
    bool date =
        x->style >= 0 && (size_t)x->style < x->nxf && x->xf_date[x->style];
    if (date && x->date1904)
      d += 1462; /* 1904-01-01 is serial 1462 of the 1900 system */
    if (date && util_xlsx_serial_date(d, text))
      util_buf_puts(out, text);
    else {
      util_xlsx_number_text(d, text);
      util_buf_puts(out, text);
    }
  } else {
    /* inlineStr, str (a formula's text), e (an error), d (ISO 8601) */
    util_buf_puts(out, v);
  }
  return true;
}

static void sheet_end(void *data, const char *el) {
  util_xlsx *x = data;
  const char *name = local(el);
  if (strcmp(name, "v") == 0 || strcmp(name, "t") == 0) {
    x->in_value = false;
  } else if (strcmp(name, "rPh") == 0) {
    x->in_phonetic = false;
  } else if (strcmp(name, "c") == 0 && !x->failed) {
    /* Cells skipped before this one are empty. */
    while (x->ncells <= (size_t)x->col) {
      if (x->ncells == x->cap) {
        x->cap = x->cap ? 2 * x->cap : 32;
        x->offs = util_xrealloc(x->offs, x->cap * sizeof *x->offs);
        x->fields = util_xrealloc(x->fields, x->cap * sizeof *x->fields);
      }
      x->offs[x->ncells++] = x->text.len;
      if (x->ncells <= (size_t)x->col)
        util_buf_add(&x->text, "", 1);
    }
    if (!cell_text(x, &x->text)) {
      fail_in_parse(x, "a cell's value is not what its type says "
                       "(malformed sheet)");
      return;
    }
    util_buf_add(&x->text, "", 1);
  } else if (strcmp(name, "row") == 0 && !x->failed) {
    x->last_row = x->row;
    bool empty = true;
    for (size_t i = 0; i < x->ncells && empty; i++)
      empty = x->text.data[x->offs[i]] == 0;
    if (!empty) {
      x->row_ready = true;
      XML_StopParser(x->parser, XML_TRUE);
    }
  }
}

/* ---- the reader ---------------------------------------------------------- */

util_xlsx *util_xlsx_open(FILE *in, const char *name, const char *sheet,
                          util_err *e) {
  util_xlsx *x = util_xcalloc(1, sizeof *x);
  x->name = util_xstrdup(name);
  x->sheet_wanted = sheet;
  zlib_filefunc64_def io = {z_open, z_read,  z_write, z_tell,
                            z_seek, z_close, z_error, in};
  x->zip = unzOpen2_64(name, &io);
  if (!x->zip) {
    fail(x, e, "%s: not an xlsx file: the zip archive is corrupt", name);
    util_xlsx_close(x);
    return NULL;
  }
  int rc = read_part(x, "xl/workbook.xml", wb_start, no_end, NULL, e);
  if (rc == 0)
    fail(x, e, "%s: not an xlsx file: no xl/workbook.xml in the archive", name);
  if (rc <= 0)
    goto refused;
  if (sheet && !x->sheet_rid) {
    fail(x, e, "%s: sheet: %s: no such sheet (the sheets are %s)", name,
         util_quote(sheet).s,
         x->sheet_names.len ? x->sheet_names.data : "none");
    goto refused;
  }
  if (!x->first_rid) {
    fail(x, e, "%s: not an xlsx file: the workbook has no sheet", name);
    goto refused;
  }
  if (!sheet)
    x->sheet_rid = util_xstrdup(x->first_rid);
  rc = read_part(x, "xl/_rels/workbook.xml.rels", rels_start, no_end, NULL, e);
  if (rc < 0)
    goto refused;
  if (!x->sheet_path) {
    fail(x, e, "%s: not an xlsx file: the sheet's part is not named", name);
    goto refused;
  }
  if (read_part(x, "xl/styles.xml", styles_start, styles_end, NULL, e) < 0 ||
      read_part(x, "xl/sharedStrings.xml", sst_start, sst_end, on_text, e) < 0)
    goto refused;
  x->where = util_xasprintf("%s:%s", name, sheet ? sheet : x->first_name);
  rc = open_part(x, x->sheet_path, e);
  if (rc == 0)
    fail(x, e, "%s: not an xlsx file: no %s in the archive", name,
         x->sheet_path);
  if (rc <= 0)
    goto refused;
  x->parser = XML_ParserCreateNS(NULL, '|');
  XML_SetUserData(x->parser, x);
  XML_SetElementHandler(x->parser, sheet_start, sheet_end);
  XML_SetCharacterDataHandler(x->parser, on_text);
  return x;
refused:
  util_xlsx_close(x);
  return NULL;
}

int util_xlsx_next(util_xlsx *x, char ***fields, size_t *nfields, util_err *e) {
  if (x->failed)
    return fail(x, e, "?");
  x->row_ready = false;
  if (feed(x, x->sheet_path, e))
    return -1;
  if (!x->row_ready)
    return 0;
  for (size_t i = 0; i < x->ncells; i++)
    x->fields[i] = x->text.data + x->offs[i];
  *fields = x->fields;
  *nfields = x->ncells;
  return 1;
}

long util_xlsx_row_number(const util_xlsx *x) {
  return x->row;
}

const char *util_xlsx_where(const util_xlsx *x) {
  return x->where ? x->where : x->name;
}

long long util_xlsx_offset(const util_xlsx *x) {
  return x->zip ? (long long)unzGetCurrentFileZStreamPos64(x->zip) : 0;
}

void util_xlsx_close(util_xlsx *x) {
  if (!x)
    return;
  if (x->parser)
    XML_ParserFree(x->parser);
  if (x->zip) {
    unzCloseCurrentFile(x->zip);
    unzClose(x->zip);
  }
  free(x->name);
  free(x->where);
  util_buf_free(&x->sst);
  free(x->sst_off);
  free(x->xf_date);
  free(x->custom_ids);
  util_buf_free(&x->text);
  free(x->offs);
  free(x->fields);
  util_buf_free(&x->value);
  free(x->sheet_rid);
  free(x->sheet_path);
  free(x->first_rid);
  free(x->first_name);
  util_buf_free(&x->sheet_names);
  free(x);
}

/* ---- values -------------------------------------------------------------- */

bool util_xlsx_serial_date(double serial, char out[static 32]) {
  /* 1900-01-01 is serial 1; 1900-02-29, which never was, is 60. */
  if (!(serial >= 1 && serial < 2958466) || (serial >= 60 && serial < 61))
    return false;
  double whole = floor(serial);
  long days = (long)whole;
  util_day base = util_day_from_civil(1899, 12, days < 60 ? 31 : 30);
  char date[11];
  util_date_format(base + (util_day)days, date);
  int minutes = (int)lround((serial - whole) * 24 * 60);
  if (minutes == 0 || minutes == 24 * 60)
    snprintf(out, 32, "%s", date);
  else
    snprintf(out, 32, "%s %02d:%02d", date, minutes / 60, minutes % 60);
  return true;
}

void util_xlsx_number_text(double v, char out[static 32]) {
  if (v == floor(v) && fabs(v) < 1e15) {
    snprintf(out, 32, "%.0f", v);
    return;
  }
  for (int digits = 15; digits <= 17; digits++) {
    snprintf(out, 32, "%.*g", digits, v);
    if (strtod(out, NULL) == v)
      return;
  }
}
