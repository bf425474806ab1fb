/*
 * test_http.c — the server's pieces that need no socket: the routing table
 * is whole and free of duplicates (changes are never GETs, everything but
 * the login needs a session), paths match their patterns and no other
 * (with their {params}), and sessions and the login throttle keep their
 * promises.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "cli/cli.h"
#include "http/http_int.h"

#include <stdlib.h>
#include <string.h>

static void test_table_is_whole(void **state) {
  (void)state;
  assert_true(http_route_count >= 5);
  for (size_t i = 0; i < http_route_count; i++) {
    const http_route *r = &http_routes[i];
    assert_non_null(r->run);
    assert_non_null(r->summary);
    assert_int_equal(strncmp(r->pattern, "/api/v1/", 8), 0);
    /* A change is never a GET, and needs the CSRF token, but the login
     * (nobody has a session, so no token, yet). */
    bool get = strcmp(r->method, "GET") == 0;
    if (r->changes)
      assert_false(get);
    if (!get && strcmp(r->pattern, "/api/v1/login") != 0)
      assert_true(r->changes);
    if (r->need == APP_NOBODY)
      assert_true(strcmp(r->pattern, "/api/v1/login") == 0 ||
                  strcmp(r->pattern, "/api/v1/openapi.json") == 0 ||
                  strcmp(r->pattern, "/api/v1/langs") == 0);
    assert_true(r->ok == 200 || r->ok == 201 || r->ok == 204);
    for (const http_field *f = r->query; f && f->name; f++)
      assert_non_null(f->type);
    for (const http_field *f = r->body; f && f->name; f++)
      assert_non_null(f->type);
    if (r->body)
      assert_false(get);
    for (size_t k = 0; k < i; k++)
      if (strcmp(http_routes[k].method, r->method) == 0 &&
          strcmp(http_routes[k].pattern, r->pattern) == 0)
        fail_msg("%s %s twice", r->method, r->pattern);
  }
}

/* Finds the route of method and path; returns 0, 404 or 405. */
static int find(http_req *r, const char *method, const char *path) {
  memset(r->params, 0, sizeof r->params);
  return http_route_find(r, method, path);
}

static void test_routes_match(void **state) {
  (void)state;
  http_req r = {0};
  assert_int_equal(find(&r, "GET", "/api/v1/members/1042"), 0);
  assert_string_equal(r.route->pattern, "/api/v1/members/{id}");
  assert_string_equal(r.params[0], "1042");
  assert_int_equal(find(&r, "POST", "/api/v1/members/7/recognize"), 0);
  assert_string_equal(r.route->pattern, "/api/v1/members/{id}/recognize");
  assert_string_equal(r.params[0], "7");
  assert_int_equal(find(&r, "GET", "/api/v1/orgs/NL-CQDN/members"), 0);
  assert_string_equal(r.params[0], "NL-CQDN");
  assert_int_equal(find(&r, "GET", "/api/v1/orgs/NL/members.csv"), 0);
  assert_string_equal(r.route->pattern, "/api/v1/orgs/{code}/members.csv");
  assert_int_equal(find(&r, "GET", "/api/v1/members"), 0);
  assert_null(r.params[0]);
  assert_int_equal(find(&r, "POST", "/api/v1/orgs/K"), 0);
  assert_string_equal(r.route->pattern, "/api/v1/orgs/{code}");
  assert_string_equal(r.route->method, "POST");
  assert_int_equal(find(&r, "POST", "/api/v1/events/12/void"), 0);
  assert_string_equal(r.params[0], "12");
  /* No empty parameter, no extra or missing segment, no prefix match. */
  assert_int_equal(find(&r, "GET", "/api/v1/members/"), 404);
  assert_int_equal(find(&r, "GET", "/api/v1/members//recognize"), 404);
  assert_int_equal(find(&r, "GET", "/api/v1/members/1/2"), 404);
  assert_int_equal(find(&r, "GET", "/api/v1/org"), 404);
  assert_int_equal(find(&r, "GET", "/api/v1/orgs/K/members/x"), 404);
  assert_int_equal(find(&r, "GET", "/api/v1/memberss"), 404);
  assert_int_equal(find(&r, "GET", "/api/v1/member"), 404);
  assert_int_equal(find(&r, "GET", ""), 404);
  assert_int_equal(find(&r, "GET", "/"), 404);
  /* The path with another method. */
  assert_int_equal(find(&r, "DELETE", "/api/v1/members/1"), 405);
  assert_string_equal(r.allow, "GET");
  assert_int_equal(find(&r, "PUT", "/api/v1/members"), 405);
  assert_string_equal(r.allow, "GET, POST");
  assert_int_equal(find(&r, "DELETE", "/api/v1/orgs/K"), 405);
  assert_string_equal(r.allow, "GET, POST");
  assert_int_equal(find(&r, "GET", "/api/v1/login"), 405);
  free(r.param_text);
}

