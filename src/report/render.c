/*
 * render.c — the period report as text, JSON and CSV. The JSON and CSV
 * shapes are documented in docs/report.md; keys are only ever added.
 */
#include "report/report.h"

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

/* One line of the report: a section, an item, a number. Every renderer is
 * a walk over the same list, so the three formats never disagree. Each
 * section is announced first with a NULL item, so that a section with no
 * lines (no members: no ethnicity) still has its place. */
typedef void (*item_fn)(void *ctx, const char *section, const char *item,
                        int64_t n);

static void walk(const report_figures *f, item_fn fn, void *ctx) {
  fn(ctx, "organizations", NULL, 0);
  fn(ctx, "organizations", "grassroots", f->grassroots);
  for (int k = 0; k < CORE_KIND__MAX; k++)
    fn(ctx, "organizations", core_kind_name((enum core_kind)k), f->orgs[k]);
  fn(ctx, "members", NULL, 0);
  fn(ctx, "members", "total", f->total);
  fn(ctx, "members", "official", f->official);
  fn(ctx, "members", "probationary", f->probationary);
  fn(ctx, "members", "female", f->female);
  fn(ctx, "members", "male", f->male);
  fn(ctx, "members", "key_cadres", f->key_cadres);
  fn(ctx, "members.by_age", NULL, 0);
  for (int i = 0; i < REPORT_AGE_BANDS; i++)
    fn(ctx, "members.by_age", report_age_bands[i], f->by_age[i]);
  fn(ctx, "members.by_party_age", NULL, 0);
  for (int i = 0; i < REPORT_PARTY_AGE_BANDS; i++)
    fn(ctx, "members.by_party_age", report_party_age_bands[i],
       f->by_party_age[i]);
  fn(ctx, "members.by_theory", NULL, 0);
  for (int t = 1; t < CORE_THEORY__MAX; t++)
    fn(ctx, "members.by_theory", theory_label(t), f->by_theory[t]);
  if (f->by_theory[CORE_THEORY_UNKNOWN])
    fn(ctx, "members.by_theory", "unknown", f->by_theory[0]);
  fn(ctx, "members.by_ethnicity", NULL, 0);
  for (size_t i = 0; i < f->n_ethnicity; i++)
    fn(ctx, "members.by_ethnicity", label_or_unknown(f->by_ethnicity[i].label),
       f->by_ethnicity[i].n);
  fn(ctx, "members.by_education", NULL, 0);
  for (size_t i = 0; i < f->n_education; i++)
    fn(ctx, "members.by_education", label_or_unknown(f->by_education[i].label),
       f->by_education[i].n);
  fn(ctx, "flows", NULL, 0);
  fn(ctx, "flows", "admitted", f->admitted);
  fn(ctx, "flows", "readmitted", f->readmitted);
  fn(ctx, "flows", "recognized_official", f->recognized);
  fn(ctx, "flows.transferred_in", NULL, 0);
  fn(ctx, "flows.transferred_in", "organizations", f->orgs_in);
  fn(ctx, "flows.transferred_in", "members", f->members_in);
  fn(ctx, "flows.transferred_out", NULL, 0);
  fn(ctx, "flows.transferred_out", "organizations", f->orgs_out);
  fn(ctx, "flows.transferred_out", "members", f->members_out);
  fn(ctx, "flows.disciplined", NULL, 0);
  fn(ctx, "flows.disciplined", "members", f->disciplined_members);
  for (int i = 0; i < CORE_FORM__MAX; i++)
    fn(ctx, "flows.disciplined", core_form_name((enum core_form)i),
       f->disciplined[i]);
  fn(ctx, "flows.left", NULL, 0);
  fn(ctx, "flows.left", "removed", f->left_removed);
  fn(ctx, "flows.left", "resigned", f->left_resigned);
  fn(ctx, "flows.left", "deceased", f->left_deceased);
  fn(ctx, "flows.left", "expelled", f->left_expelled);
  fn(ctx, "flows.organizations", NULL, 0);
  fn(ctx, "flows.organizations", "founded", f->orgs_founded);
  fn(ctx, "flows.organizations", "dissolved", f->orgs_dissolved);
  fn(ctx, "flows.organizations", "merged", f->orgs_merged);
}

