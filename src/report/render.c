/*
 * render.c — the period report as text, JSON and CSV. The JSON and CSV
 * shapes are documented in docs/report.md; keys are only ever added.
 */
#include "report/report_int.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *label_or_unknown(const char *s) {
  return s && *s ? s : "unknown";
}

static const char *theory_label(int t) {
  return t == CORE_THEORY_UNKNOWN ? "unknown"
                                  : core_theory_name((enum core_theory)t);
}

void report_number(int64_t n, bool tenths, char out[32]) {
  if (tenths)
    snprintf(out, 32, "%lld.%lld", (long long)(n / 10), (long long)(n % 10));
  else
    snprintf(out, 32, "%lld", (long long)n);
}

/* The mean meeting score in tenths, rounded half up. */
static int64_t mean_tenths(const report_figures *f) {
  if (!f->meetings_scored)
    return 0;
  return (f->meeting_score_sum * 20 + f->meetings_scored) /
         (2 * f->meetings_scored);
}

/* The planning section: a subsection per term ("planning.2025-2030"), and
 * one of its candidates by theory. */
static void walk_planning(const report_figures *f, report_item_fn fn,
                          void *ctx) {
  fn(ctx, "planning", NULL, 0, false);
  for (size_t i = 0; i < f->n_plans; i++) {
    const report_plan *p = &f->plans[i];
    char s[REPORT_SECTION_MAX], t[REPORT_SECTION_MAX];
    snprintf(s, sizeof s, "planning.%s", p->term);
    snprintf(t, sizeof t, "planning.%s.by_theory", p->term);
    fn(ctx, s, NULL, 0, false);
    fn(ctx, s, "posts", p->posts, false);
    fn(ctx, s, "candidates", p->candidates, false);
    fn(ctx, s, "young", p->young, false);
    fn(ctx, s, "female", p->female, false);
    fn(ctx, s, "minorities", p->minorities, false);
    fn(ctx, s, "posts_short_young", p->posts_short_young, false);
    fn(ctx, s, "posts_short_women", p->posts_short_women, false);
    fn(ctx, t, NULL, 0, false);
    for (int k = 1; k < CORE_THEORY__MAX; k++)
      fn(ctx, t, theory_label(k), p->by_theory[k], false);
    if (p->by_theory[CORE_THEORY_UNKNOWN])
      fn(ctx, t, "unknown", p->by_theory[CORE_THEORY_UNKNOWN], false);
  }
}

