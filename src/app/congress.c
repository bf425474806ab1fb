/*
 * congress.c — congresses and their elections (DOMAIN.md §8, issue 9):
 * recording a congress, its delegates against the delegate seats given,
 * its list of candidates, and each round of voting, as counts or ballot
 * by ballot. The arithmetic — which counts can be, who a round elects —
 * is core/election.c's; congress_read.c computes the results from the
 * counts stored here.
 */
#include "app/app_int.h"
#include "core/planning.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A whole number checked against its descriptor (app_field_check);
 * *out is -1 when text is NULL or empty. */
static int whole(const char *field, const app_field *f, const char *text,
                 int64_t *out, util_err *e) {
  *out = -1;
  if (!text || !*text)
    return 0;
  if (app_field_check(f, field, text, e))
    return -1;
  *out = strtoll(text, NULL, 10);
  return 0;
}

int app_congress_add(app *a, const app_congress_in *in, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_congress c = {0}, dup = {0};
  store_org o = {0};
  core_term t;
  char term[10], *path = NULL;
  int rc = -1;
  if (!in->code || !*in->code ||
      app_field_check(&app_f_code, "code", in->code, e)) {
    if (!in->code || !*in->code)
      util_invalid(e, "code", "code: a congress code is needed");
    goto done;
  }
  if (core_term_parse(in->term ? in->term : "", &t, e) ||
      app_date(a, "date", in->date, true, &c.held_on, e) ||
      whole("seats", &app_f_seats, in->seats, &c.seats, e) ||
      whole("delegates", &app_f_seats, in->delegates, &c.delegates, e) ||
      app_org(a, "org", in->org, &o, e) ||
      app_path_at(a, &o, c.held_on, &path, e))
    goto done;
  if (c.seats < 1) {
    util_invalid(e, "seats", "seats: the number of seats to elect is needed");
    goto done;
  }
  int found = store_congress_by_code(a->st, in->code, &dup, e);
  if (found < 0)
    goto done;
  if (found == 0) {
    util_invalid(e, "code", "code: %s: already the code of a congress (of %s)",
                 in->code, dup.org_code);
    goto done;
  }
  core_term_format(t, term);
  c.code = util_xstrdup(in->code);
  c.term = util_xstrdup(term);
  c.org = o.id;
  if (store_congress_insert(a->st, &c, a->user, e))
    goto done;
  rc = app_audit(a, "congress add", e,
                 "%s: congress of %s for %s on %s, %lld seats, delegate seats "
                 "%lld",
                 c.code, o.code, term, in->date, (long long)c.seats,
                 (long long)c.delegates);
done:
  free(path);
  store_org_clear(&o);
  store_congress_clear(&c);
  store_congress_clear(&dup);
  return app_end(a, rc, e);
}

/* Refuses `m` as a delegate or candidate (`as`) of congress `c` unless
 * they are in the party on its day, in a cell of its organisation's
 * branch then. */
static int of_branch(app *a, const store_congress *c, const store_member *m,
                     util_err *e) {
  int64_t cell = 0;
  enum core_status status;
  bool below = false;
  char d[11];
  util_date_format(c->held_on, d);
  if (store_membership_at(a->st, m->id, c->held_on, &cell, &status, e))
    return -1;
  if (status != CORE_PROBATIONARY && status != CORE_OFFICIAL)
    return util_invalid(e, "member",
                        "member: %lld (%s) was not in the party on %s, the "
                        "day of congress %s",
                        (long long)m->id, m->name, d, c->code);
  if (app_below(a, cell, c->org, c->held_on, c->held_on + 1, &below, e))
    return -1;
  if (!below)
    return util_invalid(e, "member",
                        "member: %lld (%s) was not of the branch of %s on %s, "
                        "the day of congress %s",
                        (long long)m->id, m->name, c->org_code, d, c->code);
  return 0;
}

/* Whether `member` is among p[0..n). */
static const store_congress_person *find(const store_congress_person *p,
                                         size_t n, int64_t member) {
  for (size_t i = 0; i < n; i++)
    if (p[i].member == member)
      return &p[i];
  return NULL;
}

/* Records `member` as a delegate of congress `code` of `kind`, or, with
 * kind NULL, as its next candidate: once each, of the branch on the day
 * (of_branch), and a delegate not beyond the delegate seats given. */
