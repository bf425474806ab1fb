/*
 * import.c — organisations and members from CSV, all or nothing.
 *
 * A whole file is one transaction. Each row goes through the same
 * operation as the command of the same name (app_org_add, app_member_add),
 * with the tallies collected in one ledger and written once at the end.
 * The first bad row rolls everything back; its message says where:
 * "FILE:LINE: column: value: reason".
 */
#include "app/app_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef app_import_header header;

static int read_header(util_csv *r, header *h, const char *const *required,
                       util_err *e) {
  char **f;
  size_t n;
  int rc = util_csv_next(r, &f, &n, e);
  if (rc == 0)
    return util_fail(e, UTIL_REFUSED,
                     "%s: the file is empty (a header row "
                     "is needed)",
                     util_csv_name(r));
  if (rc < 0)
    return -1;
  for (size_t i = 0; i < h->nnames; i++)
    h->col[i] = -1;
  h->ncols = n;
  for (size_t c = 0; c < n; c++) {
    size_t i = 0;
    while (i < h->nnames && strcmp(h->names[i], f[c]) != 0)
      i++;
    if (i == h->nnames) {
      util_buf known = {0};
      for (size_t k = 0; k < h->nnames; k++)
        util_buf_printf(&known, "%s%s", k ? ", " : "", h->names[k]);
      util_fail(e, UTIL_REFUSED,
                "%s:%ld: %s: unknown column (the columns "
                "are %s)",
                util_csv_name(r), util_csv_line(r), util_quote(f[c]).s,
                known.data);
      util_buf_free(&known);
      return -1;
    }
    if (h->col[i] >= 0)
      return util_fail(e, UTIL_REFUSED,
                       "%s:%ld: %s: the column is named "
                       "twice",
                       util_csv_name(r), util_csv_line(r), f[c]);
    h->col[i] = (int)c;
  }
  for (const char *const *q = required; *q; q++) {
    size_t i = 0;
    while (strcmp(h->names[i], *q) != 0)
      i++;
    if (h->col[i] < 0)
      return util_fail(e, UTIL_REFUSED, "%s:%ld: the column %s is required",
                       util_csv_name(r), util_csv_line(r), *q);
  }
  return 0;
}

/* The next data row, checked against the header: a quote error names the
 * column and the value like any bad value, and a row may not have more
 * fields than the header names (a value without a column is not dropped
 * silently). Missing fields at the end of a row are empty. */
static int next_row(util_csv *r, const header *h, size_t ncols, char ***f,
                    size_t *n, util_err *e) {
  int rc = util_csv_next(r, f, n, e);
  const char *raw;
  int bad = rc < 0 ? util_csv_bad_field(r, &raw) : -1;
  if (bad >= 0) {
    const char *column = "?";
    for (size_t i = 0; i < h->nnames; i++)
      if (h->col[i] == bad)
        column = h->names[i];
    return util_fail(e, UTIL_REFUSED,
                     "%s:%ld: %s: %s: a quote inside a field must be doubled "
                     "and the field quoted (RFC 4180)",
                     util_csv_name(r), util_csv_line(r), column,
                     util_quote(raw).s);
  }
  if (rc == 1 && *n > ncols) {
    /* The counts in the message's language, each noun agreeing with its
     * number. */
    const util_lang *l = e ? e->lang : NULL;
    char fields[64], cols[64];
    snprintf(fields, sizeof fields, util_trn(l, "%zu field", "%zu fields", *n),
             *n);
    snprintf(cols, sizeof cols, util_trn(l, "%zu column", "%zu columns", ncols),
             ncols);
    return util_fail(e, UTIL_REFUSED,
                     "%s:%ld: the row has %s, the header names %s",
                     util_csv_name(r), util_csv_line(r), fields, cols);
  }
  return rc;
}

/* The value of field i in a row, or NULL. */
static const char *field(const header *h, char **f, size_t n, size_t i) {
  int c = h->col[i];
  return c >= 0 && (size_t)c < n && *f[c] ? f[c] : NULL;
}

/* Begins an import: one transaction and one ledger. */
static int begin(app *a, util_err *e) {
  if (store_cache(a->st, 512, e) || store_begin(a->st, true, e))
    return -1;
  a->batch = app_batch_new(a);
  if (store_names_defer(a->st, e)) {
    app_batch_free(a->batch);
    a->batch = NULL;
    store_rollback(a->st);
    return -1;
  }
  return 0;
}

/* Ends an import: writes the tallies and the audit, commits (rc == 0) or
 * rolls everything back. */
static int finish(app *a, int rc, const char *action, const char *file,
                  long rows, util_err *e) {
  app_batch *b = a->batch;
  a->batch = NULL;
  if (rc == 0)
    rc = report_ledger_flush(b->ledger, e);
  if (store_names_flush(a->st, rc == 0, e))
    rc = -1;
  app_batch_free(b);
  if (rc == 0)
    rc = app_audit(a, action, e, "%s: %ld rows", file, rows);
  if (rc == 0)
    rc = store_commit(a->st, e);
  if (rc)
    store_rollback(a->st);
  return rc;
}

