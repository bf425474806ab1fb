/*
 * request.c — reading a request and answering with errors: the checks the
 * routing table's declarations ask for (path, query parameters, session,
 * role, CSRF token, body), and refusals as {"error": {...}} with the
 * status their kind gives.
 */
#include "http/http_int.h"

#include <errno.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- errors as JSON -------------------------------------------------------
 */

/* The status of a refusal or failure, read from its class and kind only. */
int http_status_of(const util_err *e) {
  if (e->code == UTIL_USAGE)
    return MHD_HTTP_BAD_REQUEST;
  if (e->code != UTIL_REFUSED)
    return MHD_HTTP_INTERNAL_SERVER_ERROR;
  switch (e->kind) {
  case UTIL_INVALID:
    return MHD_HTTP_UNPROCESSABLE_CONTENT;
  case UTIL_NOT_FOUND:
    return MHD_HTTP_NOT_FOUND;
  case UTIL_FORBIDDEN:
    return MHD_HTTP_FORBIDDEN;
  case UTIL_UNAUTHENTICATED:
    return MHD_HTTP_UNAUTHORIZED;
  default:
    return MHD_HTTP_CONFLICT;
  }
}

static const char *code_of(int status) {
  switch (status) {
  case MHD_HTTP_BAD_REQUEST:
    return "bad_request";
  case MHD_HTTP_UNAUTHORIZED:
    return "unauthenticated";
  case MHD_HTTP_FORBIDDEN:
    return "forbidden";
  case MHD_HTTP_NOT_FOUND:
    return "not_found";
  case MHD_HTTP_METHOD_NOT_ALLOWED:
    return "method_not_allowed";
  case MHD_HTTP_CONFLICT:
    return "conflict";
  case MHD_HTTP_CONTENT_TOO_LARGE:
    return "too_large";
  case MHD_HTTP_UNSUPPORTED_MEDIA_TYPE:
    return "unsupported_media_type";
  case MHD_HTTP_UNPROCESSABLE_CONTENT:
    return "invalid";
  case MHD_HTTP_TOO_MANY_REQUESTS:
    return "too_many_requests";
  default:
    return "internal";
  }
}

/* Sets the answer to {"error": {"code", "message", "field"}}. A failure of
 * the system or a bug is logged and answered with a generic message: its
 * text may name files or SQL. */
void http_error_answer(http_req *r, int status, const util_err *e) {
  const char *msg = e->msg;
  if (status >= 500) {
    fprintf(stderr, "cadre: %s %s: %s\n", r->method, r->path, e->msg);
    msg = "the server failed; the error is in its log";
  }
  json_t *j =
      json_pack("{s:{s:s, s:s, s:s?}}", "error", "code", code_of(status),
                "message", msg, "field", e->field[0] ? e->field : NULL);
  util_buf_reset(&r->out);
  http_json(r, status, j);
}

int http_refuse(http_req *r, util_err *e, int status, int kind,
                const char *field, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  e->code = UTIL_REFUSED;
  e->kind = kind;
  snprintf(e->field, sizeof e->field, "%s", field ? field : "");
  /* Translated whole into the error's language, as util_fail does (a
   * keyword of po/extract.sh, its format the sixth argument). */
  vsnprintf(e->msg, sizeof e->msg, util_tr(e->lang, fmt), ap);
  va_end(ap);
  r->fail_status = status;
  return -1;
}

/* jansson's writer straight into the answer: json_dumps would build the
 * text in a buffer of its own to be copied after it. */
static int dump_into(const char *text, size_t n, void *out) {
  util_buf_add(out, text, n);
  return 0;
}

int http_json(http_req *r, int status, json_t *j) {
  json_dump_callback(j, dump_into, &r->out, JSON_INDENT(2));
  util_buf_putc(&r->out, '\n');
  json_decref(j);
  r->status = status;
  r->ctype = "application/json";
  return 0;
}

/* ---- reading the request ---------------------------------------------------
 */

