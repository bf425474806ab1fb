# Inspection and supervision, discipline of organisations, and the votes
# behind every discipline decision (DOMAIN.md §3; issue 3, items 1 and 2):
# a small tree of two committees through a year and a half, every refusal
# with its message and the database left as it was, and the report's
# figures (oversight.*, organizations_disciplined.*, flows.disciplined.*,
# and all the others) of several organisations and periods checked against
# counts kept by this script (year_model.sh), from both engines, before and
# after a later move.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init

# ---- the model of the records of this test -----------------------------------

# section_of KIND: S = the report's section for the kind of oversight.
section_of() {
  case $1 in
  inspection) S=oversight.inspected ;;
  supervision) S=oversight.supervised ;;
  esac
}

# Each record of oversight, "id|first day|what it is about, with the
# organisations above it then", for the expected listings.
OVERSIGHTS=()

# ov_org KIND BY ORG FROM [violation] [TO]: an inspection or supervision of
# an organisation counts on FROM at the organisation's superior (a root:
# at itself) and those above it, not at the organisation itself.
ov_org() {
  local kind=$1 by=$2 org=$3 from=$4 viol=${5:-} to=${6:-}
  local args=(oversight add --kind "$kind" --by "$by" --org "$org"
    --from "$from")
  [ -n "$to" ] && args+=(--to "$to")
  [ -n "$viol" ] && args+=(--violation)
  ok "${args[@]}"
  OV=$OUT
  anc "$org" "$from"
  OVERSIGHTS+=("$OV|$from|$A")
  at PHIST "$org" "$from"
  anc "${R:-$org}" "$from"
  section_of "$kind"
  work_target "$from" "$S" organizations "$org" $A
  work "$from" "$S" records 1 $A
  [ -n "$viol" ] && work "$from" "$S" with_violations 1 $A
  return 0
}

# ov_member KIND BY HANDLE FROM [violation] [TO]: of a member, it counts on
# FROM at the cell the member was registered in and those above it.
ov_member() {
  local kind=$1 by=$2 h=$3 from=$4 viol=${5:-} to=${6:-}
  local args=(oversight add --kind "$kind" --by "$by" --member "${ID[$h]}"
    --from "$from")
  [ -n "$to" ] && args+=(--to "$to")
  [ -n "$viol" ] && args+=(--violation)
  ok "${args[@]}"
  OV=$OUT
  at CELLH "$h" "$from"
  anc "$R" "$from"
  OVERSIGHTS+=("$OV|$from|$A")
  section_of "$kind"
  work_target "$from" "$S" members "$h" $A
  work "$from" "$S" records 1 $A
  [ -n "$viol" ] && work "$from" "$S" with_violations 1 $A
  return 0
}

# od ORG FORM DATE VOTES [BY]: a discipline of an organisation counts at its
# superior on DATE (a root: at itself) and above; a dissolution also ends
# the organisation, counted as dissolved by those above it.
od() {
  local org=$1 form=$2 d=$3 votes=$4 by=${5:-}
  local args=(org discipline "$org" --form "$form" --date "$d"
    --votes "$votes" --decision "$form-$d")
  [ -n "$by" ] && args+=(--by "$by")
  ok "${args[@]}"
  at PHIST "$org" "$d"
  anc "${R:-$org}" "$d"
  work "$d" organizations_disciplined "$form" 1 $A
  work_target "$d" organizations_disciplined organizations "$org" $A
  if [ "$form" = dissolution ]; then
    flow "$d" dissolved "" $A
    hist_add PHIST "$org" "$d" ""
    ENDED[$org]=$d
  fi
}

# expect_list UNDER FROM TO: the ids `oversight list` should give, one a
# line, in the order of first day and id.
expect_list() {
  local r id d above
  for r in "${OVERSIGHTS[@]}"; do
    IFS='|' read -r id d above <<<"$r"
    [[ "$d" < "$2" || "$d" > "$3" ]] && continue
    [ -n "$1" ] && ! within "$1" "$above" && continue
    echo "$d $id"
  done | sort -k1,1 -k2,2n | cut -d' ' -f2
}

# ---- the tree and the members --------------------------------------------------

