/*
 * demo.c — a demonstration database: the fictional Ngọc Lâm province's
 * block committee of agencies and enterprises, its grassroots organisations
 * and a few thousand members with invented names, loaded as they stood at
 * the end of 2024, then a year of events in 2025 — admissions,
 * recognitions, transfers, discipline, deaths, a move of grassroots
 * organisations to the city committee, a rename, a merger and a
 * dissolution. Everything goes through the same operations as the commands,
 * in one transaction. The numbers come from a fixed seed: every run gives
 * the same database.
 */
#include "app/app_int.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define YEAR 2025

static int pick(util_rng *r, int n) {
  return util_rng_below(r, n);
}

static bool chance(util_rng *r, int percent) {
  return pick(r, 100) < percent;
}

#define PICK(r, list) (list)[pick(r, (int)UTIL_COUNT(list))]

static const char *const family[] = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan",  "Vũ", "Võ",
    "Đặng",   "Bùi",  "Đỗ", "Hồ",   "Ngô",   "Dương", "Lý", "Đinh"};
static const char *const middle_m[] = {"Văn",   "Hữu",  "Đức",  "Minh",
                                       "Quang", "Xuân", "Công", "Thành"};
static const char *const middle_f[] = {"Thị",  "Ngọc", "Thu", "Thanh",
                                       "Minh", "Hồng", "Kim", "Phương"};
static const char *const given_m[] = {
    "An",  "Bình",  "Cường", "Dũng", "Hải",   "Hùng",  "Khánh", "Long",
    "Nam", "Phong", "Phúc",  "Quân", "Sơn",   "Tuấn",  "Việt",  "Thắng",
    "Đạt", "Hiếu",  "Kiên",  "Lâm",  "Nghĩa", "Trung", "Vinh",  "Toàn"};
static const char *const given_f[] = {
    "An",   "Châu",  "Giang", "Hà",   "Hạnh", "Hoa",   "Hương", "Lan",
    "Linh", "Mai",   "Nga",   "Ngân", "Thảo", "Trang", "Yến",   "Vân",
    "Dung", "Huyền", "Loan",  "My",   "Oanh", "Quỳnh", "Tâm",   "Thủy"};
static const char *const ethnicities[] = {
    "Kinh", "Kinh", "Kinh", "Kinh", "Kinh",  "Kinh", "Kinh",
    "Kinh", "Kinh", "Tày",  "Nùng", "Mường", "Thái", "Dao"};
static const char *const educations[] = {
    "Đại học", "Đại học", "Đại học",  "Đại học",   "Thạc sĩ",
    "Thạc sĩ", "Tiến sĩ", "Cao đẳng", "Trung cấp", "Trung học phổ thông"};
static const char *const theories[] = {
    "elementary",   "elementary", "intermediate", "intermediate",
    "intermediate", "advanced",   "none"};
static const char *const posts[] = {"Trưởng phòng",    "Phó Trưởng phòng",
                                    "Phó Giám đốc",    "Giám đốc",
                                    "Chánh Văn phòng", "Kế toán trưởng"};
static const char *const towns[] = {"Ngọc Lâm",  "Hà Tĩnh",    "Nghệ An",
                                    "Thanh Hóa", "Quảng Bình", "Hà Nội"};

/* Grassroots committees (with cells) and grassroots cells of the block. */
static const char *const agencies[] = {"Sở Tài chính",
                                       "Sở Giáo dục và Đào tạo",
                                       "Sở Y tế",
                                       "Sở Xây dựng",
                                       "Sở Công Thương",
                                       "Sở Nội vụ",
                                       "Cục Thuế tỉnh",
                                       "Kho bạc Nhà nước tỉnh",
                                       "Bảo hiểm xã hội tỉnh",
                                       "Công ty Điện lực",
                                       "Công ty Cấp nước",
                                       "Bệnh viện Đa khoa tỉnh",
                                       "Đài Phát thanh và Truyền hình",
                                       "Báo Ngọc Lâm"};
