/*
 * audit.c — `cadre audit`: the audit trail, each entry with the rows it
 * wrote and their values before and after.
 */
#include "cli/cli_int.h"
#include "view/admin.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

typedef struct render {
  const char *format; /* text, csv or json */
  long entries;
} render;

static const char *or_empty(const char *s) {
  return s ? s : "";
}

/* text: a line for the entry, then one for each row it wrote. */
static void text_entry(const store_audit_row *r) {
  printf("%s  %s  %s  %s: %s", r->at, r->user, r->origin ? r->origin : "-",
         r->action, r->detail);
  if (r->org_code)
    printf("  [%s]", r->org_code);
  putchar('\n');
  for (size_t i = 0; i < r->nchanges; i++) {
    const store_audit_change *c = &r->changes[i];
    printf("    %s %s %s: %s -> %s\n", c->table, c->op, c->key,
           c->before ? c->before : "-", c->after ? c->after : "-");
  }
}

/* csv: a record for each row written (the entry's fields repeated), one
 * with empty row fields for an entry that wrote none. */
static void csv_header(util_buf *b) {
  static const char *const cols[] = {"id",  "at",     "user",   "origin",
                                     "org", "action", "detail", "table",
                                     "op",  "key",    "before", "after"};
  util_csv_record(b, cols, UTIL_COUNT(cols));
}

static void csv_entry(const store_audit_row *r, bool header) {
  util_buf b = {0};
  if (header)
    csv_header(&b);
  char id[24];
  snprintf(id, sizeof id, "%lld", (long long)r->id);
  for (size_t i = 0; i < (r->nchanges ? r->nchanges : 1); i++) {
    const store_audit_change *c = r->nchanges ? &r->changes[i] : NULL;
    const char *row[] = {id,
                         r->at,
                         r->user,
                         or_empty(r->origin),
                         or_empty(r->org_code),
                         r->action,
                         r->detail,
                         c ? c->table : "",
                         c ? c->op : "",
                         c ? c->key : "",
                         c ? or_empty(c->before) : "",
                         c ? or_empty(c->after) : ""};
    util_csv_record(&b, row, UTIL_COUNT(row));
  }
  fwrite(b.data, 1, b.len, stdout);
  util_buf_free(&b);
}

static void json_entry(const store_audit_row *r, bool first) {
  json_t *o = view_audit_json(r);
  char *text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
  printf("%s\n  %s", first ? "[" : ",", text);
  free(text);
  json_decref(o);
}

static int entry(void *ctx, const store_audit_row *r) {
  render *out = ctx;
  bool first = out->entries++ == 0;
  if (strcmp(out->format, "text") == 0)
    text_entry(r);
  else if (strcmp(out->format, "csv") == 0)
    csv_entry(r, first);
  else
    json_entry(r, first);
  return 0;
}

int cli_audit(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "text|csv|json", format, e))
    return -1;
  app_audit_query q = {.under = cli_opt_value(c, "under"),
                       .user = cli_opt_value(c, "user"),
                       .from = cli_opt_value(c, "from"),
                       .to = cli_opt_value(c, "to")};
  render out = {format, 0};
  int rc = app_audit_list(cli_app(c), &q, entry, &out, e);
  /* A listing cut short by a failure still ends as JSON. */
  if (strcmp(format, "json") == 0 && (rc == 0 || out.entries))
    fputs(out.entries ? "\n]\n" : "[]\n", stdout);
  if (strcmp(format, "csv") == 0 && rc == 0 && !out.entries) {
    util_buf b = {0};
    csv_header(&b);
    fwrite(b.data, 1, b.len, stdout);
    util_buf_free(&b);
  }
  return rc;
}
