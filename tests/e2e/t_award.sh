# Awards to members and to organisations, party badges among them
# (DOMAIN.md §2, §4; issue 3, item 4; docs/assess.md), on the block of
# year_2025.sh: every rule and refusal (with its message, the database left
# as it was), the listing, `member badges` showing what was awarded, and
# the report's awards.* figures (and all the others) of several
# organisations and periods against counts kept by this script
# (year_model.sh), from both engines, before and after a later move.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init
. "$here/year_2025.sh"

# ---- the model: every award, and where it counts -------------------------------
#
# By id: the date (WD), "members" or "collectives" and the kind (WK), the
# organisations it counts for (WL: the place and those above it on the
# day) and those it is listed under (WU).
declare -A WD=() WK=() WL=() WU=()
AWARDS=()

# aw_m HANDLE KIND DATE [ARGS...]: `award add` to a member, by the block;
# it counts at the member's cell on the day.
aw_m() {
  local h=$1 kind=$2 d=$3
  shift 3
  ok award add --member "${ID[$h]}" --kind "$kind" --title "Bằng khen $kind" \
    --by HT-CQDN --date "$d" "$@"
  AW=$OUT
  AWARDS+=("$AW")
  WD[$AW]=$d
  WK[$AW]="members $kind"
  at CELLH "$h" "$d"
  anc "$R" "$d"
  WL[$AW]=$A
  WU[$AW]=$A
}

# aw_o CODE KIND DATE [ARGS...]: to an organisation, by the province; it
# counts at its superior on the day (a root: at itself).
aw_o() {
  local o=$1 kind=$2 d=$3
  shift 3
  ok award add --org "$o" --kind "$kind" --title "Cờ thi đua $kind" --by HT \
    --date "$d" "$@"
  AW=$OUT
  AWARDS+=("$AW")
  WD[$AW]=$d
  WK[$AW]="collectives $kind"
  at PHIST "$o" "$d"
  anc "${R:-$o}" "$d"
  WL[$AW]=$A
  anc "$o" "$d"
  WU[$AW]=$A
}

rebuild_work() {
  local id
  : >"$WORK"
  for id in "${AWARDS[@]}"; do
    work "${WD[$id]}" "awards.${WK[$id]% *}" "${WK[$id]#* }" 1 ${WL[$id]}
  done
}

# expect_list UNDER FROM TO KIND: the ids `award list` should give, by
# date and id.
expect_list() {
  local id
  for id in "${AWARDS[@]}"; do
    [[ "${WD[$id]}" < "$2" || "${WD[$id]}" > "$3" ]] && continue
    [ -n "$1" ] && ! within "$1" "${WU[$id]}" && continue
    [ -n "$4" ] && [ "$4" != "${WK[$id]#* }" ] && continue
    echo "${WD[$id]} $id"
  done | sort -k1,1 -k2,2n | cut -d' ' -f2
}

list_is() { # WHAT UNDER FROM TO KIND
  local args=(award list --format csv --from "$3" --to "$4")
  [ -n "$2" ] && args+=(--under "$2")
  [ -n "$5" ] && args+=(--kind "$5")
  ok "${args[@]}"
  equal "$1" "$(expect_list "$2" "$3" "$4" "$5")" "$(csv "SELECT id FROM t")"
}

# ---- awards ----------------------------------------------------------------------
aw_m M01 merit 2024-05-01 --decision "123-QĐ/ĐU"
aw_m M38 order 2024-09-02 # in the power company, then in the block
aw_o CQDN-EVN flag 2024-12-31
aw_m M09 merit 2025-03-01
aw_o CQDN-EVN merit 2025-03-01
aw_o STC-3 other 2025-03-01 # a cell: at its grassroots committee
aw_m M09 other 2025-08-01 # the power company is the district's now
aw_o CQDN-EVN merit 2025-08-01
aw_o HT flag 2025-09-01 # the root, by itself
aw_m M22 merit 2025-11-01 # moved to Nghệ An in October
aw_o CX-TH order 2025-12-31
aw_m M31 flag 2025-01-01 # from the district to the block on that day

