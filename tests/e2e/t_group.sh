# Groupings (DOMAIN.md §1, §7): members over time, which organisations may
# join and which overlap is refused, the report of a grouping — the sum of
# its members' reports on --to, added up here from their own JSON reports
# and from the script's record of funds —, conferences and the rotating
# flag handed from member to member, outstanding models, every refusal
# with its message and the database unchanged, and past reports unchanged
# by later moves and departures.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"
. "$here/fund_model.sh"

ok init
. "$here/year_2025.sh"

# ---- more provinces ----------------------------------------------------------
# Hà Tĩnh (HT) and Nghệ An (NA) come from year_2025.sh; Quảng Trị and
# Quảng Bình join them in the North Central block; Quảng Nam stays out.
o_add QT provincial "" 1945-03-01 "Tỉnh ủy Quảng Trị"
o_add QT-CQ committee QT 1990-01-01 "Đảng bộ Khối các cơ quan tỉnh Quảng Trị"
o_add QT-VP grassroots_cell QT-CQ "" "Chi bộ Văn phòng Khối"
o_add QB provincial "" 1945-03-01 "Tỉnh ủy Quảng Bình"
o_add QB-VP grassroots_cell QB "" "Chi bộ Văn phòng Tỉnh ủy Quảng Bình"
o_add QN provincial "" 1997-01-01 "Tỉnh ủy Quảng Nam"
o_add QN-VP grassroots_cell QN "" "Chi bộ Văn phòng Tỉnh ủy Quảng Nam"
o_add NEW provincial "" 2025-06-01 "Tỉnh ủy mới"

while IFS='|' read -r h cell g born eth edu th key adm off pos name; do
  m_add "$h" "$cell" "$g" "$born" "$eth" "$edu" "$th" "$key" "$adm" "$off" \
    "$pos" "$name"
done <<'EOF'
Q01|QT-VP|male|1980-02-02|Bru-Vân Kiều|university|intermediate||2005-01-03|2006-01-03||Hồ Văn Ba
Q02|QT-VP|female|1990-03-03|Kinh|college|none||2015-04-06|2016-04-06||Lê Thị Cúc
Q03|QB-VP|female|1985-05-05|Kinh|university|advanced|key|2008-07-07|2009-07-07|Chánh Văn phòng|Trương Thị Diệu
Q04|QB-VP|male|1995-06-06|Chứt||||2024-02-01|||Đinh Văn Én
Q05|QN-VP|male|1970-07-07|Kinh|university|advanced||1998-08-08|1999-08-08||Phan Văn Giáp
EOF
m_admit Q07 QT-VP male 1999-09-09 Kinh university "" "" 2025-03-03 \
  "Lê Văn Khải" # before QT joins the block
m_admit Q06 QT-VP female 2001-01-01 "Bru-Vân Kiều" college "" "" 2025-08-01 \
  "Hồ Thị Hoa"
m_transfer Q02 QB-VP 2025-08-15 # from one member of the block to another
m_leave Q05 resign 2025-09-01

# Funds across the provinces, one campaign shared by several.
f_add HT "social security" 2025-03-01 100.000.000 100000000
f_add HT-CX "education" 2024-11-11 1.000.000 1000000
f_add NA-VP "social security" 2025-04-01 20.000.000 20000000
f_add QT-VP "new rural areas" 2025-09-09 30,000,000 30000000
f_add QB "social security" 2025-05-05 45.000.000 45000000
f_add QB-VP "Vì người nghèo" 2025-11-30 5000000
f_add QN-VP "social security" 2025-05-05 9.000.000 9000000

