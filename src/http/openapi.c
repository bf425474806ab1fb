/*
 * openapi.c — GET /api/v1/openapi.json: the API described as OpenAPI 3.0,
 * built at run time from the routing table (api.c) and the types of its
 * fields (app.h), so that it says what the server checks and cannot say
 * anything else. A test walks the document against the table and against
 * docs/http.md (tests/e2e/t_http.sh).
 */
#include "http/http_int.h"

#include <string.h>

/* The JSON Schema of a value of type f: as a query parameter, a path
 * segment or a body's field (`nullable`: an optional one may be null). */
static json_t *schema_of(const app_field *f, bool nullable) {
  json_t *s = json_object();
  const char *type = "string";
  switch (f->type) {
  case APP_FT_DATE:
    json_object_set_new(s, "format", json_string("date"));
    break;
  case APP_FT_INT:
    type = "integer";
    json_object_set_new(s, "minimum", json_integer(f->min));
    json_object_set_new(s, "maximum", json_integer(f->max));
    break;
  case APP_FT_ENUM: {
    json_t *names = json_array();
    for (const char *const *c = f->choices(); *c; c++)
      json_array_append_new(names, json_string(*c));
    json_object_set_new(s, "enum", names);
    break;
  }
  case APP_FT_FLAG:
  case APP_FT_YESNO:
    type = "boolean";
    break;
  case APP_FT_VOTES:
    json_object_set_new(s, "pattern", json_string("^[0-9]+/[0-9]+$"));
    break;
  case APP_FT_TEXT:
  case APP_FT_FILE:
  case APP_FT_CODE:
  case APP_FT_MEMBER:
  case APP_FT_AMOUNT:
  case APP_FT__MAX:
    break;
  }
  json_object_set_new(s, "type", json_string(type));
  util_buf about = {0};
  app_field_about(f, &about);
  if (about.len)
    json_object_set_new(s, "description", json_string(about.data));
  util_buf_free(&about);
  json_object_set_new(s, "x-cadre-type", json_string(app_ftype_name(f->type)));
  if (nullable)
    json_object_set_new(s, "nullable", json_true());
  return s;
}

static json_t *parameter(const char *name, const char *in, bool required,
                         const app_field *type) {
  return json_pack("{s:s, s:s, s:b, s:o}", "name", name, "in", in, "required",
                   required, "schema", schema_of(type, false));
}

/* The {params} of the path, then the query's. */
static json_t *parameters(const http_route *rt) {
  json_t *ps = json_array();
  for (const char *p = strchr(rt->pattern, '{'); p; p = strchr(p + 1, '{')) {
    char name[32];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(p + 1, "}"), p + 1);
    const app_field *t = http_param_type(name);
    json_array_append_new(ps,
                          parameter(name, "path", true, t ? t : &app_f_text));
  }
  for (const http_field *f = rt->query; f && f->name; f++)
    json_array_append_new(ps,
                          parameter(f->name, "query", f->required, f->type));
  return ps;
}

/* An upload's body: the document itself, CSV or a JSON document of its
 * own format (a rubric, docs/rubric.md), not an object of fields. */
static json_t *upload_body(const char *type) {
  bool csv = strcmp(type, "text/csv") == 0;
  json_t *body = json_pack("{s:b, s:b, s:{s:{s:{s:s, s:s}}}}", "required", 1,
                           "x-cadre-upload", 1, "content", type, "schema",
                           "type", csv ? "string" : "object", "description",
                           csv ? "the CSV file, UTF-8 (docs/formats.md)"
                               : "the rubric's JSON document (docs/rubric.md)");
  /* A CSV import reads a workbook's first sheet as well. */
  if (csv)
    json_object_set_new(
        json_object_get(body, "content"), HTTP_XLSX_TYPE,
        json_pack("{s:{s:s, s:s, s:s}}", "schema", "type", "string", "format",
                  "binary", "description",
                  "a workbook (.xlsx): its first sheet (docs/formats.md)"));
  return body;
}

static json_t *request_body(const http_route *rt) {
  const char *upload = http_upload_type(rt);
  if (upload)
    return upload_body(upload);
  json_t *props = json_object(), *required = json_array();
  for (const http_field *f = rt->body; f->name; f++) {
    bool boolean =
        f->type->type == APP_FT_FLAG || f->type->type == APP_FT_YESNO;
    json_t *one = schema_of(f->type, !f->required && !boolean && !f->many);
    if (f->many) /* a list: an array of values of the type */
      one = json_pack("{s:s, s:o, s:b}", "type", "array", "items", one,
                      "nullable", !f->required);
    json_object_set_new(props, f->name, one);
    if (f->required)
      json_array_append_new(required, json_string(f->name));
  }
  json_t *schema = json_pack("{s:s, s:o, s:b}", "type", "object", "properties",
                             props, "additionalProperties", 0);
  if (json_array_size(required))
    json_object_set_new(schema, "required", required);
  else
    json_decref(required);
  return json_pack("{s:b, s:{s:{s:o}}}", "required", 1, "content",
                   "application/json", "schema", schema);
}

static void refusal(json_t *responses, int status, const char *why) {
  char code[8];
  snprintf(code, sizeof code, "%d", status);
  json_object_set_new(responses, code,
                      json_pack("{s:s, s:{s:{s:{s:s}}}}", "description", why,
                                "content", "application/json", "schema", "$ref",
                                "#/components/schemas/Error"));
}

