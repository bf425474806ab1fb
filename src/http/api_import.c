/*
 * api_import.c — the administrators' uploads and checks: the imports of
 * CSV (import orgs|members, meeting import, assess import), a rubric's
 * load and choice (rubric load|use) and the database's check (check).
 * Each calls the app/ function of its command with the same inputs: app
 * decides who may (an administrator of the whole register, as on the
 * command line) and refuses a file all or nothing. The body of an upload
 * comes as it was sent (http_upload), from memory or from the temporary
 * file it was spooled to; the file is called "upload" in messages.
 */
#include "http/api_import.h"
#include "http/api_records.h"
#include "view/import.h"

#include <stdlib.h>
#include <string.h>

/* What messages call the file sent ("upload:12: born: ..."). */
#define UPLOAD_NAME "upload"
/* The largest rubric read, as `rubric load` reads one (cli/rubric.c). */
#define RUBRIC_MAX (1 << 20)

typedef int (*import_fn)(app *, FILE *, const char *, long long, long *,
                         util_err *);

/* A refusal of the file's content ("upload:LINE: column: value: reason",
 * whatever its kind: a code no organisation has is a bad row of the file
 * as much as a malformed date) is 422, with the column as its field when
 * app named none. A refusal of the user (role, branch) keeps its status. */
static void bad_row(http_req *r, util_err *e) {
  const char *p = e->msg + strlen(UPLOAD_NAME ":");
  if (e->code != UTIL_REFUSED ||
      strncmp(e->msg, UPLOAD_NAME ":", strlen(UPLOAD_NAME ":")) != 0)
    return;
  r->fail_status = MHD_HTTP_UNPROCESSABLE_CONTENT;
  p += strspn(p, "0123456789");
  p += strspn(p, ": ");
  size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789_-");
  if (!e->field[0] && n && n < sizeof e->field && p[n] == ':')
    snprintf(e->field, sizeof e->field, "%.*s", (int)n, p);
}

static int import(http_req *r, import_fn fn, const char *what, util_err *e) {
  long long size;
  FILE *in = http_upload(r, &size, e);
  if (!in)
    return -1;
  long rows = 0;
  int rc = fn(r->a, in, UPLOAD_NAME, size, &rows, e);
  fclose(in);
  if (rc)
    bad_row(r, e);
  return rc ? -1 : http_json(r, MHD_HTTP_OK, view_import_json(what, rows));
}

int http_import_orgs(http_req *r, util_err *e) {
  return import(r, app_import_orgs, "organisations", e);
}

int http_import_members(http_req *r, util_err *e) {
  return import(r, app_import_members, "members", e);
}

int http_import_meetings(http_req *r, util_err *e) {
  return import(r, app_import_meetings, "meetings", e);
}

int http_import_assess(http_req *r, util_err *e) {
  return import(r, app_import_assess, "classifications", e);
}

/* ---- rubrics ------------------------------------------------------------- */

const http_field http_rubric_load_query[] = {OPT("name", text), END};

/* The body whole, as `rubric load` reads its file: 1 MB at most, UTF-8. */
static int rubric_text(http_req *r, util_buf *text, util_err *e) {
  long long size;
  if (r->taken > RUBRIC_MAX)
    return http_refuse(r, e, MHD_HTTP_CONTENT_TOO_LARGE, UTIL_INVALID, "",
                       "rubric %s: larger than 1 MB: not a rubric",
                       UPLOAD_NAME);
  FILE *in = http_upload(r, &size, e);
  if (!in)
    return -1;
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
    util_buf_add(text, chunk, n);
  fclose(in);
  util_buf_puts(text, "");
  if (!util_utf8_valid(text->data, text->len))
    return http_refuse(r, e, MHD_HTTP_UNPROCESSABLE_CONTENT, UTIL_INVALID, "",
                       "rubric %s: invalid UTF-8", UPLOAD_NAME);
  return 0;
}

/* {"name", "active": true}: the rubric now scoring meetings. */
static int rubric_answer(http_req *r, int status, const char *name) {
  return http_json(r, status,
                   json_pack("{s:s, s:b}", "name", name, "active", 1));
}

int http_rubric_load(http_req *r, util_err *e) {
  util_buf text = {0};
  const char *name = http_query(r, "name");
  int rc = rubric_text(r, &text, e);
  if (rc == 0)
    rc = app_rubric_load(r->a, text.data, text.len, UPLOAD_NAME, name, e);
  if (rc == 0) {
    /* Loaded, so the document is JSON with a name, unless `name` gave
     * another. */
    json_t *doc = name ? NULL : json_loadb(text.data, text.len, 0, NULL);
    rc = rubric_answer(r, MHD_HTTP_CREATED,
                       name ? name
                            : json_string_value(json_object_get(doc, "name")));
    json_decref(doc);
  }
  util_buf_free(&text);
  return rc;
}

int http_rubric_use(http_req *r, util_err *e) {
  if (app_rubric_use(r->a, r->params[0], e))
    return -1;
  return rubric_answer(r, MHD_HTTP_OK, r->params[0]);
}

/* ---- the check ----------------------------------------------------------- */

/* A check without repair: the command's report and count as JSON, 200
 * whatever it finds (the request did what was asked). --repair stays on
 * the command line (docs/http.md). */
int http_check(http_req *r, util_err *e) {
  util_buf report = {0}, warnings = {0};
  int problems = 0, nwarnings = 0;
  int rc = app_check(r->a, false, &report, &problems, &warnings, &nwarnings, e);
  if (rc == 0)
    http_json(r, MHD_HTTP_OK,
              view_check_json(problems, &report, nwarnings, &warnings));
  util_buf_free(&report);
  util_buf_free(&warnings);
  return rc;
}