F=1980-01-01
o_add HT provincial "" $F "Tỉnh ủy Hà Tĩnh"
o_add K1 committee HT $F "Đảng bộ Khối Cơ quan và Doanh nghiệp"
o_add G1 grassroots_committee K1 $F "Đảng bộ Sở Tài chính"
o_add C11 cell G1 $F "Chi bộ Văn phòng"
o_add C12 cell G1 $F "Chi bộ Phòng Ngân sách"
o_add GC1 grassroots_cell K1 $F "Chi bộ Sở Tư pháp"
o_add GX grassroots_cell K1 $F "Chi bộ Công ty Giải thể"
o_add GY grassroots_cell K1 $F "Chi bộ Công ty Sông Lam"
o_add K2 committee HT $F "Đảng bộ thành phố Hà Tĩnh"
o_add GC2 grassroots_cell K2 $F "Chi bộ phường Bắc Hà"
o_add G2 grassroots_committee K2 $F "Đảng bộ phường Nam Hà"
o_add C21 cell G2 $F "Chi bộ khối phố 1"
o_add KNEW committee HT 2025-06-01 "Đảng bộ Khối mới"
o_add GNEW grassroots_cell K1 2025-06-01 "Chi bộ mới"

#     HANDLE CELL GENDER BORN ETH EDU THEORY KEY ADMITTED OFFICIAL POSITION NAME
m_add M1 C11 male 1975-03-01 Kinh university advanced y 2000-05-01 2001-05-01 "" "Nguyễn Văn Một"
m_add M2 C11 female 1980-04-02 Kinh university intermediate "" 2005-06-01 2006-06-01 "" "Trần Thị Hai"
m_add M3 C12 male 1970-05-03 Kinh master advanced y 1998-07-01 1999-07-01 "Trưởng phòng" "Lê Văn Ba"
m_add M4 GC1 female 1985-06-04 Tày college elementary "" 2010-08-01 2011-08-01 "" "Phạm Thị Bốn"
m_admit M5 GC1 male 1999-07-05 Kinh university none "" 2025-02-01 "Hoàng Văn Năm"
m_add M6 GC2 female 1978-08-06 Kinh university intermediate "" 2003-09-01 2004-09-01 "" "Vũ Thị Sáu"
m_add M7 C21 male 1965-09-07 Mường college elementary "" 1990-10-01 1991-10-01 "" "Đặng Văn Bảy"
m_add M8 GY female 1988-10-08 Kinh university none "" 2015-11-01 2016-11-01 "" "Bùi Thị Tám"
m_add M9 C12 male 1982-11-09 Kinh university intermediate "" 2008-12-01 2009-12-01 "" "Đỗ Văn Chín"
m_admit M10 C11 female 2000-12-10 Kinh university none "" 2025-08-01 "Ngô Thị Mười"

# ---- 2024 and 2025: oversight, discipline of organisations and of members ------

ov_org inspection K1 GC1 2024-06-01 # a year before: outside every 2025 period
ov_org inspection K1 G1 2025-03-01 violation
ID_G1=$OV
ov_org supervision K1 GC1 2025-03-01
od GC1 reprimand 2025-04-01 5/9 K1
ov_org inspection G1 C11 2025-04-15 violation # by the grassroots committee
ov_member inspection K1 M1 2025-05-10 violation
ID_M1=$OV
m_discipline M1 reprimand 2025-05-15 5/9
ov_member supervision G1 M3 2025-05-20
ov_member inspection K1 M2 2025-06-01 # in C11, then transferred to K2's GC2
od C12 warning 2025-06-15 6/10 G1
m_discipline M3 dismissal 2025-06-20 6/10
m_transfer M2 GC2 2025-07-01
ov_member supervision GC1 M4 2025-07-15 # a cell supervises its own member
ov_member supervision K2 M2 2025-08-01 violation # now counted in K2
m_discipline M6 warning 2025-08-10 7/9
ov_org inspection HT K2 2025-09-01 # counted by HT alone
m_discipline M9 expulsion 2025-09-10 5/9 6/9
ov_org supervision K2 G2 2025-09-15 violation
od G2 warning 2025-09-20 7/9 # the deciding body not recorded
od GX dissolution 2025-10-01 5/9 K1
ov_org inspection K2 C21 2025-10-05 "" 2025-11-30 # two levels down
m_discipline M5 reprimand 2025-10-10 9/9 # a probationary member
ov_org inspection K1 GY 2025-11-01 violation
m_discipline M1 warning 2025-11-11 8/9 # M1 again: one member, two decisions
od HT reprimand 2025-12-01 11/15 # the root: counted by itself
# An inspection under way on the last day, with its planned end ahead.
ov_member supervision K2 M7 2025-12-31 "" 2026-12-31
ID_M7=$OV
# The same targets again: reports count organisations and members, not
# records. G1 inspected again; M2 inspected again, after the transfer, under
# K2 (HT counts M2 once, K1 and K2 once each); GC1 disciplined twice; and an
# inspection of G1 entered late, before the two already recorded, whose
# points now carry it.
ov_org inspection K1 G1 2025-11-20
ov_member inspection K2 M2 2025-08-15
od GC1 warning 2025-11-15 6/9 K1
ov_org inspection K1 G1 2025-02-01
ok check
equal "check after 2025" ok "$OUT"