static json_t *responses(const http_route *rt) {
  json_t *rs = json_object();
  int ok = rt->ok ? rt->ok : MHD_HTTP_OK;
  char code[8];
  snprintf(code, sizeof code, "%d", ok);
  size_t n = strlen(rt->pattern);
  const char *ctype = n > 4 && strcmp(rt->pattern + n - 4, ".csv") == 0
                          ? "text/csv"
                          : "application/json";
  json_t *answer = json_pack("{s:s}", "description", rt->summary);
  if (ok != MHD_HTTP_NO_CONTENT)
    json_object_set_new(
        answer, "content",
        json_pack("{s:{s:{s:s}}}", ctype, "schema", "type",
                  strcmp(ctype, "text/csv") == 0 ? "string" : "object"));
  /* A download of CSV comes as a workbook when asked (?format=xlsx or
   * Accept). */
  if (strcmp(ctype, "text/csv") == 0)
    json_object_set_new(json_object_get(answer, "content"), HTTP_XLSX_TYPE,
                        json_pack("{s:{s:s, s:s}}", "schema", "type", "string",
                                  "format", "binary"));
  json_object_set_new(rs, code, answer);
  refusal(rs, MHD_HTTP_BAD_REQUEST,
          "malformed: an unknown or repeated query parameter or field, "
          "malformed JSON, invalid UTF-8");
  if (rt->need != APP_NOBODY)
    refusal(rs, MHD_HTTP_UNAUTHORIZED, "nobody is signed in");
  if (rt->need > APP_VIEWER || rt->changes)
    refusal(rs, MHD_HTTP_FORBIDDEN,
            "the role does not allow it, or the CSRF token is missing");
  if (strchr(rt->pattern, '{'))
    refusal(rs, MHD_HTTP_NOT_FOUND,
            "no such record, or one outside the user's branch");
  if (rt->changes)
    refusal(rs, MHD_HTTP_CONFLICT, "the change breaks a rule of the register");
  const char *upload = http_upload_type(rt);
  if (upload) {
    refusal(rs, MHD_HTTP_CONTENT_TOO_LARGE, "an upload over 32 MiB");
    refusal(rs, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
            strcmp(upload, "text/csv") == 0
                ? "a body that is neither text/csv in UTF-8 nor a workbook "
                  "(" HTTP_XLSX_TYPE ")"
                : "a body that is not application/json");
  } else if (rt->body) {
    refusal(rs, MHD_HTTP_CONTENT_TOO_LARGE, "a body over 64 KiB");
    refusal(rs, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE,
            "a body that is not application/json");
  }
  if (rt->body || rt->query || strchr(rt->pattern, '{'))
    refusal(rs, MHD_HTTP_UNPROCESSABLE_CONTENT,
            "a value missing, of the wrong type or malformed: field names it");
  if (rt->need == APP_NOBODY && rt->body)
    refusal(rs, MHD_HTTP_TOO_MANY_REQUESTS, "too many failed logins");
  refusal(rs, MHD_HTTP_INTERNAL_SERVER_ERROR, "the server failed");
  return rs;
}

static json_t *operation(const http_route *rt) {
  json_t *op =
      json_pack("{s:s, s:o, s:o, s:s}", "summary", rt->summary, "parameters",
                parameters(rt), "responses", responses(rt), "x-cadre-role",
                rt->need == APP_NOBODY ? "none" : app_role_name(rt->need));
  if (rt->command)
    json_object_set_new(op, "x-cadre-command", json_string(rt->command));
  if (rt->body)
    json_object_set_new(op, "requestBody", request_body(rt));
  /* Open routes need nothing; the others the session's cookie, and a
   * change the CSRF header with it. */
  json_t *need = json_object();
  if (rt->need != APP_NOBODY)
    json_object_set_new(need, "session", json_array());
  if (rt->changes)
    json_object_set_new(need, "csrf", json_array());
  json_object_set_new(op, "security",
                      json_object_size(need)
                          ? json_pack("[o]", need)
                          : (json_decref(need), json_array()));
  return op;
}

static json_t *components(void) {
  json_t *error =
      json_pack("{s:s, s:[s], s:{s:{s:s, s:[s,s,s], s:{s:{s:s}, s:{s:s}, "
                "s:{s:s, s:b}}}}}",
                "type", "object", "required", "error", "properties", "error",
                "type", "object", "required", "code", "message", "field",
                "properties", "code", "type", "string", "message", "type",
                "string", "field", "type", "string", "nullable", 1);
  return json_pack("{s:{s:o}, s:{s:{s:s, s:s, s:s}, s:{s:s, s:s, s:s}}}",
                   "schemas", "Error", error, "securitySchemes", "session",
                   "type", "apiKey", "in", "cookie", "name", "cadre_session",
                   "csrf", "type", "apiKey", "in", "header", "name",
                   "X-CSRF-Token");
}

json_t *http_openapi(void) {
  json_t *paths = json_object();
  for (size_t i = 0; i < http_route_count; i++) {
    const http_route *rt = &http_routes[i];
    json_t *item = json_object_get(paths, rt->pattern);
    if (!item) {
      item = json_object();
      json_object_set_new(paths, rt->pattern, item);
    }
    char method[16];
    snprintf(method, sizeof method, "%s", rt->method);
    for (char *p = method; *p; p++)
      *p = (char)(*p - 'A' + 'a');
    json_object_set_new(item, method, operation(rt));
  }
  return json_pack("{s:s, s:{s:s, s:s, s:s}, s:o, s:o}", "openapi", "3.0.3",
                   "info", "title", "cadre", "version", CADRE_VERSION,
                   "description",
                   "The JSON API of cadre serve (docs/http.md), generated "
                   "from its routing table.",
                   "paths", paths, "components", components());
}
