/*
 * gen.c — writes a realistic organisation tree and N members as the CSV
 * files `cadre import orgs` and `cadre import members` read:
 *
 *   gen N DIR    writes DIR/orgs.csv and DIR/members.csv
 *
 * The shape follows the national party: one Central Committee, a
 * provincial committee per 90,000 members (63 at 5.6 million), twelve
 * committees in each (districts and blocks), grassroots organisations
 * below them — two in five a grassroots cell, the rest grassroots
 * committees of three to nine cells — and about 30 members a cell.
 * Members were born 1935–2006 and admitted between 18 and 59; those admitted
 * before mid-2024 are official. A fixed seed makes every run the same.
 */
#include "util/util.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int pick(util_rng *r, int n) {
  return util_rng_below(r, n);
}

static const char *const family[] = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan",  "Vũ", "Võ",
    "Đặng",   "Bùi",  "Đỗ", "Hồ",   "Ngô",   "Dương", "Lý", "Đinh"};
static const char *const middle[] = {"Văn",  "Thị",  "Hữu",   "Đức",
                                     "Minh", "Ngọc", "Thanh", "Quang"};
static const char *const given[] = {
    "An",   "Bình", "Châu", "Dũng",  "Giang", "Hà",   "Hải",
    "Hạnh", "Hoa",  "Hùng", "Hương", "Khánh", "Lan",  "Linh",
    "Long", "Mai",  "Nam",  "Nga",   "Phong", "Phúc", "Quân",
    "Sơn",  "Tâm",  "Thảo", "Trang", "Tuấn",  "Việt", "Yến"};
static const char *const ethnicity[] = {
    "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh",  "Kinh",  "Kinh",
    "Kinh", "Kinh", "Kinh", "Tày",  "Thái", "Mường", "Khmer", "Nùng"};
static const char *const education[] = {"Đại học",   "Đại học",
                                        "Thạc sĩ",   "Cao đẳng",
                                        "Trung cấp", "Trung học phổ thông"};
static const char *const theory[] = {"none",         "elementary",
                                     "elementary",   "intermediate",
                                     "intermediate", "advanced"};

static int days_in(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : d[m - 1];
}

typedef struct date {
  int y, m, d;
} date;

static date random_date(util_rng *r, int y0, int y1) {
  date x = {y0 + pick(r, y1 - y0 + 1), 1 + pick(r, 12), 1};
  x.d = 1 + pick(r, days_in(x.y, x.m));
  return x;
}

static bool before(date a, date b) {
  return a.y != b.y ? a.y < b.y : a.m != b.m ? a.m < b.m : a.d < b.d;
}

static date plus_years(date a, int years) {
  a.y += years;
  if (a.m == 2 && a.d == 29 && days_in(a.y, 2) == 28)
    a.d = 28;
  return a;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: gen N DIR\n");
    return 2;
  }
  long n = atol(argv[1]);
  char path[4096];
  snprintf(path, sizeof path, "%s/orgs.csv", argv[2]);
  FILE *orgs = fopen(path, "w");
  snprintf(path, sizeof path, "%s/members.csv", argv[2]);
  FILE *members = fopen(path, "w");
  if (!orgs || !members || n <= 0) {
    fprintf(stderr, "gen: cannot write to %s\n", argv[2]);
    return 1;
  }
  util_rng r = {5600000};
  long cells_needed = n / 30 + 1;
  long provinces = n / 90000 + 1;
  long per_committee = cells_needed / (provinces * 12) + 1;
  long ncells = 0, ncap = 1024;
  char(*cells)[80] = malloc((size_t)ncap * sizeof *cells);

  fputs("code,name,kind,parent,sector,founded\r\n", orgs);
  fputs("TW,Ban Chấp hành Trung ương,central,,,1930-02-03\r\n", orgs);
  for (long p = 1; p <= provinces; p++) {
    fprintf(orgs, "P%02ld,Tỉnh ủy số %ld,provincial,TW,,1945-%02ld-01\r\n", p,
            p, 1 + p % 12);
    for (long c = 1; c <= 12; c++) {
      fprintf(orgs,
              "P%02ld-C%02ld,Đảng bộ huyện số %ld,committee,P%02ld,,"
              "1946-01-%02ld\r\n",
              p, c, c, p, c);
      long made = 0;
      for (long g = 1; made < per_committee; g++) {
        bool cell = pick(&r, 5) < 2;
        char code[64];
        snprintf(code, sizeof code, "P%02ld-C%02ld-G%03ld", p, c, g);
        fprintf(orgs, "%s,%s %ld,%s,P%02ld-C%02ld,state_agency,1960-01-01\r\n",
                code, cell ? "Chi bộ cơ sở" : "Đảng bộ cơ sở", g,
                cell ? "grassroots_cell" : "grassroots_committee", p, c);
        int k = cell ? 1 : 3 + pick(&r, 7);
        for (int j = 1; j <= k; j++) {
          if (ncells == ncap)
            cells = realloc(cells, (size_t)(ncap *= 2) * sizeof *cells);
          if (cell) {
            snprintf(cells[ncells++], sizeof *cells, "%s", code);
          } else {
            snprintf(cells[ncells], sizeof *cells, "%s-%d", code, j);
            fprintf(orgs, "%s,Chi bộ %d,cell,%s,,1961-01-01\r\n",
                    cells[ncells++], j, code);
          }
        }
        made += k;
      }
    }
  }

  fputs("name,born,gender,cell,admitted,official,card,ethnicity,education,"
        "theory,key-cadre\r\n",
        members);
  date probation_line = {2024, 6, 30}, last = {2025, 6, 30};
  for (long i = 0; i < n; i++) {
    date born = random_date(&r, 1935, 2006);
    date from = plus_years(born, 18);
    if (before(from, (date){1961, 1, 1}))
      from = (date){1961, 1, 1};
    /* Admitted between 18 and 59, as the rules have it. */
    date until = plus_years(born, 59);
    if (before(last, until))
      until = last;
    if (before(until, from))
      from = until;
    date adm;
    do
      adm = random_date(&r, from.y, until.y);
    while (before(adm, from) || before(until, adm));
    char official[40] = "";
    if (before(adm, probation_line)) {
      date o = adm;
      o.y++;
      if (o.m == 2 && o.d == 29)
        o.d = 28;
      snprintf(official, sizeof official, "%04d-%02d-%02d", o.y, o.m, o.d);
    }
    bool female = pick(&r, 100) < 42;
    fprintf(members,
            "%s %s %s,%04d-%02d-%02d,%s,%s,%04d-%02d-%02d,%s,%08ld,%s,%s,%s,"
            "%s\r\n",
            family[pick(&r, 16)], female ? "Thị" : middle[pick(&r, 8)],
            given[pick(&r, 28)], born.y, born.m, born.d,
            female ? "female" : "male", cells[i % ncells], adm.y, adm.m, adm.d,
            official, 10000000 + i, ethnicity[pick(&r, 16)],
            education[pick(&r, 6)], theory[pick(&r, 6)],
            pick(&r, 100) < 7 ? "yes" : "");
  }
  free(cells);
  fclose(orgs);
  fclose(members);
  fprintf(stderr, "gen: %ld members in %ld cells under %ld provinces\n", n,
          ncells, provinces);
  return 0;
}
