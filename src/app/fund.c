/*
 * fund.c — funds mobilised by organisations for campaigns (DOMAIN.md §9):
 * whole VND, counted on their day at the organisation that mobilised them
 * and at every organisation above it then.
 */
#include "app/app_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Whether `text` is digits grouped by thousands with `sep`: one to three
 * digits, then groups of exactly three, each after one separator. */
static bool grouped(const char *text, char sep) {
  const char *p = text;
  size_t lead = 0;
  while (isdigit((unsigned char)*p))
    p++, lead++;
  if (lead < 1 || lead > 3)
    return false;
  while (*p == sep) {
    p++;
    for (int i = 0; i < 3; i++, p++)
      if (!isdigit((unsigned char)*p))
        return false;
  }
  return *p == '\0';
}

int app_amount(const char *field, const char *text, int64_t *vnd, util_err *e) {
  *vnd = 0;
  if (!text || !*text)
    return util_invalid(e, field, "%s: an amount of VND is needed", field);
  bool plain = true;
  for (const char *p = text; *p && plain; p++)
    plain = isdigit((unsigned char)*p);
  /* A leading 0 would make "0.500" read as five hundred where a reader
   * sees a half. */
  bool ok = (plain || grouped(text, '.') || grouped(text, ',')) &&
            (text[0] != '0' || strcmp(text, "0") == 0);
  if (!ok)
    return util_invalid(e, field,
                        "%s: %s: not a whole number of VND (digits, grouped by "
                        "thousands with '.' or ',' if at all: 17000000000, "
                        "17.000.000.000, 17,000,000,000)",
                        field, text);
  int64_t n = 0;
  for (const char *p = text; *p; p++) {
    if (!isdigit((unsigned char)*p))
      continue;
    /* Stop before overflowing: anything this long is over the limit. */
    if (n > APP_FUND_MAX)
      break;
    n = n * 10 + (*p - '0');
  }
  if (n == 0)
    return util_invalid(e, field, "%s: %s: an amount must be more than 0",
                        field, text);
  if (n > APP_FUND_MAX)
    return util_invalid(e, field,
                        "%s: %s: more than %lld VND, the most one record holds "
                        "(sums of records must not overflow)",
                        field, text, (long long)APP_FUND_MAX);
  *vnd = n;
  return 0;
}

int app_fund_add(app *a, const app_fund_in *in, int64_t *id, util_err *e) {
  if (app_act(a, APP_EDITOR, e))
    return -1;
  if (app_begin(a, e))
    return -1;
  store_org o = {0};
  store_fund f = {0};
  char *campaign = NULL, *note = NULL, *path = NULL;
  core_tally t = {0};
  uint32_t term;
  int64_t fid;
  int rc = -1;
  if (app_text("campaign", in->campaign, true, 200, &campaign, e) ||
      app_note("note", in->note, &note, e) ||
      app_amount("amount", in->amount, &f.amount, e) ||
      app_date(a, "date", in->date, false, &f.date, e) ||
      app_org(a, "org", in->org, &o, e) ||
      app_path_at(a, &o, f.date, &path, e) ||
      app_term(a, "campaign", campaign, &term, e))
    goto done;
  if (term > CORE_KEY_VALUE(UINT32_MAX)) {
    util_fail(e, UTIL_INTERNAL, "campaign %s: number %u does not fit a key",
              campaign, term);
    goto done;
  }
  f.org = o.id;
  f.campaign = campaign;
  f.note = note;
  core_tally_add(&t, CORE_KEY(CORE_D_FUND, term), f.amount);
  if (store_fund_add(a->st, &f, a->user, &fid, e) ||
      app_point(a, "fund", fid, o.id, f.date, &t, 0, e))
    goto done;
  rc = app_audit(a, "fund add", e, "%lld: %s mobilised %lld VND for %s on %s",
                 (long long)fid, o.code, (long long)f.amount, campaign,
                 in->date);
  if (id)
    *id = fid;
done:
  core_tally_free(&t);
  free(campaign);
  free(note);
  free(path);
  store_org_clear(&o);
  return app_end(a, rc, e);
}
