/*
 * test_actor.c — who is asking (app_act, the scope): nobody signed in is
 * refused, a viewer changes nothing, and an editor of one branch sees and
 * changes only that branch; what lies outside it is refused exactly as
 * what does not exist, and the register is left as it was. Refusals carry
 * the kind a front end maps to a status.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"

static void must(int rc, const util_err *e) {
  if (rc)
    fail_msg("%s", e->msg);
}

/* Asserts a refusal: its kind and its whole message. */
static void refused(int rc, const util_err *e, int kind, const char *msg) {
  assert_int_equal(rc, -1);
  assert_int_equal(e->code, UTIL_REFUSED);
  assert_string_equal(e->msg, msg);
  assert_int_equal(e->kind, kind);
}

typedef struct fixture {
  char dir[32], path[64];
  app a;
  char in_a[24], in_b[24]; /* the member of cell A1, of cell B1 */
  char event_b[24];        /* the admission of B1's member */
} fixture;

static int event_id(void *ctx, const store_event_row *r) {
  snprintf(ctx, 24, "%lld", (long long)r->id);
  return 0;
}

/* R (provincial) above committees A and B, each with one cell and one
 * member admitted in 2020. */
static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  util_err e = {0};
  snprintf(f->dir, sizeof f->dir, "/tmp/cadre-actor-XXXXXX");
  assert_non_null(mkdtemp(f->dir));
  snprintf(f->path, sizeof f->path, "%s/a.db", f->dir);
  f->a = (app){.user = "setup",
               .role = APP_ADMIN,
               .today = util_day_from_civil(2026, 6, 30)};
  must(app_open(&f->a, f->path, STORE_CREATE, &e), &e);
  const app_org_in orgs[] = {
      {.code = "R",
       .name = "Tỉnh ủy",
       .kind = "provincial",
       .founded = "2000-01-01"},
      {.code = "A",
       .name = "Huyện ủy A",
       .kind = "committee",
       .parent = "R",
       .founded = "2000-01-01"},
      {.code = "B",
       .name = "Huyện ủy B",
       .kind = "committee",
       .parent = "R",
       .founded = "2000-01-01"},
      {.code = "A1",
       .name = "Chi bộ A1",
       .kind = "grassroots_cell",
       .parent = "A",
       .founded = "2000-01-01"},
      {.code = "B1",
       .name = "Chi bộ B1",
       .kind = "grassroots_cell",
       .parent = "B",
       .founded = "2000-01-01"},
  };
  for (size_t i = 0; i < sizeof orgs / sizeof *orgs; i++)
    must(app_org_add(&f->a, &orgs[i], NULL, &e), &e);
  const char *cells[] = {"A1", "B1"};
  const char *names[] = {"Nguyễn Văn An", "Nguyễn Văn Anh"};
  char *refs[] = {f->in_a, f->in_b};
  for (int i = 0; i < 2; i++) {
    app_person_in p = {
        .name = names[i], .born = "1990-01-01", .gender = "male"};
    app_admit_in in = {.cell = cells[i], .date = "2020-03-01"};
    int64_t id;
    must(app_member_admit(&f->a, &p, &in, &id, &e), &e);
    snprintf(refs[i], 24, "%lld", (long long)id);
  }
  must(
      app_member_events(&f->a, atoll(f->in_b), false, event_id, f->event_b, &e),
      &e);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  app_close(&f->a);
  char p[80];
  const char *ext[] = {"", "-wal", "-shm"};
  for (int i = 0; i < 3; i++) {
    snprintf(p, sizeof p, "%s%s", f->path, ext[i]);
    unlink(p);
  }
  rmdir(f->dir);
  free(f);
  return 0;
}

/* Acts as `user`, a `role` of the branch of `scope` (a code; NULL: all). */
static void act_as(fixture *f, const char *user, enum app_role role,
                   const char *scope) {
  util_err e = {0};
  f->a.user = "setup";
  f->a.role = APP_ADMIN;
  f->a.scope = 0;
  int64_t id = 0;
  if (scope) {
    app_org_view v;
    must(app_org_view_get(&f->a, scope, NULL, &v, &e), &e);
    id = v.o.id;
    app_org_view_clear(&v);
  }
  f->a.user = user;
  f->a.role = role;
  f->a.scope = id;
}

