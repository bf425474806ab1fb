/*
 * cli_int.h — the handlers named in the command table, and helpers the
 * handler files share. Not for other layers.
 */
#ifndef CADRE_CLI_INT_H
#define CADRE_CLI_INT_H

#include "cli/cli.h"

/* Writes a buffer to stdout. */
void cli_print(const util_buf *b);
/* Runs an import of FILE (the first argument; "-" reads standard input)
 * with an app_import_* function, showing progress on a terminal; sets
 * *rows to the number of rows it read (io.c). */
int cli_import(cli_ctx *c,
               int (*fn)(app *, FILE *, const char *, long long, long *,
                         util_err *),
               long *rows, util_err *e);
/* Says on stderr how many rows an import read, with `format`, the
 * translated sentence for their number (util_trn: "imported %ld members
 * from %s"), and the file's name ("stdin" for -). */
void cli_imported(const cli_ctx *c, const char *format, long rows);

#define HANDLER(name) int name(cli_ctx *c, util_err *e)
HANDLER(cli_assess_import);
HANDLER(cli_assess_list);
HANDLER(cli_assess_set);
HANDLER(cli_assess_streak);
HANDLER(cli_award_add);
HANDLER(cli_award_list);
HANDLER(cli_help);
HANDLER(cli_version);
HANDLER(cli_init);
HANDLER(cli_demo);
HANDLER(cli_audit);
HANDLER(cli_check);
HANDLER(cli_report);
HANDLER(cli_serve);
HANDLER(cli_org_add);
HANDLER(cli_org_list);
HANDLER(cli_org_show);
HANDLER(cli_org_move);
HANDLER(cli_org_rename);
HANDLER(cli_org_merge);
HANDLER(cli_org_dissolve);
HANDLER(cli_org_discipline);
HANDLER(cli_oversight_add);
HANDLER(cli_oversight_list);
HANDLER(cli_oversight_show);
HANDLER(cli_member_add);
HANDLER(cli_member_admit);
HANDLER(cli_member_recognize);
HANDLER(cli_member_transfer);
HANDLER(cli_member_discipline);
HANDLER(cli_member_remove);
HANDLER(cli_member_resign);
HANDLER(cli_member_decease);
HANDLER(cli_member_readmit);
HANDLER(cli_member_show);
HANDLER(cli_member_list);
HANDLER(cli_member_edit);
HANDLER(cli_member_find);
HANDLER(cli_user_add);
HANDLER(cli_user_disable);
HANDLER(cli_user_list);
HANDLER(cli_user_passwd);
HANDLER(cli_user_set);
HANDLER(cli_member_badges);
HANDLER(cli_import_orgs);
HANDLER(cli_import_members);
HANDLER(cli_export_orgs);
HANDLER(cli_export_members);
HANDLER(cli_export_events);
HANDLER(cli_group_add);
HANDLER(cli_group_join);
HANDLER(cli_group_leave);
HANDLER(cli_group_list);
HANDLER(cli_group_show);
HANDLER(cli_appoint);
HANDLER(cli_plan_add);
HANDLER(cli_plan_list);
HANDLER(cli_plan_remove);
HANDLER(cli_plan_review);
HANDLER(cli_post_add);
HANDLER(cli_post_holders);
HANDLER(cli_post_leave);
HANDLER(cli_post_list);
HANDLER(cli_rotate);
HANDLER(cli_rotation_list);
HANDLER(cli_conference_add);
HANDLER(cli_conference_list);
HANDLER(cli_model_add);
HANDLER(cli_model_list);
HANDLER(cli_fund_add);
HANDLER(cli_fund_list);
HANDLER(cli_event_correct);
HANDLER(cli_award_void);
HANDLER(cli_award_correct);
HANDLER(cli_assess_void);
HANDLER(cli_assess_correct);
HANDLER(cli_conference_void);
HANDLER(cli_conference_correct);
HANDLER(cli_fund_correct);
HANDLER(cli_model_void);
HANDLER(cli_model_correct);
HANDLER(cli_org_discipline_void);
HANDLER(cli_org_discipline_correct);
HANDLER(cli_oversight_correct);
HANDLER(cli_void_list);
HANDLER(cli_doc_void);
HANDLER(cli_doc_correct);
HANDLER(cli_meeting_void);
HANDLER(cli_meeting_correct);
HANDLER(cli_fund_void);
HANDLER(cli_oversight_void);
HANDLER(cli_event_list);
HANDLER(cli_event_void);
HANDLER(cli_doc_add);
HANDLER(cli_doc_coverage);
HANDLER(cli_doc_disseminate);
HANDLER(cli_doc_implement);
HANDLER(cli_doc_list);
HANDLER(cli_doc_show);
HANDLER(cli_meeting_add);
HANDLER(cli_meeting_import);
HANDLER(cli_meeting_list);
HANDLER(cli_meeting_score);
HANDLER(cli_meeting_show);
HANDLER(cli_rubric_list);
HANDLER(cli_rubric_load);
HANDLER(cli_rubric_show);
HANDLER(cli_rubric_use);
HANDLER(cli_congress_add);
HANDLER(cli_congress_candidate);
HANDLER(cli_congress_delegate);
HANDLER(cli_congress_list);
HANDLER(cli_congress_result);
HANDLER(cli_congress_round);
HANDLER(cli_congress_show);
#undef HANDLER

#endif