const char *http_query(const http_req *r, const char *name) {
  return MHD_lookup_connection_value(r->con, MHD_GET_ARGUMENT_KIND, name);
}

const char *http_field_text(const http_req *r, const char *name) {
  return r->json ? json_string_value(json_object_get(r->json, name)) : NULL;
}

size_t http_field_list(const http_req *r, const char *name,
                       const char ***items) {
  json_t *v = r->json ? json_object_get(r->json, name) : NULL;
  size_t n = json_is_array(v) ? json_array_size(v) : 0;
  *items = n ? util_xcalloc(n, sizeof **items) : NULL;
  for (size_t i = 0; i < n; i++)
    (*items)[i] = json_string_value(json_array_get(v, i));
  return n;
}

bool http_field_flag(const http_req *r, const char *name) {
  return r->json && json_is_true(json_object_get(r->json, name));
}

typedef struct args {
  http_req *r;
  util_err *e;
  const char *key; /* counting: the key counted */
  int count, rc;
} args;

static enum MHD_Result count_arg(void *cls, enum MHD_ValueKind kind,
                                 const char *key, const char *value) {
  (void)kind;
  (void)value;
  args *a = cls;
  a->count += strcmp(key, a->key) == 0;
  return MHD_YES;
}

/* The field called `name` (of length n) in a route's list, or NULL. */
static const http_field *declared(const http_field *list, const char *name,
                                  size_t n) {
  for (const http_field *f = list; f && f->name; f++)
    if (strlen(f->name) == n && strncmp(f->name, name, n) == 0)
      return f;
  return NULL;
}

/* "a|b|c": the names of a list, for a refusal. */
static void names_of(const http_field *list, util_buf *out) {
  for (const http_field *f = list; f && f->name; f++)
    util_buf_printf(out, "%s%s", f == list ? "" : "|", f->name);
}

/* Refuses a value its field's type does not take (app_field_check): 422
 * with the field named, in the command line's words. */
static int check_value(http_req *r, const http_field *f, const char *value,
                       util_err *e) {
  if (app_field_check(f->type, f->name, value, e) == 0)
    return 0;
  r->fail_status = MHD_HTTP_UNPROCESSABLE_CONTENT;
  return -1;
}

/* Every query parameter must be declared by the route, given once, be
 * UTF-8 text and what its type takes. */
static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind,
                                 const char *key, const char *value) {
  (void)kind;
  args *a = cls;
  size_t n = strlen(key);
  const http_field *f = declared(a->r->route->query, key, n);
  args c = {.key = key};
  if (f)
    MHD_get_connection_values(a->r->con, MHD_GET_ARGUMENT_KIND, count_arg, &c);
  if (!util_utf8_valid(key, n) ||
      (value && !util_utf8_valid(value, strlen(value)))) {
    a->rc = http_refuse(a->r, a->e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                        "query: invalid UTF-8");
  } else if (!f) {
    util_buf allowed = {0};
    names_of(a->r->route->query, &allowed);
    if (allowed.len)
      a->rc = http_refuse(a->r, a->e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, key,
                          "%s: no such parameter here (these are: %s)",
                          util_quote(key).s, allowed.data);
    else
      a->rc =
          http_refuse(a->r, a->e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, key,
                      "%s: no such parameter here (none)", util_quote(key).s);
    util_buf_free(&allowed);
  } else if (c.count > 1) {
    a->rc = http_refuse(a->r, a->e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, key,
                        "%s: given %d times; give it once", key, c.count);
  }
  return a->rc ? MHD_NO : MHD_YES;
}

/* The {params} of the path, each what its name's type takes. */
static int check_params(http_req *r, util_err *e) {
  size_t i = 0;
  for (const char *p = strchr(r->route->pattern, '{'); p && i < HTTP_PARAMS_MAX;
       p = strchr(p + 1, '{'), i++) {
    size_t n = strcspn(p + 1, "}");
    char name[32];
    snprintf(name, sizeof name, "%.*s", (int)n, p + 1);
    http_field f = {
        .name = name, .required = true, .type = http_param_type(name)};
    if (f.type && r->params[i] && check_value(r, &f, r->params[i], e))
      return -1;
  }
  return 0;
}

