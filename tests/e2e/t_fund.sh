# Funds mobilised (DOMAIN.md §9): amounts typed as people write them, every
# malformed one refused by name, records placed at the organisation on
# their day and counted there and above as the tree stood then, the funds
# figures of the report (total and by campaign) counted by the script
# itself for several organisations and periods, from both engines, exact
# in int64 far beyond what a double holds, a past report unchanged by a
# later move, and the listing.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"
. "$here/fund_model.sh"

ok init
. "$here/year_2025.sh"

# ---- amounts as typed --------------------------------------------------------
# Refused, naming the value and the rule, the database unchanged.
not_whole="not a whole number of VND"
for bad in 1.5 17.000,000 17,000.000 17.00.000 1,5000 1.0000 ,500 500. \
  17..000 -5 +5 000 0.500 00 1e9 0x10 "17 000" " 17000" abc 12abc \
  "1.000.000,50" "١٢٣" 1234.567 1234,567,000; do
  refused 1 "amount: $bad: $not_whole" fund add --org HT \
    --campaign "social security" --date 2025-03-01 --amount "$bad"
done
refused 1 "amount: 0: an amount must be more than 0" fund add --org HT \
  --campaign "social security" --date 2025-03-01 --amount 0
refused 1 "amount: an amount of VND is needed" fund add --org HT \
  --campaign "social security" --date 2025-03-01 --amount ""
# At most 100 trillion VND in one record, so that sums cannot overflow.
refused 1 "amount: 100.000.000.000.001: more than 100000000000000 VND" \
  fund add --org HT --campaign x --date 2025-03-01 \
  --amount 100.000.000.000.001
refused 1 "amount: 99999999999999999999999999: more than" fund add --org HT \
  --campaign x --date 2025-03-01 --amount 99999999999999999999999999
refused 2 "fund add: --amount N is required" fund add --org HT \
  --campaign x --date 2025-03-01
refused 2 "fund add: --campaign TEXT is required" fund add --org HT \
  --date 2025-03-01 --amount 5
refused 1 "campaign: must not be empty" fund add --org HT --campaign "  " \
  --date 2025-03-01 --amount 5
refused 1 "campaign: invalid UTF-8" fund add --org HT \
  --campaign $'\xff\xfe' --date 2025-03-01 --amount 5
refused 1 "org: NOPE: no organisation has this code" fund add --org NOPE \
  --campaign x --date 2025-03-01 --amount 5
refused 1 "date: 2025-02-30: no such day" fund add --org HT --campaign x \
  --date 2025-02-30 --amount 5
refused 1 "date: 2026-07-01: a date in the future" fund add --org HT \
  --campaign x --date 2026-07-01 --amount 5
# Where the organisation was not: dissolved, merged, not yet founded.
refused 1 "organisation CQDN-KS was dissolved on 2025-06-30" fund add \
  --org CQDN-KS --campaign x --date 2025-06-30 --amount 5
refused 1 "organisation STC-3 was merged on 2025-10-01" fund add \
  --org STC-3 --campaign x --date 2025-10-01 --amount 5
refused 1 "organisation CQDN-MT did not exist yet on 2025-02-28" fund add \
  --org CQDN-MT --campaign x --date 2025-02-28 --amount 5
refused 1 "note: longer than 500 characters" fund add --org HT \
  --campaign x --date 2025-03-01 --amount 5 --note "$(printf 'a%.0s' {1..501})"

# ---- the year's funds --------------------------------------------------------
# Every accepted form; the organisations of the year's changes on both
# sides of them (CQDN-EVN moved on 1 July, CQDN-KS dissolved on 30 June,
# STC-3 merged on 1 October); the first and last days.
# "Vì người nghèo" typed decomposed (NFD).
nfd=$(printf 'Vi\xcc\x80 ngu\xcc\x9bo\xcc\x9b\xcc\x80i ngh\xc3\xa8o')
poor="Vì người nghèo"
f_add HT-CQDN "$poor" 2024-06-15 250.000.000 250000000
f_add STC-1 "new rural areas" 2025-01-01 15,000,000 15000000
f_add CQDN-EVN "social security" 2025-02-10 120.500.000 120500000
f_add CQDN-KS "new rural areas" 2025-06-29 5000000
f_add CQDN-EVN "social security" 2025-07-01 80,000,000 80000000
f_add STC-3 "new rural areas" 2025-09-30 1.000.000 1000000
f_add STC-2 "new rural areas" 2025-10-01 1,000 1000
f_add HT "social security" 2025-12-31 300.000.000 300000000
f_add CX-TH "$nfd" 2025-11-11 7.777.777 7777777 "$poor" # one campaign
f_add NA-VP "new rural areas" 2025-05-05 42.000.000 42000000
f_add HT-CX "new rural areas" 2025-08-08 999
f_add CQDN-VP "  social security " 2025-03-03 1 1 "social security"
f_add CQDN-MT "environment" 2025-03-01 123,456 123456
equal "fund add prints the new id" 13 "${OUT}"

