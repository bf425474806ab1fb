/*
 * doc.c — the register of documents (DOMAIN.md §6) and which organisations
 * disseminated and implemented each, and when.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>

/* A number as written on the document: 1 to 64 characters of text without
 * spaces ("21-NQ/TW", "60-QĐ/TW"). *out is the caller's. */
static int doc_number(const char *text, char **out, util_err *e) {
  if (app_text("number", text, true, 64, out, e))
    return -1;
  for (const char *p = *out; *p; p++)
    if (*p == ' ') {
      util_invalid(e, "number",
                   "number: %s: a document number has no spaces (e.g. "
                   "21-NQ/TW)",
                   *out);
      free(*out);
      *out = NULL;
      return -1;
    }
  return 0;
}

int app_doc_add(app *a, const app_doc_in *in, int64_t *id, util_err *e) {
  if (app_act_all(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_doc d = {0}, dup = {0};
  char x[UTIL_DATE_SAY];
  int rc = -1;
  if (doc_number(in->number, &d.number, e))
    goto done;
  if (core_doc_kind_parse(in->kind, &d.kind)) {
    util_invalid(e, "kind", "kind: %s: %s", in->kind ? in->kind : "",
                 core_doc_kind_names());
    goto done;
  }
  if (app_text("issuer", in->issuer, true, 200, &d.issuer, e) ||
      app_date(a, "date", in->date, false, &d.date, e) ||
      app_text("title", in->title, true, 500, &d.title, e))
    goto done;
  int found = store_doc_find(a->st, d.number, &dup, e);
  if (found < 0)
    goto done;
  if (found == 0) {
    util_invalid(e, "number",
                 "number: %s: already the number of a document (%s of %s, "
                 "%s); document numbers are unique without regard to case",
                 d.number, dup.number, util_date_say(e, dup.date, x),
                 dup.title);
    goto done;
  }
  if (store_doc_insert(a->st, &d, a->user, e))
    goto done;
  rc = app_audit(a, "doc add", e, "%s", d.number);
  if (id)
    *id = d.id;
done:
  store_doc_clear(&d);
  store_doc_clear(&dup);
  return app_end(a, rc, e);
}

int app_doc_step(app *a, const char *number, const char *org, const char *date,
                 bool implemented, int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_doc d = {0};
  store_org o = {0};
  util_day day, done;
  char x[UTIL_DATE_SAY], y[UTIL_DATE_SAY];
  char *path = NULL;
  int rc = -1, found = store_doc_find(a->st, number ? number : "", &d, e);
  if (found == 1)
    util_not_found(e,
                   "number: %s: no document has this number (register it with "
                   "cadre doc add)",
                   number ? number : "");
  if (found || app_org(a, "org", org, &o, e) ||
      app_date(a, "date", date, false, &day, e))
    goto done;
  util_date_say(e, day, y);
  if (day < d.date) {
    util_date_say(e, d.date, x);
    if (implemented)
      util_invalid(e, "date",
                   "date: %s: %s was issued on %s; it is implemented on or "
                   "after that day",
                   y, d.number, x);
    else
      util_invalid(e, "date",
                   "date: %s: %s was issued on %s; it is disseminated on or "
                   "after that day",
                   y, d.number, x);
    goto done;
  }
  if (app_path_at(a, &o, day, &path, e)) {
    util_err_prefix(e, "org: ");
    goto done;
  }
  if (store_doc_step_day(a->st, d.id, o.id, implemented, &done, e))
    goto done;
  if (done) {
    util_date_say(e, done, x);
    if (implemented)
      util_fail(e, UTIL_REFUSED,
                "cannot implement %s at %s on %s: %s implemented it on %s; "
                "each organisation records each step once",
                d.number, o.code, y, o.code, x);
    else
      util_fail(e, UTIL_REFUSED,
                "cannot disseminate %s at %s on %s: %s disseminated it on %s; "
                "each organisation records each step once",
                d.number, o.code, y, o.code, x);
    goto done;
  }
  if (implemented) {
    if (store_doc_step_day(a->st, d.id, o.id, 0, &done, e))
      goto done;
    if (done > day)
      util_fail(e, UTIL_REFUSED,
                "cannot implement %s at %s on %s: it was disseminated there "
                "on %s; a document is implemented where it was "
                "disseminated, from that day on",
                d.number, o.code, y, util_date_say(e, done, x));
    else if (!done)
      util_fail(e, UTIL_REFUSED,
                "cannot implement %s at %s on %s: it was not disseminated "
                "there; a document is implemented where it was "
                "disseminated, from that day on",
                d.number, o.code, y);
    if (!done || done > day)
      goto done;
  }
  if (app_doc_record(a, d.id, o.id, implemented, day, 0, id, e))
    goto done;
  rc = app_audit(a, implemented ? "doc implement" : "doc disseminate", e,
                 "%s at %s on %s", d.number, o.code, util_date_format(day, y));
done:
  free(path);
  store_doc_clear(&d);
  store_org_clear(&o);
  return app_end(a, rc, e);
}
