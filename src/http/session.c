/*
 * session.c — sessions in memory and the throttle of failed logins.
 *
 * A session is a random token of 32 bytes (libsodium), sent in a cookie,
 * with its own random CSRF token; it ends after HTTP_SESSION_IDLE seconds
 * unused (serve --session-idle) or HTTP_SESSION_LIFE after the login, and with
 * the server. Sessions are a hash table under a mutex (a request looks its
 * token up); failed logins a small array searched in order, touched only by
 * logins. Expired entries are dropped on the way.
 */
#include "http/http_int.h"

#include <sodium.h>
#include <stdint.h>
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

/* The sessions are a hash table with open addressing: twice as many
 * slots as sessions may be, a session at the first free slot from its
 * token's home on. Every request looks its session up, so that a server
 * with thousands of sessions does not compare its token with each. The
 * home is a keyed hash (SipHash, a random key per server) of the token:
 * where a token lies, and so how long a look-up takes, tells nothing of
 * the tokens there are. */
void http_sessions_init(http_sessions *ss, time_t idle) {
  memset(ss, 0, sizeof *ss);
  ss->idle = idle;
  pthread_mutex_init(&ss->mu, NULL);
  ss->slots = 2 * HTTP_SESSIONS_MAX;
  ss->s = util_xcalloc(ss->slots, sizeof *ss->s);
  _Static_assert(sizeof ss->key == crypto_shorthash_KEYBYTES,
                 "the key of the sessions' hash");
  crypto_shorthash_keygen(ss->key);
}

void http_sessions_free(http_sessions *ss) {
  sodium_memzero(ss->s, ss->slots * sizeof *ss->s);
  free(ss->s);
  sodium_memzero(ss->key, sizeof ss->key);
  pthread_mutex_destroy(&ss->mu);
}

static bool expired(const http_sessions *ss, const http_session *s,
                    time_t now) {
  return now - s->used >= ss->idle || now - s->created >= HTTP_SESSION_LIFE;
}

static size_t home(const http_sessions *ss, const char *token) {
  unsigned char h[crypto_shorthash_BYTES];
  uint64_t v = 0;
  crypto_shorthash(h, (const unsigned char *)token, HTTP_TOKEN_HEX, ss->key);
  for (size_t i = 0; i < sizeof h; i++)
    v = v << 8 | h[i];
  return (size_t)(v % ss->slots);
}

static bool used(const http_session *s) {
  return s->token[0] != 0;
}

/* Empties slot i. The sessions after it, up to the next free slot, move
 * back into the hole where their home allows, so that every session stays
 * reachable from its home without a free slot on the way. */
static void drop(http_sessions *ss, size_t i) {
  size_t hole = i;
  for (size_t j = (i + 1) % ss->slots; used(&ss->s[j]);
       j = (j + 1) % ss->slots) {
    size_t h = home(ss, ss->s[j].token);
    /* j may fill the hole when its home is not in (hole, j], cyclically. */
    bool stays = hole <= j ? hole < h && h <= j : hole < h || h <= j;
    if (!stays) {
      ss->s[hole] = ss->s[j];
      hole = j;
    }
  }
  sodium_memzero(&ss->s[hole], sizeof ss->s[hole]);
  ss->n--;
}

/* Drops the expired sessions; with the table full, also the one used
 * least recently, so that a flood of logins cannot grow memory. */
static void prune(http_sessions *ss, time_t now) {
  for (size_t i = 0; i < ss->slots; i++)
    /* A session moved into slot i by the drop is looked at again. */
    while (used(&ss->s[i]) && expired(ss, &ss->s[i], now))
      drop(ss, i);
  if (ss->n == HTTP_SESSIONS_MAX) {
    size_t old = ss->slots;
    for (size_t i = 0; i < ss->slots; i++)
      if (used(&ss->s[i]) &&
          (old == ss->slots || ss->s[i].used < ss->s[old].used))
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
  size_t i = home(ss, token);
  while (used(&ss->s[i]))
    i = (i + 1) % ss->slots;
  http_session *s = &ss->s[i];
  memcpy(s->token, token, HTTP_TOKEN_HEX + 1);
  s->who = *who;
  s->created = s->used = now;
  ss->n++;
  pthread_mutex_unlock(&ss->mu);
}

/* The slot of the session of `token`, or `slots`. Tokens are compared in
 * constant time. */
static size_t find(const http_sessions *ss, const char *token) {
  if (strlen(token) != HTTP_TOKEN_HEX)
    return ss->slots;
  for (size_t i = home(ss, token); used(&ss->s[i]); i = (i + 1) % ss->slots)
    if (sodium_memcmp(ss->s[i].token, token, HTTP_TOKEN_HEX) == 0)
      return i;
  return ss->slots;
}

bool http_session_get(http_sessions *ss, const char *token, http_who *who) {
  time_t now = http_now();
  bool found = false;
  pthread_mutex_lock(&ss->mu);
  size_t i = find(ss, token);
  if (i < ss->slots && expired(ss, &ss->s[i], now)) {
    drop(ss, i);
  } else if (i < ss->slots) {
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
  if (i < ss->slots)
    drop(ss, i);
  pthread_mutex_unlock(&ss->mu);
}

void http_session_set_lang(http_sessions *ss, const char *token,
                           const util_lang *lang) {
  pthread_mutex_lock(&ss->mu);
  size_t i = find(ss, token);
  if (i < ss->slots)
    ss->s[i].who.lang = lang;
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
