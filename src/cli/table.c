/*
 * table.c — every command of cadre, sorted by noun and verb. This table is
 * the single source of dispatch, help, the man page and docs/cli.md; a test
 * keeps it sorted and free of duplicates.
 */
#include "cli/cli_int.h"

#define R CLI_REQUIRED
#define DATE_OPT(help)                                                         \
  { "date", "DATE", help, R }
#define DECISION_OPT                                                           \
  { "decision", "NO", "the number of the decision", 0 }

static const cli_opt no_opts[] = {{0}};

static const cli_opt help_opts[] = {
    {"man", NULL, "write the man page (roff)", 0},
    {"markdown", NULL, "write the command reference (Markdown)", 0},
    {0}};

static const cli_opt check_opts[] = {
    {"repair", NULL, "rewrite the tallies from the events", 0}, {0}};

static const cli_opt report_opts[] = {
    {"from", "DATE", "first day of the period", R},
    {"to", "DATE", "last day of the period (the stock is counted then)", R},
    {"format", "FORMAT",
     "text, json, csv, or summary: the paragraph a review conference reads "
     "out (default text)",
     0},
    {"engine", "ENGINE",
     "auto (tallies where kept) or direct (from every member's history: "
     "slower, for verification)",
     0},
    {0}};

static const cli_opt export_opts[] = {
    {"under", "CODE", "only this organisation and those below it", 0},
    {"format", "FORMAT", "csv or json (default csv)", 0},
    {0}};

static const cli_opt org_add_opts[] = {
    {"name", "NAME", "the full name (any Unicode text)", R},
    {"kind", "KIND",
     "central, provincial, committee, grassroots_committee, "
     "grassroots_cell, sub_committee or cell",
     R},
    {"parent", "CODE", "the superior organisation", 0},
    {"sector", "SECTOR",
     "state_agency, public_service, state_enterprise, non_state_enterprise, "
     "armed_forces or commune_ward",
     0},
    {"founded", "DATE", "the founding date", 0},
    DECISION_OPT,
    {0}};

static const cli_opt org_list_opts[] = {
    {"under", "CODE", "only this organisation and those below it", 0},
    {"at", "DATE", "the tree as it stood on this day (default today)", 0},
    {"format", "FORMAT", "table, csv or json (default table)", 0},
    {0}};

static const cli_opt org_show_opts[] = {
    {"at", "DATE", "as it stood on this day (default today)", 0},
    {"format", "FORMAT", "text or json (default text)", 0},
    {0}};

static const cli_opt org_move_opts[] = {{"to", "CODE", "the new superior", R},
                                        DATE_OPT("the day of the move"),
                                        DECISION_OPT,
                                        {0}};

static const cli_opt org_rename_opts[] = {{"name", "NAME", "the new name", R},
                                          DATE_OPT("the day the name changes"),
                                          DECISION_OPT,
                                          {0}};

static const cli_opt org_merge_opts[] = {
    {"into", "CODE", "the organisation that receives them", R},
    DATE_OPT("the day of the merger"),
    DECISION_OPT,
    {0}};

static const cli_opt org_dissolve_opts[] = {
    DATE_OPT("the day of dissolution"), DECISION_OPT, {0}};

#define PERSON_OPTS                                                            \
  {"name", "NAME", "full name", R}, {"born", "DATE", "date of birth", R},      \
      {"gender", "GENDER", "female or male", R},                               \
      {"card", "NO", "party card number", 0},                                  \
      {"ethnicity", "TEXT", "ethnic group", 0},                                \
      {"religion", "TEXT", "religion", 0},                                     \
      {"hometown", "TEXT", "home town", 0},                                    \
      {"education", "TEXT", "education level", 0},                             \
      {"profession", "TEXT", "professional qualification", 0},                 \
      {"theory", "LEVEL",                                                      \
       "political theory: none, elementary, intermediate or advanced", 0},     \
      {"position", "TEXT", "job and post held", 0}, {                          \
    "key-cadre", NULL, "a key cadre", 0                                        \
  }

static const cli_opt member_add_opts[] = {
    PERSON_OPTS,
    {"cell", "CODE", "the cell the member is registered in", R},
    {"admitted", "DATE", "the admission decision", R},
    {"official", "DATE", "recognised official on", 0},
    {0}};

static const cli_opt member_admit_opts[] = {
    PERSON_OPTS,
    {"cell", "CODE", "the cell that admits", R},
    DATE_OPT("the admission decision (party age runs from it)"),
    DECISION_OPT,
    {"ceremony", "DATE", "the admission ceremony (within 30 working days)", 0},
    {"considered", "DATE",
     "the day the cell considered the case (age is checked then; default "
     "the decision)",
     0},
    {"over-60-approved-by", "CODE",
     "the committee directly under the Central Committee that approved "
     "admission over 60",
     0},
    {0}};