typedef struct codes {
  char list[256];
} codes;

static int add_org(void *ctx, const store_org_row *r) {
  codes *c = ctx;
  size_t n = strlen(c->list);
  snprintf(c->list + n, sizeof c->list - n, "%s%s", n ? " " : "", r->code);
  return 0;
}

static int add_member(void *ctx, const store_member_row *r) {
  codes *c = ctx;
  size_t n = strlen(c->list);
  snprintf(c->list + n, sizeof c->list - n, "%s%s", n ? " " : "", r->cell_code);
  return 0;
}

static int doc_step(void *ctx, const store_doc_step_row *r) {
  codes *c = ctx;
  size_t n = strlen(c->list);
  snprintf(c->list + n, sizeof c->list - n, "%s%s", n ? " " : "", r->code);
  return 0;
}

static int doc_counts(void *ctx, const store_doc_row *r) {
  int64_t *n = ctx;
  n[0] = r->disseminated;
  n[1] = r->implemented;
  return 0;
}

/* The register as a text (every organisation and member, by the export),
 * to show a refusal left it as it was. */
static void snapshot(fixture *f, codes *c) {
  util_err e = {0};
  app saved = f->a;
  f->a.role = APP_ADMIN;
  f->a.scope = 0;
  memset(c, 0, sizeof *c);
  must(app_export_orgs(&f->a, NULL, add_org, c, &e), &e);
  must(app_export_members(&f->a, NULL, add_member, c, &e), &e);
  f->a = saved;
}

static void test_nobody(void **state) {
  fixture *f = *state;
  util_err e = {0};
  act_as(f, NULL, APP_NOBODY, NULL);
  app_org_view v;
  refused(app_org_view_get(&f->a, "R", NULL, &v, &e), &e, UTIL_UNAUTHENTICATED,
          "nobody is signed in");
}

static void test_viewer_changes_nothing(void **state) {
  fixture *f = *state;
  util_err e = {0};
  codes before, after;
  snapshot(f, &before);
  act_as(f, "xem", APP_VIEWER, "A");
  app_event_in in = {
      .kind = CORE_EV_RECOGNIZED, .member = f->in_a, .date = "2021-03-01"};
  refused(app_member_event(&f->a, &in, NULL, &e), &e, UTIL_FORBIDDEN,
          "xem is a viewer: this is for editors");
  snapshot(f, &after);
  assert_string_equal(before.list, after.list);
  /* Reading is what a viewer may do. */
  app_member_view v;
  must(app_member_view_get(&f->a, f->in_a, &v, &e), &e);
  app_member_view_clear(&v);
}

static void test_branch_sees_its_branch(void **state) {
  fixture *f = *state;
  util_err e = {0};
  char msg[160];
  act_as(f, "sua", APP_EDITOR, "A");

  /* The other branch's member reads as a member that does not exist. */
  app_member_view v;
  snprintf(msg, sizeof msg,
           "member: %s: no member has this id or party card number", f->in_b);
  refused(app_member_view_get(&f->a, f->in_b, &v, &e), &e, UTIL_NOT_FOUND, msg);
  refused(app_member_view_get(&f->a, "999999", &v, &e), &e, UTIL_NOT_FOUND,
          "member: 999999: no member has this id or party card number");
  must(app_member_view_get(&f->a, f->in_a, &v, &e), &e);
  app_member_view_clear(&v);

  /* And its organisations as codes no organisation has. */
  app_org_view ov;
  refused(app_org_view_get(&f->a, "B1", NULL, &ov, &e), &e, UTIL_NOT_FOUND,
          "org: B1: no organisation has this code");
  refused(app_org_view_get(&f->a, "ZZ", NULL, &ov, &e), &e, UTIL_NOT_FOUND,
          "org: ZZ: no organisation has this code");
  refused(app_org_view_get(&f->a, "R", NULL, &ov, &e), &e, UTIL_NOT_FOUND,
          "org: R: no organisation has this code");

  /* Listings and the search keep to the branch. */
  codes c = {0};
  must(app_orgs(&f->a, NULL, f->a.today, add_org, &c, &e), &e);
  assert_string_equal(c.list, "A A1");
  memset(&c, 0, sizeof c);
  app_member_query q = {.at = f->a.today};
  must(app_members(&f->a, &q, add_member, &c, &e), &e);
  assert_string_equal(c.list, "A1");
  memset(&c, 0, sizeof c);
  must(app_members_find(&f->a, "nguyen van an", add_member, &c, &e), &e);
  assert_string_equal(c.list, "A1");
  /* The whole register's editor finds both. */
  act_as(f, "all", APP_EDITOR, NULL);
  memset(&c, 0, sizeof c);
  must(app_members_find(&f->a, "nguyen van an", add_member, &c, &e), &e);
  assert_string_equal(c.list, "A1 B1");
}

