/*
 * planning.c — `cadre post ...`, `cadre appoint`, `cadre rotate` and
 * `cadre plan ...`: the posts of committees, who holds them, rotations,
 * and the planning of posts for a term with its structure and review
 * (app/planning*.c; the JSON is view/planning.c's).
 */
#include "cli/cli_int.h"
#include "util/lang.h"
#include "view/view.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Prints JSON as the command line prints a record. */
static void print_json(json_t *j) {
  util_buf out = {0};
  view_dump(j, &out);
  cli_print(&out);
  util_buf_free(&out);
  json_decref(j);
}

/* ---- posts
 * ---------------------------------------------------------------------- */

int cli_post_add(cli_ctx *c, util_err *e) {
  app_post_in in = {.code = cli_arg(c, 0),
                    .org = cli_opt_value(c, "org"),
                    .title = cli_opt_value(c, "title"),
                    .seats = cli_opt_value(c, "seats"),
                    .level = cli_opt_value(c, "level"),
                    .max_age = cli_opt_value(c, "max-age"),
                    .min_age = cli_opt_value(c, "min-age"),
                    .theory = cli_opt_value(c, "theory"),
                    .discipline_years = cli_opt_value(c, "discipline-years"),
                    .education = cli_opt_value(c, "education")};
  return app_post_add(cli_app(c), &in, e);
}

int cli_post_list(cli_ctx *c, util_err *e) {
  char format[16];
  store_post *p;
  size_t n;
  if (cli_format(c, "table|csv|json", format, e) ||
      app_posts(cli_app(c), cli_opt_value(c, "under"), cli_opt_value(c, "at"),
                &p, &n, e))
    return -1;
  cli_list *l = cli_list_new(c, format, VIEW_POST_NCOLS, view_post_cols,
                             view_post_numeric);
  for (size_t i = 0; i < n; i++) {
    char buf[5][16];
    const char *cells[VIEW_POST_NCOLS];
    view_post_cells(&p[i], buf, cells);
    cli_list_row(l, cells);
  }
  app_posts_free(p, n);
  return cli_list_done(l, 0);
}

int cli_post_holders(cli_ctx *c, util_err *e) {
  char format[16], day[11];
  app *a = cli_app(c);
  store_post p;
  store_holding *h;
  size_t n;
  const char *at = cli_opt_value(c, "date");
  if (cli_format(c, "text|json", format, e) ||
      app_post_holders(a, cli_arg(c, 0), at, &p, &h, &n, e))
    return -1;
  snprintf(day, sizeof day, "%s", at ? at : "");
  if (!at)
    util_date_format(a->today, day);
  if (strcmp(format, "json") == 0) {
    print_json(view_holders_json(&p, day, h, n));
  } else {
    const util_lang *l = cli_lang(c);
    util_buf out = {0};
    char shown[VIEW_CELL_MAX];
    util_buf_printf(&out,
                    util_trn(l, "%s — %s (%s): %d seat, %zu held on %s\n",
                             "%s — %s (%s): %d seats, %zu held on %s\n",
                             (unsigned long)p.seats),
                    p.code, p.title, p.org_code, p.seats, n,
                    view_cell_text(l, "date", false, day, shown));
    static const char *const cols[] = {"member", "name", "from", "planned",
                                       "decision"};
    util_table *t = view_inner_table(l, UTIL_COUNT(cols), cols, NULL);
    util_table_numeric(t, 0);
    for (size_t i = 0; i < n; i++) {
      char id[24], from[11], fromc[VIEW_CELL_MAX];
      snprintf(id, sizeof id, "%lld", (long long)h[i].member);
      const char *row[] = {
          id, h[i].name,
          view_cell_text(l, "from", false, util_date_format(h[i].from, from),
                         fromc),
          h[i].planned ? util_tr(l, N_("yes")) : util_tr(l, N_("no")),
          h[i].decision ? h[i].decision : ""};
      util_table_add(t, row);
    }
    if (n)
      util_table_render(t, &out);
    util_table_free(t);
    cli_print(&out);
    util_buf_free(&out);
  }
  app_holdings_free(h, n);
  app_post_clear(&p);
  return 0;
}

