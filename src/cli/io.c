/*
 * io.c — `cadre import ...` and `cadre export ...`. What export writes,
 * import reads back (docs/formats.md).
 */
#include "cli/cli_int.h"
#include "view/admin.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* ---- import
 * -------------------------------------------------------------------- */

typedef struct progress {
  const char *name;
  time_t last;
} progress;

/* On a terminal, a line that rewrites itself once a second. */
static void show_progress(void *ctx, long long done, long long total) {
  progress *p = ctx;
  time_t now = time(NULL);
  if (done < total && now == p->last)
    return;
  p->last = now;
  if (total > 0)
    fprintf(stderr, "\r%s: %3lld%%", p->name, done * 100 / total);
  if (done >= total)
    fputs("\n", stderr);
  fflush(stderr);
}

typedef int (*import_fn)(app *, FILE *, const char *, long long, long *,
                         util_err *);

int cli_import(cli_ctx *c, import_fn fn, long *rows, util_err *e) {
  const char *name = cli_arg(c, 0);
  bool std_in = strcmp(name, "-") == 0;
  FILE *in = std_in ? stdin : fopen(name, "rb");
  if (!in)
    return util_fail(e, UTIL_SYSTEM, "cannot read %s: %s", name,
                     util_strerror(e, errno, (char[128]){0}));
  struct stat sb;
  long long size = fstat(fileno(in), &sb) == 0 && S_ISREG(sb.st_mode)
                       ? (long long)sb.st_size
                       : 0;
  app *a = cli_app(c);
  a->sheet = cli_opt_value(c, "sheet");
  progress p = {.name = std_in ? "stdin" : name};
  if (cli_interactive(c) && size > (1 << 20)) {
    a->progress = show_progress;
    a->progress_ctx = &p;
  }
  *rows = 0;
  int rc = fn(a, in, std_in ? "stdin" : name, size, rows, e);
  if (!std_in)
    fclose(in);
  return rc;
}

void cli_imported(const cli_ctx *c, const char *format, long rows) {
  const char *name = cli_arg(c, 0);
  fprintf(stderr, format, rows, strcmp(name, "-") == 0 ? "stdin" : name);
  fputc('\n', stderr);
}

int cli_import_orgs(cli_ctx *c, util_err *e) {
  long n;
  if (cli_import(c, app_import_orgs, &n, e))
    return -1;
  cli_imported(c,
               util_trn(e->lang, "imported %ld organisation from %s",
                        "imported %ld organisations from %s", (unsigned long)n),
               n);
  return 0;
}

int cli_import_members(cli_ctx *c, util_err *e) {
  long n;
  if (cli_import(c, app_import_members, &n, e))
    return -1;
  cli_imported(c,
               util_trn(e->lang, "imported %ld member from %s",
                        "imported %ld members from %s", (unsigned long)n),
               n);
  return 0;
}

/* ---- export
 * ---------------------------------------------------------------------- */

static int org_out(void *ctx, const store_org_row *r) {
  const char *row[VIEW_EXPORT_ORG_NCOLS];
  view_export_org_cells(r, row);
  cli_list_row(ctx, row);
  return 0;
}

int cli_export_orgs(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "csv|json", format, e))
    return -1;
  cli_list *list = cli_list_new(c, format, VIEW_EXPORT_ORG_NCOLS,
                                view_export_org_cols, NULL);
  cli_list_keyed(list);
  return cli_list_done(
      list,
      app_export_orgs(cli_app(c), cli_opt_value(c, "under"), org_out, list, e));
}

static int member_out(void *ctx, const store_member_row *r) {
  const char *row[VIEW_EXPORT_MEMBER_NCOLS];
  if (view_export_member_cells(r, row))
    cli_list_row(ctx, row);
  return 0;
}

int cli_export_members(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "csv|json", format, e))
    return -1;
  cli_list *list = cli_list_new(c, format, VIEW_EXPORT_MEMBER_NCOLS,
                                view_export_member_cols, NULL);
  cli_list_keyed(list);
  return cli_list_done(list,
                       app_export_members(cli_app(c), cli_opt_value(c, "under"),
                                          member_out, list, e));
}

static int org_event_out(void *ctx, const store_org_event_row *r) {
  const char *row[VIEW_EXPORT_EVENT_NCOLS];
  view_export_org_event_cells(r, row);
  cli_list_row(ctx, row);
  return 0;
}

static int member_event_out(void *ctx, const store_event_row *r) {
  char id[24], seq[16];
  const char *row[VIEW_EXPORT_EVENT_NCOLS];
  view_export_member_event_cells(r, id, seq, row);
  cli_list_row(ctx, row);
  return 0;
}

int cli_export_events(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "csv|json", format, e))
    return -1;
  cli_list *list =
      cli_list_new(c, format, VIEW_EXPORT_EVENT_NCOLS, view_export_event_cols,
                   view_export_event_numeric);
  cli_list_keyed(list);
  return cli_list_done(
      list, app_export_events(cli_app(c), cli_opt_value(c, "under"),
                              org_event_out, member_event_out, list, e));
}
