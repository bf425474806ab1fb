/*
 * other.c — the single-word commands: help, version, init, demo, report,
 * check.
 */
#include "cli/cli_int.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cli_help(cli_ctx *c, util_err *e) {
  util_buf out = {0};
  int rc = 0;
  if (cli_flag(c, "man"))
    cli_help_man(&out);
  else if (cli_flag(c, "markdown"))
    cli_help_markdown(&out);
  else if (cli_argc(c) == 0)
    cli_help_overview(&out);
  else {
    bool found = false;
    for (size_t i = 0; i < cli_command_count && !found; i++) {
      const cli_command *cmd = &cli_commands[i];
      if (strcmp(cmd->noun, cli_arg(c, 0)) == 0 &&
          strcmp(cmd->verb, cli_argc(c) > 1 ? cli_arg(c, 1) : "") == 0) {
        cli_help_command(cmd, &out);
        found = true;
      }
    }
    if (!found && (cli_argc(c) > 1 || cli_help_noun(cli_arg(c, 0), &out)))
      rc = util_fail(e, UTIL_USAGE, "help: no such command: %s%s%s",
                     cli_arg(c, 0), cli_argc(c) > 1 ? " " : "",
                     cli_argc(c) > 1 ? cli_arg(c, 1) : "");
  }
  if (rc == 0)
    cli_print(&out);
  util_buf_free(&out);
  return rc;
}

int cli_version(cli_ctx *c, util_err *e) {
  (void)c;
  (void)e;
  printf("cadre %s (schema version %d, %s)\n", CADRE_VERSION,
         store_schema_version(), store_backend());
  return 0;
}

int cli_init(cli_ctx *c, util_err *e) {
  struct stat sb;
  bool existed = stat(cli_db_path(c), &sb) == 0 && sb.st_size > 0;
  if (app_open(cli_app(c), cli_db_path(c), STORE_CREATE, e))
    return -1;
  fprintf(stderr, "%s %s (schema version %d)\n",
          existed ? "cadre database is ready:" : "created cadre database",
          cli_db_path(c), store_schema_version());
  return 0;
}

/* The demo rebuilds its own database each time, but never touches a
 * database that holds anything else. */
static int fresh_demo_db(cli_ctx *c, util_err *e) {
  const char *path = cli_db_path(c);
  struct stat sb;
  if (stat(path, &sb) == 0 && sb.st_size > 0) {
    app probe = {.busy_ms = cli_app(c)->busy_ms};
    if (app_open(&probe, path, STORE_EXISTING, e))
      return -1;
    char *demo = NULL;
    bool empty = false;
    int rc = store_meta_get(probe.st, "demo", &demo, e) ||
             store_is_empty(probe.st, &empty, e);
    app_close(&probe);
    bool ours = demo != NULL;
    free(demo);
    if (rc)
      return -1;
    if (!ours && !empty)
      return util_fail(e, UTIL_REFUSED,
                       "demo: %s holds records that are not the demo's; "
                       "name another database with --db",
                       path);
    const char *suffixes[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < UTIL_COUNT(suffixes); i++) {
      char *f = util_xasprintf("%s%s", path, suffixes[i]);
      unlink(f);
      free(f);
    }
  }
  return app_open(cli_app(c), path, STORE_CREATE, e);
}

int cli_demo(cli_ctx *c, util_err *e) {
  const char *root;
  int year;
  if (fresh_demo_db(c, e) || app_demo(cli_app(c), &root, &year, e))
    return -1;
  report_figures f;
  app *a = cli_app(c);
  store_org o;
  if (store_begin(a->st, false, e) || app_org(a, "org", root, &o, e))
    return -1;
  int rc =
      report_compute(a->st, o.id, util_day_from_civil(year, 1, 1),
                     util_day_from_civil(year, 12, 31), REPORT_AUTO, &f, e);
  store_org_clear(&o);
  store_rollback(a->st);
  if (rc)
    return -1;
  util_buf out = {0};
  report_render_text(&f, &out);
  cli_print(&out);
  util_buf_free(&out);
  report_figures_clear(&f);
  fflush(stdout);
  fprintf(stderr,
          "\nThe demonstration database is %s. Try:\n"
          "  cadre --db %s org list\n"
          "  cadre --db %s report %s --from %d-01-01 --to %d-12-31 "
          "--format json\n",
          cli_db_path(c), cli_db_path(c), cli_db_path(c), root, year, year);
  return 0;
}

