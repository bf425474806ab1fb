/*
 * dispatch.c — from argv to a handler: finds the command in the table,
 * parses its options, opens the database, runs it, and turns the outcome
 * into a message and an exit code.
 */
#include "cli/cli.h"
#include "util/lang.h"

#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct cli_ctx {
  const cli_command *cmd;
  const char **names, **values; /* every option given, in order */
  size_t nopts;
  const char **args;
  int nargs;
  const char *db_path;
  const util_lang *lang; /* of messages: choose_lang; NULL is English */
  app app;
  util_err output; /* a failure of the output after the handler's success */
  bool output_failed;
  char sheet[32];
};

static const cli_opt global_opts[] = {
    {"db", "FILE", N_("the database (default: $CADRE_DB, else ./cadre.db)"), 0,
     &app_f_file},
    {"help", NULL, N_("show this command's help"), 0, &app_f_flag},
    {"lang", "TAG",
     N_("the language of messages: vi, en, ... (default: $CADRE_LANG, else "
        "the locale: $LC_ALL, $LC_MESSAGES, $LANG)"),
     0, &app_f_text},
    {0},
};

const char *cli_opt_value(const cli_ctx *c, const char *name) {
  for (size_t i = 0; i < c->nopts; i++)
    if (strcmp(c->names[i], name) == 0)
      return c->values[i];
  return NULL;
}

const char **cli_opt_values(const cli_ctx *c, const char *name, size_t *n) {
  const char **out = NULL;
  *n = 0;
  for (size_t i = 0; i < c->nopts; i++)
    if (strcmp(c->names[i], name) == 0) {
      out = util_xrealloc(out, (*n + 1) * sizeof *out);
      out[(*n)++] = c->values[i];
    }
  return out;
}

size_t cli_opts_given(const cli_ctx *c, const char *const **names,
                      const char *const **values) {
  *names = c->names;
  *values = c->values;
  return c->nopts;
}

bool cli_flag(const cli_ctx *c, const char *name) {
  return cli_opt_value(c, name) != NULL;
}

const char *cli_opt_text(const void *c, const char *name) {
  return cli_opt_value(c, name);
}

bool cli_opt_flag(const void *c, const char *name) {
  return cli_flag(c, name);
}

int cli_argc(const cli_ctx *c) {
  return c->nargs;
}

const char *cli_arg(const cli_ctx *c, int i) {
  return i < c->nargs ? c->args[i] : NULL;
}

app *cli_app(cli_ctx *c) {
  return &c->app;
}

const char *cli_db_path(const cli_ctx *c) {
  return c->db_path;
}

bool cli_interactive(const cli_ctx *c) {
  (void)c;
  return isatty(STDERR_FILENO);
}

const util_lang *cli_lang(const cli_ctx *c) {
  return c->lang;
}

const char *cli_tmpdir(const cli_ctx *c) {
  (void)c;
  const char *d = getenv("TMPDIR");
  return d && *d ? d : "/tmp";
}

const char *cli_sheet_name(cli_ctx *c) {
  bool io = strcmp(c->cmd->noun, "export") == 0 ||
            strcmp(c->cmd->noun, "import") == 0;
  if (io || !*c->cmd->verb)
    return io ? c->cmd->verb : c->cmd->noun;
  snprintf(c->sheet, sizeof c->sheet, "%s %s", c->cmd->noun, c->cmd->verb);
  return c->sheet;
}

void cli_output_failed(cli_ctx *c, const util_err *e) {
  if (!c->output_failed)
    c->output = *e;
  c->output_failed = true;
}

/* Whether `f` is one of the '|'-separated formats of `allowed`. */
static bool allows(const char *allowed, const char *f) {
  size_t n = strlen(f);
  for (const char *p = allowed; *p;) {
    size_t len = strcspn(p, "|");
    if (len == n && strncmp(p, f, n) == 0)
      return true;
    p += len + (p[len] == '|');
  }
  return false;
}

