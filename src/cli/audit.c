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
  const char *format; /* text, csv, csv+bom, xlsx or json */
  const util_lang *l; /* text: the time stamps' dates */
  cli_list *list;     /* csv and xlsx */
  long entries;
} render;

static const char *or_empty(const char *s) {
  return s ? s : "";
}

/* A time stamp "2026-11-28T08:02:44Z" as the reader writes its day
 * ("28/11/2026 08:02:44 UTC"); in English, and one that is not such, as
 * it is. */
static void stamp_text(const util_lang *l, const char *at,
                       char out[VIEW_CELL_MAX + 4]) {
  char cell[VIEW_CELL_MAX];
  const char *v = l && at ? view_cell_text(l, "at", false, at, cell) : at;
  size_t n = v ? strlen(v) : 0;
  /* view_cell_text keeps the time as stored, "08:02:44Z". */
  if (v != at && n && v[n - 1] == 'Z')
    snprintf(out, VIEW_CELL_MAX + 4, "%.*s UTC", (int)(n - 1), v);
  else
    snprintf(out, VIEW_CELL_MAX + 4, "%s", v ? v : "");
}

/* text: a line for the entry, then one for each row it wrote. The action
 * and what it did are the trail's own words, English for every reader. */
static void text_entry(const util_lang *l, const store_audit_row *r) {
  char at[VIEW_CELL_MAX + 4];
  stamp_text(l, r->at, at);
  printf("%s  %s  %s  %s: %s", at, r->user, r->origin ? r->origin : "-",
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

/* csv and xlsx: a record for each row written (the entry's fields
 * repeated), one with empty row fields for an entry that wrote none. */
static const char *const cols[] = {"id",  "at",     "user",   "origin",
                                   "org", "action", "detail", "table",
                                   "op",  "key",    "before", "after"};

static void list_entry(cli_list *list, const store_audit_row *r) {
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
    cli_list_row(list, row);
  }
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
    text_entry(out->l, r);
  else if (out->list)
    list_entry(out->list, r);
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
  bool listed = strcmp(format, "text") != 0 && strcmp(format, "json") != 0;
  static const bool numeric[UTIL_COUNT(cols)] = {true};
  render out = {
      format, cli_lang(c),
      listed ? cli_list_new(c, format, UTIL_COUNT(cols), cols, numeric) : NULL,
      0};
  int rc = app_audit_list(cli_app(c), &q, entry, &out, e);
  /* A listing cut short by a failure still ends as JSON. */
  if (strcmp(format, "json") == 0 && (rc == 0 || out.entries))
    fputs(out.entries ? "\n]\n" : "[]\n", stdout);
  if (out.list)
    rc = cli_list_done(out.list, rc);
  return rc;
}
