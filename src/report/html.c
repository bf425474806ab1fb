/*
 * html.c — the period report as a page to print and sign (docs/report.md):
 * one self-contained HTML5 document (its CSS in a <style>, no script, no
 * other file), A4, the heading of the committee, the title and period, the
 * figures of every section in tables (the walk of render.c, so the page
 * never disagrees with the text, JSON and CSV), the summary paragraph,
 * the place and date, and the signature block.
 *
 * Every text a person reads is a whole string literal in one of the two
 * tables below (labels, frames), so that the catalogs can translate them
 * (docs/i18n.md). The frame — heading, title, date line, signature —
 * has two layouts: the Vietnamese administrative one and a plain English
 * one; the labels of the figures are English in both until the catalogs
 * give them.
 */
#include "report/report_int.h"

#include <string.h>

/* ---- the words ----------------------------------------------------------- */

/* The label of a line of the report, by its item (the keys of the JSON:
 * docs/report.md). A line whose item is data (an ethnicity, a campaign)
 * is shown as it is. */
static const char *const item_labels[][2] = {
    {"grassroots", "Grassroots organisations"},
    {"central", "Central Committee"},
    {"provincial", "Provincial committees"},
    {"committee", "Committees"},
    {"grassroots_committee", "Grassroots party committees"},
    {"grassroots_cell", "Grassroots party cells"},
    {"sub_committee", "Subordinate committees"},
    {"cell", "Subordinate party cells"},
    {"total", "Total"},
    {"official", "Official members"},
    {"probationary", "Probationary members"},
    {"probation_overdue", "Probation ended, not recognised"},
    {"female", "Women"},
    {"male", "Men"},
    {"key_cadres", "Key cadres"},
    {"none", "None"},
    {"elementary", "Elementary"},
    {"intermediate", "Intermediate"},
    {"advanced", "Advanced"},
    {"unknown", "Not recorded"},
    {"admitted", "Admitted"},
    {"readmitted", "Readmitted"},
    {"recognized_official", "Recognised official"},
    {"organizations", "Organisations"},
    {"members", "Members"},
    {"reprimand", "Reprimand"},
    {"warning", "Warning"},
    {"dismissal", "Dismissal from post"},
    {"expulsion", "Expulsion"},
    {"dissolution", "Dissolution"},
    {"removed", "Removed from the rolls"},
    {"resigned", "Resigned"},
    {"deceased", "Deceased"},
    {"expelled", "Expelled"},
    {"founded", "Founded"},
    {"dissolved", "Dissolved"},
    {"merged", "Merged"},
    {"records", "Records"},
    {"with_violations", "With violations found"},
    {"merit", "Certificates of merit"},
    {"flag", "Emulation flags"},
    {"order", "Orders"},
    {"badge", "Party badges"},
    {"other", "Other awards"},
    {"excellent", "Excellently completed tasks"},
    {"well", "Well completed tasks"},
    {"completed", "Completed tasks"},
    {"not-completed", "Did not complete tasks"},
    {"held", "Held"},
    {"regular", "Regular"},
    {"thematic", "Thematic"},
    {"scored", "Scored"},
    {"mean_score", "Mean score"},
    {"good", "Good"},
    {"fairly-good", "Fairly good"},
    {"average", "Average"},
    {"poor", "Poor"},
    {"disseminated", "Disseminated"},
    {"implemented", "Implemented"},
};

/* The sections whose lines are data, shown as recorded. */
static const char *const data_sections[] = {
    "members.by_ethnicity", "members.by_education", "funds.by_campaign"};

/* The words of the frame, in each layout. */
enum frame_word {
  W_PARTY,    /* the party's name, at the top */
  W_NUMBER,   /* the number of the document, blank to fill */
  W_TITLE,    /* the title */
  W_PERIOD,   /* "from %s to %s" */
  W_GROUPING, /* "a grouping of %s" */
  W_FIGURE,   /* the head of the tables' columns */
  W_VALUE,    /*   */
  W_NONE,     /* a section with no lines */
  W_SUMMARY,  /* the heading of the summary */
  W_FOR,      /* "For %s", over the signature */
  W_POST,     /* the signatory's post, blank */
  W_NAME,     /* the signatory's name, blank */
  W__MAX
};

