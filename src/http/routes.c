/*
 * routes.c — matching a request's method and path against the routing
 * table (api.c): segments compared one by one, {name} taking any one
 * non-empty segment. The path is matched as sent, still percent-encoded,
 * and each segment decoded alone: a %2F inside a {param} (a document's
 * number, 21-NQ%2FTW) stays in it instead of cutting the path.
 */
#include "http/http_int.h"

#include <stdlib.h>
#include <string.h>

static int hex(char c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

/* Appends the segment s[0..n) decoded as libmicrohttpd decodes a path
 * (%XX; anything else as it is). False for a %00, which no segment may
 * hold. */
static bool decode(util_buf *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int h = i + 2 < n && s[i] == '%' ? hex(s[i + 1]) : -1;
    int l = h >= 0 ? hex(s[i + 2]) : -1;
    char c = s[i];
    if (l >= 0) {
      c = (char)(h * 16 + l);
      i += 2;
      if (c == 0)
        return false;
    }
    util_buf_add(out, &c, 1);
  }
  return true;
}

/* Whether path matches pattern; the {params} are copied into r. */
static bool match(http_req *r, const char *pattern, const char *path) {
  size_t np = 0;
  util_buf text = {0}, seg = {0};
  size_t at[HTTP_PARAMS_MAX];
  const char *p = pattern, *q = path;
  while (*p && *q) {
    size_t pl = strcspn(p + 1, "/") + 1, ql = strcspn(q + 1, "/") + 1;
    seg.len = 0;
    if (!decode(&seg, q + 1, ql - 1))
      break;
    if (p[1] == '{') {
      if (seg.len == 0 || np == HTTP_PARAMS_MAX)
        break;
      at[np++] = text.len;
      util_buf_add(&text, seg.data, seg.len);
      util_buf_add(&text, "", 1);
    } else if (pl - 1 != seg.len || strncmp(p + 1, seg.data, seg.len) != 0) {
      break;
    }
    p += pl;
    q += ql;
  }
  util_buf_free(&seg);
  if (*p || *q) {
    util_buf_free(&text);
    return false;
  }
  free(r->param_text);
  r->param_text = util_buf_take(&text);
  for (size_t i = 0; i < np; i++)
    r->params[i] = r->param_text + at[i];
  return true;
}

int http_route_find(http_req *r, const char *method, const char *path) {
  const http_route *path_only = NULL;
  r->allow[0] = 0;
  for (size_t i = 0; i < http_route_count; i++) {
    const http_route *rt = &http_routes[i];
    if (!match(r, rt->pattern, path))
      continue;
    if (strcmp(rt->method, method) == 0) {
      r->route = rt;
      return 0;
    }
    path_only = path_only ? path_only : rt;
    size_t n = strlen(r->allow);
    snprintf(r->allow + n, sizeof r->allow - n, "%s%s", n ? ", " : "",
             rt->method);
  }
  r->route = path_only;
  return path_only ? 405 : 404;
}