int cli_format(const cli_ctx *c, const char *allowed, char format[16],
               util_err *e) {
  const char *f = cli_opt_value(c, "format");
  bool csv = allows(allowed, "csv");
  if (!f) {
    snprintf(format, 16, "%.*s", (int)strcspn(allowed, "|"), allowed);
  } else if (allows(allowed, f) || (csv && strcmp(f, "xlsx") == 0)) {
    snprintf(format, 16, "%s", f);
  } else {
    return util_fail(e, UTIL_USAGE, "format: %s: one of %s%s", util_quote(f).s,
                     allowed, csv ? "|xlsx" : "");
  }
  if (cli_flag(c, "bom")) {
    if (strcmp(format, "csv") != 0)
      return util_fail(e, UTIL_USAGE,
                       "--bom: %s: the byte order mark is written only with "
                       "--format csv",
                       format);
    snprintf(format, 16, "csv+bom");
  }
  if (strcmp(format, "xlsx") == 0 && isatty(STDOUT_FILENO))
    return util_fail(e, UTIL_USAGE,
                     "--format xlsx writes a binary file: redirect it to a "
                     "file");
  return 0;
}

int cli_date(cli_ctx *c, const char *name, util_day fallback, util_day *out,
             util_err *e) {
  const char *v = cli_opt_value(c, name);
  if (!v) {
    *out = fallback;
    return 0;
  }
  return app_date(&c->app, name, v, false, out, e);
}

/* ---- finding the command
 * ------------------------------------------------------ */

static const cli_command *find(const char *noun, const char *verb) {
  for (size_t i = 0; i < cli_command_count; i++)
    if (strcmp(cli_commands[i].noun, noun) == 0 &&
        strcmp(cli_commands[i].verb, verb) == 0)
      return &cli_commands[i];
  return NULL;
}

static bool is_noun(const char *noun) {
  for (size_t i = 0; i < cli_command_count; i++)
    if (strcmp(cli_commands[i].noun, noun) == 0)
      return true;
  return false;
}

static const cli_opt *find_opt(const cli_command *cmd, const char *name,
                               size_t len) {
  const cli_opt *sets[] = {cmd->opts, global_opts};
  for (size_t s = 0; s < 2; s++)
    for (const cli_opt *o = sets[s]; o && o->name; o++)
      if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
        return o;
  return NULL;
}

/* Parses options and arguments after the command's words. */
static int parse(cli_ctx *c, int argc, char **argv, util_err *e) {
  const cli_command *cmd = c->cmd;
  c->args = util_xcalloc((size_t)argc + 1, sizeof *c->args);
  /* No more options than words. */
  c->names = util_xcalloc((size_t)argc + 1, sizeof *c->names);
  c->values = util_xcalloc((size_t)argc + 1, sizeof *c->values);
  bool options = true;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (options && strcmp(a, "--") == 0) {
      options = false;
      continue;
    }
    if (!options || strncmp(a, "--", 2) != 0 || a[2] == 0) {
      c->args[c->nargs++] = a;
      continue;
    }
    const char *name = a + 2, *eq = strchr(name, '=');
    size_t len = eq ? (size_t)(eq - name) : strlen(name);
    const cli_opt *o = find_opt(cmd, name, len);
    const char *sp = *cmd->verb ? " " : "";
    if (!o) {
      char *opt = util_xstrndup(name, len);
      util_fail(e, UTIL_USAGE,
                "%s%s%s: unknown option --%s (see cadre %s%s%s "
                "--help)",
                cmd->noun, sp, cmd->verb, util_quote(opt).s, cmd->noun, sp,
                cmd->verb);
      free(opt);
      return -1;
    }
    const char *value = "";
    if (o->arg) {
      if (eq)
        value = eq + 1;
      else if (i + 1 < argc)
        value = argv[++i];
      else
        return util_fail(e, UTIL_USAGE, "option --%s needs a value (%s)",
                         o->name, o->arg);
    } else if (eq) {
      return util_fail(e, UTIL_USAGE, "option --%s takes no value", o->name);
    }
    if (!(o->flags & CLI_REPEAT) && cli_opt_value(c, o->name))
      return util_fail(e, UTIL_USAGE, "option --%s is given twice", o->name);
    c->names[c->nopts] = o->name;
    c->values[c->nopts++] = value;
  }
  return 0;
}

static int check_usage(const cli_ctx *c, util_err *e) {
  const cli_command *cmd = c->cmd;
  const char *sp = *cmd->verb ? " " : "";
  for (const cli_opt *o = cmd->opts; o && o->name; o++)
    if ((o->flags & CLI_REQUIRED) && !cli_opt_value(c, o->name))
      return util_fail(e, UTIL_USAGE, "%s%s%s: --%s %s is required", cmd->noun,
                       sp, cmd->verb, o->name, o->arg);
  if (c->nargs < cmd->min_args ||
      (cmd->max_args >= 0 && c->nargs > cmd->max_args))
    return util_fail(e, UTIL_USAGE, "usage: cadre %s%s%s%s%s", cmd->noun, sp,
                     cmd->verb, cmd->args && *cmd->args ? " " : "",
                     cmd->args ? cmd->args : "");
  return 0;
}