# Party badges: at a milestone of party age, to an official member.
aw_m M38 badge 2020-06-01 --years 30 # due 2020-05-19
aw_m M24 badge 2022-01-10 --years 50 # due that day
aw_m M01 badge 2025-07-01 --years 30 # due 2025-06-10
aw_m M33 badge 2026-03-01 --years 30 --early # due 2026-11-11
ok check
equal "check" ok "$OUT"

ok award list --format csv
equal "the list: every award, by date" "$(expect_list "" 0000 9999 "")" \
  "$(csv "SELECT id FROM t")"
equal "a member's award" \
  "merit||${ID[M01]}||Nguyễn Văn An|HT-CQDN|123-QĐ/ĐU|STC-1|Bằng khen merit" \
  "$(csv "SELECT kind || '|' || years || '|' || member || '|' || org || '|' ||
    name || '|' || by || '|' || decision || '|' || place || '|' || title
    FROM t WHERE date = '2024-05-01'")"
equal "an organisation's award, by the province, at the block" \
  "flag|CQDN-EVN|Đảng bộ Công ty Điện lực|HT|HT-CQDN" \
  "$(csv "SELECT kind || '|' || org || '|' || name || '|' || by || '|' ||
    place FROM t WHERE date = '2024-12-31'")"
equal "a badge's milestone" "30|STC-2" \
  "$(csv "SELECT years || '|' || place FROM t WHERE date = '2026-03-01'")"
list_is "2025" "" 2025-01-01 2025-12-31 ""
list_is "under the block in 2025: the power company until July" \
  HT-CQDN 2025-01-01 2025-12-31 ""
list_is "under the district: the power company from July" \
  HT-CX 2024-01-01 2026-06-30 ""
list_is "under the power company: itself and its members" \
  CQDN-EVN 2024-01-01 2026-06-30 ""
list_is "under the committee: the merged cell" CQDN-STC 2025-01-01 2025-12-31 ""
list_is "under Nghệ An" NA 2025-01-01 2025-12-31 ""
list_is "badges" "" 2000-01-01 2026-06-30 badge
list_is "merit in the first half of 2025" "" 2025-01-01 2025-06-30 merit
list_is "one day" "" 2025-03-01 2025-03-01 ""
ok award list --from 2025-03-01 --to 2025-03-01 --format json
equal "json: numbers and nulls" "null|null" \
  "$(json_each '$' "CASE WHEN value ->> 'org' = 'STC-3' THEN
    json_quote(value -> 'member') || '|' || json_quote(value -> 'years') END" |
    grep -v '^$')"
ok award list --kind badge
has "table" "$OUT" "badge     30  Bằng khen badge"

# ---- member badges: what was awarded ----------------------------------------------
badges_is() { # WHAT FROM TO EXPECTED: "id|years|due|awarded" by id
  ok member badges --from "$2" --to "$3" --format csv
  equal "$1" "$4" "$(csv "SELECT id || '|' || years || '|' || due || '|' ||
    awarded FROM t ORDER BY CAST(id AS INTEGER)")"
}
badges_is "2025: M01 awarded, M44 not yet" 2025-01-01 2025-12-31 \
  "$(printf '%s\n' "${ID[M01]}|30|2025-06-10|2025-07-01" \
    "${ID[M44]}|40|2025-06-10|" | sort -t'|' -k1,1n)"
badges_is "2026: M33, awarded early" 2026-01-01 2026-12-31 \
  "${ID[M33]}|30|2026-11-11|2026-03-01"
badges_is "2020: M38" 2020-01-01 2020-12-31 "${ID[M38]}|30|2020-05-19|2020-06-01"
ok member badges --from 2022-01-01 --to 2022-12-31
has "badges table: the awarded column" "$OUT" "Earliest    Awarded"
has "badges table: the date" "$OUT" "2021-01-10  2022-01-10"

# ---- refusals ---------------------------------------------------------------------
m=${ID[M02]}
add() { # ARGS...: award add with a title, by the block
  refused 1 "$1" award add --title "Bằng khen" --by HT-CQDN "${@:2}"
}
add "kind: prize: one of merit, flag, order, badge or other" \
  --member "$m" --kind prize --date 2025-01-01
add "date: 2026-07-01: a date in the future (today is 2026-06-30)" \
  --member "$m" --kind merit --date 2026-07-01
