/*
 * help.c — help, the man page and the Markdown reference, all written from
 * the command table so that none of them can drift from what runs.
 */
#include "cli/cli.h"
#include "util/lang.h"

#include <stdlib.h>
#include <string.h>

/* A bad value of any of them is a usage error (exit 2) naming the
 * variable, the value and the rule, like a bad option. */
static const char *const environment[][2] = {
    {"CADRE_DB", N_("the database when --db is not given (default ./cadre.db); "
                    "set but empty, it is a usage error, as --db \"\" is")},
    {"CADRE_USER",
     N_("who records, kept with every event and in the audit trail: at most "
        "100 characters of UTF-8 text without control characters (default, "
        "also when empty: the login name)")},
    {"CADRE_TODAY",
     N_("the date taken as today, YYYY-MM-DD: dates after it are refused "
        "(default, also when empty: the system date)")},
    {"CADRE_LANG",
     N_("the language of messages when --lang is not given: a tag such as vi, "
        "vi-VN or vi_VN.UTF-8 (default, also when empty: the locale, the first "
        "of LC_ALL, LC_MESSAGES and LANG that is set; English when it has no "
        "catalog, or is C or POSIX)")},
    {"CADRE_BUSY_TIMEOUT",
     N_("milliseconds to wait for another cadre writing the same database: a "
        "whole number from 0 to 3600000 (default, also when empty: 30000)")},
};

static const char *const exits[][2] = {
    {"0", N_("done")},
    {"1", N_("refused: the request breaks a rule or names what is not there; "
             "nothing was changed")},
    {"2", N_("usage: the command is malformed (unknown command or option, "
             "missing argument)")},
    {"3", N_("the database or the file system failed (missing, busy, newer "
             "schema, disk full); nothing was changed")},
    {"4", N_("internal error: a bug; please report it with the command")},
    {"5",
     N_("the change WAS made and saved, but its output could not be written "
        "(closed output, full disk): do not run the command again")},
};

static const char *sp(const cli_command *c) {
  return *c->verb ? " " : "";
}

/* An option's help in the language l, with what its value takes where
 * the name of the value does not say it (the choices of an enumeration,
 * the range of a number), from its type: the API's documentation says the
 * same. The caller frees it. */
static char *opt_help(const cli_opt *o, const util_lang *l) {
  const char *help = util_tr(l, o->help);
  if (!o->type || (o->type->type != APP_FT_ENUM && o->type->type != APP_FT_INT))
    return util_xstrdup(help);
  util_buf about = {0};
  app_field_about_in(o->type, l, &about);
  /* TRANSLATORS: an option's help, then what its value takes ("one of
   * a, b or c"). */
  char *h = util_xasprintf(util_tr(l, N_("%s (%s)")), help, about.data);
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

/* "Usage: SYNOPSIS" and an empty line. */
static void usage(const util_lang *l, const char *syn, util_buf *out) {
  /* TRANSLATORS: %s is a command line ("cadre org add CODE --name
   * NAME"): its words stay as they are. */
  util_buf_printf(out, util_tr(l, N_("Usage: %s")), syn);
  util_buf_puts(out, "\n\n");
}

/* A table of two columns, the first indented: `name` and its `text`. */
static void table_row(util_table *t, const char *name, const char *text) {
  char *indented = util_xasprintf("  %s", name);
  const char *row[] = {indented, text};
  util_table_add(t, row);
  free(indented);
}

/* The characters (not bytes) of UTF-8 text s[0..n). */
static size_t chars(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xc0) != 0x80;
  return c;
}

/* Appends text in lines of at most `width` characters, broken at spaces
 * (a word longer than a line stays whole), each line ended: a translated
 * paragraph is as long as its language makes it. */
static void wrap(const char *text, size_t width, util_buf *out) {
  const char *line = text;
  while (*line) {
    const char *end = line + strlen(line), *brk = NULL;
    for (const char *p = line; *p; p++)
      if (*p == ' ') {
        if (chars(line, (size_t)(p - line)) > width)
          break;
        brk = p;
      }
    if (chars(line, (size_t)(end - line)) <= width || !brk)
      brk = end;
    util_buf_add(out, line, (size_t)(brk - line));
    util_buf_putc(out, '\n');
    line = *brk ? brk + 1 : brk;
  }
}

void cli_help_overview(const util_lang *l, util_buf *out) {
  wrap(util_tr(l, N_("cadre — records of party-building work: the "
                     "organisation tree, members and their lifecycle, and "
                     "the period report.")),
       80, out);
  util_buf_putc(out, '\n');
  usage(l, "cadre [--db FILE] [--lang TAG] COMMAND [ARGS] [OPTIONS]", out);
  util_buf_printf(out, "%s\n", util_tr(l, N_("Commands:")));
  util_table *t = util_table_new(2, NULL);
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    char *name = util_xasprintf("%s%s%s", c->noun, sp(c), c->verb);
    table_row(t, name, util_tr(l, c->summary));
    free(name);
  }
  util_table_render(t, out);
  util_table_free(t);
  util_buf_printf(out, "\n%s\n",
                  util_tr(l, N_("'cadre COMMAND --help' tells more of one "
                                "command; 'man cadre' tells all.")));
}