/* ---- CSV ----------------------------------------------------------------- */

static void csv_item(void *ctx, const char *section, const char *item,
                     int64_t n) {
  if (!item)
    return;
  char num[24];
  snprintf(num, sizeof num, "%lld", (long long)n);
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
  walk(f, csv_item, out);
}

/* ---- JSON ---------------------------------------------------------------- */

/* The object at a dotted section path, created on the way. */
static json_t *section_of(json_t *root, const char *section) {
  json_t *o = root;
  char *copy = util_xstrdup(section);
  for (char *part = strtok(copy, "."); part; part = strtok(NULL, ".")) {
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
                      int64_t n) {
  json_t *o = section_of(ctx, section);
  if (item)
    json_object_set_new(o, item, json_integer(n));
}

void report_render_json(const report_figures *f, util_buf *out) {
  char from[11], to[11];
  json_t *root = json_object();
  json_object_set_new(root, "scope",
                      json_pack("{s:s, s:s, s:s, s:s}", "org", f->code, "name",
                                f->name, "from",
                                util_date_format(f->from, from), "to",
                                util_date_format(f->to, to)));
  walk(f, json_item, root);
  char *text = json_dumps(root, JSON_INDENT(2));
  util_buf_puts(out, text);
  util_buf_putc(out, '\n');
  free(text);
  json_decref(root);
}

/* ---- text ---------------------------------------------------------------- */

typedef struct text_ctx {
  util_buf *out;
  const char *section;
  util_table *table;
} text_ctx;

static const char *section_title(const char *s) {
  static const char *const titles[][2] = {
      {"organizations", "Organisations below, at the end of the period"},
      {"members", "Members at the end of the period"},
      {"members.by_age", "Members by age (reached in the year)"},
      {"members.by_party_age", "Official members by party age (years)"},
      {"members.by_theory", "Members by political theory"},
      {"members.by_ethnicity", "Members by ethnicity"},
      {"members.by_education", "Members by education"},
      {"flows", "During the period"},
      {"flows.transferred_in", "Transferred in"},
      {"flows.transferred_out", "Transferred out"},
      {"flows.disciplined", "Disciplined"},
      {"flows.left", "Left the party"},
      {"flows.organizations", "Organisations below, during the period"},
  };
  for (size_t i = 0; i < UTIL_COUNT(titles); i++)
    if (strcmp(titles[i][0], s) == 0)
      return titles[i][1];
  return s;
}

static void flush_table(text_ctx *t) {
  if (!t->table)
    return;
  util_buf_printf(t->out, "\n%s\n", section_title(t->section));
  util_table_render(t->table, t->out);
  util_table_free(t->table);
  t->table = NULL;
}

static void text_item(void *ctx, const char *section, const char *item,
                      int64_t n) {
  text_ctx *t = ctx;
  if (!item)
    return;
  if (!t->section || strcmp(t->section, section) != 0) {
    flush_table(t);
    t->section = section;
    t->table = util_table_new(2, NULL);
    util_table_numeric(t->table, 1);
  }
  char num[24];
  snprintf(num, sizeof num, "%lld", (long long)n);
  char *label = util_xasprintf("  %s", item);
  for (char *p = label; *p; p++)
    if (*p == '_')
      *p = ' ';
  const char *row[] = {label, num};
  util_table_add(t->table, row);
  free(label);
}

void report_render_text(const report_figures *f, util_buf *out) {
  char from[11], to[11];
  util_buf_printf(out, "%s — %s\nfrom %s to %s\n", f->code, f->name,
                  util_date_format(f->from, from), util_date_format(f->to, to));
  text_ctx t = {.out = out};
  walk(f, text_item, &t);
  flush_table(&t);
}
