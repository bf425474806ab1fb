/*
 * ui.c — the web UI's files (web/, compiled into the binary by
 * cmake/embed.cmake): "/" is the page, "/ui/NAME" the files it loads,
 * "/ui/vendor/NAME" the chart library from the npm registry, and
 * "/ui/i18n/TAG.json" the texts in each language, built when the server
 * opens from the compiled en.json and the message catalogs. Nothing is
 * read from the disk, so no path can reach a file that was not compiled
 * in. Every answer of the server, the API's too, carries the security
 * headers here (docs/http.md).
 */
#include "http/http_int.h"

#include <sodium.h>
#include <stdint.h>
#include <stdlib.h>
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

/* The embedded file a path names, or NULL. The catalogs built from the
 * message catalogs come first: they are the languages' i18n/TAG.json,
 * English's included. */
static const struct util_embedded *file_of(const http_server *s,
                                           const char *path) {
  if (strcmp(path, "/") == 0)
    return lookup(http_web_files, "index.html");
  if (strncmp(path, "/ui/vendor/", 11) == 0)
    return lookup(http_web_vendor, path + 11);
  const struct util_embedded *f =
      s->ui.files ? lookup(s->ui.files, path + 4) : NULL;
  return f ? f : lookup(http_web_files, path + 4);
}

/* ---- the catalogs of the web UI --------------------------------------- */

/* web/i18n/en.json with each text as language l writes it: the key is
 * the context of its entry in the catalogs, the English text its msgid
 * (po/extract.sh), and "lang" is l's tag. */
static char *ui_catalog(json_t *en, const util_lang *l, size_t *size) {
  json_t *out = json_object();
  const char *key;
  json_t *v;
  json_object_foreach(en, key, v) {
    const char *text = json_string_value(v);
    if (strcmp(key, "lang") == 0)
      text = util_lang_tag(l);
    else if (text)
      text = util_trc(l, key, text);
    json_object_set_new(out, key, text ? json_string(text) : json_copy(v));
  }
  char *data = json_dumps(out, JSON_INDENT(1));
  json_decref(out);
  *size = strlen(data);
  return data;
}

void http_ui_catalogs_build(http_ui_catalogs *cs) {
  memset(cs, 0, sizeof *cs);
  const struct util_embedded *src = lookup(http_web_files, "i18n/en.json");
  json_t *en = src ? json_loadb(src->data, src->size, 0, NULL) : NULL;
  util_buf tags = {0};
  util_lang_list(&tags);
  json_t *langs = json_array();
  size_t cap = 1;
  for (const char *p = tags.data; p && *p; p++)
    cap += *p == ',';
  cs->files = util_xcalloc(cap + 1, sizeof *cs->files);
  /* "en, hi, vi": each tag in turn. */
  char *save = NULL;
  for (char *tag = tags.data ? strtok_r(tags.data, ", ", &save) : NULL;
       tag && json_is_object(en); tag = strtok_r(NULL, ", ", &save)) {
    const util_lang *l = util_lang_find(tag);
    if (!l)
      continue;
    struct util_embedded *f = &cs->files[cs->n++];
    size_t size;
    char *data = ui_catalog(en, l, &size);
    unsigned char h[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(h, (const unsigned char *)data, size);
    char *sha = util_xmalloc(17);
    sodium_bin2hex(sha, 17, h, 8);
    *f = (struct util_embedded){util_xasprintf("i18n/%s.json", tag), size, data,
                                sha};
    const char *name = json_string_value(json_object_get(en, "lang.name"));
    json_array_append_new(
        langs, json_pack("{s:s, s:s}", "tag", util_lang_tag(l), "name",
                         util_trc(l, "lang.name", name ? name : tag)));
  }
  json_t *answer = json_pack("{s:o}", "langs", langs);
  cs->langs = json_dumps(answer, JSON_INDENT(2));
  json_decref(answer);
  json_decref(en);
  util_buf_free(&tags);
}

void http_ui_catalogs_free(http_ui_catalogs *cs) {
  /* The table's strings are const for its readers; they were made by
   * http_ui_catalogs_build. */
  for (size_t i = 0; i < cs->n; i++) {
    free((char *)(uintptr_t)cs->files[i].name);
    free((char *)(uintptr_t)cs->files[i].data);
    free((char *)(uintptr_t)cs->files[i].sha);
  }
  free(cs->files);
  free(cs->langs);
  memset(cs, 0, sizeof *cs);
}

int http_ui_langs(http_req *r) {
  util_buf_puts(&r->out, r->srv->ui.langs);
  util_buf_putc(&r->out, '\n');
  r->status = MHD_HTTP_OK;
  r->ctype = "application/json";
  return 0;
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
  if (rc == 0 &&
      (!(f = file_of(r->srv, p)) || strcmp(p, "/ui/index.html") == 0))
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