static void walk_work(const report_figures *f, report_item_fn fn, void *ctx) {
  static const char *const who[] = {"organizations", "members"};
  static const char *const ov[] = {"oversight.inspected",
                                   "oversight.supervised"};
  fn(ctx, "oversight", NULL, 0, false);
  for (int k = 0; k < CORE_OVERSIGHT__MAX; k++) {
    fn(ctx, ov[k], NULL, 0, false);
    for (int t = 0; t < 2; t++)
      fn(ctx, ov[k], who[t], f->oversight_targets[k][t], false);
    fn(ctx, ov[k], "records", f->oversight[k][0] + f->oversight[k][1], false);
    fn(ctx, ov[k], "with_violations",
       f->oversight_violations[k][0] + f->oversight_violations[k][1], false);
  }
  fn(ctx, "organizations_disciplined", NULL, 0, false);
  fn(ctx, "organizations_disciplined", "organizations", f->orgs_disciplined,
     false);
  for (int i = 0; i < CORE_ORG_FORM__MAX; i++)
    fn(ctx, "organizations_disciplined",
       core_org_form_name((enum core_org_form)i), f->org_disciplined[i], false);
  static const char *const aw[] = {"awards.collectives", "awards.members"};
  fn(ctx, "awards", NULL, 0, false);
  for (int t = 0; t < 2; t++) {
    fn(ctx, aw[t], NULL, 0, false);
    for (int i = 0; i < CORE_AWARD__MAX; i++)
      fn(ctx, aw[t], core_award_name((enum core_award)i), f->awards[t][i],
         false);
  }
  static const char *const as[] = {"assessments.organizations",
                                   "assessments.members"};
  fn(ctx, "assessments", NULL, 0, false);
  for (int t = 0; t < 2; t++) {
    fn(ctx, as[t], NULL, 0, false);
    for (int g = 0; g < CORE_GRADE__MAX; g++)
      fn(ctx, as[t], core_grade_name((enum core_grade)g), f->assessed[t][g],
         false);
  }
  fn(ctx, "meetings", NULL, 0, false);
  fn(ctx, "meetings", "held", f->meetings[0] + f->meetings[1], false);
  for (int k = 0; k < CORE_MEETING__MAX; k++)
    fn(ctx, "meetings", core_meeting_kind_name((enum core_meeting_kind)k),
       f->meetings[k], false);
  fn(ctx, "meetings", "scored", f->meetings_scored, false);
  fn(ctx, "meetings", "mean_score", mean_tenths(f), true);
  fn(ctx, "meetings.grades", NULL, 0, false);
  for (int g = 0; g < CORE_MEETING_GRADE__MAX; g++)
    fn(ctx, "meetings.grades",
       core_meeting_grade_name((enum core_meeting_grade)g),
       f->meeting_grades[g], false);
  fn(ctx, "documents", NULL, 0, false);
  fn(ctx, "documents", "disseminated", f->docs_disseminated, false);
  fn(ctx, "documents", "implemented", f->docs_implemented, false);
  fn(ctx, "funds", NULL, 0, false);
  fn(ctx, "funds", "total", f->funds_total, false);
  fn(ctx, "funds.by_campaign", NULL, 0, false);
  for (size_t i = 0; i < f->n_funds; i++)
    fn(ctx, "funds.by_campaign", label_or_unknown(f->funds[i].label),
       f->funds[i].n, false);
  walk_planning(f, fn, ctx);
  fn(ctx, "congresses", NULL, 0, false);
  fn(ctx, "congresses", "held", f->congresses, false);
  fn(ctx, "congresses", "seats", f->congress_seats, false);
  fn(ctx, "congresses", "rounds", f->congress_rounds, false);
  fn(ctx, "congresses", "elected", f->congress_elected, false);
  fn(ctx, "congresses", "seats_left", f->congress_seats - f->congress_elected,
     false);
  fn(ctx, "congresses", "tied_rounds", f->congress_ties, false);
}