int http_check_query(http_req *r, util_err *e) {
  args a = {.r = r, .e = e};
  MHD_get_connection_values(r->con, MHD_GET_ARGUMENT_KIND, check_arg, &a);
  return a.rc;
}

int http_check_values(http_req *r, util_err *e) {
  if (check_params(r, e))
    return -1;
  for (const http_field *f = r->route->query; f && f->name; f++) {
    const char *v = http_query(r, f->name);
    if (!v && f->required)
      return http_refuse(r, e, MHD_HTTP_UNPROCESSABLE_CONTENT, UTIL_INVALID,
                         f->name, "%s: missing", f->name);
    if (v && !*v && f->type->type == APP_FT_INT) {
      /* An int's "" is no number, where a text's "" may mean "none". */
      util_buf about = {0};
      app_field_about(f->type, &about);
      http_refuse(r, e, MHD_HTTP_UNPROCESSABLE_CONTENT, UTIL_INVALID, f->name,
                  "%s: empty: %s", f->name, about.data);
      util_buf_free(&about);
      return -1;
    }
    if (v && check_value(r, f, v, e))
      return -1;
  }
  return 0;
}

/* The path must be UTF-8 without control characters, and without "." or
 * ".." segments: nothing names a file, but a path that climbs is refused
 * rather than read one way here and another by a proxy. */
int http_check_path(http_req *r, util_err *e) {
  const char *p = r->path;
  if (!util_utf8_valid(p, strlen(p)))
    return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                       "path: invalid UTF-8");
  for (const char *c = p; *c; c++)
    if ((unsigned char)*c < 0x20 || *c == 0x7f)
      return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                         "path: %s: a control character", util_quote(p).s);
  for (const char *s = p; *s;) {
    s += *s == '/';
    size_t len = strcspn(s, "/");
    if ((len == 1 && s[0] == '.') || (len == 2 && strncmp(s, "..", 2) == 0))
      return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                         "path: %s: no '.' or '..' segments", util_quote(p).s);
    s += len;
  }
  return 0;
}

/* The value of cookie `name` in the Cookie header, copied into out. */
static bool cookie(const http_req *r, const char *name, char *out,
                   size_t size) {
  const char *h =
      MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "Cookie");
  size_t n = strlen(name);
  for (const char *p = h; p && *p;) {
    p += strspn(p, " ;");
    size_t len = strcspn(p, ";");
    if (len > n && strncmp(p, name, n) == 0 && p[n] == '=') {
      snprintf(out, size, "%.*s", (int)(len - n - 1), p + n + 1);
      return true;
    }
    p += len;
  }
  return false;
}

void http_read_session(http_req *r) {
  r->signed_in = cookie(r, "cadre_session", r->token, sizeof r->token) &&
                 http_session_get(&r->srv->sessions, r->token, &r->who);
  if (r->signed_in && r->who.lang)
    r->lang = r->who.lang;
}

/* The session, the role and the CSRF token the route asks for. The
 * account is read again: one disabled since the login is signed out, and
 * a changed role, scope or language holds at once. */