int cli_post_leave(cli_ctx *c, util_err *e) {
  app_appoint_in in = {.post = cli_arg(c, 0),
                       .member = cli_opt_value(c, "member"),
                       .date = cli_opt_value(c, "date")};
  return app_post_leave(cli_app(c), &in, e);
}

/* ---- appointments and rotations
 * ------------------------------------------------- */

int cli_appoint(cli_ctx *c, util_err *e) {
  char format[16];
  app_appoint_in in = {.member = cli_arg(c, 0),
                       .post = cli_opt_value(c, "post"),
                       .date = cli_opt_value(c, "date"),
                       .decision = cli_opt_value(c, "decision")};
  int64_t id;
  bool planned;
  if (cli_format(c, "text|json", format, e) ||
      app_appoint(cli_app(c), &in, &id, &planned, e))
    return -1;
  char *warning =
      planned ? NULL
              : util_xasprintf(
                    util_tr(cli_lang(c),
                            N_("member %s is not in the planning of %s for a "
                               "term covering %s")),
                    in.member, in.post, in.date);
  if (strcmp(format, "json") == 0) {
    json_t *j =
        json_pack("{s:I, s:b}", "id", (json_int_t)id, "planned", planned);
    if (warning)
      json_object_set_new(j, "warning", json_string(warning));
    print_json(j);
  } else {
    printf("%lld\n", (long long)id);
  }
  if (warning)
    fprintf(stderr, "%s: %s\n", util_tr(cli_lang(c), N_("warning")), warning);
  free(warning);
  return 0;
}

int cli_rotate(cli_ctx *c, util_err *e) {
  app_rotate_in in = {.member = cli_arg(c, 0),
                      .to = cli_opt_value(c, "to"),
                      .post = cli_opt_value(c, "post"),
                      .from = cli_opt_value(c, "from"),
                      .until = cli_opt_value(c, "until"),
                      .decision = cli_opt_value(c, "decision"),
                      .note = cli_opt_value(c, "note")};
  int64_t id;
  if (app_rotate(cli_app(c), &in, &id, e))
    return -1;
  printf("%lld\n", (long long)id);
  return 0;
}

int cli_rotation_list(cli_ctx *c, util_err *e) {
  char format[16];
  store_rotation_row *r;
  size_t n;
  if (cli_format(c, "table|csv|json", format, e) ||
      app_rotations(cli_app(c), cli_opt_value(c, "under"),
                    cli_opt_value(c, "member"), cli_opt_value(c, "at"), &r, &n,
                    e))
    return -1;
  cli_list *l = cli_list_new(c, format, VIEW_ROTATION_NCOLS, view_rotation_cols,
                             view_rotation_numeric);
  for (size_t i = 0; i < n; i++) {
    char buf[4][24];
    const char *cells[VIEW_ROTATION_NCOLS];
    view_rotation_cells(&r[i], buf, cells);
    cli_list_row(l, cells);
  }
  app_rotations_free(r, n);
  return cli_list_done(l, 0);
}

/* ---- planning
 * ------------------------------------------------------------------- */

static app_plan_in plan_in(cli_ctx *c) {
  return (app_plan_in){.post = cli_opt_value(c, "post"),
                       .term = cli_opt_value(c, "term"),
                       .member = cli_opt_value(c, "member"),
                       .date = cli_opt_value(c, "date"),
                       .reason = cli_opt_value(c, "reason"),
                       .note = cli_opt_value(c, "note")};
}

int cli_plan_add(cli_ctx *c, util_err *e) {
  app_plan_in in = plan_in(c);
  int64_t id;
  return app_plan_add(cli_app(c), &in, &id, e);
}

int cli_plan_remove(cli_ctx *c, util_err *e) {
  app_plan_in in = plan_in(c);
  return app_plan_remove(cli_app(c), &in, e);
}

/* "3 (37.5%)", as language l writes its numbers. */
static void share(util_buf *out, const util_lang *l, int k, size_t n) {
  char num[UTIL_LANG_NUM_MAX];
  util_lang_num(l, view_share_tenths(k, (long)n), 1, num);
  util_buf_printf(out, "%d (%s%%)", k, num);
}