/* Shows progress, and writes the tallies collected so far when they grow
 * large: a million members touch a few million (organisation, day) pairs,
 * and memory should not grow with the file. */
static int tick(app *a, util_csv *r, long long size, long rows, util_err *e) {
  if (a->progress && rows % 1024 == 0)
    a->progress(a->progress_ctx, util_csv_offset(r), size);
  if (report_ledger_groups(a->batch->ledger) > 500000)
    return report_ledger_flush(a->batch->ledger, e);
  return 0;
}

/* For the imports of other files (app_int.h). */
util_csv *app_import_open(const app *a, FILE *in, const char *name) {
  util_csv *r = util_csv_open(in, name);
  util_csv_sheet(r, a->sheet);
  return r;
}
int app_import_read_header(util_csv *r, header *h, const char *const *required,
                           util_err *e) {
  return read_header(r, h, required, e);
}
int app_import_next_row(util_csv *r, const header *h, char ***f, size_t *n,
                        util_err *e) {
  return next_row(r, h, h->ncols, f, n, e);
}
const char *app_import_field(const header *h, char **f, size_t n, size_t i) {
  return field(h, f, n, i);
}
int app_import_begin(app *a, util_err *e) {
  return begin(a, e);
}
int app_import_finish(app *a, int rc, const char *action, const char *file,
                      long rows, util_err *e) {
  return finish(a, rc, action, file, rows, e);
}
int app_import_tick(app *a, util_csv *r, long long size, long rows,
                    util_err *e) {
  return tick(a, r, size, rows, e);
}

/* ---- organisations
 * ------------------------------------------------------------- */

enum {
  O_CODE,
  O_NAME,
  O_KIND,
  O_PARENT,
  O_SECTOR,
  O_FOUNDED,
  O_DECISION,
  O_RECORDED
};
static const char *const org_fields[] = {"code",     "name",    "kind",
                                         "parent",   "sector",  "founded",
                                         "decision", "recorded"};

typedef struct org_row {
  long line;
  char *v[UTIL_COUNT(org_fields)];
} org_row;

static void org_rows_free(org_row *rows, size_t n) {
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < UTIL_COUNT(org_fields); k++)
      free(rows[i].v[k]);
  free(rows);
}

/* A code as a key: codes are matched without regard to case. */
static uint64_t code_key(const char *code) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (; *code; code++)
    h = (h ^ (unsigned char)tolower((unsigned char)*code)) * 0x100000001b3ull;
  return h;
}

/* Whether a code is the code of a row not yet added. */
static bool pending(const util_map *codes, const org_row *rows,
                    const bool *done, const char *code) {
  size_t *i = util_map_get(codes, code_key(code));
  return i && !done[*i] && strcasecmp(rows[*i].v[O_CODE], code) == 0;
}

static int add_orgs(app *a, const char *file, org_row *rows, size_t n,
                    util_err *e) {
  bool *done = util_xcalloc(n + 1, 1);
  util_map codes = {0};
  for (size_t i = 0; i < n; i++) {
    bool created;
    if (rows[i].v[O_CODE])
      *util_map_put(&codes, code_key(rows[i].v[O_CODE]), &created) = i;
  }
  size_t left = n;
  int rc = 0;
  /* Rows whose parent comes later in the file wait for it. */
  while (left && rc == 0) {
    size_t before = left;
    for (size_t i = 0; i < n && rc == 0; i++) {
      if (done[i])
        continue;
      const char *parent = rows[i].v[O_PARENT];
      if (parent && pending(&codes, rows, done, parent) &&
          strcasecmp(parent, rows[i].v[O_CODE] ? rows[i].v[O_CODE] : "") != 0)
        continue;
      app_org_in in = {rows[i].v[O_CODE],     rows[i].v[O_NAME],
                       rows[i].v[O_KIND],     rows[i].v[O_PARENT],
                       rows[i].v[O_SECTOR],   rows[i].v[O_FOUNDED],
                       rows[i].v[O_DECISION], rows[i].v[O_RECORDED]};
      rc = app_org_add(a, &in, NULL, e);
      if (rc)
        util_err_prefix(e, "%s:%ld: ", file, rows[i].line);
      done[i] = true;
      left--;
    }
    if (rc == 0 && left == before) {
      /* Parents waiting for each other: a cycle. */
      for (size_t i = 0; i < n; i++)
        if (!done[i]) {
          rc = util_fail(e, UTIL_REFUSED,
                         "%s:%ld: parent: %s: the organisations of this "
                         "file are each other's superiors",
                         file, rows[i].line, rows[i].v[O_PARENT]);
          break;
        }
    }
  }
  util_map_free(&codes);
  free(done);
  return rc;
}

