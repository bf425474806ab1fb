/*
 * summary.c — the paragraph a review conference reads out, drafted from
 * the report's figures in the reader's language: "In 2025 the party
 * committee X admitted 57 new members and recognised 43 official members;
 * inspected 12 party organisations and 31 party members; ...", "Năm 2025,
 * X đã kết nạp 57 đảng viên mới và công nhận 43 đảng viên chính thức; kiểm
 * tra 12 tổ chức đảng và 31 đảng viên; ...". Every number comes from the
 * figures; a clause with nothing to say is left out, and so is a sentence
 * with no clause.
 *
 * The same code writes every language: each sentence and each clause is a
 * whole template of the catalogs with its numbers as printf arguments
 * (docs/i18n.md), and even the way a list is joined ("A, B and C") and a
 * sentence ends (Hindi's "।") are the catalog's. Numbers are written as
 * the language writes them (util_lang_num), dates too (util_lang_date).
 */
#include "report/report.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct num_text {
  char s[UTIL_LANG_NUM_MAX];
} num_text;

/* n as the language writes it ("1.234.567" in Vietnamese). */
static num_text num(const util_lang *l, int64_t n) {
  num_text t;
  util_lang_num(l, n, 0, t.s);
  return t;
}

/* Appends fmt (a template whose one argument is a number, "%s members")
 * filled with n. */
static void count(util_buf *b, const util_lang *l, const char *fmt, int64_t n) {
  util_buf_printf(b, fmt, num(l, n).s);
}

/* A list of the parts of a clause, joined as the language joins them:
 * "A, B and C" (a list), or "A; B; C" (the parts of a sentence). Joined as
 * they come ("A, B" then "A, B and C"), so that it holds any number of
 * parts (the campaigns of the funds). */
typedef struct list {
  const util_lang *l;
  bool parts; /* "A; B; C" */
  util_buf done, last;
  size_t n;
} list;

/* The joiners are entries in the context "summary", so that they never
 * take the translation of the same msgid written elsewhere. */
static const char *separator(const list *c, bool last) {
  if (c->parts)
    /* TRANSLATORS: joins two parts of a sentence of the summary, each
       with its own verb: "admitted 5 new members; inspected 3 party
       members". */
    return util_trc(c->l, "summary", "%s; %s");
  if (last)
    /* TRANSLATORS: joins the last item of a list to those before it: "3
       party organisations and 5 party members", "4 deceased, 1 resigned
       and 1 expelled". */
    return util_trc(c->l, "summary", "%s and %s");
  /* TRANSLATORS: joins an item of a list, not the last, to those before
     it: "4 deceased, 1 resigned". */
  return util_trc(c->l, "summary", "%s, %s");
}

/* The next part of the list, to be written into. */
static util_buf *item(list *c) {
  if (c->n == 1) {
    c->done = c->last;
  } else if (c->n > 1) {
    util_buf both = {0};
    util_buf_printf(&both, separator(c, false), c->done.data, c->last.data);
    util_buf_free(&c->done);
    util_buf_free(&c->last);
    c->done = both;
  }
  c->n++;
  c->last = (util_buf){0};
  return &c->last;
}

/* The parts joined (a string to free; "" for none); the list is emptied. */
static char *joined(list *c) {
  util_buf out = {0};
  if (c->n == 1)
    util_buf_puts(&out, c->last.data ? c->last.data : "");
  else if (c->n > 1)
    util_buf_printf(&out, separator(c, true), c->done.data, c->last.data);
  util_buf_free(&c->done);
  util_buf_free(&c->last);
  c->n = 0;
  return util_buf_take(&out);
}

/* Appends a sentence of the paragraph: fmt, a whole sentence of the
 * catalog with its final stop, filled with the arguments. Sentences are
 * separated by a space. */
static void say(util_buf *out, const char *fmt, ...) {
  va_list ap;
  if (out->len)
    util_buf_puts(out, " ");
  va_start(ap, fmt);
  util_buf_vprintf(out, fmt, ap);
  va_end(ap);
}

