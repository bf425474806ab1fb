/*
 * import.h — what an import and a check report, built once for the
 * command line (`import ...`, `meeting import`, `assess import`, `check`)
 * and the API (/api/v1/imports/..., /api/v1/check).
 */
#ifndef CADRE_VIEW_IMPORT_H
#define CADRE_VIEW_IMPORT_H

#include "view/view.h"

/* {"imported": rows, "what": what}, the same fact as JSON. */
json_t *view_import_json(const char *what, long rows);
/* {"problems", "report", "warnings", "warning_report"}: app_check's
 * findings (the report as `check` prints it on stdout, "ok\n" when
 * sound) and its warnings (what it prints on stderr). */
json_t *view_check_json(int problems, const util_buf *report, int nwarnings,
                        const util_buf *warnings);

#endif