add "date: 2025-02-30: " --member "$m" --kind merit --date 2025-02-30
add "org: STC-1: an award goes to a member or to an organisation, not both" \
  --member "$m" --org STC-1 --kind merit --date 2025-01-01
add "member: a member (id or party card number) or an organisation (org) is needed" \
  --kind merit --date 2025-01-01
add "member: 99999: no member has this id or party card number" \
  --member 99999 --kind merit --date 2025-01-01
add "org: NOPE: no organisation has this code" \
  --org NOPE --kind merit --date 2025-01-01
add "cannot award member ${ID[N1]} on 2025-01-01: not a party member on that day" \
  --member "${ID[N1]}" --kind merit --date 2025-01-01
add "cannot award member ${ID[M10]} on 2025-06-01: not a party member on that day" \
  --member "${ID[M10]}" --kind merit --date 2025-06-01
add "organisation CQDN-MT did not exist yet on 2025-01-01 (founded 2025-03-01)" \
  --org CQDN-MT --kind merit --date 2025-01-01
add "organisation CQDN-KS was dissolved on 2025-06-30 (2025-07-01)" \
  --org CQDN-KS --kind merit --date 2025-07-01
add "years: goes with party badges (kind badge), not with kind merit" \
  --member "$m" --kind merit --date 2025-01-01 --years 30
add "early: goes with party badges (kind badge), not with kind order" \
  --member "$m" --kind order --date 2025-01-01 --early
add "years: a party badge needs its milestone (years)" \
  --member "${ID[M01]}" --kind badge --date 2025-07-01
for bad in 35 25 100 abc 3O -30; do
  add "years: $bad: one of 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 or 90" \
    --member "${ID[M01]}" --kind badge --date 2025-07-01 --years "$bad"
done
add "cannot award a party badge to organisation STC-1: party badges go to members" \
  --org STC-1 --kind badge --date 2025-07-01 --years 30
add "cannot award the 30-year party badge to member ${ID[M28]} on 2025-06-01: not an official member on that day" \
  --member "${ID[M28]}" --kind badge --date 2025-06-01 --years 30
add "cannot award the 40-year party badge to member ${ID[M44]} on 2025-06-09: party age reaches 40 years on 2025-06-10; a seriously ill member may receive it early, from 2024-06-10" \
  --member "${ID[M44]}" --kind badge --date 2025-06-09 --years 40
add "cannot award the 30-year party badge to member ${ID[M09]} on 2026-06-01, even early: the earliest is 2027-02-03, 12 months before it is due on 2028-02-03" \
  --member "${ID[M09]}" --kind badge --date 2026-06-01 --years 30 --early
add "cannot award the 30-year party badge to member ${ID[M01]} again: it was awarded on 2025-07-01" \
  --member "${ID[M01]}" --kind badge --date 2026-01-01 --years 30
refused 1 "title: must not be empty" award add --member "$m" --kind merit \
  --title " " --by HT-CQDN --date 2025-01-01
refused 1 "title: longer than 200 characters" award add --member "$m" \
  --kind merit --title "$(printf 'đ%.0s' {1..201})" --by HT-CQDN \
  --date 2025-01-01
refused 1 "by: NOPE: no organisation has this code" award add --member "$m" \
  --kind merit --title "Bằng khen" --by NOPE --date 2025-01-01
refused 1 "organisation CQDN-MT did not exist yet on 2025-01-01 (founded 2025-03-01)" \
  award add --member "$m" --kind merit --title "Bằng khen" --by CQDN-MT \
  --date 2025-01-01
refused 2 "award add: --kind KIND is required" award add --member "$m" \
  --title "Bằng khen" --by HT-CQDN --date 2025-01-01
refused 1 "kind: prize: one of merit, flag, order, badge or other" award list --kind prize
refused 1 "to: 2025-01-01: before the first day 2025-02-01" award list \
  --from 2025-02-01 --to 2025-01-01
refused 1 "from: 2027-01-01: a date in the future" award list --from 2027-01-01
refused 1 "under: NOPE: no organisation has this code" award list --under NOPE

