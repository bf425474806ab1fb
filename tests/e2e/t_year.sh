# A full year of a small block through the real binary, and every figure of
# its report checked against counts kept by the script itself
# (year_model.sh): the stock at --to, the flows during the period, in the
# three formats and from both engines.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init
. "$here/year_2025.sh"

Y0=2025-01-01
Y1=2025-12-31

# ---- every figure, by the rules of DOMAIN.md §10 -----------------------------
# The province, the block, the district, grassroots organisations of each
# kind (read by the direct engine: they keep no tallies), a cell, the
# organisation that moved, and the other province.
# Also an organisation dissolved and one merged during the year: their
# year still has its flows.
for org in HT HT-CQDN HT-CX CQDN-STC CQDN-VP CQDN-BAO STC-2 CQDN-EVN NA \
  CQDN-KS STC-3; do
  check_report "$org" $Y0 $Y1
done
# A period that starts mid-year (from the move on), single days (a
# recognition's effect, the move, the last day), and the past year.
for org in HT HT-CQDN HT-CX CQDN-STC; do
  check_report "$org" 2025-07-01 $Y1
  check_report "$org" 2025-03-15 2025-03-15
  check_report "$org" 2025-07-01 2025-07-01
  check_report "$org" $Y1 $Y1
  check_report "$org" 2024-01-01 2024-12-31
done
# Stock on a day in the middle of the year: M08 visits CB-1 (temporary),
# CQDN-KS is gone, CQDN-EVN has just moved, CQDN-BAO has its old name.
for org in HT-CQDN HT-CX CX-CB CB-1 CQDN-BAO; do
  check_report "$org" 2025-01-01 2025-08-31
done

# ---- the rules, one by one, on the block's year ------------------------------
b() { ok report "$@" --format json; }

# The summary tells the year's moves, transfers and changes of organisations
# (docs/report.md shows the block's figures).
ok report HT-CQDN --from 2025-01-01 --to 2025-12-31 --format summary
has "summary: transfers" "$OUT" \
  ". 1 organisation and 8 members were transferred out, 3 members in. "
has "summary: organisations" "$OUT" \
  "Of the organisations below it, 1 was founded, 1 was dissolved and 1 was merged into another."

# Recognition takes effect 12 months after admission, on that day, even
# when decided later: M20, admitted 2024-03-15, decided 2025-04-20.
b HT-CQDN --from 2025-03-15 --to 2025-03-15
equal "recognised on the day it takes effect" 1 \
  "$(json flows.recognized_official)"
b HT-CQDN --from 2025-04-20 --to 2025-04-20
equal "not on the day it is decided" 0 "$(json flows.recognized_official)"
# M21 was recognised after CQDN-EVN moved, with effect before the move:
# the block counts it, the district does not (events count where they
# happened).
b HT-CQDN --from 2025-06-20 --to 2025-06-20
equal "recognition before the move counts in the old superior" 1 \
  "$(json flows.recognized_official)"
b HT-CX --from 2025-06-20 --to 2025-07-31
equal "... and not in the new one" 0 "$(json flows.recognized_official)"

# A move counts the moved organisation itself, not its cells, and its
# members on the move date.
b HT-CQDN --from 2025-07-01 --to 2025-07-01
equal "move: organisations out" 1 "$(json flows.transferred_out.organizations)"
members_below CQDN-EVN 2025-07-01
equal "move: members out" "$(wc -w <<<"$MB")" \
  "$(json flows.transferred_out.members)"
b HT-CX --from 2025-07-01 --to 2025-07-01
equal "move: organisations in" 1 "$(json flows.transferred_in.organizations)"
b HT --from 2025-07-01 --to 2025-07-01
equal "a move inside the province is no flow of the province" 0 \
  "$(json flows.transferred_out.organizations)"

# The temporary visitor is not counted by the host: CB-1 lists M08 as a
# visitor, and its figures leave M08 out.
ok member list --under CB-1 --at 2025-08-31 --status temporary --format csv
equal "visitor listed" 1 "$(grep -c "^${ID[M08]},.*,temporary," <<<"$OUT")"
ok member list --under CB-1 --at 2025-08-31 --format csv
registered=$(tail -n +2 "$T/out")
equal "visitor not registered" 0 "$(grep -c "^${ID[M08]}," <<<"$registered")"
b CB-1 --from 2025-08-31 --to 2025-08-31
equal "the host counts those registered, not the visitor" \
  "$(grep -c . <<<"$registered")" "$(json members.total)"