static const char *const cells[] = {"Sở Tư pháp",
                                    "Sở Khoa học và Công nghệ",
                                    "Sở Thông tin và Truyền thông",
                                    "Sở Giao thông vận tải",
                                    "Ban Quản lý các khu công nghiệp",
                                    "Liên minh Hợp tác xã",
                                    "Hội Nông dân tỉnh",
                                    "Tỉnh đoàn",
                                    "Hội Liên hiệp Phụ nữ tỉnh",
                                    "Công ty Xổ số kiến thiết",
                                    "Công ty Môi trường đô thị",
                                    "Trường Cao đẳng Y tế",
                                    "Thanh tra tỉnh",
                                    "Văn phòng Đoàn đại biểu Quốc hội",
                                    "Chi cục Thống kê",
                                    "Ngân hàng Chính sách xã hội",
                                    "Công ty Cổ phần Dược",
                                    "Công ty Cổ phần Xi măng",
                                    "Hội Chữ thập đỏ",
                                    "Liên đoàn Lao động tỉnh",
                                    "Công ty Thủy lợi",
                                    "Trung tâm Xúc tiến đầu tư"};
static const char *const units[] = {"Văn phòng",       "Phòng Tổng hợp",
                                    "Phòng Kế hoạch",  "Thanh tra",
                                    "Phòng Nghiệp vụ", "Phòng Tổ chức"};
static const enum core_sector agency_sectors[] = {
    CORE_STATE_AGENCY,     CORE_STATE_AGENCY,     CORE_STATE_AGENCY,
    CORE_STATE_AGENCY,     CORE_STATE_AGENCY,     CORE_STATE_AGENCY,
    CORE_STATE_AGENCY,     CORE_STATE_AGENCY,     CORE_PUBLIC_SERVICE,
    CORE_STATE_ENTERPRISE, CORE_STATE_ENTERPRISE, CORE_PUBLIC_SERVICE,
    CORE_PUBLIC_SERVICE,   CORE_PUBLIC_SERVICE};

typedef struct demo {
  app *a;
  util_rng r;
  char **cell;       /* codes of the cells members are registered in */
  util_day *founded; /* of each cell */
  size_t ncells;
  int64_t *ids; /* members */
  size_t nids;
  int next_card;
  util_err *e;
} demo;

static char *day_text(util_day d, char buf[11]) {
  return util_date_format(d, buf);
}

static util_day in_year(util_rng *r, int year) {
  return util_day_from_civil(year, 1, 1) + pick(r, 365);
}

static int org(demo *d, const char *code, const char *name, const char *kind,
               const char *parent, enum core_sector sector, util_day founded) {
  char f[11];
  app_org_in in = {.code = code,
                   .name = name,
                   .kind = kind,
                   .parent = parent,
                   .sector = sector ? core_sector_name(sector) : NULL,
                   .founded = day_text(founded, f)};
  if (app_org_add(d->a, &in, NULL, d->e))
    return -1;
  if (!strstr(kind, "cell"))
    return 0;
  d->cell = util_xrealloc(d->cell, (d->ncells + 1) * sizeof *d->cell);
  d->founded = util_xrealloc(d->founded, (d->ncells + 1) * sizeof *d->founded);
  d->founded[d->ncells] = founded;
  d->cell[d->ncells++] = util_xstrdup(code);
  return 0;
}

static int tree(demo *d) {
  util_rng *r = &d->r;
  if (org(d, "NL", "Tỉnh ủy Ngọc Lâm", "provincial", NULL, 0,
          util_day_from_civil(1947, 3, 2)) ||
      org(d, "NL-CQDN", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ngọc Lâm",
          "committee", "NL", CORE_STATE_AGENCY,
          util_day_from_civil(1959, 5, 10)) ||
      org(d, "NL-TP", "Thành ủy Ngọc Lâm", "committee", "NL", CORE_COMMUNE_WARD,
          util_day_from_civil(1960, 1, 15)))
    return -1;
  for (size_t i = 0; i < UTIL_COUNT(agencies); i++) {
    char code[32], name[200];
    snprintf(code, sizeof code, "CQDN-%02zu", i + 1);
    snprintf(name, sizeof name, "Đảng bộ %s", agencies[i]);
    util_day founded = util_day_from_civil(1965 + pick(r, 40), 1 + pick(r, 12),
                                           1 + pick(r, 28));
    if (org(d, code, name, "grassroots_committee", "NL-CQDN", agency_sectors[i],
            founded))
      return -1;
    int n = 3 + pick(r, 3);
    for (int k = 0; k < n; k++) {
      char cc[48], cn[200];
      snprintf(cc, sizeof cc, "%s-%d", code, k + 1);
      snprintf(cn, sizeof cn, "Chi bộ %s", units[k]);
      if (org(d, cc, cn, "cell", code, 0, founded + 30 + pick(r, 3000)))
        return -1;
    }
  }
  for (size_t i = 0; i < UTIL_COUNT(cells); i++) {
    char code[32], name[200];
    snprintf(code, sizeof code, "CQDN-%02zu", UTIL_COUNT(agencies) + i + 1);
    snprintf(name, sizeof name, "Chi bộ %s", cells[i]);
    enum core_sector s = strstr(cells[i], "Công ty") ? CORE_NON_STATE_ENTERPRISE
                         : strstr(cells[i], "Hội") || strstr(cells[i], "đoàn")
                             ? CORE_PUBLIC_SERVICE
                             : CORE_STATE_AGENCY;
    if (org(d, code, name, "grassroots_cell", "NL-CQDN", s,
            util_day_from_civil(1970 + pick(r, 45), 1 + pick(r, 12),
                                1 + pick(r, 28))))
      return -1;
  }
  return 0;
}

