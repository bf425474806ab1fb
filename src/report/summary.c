/*
 * summary.c — the paragraph a review conference reads out, drafted from
 * the report's figures: "In 2025 the party committee admitted 57 new
 * members and recognised 43 official members; inspected 12 party
 * organisations and 31 party members; ...". Every number comes from the
 * figures; a clause with nothing to say is left out.
 */
#include "report/report.h"

#include <stdlib.h>
#include <string.h>

static void count(util_buf *b, int64_t n, const char *one, const char *many) {
  util_buf_count(b, n, one, many);
}

/* Clauses of a sentence, joined by ", " and a final " and ". */
typedef struct clauses {
  util_buf part[8];
  size_t n;
} clauses;

static util_buf *clause(clauses *c) {
  return &c->part[c->n++];
}

static void join(util_buf *out, clauses *c) {
  for (size_t i = 0; i < c->n; i++) {
    if (i)
      util_buf_puts(out, i + 1 == c->n ? " and " : ", ");
    util_buf_add(out, c->part[i].data, c->part[i].len);
    util_buf_free(&c->part[i]);
  }
  c->n = 0;
}

/* An amount of money the way a report says it: "17.4 billion VND". */
static void money(util_buf *b, int64_t vnd) {
  static const struct {
    int64_t unit;
    const char *name;
  } units[] = {{1000000000, "billion"}, {1000000, "million"}};
  for (size_t i = 0; i < UTIL_COUNT(units); i++)
    if (vnd >= units[i].unit) {
      int64_t tenths = (vnd * 10 + units[i].unit / 2) / units[i].unit;
      if (tenths % 10)
        util_buf_printf(b, "%lld.%lld %s VND", (long long)(tenths / 10),
                        (long long)(tenths % 10), units[i].name);
      else
        util_buf_printf(b, "%lld %s VND", (long long)(tenths / 10),
                        units[i].name);
      return;
    }
  util_buf_printf(b, "%lld VND", (long long)vnd);
}

static void period(util_buf *b, const report_figures *f) {
  int y1, m1, d1, y2, m2, d2;
  util_civil_from_day(f->from, &y1, &m1, &d1);
  util_civil_from_day(f->to, &y2, &m2, &d2);
  char from[11], to[11];
  if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31)
    util_buf_printf(b, "In %d", y1);
  else
    util_buf_printf(b, "From %s to %s", util_date_format(f->from, from),
                    util_date_format(f->to, to));
}

/* Membership: admitted, readmitted, recognised, left. */
static void members(util_buf *out, const report_figures *f) {
  clauses c = {0};
  if (f->admitted)
    util_buf_puts(clause(&c), "admitted "),
        count(&c.part[c.n - 1], f->admitted, "new member", "new members");
  if (f->readmitted)
    util_buf_puts(clause(&c), "readmitted "),
        count(&c.part[c.n - 1], f->readmitted, "member", "members");
  if (f->recognized)
    util_buf_puts(clause(&c), "recognised "),
        count(&c.part[c.n - 1], f->recognized, "official member",
              "official members");
  if (c.n) {
    util_buf_puts(out, " ");
    join(out, &c);
  } else {
    util_buf_puts(out, " admitted no new members");
  }
}

/* Each kind of oversight with the distinct organisations and members it
 * reached, its records and those of them that found violations: "inspected
 * 8 party organisations and 23 party members (32 inspections, violations
 * found in 5)". */
static void oversight(util_buf *out, const report_figures *f) {
  static const char *const verbs[] = {"inspected", "supervised"};
  static const char *const nouns[][2] = {{"inspection", "inspections"},
                                         {"supervision", "supervisions"}};
  for (int k = 0; k < CORE_OVERSIGHT__MAX; k++) {
    int64_t orgs = f->oversight_targets[k][0];
    int64_t mem = f->oversight_targets[k][1];
    int64_t records = f->oversight[k][0] + f->oversight[k][1];
    int64_t found =
        f->oversight_violations[k][0] + f->oversight_violations[k][1];
    if (!records)
      continue;
    clauses c = {0};
    if (orgs)
      count(clause(&c), orgs, "party organisation", "party organisations");
    if (mem)
      count(clause(&c), mem, "party member", "party members");
    util_buf_printf(out, "; %s ", verbs[k]);
    join(out, &c);
    util_buf_puts(out, orgs || mem ? " (" : "(");
    count(out, records, nouns[k][0], nouns[k][1]);
    if (found)
      util_buf_printf(out, ", violations found in %lld", (long long)found);
    util_buf_puts(out, ")");
  }
}

