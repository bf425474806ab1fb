/*
 * fuzz_http.c — a libFuzzer driver for the road from a request's bytes to
 * app/: libmicrohttpd's parsing, then ours (the route, the path, the
 * query, the session and CSRF, the typed fields of the JSON body) and the
 * handler that calls app/, on a demonstration database.
 *
 * Each input is the raw bytes a client sends on one connection (one or
 * more requests). The server is the real one (http_server_open), started
 * without a listening socket of its own; each input is sent on a loopback
 * TCP connection (a socket pair would do, but libmicrohttpd's TCP options
 * fail on it and it then waits to send) whose server end is handed to it,
 * and the answer read until the server closes the connection. "@SESSION@" and
 * "@CSRF@" in an input are replaced by the cookie and CSRF token of a session
 * of the demo's administrator, so that the corpus reaches what is behind the
 * login (fuzz/corpus/).
 *
 * Built by `cmake -DCADRE_FUZZ=ON` with clang (fuzz/CMakeLists.txt), and
 * run for a bounded time by fuzz/run.sh, which CI calls. A crash, a
 * sanitizer's finding, or an answer that is not HTTP (the server must
 * answer every request it reads whole) ends the run with the input saved.
 */
#include "http/http_int.h"

#include <netinet/in.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What every input shares: the server and the session's secrets. */
static struct {
  char dir[64], db[96];
  http_config cfg;
  http_server srv;
  int listener; /* on 127.0.0.1: the connections handed to the server */
  struct sockaddr_in at;
  char session[HTTP_TOKEN_HEX + 1], csrf[HTTP_TOKEN_HEX + 1];
} F;

static void die(const char *what, const util_err *e) {
  fprintf(stderr, "fuzz_http: %s: %s\n", what, e ? e->msg : "failed");
  exit(1);
}

/* The demo's database, and a session of its administrator made as a login
 * makes one (api.c), without the password's hashing at every input. */
static void setup(void) {
  util_err e = {0};
  /* As the command line makes it: the whole register's administrator. */
  app a = {.user = "fuzz", .role = APP_ADMIN, .origin = "cli"};
  const char *root;
  int year;
  snprintf(F.dir, sizeof F.dir, "%s", "/tmp/cadre-fuzz-XXXXXX");
  if (!mkdtemp(F.dir))
    die("mkdtemp", NULL);
  snprintf(F.db, sizeof F.db, "%s/fuzz.db", F.dir);
  if (app_demo_open(&a, F.db, &e) || app_demo(&a, &root, &year, &e))
    die("demo", &e);
  store_user u = {0};
  if (app_user_login(&a, APP_DEMO_USER, APP_DEMO_PASSWORD, &u, &e))
    die("login", &e);
  http_who w = {.role = app_role_of(u.role), .scope = u.scope};
  snprintf(w.user, sizeof w.user, "%s", u.name);
  snprintf(w.scope_code, sizeof w.scope_code, "%s", u.scope_code);
  app_user_clear(&u);
  app_close(&a);
  /* A fixed today, as the tests have: the same input, the same answer. */
  F.cfg = (http_config){.db = F.db, .today = util_day_from_civil(2026, 6, 30)};
  if (http_server_open(&F.srv, &F.cfg, true, &e))
    die("server", &e);
  http_session_new(&F.srv.sessions, &w, F.session);
  memcpy(F.csrf, w.csrf, sizeof F.csrf);
  socklen_t len = sizeof F.at;
  F.at = (struct sockaddr_in){.sin_family = AF_INET,
                              .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  F.listener = socket(AF_INET, SOCK_STREAM, 0);
  if (F.listener < 0 ||
      bind(F.listener, (struct sockaddr *)&F.at, sizeof F.at) != 0 ||
      listen(F.listener, 8) != 0 ||
      getsockname(F.listener, (struct sockaddr *)&F.at, &len) != 0)
    die("listen on 127.0.0.1", NULL);
}

static void teardown(void) {
  http_server_close(&F.srv);
  close(F.listener);
  char path[128];
  const char *files[] = {"fuzz.db", "fuzz.db-wal", "fuzz.db-shm"};
  for (size_t i = 0; i < UTIL_COUNT(files); i++) {
    snprintf(path, sizeof path, "%s/%s", F.dir, files[i]);
    unlink(path);
  }
  rmdir(F.dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  /* The client's end is closed under the server at times. */
  signal(SIGPIPE, SIG_IGN);
  setup();
  atexit(teardown);
  return 0;
}

/* The input with the placeholders replaced. */
static void expand(const uint8_t *data, size_t size, util_buf *out) {
  static const char *const names[] = {"@SESSION@", "@CSRF@"};
  const char *values[] = {F.session, F.csrf};
  size_t i = 0;
  while (i < size) {
    size_t k = 0;
    for (; k < UTIL_COUNT(names); k++) {
      size_t n = strlen(names[k]);
      if (size - i >= n && memcmp(data + i, names[k], n) == 0) {
        util_buf_add(out, values[k], strlen(values[k]));
        i += n;
        break;
      }
    }
    if (k == UTIL_COUNT(names))
      util_buf_add(out, (const char *)data + i++, 1);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  util_buf in = {0};
  int sv[2];
  expand(data, size, &in);
  struct sockaddr_in peer;
  socklen_t plen = sizeof peer;
  sv[0] = socket(AF_INET, SOCK_STREAM, 0);
  if (sv[0] < 0 || connect(sv[0], (struct sockaddr *)&F.at, sizeof F.at) ||
      (sv[1] = accept(F.listener, (struct sockaddr *)&peer, &plen)) < 0)
    abort();
  if (MHD_add_connection(F.srv.daemon, sv[1], (struct sockaddr *)&peer, plen) !=
      MHD_YES)
    abort();
  /* Everything is sent, then the end of it, so that the server answers
   * what it has whole and closes; its answers are read as they come so
   * that neither end waits on a full buffer. */
  size_t sent = 0, got = 0;
  char head[5] = {0}, chunk[65536];
  bool closed = false;
  fcntl(sv[0], F_SETFL, O_NONBLOCK);
  if (!in.len)
    shutdown(sv[0], SHUT_WR);
  while (!closed) {
    struct pollfd p = {.fd = sv[0],
                       .events = POLLIN | (sent < in.len ? POLLOUT : 0)};
    /* The server's own timeout is HTTP_CONN_TIMEOUT; beyond it, a hang.
     * libFuzzer's alarm (its -timeout) interrupts the wait now and then. */
    int ready = poll(&p, 1, (HTTP_CONN_TIMEOUT + 5) * 1000);
    if (ready < 0 && errno == EINTR)
      continue;
    if (ready <= 0)
      abort();
    if ((p.revents & POLLOUT) && sent < in.len) {
      ssize_t n = write(sv[0], in.data + sent, in.len - sent);
      if (n > 0)
        sent += (size_t)n;
      if ((n < 0 && errno != EAGAIN) || sent == in.len) {
        sent = in.len;
        shutdown(sv[0], SHUT_WR);
      }
    }
    if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t n = read(sv[0], chunk, sizeof chunk);
      if (n == 0 || (n < 0 && errno != EAGAIN))
        closed = true;
      for (ssize_t j = 0; j < n && got < 4; j++)
        head[got++] = chunk[j];
    }
  }
  /* Whatever the server answered starts as HTTP does. */
  if (got && memcmp(head, "HTTP", got) != 0)
    abort();
  close(sv[0]);
  util_buf_free(&in);
  return 0;
}
