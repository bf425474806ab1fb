/*
 * bare.c — the limit the web server is measured against (bench/http.sh):
 * a bare libmicrohttpd + SQLite server that answers GET /member/ID with
 * the member's row as JSON, and nothing else. No sessions, no actor, no
 * timeline: what any server on this machine must at least spend to answer
 * one member by primary key. It runs as `cadre serve` does — a thread pool
 * of the cores' size, one read-only SQLite connection per request in
 * flight, taken from a pool — so that the ratio measures what cadre adds.
 *
 *   bench-bare DB PORT
 */
#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define POOL_MAX 64

/* A connection with its one statement, prepared once. */
typedef struct conn {
  sqlite3 *db;
  sqlite3_stmt *member;
} conn;

typedef struct pool {
  pthread_mutex_t lock;
  const char *path;
  conn free[POOL_MAX];
  int nfree;
} pool;

static void conn_close(conn *c) {
  sqlite3_finalize(c->member);
  sqlite3_close(c->db);
}

static int take(pool *p, conn *c) {
  memset(c, 0, sizeof *c);
  pthread_mutex_lock(&p->lock);
  if (p->nfree > 0)
    *c = p->free[--p->nfree];
  pthread_mutex_unlock(&p->lock);
  if (c->db)
    return 0;
  if (sqlite3_open_v2(p->path, &c->db, SQLITE_OPEN_READONLY, NULL) ||
      sqlite3_prepare_v3(c->db,
                         "SELECT id, name, born, gender, card, status, "
                         "cell_id, admitted, official, party_origin "
                         "FROM member WHERE id = ?1",
                         -1, SQLITE_PREPARE_PERSISTENT, &c->member, NULL)) {
    conn_close(c);
    return -1;
  }
  return 0;
}

static void give(pool *p, conn *c) {
  sqlite3_reset(c->member);
  pthread_mutex_lock(&p->lock);
  bool kept = p->nfree < POOL_MAX;
  if (kept)
    p->free[p->nfree++] = *c;
  pthread_mutex_unlock(&p->lock);
  if (!kept)
    conn_close(c);
}

static enum MHD_Result answer(struct MHD_Connection *c, unsigned status,
                              char *body) {
  struct MHD_Response *r = MHD_create_response_from_buffer(
      strlen(body), body, MHD_RESPMEM_MUST_FREE);
  MHD_add_response_header(r, "Content-Type", "application/json");
  enum MHD_Result rc = MHD_queue_response(c, status, r);
  MHD_destroy_response(r);
  return rc;
}

static json_t *column(sqlite3_stmt *s, int i) {
  switch (sqlite3_column_type(s, i)) {
  case SQLITE_INTEGER:
    return json_integer(sqlite3_column_int64(s, i));
  case SQLITE_NULL:
    return json_null();
  default:
    return json_string((const char *)sqlite3_column_text(s, i));
  }
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
                                  const char *url, const char *method,
                                  const char *version, const char *data,
                                  size_t *size, void **state) {
  (void)version, (void)data, (void)size, (void)state;
  pool *p = cls;
  char *end;
  long long id = strncmp(url, "/member/", 8) == 0 ? strtoll(url + 8, &end, 10)
                                                  : (end = NULL, 0);
  if (strcmp(method, "GET") != 0 || !end || *end || id <= 0)
    return answer(c, 404, strdup("{\"error\":\"not found\"}"));
  conn db;
  if (take(p, &db))
    return answer(c, 500, strdup("{\"error\":\"database\"}"));
  sqlite3_stmt *s = db.member;
  sqlite3_bind_int64(s, 1, id);
  char *body = NULL;
  unsigned status = 404;
  if (sqlite3_step(s) == SQLITE_ROW) {
    json_t *o = json_object();
    for (int i = 0; i < sqlite3_column_count(s); i++)
      json_object_set_new(o, sqlite3_column_name(s, i), column(s, i));
    body = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    status = 200;
  }
  give(p, &db);
  return answer(c, status, body ? body : strdup("{\"error\":\"not found\"}"));
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: bench-bare DB PORT\n");
    return 2;
  }
  pool p = {.path = argv[1]};
  pthread_mutex_init(&p.lock, NULL);
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop, NULL);
  struct MHD_Daemon *d = MHD_start_daemon(
      MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO, (uint16_t)atoi(argv[2]),
      NULL, NULL, on_request, &p, MHD_OPTION_THREAD_POOL_SIZE,
      (unsigned)(cores > 0 ? cores : 1), MHD_OPTION_CONNECTION_TIMEOUT, 30u,
      MHD_OPTION_END);
  if (!d) {
    fprintf(stderr, "bench-bare: cannot listen on port %s\n", argv[2]);
    return 1;
  }
  fprintf(stderr, "bench-bare: listening on port %s\n", argv[2]);
  int sig;
  sigwait(&stop, &sig);
  MHD_stop_daemon(d);
  for (int i = 0; i < p.nfree; i++)
    conn_close(&p.free[i]);
  return 0;
}
