/*
 * congress.c — congresses as the front ends show them: the listing's
 * columns, a congress with its delegates and candidates (`congress show`,
 * GET /api/v1/congresses/{code}) and its result round by round
 * (`congress result`, GET .../result), as JSON and as text.
 */
#include "view/view.h"

#include <stdio.h>
#include <string.h>

static const char *const congress_cols[] = {"code",       "org",   "term",
                                            "date",       "seats", "delegates",
                                            "candidates", "rounds"};
static const bool congress_numeric[] = {false, false, false, false,
                                        true,  true,  true,  true};
const view_listing view_congress_listing = {UTIL_COUNT(congress_cols),
                                            congress_cols, congress_numeric};

void view_congress_cells(const store_congress_row *r, view_cells *out) {
  const int64_t n[4] = {r->seats, r->ndelegates, r->ncandidates, r->nrounds};
  for (size_t i = 0; i < 4; i++)
    snprintf(out->num[i], sizeof out->num[i], "%lld", (long long)n[i]);
  const char *row[] = {r->code,     r->org_code, r->term,     r->held_on,
                       out->num[0], out->num[1], out->num[2], out->num[3]};
  memset(out->c, 0, sizeof out->c);
  memcpy(out->c, row, sizeof row);
}

const char *view_outcome_name(enum core_outcome o) {
  static const char *const names[CORE_OUTCOME__MAX] = {
      [CORE_ELECTED] = "elected",
      [CORE_NO_SEAT] = "no_seat",
      [CORE_TIED] = "tied",
      [CORE_NO_MAJORITY] = "no_majority"};
  return o < CORE_OUTCOME__MAX ? names[o] : "";
}

/* The share in hundredths of a percent, truncated, never rounded up:
 * 50.00% is never shown for more than half, nor more than half for exactly
 * half (counts are bounded by CORE_BALLOTS_MAX, so the product is exact). */
static int64_t share_bp(int64_t votes, int64_t valid) {
  return valid > 0 ? votes * 10000 / valid : 0;
}

void view_share(int64_t votes, int64_t valid, char out[32]) {
  int64_t bp = share_bp(votes, valid);
  snprintf(out, 32, "%lld.%02lld%%", (long long)(bp / 100),
           (long long)(bp % 100));
}

/* The share as view_share truncates it, written as language l writes a
 * number ("70,00%" in Vietnamese). */
static void share_text(const util_lang *l, int64_t votes, int64_t valid,
                       char out[UTIL_LANG_NUM_MAX + 1]) {
  util_lang_num(l, share_bp(votes, valid), 2, out);
  strcat(out, "%");
}

/* The congress itself, the head of both views. */
static json_t *head(const app_congress_view *v) {
  char d[11];
  util_date_format(v->c.held_on, d);
  json_t *o = json_object();
  json_object_set_new(o, "code", json_string(v->c.code));
  json_object_set_new(o, "org", json_string(v->c.org_code));
  json_object_set_new(o, "org_name", json_string(v->org_name));
  json_object_set_new(o, "term", json_string(v->c.term));
  json_object_set_new(o, "date", json_string(d));
  json_object_set_new(o, "seats", json_integer(v->c.seats));
  json_object_set_new(o, "delegate_seats",
                      v->c.delegates >= 0 ? json_integer(v->c.delegates)
                                          : json_null());
  json_object_set_new(o, "elected", json_integer(v->elected));
  json_object_set_new(o, "seats_left", json_integer(v->seats_left));
  return o;
}

static json_t *person(const store_congress_person *p) {
  json_t *o = json_object();
  json_object_set_new(o, "member", json_integer(p->member));
  json_object_set_new(o, "name", json_string(p->name));
  return o;
}

json_t *view_congress_json(const app_congress_view *v) {
  json_t *o = head(v);
  json_t *d = json_array(), *c = json_array();
  for (size_t i = 0; i < v->ndelegates; i++) {
    json_t *p = person(&v->delegates[i]);
    json_object_set_new(p, "kind", json_string(v->delegates[i].kind));
    json_array_append_new(d, p);
  }
  for (size_t i = 0; i < v->ncandidates; i++) {
    json_t *p = person(&v->candidates[i]);
    json_object_set_new(p, "position", json_integer(v->candidates[i].n));
    json_array_append_new(c, p);
  }
  json_object_set_new(o, "delegates_elected",
                      json_integer(v->elected_delegates));
  json_object_set_new(o, "delegates_ex_officio", json_integer(v->ex_officio));
  json_object_set_new(o, "delegates", d);
  json_object_set_new(o, "candidates", c);
  json_object_set_new(o, "rounds", json_integer((json_int_t)v->nrounds));
  return o;
}

json_t *view_congress_result_json(const app_congress_view *v) {
  json_t *o = head(v), *rounds = json_array(), *all = json_array();
  for (size_t i = 0; i < v->nrounds; i++) {
    const app_round_view *x = &v->rounds[i];
    json_t *r = json_object(), *by[CORE_OUTCOME__MAX];
    json_object_set_new(r, "number", json_integer(x->r.number));
    json_object_set_new(r, "issued", json_integer(x->r.issued));
    json_object_set_new(r, "returned", json_integer(x->r.returned));
    json_object_set_new(r, "valid", json_integer(x->r.valid));
    json_object_set_new(r, "seats", json_integer(x->r.seats));
    for (int k = 0; k < CORE_OUTCOME__MAX; k++)
      by[k] = json_array();
    for (size_t j = 0; j < x->n; j++) {
      char share[32];
      view_share(x->votes[j].n, x->r.valid, share);
      json_t *p = person(&x->votes[j]);
      json_object_set_new(p, "votes", json_integer(x->votes[j].n));
      json_object_set_new(p, "share", json_string(share));
      if (x->outcome[j] == CORE_ELECTED) {
        json_t *q = json_deep_copy(p);
        json_object_set_new(q, "round", json_integer(x->r.number));
        json_array_append_new(all, q);
      }
      json_array_append_new(by[x->outcome[j]], p);
    }
    for (int k = 0; k < CORE_OUTCOME__MAX; k++)
      json_object_set_new(r, view_outcome_name((enum core_outcome)k), by[k]);
    json_object_set_new(r, "further_round", json_boolean(x->tied));
    json_array_append_new(rounds, r);
  }
  json_object_set_new(o, "rounds", rounds);
  json_object_set_new(o, "elected_members", all);
  return o;
}

