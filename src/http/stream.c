/*
 * stream.c — CSV downloads that never sit whole in memory: a thread of
 * their own, with an app handle of its own, writes the rows into a pipe
 * as app produces them, and libmicrohttpd sends what it reads from the
 * other end. The pipe's buffer is all the memory a download holds; a slow
 * client makes the writer wait, a gone one makes it stop.
 */
#include "http/http_int.h"
#include "util/xlsx.h"
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
  /* A workbook (http_stream_xlsx): built in a temporary file, then sent. */
  const char *sheet;
  const bool *numeric;
  util_xlsx_sheet *xs;
  /* A listing's workbook: its header the columns' labels in the request's
   * language, as `member list --format xlsx` writes them; an export's
   * keeps the column names, which an import reads back. */
  bool labelled;
  const util_lang *lang;
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
  if (s->xs) {
    util_xlsx_row(s->xs, cells);
    return 0;
  }
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
  util_xlsx_book *book = NULL;
  int rc = 0;
  if (s->sheet) {
    const char *dir = s->srv->cfg->tmpdir ? s->srv->cfg->tmpdir : "/tmp";
    book = util_xlsx_book_new(dir, &e);
    if (book)
      s->xs = view_xlsx_sheet(book, s->sheet, !s->labelled, s->lang, s->ncols,
                              s->cols, s->numeric);
    rc = book ? 0 : -1;
  } else {
    util_csv_record(&head, s->cols, s->ncols);
    rc = write_all(s->fd, head.data, head.len);
  }
  if (rc == 0 && (app_open(&a, s->srv->cfg->db, STORE_READ, &e) ||
                  s->fn(&a, s, s->under, s->status, s->at, &e)))
    rc = -1;
  if (book) {
    /* A workbook cut short is not sent: the client sees a download that
     * ends before its end. */
    FILE *out = rc == 0 ? fdopen(s->fd, "wb") : NULL;
    util_err we = {0};
    if (util_xlsx_book_end(book, out, &we) && rc == 0)
      e = we, rc = -1;
    if (out)
      fclose(out), s->fd = -1;
  }
  if (rc && e.msg[0])
    /* The status line has gone: the download ends short, and the log
     * says why. */
    fprintf(stderr, "cadre: a download ended early: %s\n", e.msg);
  if (a.st)
    app_close(&a);
  util_buf_free(&head);
  if (s->fd >= 0)
    close(s->fd);
  atomic_fetch_sub(&s->srv->streams, 1);
  stream_free(s);
  return NULL;
}

/* A download as CSV or (with `sheet`) a workbook, the rows of a list of
 * members in the order `sort` names (NULL: the list's own). */
static int stream(http_req *r, const char *sheet, bool labelled, size_t ncols,
                  const char *const *cols, const bool *numeric,
                  http_stream_fn fn, const char *under, const char *status,
                  const char *sort, util_day at, util_err *e) {
  int fds[2];
  if (pipe(fds))
    return util_fail(e, UTIL_SYSTEM, "pipe: %s",
                     util_strerror(e, errno, (char[128]){0}));
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
                     .who = r->who,
                     .sheet = sheet,
                     .numeric = numeric,
                     .labelled = labelled,
                     .lang = r->lang};
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
  r->ctype = sheet ? HTTP_XLSX_TYPE : "text/csv; charset=utf-8";
  return 0;
}

int http_stream_csv(http_req *r, size_t ncols, const char *const *cols,
                    http_stream_fn fn, const char *under, const char *status,
                    util_day at, util_err *e) {
  return stream(r, NULL, false, ncols, cols, NULL, fn, under, status, NULL, at,
                e);
}

int http_stream_xlsx(http_req *r, const char *sheet, size_t ncols,
                     const char *const *cols, const bool *numeric,
                     http_stream_fn fn, const char *under, util_day at,
                     util_err *e) {
  return stream(r, sheet, false, ncols, cols, numeric, fn, under, NULL, NULL,
                at, e);
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
  bool book = http_wants_xlsx(r);
  return stream(r, book ? "members" : NULL, book, VIEW_MEMBER_NCOLS,
                view_member_cols, book ? view_member_numeric : NULL,
                member_rows, under, status, sort, at, e);
}