/* The same, with the parts of the list as its one argument. */
static void sentence_of(util_buf *out, const char *fmt, list *c) {
  char *s = joined(c);
  say(out, fmt, s);
  free(s);
}

/* An amount of money the way a report says it in prose: in the
 * language's large units (util_lang_prose: "17 tỷ", "2,5 triệu", Hindi's
 * crores and lakhs), or in full below them, and "more than" when that is
 * not the exact amount ("hơn 17 tỷ đồng" for 17.407.000.000). */
static void money(util_buf *b, const util_lang *l, int64_t vnd) {
  util_buf said = {0};
  bool exact = util_lang_prose(l, vnd, &said);
  /* TRANSLATORS: an amount of money in đồng: "500,000 VND", "17 billion
     VND". */
  char *amount = util_xasprintf(util_tr(l, "%s VND"), said.data);
  if (exact)
    util_buf_puts(b, amount);
  else
    /* TRANSLATORS: an amount said in prose that is more than the number
       said: "more than 17 billion VND" for 17,407,000,000. */
    util_buf_printf(b, util_trc(l, "amount in prose", "more than %s"), amount);
  free(amount);
  util_buf_free(&said);
}

/* "In 2025", or "From 2025-01-01 to 2025-06-30" for any other period. */
static void period(util_buf *b, const report_figures *f, const util_lang *l) {
  int y1, m1, d1, y2, m2, d2;
  util_civil_from_day(f->from, &y1, &m1, &d1);
  util_civil_from_day(f->to, &y2, &m2, &d2);
  if (y1 == y2 && m1 == 1 && d1 == 1 && m2 == 12 && d2 == 31) {
    /* TRANSLATORS: the period of the summary, a calendar year. */
    util_buf_printf(b, util_tr(l, "In %d"), y1);
  } else {
    char from[16], to[16];
    /* TRANSLATORS: the period of the summary, its first and last days. */
    util_buf_printf(b, util_tr(l, "From %s to %s"),
                    util_lang_date(l, f->from, from),
                    util_lang_date(l, f->to, to));
  }
}

/* The subject of the first sentence: the organisation by its name. */
static void subject(util_buf *b, const report_figures *f, const util_lang *l) {
  const char *fmt;
  if (f->group)
    /* TRANSLATORS: the subject of the summary for a grouping (a set of
       committees); %s is the grouping's name. */
    fmt = util_tr(l, "the member committees of %s");
  else if (core_kind_is_cell(f->kind))
    /* TRANSLATORS: the subject of the summary; %s is the cell's name,
       which may already say "Chi bộ ...". */
    fmt = util_tr(l, "the party cell %s");
  else
    /* TRANSLATORS: the subject of the summary; %s is the committee's
       name, which may already say "Đảng bộ ...". */
    fmt = util_tr(l, "the party committee %s");
  util_buf_printf(b, fmt, f->name);
}

/* Membership: admitted, readmitted, recognised; "admitted no new members"
 * when none of them, since the first sentence always says something. */
static void members(list *parts, const report_figures *f, const util_lang *l) {
  list c = {.l = l};
  if (f->admitted)
    count(item(&c), l,
          util_trn(l, "admitted %s new member", "admitted %s new members",
                   f->admitted),
          f->admitted);
  if (f->readmitted)
    count(item(&c), l,
          util_trn(l, "readmitted %s member", "readmitted %s members",
                   f->readmitted),
          f->readmitted);
  if (f->recognized)
    count(item(&c), l,
          util_trn(l, "recognised %s official member",
                   "recognised %s official members", f->recognized),
          f->recognized);
  char *s = joined(&c);
  util_buf_puts(item(parts), *s ? s : util_tr(l, "admitted no new members"));
  free(s);
}

/* Party organisations and party members: the targets of oversight and of
 * discipline ("12 party organisations and 31 party members"). */
static void targets(list *c, const util_lang *l, int64_t orgs, int64_t mem) {
  if (orgs)
    count(item(c), l,
          util_trn(l, "%s party organisation", "%s party organisations", orgs),
          orgs);
  if (mem)
    count(item(c), l, util_trn(l, "%s party member", "%s party members", mem),
          mem);
}