# ---- the script's record of groupings ----------------------------------------
# GSPAN[G] = "ORG:FROM:TO " per stretch of membership, TO 9999-12-31 while
# it goes on.
declare -A GSPAN=()
g_join() { # G ORG DATE
  ok group join "$1" --org "$2" --date "$3"
  GSPAN[$1]+="$2:$3:9999-12-31 "
}
g_leave() { # G ORG DATE
  ok group leave "$1" --org "$2" --date "$3"
  GSPAN[$1]=$(sed "s/\b$2:\([0-9-]*\):9999-12-31 /$2:\1:$3 /" <<<"${GSPAN[$1]}")
}
# members_at G DATE: GM = the members on DATE, by code.
members_at() {
  local s o f t
  GM=$(for s in ${GSPAN[$1]:-}; do
    IFS=: read -r o f t <<<"$s"
    [[ ! "$f" > "$2" && "$t" > "$2" ]] && echo "$o"
  done | LC_ALL=C sort | paste -sd' ')
}

# ---- groupings and their members ---------------------------------------------
ok group add NC --name "Khối thi đua các tỉnh Bắc Trung Bộ" --kind region
ok group add CL --name "Cụm thi đua số 2" --kind cluster
refused 1 "code: nc: already the code of a grouping (Khối thi đua" \
  group add nc --name x --kind cluster
refused 1 "code: -x: a code is 1 to 32 letters" group add -x --name x \
  --kind cluster
refused 1 "kind: block: one of region or cluster" group add X --name x --kind block
refused 1 "name: must not be empty" group add X --name " " --kind region
refused 2 "group add: --kind KIND is required" group add X --name x

g_join NC HT 2024-01-01
g_join NC NA 2024-01-01
g_join NC QB 2024-01-01
g_join NC QT 2025-07-01
g_join CL HT-CQDN 2024-01-01
g_join CL HT-CX 2024-01-01

refused 1 "group: NOPE: no grouping has this code" group join NOPE \
  --org HT --date 2025-01-01
refused 1 "org: NOPE: no organisation has this code" group join NC \
  --org NOPE --date 2025-01-01
refused 1 "cannot join CQDN-VP to NC: CQDN-VP is a grassroots_cell; the \
members of a grouping are provincial committees and committees" group join \
  NC --org CQDN-VP --date 2025-01-01
refused 1 "cannot join STC-1 to CL: STC-1 is a cell;" group join CL \
  --org STC-1 --date 2025-01-01
refused 1 "cannot join HT to NC on 2025-01-01: it is a member already \
(since 2024-01-01)" group join NC --org HT --date 2025-01-01
refused 1 "cannot join QT to NC on 2025-03-01: it is a member from \
2025-07-01, and stretches of membership must not overlap" group join NC \
  --org QT --date 2025-03-01
refused 1 "cannot join HT-CQDN to NC on 2025-01-01: HT-CQDN is below HT, a \
member of NC, on or after that day; a grouping's members must not overlap \
(their figures would count twice)" group join NC --org HT-CQDN \
  --date 2025-01-01
refused 1 "cannot join HT to CL on 2025-01-01: HT-CQDN, a member of CL, is \
below HT on or after that day" group join CL --org HT --date 2025-01-01
# Overlap after the day counts too: QT-CQ is below no member on 1
# January, but its province joins in July.
refused 1 "cannot join QT-CQ to NC on 2025-01-01: QT-CQ is below QT, a \
member of NC, on or after that day" group join NC --org QT-CQ \
  --date 2025-01-01
refused 1 "organisation NEW did not exist yet on 2025-05-31 (founded \
2025-06-01)" group join NC --org NEW --date 2025-05-31
refused 1 "date: 2026-07-01: a date in the future" group join NC --org QN \
  --date 2026-07-01
refused 2 "group join: --date DATE is required" group join NC --org QN

# ---- conferences and the rotating flag ---------------------------------------
conf() { # ARGS...: `conference add`; C = the new id
  ok conference add "$@"
  C=$OUT
}
# The block committee's anniversary, a conference of one organisation.
conf --host HT-CQDN --date 2024-05-10 --kind anniversary \
  --theme "65 năm thành lập Đảng bộ Khối (10/5/1959 – 10/5/2024)" \
  --delegates 300 --papers 12
C0=$C
# The first host holds the flag without a handover.
conf --group NC --host HT --date 2024-06-20 --kind review \
  --theme "Sơ kết 6 tháng đầu năm 2024" --delegates 120