/* A floor's line: the count, its share, and whether the floor is met. */
static void floor_line(util_buf *out, const util_lang *l, const char *what,
                       int k, size_t n, int floor, bool met) {
  util_buf_printf(out, "  %s: ", what);
  share(out, l, k, n);
  util_buf_printf(out, " — %s %d%%: %s\n", util_tr(l, N_("floor")), floor,
                  met ? util_tr(l, N_("met"))
                      : util_tr(l, N_("NOT MET (flagged)")));
}

static void plan_text(const app_plan_view *v, const util_lang *l,
                      util_buf *out) {
  char start[UTIL_DATE_SAY];
  util_buf_printf(out, "%s — %s (%s), %s %s (%s), %s\n", v->post.code,
                  v->post.title, v->post.org_code, util_tr(l, N_("term")),
                  v->term, util_lang_date(l, v->start, start),
                  view_code_text(l, "level", app_level_name(v->level)));
  static const char *const cols[] = {
      "id",     "name",      "born",     "age",      "gender", "ethnicity",
      "theory", "education", "position", "in_since", "added"};
  static const char *const plain[] = {
      "id",     "name",      "born",     "age",      "gender", "ethnicity",
      "theory", "education", "position", "in since", "added"};
  util_table *t = view_inner_table(l, UTIL_COUNT(cols), cols, plain);
  util_table_numeric(t, 0);
  util_table_numeric(t, 3);
  for (size_t i = 0; i < v->n; i++) {
    const store_member *m = &v->c[i].m;
    char id[24], age[8], raw[3][11], cell[5][VIEW_CELL_MAX];
    snprintf(id, sizeof id, "%lld", (long long)m->id);
    snprintf(age, sizeof age, "%d", v->c[i].age);
    const char *row[] = {
        id,
        m->name,
        view_cell_text(l, "born", false, util_date_format(m->born, raw[0]),
                       cell[0]),
        age,
        view_cell_text(l, "gender", false, app_gender_name(m->gender), cell[1]),
        m->ethnicity ? m->ethnicity : "",
        m->theory == CORE_THEORY_UNKNOWN
            ? ""
            : view_cell_text(l, "theory", false, app_theory_name(m->theory),
                             cell[2]),
        m->education ? m->education : "",
        m->position ? m->position : "",
        m->admitted
            ? view_cell_text(l, "in_since", false,
                             util_date_format(m->admitted, raw[1]), cell[3])
            : "",
        view_cell_text(l, "added", false,
                       util_date_format(v->c[i].added, raw[2]), cell[4])};
    util_table_add(t, row);
  }
  if (v->n)
    util_table_render(t, out);
  util_table_free(t);
  util_buf_printf(out, "\n%s: %zu\n", util_tr(l, N_("Candidates")), v->n);
  util_buf_printf(out, "  %s:", util_tr(l, N_("age at the term's start")));
  for (int i = 0; i < APP_AGE_BANDS; i++) {
    util_buf_printf(out, "%s %s ", i ? "," : "",
                    util_trc(l, "age band", app_age_bands[i]));
    share(out, l, v->bands[i], v->n);
  }
  util_buf_puts(out, "\n");
  char *young = util_xasprintf("%s (%s %d)", util_tr(l, N_("young")),
                               util_tr(l, N_("under")), v->young_under);
  floor_line(out, l, young, v->young, v->n, 15, v->young_floor);
  free(young);
  floor_line(out, l, util_tr(l, N_("women")), v->women, v->n, 25,
             v->women_floor);
  util_buf_printf(out, "  %s: ", util_tr(l, N_("ethnic minorities")));
  share(out, l, v->minorities, v->n);
  util_buf_printf(out, "\n  %s:", util_tr(l, N_("political theory")));
  for (int i = CORE_THEORY__MAX - 1; i >= 0; i--) {
    util_buf_printf(out, " %s ",
                    i == CORE_THEORY_UNKNOWN
                        ? util_tr(l, N_("not recorded"))
                        : view_code_text(l, "theory", app_theory_name(i)));
    share(out, l, v->theory[i], v->n);
    util_buf_puts(out, i ? "," : "\n");
  }
}