/* Each kind of oversight with the distinct organisations and members it
 * reached, its records and those of them that found violations: "inspected
 * 8 party organisations and 23 party members (32 inspections, violations
 * found in 5)". */
static void oversight(list *parts, const report_figures *f,
                      const util_lang *l) {
  for (int k = 0; k < CORE_OVERSIGHT__MAX; k++) {
    int64_t records = f->oversight[k][0] + f->oversight[k][1];
    int64_t found =
        f->oversight_violations[k][0] + f->oversight_violations[k][1];
    if (!records)
      continue;
    bool insp = k == CORE_INSPECTION;
    util_buf what = {0};
    count(&what, l,
          insp ? util_trn(l, "%s inspection", "%s inspections", records)
               : util_trn(l, "%s supervision", "%s supervisions", records),
          records);
    if (found) {
      util_buf more = {0};
      /* TRANSLATORS: the inspections or supervisions ("32 inspections")
         and how many of them found violations. */
      util_buf_printf(&more, util_tr(l, "%s, violations found in %s"),
                      what.data, num(l, found).s);
      util_buf_free(&what);
      what = more;
    }
    list c = {.l = l};
    targets(&c, l, f->oversight_targets[k][0], f->oversight_targets[k][1]);
    char *whom = joined(&c);
    if (*whom)
      /* TRANSLATORS: whom it inspected ("8 party organisations and 23
         party members"), then the inspections ("32 inspections, violations
         found in 5"). The same for supervised below. */
      util_buf_printf(item(parts),
                      insp ? util_tr(l, "inspected %s (%s)")
                           : util_tr(l, "supervised %s (%s)"),
                      whom, what.data);
    else
      /* TRANSLATORS: inspections or supervisions whose targets are not
         known: "recorded 3 inspections". */
      util_buf_printf(item(parts), util_tr(l, "recorded %s"), what.data);
    free(whom);
    util_buf_free(&what);
  }
}

/* Distinct members and organisations disciplined. */
static void discipline(list *parts, const report_figures *f,
                       const util_lang *l) {
  if (!f->disciplined_members && !f->orgs_disciplined)
    return;
  list c = {.l = l};
  targets(&c, l, 0, f->disciplined_members);
  targets(&c, l, f->orgs_disciplined, 0);
  char *whom = joined(&c);
  /* TRANSLATORS: %s: "4 party members and 1 party organisation". */
  util_buf_printf(item(parts), util_tr(l, "disciplined %s"), whom);
  free(whom);
}

/* The first sentence: the period, the organisation and what it did. */
static void first(util_buf *out, const report_figures *f, const util_lang *l) {
  list parts = {.l = l, .parts = true};
  members(&parts, f, l);
  oversight(&parts, f, l);
  discipline(&parts, f, l);
  util_buf when = {0}, who = {0};
  period(&when, f, l);
  subject(&who, f, l);
  char *did = joined(&parts);
  /* TRANSLATORS: the first sentence of the summary: the period ("In
     2025"), the organisation ("the party committee X") and what it did
     ("admitted 5 new members; inspected 3 party members"). */
  say(out, util_trc(l, "summary", "%s %s %s."), when.data, who.data, did);
  free(did);
  util_buf_free(&when);
  util_buf_free(&who);
}

static void leaving(util_buf *out, const report_figures *f,
                    const util_lang *l) {
  int64_t left =
      f->left_removed + f->left_resigned + f->left_deceased + f->left_expelled;
  if (!left)
    return;
  const struct {
    int64_t n;
    const char *how;
  } how[] = {{f->left_deceased, N_("%s deceased")},
             {f->left_removed, N_("%s removed from the rolls")},
             {f->left_resigned, N_("%s resigned")},
             {f->left_expelled, N_("%s expelled")}};
  list c = {.l = l};
  for (size_t i = 0; i < UTIL_COUNT(how); i++)
    if (how[i].n)
      count(item(&c), l, util_tr(l, how[i].how), how[i].n);
  char *why = joined(&c);
  /* TRANSLATORS: the members who left the party, then how: "5 deceased
     and 1 removed from the rolls". */
  say(out,
      util_trn(l, "%s member left the party (%s).",
               "%s members left the party (%s).", left),
      num(l, left).s, why);
  free(why);
}