/* A person of working age, with a plausible profile. */
static void person(demo *d, app_person_in *p, char *name, size_t namesz,
                   char born[11], char card[16], int min_year, int max_year) {
  util_rng *r = &d->r;
  bool female = chance(r, 46);
  snprintf(name, namesz, "%s %s %s", PICK(r, family),
           female ? PICK(r, middle_f) : PICK(r, middle_m),
           female ? PICK(r, given_f) : PICK(r, given_m));
  util_date_format(util_day_from_civil(min_year + pick(r, max_year - min_year),
                                       1 + pick(r, 12), 1 + pick(r, 28)),
                   born);
  /* Card numbers: a block prefix and a scrambled serial, all distinct. */
  snprintf(card, 16, "48%06d", (d->next_card++ * 7919) % 1000000);
  *p = (app_person_in){.name = name,
                       .born = born,
                       .gender = female ? "female" : "male",
                       .card = card,
                       .ethnicity = PICK(r, ethnicities),
                       .religion = chance(r, 5) ? "Phật giáo" : NULL,
                       .hometown = PICK(r, towns),
                       .education = PICK(r, educations),
                       .profession = chance(r, 30) ? "Kế toán" : "Cử nhân",
                       .theory = PICK(r, theories),
                       .position = chance(r, 15) ? PICK(r, posts) : NULL,
                       .key_cadre = chance(r, 8)};
  /* The demo's posts are all management posts. */
  p->manager = p->position != NULL;
}

static int keep_id(demo *d, int64_t id) {
  d->ids = util_xrealloc(d->ids, (d->nids + 1) * sizeof *d->ids);
  d->ids[d->nids++] = id;
  return 0;
}

/* The members as the registers stood at the end of 2024. */
static int members(demo *d) {
  util_rng *r = &d->r;
  for (size_t c = 0; c < d->ncells; c++) {
    int n = 12 + pick(r, 60);
    for (int k = 0; k < n; k++) {
      app_person_in p;
      char name[120], born[11], card[16], adm[11], off[11];
      person(d, &p, name, sizeof name, born, card, 1962, 2000);
      util_day b;
      util_date_parse(born, &b, NULL);
      util_day first = util_day_add_years(b, 19);
      util_day last = util_day_from_civil(2024, 12, 31);
      /* Admitted at 60 at most: older needs an approval the demo does not
       * record. */
      if (last > util_day_add_years(b, 60))
        last = util_day_add_years(b, 60);
      if (first < d->founded[c])
        first = d->founded[c];
      if (first > last)
        first = last - pick(r, 300);
      util_day admitted = first + pick(r, (int)(last - first) + 1);
      util_day official = core_official_date(admitted);
      int64_t id;
      app_register_in in = {
          .cell = d->cell[c],
          .admitted = day_text(admitted, adm),
          .official = official <= last ? day_text(official, off) : NULL};
      if (app_member_add(d->a, &p, &in, &id, d->e))
        return -1;
      keep_id(d, id);
    }
  }
  return 0;
}

/* Moves the members of CQDN-36 to CQDN-35, before its dissolution. */
static int empty_cell(demo *d, const char *day) {
  app *a = d->a;
  store_org o;
  util_day when;
  util_date_parse(day, &when, NULL);
  if (app_org(a, "org", "CQDN-36", &o, d->e))
    return -1;
  int64_t *ids;
  size_t n;
  int rc = store_members_in_cells(a->st, &o.id, 1, when, &ids, &n, d->e);
  store_org_clear(&o);
  for (size_t i = 0; i < n && rc == 0; i++) {
    char ref[24];
    snprintf(ref, sizeof ref, "%lld", (long long)ids[i]);
    app_event_in ev = {.kind = CORE_EV_TRANSFERRED,
                       .member = ref,
                       .date = day,
                       .cell = "CQDN-35",
                       .decision = "41-QĐ/ĐUK"};
    rc = app_member_event(a, &ev, NULL, d->e);
  }
  free(ids);
  return rc;
}

