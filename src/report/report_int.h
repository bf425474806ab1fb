/*
 * report_int.h — what the renderers of the report share (render.c,
 * html.c): the one list of figures they all walk, so that the formats
 * never disagree. Private to report/.
 */
#ifndef CADRE_REPORT_INT_H
#define CADRE_REPORT_INT_H

#include "report/report.h"
#include "util/lang.h"

/* One line of the report: a section, an item, a number — in tenths when
 * `tenths` (a mean score). Each section is announced first with a NULL
 * item, so that a section with no lines (no members: no ethnicity) still
 * has its place. */
typedef void (*report_item_fn)(void *ctx, const char *section, const char *item,
                               int64_t n, bool tenths);
/* Calls fn for every section and line of the report, in the order of
 * docs/report.md. */
void report_walk(const report_figures *f, report_item_fn fn, void *ctx);
/* Room for a section's key or title, NUL included. */
#define REPORT_SECTION_MAX 160
/* The title of a section for people in language l ("Members by age
 * (reached in the year)"; a planning's, with its term, written into out),
 * or NULL for a section that only groups others (oversight). */
const char *report_section_title(const util_lang *l, const char *section,
                                 char out[static REPORT_SECTION_MAX]);
/* The label of a line in language l ("Official members" for the item
 * "official"); the lines of data (an ethnicity, a campaign) as recorded,
 * but "Not recorded" for their "unknown". */
const char *report_item_label(const util_lang *l, const char *section,
                              const char *item);
/* Room for a value as report_value writes it, NUL included. */
#define REPORT_VALUE_MAX (UTIL_LANG_NUM_MAX + 64)
/* A figure for a reader: the number as language l writes it ("1.234.567",
 * "87,5" in tenths), an amount of the funds' sections with its unit
 * ("17.407.000.000 đồng"). Returns out. */
char *report_value(const util_lang *l, const char *section, int64_t n,
                   bool tenths, char out[static REPORT_VALUE_MAX]);
/* The codes of a grouping's members, separated by ", ", appended to out. */
void report_member_list(const report_figures *f, util_buf *out);
/* The number as a machine reads it (CSV): "42", or "87.5" in tenths. */
void report_number(int64_t n, bool tenths, char out[32]);

#endif