/* "Organisations" and "members" in a sentence of transfers. */
static void moved(list *c, const util_lang *l, int64_t orgs, int64_t mem) {
  if (orgs)
    count(item(c), l, util_trn(l, "%s organisation", "%s organisations", orgs),
          orgs);
  if (mem)
    count(item(c), l, util_trn(l, "%s member", "%s members", mem), mem);
}

/* Organisations and members that came into the subtree or left it without
 * joining or leaving the party: "3 organisations and 405 members were
 * transferred out, 2 members in". The form of the sentence is chosen by
 * one thing (1) or several (2) in the first list. */
static void transfers(util_buf *out, const report_figures *f,
                      const util_lang *l) {
  list gone = {.l = l}, come = {.l = l};
  moved(&gone, l, f->orgs_out, f->members_out);
  moved(&come, l, f->orgs_in, f->members_in);
  if (!gone.n && !come.n)
    return;
  unsigned long several =
      gone.n ? (gone.n == 1 && f->orgs_out + f->members_out == 1 ? 1 : 2)
             : (come.n == 1 && f->orgs_in + f->members_in == 1 ? 1 : 2);
  char *out_s = joined(&gone), *in_s = joined(&come);
  if (*out_s && *in_s)
    /* TRANSLATORS: organisations and members transferred out of the
       organisation's branch, then those transferred in; the form follows
       the first (one thing, or several). */
    say(out,
        util_trn(l, "%s was transferred out, %s in.",
                 "%s were transferred out, %s in.", several),
        out_s, in_s);
  else if (*out_s)
    /* TRANSLATORS: "3 organisations and 405 members were transferred
       out."; the form: one thing, or several. */
    say(out,
        util_trn(l, "%s was transferred out.", "%s were transferred out.",
                 several),
        out_s);
  else
    /* TRANSLATORS: "1 member was transferred in."; the form: one thing,
       or several. */
    say(out,
        util_trn(l, "%s was transferred in.", "%s were transferred in.",
                 several),
        in_s);
  free(out_s);
  free(in_s);
}

/* Organisations founded, dissolved, merged below. */
static void organisations(util_buf *out, const report_figures *f,
                          const util_lang *l) {
  list c = {.l = l};
  if (f->orgs_founded)
    count(item(&c), l,
          util_trn(l, "%s was founded", "%s were founded", f->orgs_founded),
          f->orgs_founded);
  if (f->orgs_dissolved)
    count(
        item(&c), l,
        util_trn(l, "%s was dissolved", "%s were dissolved", f->orgs_dissolved),
        f->orgs_dissolved);
  if (f->orgs_merged)
    count(item(&c), l,
          util_trn(l, "%s was merged into another",
                   "%s were merged into another", f->orgs_merged),
          f->orgs_merged);
  if (c.n)
    /* TRANSLATORS: %s: "1 was founded and 2 were merged into another";
       "them" for a grouping, "it" otherwise. */
    sentence_of(out,
                f->group ? util_tr(l, "Of the organisations below them, %s.")
                         : util_tr(l, "Of the organisations below it, %s."),
                &c);
}

/* Awards, counted as awards (a member may receive two). */
static void awards(util_buf *out, const report_figures *f, const util_lang *l) {
  int64_t n[2] = {0, 0};
  for (int t = 0; t < 2; t++)
    for (int i = 0; i < CORE_AWARD__MAX; i++)
      n[t] += f->awards[t][i];
  if (!n[0] && !n[1])
    return;
  if (n[1] && n[0])
    /* TRANSLATORS: awards to members, then awards to collectives. */
    say(out,
        util_trn(l, "Members received %s award and collectives %s.",
                 "Members received %s awards and collectives %s.", n[1]),
        num(l, n[1]).s, num(l, n[0]).s);
  else if (n[1])
    say(out,
        util_trn(l, "Members received %s award.", "Members received %s awards.",
                 n[1]),
        num(l, n[1]).s);
  else
    say(out,
        util_trn(l, "Collectives received %s award.",
                 "Collectives received %s awards.", n[0]),
        num(l, n[0]).s);
}

