/*
 * other.c — the single-word commands: help, version, init, demo, report,
 * check.
 */
#include "cli/cli_int.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int cli_help(cli_ctx *c, util_err *e) {
  util_buf out = {0};
  int rc = 0;
  if (cli_flag(c, "man"))
    cli_help_man(e->lang, &out);
  else if (cli_flag(c, "markdown"))
    cli_help_markdown(e->lang, &out);
  else if (cli_argc(c) == 0)
    cli_help_overview(e->lang, &out);
  else {
    bool found = false;
    for (size_t i = 0; i < cli_command_count && !found; i++) {
      const cli_command *cmd = &cli_commands[i];
      if (strcmp(cmd->noun, cli_arg(c, 0)) == 0 &&
          strcmp(cmd->verb, cli_argc(c) > 1 ? cli_arg(c, 1) : "") == 0) {
        cli_help_command(e->lang, cmd, &out);
        found = true;
      }
    }
    if (!found &&
        (cli_argc(c) > 1 || cli_help_noun(e->lang, cli_arg(c, 0), &out)))
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
  util_buf out = {0};
  app_version(&out);
  cli_print(&out);
  util_buf_free(&out);
  return 0;
}

int cli_init(cli_ctx *c, util_err *e) {
  struct stat sb;
  bool existed = stat(cli_db_path(c), &sb) == 0 && sb.st_size > 0;
  if (app_open(cli_app(c), cli_db_path(c), STORE_CREATE, e))
    return -1;
  fprintf(stderr,
          existed ? util_tr(e->lang, N_("cadre database is ready: %s (schema "
                                        "version %d)"))
                  : util_tr(e->lang, N_("created cadre database %s (schema "
                                        "version %d)")),
          cli_db_path(c), app_schema_version());
  fputc('\n', stderr);
  return 0;
}

int cli_demo(cli_ctx *c, util_err *e) {
  const char *root;
  int year;
  app *a = cli_app(c);
  if (app_demo_open(a, cli_db_path(c), e) || app_demo(a, &root, &year, e))
    return -1;
  char from[16], to[16];
  snprintf(from, sizeof from, "%d-01-01", year);
  snprintf(to, sizeof to, "%d-12-31", year);
  app_report_in in = {.org = root, .from = from, .to = to};
  report_figures f;
  if (app_report(a, &in, &f, e))
    return -1;
  util_buf out = {0};
  app_report_render(&f, "text", e->lang, &out);
  cli_print(&out);
  util_buf_free(&out);
  app_report_clear(&f);
  fflush(stdout);
  const char *db = cli_db_path(c);
  fputc('\n', stderr);
  fprintf(stderr,
          util_tr(e->lang, N_("The demonstration database is %s. "
                              "Try:")),
          db);
  fprintf(stderr,
          "\n  cadre --db %s org list\n"
          "  cadre --db %s report %s --from %d-01-01 --to %d-12-31 "
          "--format json\n"
          "  cadre --db %s serve     ",
          db, db, root, year, year, db);
  /* TRANSLATORS: after the command that starts the web server. */
  fprintf(stderr, util_tr(e->lang, N_("(log in as %s, password %s)")),
          APP_DEMO_USER, APP_DEMO_PASSWORD);
  fputc('\n', stderr);
  return 0;
}

int cli_report(cli_ctx *c, util_err *e) {
  char format[16];
  app_report_in in = {.org = cli_argc(c) ? cli_arg(c, 0) : NULL,
                      .group = cli_opt_value(c, "group"),
                      .from = cli_opt_value(c, "from"),
                      .to = cli_opt_value(c, "to"),
                      .engine = cli_opt_value(c, "engine")};
  if ((in.group != NULL) == (in.org != NULL))
    return util_fail(e, UTIL_USAGE,
                     "report: give an organisation CODE or --group CODE, one "
                     "of them");
  if (cli_format(c, "text|json|csv|summary|html", format, e))
    return -1;
  if (cli_opt_value(c, "place") && strcmp(format, "html") != 0)
    return util_fail(e, UTIL_USAGE, "report: --place is for --format html");
  util_buf out = {0};
  if (strcmp(format, "html") == 0) {
    /* The page in the language of the command's messages (--lang...). */
    if (app_report_html(cli_app(c), &in, cli_opt_value(c, "place"), e->lang,
                        &out, e))
      return -1;
  } else {
    report_figures f;
    if (app_report(cli_app(c), &in, &f, e))
      return -1;
    if (strcmp(format, "xlsx") == 0) {
      int rc = app_report_xlsx(&f, e->lang, cli_tmpdir(c), stdout, e);
      app_report_clear(&f);
      return rc;
    }
    if (strcmp(format, "csv+bom") == 0) {
      util_buf_puts(&out, CLI_BOM);
      snprintf(format, sizeof format, "csv");
    }
    app_report_render(&f, format, e->lang, &out);
    app_report_clear(&f);
  }
  cli_print(&out);
  util_buf_free(&out);
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
    return util_fail(e, UTIL_REFUSED,
                     util_trn(e->lang, "check: %d problem found (see above)",
                              "check: %d problems found (see above)",
                              (unsigned long)problems),
                     problems);
  return 0;
}
