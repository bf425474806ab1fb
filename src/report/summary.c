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

/* "1 member", "2 members" */
static void count(util_buf *b, int64_t n, const char *one, const char *many) {
  util_buf_printf(b, "%lld %s", (long long)n, n == 1 ? one : many);
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

static void oversight(util_buf *out, const report_figures *f) {
  static const char *const verbs[] = {"inspected", "supervised"};
  for (int k = 0; k < CORE_OVERSIGHT__MAX; k++) {
    int64_t orgs = f->oversight[k][0], mem = f->oversight[k][1];
    if (!orgs && !mem)
      continue;
    clauses c = {0};
    if (orgs)
      count(clause(&c), orgs, "party organisation", "party organisations");
    if (mem)
      count(clause(&c), mem, "party member", "party members");
    util_buf_printf(out, "; %s ", verbs[k]);
    join(out, &c);
  }
  int64_t found = 0;
  for (int k = 0; k < CORE_OVERSIGHT__MAX; k++)
    found += f->oversight_violations[k][0] + f->oversight_violations[k][1];
  if (found) {
    util_buf_puts(out, ", finding violations in ");
    count(out, found, "case", "cases");
  }
}

static void discipline(util_buf *out, const report_figures *f) {
  int64_t orgs = 0;
  for (int i = 0; i < CORE_ORG_FORM__MAX; i++)
    orgs += f->org_disciplined[i];
  if (!f->disciplined_members && !orgs)
    return;
  clauses c = {0};
  if (f->disciplined_members)
    count(clause(&c), f->disciplined_members, "party member", "party members");
  if (orgs)
    count(clause(&c), orgs, "party organisation", "party organisations");
  util_buf_puts(out, "; disciplined ");
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
  util_buf_puts(out, left == 1 ? " left the party (" : " left the party (");
  join(out, &c);
  util_buf_puts(out, ")");
}

static void awards(util_buf *out, const report_figures *f) {
  int64_t n[2] = {0, 0};
  for (int t = 0; t < 2; t++)
    for (int i = 0; i < CORE_AWARD__MAX; i++)
      n[t] += f->awards[t][i];
  if (!n[0] && !n[1])
    return;
  clauses c = {0};
  if (n[1])
    count(clause(&c), n[1], "member", "members");
  if (n[0])
    count(clause(&c), n[0], "collective", "collectives");
  util_buf_puts(out, ". ");
  join(out, &c);
  util_buf_puts(out, n[0] + n[1] == 1 ? " was awarded" : " were awarded");
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
    if (f->meeting_grades[CORE_GOOD])
      util_buf_printf(out, "; %lld rated good",
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

void report_render_summary(const report_figures *f, util_buf *out) {
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
  awards(out, f);
  assessments(out, f);
  meetings(out, f);
  documents(out, f);
  funds(out, f);
  char to[11];
  util_buf_printf(out, ". On %s %s counted ", util_date_format(f->to, to),
                  f->group ? "they" : "it");
  count(out, f->total, "member", "members");
  util_buf_printf(out, " (%lld official, %lld probationary)",
                  (long long)f->official, (long long)f->probationary);
  if (f->grassroots) {
    util_buf_puts(out, " in ");
    count(out, f->grassroots, "grassroots organisation",
          "grassroots organisations");
  }
  util_buf_puts(out, ".\n");
}