# Every figure of the reports, funds among them, by year_model.sh.
for org in HT HT-CQDN HT-CX CQDN-EVN CQDN-STC STC-1 CQDN-VP NA NA-VP; do
  check_report "$org" 2025-01-01 2025-12-31
done
check_report HT-CQDN 2024-01-01 2024-12-31

# The funds figures, counted here, for periods around the changes.
for org in HT HT-CQDN HT-CX CQDN-EVN CQDN-STC STC-2 STC-3 CQDN-KS NA; do
  check_funds "$org" 2025-01-01 2025-12-31
  check_funds "$org" 2025-01-01 2025-06-30
  check_funds "$org" 2025-07-01 2025-12-31
  check_funds "$org" 2025-07-01 2025-07-01
  check_funds "$org" 2025-12-31 2025-12-31
  check_funds "$org" 2024-01-01 2024-12-31
done
# A period without funds: the section is there, empty.
ok report HT --from 2023-01-01 --to 2023-12-31 --format json
equal "no funds: total" 0 "$(json funds.total)"
equal "no funds: by campaign" "{}" "$(json funds.by_campaign)"

# The rules behind the figures, one by one.
b() { ok report "$@" --format json; }
b CQDN-EVN --from 2025-01-01 --to 2025-12-31
equal "an organisation counts its own funds" 200500000 "$(json funds.total)"
b HT-CQDN --from 2025-07-01 --to 2025-07-01
equal "a fund after a move counts for the new superior only" 0 \
  "$(json funds.total)"
b HT-CX --from 2025-07-01 --to 2025-07-01
equal "... which counts it" 80000000 \
  "$(json 'funds.by_campaign."social security"')"
b HT-CX --from 2025-02-10 --to 2025-02-10
equal "a fund before the move is not the new superior's" 0 \
  "$(json funds.total)"
b HT --from 2024-01-01 --to 2025-12-31
equal "a text is normalised: one campaign, typed NFC or NFD" "$poor" \
  "$(json_each '$.funds.by_campaign' key | grep ngh)"
equal "... counting both" 257777777 "$(json "funds.by_campaign.\"$poor\"")"
b HT --from 2025-12-31 --to 2025-12-31
equal "a fund of the province itself counts for it" 300000000 \
  "$(json funds.total)"

# The summary paragraph quotes them.
ok report HT --from 2025-01-01 --to 2025-12-31 --format summary
has "summary" "$OUT" "mobilised"

# ---- large amounts add up exactly --------------------------------------------
# 94 records of 100 trillion VND and two more: 9,499,999,999,999,999 +
# 7, well past 2^53, where a double would round.
o_add QB provincial "" 2020-01-01 "Tỉnh ủy Quảng Bình"
o_add QB-VP grassroots_cell QB "" "Chi bộ Văn phòng Tỉnh ủy Quảng Bình"
for i in $(seq 94); do
  f_add QB-VP "social security" 2024-03-01 100.000.000.000.000 \
    100000000000000
done
f_add QB-VP "social security" 2024-03-02 99,999,999,999,999 99999999999999
f_add QB "new rural areas" 2024-12-31 7
expect_funds QB 2024-01-01 2024-12-31
equal "the expected sum is past 2^53" 1 $((E_TOTAL > 9007199254740992))
check_funds QB 2024-01-01 2024-12-31
check_funds QB-VP 2024-01-01 2024-12-31
check_funds QB 2024-03-02 2024-12-31
expect_funds QB 2024-01-01 2024-12-31
ok report QB --from 2024-01-01 --to 2024-12-31 --format csv
equal "CSV: the exact total" "funds,total,$E_TOTAL" \
  "$(grep '^funds,total,' <<<"$OUT" | tr -d '\r')"