static void test_sessions(void **state) {
  (void)state;
  http_sessions ss;
  http_sessions_init(&ss, 60);
  http_who w = {.role = APP_EDITOR, .scope = 3}, got;
  snprintf(w.user, sizeof w.user, "lan");
  char a[HTTP_TOKEN_HEX + 1], b[HTTP_TOKEN_HEX + 1];
  http_session_new(&ss, &w, a);
  char csrf_a[HTTP_TOKEN_HEX + 1];
  memcpy(csrf_a, w.csrf, sizeof csrf_a);
  http_session_new(&ss, &w, b);
  assert_int_equal(strlen(a), HTTP_TOKEN_HEX);
  assert_string_not_equal(a, b);
  assert_string_not_equal(a, csrf_a);
  assert_string_not_equal(csrf_a, w.csrf);
  assert_true(http_session_get(&ss, a, &got));
  assert_string_equal(got.user, "lan");
  assert_int_equal(got.role, APP_EDITOR);
  assert_string_equal(got.csrf, csrf_a);
  /* A token one character off, a prefix, nothing: no session. */
  char off[HTTP_TOKEN_HEX + 1];
  memcpy(off, a, sizeof off);
  off[10] = off[10] == 'a' ? 'b' : 'a';
  assert_false(http_session_get(&ss, off, &got));
  off[10] = 0;
  assert_false(http_session_get(&ss, off, &got));
  assert_false(http_session_get(&ss, "", &got));
  http_session_end(&ss, a);
  assert_false(http_session_get(&ss, a, &got));
  assert_true(http_session_get(&ss, b, &got));
  /* Idle longer than allowed: gone. */
  ss.idle = 0;
  assert_false(http_session_get(&ss, b, &got));
  http_sessions_free(&ss);
}

/* Many sessions: each found by its token, also after others around it in
 * the table end (a session must stay reachable from its place), and, with
 * the table full, a login drops the session used least recently. */
static void test_sessions_many(void **state) {
  (void)state;
  http_sessions ss;
  http_sessions_init(&ss, 3600);
  http_who w = {.role = APP_VIEWER}, got;
  enum { N = HTTP_SESSIONS_MAX };
  char(*t)[HTTP_TOKEN_HEX + 1] = calloc(N + 1, sizeof *t);
  for (int i = 0; i < N; i++) {
    snprintf(w.user, sizeof w.user, "u%d", i);
    http_session_new(&ss, &w, t[i]);
  }
  assert_int_equal(ss.n, N);
  for (int i = 0; i < N; i += 3)
    http_session_end(&ss, t[i]);
  for (int i = 0; i < N; i++) {
    bool found = http_session_get(&ss, t[i], &got);
    assert_int_equal(found, i % 3 != 0);
    if (found)
      assert_int_equal(atoi(got.user + 1), i);
  }
  /* Fill the table again: then the one used least recently gives way,
   * and only it. The clock counts seconds: session 1 is made the oldest. */
  for (int i = 0; i < N; i += 3)
    http_session_new(&ss, &w, t[i]);
  for (size_t i = 0; i < ss.slots; i++)
    if (strcmp(ss.s[i].token, t[1]) == 0)
      ss.s[i].used--;
  assert_int_equal(ss.n, N);
  http_session_new(&ss, &w, t[N]);
  assert_int_equal(ss.n, N);
  assert_false(http_session_get(&ss, t[1], &got));
  for (int i = 2; i <= N; i++)
    assert_true(http_session_get(&ss, t[i], &got));
  free(t);
  http_sessions_free(&ss);
}

static void test_throttle(void **state) {
  (void)state;
  http_throttle t;
  http_throttle_init(&t);
  for (int i = 0; i < HTTP_LOGIN_FAILURES - 1; i++) {
    http_throttle_fail(&t, "u:lan");
    assert_int_equal(http_throttle_wait(&t, "u:lan"), 0);
  }
  http_throttle_fail(&t, "u:lan");
  long wait = http_throttle_wait(&t, "u:lan");
  assert_true(wait > 0 && wait <= HTTP_LOGIN_WINDOW);
  assert_int_equal(http_throttle_wait(&t, "u:binh"), 0);
  http_throttle_clear(&t, "u:lan");
  assert_int_equal(http_throttle_wait(&t, "u:lan"), 0);
  http_throttle_free(&t);
}

/* The option of the command line's `command` that an API field called
 * `name` stands for (key_cadre is --key-cadre), or NULL. */
static const cli_opt *option_of(const char *command, const char *name) {
  char dashed[64];
  snprintf(dashed, sizeof dashed, "%s", name);
  for (char *p = dashed; *p; p++)
    *p = *p == '_' ? '-' : *p;
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    char words[64];
    snprintf(words, sizeof words, "%s%s%s", c->noun, *c->verb ? " " : "",
             c->verb);
    if (strcmp(words, command) != 0)
      continue;
    for (const cli_opt *o = c->opts; o->name; o++)
      if (strcmp(o->name, dashed) == 0)
        return o;
    return NULL;
  }
  fail_msg("%s: no such command", command);
  return NULL;
}

/* A field of the API has the type of the command line's option for the
 * same input: one declaration of what a value takes, not two that drift.
 * Only the pages of lists, the text searched for, a password (what
 * --password-file holds), the NAME of `user add`, the CODEs merged
 * `with` the path's by `org merge` and the language of a report's printed
 * page (the command line's CADRE_LANG) have no option. An account's
 * language, `lang` as the API names it everywhere, is --language on the
 * command line, whose --lang is the language of its own messages. */