/* ---- a year of events
 * ------------------------------------------------------------ */

typedef struct plan {
  util_day day;
  int kind; /* enum core_event_kind, or one of the PLAN_* below */
  int64_t member;
  int cell; /* index into d->cell */
  int seq;
} plan;

enum {
  PLAN_ADMIT = 100,
  PLAN_MOVE,
  PLAN_RENAME,
  PLAN_MERGE,
  PLAN_EMPTY,
  PLAN_DISSOLVE,
  PLAN_FOUND
};

static int by_day(const void *a, const void *b) {
  const plan *x = a, *y = b;
  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  return x->seq - y->seq;
}

/* Whether a cell takes part in the merger or the dissolution: random
 * transfers leave them alone. */
static bool special(const char *code) {
  return strcmp(code, "CQDN-01-2") == 0 || strcmp(code, "CQDN-01-3") == 0 ||
         strcmp(code, "CQDN-36") == 0 || strcmp(code, "CQDN-35") == 0;
}

static int run(demo *d, const plan *p) {
  app *a = d->a;
  char day[11], ref[24];
  day_text(p->day, day);
  snprintf(ref, sizeof ref, "%lld", (long long)p->member);
  util_rng *r = &d->r;
  switch (p->kind) {
  case PLAN_ADMIT: {
    app_person_in per;
    char name[120], born[11], card[16], dec[32];
    person(d, &per, name, sizeof name, born, card, 1986, 2005);
    snprintf(dec, sizeof dec, "%d-QĐ/ĐUK", 100 + p->seq);
    app_admit_in in = {.cell = d->cell[p->cell], .date = day, .decision = dec};
    int64_t id;
    if (app_member_admit(a, &per, &in, &id, d->e))
      return -1;
    return keep_id(d, id);
  }
  case PLAN_MOVE: {
    const char *moved[] = {"CQDN-10", "CQDN-11", "CQDN-30"};
    for (size_t i = 0; i < UTIL_COUNT(moved); i++)
      if (app_org_move(a, moved[i], "NL-TP", day, "125-QĐ/TU", d->e))
        return -1;
    return 0;
  }
  case PLAN_RENAME:
    return app_org_rename(a, "CQDN-15", "Chi bộ Sở Tư pháp và Pháp chế", day,
                          "12-QĐ/ĐUK", d->e);
  case PLAN_MERGE: {
    const char *src[] = {"CQDN-01-3"};
    return app_org_merge(a, src, 1, "CQDN-01-2", day, "31-QĐ/ĐUK", d->e);
  }
  case PLAN_EMPTY:
    return empty_cell(d, day);
  case PLAN_DISSOLVE:
    return app_org_dissolve(a, "CQDN-36", day, "40-QĐ/ĐUK", d->e);
  case PLAN_FOUND: {
    app_org_in in = {.code = "CQDN-37",
                     .name = "Chi bộ Công ty Cổ phần Du lịch Ngọc Lâm",
                     .kind = "grassroots_cell",
                     .parent = "NL-CQDN",
                     .sector = "non_state_enterprise",
                     .founded = day,
                     .decision = "05-QĐ/ĐUK"};
    return app_org_add(a, &in, NULL, d->e);
  }
  default:
    break;
  }
  app_event_in ev = {
      .kind = (enum core_event_kind)p->kind, .member = ref, .date = day};
  char until[11];
  switch (p->kind) {
  case CORE_EV_TRANSFERRED:
  case CORE_EV_TEMPORARY:
    ev.cell = d->cell[p->cell];
    ev.until = day_text(p->day + 200, until);
    break;
  case CORE_EV_DISCIPLINED:
    ev.form = chance(r, 55) ? "reprimand" : "warning";
    ev.by = "NL-CQDN";
    ev.votes = "9/11"; /* the standing committee that decides */
    ev.reason = "vi phạm quy định về chế độ báo cáo";
    break;
  case CORE_EV_DECEASED:
    ev.reason = "từ trần";
    break;
  default:
    break;
  }
  return app_member_event(a, &ev, NULL, d->e);
}