int http_check_session(http_req *r, util_err *e) {
  const http_route *rt = r->route;
  store_user u = {0};
  int rc = r->signed_in ? app_user_current(r->a, r->who.user, &u, e) : 0;
  if (rc < 0)
    return -1;
  if (rc == 1) {
    http_session_end(&r->srv->sessions, r->token);
    r->signed_in = false;
    r->lang = e->lang = r->asked;
  } else if (r->signed_in) {
    r->who.role = app_role_of(u.role);
    r->who.scope = u.scope;
    snprintf(r->who.scope_code, sizeof r->who.scope_code, "%s", u.scope_code);
    /* A language set since the login (user set, or another session of
     * theirs) is kept with the session too, for its next requests'
     * refusals before this read. */
    const util_lang *l = u.lang ? util_lang_find(u.lang) : NULL;
    if (l != r->who.lang)
      http_session_set_lang(&r->srv->sessions, r->token, l);
    r->who.lang = l;
    r->lang = e->lang = l ? l : r->asked;
    app_user_clear(&u);
  }
  if (rt->need == APP_NOBODY)
    return 0;
  if (!r->signed_in)
    return http_refuse(r, e, MHD_HTTP_UNAUTHORIZED, UTIL_UNAUTHENTICATED, "",
                       "nobody is signed in (or the session has expired): "
                       "log in first");
  if (r->who.role < rt->need)
    return app_role_refuse(r->who.user, r->who.role, rt->need, e);
  const char *csrf =
      MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "X-CSRF-Token");
  if (rt->changes && (!csrf || strlen(csrf) != HTTP_TOKEN_HEX ||
                      sodium_memcmp(csrf, r->who.csrf, HTTP_TOKEN_HEX) != 0))
    return http_refuse(r, e, MHD_HTTP_FORBIDDEN, UTIL_FORBIDDEN, "X-CSRF-Token",
                       "X-CSRF-Token: %s: a change needs the header "
                       "X-CSRF-Token with the token of the session (from "
                       "the login or GET /api/v1/session)",
                       csrf ? "wrong token" : "missing");
  return 0;
}

/* A field of the body: of the JSON type its type asks for (a flag or a
 * yes/no a boolean, an int an integer, anything else a string, null for
 * an optional one), and a value its type takes. */
static int check_json(http_req *r, const http_field *f, json_t *v, util_err *e);

/* A list field: an array of values of its type, each checked as one. */
static int check_list(http_req *r, const http_field *f, json_t *v,
                      util_err *e) {
  if (json_is_null(v) && !f->required)
    return 0;
  if (!json_is_array(v))
    return http_refuse(r, e, MHD_HTTP_UNPROCESSABLE_CONTENT, UTIL_INVALID,
                       f->name, "%s: a list (a JSON array) is needed", f->name);
  http_field one = *f;
  one.many = false;
  one.required = true;
  size_t i;
  json_t *item;
  json_array_foreach(v, i, item) {
    if (check_json(r, &one, item, e))
      return -1;
  }
  return 0;
}

static int check_json(http_req *r, const http_field *f, json_t *v,
                      util_err *e) {
  if (f->many)
    return check_list(r, f, v, e);
  enum app_ftype t = f->type->type;
  bool boolean = t == APP_FT_FLAG || t == APP_FT_YESNO;
  /* TRANSLATORS: what a field of a request's JSON needs, inserted in
   * "%s: %s is needed"; true and false are JSON's words. */
  const char *need = boolean           ? N_("true or false")
                     : t == APP_FT_INT ? N_("a whole number")
                                       : N_("a string");
  bool ok = boolean           ? json_is_boolean(v)
            : t == APP_FT_INT ? json_is_integer(v)
                              : json_is_string(v);
  if (!ok && !(json_is_null(v) && !f->required))
    return http_refuse(r, e, MHD_HTTP_UNPROCESSABLE_CONTENT, UTIL_INVALID,
                       f->name, "%s: %s is needed", f->name,
                       util_tr_err(e, need));
  if (json_is_integer(v)) {
    char text[32];
    snprintf(text, sizeof text, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    return check_value(r, f, text, e);
  }
  if (!json_is_string(v))
    return 0;
  if (strlen(json_string_value(v)) != json_string_length(v))
    return http_refuse(r, e, MHD_HTTP_UNPROCESSABLE_CONTENT, UTIL_INVALID,
                       f->name, "%s: a NUL character in text", f->name);
  return check_value(r, f, json_string_value(v), e);
}

const util_lang *http_req_lang(const http_req *r) {
  return util_lang_accept(
      MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "Accept-Language"));
}

