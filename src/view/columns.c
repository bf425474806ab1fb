/*
 * columns.c — what a column of a listing means, the same in every listing
 * that has it (docs/formats.md): its header as a person reads it (a table
 * or a workbook, in the reader's language), whether it holds dates, and
 * its cells as the language writes them in a table. The column's name
 * stays the key of the JSON and the header of the CSV: machines read
 * those.
 */
#include "util/lang.h"
#include "view/view.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

typedef struct column {
  const char *key;
  const char *label;
} column;

/* Sorted by key (bsearch; a unit test keeps them so). */
static const column columns[] = {
    /* TRANSLATORS: the headers of the columns of listings (tables and
     * spreadsheets): short labels, like the heading of a register. */
    {"action", N_("Action")},
    {"active", N_("Active")},
    {"added", N_("Added")},
    {"admitted", N_("Admitted")},
    {"after", N_("After")},
    {"age", N_("Age")},
    {"amount", N_("Amount")},
    {"at", N_("When")},
    {"awarded", N_("Awarded")},
    {"before", N_("Before")},
    {"born", N_("Born")},
    {"by", N_("By")},
    {"campaign", N_("Campaign")},
    {"candidates", N_("Candidates")},
    {"card", N_("Card")},
    {"cell", N_("Cell")},
    {"ceremony", N_("Ceremony")},
    {"code", N_("Code")},
    {"computed", N_("Computed")},
    {"conclusion", N_("Conclusion")},
    {"considered", N_("Considered")},
    {"created", N_("Created")},
    {"criterion", N_("Criterion")},
    {"date", N_("Date")},
    {"decided", N_("Decided")},
    {"decision", N_("Decision")},
    {"delegates", N_("Delegates")},
    {"detail", N_("Detail")},
    {"disabled", N_("Disabled")},
    {"discipline_years", N_("Discipline counted (years)")},
    {"disseminated", N_("Disseminated")},
    {"due", N_("Due")},
    {"earliest", N_("Earliest")},
    {"education", N_("Education")},
    {"ended", N_("Ended")},
    {"ethnicity", N_("Ethnicity")},
    {"event", N_("Event")},
    {"facts", N_("Facts")},
    {"flag_to", N_("Flag to")},
    {"form", N_("Form")},
    {"founded", N_("Founded")},
    {"from", N_("From")},
    {"gender", N_("Gender")},
    {"given", N_("Given")},
    {"grade", N_("Grade")},
    {"grassroots", N_("Grassroots")},
    {"group", N_("Group")},
    {"held", N_("Held")},
    {"holders", N_("Holders")},
    {"hometown", N_("Hometown")},
    {"host", N_("Host")},
    {"id", N_("ID")},
    {"implemented", N_("Implemented")},
    {"in_since", N_("In the party since")},
    {"issuer", N_("Issuer")},
    {"key", N_("Key")},
    {"kind", N_("Kind")},
    {"lang", N_("Language")},
    {"level", N_("Level")},
    {"loaded", N_("Loaded")},
    {"manager", N_("Manager")},
    {"max", N_("Maximum")},
    {"max_age", N_("Age limit")},
    {"meeting", N_("Meeting")},
    {"member", N_("Member")},
    {"members", N_("Members")},
    {"min_age", N_("Least age")},
    {"minutes", N_("Minutes")},
    {"model", N_("Model")},
    {"name", N_("Name")},
    {"note", N_("Note")},
    {"noun", N_("Record")},
    {"number", N_("Number")},
    {"official", N_("Official")},
    {"op", N_("Operation")},
    {"opinions", N_("Opinions")},
    {"org", N_("Organisation")},
    {"origin", N_("Origin")},
    {"papers", N_("Papers")},
    {"parent", N_("Superior")},
    {"place", N_("Place")},
    {"planned", N_("Planned")},
    {"points", N_("Points")},
    {"points_given", N_("Points given")},
    {"position", N_("Position")},
    {"post", N_("Post")},
    {"present", N_("Present")},
    {"probation", N_("Probation")},
    {"probation_ended", N_("Probation ended")},
    {"profession", N_("Profession")},
    {"reason", N_("Reason")},
    {"record", N_("Record")},
    {"recorded", N_("Recorded")},
    {"recorded_at", N_("Recorded at")},
    {"recorded_by", N_("Recorded by")},
    {"registered", N_("Registered")},
    {"religion", N_("Religion")},
    {"result", N_("Result")},
    {"role", N_("Role")},
    {"rounds", N_("Rounds")},
    {"rule", N_("Condition")},
    {"scope", N_("Scope")},
    {"score", N_("Score")},
    {"seats", N_("Seats")},
    {"sector", N_("Sector")},
    {"seq", N_("No.")},
    {"since", N_("Since")},
    {"status", N_("Status")},
    {"step", N_("Step")},
    {"studies", N_("Studies")},
    {"subject", N_("Subject")},
    {"table", N_("Table")},
    {"term", N_("Term")},
    {"theme", N_("Theme")},
    {"theory", N_("Theory")},
    {"title", N_("Title")},
    {"to", N_("To")},
    {"until", N_("Until")},
    {"user", N_("User")},
    {"violation", N_("Violation")},
    {"void_reason", N_("Why voided")},
    {"voided_at", N_("Voided at")},
    {"voided_by", N_("Voided by")},
    {"what", N_("What")},
    {"year", N_("Year")},
    {"years", N_("Years")},
};

/* The columns that hold dates (a value that is not one, a time stamp or a
 * code, stays as it is). */
