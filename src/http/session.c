/*
 * session.c — sessions in memory and the throttle of failed logins.
 *
 * A session is a random token of 32 bytes (libsodium), sent in a cookie,
 * with its own random CSRF token; it ends after HTTP_SESSION_IDLE seconds
 * unused (serve --session-idle) or HTTP_SESSION_LIFE after the login, and with
 * the server. Tables are small arrays searched in order under a mutex: a login
 * or a request touches one entry, and expired ones are dropped on the way.
 */
#include "http/http_int.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

time_t http_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec;
}

static void random_hex(char out[HTTP_TOKEN_HEX + 1]) {
  unsigned char b[HTTP_TOKEN_HEX / 2];
  randombytes_buf(b, sizeof b);
  sodium_bin2hex(out, HTTP_TOKEN_HEX + 1, b, sizeof b);
  sodium_memzero(b, sizeof b);
}

void http_sessions_init(http_sessions *ss, time_t idle) {
  memset(ss, 0, sizeof *ss);
  ss->idle = idle;
  pthread_mutex_init(&ss->mu, NULL);
  ss->s = util_xcalloc(HTTP_SESSIONS_MAX, sizeof *ss->s);
}

void http_sessions_free(http_sessions *ss) {
  sodium_memzero(ss->s, HTTP_SESSIONS_MAX * sizeof *ss->s);
  free(ss->s);
  pthread_mutex_destroy(&ss->mu);
}

static bool expired(const http_sessions *ss, const http_session *s,
                    time_t now) {
  return now - s->used >= ss->idle || now - s->created >= HTTP_SESSION_LIFE;
}

static void drop(http_sessions *ss, size_t i) {
  ss->s[i] = ss->s[--ss->n];
  sodium_memzero(&ss->s[ss->n], sizeof ss->s[ss->n]);
}

/* Drops the expired sessions; with the table full, also the one used
 * least recently, so that a flood of logins cannot grow memory. */
static void prune(http_sessions *ss, time_t now) {
  for (size_t i = 0; i < ss->n;)
    if (expired(ss, &ss->s[i], now))
      drop(ss, i);
    else
      i++;
  if (ss->n == HTTP_SESSIONS_MAX) {
    size_t old = 0;
    for (size_t i = 1; i < ss->n; i++)
      if (ss->s[i].used < ss->s[old].used)
        old = i;
    drop(ss, old);
  }
}

void http_session_new(http_sessions *ss, http_who *who,
                      char token[HTTP_TOKEN_HEX + 1]) {
  time_t now = http_now();
  random_hex(token);
  random_hex(who->csrf);
  pthread_mutex_lock(&ss->mu);
  prune(ss, now);
  http_session *s = &ss->s[ss->n++];
  memcpy(s->token, token, HTTP_TOKEN_HEX + 1);
  s->who = *who;
  s->created = s->used = now;
  pthread_mutex_unlock(&ss->mu);
}

/* The index of the session of `token`, or n. Compared in constant time so
 * that the time taken tells nothing of a token. */
static size_t find(const http_sessions *ss, const char *token) {
  if (strlen(token) != HTTP_TOKEN_HEX)
    return ss->n;
  for (size_t i = 0; i < ss->n; i++)
    if (sodium_memcmp(ss->s[i].token, token, HTTP_TOKEN_HEX) == 0)
      return i;
  return ss->n;
}

bool http_session_get(http_sessions *ss, const char *token, http_who *who) {
  time_t now = http_now();
  bool found = false;
  pthread_mutex_lock(&ss->mu);
  size_t i = find(ss, token);
  if (i < ss->n && expired(ss, &ss->s[i], now)) {
    drop(ss, i);
  } else if (i < ss->n) {
    ss->s[i].used = now;
    *who = ss->s[i].who;
    found = true;
  }
  pthread_mutex_unlock(&ss->mu);
  return found;
}

void http_session_end(http_sessions *ss, const char *token) {
  pthread_mutex_lock(&ss->mu);
  size_t i = find(ss, token);
  if (i < ss->n)
    drop(ss, i);
  pthread_mutex_unlock(&ss->mu);
}

/* ---- the throttle ---------------------------------------------------------
 */

void http_throttle_init(http_throttle *t) {
  memset(t, 0, sizeof *t);
  pthread_mutex_init(&t->mu, NULL);
  t->s = util_xcalloc(HTTP_THROTTLE_MAX, sizeof *t->s);
}

void http_throttle_free(http_throttle *t) {
  free(t->s);
  pthread_mutex_destroy(&t->mu);
}

/* The entry of key, after dropping those whose window has passed; NULL
 * when there is none. */
static http_strike *strike(http_throttle *t, const char *key, time_t now) {
  http_strike *found = NULL;
  for (size_t i = 0; i < t->n;) {
    if (now - t->s[i].first >= HTTP_LOGIN_WINDOW) {
      t->s[i] = t->s[--t->n];
      continue;
    }
    if (strcmp(t->s[i].key, key) == 0)
      found = &t->s[i];
    i++;
  }
  return found;
}

long http_throttle_wait(http_throttle *t, const char *key) {
  time_t now = http_now();
  long wait = 0;
  pthread_mutex_lock(&t->mu);
  http_strike *s = strike(t, key, now);
  if (s && s->failures >= HTTP_LOGIN_FAILURES)
    wait = (long)(s->first + HTTP_LOGIN_WINDOW - now);
  pthread_mutex_unlock(&t->mu);
  return wait;
}

void http_throttle_fail(http_throttle *t, const char *key) {
  time_t now = http_now();
  pthread_mutex_lock(&t->mu);
  http_strike *s = strike(t, key, now);
  if (!s) {
    /* With the table full, the entry with the oldest window gives way:
     * its window ends first anyway. */
    if (t->n == HTTP_THROTTLE_MAX) {
      size_t old = 0;
      for (size_t i = 1; i < t->n; i++)
        if (t->s[i].first < t->s[old].first)
          old = i;
      t->s[old] = t->s[--t->n];
    }
    s = &t->s[t->n++];
    snprintf(s->key, sizeof s->key, "%s", key);
    s->first = now;
    s->failures = 0;
  }
  s->failures++;
  pthread_mutex_unlock(&t->mu);
}

void http_throttle_clear(http_throttle *t, const char *key) {
  pthread_mutex_lock(&t->mu);
  http_strike *s = strike(t, key, http_now());
  if (s)
    *s = t->s[--t->n];
  pthread_mutex_unlock(&t->mu);
}