/* The first line of both texts: "DH-K — congress of K (name), term
 * 2025-2030, 2025-06-01". */
static void title(const util_lang *l, const app_congress_view *v,
                  util_buf *out) {
  char d[UTIL_DATE_SAY];
  util_lang_date(l, v->c.held_on, d);
  util_buf_printf(out, util_tr(l, "%s — congress of %s (%s), term %s, %s\n"),
                  v->c.code, v->c.org_code, v->org_name, v->c.term, d);
}

void view_congress_result_text(const util_lang *l, const app_congress_view *v,
                               util_buf *out) {
  static const char *const titles[CORE_OUTCOME__MAX] = {
      [CORE_ELECTED] = N_("elected:"),
      [CORE_NO_SEAT] = N_("more than half, but no seat left to them:"),
      [CORE_TIED] = N_("tied at the last seat: a further round is needed:"),
      [CORE_NO_MAJORITY] =
          N_("no majority (half of the valid ballots or less):")};
  title(l, v, out);
  for (size_t i = 0; i < v->nrounds; i++) {
    const app_round_view *x = &v->rounds[i];
    util_buf_printf(out,
                    util_trn(l,
                             "\nRound %d, %lld seat to fill: %lld ballots "
                             "issued, %lld returned, %lld valid\n",
                             "\nRound %d, %lld seats to fill: %lld ballots "
                             "issued, %lld returned, %lld valid\n",
                             (unsigned long)x->r.seats),
                    x->r.number, (long long)x->r.seats, (long long)x->r.issued,
                    (long long)x->r.returned, (long long)x->r.valid);
    for (int k = 0; k < CORE_OUTCOME__MAX; k++) {
      bool any = false;
      for (size_t j = 0; j < x->n; j++) {
        if (x->outcome[j] != (enum core_outcome)k)
          continue;
        if (!any)
          util_buf_printf(out, "  %s\n", util_tr(l, titles[k]));
        any = true;
        const store_congress_person *p = &x->votes[j];
        char share[UTIL_LANG_NUM_MAX + 1];
        share_text(l, p->n, x->r.valid, share);
        util_buf_printf(out,
                        util_trn(l, "    %s (id %lld): %lld vote, %s\n",
                                 "    %s (id %lld): %lld votes, %s\n",
                                 (unsigned long)p->n),
                        p->name, (long long)p->member, (long long)p->n, share);
      }
    }
  }
  util_buf_printf(
      out,
      util_trn(l, "\nElected: %lld of %lld seat; %lld left to fill\n",
               "\nElected: %lld of %lld seats; %lld left to fill\n",
               (unsigned long)v->c.seats),
      (long long)v->elected, (long long)v->c.seats, (long long)v->seats_left);
  for (size_t i = 0; i < v->nrounds; i++)
    for (size_t j = 0; j < v->rounds[i].n; j++)
      if (v->rounds[i].outcome[j] == CORE_ELECTED)
        util_buf_printf(out, util_tr(l, "  %s (id %lld), round %d\n"),
                        v->rounds[i].votes[j].name,
                        (long long)v->rounds[i].votes[j].member,
                        v->rounds[i].r.number);
}

void view_congress_text(const util_lang *l, const app_congress_view *v,
                        util_buf *out) {
  title(l, v, out);
  util_buf_printf(out,
                  util_trn(l,
                           "Executive committee: %lld seat; %lld elected; "
                           "rounds held: %zu\n",
                           "Executive committee: %lld seats; %lld elected; "
                           "rounds held: %zu\n",
                           (unsigned long)v->c.seats),
                  (long long)v->c.seats, (long long)v->elected, v->nrounds);
  if (v->c.delegates >= 0)
    util_buf_printf(out,
                    util_tr(l,
                            "Delegates: %zu; delegate seats given: %lld (%lld "
                            "elected, %lld ex officio)\n"),
                    v->ndelegates, (long long)v->c.delegates,
                    (long long)v->elected_delegates, (long long)v->ex_officio);
  else
    util_buf_printf(out,
                    util_tr(l, "Delegates: %zu (%lld elected, %lld ex "
                               "officio)\n"),
                    v->ndelegates, (long long)v->elected_delegates,
                    (long long)v->ex_officio);
  static const char *const kinds[] = {N_("elected"), N_("ex-officio")};
  for (size_t k = 0; k < 2; k++)
    for (size_t i = 0; i < v->ndelegates; i++)
      if (strcmp(v->delegates[i].kind, kinds[k]) == 0)
        util_buf_printf(out, util_tr(l, "  %s (id %lld), %s\n"),
                        v->delegates[i].name, (long long)v->delegates[i].member,
                        util_tr(l, kinds[k]));
  util_buf_printf(out, util_tr(l, "Candidates: %zu\n"), v->ncandidates);
  for (size_t i = 0; i < v->ncandidates; i++)
    util_buf_printf(out, util_tr(l, "  %lld. %s (id %lld)\n"),
                    (long long)v->candidates[i].n, v->candidates[i].name,
                    (long long)v->candidates[i].member);
}
