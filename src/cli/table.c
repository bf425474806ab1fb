/*
 * table.c — every command of cadre, sorted by noun and verb. This table is
 * the single source of dispatch, help, the man page and docs/cli.md; a test
 * keeps it sorted and free of duplicates.
 */
#include "cli/cli_int.h"

#define R CLI_REQUIRED
#define DATE_OPT(help)                                                         \
  { "date", "DATE", help, R, &app_f_date }
#define DECISION_OPT                                                           \
  { "decision", "NO", "the number of the decision", 0, &app_f_text }

/* The order of a list of people (app_sort). */
#define SORT_OPT                                                               \
  {                                                                            \
    "sort", "ORDER",                                                           \
        "given: Vietnamese roster order, by given name, middle names, then "   \
        "family name (default); family: by family, middle, then given name",   \
        0, &app_f_sort                                                         \
  }
/* --format of a listing that has CSV, and --bom with it: wherever CSV is
 * written, xlsx is too (cli_format), and the byte order mark on demand. */
#define FORMAT_OPTS(help)                                                      \
  {"format", "FORMAT", help, 0, &app_f_text}, {                                \
    "bom", NULL,                                                               \
        "with --format csv: begin with UTF-8's byte order mark, which Excel "  \
        "needs to read Vietnamese",                                            \
        0, &app_f_flag                                                         \
  }
#define LIST_FORMAT_OPTS                                                       \
  FORMAT_OPTS("table, csv, json, or xlsx: a spreadsheet, to a file (default "  \
              "table)")

static const cli_opt no_opts[] = {{0}};

/* The imports read CSV or a workbook's sheet. */
static const cli_opt import_opts[] = {
    {"sheet", "NAME",
     "of a workbook (.xlsx): the sheet to read (default the first)", 0,
     &app_f_text},
    {0}};

static const cli_opt help_opts[] = {
    {"man", NULL, "write the man page (roff)", 0, &app_f_flag},
    {"markdown", NULL, "write the command reference (Markdown)", 0,
     &app_f_flag},
    {0}};

static const cli_opt check_opts[] = {
    {"repair", NULL, "rewrite the tallies from the events", 0, &app_f_flag},
    {0}};

static const cli_opt report_opts[] = {
    {"from", "DATE", "first day of the period", R, &app_f_date},
    {"to", "DATE",
     "last day of the period (the stock is counted then); it may be after "
     "today",
     R, &app_f_date},
    FORMAT_OPTS("text, json, csv, summary: the paragraph a review conference "
                "reads out, html: the page to print and sign, or xlsx: a "
                "spreadsheet with a sheet for each section, to a file (default "
                "text)"),
    {"place", "PLACE",
     "with --format html: the place of the date line (by default a blank "
     "to fill)",
     0, &app_f_text},
    {"engine", "ENGINE",
     "auto (tallies where kept) or direct (from every member's history: "
     "slower, for verification)",
     0, &app_f_engine},
    {"group", "CODE",
     "the report of a grouping instead of an organisation: the sum of the "
     "reports of its members on --to",
     0, &app_f_code},
    {0}};

/* A session's idle time: a day at most (the absolute limit is 12 hours). */
static const app_field idle_seconds = {
    .type = APP_FT_INT,
    .min = 1,
    .max = 86400,
    .rule = "a whole number of seconds from 1 to 86400"};

static const cli_opt serve_opts[] = {
    {"listen", "ADDR:PORT",
     "the address and port to listen on (default 127.0.0.1:8080; port 0 "
     "picks a free one)",
     0, &app_f_text},
    {"cert", "FILE", "the server's certificate (PEM), for HTTPS", 0,
     &app_f_file},
    {"key", "FILE", "the certificate's private key (PEM), for HTTPS", 0,
     &app_f_file},
    {"session-idle", "SECONDS",
     "how long a session lasts unused (default 1800)", 0, &idle_seconds},
    {0}};

static const cli_opt export_opts[] = {
    {"under", "CODE", "only this organisation and those below it", 0,
     &app_f_code},
    FORMAT_OPTS("csv, json, or xlsx: a spreadsheet, to a file (default csv)"),
    {0}};

static const cli_opt org_add_opts[] = {
    {"name", "NAME", "the full name (any Unicode text)", R, &app_f_text},
    {"kind", "KIND", "the kind of organisation", R, &app_f_kind},
    {"parent", "CODE", "the superior organisation", 0, &app_f_code},
    {"sector", "SECTOR", "the sector", 0, &app_f_sector},
    {"founded", "DATE",
     "the founding date (without it: counted from the day recorded)", 0,
     &app_f_date},
    DECISION_OPT,
    {0}};

