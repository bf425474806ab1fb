/*
 * field.c — the types of the operations' inputs (app.h, "typed input
 * fields"): one validator and one description per type, which the command
 * line and the API both run before an operation, so that a malformed
 * value is refused in the same words wherever it is typed. Enumerations
 * take their names from core where core has them.
 */
#include "app/app_int.h"
#include "util/lang.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *const *group_kinds(void) {
  static const char *const k[] = {"region", "cluster", NULL};
  return k;
}

static const char *const *conference_kinds(void) {
  static const char *const k[] = {"review", "workshop", "anniversary", "other",
                                  NULL};
  return k;
}

static const char *const *roles(void) {
  static const char *const r[] = {"viewer", "editor", "admin", NULL};
  return r;
}

/* The orders of lists of people (app_sort). */
static const char *const *sorts(void) {
  static const char *const k[] = {"given", "family", NULL};
  return k;
}

/* The kinds of a congress's delegates (congress.c). */
static const char *const *delegate_kinds(void) {
  static const char *const k[] = {"elected", "ex-officio", NULL};
  return k;
}

static const char *const *engines(void) {
  static const char *const r[] = {"auto", "direct", NULL};
  return r;
}

#define ENUM(name, fn)                                                         \
  const app_field app_f_##name = {.type = APP_FT_ENUM, .choices = fn}
#define INT(name, lo, hi, why)                                                 \
  const app_field app_f_##name = {                                             \
      .type = APP_FT_INT, .min = lo, .max = hi, .rule = why}

const app_field app_f_text = {.type = APP_FT_TEXT};
const app_field app_f_file = {.type = APP_FT_FILE};
const app_field app_f_date = {.type = APP_FT_DATE};
const app_field app_f_code = {.type = APP_FT_CODE};
const app_field app_f_member = {.type = APP_FT_MEMBER};
const app_field app_f_flag = {.type = APP_FT_FLAG};
const app_field app_f_yesno = {.type = APP_FT_YESNO};
const app_field app_f_votes = {.type = APP_FT_VOTES};
const app_field app_f_amount = {.type = APP_FT_AMOUNT};
/* The rules in the words the operations used before the types (meeting.c,
 * assess.c): a year from the party's founding on. Marked for the
 * catalogs, translated where a refusal quotes them. */
INT(year, 1930, 9999,
    N_("a year (YYYY), from 1930, when the party was founded"));
INT(count, 0, 1000000, NULL);
INT(score, 0, 100, N_("a score is a whole number from 0 to 100"));
INT(percent, 0, 100,
    N_("the share of last month's targets met, a whole percentage from 0 to "
       "100"));
INT(minutes, 1, 1440, N_("the length in whole minutes, 1 to 1440"));
INT(seats, 1, 10000, N_("a number of seats, 1 to 10000"));
ENUM(kind, core_kind_choices);
ENUM(sector, core_sector_choices);
ENUM(gender, core_gender_choices);
ENUM(theory, core_theory_choices);
ENUM(form, core_form_choices);
ENUM(oversight, core_oversight_choices);
ENUM(org_form, core_org_form_choices);
ENUM(grade, core_grade_choices);
ENUM(award, core_award_choices);
ENUM(meeting_kind, core_meeting_kind_choices);
ENUM(doc_kind, core_doc_kind_choices);
ENUM(status, core_status_filter_choices);
ENUM(group_kind, group_kinds);
ENUM(conference_kind, conference_kinds);
ENUM(role, roles);
ENUM(engine, engines);
ENUM(sort, sorts);
ENUM(milestone, core_badge_choices);
ENUM(delegate_kind, delegate_kinds);

const char *app_ftype_name(enum app_ftype t) {
  static const char *const names[APP_FT__MAX] = {
      "text", "file", "date",  "code",  "member", "int",
      "enum", "flag", "yesno", "votes", "amount"};
  return (int)t >= 0 && t < APP_FT__MAX ? names[t] : "?";
}

/* "one of a, b or c", whole in the language l: the choices (codes) but
 * the last, then the last. */
static void choices(const app_field *f, const util_lang *l, util_buf *out) {
  const char *const *c = f->choices();
  util_buf head = {0};
  size_t n = 0;
  while (c[n])
    n++;
  for (size_t i = 0; i + 1 < n; i++)
    util_buf_printf(&head, "%s%s", i ? ", " : "", c[i]);
  if (n > 1)
    util_buf_printf(out, util_tr(l, N_("one of %s or %s")), head.data,
                    c[n - 1]);
  else
    util_buf_printf(out, util_tr(l, N_("one of %s")), n ? c[0] : "");
  util_buf_free(&head);
}

