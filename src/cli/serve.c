/*
 * serve.c — `cadre serve`: the web server (src/http) on the database.
 */
#include "cli/cli_int.h"
#include "http/http.h"

#include <stdlib.h>
#include <string.h>

/* The longest --session-idle: a day (the absolute limit is 12 hours). */
#define IDLE_MAX 86400

int cli_serve(cli_ctx *c, util_err *e) {
  const char *today = getenv("CADRE_TODAY");
  const char *idle = cli_opt_value(c, "session-idle");
  size_t digits = idle ? strspn(idle, "0123456789") : 0;
  long seconds = digits && digits <= 5 ? strtol(idle, NULL, 10) : 0;
  if (idle && (idle[digits] || seconds < 1 || seconds > IDLE_MAX))
    return util_invalid(e, "session-idle",
                        "session-idle: %s: a whole number of seconds from 1 "
                        "to %d",
                        util_quote(idle).s, IDLE_MAX);
  http_config cfg = {.db = cli_db_path(c),
                     .listen = cli_opt_value(c, "listen"),
                     .cert = cli_opt_value(c, "cert"),
                     .key = cli_opt_value(c, "key"),
                     /* A fixed day only when one was asked for: otherwise
                      * each request reads the clock, as days pass. */
                     .today = today && *today ? cli_app(c)->today : 0,
                     .busy_ms = cli_app(c)->busy_ms,
                     .session_idle = (int)seconds,
                     .tmpdir = cli_tmpdir(c)};
  return http_serve(&cfg, e);
}
