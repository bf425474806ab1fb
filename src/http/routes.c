/*
 * routes.c — matching a request's method and path against the routing
 * table (api.c): segments compared one by one, {name} taking any one
 * non-empty segment.
 */
#include "http/http_int.h"

#include <stdlib.h>
#include <string.h>

/* Whether path matches pattern; the {params} are copied into r. */
static bool match(http_req *r, const char *pattern, const char *path) {
  size_t np = 0;
  util_buf text = {0};
  size_t at[HTTP_PARAMS_MAX];
  const char *p = pattern, *q = path;
  while (*p && *q) {
    size_t pl = strcspn(p + 1, "/") + 1, ql = strcspn(q + 1, "/") + 1;
    if (p[1] == '{') {
      if (ql < 2 || np == HTTP_PARAMS_MAX)
        break;
      at[np++] = text.len;
      util_buf_add(&text, q + 1, ql - 1);
      util_buf_add(&text, "", 1);
    } else if (pl != ql || strncmp(p, q, pl) != 0) {
      break;
    }
    p += pl;
    q += ql;
  }
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
