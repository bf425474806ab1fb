/*
 * cli_int.h — the handlers named in the command table, and helpers the
 * handler files share. Not for other layers.
 */
#ifndef CADRE_CLI_INT_H
#define CADRE_CLI_INT_H

#include "cli/cli.h"

/* The path of --under (or of `code`) on `day`, or NULL for the whole
 * database when no code is given. *prefix is the caller's. */
int cli_under(cli_ctx *c, const char *code, util_day day, char **prefix,
              util_err *e);
/* Writes a buffer to stdout. */
void cli_print(const util_buf *b);

#define HANDLER(name) int name(cli_ctx *c, util_err *e)
HANDLER(cli_help);
HANDLER(cli_version);
HANDLER(cli_init);
HANDLER(cli_demo);
HANDLER(cli_check);
HANDLER(cli_report);
HANDLER(cli_org_add);
HANDLER(cli_org_list);
HANDLER(cli_org_show);
HANDLER(cli_org_move);
HANDLER(cli_org_rename);
HANDLER(cli_org_merge);
HANDLER(cli_org_dissolve);
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
HANDLER(cli_member_find);
HANDLER(cli_member_badges);
HANDLER(cli_import_orgs);
HANDLER(cli_import_members);
HANDLER(cli_export_orgs);
HANDLER(cli_export_members);
HANDLER(cli_export_events);
#undef HANDLER

#endif
