/*
 * http_int.h — what the server's files share. Not for other layers.
 */
#ifndef CADRE_HTTP_INT_H
#define CADRE_HTTP_INT_H

#include "http/http.h"
#include "util/embed.h"
#include "util/lang.h"

#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

/* Limits (docs/http.md). */
#define HTTP_BODY_MAX (64 * 1024)    /* bytes of a request's body */
#define HTTP_CONN_MEMORY (64 * 1024) /* per connection: headers and all */
#define HTTP_CONN_TIMEOUT 30         /* seconds a silent client is kept */
#define HTTP_PAGE_MAX 500            /* rows of one page of a list */
#define HTTP_PAGE_DEFAULT 50
#define HTTP_SEARCH_COUNTED 10      /* pages a search counts from its page on */
#define HTTP_SESSION_IDLE (30 * 60) /* seconds, by default */
#define HTTP_SESSION_LIFE (12 * 60 * 60) /* seconds, from the login */
#define HTTP_SESSIONS_MAX 10000
#define HTTP_LOGIN_FAILURES 5       /* failed logins allowed ... */
#define HTTP_LOGIN_WINDOW (15 * 60) /* ... in so many seconds */
#define HTTP_THROTTLE_MAX 10000     /* accounts and addresses followed */
#define HTTP_DRAIN_SECONDS 30       /* longest wait for requests at exit */
#define HTTP_PARAMS_MAX 4
#define HTTP_TOKEN_HEX 64 /* 32 random bytes in hex */
#define HTTP_NAME_MAX 64  /* a login name's bytes (app/user.c) */
/* Bytes of an upload's body (a CSV import, a rubric): one over
 * HTTP_BODY_MAX is spooled to an anonymous temporary file, not held. */
#define HTTP_UPLOAD_MAX (32 * 1024 * 1024)

/* ---- sessions (session.c) ------------------------------------------------ */

/* Who a session is: what a request's actor is set from. */
typedef struct http_who {
  char user[HTTP_NAME_MAX + 1];
  enum app_role role;
  int64_t scope;
  char scope_code[128];
  char csrf[HTTP_TOKEN_HEX + 1];
  /* Their own language (user set), NULL when they set none: carried with
   * the session so that a request knows it without reading the database
   * before its checks; http_check_session brings it up to date. */
  const util_lang *lang;
} http_who;

typedef struct http_session {
  char token[HTTP_TOKEN_HEX + 1];
  http_who who;
  time_t created, used; /* seconds of the monotonic clock */
} http_session;

typedef struct http_sessions {
  pthread_mutex_t mu;
  time_t idle;     /* seconds a session lasts unused */
  http_session *s; /* a hash table of `slots` entries (session.c) */
  size_t n, slots;
  unsigned char key[16]; /* of the hash, random: where a token lies */
} http_sessions;

/* Failed logins of one account or address in the current window. */
typedef struct http_strike {
  char key[HTTP_NAME_MAX + 8];
  time_t first;
  int failures;
} http_strike;

typedef struct http_throttle {
  pthread_mutex_t mu;
  http_strike *s;
  size_t n;
} http_throttle;

void http_sessions_init(http_sessions *ss, time_t idle);
void http_sessions_free(http_sessions *ss);
/* Starts a session for `who` (its csrf is set here): writes its token. */
void http_session_new(http_sessions *ss, http_who *who,
                      char token[HTTP_TOKEN_HEX + 1]);
/* Finds the session of `token`, unexpired, and touches it: fills *who.
 * Returns whether there was one. */
bool http_session_get(http_sessions *ss, const char *token, http_who *who);
void http_session_end(http_sessions *ss, const char *token);
/* Sets the language of the session of `token`, if it is still there. */
void http_session_set_lang(http_sessions *ss, const char *token,
                           const util_lang *lang);

void http_throttle_init(http_throttle *t);
void http_throttle_free(http_throttle *t);
/* Seconds until `key` may try again (0: now). */
long http_throttle_wait(http_throttle *t, const char *key);
void http_throttle_fail(http_throttle *t, const char *key);
void http_throttle_clear(http_throttle *t, const char *key);

