/*
 * cli.h — the command line. One table of commands is the single source of
 * dispatch, of `cadre help`, of the man page and of docs/cli.md.
 *
 * A handler receives the parsed command line in a cli_ctx, calls app, and
 * prints results on stdout. Errors travel back as util_err and are printed
 * once, by the dispatcher, as "cadre: message" on stderr; the exit code
 * follows the error's class (docs/cli.md, "Exit codes").
 */
#ifndef CADRE_CLI_H
#define CADRE_CLI_H

#include "app/app.h"
#include "util/lang.h"

enum {
  CLI_REQUIRED = 1 << 0, /* the option must be given */
  CLI_REPEAT = 1 << 1,   /* the option may be given more than once */
};

typedef struct cli_opt {
  const char *name; /* the long name without dashes */
  const char *arg;  /* what the value is ("DATE"), or NULL for a flag */
  const char *help;
  unsigned flags;
  /* The type of its value (app_f_date, app_f_gender, ...): checked before
   * the handler runs, and shown by help. */
  const app_field *type;
} cli_opt;

typedef struct cli_ctx cli_ctx;
typedef int (*cli_handler)(cli_ctx *c, util_err *e);

/* How a command uses the database. */
enum cli_db {
  CLI_DB_NONE,   /* help, version */
  CLI_DB_CREATE, /* init and demo create it */
  CLI_DB_READ,   /* reads only */
  CLI_DB_WRITE,  /* changes records */
};

typedef struct cli_command {
  const char *noun, *verb; /* verb is "" for single-word commands */
  cli_handler run;
  const char *args;       /* positional arguments, as in the synopsis */
  int min_args, max_args; /* max -1: any number */
  const cli_opt *opts;    /* ends with {0} */
  const char *summary;    /* one line */
  const char *help;       /* a paragraph, or NULL */
  enum cli_db db;         /* also the capability an API caller needs */
} cli_command;

extern const cli_command cli_commands[];
extern const size_t cli_command_count;

/* Runs the command line; returns the process exit code. */
int cli_main(int argc, char **argv);

/* ---- for handlers ---------------------------------------------------------
 */

/* The value of an option, or NULL when not given (the first, for an
 * option given more than once). */
const char *cli_opt_value(const cli_ctx *c, const char *name);
/* The values of an option (CLI_REPEAT) in the order given: sets *n and
 * returns an array the caller frees (NULL when there are none); the
 * strings are the command line's. */
const char **cli_opt_values(const cli_ctx *c, const char *name, size_t *n);
bool cli_flag(const cli_ctx *c, const char *name);
/* cli_opt_value and cli_flag of a context passed as `const void *`, where
 * app reads fields by name (app_event_in_fill). */
const char *cli_opt_text(const void *c, const char *name);
bool cli_opt_flag(const void *c, const char *name);
/* Every option given, in order: names[i] (without dashes) and values[i]
 * ("" for a flag); returns their number. */
size_t cli_opts_given(const cli_ctx *c, const char *const **names,
                      const char *const **values);
/* Positional arguments. */
int cli_argc(const cli_ctx *c);
const char *cli_arg(const cli_ctx *c, int i);
/* The application, open on the database for commands that use one. */
app *cli_app(cli_ctx *c);
const char *cli_db_path(const cli_ctx *c);
/* The output format asked for with --format, checked against the allowed
 * ones ("table|csv|json"); the default is the first. Wherever csv is
 * allowed, so is xlsx (refused when stdout is a terminal: a workbook is
 * binary), and --bom makes csv "csv+bom" (refused with any other format). */
int cli_format(const cli_ctx *c, const char *allowed, char format[16],
               util_err *e);
/* A date option (or `fallback` when not given), future dates refused. */
int cli_date(cli_ctx *c, const char *name, util_day fallback, util_day *out,
             util_err *e);
/* Whether stderr is a terminal (for progress). */
bool cli_interactive(const cli_ctx *c);

/* The directory for temporary files ($TMPDIR, else /tmp). */
const char *cli_tmpdir(const cli_ctx *c);
/* The language a person reads the output in (--lang, CADRE_LANG, the
 * locale): NULL is English. */
const util_lang *cli_lang(const cli_ctx *c);
/* The name of the sheet a listing of this command writes: the verb of an
 * export or an import ("members"), else "NOUN VERB" ("member list"). */
const char *cli_sheet_name(cli_ctx *c);
/* Records that the output failed (a workbook not written) after the
 * handler returned success: the dispatcher reports *e and exits non-zero.
 * The first failure is kept. */
void cli_output_failed(cli_ctx *c, const util_err *e);
/* UTF-8's byte order mark, which Excel needs to read a CSV file as UTF-8. */
#define CLI_BOM "\xef\xbb\xbf"

/* Listings in the formats of --format: aligned table, CSV, JSON or xlsx.
 * Table output is printed at the end (to align it); CSV, JSON and xlsx
 * stream. */
typedef struct cli_list cli_list;
/* `numeric` marks columns printed right-aligned, as JSON numbers and as
 * number cells (may be NULL). Column names are the CSV header and the JSON
 * keys; the table's and the sheet's header are their labels in the
 * language of c (view_col_head), and a table shows counts, amounts and
 * dates as the language writes them (view_cell_text); the columns named
 * as dates are date cells in a sheet. */
cli_list *cli_list_new(cli_ctx *c, const char *format, size_t ncols,
                       const char *const *cols, const bool *numeric);
/* Marks an export: its sheet's header is the columns' names, as in the
 * CSV, since an import reads it back by them (docs/formats.md). */
void cli_list_keyed(cli_list *l);
void cli_list_row(cli_list *l, const char *const *cells);
/* Prints what is left and frees the list. */
void cli_list_end(cli_list *l);
/* The same after a listing that returned rc: when it failed, nothing more
 * is printed (nothing at all when no row was). Returns rc. */
int cli_list_done(cli_list *l, int rc);

/* Help texts from the command table, in the language l (NULL: English):
 * the table's texts are marked N_ and translated here. */
void cli_help_overview(const util_lang *l, util_buf *out);
int cli_help_noun(const util_lang *l, const char *noun, util_buf *out);
void cli_help_command(const util_lang *l, const cli_command *cmd,
                      util_buf *out);
void cli_help_man(const util_lang *l, util_buf *out);
void cli_help_markdown(const util_lang *l, util_buf *out);

#endif