# ---- the figures of 2025, and of periods that include or exclude records -------

Y0=2025-01-01
Y1=2025-12-31
for org in HT K1 K2 G1 C11 C12 GC1 GC2 G2 C21 GY; do
  check_report "$org" $Y0 $Y1
done
for org in HT K1 K2 G1; do
  check_report "$org" 2025-01-01 2025-06-30 # the first half
  check_report "$org" 2025-07-01 $Y1        # the second
  check_report "$org" 2025-03-01 2025-03-01 # a day of records
  check_report "$org" 2025-10-01 2025-10-01 # the dissolution
  check_report "$org" 2025-03-02 2025-03-31 # a month without
  check_report "$org" 2024-01-01 2024-12-31 # the year before
done

# What the figures say, in numbers written down here by hand (the model
# above computed them too). Below K1: G1, C11 and GY inspected (all with
# violations), members M1 (a violation) and M2; GC1 supervised, members M3
# and M4 (by GC1, M4's own cell); GC1 reprimanded, GX dissolved, and C12
# warned (by G1: it counts in G1, and so in K1 too).
ok report K1 --from $Y0 --to $Y1 --format json
equal "K1 inspected organizations" 3 "$(json oversight.inspected.organizations)"
equal "K1 inspections: G1 three times, C11, GY, M1, M2" 7 \
  "$(json oversight.inspected.records)"
equal "K1 inspected members" 2 "$(json oversight.inspected.members)"
equal "K1 inspections with violations" 4 \
  "$(json oversight.inspected.with_violations)"
equal "K1 supervised organizations" 1 \
  "$(json oversight.supervised.organizations)"
equal "K1 supervised members" 2 "$(json oversight.supervised.members)"
equal "K1 reprimanded organizations" 1 \
  "$(json organizations_disciplined.reprimand)"
equal "K1 warnings of organisations: C12, GC1" 2 \
  "$(json organizations_disciplined.warning)"
equal "K1 organisations disciplined: GC1 (twice), C12, GX" 3 \
  "$(json organizations_disciplined.organizations)"
equal "K1 dissolved by discipline" 1 \
  "$(json organizations_disciplined.dissolution)"
equal "K1: the dissolution is a dissolution" 1 \
  "$(json flows.organizations.dissolved)"
equal "K1 disciplined members" 4 "$(json flows.disciplined.members)"
equal "K1 expulsions" 1 "$(json flows.disciplined.expulsion)"
# G1 does not count its own inspection, only what lies below it.
ok report G1 --from $Y0 --to $Y1 --format json
equal "G1 inspected organizations" 1 "$(json oversight.inspected.organizations)"
equal "G1: the warning of C12" 1 "$(json organizations_disciplined.warning)"
# HT counts the inspection of K2 and its own reprimand.
ok report HT --from $Y0 --to $Y1 --format json
equal "HT inspected organizations" 5 "$(json oversight.inspected.organizations)"
equal "HT inspected members: M1, M2 (twice)" 2 \
  "$(json oversight.inspected.members)"
equal "HT reprimanded organizations" 2 \
  "$(json organizations_disciplined.reprimand)"
ok report K2 --from $Y0 --to $Y1 --format json
equal "K2: not its own inspection" 1 \
  "$(json oversight.inspected.organizations)"
equal "K2: M2 supervised after the transfer" 2 \
  "$(json oversight.supervised.members)"