/* Seconds of the monotonic clock. */
time_t http_now(void);

/* ---- the pool of app handles (pool.c) -------------------------------------
 */

typedef struct http_pool {
  pthread_mutex_t mu;
  pthread_cond_t free;
  app *apps;
  bool *busy;
  size_t n;
} http_pool;

/* Opens n handles on the database. */
int http_pool_open(http_pool *p, const http_config *cfg, size_t n, util_err *e);
void http_pool_close(http_pool *p);
/* A handle for one request (waits for one to be free), without an actor. */
app *http_pool_take(http_pool *p);
/* Gives it back, forgetting the actor. */
void http_pool_give(http_pool *p, app *a);

/* ---- the server and a request (server.c) --------------------------------- */

/* The web UI's message catalogs, web/i18n/TAG.json for every language
 * with a catalog (ui.c): built once, when the server opens, from the
 * embedded en.json and po/TAG.po, and only read after. */
typedef struct http_ui_catalogs {
  struct util_embedded *files; /* "i18n/TAG.json", ended by a zero entry */
  size_t n;
  char *langs; /* GET /api/v1/langs: the languages, each with its name */
} http_ui_catalogs;

typedef struct http_server {
  const http_config *cfg;
  struct MHD_Daemon *daemon;
  bool tls;
  http_pool pool;
  http_sessions sessions;
  http_throttle throttle;
  http_ui_catalogs ui;
  atomic_int inflight; /* requests begun and not completed */
  atomic_int streams;  /* threads writing downloads (stream.c) */
} http_server;

/* Opens the pool and starts the daemon of cfg, on its address (printed:
 * "cadre: listening on …"), or, when `fed`, on none, with one thread:
 * connections are then handed to s->daemon with MHD_add_connection (the
 * fuzz driver, fuzz/fuzz_http.c). */
int http_server_open(http_server *s, const http_config *cfg, bool fed,
                     util_err *e);
/* Lets the requests begun finish (HTTP_DRAIN_SECONDS at most), stops the
 * daemon and frees all. */
void http_server_close(http_server *s);

struct http_route;

typedef struct http_req {
  http_server *srv;
  struct MHD_Connection *con;
  const struct http_route *route;
  char method[16];
  char *path;     /* without the query, decoded */
  char *raw_path; /* the same as sent, percent-encoded (routes.c) */
  char addr[64];
  struct timespec start;
  util_buf body;
  FILE *spool;  /* an upload's body once over HTTP_BODY_MAX, or NULL */
  size_t taken; /* bytes of the body received */
  size_t limit; /* bytes the body may have (http_body_limit) */
  bool began, too_big, spool_failed;
  const char *params[HTTP_PARAMS_MAX]; /* {params} of the path, in order */
  char *param_text;                    /* where they live */
  json_t *json;                        /* the body, when the route has one */
  bool signed_in;
  http_who who;
  char token[HTTP_TOKEN_HEX + 2]; /* the session cookie's value, if any */
  char allow[64];                 /* methods the path has (for 405) */
  app *a;                /* with the actor of the session, during the handler */
  const util_lang *lang; /* of the messages it answers: the user's own, */
  const util_lang *asked; /* else Accept-Language's (http_req_lang) */
  /* The answer. */
  int status;
  const char *ctype;
  util_buf out;
  char *cookie;      /* Set-Cookie, or NULL */
  long retry_after;  /* seconds, for 429 */
  int fail_status;   /* a status a handler chose for its refusal, or 0 */
  size_t bytes;      /* sent */
  int pipe;          /* a download's reading end (stream.c), or -1 */
  char *disposition; /* Content-Disposition, or NULL */
  char etag[24];     /* a file of the web UI's ETag (ui.c), or "" */
  const char *csp;   /* a Content-Security-Policy of its own, or NULL */
} http_req;

/* ---- routes (routes.c, api.c) -------------------------------------------- */

typedef int (*http_handler)(http_req *r, util_err *e);

/* A query parameter or a field of a JSON body: its name, whether it must
 * be given, and its type (app.h's typed fields, which the command line's
 * options use too). In a body, a flag or a yes/no is a JSON boolean, an
 * int a JSON integer, anything else a string (null for an optional one
 * left out). */