/* Refuses text that is not UTF-8. The operations check the names they
 * keep, but not every value (a decision number, a reason), and what is
 * stored must print in every format. File names are the system's bytes. */
static int check_text(const cli_ctx *c, util_err *e) {
  bool file_args = strcmp(c->cmd->args ? c->cmd->args : "", "FILE") == 0;
  for (int i = 0; i < c->nargs && !file_args; i++)
    if (!util_utf8_valid(c->args[i], strlen(c->args[i])))
      return util_fail(e, UTIL_REFUSED, "argument %d: invalid UTF-8", i + 1);
  for (size_t i = 0; i < c->nopts; i++)
    if (strcmp(c->names[i], "db") != 0 &&
        !util_utf8_valid(c->values[i], strlen(c->values[i])))
      return util_fail(e, UTIL_REFUSED, "%s: invalid UTF-8", c->names[i]);
  return 0;
}

/* Refuses a value that its option's type does not take, in the words the
 * API uses for the same field (app_field_check): before the database is
 * opened, so that nothing is read or written. */
static int check_types(const cli_ctx *c, util_err *e) {
  for (size_t i = 0; i < c->nopts; i++) {
    const cli_opt *o = find_opt(c->cmd, c->names[i], strlen(c->names[i]));
    if (o && o->type && app_field_check(o->type, o->name, c->values[i], e))
      return -1;
  }
  return 0;
}

/* ---- the environment: checked like options, named in every refusal -- */

/* The longest name CADRE_USER may give, in characters. */
#define USER_MAX_CHARS 100

/* Who records: CADRE_USER, else the login name (else $USER). The name is
 * kept in every event and audit row, and must print in every format:
 * wherever it comes from, it is checked, and a refusal names its source. */
static int user_name(const char **out, util_err *e) {
  const char *source = "CADRE_USER", *u = getenv("CADRE_USER");
  if (!u || !*u) {
    struct passwd *pw = getpwuid(getuid());
    source = "the login name";
    u = pw ? pw->pw_name : NULL;
  }
  if (!u || !*u) {
    source = "USER";
    u = getenv("USER");
  }
  if (!u || !*u)
    u = "unknown";
  const char *why = NULL;
  char *clean = util_text_clean(u, &why);
  size_t chars = 0;
  for (const char *p = u; clean && *p; p++)
    chars += ((unsigned char)*p & 0xc0) != 0x80;
  free(clean);
  if (why || chars > USER_MAX_CHARS)
    return util_fail(e, UTIL_USAGE,
                     "%s: %s: %s (a name of at most %d characters of UTF-8 "
                     "text, without control characters; set CADRE_USER)",
                     source, util_quote(u).s,
                     why ? util_tr_err(e, why) : util_tr_err(e, N_("too long")),
                     USER_MAX_CHARS);
  *out = u;
  return 0;
}

static int today(util_day *out, util_err *e) {
  const char *t = getenv("CADRE_TODAY");
  const char *why;
  if (!t || !*t) {
    *out = util_today_local();
    return 0;
  }
  if (util_date_parse(t, out, &why))
    return util_fail(e, UTIL_USAGE, "CADRE_TODAY: %s: %s", util_quote(t).s,
                     util_tr_err(e, why));
  return 0;
}

/* The longest wait CADRE_BUSY_TIMEOUT may ask for: one hour. */
#define BUSY_MAX_MS 3600000

/* CADRE_BUSY_TIMEOUT: digits only, so that "abc", "-5" or "1e3" cannot
 * silently become another wait than the one meant. */
static int busy_timeout(int *out, util_err *e) {
  const char *b = getenv("CADRE_BUSY_TIMEOUT");
  long ms = 0;
  *out = 30000;
  if (!b || !*b)
    return 0;
  for (const char *p = b; *p; p++) {
    if (*p < '0' || *p > '9' || (ms = ms * 10 + (*p - '0')) > BUSY_MAX_MS)
      return util_fail(e, UTIL_USAGE,
                       "CADRE_BUSY_TIMEOUT: %s: a whole number of "
                       "milliseconds from 0 to %d",
                       util_quote(b).s, BUSY_MAX_MS);
  }
  *out = (int)ms;
  return 0;
}

