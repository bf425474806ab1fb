/*
 * html.c — the period report as a page to print and sign (docs/report.md):
 * one self-contained HTML5 document (its CSS in a <style>, no script, no
 * other file), A4, the heading of the committee, the title and period, the
 * figures of every section in tables (the walk of render.c, so the page
 * never disagrees with the text, JSON and CSV), the summary paragraph,
 * the place and date, and the signature block.
 *
 * Every text a person reads comes from the catalogs in the language of
 * the options (docs/i18n.md): the frame's words (heading, title, date
 * line, signature) from the table below, the labels and titles of the
 * figures from render.c's, the numbers and dates as the language writes
 * them. The layout is one, the Vietnamese administrative one, whatever
 * the language.
 */
#include "report/report_int.h"

#include <string.h>

/* ---- the words ----------------------------------------------------------- */

/* The words of the frame (the labels of the figures are render.c's). */
enum frame_word {
  W_PARTY,    /* the party's name, at the top */
  W_NUMBER,   /* the number of the document, blank to fill */
  W_TITLE,    /* the title */
  W_PERIOD,   /* "from %s to %s" */
  W_GROUPING, /* "A grouping of %s" */
  W_FIGURE,   /* the head of the tables' columns */
  W_VALUE,    /*   */
  W_NONE,     /* a section with no lines */
  W_SUMMARY,  /* the heading of the summary */
  W_FOR,      /* "For %s", over the signature */
  W_POST,     /* the signatory's post, blank */
  W_NAME,     /* the signatory's name, blank */
  W_DATED,    /* the place and date: "%s, %d %s %d" */
  W_UNDATED,  /* the place and a date to fill: "%s, ……" */
  W__MAX
};

/* The layout is the Vietnamese
 * administrative one (the party's guidance on the layout of its
 * documents) in every language: the issuer left, the party's name and the
 * date right, the document's number under the issuer, "on behalf of" over
 * the signature; each language says it in its catalog's words. */
static const char *const frame[W__MAX] = {
    /* TRANSLATORS: the heading of a party document (Vietnamese:
     * "ĐẢNG CỘNG SẢN VIỆT NAM"). */
    [W_PARTY] = N_("Communist Party of Vietnam"),
    /* TRANSLATORS: the number of the report, left blank to fill in
     * (Vietnamese: "Số: ……-BC/……"). */
    [W_NUMBER] = N_("No.: ……"),
    /* TRANSLATORS: the title of the printed report (Vietnamese: "BÁO
     * CÁO"). */
    [W_TITLE] = N_("Report"),
    [W_PERIOD] = N_("from %s to %s"),
    [W_GROUPING] = N_("A grouping of %s"),
    /* TRANSLATORS: the heads of the two columns of the printed report's
     * tables: what is counted, and how many. */
    [W_FIGURE] = N_("Figure"),
    [W_VALUE] = N_("Number"),
    /* TRANSLATORS: a table of the printed report with no lines. */
    [W_NONE] = N_("None recorded."),
    /* TRANSLATORS: the heading of the summary paragraph. */
    [W_SUMMARY] = N_("Summary"),
    /* TRANSLATORS: over the signature: on behalf of the committee %s
     * (Vietnamese: "T/M %s"). */
    [W_FOR] = N_("For %s"),
    /* TRANSLATORS: the signatory's post and name, blanks to fill in. */
    [W_POST] = N_("(post) ……………………"),
    [W_NAME] = N_("(name) ……………………"),
    /* TRANSLATORS: the place and date of the printed report: the place,
     * the day, the month (as translated in the context "month of the date
     * line") and the year. Vietnamese: "%s, ngày %02d tháng %s năm %d". */
    [W_DATED] = N_("%s, %d %s %d"),
    /* TRANSLATORS: the place and a date left blank to fill in
     * (Vietnamese: "%s, ngày …… tháng …… năm ……"). */
    [W_UNDATED] = N_("%s, ……………………"),
};

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

/* The month of the date line, as the language writes it there: in
 * Vietnamese "02" for February, January and February with a leading zero
 * (the administrative style, so that the month cannot be misread). */
static const char *month_word(const util_lang *l, int m) {
  /* TRANSLATORS: a month in the date line of the printed report ("Hà
   * Nội, 5 February 2026"). Vietnamese writes its number: 01, 02, then 3
   * to 12 without a leading zero. */
  const char *const months[12] = {
      util_trc(l, "month of the date line", "January"),
      util_trc(l, "month of the date line", "February"),
      util_trc(l, "month of the date line", "March"),
      util_trc(l, "month of the date line", "April"),
      util_trc(l, "month of the date line", "May"),
      util_trc(l, "month of the date line", "June"),
      util_trc(l, "month of the date line", "July"),
      util_trc(l, "month of the date line", "August"),
      util_trc(l, "month of the date line", "September"),
      util_trc(l, "month of the date line", "October"),
      util_trc(l, "month of the date line", "November"),
      util_trc(l, "month of the date line", "December")};
  return months[m - 1];
}

/* The line of place and date. */
static void date_line(util_buf *out, const report_html_opts *o) {
  const util_lang *l = o->lang;
  const char *place = o->place && *o->place ? o->place : "……………";
  util_buf line = {0};
  if (!o->dated) {
    util_buf_printf(&line, util_tr(l, frame[W_UNDATED]), place);
  } else {
    int y, m, d;
    util_civil_from_day(o->dated, &y, &m, &d);
    util_buf_printf(&line, util_tr(l, frame[W_DATED]), place, d,
                    month_word(l, m), y);
  }
  util_buf_puts(out, "<p class=\"dated\">");
  esc(out, line.data ? line.data : "");
  util_buf_puts(out, "</p>\n");
  util_buf_free(&line);
}