static const char *const frame_en[W__MAX] = {
    [W_PARTY] = "Communist Party of Vietnam",
    [W_NUMBER] = "No.: ……",
    [W_TITLE] = "Report",
    [W_PERIOD] = "from %s to %s",
    [W_GROUPING] = "A grouping of %s",
    [W_FIGURE] = "Figure",
    [W_VALUE] = "Number",
    [W_NONE] = "None recorded.",
    [W_SUMMARY] = "Summary",
    [W_FOR] = "For %s",
    [W_POST] = "(post) ……………………",
    [W_NAME] = "(name) ……………………",
};

/* Vietnamese administrative style (the party's guidance on the layout of
 * its documents): the issuer left, the party's name and the date right,
 * "Số: …-BC/…" under the issuer, "T/M" (on behalf of) over the
 * signature. */
static const char *const frame_vi[W__MAX] = {
    [W_PARTY] = "ĐẢNG CỘNG SẢN VIỆT NAM",
    [W_NUMBER] = "Số: ……-BC/……",
    [W_TITLE] = "BÁO CÁO",
    [W_PERIOD] = "từ ngày %s đến ngày %s",
    [W_GROUPING] = "Cụm gồm %s",
    [W_FIGURE] = "Chỉ tiêu",
    [W_VALUE] = "Số lượng",
    [W_NONE] = "Không có.",
    [W_SUMMARY] = "Tóm tắt",
    [W_FOR] = "T/M %s",
    [W_POST] = "……………………",
    [W_NAME] = "……………………",
};