static void assessments(util_buf *out, const report_figures *f,
                        const util_lang *l) {
  /* The members of each grade, in the order of the grades. */
  static const char *const grades[] = {
      N_("%s excellently completed their tasks"), N_("%s completed them well"),
      N_("%s completed them"), N_("%s did not complete them")};
  int64_t total = 0;
  for (int g = 0; g < CORE_GRADE__MAX; g++)
    total += f->assessed[1][g];
  if (!total)
    return;
  list c = {.l = l};
  for (int g = 0; g < CORE_GRADE__MAX; g++)
    if (f->assessed[1][g])
      count(item(&c), l, util_tr(l, grades[g]), f->assessed[1][g]);
  char *how = joined(&c);
  /* TRANSLATORS: the members assessed, then how many of them reached
     each grade: "10 excellently completed their tasks and 40 completed
     them well". */
  say(out,
      util_trn(l, "Of %s member assessed, %s.", "Of %s members assessed, %s.",
               total),
      num(l, total).s, how);
  free(how);
}

static void meetings(util_buf *out, const report_figures *f,
                     const util_lang *l) {
  int64_t held = f->meetings[CORE_REGULAR] + f->meetings[CORE_THEMATIC];
  int64_t thematic = f->meetings[CORE_THEMATIC];
  if (!held)
    return;
  util_buf what = {0}, score = {0};
  if (thematic)
    util_buf_printf(&what,
                    util_trn(l, "%s meeting (%s thematic)",
                             "%s meetings (%s thematic)", held),
                    num(l, held).s, num(l, thematic).s);
  else
    count(&what, l, util_trn(l, "%s meeting", "%s meetings", held), held);
  if (!f->meetings_scored) {
    /* TRANSLATORS: %s: "120 meetings (20 thematic)". */
    say(out, util_tr(l, "Cells held %s."), what.data);
    util_buf_free(&what);
    return;
  }
  /* The mean of the scores in tenths of a point, rounded. */
  int64_t t = (f->meeting_score_sum * 20 + f->meetings_scored) /
              (2 * f->meetings_scored);
  char mean[UTIL_LANG_NUM_MAX];
  util_lang_num(l, t, 1, mean);
  /* Only some were scored: say of how many the mean is. */
  if (f->meetings_scored != held)
    util_buf_printf(&score,
                    util_tr(l, "with a mean score of %s points (%s scored)"),
                    mean, num(l, f->meetings_scored).s);
  else
    util_buf_printf(&score, util_tr(l, "with a mean score of %s points"), mean);
  int64_t good = f->meeting_grades[CORE_GOOD];
  if (good)
    /* TRANSLATORS: the meetings ("120 meetings (20 thematic)"), their
       mean score ("with a mean score of 87.5 points") and how many of
       them were rated good. */
    say(out, util_tr(l, "Cells held %s %s; %s of them rated good."), what.data,
        score.data, num(l, good).s);
  else
    /* TRANSLATORS: the meetings, then their mean score. */
    say(out, util_tr(l, "Cells held %s %s."), what.data, score.data);
  util_buf_free(&what);
  util_buf_free(&score);
}

static void documents(util_buf *out, const report_figures *f,
                      const util_lang *l) {
  list c = {.l = l};
  if (f->docs_disseminated)
    count(item(&c), l,
          util_trn(l, "%s dissemination of a document",
                   "%s disseminations of documents", f->docs_disseminated),
          f->docs_disseminated);
  if (f->docs_implemented)
    count(item(&c), l,
          util_trn(l, "%s implementation", "%s implementations",
                   f->docs_implemented),
          f->docs_implemented);
  if (c.n)
    /* TRANSLATORS: %s: "45 disseminations of documents and 3
       implementations". */
    sentence_of(out, util_tr(l, "Organisations recorded %s."), &c);
}