# Discipline: members counts people, the forms count decisions. M06 was
# disciplined twice in STC-1; M12 once in CQDN-KS and once in CQDN-VP.
b HT-CQDN --from $Y0 --to $Y1
f() { json "flows.$1"; }
decisions=$(($(f disciplined.reprimand) + $(f disciplined.warning) +
  $(f disciplined.dismissal) + $(f disciplined.expulsion)))
equal "two decisions more than members in the block" \
  $(($(f disciplined.members) + 2)) "$decisions"
b CQDN-VP --from $Y0 --to $Y1
equal "M12 counts once in CQDN-VP (and M17)" 2 \
  "$(json flows.disciplined.members)"

# The member flows account for the change of the stock (docs/report.md).
for org in HT HT-CQDN HT-CX CQDN-STC CQDN-EVN STC-2; do
  b "$org" --from 2024-12-31 --to 2024-12-31
  before=$(json members.total)
  b "$org" --from $Y0 --to $Y1
  change=$(($(f admitted) + $(f readmitted) + $(f transferred_in.members) -
    $(f transferred_out.members) - $(f left.removed) - $(f left.resigned) -
    $(f left.deceased) - $(f left.expelled)))
  equal "$org: stock and flows agree" "$(json members.total)" \
    $((before + change))
done

# ---- the three formats carry the same numbers --------------------------------
for org in HT-CQDN CQDN-STC; do
  expect_report "$org" $Y0 $Y1 >"$T/expected"
  name=$(name_at "$org" $Y1)
  # CSV: section,item,value, the scope first, then every figure in order.
  {
    echo "section,item,value"
    echo "scope,org,$org"
    echo "scope,name,$name"
    echo "scope,from,$Y0"
    echo "scope,to,$Y1"
    tr '|' ',' <"$T/expected"
  } >"$T/expected.csv"
  ok report "$org" --from $Y0 --to $Y1 --format csv
  equal "$org CSV lines end in CRLF" "$(grep -c $'\r$' "$T/out")" \
    "$(wc -l <"$T/out")"
  equal "$org CSV" "$(cat "$T/expected.csv")" "$(tr -d '\r' <"$T/out")"
  # Text: a heading, then every figure as "  label  number", same order,
  # the numbers grouped in thousands, the amounts in VND (the labels in
  # words: t_report_lang checks them).
  ok report "$org" --from $Y0 --to $Y1
  equal "$org text heading" "$org — $name" "$(head -1 "$T/out")"
  equal "$org text period" "from $Y0 to $Y1" "$(sed -n 2p "$T/out")"
  equal "$org text figures" "$(cut -d'|' -f3 "$T/expected")" \
    "$(sed -n 's/^  .*[^ ]  *\(-\{0,1\}[0-9][0-9.,]*\)\( VND\)\{0,1\}$/\1/p' \
      "$T/out" | tr -d ,)"
  # The default format is text; --format text is the same.
  cp "$T/out" "$T/text"
  ok report "$org" --from $Y0 --to $Y1 --format text
  equal "$org --format text" "$(cat "$T/text")" "$OUT"
done

# ---- the two engines agree, byte for byte ------------------------------------
for org in HT HT-CQDN HT-CX CQDN-EVN CQDN-STC CQDN-BAO NA; do
  for period in "$Y0 $Y1" "2025-07-01 $Y1" "2025-06-15 2025-06-15" \
    "2025-10-01 2025-10-01" "2024-01-01 2024-12-31" "2025-01-01 2025-06-30"; do
    same_engines "$org" $period
  done
done