int cli_help_noun(const util_lang *l, const char *noun, util_buf *out) {
  util_table *t = util_table_new(2, NULL);
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    if (strcmp(c->noun, noun) != 0)
      continue;
    char *name = util_xasprintf("%s %s", c->noun, c->verb);
    table_row(t, name, util_tr(l, c->summary));
    free(name);
  }
  int rc = util_table_rows(t) ? 0 : -1;
  if (rc == 0) {
    char *syn = util_xasprintf("cadre %s VERB [ARGS] [OPTIONS]", noun);
    usage(l, syn, out);
    free(syn);
    util_table_render(t, out);
    util_buf_putc(out, '\n');
    util_buf_printf(out, util_tr(l, N_("'cadre %s VERB --help' tells more.")),
                    noun);
    util_buf_putc(out, '\n');
  }
  util_table_free(t);
  return rc;
}

void cli_help_command(const util_lang *l, const cli_command *c, util_buf *out) {
  util_buf syn = {0};
  synopsis(c, &syn);
  usage(l, syn.data, out);
  util_buf_free(&syn);
  util_buf_printf(out, "%s\n", util_tr(l, c->summary));
  if (c->help)
    util_buf_printf(out, "\n%s\n", util_tr(l, c->help));
  if (!c->opts || !c->opts->name)
    return;
  util_buf_printf(out, "\n%s\n", util_tr(l, N_("Options:")));
  util_table *t = util_table_new(2, NULL);
  for (const cli_opt *o = c->opts; o->name; o++) {
    char *name = util_xasprintf("--%s%s%s", o->name, o->arg ? " " : "",
                                o->arg ? o->arg : "");
    char *help = opt_help(o, l);
    table_row(t, name, help);
    free(name);
    free(help);
  }
  if (c->db != CLI_DB_NONE)
    table_row(t, "--db FILE",
              util_tr(l, N_("the database (default: $CADRE_DB, else "
                            "./cadre.db)")));
  table_row(t, "--lang TAG",
            util_tr(l, N_("the language of messages (default: $CADRE_LANG, "
                          "else the locale)")));
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

/* ".SH TITLE": a section of the man page. */
static void man_section(const char *title, util_buf *out) {
  util_buf_puts(out, ".SH ");
  roff(out, title);
  util_buf_putc(out, '\n');
}

/* ".TP\n.B NAME\nTEXT": a tagged paragraph of the man page. */
static void man_item(const char *name, const char *text, util_buf *out) {
  util_buf_printf(out, ".TP\n.B %s\n", name);
  roff(out, text);
  util_buf_putc(out, '\n');
}

void cli_help_man(const util_lang *l, util_buf *out) {
  util_buf_printf(out, ".TH CADRE 1 \"\" \"cadre %s\" \"", CADRE_VERSION);
  /* TRANSLATORS: the section of the manual the man page is in. */
  roff(out, util_tr(l, N_("User Commands")));
  util_buf_puts(out, "\"\n");
  man_section(util_trc(l, "man page section", "NAME"), out);
  util_buf_puts(out, "cadre \\- ");
  roff(out, util_tr(l, N_("records of party-building work")));
  util_buf_putc(out, '\n');
  man_section(util_trc(l, "man page section", "SYNOPSIS"), out);
  util_buf_puts(out, ".B cadre\n[\\-\\-db \\fIFILE\\fR] [\\-\\-lang "
                     "\\fITAG\\fR] "
                     "\\fICOMMAND\\fR [\\fIARGS\\fR] [\\fIOPTIONS\\fR]\n");
  man_section(util_trc(l, "man page section", "DESCRIPTION"), out);
  roff(out, util_tr(l, N_("cadre keeps the records of the organisation "
                          "boards of party committees in one SQLite "
                          "database file: the organisation tree and its "
                          "history, party members and their lifecycle, and "
                          "the period report. Dates are YYYY-MM-DD; text is "
                          "UTF-8. Every command that changes records is one "
                          "transaction: it is done completely or not at "
                          "all.")));
  util_buf_putc(out, '\n');
  man_section(util_trc(l, "man page section", "COMMANDS"), out);
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    util_buf syn = {0};
    synopsis(c, &syn);
    util_buf_puts(out, ".SS \"");
    roff(out, syn.data);
    util_buf_puts(out, "\"\n");
    util_buf_free(&syn);
    roff(out, util_tr(l, c->summary));
    util_buf_putc(out, '\n');
    if (c->help) {
      util_buf_puts(out, ".PP\n");
      roff(out, util_tr(l, c->help));
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
      char *help = opt_help(o, l);
      roff(out, help);
      free(help);
      util_buf_putc(out, '\n');
    }
  }
  man_section(util_trc(l, "man page section", "ENVIRONMENT"), out);
  for (size_t i = 0; i < UTIL_COUNT(environment); i++)
    man_item(environment[i][0], util_tr(l, environment[i][1]), out);
  man_section(util_trc(l, "man page section", "EXIT STATUS"), out);
  for (size_t i = 0; i < UTIL_COUNT(exits); i++)
    man_item(exits[i][0], util_tr(l, exits[i][1]), out);
  man_section(util_trc(l, "man page section", "FILES"), out);
  util_buf_puts(out, ".TP\n.I cadre.db\n");
  /* TRANSLATORS: %s and %s are the files' names (cadre.db-wal and
   * cadre.db-shm), already formatted for the man page. */
  util_buf format = {0};
  roff(&format, util_tr(l, N_("the default database, with its %s and %s "
                              "while in use")));
  util_buf_printf(out, format.data, "\\fIcadre.db\\-wal\\fR",
                  "\\fIcadre.db\\-shm\\fR");
  util_buf_putc(out, '\n');
  util_buf_free(&format);
}