C1=$C
conf --group NC --host HT --date 2024-12-15 --kind review \
  --theme "Tổng kết năm 2024, phương hướng năm 2025" --delegates 150 \
  --papers 20 --flag-to NA
C2=$C
refused 1 "flag-to: QB cannot hand the flag of NC to HT on 2025-03-01: NA \
holds it; only its holder hands it on" conference add --group NC --host QB \
  --date 2025-03-01 --kind workshop --theme x --flag-to HT
conf --group NC --host NA --date 2025-06-10 --kind workshop \
  --theme "Hội thảo chất lượng sinh hoạt chi bộ" --papers 20 --flag-to QB
C3=$C
# A conference recorded late that hands the flag away before a later
# handover by its holder breaks the chain.
refused 1 "cannot record this conference of NC: HT would then hold the flag \
on 2025-06-10, when NA hands it to QB at conference $C3; only its holder \
hands it on" conference add --group NC --host NA --date 2025-01-10 \
  --kind other --theme x --flag-to HT
refused 1 "flag-to: QT is not a member of NC on 2025-06-30 (members: HT, \
NA, QB)" conference add --group NC --host QB --date 2025-06-30 \
  --kind review --theme x --flag-to QT
refused 1 "host: QN is not a member of NC on 2025-06-30 (members: HT, NA, \
QB)" conference add --group NC --host QN --date 2025-06-30 --kind review \
  --theme x
refused 1 "flag-to: QB: the host hands the flag to another member of NC" \
  conference add --group NC --host QB --date 2025-08-01 --kind review \
  --theme x --flag-to QB
refused 1 "flag-to: NA: the rotating flag is a grouping's: name the grouping too" conference add \
  --host HT --date 2025-08-01 --kind review --theme x --flag-to NA
refused 1 "kind: congress: one of review, workshop, anniversary or other" \
  conference add --host HT --date 2025-08-01 --kind congress --theme x
refused 1 "theme: must not be empty" conference add --host HT \
  --date 2025-08-01 --kind review --theme ""
for bad in -1 abc 1.5 1000001 12345678; do
  refused 1 "delegates: $bad: a whole number from 0 to 1000000" \
    conference add --host HT --date 2025-08-01 --kind review --theme x \
    --delegates "$bad"
done
refused 1 "papers: x: a whole number from 0 to 1000000" conference add \
  --host HT --date 2025-08-01 --kind review --theme x --papers x
refused 1 "organisation CQDN-KS was dissolved on 2025-06-30" conference add \
  --host CQDN-KS --date 2025-07-01 --kind review --theme x
refused 1 "group: NOPE: no grouping has this code" conference add \
  --group NOPE --host HT --date 2025-08-01 --kind review --theme x
conf --group NC --host QB --date 2025-09-20 --kind review \
  --theme "Sơ kết 9 tháng" --delegates 0 --flag-to QT
C4=$C

# ---- outstanding models ------------------------------------------------------
model() { # ARGS...: `model add`; MD = the new id
  ok model add --group NC "$@"
  MD=$OUT
}
model --org CQDN-VP --title "Chi bộ trong sạch, vững mạnh tiêu biểu" \
  --date 2025-05-01
model --member "${ID[M01]}" --title "Đảng viên tiêu biểu" --date 2025-05-01
model --member "${ID[M22]}" --title "Đảng viên tiêu biểu" --date 2025-11-01
model --org QT-CQ --title "Đảng bộ tiêu biểu" --date 2025-08-01
model --org QB --title "Tỉnh ủy tiêu biểu" --date 2025-09-25
MQB=$MD
model --org HT --title "Mô hình dân vận khéo" --date 2024-12-01
refused 1 "cannot name QT-CQ an outstanding model of NC on 2025-06-01: it is \
not within a member of NC on that day (members: HT, NA, QB)" model add \
  --group NC --org QT-CQ --title x --date 2025-06-01