static void test_branch_changes_its_branch(void **state) {
  fixture *f = *state;
  util_err e = {0};
  codes before, after;
  snapshot(f, &before);
  act_as(f, "sua", APP_EDITOR, "A");

  app_person_in p = {
      .name = "Trần Thị Bình", .born = "1995-05-05", .gender = "female"};
  app_admit_in in = {.cell = "B1", .date = "2024-03-01"};
  refused(app_member_admit(&f->a, &p, &in, NULL, &e), &e, UTIL_NOT_FOUND,
          "cell: B1: no organisation has this code");
  app_event_in rec = {
      .kind = CORE_EV_RECOGNIZED, .member = f->in_b, .date = "2021-03-01"};
  char msg[160];
  snprintf(msg, sizeof msg,
           "member: %s: no member has this id or party card number", f->in_b);
  refused(app_member_event(&f->a, &rec, NULL, &e), &e, UTIL_NOT_FOUND, msg);
  /* The other branch's events are not there either. */
  snprintf(msg, sizeof msg, "event: %s: no member event has this id",
           f->event_b);
  refused(app_event_void(&f->a, f->event_b, "x", &e), &e, UTIL_NOT_FOUND, msg);
  refused(app_event_void(&f->a, "77", "x", &e), &e, UTIL_NOT_FOUND,
          "event: 77: no member event has this id");
  /* What concerns the whole register is refused to a branch. */
  refused(app_group_add(&f->a, "G", "Khối", "cluster", &e), &e, UTIL_FORBIDDEN,
          "sua sees one branch of the register: this is for those who see "
          "the whole of it");
  app_org_in root = {.code = "R2",
                     .name = "Tỉnh ủy khác",
                     .kind = "provincial",
                     .founded = "2000-01-01"};
  refused(app_org_add(&f->a, &root, NULL, &e), &e, UTIL_FORBIDDEN,
          "sua sees one branch of the register: this is for those who see "
          "the whole of it");
  snapshot(f, &after);
  assert_string_equal(before.list, after.list);

  /* Its own branch it changes. */
  rec.member = f->in_a;
  must(app_member_event(&f->a, &rec, NULL, &e), &e);
  /* An administrator of the only root sees the whole register. */
  act_as(f, "root", APP_ADMIN, "R");
  must(app_group_add(&f->a, "G", "Khối", "cluster", &e), &e);
}

/* The id of the latest change that is not a base row. */
static int last_change(void *ctx, const store_change *c) {
  if (!c->base)
    snprintf(ctx, 24, "%lld", (long long)c->id);
  return 0;
}

static int last_org_event(void *ctx, const store_org_event_row *r) {
  snprintf(ctx, 24, "%lld", (long long)r->id);
  return 0;
}

/* Records of the other branch, or of the tree above, that a branch's
 * editor reaches by id: each is not there for it, and stays as it was. */
