/*
 * server.c — the daemon: libmicrohttpd with its own polling thread and a
 * pool of worker threads, one request's life (headers, body, route,
 * session, CSRF, handler, answer, log line), and the graceful stop.
 */
#include "http/http_int.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <sodium.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* ---- one request ----------------------------------------------------------
 */

static void handle(http_req *r) {
  r->lang = r->asked = http_req_lang(r);
  if (http_ui_serve(r))
    return;
  /* The signed-in user's own language, if they set one, takes the place
   * of Accept-Language's for every message of the answer, from the
   * first refusal on. */
  http_read_session(r);
  util_err e = {.lang = r->lang};
  int found =
      http_route_find(r, r->method, r->raw_path ? r->raw_path : r->path);
  int rc = http_check_path(r, &e);
  if (rc == 0 && found == 404)
    rc = http_refuse(r, &e, MHD_HTTP_NOT_FOUND, UTIL_NOT_FOUND, "",
                     "%s: no such resource", util_quote(r->path).s);
  else if (rc == 0 && found == 405)
    rc = http_refuse(r, &e, MHD_HTTP_METHOD_NOT_ALLOWED, UTIL_INVALID, "",
                     "%s: not allowed on %s", util_quote(r->method).s,
                     util_quote(r->path).s);
  if (rc == 0 && r->too_big)
    rc = http_refuse_too_big(r, &e);
  if (rc == 0) {
    r->a = http_pool_take(&r->srv->pool);
    r->a->today = r->srv->cfg->today ? r->srv->cfg->today : util_today_local();
    rc = http_check_query(r, &e) || http_check_session(r, &e) ||
         http_check_values(r, &e) || http_check_body(r, &e);
    if (rc == 0) {
      if (r->signed_in) {
        r->a->user = r->who.user;
        r->a->role = r->who.role;
        r->a->scope = r->who.scope;
      }
      r->a->origin = r->addr;
      rc = r->route->run(r, &e);
    }
    http_pool_give(&r->srv->pool, r->a);
    r->a = NULL;
  }
  if (rc)
    http_error_answer(r, r->fail_status ? r->fail_status : http_status_of(&e),
                      &e);
}

static enum MHD_Result answer(http_req *r) {
  size_t len = r->out.len;
  struct MHD_Response *resp =
      r->pipe >= 0 ? MHD_create_response_from_pipe(r->pipe)
                   : MHD_create_response_from_buffer(
                         len, util_buf_take(&r->out), MHD_RESPMEM_MUST_FREE);
  if (r->disposition)
    MHD_add_response_header(resp, "Content-Disposition", r->disposition);
  if (r->ctype)
    MHD_add_response_header(resp, "Content-Type", r->ctype);
  http_ui_headers(r, resp);
  if (r->cookie)
    MHD_add_response_header(resp, "Set-Cookie", r->cookie);
  if (r->status == MHD_HTTP_TOO_MANY_REQUESTS && r->retry_after > 0) {
    char s[24];
    snprintf(s, sizeof s, "%ld", r->retry_after);
    MHD_add_response_header(resp, "Retry-After", s);
  }
  if (r->status == MHD_HTTP_METHOD_NOT_ALLOWED)
    MHD_add_response_header(resp, "Allow", r->allow);
  r->bytes = len;
  enum MHD_Result ok = MHD_queue_response(r->con, (unsigned)r->status, resp);
  MHD_destroy_response(resp);
  return ok;
}

/* libmicrohttpd calls this first with the headers, then with each piece of
 * the body, then once more with none: the request is handled then. */
