/*
 * ui.c — the web UI's files (web/, compiled into the binary by
 * cmake/embed.cmake): "/" is the page, "/ui/NAME" the files it loads,
 * "/ui/vendor/NAME" the chart library from the npm registry. Nothing is
 * read from the disk, so no path can reach a file that was not compiled
 * in. Every answer of the server, the API's too, carries the security
 * headers here (docs/http.md).
 */
#include "http/http_int.h"
#include "util/embed.h"

#include <string.h>

extern const struct util_embedded http_web_files[];
extern const struct util_embedded http_web_vendor[];

/* The page may load only its own files: no inline script or style, no
 * other origin, no plugin, no frame around it, no <base>. */
#define HTTP_CSP                                                               \
  "default-src 'none'; script-src 'self'; style-src 'self'; "                  \
  "img-src 'self'; connect-src 'self'; font-src 'self'; "                      \
  "manifest-src 'self'; object-src 'none'; frame-ancestors 'none'; "           \
  "base-uri 'none'; form-action 'self'"

static const struct util_embedded *lookup(const struct util_embedded *table,
                                          const char *name) {
  for (const struct util_embedded *f = table; f->name; f++)
    if (strcmp(f->name, name) == 0)
      return f;
  return NULL;
}

/* The Content-Type of a file, from its name's ending. */
static const char *content_type(const char *name) {
  static const struct {
    const char *ext, *type;
  } types[] = {{".html", "text/html; charset=utf-8"},
               {".js", "text/javascript; charset=utf-8"},
               {".css", "text/css; charset=utf-8"},
               {".json", "application/json; charset=utf-8"},
               {".svg", "image/svg+xml"}};
  const char *dot = strrchr(name, '.');
  for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
    if (strcmp(dot, types[i].ext) == 0)
      return types[i].type;
  return "application/octet-stream";
}

/* The embedded file a path names, or NULL. */
static const struct util_embedded *file_of(const char *path) {
  if (strcmp(path, "/") == 0)
    return lookup(http_web_files, "index.html");
  if (strncmp(path, "/ui/vendor/", 11) == 0)
    return lookup(http_web_vendor, path + 11);
  return lookup(http_web_files, path + 4);
}

bool http_ui_serve(http_req *r) {
  const char *p = r->path;
  if (strcmp(p, "/") != 0 && strncmp(p, "/ui/", 4) != 0)
    return false;
  util_err e = {.lang = http_req_lang(r)};
  const struct util_embedded *f = NULL;
  int rc = http_check_path(r, &e);
  if (rc == 0 && strcmp(r->method, "GET") != 0 &&
      strcmp(r->method, "HEAD") != 0) {
    snprintf(r->allow, sizeof r->allow, "GET, HEAD");
    rc = http_refuse(r, &e, MHD_HTTP_METHOD_NOT_ALLOWED, UTIL_INVALID, "",
                     "%s: not allowed on %s", util_quote(r->method).s,
                     util_quote(p).s);
  }
  /* index.html is the page "/", not a file of its own. */
  if (rc == 0 && (!(f = file_of(p)) || strcmp(p, "/ui/index.html") == 0))
    rc = http_refuse(r, &e, MHD_HTTP_NOT_FOUND, UTIL_NOT_FOUND, "",
                     "%s: no such resource", util_quote(p).s);
  if (rc) {
    http_error_answer(r, r->fail_status, &e);
    return true;
  }
  snprintf(r->etag, sizeof r->etag, "\"%s\"", f->sha);
  r->ctype = content_type(f->name);
  const char *match =
      MHD_lookup_connection_value(r->con, MHD_HEADER_KIND, "If-None-Match");
  if (match && (strcmp(match, r->etag) == 0 || strcmp(match, "*") == 0)) {
    r->status = MHD_HTTP_NOT_MODIFIED;
    return true;
  }
  util_buf_add(&r->out, f->data, f->size);
  r->status = MHD_HTTP_OK;
  return true;
}

void http_ui_headers(const http_req *r, struct MHD_Response *resp) {
  /* A file of the UI is kept but asked for again each time (its ETag
   * makes that a 304): a new binary's files are seen at once. What the
   * API answers is never kept. */
  if (r->etag[0]) {
    MHD_add_response_header(resp, "Cache-Control", "no-cache");
    MHD_add_response_header(resp, "ETag", r->etag);
  } else {
    MHD_add_response_header(resp, "Cache-Control", "no-store");
  }
  MHD_add_response_header(resp, "Content-Security-Policy",
                          r->csp ? r->csp : HTTP_CSP);
  MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(resp, "X-Frame-Options", "DENY");
  MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(resp, "Cross-Origin-Opener-Policy", "same-origin");
}