static const cli_opt recognize_opts[] = {
    DATE_OPT("the decision (it takes effect 12 months after admission)"),
    DECISION_OPT,
    {0}};

static const cli_opt transfer_opts[] = {
    {"to", "CELL", "the cell the member goes to", R},
    DATE_OPT("the day of the transfer"),
    {"temporary", NULL, "a temporary transfer: the registration stays home", 0},
    {"until", "DATE", "end of a temporary transfer", 0},
    {"studies", NULL, "temporary transfer for studies (up to 2 years)", 0},
    DECISION_OPT,
    {"reason", "TEXT", "why", 0},
    {0}};

static const cli_opt discipline_opts[] = {
    {"form", "FORM", "reprimand, warning, dismissal or expulsion", R},
    DATE_OPT("the decision"),
    {"by", "CODE", "the deciding organisation", 0},
    {"reason", "TEXT", "the violation", 0},
    DECISION_OPT,
    {0}};

static const cli_opt leave_opts[] = {DATE_OPT("the day membership ends"),
                                     {"reason", "TEXT", "why", 0},
                                     DECISION_OPT,
                                     {0}};

static const cli_opt readmit_opts[] = {
    {"cell", "CODE", "the cell that readmits", R},
    DATE_OPT("the readmission decision"),
    DECISION_OPT,
    {"ceremony", "DATE", "the ceremony (within 30 working days)", 0},
    {0}};

static const cli_opt member_show_opts[] = {
    {"format", "FORMAT", "text or json (default text)", 0}, {0}};

static const cli_opt member_list_opts[] = {
    {"under", "CODE", "only members below this organisation", 0},
    {"status", "STATUS",
     "probationary, official, temporary (visitors), or former members: "
     "removed, resigned, deceased, expelled",
     0},
    {"at", "DATE", "as registered on this day (default today)", 0},
    {"format", "FORMAT", "table, csv or json (default table)", 0},
    {0}};

static const cli_opt member_find_opts[] = {
    {"format", "FORMAT", "table, csv or json (default table)", 0}, {0}};

static const cli_opt badges_opts[] = {
    {"from", "DATE", "first day of the period", R},
    {"to", "DATE", "last day of the period (may be ahead)", R},
    {"under", "CODE", "only members below this organisation", 0},
    {"format", "FORMAT", "table, csv or json (default table)", 0},
    {0}};

#define ID_ARG "ID"