/* ---- the Markdown reference
 * --------------------------------------------------------- */

/* "| NAME | meaning |\n|---|---|\n": the header of a table of the
 * reference, in the language l. */
static void md_header(const util_lang *l, const char *name, util_buf *out) {
  util_buf_printf(out, "| %s | %s |\n|---|---|\n", name,
                  util_trc(l, "command reference", "meaning"));
}

void cli_help_markdown(const util_lang *l, util_buf *out) {
  /* The comment is for who edits docs/cli.md: it stays English. */
  util_buf_printf(out,
                  "# %s\n\n<!-- Generated by `cadre help --markdown` from "
                  "the command table in src/cli/table.c; a test keeps it in "
                  "step. -->\n\n",
                  util_tr(l, N_("The cadre command line")));
  util_buf_printf(
      out,
      util_tr(l, N_("Usage: `%s`. Options may come in any order after the "
                    "command; `--name=value` works as well as `--name "
                    "value`. Every command that uses a database accepts "
                    "`--db FILE`, and every command `--lang TAG`, the "
                    "language of its messages (docs/i18n.md).")),
      "cadre [--db FILE] [--lang TAG] COMMAND [ARGS] [OPTIONS]");
  util_buf_putc(out, '\n');
  const char *noun = "";
  for (size_t i = 0; i < cli_command_count; i++) {
    const cli_command *c = &cli_commands[i];
    if (strcmp(noun, c->noun) != 0)
      util_buf_printf(out, "\n## %s\n", noun = c->noun);
    util_buf syn = {0};
    synopsis(c, &syn);
    util_buf_printf(out, "\n### `cadre %s%s%s`\n\n```\n%s\n```\n\n%s\n",
                    c->noun, sp(c), c->verb, syn.data, util_tr(l, c->summary));
    util_buf_free(&syn);
    if (c->help)
      util_buf_printf(out, "\n%s\n", util_tr(l, c->help));
    if (c->opts && c->opts->name) {
      util_buf_putc(out, '\n');
      md_header(l, util_trc(l, "command reference", "option"), out);
      for (const cli_opt *o = c->opts; o->name; o++) {
        char *help = opt_help(o, l);
        util_buf_printf(out, "| `--%s%s%s` | %s", o->name, o->arg ? " " : "",
                        o->arg ? o->arg : "", help);
        if (o->flags & CLI_REQUIRED)
          util_buf_printf(out, " %s", util_tr(l, N_("(required)")));
        if (o->flags & CLI_REPEAT)
          util_buf_printf(out, " %s", util_tr(l, N_("(may be repeated)")));
        util_buf_puts(out, " |\n");
        free(help);
      }
    }
  }
  util_buf_printf(out, "\n## %s\n\n",
                  util_trc(l, "command reference", "Environment"));
  md_header(l, util_trc(l, "command reference", "variable"), out);
  for (size_t i = 0; i < UTIL_COUNT(environment); i++)
    util_buf_printf(out, "| `%s` | %s |\n", environment[i][0],
                    util_tr(l, environment[i][1]));
  util_buf_printf(out, "\n## %s\n\n",
                  util_trc(l, "command reference", "Exit codes"));
  md_header(l, util_trc(l, "command reference", "code"), out);
  for (size_t i = 0; i < UTIL_COUNT(exits); i++)
    util_buf_printf(out, "| %s | %s |\n", exits[i][0], util_tr(l, exits[i][1]));
}