static int enrol(app *a, const char *code, const char *member, const char *kind,
                 util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_congress c = {0};
  store_member m = {0};
  store_congress_person *p = NULL;
  size_t n = 0;
  int rc = -1;
  if ((kind && app_field_check(&app_f_delegate_kind, "kind", kind, e)) ||
      app_congress_find(a, code, &c, e) ||
      app_member(a, "member", member, &m, e) ||
      (kind ? store_congress_delegates(a->st, c.id, &p, &n, e)
            : store_congress_candidates(a->st, c.id, &p, &n, e)))
    goto done;
  const store_congress_person *dup = find(p, n, m.id);
  int64_t position = n ? p[n - 1].n + 1 : 1;
  if (dup && kind)
    util_invalid(e, "member", "member: %lld (%s) is a delegate of %s already",
                 (long long)m.id, m.name, c.code);
  else if (dup)
    util_invalid(e, "member",
                 "member: %lld (%s) is on the list of %s already (number "
                 "%lld)",
                 (long long)m.id, m.name, c.code, (long long)dup->n);
  else if (kind && c.delegates >= 0 && (int64_t)n >= c.delegates)
    util_fail(e, UTIL_REFUSED,
              "cannot add a delegate to %s: %lld delegates are recorded, and "
              "%lld delegate seats were given",
              c.code, (long long)n, (long long)c.delegates);
  else if (of_branch(a, &c, &m, e) == 0 &&
           (kind ? store_congress_delegate_add(a->st, c.id, m.id, kind, a->user,
                                               e)
                 : store_congress_candidate_add(a->st, c.id, m.id, position,
                                                a->user, e)) == 0)
    rc = kind ? app_audit(a, "congress delegate", e,
                          "%s: %lld (%s) a delegate, %s", c.code,
                          (long long)m.id, m.name, kind)
              : app_audit(a, "congress candidate", e,
                          "%s: %lld (%s) number %lld on the list", c.code,
                          (long long)m.id, m.name, (long long)position);
done:
  store_congress_people_free(p, n);
  store_member_clear(&m);
  store_congress_clear(&c);
  return app_end(a, rc, e);
}

int app_congress_delegate(app *a, const char *code, const char *member,
                          const char *kind, util_err *e) {
  return enrol(a, code, member, kind && *kind ? kind : "elected", e);
}

int app_congress_candidate(app *a, const char *code, const char *member,
                           util_err *e) {
  return enrol(a, code, member, NULL, e);
}

/* ---- a round
 * ------------------------------------------------------------------ */

/* The candidates a round may mark: on the list and not elected yet. */
typedef struct round_list {
  int64_t *ids, *votes;
  size_t n;
} round_list;

static void round_list_free(round_list *l) {
  free(l->ids);
  free(l->votes);
}

/* Whether `member` was elected by a round of v. */
static bool elected_before(const app_congress_view *v, int64_t member) {
  for (size_t i = 0; i < v->nrounds; i++)
    for (size_t j = 0; j < v->rounds[i].n; j++)
      if (v->rounds[i].votes[j].member == member &&
          v->rounds[i].outcome[j] == CORE_ELECTED)
        return true;
  return false;
}

/* Refuses a mark or vote for `id` not open in this round; else its index
 * in the round's list. `where` prefixes the message ("FILE:LINE: " or
 * ""). */
static int open_index(const app_congress_view *v, const round_list *l,
                      int64_t id, const char *where, size_t *i, util_err *e) {
  for (*i = 0; *i < l->n; (*i)++)
    if (l->ids[*i] == id)
      return 0;
  if (find(v->candidates, v->ncandidates, id))
    return util_invalid(e, "votes",
                        "%svotes: %lld: elected in an earlier round of %s; a "
                        "round is for the seats still to fill",
                        where, (long long)id, v->c.code);
  return util_invalid(e, "votes",
                      "%svotes: %lld: not on the list of candidates of %s",
                      where, (long long)id, v->c.code);
}

