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
  { "decision", "NO", N_("the number of the decision"), 0, &app_f_text }

/* The order of a list of people (app_sort). */
#define SORT_OPT                                                               \
  {                                                                            \
    "sort", "ORDER",                                                           \
        N_("given: Vietnamese roster order, by given name, middle names, "     \
           "then family name (default); family: by family, middle, then "      \
           "given name"),                                                      \
        0, &app_f_sort                                                         \
  }
/* --format of a listing that has CSV, and --bom with it: wherever CSV is
 * written, xlsx is too (cli_format), and the byte order mark on demand. */
#define FORMAT_OPTS(help)                                                      \
  {"format", "FORMAT", help, 0, &app_f_text}, {                                \
    "bom", NULL,                                                               \
        N_("with --format csv: begin with UTF-8's byte order mark, which "     \
           "Excel needs to read Vietnamese"),                                  \
        0, &app_f_flag                                                         \
  }
#define LIST_FORMAT_OPTS                                                       \
  FORMAT_OPTS(N_(                                                              \
      "table, csv, json, or xlsx: a spreadsheet, to a file (default table)"))

static const cli_opt no_opts[] = {{0}};

/* The imports read CSV or a workbook's sheet. */
static const cli_opt import_opts[] = {
    {"sheet", "NAME",
     N_("of a workbook (.xlsx): the sheet to read (default the first)"), 0,
     &app_f_text},
    {0}};

static const cli_opt help_opts[] = {
    {"man", NULL, N_("write the man page (roff)"), 0, &app_f_flag},
    {"markdown", NULL, N_("write the command reference (Markdown)"), 0,
     &app_f_flag},
    {0}};

static const cli_opt check_opts[] = {
    {"repair", NULL, N_("rewrite the tallies from the events"), 0, &app_f_flag},
    {0}};

static const cli_opt report_opts[] = {
    {"from", "DATE", N_("first day of the period"), R, &app_f_date},
    {"to", "DATE",
     N_("last day of the period (the stock is counted then); it may be after "
        "today"),
     R, &app_f_date},
    FORMAT_OPTS(
        N_("text, json, csv, summary: the paragraph a review conference reads "
           "out, html: the page to print and sign, or xlsx: a spreadsheet with "
           "a sheet for each section, to a file (default text)")),
    {"place", "PLACE",
     N_("with --format html: the place of the date line (by default a blank to "
        "fill)"),
     0, &app_f_text},
    {"engine", "ENGINE",
     N_("auto (tallies where kept) or direct (from every member's history: "
        "slower, for verification)"),
     0, &app_f_engine},
    {"group", "CODE",
     N_("the report of a grouping instead of an organisation: the sum of the "
        "reports of its members on --to"),
     0, &app_f_code},
    {0}};

/* A session's idle time: a day at most (the absolute limit is 12 hours). */
static const app_field idle_seconds = {
    .type = APP_FT_INT,
    .min = 1,
    .max = 86400,
    .rule = N_("a whole number of seconds from 1 to 86400")};

static const cli_opt serve_opts[] = {
    {"listen", "ADDR:PORT",
     N_("the address and port to listen on (default 127.0.0.1:8080; port 0 "
        "picks a free one)"),
     0, &app_f_text},
    {"cert", "FILE", N_("the server's certificate (PEM), for HTTPS"), 0,
     &app_f_file},
    {"key", "FILE", N_("the certificate's private key (PEM), for HTTPS"), 0,
     &app_f_file},
    {"session-idle", "SECONDS",
     N_("how long a session lasts unused (default 1800)"), 0, &idle_seconds},
    {0}};

static const cli_opt export_opts[] = {
    {"under", "CODE", N_("only this organisation and those below it"), 0,
     &app_f_code},
    FORMAT_OPTS(
        N_("csv, json, or xlsx: a spreadsheet, to a file (default csv)")),
    {0}};

static const cli_opt org_add_opts[] = {
    {"name", "NAME", N_("the full name (any Unicode text)"), R, &app_f_text},
    {"kind", "KIND", N_("the kind of organisation"), R, &app_f_kind},
    {"parent", "CODE", N_("the superior organisation"), 0, &app_f_code},
    {"sector", "SECTOR", N_("the sector"), 0, &app_f_sector},
    {"founded", "DATE",
     N_("the founding date (without it: counted from the day recorded)"), 0,
     &app_f_date},
    DECISION_OPT,
    {0}};

