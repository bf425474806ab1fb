/*
 * test_property_history.c — a property of corrections (issue 6): for
 * random histories (seeded), entered as clerks enter them — events in
 * random order, mistakes among them, some voided, some corrected — every
 * report of every period, by both engines, equals the report of the same
 * history entered in date order without the voided events. And the
 * tallies kept along the way equal a recomputation.
 *
 * CADRE_PROPERTY_SEEDS=N runs N seeds (default 2), CADRE_PROPERTY_MEMBERS
 * the members per seed (default 60).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"

/* ---- the tree ------------------------------------------------------------ */

static const struct {
  const char *code, *kind, *parent;
} orgs[] = {
    {"P", "provincial", NULL},
    {"K1", "committee", "P"},
    {"K2", "committee", "P"},
    {"G1", "grassroots_committee", "K1"},
    {"C1", "cell", "G1"},
    {"C2", "cell", "G1"},
    {"G2", "grassroots_committee", "K2"},
    {"C3", "cell", "G2"},
    {"GC4", "grassroots_cell", "K2"},
    {"GC5", "grassroots_cell", "K1"},
};
static const char *const cells[] = {"C1", "C2", "C3", "GC4", "GC5"};
#define NCELLS (sizeof cells / sizeof *cells)

/* ---- histories ------------------------------------------------------------
 */

/* One event as typed, with the day it is dated. */
typedef struct ev {
  int member; /* index, from 0; the member's id is member + 1 */
  util_day day;
  enum core_event_kind kind;
  char date[11], until[11];
  const char *cell, *form;
  bool mistake; /* to be voided once entered */
  int64_t id;   /* once entered */
  bool in;      /* entered and in force */
} ev;

typedef struct world {
  util_rng rng;
  int nmembers;
  ev *ev;
  size_t n;
} world;

static void add(world *w, int member, util_day day, enum core_event_kind kind,
                const char *cell, util_day until, const char *form,
                bool mistake) {
  w->ev = realloc(w->ev, (w->n + 1) * sizeof *w->ev);
  ev *x = &w->ev[w->n++];
  memset(x, 0, sizeof *x);
  x->member = member;
  x->day = day;
  x->kind = kind;
  x->cell = cell;
  x->form = form;
  x->mistake = mistake;
  util_date_format(day, x->date);
  if (until)
    util_date_format(until, x->until);
}

static int pick(world *w, int n) {
  return util_rng_below(&w->rng, n);
}

/* Events after a member's registration: on distinct days from 2019 on,
 * some of them mistakes. Whether each holds is cadre's to say. */
static void events_of(world *w, int m) {
  util_day day = util_day_from_civil(2019, 1, 1) + pick(w, 200);
  util_day last = util_day_from_civil(2026, 6, 30);
  int k = pick(w, 6);
  for (int i = 0; i < k && day < last; i++) {
    const char *cell = cells[pick(w, NCELLS)];
    bool mistake = pick(w, 5) == 0;
    switch (pick(w, 8)) {
    case 0:
    case 1:
      add(w, m, day, CORE_EV_TRANSFERRED, cell, 0, NULL, mistake);
      break;
    case 2:
      add(w, m, day, CORE_EV_TEMPORARY, cell,
          util_day_add_months(day, 3 + pick(w, 8)), NULL, mistake);
      break;
    case 3:
    case 4:
      add(w, m, day, CORE_EV_DISCIPLINED, NULL, 0,
          pick(w, 2) ? "reprimand" : "warning", mistake);
      break;
    case 5:
      add(w, m, day, CORE_EV_RECOGNIZED, NULL, 0, NULL, false);
      break;
    case 6:
      add(w, m, day,
          pick(w, 2) ? CORE_EV_DECEASED
                     : (pick(w, 2) ? CORE_EV_REMOVED : CORE_EV_RESIGNED),
          NULL, 0, NULL, mistake);
      break;
    default:
      add(w, m, day, CORE_EV_READMITTED, cell, 0, NULL, false);
      break;
    }
    day += 20 + pick(w, 500);
  }
}

/* ---- entering them --------------------------------------------------------
 */

static void open_db(app *a, const char *path) {
  util_err e = {0};
  memset(a, 0, sizeof *a);
  a->user = "property";
  a->role = APP_ADMIN;
  a->today = util_day_from_civil(2026, 6, 30);
  if (app_open(a, path, STORE_CREATE, &e))
    fail_msg("open %s: %s", path, e.msg);
}