/* The value of the header Content-Type, or NULL. */
static const char *content_type(const http_req *r) {
  return MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "Content-Type");
}

/* Whether media type `ct` is `want` (without regard to case), followed by
 * nothing, a space or its parameters. */
static bool media_is(const char *ct, const char *want) {
  size_t n = strlen(want);
  return ct && strncasecmp(ct, want, n) == 0 &&
         (!ct[n] || ct[n] == ';' || ct[n] == ' ');
}

bool http_wants_xlsx(const http_req *r) {
  const char *f = http_query(r, "format");
  const char *accept =
      MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "Accept");
  return (f && strcmp(f, "xlsx") == 0) ||
         (!f && accept && strstr(accept, HTTP_XLSX_TYPE));
}

/* An upload's body: of the route's media type; CSV in UTF-8, the only
 * text the imports read, so a charset other than utf-8 is refused rather
 * than read wrongly. The body itself is the handler's (http_upload). */
static int check_upload(http_req *r, util_err *e) {
  const char *ct = content_type(r), *want = http_upload_type(r->route);
  bool csv = strcmp(want, "text/csv") == 0;
  const char *cs = NULL;
  for (const char *p = ct && csv ? strchr(ct, ';') : NULL; p;
       p = strchr(p + 1, ';')) {
    const char *q = p + 1 + strspn(p + 1, " ");
    if (strncasecmp(q, "charset=", 8) == 0)
      cs = q + 8 + (q[8] == '"');
  }
  /* A CSV import reads a workbook too (util_csv knows it by its bytes). */
  if (csv && media_is(ct, HTTP_XLSX_TYPE))
    return 0;
  if (!media_is(ct, want) ||
      (cs && strncasecmp(cs, "utf-8", 5) != 0 && strncasecmp(cs, "utf8", 4)))
    return csv ? http_refuse(
                     r, e, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, UTIL_INVALID, "",
                     "Content-Type: %s: send %s (in UTF-8), or %s",
                     util_quote(ct ? ct : "(none)").s, want, HTTP_XLSX_TYPE)
               : http_refuse(r, e, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
                             UTIL_INVALID, "", "Content-Type: %s: send %s",
                             util_quote(ct ? ct : "(none)").s, want);
  return 0;
}

/* The body: JSON, UTF-8, an object of the route's fields, each of its
 * type. */
int http_check_body(http_req *r, util_err *e) {
  const http_route *rt = r->route;
  if (http_upload_type(rt))
    return check_upload(r, e);
  if (!rt->body) {
    if (r->taken)
      return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                         "body: %s %s takes no body", rt->method, rt->pattern);
    return 0;
  }
  const char *ct = content_type(r);
  if (!media_is(ct, "application/json"))
    return http_refuse(r, e, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, UTIL_INVALID, "",
                       "Content-Type: %s: send application/json",
                       util_quote(ct ? ct : "(none)").s);
  if (!util_utf8_valid(r->body.data ? r->body.data : "", r->body.len))
    return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                       "body: invalid UTF-8");
  json_error_t je;
  r->json = json_loadb(r->body.data ? r->body.data : "", r->body.len,
                       JSON_REJECT_DUPLICATES, &je);
  if (!r->json)
    return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                       "body: malformed JSON at line %d, column %d: %s",
                       je.line, je.column, je.text);
  if (!json_is_object(r->json))
    return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, "",
                       "body: a JSON object is needed");
  const char *key;
  json_t *v;
  json_object_foreach(r->json, key, v) {
    const http_field *f = declared(rt->body, key, strlen(key));
    if (!f)
      return http_refuse(r, e, MHD_HTTP_BAD_REQUEST, UTIL_INVALID, key,
                         "%s: no such field here", util_quote(key).s);
    if (check_json(r, f, v, e))
      return -1;
  }
  for (const http_field *f = rt->body; f->name; f++)
    if (f->required && !json_object_get(r->json, f->name))
      return http_refuse(r, e, MHD_HTTP_UNPROCESSABLE_CONTENT, UTIL_INVALID,
                         f->name, "%s: missing", f->name);
  return 0;
}