static const char *const date_cols[] = {
    "added",      "admitted",        "at",         "awarded",
    "born",       "ceremony",        "considered", "created",
    "date",       "decided",         "disabled",   "disseminated",
    "due",        "earliest",        "ended",      "founded",
    "from",       "given",           "held",       "implemented",
    "in_since",   "loaded",          "official",   "origin",
    "probation",  "probation_ended", "recorded",   "recorded_at",
    "registered", "since",           "to",         "until",
    "voided_at"};

/* The numeric columns that name a record or a year rather than count:
 * written as they are typed back ("member show 1042"), never grouped. */
static const char *const identity_cols[] = {"id", "member", "seq", "year"};

static int by_key(const void *k, const void *c) {
  return strcmp(k, ((const column *)c)->key);
}

static bool listed(const char *key, const char *const *keys, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(keys[i], key) == 0)
      return true;
  return false;
}

const char *view_col_label(const char *key) {
  const column *c =
      bsearch(key, columns, UTIL_COUNT(columns), sizeof columns[0], by_key);
  return c ? c->label : key;
}

bool view_col_sorted(void) {
  for (size_t i = 1; i < UTIL_COUNT(columns); i++)
    if (strcmp(columns[i - 1].key, columns[i].key) >= 0)
      return false;
  return true;
}

const char *view_col_head(const util_lang *l, const char *key) {
  const char *label = view_col_label(key);
  return label == key ? key : util_tr(l, label);
}

util_table *view_inner_table(const util_lang *l, size_t ncols,
                             const char *const *keys,
                             const char *const *plain) {
  const char *heads[VIEW_INNER_MAX];
  assert(ncols <= VIEW_INNER_MAX);
  for (size_t i = 0; i < ncols; i++) {
    const char *label = view_col_label(keys[i]), *shown = util_tr(l, label);
    heads[i] = label != keys[i] && strcmp(shown, label) != 0 ? shown
               : plain                                       ? plain[i]
                                                             : keys[i];
  }
  return util_table_new(ncols, heads);
}

bool view_col_date(const char *key) {
  return listed(key, date_cols, UTIL_COUNT(date_cols));
}

/* The columns that hold the code of an enumeration, and where the web
 * UI's catalog (web/i18n/en.json, keys as contexts in the catalogs)
 * keeps its words: "gender.female", "kind.committee", "meeting.kind.
 * regular". The web's tables of labels are the only ones: a code not in
 * them shows as it is. */
static const struct {
  const char *key, *prefix[2];
} coded[] = {
    {"event", {"event"}},
    {"form", {"discipline"}},
    {"gender", {"gender"}},
    {"grade", {"grade", "meeting.grade"}},
    {"kind", {"kind", "meeting.kind"}},
    {"level", {"level"}},
    {"sector", {"sector"}},
    {"status", {"status"}},
    {"step", {"doc.step"}},
    {"theory", {"theory"}},
};

const char *view_code_text(const util_lang *l, const char *key,
                           const char *code) {
  if (!code || !*code)
    return code;
  for (size_t i = 0; i < UTIL_COUNT(coded); i++) {
    if (strcmp(coded[i].key, key) != 0)
      continue;
    /* A word the language writes as English does: the code, as the
     * tables always showed it (English's own tables keep the codes). */
    for (size_t k = 0; k < 2 && coded[i].prefix[k]; k++) {
      const char *t = util_code_word(l, coded[i].prefix[k], code);
      if (t)
        return t;
    }
  }
  return code;
}

/* An integer, all of v: its sign and digits, or false. */
static bool integer(const char *v, int64_t *out) {
  char *end;
  long long n;
  if (!*v || (*v != '-' && (*v < '0' || *v > '9')))
    return false;
  n = strtoll(v, &end, 10);
  *out = n;
  return *end == '\0';
}

const char *view_cell_text(const util_lang *l, const char *key, bool numeric,
                           const char *v, char out[VIEW_CELL_MAX]) {
  util_day day;
  int64_t n;
  if (!v || !*v)
    return v;
  const char *word = view_code_text(l, key, v);
  if (word != v)
    return word;
  if (numeric) {
    if (listed(key, identity_cols, UTIL_COUNT(identity_cols)) ||
        !integer(v, &n))
      return v;
    return util_lang_num(l, n, 0, out);
  }
  /* A date, or a time stamp that begins with one ("2026-11-27 10:15"): the
   * date as the language writes it, the rest as it is. */
  if (!view_col_date(key) || strlen(v) < 10 ||
      (v[10] && v[10] != ' ' && v[10] != 'T'))
    return v;
  char iso[11];
  memcpy(iso, v, 10);
  iso[10] = '\0';
  if (iso[4] != '-' || util_date_parse(iso, &day, NULL))
    return v;
  util_lang_date(l, day, out);
  if (v[10])
    snprintf(out + strlen(out), VIEW_CELL_MAX - strlen(out), " %s", v + 11);
  return out;
}

util_xlsx_sheet *view_xlsx_sheet(util_xlsx_book *b, const char *name,
                                 bool keyed, const util_lang *l, size_t ncols,
                                 const char *const *cols, const bool *numeric) {
  enum util_xlsx_kind *kinds = util_xcalloc(ncols + 1, sizeof *kinds);
  const char **heads = util_xcalloc(ncols + 1, sizeof *heads);
  view_xlsx_kinds(ncols, cols, numeric, kinds);
  for (size_t i = 0; i < ncols; i++)
    heads[i] = keyed ? cols[i] : view_col_head(l, cols[i]);
  util_xlsx_sheet *s = util_xlsx_sheet_new(b, name, ncols, heads, kinds);
  free(heads);
  free(kinds);
  return s;
}
