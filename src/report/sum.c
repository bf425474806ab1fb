/*
 * sum.c — the sum of reports: what a grouping's report is made of. A
 * grouping's members are committees whose subtrees do not overlap, so
 * adding their figures costs as many reports as there are members, each
 * read from its tallies.
 */
#include "report/report.h"

#include <stdlib.h>
#include <string.h>

static void add_n(int64_t *dst, const int64_t *src, size_t n) {
  for (size_t i = 0; i < n; i++)
    dst[i] += src[i];
}

#define ADD_ARRAY(field)                                                       \
  add_n(dst->field, src->field, sizeof dst->field / sizeof dst->field[0])

/* The order of report_compute: most first, then by the bytes of the text
 * (so that "" — not recorded — comes first among equals). */
static int by_count(const void *a, const void *b) {
  const report_count *x = a, *y = b;
  if (x->n != y->n)
    return x->n < y->n ? 1 : -1;
  return strcmp(x->label, y->label);
}

/* Adds the counts of src to those of *list with the same text, appending
 * texts it does not have yet. */
static void merge(report_count **list, size_t *n, const report_count *src,
                  size_t nsrc) {
  for (size_t i = 0; i < nsrc; i++) {
    size_t k = 0;
    while (k < *n && strcmp((*list)[k].label, src[i].label) != 0)
      k++;
    if (k < *n) {
      (*list)[k].n += src[i].n;
      continue;
    }
    *list = util_xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[(*n)++] =
        (report_count){.label = util_xstrdup(src[i].label), .n = src[i].n};
  }
  /* A count that came to nothing is no item, as in report_compute. */
  size_t kept = 0;
  for (size_t i = 0; i < *n; i++) {
    if ((*list)[i].n)
      (*list)[kept++] = (*list)[i];
    else
      free((*list)[i].label);
  }
  *n = kept;
  if (*n)
    qsort(*list, *n, sizeof **list, by_count);
}

static int by_term(const void *a, const void *b) {
  return strcmp(((const report_plan *)a)->term, ((const report_plan *)b)->term);
}

/* Adds the plannings of src to those of dst, term by term. */
static void merge_plans(report_figures *dst, const report_figures *src) {
  for (size_t i = 0; i < src->n_plans; i++) {
    const report_plan *s = &src->plans[i];
    report_plan *d = NULL;
    for (size_t j = 0; j < dst->n_plans && !d; j++)
      if (strcmp(dst->plans[j].term, s->term) == 0)
        d = &dst->plans[j];
    if (!d) {
      dst->plans =
          util_xrealloc(dst->plans, (dst->n_plans + 1) * sizeof *dst->plans);
      d = &dst->plans[dst->n_plans++];
      *d = (report_plan){0};
      memcpy(d->term, s->term, sizeof d->term);
    }
    d->posts += s->posts;
    d->candidates += s->candidates;
    d->young += s->young;
    d->female += s->female;
    d->minorities += s->minorities;
    add_n(d->by_theory, s->by_theory, CORE_THEORY__MAX);
    d->posts_short_young += s->posts_short_young;
    d->posts_short_women += s->posts_short_women;
  }
  if (dst->n_plans > 1)
    qsort(dst->plans, dst->n_plans, sizeof *dst->plans, by_term);
}

void report_figures_add(report_figures *dst, const report_figures *src) {
  /* The stock. */
  ADD_ARRAY(orgs);
  dst->grassroots += src->grassroots;
  dst->total += src->total;
  dst->official += src->official;
  dst->probationary += src->probationary;
  dst->female += src->female;
  dst->male += src->male;
  dst->key_cadres += src->key_cadres;
  ADD_ARRAY(by_age);
  ADD_ARRAY(by_party_age);
  ADD_ARRAY(by_theory);
  merge(&dst->by_ethnicity, &dst->n_ethnicity, src->by_ethnicity,
        src->n_ethnicity);
  merge(&dst->by_education, &dst->n_education, src->by_education,
        src->n_education);
  /* The flows. */
  dst->admitted += src->admitted;
  dst->readmitted += src->readmitted;
  dst->recognized += src->recognized;
  dst->orgs_in += src->orgs_in;
  dst->orgs_out += src->orgs_out;
  dst->members_in += src->members_in;
  dst->members_out += src->members_out;
  dst->disciplined_members += src->disciplined_members;
  dst->probation_overdue += src->probation_overdue;
  ADD_ARRAY(disciplined);
  dst->left_removed += src->left_removed;
  dst->left_resigned += src->left_resigned;
  dst->left_deceased += src->left_deceased;
  dst->left_expelled += src->left_expelled;
  dst->orgs_founded += src->orgs_founded;
  dst->orgs_dissolved += src->orgs_dissolved;
  dst->orgs_merged += src->orgs_merged;
  /* Party work. */
  for (int k = 0; k < CORE_OVERSIGHT__MAX; k++) {
    ADD_ARRAY(oversight[k]);
    ADD_ARRAY(oversight_targets[k]);
    ADD_ARRAY(oversight_violations[k]);
  }
  ADD_ARRAY(org_disciplined);
  dst->orgs_disciplined += src->orgs_disciplined;
  for (int t = 0; t < 2; t++) {
    ADD_ARRAY(awards[t]);
    ADD_ARRAY(assessed[t]);
  }
  ADD_ARRAY(meetings);
  dst->meetings_scored += src->meetings_scored;
  dst->meeting_score_sum += src->meeting_score_sum;
  ADD_ARRAY(meeting_grades);
  dst->docs_disseminated += src->docs_disseminated;
  dst->docs_implemented += src->docs_implemented;
  merge(&dst->funds, &dst->n_funds, src->funds, src->n_funds);
  dst->funds_total += src->funds_total;
  merge_plans(dst, src);
  dst->congresses += src->congresses;
  dst->congress_seats += src->congress_seats;
  dst->congress_rounds += src->congress_rounds;
  dst->congress_elected += src->congress_elected;
  dst->congress_ties += src->congress_ties;
}
