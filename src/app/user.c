/*
 * user.c — the users of the web application (issue 7): login name, role
 * (viewer, editor, admin) and scope (the organisation whose branch of the
 * tree they see). Passwords are kept only as Argon2id hashes (libsodium's
 * crypto_pwhash_str, with its interactive limits), never in the audit.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const roles[] = {"viewer", "editor", "admin"};

static int login_name(const char *name, util_err *e) {
  size_t n = name ? strlen(name) : 0;
  bool ok = n >= 1 && n <= 64 && isalnum((unsigned char)name[0]);
  for (size_t i = 0; ok && i < n; i++)
    ok = (isalnum((unsigned char)name[i]) && !(name[i] & 0x80)) ||
         strchr("._-@", name[i]);
  if (!ok)
    return util_invalid(e, "user",
                        "user: %s: a login name is 1 to 64 letters (a-z), "
                        "digits, '.', '_', '-' or '@', starting with a letter "
                        "or digit",
                        util_quote(name ? name : "").s);
  return 0;
}

static int role_of(const char *role, util_err *e) {
  for (size_t i = 0; i < UTIL_COUNT(roles); i++)
    if (role && strcmp(role, roles[i]) == 0)
      return 0;
  return util_invalid(e, "role", "role: %s: viewer, editor or admin",
                      util_quote(role ? role : "").s);
}

int app_lang_find(const char *tag, const util_lang **out, util_err *e) {
  *out = util_lang_find(tag);
  if (*out)
    return 0;
  util_buf list = {0};
  util_lang_list(&list);
  util_invalid(e, "lang", "lang: %s: no such language (there are: %s)",
               util_quote(tag).s, list.data ? list.data : "");
  util_buf_free(&list);
  return -1;
}

/* A user's language: the tag of a catalog, as util_lang_tag writes it
 * ("vi" for "vi-VN"), into *out; NULL for none (tag NULL or empty). A tag
 * without a catalog is refused with the languages there are. */
static int lang_of(const char *tag, const char **out, util_err *e) {
  *out = NULL;
  if (!tag || !*tag)
    return 0;
  const util_lang *l;
  if (app_lang_find(tag, &l, e))
    return -1;
  *out = util_lang_tag(l);
  return 0;
}