static void must(int rc, const char *what, const util_err *e) {
  if (rc)
    fail_msg("%s: %s", what, e->msg);
}

/* The tree and the registers, the same in both databases (same ids). */
static void registers(app *a, world *w) {
  util_err e = {0};
  for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++) {
    app_org_in in = {.code = orgs[i].code,
                     .name = orgs[i].code,
                     .kind = orgs[i].kind,
                     .parent = orgs[i].parent,
                     .founded = "2000-01-01"};
    must(app_org_add(a, &in, NULL, &e), orgs[i].code, &e);
  }
  util_rng r = {w->rng.s ^ 0x5eed};
  for (int m = 0; m < w->nmembers; m++) {
    char name[32], born[11], admitted[11], official[11];
    snprintf(name, sizeof name, "Member %d", m + 1);
    util_day b = util_day_from_civil(1960 + util_rng_below(&r, 35),
                                     1 + util_rng_below(&r, 12),
                                     1 + util_rng_below(&r, 28));
    util_day adm = util_day_add_years(b, 20 + util_rng_below(&r, 15));
    if (adm > util_day_from_civil(2018, 6, 1))
      adm = util_day_from_civil(2018, 6, 1) - util_rng_below(&r, 300);
    util_date_format(b, born);
    util_date_format(adm, admitted);
    util_date_format(core_official_date(adm), official);
    app_person_in p = {.name = name,
                       .born = born,
                       .gender = util_rng_below(&r, 2) ? "male" : "female",
                       .theory = util_rng_below(&r, 2) ? "advanced" : NULL};
    app_register_in in = {.cell = cells[util_rng_below(&r, NCELLS)],
                          .admitted = admitted,
                          .official = util_rng_below(&r, 4) ? official : NULL};
    int64_t id;
    must(app_member_add(a, &p, &in, &id, &e), name, &e);
    assert_int_equal(id, m + 1);
  }
}

static int enter(app *a, ev *x) {
  char member[16];
  util_err e = {0};
  snprintf(member, sizeof member, "%d", x->member + 1);
  app_event_in in = {.kind = x->kind,
                     .member = member,
                     .date = x->date,
                     .cell = x->cell,
                     .until = x->until[0] ? x->until : NULL,
                     .form = x->form,
                     .votes = x->form ? "5/9" : NULL};
  return app_member_event(a, &in, &x->id, &e);
}

/* ---- comparing the reports --------------------------------------------------
 */

static char *report_text(app *a, int64_t org, util_day from, util_day to,
                         enum report_engine engine) {
  util_err e = {0};
  report_figures f = {0};
  util_buf out = {0};
  must(store_begin(a->st, false, &e), "begin", &e);
  must(report_compute(a->st, org, from, to, engine, &f, &e), "report", &e);
  store_rollback(a->st);
  report_render_json(&f, &out);
  report_figures_clear(&f);
  return out.data;
}

static void compare(app *kept, app *clean, world *w) {
  util_day from[16], to[16];
  size_t np = 0;
  for (int y = 2017; y <= 2026; y++) {
    from[np] = util_day_from_civil(y, 1, 1);
    to[np++] = util_day_from_civil(y, 12, 31);
  }
  for (int i = 0; i < 4; i++) {
    from[np] = util_day_from_civil(2015, 1, 1) + pick(w, 3000);
    to[np] = from[np] + pick(w, 900);
    np++;
  }
  for (int64_t org = 1; org <= (int64_t)(sizeof orgs / sizeof *orgs); org++)
    for (size_t p = 0; p < np; p++)
      for (int engine = REPORT_AUTO; engine <= REPORT_DIRECT; engine++) {
        char *x = report_text(kept, org, from[p], to[p], engine);
        char *y = report_text(clean, org, from[p], to[p], engine);
        if (strcmp(x, y) != 0) {
          char d1[11], d2[11];
          fail_msg("org %lld %s..%s engine %d differs:\n%s\n---\n%s",
                   (long long)org, util_date_format(from[p], d1),
                   util_date_format(to[p], d2), engine, x, y);
        }
        free(x);
        free(y);
      }
}

static int by_day(const void *p, const void *q) {
  const ev *a = *(ev *const *)p, *b = *(ev *const *)q;
  if (a->member != b->member)
    return a->member - b->member;
  return (a->day > b->day) - (a->day < b->day);
}

