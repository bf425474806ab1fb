/*
 * user.c — `cadre user ...`: the accounts of the web application. The
 * command line itself needs none: whoever may open the database file acts
 * with all rights, recorded under their name (CADRE_USER or USER).
 */
#include "cli/cli_int.h"
#include "view/admin.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* Reads one line (without its end) of at most APP_PASSWORD_MAX bytes. */
static int read_line(FILE *f, const char *from, char **out, util_err *e) {
  char *line = util_xmalloc(APP_PASSWORD_MAX + 3);
  if (!fgets(line, APP_PASSWORD_MAX + 3, f)) {
    free(line);
    return util_fail(e, UTIL_REFUSED, "password: nothing to read from %s",
                     from);
  }
  size_t n = strcspn(line, "\r\n");
  bool whole = line[n] != '\0' || feof(f);
  line[n] = '\0';
  if (!whole) {
    free(line);
    return util_fail(e, UTIL_REFUSED, "password: longer than %d bytes",
                     APP_PASSWORD_MAX);
  }
  *out = line;
  return 0;
}

/* Asks on the terminal, without echo. */
static int ask(const char *prompt, char **out, util_err *e) {
  FILE *tty = fopen("/dev/tty", "r+");
  if (!tty)
    return util_fail(e, UTIL_SYSTEM, "cannot open the terminal: %s",
                     util_strerror(e, errno, (char[128]){0}));
  struct termios old, quiet;
  bool echo_off = tcgetattr(fileno(tty), &old) == 0;
  if (echo_off) {
    quiet = old;
    quiet.c_lflag &= ~(tcflag_t)ECHO;
    tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
  }
  fputs(prompt, tty);
  fflush(tty);
  int rc = read_line(tty, util_tr_err(e, N_("the terminal")), out, e);
  if (echo_off)
    tcsetattr(fileno(tty), TCSAFLUSH, &old);
  fputs("\n", tty);
  fclose(tty);
  return rc;
}

/* The new password: from --password-file (its first line; - reads
 * standard input), or asked twice at a terminal. */
static int new_password(cli_ctx *c, const char *name, char **out, util_err *e) {
  const char *file = cli_opt_value(c, "password-file");
  *out = NULL;
  if (file) {
    bool std_in = strcmp(file, "-") == 0;
    FILE *f = std_in ? stdin : fopen(file, "rb");
    if (!f)
      return util_fail(e, UTIL_SYSTEM, "cannot read %s: %s", file,
                       util_strerror(e, errno, (char[128]){0}));
    int rc = read_line(f, std_in ? "stdin" : file, out, e);
    if (!std_in)
      fclose(f);
    return rc;
  }
  if (!cli_interactive(c) || !isatty(STDIN_FILENO))
    return util_fail(e, UTIL_USAGE,
                     "user: the password of %s comes from --password-file "
                     "FILE, or is asked at a terminal",
                     name);
  /* The prompts end with a space, outside the catalog, where the answer
   * is typed. */
  char *format =
      util_xasprintf("%s ", util_tr(e->lang, N_("Password for %s:")));
  char *prompt = util_xasprintf(format, name), *again = NULL;
  char *twice = util_xasprintf("%s ", util_tr(e->lang, N_("Again:")));
  int asked = ask(prompt, out, e) || ask(twice, &again, e);
  free(format);
  free(prompt);
  free(twice);
  if (asked) {
    free(*out);
    *out = NULL;
    return -1;
  }
  int rc = strcmp(*out, again) == 0
               ? 0
               : util_fail(e, UTIL_REFUSED, "password: the two differ");
  free(again);
  if (rc) {
    free(*out);
    *out = NULL;
  }
  return rc;
}

int cli_user_add(cli_ctx *c, util_err *e) {
  char *password;
  if (new_password(c, cli_arg(c, 0), &password, e))
    return -1;
  app_user_in in = {.name = cli_arg(c, 0),
                    .role = cli_opt_value(c, "role"),
                    .scope = cli_opt_value(c, "scope"),
                    .password = password,
                    .lang = cli_opt_value(c, "language")};
  int64_t id;
  int rc = app_user_add(cli_app(c), &in, &id, e);
  free(password);
  return rc;
}

int cli_user_passwd(cli_ctx *c, util_err *e) {
  char *password;
  if (new_password(c, cli_arg(c, 0), &password, e))
    return -1;
  int rc = app_user_passwd(cli_app(c), cli_arg(c, 0), password, e);
  free(password);
  return rc;
}

int cli_user_set(cli_ctx *c, util_err *e) {
  return app_user_set_lang(cli_app(c), cli_arg(c, 0),
                           cli_opt_value(c, "language"), e);
}

int cli_user_disable(cli_ctx *c, util_err *e) {
  return app_user_disable(cli_app(c), cli_arg(c, 0), e);
}

static int user_row(void *ctx, const store_user *u) {
  const char *row[VIEW_USER_NCOLS];
  view_user_cells(u, row);
  cli_list_row(ctx, row);
  return 0;
}

int cli_user_list(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "table|csv|json", format, e))
    return -1;
  cli_list *l = cli_list_new(c, format, VIEW_USER_NCOLS, view_user_cols, NULL);
  int rc = app_users(cli_app(c), user_row, l, e);
  cli_list_end(l);
  return rc;
}