static enum MHD_Result on_request(void *cls, struct MHD_Connection *con,
                                  const char *url, const char *method,
                                  const char *version, const char *upload,
                                  size_t *upload_size, void **req_cls) {
  (void)cls;
  (void)version;
  http_req *r = *req_cls;
  if (!r->began) {
    r->began = true;
    r->con = con;
    /* The path as decoded, which is what is checked and logged; the routes
     * read it as sent (on_uri), decoding segment by segment. */
    r->raw_path = r->path;
    r->path = util_xstrdup(url);
    snprintf(r->method, sizeof r->method, "%s", method);
    const char *len =
        MHD_lookup_connection_value(con, MHD_HEADER_KIND, "Content-Length");
    r->too_big = http_body_limit(r, len);
    if (!r->too_big)
      return MHD_YES;
    /* Answered before the body is read: libmicrohttpd then closes the
     * connection rather than read it. */
    handle(r);
    return answer(r);
  }
  if (*upload_size) {
    http_body_add(r, upload, *upload_size);
    *upload_size = 0;
    return MHD_YES;
  }
  handle(r);
  return answer(r);
}

/* ---- a request's beginning and end, and the access log --------------------
 */

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *con) {
  http_server *s = cls;
  http_req *r = util_xcalloc(1, sizeof *r);
  r->srv = s;
  r->pipe = -1;
  clock_gettime(CLOCK_MONOTONIC, &r->start);
  /* The log and the routes see the path only: a query may hold a name
   * searched for. */
  r->path = util_xstrndup(uri, strcspn(uri, "?"));
  const union MHD_ConnectionInfo *ci =
      MHD_get_connection_info(con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
  snprintf(r->addr, sizeof r->addr, "-");
  if (ci && ci->client_addr)
    getnameinfo(ci->client_addr,
                ci->client_addr->sa_family == AF_INET6
                    ? sizeof(struct sockaddr_in6)
                    : sizeof(struct sockaddr_in),
                r->addr, sizeof r->addr, NULL, 0, NI_NUMERICHOST);
  atomic_fetch_add(&s->inflight, 1);
  return r;
}

static void on_done(void *cls, struct MHD_Connection *con, void **req_cls,
                    enum MHD_RequestTerminationCode why) {
  (void)con;
  (void)why;
  http_server *s = cls;
  http_req *r = *req_cls;
  if (!r)
    return;
  struct timespec end;
  clock_gettime(CLOCK_MONOTONIC, &end);
  double ms = (double)(end.tv_sec - r->start.tv_sec) * 1e3 +
              (double)(end.tv_nsec - r->start.tv_nsec) / 1e6;
  time_t now = time(NULL);
  struct tm tm;
  char when[32];
  gmtime_r(&now, &tm);
  strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
  fprintf(stderr, "%s %s %s %s %s %d %zu %.1fms\n", when, r->addr,
          r->signed_in ? r->who.user : "-",
          r->method[0] ? util_quote(r->method).s : "-", util_quote(r->path).s,
          r->status, r->bytes, ms);
  http_body_free(r);
  util_buf_free(&r->out);
  if (r->json)
    json_decref(r->json);
  free(r->param_text);
  free(r->cookie);
  free(r->disposition);
  free(r->path);
  free(r->raw_path);
  free(r);
  *req_cls = NULL;
  atomic_fetch_sub(&s->inflight, 1);
}

/* ---- starting and stopping ------------------------------------------------
 */

/* ADDR:PORT or [ADDR6]:PORT, numeric, into *ss. */
static int parse_listen(const char *text, struct sockaddr_storage *ss,
                        socklen_t *len, util_err *e) {
  char host[64];
  const char *colon = strrchr(text, ':');
  const char *h = text;
  size_t hn = colon ? (size_t)(colon - text) : 0;
  if (hn >= 2 && text[0] == '[' && text[hn - 1] == ']') {
    h++;
    hn -= 2;
  }
  char *end = NULL;
  long port = colon ? strtol(colon + 1, &end, 10) : -1;
  if (!colon || hn == 0 || hn >= sizeof host || !end || *end ||
      end == colon + 1 || port < 0 || port > 65535)
    return util_invalid(e, "listen",
                        "listen: %s: ADDRESS:PORT (127.0.0.1:8080, "
                        "[::1]:8080; port 0 picks a free one)",
                        util_quote(text).s);
  memcpy(host, h, hn);
  host[hn] = 0;
  struct addrinfo hints = {.ai_flags = AI_NUMERICHOST,
                           .ai_socktype = SOCK_STREAM},
                  *ai;
  if (getaddrinfo(host, NULL, &hints, &ai) != 0)
    return util_invalid(e, "listen",
                        "listen: %s: not a numeric IPv4 or IPv6 address",
                        util_quote(host).s);
  memcpy(ss, ai->ai_addr, ai->ai_addrlen);
  *len = ai->ai_addrlen;
  freeaddrinfo(ai);
  if (ss->ss_family == AF_INET6)
    ((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
  else
    ((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
  return 0;
}

static char *slurp(const char *path, const char *what, util_err *e) {
  FILE *f = fopen(path, "rb");
  util_buf b = {0};
  char chunk[4096];
  size_t n;
  if (!f) {
    util_fail(e, UTIL_SYSTEM, "%s: %s: %s", what, path,
              util_strerror(e, errno, (char[128]){0}));
    return NULL;
  }
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < (1 << 20))
    util_buf_add(&b, chunk, n);
  fclose(f);
  if (!b.len) {
    util_fail(e, UTIL_SYSTEM, "%s: %s: empty", what, path);
    return NULL;
  }
  return util_buf_take(&b);
}

static void log_mhd(void *cls, const char *fmt, va_list ap) {
  (void)cls;
  fputs("cadre: libmicrohttpd: ", stderr);
  vfprintf(stderr, fmt, ap);
}

/* Waits for SIGTERM or SIGINT, which every thread of the server has
 * blocked (they are started after the mask is set), so that the signal is
 * taken here and not in the middle of a request. */
static void wait_for_stop(const sigset_t *stop) {
  int sig;
  while (sigwait(stop, &sig) != 0)
    ;
  fprintf(stderr, "cadre: %s: finishing the requests in flight\n",
          sig == SIGTERM ? "SIGTERM" : "SIGINT");
}

/* Frees what http_server_open made, daemon aside. */
static void server_free(http_server *s) {
  if (s->pool.apps) {
    http_sessions_free(&s->sessions);
    http_ui_catalogs_free(&s->ui);
    http_throttle_free(&s->throttle);
    http_pool_close(&s->pool);
  }
}

int http_server_open(http_server *s, const http_config *cfg, bool fed,
                     util_err *e) {
  struct sockaddr_storage addr;
  socklen_t alen = 0;
  char *cert = NULL, *key = NULL;
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  unsigned threads = cores < 1 ? 1 : cores > 64 ? 64 : (unsigned)cores;
  int rc = -1;
  *s = (http_server){.cfg = cfg};
  if (!fed && parse_listen(cfg->listen ? cfg->listen : "127.0.0.1:8080", &addr,
                           &alen, e))
    return -1;
  if ((cfg->cert != NULL) != (cfg->key != NULL))
    return util_invalid(e, cfg->cert ? "key" : "cert",
                        "serve: HTTPS needs both --cert FILE and --key FILE");
  s->tls = cfg->cert != NULL;
  if (s->tls && MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES)
    return util_fail(e, UTIL_SYSTEM,
                     "serve: this libmicrohttpd has no TLS: serve behind a "
                     "reverse proxy (docs/http.md)");
  if (s->tls && (!(cert = slurp(cfg->cert, "cert", e)) ||
                 !(key = slurp(cfg->key, "key", e))))
    goto out;
  /* Fed connections come from one thread: one worker answers them. */
  if (fed)
    threads = 1;
  if (http_pool_open(&s->pool, cfg, threads, e))
    goto out;
  http_sessions_init(&s->sessions, cfg->session_idle > 0 ? cfg->session_idle
                                                         : HTTP_SESSION_IDLE);
  http_throttle_init(&s->throttle);
  http_ui_catalogs_build(&s->ui);
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC |
                   MHD_USE_ERROR_LOG | MHD_USE_AUTO;
  /* Fed, poll() rather than epoll: libmicrohttpd 0.9.75 under epoll sees
   * the end of a request cut short only at the connection's timeout, and
   * the driver sends many such. */
  if (fed)
    flags = (flags & ~(unsigned)MHD_USE_AUTO) | MHD_USE_POLL |
            MHD_USE_NO_LISTEN_SOCKET;
  else if (addr.ss_family == AF_INET6)
    flags |= MHD_USE_IPv6;
  if (s->tls)
    flags |= MHD_USE_TLS;
  /* Where it listens, and its threads: none of that when fed. */
  struct MHD_OptionItem place[] = {{MHD_OPTION_SOCK_ADDR, 0, &addr},
                                   {MHD_OPTION_THREAD_POOL_SIZE, threads, NULL},
                                   {MHD_OPTION_END, 0, NULL}};
  s->daemon = MHD_start_daemon(
      flags, 0, NULL, NULL, on_request, s, MHD_OPTION_EXTERNAL_LOGGER, log_mhd,
      NULL, MHD_OPTION_ARRAY, fed ? place + 2 : place,
      MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)HTTP_CONN_TIMEOUT,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)HTTP_CONN_MEMORY,
      MHD_OPTION_URI_LOG_CALLBACK, on_uri, s, MHD_OPTION_NOTIFY_COMPLETED,
      on_done, s, s->tls ? MHD_OPTION_HTTPS_MEM_CERT : MHD_OPTION_END, cert,
      MHD_OPTION_HTTPS_MEM_KEY, key, MHD_OPTION_END);
  if (!s->daemon) {
    util_fail(e, UTIL_SYSTEM,
              "serve: cannot listen on %s (in use, or not an address of "
              "this machine?)",
              cfg->listen ? cfg->listen : "127.0.0.1:8080");
    server_free(s);
    goto out;
  }
  if (!fed) {
    const union MHD_DaemonInfo *di =
        MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    char host[64] = "?";
    getnameinfo((struct sockaddr *)&addr, alen, host, sizeof host, NULL, 0,
                NI_NUMERICHOST);
    fprintf(stderr, "cadre: listening on %s://%s%s%s:%u (%u threads)\n",
            s->tls ? "https" : "http", addr.ss_family == AF_INET6 ? "[" : "",
            host, addr.ss_family == AF_INET6 ? "]" : "", di ? di->port : 0,
            threads);
  }
  rc = 0;
out:
  free(cert);
  if (key) {
    sodium_memzero(key, strlen(key));
    free(key);
  }
  return rc;
}

void http_server_close(http_server *s) {
  /* No new connections; the requests begun run to their answer, then the
   * daemon closes what is left (idle keep-alive connections). */
  MHD_socket ls = MHD_quiesce_daemon(s->daemon);
  if (ls != MHD_INVALID_SOCKET)
    close(ls);
  for (int i = 0; i < HTTP_DRAIN_SECONDS * 100 && atomic_load(&s->inflight) > 0;
       i++)
    nanosleep(&(struct timespec){0, 10000000}, NULL);
  MHD_stop_daemon(s->daemon);
  s->daemon = NULL;
  server_free(s);
}

int http_serve(const http_config *cfg, util_err *e) {
  http_server s;
  sigset_t stop, old;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  /* The server's threads are started with the stopping signals blocked, so
   * that wait_for_stop takes them. A download's writer learns of a client
   * gone from EPIPE (stream.c), not from a signal that would end the
   * server. */
  sigset_t blocked = stop;
  sigaddset(&blocked, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &blocked, &old);
  if (http_server_open(&s, cfg, false, e)) {
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return -1;
  }
  wait_for_stop(&stop);
  http_server_close(&s);
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  fprintf(stderr, "cadre: stopped\n");
  return 0;
}