static int year_of_events(demo *d) {
  util_rng *r = &d->r;
  plan *p = NULL;
  size_t n = 0;
  int seq = 0;
#define PLAN(...)                                                              \
  do {                                                                         \
    p = util_xrealloc(p, (n + 1) * sizeof *p);                                 \
    p[n] = (plan){__VA_ARGS__};                                                \
    p[n++].seq = seq++;                                                        \
  } while (0)
  /* Members admitted in 2024 are recognised when their probation ends. */
  for (size_t i = 0; i < d->nids; i++) {
    store_member m;
    if (store_member_by_id(d->a->st, d->ids[i], &m, d->e))
      return -1;
    if (m.status == CORE_PROBATIONARY)
      PLAN(.day = core_official_date(m.admitted) + pick(r, 20),
           .kind = CORE_EV_RECOGNIZED, .member = m.id);
    store_member_clear(&m);
  }
  for (int i = 0; i < 57; i++)
    PLAN(.day = in_year(r, YEAR), .kind = PLAN_ADMIT,
         .cell = pick(r, (int)d->ncells));
  struct {
    int kind, count;
  } events[] = {{CORE_EV_TRANSFERRED, 34}, {CORE_EV_TEMPORARY, 5},
                {CORE_EV_DISCIPLINED, 9},  {CORE_EV_DECEASED, 7},
                {CORE_EV_REMOVED, 3},      {CORE_EV_RESIGNED, 2}};
  /* Each of these falls on a different official member, and a transfer
   * goes to another cell than the member's own. */
  size_t loaded = d->nids;
  bool *used = util_xcalloc(loaded, 1);
  for (size_t k = 0; k < UTIL_COUNT(events); k++)
    for (int i = 0; i < events[k].count; i++) {
      store_member m;
      size_t at;
      do {
        at = (size_t)pick(r, (int)loaded);
        if (store_member_by_id(d->a->st, d->ids[at], &m, d->e))
          return -1;
        if (m.status != CORE_OFFICIAL)
          used[at] = true;
        store_member_clear(&m);
      } while (used[at]);
      used[at] = true;
      int to;
      char *own = NULL;
      store_org o;
      if (store_member_by_id(d->a->st, d->ids[at], &m, d->e) ||
          store_org_by_id(d->a->st, m.cell, &o, d->e))
        return -1;
      own = o.code;
      do
        to = pick(r, (int)d->ncells);
      while (special(d->cell[to]) || strcmp(d->cell[to], own) == 0);
      store_org_clear(&o);
      store_member_clear(&m);
      PLAN(.day = in_year(r, YEAR), .kind = events[k].kind,
           .member = d->ids[at], .cell = to);
    }
  free(used);
  PLAN(.day = util_day_from_civil(YEAR, 2, 1), .kind = PLAN_FOUND);
  PLAN(.day = util_day_from_civil(YEAR, 3, 1), .kind = PLAN_RENAME);
  PLAN(.day = util_day_from_civil(YEAR, 7, 1), .kind = PLAN_MOVE);
  PLAN(.day = util_day_from_civil(YEAR, 10, 1), .kind = PLAN_MERGE);
  PLAN(.day = util_day_from_civil(YEAR, 11, 3), .kind = PLAN_EMPTY);
  PLAN(.day = util_day_from_civil(YEAR, 11, 15), .kind = PLAN_DISSOLVE);
#undef PLAN
  qsort(p, n, sizeof *p, by_day);
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++)
    if (p[i].day >= util_day_from_civil(YEAR, 1, 1) &&
        p[i].day <= util_day_from_civil(YEAR, 12, 31))
      rc = run(d, &p[i]);
  free(p);
  return rc;
}

/* ---- a year of party work -------------------------------------------------
 */

/* The members registered in a cell on a day. */
typedef struct roll {
  int64_t *id;
  size_t n;
} roll;

static int on_roll(void *ctx, const store_member_row *r) {
  roll *l = ctx;
  l->id = util_xrealloc(l->id, (l->n + 1) * sizeof *l->id);
  l->id[l->n++] = r->id;
  return 0;
}

static int roll_of(demo *d, const char *cell, util_day day, roll *l,
                   bool *exists) {
  store_org o;
  char *path = NULL;
  util_err ignore = {0};
  l->id = NULL;
  l->n = 0;
  *exists = false;
  if (app_org(d->a, "cell", cell, &o, d->e))
    return -1;
  *exists = !o.ended && app_path_at(d->a, &o, day, &path, &ignore) == 0;
  store_org_clear(&o);
  int rc = *exists ? store_members_at(d->a->st, path, day, false, 0,
                                      STORE_ORDER_GIVEN, on_roll, l, d->e)
                   : 0;
  free(path);
  return rc < 0 ? -1 : 0;
}