/* Reads a member id of a vote or a mark: digits. */
static bool id_of(const char *s, size_t len, int64_t *id) {
  if (len == 0 || len > 15)
    return false;
  for (size_t i = 0; i < len; i++)
    if (!isdigit((unsigned char)s[i]))
      return false;
  *id = strtoll(s, NULL, 10);
  return true;
}

/* "ID=N,ID=N": the votes of those named, in the order of the list. A
 * candidate named twice is refused by core_round_check. */
static int read_votes(const app_congress_view *v, round_list *l,
                      const char *text, int64_t **ids, int64_t **votes,
                      size_t *n, util_err *e) {
  *n = 0;
  *ids = util_xcalloc(l->n + strlen(text) / 2 + 1, sizeof **ids);
  *votes = util_xcalloc(l->n + strlen(text) / 2 + 1, sizeof **votes);
  const char *p = text;
  while (*p) {
    size_t len = strcspn(p, ",");
    const char *eq = memchr(p, '=', len);
    int64_t id, count;
    size_t i;
    if (!eq || !id_of(p, (size_t)(eq - p), &id) ||
        !id_of(eq + 1, len - (size_t)(eq - p) - 1, &count))
      return util_invalid(e, "votes",
                          "votes: %.*s: not ID=N (a member id, '=', a number "
                          "of votes)",
                          (int)len, p);
    if (open_index(v, l, id, "", &i, e))
      return -1;
    (*ids)[*n] = id;
    (*votes)[(*n)++] = count;
    p += len;
    if (*p == ',')
      p++;
  }
  /* Those not named had no vote. */
  for (size_t i = 0; i < l->n; i++) {
    bool named = false;
    for (size_t j = 0; j < *n && !named; j++)
      named = (*ids)[j] == l->ids[i];
    if (!named) {
      (*ids)[*n] = l->ids[i];
      (*votes)[(*n)++] = 0;
    }
  }
  return 0;
}

/* Counts the ballots of `text`, one a line, into l->votes; *lines is
 * how many ballots there were. */
static int count_ballots(const app_congress_view *v, round_list *l,
                         const char *text, const char *name, int64_t seats,
                         int64_t *lines, util_err *e) {
  const char *p = text;
  long line = 0;
  bool *marked = util_xcalloc(l->n + 1, 1);
  int rc = 0;
  *lines = 0;
  for (; *p && rc == 0; line++) {
    size_t len = strcspn(p, "\n");
    const char *end = p + len;
    if (len && end[-1] == '\r')
      end--;
    char where[300];
    snprintf(where, sizeof where, "%s:%ld: ", name, line + 1);
    memset(marked, 0, l->n + 1);
    int64_t marks = 0;
    const char *q = p;
    /* A line of spaces is no ballot, as an empty one. */
    bool blank = true;
    for (const char *b = p; b < end && blank; b++)
      blank = isspace((unsigned char)*b);
    if (blank)
      q = end;
    while (q < end && rc == 0) {
      size_t k = strcspn(q, ",\n");
      if (q + k > end)
        k = (size_t)(end - q);
      const char *s = q, *t = q + k;
      while (s < t && isspace((unsigned char)*s))
        s++;
      while (t > s && isspace((unsigned char)t[-1]))
        t--;
      int64_t id;
      size_t i;
      if (!id_of(s, (size_t)(t - s), &id))
        rc = util_invalid(e, "ballots",
                          "%sballots: %.*s: not a member id (a ballot is the "
                          "ids it marks, comma-separated)",
                          where, (int)(t - s), s);
      else if (open_index(v, l, id, where, &i, e))
        rc = -1;
      else if (marked[i])
        rc = util_invalid(e, "ballots", "%sballots: %lld: marked twice", where,
                          (long long)id);
      else {
        marked[i] = true;
        marks++;
      }
      q += k + 1;
    }
    if (rc == 0 && !blank && core_ballot_check(marks, seats, e)) {
      util_err_prefix(e, "%s:%ld: ", name, line + 1);
      snprintf(e->field, sizeof e->field, "ballots");
      rc = -1;
    }
    if (rc == 0 && !blank) {
      for (size_t i = 0; i < l->n; i++)
        l->votes[i] += marked[i];
      (*lines)++;
    }
    p = *end == '\r' ? end + 1 : end;
    if (*p == '\n')
      p++;
  }
  free(marked);
  return rc;
}

