/*
 * pool.c — the app handles of the server: one SQLite connection each, as
 * many as worker threads, so that a request never waits for another's
 * connection and no connection is shared between threads at once.
 */
#include "http/http_int.h"

#include <stdlib.h>
#include <string.h>

/* The page cache of the pool's connections together, in megabytes. A
 * search reads 20 members spread over the whole member table and a range
 * of the names' index: with SQLite's default 2 MB a connection read most
 * of those pages from the file again for every request; with 32 MB each
 * (two cores) a search costs 0.28 ms of CPU instead of 0.40
 * (docs/PERFORMANCE.md). Split among the connections, so that a machine
 * with more cores does not multiply it. */
#define POOL_CACHE_MB 64

int http_pool_open(http_pool *p, const http_config *cfg, size_t n,
                   util_err *e) {
  memset(p, 0, sizeof *p);
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->free, NULL);
  p->apps = util_xcalloc(n, sizeof *p->apps);
  p->busy = util_xcalloc(n, sizeof *p->busy);
  int cache_mb = n ? POOL_CACHE_MB / (int)n : POOL_CACHE_MB;
  if (cache_mb < 2)
    cache_mb = 2; /* SQLite's own default */
  for (size_t i = 0; i < n; i++) {
    p->apps[i].busy_ms = cfg->busy_ms;
    int rc = app_open(&p->apps[i], cfg->db, STORE_EXISTING, e);
    if (rc == 0) {
      p->n++;
      rc = app_read_cache(&p->apps[i], cache_mb, e);
    }
    if (rc) {
      http_pool_close(p);
      return -1;
    }
  }
  return 0;
}

void http_pool_close(http_pool *p) {
  for (size_t i = 0; i < p->n; i++)
    app_close(&p->apps[i]);
  free(p->apps);
  free(p->busy);
  pthread_cond_destroy(&p->free);
  pthread_mutex_destroy(&p->mu);
  memset(p, 0, sizeof *p);
}

app *http_pool_take(http_pool *p) {
  pthread_mutex_lock(&p->mu);
  for (;;) {
    for (size_t i = 0; i < p->n; i++)
      if (!p->busy[i]) {
        p->busy[i] = true;
        pthread_mutex_unlock(&p->mu);
        return &p->apps[i];
      }
    pthread_cond_wait(&p->free, &p->mu);
  }
}

void http_pool_give(http_pool *p, app *a) {
  /* The next request starts with nobody signed in. */
  a->user = NULL;
  a->origin = NULL;
  a->role = APP_NOBODY;
  a->scope = 0;
  pthread_mutex_lock(&p->mu);
  p->busy[a - p->apps] = false;
  pthread_cond_signal(&p->free);
  pthread_mutex_unlock(&p->mu);
}