static void one_seed(uint64_t seed, int nmembers, const char *dir) {
  world w = {.rng = {seed}, .nmembers = nmembers};
  for (int m = 0; m < nmembers; m++)
    events_of(&w, m);
  char pa[400], pb[400];
  snprintf(pa, sizeof pa, "%s/kept-%llu.db", dir, (unsigned long long)seed);
  snprintf(pb, sizeof pb, "%s/clean-%llu.db", dir, (unsigned long long)seed);
  app kept, clean;
  open_db(&kept, pa);
  open_db(&clean, pb);
  registers(&kept, &w);
  registers(&clean, &w);

  /* Entered in random order, in a few passes: what a rule refuses now may
   * hold once an earlier event has come in. */
  ev **order = malloc(w.n * sizeof *order);
  for (size_t i = 0; i < w.n; i++)
    order[i] = &w.ev[i];
  for (size_t i = w.n; i > 1; i--) {
    size_t j = (size_t)pick(&w, (int)i);
    ev *t = order[i - 1];
    order[i - 1] = order[j];
    order[j] = t;
  }
  size_t entered = 0, late = 0;
  for (int pass = 0; pass < 3; pass++)
    for (size_t i = 0; i < w.n; i++) {
      ev *x = order[i];
      if (x->in || enter(&kept, x))
        continue;
      x->in = true;
      entered++;
      for (size_t k = 0; k < w.n; k++)
        if (w.ev[k].in && w.ev[k].member == x->member && w.ev[k].day > x->day &&
            &w.ev[k] != x) {
          late++;
          break;
        }
    }
  /* The mistakes are voided where the history allows it; the last real
   * event of some members is corrected to a later day. */
  size_t voided = 0, corrected = 0;
  for (size_t i = 0; i < w.n; i++) {
    ev *x = &w.ev[i];
    char id[24];
    util_err e = {0};
    snprintf(id, sizeof id, "%lld", (long long)x->id);
    if (x->in && x->mistake && app_event_void(&kept, id, "mistake", &e) == 0) {
      x->in = false;
      voided++;
    } else if (x->in && !x->mistake && x->kind == CORE_EV_DISCIPLINED &&
               pick(&w, 3) == 0) {
      util_day day = x->day + 1;
      char date[11];
      int64_t nid;
      app_event_in c = {.date = util_date_format(day, date)};
      if (app_event_correct(&kept, id, &c, "wrong day", &nid, &e) == 0) {
        x->day = day;
        x->id = nid;
        memcpy(x->date, date, sizeof date);
        corrected++;
      }
    }
  }
  print_message("seed %llu: %d members, %zu events generated, %zu entered "
                "(%zu late), %zu voided, %zu corrected\n",
                (unsigned long long)seed, nmembers, w.n, entered, late, voided,
                corrected);
  assert_true(late > 0 && voided > 0);

  /* The clean history: what is in force, in date order. */
  size_t k = 0;
  for (size_t i = 0; i < w.n; i++)
    if (w.ev[i].in)
      order[k++] = &w.ev[i];
  qsort(order, k, sizeof *order, by_day);
  for (size_t i = 0; i < k; i++)
    if (enter(&clean, order[i]))
      fail_msg("member %d: %s of %s refused in date order",
               order[i]->member + 1, core_event_name(order[i]->kind),
               order[i]->date);

  compare(&kept, &clean, &w);
  util_err e = {0};
  util_buf findings = {0}, warnings = {0};
  int problems = 0, nwarnings = 0;
  must(app_check(&kept, false, &findings, &problems, &warnings, &nwarnings, &e),
       "check", &e);
  if (problems)
    fail_msg("check: %s", findings.data);
  util_buf_free(&findings);
  util_buf_free(&warnings);
  free(order);
  free(w.ev);
  app_close(&kept);
  app_close(&clean);
}

static void test_late_and_voided_equal_clean(void **state) {
  (void)state;
  const char *tmp = getenv("TMPDIR");
  char dir[256];
  snprintf(dir, sizeof dir, "%s/cadre-prop-XXXXXX", tmp ? tmp : "/tmp");
  assert_non_null(mkdtemp(dir));
  const char *s = getenv("CADRE_PROPERTY_SEEDS");
  const char *m = getenv("CADRE_PROPERTY_MEMBERS");
  int seeds = s ? atoi(s) : 2, members = m ? atoi(m) : 60;
  for (int i = 0; i < seeds; i++)
    one_seed(0x1234u + (uint64_t)i * 7919u, members, dir);
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  assert_int_equal(system(cmd), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_late_and_voided_equal_clean),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
