/*
 * import.c — what an import and a check report (view/import.h).
 */
#include "view/import.h"

#include <stdlib.h>
#include <string.h>

json_t *view_import_json(const char *what, long rows) {
  return json_pack("{s:I, s:s}", "imported", (json_int_t)rows, "what", what);
}

json_t *view_check_json(int problems, const util_buf *report, int nwarnings,
                        const util_buf *warnings) {
  return json_pack("{s:i, s:s, s:i, s:s}", "problems", problems, "report",
                   report->data ? report->data : "", "warnings", nwarnings,
                   "warning_report", warnings->data ? warnings->data : "");
}