ok fund list --under QB --format csv
sum=0
while IFS=, read -r _ _ _ _ amount _; do
  sum=$((sum + amount))
done < <(tail -n +2 "$T/out")
equal "the listing's amounts add up to the report's" "$E_TOTAL" "$sum"

# ---- listing -----------------------------------------------------------------
ok fund list --format csv
equal "CSV header" "id,date,org,campaign,amount,note" \
  "$(head -1 <<<"$OUT" | tr -d '\r')"
equal "every fund listed" "${#FD[@]}" "$(($(wc -l <"$T/out") - 1))"
# --under: where the report counts them, as the tree stood on their day.
lst() { # WHAT EXPECTED-IDS ARGS...: the ids listed, in order
  local what=$1 want=$2
  shift 2
  ok fund list "$@" --format json
  equal "$what" "$want" \
    "$(json_each '$' "json_extract(value, '\$.id')" | paste -sd' ')"
}
lst "under the district: EVN after its move, the school, itself" \
  "5 11 9" --under HT-CX --from 2025-01-01
lst "under the block: EVN before its move" "1 2 3 13 12 4 6 7" \
  --under HT-CQDN
lst "a cell" "2" --under STC-1
lst "a period" "7 9 8" --from 2025-10-01 --to 2025-12-31
lst "a campaign" "3 12 5 8" --campaign "social security" --under HT
lst "a campaign typed NFD" "1 9" --campaign "$nfd"
lst "nothing" "" --campaign "nothing like it"
ok fund list --under HT-CQDN --from 2025-01-01 --to 2025-12-31
# The sum grouped as the rows' amounts are (English: by ",").
sum=$((15000000 + 120500000 + 5000000 + 1000000 + 1000 + 1 + 123456))
has "table: the sum for people" "$OUT" \
  "$(sed -E ':a;s/^([0-9]+)([0-9]{3})/\1,\2/;ta' <<<"$sum") VND in 7 records"
ok fund list --under STC-1 --format json
equal "JSON: the amount is a number" "integer|15000000" \
  "$(json_each '$' "json_type(value, '\$.amount') || '|' ||
    json_extract(value, '\$.amount')")"
equal "JSON: the campaign" "new rural areas" \
  "$(json_each '$' "json_extract(value, '\$.campaign')")"
refused 1 "under: NOPE: no organisation has this code" fund list \
  --under NOPE
refused 2 "format: xml: one of table|csv|json" fund list --format xml
refused 1 "to: 2027-01-01: a date in the future" fund list --to 2027-01-01
refused 1 "to: 2025-01-01: before the first day 2025-02-01" fund list \
  --from 2025-02-01 --to 2025-01-01

# ---- a later move leaves a past report as it was -----------------------------
# CQDN-VP's funds of 2026: one before the move (stays with the block), one
# recorded before the move but dated after it (the move carries it to the
# district), one recorded after the move.
f_add CQDN-VP "social security" 2026-01-20 2.000.000 2000000
f_add CQDN-VP "social security" 2026-03-01 50.000.000 50000000
mkdir "$T/before"
for org in HT HT-CQDN HT-CX CQDN-VP; do
  ok report "$org" --from 2025-01-01 --to 2025-12-31 --format json
  cp "$T/out" "$T/before/$org.json"
done
check_funds HT-CQDN 2026-01-01 2026-06-30
o_move CQDN-VP HT-CX 2026-02-01
fund_rework
f_add CQDN-VP "new rural areas" 2026-04-01 3.000.000 3000000
for org in HT HT-CQDN HT-CX CQDN-VP; do
  ok report "$org" --from 2025-01-01 --to 2025-12-31 --format json
  same_as "$org 2025 after the 2026 move" "$T/before/$org.json"
  check_funds "$org" 2026-01-01 2026-06-30
  check_report "$org" 2026-01-01 2026-06-30
done
b HT-CX --from 2026-03-01 --to 2026-03-01
equal "the move carried the later fund to the district" 50000000 \
  "$(json funds.total)"

ok check
has "check" "$OUT" "ok"

finish