static void test_branch_writes_nothing_outside(void **state) {
  fixture *f = *state;
  util_err e = {0};
  char msg[200], change[24] = "", move[24] = "";
  act_as(f, "admin", APP_ADMIN, NULL);
  /* B's member changes profession. */
  must(app_member_edit(&f->a,
                       &(app_edit_in){.member = f->in_b,
                                      .date = "2024-01-01",
                                      .profession = "kỹ sư"},
                       &e),
       &e);
  must(app_member_changes(&f->a, atoll(f->in_b), last_change, change, &e), &e);
  codes before, after;
  snapshot(f, &before);
  act_as(f, "sua", APP_EDITOR, "A");
  /* The change of a member of the other branch is no event. */
  snprintf(msg, sizeof msg, "event: %s: no member event has this id", change);
  refused(app_event_void(&f->a, change, "x", &e), &e, UTIL_NOT_FOUND, msg);

  /* B1 is moved into A: voiding its move would send it back out. */
  act_as(f, "admin", APP_ADMIN, NULL);
  must(app_org_move(&f->a, "B1", "A", "2025-01-01", NULL, &e), &e);
  app_org_view v;
  must(app_org_view_get(&f->a, "B1", NULL, &v, &e), &e);
  must(app_org_events(&f->a, v.o.id, false, last_org_event, move, &e), &e);
  app_org_view_clear(&v);
  snapshot(f, &before);
  act_as(f, "sua", APP_EDITOR, "A");
  snprintf(msg, sizeof msg, "event: %s: no member event has this id", move);
  refused(app_event_void(&f->a, move, "x", &e), &e, UTIL_NOT_FOUND, msg);
  refused(app_event_correct(&f->a, move, &(app_event_in){.date = "2025-02-01"},
                            "x", NULL, &e),
          &e, UTIL_NOT_FOUND, msg);
  snapshot(f, &after);
  assert_string_equal(before.list, after.list);
  act_as(f, "admin", APP_ADMIN, NULL);
  app_member_view mv;
  must(app_member_view_get(&f->a, f->in_b, &mv, &e), &e);
  assert_string_equal(mv.m.profession, "kỹ sư");
  app_member_view_clear(&mv);

  /* The move of the scope itself is not the branch's to undo. */
  must(app_org_move(&f->a, "A", "B", "2025-06-01", NULL, &e), &e);
  must(app_org_view_get(&f->a, "A", NULL, &v, &e), &e);
  must(app_org_events(&f->a, v.o.id, false, last_org_event, move, &e), &e);
  app_org_view_clear(&v);
  act_as(f, "sua", APP_EDITOR, "A");
  snprintf(msg, sizeof msg, "event: %s: no member event has this id", move);
  refused(app_event_void(&f->a, move, "x", &e), &e, UTIL_NOT_FOUND, msg);
  /* The whole register's editor may. */
  act_as(f, "all", APP_EDITOR, NULL);
  must(app_event_void(&f->a, move, "moved by mistake", &e), &e);
}

/* What a branch is told keeps to the branch: no superior above it, no
 * other branch's steps or accounts, no code or name from outside. */