equal "K2: M2 inspected after the transfer" 1 \
  "$(json oversight.inspected.members)"
# The inspection of G1 entered late is the first: on 1 March G1 was
# inspected again, not for the first time in the period from 2 February.
ok report K1 --from 2025-03-01 --to 2025-03-01 --format json
equal "K1 on 1 March: G1" 1 "$(json oversight.inspected.organizations)"
ok report K1 --from 2025-02-01 --to 2025-03-01 --format json
equal "K1 from 1 February to 1 March: G1 once" 1 \
  "$(json oversight.inspected.organizations)"
equal "... in two inspections" 2 "$(json oversight.inspected.records)"
ok report HT --from $Y0 --to $Y1 --format summary
# Distinct targets, the records beside them, and each kind's violations
# with it: G1 inspected three times, M2 twice, GC1 disciplined twice.
has "summary: oversight" "$OUT" "; inspected 5 party organisations and 2 party members (10 inspections, violations found in 4); supervised 2 party organisations and 4 party members (6 supervisions, violations found in 2)"
has "summary: discipline" "$OUT" "; disciplined 5 party members and 5 party organisations."

# ---- both engines give the same bytes -------------------------------------------

for org in HT K1 K2 G1 GC1; do
  for period in "$Y0 $Y1" "2025-01-01 2025-06-30" "2025-10-01 2025-10-01"; do
    for format in json csv text; do
      same_engines "$org" $period $format
    done
  done
done

# ---- records: show, list, member show, export ----------------------------------

ok oversight show "$ID_G1"
has "show" "$OUT" "oversight $ID_G1: inspection of G1 (Đảng bộ Sở Tài chính)"
has "show: by" "$OUT" "by K1 (Đảng bộ Khối Cơ quan và Doanh nghiệp)"
has "show: violations" "$OUT" "violations found: yes"
has "show: where it counts" "$OUT" "counted at K1 on 2025-03-01"
ok oversight show "$ID_M1" --format json
equal "show json: kind" inspection "$(json kind)"
equal "show json: member" "${ID[M1]}" "$(json member)"
equal "show json: member name" "Nguyễn Văn Một" "$(json member_name)"
equal "show json: org" "" "$(json org)"
equal "show json: violation" 1 "$(json violation)"
equal "show json: counted at the cell" C11 "$(json counted_at)"
ok oversight show "$ID_M7" --format json
equal "show json: the planned end" 2026-12-31 "$(json to)"
equal "show json: no violation" 0 "$(json violation)"

ok oversight add --kind inspection --by K2 --org GC2 --from 2025-02-02 \
  --to 2025-02-20 --subject "Công tác kiểm tra, giám sát" \
  --conclusion "Thực hiện tốt; không có vi phạm"
OVERSIGHTS+=("$OUT|2025-02-02|GC2 K2 HT ")
work_target 2025-02-02 oversight.inspected organizations GC2 K2 HT
work 2025-02-02 oversight.inspected records 1 K2 HT
sub=$OUT
ok oversight show "$sub"
has "subject" "$OUT" "subject: Công tác kiểm tra, giám sát"
has "conclusion" "$OUT" "conclusion: Thực hiện tốt; không có vi phạm"
has "period" "$OUT" "from 2025-02-02 to 2025-02-20"
ok oversight list --format csv --kind inspection --under GC2
equal "list: subject and conclusion" \
  "$sub|2025-02-02|2025-02-20|K2|GC2|Công tác kiểm tra, giám sát|Thực hiện tốt; không có vi phạm|no" \
  "$(csv "SELECT id, \"from\", \"to\", by, org, subject, conclusion, violation
    FROM t WHERE org <> ''")"

# Listings: records about an organisation or those below it then, by first
# day; as the script's own record says.
for under in "" HT K1 K2 G1 C11 GC2 GY; do
  for period in "2024-01-01 2026-06-30" "$Y0 $Y1" "2025-03-01 2025-03-01" \
    "2025-07-01 2026-12-31"; do
    set -- $period
    args=(oversight list --from "$1" --to "$2" --format csv)
    [ -n "$under" ] && args+=(--under "$under")
    ok "${args[@]}"
    equal "list ${under:-all} $1..$2" "$(expect_list "$under" "$1" "$2")" \
      "$(csv "SELECT id FROM t")"
  done