int cli_plan_list(cli_ctx *c, util_err *e) {
  char format[16];
  app_plan_view v;
  if (cli_format(c, "text|json", format, e) ||
      app_plan_view_get(cli_app(c), cli_opt_value(c, "post"),
                        cli_opt_value(c, "term"), &v, e))
    return -1;
  if (strcmp(format, "json") == 0) {
    print_json(view_plan_json(&v));
  } else {
    util_buf out = {0};
    plan_text(&v, cli_lang(c), &out);
    cli_print(&out);
    util_buf_free(&out);
  }
  app_plan_view_clear(&v);
  return 0;
}

typedef struct review_out {
  const util_lang *l;
  util_table *table;
  json_t *json;
  int n;
} review_out;

/* The facts of a finding, as a sentence. */
static char *facts_text(const util_lang *l, const app_plan_finding *f) {
  const core_plan_failure *x = &f->failure;
  char d[UTIL_DATE_SAY];
  switch (x->rule) {
  case CORE_PLAN_AGE_LIMIT:
    return util_xasprintf(
        util_tr(l, N_("reaches the age limit of %d on %s, before the term "
                      "ends")),
        f->rules.max_age, util_lang_date(l, x->day, d));
  case CORE_PLAN_TOO_YOUNG:
    return util_xasprintf(
        util_tr(l, N_("aged %d when the term begins, under the least age of "
                      "%d")),
        x->age, f->rules.min_age);
  case CORE_PLAN_THEORY:
    return util_xasprintf(
        util_tr(l, N_("political theory %s, below %s")),
        x->form == CORE_THEORY_UNKNOWN
            ? util_tr(l, N_("not recorded"))
            : view_code_text(l, "theory", app_theory_name(x->form)),
        view_code_text(l, "theory", app_theory_name(f->rules.min_theory)));
  case CORE_PLAN_DISCIPLINE:
    return util_xasprintf(
        util_tr(l, N_("%s on %s, within the %d years counted")),
        view_code_text(l, "form", app_form_name(x->form)),
        util_lang_date(l, x->day, d), f->rules.discipline_years);
  case CORE_PLAN_EDUCATION:
    return util_xasprintf(util_tr(l, N_("education %s, not among %s")),
                          f->member->education ? f->member->education
                                               : util_tr(l, N_("not recorded")),
                          f->rules.education);
  default:
    return util_xstrdup("");
  }
}

static int review_row(void *ctx, const app_plan_finding *f) {
  review_out *r = ctx;
  r->n++;
  if (r->json) {
    json_array_append_new(r->json, view_plan_finding_json(f));
    return 0;
  }
  char id[24], *facts = facts_text(r->l, f);
  snprintf(id, sizeof id, "%lld", (long long)f->member->id);
  const char *row[] = {
      f->post->code, id, f->member->name,
      util_trc(r->l, "plan rule", view_plan_rule_name(f->failure.rule)), facts};
  util_table_add(r->table, row);
  free(facts);
  return 0;
}

int cli_plan_review(cli_ctx *c, util_err *e) {
  char format[16];
  if (cli_format(c, "text|json", format, e))
    return -1;
  static const char *const cols[] = {"post", "member", "name", "rule", "facts"};
  review_out r = {.l = cli_lang(c)};
  if (strcmp(format, "json") == 0)
    r.json = json_array();
  else
    r.table = view_inner_table(r.l, UTIL_COUNT(cols), cols, NULL);
  int rc = app_plan_review(cli_app(c), cli_opt_value(c, "term"),
                           cli_opt_value(c, "under"), cli_opt_value(c, "date"),
                           review_row, &r, e);
  if (rc == 0 && r.json) {
    print_json(json_pack("{s:s, s:i, s:O}", "term", cli_opt_value(c, "term"),
                         "findings_count", r.n, "findings", r.json));
  } else if (rc == 0) {
    util_buf out = {0};
    if (r.n)
      util_table_render(r.table, &out);
    util_buf_printf(
        &out, util_trn(r.l, "%d finding", "%d findings", (unsigned long)r.n),
        r.n);
    util_buf_puts(&out, "\n");
    cli_print(&out);
    util_buf_free(&out);
  }
  json_decref(r.json);
  util_table_free(r.table);
  return rc;
}
