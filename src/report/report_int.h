/*
 * report_int.h — what the renderers of the report share (render.c,
 * html.c): the one list of figures they all walk, so that the formats
 * never disagree. Private to report/.
 */
#ifndef CADRE_REPORT_INT_H
#define CADRE_REPORT_INT_H

#include "report/report.h"

/* One line of the report: a section, an item, a number — in tenths when
 * `tenths` (a mean score). Each section is announced first with a NULL
 * item, so that a section with no lines (no members: no ethnicity) still
 * has its place. */
typedef void (*report_item_fn)(void *ctx, const char *section, const char *item,
                               int64_t n, bool tenths);
/* Calls fn for every section and line of the report, in the order of
 * docs/report.md. */
void report_walk(const report_figures *f, report_item_fn fn, void *ctx);
/* The title of a section for people ("Members by age (reached in the
 * year)"), or NULL for a section that only groups others (oversight). */
const char *report_section_title(const char *section);
/* The number as text: "42", or "87.5" in tenths. */
void report_number(int64_t n, bool tenths, char out[32]);

#endif