done
ok oversight list --kind supervision --format csv
equal "list --kind" "supervision" "$(csv "SELECT DISTINCT kind FROM t")"
ok oversight list
has "table" "$OUT" "Violation"

ok member show "${ID[M9]}"
has "votes in the history" "$OUT" \
  "2025-09-10  disciplined (expulsion), votes 5/9, proposal 6/9"
ok member show "${ID[M3]}" --format json
equal "votes for" 6 "$(json 'history[1].votes_for')"
equal "votes total" 10 "$(json 'history[1].votes_total')"
equal "no proposal" "" "$(json 'history[1].proposal_for')"
ok export events --format csv
equal "export: the votes at the end" "expulsion|5|9|6|9" \
  "$(csv "SELECT form, votes_for, votes_total, proposal_for, proposal_total
          FROM t WHERE subject = 'member' AND id = '${ID[M9]}' AND
          event = 'disciplined'")"
equal "export: last columns" \
  "recorded_at,recorded_by,votes_for,votes_total,proposal_for,proposal_total" \
  "$(head -1 "$T/out" | tr -d '\r' | cut -d, -f20-)"

# The dissolution by discipline ended GX as `org dissolve` does.
ok org show GX
has "ended" "$OUT" "dissolved 2025-10-01"
has "history" "$OUT" "decision dissolution-2025-10-01"
refused 1 "cannot dissolve it: GX was dissolved on 2025-10-01" \
  org dissolve GX --date 2025-12-01
# The decisions are kept with the organisation, with their votes.
ok org show GX
has "org show: discipline" "$OUT" \
  "2025-10-01  dissolution by K1, votes 5/9  decision dissolution-2025-10-01"
ok org show GC1 --format json
equal "org show json: discipline" \
  "2025-04-01|reprimand|K1|5|9|reprimand-2025-04-01" \
  "$(json 'discipline[0].date')|$(json 'discipline[0].form')|$(json \
    'discipline[0].by')|$(json 'discipline[0].votes_for')|$(json \
    'discipline[0].votes_total')|$(json 'discipline[0].decision')"
ok org show G2 --format json
equal "org show json: no --by" "" "$(json 'discipline[0].by')"
equal "org show json: one decision" 1 "$(json_each '$.discipline' 'count(*)')"

# ---- refusals: oversight ---------------------------------------------------------

refused 1 "org: name an organisation or a member, one of them" \
  oversight add --kind inspection --by K1 --from 2025-03-01
refused 1 "org: name an organisation or a member, one of them" \
  oversight add --kind inspection --by K1 --org G1 --member "${ID[M1]}" \
  --from 2025-03-01
refused 2 "oversight add: --kind KIND is required" \
  oversight add --by K1 --org G1 --from 2025-03-01
refused 2 "oversight add: --by CODE is required" \
  oversight add --kind inspection --org G1 --from 2025-03-01
refused 1 "kind: audit: one of inspection or supervision" \
  oversight add --kind audit --by K1 --org G1 --from 2025-03-01
refused 1 "by: NOPE: no organisation has this code" \
  oversight add --kind inspection --by NOPE --org G1 --from 2025-03-01
refused 1 "org: NOPE: no organisation has this code" \
  oversight add --kind inspection --by K1 --org NOPE --from 2025-03-01
refused 1 "member: 9999: no member has this id or party card number" \
  oversight add --kind inspection --by K1 --member 9999 --from 2025-03-01
refused 1 "from: 2026-07-01: a date in the future (today is 2026-06-30)" \
  oversight add --kind inspection --by K1 --org G1 --from 2026-07-01
refused 1 "from: 2025-02-30: no such day" \
  oversight add --kind inspection --by K1 --org G1 --from 2025-02-30
refused 1 "to: 2025-02-28: before the first day 2025-03-01" \
  oversight add --kind inspection --by K1 --org G1 --from 2025-03-01 \
  --to 2025-02-28
refused 1 "to: 2025-13-01: no such month" \
  oversight add --kind inspection --by K1 --org G1 --from 2025-03-01 \
  --to 2025-13-01
refused 1 "cannot record the inspection of G1 by itself: an organisation is inspected, supervised and disciplined by one above it" \
  oversight add --kind inspection --by G1 --org G1 --from 2025-03-01