static const char *const months_en[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/* ---- writing ------------------------------------------------------------- */

/* Text as HTML: the five characters that could end a text or an attribute
 * escaped, everything else (UTF-8, validated on input) as it is. */
static void esc(util_buf *out, const char *s) {
  for (; *s; s++)
    switch (*s) {
    case '&':
      util_buf_puts(out, "&amp;");
      break;
    case '<':
      util_buf_puts(out, "&lt;");
      break;
    case '>':
      util_buf_puts(out, "&gt;");
      break;
    case '"':
      util_buf_puts(out, "&quot;");
      break;
    case '\'':
      util_buf_puts(out, "&#39;");
      break;
    default:
      util_buf_putc(out, *s);
    }
}

/* A pattern of the frame with one or two %s filled with text, escaped
 * (the pattern's own words are escaped too: a catalog's translation is
 * text, not HTML). */
static void esc_fill(util_buf *out, const char *pattern, const char *a,
                     const char *b) {
  util_buf tmp = {0};
  util_buf_printf(&tmp, pattern, a, b ? b : "");
  esc(out, tmp.data ? tmp.data : "");
  util_buf_free(&tmp);
}

/* A date as the layout writes it: 31/12/2023 in Vietnamese, 31 December
 * 2023 in English. */
static void date_text(util_day d, bool vi, char out[32]) {
  int y, m, day;
  util_civil_from_day(d, &y, &m, &day);
  if (vi)
    snprintf(out, 32, "%02d/%02d/%04d", day, m, y);
  else
    snprintf(out, 32, "%d %s %d", day, months_en[m - 1], y);
}

/* The line of place and date. The Vietnamese style writes a day under 10,
 * and the months January and February, with a leading zero ("ngày 05
 * tháng 02 năm 2026", "ngày 27 tháng 11 năm 2026"). */
static void date_line(util_buf *out, const report_html_opts *o, bool vi) {
  util_buf_puts(out, "<p class=\"dated\">");
  esc(out, o->place && *o->place ? o->place : "……………");
  if (!o->dated) {
    util_buf_puts(out, vi ? ", ngày …… tháng …… năm ……" : ", …………………");
  } else if (vi) {
    int y, m, d;
    util_civil_from_day(o->dated, &y, &m, &d);
    util_buf_printf(out,
                    m <= 2 ? ", ngày %02d tháng %02d năm %d"
                           : ", ngày %02d tháng %d năm %d",
                    d, m, y);
  } else {
    char d[32];
    date_text(o->dated, false, d);
    util_buf_printf(out, ", %s", d);
  }
  util_buf_puts(out, "</p>\n");
}

/* The words of a line: data as recorded, but what was not recorded
 * (which render.c calls "unknown"), and the keys of the fixed lines, from
 * the table. */
static const char *item_label(const char *section, const char *item) {
  for (size_t i = 0; i < UTIL_COUNT(data_sections); i++)
    if (strcmp(section, data_sections[i]) == 0 && strcmp(item, "unknown") != 0)
      return item;
  for (size_t i = 0; i < UTIL_COUNT(item_labels); i++)
    if (strcmp(item_labels[i][0], item) == 0)
      return item_labels[i][1];
  return item;
}

/* The tables: one per section that has a title (render.c), opened at its
 * announcement and closed at the next one. */
typedef struct html_ctx {
  util_buf *out;
  const char *const *w;
  bool open, rows;
} html_ctx;

static void close_table(html_ctx *h) {
  if (!h->open)
    return;
  if (h->rows)
    util_buf_puts(h->out, "</tbody></table>\n");
  else {
    util_buf_puts(h->out, "<p class=\"none\">");
    esc(h->out, h->w[W_NONE]);
    util_buf_puts(h->out, "</p>\n");
  }
  util_buf_puts(h->out, "</section>\n");
  h->open = false;
}

static void html_item(void *ctx, const char *section, const char *item,
                      int64_t n, bool tenths) {
  html_ctx *h = ctx;
  if (!item) {
    const char *title = report_section_title(section);
    close_table(h);
    if (!title)
      return;
    util_buf_puts(h->out, "<section class=\"figures\" data-section=\"");
    esc(h->out, section);
    util_buf_puts(h->out, "\">\n<h2>");
    esc(h->out, title);
    util_buf_puts(h->out, "</h2>\n");
    h->open = true;
    h->rows = false;
    return;
  }
  if (!h->open)
    return;
  if (!h->rows) {
    util_buf_puts(h->out, "<table>\n<thead><tr><th scope=\"col\">");
    esc(h->out, h->w[W_FIGURE]);
    util_buf_puts(h->out, "</th><th scope=\"col\" class=\"n\">");
    esc(h->out, h->w[W_VALUE]);
    util_buf_puts(h->out, "</th></tr></thead>\n<tbody>\n");
    h->rows = true;
  }
  char num[32];
  report_number(n, tenths, num);
  util_buf_puts(h->out, "<tr data-item=\"");
  esc(h->out, item);
  util_buf_puts(h->out, "\"><th scope=\"row\">");
  esc(h->out, item_label(section, item));
  util_buf_printf(h->out, "</th><td class=\"n\">%s</td></tr>\n", num);
}

/* The print CSS: A4 with the margins of an administrative document (left
 * wider, for binding), rows never split across pages, the tables' heads
 * repeated on each page (Chromium repeats a <thead>), the page's number
 * at its foot (CSS margin boxes, which Chromium prints in place of its
 * own header and footer). */
static const char style[] =
    "@page{size:A4;margin:20mm 15mm 20mm 30mm;"
    "@bottom-center{font:10pt 'Times New Roman','Liberation Serif',"
    "'DejaVu Serif',serif;content:counter(page) ' / ' counter(pages)}"
    "@top-left{content:''}@top-center{content:''}@top-right{content:''}}\n"
    "body{font:13pt/1.35 'Times New Roman','Liberation Serif','DejaVu "
    "Serif',serif;color:#000;background:#fff;max-width:170mm;margin:0 auto}\n"
    "header.heading{display:flex;justify-content:space-between;gap:8mm;"
    "text-align:center}\n"
    "header.heading p{margin:0}\n"
    ".issuer{flex:1}.party{flex:1.4}\n"
    ".upper{text-transform:uppercase;font-weight:bold}\n"
    ".party .upper{text-decoration:underline}\n"
    ".dated{font-style:italic;white-space:nowrap}\n"
    "header.plain{text-align:center}\n"
    "h1{text-align:center;font-size:15pt;margin:8mm 0 0}\n"
    "p.period,p.grouping{text-align:center;margin:1mm 0 6mm}\n"
    "h2{font-size:13pt;margin:5mm 0 2mm;break-after:avoid}\n"
    "section.figures{break-inside:avoid}\n"
    "table{width:100%;border-collapse:collapse;font-size:12pt}\n"
    "thead{display:table-header-group}\n"
    "tr{break-inside:avoid}\n"
    "th,td{border:1px solid #000;padding:1mm 2mm;text-align:left;"
    "font-weight:normal}\n"
    "thead th{font-weight:bold;text-align:center}\n"
    "td.n,th.n{text-align:right;width:30mm}\n"
    "section.summary p{text-align:justify;text-indent:10mm}\n"
    "footer{margin-top:8mm;break-inside:avoid;display:flex;"
    "justify-content:flex-end}\n"
    ".sign{width:60%;text-align:center}.sign p{margin:0}\n"
    ".sign .space{height:25mm}.for{font-weight:bold}\n";

/* ---- the page ------------------------------------------------------------ */

void report_render_html(const report_figures *f, const report_html_opts *o,
                        util_buf *out) {
  bool vi = o->lang && strncmp(o->lang, "vi", 2) == 0;
  const char *const *w = vi ? frame_vi : frame_en;
  char from[32], to[32];
  date_text(f->from, vi, from);
  date_text(f->to, vi, to);

  util_buf_printf(out,
                  "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                  "<meta charset=\"utf-8\">\n<title>",
                  vi ? "vi" : "en");
  esc(out, w[W_TITLE]);
  util_buf_puts(out, " — ");
  esc(out, f->name);
  util_buf_puts(out, " — ");
  esc_fill(out, w[W_PERIOD], from, to);
  util_buf_printf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n",
                  style);

  /* The heading: in Vietnamese, the issuer (left) and the party with the
   * place and date (right); in English, the party, the committee and the
   * number, centred, the date at the end. */
  if (vi) {
    util_buf_puts(out, "<header class=\"heading\">\n<div class=\"issuer\">"
                       "<p class=\"upper committee\">");
    esc(out, f->name);
    util_buf_puts(out, "</p><p>*</p><p class=\"number\">");
    esc(out, w[W_NUMBER]);
    util_buf_puts(out, "</p></div>\n<div class=\"party\"><p class=\"upper\">");
    esc(out, w[W_PARTY]);
    util_buf_puts(out, "</p>");
    date_line(out, o, true);
    util_buf_puts(out, "</div>\n</header>\n");
  } else {
    util_buf_puts(out, "<header class=\"plain\"><p class=\"upper\">");
    esc(out, w[W_PARTY]);
    util_buf_puts(out, "</p><p class=\"upper committee\">");
    esc(out, f->name);
    util_buf_puts(out, "</p><p class=\"number\">");
    esc(out, w[W_NUMBER]);
    util_buf_puts(out, "</p></header>\n");
  }
  util_buf_puts(out, "<h1>");
  esc(out, w[W_TITLE]);
  util_buf_puts(out, "</h1>\n<p class=\"period\">");
  esc_fill(out, w[W_PERIOD], from, to);
  util_buf_puts(out, "</p>\n");
  if (f->group) {
    util_buf members = {0};
    for (size_t i = 0; i < f->n_members; i++)
      util_buf_printf(&members, "%s%s", i ? ", " : "", f->members[i]);
    util_buf_puts(out, "<p class=\"grouping\">");
    esc_fill(out, w[W_GROUPING], members.data ? members.data : "", NULL);
    util_buf_puts(out, "</p>\n");
    util_buf_free(&members);
  }

  html_ctx h = {.out = out, .w = w};
  report_walk(f, html_item, &h);
  close_table(&h);

  util_buf summary = {0};
  report_render_summary(f, util_lang_find(o->lang), &summary);
  util_buf_puts(out, "<section class=\"summary\">\n<h2>");
  esc(out, w[W_SUMMARY]);
  util_buf_puts(out, "</h2>\n<p>");
  /* One paragraph: the summary's own line ends are spaces. */
  while (summary.len && summary.data[summary.len - 1] == '\n')
    summary.data[--summary.len] = '\0';
  for (size_t i = 0; i < summary.len; i++)
    if (summary.data[i] == '\n')
      summary.data[i] = ' ';
  esc(out, summary.data ? summary.data : "");
  util_buf_puts(out, "</p>\n</section>\n");
  util_buf_free(&summary);

  util_buf_puts(out, "<footer>\n<div class=\"sign\">\n");
  if (!vi)
    date_line(out, o, false);
  util_buf_puts(out, vi ? "<p class=\"upper for\">" : "<p class=\"for\">");
  esc_fill(out, w[W_FOR], f->name, NULL);
  util_buf_puts(out, "</p>\n<p class=\"post\">");
  esc(out, w[W_POST]);
  util_buf_puts(out, "</p>\n<p class=\"space\"></p>\n<p class=\"name\">");
  esc(out, w[W_NAME]);
  util_buf_puts(out, "</p>\n</div>\n</footer>\n</body>\n</html>\n");
}