int app_import_orgs(app *a, FILE *in, const char *name, long long size,
                    long *nrows, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  static const char *const required[] = {"code", "name", "kind", NULL};
  (void)size; /* organisations are few: no progress to show */
  util_csv *r = app_import_open(a, in, name);
  header h = {org_fields, UTIL_COUNT(org_fields), {0}, 0};
  org_row *rows = NULL;
  size_t n = 0, cap = 0;
  char **f;
  size_t nf;
  int rc = read_header(r, &h, required, e);
  while (rc == 0 && (rc = next_row(r, &h, h.ncols, &f, &nf, e)) == 1) {
    if (n == cap) {
      cap = cap ? 2 * cap : 64;
      rows = util_xrealloc(rows, cap * sizeof *rows);
    }
    org_row *row = &rows[n++];
    row->line = util_csv_line(r);
    for (size_t k = 0; k < UTIL_COUNT(org_fields); k++) {
      const char *v = field(&h, f, nf, k);
      row->v[k] = v ? util_xstrdup(v) : NULL;
    }
    rc = 0;
  }
  /* The rows' messages name the file as the reader does (FILE:SHEET). */
  char *where = util_xstrdup(util_csv_name(r));
  util_csv_close(r);
  *nrows = 0;
  if (rc < 0 || begin(a, e)) {
    org_rows_free(rows, n);
    free(where);
    return -1;
  }
  rc = add_orgs(a, where, rows, n, e);
  free(where);
  org_rows_free(rows, n);
  rc = finish(a, rc, "import orgs", name, (long)n, e);
  if (rc == 0)
    *nrows = (long)n;
  return rc;
}

/* ---- members
 * ---------------------------------------------------------------------- */

enum {
  M_NAME,
  M_BORN,
  M_GENDER,
  M_CELL,
  M_ADMITTED,
  M_OFFICIAL,
  M_CARD,
  M_ETHNICITY,
  M_RELIGION,
  M_HOMETOWN,
  M_EDUCATION,
  M_PROFESSION,
  M_THEORY,
  M_POSITION,
  M_KEY_CADRE,
  M_MANAGER,
  M_REGISTERED,
  M_OVER_60
};
static const char *const member_fields[] = {
    "name",     "born",       "gender",
    "cell",     "admitted",   "official",
    "card",     "ethnicity",  "religion",
    "hometown", "education",  "profession",
    "theory",   "position",   "key-cadre",
    "manager",  "registered", "over-60-approved-by"};

/* "yes" or nothing; the usual spellings of both are accepted. */
static int yes_no(const char *field, const char *v, bool *out, util_err *e) {
  static const char *const yes[] = {"yes", "y", "true", "1", "x"};
  static const char *const no[] = {"no", "n", "false", "0"};
  *out = false;
  if (!v)
    return 0;
  for (size_t i = 0; i < UTIL_COUNT(yes); i++)
    if (strcasecmp(v, yes[i]) == 0)
      return *out = true, 0;
  for (size_t i = 0; i < UTIL_COUNT(no); i++)
    if (strcasecmp(v, no[i]) == 0)
      return 0;
  return util_invalid(e, field, "%s: %s: yes or no (or empty)", field, v);
}

int app_import_members(app *a, FILE *in, const char *name, long long size,
                       long *nrows, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  static const char *const required[] = {"name", "born",     "gender",
                                         "cell", "admitted", NULL};
  util_csv *r = app_import_open(a, in, name);
  header h = {member_fields, UTIL_COUNT(member_fields), {0}, 0};
  char **f;
  size_t nf;
  long rows = 0;
  *nrows = 0;
  int rc = read_header(r, &h, required, e);
  if (rc == 0)
    rc = begin(a, e);
  else {
    util_csv_close(r);
    return -1;
  }
  while (rc == 0 && (rc = next_row(r, &h, h.ncols, &f, &nf, e)) == 1) {
    const char *v[UTIL_COUNT(member_fields)];
    for (size_t k = 0; k < UTIL_COUNT(member_fields); k++)
      v[k] = field(&h, f, nf, k);
    app_person_in p = {.name = v[M_NAME],
                       .born = v[M_BORN],
                       .gender = v[M_GENDER],
                       .card = v[M_CARD],
                       .ethnicity = v[M_ETHNICITY],
                       .religion = v[M_RELIGION],
                       .hometown = v[M_HOMETOWN],
                       .education = v[M_EDUCATION],
                       .profession = v[M_PROFESSION],
                       .theory = v[M_THEORY],
                       .position = v[M_POSITION]};
    rc = yes_no("key-cadre", v[M_KEY_CADRE], &p.key_cadre, e);
    if (rc == 0)
      rc = yes_no("manager", v[M_MANAGER], &p.manager, e);
    app_register_in reg = {.cell = v[M_CELL],
                           .admitted = v[M_ADMITTED],
                           .official = v[M_OFFICIAL],
                           .registered = v[M_REGISTERED],
                           .over_60_approved_by = v[M_OVER_60]};
    if (rc == 0)
      rc = app_member_add(a, &p, &reg, NULL, e);
    if (rc)
      util_err_prefix(e, "%s:%ld: ", util_csv_name(r), util_csv_line(r));
    rows++;
    if (rc == 0)
      rc = tick(a, r, size, rows, e);
  }
  if (rc == 0 && a->progress)
    a->progress(a->progress_ctx, size, size);
  util_csv_close(r);
  rc = finish(a, rc < 0 ? -1 : 0, "import members", name, rows, e);
  if (rc == 0)
    *nrows = rows;
  return rc;
}