/* Hashes an acceptable password into out. */
static int hash(const char *password, char out[static crypto_pwhash_STRBYTES],
                util_err *e) {
  size_t n = password ? strlen(password) : 0;
  size_t chars = 0;
  for (size_t i = 0; i < n; i++)
    chars += ((unsigned char)password[i] & 0xC0) != 0x80;
  if (!password || !util_utf8_valid(password, n))
    return util_invalid(e, "password", "password: not valid UTF-8 text");
  if (chars < APP_PASSWORD_MIN) {
    /* The count in the message's language, its noun agreeing with it. */
    char len[64];
    snprintf(
        len, sizeof len,
        util_trn(e ? e->lang : NULL, "%zu character", "%zu characters", chars),
        chars);
    return util_invalid(e, "password",
                        "password: %s: a password has at least %d characters",
                        len, APP_PASSWORD_MIN);
  }
  if (n > APP_PASSWORD_MAX)
    return util_invalid(e, "password", "password: longer than %d bytes",
                        APP_PASSWORD_MAX);
  if (sodium_init() < 0 ||
      crypto_pwhash_str(out, password, n, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    return util_fail(e, UTIL_SYSTEM, "cannot hash the password: out of memory");
  return 0;
}

/* The user of that login name; refuses an unknown one. */
static int existing(app *a, const char *name, store_user *u, util_err *e) {
  bool in = false;
  int rc = store_user_get(a->st, name ? name : "", u, e);
  /* An administrator of a branch manages the accounts of that branch; the
   * others are not there for them. */
  if (rc == 0 && (rc = app_in_scope(a, u->scope, &in, e)) == 0 && !in) {
    store_user_clear(u);
    rc = 1;
  }
  /* A change of the account concerns its scope, as its creation did: the
   * administrators of that branch find it in their audit trail. */
  if (rc == 0 && !a->audit_org)
    a->audit_org = u->scope;
  if (rc == 1)
    return util_not_found(e, "user: %s: no user has this login name",
                          util_quote(name ? name : "").s);
  return rc;
}

int app_user_add(app *a, const app_user_in *in, int64_t *id, util_err *e) {
  if (app_act(a, APP_ADMIN, e))
    return -1;
  char h[crypto_pwhash_STRBYTES];
  store_org scope = {0};
  store_user u = {0};
  const char *lang;
  if (login_name(in->name, e) || role_of(in->role, e) ||
      lang_of(in->lang, &lang, e) || hash(in->password, h, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  int rc = app_org(a, "scope", in->scope, &scope, e);
  if (rc == 0 && scope.ended) {
    char d[UTIL_DATE_SAY];
    rc = util_invalid(e, "scope",
                      "scope: %s: it ended on %s; a user's scope is an "
                      "organisation that stands",
                      scope.code, util_date_say(e, scope.ended, d));
  }
  bool seen = false;
  if (rc == 0 && (rc = store_user_get(a->st, in->name, &u, e)) == 0) {
    /* Login names are one namespace, so the clash cannot be hidden; whose
     * the name is, outside the actor's branch, can. */
    rc = app_in_scope(a, u.scope, &seen, e);
    if (rc == 0 && seen)
      rc = util_invalid(e, "user",
                        "user: %s: already the login name of a user (%s of %s)",
                        in->name, u.role, u.scope_code);
    else if (rc == 0)
      rc = util_invalid(e, "user", "user: %s: already the login name of a user",
                        in->name);
  } else if (rc == 1) {
    rc = store_user_add(a->st, in->name, in->role, scope.id, h, lang, a->user,
                        id, e) ||
         app_audit(a, "user add", e, "%s: %s of %s%s%s", in->name, in->role,
                   scope.code, lang ? ", language " : "", lang ? lang : "");
  }
  sodium_memzero(h, sizeof h);
  store_user_clear(&u);
  store_org_clear(&scope);
  return app_end(a, rc ? -1 : 0, e);
}

int app_users(app *a, int (*fn)(void *ctx, const store_user *u), void *ctx,
              util_err *e) {
  if (app_act(a, APP_ADMIN, e))
    return -1;
  if (app_read_begin(a, e))
    return -1;
  /* The administrator's branch only, as the database selects it. */
  int rc = store_users(a->st, a->scope, fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}

int app_user_disable(app *a, const char *name, util_err *e) {
  if (app_act(a, APP_ADMIN, e))
    return -1;
  store_user u;
  if (app_begin(a, e))
    return -1;
  int rc = existing(a, name, &u, e);
  if (rc == 0 && u.disabled_at) {
    /* The day of the time stamp, as the reader writes a day. */
    char day[11], d[UTIL_DATE_SAY];
    util_day when;
    snprintf(day, sizeof day, "%.10s", u.disabled_at);
    rc = util_invalid(
        e, "user", "user: %s: disabled already (on %s, by %s)", u.name,
        util_date_parse(day, &when, NULL) == 0 ? util_date_say(e, when, d)
                                               : u.disabled_at,
        u.disabled_by);
  }
  if (rc == 0)
    rc = store_user_disable(a->st, u.id, a->user, e) ||
         app_audit(a, "user disable", e, "%s", u.name);
  store_user_clear(&u);
  return app_end(a, rc ? -1 : 0, e);
}

int app_user_passwd(app *a, const char *name, const char *password,
                    util_err *e) {
  if (app_act(a, APP_ADMIN, e))
    return -1;
  char h[crypto_pwhash_STRBYTES];
  store_user u;
  if (app_begin(a, e))
    return -1;
  int rc = existing(a, name, &u, e);
  if (rc == 0)
    rc = hash(password, h, e) || store_user_password(a->st, u.id, h, e) ||
         app_audit(a, "user passwd", e, "%s: password set", u.name);
  sodium_memzero(h, sizeof h);
  store_user_clear(&u);
  return app_end(a, rc ? -1 : 0, e);
}

/* Sets the language of the user `name`, whom `existing` found for the
 * actor, audited as `user set`. */
static int set_lang(app *a, const char *name, const char *tag, util_err *e) {
  const char *lang;
  if (lang_of(tag, &lang, e))
    return -1;
  store_user u;
  if (app_begin(a, e))
    return -1;
  int rc = existing(a, name, &u, e);
  if (rc == 0)
    rc = store_user_lang(a->st, u.id, lang, e) ||
         app_audit(a, "user set", e, "%s: language %s", u.name,
                   lang ? lang : "none");
  store_user_clear(&u);
  return app_end(a, rc ? -1 : 0, e);
}

int app_user_set_lang(app *a, const char *name, const char *lang, util_err *e) {
  if (app_act(a, APP_ADMIN, e))
    return -1;
  return set_lang(a, name, lang, e);
}

int app_user_own_lang(app *a, const char *lang, util_err *e) {
  /* Any signed-in user sets their own: it changes what they read, no
   * record; the command line (no account of its own) has none to set. */
  if (app_act(a, APP_VIEWER, e))
    return -1;
  return set_lang(a, a->user, lang, e);
}

int app_user_login(app *a, const char *name, const char *password,
                   store_user *u, util_err *e) {
  /* A name that is no user's costs a hash as well, so that the time taken
   * does not tell which names exist. */
  static const char none[] =
      "$argon2id$v=19$m=65536,t=2,p=1$Jc4x0dLriGLgycQEeC4C+Q$"
      "X4JC0IGwKDxak+ADUK8s2Xc9dyb+5frmMug4tY1y6G4";
  size_t n = password ? strlen(password) : 0;
  if (store_begin(a->st, false, e))
    return -1;
  int rc = store_user_get(a->st, name ? name : "", u, e);
  store_rollback(a->st);
  if (rc < 0)
    return -1;
  /* The hash as libsodium reads it: a buffer of its full size. */
  char h[crypto_pwhash_STRBYTES] = {0};
  snprintf(h, sizeof h, "%s", rc == 0 && u->password ? u->password : none);
  bool ok = sodium_init() >= 0 && password && n <= APP_PASSWORD_MAX &&
            crypto_pwhash_str_verify(h, password, n) == 0;
  if (rc == 0 && ok && !u->disabled_at)
    return 0;
  store_user_clear(u);
  return util_fail(e, UTIL_REFUSED, "login: the name or the password is wrong");
}
