/*
 * meeting.h — a cell meeting as the front ends show it (view/meeting.c):
 * `meeting show --format json` and GET /api/v1/meetings/{record} are the
 * same JSON, and `meeting list --format json` and GET /api/v1/meetings the
 * same rows, because both call these.
 */
#ifndef CADRE_VIEW_MEETING_H
#define CADRE_VIEW_MEETING_H

#include "view/view.h"

/* The whole record of a meeting: attendance, opinions, tasks, documents,
 * the last meeting's tasks to follow up, each criterion's points, the
 * score and grade; in the caller's read. */
int view_meeting_json(app *a, const app_meeting_view *v, json_t **out,
                      util_err *e);

/* The columns of a listing of meetings and the cells of a row; the cells
 * point into *row, which must live as long as they are used. */
#define VIEW_MEETING_NCOLS 11
extern const char *const view_meeting_cols[VIEW_MEETING_NCOLS];
extern const bool view_meeting_numeric[VIEW_MEETING_NCOLS];
typedef struct view_meeting_row {
  char num[7][24];
  const char *cells[VIEW_MEETING_NCOLS];
} view_meeting_row;
void view_meeting_cells(const store_meeting_row *r, view_meeting_row *row);

#endif