static const cli_opt org_list_opts[] = {
    {"under", "CODE", "only this organisation and those below it", 0,
     &app_f_code},
    {"at", "DATE", "the tree as it stood on this day (default today)", 0,
     &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt org_show_opts[] = {
    {"at", "DATE", "as it stood on this day (default today)", 0, &app_f_date},
    {"format", "FORMAT", "text or json (default text)", 0, &app_f_text},
    {0}};

static const cli_opt org_move_opts[] = {
    {"to", "CODE", "the new superior", R, &app_f_code},
    DATE_OPT("the day of the move"),
    DECISION_OPT,
    {0}};

static const cli_opt org_rename_opts[] = {
    {"name", "NAME", "the new name", R, &app_f_text},
    DATE_OPT("the day the name changes"),
    DECISION_OPT,
    {0}};

static const cli_opt org_merge_opts[] = {
    {"into", "CODE", "the organisation that receives them", R, &app_f_code},
    DATE_OPT("the day of the merger"),
    DECISION_OPT,
    {0}};

static const cli_opt org_dissolve_opts[] = {
    DATE_OPT("the day of dissolution"), DECISION_OPT, {0}};

#define PERSON_OPTS                                                            \
  {"name", "NAME", "full name", R, &app_f_text},                               \
      {"born", "DATE", "date of birth", R, &app_f_date},                       \
      {"gender", "GENDER", "gender", R, &app_f_gender},                        \
      {"card", "NO", "party card number", 0, &app_f_text},                     \
      {"ethnicity", "TEXT", "ethnic group", 0, &app_f_text},                   \
      {"religion", "TEXT", "religion", 0, &app_f_text},                        \
      {"hometown", "TEXT", "home town", 0, &app_f_text},                       \
      {"education", "TEXT", "education level", 0, &app_f_text},                \
      {"profession", "TEXT", "professional qualification", 0, &app_f_text},    \
      {"theory", "LEVEL", "political theory", 0, &app_f_theory},               \
      {"position", "TEXT", "job and post held", 0, &app_f_text},               \
      {"key-cadre", NULL, "a key cadre", 0, &app_f_flag}, {                    \
    "manager", NULL,                                                           \
        "holds a management post (the default role of the member's "           \
        "opinions at meetings)",                                               \
        0, &app_f_flag                                                         \
  }

#define OVER_60_OPT                                                            \
  {                                                                            \
    "over-60-approved-by", "CODE",                                             \
        "admission over 60: the committee directly under the Central "         \
        "Committee "                                                           \
        "above the cell, which approved it",                                   \
        0, &app_f_code                                                         \
  }

static const cli_opt member_add_opts[] = {
    PERSON_OPTS,
    {"cell", "CODE", "the cell the member is registered in", R, &app_f_code},
    {"admitted", "DATE", "the admission decision", R, &app_f_date},
    {"official", "DATE", "recognised official on", 0, &app_f_date},
    {"registered", "DATE",
     "registered in the cell from this day (default: the admission, or the "
     "cell's founding when it came later)",
     0, &app_f_date},
    OVER_60_OPT,
    {0}};

static const cli_opt member_edit_opts[] = {
    DATE_OPT("the day the change takes effect"),
    {"name", "NAME", "full name", 0, &app_f_text},
    {"position", "TEXT", "job and post held (\"\" for none)", 0, &app_f_text},
    {"key-cadre", "yes|no", "whether a key cadre", 0, &app_f_yesno},
    {"theory", "LEVEL", "political theory", 0, &app_f_theory},
    {"education", "TEXT", "education level", 0, &app_f_text},
    {"profession", "TEXT", "professional qualification", 0, &app_f_text},
    {"religion", "TEXT", "religion", 0, &app_f_text},
    {"ethnicity", "TEXT", "ethnic group", 0, &app_f_text},
    {"card", "NO", "party card number", 0, &app_f_text},
    {"hometown", "TEXT", "home town", 0, &app_f_text},
    {"manager", "yes|no",
     "whether the member holds a management post (opinions at meetings)", 0,
     &app_f_yesno},
    {0}};

static const cli_opt member_admit_opts[] = {
    PERSON_OPTS,
    {"cell", "CODE", "the cell that admits", R, &app_f_code},
    DATE_OPT("the admission decision (party age runs from it)"),
    DECISION_OPT,
    {"ceremony", "DATE", "the admission ceremony (within 30 working days)", 0,
     &app_f_date},
    {"considered", "DATE",
     "the day the cell considered the case (age is checked then; default "
     "the decision)",
     0, &app_f_date},
    OVER_60_OPT,
    {0}};

static const cli_opt recognize_opts[] = {
    DATE_OPT("the decision (it takes effect 12 months after admission)"),
    DECISION_OPT,
    {0}};

static const cli_opt transfer_opts[] = {
    {"to", "CELL", "the cell the member goes to", R, &app_f_code},
    DATE_OPT("the day of the transfer"),
    {"temporary", NULL, "a temporary transfer: the registration stays home", 0,
     &app_f_flag},
    {"until", "DATE", "end of a temporary transfer", 0, &app_f_date},
    {"studies", NULL, "temporary transfer for studies (up to 2 years)", 0,
     &app_f_flag},
    DECISION_OPT,
    {"reason", "TEXT", "why", 0, &app_f_text},
    {0}};

#define VOTES_OPT                                                              \
  {                                                                            \
    "votes", "FOR/TOTAL",                                                      \
        "the votes of the deciding body: for, of those who voted (e.g. 7/9)",  \
        R, &app_f_votes                                                        \
  }

static const cli_opt discipline_opts[] = {
    {"form", "FORM", "the form of discipline", R, &app_f_form},
    DATE_OPT("the decision"),
    VOTES_OPT,
    {"proposal", "FOR/TOTAL",
     "expulsion: the votes of the proposal to expel (at least two thirds)", 0,
     &app_f_votes},
    {"by", "CODE", "the deciding organisation", 0, &app_f_code},
    {"reason", "TEXT", "the violation", 0, &app_f_text},
    DECISION_OPT,
    {0}};

static const cli_opt org_discipline_opts[] = {
    {"form", "FORM", "the form of discipline", R, &app_f_org_form},
    DATE_OPT("the decision"),
    VOTES_OPT,
    {"by", "CODE", "the deciding organisation, above it", 0, &app_f_code},
    {"reason", "TEXT", "the violation", 0, &app_f_text},
    DECISION_OPT,
    {0}};

static const cli_opt oversight_add_opts[] = {
    {"kind", "KIND", "the kind of record", R, &app_f_oversight},
    {"by", "CODE", "the organisation that inspects or supervises", R,
     &app_f_code},
    {"org", "CODE", "the organisation inspected or supervised", 0, &app_f_code},
    {"member", "ID", "the member inspected or supervised (id or card)", 0,
     &app_f_member},
    {"from", "DATE", "the first day (the record counts on it)", R, &app_f_date},
    {"to", "DATE", "the last day (may be ahead)", 0, &app_f_date},
    {"subject", "TEXT", "what was inspected or supervised", 0, &app_f_text},
    {"conclusion", "TEXT", "the conclusion", 0, &app_f_text},
    {"violation", NULL, "violations were found", 0, &app_f_flag},
    {0}};

static const cli_opt oversight_list_opts[] = {
    {"under", "CODE",
     "only records about this organisation or those below it then", 0,
     &app_f_code},
    {"from", "DATE", "only records from this day on", 0, &app_f_date},
    {"to", "DATE", "only records begun on or before this day", 0, &app_f_date},
    {"kind", "KIND", "the kind of record", 0, &app_f_oversight},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt oversight_show_opts[] = {
    {"format", "FORMAT", "text or json (default text)", 0, &app_f_text}, {0}};

static const cli_opt leave_opts[] = {DATE_OPT("the day membership ends"),
                                     {"reason", "TEXT", "why", 0, &app_f_text},
                                     DECISION_OPT,
                                     {0}};

static const cli_opt readmit_opts[] = {
    {"cell", "CODE", "the cell that readmits", R, &app_f_code},
    DATE_OPT("the readmission decision"),
    DECISION_OPT,
    {"ceremony", "DATE", "the ceremony (within 30 working days)", 0,
     &app_f_date},
    {0}};

static const cli_opt member_show_opts[] = {
    {"format", "FORMAT", "text or json (default text)", 0, &app_f_text}, {0}};

static const cli_opt member_list_opts[] = {
    {"under", "CODE", "only members below this organisation", 0, &app_f_code},
    {"status", "STATUS",
     "the status (temporary: visitors on a temporary transfer to a cell below)",
     0, &app_f_status},
    {"at", "DATE", "as registered on this day (default today)", 0, &app_f_date},
    {"overdue", NULL,
     "only probationary members whose 12 months of probation ended on or "
     "before --at without recognition (the rule says they are removed), "
     "with the day it ended",
     0, &app_f_flag},
    SORT_OPT,
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt member_find_opts[] = {LIST_FORMAT_OPTS, {0}};

static const cli_opt badges_opts[] = {
    {"from", "DATE", "first day of the period", R, &app_f_date},
    {"to", "DATE", "last day of the period (may be ahead)", R, &app_f_date},
    {"under", "CODE", "only members below this organisation", 0, &app_f_code},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt assess_set_opts[] = {
    {"year", "YYYY", "the year classified (not after the current one)", R,
     &app_f_year},
    {"member", "ID", "the member classified (id or card)", 0, &app_f_member},
    {"org", "CODE", "the organisation classified", 0, &app_f_code},
    {"grade", "GRADE", "the grade", 0, &app_f_grade},
    {"score", "N",
     "a score out of 100: 90 and over excellent, 70 well, 50 completed, "
     "below not-completed",
     0, &app_f_score},
    {0}};

static const cli_opt assess_list_opts[] = {
    {"year", "YYYY", "the year", R, &app_f_year},
    {"under", "CODE",
     "only this organisation and those below it, with their members, at "
     "the end of the year",
     0, &app_f_code},
    {"grade", "GRADE", "only this grade", 0, &app_f_grade},
    SORT_OPT,
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt assess_streak_opts[] = {
    {"grade", "GRADE", "the grade", R, &app_f_grade},
    {"years", "YYYY-YYYY", "the years, every one of which counts", R,
     &app_f_text},
    {"or-better", NULL, "a better grade counts too", 0, &app_f_flag},
    {"orgs", NULL, "organisations instead of members", 0, &app_f_flag},
    {"under", "CODE",
     "only this organisation and those below it, with their members, at "
     "the end of the last year",
     0, &app_f_code},
    SORT_OPT,
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt award_add_opts[] = {
    {"member", "ID", "the member awarded (id or card)", 0, &app_f_member},
    {"org", "CODE", "the organisation awarded (a collective)", 0, &app_f_code},
    {"kind", "KIND", "the kind of award", R, &app_f_award},
    {"title", "TEXT", "the title of the award", R, &app_f_text},
    {"by", "CODE", "the awarding organisation", R, &app_f_code},
    DATE_OPT("the day of the award"),
    {"years", "N", "party badges: the milestone", 0, &app_f_milestone},
    {"early", NULL,
     "party badges: early, to a seriously ill member (from 12 months before "
     "the milestone, 24 from 70 years)",
     0, &app_f_flag},
    DECISION_OPT,
    {0}};

static const cli_opt award_list_opts[] = {
    {"under", "CODE",
     "only awards to this organisation and those below it, with their "
     "members, on the day of each award",
     0, &app_f_code},
    {"from", "DATE", "only awards from this day on", 0, &app_f_date},
    {"to", "DATE", "only awards up to this day (default today)", 0,
     &app_f_date},
    {"kind", "KIND", "the kind of award", 0, &app_f_award},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt group_add_opts[] = {
    {"name", "NAME", "the full name (any Unicode text)", R, &app_f_text},
    {"kind", "KIND",
     "region (a regional block of provinces) or cluster (an emulation "
     "cluster)",
     R, &app_f_group_kind},
    {0}};

static const cli_opt group_join_opts[] = {
    {"org", "CODE", "the organisation: a provincial committee or a committee",
     R, &app_f_code},
    DATE_OPT("the first day of membership"),
    {0}};

static const cli_opt group_leave_opts[] = {
    {"org", "CODE", "the member organisation", R, &app_f_code},
    DATE_OPT("the first day it is no longer a member"),
    {0}};

static const cli_opt group_list_opts[] = {
    {"at", "DATE", "count the members on this day (default today)", 0,
     &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt group_show_opts[] = {
    {"at", "DATE", "as it stood on this day (default today)", 0, &app_f_date},
    {"format", "FORMAT", "text or json (default text)", 0, &app_f_text},
    {0}};

static const cli_opt conference_add_opts[] = {
    {"host", "CODE", "the hosting organisation", R, &app_f_code},
    DATE_OPT("the day of the conference"),
    {"kind", "KIND", "the kind of conference", R, &app_f_conference_kind},
    {"theme", "TEXT", "the theme (\"summary of 2023 and tasks for 2024\")", R,
     &app_f_text},
    {"group", "CODE", "the grouping whose conference it is", 0, &app_f_code},
    {"delegates", "N", "delegates attending", 0, &app_f_count},
    {"papers", "N", "papers or comments received", 0, &app_f_count},
    {"flag-to", "CODE",
     "the member of the grouping the host hands the rotating flag to", 0,
     &app_f_code},
    {0}};

static const cli_opt conference_list_opts[] = {
    {"group", "CODE", "only this grouping's conferences", 0, &app_f_code},
    {"from", "DATE", "only conferences from this day on", 0, &app_f_date},
    {"to", "DATE", "only conferences up to this day", 0, &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt model_add_opts[] = {
    {"group", "CODE", "the grouping that names the model", R, &app_f_code},
    {"org", "CODE", "the organisation named a model", 0, &app_f_code},
    {"member", "ID", "the member named a model (id or card)", 0, &app_f_member},
    {"title", "TEXT", "what it is a model of", R, &app_f_text},
    DATE_OPT("the day it was named"),
    {0}};

static const cli_opt model_list_opts[] = {
    {"group", "CODE", "the grouping", R, &app_f_code},
    {"year", "YYYY", "only models named in this year", 0, &app_f_year},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt fund_add_opts[] = {
    {"org", "CODE", "the organisation that mobilised the funds", R,
     &app_f_code},
    {"campaign", "TEXT", "what for (\"new rural areas\", \"social security\")",
     R, &app_f_text},
    DATE_OPT("the day they count on"),
    {"amount", "N",
     "whole VND, digits grouped by '.' or ',' if at all (17.000.000.000)", R,
     &app_f_amount},
    {"note", "TEXT", "a note kept with the record", 0, &app_f_text},
    {0}};

static const cli_opt fund_list_opts[] = {
    {"under", "CODE", "only funds of this organisation and those below it then",
     0, &app_f_code},
    {"from", "DATE", "only funds from this day on", 0, &app_f_date},
    {"to", "DATE", "only funds up to this day", 0, &app_f_date},
    {"campaign", "TEXT", "only this campaign", 0, &app_f_text},
    LIST_FORMAT_OPTS,
    {0}};

#define ID_ARG "ID"

/* The same for a new account and a new password. */
#define PASSWORD_FILE_OPT                                                      \
  {                                                                            \
    "password-file", "FILE",                                                   \
        "read the password from the first line of FILE (- reads standard "     \
        "input); without it, it is asked twice at the terminal",               \
        0, &app_f_file                                                         \
  }

static const cli_opt audit_opts[] = {
    {"under", "CODE",
     "only the changes about this organisation and those "
     "below it",
     0, &app_f_code},
    {"user", "NAME", "only the changes made by this user", 0, &app_f_text},
    {"from", "DATE", "only the changes made on or after this day", 0,
     &app_f_date},
    {"to", "DATE", "only the changes made on or before this day", 0,
     &app_f_date},
    FORMAT_OPTS("text, csv, json, or xlsx: a spreadsheet, to a file (default "
                "text)"),
    {0}};

static const cli_opt user_add_opts[] = {
    {"role", "ROLE",
     "viewer (sees), editor (sees and records) or admin (also manages "
     "users)",
     R, &app_f_role},
    {"scope", "CODE",
     "the organisation whose branch of the tree the user sees and changes", R,
     &app_f_code},
    PASSWORD_FILE_OPT,
    {0}};

static const cli_opt user_passwd_opts[] = {PASSWORD_FILE_OPT, {0}};

static const cli_opt user_list_opts[] = {LIST_FORMAT_OPTS, {0}};

#define P CLI_REPEAT

static const cli_opt event_list_opts[] = {
    {"member", "ID", "the events of this member (id or party card number)", 0,
     &app_f_member},
    {"org", "CODE", "the events of this organisation", 0, &app_f_code},
    LIST_FORMAT_OPTS,
    {0}};

#define REASON_OPT(what)                                                       \
  {                                                                            \
    "reason", "TEXT", "why the event is " what " (kept with it)", R,           \
        &app_f_text                                                            \
  }

static const cli_opt event_void_opts[] = {REASON_OPT("voided"), {0}};
static const cli_opt record_void_opts[] = {
    {"reason", "TEXT", "why the record is voided (kept with it)", R,
     &app_f_text},
    {0}};

/* The options of a correction: --reason, and the fields of the noun's add
 * command, none required (a flag of add takes yes or no here). */
#define CORRECT_REASON                                                         \
  {                                                                            \
    "reason", "TEXT", "why the record is corrected (kept with it)", R,         \
        &app_f_text                                                            \
  }

static const cli_opt oversight_correct_opts[] = {
    CORRECT_REASON,
    {"kind", "KIND", "the kind of record", 0, &app_f_oversight},
    {"by", "CODE", "the organisation that inspects or supervises", 0,
     &app_f_code},
    {"org", "CODE", "the organisation inspected or supervised", 0, &app_f_code},
    {"member", "ID", "the member inspected or supervised (id or card)", 0,
     &app_f_member},
    {"from", "DATE", "the first day", 0, &app_f_date},
    {"to", "DATE", "the last day (\"\" for none)", 0, &app_f_date},
    {"subject", "TEXT", "what was inspected or supervised", 0, &app_f_text},
    {"conclusion", "TEXT", "the conclusion", 0, &app_f_text},
    {"violation", "yes|no", "whether violations were found", 0, &app_f_yesno},
    {0}};

static const cli_opt org_discipline_correct_opts[] = {
    CORRECT_REASON,
    {"org", "CODE", "the organisation disciplined", 0, &app_f_code},
    {"form", "FORM", "reprimand or warning", 0, &app_f_org_form},
    {"date", "DATE", "the decision", 0, &app_f_date},
    {"votes", "FOR/TOTAL", "the votes of the deciding body", 0, &app_f_votes},
    {"by", "CODE", "the deciding organisation, above it", 0, &app_f_code},
    {"decision", "NO", "the number of the decision", 0, &app_f_text},
    {0}};

static const cli_opt assess_correct_opts[] = {
    CORRECT_REASON,
    {"year", "YYYY", "the year classified", 0, &app_f_year},
    {"member", "ID", "the member classified (id or card)", 0, &app_f_member},
    {"org", "CODE", "the organisation classified", 0, &app_f_code},
    {"grade", "GRADE", "the grade", 0, &app_f_grade},
    {"score", "N", "a score out of 100", 0, &app_f_score},
    {0}};

static const cli_opt award_correct_opts[] = {
    CORRECT_REASON,
    {"member", "ID", "the member awarded (id or card)", 0, &app_f_member},
    {"org", "CODE", "the organisation awarded", 0, &app_f_code},
    {"kind", "KIND", "the kind of award", 0, &app_f_award},
    {"title", "TEXT", "the title of the award", 0, &app_f_text},
    {"by", "CODE", "the awarding organisation", 0, &app_f_code},
    {"date", "DATE", "the day of the award", 0, &app_f_date},
    {"years", "N", "party badges: the milestone", 0, &app_f_milestone},
    {"early", "yes|no",
     "party badges: early (not kept with the award: give it again)", 0,
     &app_f_yesno},
    {"decision", "NO", "the number of the decision", 0, &app_f_text},
    {0}};

static const cli_opt fund_correct_opts[] = {
    CORRECT_REASON,
    {"org", "CODE", "the organisation that mobilised the funds", 0,
     &app_f_code},
    {"campaign", "TEXT", "what for", 0, &app_f_text},
    {"date", "DATE", "the day they count on", 0, &app_f_date},
    {"amount", "N", "whole VND", 0, &app_f_amount},
    {"note", "TEXT", "a note kept with the record", 0, &app_f_text},
    {0}};

static const cli_opt model_correct_opts[] = {
    CORRECT_REASON,
    {"group", "CODE", "the grouping that names the model", 0, &app_f_code},
    {"org", "CODE", "the organisation named a model", 0, &app_f_code},
    {"member", "ID", "the member named a model (id or card)", 0, &app_f_member},
    {"title", "TEXT", "what it is a model of", 0, &app_f_text},
    {"date", "DATE", "the day it was named", 0, &app_f_date},
    {0}};

static const cli_opt conference_correct_opts[] = {
    CORRECT_REASON,
    {"host", "CODE", "the hosting organisation", 0, &app_f_code},
    {"date", "DATE", "the day of the conference", 0, &app_f_date},
    {"kind", "KIND", "the kind of conference", 0, &app_f_conference_kind},
    {"theme", "TEXT", "the theme", 0, &app_f_text},
    {"group", "CODE", "the grouping whose conference it is", 0, &app_f_code},
    {"delegates", "N", "delegates attending", 0, &app_f_count},
    {"papers", "N", "papers or comments received", 0, &app_f_count},
    {"flag-to", "CODE", "the member of the grouping handed the flag", 0,
     &app_f_code},
    {0}};

static const cli_opt doc_correct_opts[] = {
    CORRECT_REASON,
    {"document", "NUMBER", "the document", 0, &app_f_text},
    {"org", "CODE", "the organisation", 0, &app_f_code},
    {"date", "DATE", "the day", 0, &app_f_date},
    {0}};

static const cli_opt meeting_correct_opts[] = {
    CORRECT_REASON,
    {"cell", "CODE", "the cell that met", 0, &app_f_code},
    {"date", "DATE", "the day of the meeting", 0, &app_f_date},
    {"kind", "KIND", "the kind of meeting", 0, &app_f_meeting_kind},
    {"chair", "ID", "the member who chaired it", 0, &app_f_member},
    {"minutes", "N", "its length in minutes", 0, &app_f_minutes},
    {"theme", "TEXT", "its theme", 0, &app_f_text},
    {"result", "PCT", "% of last month's resolution's targets met", 0,
     &app_f_percent},
    {"present", "ID,...",
     "members present (with --absent: the whole attendance is given again)", 0,
     &app_f_text},
    {"absent", "ID[:REASON]", "a member absent, and why", P, &app_f_text},
    {"opinion", "ID[:ROLE][:TEXT]", "an opinion (all of them again)", P,
     &app_f_text},
    {"task", "TEXT", "a key task for next month (all of them again)", P,
     &app_f_text},
    {"document", "NUMBER", "a document disseminated (all of them again)", P,
     &app_f_text},
    {"points", "CRITERION=N",
     "points given by the scorer (all of them again; default: as given)", P,
     &app_f_text},
    {0}};

static const cli_opt void_list_opts[] = {
    {"noun", "NOUN",
     "only these: oversight, discipline, assessment, award, fund, model, "
     "conference, meeting or dissemination (of documents)",
     0, &app_f_text},
    LIST_FORMAT_OPTS,
    {0}};

/* What every void and correction of a record of party work does. */
#define VOID_HELP                                                              \
  "The record is kept whole among the voided records (void list), with "       \
  "who, when and why, and stops counting everywhere: every report, past "      \
  "ones included, reads as if it had never been entered."
#define CORRECT_HELP                                                           \
  "The record is voided and entered again, in one step, with the fields "      \
  "given and the others as recorded; the new record is checked as an "         \
  "addition is, and refused with its message (the database unchanged). "       \
  "Giving --org or --member of a record about either drops the other."

static const cli_opt event_correct_opts[] = {
    REASON_OPT("corrected"),
    {"date", "DATE", "the right date", 0, &app_f_date},
    {"decision", "NO", "the right decision number", 0, &app_f_text},
    {"to", "CODE",
     "a transfer: the right destination cell; an organisation's move: the "
     "right new superior",
     0, &app_f_code},
    {"name", "TEXT", "an organisation's renaming: the right name", 0,
     &app_f_text},
    {"cell", "CODE",
     "an admission, registration or readmission: the right "
     "cell",
     0, &app_f_code},
    {"until", "DATE", "a temporary transfer: the right last day", 0,
     &app_f_date},
    {"studies", NULL, "a temporary transfer: away for studies", 0, &app_f_flag},
    {"form", "FORM", "a discipline: the right form", 0, &app_f_form},
    {"by", "CODE", "a discipline: the right deciding organisation", 0,
     &app_f_code},
    {"votes", "FOR/TOTAL", "a discipline: the right votes", 0, &app_f_votes},
    {"proposal", "FOR/TOTAL", "an expulsion: the right votes of the proposal",
     0, &app_f_votes},
    {"ceremony", "DATE", "an admission or readmission: the right ceremony", 0,
     &app_f_date},
    {"considered", "DATE",
     "an admission: the right day the cell considered "
     "the case",
     0, &app_f_date},
    {"official", "DATE",
     "a registration: the right day the member became "
     "official",
     0, &app_f_date},
    {0}};

static const cli_opt doc_add_opts[] = {
    {"kind", "KIND", "the kind of document", R, &app_f_doc_kind},
    {"issuer", "TEXT", "who issued it (e.g. the Central Committee)", R,
     &app_f_text},
    DATE_OPT("the day it was issued"),
    {"title", "TEXT", "what it is about", R, &app_f_text},
    {0}};

static const cli_opt doc_step_opts[] = {
    {"org", "CODE", "the organisation", R, &app_f_code},
    DATE_OPT("the day"),
    {0}};

static const cli_opt doc_coverage_opts[] = {
    {"under", "CODE", "the organisation whose subtree is looked at", R,
     &app_f_code},
    {"at", "DATE", "as things stood on this day (default today)", 0,
     &app_f_date},
    {"format", "FORMAT", "text or json (default text)", 0, &app_f_text},
    {0}};

static const cli_opt meeting_add_opts[] = {
    {"cell", "CODE", "the cell that meets (cell or grassroots_cell)", R,
     &app_f_code},
    DATE_OPT("the day of the meeting"),
    {"kind", "KIND", "the kind of meeting", R, &app_f_meeting_kind},
    {"chair", "ID", "the member who chairs it (present)", R, &app_f_member},
    {"minutes", "N", "its length in minutes", R, &app_f_minutes},
    {"theme", "TEXT", "its theme", 0, &app_f_text},
    {"present", "ID,...",
     "members present, by id or card number; 'all' stands for every "
     "registered member not listed absent. Registered members not listed "
     "are recorded absent",
     0, &app_f_text},
    {"absent", "ID[:REASON]", "a member absent, and why", P, &app_f_text},
    {"opinion", "ID[:ROLE][:TEXT]",
     "an opinion raised by a member present; ROLE is manager or member "
     "(default: manager when the member holds a management post, "
     "member add --manager)",
     P, &app_f_text},
    {"result", "PCT", "% of last month's resolution's targets met", 0,
     &app_f_percent},
    {"task", "TEXT", "a key task for next month", P, &app_f_text},
    {"document", "NUMBER", "a document disseminated at the meeting", P,
     &app_f_text},
    {"points", "CRITERION=N",
     "points given by the scorer for a criterion (cadre rubric show)", P,
     &app_f_text},
    {0}};

static const cli_opt meeting_score_opts[] = {
    {"points", "CRITERION=N", "points given by the scorer for a criterion", P,
     &app_f_text},
    {"result", "PCT", "% of last month's resolution's targets met", 0,
     &app_f_percent},
    {0}};

static const cli_opt meeting_list_opts[] = {
    {"under", "CODE",
     "only meetings of cells below this organisation (as the tree stood on "
     "the day of each)",
     0, &app_f_code},
    {"from", "DATE", "first day (default: the earliest)", 0, &app_f_date},
    {"to", "DATE", "last day (default today)", 0, &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt text_json_opts[] = {
    {"format", "FORMAT", "text or json (default text)", 0, &app_f_text}, {0}};

static const cli_opt table_opts[] = {LIST_FORMAT_OPTS, {0}};

static const cli_opt meeting_show_opts[] = {
    SORT_OPT,
    {"format", "FORMAT", "text or json (default text)", 0, &app_f_text},
    {0}};

static const cli_opt rubric_load_opts[] = {
    {"name", "NAME", "the name to keep it under (default: the file's)", 0,
     &app_f_text},
    {0}};

const cli_command cli_commands[] = {
    {"assess", "correct", cli_assess_correct, ID_ARG, 1, 1, assess_correct_opts,
     "correct a classification (assess list shows ids); prints the new id",
     CORRECT_HELP " The quota of excellence is checked again.", CLI_DB_WRITE},
    {"assess", "import", cli_assess_import, "FILE", 1, 1, import_opts,
     "classify members and organisations from a CSV or xlsx file, all or "
     "nothing",
     "Columns: year, member (id or card) or org (code), grade or score, in "
     "any order (docs/formats.md). The quota of excellence is checked on "
     "the result of the whole file, so a file may classify a grassroots "
     "organisation's whole year at once. FILE - reads standard input.",
     CLI_DB_WRITE},
    {"assess", "list", cli_assess_list, "", 0, 0, assess_list_opts,
     "list the classifications of a year",
     "Organisations first, then members by name; 'place' is where the "
     "classification counts (the member's cell, the organisation's "
     "superior, at the end of the year) and 'grassroots' the organisation "
     "whose quota it counts in.",
     CLI_DB_READ},
    {"assess", "set", cli_assess_set, "", 0, 0, assess_set_opts,
     "classify a member (--member) or an organisation (--org) for a year",
     "A score gives the grade; setting a year again replaces it. A member "
     "must have been in the party on some day of the year, an organisation "
     "must have existed in it. Within each grassroots organisation, those "
     "classified excellent may be at most 20% of those classified well or "
     "better, for members and for the cells and sub-committees below it "
     "apart; a classification that breaks the quota is refused. See "
     "docs/assess.md.",
     CLI_DB_WRITE},
    {"assess", "streak", cli_assess_streak, "", 0, 0, assess_streak_opts,
     "who held a grade every year of a range",
     "Members (or, with --orgs, organisations) classified with the grade "
     "in every year from the first to the last of --years: a year without "
     "a classification breaks the streak.",
     CLI_DB_READ},
    {"assess", "void", cli_assess_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken classification (assess list shows ids)", VOID_HELP,
     CLI_DB_WRITE},
    {"audit", "", cli_audit, "", 0, 0, audit_opts,
     "the audit trail: who changed what, when, from where, with the values "
     "before and after (administrators)",
     "One entry per change, in the order written: time (UTC), user, origin "
     "(cli, or the web client's address), action and detail, the "
     "organisation it concerns (the first one the change named: for a "
     "member, their cell), then each row it wrote: table, insert, update or "
     "delete, the row's key, and the values before and after (an update "
     "shows the columns it changed). Derived rows (tallies, paths, "
     "registration) are not listed; a password never is. An import is one "
     "entry. --under selects the entries about an organisation and those "
     "below it now. CSV has a record per row written.",
     CLI_DB_READ},
    {"award", "add", cli_award_add, "", 0, 0, award_add_opts,
     "record an award to a member or an organisation; prints the new id",
     "A party badge (--kind badge --years N) goes to an official member "
     "who has reached N years of party age, once per milestone; a seriously "
     "ill member may receive it early with --early. An award counts on its "
     "date: a member's at the member's cell, an organisation's at its "
     "superior.",
     CLI_DB_WRITE},
    {"award", "correct", cli_award_correct, ID_ARG, 1, 1, award_correct_opts,
     "correct an award; prints the new id", CORRECT_HELP, CLI_DB_WRITE},
    {"award", "list", cli_award_list, "", 0, 0, award_list_opts,
     "list awards, by date", NULL, CLI_DB_READ},
    {"award", "void", cli_award_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken award", VOID_HELP, CLI_DB_WRITE},
    {"check", "", cli_check, "", 0, 0, check_opts,
     "check the database: integrity, and what is derived against the events",
     "Runs SQLite's integrity and foreign key checks, then derives every "
     "member's state (status, cell, dates) and registration (stretches in "
     "cells, temporary stays) and every tally from the recorded events "
     "again and compares, and checks the names' search keys and their "
     "index. Exit code 1 when something is wrong; --repair "
     "rewrites what differs. Warnings on "
     "stderr (probationary members whose probation of 12 months ended "
     "without recognition, as `member list --overdue` lists them) leave the "
     "exit code 0.",
     CLI_DB_WRITE},
    {"conference", "add", cli_conference_add, "", 0, 0, conference_add_opts,
     "record a conference or workshop; prints the new id",
     "A conference of a grouping (--group) is hosted by one of its members. "
     "The rotating flag passes only at a conference: its holder, hosting, "
     "hands it to another member (--flag-to). The first host holds it "
     "without a handover, and so does the host of a conference after the "
     "holder has left the grouping.",
     CLI_DB_WRITE},
    {"conference", "correct", cli_conference_correct, ID_ARG, 1, 1,
     conference_correct_opts, "correct a conference; prints the new id",
     CORRECT_HELP " The handovers of the flag are checked again.",
     CLI_DB_WRITE},
    {"conference", "list", cli_conference_list, "", 0, 0, conference_list_opts,
     "list conferences", NULL, CLI_DB_READ},
    {"conference", "void", cli_conference_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken conference",
     VOID_HELP " A conference of a grouping that handed the flag on is "
               "refused where a later handover rests on it, naming that "
               "conference; otherwise the flag goes back to its holder.",
     CLI_DB_WRITE},
    {"demo", "", cli_demo, "", 0, 0, no_opts,
     "create a demonstration database and print its annual report",
     "Fills a new database (--db, default ./cadre.db) with a fictional "
     "provincial block of agencies and enterprises: a few dozen grassroots "
     "organisations, a few thousand members with invented names and a year "
     "of events. A database that holds anything but an earlier demo is "
     "refused.",
     CLI_DB_CREATE},
    {"doc", "add", cli_doc_add, "NUMBER", 1, 1, doc_add_opts,
     "register a document (21-NQ/TW, 50-CT/TW, 16-NQ/TU); prints its id",
     "Numbers are unique without regard to the case of ASCII letters.",
     CLI_DB_WRITE},
    {"doc", "correct", cli_doc_correct, ID_ARG, 1, 1, doc_correct_opts,
     "correct a record of a document disseminated or implemented (doc show "
     "lists ids); prints the new id",
     CORRECT_HELP " A dissemination that an implementation rests on may move "
                  "only to a day on or before it.",
     CLI_DB_WRITE},
    {"doc", "coverage", cli_doc_coverage, "NUMBER", 1, 1, doc_coverage_opts,
     "which grassroots organisations and cells below an organisation have "
     "not yet disseminated a document",
     "Counts the grassroots organisations (grassroots_committee, "
     "grassroots_cell) and cells in the subtree of --under (itself "
     "included) as the tree stood on --at, and lists those that had not "
     "disseminated the document by then, with the share that had.",
     CLI_DB_READ},
    {"doc", "disseminate", cli_doc_disseminate, "NUMBER", 1, 1, doc_step_opts,
     "record that an organisation disseminated a document",
     "Once per organisation, not before the document's date. A meeting's "
     "--document records the same for its cell.",
     CLI_DB_WRITE},
    {"doc", "implement", cli_doc_implement, "NUMBER", 1, 1, doc_step_opts,
     "record that an organisation implemented a document",
     "Once per organisation, on or after the day it disseminated it there.",
     CLI_DB_WRITE},
    {"doc", "list", cli_doc_list, "", 0, 0, table_opts,
     "list the documents, with how many organisations disseminated and "
     "implemented each",
     NULL, CLI_DB_READ},
    {"doc", "show", cli_doc_show, "NUMBER", 1, 1, text_json_opts,
     "show a document: who disseminated and implemented it, and when", NULL,
     CLI_DB_READ},
    {"doc", "void", cli_doc_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken record of a document disseminated or implemented (doc "
     "show lists ids)",
     VOID_HELP " A dissemination that an implementation rests on is refused, "
               "naming the implementation: void that first.",
     CLI_DB_WRITE},
    {"event", "correct", cli_event_correct, ID_ARG, 1, 1, event_correct_opts,
     "correct an event of a member, or a move or renaming of an "
     "organisation: void it and enter it again with the fields given; "
     "prints the new event's id",
     "The other fields are kept as recorded. The new history is judged as "
     "one change: refused, naming the event and the rule, where it breaks "
     "a rule, with the messages of the command that enters such an event. "
     "The voided event stays in the history with the reason. An "
     "organisation's move takes --date, --to and --decision; its renaming "
     "--date, --name and --decision.",
     CLI_DB_WRITE},
    {"event", "list", cli_event_list, "", 0, 0, event_list_opts,
     "list the events of a member or an organisation with their ids, voided "
     "ones included",
     "Give --member or --org. Events are in date order; a voided event shows "
     "when, by whom and why it was voided.",
     CLI_DB_READ},
    {"event", "void", cli_event_void, ID_ARG, 1, 1, event_void_opts,
     "void a mistaken event: of a member, a change of a member's profile, "
     "or a move, renaming, merger or dissolution of an organisation",
     "The event stays in the history, marked void with who, when and why, "
     "and stops counting everywhere: every report, past ones included, reads "
     "as if it had never been entered. Refused, naming the event and the "
     "rule, where the history without it breaks a rule (a transfer out of a "
     "cell the member would never have entered, a later move out of a "
     "superior the organisation would no longer be under). An "
     "organisation's voided move puts it back under the superior it left, "
     "from the day of the move to its next change, with everything below "
     "it; a voided dissolution or merger makes it stand again from that "
     "day, in its groupings, and a merger's hand-over (organisations and "
     "members' transfers) is voided with it. A founding entered by mistake "
     "is voided while nothing rests on the organisation (no event of its "
     "own left, no member, organisation or record naming it): it leaves "
     "the register whole, kept among the voided records, and its code "
     "may be used again.",
     CLI_DB_WRITE},
    {"export", "events", cli_export_events, "", 0, 0, export_opts,
     "write the history: every event of organisations and members", NULL,
     CLI_DB_READ},
    {"export", "members", cli_export_members, "", 0, 0, export_opts,
     "write the current members in the form import reads", NULL, CLI_DB_READ},
    {"export", "orgs", cli_export_orgs, "", 0, 0, export_opts,
     "write the organisation tree in the form import reads", NULL, CLI_DB_READ},
    {"fund", "add", cli_fund_add, "", 0, 0, fund_add_opts,
     "record funds mobilised for a campaign; prints the new id",
     "They count in the report (funds) on their day, for the organisation "
     "and those above it then. One record holds at most 100 trillion VND.",
     CLI_DB_WRITE},
    {"fund", "correct", cli_fund_correct, ID_ARG, 1, 1, fund_correct_opts,
     "correct a record of funds mobilised; prints the new id", CORRECT_HELP,
     CLI_DB_WRITE},
    {"fund", "list", cli_fund_list, "", 0, 0, fund_list_opts,
     "list funds mobilised", NULL, CLI_DB_READ},
    {"fund", "void", cli_fund_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken record of funds mobilised", VOID_HELP, CLI_DB_WRITE},
    {"group", "add", cli_group_add, "CODE", 1, 1, group_add_opts,
     "create a grouping: a regional block or an emulation cluster", NULL,
     CLI_DB_WRITE},
    {"group", "join", cli_group_join, "CODE", 1, 1, group_join_opts,
     "make an organisation a member of a grouping",
     "Members are provincial committees and committees. One below or above "
     "another member is refused: their figures would count twice in the "
     "grouping's report.",
     CLI_DB_WRITE},
    {"group", "leave", cli_group_leave, "CODE", 1, 1, group_leave_opts,
     "end an organisation's membership of a grouping",
     "Refused while it hosts a later conference of the grouping, receives "
     "its flag, or holds one of its outstanding models.",
     CLI_DB_WRITE},
    {"group", "list", cli_group_list, "", 0, 0, group_list_opts,
     "list the groupings", NULL, CLI_DB_READ},
    {"group", "show", cli_group_show, "CODE", 1, 1, group_show_opts,
     "show a grouping: members, flag, conferences, outstanding models", NULL,
     CLI_DB_READ},
    {"help", "", cli_help, "[NOUN [VERB]]", 0, 2, help_opts,
     "explain the commands", NULL, CLI_DB_NONE},
    {"import", "members", cli_import_members, "FILE", 1, 1, import_opts,
     "record members from a CSV or xlsx file, all or nothing",
     "Columns: name, born, gender, cell, admitted, official, card, "
     "ethnicity, religion, hometown, education, profession, theory, "
     "position, key-cadre and manager (yes or empty), in any order; name, "
     "born, gender, "
     "cell and admitted are required. FILE - reads standard input.",
     CLI_DB_WRITE},
    {"import", "orgs", cli_import_orgs, "FILE", 1, 1, import_opts,
     "record organisations from a CSV or xlsx file, all or nothing",
     "Columns: code, name, kind, parent, sector, founded, decision, "
     "recorded, in any order; code, name and kind are required. A parent "
     "may come after its children. recorded: the day an organisation "
     "without a founding date counts from, if not today. FILE - reads "
     "standard input.",
     CLI_DB_WRITE},
    {"init", "", cli_init, "", 0, 0, no_opts,
     "create the database (or bring an older one up to date)", NULL,
     CLI_DB_CREATE},
    {"meeting", "add", cli_meeting_add, "", 0, 0, meeting_add_opts,
     "record a cell meeting; prints its id",
     "The chair and everyone listed must be registered in the cell on the "
     "day or on a temporary transfer to it (visitors); a cell's meetings "
     "are recorded in date order. The meeting is scored on the active "
     "rubric once every criterion has points (docs/rubric.md).",
     CLI_DB_WRITE},
    {"meeting", "correct", cli_meeting_correct, ID_ARG, 1, 1,
     meeting_correct_opts,
     "correct a meeting: void it and record it again; prints the new id",
     CORRECT_HELP " A list given (absent, opinion, task, document, points) "
                  "replaces the recorded one; the meeting is scored again on "
                  "the active rubric with the scorer's points as given. As "
                  "meeting add does, it refuses a day before a later "
                  "meeting of the cell (meetings are recorded in date "
                  "order).",
     CLI_DB_WRITE},
    {"meeting", "import", cli_meeting_import, "FILE", 1, 1, import_opts,
     "record meetings from a CSV or xlsx file, all or nothing",
     "Columns: cell, date, kind, chair, minutes (required), theme, present, "
     "absent, opinions, result, tasks, documents, points; lists inside a "
     "field are separated by '|' (docs/formats.md). FILE - reads standard "
     "input.",
     CLI_DB_WRITE},
    {"meeting", "list", cli_meeting_list, "", 0, 0, meeting_list_opts,
     "list meetings with their attendance, opinions and score", NULL,
     CLI_DB_READ},
    {"meeting", "score", cli_meeting_score, ID_ARG, 1, 1, meeting_score_opts,
     "give (or give again) the points of a meeting's criteria; prints the "
     "score and grade, or unscored",
     NULL, CLI_DB_WRITE},
    {"meeting", "show", cli_meeting_show, ID_ARG, 1, 1, meeting_show_opts,
     "show a meeting: attendance, opinions, tasks, documents, each "
     "criterion's points, the score and last meeting's tasks to follow up",
     NULL, CLI_DB_READ},
    {"meeting", "void", cli_meeting_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken meeting",
     VOID_HELP " The documents disseminated at it are voided with it "
               "(refused where an implementation rests on one, naming it), "
               "and the later meetings of the cell are scored again: their "
               "attendance criterion counts the meetings a member missed in "
               "a row.",
     CLI_DB_WRITE},
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
     "receive the badge, 'awarded' when it was (award add --kind badge).",
     CLI_DB_READ},
    {"member", "decease", cli_member_decease, ID_ARG, 1, 1, leave_opts,
     "record the death of a member", NULL, CLI_DB_WRITE},
    {"member", "discipline", cli_member_discipline, ID_ARG, 1, 1,
     discipline_opts, "discipline a member",
     "Probationary members can only be reprimanded or warned; dismissal "
     "needs a post; expulsion ends membership. The decision needs more than "
     "half of the votes of the deciding body (--votes 5/9); an expulsion "
     "also a proposal of at least two thirds (--proposal 6/9).",
     CLI_DB_WRITE},
    {"member", "edit", cli_member_edit, ID_ARG, 1, 1, member_edit_opts,
     "change fields of a member's profile from a day on, keeping the old "
     "values",
     "The change takes effect on --date (not before the admission, not after "
     "today) and the old value is kept: a report of an earlier period counts "
     "theory levels, key cadres, education and ethnicity as they were then. "
     "member show lists the changes with their ids; event void ID voids a "
     "mistaken one. A text given as \"\" is cleared.",
     CLI_DB_WRITE},
    {"member", "find", cli_member_find, "TEXT", 1, 1, member_find_opts,
     "find members by name, without regard to case, diacritics or "
     "punctuation",
     "The words follow each other as given, each matching from its start; "
     "names are listed by what follows the first word found (whole words "
     "first), then by the words before it. Commas, hyphens and "
     "other punctuation count as spaces (ly thi mai finds a name written "
     "with a comma after the family name). Databases written before schema "
     "004 have their name keys recomputed when this cadre first opens them.",
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
    {"model", "add", cli_model_add, "", 0, 0, model_add_opts,
     "name an outstanding model of a grouping; prints the new id",
     "Give --org or --member: an organisation or a member within a member "
     "of the grouping on the day.",
     CLI_DB_WRITE},
    {"model", "correct", cli_model_correct, ID_ARG, 1, 1, model_correct_opts,
     "correct an outstanding model; prints the new id", CORRECT_HELP,
     CLI_DB_WRITE},
    {"model", "list", cli_model_list, "", 0, 0, model_list_opts,
     "list a grouping's outstanding models", NULL, CLI_DB_READ},
    {"model", "void", cli_model_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken outstanding model (model list shows ids)", VOID_HELP,
     CLI_DB_WRITE},
    {"org", "add", cli_org_add, "CODE", 1, 1, org_add_opts,
     "found an organisation",
     "There is one central organisation at most. Without --founded, the "
     "organisation counts in the organisation figures of reports from the "
     "day it is recorded (today), or from an earlier move, merger or "
     "dissolution of it entered later, so that recording it leaves the "
     "reports of earlier periods as they were; its members and records "
     "dated earlier still count where they happened.",
     CLI_DB_WRITE},
    {"org", "discipline", cli_org_discipline, "CODE", 1, 1, org_discipline_opts,
     "discipline an organisation",
     "The decision needs more than half of the votes of the deciding body "
     "(--votes 5/9). A dissolution also ends the organisation as org "
     "dissolve does, and is refused while members or live organisations "
     "remain below it. It counts for the organisations above it, on the "
     "day.",
     CLI_DB_WRITE},
    {"org", "discipline-correct", cli_org_discipline_correct, ID_ARG, 1, 1,
     org_discipline_correct_opts,
     "correct a discipline of an organisation (org show lists ids); prints "
     "the new id",
     CORRECT_HELP " A dissolution is refused: it ended the organisation.",
     CLI_DB_WRITE},
    {"org", "discipline-void", cli_org_discipline_void, ID_ARG, 1, 1,
     record_void_opts,
     "void a mistaken discipline of an organisation (org show lists ids)",
     VOID_HELP " A dissolution is refused: it ended the organisation, an "
               "organisation event.",
     CLI_DB_WRITE},
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
     "move an organisation, with all below it, to another superior",
     "Also dated before later changes (a late move): it is placed by date "
     "and the organisation is under the new superior until its next change "
     "of superior. Refused, naming both events and the rule, where a later "
     "change would no longer hold (a later move recorded out of the "
     "superior it had before), or where the new superior does not stand "
     "until then or is below it.",
     CLI_DB_WRITE},
    {"org", "rename", cli_org_rename, "CODE", 1, 1, org_rename_opts,
     "rename an organisation",
     "Also dated before later renamings: names are kept by date. Refused "
     "on a day it has a name set already, and where it, or a later "
     "renaming, would give the name it has then.",
     CLI_DB_WRITE},
    {"org", "show", cli_org_show, "CODE", 1, 1, org_show_opts,
     "show an organisation: superiors, children, members, history, "
     "discipline",
     NULL, CLI_DB_READ},
    {"oversight", "add", cli_oversight_add, "", 0, 0, oversight_add_opts,
     "record an inspection or a supervision; prints the new id",
     "Of an organisation (--org) or of a member (--member), by an "
     "organisation above it (--by) on --from. It counts on --from for the "
     "organisations above: a member's at the member's cell, an "
     "organisation's at its superior.",
     CLI_DB_WRITE},
    {"oversight", "correct", cli_oversight_correct, ID_ARG, 1, 1,
     oversight_correct_opts,
     "correct an inspection or a supervision; prints the new id", CORRECT_HELP,
     CLI_DB_WRITE},
    {"oversight", "list", cli_oversight_list, "", 0, 0, oversight_list_opts,
     "list inspections and supervisions, by first day", NULL, CLI_DB_READ},
    {"oversight", "show", cli_oversight_show, ID_ARG, 1, 1, oversight_show_opts,
     "show an inspection or a supervision", NULL, CLI_DB_READ},
    {"oversight", "void", cli_oversight_void, ID_ARG, 1, 1, record_void_opts,
     "void a mistaken inspection or supervision", VOID_HELP, CLI_DB_WRITE},
    {"report", "", cli_report, "CODE", 0, 1, report_opts,
     "the period report of an organisation and all below it, or of a "
     "grouping",
     "The stock (organisations, members by status, gender, age, ethnicity, "
     "education, theory, party age, key cadres) is counted at --to; the "
     "flows (admitted, recognised, transferred, disciplined, left) during "
     "the period. Events count where they happened: later moves do not "
     "change a past report. Give CODE or --group CODE: a grouping's report "
     "is the sum of the reports of the organisations that are its members "
     "on --to, each for the whole period. The JSON and CSV forms are "
     "described in docs/report.md.",
     CLI_DB_READ},
    {"rubric", "list", cli_rubric_list, "", 0, 0, table_opts,
     "list the rubrics loaded, and which is active", NULL, CLI_DB_READ},
    {"rubric", "load", cli_rubric_load, "FILE", 1, 1, rubric_load_opts,
     "load a rubric from a JSON file and make it the active one",
     "The format is in docs/rubric.md: criteria with unique ids whose "
     "maxima sum to 100, each given by the scorer or computed from what a "
     "meeting records. Meetings keep the rubric they were scored on.",
     CLI_DB_WRITE},
    {"rubric", "show", cli_rubric_show, "[NAME]", 0, 1, text_json_opts,
     "show a rubric (the active one by default)", NULL, CLI_DB_READ},
    {"rubric", "use", cli_rubric_use, "NAME", 1, 1, no_opts,
     "make a loaded rubric the active one", NULL, CLI_DB_WRITE},
    {"serve", "", cli_serve, "", 0, 0, serve_opts,
     "run the web server: the JSON API of docs/http.md",
     "Serves in the foreground until SIGTERM or SIGINT, then lets the "
     "requests in flight finish and exits 0. Users log in with the "
     "accounts of user add and see only the branch of their scope. One "
     "line per request is logged on stderr. Without --cert and --key it "
     "speaks plain HTTP: keep it on 127.0.0.1, or put it behind a reverse "
     "proxy that speaks HTTPS (docs/http.md).",
     CLI_DB_WRITE},
    {"user", "add", cli_user_add, "NAME", 1, 1, user_add_opts,
     "create an account of the web application",
     "NAME is the login name: 1 to 64 letters (a-z), digits, '.', '_', '-' "
     "or '@', compared without regard to case. The password has at least "
     "10 characters and is kept only as its Argon2id hash. The command "
     "line needs no account: whoever may open the database acts with all "
     "rights.",
     CLI_DB_WRITE},
    {"user", "disable", cli_user_disable, "NAME", 1, 1, no_opts,
     "end an account's logins (the account and its history stay)", NULL,
     CLI_DB_WRITE},
    {"user", "list", cli_user_list, "", 0, 0, user_list_opts,
     "list the accounts of the web application", NULL, CLI_DB_READ},
    {"user", "passwd", cli_user_passwd, "NAME", 1, 1, user_passwd_opts,
     "set an account's password", NULL, CLI_DB_WRITE},
    {"version", "", cli_version, "", 0, 0, no_opts, "print the version", NULL,
     CLI_DB_NONE},
    {"void", "list", cli_void_list, "", 0, 0, void_list_opts,
     "list the voided records of party work: id, noun, when, by whom, why, "
     "and the record as it was (JSON)",
     "In the order voided. Voided events of members and organisations are "
     "listed by event list.",
     CLI_DB_READ},
};

const size_t cli_command_count = UTIL_COUNT(cli_commands);