static const cli_opt org_list_opts[] = {
    {"under", "CODE", N_("only this organisation and those below it"), 0,
     &app_f_code},
    {"at", "DATE", N_("the tree as it stood on this day (default today)"), 0,
     &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt org_show_opts[] = {
    {"at", "DATE", N_("as it stood on this day (default today)"), 0,
     &app_f_date},
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt org_move_opts[] = {
    {"to", "CODE", N_("the new superior"), R, &app_f_code},
    DATE_OPT(N_("the day of the move")),
    DECISION_OPT,
    {0}};

static const cli_opt org_rename_opts[] = {
    {"name", "NAME", N_("the new name"), R, &app_f_text},
    DATE_OPT(N_("the day the name changes")),
    DECISION_OPT,
    {0}};

static const cli_opt org_merge_opts[] = {
    {"into", "CODE", N_("the organisation that receives them"), R, &app_f_code},
    DATE_OPT(N_("the day of the merger")),
    DECISION_OPT,
    {0}};

static const cli_opt org_dissolve_opts[] = {
    DATE_OPT(N_("the day of dissolution")), DECISION_OPT, {0}};

#define PERSON_OPTS                                                            \
  {"name", "NAME", N_("full name"), R, &app_f_text},                           \
      {"born", "DATE", N_("date of birth"), R, &app_f_date},                   \
      {"gender", "GENDER", N_("gender"), R, &app_f_gender},                    \
      {"card", "NO", N_("party card number"), 0, &app_f_text},                 \
      {"ethnicity", "TEXT", N_("ethnic group"), 0, &app_f_text},               \
      {"religion", "TEXT", N_("religion"), 0, &app_f_text},                    \
      {"hometown", "TEXT", N_("home town"), 0, &app_f_text},                   \
      {"education", "TEXT", N_("education level"), 0, &app_f_text},            \
      {"profession", "TEXT", N_("professional qualification"), 0,              \
       &app_f_text},                                                           \
      {"theory", "LEVEL", N_("political theory"), 0, &app_f_theory},           \
      {"position", "TEXT", N_("job and post held"), 0, &app_f_text},           \
      {"key-cadre", NULL, N_("a key cadre"), 0, &app_f_flag}, {                \
    "manager", NULL,                                                           \
        N_("holds a management post (the default role of the member's "        \
           "opinions at meetings)"),                                           \
        0, &app_f_flag                                                         \
  }

#define OVER_60_OPT                                                            \
  {                                                                            \
    "over-60-approved-by", "CODE",                                             \
        N_("admission over 60: the committee directly under the Central "      \
           "Committee above the cell, which approved it"),                     \
        0, &app_f_code                                                         \
  }

static const cli_opt member_add_opts[] = {
    PERSON_OPTS,
    {"cell", "CODE", N_("the cell the member is registered in"), R,
     &app_f_code},
    {"admitted", "DATE", N_("the admission decision"), R, &app_f_date},
    {"official", "DATE", N_("recognised official on"), 0, &app_f_date},
    {"registered", "DATE",
     N_("registered in the cell from this day (default: the admission, or the "
        "cell's founding when it came later)"),
     0, &app_f_date},
    OVER_60_OPT,
    {0}};

static const cli_opt member_edit_opts[] = {
    DATE_OPT(N_("the day the change takes effect")),
    {"name", "NAME", N_("full name"), 0, &app_f_text},
    {"position", "TEXT", N_("job and post held (\"\" for none)"), 0,
     &app_f_text},
    {"key-cadre", "yes|no", N_("whether a key cadre"), 0, &app_f_yesno},
    {"theory", "LEVEL", N_("political theory"), 0, &app_f_theory},
    {"education", "TEXT", N_("education level"), 0, &app_f_text},
    {"profession", "TEXT", N_("professional qualification"), 0, &app_f_text},
    {"religion", "TEXT", N_("religion"), 0, &app_f_text},
    {"ethnicity", "TEXT", N_("ethnic group"), 0, &app_f_text},
    {"card", "NO", N_("party card number"), 0, &app_f_text},
    {"hometown", "TEXT", N_("home town"), 0, &app_f_text},
    {"manager", "yes|no",
     N_("whether the member holds a management post (opinions at meetings)"), 0,
     &app_f_yesno},
    {0}};

static const cli_opt member_admit_opts[] = {
    PERSON_OPTS,
    {"cell", "CODE", N_("the cell that admits"), R, &app_f_code},
    DATE_OPT(N_("the admission decision (party age runs from it)")),
    DECISION_OPT,
    {"ceremony", "DATE", N_("the admission ceremony (within 30 working days)"),
     0, &app_f_date},
    {"considered", "DATE",
     N_("the day the cell considered the case (age is checked then; default "
        "the decision)"),
     0, &app_f_date},
    OVER_60_OPT,
    {0}};

static const cli_opt recognize_opts[] = {
    DATE_OPT(N_("the decision (it takes effect 12 months after admission)")),
    DECISION_OPT,
    {0}};

static const cli_opt transfer_opts[] = {
    {"to", "CELL", N_("the cell the member goes to"), R, &app_f_code},
    DATE_OPT(N_("the day of the transfer")),
    {"temporary", NULL, N_("a temporary transfer: the registration stays home"),
     0, &app_f_flag},
    {"until", "DATE", N_("end of a temporary transfer"), 0, &app_f_date},
    {"studies", NULL, N_("temporary transfer for studies (up to 2 years)"), 0,
     &app_f_flag},
    DECISION_OPT,
    {"reason", "TEXT", N_("why"), 0, &app_f_text},
    {0}};

#define VOTES_OPT                                                              \
  {                                                                            \
    "votes", "FOR/TOTAL",                                                      \
        N_("the votes of the deciding body: for, of those who voted (e.g. "    \
           "7/9)"),                                                            \
        R, &app_f_votes                                                        \
  }

static const cli_opt discipline_opts[] = {
    {"form", "FORM", N_("the form of discipline"), R, &app_f_form},
    DATE_OPT(N_("the decision")),
    VOTES_OPT,
    {"proposal", "FOR/TOTAL",
     N_("expulsion: the votes of the proposal to expel (at least two thirds)"),
     0, &app_f_votes},
    {"by", "CODE", N_("the deciding organisation"), 0, &app_f_code},
    {"reason", "TEXT", N_("the violation"), 0, &app_f_text},
    DECISION_OPT,
    {0}};

static const cli_opt org_discipline_opts[] = {
    {"form", "FORM", N_("the form of discipline"), R, &app_f_org_form},
    DATE_OPT(N_("the decision")),
    VOTES_OPT,
    {"by", "CODE", N_("the deciding organisation, above it"), 0, &app_f_code},
    {"reason", "TEXT", N_("the violation"), 0, &app_f_text},
    DECISION_OPT,
    {0}};

static const cli_opt oversight_add_opts[] = {
    {"kind", "KIND", N_("the kind of record"), R, &app_f_oversight},
    {"by", "CODE", N_("the organisation that inspects or supervises"), R,
     &app_f_code},
    {"org", "CODE", N_("the organisation inspected or supervised"), 0,
     &app_f_code},
    {"member", "ID", N_("the member inspected or supervised (id or card)"), 0,
     &app_f_member},
    {"from", "DATE", N_("the first day (the record counts on it)"), R,
     &app_f_date},
    {"to", "DATE", N_("the last day (may be ahead)"), 0, &app_f_date},
    {"subject", "TEXT", N_("what was inspected or supervised"), 0, &app_f_text},
    {"conclusion", "TEXT", N_("the conclusion"), 0, &app_f_text},
    {"violation", NULL, N_("violations were found"), 0, &app_f_flag},
    {0}};

static const cli_opt oversight_list_opts[] = {
    {"under", "CODE",
     N_("only records about this organisation or those below it then"), 0,
     &app_f_code},
    {"from", "DATE", N_("only records from this day on"), 0, &app_f_date},
    {"to", "DATE", N_("only records begun on or before this day"), 0,
     &app_f_date},
    {"kind", "KIND", N_("the kind of record"), 0, &app_f_oversight},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt oversight_show_opts[] = {
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt leave_opts[] = {
    DATE_OPT(N_("the day membership ends")),
    {"reason", "TEXT", N_("why"), 0, &app_f_text},
    DECISION_OPT,
    {0}};

static const cli_opt readmit_opts[] = {
    {"cell", "CODE", N_("the cell that readmits"), R, &app_f_code},
    DATE_OPT(N_("the readmission decision")),
    DECISION_OPT,
    {"ceremony", "DATE", N_("the ceremony (within 30 working days)"), 0,
     &app_f_date},
    {0}};

static const cli_opt member_show_opts[] = {
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt member_list_opts[] = {
    {"under", "CODE", N_("only members below this organisation"), 0,
     &app_f_code},
    {"status", "STATUS",
     N_("the status (temporary: visitors on a temporary transfer to a cell "
        "below)"),
     0, &app_f_status},
    {"at", "DATE", N_("as registered on this day (default today)"), 0,
     &app_f_date},
    {"overdue", NULL,
     N_("only probationary members whose 12 months of probation ended on or "
        "before --at without recognition (the rule says they are removed), "
        "with the day it ended"),
     0, &app_f_flag},
    SORT_OPT,
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt member_find_opts[] = {LIST_FORMAT_OPTS, {0}};

static const cli_opt badges_opts[] = {
    {"from", "DATE", N_("first day of the period"), R, &app_f_date},
    {"to", "DATE", N_("last day of the period (may be ahead)"), R, &app_f_date},
    {"under", "CODE", N_("only members below this organisation"), 0,
     &app_f_code},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt assess_set_opts[] = {
    {"year", "YYYY", N_("the year classified (not after the current one)"), R,
     &app_f_year},
    {"member", "ID", N_("the member classified (id or card)"), 0,
     &app_f_member},
    {"org", "CODE", N_("the organisation classified"), 0, &app_f_code},
    {"grade", "GRADE", N_("the grade"), 0, &app_f_grade},
    {"score", "N",
     N_("a score out of 100: 90 and over excellent, 70 well, 50 completed, "
        "below not-completed"),
     0, &app_f_score},
    {0}};

static const cli_opt assess_list_opts[] = {
    {"year", "YYYY", N_("the year"), R, &app_f_year},
    {"under", "CODE",
     N_("only this organisation and those below it, with their members, at the "
        "end of the year"),
     0, &app_f_code},
    {"grade", "GRADE", N_("only this grade"), 0, &app_f_grade},
    SORT_OPT,
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt assess_streak_opts[] = {
    {"grade", "GRADE", N_("the grade"), R, &app_f_grade},
    {"years", "YYYY-YYYY", N_("the years, every one of which counts"), R,
     &app_f_text},
    {"or-better", NULL, N_("a better grade counts too"), 0, &app_f_flag},
    {"orgs", NULL, N_("organisations instead of members"), 0, &app_f_flag},
    {"under", "CODE",
     N_("only this organisation and those below it, with their members, at the "
        "end of the last year"),
     0, &app_f_code},
    SORT_OPT,
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt award_add_opts[] = {
    {"member", "ID", N_("the member awarded (id or card)"), 0, &app_f_member},
    {"org", "CODE", N_("the organisation awarded (a collective)"), 0,
     &app_f_code},
    {"kind", "KIND", N_("the kind of award"), R, &app_f_award},
    {"title", "TEXT", N_("the title of the award"), R, &app_f_text},
    {"by", "CODE", N_("the awarding organisation"), R, &app_f_code},
    DATE_OPT(N_("the day of the award")),
    {"years", "N", N_("party badges: the milestone"), 0, &app_f_milestone},
    {"early", NULL,
     N_("party badges: early, to a seriously ill member (from 12 months before "
        "the milestone, 24 from 70 years)"),
     0, &app_f_flag},
    DECISION_OPT,
    {0}};

static const cli_opt award_list_opts[] = {
    {"under", "CODE",
     N_("only awards to this organisation and those below it, with their "
        "members, on the day of each award"),
     0, &app_f_code},
    {"from", "DATE", N_("only awards from this day on"), 0, &app_f_date},
    {"to", "DATE", N_("only awards up to this day (default today)"), 0,
     &app_f_date},
    {"kind", "KIND", N_("the kind of award"), 0, &app_f_award},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt group_add_opts[] = {
    {"name", "NAME", N_("the full name (any Unicode text)"), R, &app_f_text},
    {"kind", "KIND",
     N_("region (a regional block of provinces) or cluster (an emulation "
        "cluster)"),
     R, &app_f_group_kind},
    {0}};

static const cli_opt group_join_opts[] = {
    {"org", "CODE",
     N_("the organisation: a provincial committee or a committee"), R,
     &app_f_code},
    DATE_OPT(N_("the first day of membership")),
    {0}};

static const cli_opt group_leave_opts[] = {
    {"org", "CODE", N_("the member organisation"), R, &app_f_code},
    DATE_OPT(N_("the first day it is no longer a member")),
    {0}};

static const cli_opt group_list_opts[] = {
    {"at", "DATE", N_("count the members on this day (default today)"), 0,
     &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt group_show_opts[] = {
    {"at", "DATE", N_("as it stood on this day (default today)"), 0,
     &app_f_date},
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt conference_add_opts[] = {
    {"host", "CODE", N_("the hosting organisation"), R, &app_f_code},
    DATE_OPT(N_("the day of the conference")),
    {"kind", "KIND", N_("the kind of conference"), R, &app_f_conference_kind},
    {"theme", "TEXT", N_("the theme (\"summary of 2023 and tasks for 2024\")"),
     R, &app_f_text},
    {"group", "CODE", N_("the grouping whose conference it is"), 0,
     &app_f_code},
    {"delegates", "N", N_("delegates attending"), 0, &app_f_count},
    {"papers", "N", N_("papers or comments received"), 0, &app_f_count},
    {"flag-to", "CODE",
     N_("the member of the grouping the host hands the rotating flag to"), 0,
     &app_f_code},
    {0}};

static const cli_opt conference_list_opts[] = {
    {"group", "CODE", N_("only this grouping's conferences"), 0, &app_f_code},
    {"from", "DATE", N_("only conferences from this day on"), 0, &app_f_date},
    {"to", "DATE", N_("only conferences up to this day"), 0, &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt model_add_opts[] = {
    {"group", "CODE", N_("the grouping that names the model"), R, &app_f_code},
    {"org", "CODE", N_("the organisation named a model"), 0, &app_f_code},
    {"member", "ID", N_("the member named a model (id or card)"), 0,
     &app_f_member},
    {"title", "TEXT", N_("what it is a model of"), R, &app_f_text},
    DATE_OPT(N_("the day it was named")),
    {0}};

static const cli_opt model_list_opts[] = {
    {"group", "CODE", N_("the grouping"), R, &app_f_code},
    {"year", "YYYY", N_("only models named in this year"), 0, &app_f_year},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt fund_add_opts[] = {
    {"org", "CODE", N_("the organisation that mobilised the funds"), R,
     &app_f_code},
    {"campaign", "TEXT",
     N_("what for (\"new rural areas\", \"social security\")"), R, &app_f_text},
    DATE_OPT(N_("the day they count on")),
    {"amount", "N",
     N_("whole VND, digits grouped by '.' or ',' if at all (17.000.000.000)"),
     R, &app_f_amount},
    {"note", "TEXT", N_("a note kept with the record"), 0, &app_f_text},
    {0}};

static const cli_opt fund_list_opts[] = {
    {"under", "CODE",
     N_("only funds of this organisation and those below it then"), 0,
     &app_f_code},
    {"from", "DATE", N_("only funds from this day on"), 0, &app_f_date},
    {"to", "DATE", N_("only funds up to this day"), 0, &app_f_date},
    {"campaign", "TEXT", N_("only this campaign"), 0, &app_f_text},
    LIST_FORMAT_OPTS,
    {0}};

#define ID_ARG "ID"

/* The same for a new account and a new password. */
#define PASSWORD_FILE_OPT                                                      \
  {                                                                            \
    "password-file", "FILE",                                                   \
        N_("read the password from the first line of FILE (- reads standard "  \
           "input); without it, it is asked twice at the terminal"),           \
        0, &app_f_file                                                         \
  }

static const cli_opt audit_opts[] = {
    {"under", "CODE",
     N_("only the changes about this organisation and those below it"), 0,
     &app_f_code},
    {"user", "NAME", N_("only the changes made by this user"), 0, &app_f_text},
    {"from", "DATE", N_("only the changes made on or after this day"), 0,
     &app_f_date},
    {"to", "DATE", N_("only the changes made on or before this day"), 0,
     &app_f_date},
    FORMAT_OPTS(N_(
        "text, csv, json, or xlsx: a spreadsheet, to a file (default text)")),
    {0}};

/* A user's own language (--lang is the language of the command's
 * messages, a global option). */
#define USER_LANGUAGE_OPT(req)                                                 \
  {                                                                            \
    "language", "TAG",                                                         \
        N_("the language the user reads the web application in: vi, en, ... "  \
           "(an empty TAG: none, their browser's decides)"),                   \
        req, &app_f_text                                                       \
  }

static const cli_opt user_add_opts[] = {
    {"role", "ROLE",
     N_("viewer (sees), editor (sees and records) or admin (also manages "
        "users)"),
     R, &app_f_role},
    {"scope", "CODE",
     N_("the organisation whose branch of the tree the user sees and changes"),
     R, &app_f_code},
    PASSWORD_FILE_OPT,
    USER_LANGUAGE_OPT(0),
    {0}};

static const cli_opt user_passwd_opts[] = {PASSWORD_FILE_OPT, {0}};

static const cli_opt user_set_opts[] = {USER_LANGUAGE_OPT(R), {0}};

static const cli_opt user_list_opts[] = {LIST_FORMAT_OPTS, {0}};

#define P CLI_REPEAT

static const cli_opt event_list_opts[] = {
    {"member", "ID", N_("the events of this member (id or party card number)"),
     0, &app_f_member},
    {"org", "CODE", N_("the events of this organisation"), 0, &app_f_code},
    LIST_FORMAT_OPTS,
    {0}};

/* `help` is a whole sentence ("why the event is voided (kept with it)"),
 * marked with N_ where the option is, so that it is translated whole. */
#define REASON_OPT(help)                                                       \
  { "reason", "TEXT", help, R, &app_f_text }

static const cli_opt event_void_opts[] = {
    REASON_OPT(N_("why the event is voided (kept with it)")), {0}};
static const cli_opt record_void_opts[] = {
    {"reason", "TEXT", N_("why the record is voided (kept with it)"), R,
     &app_f_text},
    {0}};

/* The options of a correction: --reason, and the fields of the noun's add
 * command, none required (a flag of add takes yes or no here). */
#define CORRECT_REASON                                                         \
  {                                                                            \
    "reason", "TEXT", N_("why the record is corrected (kept with it)"), R,     \
        &app_f_text                                                            \
  }

static const cli_opt oversight_correct_opts[] = {
    CORRECT_REASON,
    {"kind", "KIND", N_("the kind of record"), 0, &app_f_oversight},
    {"by", "CODE", N_("the organisation that inspects or supervises"), 0,
     &app_f_code},
    {"org", "CODE", N_("the organisation inspected or supervised"), 0,
     &app_f_code},
    {"member", "ID", N_("the member inspected or supervised (id or card)"), 0,
     &app_f_member},
    {"from", "DATE", N_("the first day"), 0, &app_f_date},
    {"to", "DATE", N_("the last day (\"\" for none)"), 0, &app_f_date},
    {"subject", "TEXT", N_("what was inspected or supervised"), 0, &app_f_text},
    {"conclusion", "TEXT", N_("the conclusion"), 0, &app_f_text},
    {"violation", "yes|no", N_("whether violations were found"), 0,
     &app_f_yesno},
    {0}};

static const cli_opt org_discipline_correct_opts[] = {
    CORRECT_REASON,
    {"org", "CODE", N_("the organisation disciplined"), 0, &app_f_code},
    {"form", "FORM", N_("reprimand or warning"), 0, &app_f_org_form},
    {"date", "DATE", N_("the decision"), 0, &app_f_date},
    {"votes", "FOR/TOTAL", N_("the votes of the deciding body"), 0,
     &app_f_votes},
    {"by", "CODE", N_("the deciding organisation, above it"), 0, &app_f_code},
    {"decision", "NO", N_("the number of the decision"), 0, &app_f_text},
    {0}};

static const cli_opt assess_correct_opts[] = {
    CORRECT_REASON,
    {"year", "YYYY", N_("the year classified"), 0, &app_f_year},
    {"member", "ID", N_("the member classified (id or card)"), 0,
     &app_f_member},
    {"org", "CODE", N_("the organisation classified"), 0, &app_f_code},
    {"grade", "GRADE", N_("the grade"), 0, &app_f_grade},
    {"score", "N", N_("a score out of 100"), 0, &app_f_score},
    {0}};

static const cli_opt award_correct_opts[] = {
    CORRECT_REASON,
    {"member", "ID", N_("the member awarded (id or card)"), 0, &app_f_member},
    {"org", "CODE", N_("the organisation awarded"), 0, &app_f_code},
    {"kind", "KIND", N_("the kind of award"), 0, &app_f_award},
    {"title", "TEXT", N_("the title of the award"), 0, &app_f_text},
    {"by", "CODE", N_("the awarding organisation"), 0, &app_f_code},
    {"date", "DATE", N_("the day of the award"), 0, &app_f_date},
    {"years", "N", N_("party badges: the milestone"), 0, &app_f_milestone},
    {"early", "yes|no",
     N_("party badges: early (not kept with the award: give it again)"), 0,
     &app_f_yesno},
    {"decision", "NO", N_("the number of the decision"), 0, &app_f_text},
    {0}};

static const cli_opt fund_correct_opts[] = {
    CORRECT_REASON,
    {"org", "CODE", N_("the organisation that mobilised the funds"), 0,
     &app_f_code},
    {"campaign", "TEXT", N_("what for"), 0, &app_f_text},
    {"date", "DATE", N_("the day they count on"), 0, &app_f_date},
    {"amount", "N", N_("whole VND"), 0, &app_f_amount},
    {"note", "TEXT", N_("a note kept with the record"), 0, &app_f_text},
    {0}};

static const cli_opt model_correct_opts[] = {
    CORRECT_REASON,
    {"group", "CODE", N_("the grouping that names the model"), 0, &app_f_code},
    {"org", "CODE", N_("the organisation named a model"), 0, &app_f_code},
    {"member", "ID", N_("the member named a model (id or card)"), 0,
     &app_f_member},
    {"title", "TEXT", N_("what it is a model of"), 0, &app_f_text},
    {"date", "DATE", N_("the day it was named"), 0, &app_f_date},
    {0}};

static const cli_opt conference_correct_opts[] = {
    CORRECT_REASON,
    {"host", "CODE", N_("the hosting organisation"), 0, &app_f_code},
    {"date", "DATE", N_("the day of the conference"), 0, &app_f_date},
    {"kind", "KIND", N_("the kind of conference"), 0, &app_f_conference_kind},
    {"theme", "TEXT", N_("the theme"), 0, &app_f_text},
    {"group", "CODE", N_("the grouping whose conference it is"), 0,
     &app_f_code},
    {"delegates", "N", N_("delegates attending"), 0, &app_f_count},
    {"papers", "N", N_("papers or comments received"), 0, &app_f_count},
    {"flag-to", "CODE", N_("the member of the grouping handed the flag"), 0,
     &app_f_code},
    {0}};

static const cli_opt doc_correct_opts[] = {
    CORRECT_REASON,
    {"document", "NUMBER", N_("the document"), 0, &app_f_text},
    {"org", "CODE", N_("the organisation"), 0, &app_f_code},
    {"date", "DATE", N_("the day"), 0, &app_f_date},
    {0}};

static const cli_opt meeting_correct_opts[] = {
    CORRECT_REASON,
    {"cell", "CODE", N_("the cell that met"), 0, &app_f_code},
    {"date", "DATE", N_("the day of the meeting"), 0, &app_f_date},
    {"kind", "KIND", N_("the kind of meeting"), 0, &app_f_meeting_kind},
    {"chair", "ID", N_("the member who chaired it"), 0, &app_f_member},
    {"minutes", "N", N_("its length in minutes"), 0, &app_f_minutes},
    {"theme", "TEXT", N_("its theme"), 0, &app_f_text},
    /* xgettext:no-c-format */
    {"result", "PCT", N_("% of last month's resolution's targets met"), 0,
     &app_f_percent},
    {"present", "ID,...",
     N_("members present (with --absent: the whole attendance is given again)"),
     0, &app_f_text},
    {"absent", "ID[:REASON]", N_("a member absent, and why"), P, &app_f_text},
    {"opinion", "ID[:ROLE][:TEXT]", N_("an opinion (all of them again)"), P,
     &app_f_text},
    {"task", "TEXT", N_("a key task for next month (all of them again)"), P,
     &app_f_text},
    {"document", "NUMBER", N_("a document disseminated (all of them again)"), P,
     &app_f_text},
    {"points", "CRITERION=N",
     N_("points given by the scorer (all of them again; default: as given)"), P,
     &app_f_text},
    {0}};

static const cli_opt void_list_opts[] = {
    {"noun", "NOUN",
     N_("only these: oversight, discipline, assessment, award, fund, model, "
        "conference, meeting or dissemination (of documents)"),
     0, &app_f_text},
    LIST_FORMAT_OPTS,
    {0}};

/* What every void and correction of a record of party work does. */
#define VOID_HELP                                                              \
  N_("The record is kept whole among the voided records (void list), with "    \
     "who, when and why, and stops counting everywhere: every report, past "   \
     "ones included, reads as if it had never been entered.")
#define CORRECT_HELP                                                           \
  N_("The record is voided and entered again, in one step, with the fields "   \
     "given and the others as recorded; the new record is checked as an "      \
     "addition is, and refused with its message (the database unchanged). "    \
     "Giving --org or --member of a record about either drops the other.")

static const cli_opt event_correct_opts[] = {
    REASON_OPT(N_("why the event is corrected (kept with it)")),
    {"date", "DATE", N_("the right date"), 0, &app_f_date},
    {"decision", "NO", N_("the right decision number"), 0, &app_f_text},
    {"to", "CODE",
     N_("a transfer: the right destination cell; an organisation's move: the "
        "right new superior"),
     0, &app_f_code},
    {"name", "TEXT", N_("an organisation's renaming: the right name"), 0,
     &app_f_text},
    {"cell", "CODE",
     N_("an admission, registration or readmission: the right cell"), 0,
     &app_f_code},
    {"until", "DATE", N_("a temporary transfer: the right last day"), 0,
     &app_f_date},
    {"studies", NULL, N_("a temporary transfer: away for studies"), 0,
     &app_f_flag},
    {"form", "FORM", N_("a discipline: the right form"), 0, &app_f_form},
    {"by", "CODE", N_("a discipline: the right deciding organisation"), 0,
     &app_f_code},
    {"votes", "FOR/TOTAL", N_("a discipline: the right votes"), 0,
     &app_f_votes},
    {"proposal", "FOR/TOTAL",
     N_("an expulsion: the right votes of the proposal"), 0, &app_f_votes},
    {"ceremony", "DATE", N_("an admission or readmission: the right ceremony"),
     0, &app_f_date},
    {"considered", "DATE",
     N_("an admission: the right day the cell considered the case"), 0,
     &app_f_date},
    {"official", "DATE",
     N_("a registration: the right day the member became official"), 0,
     &app_f_date},
    {0}};

static const cli_opt doc_add_opts[] = {
    {"kind", "KIND", N_("the kind of document"), R, &app_f_doc_kind},
    {"issuer", "TEXT", N_("who issued it (e.g. the Central Committee)"), R,
     &app_f_text},
    DATE_OPT(N_("the day it was issued")),
    {"title", "TEXT", N_("what it is about"), R, &app_f_text},
    {0}};

static const cli_opt doc_step_opts[] = {
    {"org", "CODE", N_("the organisation"), R, &app_f_code},
    DATE_OPT(N_("the day")),
    {0}};

static const cli_opt doc_coverage_opts[] = {
    {"under", "CODE", N_("the organisation whose subtree is looked at"), R,
     &app_f_code},
    {"at", "DATE", N_("as things stood on this day (default today)"), 0,
     &app_f_date},
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt meeting_add_opts[] = {
    {"cell", "CODE", N_("the cell that meets (cell or grassroots_cell)"), R,
     &app_f_code},
    DATE_OPT(N_("the day of the meeting")),
    {"kind", "KIND", N_("the kind of meeting"), R, &app_f_meeting_kind},
    {"chair", "ID", N_("the member who chairs it (present)"), R, &app_f_member},
    {"minutes", "N", N_("its length in minutes"), R, &app_f_minutes},
    {"theme", "TEXT", N_("its theme"), 0, &app_f_text},
    {"present", "ID,...",
     N_("members present, by id or card number; 'all' stands for every "
        "registered member not listed absent. Registered members not listed "
        "are recorded absent"),
     0, &app_f_text},
    {"absent", "ID[:REASON]", N_("a member absent, and why"), P, &app_f_text},
    {"opinion", "ID[:ROLE][:TEXT]",
     N_("an opinion raised by a member present; ROLE is manager or member "
        "(default: manager when the member holds a management post, member add "
        "--manager)"),
     P, &app_f_text},
    /* xgettext:no-c-format */
    {"result", "PCT", N_("% of last month's resolution's targets met"), 0,
     &app_f_percent},
    {"task", "TEXT", N_("a key task for next month"), P, &app_f_text},
    {"document", "NUMBER", N_("a document disseminated at the meeting"), P,
     &app_f_text},
    {"points", "CRITERION=N",
     N_("points given by the scorer for a criterion (cadre rubric show)"), P,
     &app_f_text},
    {0}};

static const cli_opt meeting_score_opts[] = {
    {"points", "CRITERION=N", N_("points given by the scorer for a criterion"),
     P, &app_f_text},
    /* xgettext:no-c-format */
    {"result", "PCT", N_("% of last month's resolution's targets met"), 0,
     &app_f_percent},
    {0}};

static const cli_opt meeting_list_opts[] = {
    {"under", "CODE",
     N_("only meetings of cells below this organisation (as the tree stood on "
        "the day of each)"),
     0, &app_f_code},
    {"from", "DATE", N_("first day (default: the earliest)"), 0, &app_f_date},
    {"to", "DATE", N_("last day (default today)"), 0, &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt text_json_opts[] = {
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

/* ---- congresses and their elections (congress.c) */
static const cli_opt congress_add_opts[] = {
    {"org", "CODE", N_("the organisation whose congress it is"), R,
     &app_f_code},
    {"term", "TERM", N_("the term it opens, as boards write it (2025-2030)"), R,
     &app_f_text},
    DATE_OPT(N_("the day the congress opens")),
    {"seats", "N", N_("the executive committee seats to elect"), R,
     &app_f_seats},
    {"delegates", "N", N_("the delegate seats given"), 0, &app_f_seats},
    {0}};

static const cli_opt congress_delegate_opts[] = {
    {"member", "ID", N_("the delegate (id or card)"), R, &app_f_member},
    {"kind", "KIND", N_("elected (default) or ex-officio"), 0,
     &app_f_delegate_kind},
    {0}};

static const cli_opt congress_candidate_opts[] = {
    {"member", "ID", N_("the candidate (id or card)"), R, &app_f_member}, {0}};

static const cli_opt congress_round_opts[] = {
    {"issued", "N", N_("ballots issued"), R, &app_f_count},
    {"returned", "N", N_("ballots returned"), R, &app_f_count},
    {"valid", "N",
     N_("valid ballots (with --ballots, default the ballots in FILE)"), 0,
     &app_f_count},
    {"votes", "ID=N,...",
     N_("the valid ballots marking each candidate, by member id; a candidate "
        "not named had none"),
     0, &app_f_text},
    {"ballots", "FILE",
     N_("the valid ballots one by one, a line each: the member ids marked, "
        "comma-separated (- reads standard input)"),
     0, &app_f_file},
    {0}};

static const cli_opt congress_list_opts[] = {
    {"under", "CODE",
     N_("only congresses of this organisation and those below it then"), 0,
     &app_f_code},
    {"term", "TERM", N_("only congresses of this term (2025-2030)"), 0,
     &app_f_text},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt table_opts[] = {LIST_FORMAT_OPTS, {0}};

static const cli_opt meeting_show_opts[] = {
    SORT_OPT,
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt rubric_load_opts[] = {
    {"name", "NAME", N_("the name to keep it under (default: the file's)"), 0,
     &app_f_text},
    {0}};

/* ---- cadre planning (cli/planning.c) ---- */
static const cli_opt post_add_opts[] = {
    {"org", "CODE", N_("the organisation (committee) whose post it is"), R,
     &app_f_code},
    {"title", "TEXT",
     N_("the post (\"Secretary of the Provincial Party "
        "Committee\")"),
     R, &app_f_text},
    {"seats", "N", N_("how many hold it at once"), R, &app_f_seats},
    {"level", "LEVEL",
     N_("central, provincial (default) or local: where the floor of young "
        "cadres lies (under 45 central, under 40 below) and which conditions "
        "are the defaults"),
     0, &app_f_level},
    {"max-age", "N",
     N_("the age limit: a candidate must be under it for the whole term "
        "(default 60)"),
     0, &app_f_age},
    {"min-age", "N", N_("the least age when the term begins (default none)"), 0,
     &app_f_age},
    {"theory", "LEVEL",
     N_("the least political theory (default advanced; intermediate for "
        "local posts)"),
     0, &app_f_theory},
    {"discipline-years", "N",
     N_("how many years back a discipline at reprimand or above drops a "
        "candidate (default 5)"),
     0, &app_f_years},
    {"education", "TEXT",
     N_("the education a candidate must have: the values of a member's "
        "education that meet it, separated by ';' (\"university;master\"), "
        "compared without case (default any)"),
     0, &app_f_text},
    {0}};

static const cli_opt rotation_list_opts[] = {
    {"under", "CODE",
     N_("only the rotations to this organisation and those below it"), 0,
     &app_f_code},
    {"member", "ID", N_("only this member's (id or party card number)"), 0,
     &app_f_member},
    {"at", "DATE", N_("only those under way on this day"), 0, &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt post_list_opts[] = {
    {"under", "CODE",
     N_("only the posts of this organisation and those below it"), 0,
     &app_f_code},
    {"at", "DATE", N_("count the holders on this day (default today)"), 0,
     &app_f_date},
    LIST_FORMAT_OPTS,
    {0}};

static const cli_opt post_holders_opts[] = {
    {"date", "DATE", N_("who held it on this day (default today)"), 0,
     &app_f_date},
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt post_leave_opts[] = {
    {"member", "ID", N_("the member who holds it"), R, &app_f_member},
    DATE_OPT(N_("the first day the member no longer holds it")),
    {0}};

static const cli_opt appoint_opts[] = {
    {"post", "CODE", N_("the post"), R, &app_f_code},
    DATE_OPT(N_("the first day the member holds it")),
    DECISION_OPT,
    {"format", "FORMAT",
     N_("text (the new id; a warning on stderr) or json (default text)"), 0,
     &app_f_text},
    {0}};

static const cli_opt rotate_opts[] = {
    {"to", "CODE", N_("the organisation the cadre is sent to"), R, &app_f_code},
    {"post", "CODE", N_("the post of that organisation the cadre takes"), 0,
     &app_f_code},
    {"from", "DATE", N_("the first day"), R, &app_f_date},
    {"until", "DATE", N_("the last day"), R, &app_f_date},
    DECISION_OPT,
    {"note", "TEXT", N_("a note"), 0, &app_f_text},
    {0}};

#define PLAN_OPTS                                                              \
  {"post", "CODE", N_("the post"), R, &app_f_code},                            \
      {"term", "TERM", N_("the term of office, as 2025-2030"), R,              \
       &app_f_text},                                                           \
  {                                                                            \
    "member", "ID", N_("the member: id or party card number"), R,              \
        &app_f_member                                                          \
  }

static const cli_opt plan_add_opts[] = {
    PLAN_OPTS, DATE_OPT(N_("the day the member enters the planning")), {0}};

static const cli_opt plan_remove_opts[] = {
    PLAN_OPTS,
    DATE_OPT(N_("the day the member leaves the planning")),
    {"reason", "REASON",
     N_("standards (no longer meets the standards and conditions), prospects "
        "(no development prospects), prestige (low prestige), age, "
        "discipline or other (with --note)"),
     R, &app_f_plan_reason},
    {"note", "TEXT", N_("why, in words (required with reason other)"), 0,
     &app_f_text},
    {0}};

static const cli_opt plan_list_opts[] = {
    {"post", "CODE", N_("the post"), R, &app_f_code},
    {"term", "TERM", N_("the term of office, as 2025-2030"), R, &app_f_text},
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

static const cli_opt plan_review_opts[] = {
    {"term", "TERM", N_("the term of office, as 2025-2030"), R, &app_f_text},
    {"under", "CODE",
     N_("only the posts of this organisation and those below it"), 0,
     &app_f_code},
    {"date", "DATE",
     N_("the day of the review: disciplines up to it count (default today)"), 0,
     &app_f_date},
    {"format", "FORMAT", N_("text or json (default text)"), 0, &app_f_text},
    {0}};

const cli_command cli_commands[] = {
    {"appoint", "", cli_appoint, ID_ARG, 1, 1, appoint_opts,
     N_("appoint a member to a post; prints the new id"),
     N_("ID is the member's id or party card number. Refused when all the "
        "post's seats are held on the day, when the member holds it already, "
        "or was not a party member that day. A member not in the post's "
        "planning for a term covering the day is appointed with a warning "
        "(on stderr; \"warning\" in JSON). `post leave` ends an "
        "appointment; a dismissal ends those held on its day and leaving the "
        "party ends them all (voiding that event gives them back)."),
     CLI_DB_WRITE},
    {"assess", "correct", cli_assess_correct, ID_ARG, 1, 1, assess_correct_opts,
     N_("correct a classification (assess list shows ids); prints the new id"),
     N_("The record is voided and entered again, in one step, with the fields "
        "given and the others as recorded; the new record is checked as an "
        "addition is, and refused with its message (the database unchanged). "
        "Giving --org or --member of a record about either drops the other. "
        "The quota of excellence is checked again."),
     CLI_DB_WRITE},
    {"assess", "import", cli_assess_import, "FILE", 1, 1, import_opts,
     N_("classify members and organisations from a CSV or xlsx file, all or "
        "nothing"),
     N_("Columns: year, member (id or card) or org (code), grade or score, in "
        "any order (docs/formats.md). The quota of excellence is checked on "
        "the result of the whole file, so a file may classify a grassroots "
        "organisation's whole year at once. FILE - reads standard input."),
     CLI_DB_WRITE},
    {"assess", "list", cli_assess_list, "", 0, 0, assess_list_opts,
     N_("list the classifications of a year"),
     N_("Organisations first, then members by name; 'place' is where the "
        "classification counts (the member's cell, the organisation's "
        "superior, at the end of the year) and 'grassroots' the organisation "
        "whose quota it counts in."),
     CLI_DB_READ},
    {"assess", "set", cli_assess_set, "", 0, 0, assess_set_opts,
     N_("classify a member (--member) or an organisation (--org) for a year"),
     /* xgettext:no-c-format */
     N_("A score gives the grade; setting a year again replaces it. A member "
        "must have been in the party on some day of the year, an organisation "
        "must have existed in it. Within each grassroots organisation, those "
        "classified excellent may be at most 20% of those classified well or "
        "better, for members and for the cells and sub-committees below it "
        "apart; a classification that breaks the quota is refused. See "
        "docs/assess.md."),
     CLI_DB_WRITE},
    {"assess", "streak", cli_assess_streak, "", 0, 0, assess_streak_opts,
     N_("who held a grade every year of a range"),
     N_("Members (or, with --orgs, organisations) classified with the grade in "
        "every year from the first to the last of --years: a year without a "
        "classification breaks the streak."),
     CLI_DB_READ},
    {"assess", "void", cli_assess_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken classification (assess list shows ids)"), VOID_HELP,
     CLI_DB_WRITE},
    {"audit", "", cli_audit, "", 0, 0, audit_opts,
     N_("the audit trail: who changed what, when, from where, with the values "
        "before and after (administrators)"),
     N_("One entry per change, in the order written: time (UTC), user, origin "
        "(cli, or the web client's address), action and detail, the "
        "organisation it concerns (the first one the change named: for a "
        "member, their cell), then each row it wrote: table, insert, update or "
        "delete, the row's key, and the values before and after (an update "
        "shows the columns it changed). Derived rows (tallies, paths, "
        "registration) are not listed; a password never is. An import is one "
        "entry. --under selects the entries about an organisation and those "
        "below it now. CSV has a record per row written."),
     CLI_DB_READ},
    {"award", "add", cli_award_add, "", 0, 0, award_add_opts,
     N_("record an award to a member or an organisation; prints the new id"),
     N_("A party badge (--kind badge --years N) goes to an official member who "
        "has reached N years of party age, once per milestone; a seriously ill "
        "member may receive it early with --early. An award counts on its "
        "date: a member's at the member's cell, an organisation's at its "
        "superior."),
     CLI_DB_WRITE},
    {"award", "correct", cli_award_correct, ID_ARG, 1, 1, award_correct_opts,
     N_("correct an award; prints the new id"), CORRECT_HELP, CLI_DB_WRITE},
    {"award", "list", cli_award_list, "", 0, 0, award_list_opts,
     N_("list awards, by date"), NULL, CLI_DB_READ},
    {"award", "void", cli_award_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken award"), VOID_HELP, CLI_DB_WRITE},
    {"check", "", cli_check, "", 0, 0, check_opts,
     N_("check the database: integrity, and what is derived against the "
        "events"),
     N_("Runs SQLite's integrity and foreign key checks, then derives every "
        "member's state (status, cell, dates) and registration (stretches in "
        "cells, temporary stays) and every tally from the recorded events "
        "again and compares, and checks the names' search keys and their "
        "index. Exit code 1 when something is wrong; --repair rewrites what "
        "differs. Warnings on stderr (probationary members whose probation of "
        "12 months ended without recognition, as `member list --overdue` lists "
        "them) leave the exit code 0."),
     CLI_DB_WRITE},
    {"conference", "add", cli_conference_add, "", 0, 0, conference_add_opts,
     N_("record a conference or workshop; prints the new id"),
     N_("A conference of a grouping (--group) is hosted by one of its members. "
        "The rotating flag passes only at a conference: its holder, hosting, "
        "hands it to another member (--flag-to). The first host holds it "
        "without a handover, and so does the host of a conference after the "
        "holder has left the grouping."),
     CLI_DB_WRITE},
    {"conference", "correct", cli_conference_correct, ID_ARG, 1, 1,
     conference_correct_opts, N_("correct a conference; prints the new id"),
     N_("The record is voided and entered again, in one step, with the fields "
        "given and the others as recorded; the new record is checked as an "
        "addition is, and refused with its message (the database unchanged). "
        "Giving --org or --member of a record about either drops the other. "
        "The handovers of the flag are checked again."),
     CLI_DB_WRITE},
    {"conference", "list", cli_conference_list, "", 0, 0, conference_list_opts,
     N_("list conferences"), NULL, CLI_DB_READ},
    {"conference", "void", cli_conference_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken conference"),
     N_("The record is kept whole among the voided records (void list), with "
        "who, when and why, and stops counting everywhere: every report, past "
        "ones included, reads as if it had never been entered. A conference of "
        "a grouping that handed the flag on is refused where a later handover "
        "rests on it, naming that conference; otherwise the flag goes back to "
        "its holder."),
     CLI_DB_WRITE},
    {"congress", "add", cli_congress_add, "CODE", 1, 1, congress_add_opts,
     N_("record a congress of an organisation for a term"),
     N_("CODE is written as organisation codes are (DH-HT-2025). The seats "
        "are those of the executive committee the congress elects; the "
        "delegate seats given, if any, bound the delegates recorded."),
     CLI_DB_WRITE},
    {"congress", "candidate", cli_congress_candidate, "CODE", 1, 1,
     congress_candidate_opts,
     N_("add a candidate for the executive committee to a congress's list"),
     N_("A candidate is in the party on the congress's day, in a cell of the "
        "organisation's branch then, and on the list once."),
     CLI_DB_WRITE},
    {"congress", "delegate", cli_congress_delegate, "CODE", 1, 1,
     congress_delegate_opts, N_("record a delegate of a congress"),
     N_("A delegate is in the party on the congress's day, in a cell of the "
        "organisation's branch then, and recorded once; not beyond the "
        "delegate seats given."),
     CLI_DB_WRITE},
    {"congress", "list", cli_congress_list, "", 0, 0, congress_list_opts,
     N_("list congresses"), NULL, CLI_DB_READ},
    {"congress", "result", cli_congress_result, "CODE", 1, 1, text_json_opts,
     N_("show who each round of a congress elected"),
     N_("Per round: who is elected (more than half of the valid ballots, and "
        "among the highest counts for the seats), who had more than half but "
        "no seat, a tie at the last seat (a further round), and who had no "
        "majority; then who is elected so far and the seats left."),
     CLI_DB_READ},
    {"congress", "round", cli_congress_round, "CODE", 1, 1, congress_round_opts,
     N_("record a round of voting of a congress; prints its number"),
     N_("A round fills the seats the earlier rounds left, among the "
        "candidates not yet elected. Give --votes or --ballots. Refused: more "
        "returned than issued, more valid than returned, more votes for a "
        "candidate than valid ballots, a ballot with more marks than seats "
        "(named FILE:LINE), a vote for someone not on the list or already "
        "elected, no seat left, and more ballots issued than delegates "
        "recorded (when any are)."),
     CLI_DB_WRITE},
    {"congress", "show", cli_congress_show, "CODE", 1, 1, text_json_opts,
     N_("show a congress: its delegates by kind and its candidates"), NULL,
     CLI_DB_READ},
    {"demo", "", cli_demo, "", 0, 0, no_opts,
     N_("create a demonstration database and print its annual report"),
     N_("Fills a new database (--db, default ./cadre.db) with a fictional "
        "provincial block of agencies and enterprises: a few dozen grassroots "
        "organisations, a few thousand members with invented names and a year "
        "of events. A database that holds anything but an earlier demo is "
        "refused."),
     CLI_DB_CREATE},
    {"doc", "add", cli_doc_add, "NUMBER", 1, 1, doc_add_opts,
     N_("register a document (21-NQ/TW, 50-CT/TW, 16-NQ/TU); prints its id"),
     N_("Numbers are unique without regard to the case of ASCII letters."),
     CLI_DB_WRITE},
    {"doc", "correct", cli_doc_correct, ID_ARG, 1, 1, doc_correct_opts,
     N_("correct a record of a document disseminated or implemented (doc show "
        "lists ids); prints the new id"),
     N_("The record is voided and entered again, in one step, with the fields "
        "given and the others as recorded; the new record is checked as an "
        "addition is, and refused with its message (the database unchanged). "
        "Giving --org or --member of a record about either drops the other. A "
        "dissemination that an implementation rests on may move only to a day "
        "on or before it."),
     CLI_DB_WRITE},
    {"doc", "coverage", cli_doc_coverage, "NUMBER", 1, 1, doc_coverage_opts,
     N_("which grassroots organisations and cells below an organisation have "
        "not yet disseminated a document"),
     N_("Counts the grassroots organisations (grassroots_committee, "
        "grassroots_cell) and cells in the subtree of --under (itself "
        "included) as the tree stood on --at, and lists those that had not "
        "disseminated the document by then, with the share that had."),
     CLI_DB_READ},
    {"doc", "disseminate", cli_doc_disseminate, "NUMBER", 1, 1, doc_step_opts,
     N_("record that an organisation disseminated a document"),
     N_("Once per organisation, not before the document's date. A meeting's "
        "--document records the same for its cell."),
     CLI_DB_WRITE},
    {"doc", "implement", cli_doc_implement, "NUMBER", 1, 1, doc_step_opts,
     N_("record that an organisation implemented a document"),
     N_("Once per organisation, on or after the day it disseminated it there."),
     CLI_DB_WRITE},
    {"doc", "list", cli_doc_list, "", 0, 0, table_opts,
     N_("list the documents, with how many organisations disseminated and "
        "implemented each"),
     NULL, CLI_DB_READ},
    {"doc", "show", cli_doc_show, "NUMBER", 1, 1, text_json_opts,
     N_("show a document: who disseminated and implemented it, and when"), NULL,
     CLI_DB_READ},
    {"doc", "void", cli_doc_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken record of a document disseminated or implemented (doc "
        "show lists ids)"),
     N_("The record is kept whole among the voided records (void list), with "
        "who, when and why, and stops counting everywhere: every report, past "
        "ones included, reads as if it had never been entered. A dissemination "
        "that an implementation rests on is refused, naming the "
        "implementation: void that first."),
     CLI_DB_WRITE},
    {"event", "correct", cli_event_correct, ID_ARG, 1, 1, event_correct_opts,
     N_("correct an event of a member, or a move or renaming of an "
        "organisation: void it and enter it again with the fields given; "
        "prints the new event's id"),
     N_("The other fields are kept as recorded. The new history is judged as "
        "one change: refused, naming the event and the rule, where it breaks a "
        "rule, with the messages of the command that enters such an event. The "
        "voided event stays in the history with the reason. An organisation's "
        "move takes --date, --to and --decision; its renaming --date, --name "
        "and --decision."),
     CLI_DB_WRITE},
    {"event", "list", cli_event_list, "", 0, 0, event_list_opts,
     N_("list the events of a member or an organisation with their ids, voided "
        "ones included"),
     N_("Give --member or --org. Events are in date order; a voided event "
        "shows when, by whom and why it was voided."),
     CLI_DB_READ},
    {"event", "void", cli_event_void, ID_ARG, 1, 1, event_void_opts,
     N_("void a mistaken event: of a member, a change of a member's profile, "
        "or a move, renaming, merger or dissolution of an organisation"),
     N_("The event stays in the history, marked void with who, when and why, "
        "and stops counting everywhere: every report, past ones included, "
        "reads as if it had never been entered. Refused, naming the event and "
        "the rule, where the history without it breaks a rule (a transfer out "
        "of a cell the member would never have entered, a later move out of a "
        "superior the organisation would no longer be under). An "
        "organisation's voided move puts it back under the superior it left, "
        "from the day of the move to its next change, with everything below "
        "it; a voided dissolution or merger makes it stand again from that "
        "day, in its groupings, and a merger's hand-over (organisations and "
        "members' transfers) is voided with it. A founding entered by mistake "
        "is voided while nothing rests on the organisation (no event of its "
        "own left, no member, organisation or record naming it): it leaves the "
        "register whole, kept among the voided records, and its code may be "
        "used again."),
     CLI_DB_WRITE},
    {"export", "events", cli_export_events, "", 0, 0, export_opts,
     N_("write the history: every event of organisations and members"), NULL,
     CLI_DB_READ},
    {"export", "members", cli_export_members, "", 0, 0, export_opts,
     N_("write the current members in the form import reads"), NULL,
     CLI_DB_READ},
    {"export", "orgs", cli_export_orgs, "", 0, 0, export_opts,
     N_("write the organisation tree in the form import reads"), NULL,
     CLI_DB_READ},
    {"fund", "add", cli_fund_add, "", 0, 0, fund_add_opts,
     N_("record funds mobilised for a campaign; prints the new id"),
     N_("They count in the report (funds) on their day, for the organisation "
        "and those above it then. One record holds at most 100 trillion VND."),
     CLI_DB_WRITE},
    {"fund", "correct", cli_fund_correct, ID_ARG, 1, 1, fund_correct_opts,
     N_("correct a record of funds mobilised; prints the new id"), CORRECT_HELP,
     CLI_DB_WRITE},
    {"fund", "list", cli_fund_list, "", 0, 0, fund_list_opts,
     N_("list funds mobilised"), NULL, CLI_DB_READ},
    {"fund", "void", cli_fund_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken record of funds mobilised"), VOID_HELP, CLI_DB_WRITE},
    {"group", "add", cli_group_add, "CODE", 1, 1, group_add_opts,
     N_("create a grouping: a regional block or an emulation cluster"), NULL,
     CLI_DB_WRITE},
    {"group", "join", cli_group_join, "CODE", 1, 1, group_join_opts,
     N_("make an organisation a member of a grouping"),
     N_("Members are provincial committees and committees. One below or above "
        "another member is refused: their figures would count twice in the "
        "grouping's report."),
     CLI_DB_WRITE},
    {"group", "leave", cli_group_leave, "CODE", 1, 1, group_leave_opts,
     N_("end an organisation's membership of a grouping"),
     N_("Refused while it hosts a later conference of the grouping, receives "
        "its flag, or holds one of its outstanding models."),
     CLI_DB_WRITE},
    {"group", "list", cli_group_list, "", 0, 0, group_list_opts,
     N_("list the groupings"), NULL, CLI_DB_READ},
    {"group", "show", cli_group_show, "CODE", 1, 1, group_show_opts,
     N_("show a grouping: members, flag, conferences, outstanding models"),
     NULL, CLI_DB_READ},
    {"help", "", cli_help, "[NOUN [VERB]]", 0, 2, help_opts,
     N_("explain the commands"), NULL, CLI_DB_NONE},
    {"import", "members", cli_import_members, "FILE", 1, 1, import_opts,
     N_("record members from a CSV or xlsx file, all or nothing"),
     N_("Columns: name, born, gender, cell, admitted, official, card, "
        "ethnicity, religion, hometown, education, profession, theory, "
        "position, key-cadre and manager (yes or empty), in any order; name, "
        "born, gender, cell and admitted are required. FILE - reads standard "
        "input."),
     CLI_DB_WRITE},
    {"import", "orgs", cli_import_orgs, "FILE", 1, 1, import_opts,
     N_("record organisations from a CSV or xlsx file, all or nothing"),
     N_("Columns: code, name, kind, parent, sector, founded, decision, "
        "recorded, in any order; code, name and kind are required. A parent "
        "may come after its children. recorded: the day an organisation "
        "without a founding date counts from, if not today. FILE - reads "
        "standard input."),
     CLI_DB_WRITE},
    {"init", "", cli_init, "", 0, 0, no_opts,
     N_("create the database (or bring an older one up to date)"), NULL,
     CLI_DB_CREATE},
    {"meeting", "add", cli_meeting_add, "", 0, 0, meeting_add_opts,
     N_("record a cell meeting; prints its id"),
     N_("The chair and everyone listed must be registered in the cell on the "
        "day or on a temporary transfer to it (visitors); a cell's meetings "
        "are recorded in date order. The meeting is scored on the active "
        "rubric once every criterion has points (docs/rubric.md)."),
     CLI_DB_WRITE},
    {"meeting", "correct", cli_meeting_correct, ID_ARG, 1, 1,
     meeting_correct_opts,
     N_("correct a meeting: void it and record it again; prints the new id"),
     N_("The record is voided and entered again, in one step, with the fields "
        "given and the others as recorded; the new record is checked as an "
        "addition is, and refused with its message (the database unchanged). "
        "Giving --org or --member of a record about either drops the other. A "
        "list given (absent, opinion, task, document, points) replaces the "
        "recorded one; the meeting is scored again on the active rubric with "
        "the scorer's points as given. As meeting add does, it refuses a day "
        "before a later meeting of the cell (meetings are recorded in date "
        "order)."),
     CLI_DB_WRITE},
    {"meeting", "import", cli_meeting_import, "FILE", 1, 1, import_opts,
     N_("record meetings from a CSV or xlsx file, all or nothing"),
     N_("Columns: cell, date, kind, chair, minutes (required), theme, present, "
        "absent, opinions, result, tasks, documents, points; lists inside a "
        "field are separated by '|' (docs/formats.md). FILE - reads standard "
        "input."),
     CLI_DB_WRITE},
    {"meeting", "list", cli_meeting_list, "", 0, 0, meeting_list_opts,
     N_("list meetings with their attendance, opinions and score"), NULL,
     CLI_DB_READ},
    {"meeting", "score", cli_meeting_score, ID_ARG, 1, 1, meeting_score_opts,
     N_("give (or give again) the points of a meeting's criteria; prints the "
        "score and grade, or unscored"),
     NULL, CLI_DB_WRITE},
    {"meeting", "show", cli_meeting_show, ID_ARG, 1, 1, meeting_show_opts,
     N_("show a meeting: attendance, opinions, tasks, documents, each "
        "criterion's points, the score and last meeting's tasks to follow up"),
     NULL, CLI_DB_READ},
    {"meeting", "void", cli_meeting_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken meeting"),
     N_("The record is kept whole among the voided records (void list), with "
        "who, when and why, and stops counting everywhere: every report, past "
        "ones included, reads as if it had never been entered. The documents "
        "disseminated at it are voided with it (refused where an "
        "implementation rests on one, naming it), and the later meetings of "
        "the cell are scored again: their attendance criterion counts the "
        "meetings a member missed in a row."),
     CLI_DB_WRITE},
    {"member", "add", cli_member_add, "", 0, 0, member_add_opts,
     N_("record an existing member from the registers; prints the new id"),
     NULL, CLI_DB_WRITE},
    {"member", "admit", cli_member_admit, "", 0, 0, member_admit_opts,
     N_("admit a new probationary member; prints the new id"),
     N_("The person must be 18 to 60 full years old, counted in months, on the "
        "day the cell considers the case; over 60 needs "
        "--over-60-approved-by."),
     CLI_DB_WRITE},
    {"member", "badges", cli_member_badges, "", 0, 0, badges_opts,
     N_("who reaches a party-badge milestone in a period"),
     N_("Milestones are 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 and 90 "
        "years of party age; 'earliest' is when a seriously ill member may "
        "receive the badge, 'awarded' when it was (award add --kind badge)."),
     CLI_DB_READ},
    {"member", "decease", cli_member_decease, ID_ARG, 1, 1, leave_opts,
     N_("record the death of a member"), NULL, CLI_DB_WRITE},
    {"member", "discipline", cli_member_discipline, ID_ARG, 1, 1,
     discipline_opts, N_("discipline a member"),
     N_("Probationary members can only be reprimanded or warned; dismissal "
        "needs a post; expulsion ends membership. The decision needs more than "
        "half of the votes of the deciding body (--votes 5/9); an expulsion "
        "also a proposal of at least two thirds (--proposal 6/9)."),
     CLI_DB_WRITE},
    {"member", "edit", cli_member_edit, ID_ARG, 1, 1, member_edit_opts,
     N_("change fields of a member's profile from a day on, keeping the old "
        "values"),
     N_("The change takes effect on --date (not before the admission, not "
        "after today) and the old value is kept: a report of an earlier period "
        "counts theory levels, key cadres, education and ethnicity as they "
        "were then. member show lists the changes with their ids; event void "
        "ID voids a mistaken one. A text given as \"\" is cleared."),
     CLI_DB_WRITE},
    {"member", "find", cli_member_find, "TEXT", 1, 1, member_find_opts,
     N_("find members by name, without regard to case, diacritics or "
        "punctuation"),
     N_("The words follow each other as given, each matching from its start; "
        "names are listed by what follows the first word found (whole words "
        "first), then by the words before it. Commas, hyphens and other "
        "punctuation count as spaces (ly thi mai finds a name written with a "
        "comma after the family name). Databases written before schema 004 "
        "have their name keys recomputed when this cadre first opens them."),
     CLI_DB_READ},
    {"member", "list", cli_member_list, "", 0, 0, member_list_opts,
     N_("list members"), NULL, CLI_DB_READ},
    {"member", "readmit", cli_member_readmit, ID_ARG, 1, 1, readmit_opts,
     N_("readmit a former member (once, after 36 months out)"), NULL,
     CLI_DB_WRITE},
    {"member", "recognize", cli_member_recognize, ID_ARG, 1, 1, recognize_opts,
     N_("recognise a probationary member as official"), NULL, CLI_DB_WRITE},
    {"member", "remove", cli_member_remove, ID_ARG, 1, 1, leave_opts,
     N_("remove a member from the rolls"), NULL, CLI_DB_WRITE},
    {"member", "resign", cli_member_resign, ID_ARG, 1, 1, leave_opts,
     N_("record a member's resignation"), NULL, CLI_DB_WRITE},
    {"member", "show", cli_member_show, ID_ARG, 1, 1, member_show_opts,
     N_("show a member: profile, status, party age and history"),
     N_("ID is the member's id or party card number."), CLI_DB_READ},
    {"member", "transfer", cli_member_transfer, ID_ARG, 1, 1, transfer_opts,
     N_("transfer a member to another cell"),
     N_("A temporary transfer (3 months to under a year, up to 2 years for "
        "studies) keeps the registration at home: the host cell sees the "
        "member, its figures do not count them."),
     CLI_DB_WRITE},
    {"model", "add", cli_model_add, "", 0, 0, model_add_opts,
     N_("name an outstanding model of a grouping; prints the new id"),
     N_("Give --org or --member: an organisation or a member within a member "
        "of the grouping on the day."),
     CLI_DB_WRITE},
    {"model", "correct", cli_model_correct, ID_ARG, 1, 1, model_correct_opts,
     N_("correct an outstanding model; prints the new id"), CORRECT_HELP,
     CLI_DB_WRITE},
    {"model", "list", cli_model_list, "", 0, 0, model_list_opts,
     N_("list a grouping's outstanding models"), NULL, CLI_DB_READ},
    {"model", "void", cli_model_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken outstanding model (model list shows ids)"), VOID_HELP,
     CLI_DB_WRITE},
    {"org", "add", cli_org_add, "CODE", 1, 1, org_add_opts,
     N_("found an organisation"),
     N_("There is one central organisation at most. Without --founded, the "
        "organisation counts in the organisation figures of reports from the "
        "day it is recorded (today), or from an earlier move, merger or "
        "dissolution of it entered later, so that recording it leaves the "
        "reports of earlier periods as they were; its members and records "
        "dated earlier still count where they happened."),
     CLI_DB_WRITE},
    {"org", "discipline", cli_org_discipline, "CODE", 1, 1, org_discipline_opts,
     N_("discipline an organisation"),
     N_("The decision needs more than half of the votes of the deciding body "
        "(--votes 5/9). A dissolution also ends the organisation as org "
        "dissolve does, and is refused while members or live organisations "
        "remain below it. It counts for the organisations above it, on the "
        "day."),
     CLI_DB_WRITE},
    {"org", "discipline-correct", cli_org_discipline_correct, ID_ARG, 1, 1,
     org_discipline_correct_opts,
     N_("correct a discipline of an organisation (org show lists ids); prints "
        "the new id"),
     N_("The record is voided and entered again, in one step, with the fields "
        "given and the others as recorded; the new record is checked as an "
        "addition is, and refused with its message (the database unchanged). "
        "Giving --org or --member of a record about either drops the other. A "
        "dissolution is refused: it ended the organisation."),
     CLI_DB_WRITE},
    {"org", "discipline-void", cli_org_discipline_void, ID_ARG, 1, 1,
     record_void_opts,
     N_("void a mistaken discipline of an organisation (org show lists ids)"),
     N_("The record is kept whole among the voided records (void list), with "
        "who, when and why, and stops counting everywhere: every report, past "
        "ones included, reads as if it had never been entered. A dissolution "
        "is refused: it ended the organisation, an organisation event."),
     CLI_DB_WRITE},
    {"org", "dissolve", cli_org_dissolve, "CODE", 1, 1, org_dissolve_opts,
     N_("dissolve an organisation that has no members or live organisations "
        "below"),
     NULL, CLI_DB_WRITE},
    {"org", "list", cli_org_list, "", 0, 0, org_list_opts,
     N_("list the organisation tree"), NULL, CLI_DB_READ},
    {"org", "merge", cli_org_merge, "CODE...", 1, -1, org_merge_opts,
     N_("merge organisations into another"),
     N_("The children and members of the merged organisations pass to the "
        "target, which must be able to hold them; the merged ones end."),
     CLI_DB_WRITE},
    {"org", "move", cli_org_move, "CODE", 1, 1, org_move_opts,
     N_("move an organisation, with all below it, to another superior"),
     N_("Also dated before later changes (a late move): it is placed by date "
        "and the organisation is under the new superior until its next change "
        "of superior. Refused, naming both events and the rule, where a later "
        "change would no longer hold (a later move recorded out of the "
        "superior it had before), or where the new superior does not stand "
        "until then or is below it."),
     CLI_DB_WRITE},
    {"org", "rename", cli_org_rename, "CODE", 1, 1, org_rename_opts,
     N_("rename an organisation"),
     N_("Also dated before later renamings: names are kept by date. Refused on "
        "a day it has a name set already, and where it, or a later renaming, "
        "would give the name it has then."),
     CLI_DB_WRITE},
    {"org", "show", cli_org_show, "CODE", 1, 1, org_show_opts,
     N_("show an organisation: superiors, children, members, history, "
        "discipline"),
     NULL, CLI_DB_READ},
    {"oversight", "add", cli_oversight_add, "", 0, 0, oversight_add_opts,
     N_("record an inspection or a supervision; prints the new id"),
     N_("Of an organisation (--org) or of a member (--member), by an "
        "organisation above it (--by) on --from. It counts on --from for the "
        "organisations above: a member's at the member's cell, an "
        "organisation's at its superior."),
     CLI_DB_WRITE},
    {"oversight", "correct", cli_oversight_correct, ID_ARG, 1, 1,
     oversight_correct_opts,
     N_("correct an inspection or a supervision; prints the new id"),
     CORRECT_HELP, CLI_DB_WRITE},
    {"oversight", "list", cli_oversight_list, "", 0, 0, oversight_list_opts,
     N_("list inspections and supervisions, by first day"), NULL, CLI_DB_READ},
    {"oversight", "show", cli_oversight_show, ID_ARG, 1, 1, oversight_show_opts,
     N_("show an inspection or a supervision"), NULL, CLI_DB_READ},
    {"oversight", "void", cli_oversight_void, ID_ARG, 1, 1, record_void_opts,
     N_("void a mistaken inspection or supervision"), VOID_HELP, CLI_DB_WRITE},
    {"plan", "add", cli_plan_add, "", 0, 0, plan_add_opts,
     N_("add a member to the planning of a post for a term"),
     N_("Refused for a member in it already, or not a party member on the "
        "day."),
     CLI_DB_WRITE},
    {"plan", "list", cli_plan_list, "", 0, 0, plan_list_opts,
     N_("show the planning of a post for a term, with its structure"),
     N_("Each candidate's standing (born, age at the term's start, gender, "
        "ethnicity, theory, education, position, in the party since) and "
        "the structure: age bands at the term's start, young cadres (under "
        "45 for central posts, under 40 below), women, ethnic minorities "
        "(other than Kinh) and theory levels, counts and shares; a floor "
        "not met (15% young, 25% women) is flagged."),
     CLI_DB_READ},
    {"plan", "remove", cli_plan_remove, "", 0, 0, plan_remove_opts,
     N_("remove a member from the planning of a post, with the reason"), NULL,
     CLI_DB_WRITE},
    {"plan", "review", cli_plan_review, "", 0, 0, plan_review_opts,
     N_("list every candidate of a term's planning who fails a condition"),
     N_("The conditions of each post (its own, else its level's): young "
        "enough to serve the whole term under the age limit, old enough, the "
        "political theory required, no discipline at reprimand or above in "
        "the years counted. Each finding names the rule and its facts; the "
        "review changes nothing."),
     CLI_DB_READ},
    {"post", "add", cli_post_add, "CODE", 1, 1, post_add_opts,
     N_("create a post of a committee, with its seats and conditions"), NULL,
     CLI_DB_WRITE},
    {"post", "holders", cli_post_holders, "CODE", 1, 1, post_holders_opts,
     N_("list who holds a post on a day"), NULL, CLI_DB_READ},
    {"post", "leave", cli_post_leave, "CODE", 1, 1, post_leave_opts,
     N_("end a member's appointment to a post"), NULL, CLI_DB_WRITE},
    {"post", "list", cli_post_list, "", 0, 0, post_list_opts,
     N_("list the posts, with their seats, holders and conditions"), NULL,
     CLI_DB_READ},
    {"report", "", cli_report, "CODE", 0, 1, report_opts,
     N_("the period report of an organisation and all below it, or of a "
        "grouping"),
     N_("The stock (organisations, members by status, gender, age, ethnicity, "
        "education, theory, party age, key cadres) is counted at --to; the "
        "flows (admitted, recognised, transferred, disciplined, left) during "
        "the period. Events count where they happened: later moves do not "
        "change a past report. Give CODE or --group CODE: a grouping's report "
        "is the sum of the reports of the organisations that are its members "
        "on --to, each for the whole period. The JSON and CSV forms are "
        "described in docs/report.md."),
     CLI_DB_READ},
    {"rotate", "", cli_rotate, ID_ARG, 1, 1, rotate_opts,
     N_("record a rotation: a cadre sent to another organisation for a "
        "period; prints the new id"),
     N_("ID is the member's id or party card number; --post, a post of the "
        "organisation sent to."),
     CLI_DB_WRITE},
    {"rotation", "list", cli_rotation_list, "", 0, 0, rotation_list_opts,
     N_("list the rotations: cadres sent to another organisation for a "
        "period"),
     NULL, CLI_DB_READ},
    {"rubric", "list", cli_rubric_list, "", 0, 0, table_opts,
     N_("list the rubrics loaded, and which is active"), NULL, CLI_DB_READ},
    {"rubric", "load", cli_rubric_load, "FILE", 1, 1, rubric_load_opts,
     N_("load a rubric from a JSON file and make it the active one"),
     N_("The format is in docs/rubric.md: criteria with unique ids whose "
        "maxima sum to 100, each given by the scorer or computed from what a "
        "meeting records. Meetings keep the rubric they were scored on."),
     CLI_DB_WRITE},
    {"rubric", "show", cli_rubric_show, "[NAME]", 0, 1, text_json_opts,
     N_("show a rubric (the active one by default)"), NULL, CLI_DB_READ},
    {"rubric", "use", cli_rubric_use, "NAME", 1, 1, no_opts,
     N_("make a loaded rubric the active one"), NULL, CLI_DB_WRITE},
    {"serve", "", cli_serve, "", 0, 0, serve_opts,
     N_("run the web server: the JSON API of docs/http.md"),
     N_("Serves in the foreground until SIGTERM or SIGINT, then lets the "
        "requests in flight finish and exits 0. Users log in with the accounts "
        "of user add and see only the branch of their scope. One line per "
        "request is logged on stderr. Without --cert and --key it speaks plain "
        "HTTP: keep it on 127.0.0.1, or put it behind a reverse proxy that "
        "speaks HTTPS (docs/http.md)."),
     CLI_DB_WRITE},
    {"user", "add", cli_user_add, "NAME", 1, 1, user_add_opts,
     N_("create an account of the web application"),
     N_("NAME is the login name: 1 to 64 letters (a-z), digits, '.', '_', '-' "
        "or '@', compared without regard to case. The password has at least 10 "
        "characters and is kept only as its Argon2id hash. The command line "
        "needs no account: whoever may open the database acts with all "
        "rights."),
     CLI_DB_WRITE},
    {"user", "disable", cli_user_disable, "NAME", 1, 1, no_opts,
     N_("end an account's logins (the account and its history stay)"), NULL,
     CLI_DB_WRITE},
    {"user", "list", cli_user_list, "", 0, 0, user_list_opts,
     N_("list the accounts of the web application"), NULL, CLI_DB_READ},
    {"user", "passwd", cli_user_passwd, "NAME", 1, 1, user_passwd_opts,
     N_("set an account's password"), NULL, CLI_DB_WRITE},
    {"user", "set", cli_user_set, "NAME", 1, 1, user_set_opts,
     N_("set an account's language"),
     N_("The language the user reads the web application and the API's "
        "messages in, whatever their browser asks for; the user may also set "
        "it themselves in the web application. An empty TAG clears it."),
     CLI_DB_WRITE},
    {"version", "", cli_version, "", 0, 0, no_opts, N_("print the version"),
     NULL, CLI_DB_NONE},
    {"void", "list", cli_void_list, "", 0, 0, void_list_opts,
     N_("list the voided records of party work: id, noun, when, by whom, why, "
        "and the record as it was (JSON)"),
     N_("In the order voided. Voided events of members and organisations are "
        "listed by event list."),
     CLI_DB_READ},
};

const size_t cli_command_count = UTIL_COUNT(cli_commands);