static void test_branch_is_told_nothing_outside(void **state) {
  fixture *f = *state;
  util_err e = {0};
  act_as(f, "admin", APP_ADMIN, NULL);
  must(app_doc_add(&f->a,
                   &(app_doc_in){.number = "21-NQ/TW",
                                 .kind = "resolution",
                                 .issuer = "R",
                                 .date = "2024-01-01",
                                 .title = "Nghị quyết"},
                   NULL, &e),
       &e);
  must(app_doc_step(&f->a, "21-NQ/TW", "A1", "2024-02-01", false, NULL, &e),
       &e);
  must(app_doc_step(&f->a, "21-NQ/TW", "B1", "2024-02-01", false, NULL, &e),
       &e);
  must(app_user_add(&f->a,
                    &(app_user_in){.name = "root",
                                   .role = "admin",
                                   .scope = "R",
                                   .password = "mật-khẩu-dài"},
                    NULL, &e),
       &e);
  int64_t award;
  must(app_award_add(&f->a,
                     &(app_award_in){.member = f->in_a,
                                     .kind = "merit",
                                     .title = "Giấy khen",
                                     .by = "R",
                                     .date = "2025-05-01"},
                     &award, &e),
       &e);

  act_as(f, "sua", APP_ADMIN, "A");
  /* The org view stops at the scope. */
  app_org_view v;
  must(app_org_view_get(&f->a, "A1", NULL, &v, &e), &e);
  assert_int_equal(v.nsuperiors, 1);
  assert_string_equal(v.superiors[0], "A");
  /* A view's id is not taken on trust. */
  codes c = {0};
  app_org_view forged = v;
  must(app_org_view_get(&f->a, "A", NULL, &v, &e), &e);
  assert_int_equal(v.nsuperiors, 0);
  app_org_view_clear(&v);
  act_as(f, "admin", APP_ADMIN, NULL);
  must(app_org_view_get(&f->a, "B", NULL, &v, &e), &e);
  act_as(f, "sua", APP_ADMIN, "A");
  forged.o.id = v.o.id;
  char msg[200];
  snprintf(msg, sizeof msg, "org: %lld: no organisation has this id",
           (long long)v.o.id);
  refused(app_org_children(&f->a, &forged, add_org, &c, &e), &e, UTIL_NOT_FOUND,
          msg);
  assert_string_equal(c.list, "");
  app_org_view_clear(&v);
  forged.o.id = 0;
  app_org_view_clear(&forged);

  /* A document's steps and counts are the branch's. */
  store_doc d;
  const char *kind;
  memset(&c, 0, sizeof c);
  must(app_doc_show(&f->a, "21-NQ/TW", &d, &kind, doc_step, &c, &e), &e);
  app_doc_clear(&d);
  assert_string_equal(c.list, "A1");
  int64_t counts[2] = {0};
  must(app_docs(&f->a, doc_counts, counts, &e), &e);
  assert_int_equal(counts[0], 1);

  /* Taken names and codes are taken; whose, outside, is not said. */
  refused(app_user_add(&f->a,
                       &(app_user_in){.name = "root",
                                      .role = "viewer",
                                      .scope = "A",
                                      .password = "mật-khẩu-dài"},
                       NULL, &e),
          &e, UTIL_INVALID, "user: root: already the login name of a user");
  refused(app_org_add(&f->a,
                      &(app_org_in){.code = "B1",
                                    .name = "Chi bộ",
                                    .kind = "cell",
                                    .parent = "A",
                                    .founded = "2020-01-01"},
                      NULL, &e),
          &e, UTIL_INVALID, "code: B1: already the code of an organisation");
  refused(app_org_add(&f->a,
                      &(app_org_in){.code = "A1",
                                    .name = "Chi bộ",
                                    .kind = "cell",
                                    .parent = "A",
                                    .founded = "2020-01-01"},
                      NULL, &e),
          &e, UTIL_INVALID,
          "code: A1: already the code of an organisation (Chi bộ A1)");
  /* A correction that would keep an outside committee asks for it anew. */
  char id[24];
  snprintf(id, sizeof id, "%lld", (long long)award);
  refused(app_record_correct(&f->a, "award", id, (const char *[]){"title"},
                             (const char *[]){"Bằng khen"}, 1, "typo", NULL,
                             &e),
          &e, UTIL_INVALID,
          "by: the record names an organisation outside sua's branch; give "
          "by anew");
}

static int count_award(void *ctx, const store_award_row *r) {
  (void)r;
  ++*(int *)ctx;
  return 0;
}

/* A branch's listings of the past keep to what is in the branch now, as
 * its lookups by id do: a member who left it and a cell moved out of it
 * are no longer its to list, on any day. */