void report_walk(const report_figures *f, report_item_fn fn, void *ctx) {
  fn(ctx, "organizations", NULL, 0, false);
  fn(ctx, "organizations", "grassroots", f->grassroots, false);
  for (int k = 0; k < CORE_KIND__MAX; k++)
    fn(ctx, "organizations", core_kind_name((enum core_kind)k), f->orgs[k],
       false);
  fn(ctx, "members", NULL, 0, false);
  fn(ctx, "members", "total", f->total, false);
  fn(ctx, "members", "official", f->official, false);
  fn(ctx, "members", "probationary", f->probationary, false);
  fn(ctx, "members", "probation_overdue", f->probation_overdue, false);
  fn(ctx, "members", "female", f->female, false);
  fn(ctx, "members", "male", f->male, false);
  fn(ctx, "members", "key_cadres", f->key_cadres, false);
  fn(ctx, "members.by_age", NULL, 0, false);
  for (int i = 0; i < REPORT_AGE_BANDS; i++)
    fn(ctx, "members.by_age", report_age_bands[i], f->by_age[i], false);
  fn(ctx, "members.by_party_age", NULL, 0, false);
  for (int i = 0; i < REPORT_PARTY_AGE_BANDS; i++)
    fn(ctx, "members.by_party_age", report_party_age_bands[i],
       f->by_party_age[i], false);
  fn(ctx, "members.by_theory", NULL, 0, false);
  for (int t = 1; t < CORE_THEORY__MAX; t++)
    fn(ctx, "members.by_theory", theory_label(t), f->by_theory[t], false);
  if (f->by_theory[CORE_THEORY_UNKNOWN])
    fn(ctx, "members.by_theory", "unknown", f->by_theory[0], false);
  fn(ctx, "members.by_ethnicity", NULL, 0, false);
  for (size_t i = 0; i < f->n_ethnicity; i++)
    fn(ctx, "members.by_ethnicity", label_or_unknown(f->by_ethnicity[i].label),
       f->by_ethnicity[i].n, false);
  fn(ctx, "members.by_education", NULL, 0, false);
  for (size_t i = 0; i < f->n_education; i++)
    fn(ctx, "members.by_education", label_or_unknown(f->by_education[i].label),
       f->by_education[i].n, false);
  fn(ctx, "flows", NULL, 0, false);
  fn(ctx, "flows", "admitted", f->admitted, false);
  fn(ctx, "flows", "readmitted", f->readmitted, false);
  fn(ctx, "flows", "recognized_official", f->recognized, false);
  fn(ctx, "flows.transferred_in", NULL, 0, false);
  fn(ctx, "flows.transferred_in", "organizations", f->orgs_in, false);
  fn(ctx, "flows.transferred_in", "members", f->members_in, false);
  fn(ctx, "flows.transferred_out", NULL, 0, false);
  fn(ctx, "flows.transferred_out", "organizations", f->orgs_out, false);
  fn(ctx, "flows.transferred_out", "members", f->members_out, false);
  fn(ctx, "flows.disciplined", NULL, 0, false);
  fn(ctx, "flows.disciplined", "members", f->disciplined_members, false);
  for (int i = 0; i < CORE_FORM__MAX; i++)
    fn(ctx, "flows.disciplined", core_form_name((enum core_form)i),
       f->disciplined[i], false);
  fn(ctx, "flows.left", NULL, 0, false);
  fn(ctx, "flows.left", "removed", f->left_removed, false);
  fn(ctx, "flows.left", "resigned", f->left_resigned, false);
  fn(ctx, "flows.left", "deceased", f->left_deceased, false);
  fn(ctx, "flows.left", "expelled", f->left_expelled, false);
  fn(ctx, "flows.organizations", NULL, 0, false);
  fn(ctx, "flows.organizations", "founded", f->orgs_founded, false);
  fn(ctx, "flows.organizations", "dissolved", f->orgs_dissolved, false);
  fn(ctx, "flows.organizations", "merged", f->orgs_merged, false);
  walk_work(f, fn, ctx);
}

/* ---- CSV ----------------------------------------------------------------- */

static void csv_item(void *ctx, const char *section, const char *item,
                     int64_t n, bool tenths) {
  if (!item)
    return;
  char num[32];
  report_number(n, tenths, num);
  const char *row[] = {section, item, num};
  util_csv_record(ctx, row, 3);
}

void report_render_csv(const report_figures *f, util_buf *out) {
  char from[11], to[11];
  const char *header[] = {"section", "item", "value"};
  util_csv_record(out, header, 3);
  const char *scope[][3] = {
      {"scope", "org", f->code},
      {"scope", "name", f->name},
      {"scope", "from", util_date_format(f->from, from)},
      {"scope", "to", util_date_format(f->to, to)},
  };
  for (size_t i = 0; i < UTIL_COUNT(scope); i++)
    util_csv_record(out, scope[i], 3);
  if (f->group) {
    const char *group[] = {"scope", "group", "true"};
    util_csv_record(out, group, 3);
    for (size_t i = 0; i < f->n_members; i++) {
      const char *member[] = {"scope", "member", f->members[i]};
      util_csv_record(out, member, 3);
    }
  }
  report_walk(f, csv_item, out);
}

/* ---- JSON ---------------------------------------------------------------- */

/* The object at a dotted section path, created on the way. */
static json_t *section_of(json_t *root, const char *section) {
  json_t *o = root;
  char *copy = util_xstrdup(section), *save = NULL;
  for (char *part = strtok_r(copy, ".", &save); part;
       part = strtok_r(NULL, ".", &save)) {
    json_t *next = json_object_get(o, part);
    if (!next) {
      next = json_object();
      json_object_set_new(o, part, next);
    }
    o = next;
  }
  free(copy);
  return o;
}