refused 1 "cannot record the supervision of G1 by K2 on 2025-03-01: G1 was not below K2 then; an organisation inspects, supervises and disciplines those below it" \
  oversight add --kind supervision --by K2 --org G1 --from 2025-03-01
refused 1 "cannot record the inspection of G1 by C11 on 2025-03-01: G1 was not below C11 then" \
  oversight add --kind inspection --by C11 --org G1 --from 2025-03-01
refused 1 "cannot record the inspection of HT by K1 on 2025-03-01: HT was not below K1 then" \
  oversight add --kind inspection --by K1 --org HT --from 2025-03-01
refused 1 "by: organisation KNEW did not exist yet on 2025-03-01 (founded 2025-06-01)" \
  oversight add --kind inspection --by KNEW --org GC1 --from 2025-03-01
refused 1 "organisation GNEW did not exist yet on 2025-03-01 (founded 2025-06-01)" \
  oversight add --kind inspection --by K1 --org GNEW --from 2025-03-01
refused 1 "cannot record the supervision of GNEW by KNEW on 2025-12-31: GNEW was not below KNEW then" \
  oversight add --kind supervision --by KNEW --org GNEW --from 2025-12-31
refused 1 "organisation GX was dissolved on 2025-10-01 (2025-10-01)" \
  oversight add --kind inspection --by K1 --org GX --from 2025-10-01
refused 1 "cannot record the inspection of member ${ID[M10]} on 2025-07-31: not a party member on that day" \
  oversight add --kind inspection --by K1 --member "${ID[M10]}" \
  --from 2025-07-31
refused 1 "cannot record the supervision of member ${ID[M9]} on 2025-09-10: not a party member on that day" \
  oversight add --kind supervision --by K1 --member "${ID[M9]}" \
  --from 2025-09-10
refused 1 "cannot record the inspection of member ${ID[M1]} by K2 on 2025-03-01: member ${ID[M1]} was not below K2 then" \
  oversight add --kind inspection --by K2 --member "${ID[M1]}" \
  --from 2025-03-01
refused 1 "cannot record the inspection of member ${ID[M2]} by G1 on 2025-07-01: member ${ID[M2]} was not below G1 then" \
  oversight add --kind inspection --by G1 --member "${ID[M2]}" \
  --from 2025-07-01
refused 1 "subject: longer than 500 characters" \
  oversight add --kind inspection --by K1 --org G1 --from 2025-03-01 \
  --subject "$(printf 'x%.0s' {1..501})"
refused 1 "conclusion: " \
  oversight add --kind inspection --by K1 --org G1 --from 2025-03-01 \
  --conclusion $'bad \xff byte'
refused 2 "option --violation takes no value" \
  oversight add --kind inspection --by K1 --org G1 --from 2025-03-01 \
  --violation=yes
# Listings and records that are not there.
refused 1 "kind: audit: one of inspection or supervision" oversight list --kind audit
refused 1 "under: NOPE: no organisation has this code" \
  oversight list --under NOPE
refused 1 "to: 2025-01-01: before the first day 2025-02-01" \
  oversight list --from 2025-02-01 --to 2025-01-01
refused 1 "from: 2025-02-29: no such day" oversight list --from 2025-02-29
refused 2 "format: xml: one of table|csv|json" oversight list --format xml
refused 1 "oversight: 9999: no inspection or supervision has this id" \
  oversight show 9999
for bad in abc 0 -1 1x ""; do
  refused 1 "oversight: $bad: not the id of a record (a whole number)" \
    oversight show "$bad"
done
refused 2 "format: csv: one of text|json" oversight show "$ID_G1" --format csv

# ---- refusals: discipline of organisations ---------------------------------------

refused 1 "form: censure: one of reprimand, warning or dissolution" \
  org discipline GC2 --form censure --date 2025-05-01 --votes 5/9
refused 2 "org discipline: --votes FOR/TOTAL is required" \
  org discipline GC2 --form reprimand --date 2025-05-01
refused 1 "org: NOPE: no organisation has this code" \
  org discipline NOPE --form reprimand --date 2025-05-01 --votes 5/9