/* The database: --db, else CADRE_DB, else ./cadre.db. An empty name is
 * an error, not the default: a script whose variable came out empty must
 * not write its records into whatever ./cadre.db is. */
static int db_path(const cli_ctx *c, const char **out, util_err *e) {
  const char *p = cli_opt_value(c, "db");
  if (p && !*p)
    return util_fail(e, UTIL_USAGE,
                     "option --db: an empty file name (name the database)");
  const char *env = getenv("CADRE_DB");
  if (!p && env && !*env)
    return util_fail(e, UTIL_USAGE,
                     "CADRE_DB: an empty file name (name the database, or "
                     "unset CADRE_DB for ./cadre.db)");
  *out = p ? p : env ? env : "cadre.db";
  return 0;
}

static int environment(cli_ctx *c, util_err *e) {
  /* Whoever may open the database file may change all of it: the command
   * line acts as an administrator of the whole register. */
  c->app.role = APP_ADMIN;
  c->app.scope = 0;
  c->app.origin = "cli";
  return today(&c->app.today, e) || user_name(&c->app.user, e) ||
                 busy_timeout(&c->app.busy_ms, e) || db_path(c, &c->db_path, e)
             ? -1
             : 0;
}

/* ---- the language of messages ------------------------------------------ */

/* The language the environment asks for: CADRE_LANG, else the locale of
 * messages as POSIX reads it (the first of LC_ALL, LC_MESSAGES and LANG
 * that is set and not empty). A locale without a catalog ("C", "POSIX",
 * "fr_FR.UTF-8") is English: a locale is the machine's, not a request. */
static const util_lang *env_lang(void) {
  const char *vars[] = {"CADRE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"};
  for (size_t i = 0; i < UTIL_COUNT(vars); i++) {
    const char *v = getenv(vars[i]);
    if (v && *v)
      return util_lang_find(v);
  }
  return NULL;
}

/* --lang TAG: a language there is a catalog of, or a refusal that names
 * those there are (in the language chosen so far, e->lang). */
static int choose_lang(const char *tag, const util_lang **out, util_err *e) {
  const char *problem = util_lang_problem(tag);
  if (problem)
    return util_fail(e, UTIL_INTERNAL, "lang: %s: cannot be used: %s",
                     util_quote(tag).s, problem);
  const util_lang *l = util_lang_find(tag);
  if (l) {
    *out = l;
    return 0;
  }
  util_buf list = {0};
  util_lang_list(&list);
  util_fail(e, UTIL_USAGE, "lang: %s: no such language (there are: %s)",
            util_quote(tag).s, list.data ? list.data : "");
  util_buf_free(&list);
  return -1;
}

static int exit_code(const util_err *e) {
  return e->code >= UTIL_REFUSED && e->code <= UTIL_OUTPUT ? e->code
                                                           : UTIL_INTERNAL;
}

static int fail(const util_err *e) {
  fprintf(stderr, "cadre: %s\n", e->msg);
  return exit_code(e);
}

/* Help in the language l: asked for (--help), on stdout; else, for a
 * command line that stops short, on stderr with exit code 2. */
static int help_for(const util_lang *l, const char *noun, bool asked) {
  util_buf out = {0};
  const cli_command *cmd = noun ? find(noun, "") : NULL;
  int rc = 0;
  if (cmd)
    cli_help_command(l, cmd, &out);
  else if (noun && cli_help_noun(l, noun, &out) != 0)
    rc = 2;
  else if (!noun)
    cli_help_overview(l, &out);
  fputs(out.data ? out.data : "", asked ? stdout : stderr);
  util_buf_free(&out);
  return asked ? rc : 2;
}