/* A word of the frame in language l. */
static const char *word(const util_lang *l, enum frame_word w) {
  return util_tr(l, frame[w]);
}

/* The tables: one per section that has a title (render.c), opened at its
 * announcement and closed at the next one. */
typedef struct html_ctx {
  util_buf *out;
  const util_lang *l;
  bool open, rows;
} html_ctx;

static void close_table(html_ctx *h) {
  if (!h->open)
    return;
  if (h->rows)
    util_buf_puts(h->out, "</tbody></table>\n");
  else {
    util_buf_puts(h->out, "<p class=\"none\">");
    esc(h->out, word(h->l, W_NONE));
    util_buf_puts(h->out, "</p>\n");
  }
  util_buf_puts(h->out, "</section>\n");
  h->open = false;
}

static void html_item(void *ctx, const char *section, const char *item,
                      int64_t n, bool tenths) {
  html_ctx *h = ctx;
  if (!item) {
    char buf[REPORT_SECTION_MAX];
    const char *title = report_section_title(h->l, section, buf);
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
    esc(h->out, word(h->l, W_FIGURE));
    util_buf_puts(h->out, "</th><th scope=\"col\" class=\"n\">");
    esc(h->out, word(h->l, W_VALUE));
    util_buf_puts(h->out, "</th></tr></thead>\n<tbody>\n");
    h->rows = true;
  }
  char value[REPORT_VALUE_MAX];
  util_buf_puts(h->out, "<tr data-item=\"");
  esc(h->out, item);
  util_buf_puts(h->out, "\"><th scope=\"row\">");
  esc(h->out, report_item_label(h->l, section, item));
  util_buf_puts(h->out, "</th><td class=\"n\">");
  esc(h->out, report_value(h->l, section, n, tenths, value));
  util_buf_puts(h->out, "</td></tr>\n");
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
    "td.n,th.n{text-align:right;width:40mm;white-space:nowrap}\n"
    "section.summary p{text-align:justify;text-indent:10mm}\n"
    "footer{margin-top:8mm;break-inside:avoid;display:flex;"
    "justify-content:flex-end}\n"
    ".sign{width:60%;text-align:center}.sign p{margin:0}\n"
    ".sign .space{height:25mm}.for{font-weight:bold}\n";

/* ---- the page ------------------------------------------------------------ */

void report_render_html(const report_figures *f, const report_html_opts *o,
                        util_buf *out) {
  const util_lang *l = o->lang;
  char from[16], to[16];
  util_lang_date(l, f->from, from);
  util_lang_date(l, f->to, to);

  util_buf_printf(out,
                  "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
                  "<meta charset=\"utf-8\">\n<title>",
                  util_lang_tag(l));
  esc(out, word(l, W_TITLE));
  util_buf_puts(out, " — ");
  esc(out, f->name);
  util_buf_puts(out, " — ");
  esc_fill(out, word(l, W_PERIOD), from, to);
  util_buf_printf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n",
                  style);

  /* The heading: the issuer (left), the party with the place and date
   * (right). */
  util_buf_puts(out, "<header class=\"heading\">\n<div class=\"issuer\">"
                     "<p class=\"upper committee\">");
  esc(out, f->name);
  util_buf_puts(out, "</p><p>*</p><p class=\"number\">");
  esc(out, word(l, W_NUMBER));
  util_buf_puts(out, "</p></div>\n<div class=\"party\"><p class=\"upper\">");
  esc(out, word(l, W_PARTY));
  util_buf_puts(out, "</p>");
  date_line(out, o);
  util_buf_puts(out, "</div>\n</header>\n");
  util_buf_puts(out, "<h1>");
  esc(out, word(l, W_TITLE));
  util_buf_puts(out, "</h1>\n<p class=\"period\">");
  esc_fill(out, word(l, W_PERIOD), from, to);
  util_buf_puts(out, "</p>\n");
  if (f->group) {
    util_buf members = {0};
    report_member_list(f, &members);
    util_buf_puts(out, "<p class=\"grouping\">");
    esc_fill(out, word(l, W_GROUPING), members.data ? members.data : "", NULL);
    util_buf_puts(out, "</p>\n");
    util_buf_free(&members);
  }

  html_ctx h = {.out = out, .l = l};
  report_walk(f, html_item, &h);
  close_table(&h);

  util_buf summary = {0};
  report_render_summary(f, o->lang, &summary);
  util_buf_puts(out, "<section class=\"summary\">\n<h2>");
  esc(out, word(l, W_SUMMARY));
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

  util_buf_puts(out, "<footer>\n<div class=\"sign\">\n<p class=\"upper for\">");
  esc_fill(out, word(l, W_FOR), f->name, NULL);
  util_buf_puts(out, "</p>\n<p class=\"post\">");
  esc(out, word(l, W_POST));
  util_buf_puts(out, "</p>\n<p class=\"space\"></p>\n<p class=\"name\">");
  esc(out, word(l, W_NAME));
  util_buf_puts(out, "</p>\n</div>\n</footer>\n</body>\n</html>\n");
}
