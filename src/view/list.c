/*
 * list.c — rows of listings as JSON, the members' columns, and how a
 * record is written out.
 */
#include "view/view.h"

#include <stdlib.h>

void view_dump(const json_t *o, util_buf *out) {
  char *text = json_dumps(o, JSON_INDENT(2));
  util_buf_printf(out, "%s\n", text);
  free(text);
}

json_t *view_cell_json(const char *v, bool numeric) {
  if (!v || !*v)
    return json_null();
  if (numeric) {
    char *end;
    long long n = strtoll(v, &end, 10);
    if (*end == 0)
      return json_integer(n);
  }
  return json_string(v);
}

json_t *view_row_json(size_t ncols, const char *const *cols,
                      const bool *numeric, const char *const *cells) {
  json_t *o = json_object();
  for (size_t i = 0; i < ncols; i++)
    json_object_set_new(o, cols[i],
                        view_cell_json(cells[i], numeric && numeric[i]));
  return o;
}

const char *const view_member_cols[VIEW_MEMBER_NCOLS] = {
    "id",     "card", "name",     "gender",  "born",
    "status", "cell", "admitted", "official"};
const bool view_member_numeric[VIEW_MEMBER_NCOLS] = {true};

void view_member_cells(const store_member_row *r, char id[24],
                       const char *cells[VIEW_MEMBER_NCOLS]) {
  snprintf(id, 24, "%lld", (long long)r->id);
  const char *row[VIEW_MEMBER_NCOLS] = {id,           r->card,     r->name,
                                        r->gender,    r->born,     r->status,
                                        r->cell_code, r->admitted, r->official};
  for (size_t i = 0; i < VIEW_MEMBER_NCOLS; i++)
    cells[i] = row[i];
}