/* Distinct members and organisations disciplined. */
static void discipline(util_buf *out, const report_figures *f) {
  if (!f->disciplined_members && !f->orgs_disciplined)
    return;
  clauses c = {0};
  if (f->disciplined_members)
    count(clause(&c), f->disciplined_members, "party member", "party members");
  if (f->orgs_disciplined)
    count(clause(&c), f->orgs_disciplined, "party organisation",
          "party organisations");
  util_buf_puts(out, "; disciplined ");
  join(out, &c);
}

/* "was" for one thing, "were" for more, or for several parts. */
static const char *was(int64_t n, size_t parts) {
  return parts == 1 && n == 1 ? "was" : "were";
}

/* Organisations and members that came into the subtree or left it without
 * joining or leaving the party: "3 organisations and 405 members were
 * transferred out, 2 members in". */
static void transfers(util_buf *out, const report_figures *f) {
  const int64_t n[2][2] = {{f->orgs_out, f->members_out},
                           {f->orgs_in, f->members_in}};
  static const char *const way[] = {"out", "in"};
  bool first = true;
  for (int w = 0; w < 2; w++) {
    if (!n[w][0] && !n[w][1])
      continue;
    clauses c = {0};
    if (n[w][0])
      count(clause(&c), n[w][0], "organisation", "organisations");
    if (n[w][1])
      count(clause(&c), n[w][1], "member", "members");
    size_t parts = c.n;
    util_buf_puts(out, first ? ". " : ", ");
    join(out, &c);
    if (first)
      util_buf_printf(out, " %s transferred %s", was(n[w][0] + n[w][1], parts),
                      way[w]);
    else
      util_buf_printf(out, " %s", way[w]);
    first = false;
  }
}

/* Organisations founded, dissolved, merged below. */
static void organisations(util_buf *out, const report_figures *f) {
  const struct {
    int64_t n;
    const char *what;
  } how[] = {{f->orgs_founded, "founded"},
             {f->orgs_dissolved, "dissolved"},
             {f->orgs_merged, "merged into another"}};
  clauses c = {0};
  for (size_t i = 0; i < UTIL_COUNT(how); i++)
    if (how[i].n)
      util_buf_printf(clause(&c), "%lld %s %s", (long long)how[i].n,
                      was(how[i].n, 1), how[i].what);
  if (!c.n)
    return;
  util_buf_printf(out, ". Of the organisations below %s, ",
                  f->group ? "them" : "it");
  join(out, &c);
}

static void leaving(util_buf *out, const report_figures *f) {
  int64_t left =
      f->left_removed + f->left_resigned + f->left_deceased + f->left_expelled;
  if (!left)
    return;
  const struct {
    int64_t n;
    const char *how;
  } how[] = {{f->left_deceased, "deceased"},
             {f->left_removed, "removed from the rolls"},
             {f->left_resigned, "resigned"},
             {f->left_expelled, "expelled"}};
  clauses c = {0};
  for (size_t i = 0; i < UTIL_COUNT(how); i++)
    if (how[i].n)
      util_buf_printf(clause(&c), "%lld %s", (long long)how[i].n, how[i].how);
  util_buf_puts(out, ". ");
  count(out, left, "member", "members");
  util_buf_puts(out, " left the party (");
  join(out, &c);
  util_buf_puts(out, ")");
}

/* Awards, counted as awards (a member may receive two). */
static void awards(util_buf *out, const report_figures *f) {
  int64_t n[2] = {0, 0};
  for (int t = 0; t < 2; t++)
    for (int i = 0; i < CORE_AWARD__MAX; i++)
      n[t] += f->awards[t][i];
  if (n[1]) {
    util_buf_puts(out, ". Members received ");
    count(out, n[1], "award", "awards");
    if (n[0])
      util_buf_printf(out, " and collectives %lld", (long long)n[0]);
  } else if (n[0]) {
    util_buf_puts(out, ". Collectives received ");
    count(out, n[0], "award", "awards");
  }
}