static const char *const documents[][5] = {
    {"21-NQ/TW", "resolution", "Ban Chấp hành Trung ương", "2022-06-16",
     "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất "
     "lượng đội ngũ đảng viên trong giai đoạn mới"},
    {"16-NQ/TU", "resolution", "Tỉnh ủy Ngọc Lâm", "2025-02-10",
     "Về chuyển đổi số trong các cơ quan đảng, chính quyền"},
    {"50-CT/TW", "directive", "Ban Bí thư", "2025-07-23",
     "Về nâng cao chất lượng sinh hoạt chi bộ"}};

/* One meeting of a cell: every registered member present but one or two
 * away on duty, a few opinions, last month's results and the secretary's
 * points. */
static int meeting(demo *d, const char *cell, util_day day, int month,
                   const roll *l) {
  util_rng *r = &d->r;
  char date[11], minutes[16], result[16], ids[8][24], absent[2][48];
  char pts[5][24];
  util_date_format(day, date);
  snprintf(minutes, sizeof minutes, "%d", 80 + pick(r, 70));
  snprintf(result, sizeof result, "%d", 55 + pick(r, 46));
  snprintf(ids[0], sizeof ids[0], "%lld", (long long)l->id[0]);
  const char *absents[2], *opinions[6], *points[5], *docs[1];
  size_t nabsent = 0, nopinion = 0, ndoc = 0;
  for (int k = 0; k < 2 && l->n > 6; k++)
    if (chance(r, 60)) {
      snprintf(absent[nabsent], sizeof absent[0], "%lld:đi công tác",
               (long long)l->id[l->n - 1 - (size_t)k]);
      absents[nabsent] = absent[nabsent];
      nabsent++;
    }
  for (size_t k = 1; k < 7 && k + nabsent < l->n && nopinion < 6; k++)
    if (chance(r, 50)) {
      snprintf(ids[k], sizeof ids[k], "%lld", (long long)l->id[k]);
      opinions[nopinion++] = ids[k];
    }
  static const char *const given[] = {"preparation", "conduct", "chairing",
                                      "principles", "closing"};
  static const int low[] = {7, 13, 7, 4, 4}, high[] = {10, 20, 10, 5, 5};
  for (int k = 0; k < 5; k++) {
    snprintf(pts[k], sizeof pts[k], "%s=%d", given[k],
             low[k] + pick(r, high[k] - low[k] + 1));
    points[k] = pts[k];
  }
  if (month == 3)
    docs[ndoc++] = "16-NQ/TU";
  if (month == 8)
    docs[ndoc++] = "50-CT/TW";
  app_meeting_in in = {.cell = cell,
                       .date = date,
                       .kind = month % 6 == 3 ? "thematic" : "regular",
                       .chair = ids[0],
                       .minutes = minutes,
                       .theme = month % 6 == 3
                                    ? "Học tập và làm theo tư tưởng, "
                                      "đạo đức, phong cách Hồ Chí Minh"
                                    : NULL,
                       .result = result,
                       .present = "all",
                       .absent = absents,
                       .nabsent = nabsent,
                       .opinions = opinions,
                       .nopinions = nopinion,
                       .documents = docs,
                       .ndocuments = ndoc,
                       .points = points,
                       .npoints = 5};
  int64_t id;
  return app_meeting_add(d->a, &in, &id, d->e);
}

static int meetings(demo *d) {
  for (size_t c = 0; c < d->ncells; c++)
    for (int month = 1; month <= 12; month++) {
      roll l;
      bool exists;
      util_day day = util_day_from_civil(YEAR, month, 5 + pick(&d->r, 20));
      if (roll_of(d, d->cell[c], day, &l, &exists))
        return -1;
      int rc = exists && l.n > 2 ? meeting(d, d->cell[c], day, month, &l) : 0;
      free(l.id);
      if (rc)
        return -1;
    }
  return 0;
}

/* A cell that stays in the block all year (three grassroots organisations
 * move to the city on 1 July). */
static const char *block_cell(demo *d) {
  for (;;) {
    const char *c = d->cell[pick(&d->r, (int)d->ncells)];
    if (strncmp(c, "CQDN-10", 7) && strncmp(c, "CQDN-11", 7) &&
        strncmp(c, "CQDN-30", 7))
      return c;
  }
}