int app_congress_round(app *a, const app_round_in *in, int *number,
                       util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  app_congress_view v = {0};
  round_list l = {0};
  int64_t *ids = NULL, *votes = NULL;
  size_t n = 0;
  store_congress_round r = {0};
  int rc = -1;
  if (whole("issued", &app_f_count, in->issued, &r.issued, e) ||
      whole("returned", &app_f_count, in->returned, &r.returned, e) ||
      whole("valid", &app_f_count, in->valid, &r.valid, e) ||
      app_congress_view_get(a, in->code, &v, e))
    goto done;
  if (r.issued < 0 || r.returned < 0) {
    const char *f = r.issued < 0 ? "issued" : "returned";
    util_invalid(e, f, "%s: the number of ballots %s is needed", f, f);
    goto done;
  }
  if (!in->votes == !in->ballots) {
    util_invalid(e, "votes",
                 "votes: give the votes (ID=N,...) or the ballots, one of "
                 "them");
    goto done;
  }
  if (in->votes && r.valid < 0) {
    util_invalid(e, "valid", "valid: the number of valid ballots is needed");
    goto done;
  }
  if (v.seats_left < 1) {
    util_fail(e, UTIL_REFUSED,
              "cannot record a round of %s: its %lld seats are filled",
              v.c.code, (long long)v.c.seats);
    goto done;
  }
  if (v.ncandidates == 0) {
    util_fail(e, UTIL_REFUSED,
              "cannot record a round of %s: it has no candidates", v.c.code);
    goto done;
  }
  if (v.ndelegates > 0 && r.issued > (int64_t)v.ndelegates) {
    util_invalid(e, "issued",
                 "issued: %lld: more ballots issued than the %lld delegates "
                 "recorded for %s",
                 (long long)r.issued, (long long)v.ndelegates, v.c.code);
    goto done;
  }
  l.ids = util_xcalloc(v.ncandidates, sizeof *l.ids);
  l.votes = util_xcalloc(v.ncandidates, sizeof *l.votes);
  for (size_t i = 0; i < v.ncandidates; i++)
    if (!elected_before(&v, v.candidates[i].member))
      l.ids[l.n++] = v.candidates[i].member;
  r.seats = v.seats_left;
  r.number = (int)v.nrounds + 1;
  if (in->votes) {
    if (read_votes(&v, &l, in->votes, &ids, &votes, &n, e))
      goto done;
  } else {
    int64_t lines;
    const char *name = in->ballots_name ? in->ballots_name : "ballots";
    if (!util_utf8_valid(in->ballots, strlen(in->ballots))) {
      util_invalid(e, "ballots", "ballots: %s: not UTF-8 text", name);
      goto done;
    }
    if (count_ballots(&v, &l, in->ballots, name, r.seats, &lines, e))
      goto done;
    if (r.valid < 0)
      r.valid = lines;
    ids = l.ids;
    votes = l.votes;
    n = l.n;
    l.ids = l.votes = NULL;
  }
  core_round cr = {.issued = r.issued,
                   .returned = r.returned,
                   .valid = r.valid,
                   .seats = r.seats,
                   .n = n,
                   .ids = ids,
                   .votes = votes};
  if (core_round_check(&cr, e) ||
      store_congress_round_add(a->st, v.c.id, &r, a->user, e))
    goto done;
  util_buf text = {0};
  for (size_t i = 0; i < n; i++) {
    if (store_congress_vote_add(a->st, r.id, ids[i], votes[i], e)) {
      util_buf_free(&text);
      goto done;
    }
    util_buf_printf(&text, "%s%lld=%lld", i ? "," : "", (long long)ids[i],
                    (long long)votes[i]);
  }
  rc = app_audit(a, "congress round", e,
                 "%s: round %d for %lld seats: issued %lld, returned %lld, "
                 "valid %lld, votes %s",
                 v.c.code, r.number, (long long)r.seats, (long long)r.issued,
                 (long long)r.returned, (long long)r.valid,
                 text.data ? text.data : "");
  util_buf_free(&text);
  if (number)
    *number = r.number;
done:
  free(ids);
  free(votes);
  round_list_free(&l);
  app_congress_view_clear(&v);
  return app_end(a, rc, e);
}