int cli_report(cli_ctx *c, util_err *e) {
  char format[16];
  app *a = cli_app(c);
  util_day from, to;
  const char *engine = cli_opt_value(c, "engine");
  enum report_engine eng = REPORT_AUTO;
  if (engine && strcmp(engine, "direct") == 0)
    eng = REPORT_DIRECT;
  else if (engine && strcmp(engine, "auto") != 0)
    return util_fail(e, UTIL_USAGE, "engine: %s: auto or direct",
                     util_quote(engine).s);
  const char *group = cli_opt_value(c, "group");
  if ((group != NULL) == (cli_argc(c) == 1))
    return util_fail(e, UTIL_USAGE,
                     "report: give an organisation CODE or --group CODE, one "
                     "of them");
  if (cli_format(c, "text|json|csv|summary", format, e) ||
      app_date(a, "from", cli_opt_value(c, "from"), false, &from, e) ||
      app_date(a, "to", cli_opt_value(c, "to"), true, &to, e))
    return -1;
  /* A period may end after today: the year's report is drafted in
   * December. Its figures at the end are those of today, as nothing can
   * be recorded after today. */
  if (to < from)
    return util_fail(e, UTIL_REFUSED, "to: %s: before --from %s",
                     cli_opt_value(c, "to"), cli_opt_value(c, "from"));
  store_org o;
  report_figures f;
  if (store_begin(a->st, false, e))
    return -1;
  int rc = group ? app_group_report(a, group, from, to, eng, &f, e)
                 : app_org(a, "org", cli_arg(c, 0), &o, e);
  if (rc == 0 && !group) {
    char d[11];
    if (o.founded_known && o.founded > to)
      rc = util_fail(
          e, UTIL_REFUSED, "cannot report on %s up to %s: it was founded on %s",
          o.code, cli_opt_value(c, "to"), util_date_format(o.founded, d));
    else
      rc = report_compute(a->st, o.id, from, to, eng, &f, e);
    store_org_clear(&o);
  }
  store_rollback(a->st);
  if (rc)
    return -1;
  util_buf out = {0};
  if (strcmp(format, "json") == 0)
    report_render_json(&f, &out);
  else if (strcmp(format, "csv") == 0)
    report_render_csv(&f, &out);
  else if (strcmp(format, "summary") == 0)
    report_render_summary(&f, &out);
  else
    report_render_text(&f, &out);
  cli_print(&out);
  util_buf_free(&out);
  report_figures_clear(&f);
  return 0;
}

int cli_check(cli_ctx *c, util_err *e) {
  util_buf out = {0}, warnings = {0};
  int problems = 0, nwarnings = 0;
  int rc = app_check(cli_app(c), cli_flag(c, "repair"), &out, &problems,
                     &warnings, &nwarnings, e);
  /* Warnings go to stderr: stdout stays "ok" for a sound database, and
   * warnings alone do not change the exit code. */
  if (warnings.len)
    fwrite(warnings.data, 1, warnings.len, stderr);
  cli_print(&out);
  util_buf_free(&out);
  util_buf_free(&warnings);
  if (rc)
    return -1;
  if (problems && !cli_flag(c, "repair"))
    return util_fail(e, UTIL_REFUSED, "check: %d %s found (see above)",
                     problems, util_plural(problems, "problem", "problems"));
  return 0;
}