typedef struct http_field {
  const char *name;
  bool required;
  const app_field *type;
  /* A body's list: a JSON array of values of the type, what an option
   * given several times (CLI_REPEAT) takes on the command line. */
  bool many;
} http_field;

typedef struct http_route {
  const char *method;
  const char *pattern; /* "/api/v1/members/{id}" */
  http_handler run;
  enum app_role need;      /* APP_NOBODY: open to all (login) */
  bool changes;            /* needs the CSRF token */
  const http_field *query; /* its query parameters (ends with {0}), or NULL */
  const http_field *body;  /* the JSON body's fields (ends with {0}), or NULL */
  const char *summary;
  /* The command of the command line that does the same ("member admit"),
   * or NULL: the body's fields are that command's options, with the same
   * types (a test compares them). */
  const char *command;
  int ok; /* the status of its answer: 200, 201 (created), 204 (none) */
} http_route;

/* The `body` of an upload's route: the body is a document, CSV (an
 * import) or JSON read whole (a rubric), handed to the handler as it came
 * (http_upload) rather than read as fields; its limit is HTTP_UPLOAD_MAX.
 * (Marked in `body`, so that the table's rows keep their columns.) */
extern const http_field http_upload_csv[], http_upload_json[];
/* The media type of a route's upload ("text/csv", "application/json"),
 * or NULL when it takes none. */
const char *http_upload_type(const http_route *rt);

extern const http_route http_routes[];
extern const size_t http_route_count;
/* The type of a {param} of a path pattern ("code": an organisation's
 * code, "id": a member), or NULL for an unknown name. */
const app_field *http_param_type(const char *name);
/* The OpenAPI 3.0 document of the routing table (openapi.c). */
json_t *http_openapi(void);

/* Finds the route of method and path, setting r->params. Returns 0, or
 * 404 when no route has the path, 405 when none has it with the method. */
int http_route_find(http_req *r, const char *method, const char *path);

/* ---- the web UI's files (ui.c) ------------------------------------------- */

/* Answers a request for "/" or "/ui/..." (a file, 304, 404, 405) and
 * returns true; returns false, doing nothing, for any other path. */
bool http_ui_serve(http_req *r);
/* Adds the headers every answer carries: Cache-Control (and a file's
 * ETag), the Content-Security-Policy, nosniff and the like. */
void http_ui_headers(const http_req *r, struct MHD_Response *resp);
/* Builds the catalogs: for each language, the keys of en.json with
 * util_trc(l, key, english): the key is the entry's context, the English
 * text its msgid (po/extract.sh puts them so in the catalogs). */
void http_ui_catalogs_build(http_ui_catalogs *cs);
void http_ui_catalogs_free(http_ui_catalogs *cs);
/* Answers GET /api/v1/langs from the catalogs built. */
int http_ui_langs(http_req *r);

/* ---- checking a request, answering a refusal (request.c) ----------------- */

/* Each returns 0, or -1 with *e and r->fail_status set: the path (UTF-8,
 * no control characters, no "." or ".." segments); the query (only the
 * route's parameters, each once); the session (401), the role and the
 * CSRF token (403), with r->a taken for reading the account; the body
 * (415, 400, 422). */
int http_check_path(http_req *r, util_err *e);
/* The language of the request's messages (the JSON API's refusals; codes
 * and field names stay English): its Accept-Language header's best
 * language with a catalog, else English (NULL). */
const util_lang *http_req_lang(const http_req *r);
/* The request's session, from its cookie, as the sessions in memory keep
 * it (no database read): sets r->signed_in, r->token and r->who, and
 * r->lang to the user's own language when they set one. */
void http_read_session(http_req *r);
int http_check_query(http_req *r, util_err *e);
/* The session read by http_read_session brought up to date with the
 * account (role, scope, language: one read of the database), then the
 * route's needs: a session, the role, the CSRF token. Sets r->lang and
 * e->lang to the user's language, if they keep one. */
