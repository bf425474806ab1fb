/*
 * help.c — help, the man page and the Markdown reference, all written from
 * the command table so that none of them can drift from what runs.
 */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

/* A bad value of any of them is a usage error (exit 2) naming the
 * variable, the value and the rule, like a bad option. */
static const char *const environment[][2] = {
    {"CADRE_DB", "the database when --db is not given (default ./cadre.db); "
                 "set but empty, it is a usage error, as --db \"\" is"},
    {"CADRE_USER",
     "who records, kept with every event and in the audit trail: at most "
     "100 characters of UTF-8 text without control characters (default, "
     "also when empty: the login name)"},
    {"CADRE_TODAY",
     "the date taken as today, YYYY-MM-DD: dates after it are refused "
     "(default, also when empty: the system date)"},
    {"CADRE_LANG",
     "the language of messages when --lang is not given: a tag such as vi, "
     "vi-VN or vi_VN.UTF-8 (default, also when empty: the locale, the "
     "first of LC_ALL, LC_MESSAGES and LANG that is set; English when it "
     "has no catalog, or is C or POSIX)"},
    {"CADRE_BUSY_TIMEOUT",
     "milliseconds to wait for another cadre writing the same database: a "
     "whole number from 0 to 3600000 (default, also when empty: 30000)"},
};

static const char *const exits[][2] = {
    {"0", "done"},
    {"1", "refused: the request breaks a rule or names what is not there; "
          "nothing was changed"},
    {"2", "usage: the command is malformed (unknown command or option, "
          "missing argument)"},
    {"3", "the database or the file system failed (missing, busy, newer "
          "schema, disk full); nothing was changed"},
    {"4", "internal error: a bug; please report it with the command"},
    {"5", "the change WAS made and saved, but its output could not be "
          "written (closed output, full disk): do not run the command "
          "again"},
};

static const char *sp(const cli_command *c) {
  return *c->verb ? " " : "";
}

/* An option's help, with what its value takes where the name of the
 * value does not say it (the choices of an enumeration, the range of a
 * number), from its type: the API's documentation says the same. The
 * caller frees it. */
static char *opt_help(const cli_opt *o) {
  if (!o->type || (o->type->type != APP_FT_ENUM && o->type->type != APP_FT_INT))
    return util_xstrdup(o->help);
  util_buf about = {0};
  app_field_about(o->type, &about);
  char *h = util_xasprintf("%s (%s)", o->help, about.data);
  util_buf_free(&about);
  return h;
}

/* "cadre org add CODE --name NAME --kind KIND [--parent CODE]" */
static void synopsis(const cli_command *c, util_buf *out) {
  util_buf_printf(out, "cadre %s%s%s", c->noun, sp(c), c->verb);
  if (c->args && *c->args)
    util_buf_printf(out, " %s", c->args);
  for (const cli_opt *o = c->opts; o && o->name; o++) {
    bool req = o->flags & CLI_REQUIRED;
    util_buf_printf(out, " %s--%s%s%s%s%s", req ? "" : "[", o->name,
                    o->arg ? " " : "", o->arg ? o->arg : "", req ? "" : "]",
                    o->flags & CLI_REPEAT ? "..." : "");
  }
}

void cli_help_overview(util_buf *out) {
  util_buf_puts(
      out, "cadre — records of party-building work: the organisation "
           "tree, members and their\nlifecycle, and the period "
           "report.\n\nUsage: cadre [--db FILE] [--lang TAG] COMMAND [ARGS] "
           "[OPTIONS]\n\nCommands:\n");
  util_table *t = util_table_new(2, NULL);
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    char *name = util_xasprintf("  %s%s%s", c->noun, sp(c), c->verb);
    const char *row[] = {name, c->summary};
    util_table_add(t, row);
    free(name);
  }
  util_table_render(t, out);
  util_table_free(t);
  util_buf_puts(out, "\n'cadre COMMAND --help' tells more of one command; "
                     "'man cadre' tells all.\n");
}

int cli_help_noun(const char *noun, util_buf *out) {
  util_table *t = util_table_new(2, NULL);
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    if (strcmp(c->noun, noun) != 0)
      continue;
    char *name = util_xasprintf("  %s %s", c->noun, c->verb);
    const char *row[] = {name, c->summary};
    util_table_add(t, row);
    free(name);
  }
  int rc = util_table_rows(t) ? 0 : -1;
  if (rc == 0) {
    util_buf_printf(out, "Usage: cadre %s VERB [ARGS] [OPTIONS]\n\n", noun);
    util_table_render(t, out);
    util_buf_printf(out, "\n'cadre %s VERB --help' tells more.\n", noun);
  }
  util_table_free(t);
  return rc;
}

void cli_help_command(const cli_command *c, util_buf *out) {
  util_buf_puts(out, "Usage: ");
  synopsis(c, out);
  util_buf_printf(out, "\n\n%s\n", c->summary);
  if (c->help)
    util_buf_printf(out, "\n%s\n", c->help);
  if (!c->opts || !c->opts->name)
    return;
  util_buf_puts(out, "\nOptions:\n");
  util_table *t = util_table_new(2, NULL);
  for (const cli_opt *o = c->opts; o->name; o++) {
    char *name = util_xasprintf("  --%s%s%s", o->name, o->arg ? " " : "",
                                o->arg ? o->arg : "");
    char *help = opt_help(o);
    const char *row[] = {name, help};
    util_table_add(t, row);
    free(name);
    free(help);
  }
  const char *db[] = {"  --db FILE",
                      "the database (default: $CADRE_DB, else ./cadre.db)"};
  const char *lang[] = {"  --lang TAG",
                        "the language of messages (default: $CADRE_LANG, "
                        "else the locale)"};
  if (c->db != CLI_DB_NONE)
    util_table_add(t, db);
  util_table_add(t, lang);
  util_table_render(t, out);
  util_table_free(t);
}