# ---- the report -----------------------------------------------------------------------
rebuild_work
Y0=2025-01-01
Y1=2025-12-31
for org in HT HT-CQDN HT-CX CQDN-EVN EVN-1 CQDN-STC STC-2 CX-TH NA; do
  check_report "$org" 2024-01-01 2024-12-31
  check_report "$org" $Y0 $Y1
done
for org in HT HT-CQDN HT-CX CQDN-EVN; do
  check_report "$org" 2025-03-01 2025-03-01 # a day of awards
  check_report "$org" 2025-03-02 2025-07-31 # none but a badge
  check_report "$org" 2025-07-01 $Y1        # after the move
  check_report "$org" 2020-01-01 2022-12-31 # the badges of the past
done
# In numbers written down by hand (the model computed them too).
ok report HT-CQDN --from $Y0 --to $Y1 --format json
equal "block 2025: merit to members (M09 in March)" 1 \
  "$(json awards.members.merit)"
equal "block 2025: flags to members (M31 on 1 January)" 1 \
  "$(json awards.members.flag)"
equal "block 2025: badges (M01)" 1 "$(json awards.members.badge)"
equal "block 2025: merit to collectives (CQDN-EVN in March)" 1 \
  "$(json awards.collectives.merit)"
equal "block 2025: other to collectives (STC-3)" 1 \
  "$(json awards.collectives.other)"
ok report HT-CX --from $Y0 --to $Y1 --format json
equal "district 2025: CQDN-EVN's merit in August, CX-TH's order" 1 \
  "$(json awards.collectives.merit)"
equal "district 2025: CX-TH's order" 1 "$(json awards.collectives.order)"
equal "district 2025: M09's other in August" 1 "$(json awards.members.other)"
ok report HT --from $Y0 --to $Y1 --format json
equal "province 2025: its own flag" 1 "$(json awards.collectives.flag)"
ok report CQDN-EVN --from 2024-01-01 --to 2024-12-31 --format json
equal "CQDN-EVN 2024: not its own flag" 0 "$(json awards.collectives.flag)"
equal "CQDN-EVN 2024: M38's order" 1 "$(json awards.members.order)"
ok report HT-CQDN --from 2024-01-01 --to 2024-12-31 --format summary
has "summary" "$OUT" "Members received 2 awards and collectives 1."

for org in HT HT-CQDN HT-CX CQDN-EVN CX-TH; do
  for period in "2024-01-01 2024-12-31" "$Y0 $Y1" "2025-03-01 2025-03-01"; do
    for format in json csv; do
      same_engines "$org" $period $format
    done
  done
done

# ---- a later move keeps the past ----------------------------------------------------
mkdir "$T/before"
for org in HT HT-CQDN HT-CX CQDN-STC; do
  for y in 2024 2025; do
    ok report "$org" --from $y-01-01 --to $y-12-31 --format json
    cp "$T/out" "$T/before/$org.$y"
  done
done
ok award list --under HT-CQDN --to 2025-12-31 --format csv
cp "$T/out" "$T/before/list"
o_move CQDN-STC HT-CX 2026-02-01
# WL and WU of the badge of 2026-03-01 follow the move (awards of the past
# do not): recompute them for awards after it.
for id in "${AWARDS[@]}"; do
  [[ "${WD[$id]}" < 2026-02-01 ]] && continue
  anc STC-2 "${WD[$id]}"
  WL[$id]=$A
  WU[$id]=$A
done
aw_o CQDN-STC merit 2026-04-01 # at the district now
for org in HT HT-CQDN HT-CX CQDN-STC; do
  for y in 2024 2025; do
    ok report "$org" --from $y-01-01 --to $y-12-31 --format json
    same_as "$org $y after the move" "$T/before/$org.$y"
    ok report "$org" --from $y-01-01 --to $y-12-31 --format json \
      --engine direct
    same_as "$org $y after the move (direct)" "$T/before/$org.$y"
  done
done
ok award list --under HT-CQDN --to 2025-12-31 --format csv
same_as "the list under the block after the move" "$T/before/list"
rebuild_work
for org in HT HT-CQDN HT-CX CQDN-STC; do
  check_report "$org" 2026-01-01 2026-06-30
done
list_is "2026 under the district" HT-CX 2026-01-01 2026-06-30 ""

ok check
equal "check at the end" ok "$OUT"
finish