int http_check_session(http_req *r, util_err *e);
/* The values of the path's {params} and of the query parameters: each
 * what its type takes, the required ones given (422). After the session,
 * so that a caller without one learns nothing about the input. */
int http_check_values(http_req *r, util_err *e);
int http_check_body(http_req *r, util_err *e);
/* The body as it comes (server.c): http_body_limit, once the headers are
 * in, says the limit of the route of the request's method and path (an
 * upload's or HTTP_BODY_MAX) and whether the Content-Length announced is
 * over it; http_body_add takes each piece, counting them, spooling an
 * upload over HTTP_BODY_MAX to a temporary file; http_body_free ends it. */
bool http_body_limit(http_req *r, const char *content_length);
void http_body_add(http_req *r, const char *piece, size_t n);
void http_body_free(http_req *r);
/* Refuses a body over its route's limit (413), naming the limit. */
int http_refuse_too_big(http_req *r, util_err *e);
/* An upload's body, read from its start (in memory, or the spool), and
 * its size; the caller closes it. NULL, with *e, if it cannot be read. */
FILE *http_upload(http_req *r, long long *size, util_err *e);
/* The status of a refusal or failure, from its class and kind only. */
int http_status_of(const util_err *e);
/* Sets the answer to {"error": {"code", "message", "field"}}; a failure of
 * the system or a bug is logged, and answered in general words. */
void http_error_answer(http_req *r, int status, const util_err *e);

/* ---- what handlers use (api.c, request.c) ------------------------------- */

/* A query parameter, or NULL. */
const char *http_query(const http_req *r, const char *name);
/* A string field of the body, or NULL. */
const char *http_field_text(const http_req *r, const char *name);
/* The strings of a list field of the body (http_field.many): sets *items
 * to a new array (the caller frees it, not the strings, which live as
 * long as r->json) and returns how many; 0 and NULL when not given. */
size_t http_field_list(const http_req *r, const char *name,
                       const char ***items);
/* A boolean field of the body (false when not given). */
bool http_field_flag(const http_req *r, const char *name);
/* Answers with a JSON value (consumed) as the command line prints it. */
int http_json(http_req *r, int status, json_t *j);
/* A CSV download (stream.c), written by a thread of its own: `fn` calls
 * app with the download's own handle `a` and hands each row's cells to
 * http_stream_row (which answers 1, to stop, once the client is gone). */
typedef struct http_stream http_stream;
typedef int (*http_stream_fn)(app *a, http_stream *s, const char *under,
                              const char *status, util_day at, util_err *e);
int http_stream_row(http_stream *s, const char *const *cells);
/* Answers with the header `cols` and the rows of `fn`, streamed; the
 * caller has answered the refusals already (`cols` must be static). */
int http_stream_csv(http_req *r, size_t ncols, const char *const *cols,
                    http_stream_fn fn, const char *under, const char *status,
                    util_day at, util_err *e);
/* The same as a workbook of one sheet named `sheet` (static), with number
 * and date cells (view_xlsx_kinds; `numeric` static or NULL), built in a
 * temporary file by the download's thread and then sent. */
int http_stream_xlsx(http_req *r, const char *sheet, size_t ncols,
                     const char *const *cols, const bool *numeric,
                     http_stream_fn fn, const char *under, util_day at,
                     util_err *e);
/* The media type of a workbook (.xlsx). */
#define HTTP_XLSX_TYPE                                                         \
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
/* Whether the request asks for a workbook: ?format=xlsx, or an Accept
 * header naming HTTP_XLSX_TYPE (request.c). */
bool http_wants_xlsx(const http_req *r);
/* Answers with the members below `under` (list of app_members, in the
 * order `sort` names) as CSV or a workbook (http_wants_xlsx), streamed
 * (stream.c); refusals come before the first byte. */
int http_stream_members(http_req *r, const char *under, const char *status,
                        const char *sort, util_day at, util_err *e);
/* Refuses with an HTTP status of the handler's choosing; fmt is
 * translated into e's language (po/extract.sh: http_refuse:6). */
int http_refuse(http_req *r, util_err *e, int status, int kind,
                const char *field, const char *fmt, ...) UTIL_PRINTF(6, 7);

#endif