static void check_fields(const http_route *r, const http_field *fields) {
  for (const http_field *f = fields; f && f->name; f++) {
    bool account_lang =
        strcmp(f->name, "lang") == 0 && strncmp(r->command, "user ", 5) == 0;
    const cli_opt *o =
        option_of(r->command, account_lang ? "language" : f->name);
    if (!o) {
      if (strcmp(f->name, "page") != 0 && strcmp(f->name, "size") != 0 &&
          strcmp(f->name, "q") != 0 && strcmp(f->name, "password") != 0 &&
          !(strcmp(f->name, "user") == 0 &&
            strcmp(r->command, "user add") == 0) &&
          /* the CODE... of org merge beyond the path's */
          !(strcmp(f->name, "with") == 0 &&
            strcmp(r->command, "org merge") == 0) &&
          !(strcmp(f->name, "lang") == 0 && strcmp(r->command, "report") == 0))
        fail_msg("%s %s: %s is no option of %s", r->method, r->pattern, f->name,
                 r->command);
      continue;
    }
    if (o->type != f->type)
      fail_msg("%s %s: %s has another type than --%s of %s", r->method,
               r->pattern, f->name, o->name, r->command);
    /* An option given several times is a list in a body, and only it. */
    if (fields == r->body && f->many != !!(o->flags & CLI_REPEAT))
      fail_msg("%s %s: %s is %sa list, --%s of %s is %srepeated", r->method,
               r->pattern, f->name, f->many ? "" : "not ", o->name, r->command,
               o->flags & CLI_REPEAT ? "" : "not ");
    if (r->body && (o->flags & CLI_REQUIRED) && !f->required)
      fail_msg("%s %s: %s is optional, --%s of %s required", r->method,
               r->pattern, f->name, o->name, r->command);
  }
}

static void test_fields_are_the_commands(void **state) {
  (void)state;
  size_t n = 0;
  for (size_t i = 0; i < http_route_count; i++) {
    const http_route *r = &http_routes[i];
    if (!r->command)
      continue;
    check_fields(r, r->query);
    check_fields(r, r->body);
    n++;
  }
  assert_true(n >= 8);
}

/* The OpenAPI document has every route, with its parameters and body
 * fields, required as the table says, and nothing else. */
static void test_openapi_is_the_table(void **state) {
  (void)state;
  json_t *doc = http_openapi();
  assert_string_equal(json_string_value(json_object_get(doc, "openapi")),
                      "3.0.3");
  json_t *paths = json_object_get(doc, "paths");
  size_t ops = 0;
  const char *key;
  json_t *item;
  json_object_foreach(paths, key, item) ops += json_object_size(item);
  assert_int_equal(ops, http_route_count);
  for (size_t i = 0; i < http_route_count; i++) {
    const http_route *r = &http_routes[i];
    char method[16];
    snprintf(method, sizeof method, "%s", r->method);
    for (char *p = method; *p; p++)
      *p = (char)(*p - 'A' + 'a');
    json_t *op = json_object_get(json_object_get(paths, r->pattern), method);
    if (!op)
      fail_msg("%s %s is not in the document", r->method, r->pattern);
    json_t *ps = json_object_get(op, "parameters");
    size_t nquery = 0, npath = 0;
    for (const http_field *f = r->query; f && f->name; f++, nquery++) {
      bool found = false;
      size_t k;
      json_t *p;
      json_array_foreach(ps, k, p) {
        if (strcmp(json_string_value(json_object_get(p, "name")), f->name) ==
            0) {
          found = true;
          assert_int_equal(json_is_true(json_object_get(p, "required")),
                           f->required);
        }
      }
      if (!found)
        fail_msg("%s %s: no parameter %s", r->method, r->pattern, f->name);
    }
    for (const char *p = strchr(r->pattern, '{'); p; p = strchr(p + 1, '{'))
      npath++;
    assert_int_equal(json_array_size(ps), nquery + npath);
    json_t *body = json_object_get(op, "requestBody");
    if (!r->body) {
      assert_null(body);
      continue;
    }
    json_t *schema = json_object_get(
        json_object_get(json_object_get(body, "content"), "application/json"),
        "schema");
    json_t *props = json_object_get(schema, "properties");
    size_t nfields = 0, nrequired = 0;
    for (const http_field *f = r->body; f->name; f++, nfields++) {
      assert_non_null(json_object_get(props, f->name));
      nrequired += f->required;
    }
    assert_int_equal(json_object_size(props), nfields);
    assert_int_equal(json_array_size(json_object_get(schema, "required")),
                     nrequired);
  }
  json_decref(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_table_is_whole),
      cmocka_unit_test(test_routes_match),
      cmocka_unit_test(test_sessions),
      cmocka_unit_test(test_sessions_many),
      cmocka_unit_test(test_throttle),
      cmocka_unit_test(test_fields_are_the_commands),
      cmocka_unit_test(test_openapi_is_the_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