static int oversight(demo *d, const char *kind, bool of_member, int count) {
  util_rng *r = &d->r;
  for (int i = 0; i < count; i++) {
    char from[11], ref[24], code[32];
    util_day day = util_day_from_civil(YEAR, 2 + pick(r, 9), 1 + pick(r, 28));
    util_date_format(day, from);
    app_oversight_in in = {.kind = kind,
                           .by = "NL-CQDN",
                           .from = from,
                           .violation = chance(r, 20),
                           .conclusion = "Đã kết luận"};
    if (of_member) {
      roll l;
      bool exists;
      if (roll_of(d, block_cell(d), day, &l, &exists))
        return -1;
      if (!l.n) {
        free(l.id);
        continue;
      }
      snprintf(ref, sizeof ref, "%lld", (long long)l.id[pick(r, (int)l.n)]);
      free(l.id);
      in.member = ref;
    } else {
      snprintf(code, sizeof code, "CQDN-%02d", 12 + pick(r, 20));
      in.org = code;
    }
    int64_t id;
    if (app_oversight_add(d->a, &in, &id, d->e))
      return -1;
  }
  return 0;
}

/* The year's classification: most members well, about one in eight
 * excellent as far as each grassroots organisation's quota allows. */
static int assessments(demo *d) {
  util_rng *r = &d->r;
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < d->nids; i++) {
      store_member m;
      if (store_member_by_id(d->a->st, d->ids[i], &m, d->e))
        return -1;
      bool member = m.status == CORE_OFFICIAL || m.status == CORE_PROBATIONARY;
      store_member_clear(&m);
      if (!member)
        continue;
      int dice = pick(r, 100);
      const char *grade = dice < 13   ? "excellent"
                          : dice < 80 ? "well"
                          : dice < 97 ? "completed"
                                      : "not-completed";
      if ((pass == 0) == (strcmp(grade, "excellent") == 0))
        continue;
      char ref[24];
      snprintf(ref, sizeof ref, "%lld", (long long)d->ids[i]);
      app_assess_in in = {.year = "2025", .member = ref, .grade = grade};
      util_err quota = {.lang = d->e->lang};
      if (app_assess_set(d->a, &in, NULL, &quota) == 0)
        continue;
      if (quota.code != UTIL_REFUSED) {
        *d->e = quota;
        return -1;
      }
      /* Over the quota: well completed, then. */
      in.grade = "well";
      if (app_assess_set(d->a, &in, NULL, d->e))
        return -1;
    }
  return 0;
}

static int awards(demo *d) {
  util_rng *r = &d->r;
  for (int i = 0; i < 24; i++) {
    char ref[24], date[11];
    util_day day = util_day_from_civil(YEAR, 1 + pick(r, 12), 1 + pick(r, 28));
    roll l;
    bool exists;
    if (roll_of(d, block_cell(d), day, &l, &exists))
      return -1;
    if (l.n) {
      snprintf(ref, sizeof ref, "%lld", (long long)l.id[pick(r, (int)l.n)]);
      app_award_in in = {.member = ref,
                         .kind = "merit",
                         .title = "Giấy khen hoàn thành xuất sắc nhiệm vụ",
                         .by = "NL-CQDN",
                         .date = util_date_format(day, date)};
      int64_t id;
      if (app_award_add(d->a, &in, &id, d->e)) {
        free(l.id);
        return -1;
      }
    }
    free(l.id);
  }
  const char *collectives[] = {"CQDN-03", "CQDN-07", "CQDN-12", "CQDN-20",
                               "CQDN-25"};
  for (size_t i = 0; i < UTIL_COUNT(collectives); i++) {
    app_award_in in = {.org = collectives[i],
                       .kind = i < 2 ? "flag" : "merit",
                       .title = i < 2 ? "Cờ thi đua của Tỉnh ủy"
                                      : "Bằng khen của Tỉnh ủy",
                       .by = "NL",
                       .date = "2025-12-20"};
    int64_t id;
    if (app_award_add(d->a, &in, &id, d->e))
      return -1;
  }
  return 0;
}