refused 1 "votes: x/9: not FOR/TOTAL" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes x/9
refused 1 "votes: 7/0: no one voted" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes 7/0
refused 1 "votes: 10/9: more votes for (10) than members who voted (9)" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes 10/9
refused 1 "cannot decide the reprimand of GC2: 4 of 9 votes; a discipline decision needs more than half of the deciding body (5)" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes 4/9
refused 1 "cannot decide the warning of GC2: 5 of 10 votes; a discipline decision needs more than half of the deciding body (6)" \
  org discipline GC2 --form warning --date 2025-05-01 --votes 5/10
refused 1 "cannot decide the dissolution of GC1: 3 of 7 votes" \
  org discipline GC1 --form dissolution --date 2025-05-01 --votes 3/7
refused 1 "date: 2026-07-01: a date in the future (today is 2026-06-30)" \
  org discipline GC2 --form reprimand --date 2026-07-01 --votes 5/9
refused 1 "organisation GNEW did not exist yet on 2025-05-01 (founded 2025-06-01)" \
  org discipline GNEW --form reprimand --date 2025-05-01 --votes 5/9
refused 1 "organisation GX was dissolved on 2025-10-01 (2025-11-01)" \
  org discipline GX --form reprimand --date 2025-11-01 --votes 5/9
refused 1 "cannot record the reprimand of GC2 by itself" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes 5/9 --by GC2
refused 1 "cannot record the reprimand of GC2 by K1 on 2025-05-01: GC2 was not below K1 then" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes 5/9 --by K1
refused 1 "by: organisation KNEW did not exist yet on 2025-05-01 (founded 2025-06-01)" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes 5/9 --by KNEW
refused 1 "cannot dissolve GC1 on 2025-12-01: it still has 0 organisations and 2 members below it on or after that date; move or merge them first" \
  org discipline GC1 --form dissolution --date 2025-12-01 --votes 5/9
refused 1 "cannot dissolve G1 on 2025-12-01: it still has 2 organisations and" \
  org discipline G1 --form dissolution --date 2025-12-01 --votes 5/9 --by K1
refused 1 "decision: longer than 500 characters" \
  org discipline GC2 --form reprimand --date 2025-05-01 --votes 5/9 \
  --decision "$(printf 'x%.0s' {1..501})"

# ---- refusals: the votes of member discipline ------------------------------------

refused 2 "member discipline: --votes FOR/TOTAL is required" \
  member discipline "${ID[M4]}" --form reprimand --date 2025-12-01
for bad in x/9 7 7/ /9 "7 /9" +7/9 -1/9 7/9/1 7//9 0x7/9; do
  refused 1 "votes: $bad: not FOR/TOTAL, the votes for and the members who voted as whole numbers (e.g. 7/9)" \
    member discipline "${ID[M4]}" --form reprimand --date 2025-12-01 \
    --votes "$bad"
done
refused 1 "votes: 7/0: no one voted" \
  member discipline "${ID[M4]}" --form reprimand --date 2025-12-01 \
  --votes 7/0
refused 1 "votes: 10/9: more votes for (10) than members who voted (9)" \
  member discipline "${ID[M4]}" --form reprimand --date 2025-12-01 \
  --votes 10/9
refused 1 "votes: 1234567/9999999: more votes than any deciding body has" \
  member discipline "${ID[M4]}" --form reprimand --date 2025-12-01 \
  --votes 1234567/9999999
refused 1 "cannot decide the reprimand of member ${ID[M4]}: 4 of 9 votes; a discipline decision needs more than half of the deciding body (5)" \
  member discipline "${ID[M4]}" --form reprimand --date 2025-12-01 \
  --votes 4/9
refused 1 "cannot decide the warning of member ${ID[M4]}: 5 of 10 votes" \
  member discipline "${ID[M4]}" --form warning --date 2025-12-01 \
  --votes 5/10
# The rules of the form come first: M7 holds no post to be dismissed from.
refused 1 "cannot discipline member ${ID[M7]} with dismissal on 2025-12-01: the member holds no post" \
  member discipline "${ID[M7]}" --form dismissal --date 2025-12-01 \
  --votes 0/3
refused 1 "proposal: the expulsion of member ${ID[M4]} needs the votes of the proposal to expel, as FOR/TOTAL (e.g. 7/9)" \
  member discipline "${ID[M4]}" --form expulsion --date 2025-12-01 \
  --votes 9/9