refused 1 "cannot name QN-VP an outstanding model of NC on 2025-06-01" \
  model add --group NC --org QN-VP --title x --date 2025-06-01
refused 1 "cannot name member ${ID[Q05]} (Phan Văn Giáp) an outstanding \
model of NC on 2025-06-01: it is not within a member of NC" model add \
  --group NC --member "${ID[Q05]}" --title x --date 2025-06-01
refused 1 "member: ${ID[N4]} (Giáp Văn Tú) was not a party member on \
2025-12-01" model add --group NC --member "${ID[N4]}" --title x \
  --date 2025-12-01
refused 1 "member: ${ID[Q05]} (Phan Văn Giáp) was not a party member on \
2025-09-01" model add --group NC --member "${ID[Q05]}" --title x \
  --date 2025-09-01
refused 1 "org: name an organisation or a member, one of them" model \
  add --group NC --title x --date 2025-06-01
refused 1 "org: name an organisation or a member, one of them" model \
  add --group NC --org HT --member 1 --title x --date 2025-06-01
refused 1 "organisation CQDN-KS was dissolved on 2025-06-30" model add \
  --group NC --org CQDN-KS --title x --date 2025-07-01
refused 1 "title: must not be empty" model add --group NC --org HT \
  --title "" --date 2025-06-01
refused 1 "member: 99999: no member has this id" model add --group NC \
  --member 99999 --title x --date 2025-06-01

ok model list --group NC --year 2025
has "model list: the count a review quotes" "$OUT" \
  "5 outstanding models of Khối thi đua các tỉnh Bắc Trung Bộ in 2025"
ok model list --group NC --format csv
equal "model list: every model" 6 "$(($(wc -l <"$T/out") - 1))"
equal "model list: by date" "$MQB" "$(csv "SELECT id FROM t WHERE org = 'QB'")"
equal "model list: a member's name" "Nguyễn Văn An" \
  "$(csv "SELECT name FROM t WHERE member = '${ID[M01]}'")"
ok model list --group CL --year 2025
has "model list: none" "$OUT" "0 outstanding models of Cụm thi đua số 2"
refused 1 "year: 25: a year (YYYY), from 1930, when the party was founded" model list --group NC --year 25
refused 2 "model list: --group CODE is required" model list

# ---- leaving -----------------------------------------------------------------
refused 1 "cannot take QB out of NC on 2025-09-01: it is the host at \
conference $C4 of NC on 2025-09-20" group leave NC --org QB --date 2025-09-01
refused 1 "cannot take QT out of NC on 2025-09-01: it receives the flag at \
conference $C4 of NC on 2025-09-20" group leave NC --org QT --date 2025-09-01
refused 1 "cannot take QB out of NC on 2025-09-25: the outstanding model \
$MQB (Tỉnh ủy tiêu biểu) of 2025-09-25 is within it" group leave NC \
  --org QB --date 2025-09-25
refused 1 "cannot take QN out of NC on 2025-09-25: it is not a member then" \
  group leave NC --org QN --date 2025-09-25
refused 1 "cannot take QT out of NC on 2025-07-01: it joins on that day" \
  group leave NC --org QT --date 2025-07-01
refused 1 "cannot take HT out of NC on 2023-12-31: it is not a member then" \
  group leave NC --org HT --date 2023-12-31
g_leave NC QB 2025-10-01
refused 1 "cannot take QB out of NC on 2025-11-01: it is not a member then" \
  group leave NC --org QB --date 2025-11-01

# ---- show and list -----------------------------------------------------------
# show G DATE: the JSON form on DATE.
show() { ok group show "$1" --at "$2" --format json; }
flag_on() { # WHEN HOLDER SINCE
  show NC "$1"
  equal "flag on $1" "$2|$3" \
    "$(json flag.holder)|$(json flag.since)"
}
flag_on 2024-06-01 "" ""
flag_on 2024-06-20 HT 2024-06-20
flag_on 2024-12-14 HT 2024-06-20
flag_on 2024-12-15 NA 2024-12-15
flag_on 2025-06-10 QB 2025-06-10
flag_on 2025-12-31 QT 2025-09-20
show NC 2025-09-30
equal "members on a day, by date joined" "HT NA QB QT" \
  "$(json_each '$.members' "json_extract(value, '\$.code')" | paste -sd' ')"