static void test_branch_lists_what_it_has_now(void **state) {
  fixture *f = *state;
  util_err e = {0};
  int64_t award;
  act_as(f, "admin", APP_ADMIN, NULL);
  must(app_award_add(&f->a,
                     &(app_award_in){.member = f->in_a,
                                     .kind = "merit",
                                     .title = "Giấy khen",
                                     .by = "A",
                                     .date = "2024-05-01"},
                     &award, &e),
       &e);
  act_as(f, "xem", APP_VIEWER, "A");
  const util_day past = util_day_from_civil(2024, 6, 30);
  codes c = {0};
  int awards = 0;
  must(app_members(&f->a, &(app_member_query){.at = past}, add_member, &c, &e),
       &e);
  assert_string_equal(c.list, "A1");
  must(app_awards(&f->a, &(app_records_in){0}, count_award, &awards, &e), &e);
  assert_int_equal(awards, 1);

  /* A's member moves to B1, and then A1 itself goes under B. */
  act_as(f, "admin", APP_ADMIN, NULL);
  must(app_member_event(&f->a,
                        &(app_event_in){.kind = CORE_EV_TRANSFERRED,
                                        .member = f->in_a,
                                        .cell = "B1",
                                        .date = "2025-01-01"},
                        NULL, &e),
       &e);
  must(app_org_move(&f->a, "A1", "B", "2025-06-01", NULL, &e), &e);
  act_as(f, "xem", APP_VIEWER, "A");
  memset(&c, 0, sizeof c);
  must(app_members(&f->a, &(app_member_query){.at = past}, add_member, &c, &e),
       &e);
  assert_string_equal(c.list, "");
  memset(&c, 0, sizeof c);
  must(app_orgs(&f->a, NULL, past, add_org, &c, &e), &e);
  assert_string_equal(c.list, "A");
  awards = 0;
  must(app_awards(&f->a, &(app_records_in){0}, count_award, &awards, &e), &e);
  assert_int_equal(awards, 0);
}

/* Former members are listed as current ones are: where their last cell
 * is now, in SQL (store_members_ever_out), and below `under` then. */
static void test_branch_lists_its_former_members(void **state) {
  fixture *f = *state;
  util_err e = {0};
  act_as(f, "admin", APP_ADMIN, NULL);
  must(app_member_event(&f->a,
                        &(app_event_in){.kind = CORE_EV_REMOVED,
                                        .member = f->in_b,
                                        .date = "2024-02-01"},
                        NULL, &e),
       &e);
  const app_member_query removed = {.at = util_day_from_civil(2024, 6, 30),
                                    .status = "removed"};
  codes c = {0};
  act_as(f, "xem", APP_VIEWER, "B");
  must(app_members(&f->a, &removed, add_member, &c, &e), &e);
  assert_string_equal(c.list, "B1");
  act_as(f, "xem", APP_VIEWER, "A");
  memset(&c, 0, sizeof c);
  must(app_members(&f->a, &removed, add_member, &c, &e), &e);
  assert_string_equal(c.list, "");

  /* B1 goes under A: its former member is no longer B's to see. */
  act_as(f, "admin", APP_ADMIN, NULL);
  must(app_org_move(&f->a, "B1", "A", "2025-06-01", NULL, &e), &e);
  act_as(f, "xem", APP_VIEWER, "B");
  memset(&c, 0, sizeof c);
  must(app_members(&f->a, &removed, add_member, &c, &e), &e);
  assert_string_equal(c.list, "");
  act_as(f, "admin", APP_ADMIN, NULL);
  memset(&c, 0, sizeof c);
  must(app_members(&f->a, &removed, add_member, &c, &e), &e);
  assert_string_equal(c.list, "B1");
}

static void test_kinds(void **state) {
  fixture *f = *state;
  util_err e = {0};
  act_as(f, "sua", APP_EDITOR, "A");
  app_event_in rec = {
      .kind = CORE_EV_RECOGNIZED, .member = f->in_a, .date = "2021-02-30"};
  refused(app_member_event(&f->a, &rec, NULL, &e), &e, UTIL_INVALID,
          "date: 2021-02-30: no such day");
  assert_string_equal(e.field, "date");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_nobody, setup, teardown),
      cmocka_unit_test_setup_teardown(test_viewer_changes_nothing, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_branch_sees_its_branch, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_branch_changes_its_branch, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_branch_writes_nothing_outside, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_branch_is_told_nothing_outside,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(test_branch_lists_what_it_has_now, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_branch_lists_its_former_members,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(test_kinds, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