/* ---- the man page
 * -------------------------------------------------------------- */

/* Escapes text for roff: backslashes, hyphens, and a leading dot or quote. */
static void roff(util_buf *out, const char *s) {
  if (*s == '.' || *s == '\'')
    util_buf_puts(out, "\\&");
  for (; *s; s++) {
    if (*s == '\\')
      util_buf_puts(out, "\\e");
    else if (*s == '-')
      util_buf_puts(out, "\\-");
    else
      util_buf_putc(out, *s);
  }
}

void cli_help_man(util_buf *out) {
  util_buf_printf(out,
                  ".TH CADRE 1 \"\" \"cadre %s\" \"User Commands\"\n"
                  ".SH NAME\ncadre \\- records of party\\-building work\n"
                  ".SH SYNOPSIS\n.B cadre\n[\\-\\-db \\fIFILE\\fR] [\\-\\-lang "
                  "\\fITAG\\fR] "
                  "\\fICOMMAND\\fR [\\fIARGS\\fR] [\\fIOPTIONS\\fR]\n"
                  ".SH DESCRIPTION\n",
                  CADRE_VERSION);
  roff(out, "cadre keeps the records of the organisation boards of party "
            "committees in one SQLite database file: the organisation tree "
            "and its history, party members and their lifecycle, and the "
            "period report. Dates are YYYY-MM-DD; text is UTF-8. Every "
            "command that changes records is one transaction: it is done "
            "completely or not at all.");
  util_buf_puts(out, "\n.SH COMMANDS\n");
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    util_buf syn = {0};
    synopsis(c, &syn);
    util_buf_puts(out, ".SS \"");
    roff(out, syn.data);
    util_buf_puts(out, "\"\n");
    util_buf_free(&syn);
    roff(out, c->summary);
    util_buf_putc(out, '\n');
    if (c->help) {
      util_buf_puts(out, ".PP\n");
      roff(out, c->help);
      util_buf_putc(out, '\n');
    }
    for (const cli_opt *o = c->opts; o && o->name; o++) {
      util_buf_puts(out, ".TP\n.B \\-\\-");
      roff(out, o->name);
      if (o->arg) {
        util_buf_puts(out, " \\fI");
        roff(out, o->arg);
        util_buf_puts(out, "\\fR");
      }
      util_buf_putc(out, '\n');
      char *help = opt_help(o);
      roff(out, help);
      free(help);
      util_buf_putc(out, '\n');
    }
  }
  util_buf_puts(out, ".SH ENVIRONMENT\n");
  for (size_t i = 0; i < UTIL_COUNT(environment); i++) {
    util_buf_printf(out, ".TP\n.B %s\n", environment[i][0]);
    roff(out, environment[i][1]);
    util_buf_putc(out, '\n');
  }
  util_buf_puts(out, ".SH EXIT STATUS\n");
  for (size_t i = 0; i < UTIL_COUNT(exits); i++) {
    util_buf_printf(out, ".TP\n.B %s\n", exits[i][0]);
    roff(out, exits[i][1]);
    util_buf_putc(out, '\n');
  }
  util_buf_puts(out, ".SH FILES\n.TP\n.I cadre.db\nthe default database, "
                     "with its \\fIcadre.db\\-wal\\fR and "
                     "\\fIcadre.db\\-shm\\fR while in use\n");
}

/* ---- the Markdown reference
 * --------------------------------------------------------- */

void cli_help_markdown(util_buf *out) {
  util_buf_puts(
      out, "# The cadre command line\n\n"
           "<!-- Generated by `cadre help --markdown` from the command "
           "table in src/cli/table.c; a test keeps it in step. -->\n\n"
           "Usage: `cadre [--db FILE] [--lang TAG] COMMAND [ARGS] [OPTIONS]`. "
           "Options may come in any order after the command; "
           "`--name=value` works as well as `--name value`. Every "
           "command that uses a database accepts `--db FILE`, and every "
           "command `--lang TAG`, the language of its messages "
           "(docs/i18n.md).\n");
  const char *noun = "";
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    if (strcmp(noun, c->noun) != 0)
      util_buf_printf(out, "\n## %s\n", noun = c->noun);
    util_buf syn = {0};
    synopsis(c, &syn);
    util_buf_printf(out, "\n### `cadre %s%s%s`\n\n```\n%s\n```\n\n%s\n",
                    c->noun, sp(c), c->verb, syn.data, c->summary);
    util_buf_free(&syn);
    if (c->help)
      util_buf_printf(out, "\n%s\n", c->help);
    if (c->opts && c->opts->name) {
      util_buf_puts(out, "\n| option | meaning |\n|---|---|\n");
      for (const cli_opt *o = c->opts; o->name; o++) {
        char *help = opt_help(o);
        util_buf_printf(out, "| `--%s%s%s` | %s%s%s |\n", o->name,
                        o->arg ? " " : "", o->arg ? o->arg : "", help,
                        o->flags & CLI_REQUIRED ? " (required)" : "",
                        o->flags & CLI_REPEAT ? " (may be repeated)" : "");
        free(help);
      }
    }
  }
  util_buf_puts(out, "\n## Environment\n\n| variable | meaning |\n|---|---|\n");
  for (size_t i = 0; i < UTIL_COUNT(environment); i++)
    util_buf_printf(out, "| `%s` | %s |\n", environment[i][0],
                    environment[i][1]);
  util_buf_puts(out, "\n## Exit codes\n\n| code | meaning |\n|---|---|\n");
  for (size_t i = 0; i < UTIL_COUNT(exits); i++)
    util_buf_printf(out, "| %s | %s |\n", exits[i][0], exits[i][1]);
}
