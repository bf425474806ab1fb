/*
 * congress_read.c — congresses as shown: a congress with its delegates,
 * its list and the result of each round, computed from the stored counts
 * by core_round_elect (so that a result always follows the rule), and
 * the listing of congresses.
 */
#include "app/app_int.h"
#include "core/planning.h"

#include <stdlib.h>
#include <string.h>

int app_congress_find(app *a, const char *code, store_congress *c,
                      util_err *e) {
  bool in = false;
  memset(c, 0, sizeof *c);
  if (!code || !*code)
    return util_invalid(e, "congress", "congress: a congress code is needed");
  int rc = store_congress_by_code(a->st, code, c, e);
  if (rc == 0 && (rc = app_in_scope(a, c->org, &in, e)) == 0 && !in) {
    store_congress_clear(c);
    rc = 1;
  }
  if (rc == 0 && a->depth > 0 && !a->audit_org)
    a->audit_org = c->org; /* what the change concerns, for the audit */
  if (rc == 1)
    return util_not_found(e, "congress: %s: no congress has this code",
                          util_quote(code).s);
  return rc;
}

void app_congress_view_clear(app_congress_view *v) {
  store_congress_clear(&v->c);
  free(v->org_name);
  store_congress_people_free(v->delegates, v->ndelegates);
  store_congress_people_free(v->candidates, v->ncandidates);
  store_congress_people_free(v->votes, v->nvotes);
  for (size_t i = 0; i < v->nrounds; i++)
    free(v->rounds[i].outcome);
  free(v->rounds);
  memset(v, 0, sizeof *v);
}

/* Each round's votes and outcomes, from v->votes (by round). */
static void elect(app_congress_view *v, const store_congress_round *r,
                  size_t nr) {
  v->rounds = util_xcalloc(nr ? nr : 1, sizeof *v->rounds);
  v->nrounds = nr;
  size_t k = 0;
  for (size_t i = 0; i < nr; i++) {
    app_round_view *x = &v->rounds[i];
    x->r = r[i];
    while (k < v->nvotes && v->votes[k].round < r[i].number)
      k++;
    x->votes = &v->votes[k];
    while (k < v->nvotes && v->votes[k].round == r[i].number)
      k++;
    x->n = (size_t)(&v->votes[k] - x->votes);
    int64_t *ids = util_xcalloc(x->n + 1, sizeof *ids);
    int64_t *votes = util_xcalloc(x->n + 1, sizeof *votes);
    for (size_t j = 0; j < x->n; j++) {
      ids[j] = x->votes[j].member;
      votes[j] = x->votes[j].n;
    }
    core_round cr = {.issued = r[i].issued,
                     .returned = r[i].returned,
                     .valid = r[i].valid,
                     .seats = r[i].seats,
                     .n = x->n,
                     .ids = ids,
                     .votes = votes};
    x->outcome = util_xcalloc(x->n + 1, sizeof *x->outcome);
    x->elected = core_round_elect(&cr, x->outcome);
    for (size_t j = 0; j < x->n; j++)
      x->tied = x->tied || x->outcome[j] == CORE_TIED;
    v->elected += (int64_t)x->elected;
    free(ids);
    free(votes);
  }
  v->seats_left = v->c.seats - v->elected;
}

/* The congress's organisation: one that is not there is a bug. */
static int org_of(app *a, int64_t id, store_org *o, util_err *e) {
  int rc = store_org_by_id(a->st, id, o, e);
  if (rc == 1)
    return util_fail(e, UTIL_INTERNAL, "no organisation %lld", (long long)id);
  return rc;
}

int app_congress_view_get(app *a, const char *code, app_congress_view *v,
                          util_err *e) {
  memset(v, 0, sizeof *v);
  if (app_act(a, APP_VIEWER, e) || app_read_begin(a, e))
    return -1;
  store_congress_round *r = NULL;
  size_t nr = 0;
  store_org o = {0};
  int rc = -1;
  if (app_congress_find(a, code, &v->c, e) || org_of(a, v->c.org, &o, e) ||
      store_congress_delegates(a->st, v->c.id, &v->delegates, &v->ndelegates,
                               e) ||
      store_congress_candidates(a->st, v->c.id, &v->candidates, &v->ncandidates,
                                e) ||
      store_congress_votes(a->st, v->c.id, &v->votes, &v->nvotes, e) ||
      store_congress_rounds(a->st, v->c.id, &r, &nr, e))
    goto done;
  v->org_name = o.name;
  o.name = NULL;
  for (size_t i = 0; i < v->ndelegates; i++) {
    if (strcmp(v->delegates[i].kind, "elected") == 0)
      v->elected_delegates++;
    else
      v->ex_officio++;
  }
  elect(v, r, nr);
  rc = 0;
done:
  free(r);
  store_org_clear(&o);
  app_read_end(a);
  if (rc)
    app_congress_view_clear(v);
  return rc;
}

int app_congresses(app *a, const char *under, const char *term,
                   int (*fn)(void *ctx, const store_congress_row *r), void *ctx,
                   util_err *e) {
  if (app_act(a, APP_VIEWER, e))
    return -1;
  core_term t;
  char norm[10];
  if (term && *term) {
    if (core_term_parse(term, &t, e))
      return -1;
    core_term_format(t, norm);
    term = norm;
  }
  if (app_read_begin(a, e))
    return -1;
  int64_t root = 0;
  int rc = app_under_id(a, under, &root, e);
  if (rc == 0)
    rc = store_congresses(a->st, root, term && *term ? term : NULL, a->scope,
                          fn, ctx, e);
  app_read_end(a);
  return rc < 0 ? -1 : 0;
}
