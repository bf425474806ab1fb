/*
 * err.c — error values that carry a class (for the exit code or HTTP
 * status) and a message for a person, filled in where the rule is known
 * and prefixed with context on the way up.
 */
#include "util/lang.h"

#include <errno.h>
#include <string.h>

/* A message cut at the end of msg must not end in half a UTF-8 sequence,
 * or the JSON and terminal layers above would reject or garble it. */
static void drop_partial_utf8(char *s, size_t len) {
  size_t start = len;
  size_t need;
  unsigned char lead;

  while (start > 0 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
    start--;
  if (start == 0)
    return;
  lead = (unsigned char)s[start - 1];
  if (lead < 0xC0)
    return;
  need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (len - (start - 1) < need)
    s[start - 1] = '\0';
}

/* The last guard of the terminal: a value a message quotes without
 * util_quote must not bring a control character to it (a message may
 * have several lines, so a newline stays). */
static void escape_controls(char *msg, size_t size) {
  char out[sizeof((util_err *)0)->msg];
  size_t o = 0;

  for (const unsigned char *p = (const unsigned char *)msg; *p; p++) {
    if ((*p < 0x20 && *p != '\n') || *p == 0x7f) {
      if (o + 4 >= sizeof out)
        break;
      o += (size_t)snprintf(out + o, sizeof out - o, "\\x%02x", *p);
    } else {
      if (o + 1 >= sizeof out)
        break;
      out[o++] = (char)*p;
    }
  }
  out[o] = '\0';
  drop_partial_utf8(out, o);
  snprintf(msg, size, "%s", out);
}

/* The format in the error's language: msgfmt --check-format (the build)
 * guarantees that a translation takes the arguments its msgid takes. */
static void set_msg(util_err *e, const char *fmt, va_list ap) {
  int n = vsnprintf(e->msg, sizeof e->msg, util_tr(e->lang, fmt), ap);

  if (n < 0)
    e->msg[0] = '\0';
  else if ((size_t)n >= sizeof e->msg)
    drop_partial_utf8(e->msg, sizeof e->msg - 1);
  escape_controls(e->msg, sizeof e->msg);
}

static int fail_kind(util_err *e, int kind, const char *field, const char *fmt,
                     va_list ap) {
  e->code = UTIL_REFUSED;
  e->kind = kind;
  snprintf(e->field, sizeof e->field, "%s", field ? field : "");
  set_msg(e, fmt, ap);
  return -1;
}

int util_fail(util_err *e, int code, const char *fmt, ...) {
  va_list ap;

  if (!e)
    return -1;
  va_start(ap, fmt);
  fail_kind(e, UTIL_CONFLICT, NULL, fmt, ap);
  va_end(ap);
  e->code = code;
  return -1;
}

int util_refuse(util_err *e, int kind, const char *field, const char *fmt,
                ...) {
  va_list ap;

  if (!e)
    return -1;
  va_start(ap, fmt);
  fail_kind(e, kind, field, fmt, ap);
  va_end(ap);
  return -1;
}

void util_err_prefix(util_err *e, const char *fmt, ...) {
  char prefix[sizeof e->msg];
  va_list ap;
  int n;
  size_t plen;
  size_t mlen;
  bool cut;

  if (!e)
    return;
  va_start(ap, fmt);
  n = vsnprintf(prefix, sizeof prefix, util_tr(e->lang, fmt), ap);
  va_end(ap);
  if (n <= 0)
    return;
  plen = strlen(prefix);
  mlen = strlen(e->msg);
  cut = (size_t)n > plen || plen + mlen > sizeof e->msg - 1;
  if (plen + mlen > sizeof e->msg - 1)
    mlen = sizeof e->msg - 1 - plen;
  memmove(e->msg + plen, e->msg, mlen);
  memcpy(e->msg, prefix, plen);
  e->msg[plen + mlen] = '\0';
  if (cut)
    drop_partial_utf8(e->msg, plen + mlen);
}

const char *util_strerror(const util_err *e, int errnum, char buf[static 128]) {
  /* strerror's words are the C library's, in English whatever the
   * reader's language (no locale is set): those a clerk meets are ours. */
  static const struct {
    int errnum;
    const char *text;
  } known[] = {
      {ENOENT, N_("no such file or directory")},
      {EACCES, N_("permission denied")},
      {EPERM, N_("operation not permitted")},
      {EISDIR, N_("is a directory")},
      {ENOTDIR, N_("a part of the path is not a directory")},
      {ENOSPC, N_("no space left on the disk")},
      {EROFS, N_("the file system is read-only")},
      {EEXIST, N_("the file exists already")},
      {EMFILE, N_("too many open files")},
      {EIO, N_("input/output error")},
  };
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (known[i].errnum == errnum)
      return util_tr_err(e, known[i].text);
  if (strerror_r(errnum, buf, 128) != 0)
    snprintf(buf, 128, "error %d", errnum);
  return buf;
}
