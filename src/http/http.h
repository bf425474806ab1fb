/*
 * http.h — the web server: `cadre serve`. JSON in and out under /api/v1/,
 * sessions in a cookie, one routing table. Calls only app/, view/ and
 * util/ (tests/layering.sh), exactly as the command line does, so that both
 * validate, refuse and record alike.
 *
 * The server owns everything it uses — the daemon, a pool of app handles
 * (one SQLite connection each), the sessions and the login throttle — in
 * one struct passed to libmicrohttpd's callbacks; nothing is global.
 */
#ifndef CADRE_HTTP_H
#define CADRE_HTTP_H

#include "app/app.h"

typedef struct http_config {
  const char *db;     /* the database file (it must exist) */
  const char *listen; /* "ADDR:PORT", "[ADDR6]:PORT"; NULL: 127.0.0.1:8080 */
  const char *cert, *key; /* PEM files for HTTPS, both or neither */
  util_day today;         /* a fixed today (CADRE_TODAY), or 0: the clock */
  int busy_ms;            /* how long a writer waits for another */
  int session_idle;       /* seconds a session lasts unused; 0: 30 min */
  const char *tmpdir;     /* where workbooks are built; NULL: /tmp */
} http_config;

/* Serves until SIGTERM or SIGINT, then stops taking connections, lets the
 * requests in flight finish, closes the database and returns 0. Says on
 * stderr where it listens ("cadre: listening on http://127.0.0.1:8080")
 * and logs one line per request there. Returns -1 with *e when it cannot
 * start (a malformed address, a port in use, a database that cannot be
 * opened, unreadable TLS files). */
int http_serve(const http_config *cfg, util_err *e);

#endif