static void json_item(void *ctx, const char *section, const char *item,
                      int64_t n, bool tenths) {
  json_t *o = section_of(ctx, section);
  if (item)
    json_object_set_new(o, item,
                        tenths ? json_real((double)n / 10) : json_integer(n));
}

void report_render_json(const report_figures *f, util_buf *out) {
  char from[11], to[11];
  json_t *root = json_object();
  json_object_set_new(root, "scope",
                      json_pack("{s:s, s:s, s:s, s:s}", "org", f->code, "name",
                                f->name, "from",
                                util_date_format(f->from, from), "to",
                                util_date_format(f->to, to)));
  if (f->group) {
    json_t *scope = json_object_get(root, "scope"), *members = json_array();
    for (size_t i = 0; i < f->n_members; i++)
      json_array_append_new(members, json_string(f->members[i]));
    json_object_set_new(scope, "group", json_true());
    json_object_set_new(scope, "members", members);
  }
  report_walk(f, json_item, root);
  /* Tenths are written as people write them (75.2, not the 17 digits of
   * the nearest double): 15 significant digits round the double back to
   * the decimal it came from, as the CSV and the text write it. */
  char *text = json_dumps(root, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
  util_buf_puts(out, text);
  util_buf_putc(out, '\n');
  free(text);
  json_decref(root);
}

/* ---- the words, for people ---------------------------------------------- */

const char *report_section_title(const util_lang *l, const char *s,
                                 char out[static REPORT_SECTION_MAX]) {
  /* The planning's sections are named by their term. */
  const char *term = strncmp(s, "planning.", 9) == 0 ? s + 9 : NULL;
  if (term) {
    size_t n = strcspn(term, ".");
    char t[16];
    snprintf(t, sizeof t, "%.*s", (int)(n < 15 ? n : 15), term);
    if (term[n])
      /* TRANSLATORS: %s a term of office, "2025-2030". */
      snprintf(out, REPORT_SECTION_MAX,
               util_tr(l, "Candidates for the term %s by political theory"), t);
    else
      /* TRANSLATORS: %s a term of office, "2025-2030". */
      snprintf(out, REPORT_SECTION_MAX,
               util_tr(l, "Cadre planning for the term %s, in force at the "
                          "end of the period"),
               t);
    return out;
  }
  static const char *const titles[][2] = {
      {"organizations", N_("Organisations below, at the end of the period")},
      {"members", N_("Members at the end of the period")},
      {"members.by_age", N_("Members by age (reached in the year)")},
      {"members.by_party_age", N_("Official members by party age (years)")},
      {"members.by_theory", N_("Members by political theory")},
      {"members.by_ethnicity", N_("Members by ethnicity")},
      {"members.by_education", N_("Members by education")},
      {"flows", N_("During the period")},
      {"flows.transferred_in", N_("Transferred in")},
      {"flows.transferred_out", N_("Transferred out")},
      {"flows.disciplined", N_("Disciplined")},
      {"flows.left", N_("Left the party")},
      {"flows.organizations", N_("Organisations below, during the period")},
      {"oversight.inspected", N_("Inspected during the period")},
      {"oversight.supervised", N_("Supervised during the period")},
      {"organizations_disciplined", N_("Organisations disciplined")},
      {"awards.collectives", N_("Awards to collectives")},
      {"awards.members", N_("Awards to members")},
      {"assessments.organizations",
       N_("Organisations assessed (years ending in the period)")},
      {"assessments.members",
       N_("Members assessed (years ending in the period)")},
      {"meetings", N_("Cell meetings")},
      {"meetings.grades", N_("Cell meetings by grade")},
      {"documents", N_("Documents")},
      {"funds", N_("Funds mobilised")},
      {"funds.by_campaign", N_("Funds mobilised by campaign")},
      {"congresses", N_("Congresses held during the period")},
  };
  for (size_t i = 0; i < UTIL_COUNT(titles); i++)
    if (strcmp(titles[i][0], s) == 0)
      return util_tr(l, titles[i][1]);
  return NULL;
}

/* The label of a line of the report, by its item (the keys of the JSON:
 * docs/report.md). The same key has the same meaning in every section it
 * is in ("members": members counted, in a transfer or an inspection). */
static const char *const item_labels[][2] = {
    {"grassroots", N_("Grassroots organisations")},
    {"central", N_("Central Committee")},
    {"provincial", N_("Provincial committees")},
    {"committee", N_("Committees")},
    {"grassroots_committee", N_("Grassroots party committees")},
    {"grassroots_cell", N_("Grassroots party cells")},
    {"sub_committee", N_("Subordinate committees")},
    {"cell", N_("Subordinate party cells")},
    {"total", N_("Total")},
    {"official", N_("Official members")},
    {"probationary", N_("Probationary members")},
    {"probation_overdue", N_("Probation ended, not recognised")},
    {"female", N_("Women")},
    {"male", N_("Men")},
    {"key_cadres", N_("Key cadres")},
    /* TRANSLATORS: a level of political theory: none studied. */
    {"none", N_("No political theory")},
    /* TRANSLATORS: levels of political theory. */
    {"elementary", N_("Elementary")},
    {"intermediate", N_("Intermediate")},
    {"advanced", N_("Advanced")},
    {"unknown", N_("Not recorded")},
    {"admitted", N_("Admitted")},
    {"readmitted", N_("Readmitted")},
    {"recognized_official", N_("Recognised official")},
    {"organizations", N_("Organisations")},
    {"members", N_("Members")},
    {"reprimand", N_("Reprimand")},
    {"warning", N_("Warning")},
    {"dismissal", N_("Dismissal from post")},
    {"expulsion", N_("Expulsion")},
    {"dissolution", N_("Dissolution")},
    {"removed", N_("Removed from the rolls")},
    {"resigned", N_("Resigned")},
    {"deceased", N_("Deceased")},
    {"expelled", N_("Expelled")},
    /* TRANSLATORS: organisations below founded, dissolved, merged. */
    {"founded", N_("Founded")},
    {"dissolved", N_("Dissolved")},
    {"merged", N_("Merged")},
    /* TRANSLATORS: the records of inspections or supervisions. */
    {"records", N_("Records")},
    {"with_violations", N_("With violations found")},
    {"merit", N_("Certificates of merit")},
    {"flag", N_("Emulation flags")},
    {"order", N_("Orders")},
    {"badge", N_("Party badges")},
    {"other", N_("Other awards")},
    {"excellent", N_("Excellently completed tasks")},
    {"well", N_("Well completed tasks")},
    {"completed", N_("Completed tasks")},
    {"not-completed", N_("Did not complete tasks")},
    /* TRANSLATORS: cell meetings held, regular, thematic, scored. */
    {"held", N_("Held")},
    {"regular", N_("Regular")},
    {"thematic", N_("Thematic")},
    {"scored", N_("Scored")},
    {"mean_score", N_("Mean score")},
    /* TRANSLATORS: the grades of a cell meeting. */
    {"good", N_("Good")},
    {"fairly-good", N_("Fairly good")},
    {"average", N_("Average")},
    {"poor", N_("Poor")},
    /* TRANSLATORS: documents disseminated, implemented. */
    {"disseminated", N_("Disseminated")},
    {"implemented", N_("Implemented")},
    /* TRANSLATORS: the planning of a term: posts planned for, candidates
     * planned (a member planned for two posts counts twice), young cadres
     * (under 45 for central posts, under 40 below), ethnic minorities. */
    {"posts", N_("Posts planned for")},
    {"candidates", N_("Candidates")},
    {"young", N_("Young cadres")},
    {"minorities", N_("Ethnic minorities")},
    {"posts_short_young", N_("Posts under the floor of 15% young cadres")},
    {"posts_short_women", N_("Posts under the floor of 25% women")},
    /* TRANSLATORS: congresses: the executive committee seats to elect,
     * the rounds of voting, the members elected, the seats no round has
     * filled yet, the rounds that ended in a tie at the last seat. */
    {"seats", N_("Seats to elect")},
    {"rounds", N_("Rounds of voting")},
    {"elected", N_("Elected")},
    {"seats_left", N_("Seats not yet filled")},
    {"tied_rounds", N_("Rounds tied at the last seat")},
};

/* The sections whose lines are data, shown as recorded. */
static const char *const data_sections[] = {
    "members.by_ethnicity", "members.by_education", "funds.by_campaign"};

const char *report_item_label(const util_lang *l, const char *section,
                              const char *item) {
  for (size_t i = 0; i < UTIL_COUNT(data_sections); i++)
    if (strcmp(section, data_sections[i]) == 0 && strcmp(item, "unknown") != 0)
      return item;
  for (size_t i = 0; i < UTIL_COUNT(item_labels); i++)
    if (strcmp(item_labels[i][0], item) == 0)
      return util_tr(l, item_labels[i][1]);
  return item; /* the age bands: "18-30" */
}

char *report_value(const util_lang *l, const char *section, int64_t n,
                   bool tenths, char out[static REPORT_VALUE_MAX]) {
  char num[UTIL_LANG_NUM_MAX];
  util_lang_num(l, n, tenths ? 1 : 0, num);
  /* The funds' figures are amounts of money. */
  if (strncmp(section, "funds", 5) == 0)
    /* TRANSLATORS: an amount of money in Vietnamese dong, %s the number
     * as the language groups it ("17,407,000,000 VND"). */
    snprintf(out, REPORT_VALUE_MAX, util_tr(l, "%s VND"), num);
  else
    snprintf(out, REPORT_VALUE_MAX, "%s", num);
  return out;
}

/* ---- text ---------------------------------------------------------------- */

typedef struct text_ctx {
  util_buf *out;
  const util_lang *l;
  char section[REPORT_SECTION_MAX]; /* a copy: a walk's key may be its own */
  util_table *table;
} text_ctx;

static void flush_table(text_ctx *t) {
  if (!t->table)
    return;
  char buf[REPORT_SECTION_MAX];
  const char *title = report_section_title(t->l, t->section, buf);
  util_buf_printf(t->out, "\n%s\n", title ? title : t->section);
  util_table_render(t->table, t->out);
  util_table_free(t->table);
  t->table = NULL;
}

static void text_item(void *ctx, const char *section, const char *item,
                      int64_t n, bool tenths) {
  text_ctx *t = ctx;
  if (!item)
    return;
  if (strcmp(t->section, section) != 0) {
    flush_table(t);
    snprintf(t->section, sizeof t->section, "%s", section);
    t->table = util_table_new(2, NULL);
    util_table_numeric(t->table, 1);
  }
  char value[REPORT_VALUE_MAX];
  char *label = util_xasprintf("  %s", report_item_label(t->l, section, item));
  const char *row[] = {label, report_value(t->l, section, n, tenths, value)};
  util_table_add(t->table, row);
  free(label);
}

void report_render_text(const report_figures *f, const util_lang *l,
                        util_buf *out) {
  char from[16], to[16];
  util_buf_printf(out, "%s — %s\n", f->code, f->name);
  /* TRANSLATORS: the period of the report: its first and last days. */
  util_buf_printf(out, util_tr(l, "from %s to %s"),
                  util_lang_date(l, f->from, from),
                  util_lang_date(l, f->to, to));
  util_buf_putc(out, '\n');
  if (f->group) {
    util_buf members = {0};
    report_member_list(f, &members);
    /* TRANSLATORS: a grouping's report: %s the codes of its members. */
    util_buf_printf(out, util_tr(l, "A grouping of %s"),
                    members.data ? members.data : "");
    util_buf_putc(out, '\n');
    util_buf_free(&members);
  }
  text_ctx t = {.out = out, .l = l};
  report_walk(f, text_item, &t);
  flush_table(&t);
}

void report_member_list(const report_figures *f, util_buf *out) {
  for (size_t i = 0; i < f->n_members; i++)
    util_buf_printf(out, "%s%s", i ? ", " : "", f->members[i]);
}