show NC 2025-12-31
equal "members after a departure" "HT NA QT" \
  "$(json_each '$.members' "json_extract(value, '\$.code')" | paste -sd' ')"
equal "a member's name and since" "Tỉnh ủy Quảng Trị|2025-07-01" \
  "$(json_each '$.members' "json_extract(value, '\$.name') || '|' ||
    json_extract(value, '\$.since')" | tail -1)"
equal "history" "2024-01-01 HT joined|2024-01-01 NA joined|2024-01-01 QB \
joined|2025-07-01 QT joined|2025-10-01 QB left" \
  "$(json_each '$.history' "json_extract(value, '\$.date') || ' ' ||
    json_extract(value, '\$.org') || ' ' || json_extract(value, '\$.event')" |
    paste -sd'|')"
equal "conferences up to the day" "$C1 $C2 $C3 $C4" \
  "$(json_each '$.conferences' "json_extract(value, '\$.id')" | paste -sd' ')"
equal "a conference's counts" "150|20|NA" \
  "$(json_each '$.conferences' "json_extract(value, '\$.delegates') || '|' ||
    json_extract(value, '\$.papers') || '|' ||
    json_extract(value, '\$.flag_to')" | sed -n 2p)"
equal "models up to the day" 6 "$(json_each '$.models' 1 | wc -l)"
show NC 2025-01-01
equal "conferences and models are those up to --at" "2|1" \
  "$(json_each '$.conferences' 1 | wc -l)|$(json_each '$.models' 1 | wc -l)"
ok group show NC --at 2025-12-31
has "text: the flag" "$OUT" "rotating flag: QT, since 2025-09-20"
has "text: a member" "$OUT" "QT    provincial  2025-07-01  Tỉnh ủy Quảng Trị"
has "text: a departure" "$OUT" "2025-10-01  QB  left"
has "text: a conference" "$OUT" "Hội thảo chất lượng sinh hoạt chi bộ"
has "text: a model" "$OUT" "Nguyễn Văn An"
refused 1 "group: NOPE: no grouping has this code" group show NOPE
ok group list --at 2025-12-31 --format csv
equal "group list" "CL|Cụm thi đua số 2|cluster|2
NC|Khối thi đua các tỉnh Bắc Trung Bộ|region|3" \
  "$(csv "SELECT code, name, kind, members FROM t")"
ok conference list --group NC --from 2025-01-01 --format csv
equal "conference list of a grouping in a period" "$C3 $C4" \
  "$(csv "SELECT id FROM t" | paste -sd' ')"
# A period that ends before it begins is refused, as in the other
# listings (it listed nothing before conference list went through app/).
refused 1 "to: 2025-01-01: before the first day 2025-02-01" conference list \
  --from 2025-02-01 --to 2025-01-01
refused 1 "group: NOPE: no grouping has this code" conference list --group NOPE
ok conference list --to 2024-12-31 --format json
equal "conference list: all up to a day" "$C0 $C1 $C2" \
  "$(json_each '$' "json_extract(value, '\$.id')" | paste -sd' ')"
equal "conference list: a conference of one organisation" \
  "HT-CQDN|anniversary|300|12|" \
  "$(json_each '$' "json_extract(value, '\$.host') || '|' ||
    json_extract(value, '\$.kind') || '|' ||
    json_extract(value, '\$.delegates') || '|' ||
    json_extract(value, '\$.papers') || '|' ||
    coalesce(json_extract(value, '\$.group'), '')" | head -1)"