/* ---- the body as it comes -------------------------------------------------
 */

const http_field http_upload_csv[] = {{.name = NULL}},
                 http_upload_json[] = {{.name = NULL}};

const char *http_upload_type(const http_route *rt) {
  return rt->body == http_upload_csv    ? "text/csv"
         : rt->body == http_upload_json ? "application/json"
                                        : NULL;
}

/* Whether the request's route takes an upload: looked up only once a body
 * would pass HTTP_BODY_MAX, so that a request of the API's usual size is
 * routed once, in handle(). */
static bool upload_route(http_req *r) {
  return http_route_find(r, r->method, r->raw_path ? r->raw_path : r->path) ==
             0 &&
         http_upload_type(r->route);
}

bool http_body_limit(http_req *r, const char *content_length) {
  r->limit = HTTP_BODY_MAX;
  if (!content_length)
    return false;
  unsigned long long n = strtoull(content_length, NULL, 10);
  if (n > HTTP_BODY_MAX && upload_route(r))
    r->limit = HTTP_UPLOAD_MAX;
  return n > r->limit;
}

void http_body_add(http_req *r, const char *piece, size_t n) {
  /* Counted even once refused: a chunked body has no length to check
   * first, and is refused as soon as it goes over. */
  if (!r->too_big && n > r->limit - r->taken && r->limit == HTTP_BODY_MAX &&
      upload_route(r))
    r->limit = HTTP_UPLOAD_MAX;
  if (r->too_big || n > r->limit - r->taken) {
    r->too_big = true;
    return;
  }
  r->taken += n;
  if (r->spool_failed)
    return;
  if (!r->spool && r->body.len + n > HTTP_BODY_MAX) {
    r->spool = tmpfile();
    if (!r->spool || (r->body.len && fwrite(r->body.data, 1, r->body.len,
                                            r->spool) != r->body.len)) {
      r->spool_failed = true;
      return;
    }
    util_buf_free(&r->body);
  }
  if (!r->spool)
    util_buf_add(&r->body, piece, n);
  else if (fwrite(piece, 1, n, r->spool) != n)
    r->spool_failed = true;
}

void http_body_free(http_req *r) {
  util_buf_free(&r->body);
  if (r->spool)
    fclose(r->spool);
  r->spool = NULL;
}

int http_refuse_too_big(http_req *r, util_err *e) {
  if (r->limit == HTTP_UPLOAD_MAX)
    return http_refuse(r, e, MHD_HTTP_CONTENT_TOO_LARGE, UTIL_INVALID, "",
                       "body: more than %d bytes (%d MiB), the limit of an "
                       "upload",
                       HTTP_UPLOAD_MAX, HTTP_UPLOAD_MAX / (1024 * 1024));
  return http_refuse(r, e, MHD_HTTP_CONTENT_TOO_LARGE, UTIL_INVALID, "",
                     "body: more than %d bytes", HTTP_BODY_MAX);
}

FILE *http_upload(http_req *r, long long *size, util_err *e) {
  FILE *f = NULL;
  *size = (long long)r->taken;
  if (r->spool_failed) {
    util_fail(e, UTIL_SYSTEM,
              "upload: cannot spool the body to a temporary "
              "file");
    return NULL;
  }
  if (r->spool) {
    f = r->spool;
    r->spool = NULL;
    rewind(f);
  } else if (r->body.len) {
    f = fmemopen(r->body.data, r->body.len, "rb");
  } else {
    f = tmpfile(); /* empty: fmemopen takes no empty buffer everywhere */
  }
  if (!f)
    util_fail(e, UTIL_SYSTEM, "upload: cannot open the body: %s",
              util_strerror(e, errno, (char[128]){0}));
  return f;
}