const cli_command cli_commands[] = {
    {"check", "", cli_check, "", 0, 0, check_opts,
     "check the database: integrity, and the tallies against the events",
     "Runs SQLite's integrity and foreign key checks, then recomputes every "
     "tally from the recorded events and compares. Exit code 1 when "
     "something is wrong; --repair rewrites the tallies.",
     CLI_DB_WRITE},
    {"demo", "", cli_demo, "", 0, 0, no_opts,
     "create a demonstration database and print its annual report",
     "Fills a new database (--db, default ./cadre.db) with a fictional "
     "provincial block of agencies and enterprises: a few dozen grassroots "
     "organisations, a few thousand members with invented names and a year "
     "of events. A database that holds anything but an earlier demo is "
     "refused.",
     CLI_DB_CREATE},
    {"export", "events", cli_export_events, "", 0, 0, export_opts,
     "write the history: every event of organisations and members", NULL,
     CLI_DB_READ},
    {"export", "members", cli_export_members, "", 0, 0, export_opts,
     "write the current members in the form import reads", NULL, CLI_DB_READ},
    {"export", "orgs", cli_export_orgs, "", 0, 0, export_opts,
     "write the organisation tree in the form import reads", NULL, CLI_DB_READ},
    {"help", "", cli_help, "[NOUN [VERB]]", 0, 2, help_opts,
     "explain the commands", NULL, CLI_DB_NONE},
    {"import", "members", cli_import_members, "FILE", 1, 1, no_opts,
     "record members from a CSV file, all or nothing",
     "Columns: name, born, gender, cell, admitted, official, card, "
     "ethnicity, religion, hometown, education, profession, theory, "
     "position, key-cadre (yes or empty), in any order; name, born, gender, "
     "cell and admitted are required. FILE - reads standard input.",
     CLI_DB_WRITE},
    {"import", "orgs", cli_import_orgs, "FILE", 1, 1, no_opts,
     "record organisations from a CSV file, all or nothing",
     "Columns: code, name, kind, parent, sector, founded, decision, in any "
     "order; code, name and kind are required. A parent may come after its "
     "children. FILE - reads standard input.",
     CLI_DB_WRITE},
    {"init", "", cli_init, "", 0, 0, no_opts,
     "create the database (or bring an older one up to date)", NULL,
     CLI_DB_CREATE},
    {"member", "add", cli_member_add, "", 0, 0, member_add_opts,
     "record an existing member from the registers; prints the new id", NULL,
     CLI_DB_WRITE},
    {"member", "admit", cli_member_admit, "", 0, 0, member_admit_opts,
     "admit a new probationary member; prints the new id",
     "The person must be 18 to 60 full years old, counted in months, on "
     "the day the cell considers the case; over 60 needs "
     "--over-60-approved-by.",
     CLI_DB_WRITE},
    {"member", "badges", cli_member_badges, "", 0, 0, badges_opts,
     "who reaches a party-badge milestone in a period",
     "Milestones are 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 and 90 "
     "years of party age; 'earliest' is when a seriously ill member may "
     "receive the badge.",
     CLI_DB_READ},
    {"member", "decease", cli_member_decease, ID_ARG, 1, 1, leave_opts,
     "record the death of a member", NULL, CLI_DB_WRITE},
    {"member", "discipline", cli_member_discipline, ID_ARG, 1, 1,
     discipline_opts, "discipline a member",
     "Probationary members can only be reprimanded or warned; dismissal "
     "needs a post; expulsion ends membership.",
     CLI_DB_WRITE},
    {"member", "find", cli_member_find, "TEXT", 1, 1, member_find_opts,
     "find members by name, without regard to case or diacritics", NULL,
     CLI_DB_READ},
    {"member", "list", cli_member_list, "", 0, 0, member_list_opts,
     "list members", NULL, CLI_DB_READ},
    {"member", "readmit", cli_member_readmit, ID_ARG, 1, 1, readmit_opts,
     "readmit a former member (once, after 36 months out)", NULL, CLI_DB_WRITE},
    {"member", "recognize", cli_member_recognize, ID_ARG, 1, 1, recognize_opts,
     "recognise a probationary member as official", NULL, CLI_DB_WRITE},
    {"member", "remove", cli_member_remove, ID_ARG, 1, 1, leave_opts,
     "remove a member from the rolls", NULL, CLI_DB_WRITE},
    {"member", "resign", cli_member_resign, ID_ARG, 1, 1, leave_opts,
     "record a member's resignation", NULL, CLI_DB_WRITE},
    {"member", "show", cli_member_show, ID_ARG, 1, 1, member_show_opts,
     "show a member: profile, status, party age and history",
     "ID is the member's id or party card number.", CLI_DB_READ},
    {"member", "transfer", cli_member_transfer, ID_ARG, 1, 1, transfer_opts,
     "transfer a member to another cell",
     "A temporary transfer (3 months to under a year, up to 2 years for "
     "studies) keeps the registration at home: the host cell sees the "
     "member, its figures do not count them.",
     CLI_DB_WRITE},
    {"org", "add", cli_org_add, "CODE", 1, 1, org_add_opts,
     "found an organisation", NULL, CLI_DB_WRITE},
    {"org", "dissolve", cli_org_dissolve, "CODE", 1, 1, org_dissolve_opts,
     "dissolve an organisation that has no members or live organisations "
     "below",
     NULL, CLI_DB_WRITE},
    {"org", "list", cli_org_list, "", 0, 0, org_list_opts,
     "list the organisation tree", NULL, CLI_DB_READ},
    {"org", "merge", cli_org_merge, "CODE...", 1, -1, org_merge_opts,
     "merge organisations into another",
     "The children and members of the merged organisations pass to the "
     "target, which must be able to hold them; the merged ones end.",
     CLI_DB_WRITE},
    {"org", "move", cli_org_move, "CODE", 1, 1, org_move_opts,
     "move an organisation, with all below it, to another superior", NULL,
     CLI_DB_WRITE},
    {"org", "rename", cli_org_rename, "CODE", 1, 1, org_rename_opts,
     "rename an organisation", NULL, CLI_DB_WRITE},
    {"org", "show", cli_org_show, "CODE", 1, 1, org_show_opts,
     "show an organisation: superiors, children, members, history", NULL,
     CLI_DB_READ},
    {"report", "", cli_report, "CODE", 1, 1, report_opts,
     "the period report of an organisation and all below it",
     "The stock (organisations, members by status, gender, age, ethnicity, "
     "education, theory, party age, key cadres) is counted at --to; the "
     "flows (admitted, recognised, transferred, disciplined, left) during "
     "the period. Events count where they happened: later moves do not "
     "change a past report. The JSON and CSV forms are described in "
     "docs/report.md.",
     CLI_DB_READ},
    {"version", "", cli_version, "", 0, 0, no_opts, "print the version", NULL,
     CLI_DB_NONE},
};

const size_t cli_command_count = UTIL_COUNT(cli_commands);