# ---- the report of a grouping ------------------------------------------------
# check_group G FROM TO: the grouping's JSON report is the sum of the JSON
# reports of its members on TO (each also from the direct engine, byte for
# byte), every figure, with the texts of by_ethnicity, by_education and
# funds.by_campaign merged and in the report's order; its funds are also
# those of the script's own record; the direct engine agrees.
check_group() {
  local g=$1 from=$2 to=$3 what="$1 $2..$3" m line key s
  members_at "$g" "$to"
  declare -A sum=()
  local funds=0
  for m in $GM; do
    ok report "$m" --from "$from" --to "$to" --format json
    cp "$T/out" "$T/member.json"
    while IFS= read -r line; do
      key=${line%|*}
      sum[$key]=$((${sum[$key]:-0} + ${line##*|}))
    done < <(json_figures | grep -v '^meetings|mean_score|')
    ok report "$m" --from "$from" --to "$to" --format json --engine direct
    same_as "$what: $m from the direct engine" "$T/member.json"
    expect_funds "$m" "$from" "$to"
    funds=$((funds + E_TOTAL))
  done
  ok report --group "$g" --from "$from" --to "$to" --format json
  cp "$T/out" "$T/group.json"
  equal "$what: scope" "$g|1|$from|$to|$(tr ' ' ',' <<<"$GM")" \
    "$(json scope.org)|$(json scope.group)|$(json scope.from)|$(json \
      scope.to)|$(json_each '$.scope.members' value | paste -sd,)"
  equal "$what: the funds of the script's record" "$funds" \
    "$(json funds.total)"
  # The mean score is not a sum: the mean of the summed scores.
  while IFS= read -r line; do
    key=${line%|*}
    equal "$what: $key" "${sum[$key]-absent}" "${line##*|}"
    unset "sum[$key]"
  done < <(json_figures | grep -v '^scope\|^meetings|mean_score|')
  for key in "${!sum[@]}"; do
    fail "$what: $key=${sum[$key]} of the members is not in the grouping's"
  done
  for s in members.by_ethnicity members.by_education funds.by_campaign; do
    equal "$what: the order of $s" \
      "$(json_figures | grep "^$s|" | awk -F'|' '{
          print $3 "\t" ($2 == "unknown" ? "" : $2) "\t" $2 }' |
        LC_ALL=C sort -t$'\t' -k1,1nr -k2,2 | cut -f3 | paste -sd'|')" \
      "$(json_each "\$.$s" key | paste -sd'|')"
  done
  ok report --group "$g" --from "$from" --to "$to" --format json \
    --engine direct
  same_as "$what: the grouping from the direct engine" "$T/group.json"
}

for p in "2025-01-01 2025-12-31" "2025-01-01 2025-06-30" \
  "2025-07-01 2025-12-31" "2024-01-01 2024-12-31" "2025-08-15 2025-08-15" \
  "2025-09-30 2025-09-30"; do
  check_group NC $p
  check_group CL $p
done

# Who counts: the members on --to, each for the whole period. QT joined
# on 1 July and counts from 1 January; QB left on 1 October and counts in
# no report to a later day.
admitted() { # ARGS...: flows.admitted of a report
  ok report "$@" --from 2025-01-01 --to 2025-12-31 --format json
  json flows.admitted
}
equal "QT's admissions of March and August count in the block's year" 2 \
  "$(($(admitted --group NC) - $(admitted HT) - $(admitted NA)))"
ok report --group NC --from 2025-01-01 --to 2025-12-31 --format json
equal "QB's funds do not count in a report to a day after it left" \
  "120000000" "$(json 'funds.by_campaign."social security"')"
ok report --group NC --from 2025-01-01 --to 2025-09-30 --format json
equal "... and do in one to a day before" 165000000 \
  "$(json 'funds.by_campaign."social security"')"
# A transfer between two members is out of one and into the other.
ok report --group NC --from 2025-08-15 --to 2025-08-15 --format json
equal "a transfer between members: out" 1 \
  "$(json flows.transferred_out.members)"
equal "a transfer between members: in" 1 "$(json flows.transferred_in.members)"

# The other forms.
ok report --group NC --from 2025-01-01 --to 2025-12-31 --format csv
has "CSV: scope" "$(tr -d '\r' <<<"$OUT")" "scope,org,NC
scope,name,Khối thi đua các tỉnh Bắc Trung Bộ
scope,from,2025-01-01
scope,to,2025-12-31
scope,group,true
scope,member,HT
scope,member,NA
scope,member,QT
organizations,"
ok report --group NC --from 2025-01-01 --to 2025-12-31
has "text: the members" "$OUT" "NC — Khối thi đua các tỉnh Bắc Trung Bộ
from 2025-01-01 to 2025-12-31
A grouping of HT, NA, QT
"
ok report --group NC --from 2025-01-01 --to 2025-12-31 --format summary
has "summary: who" "$OUT" \
  "In 2025 the member committees of Khối thi đua các tỉnh Bắc Trung Bộ"
has "summary: they" "$OUT" "On 2025-12-31 they counted"

# Refused.
refused 2 "report: give an organisation CODE or --group CODE, one of them" \
  report HT --group NC --from 2025-01-01 --to 2025-12-31
refused 2 "report: give an organisation CODE or --group CODE, one of them" \
  report --from 2025-01-01 --to 2025-12-31
refused 1 "group: NOPE: no grouping has this code" report --group NOPE \
  --from 2025-01-01 --to 2025-12-31
refused 1 "cannot report on NC up to 2023-12-31: it has no members on that \
day" report --group NC --from 2023-01-01 --to 2023-12-31
refused 1 "to: 2024-12-31: before the first day 2025-01-01" report --group NC \
  --from 2025-01-01 --to 2024-12-31

# ---- later changes leave past reports as they were ---------------------------
mkdir "$T/before"
for g in NC CL; do
  for f in json csv text summary; do
    ok report --group "$g" --from 2025-01-01 --to 2025-12-31 --format $f
    cp "$T/out" "$T/before/$g.$f"
  done
done
ok report --group CL --from 2025-01-01 --to 2026-01-14 --format json
cp "$T/out" "$T/before/CL.jan"
# 2026: a district moves below the block (both members of CL), QT leaves
# NC holding the flag, a grassroots organisation moves inside HT.
o_move HT-CX HT-CQDN 2026-01-15
g_leave NC QT 2026-02-01
o_move CQDN-VP HT-CX 2026-02-10
for g in NC CL; do
  for f in json csv text summary; do
    ok report --group "$g" --from 2025-01-01 --to 2025-12-31 --format $f
    same_as "$g 2025 ($f) after the changes of 2026" "$T/before/$g.$f"
  done
done
ok report --group CL --from 2025-01-01 --to 2026-01-14 --format json
same_as "CL up to the day before the move" "$T/before/CL.jan"
check_group NC 2025-01-01 2025-12-31
check_group CL 2025-01-01 2025-12-31
check_group NC 2026-01-01 2026-06-30
# The move made CL's members overlap: a report over it is refused.
refused 1 "cannot report on CL from 2025-01-01 to 2026-01-15: its members \
HT-CX and HT-CQDN overlap, HT-CX being below HT-CQDN during the period \
(their figures would count twice); take one out of CL (group leave)" \
  report --group CL --from 2025-01-01 --to 2026-01-15
# The holder has left: nobody holds the flag, and the next host takes it.
flag_on 2026-02-01 "" ""
conf --group NC --host HT --date 2026-03-10 --kind review \
  --theme "Sơ kết quý I năm 2026" --flag-to NA
flag_on 2026-03-10 NA 2026-03-10
# A member may join again. Members are listed by the day they joined, and
# reported by code.
g_join NC QN 2026-03-01
g_join NC QB 2026-04-01
show NC 2026-04-01
equal "rejoined" "HT NA QN QB" \
  "$(json_each '$.members' "json_extract(value, '\$.code')" | paste -sd' ')"
# A grassroots organisation moves from one member to another.
o_move QB-VP NA 2026-04-15
f_add QB-VP "social security" 2026-05-01 1.000.000 1000000
check_group NC 2026-01-01 2026-06-30

ok check
has "check" "$OUT" "ok"

finish