static void assessments(util_buf *out, const report_figures *f) {
  static const char *const phrases[] = {"excellently completed their tasks",
                                        "completed them well", "completed them",
                                        "did not complete them"};
  int64_t total = 0;
  for (int g = 0; g < CORE_GRADE__MAX; g++)
    total += f->assessed[1][g];
  if (!total)
    return;
  clauses c = {0};
  for (int g = 0; g < CORE_GRADE__MAX; g++)
    if (f->assessed[1][g])
      util_buf_printf(clause(&c), "%lld %s", (long long)f->assessed[1][g],
                      phrases[g]);
  util_buf_puts(out, ". Of ");
  count(out, total, "member assessed", "members assessed");
  util_buf_puts(out, ", ");
  join(out, &c);
}

static void meetings(util_buf *out, const report_figures *f) {
  int64_t held = f->meetings[CORE_REGULAR] + f->meetings[CORE_THEMATIC];
  if (!held)
    return;
  util_buf_puts(out, ". Cells held ");
  count(out, held, "meeting", "meetings");
  if (f->meetings[CORE_THEMATIC])
    util_buf_printf(out, " (%lld thematic)",
                    (long long)f->meetings[CORE_THEMATIC]);
  if (f->meetings_scored) {
    int64_t t = (f->meeting_score_sum * 20 + f->meetings_scored) /
                (2 * f->meetings_scored);
    util_buf_printf(out, " with a mean score of %lld.%lld points",
                    (long long)(t / 10), (long long)(t % 10));
    /* Only some were scored: say of how many the mean is. */
    if (f->meetings_scored != held)
      util_buf_printf(out, " (%lld scored)", (long long)f->meetings_scored);
    if (f->meeting_grades[CORE_GOOD])
      util_buf_printf(out, "; %lld of them rated good",
                      (long long)f->meeting_grades[CORE_GOOD]);
  }
}

static void documents(util_buf *out, const report_figures *f) {
  if (!f->docs_disseminated && !f->docs_implemented)
    return;
  util_buf_puts(out, ". Organisations recorded ");
  clauses c = {0};
  if (f->docs_disseminated)
    count(clause(&c), f->docs_disseminated, "dissemination of a document",
          "disseminations of documents");
  if (f->docs_implemented)
    count(clause(&c), f->docs_implemented, "implementation", "implementations");
  join(out, &c);
}

static void funds(util_buf *out, const report_figures *f) {
  if (!f->funds_total)
    return;
  util_buf_puts(out, ". Units mobilised ");
  money(out, f->funds_total);
  if (f->n_funds > 1 || (f->n_funds == 1 && *f->funds[0].label)) {
    util_buf_puts(out, " (");
    for (size_t i = 0; i < f->n_funds; i++) {
      util_buf_puts(out, i ? "; " : "");
      money(out, f->funds[i].n);
      util_buf_printf(out, " for %s",
                      *f->funds[i].label ? f->funds[i].label : "other");
    }
    util_buf_puts(out, ")");
  }
}

void report_render_summary(const report_figures *f, const util_lang *l,
                           util_buf *out) {
  (void)l;
  period(out, f);
  if (f->group)
    util_buf_printf(out, " the member committees of %s", f->name);
  else
    util_buf_printf(
        out, " the %s %s",
        core_kind_is_cell(f->kind) ? "party cell" : "party committee", f->name);
  members(out, f);
  oversight(out, f);
  discipline(out, f);
  leaving(out, f);
  transfers(out, f);
  organisations(out, f);
  awards(out, f);
  assessments(out, f);
  meetings(out, f);
  documents(out, f);
  funds(out, f);
  char to[11];
  util_buf_printf(out, ". On %s %s counted ", util_date_format(f->to, to),
                  f->group ? "they" : "it");
  count(out, f->total, "member", "members");
  util_buf_printf(out, " (%lld official, %lld probationary",
                  (long long)f->official, (long long)f->probationary);
  if (f->probation_overdue)
    util_buf_printf(out, ", %lld of them past their 12 months of probation",
                    (long long)f->probation_overdue);
  util_buf_puts(out, ")");
  if (f->grassroots) {
    util_buf_puts(out, " in ");
    count(out, f->grassroots, "grassroots organisation",
          "grassroots organisations");
  }
  util_buf_puts(out, ".\n");
}
