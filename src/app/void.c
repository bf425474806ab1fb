/*
 * void.c — voiding a mistaken record of party work (issue 6): an
 * inspection or supervision, an award, a sum of funds. The record leaves
 * its table for the voided records (store_void.c), kept whole with who,
 * when and why; its point is taken back from the tallies, so that every
 * report, past ones included, reads as if it had never been entered.
 */
#include "app/app_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* What each kind of record is called in messages. */
static const char *noun(const char *source) {
  if (strcmp(source, "oversight") == 0)
    return "record of oversight";
  if (strcmp(source, "fund") == 0)
    return "record of funds";
  return source;
}

/* Counts of the oversight of a target carry the earlier records about it
 * (app_target_replace): those left must be placed again. */
static int replace_target(app *a, const char *record, util_err *e) {
  json_t *o = json_loads(record, 0, NULL);
  if (!o)
    return util_fail(e, UTIL_INTERNAL, "a voided record is not JSON");
  enum core_oversight kind = CORE_INSPECTION;
  core_oversight_parse(json_string_value(json_object_get(o, "kind")), &kind);
  int64_t org = json_integer_value(json_object_get(o, "org_id"));
  int64_t member = json_integer_value(json_object_get(o, "member_id"));
  json_decref(o);
  return app_target_replace(a, "oversight", kind, org, member, e);
}

int app_record_void(app *a, const char *source, const char *id,
                    const char *reason, util_err *e) {
  if (app_begin(a, e))
    return -1;
  char *why = NULL, *record = NULL, *end = NULL;
  int64_t n = id && *id >= '0' && *id <= '9' ? strtoll(id, &end, 10) : 0;
  int rc = -1;
  if (!end || *end || n <= 0 || strlen(id) > 18) {
    util_fail(e, UTIL_REFUSED, "%s: %s: an id is a number", source,
              util_quote(id ? id : "").s);
    goto done;
  }
  if (app_void_reason(reason, &why, e))
    goto done;
  rc = store_record_void(a->st, source, n, a->user, why, &record, e);
  if (rc == 1)
    rc = util_fail(e, UTIL_REFUSED, "%s: %lld: no %s has this id", source,
                   (long long)n, noun(source));
  if (rc == 0)
    rc = app_point(a, source, n, 0, 0, NULL, 0, e);
  if (rc == 0 && strcmp(source, "oversight") == 0)
    rc = replace_target(a, record, e);
  if (rc == 0)
    rc = app_audit(a, "record void", e, "%s %lld: %s", source, (long long)n,
                   why);
done:
  free(why);
  free(record);
  return app_end(a, rc, e);
}