# ---- several events of one member on one day, in another province ------------
# What happens on one day still counts where it happened, in the order
# recorded: an admission in a cell the member leaves that same day, a
# discipline decided before a transfer that day, a death on the day of
# arrival, two transfers in a day. Recorded under NA, so that the figures
# of Hà Tĩnh above stay as they were. Also: a committee moved with a
# grassroots organisation below it (only the committee counts as moved), a
# grassroots committee merged into another (its sub-committee and its
# cell pass to the target, each counted as moved), and party age less the
# time out of the party.
o_add NA-K1 committee NA "" "Đảng ủy Khối Cơ quan tỉnh Nghệ An"
o_add NA-K2 committee NA "" "Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An"
o_add NA-G1 grassroots_cell NA-K1 "" "Chi bộ Sở Nội vụ"
o_add NA-G2 grassroots_cell NA-K2 "" "Chi bộ Công ty Cấp nước"
o_add NA-G3 grassroots_committee NA-K1 "" "Đảng bộ Sở Y tế"
o_add NA-S1 sub_committee NA-G3 "" "Đảng bộ bộ phận Bệnh viện"
o_add NA-S1C cell NA-S1 "" "Chi bộ Khoa Nội"
o_add NA-G3C cell NA-G3 "" "Chi bộ Văn phòng Sở Y tế"
o_add NA-G4 grassroots_committee NA-K2 "" "Đảng bộ Tổng công ty Sông Lam"
o_add NA-G4C cell NA-G4 "" "Chi bộ Phòng Kế hoạch"
o_add NA-K3 committee NA-K1 "" "Đảng ủy Khu kinh tế Đông Nam"
o_add NA-G5 grassroots_cell NA-K3 "" "Chi bộ Ban Quản lý"
while IFS='|' read -r h cell g born eth edu th key adm off pos name; do
  m_add "$h" "$cell" "$g" "$born" "$eth" "$edu" "$th" "$key" "$adm" "$off" \
    "$pos" "$name"
done <<'EOF'
E2|NA-G1|male|1980-02-02|Kinh|university|elementary||2005-02-07|2006-02-07||Hồ Sỹ Đông
E3|NA-G1|male|1948-03-03|Kinh|college|advanced||1970-03-09|1971-03-09||Trần Đình Tiến
E4|NA-G1|female|1991-04-04|Kinh|university|none||2016-04-11|2017-04-11||Lê Thị Mai
E5|NA-G1|female|2001-05-05|Kinh|university|none||2024-05-06|||Nguyễn Thị Hương
E6|NA-S1C|female|1979-06-06|Kinh|master|intermediate|key|2004-06-14|2005-06-14||Phạm Thị Thu
E7|NA-G3C|male|1983-07-07|Kinh|university|intermediate||2008-07-14|2009-07-14||Đậu Văn Hùng
E8|NA-G5|male|1986-08-08|Thổ|university|elementary||2011-08-15|2012-08-15||Lương Văn Hòa
E9|NA-G1|male|1970-09-09|Kinh|university|intermediate||1995-03-01|1996-03-01||Thái Văn Quân
EOF
# E9: out of the party from 2014 to 2020, official again in 2021: party
# age counts from 1995 plus the six and a half years out (20-29 in 2025,
# not 30-39).
m_leave E9 remove 2014-03-03
m_readmit E9 NA-G1 2020-09-01
m_recognize E9 2021-09-06
m_admit E1 NA-G1 female 2003-01-01 Kinh university "" "" 2025-03-03 \
  "Võ Thị Loan"
m_transfer E1 NA-G2 2025-03-03           # admitted in G1, gone that day
m_discipline E2 reprimand 2025-03-04     # decided in G1 ...
m_transfer E2 NA-G2 2025-03-04           # ... then transferred to G2
m_transfer E3 NA-G2 2025-03-05           # arrives in G2 ...
m_leave E3 decease 2025-03-05            # ... and dies that day
m_transfer E4 NA-G2 2025-03-06           # through G2 ...
m_transfer E4 NA-S1C 2025-03-06          # ... to the hospital, in a day
m_transfer E5 NA-G2 2025-05-06           # on the day probation ends
m_recognize E5 2025-05-20                # counted by G2, where E5 was
o_move NA-K3 NA-K2 2025-07-01            # K3 with G5 below it
o_merge NA-G3 NA-G4 2025-09-01           # S1 and G3C pass to G4

for org in NA NA-K1 NA-K2 NA-K3 NA-G1 NA-G2 NA-G3 NA-G4 NA-S1 NA-S1C; do
  check_report "$org" $Y0 $Y1
  for day in 2025-03-03 2025-03-04 2025-03-05 2025-03-06 2025-05-06 \
    2025-07-01 2025-09-01; do
    check_report "$org" $day $day
  done
done
# Both engines, where the organisation keeps tallies.
for org in NA NA-K1 NA-K2; do
  for period in "$Y0 $Y1" "2025-03-03 2025-03-06"; do
    same_engines "$org" $period
  done
done

# ---- the database is sound ---------------------------------------------------
ok check
equal "check" ok "$OUT"

finish