refused 1 "cannot decide the expulsion of member ${ID[M4]}: the proposal had 5 of 9 votes; expulsion needs a proposal of at least two thirds (6)" \
  member discipline "${ID[M4]}" --form expulsion --date 2025-12-01 \
  --votes 9/9 --proposal 5/9
refused 1 "cannot decide the expulsion of member ${ID[M4]}: 4 of 9 votes; a discipline decision needs more than half of the deciding body (5)" \
  member discipline "${ID[M4]}" --form expulsion --date 2025-12-01 \
  --votes 4/9 --proposal 9/9
refused 1 "proposal: 6/x: not FOR/TOTAL" \
  member discipline "${ID[M4]}" --form expulsion --date 2025-12-01 \
  --votes 9/9 --proposal 6/x
refused 1 "proposal: 6/9: only an expulsion is decided on a proposal" \
  member discipline "${ID[M4]}" --form reprimand --date 2025-12-01 \
  --votes 9/9 --proposal 6/9
# A probationary member is never expelled, whatever the votes.
refused 1 "cannot discipline member ${ID[M10]} with expulsion on 2025-12-01: a probationary member can only be reprimanded or warned" \
  member discipline "${ID[M10]}" --form expulsion --date 2025-12-01 \
  --votes 9/9 --proposal 9/9
# The boundaries that pass: 6 of 10; two thirds exactly (6 of 9).
m_discipline M4 warning 2025-12-02 6/10
m_discipline M4 expulsion 2025-12-20 5/9 6/9

# ---- 2026: a later move keeps the past byte for byte -----------------------------

mkdir "$T/before"
for org in HT K1 K2 GY; do
  for format in json csv text; do
    ok report "$org" --from $Y0 --to $Y1 --format $format
    cp "$T/out" "$T/before/$org.$format"
  done
done
ov_org supervision K1 G1 2026-02-01
od GC2 reprimand 2026-01-15 5/9 K2
o_move GY K2 2026-03-01
o_move G1 K2 2026-04-01
for org in HT K1 K2 GY; do
  for format in json csv text; do
    ok report "$org" --from $Y0 --to $Y1 --format $format
    same_as "$org 2025 $format after the moves" "$T/before/$org.$format"
    ok report "$org" --from $Y0 --to $Y1 --format $format --engine direct
    same_as "$org 2025 $format after the moves, direct" \
      "$T/before/$org.$format"
  done
done
# After the move, GY is K2's to inspect, no longer K1's.
refused 1 "cannot record the inspection of GY by K1 on 2026-03-01: GY was not below K1 then" \
  oversight add --kind inspection --by K1 --org GY --from 2026-03-01
ov_org inspection K2 GY 2026-03-01 violation
ov_member supervision K2 M8 2026-03-02
# A record of 2025 made late counts where it happened: in K1.
ov_org supervision K1 GY 2025-12-10
ov_member inspection K1 M3 2025-12-11 # G1 was K1's then
od G1 reprimand 2026-04-01 9/11 K2    # the day G1 came to K2
refused 1 "cannot dissolve GY on 2026-02-01: it was moved on 2026-03-01, and changes of an organisation are recorded in date order" \
  org discipline GY --form dissolution --date 2026-02-01 --votes 5/9
for org in HT K1 K2 G1 GY C12; do
  check_report "$org" $Y0 $Y1
  check_report "$org" 2026-01-01 2026-06-30
  check_report "$org" 2025-01-01 2026-06-30
done
for org in HT K1 K2 G1; do
  for format in json csv; do
    ok report "$org" --from 2026-01-01 --to 2026-06-30 --format $format
    cp "$T/out" "$T/auto"
    ok report "$org" --from 2026-01-01 --to 2026-06-30 --format $format \
      --engine direct
    same_as "$org 2026 $format: direct = auto" "$T/auto"
  done
done
for period in "$Y0 $Y1" "2026-01-01 2026-06-30"; do
  set -- $period
  for under in K1 K2 G1; do
    ok oversight list --from "$1" --to "$2" --under $under --format csv
    equal "list $under $1..$2 after the moves" \
      "$(expect_list "$under" "$1" "$2")" "$(csv "SELECT id FROM t")"
  done
done

ok check
equal "check at the end" ok "$OUT"

finish