static int funds(demo *d) {
  util_rng *r = &d->r;
  const char *campaigns[] = {"Quỹ Vì người nghèo", "Xây dựng nông thôn mới",
                             "Ủng hộ đồng bào bị thiên tai"};
  for (int g = 1; g <= 37; g++) {
    char code[32], amount[32], date[11];
    snprintf(code, sizeof code, "CQDN-%02d", g);
    if (g == 10 || g == 11 || g == 30 || g == 36 || g == 37)
      continue; /* moved away, dissolved, or founded during the year */
    for (size_t k = 0; k < UTIL_COUNT(campaigns); k++) {
      if (!chance(r, 70))
        continue;
      snprintf(amount, sizeof amount, "%d000000", 20 + pick(r, 480));
      app_fund_in in = {
          .org = code,
          .campaign = campaigns[k],
          .date = util_date_format(
              util_day_from_civil(YEAR, 4 + 3 * (int)k, 1 + pick(r, 28)), date),
          .amount = amount};
      int64_t id;
      if (app_fund_add(d->a, &in, &id, d->e))
        return -1;
    }
  }
  return 0;
}

static int party_work(demo *d) {
  for (size_t i = 0; i < UTIL_COUNT(documents); i++) {
    app_doc_in in = {documents[i][0], documents[i][1], documents[i][2],
                     documents[i][3], documents[i][4]};
    int64_t id;
    if (app_doc_add(d->a, &in, &id, d->e))
      return -1;
  }
  app_org_discipline_in warn = {.org = "CQDN-18",
                                .form = "warning",
                                .date = "2025-09-12",
                                .votes = "10/11",
                                .by = "NL-CQDN",
                                .reason = "buông lỏng quản lý đảng viên",
                                .decision = "45-QĐ/ĐUK"};
  int64_t id;
  return meetings(d) || oversight(d, "inspection", false, 9) ||
         oversight(d, "inspection", true, 24) ||
         oversight(d, "supervision", false, 14) ||
         oversight(d, "supervision", true, 18) ||
         app_org_discipline(d->a, &warn, &id, d->e) || assessments(d) ||
         awards(d) || funds(d);
}

/* An account to try the web application with (APP_DEMO_USER). */
static int demo_user(demo *d) {
  app_user_in in = {.name = APP_DEMO_USER,
                    .role = "admin",
                    .scope = "NL",
                    .password = APP_DEMO_PASSWORD};
  int64_t id;
  return app_user_add(d->a, &in, &id, d->e);
}

int app_demo(app *a, const char **root, int *year, util_err *e) {
  if (app_act_all(a, APP_ADMIN, e))
    return -1;
  demo d = {.a = a, .r = {20250101}, .next_card = 1, .e = e};
  util_day latest = util_day_from_civil(YEAR + 1, 1, 1);
  util_day saved = a->today;
  /* The demo's records are dated up to the end of its year. */
  if (a->today < latest)
    a->today = latest;
  if (store_begin(a->st, true, e))
    return -1;
  a->batch = app_batch_new(a);
  int rc = tree(&d) || members(&d) || year_of_events(&d) || party_work(&d) ||
           demo_user(&d);
  app_batch *b = a->batch;
  a->batch = NULL;
  if (rc == 0)
    rc = report_ledger_flush(b->ledger, e) ||
         store_meta_set(a->st, "demo", "1", e) ||
         app_audit(a, "demo", e, "demonstration database") ||
         store_commit(a->st, e);
  app_batch_free(b);
  if (rc)
    store_rollback(a->st);
  a->today = saved;
  for (size_t i = 0; i < d.ncells; i++)
    free(d.cell[i]);
  free(d.cell);
  free(d.founded);
  free(d.ids);
  *root = "NL-CQDN";
  *year = YEAR;
  return rc ? -1 : 0;
}

int app_demo_open(app *a, const char *path, util_err *e) {
  struct stat sb;
  if (stat(path, &sb) == 0 && sb.st_size > 0) {
    app probe = {.busy_ms = a->busy_ms};
    if (app_open(&probe, path, STORE_EXISTING, e))
      return -1;
    char *mark = NULL;
    bool empty = false;
    int rc = store_meta_get(probe.st, "demo", &mark, e) ||
             store_is_empty(probe.st, &empty, e);
    app_close(&probe);
    bool ours = mark != NULL;
    free(mark);
    if (rc)
      return -1;
    if (!ours && !empty)
      return util_invalid(e, "demo",
                          "demo: %s holds records that are not the demo's; "
                          "name another database",
                          path);
    const char *suffixes[] = {"", "-wal", "-shm"};
    for (size_t i = 0; i < UTIL_COUNT(suffixes); i++) {
      char *f = util_xasprintf("%s%s", path, suffixes[i]);
      unlink(f);
      free(f);
    }
  }
  return app_open(a, path, STORE_CREATE, e);
}