/* What a field takes, in the language l. */
static void about_in(const app_field *f, const util_lang *l, util_buf *out) {
  switch (f->type) {
  case APP_FT_TEXT:
  case APP_FT_FILE:
  case APP_FT__MAX:
    break;
  case APP_FT_DATE:
    util_buf_puts(out, util_tr(l, N_("a date, YYYY-MM-DD or DD/MM/YYYY")));
    break;
  case APP_FT_CODE:
    util_buf_puts(out, util_tr(l, N_("an organisation's code")));
    break;
  case APP_FT_MEMBER:
    util_buf_puts(out, util_tr(l, N_("a member's id or party card number")));
    break;
  case APP_FT_INT:
    util_buf_printf(out, util_tr(l, N_("a whole number from %ld to %ld")),
                    f->min, f->max);
    break;
  case APP_FT_ENUM:
    choices(f, l, out);
    break;
  case APP_FT_FLAG:
    break;
  case APP_FT_YESNO:
    util_buf_puts(out, util_tr(l, N_("yes or no")));
    break;
  case APP_FT_VOTES:
    util_buf_puts(out,
                  util_tr(l, N_("votes for and votes cast, FOR/TOTAL (7/9)")));
    break;
  case APP_FT_AMOUNT:
    util_buf_puts(out, util_tr(l, N_("whole VND, digits grouped by '.' or ',' "
                                     "if at all")));
    break;
  }
}

void app_field_about(const app_field *f, util_buf *out) {
  about_in(f, NULL, out);
}

void app_field_about_in(const app_field *f, const util_lang *l, util_buf *out) {
  about_in(f, l, out);
}

/* A refusal of `value` that says what the field takes, in e's language. */
static int refuse(const app_field *f, const char *name, const char *value,
                  util_err *e) {
  util_buf about = {0};
  if (f->rule)
    util_buf_puts(&about, util_tr_err(e, f->rule));
  else
    about_in(f, e ? e->lang : NULL, &about);
  util_invalid(e, name, "%s: %s: %s", name, util_quote(value).s, about.data);
  util_buf_free(&about);
  return -1;
}

/* Codes and member references are looked up by the operation, which
 * refuses what nobody has; what no code can be is refused here: text
 * with a control character or a space. */
static bool code_like(const char *v) {
  for (const unsigned char *p = (const unsigned char *)v; *p; p++)
    if (*p <= ' ' || *p == 0x7f)
      return false;
  return true;
}

int app_field_check(const app_field *f, const char *name, const char *value,
                    util_err *e) {
  if (!value || !*value || f->type == APP_FT_FILE || f->type == APP_FT_FLAG)
    return 0;
  if (!util_utf8_valid(value, strlen(value)))
    return util_invalid(e, name, "%s: invalid UTF-8", name);
  const char *why;
  util_day day;
  int n1, n2;
  int64_t vnd;
  switch (f->type) {
  case APP_FT_DATE:
    if (util_date_parse(value, &day, &why))
      return util_invalid(e, name, "%s: %s: %s", name, util_quote(value).s,
                          util_tr_err(e, why));
    return 0;
  case APP_FT_CODE:
  case APP_FT_MEMBER:
    return code_like(value) ? 0 : refuse(f, name, value, e);
  case APP_FT_INT: {
    char *end = NULL;
    errno = 0;
    long v = strtol(value, &end, 10);
    bool ok = (value[0] == '-' || (value[0] >= '0' && value[0] <= '9')) &&
              !*end && !errno && v >= f->min && v <= f->max;
    return ok ? 0 : refuse(f, name, value, e);
  }
  case APP_FT_ENUM:
    for (const char *const *c = f->choices(); *c; c++)
      if (strcmp(*c, value) == 0)
        return 0;
    return refuse(f, name, value, e);
  case APP_FT_YESNO:
    return strcmp(value, "yes") == 0 || strcmp(value, "no") == 0
               ? 0
               : refuse(f, name, value, e);
  case APP_FT_VOTES:
    return app_votes(name, value, &n1, &n2, e);
  case APP_FT_AMOUNT:
    return app_amount(name, value, &vnd, e);
  case APP_FT_TEXT:
  case APP_FT_FILE:
  case APP_FT_FLAG:
  case APP_FT__MAX:
    break;
  }
  return 0;
}

/* Cadre planning (planning.c). */
static const char *const *post_levels(void) {
  static const char *const k[] = {"central", "provincial", "local", NULL};
  return k;
}
static const char *const *plan_reasons(void) {
  static const char *const k[] = {"standards",  "prospects", "prestige", "age",
                                  "discipline", "other",     NULL};
  return k;
}
ENUM(level, post_levels);
ENUM(plan_reason, plan_reasons);
INT(age, 1, 120, N_("an age in whole years, 1 to 120"));
INT(years, 0, 50, N_("a number of whole years, 0 to 50"));
