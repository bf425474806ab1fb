/*
 * serve.c — `cadre serve`: the web server (src/http) on the database.
 */
#include "cli/cli_int.h"
#include "http/http.h"

#include <stdlib.h>

int cli_serve(cli_ctx *c, util_err *e) {
  const char *today = getenv("CADRE_TODAY");
  http_config cfg = {.db = cli_db_path(c),
                     .listen = cli_opt_value(c, "listen"),
                     .cert = cli_opt_value(c, "cert"),
                     .key = cli_opt_value(c, "key"),
                     /* A fixed day only when one was asked for: otherwise
                      * each request reads the clock, as days pass. */
                     .today = today && *today ? cli_app(c)->today : 0,
                     .busy_ms = cli_app(c)->busy_ms};
  return http_serve(&cfg, e);
}
