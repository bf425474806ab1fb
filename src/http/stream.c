/*
 * stream.c — CSV downloads that never sit whole in memory: a thread of
 * their own, with an app handle of its own, writes the rows into a pipe
 * as app produces them, and libmicrohttpd sends what it reads from the
 * other end. The pipe's buffer is all the memory a download holds; a slow
 * client makes the writer wait, a gone one makes it stop.
 */
#include "http/http_int.h"
#include "view/view.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct http_stream {
  http_server *srv;
  int fd; /* the pipe's writing end */
  http_stream_fn fn;
  size_t ncols;
  const char *const *cols;
  char *under, *status;
  char *sort; /* the order of a list of members (NULL: roster order) */
  util_day at;
  http_who who;
  char addr[64];
};

static int write_all(int fd, const char *p, size_t n) {
  while (n) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return -1; /* EPIPE: the client went away (SIGPIPE is blocked) */
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

int http_stream_row(http_stream *s, const char *const *cells) {
  util_buf b = {0};
  util_csv_record(&b, cells, s->ncols);
  int rc = write_all(s->fd, b.data, b.len);
  util_buf_free(&b);
  return rc ? 1 : 0; /* stop the listing, quietly */
}

static void stream_free(http_stream *s) {
  free(s->under);
  free(s->status);
  free(s->sort);
  free(s);
}

static void *produce(void *arg) {
  http_stream *s = arg;
  util_err e = {0};
  app a = {.busy_ms = s->srv->cfg->busy_ms,
           .user = s->who.user,
           .role = s->who.role,
           .scope = s->who.scope,
           .origin = s->addr,
           .today = s->at};
  util_buf head = {0};
  util_csv_record(&head, s->cols, s->ncols);
  if (write_all(s->fd, head.data, head.len) == 0 &&
      (app_open(&a, s->srv->cfg->db, STORE_READ, &e) ||
       s->fn(&a, s, s->under, s->status, s->at, &e)))
    /* The status line has gone: the download ends short, and the log
     * says why. */
    fprintf(stderr, "cadre: a CSV download ended early: %s\n", e.msg);
  if (a.st)
    app_close(&a);
  util_buf_free(&head);
  close(s->fd);
  atomic_fetch_sub(&s->srv->streams, 1);
  stream_free(s);
  return NULL;
}

/* http_stream_csv with the order of a list of members, for member_rows. */
static int stream_csv(http_req *r, size_t ncols, const char *const *cols,
                      http_stream_fn fn, const char *under, const char *status,
                      const char *sort, util_day at, util_err *e) {
  int fds[2];
  if (pipe(fds))
    return util_fail(e, UTIL_SYSTEM, "pipe: %s",
                     util_strerror(errno, (char[128]){0}));
  http_stream *s = util_xcalloc(1, sizeof *s);
  *s = (http_stream){.srv = r->srv,
                     .fd = fds[1],
                     .fn = fn,
                     .ncols = ncols,
                     .cols = cols,
                     .under = under ? util_xstrdup(under) : NULL,
                     .status = status ? util_xstrdup(status) : NULL,
                     .sort = sort ? util_xstrdup(sort) : NULL,
                     .at = at,
                     .who = r->who};
  snprintf(s->addr, sizeof s->addr, "%s", r->addr);
  pthread_t t;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  atomic_fetch_add(&r->srv->streams, 1);
  if (pthread_create(&t, &attr, produce, s) != 0) {
    atomic_fetch_sub(&r->srv->streams, 1);
    close(fds[0]);
    close(fds[1]);
    stream_free(s);
    pthread_attr_destroy(&attr);
    return util_fail(e, UTIL_SYSTEM, "cannot start a thread");
  }
  pthread_attr_destroy(&attr);
  r->pipe = fds[0];
  r->status = MHD_HTTP_OK;
  r->ctype = "text/csv; charset=utf-8";
  return 0;
}

int http_stream_csv(http_req *r, size_t ncols, const char *const *cols,
                    http_stream_fn fn, const char *under, const char *status,
                    util_day at, util_err *e) {
  return stream_csv(r, ncols, cols, fn, under, status, NULL, at, e);
}

/* ---- the members of a branch (member list --format csv) ------------------ */

static int csv_row(void *ctx, const store_member_row *r) {
  char id[24];
  const char *cells[VIEW_MEMBER_NCOLS];
  view_member_cells(r, id, cells);
  return http_stream_row(ctx, cells);
}

static int member_rows(app *a, http_stream *s, const char *under,
                       const char *status, util_day at, util_err *e) {
  app_member_query q = {
      .under = under, .status = status, .sort = s->sort, .at = at};
  return app_members(a, &q, csv_row, s, e);
}

/* Stops the check listing at its first row. */
static int first_row(void *ctx, const store_member_row *r) {
  (void)ctx;
  (void)r;
  return 1;
}

int http_stream_members(http_req *r, const char *under, const char *status,
                        const char *sort, util_day at, util_err *e) {
  /* Refusals (an unknown organisation, one outside the branch, a wrong
   * status or order) are answered as such before any byte of the
   * download. */
  app_member_query q = {
      .under = under, .status = status, .sort = sort, .at = at};
  if (app_members(r->a, &q, first_row, NULL, e))
    return -1;
  return stream_csv(r, VIEW_MEMBER_NCOLS, view_member_cols, member_rows, under,
                    status, sort, at, e);
}