static void funds(util_buf *out, const report_figures *f, const util_lang *l) {
  if (!f->funds_total)
    return;
  util_buf total = {0};
  money(&total, l, f->funds_total);
  /* By campaign, when there is more than one or it has a name. */
  if (f->n_funds > 1 || (f->n_funds == 1 && *f->funds[0].label)) {
    list c = {.l = l, .parts = true};
    for (size_t i = 0; i < f->n_funds; i++) {
      util_buf amount = {0};
      money(&amount, l, f->funds[i].n);
      if (*f->funds[i].label)
        /* TRANSLATORS: an amount and the campaign it was mobilised for:
           "2 million VND for Quỹ vì người nghèo". */
        util_buf_printf(item(&c), util_tr(l, "%s for %s"), amount.data,
                        f->funds[i].label);
      else
        /* TRANSLATORS: an amount mobilised outside any named campaign. */
        util_buf_printf(item(&c), util_tr(l, "%s for other"), amount.data);
      util_buf_free(&amount);
    }
    char *by = joined(&c);
    /* TRANSLATORS: the amount mobilised, then by campaign. */
    say(out, util_tr(l, "Units mobilised %s (%s)."), total.data, by);
    free(by);
  } else {
    /* TRANSLATORS: %s: the amount mobilised, "more than 17 billion VND". */
    say(out, util_tr(l, "Units mobilised %s."), total.data);
  }
  util_buf_free(&total);
}

/* The last sentence: the members at the end of the period, and the
 * grassroots organisations they belong to. */
static void stock(util_buf *out, const report_figures *f, const util_lang *l) {
  char to[16];
  util_lang_date(l, f->to, to);
  util_buf who = {0}, kinds = {0}, where = {0};
  count(&who, l, util_trn(l, "%s member", "%s members", f->total), f->total);
  if (f->probation_overdue)
    /* TRANSLATORS: the official members, the probationary ones, and how
       many of these have passed their 12 months of probation without
       recognition. */
    util_buf_printf(
        &kinds,
        util_tr(l, "%s official, %s probationary, %s of them past their 12 "
                   "months of probation"),
        num(l, f->official).s, num(l, f->probationary).s,
        num(l, f->probation_overdue).s);
  else
    util_buf_printf(&kinds, util_tr(l, "%s official, %s probationary"),
                    num(l, f->official).s, num(l, f->probationary).s);
  if (f->grassroots) {
    count(&where, l,
          util_trn(l, "%s grassroots organisation",
                   "%s grassroots organisations", f->grassroots),
          f->grassroots);
    /* TRANSLATORS: the last day of the period, the members ("3,120
       members"), of which kinds ("3,000 official, 120 probationary"), and
       the grassroots organisations they are in ("45 grassroots
       organisations"). "they" for a grouping, "it" otherwise. */
    say(out,
        f->group ? util_tr(l, "On %s they counted %s (%s) in %s.")
                 : util_tr(l, "On %s it counted %s (%s) in %s."),
        to, who.data, kinds.data, where.data);
  } else {
    /* TRANSLATORS: the last day of the period, the members ("3,120
       members") and of which kinds ("3,000 official, 120 probationary").
       "they" for a grouping, "it" otherwise. */
    say(out,
        f->group ? util_tr(l, "On %s they counted %s (%s).")
                 : util_tr(l, "On %s it counted %s (%s)."),
        to, who.data, kinds.data);
  }
  util_buf_free(&who);
  util_buf_free(&kinds);
  util_buf_free(&where);
}

void report_render_summary(const report_figures *f, const util_lang *l,
                           util_buf *out) {
  util_buf p = {0};
  first(&p, f, l);
  leaving(&p, f, l);
  transfers(&p, f, l);
  organisations(&p, f, l);
  awards(&p, f, l);
  assessments(&p, f, l);
  meetings(&p, f, l);
  documents(&p, f, l);
  funds(&p, f, l);
  stock(&p, f, l);
  util_buf_add(out, p.data, p.len);
  util_buf_puts(out, "\n");
  util_buf_free(&p);
}