static int run(cli_ctx *c, int argc, char **argv) {
  util_err e = {.lang = c->lang};
  if (parse(c, argc, argv, &e))
    return fail(&e);
  const char *tag = cli_opt_value(c, "lang");
  if (tag && choose_lang(tag, &c->lang, &e))
    return fail(&e);
  e.lang = c->lang;
  if (cli_flag(c, "help")) {
    util_buf out = {0};
    cli_help_command(c->lang, c->cmd, &out);
    fputs(out.data, stdout);
    util_buf_free(&out);
    return 0;
  }
  if (check_usage(c, &e) || check_text(c, &e) || check_types(c, &e) ||
      environment(c, &e))
    return fail(&e);
  if (c->cmd->db == CLI_DB_READ || c->cmd->db == CLI_DB_WRITE)
    if (app_open(&c->app, c->db_path,
                 c->cmd->db == CLI_DB_READ ? STORE_READ : STORE_EXISTING, &e))
      return fail(&e);
  int rc = c->cmd->run(c, &e);
  bool handled = rc == 0;
  if (c->app.st)
    app_close(&c->app);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    /* A command that changes records has committed when it succeeded:
     * saying "nothing was changed" would make a script run it again. */
    if (rc == 0 && c->cmd->db != CLI_DB_READ && c->cmd->db != CLI_DB_NONE)
      util_fail(&e, UTIL_OUTPUT,
                "the change was made and saved, but its output could not "
                "be written: do not run the command again");
    else
      util_fail(&e, UTIL_SYSTEM, "cannot write the output");
    rc = -1;
  }
  /* A workbook that could not be written says why (cli_output_failed). */
  if (handled && c->output_failed) {
    e = c->output;
    rc = -1;
  }
  return rc ? fail(&e) : 0;
}

int cli_main(int argc, char **argv) {
  util_err e = {.lang = env_lang()};
  int i = 1;
  /* Options before the command: --db, --lang, --help, --version. */
  const char *db = NULL, *lang = NULL;
  bool help = false;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
    if (strcmp(argv[i], "--version") == 0) {
      util_buf out = {0};
      app_version(&out);
      fwrite(out.data, 1, out.len, stdout);
      util_buf_free(&out);
      return 0;
    }
    if (strcmp(argv[i], "--help") == 0) {
      /* Answered after the loop: in the language of a --lang after it. */
      help = true;
      continue;
    }
    if (strcmp(argv[i], "--db") == 0) {
      if (i + 1 == argc) {
        util_fail(&e, UTIL_USAGE, "option --db needs a value (FILE)");
        return fail(&e);
      }
      db = argv[++i];
      continue;
    }
    if (strncmp(argv[i], "--db=", 5) == 0) {
      db = argv[i] + 5;
      continue;
    }
    if (strcmp(argv[i], "--lang") == 0 || strncmp(argv[i], "--lang=", 7) == 0) {
      if (argv[i][6] == '=')
        lang = argv[i] + 7;
      else if (i + 1 == argc) {
        util_fail(&e, UTIL_USAGE, "option --lang needs a value (TAG)");
        return fail(&e);
      } else
        lang = argv[++i];
      if (choose_lang(lang, &e.lang, &e))
        return fail(&e);
      continue;
    }
    util_fail(&e, UTIL_USAGE, "unknown option %s (see cadre help)",
              util_quote(argv[i]).s);
    return fail(&e);
  }
  if (help)
    return help_for(e.lang, NULL, true);
  if (i == argc)
    return help_for(e.lang, NULL, false);
  const char *noun = argv[i++];
  if (!is_noun(noun)) {
    util_fail(&e, UTIL_USAGE, "%s: no such command (see cadre help)",
              util_quote(noun).s);
    return fail(&e);
  }
  const cli_command *cmd = find(noun, "");
  if (!cmd) {
    if (i == argc)
      return help_for(e.lang, noun, false);
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "help") == 0)
      return help_for(e.lang, noun, true);
    if (!(cmd = find(noun, argv[i]))) {
      util_fail(&e, UTIL_USAGE, "%s %s: no such command (see cadre %s --help)",
                noun, util_quote(argv[i]).s, noun);
      return fail(&e);
    }
    i++;
  }
  cli_ctx c = {.cmd = cmd, .lang = e.lang};
  int rc;
  if (db || lang) {
    /* Carry a leading --db and --lang into the command's own options. */
    char **args = util_xcalloc((size_t)(argc - i) + 5, sizeof *args);
    int n = 0;
    if (db) {
      args[n++] = "--db";
      args[n++] = (char *)(uintptr_t)db;
    }
    if (lang) {
      args[n++] = "--lang";
      args[n++] = (char *)(uintptr_t)lang;
    }
    for (int k = i; k < argc; k++)
      args[n++] = argv[k];
    rc = run(&c, n, args);
    free(args);
  } else {
    rc = run(&c, argc - i, argv + i);
  }
  free(c.args);
  free(c.names);
  free(c.values);
  return rc;
}
