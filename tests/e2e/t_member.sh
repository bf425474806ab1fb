# Party members (DOMAIN §2, issue §4 and §8): recording the registers,
# admission, recognition, transfers, discipline, leaving and readmission,
# the listings, the search and the badges — and every refusal, naming the
# value and the rule, with the database left as it was.
. "$(dirname "$0")/lib.sh"

# ids: the ids of the last CSV listing, in order, space-separated.
ids() { csv "SELECT group_concat(id, ' ') FROM t"; }
# status ID: a member's status, from the JSON of member show.
status() { run member show "$1" --format json && json status; }

ok init
ok org add TW --name "Ban Chấp hành Trung ương" --kind central --founded 1930-02-03
ok org add HT --name "Tỉnh ủy Hà Tĩnh" --kind provincial --parent TW --founded 1930-08-01
ok org add QU --name "Đảng ủy Quân sự Trung ương" --kind committee --parent TW --founded 1946-01-01
ok org add K --name "Đảng bộ Khối Các cơ quan tỉnh" --kind committee --parent HT --founded 1959-05-10
ok org add G --name "Đảng bộ Sở Tài chính" --kind grassroots_committee --parent K --founded 1960-01-01
ok org add C1 --name "Chi bộ Văn phòng" --kind cell --parent G --founded 1960-01-01
ok org add C2 --name "Chi bộ Kế toán" --kind cell --parent G --founded 1960-01-01
ok org add GC --name "Chi bộ Báo Hà Tĩnh" --kind grassroots_cell --parent K --founded 1960-01-01
ok org add OLD --name "Chi bộ cũ" --kind cell --parent G --founded 1970-01-01
ok org dissolve OLD --date 2025-01-01
ok org add NEW --name "Chi bộ mới" --kind cell --parent G --founded 2026-05-01

# ---- member add: the registers; the id alone on stdout -------------------

ok member add --name "Nguyễn Văn An" --born 1975-04-30 --gender male --cell C1 \
  --admitted 1996-03-01 --official 1997-03-01 --card 01.234567 \
  --ethnicity Kinh --religion "Không" --hometown "Đức Thọ, Hà Tĩnh" \
  --education "Đại học" --profession "Cử nhân kinh tế" --theory advanced \
  --position "Trưởng phòng Kế hoạch" --key-cadre
an=$OUT
if [[ "$an" =~ ^[0-9]+$ ]]; then pass; else fail "member add: not an id: $an"; fi
equal "member add: one line on stdout" "$an" "$(cat "$T/out")"
equal "member add: one line on stdout" 1 "$(wc -l <"$T/out")"
equal "member add: nothing on stderr" "" "$ERR"
ok member show "$an"
has "show: name and card" "$OUT" "$an  Nguyễn Văn An  card 01.234567"
has "show: person" "$OUT" "male, born 1975-04-30 (51 years 2 months)"
has "show: status" "$OUT" "status: official; cell: C1 (Chi bộ Văn phòng)"
has "show: party age" "$OUT" "party age: 30 years 3 months (counted from 1996-03-01)"
has "show: post" "$OUT" "position: Trưởng phòng Kế hoạch"
has "show: theory" "$OUT" "theory: advanced"
has "show: key cadre" "$OUT" "key cadre"
has "show: history" "$OUT" "1996-03-01  registered in C1, official from 1997-03-01"
ok member add --name "Đặng Thị Bình" --born 1980-02-29 --gender female --cell C2 \
  --admitted 2006-07-15 --official 2007-07-15
binh=$OUT
ok member add --name "Nguyễn Văn Anh" --born 1985-01-01 --gender male --cell GC \
  --admitted 2010-01-01 --official 2011-01-01 --card 02.000001
anh=$OUT
ok member add --name "Lê Văn Cường" --born 1990-01-01 --gender male --cell C2 \
  --admitted 2025-09-01
cuong=$OUT
equal "registered without --official: probationary" probationary "$(status "$cuong")"

refused 1 "card: 01.234567: another member holds this party card number" \
  member add --name "Trùng Thẻ" --born 1980-01-01 --gender male --cell C1 \
  --admitted 2005-01-01 --card 01.234567
refused 1 "card: 12 34: a party card number is 1 to 32 letters, digits, '.', '-' or '/'" \
  member add --name "Sai Thẻ" --born 1980-01-01 --gender male --cell C1 \
  --admitted 2005-01-01 --card "12 34"
refused 1 "cannot register Sớm as official on 2005-06-01: admitted 2005-01-01, the probation of 12 months ends 2006-01-01" \
  member add --name "Sớm" --born 1980-01-01 --gender male --cell C1 \
  --admitted 2005-01-01 --official 2005-06-01
refused 1 "cannot register Nhỏ on 2005-01-01: born 1990-01-01, 15 years 0 months old on 2005-01-01; a person must be at least 18 full years old" \
  member add --name "Nhỏ" --born 1990-01-01 --gender male --cell C1 --admitted 2005-01-01
refused 1 "gender: other: one of female or male" \
  member add --name "X" --born 1980-01-01 --gender other --cell C1 --admitted 2005-01-01
refused 1 "theory: phd: one of none, elementary, intermediate or advanced" \
  member add --name "X" --born 1980-01-01 --gender male --cell C1 --admitted 2005-01-01 --theory phd
refused 1 "born: 1980-02-30: no such day" \
  member add --name "X" --born 1980-02-30 --gender male --cell C1 --admitted 2005-01-01
refused 1 "born: 2026-07-01: a date in the future (today is 2026-06-30)" \
  member add --name "X" --born 2026-07-01 --gender male --cell C1 --admitted 2005-01-01
refused 1 "admitted: 2026-07-01: a date in the future (today is 2026-06-30)" \
  member add --name "X" --born 1980-01-01 --gender male --cell C1 --admitted 2026-07-01
refused 1 "name: invalid UTF-8" \
  member add --name "$(printf 'Nguy\xe1\xbb')" --born 1980-01-01 --gender male --cell C1 --admitted 2005-01-01
refused 1 "name: must not be empty" \
  member add --name "" --born 1980-01-01 --gender male --cell C1 --admitted 2005-01-01
refused 1 "cell: NOPE: no organisation has this code" \
  member add --name "X" --born 1980-01-01 --gender male --cell NOPE --admitted 2005-01-01
refused 1 "cell: G is a grassroots_committee; members are registered in cells (cell, grassroots_cell)" \
  member add --name "X" --born 1980-01-01 --gender male --cell G --admitted 2005-01-01
refused 1 "NEW did not exist yet on 2005-01-01" \
  member add --name "X" --born 1980-01-01 --gender male --cell NEW \
  --admitted 2005-01-01 --registered 2005-01-01
refused 1 "registered: 2004-12-31: before the admission (2005-01-01); registration in a cell begins on or after it" \
  member add --name "X" --born 1980-01-01 --gender male --cell NEW \
  --admitted 2005-01-01 --registered 2004-12-31

# ---- admit: 18 to 60 full years, counted in months, on the day considered --

ok member admit --name "Trần Đủ Tuổi" --born 2008-01-10 --gender female --cell C1 \
  --date 2026-01-10 --decision "15-QĐ/ĐU" --ceremony 2026-01-20
adult=$OUT
if [[ "$adult" =~ ^[0-9]+$ ]]; then pass; else fail "member admit: not an id: $adult"; fi
equal "member admit: the id alone" "$adult" "$(cat "$T/out")"
equal "admitted: probationary" probationary "$(status "$adult")"
refused 1 "cannot admit Trẻ on 2026-01-10: born 2008-01-11, 17 years 11 months old on 2026-01-10; a person must be at least 18 full years old" \
  member admit --name "Trẻ" --born 2008-01-11 --gender male --cell C1 --date 2026-01-10
# The age is the one on the day the cell considered the case.
refused 1 "cannot admit Trẻ on 2026-01-10: born 2008-01-05, 17 years 11 months old on 2026-01-04; a person must be at least 18 full years old" \
  member admit --name "Trẻ" --born 2008-01-05 --gender male --cell C1 \
  --date 2026-01-10 --considered 2026-01-04
refused 1 "considered: 2026-01-11: the cell considers the case before the decision (2026-01-10)" \
  member admit --name "Trẻ" --born 2000-01-05 --gender male --cell C1 \
  --date 2026-01-10 --considered 2026-01-11
# 60 full years is still in; a month more needs the approval.
ok member admit --name "Sáu Mươi" --born 1966-01-10 --gender male --cell C1 --date 2026-01-10
refused 1 "cannot admit Già on 2026-01-10: born 1965-11-10, 60 years 2 months old on 2026-01-10; admission over 60 needs the approval of the committee directly under the Central Committee above the cell" \
  member admit --name "Già" --born 1965-11-10 --gender male --cell C1 --date 2026-01-10
# The approval must come from a committee directly under the Central
# Committee: not a block committee, not the Central Committee itself.
refused 1 "over-60-approved-by: K: only a committee directly under the Central Committee approves admission over 60" \
  member admit --name "Già" --born 1960-01-01 --gender male --cell C1 \
  --date 2026-01-10 --over-60-approved-by K
refused 1 "over-60-approved-by: TW: only a committee directly under the Central Committee approves admission over 60" \
  member admit --name "Già" --born 1960-01-01 --gender male --cell C1 \
  --date 2026-01-10 --over-60-approved-by TW
refused 1 "over-60-approved-by: NOPE: no organisation has this code" \
  member admit --name "Già" --born 1960-01-01 --gender male --cell C1 \
  --date 2026-01-10 --over-60-approved-by NOPE
ok member admit --name "Già" --born 1960-01-01 --gender male --cell C1 \
  --date 2026-01-10 --over-60-approved-by HT
old=$OUT
ok member show "$old"
has "the approval is kept with the admission" "$OUT" "2026-01-10  admitted in C1 by HT"
# Only the one above the cell: QU is directly under the Central Committee,
# but C1 is in HT.
refused 1 "over-60-approved-by: QU: not above cell C1 on 2026-01-10; admission over 60 is approved by the committee directly under the Central Committee above the cell" \
  member admit --name "Già Quân" --born 1960-01-01 --gender male --cell C1 \
  --date 2026-01-10 --over-60-approved-by QU
# The registers follow the same rules (the issue: what the initial load
# skipped): over 60 at admission needs the approval, official 12 months on.
refused 1 "cannot register Già Sổ on 2020-01-10: born 1959-01-01, 61 years 0 months old on 2020-01-10; admission over 60 needs the approval of the committee directly under the Central Committee above the cell" \
  member add --name "Già Sổ" --born 1959-01-01 --gender male --cell C1 \
  --admitted 2020-01-10
refused 1 "over-60-approved-by: QU: not above cell C1 on 2020-01-10" \
  member add --name "Già Sổ" --born 1959-01-01 --gender male --cell C1 \
  --admitted 2020-01-10 --over-60-approved-by QU
refused 1 "cannot register Sớm as official on 2020-01-09: admitted 2019-01-10, the probation of 12 months ends 2020-01-10" \
  member add --name "Sớm" --born 1990-01-01 --gender male --cell C1 \
  --admitted 2019-01-10 --official 2020-01-09
# The ceremony: within 30 working days of the decision (Friday 2025-01-10:
# the 30th working day is 2025-02-21), never before it; it may lie ahead.
ok member admit --name "Lễ Đúng Hạn" --born 1995-01-01 --gender female --cell C1 \
  --date 2025-01-10 --ceremony 2025-02-21
ceremony=$OUT
refused 1 "cannot admit Lễ Muộn on 2025-01-10 with the ceremony on 2025-02-24: the ceremony is held within 30 working days of the decision (2025-01-10 to 2025-02-21)" \
  member admit --name "Lễ Muộn" --born 1995-01-01 --gender female --cell C1 \
  --date 2025-01-10 --ceremony 2025-02-24
refused 1 "cannot admit Lễ Sớm on 2025-01-10 with the ceremony on 2025-01-09: the ceremony is held within 30 working days" \
  member admit --name "Lễ Sớm" --born 1995-01-01 --gender female --cell C1 \
  --date 2025-01-10 --ceremony 2025-01-09
ok member admit --name "Lễ Sắp Tới" --born 1995-01-01 --gender female --cell C1 \
  --date 2026-06-22 --ceremony 2026-07-15
refused 1 "date: 2026-07-01: a date in the future (today is 2026-06-30)" \
  member admit --name "X" --born 1995-01-01 --gender male --cell C1 --date 2026-07-01
refused 1 "cell: GC2: no organisation has this code" \
  member admit --name "X" --born 1995-01-01 --gender male --cell GC2 --date 2026-01-01
refused 1 "cell: K is a committee; members are registered in cells" \
  member admit --name "X" --born 1995-01-01 --gender male --cell K --date 2026-01-01
refused 1 "cell: OLD was dissolved on 2025-01-01" \
  member admit --name "X" --born 1995-01-01 --gender male --cell OLD --date 2026-01-01

# ---- recognise: 12 months after admission, never earlier ------------------

refused 1 "cannot recognise member $ceremony as official on 2026-01-09: admitted 2025-01-10, the probation of 12 months ends 2026-01-10" \
  member recognize "$ceremony" --date 2026-01-09
refused 1 "cannot recognise member $ceremony as official on 2025-06-01: admitted 2025-01-10" \
  member recognize "$ceremony" --date 2025-06-01
ok member recognize "$ceremony" --date 2026-01-10 --decision 3-QĐ
equal "recognised: official" official "$(status "$ceremony")"
refused 1 "cannot recognise member $ceremony as official on 2026-02-01: the member is official since 2026-01-10" \
  member recognize "$ceremony" --date 2026-02-01
# A later meeting still makes the member official from the 12 months.
ok member admit --name "Phạm Thị Dung" --born 1998-05-05 --gender female --cell C2 \
  --date 2025-03-01
dung=$OUT
ok member recognize "$dung" --date 2026-04-15
ok member show "$dung"
has "official from the end of probation" "$OUT" "2026-04-15  recognized, official from 2026-03-01"
has "party age from admission" "$OUT" "counted from 2025-03-01"
# Recognition is for probationary members; and not ahead of today.
refused 1 "cannot recognise member $an as official on 2026-01-10: the member is official since 1997-03-01" \
  member recognize "$an" --date 2026-01-10
refused 1 "date: 2026-09-01: a date in the future (today is 2026-06-30)" \
  member recognize "$cuong" --date 2026-09-01
refused 1 "cannot recognise member $cuong as official on 2026-06-30: admitted 2025-09-01, the probation of 12 months ends 2026-09-01" \
  member recognize "$cuong" --date 2026-06-30

# ---- transfer: official (the registration moves) and temporary ----------

ok member transfer "$binh" --to GC --date 2025-02-01 --decision "7-QĐ/ĐU"
ok member show "$binh"
has "transferred: the new cell" "$OUT" "status: official; cell: GC (Chi bộ Báo Hà Tĩnh)"
has "transferred: history" "$OUT" "2025-02-01  transferred C2 -> GC"
ok member list --under GC --format csv
equal "listed in the new cell" "$binh $anh" "$(csv "SELECT group_concat(id, ' ') FROM (SELECT id FROM t ORDER BY id + 0)")"
ok member list --under C2 --at 2025-01-31 --format csv
has "listed in the old cell before" " $(ids) " " $binh "
ok member list --under C2 --format csv
lacks "not listed in the old cell after" " $(ids) " " $binh "
refused 1 "cannot transfer member $binh on 2025-03-01: the member is already registered in that cell" \
  member transfer "$binh" --to GC --date 2025-03-01
refused 1 "to: G is a grassroots_committee; members are registered in cells (cell, grassroots_cell)" \
  member transfer "$binh" --to G --date 2025-03-01
refused 1 "to: K is a committee; members are registered in cells" \
  member transfer "$binh" --to K --date 2025-03-01
refused 1 "to: OLD was dissolved on 2025-01-01" \
  member transfer "$binh" --to OLD --date 2025-03-01
refused 1 "NEW did not exist yet on 2025-03-01" \
  member transfer "$binh" --to NEW --date 2025-03-01
refused 1 "to: NOPE: no organisation has this code" \
  member transfer "$binh" --to NOPE --date 2025-03-01
# Entered late, a transfer is placed by date: here the later transfer out
# of C2 would then leave a cell the member was no longer in.
refused 1 "cannot enter the transfer of member $binh on 2025-01-01: the transfer of 2025-02-01 (event " \
  member transfer "$binh" --to C1 --date 2025-01-01
refused 1 ") would no longer hold: cannot transfer member $binh on 2025-02-01: it is recorded out of C2, but the member was registered in C1 on that day" \
  member transfer "$binh" --to C1 --date 2025-01-01
# Temporary: 3 months to under a year (2 years for studies); the host cell
# sees the member, its figures do not count them; home keeps them.
ok member transfer "$an" --to C2 --date 2026-03-01 --temporary --until 2026-12-01 --reason "Học lớp bồi dưỡng"
ok member show "$an"
has "temporary: registration stays home" "$OUT" "cell: C1 (Chi bộ Văn phòng)"
has "temporary: history" "$OUT" "2026-03-01  temporary C1 -> C2 until 2026-12-01: Học lớp bồi dưỡng"
ok member list --under C2 --status temporary --format csv
equal "the host sees the visitor" "$an" "$(ids)"
equal "as a visitor" temporary "$(csv "SELECT status FROM t")"
ok member list --under C2 --format csv
lacks "the host does not list a visitor as its member" " $(ids) " " $an "
ok member list --under C1 --format csv
has "home still lists the member" " $(ids) " " $an "
ok org show C2 --format json
c2=$(json members.total)
ok org show C2 --at 2026-02-28 --format json
equal "the host's figures do not count the visitor" "$(json members.total)" "$c2"
ok member list --under C2 --status temporary --at 2026-02-28 --format csv
equal "no visitor before the stay" "" "$(ids)"
refused 1 "cannot transfer member $anh temporarily from 2026-01-01 until 2026-03-31: a temporary transfer lasts at least 3 months" \
  member transfer "$anh" --to C1 --date 2026-01-01 --temporary --until 2026-03-31
refused 1 "cannot transfer member $anh temporarily from 2026-01-01 until 2027-01-01: a temporary transfer lasts under 1 year (up to 2 years for studies)" \
  member transfer "$anh" --to C1 --date 2026-01-01 --temporary --until 2027-01-01
refused 1 "cannot transfer member $anh temporarily from 2026-01-01 until 2028-01-02: a temporary transfer lasts up to 2 years for studies" \
  member transfer "$anh" --to C1 --date 2026-01-01 --temporary --until 2028-01-02 --studies
refused 1 "cannot transfer member $anh temporarily on 2026-01-01: the host cell is the member's own cell" \
  member transfer "$anh" --to GC --date 2026-01-01 --temporary --until 2026-06-01
refused 1 "until: 2026-13-01: no such month" \
  member transfer "$anh" --to C1 --date 2026-01-01 --temporary --until 2026-13-01
refused 1 "to: OLD was dissolved on 2025-01-01" \
  member transfer "$anh" --to OLD --date 2026-01-01 --temporary --until 2026-06-01
ok member transfer "$anh" --to C1 --date 2026-01-01 --temporary --until 2027-06-30 --studies
ok member show "$anh"
has "studies" "$OUT" "until 2027-06-30 (studies)"

# ---- discipline: each form, for whom it is allowed ------------------------

ok member discipline "$anh" --form reprimand --date 2026-02-01 --votes 7/9 --by GC --reason "Vắng sinh hoạt 3 kỳ"
ok member show "$anh"
has "reprimand" "$OUT" "2026-02-01  disciplined (reprimand) by GC, votes 7/9: Vắng sinh hoạt 3 kỳ"
ok member discipline "$anh" --form warning --date 2026-03-01 --votes 7/9 --decision "2-QĐ/UBKT"
ok member show "$anh"
has "warning" "$OUT" "disciplined (warning)"
equal "still official after a warning" official "$(status "$anh")"
# Dismissal only for one who holds a post; the post ends with it.
refused 1 "cannot discipline member $anh with dismissal on 2026-03-02: the member holds no post to be dismissed from" \
  member discipline "$anh" --form dismissal --date 2026-03-02 --votes 7/9
ok member discipline "$an" --form dismissal --date 2026-03-02 --votes 7/9
ok member show "$an"
has "dismissal keeps the post it ended" "$OUT" "2026-03-02  disciplined (dismissal) [Trưởng phòng Kế hoạch], votes 7/9"
lacks "the post ended" "$OUT" "position: Trưởng phòng Kế hoạch"
refused 1 "cannot discipline member $an with dismissal on 2026-03-03: the member holds no post to be dismissed from" \
  member discipline "$an" --form dismissal --date 2026-03-03 --votes 7/9
# Probationary members: reprimand or warning only.
ok member discipline "$adult" --form reprimand --date 2026-02-01 --votes 7/9
ok member discipline "$adult" --form warning --date 2026-02-02 --votes 7/9
refused 1 "cannot discipline member $adult with dismissal on 2026-02-03: a probationary member can only be reprimanded or warned" \
  member discipline "$adult" --form dismissal --date 2026-02-03 --votes 7/9
refused 1 "cannot discipline member $adult with expulsion on 2026-02-03: a probationary member can only be reprimanded or warned" \
  member discipline "$adult" --form expulsion --date 2026-02-03 --votes 7/9
refused 1 "form: caution: one of reprimand, warning, dismissal or expulsion" \
  member discipline "$anh" --form caution --date 2026-03-05 --votes 7/9
refused 1 "by: NOPE: no organisation has this code" \
  member discipline "$anh" --form reprimand --date 2026-03-05 --votes 7/9 --by NOPE
# A discipline decided before the latest event, entered late, takes its
# place by date.
ok member discipline "$anh" --form reprimand --date 2026-02-15 --votes 7/9
ok event list --member "$anh" --format csv
has "late discipline in date order" "$(cut -d, -f2,3 <<<"$OUT" | tr '\n' ' ')" \
  "2026-02-15,disciplined 2026-03-01,"
# Expulsion ends membership.
ok member admit --name "Hồ Văn Khai" --born 1980-01-01 --gender male --cell C1 --date 2020-01-10
khai=$OUT
ok member recognize "$khai" --date 2021-01-10
ok member discipline "$khai" --form expulsion --date 2022-06-01 --votes 7/9 --proposal 8/9 --reason "Vi phạm nghiêm trọng"
equal "expelled" expelled "$(status "$khai")"
ok member show "$khai"
has "expelled: when" "$OUT" "left the party on 2022-06-01"

# ---- leaving: removed, resigned, deceased; no events afterwards ----------

ok member add --name "Võ Văn Em" --born 1960-01-01 --gender male --cell C1 \
  --admitted 1990-01-01 --official 1991-01-01
em=$OUT
ok member remove "$em" --date 2020-01-01 --reason "Bỏ sinh hoạt"
equal "removed" removed "$(status "$em")"
ok member add --name "Đỗ Thị Giang" --born 1970-01-01 --gender female --cell C2 \
  --admitted 1995-01-01 --official 1996-01-01 --card 03.000003
giang=$OUT
ok member resign 03.000003 --date 2024-06-01
equal "resigned, by card number" resigned "$(status "$giang")"
ok member add --name "Bùi Văn Hải" --born 1940-01-01 --gender male --cell C2 \
  --admitted 1965-01-01 --official 1966-01-01
hai=$OUT
ok member decease "$hai" --date 2025-05-05
equal "deceased" deceased "$(status "$hai")"
for verb in remove resign decease; do
  refused 1 "member $hai is deceased, and events are recorded only for members" \
    member "$verb" "$hai" --date 2025-06-01
done
refused 1 "member $em was removed from the rolls, and events are recorded only for members" \
  member recognize "$em" --date 2021-01-01
refused 1 "cannot transfer member $em on 2021-01-01: member $em was removed from the rolls, and events are recorded only for members" \
  member transfer "$em" --to C2 --date 2021-01-01
refused 1 "cannot discipline member $giang on 2025-01-01: member $giang resigned" \
  member discipline "$giang" --form warning --date 2025-01-01 --votes 7/9
refused 1 "events are recorded only for members" \
  member transfer "$khai" --to C2 --date 2023-01-01 --temporary --until 2023-06-01
refused 1 "cannot readmit member $hai on 2026-01-01: member $hai is deceased" \
  member readmit "$hai" --cell C1 --date 2026-01-01
refused 1 "date: 2026-07-01: a date in the future (today is 2026-06-30)" \
  member resign "$anh" --date 2026-07-01
refused 1 "cannot enter the death of member $binh on 2025-01-01: the transfer of 2025-02-01 (event " \
  member decease "$binh" --date 2025-01-01
refused 1 ") would no longer hold: cannot transfer member $binh on 2025-02-01: member $binh is deceased, and events are recorded only for members" \
  member decease "$binh" --date 2025-01-01

# ---- readmission: once, after at least 36 months out ---------------------

refused 1 "cannot readmit member $em on 2022-12-31: out of the party since 2020-01-01; readmission needs at least 36 months out (from 2023-01-01)" \
  member readmit "$em" --cell C1 --date 2022-12-31
refused 1 "cannot readmit member $an on 2026-04-01: member $an is an official member" \
  member readmit "$an" --cell C1 --date 2026-04-01
refused 1 "cannot readmit member $adult on 2026-04-01: member $adult is a probationary member" \
  member readmit "$adult" --cell C1 --date 2026-04-01
refused 1 "cell: G is a grassroots_committee; members are registered in cells" \
  member readmit "$em" --cell G --date 2023-01-01
refused 1 "cannot readmit member $em on 2023-01-01 with the ceremony on 2023-03-01: the ceremony is held within 30 working days of the decision" \
  member readmit "$em" --cell C1 --date 2023-01-01 --ceremony 2023-03-01
ok member readmit "$em" --cell C1 --date 2023-01-01 --decision "8-QĐ/ĐU" --ceremony 2023-01-10
equal "readmitted: a new probation" probationary "$(status "$em")"
refused 1 "cannot recognise member $em as official on 2023-12-31: readmitted 2023-01-01, the probation of 12 months ends 2024-01-01" \
  member recognize "$em" --date 2023-12-31
ok member recognize "$em" --date 2024-01-01
ok member show "$em"
# Party age leaves out the time out of the party (three years).
has "party age without the time out" "$OUT" "counted from 1993-01-01"
ok member resign "$em" --date 2024-06-01
refused 1 "cannot readmit member $em on 2026-06-30: the member was readmitted before, and readmission is allowed only once" \
  member readmit "$em" --cell C1 --date 2026-06-30

# ---- show, list: by id and by card number; --under, --status, --at -------

ok member show 01.234567
has "show by card" "$OUT" "$an  Nguyễn Văn An  card 01.234567"
ok member show "$an" --format json
equal "show json: card" 01.234567 "$(json card)"
equal "show json: name" "Nguyễn Văn An" "$(json name)"
equal "show json: history" 3 "$(sqlite3 :memory: "SELECT json_array_length(readfile('$T/out'), '\$.history')")"
refused 1 "member: 9999: no member has this id or party card number" member show 9999
refused 1 "member: 99.999999: no member has this id or party card number" member show 99.999999
refused 1 "member: 9999: no member has this id or party card number" \
  member recognize 9999 --date 2026-01-01
refused 1 "member: 99.999999: no member has this id or party card number" \
  member transfer 99.999999 --to C1 --date 2026-01-01
ok member list --under G --format csv
equal "list --under: members registered below today" \
  "$(sqlite3 "$CADRE_DB" "SELECT group_concat(id, ' ') FROM (SELECT m.id FROM member m JOIN org c ON c.id = m.cell_id WHERE c.code IN ('C1', 'C2') AND m.status IN ('official', 'probationary') ORDER BY m.id)")" \
  "$(csv "SELECT group_concat(id, ' ') FROM (SELECT id FROM t ORDER BY id + 0)")"
ok member list --status probationary --format csv
equal "list --status probationary" 0 "$(csv "SELECT count(*) FROM t WHERE status != 'probationary'")"
has "list --status probationary" " $(ids) " " $adult "
ok member list --status official --under C1 --format csv
has "list --status official --under" " $(ids) " " $an "
lacks "list --status official --under" " $(ids) " " $adult "
ok member list --status removed --format csv
equal "list --status removed" "" "$(ids)"
ok member list --status resigned --format csv
equal "list --status resigned" "$giang $em" "$(csv "SELECT group_concat(id, ' ') FROM (SELECT id FROM t ORDER BY id + 0 DESC)")"
ok member list --status deceased --format csv
equal "list --status deceased" "$hai" "$(ids)"
ok member list --status expelled --format csv
equal "list --status expelled" "$khai" "$(ids)"
# --at: as registered on that day.
ok member list --at 2021-06-01 --format csv
has "list --at: a member then" " $(ids) " " $khai "
lacks "list --at: not yet admitted" " $(ids) " " $adult "
lacks "list --at: out of the party then" " $(ids) " " $em "
ok member list --at 2023-06-01 --format csv
has "list --at: readmitted" " $(ids) " " $em "
equal "list --at: status then" probationary "$(csv "SELECT status FROM t WHERE id = $em")"
ok member list --at 2025-01-31 --under C2 --format csv
has "list --at: in the old cell" " $(ids) " " $binh "
refused 1 "status: lapsed: one of probationary, official, temporary, removed, resigned, deceased or expelled" \
  member list --status lapsed
refused 1 "under: NOPE: no organisation has this code" member list --under NOPE
refused 1 "at: 2026-02-30: no such day" member list --at 2026-02-30

# ---- find: without regard to case or diacritics --------------------------

ok member find "nguyen van an" --format csv
equal "find: whole words first" "$an $anh" "$(ids)"
ok member find "NGUYỄN VĂN AN" --format csv
equal "find: case and diacritics as typed" "$an $anh" "$(ids)"
ok member find "dang" --format csv
equal "find: đ is d" "$binh" "$(ids)"
ok member find "Đặng thị" --format csv
equal "find: two words" "$binh" "$(ids)"
ok member find "  van   cuong " --format csv
equal "find: spaces do not matter" "$cuong" "$(ids)"
# Decomposed input (e + circumflex + tilde) finds the composed name.
ok member find "$(printf 'Nguye\xcc\x82\xcc\x83n va\xcc\x86n an')" --format csv
equal "find: decomposed input" "$an $anh" "$(ids)"
ok member find "ang" --format csv
equal "find: words match from their start" "" "$(ids)"
ok member find "giang"
has "find: former members too" "$OUT" "Đỗ Thị Giang"
has "find: with their status" "$OUT" "resigned"
refused 1 "text: give some letters of a name" member find "   "
refused 1 "argument 1: invalid UTF-8" member find "$(printf 'nguy\xff')"

# ---- badges: who reaches a milestone in a period -------------------------

ok org add C9 --name "Chi bộ Hưu trí" --kind cell --parent G --founded 1960-01-01
ok member add --name "Tô Văn Ba Mươi" --born 1970-01-01 --gender male --cell C9 \
  --admitted 1996-11-20 --official 1997-11-20
b30=$OUT
ok member add --name "Mai Thị Bốn Mươi" --born 1960-01-01 --gender female --cell C2 \
  --admitted 1986-07-15 --official 1987-07-15
b40=$OUT
ok member add --name "Hà Văn Gián Đoạn" --born 1955-01-01 --gender male --cell C9 \
  --admitted 1981-05-01 --official 1982-05-01
gap=$OUT
ok member remove "$gap" --date 1990-01-01
ok member readmit "$gap" --cell C9 --date 1993-01-01
ok member recognize "$gap" --date 1994-01-01
ok member badges --from 2026-01-01 --to 2026-12-31 --format csv
# An (admitted 1996-03-01) and Ba Mươi reach 30 years, Bốn Mươi 40 (later
# than today: badges are planned ahead); the interrupted member reaches 45
# only in 2029.
equal "badges: who" "$an $b30 $b40" "$(ids)"
equal "badges: years and days" \
  "30|2026-03-01|2025-03-01 30|2026-11-20|2025-11-20 40|2026-07-15|2025-07-15" \
  "$(csv "SELECT group_concat(years || '|' || due || '|' || earliest, ' ') FROM t")"
ok member badges --from 2026-01-01 --to 2026-12-31 --under C9 --format csv
equal "badges --under" "$b30" "$(ids)"
ok member badges --from 2024-01-01 --to 2024-12-31 --format csv
equal "badges: party age without the time out" "$gap|40" \
  "$(csv "SELECT id || '|' || years FROM t WHERE id = $gap")"
# Due to one still an official member on the day: Hải (60 years on
# 2025-01-01, deceased in May) is; Giang (30 years on 2025-01-01, resigned
# in 2024) is not.
ok member badges --from 2025-01-01 --to 2025-12-31 --format csv
equal "badges: members on the day only" "$hai|60" \
  "$(csv "SELECT group_concat(id || '|' || years, ' ') FROM t")"
ok member badges --from 2026-01-01 --to 2026-12-31
has "badges: table" "$OUT" "Mai Thị Bốn Mươi"
refused 1 "to: 2026-01-01: before the first day 2026-12-31" \
  member badges --from 2026-12-31 --to 2026-01-01
refused 1 "from: 2026-02-30: no such day" member badges --from 2026-02-30 --to 2026-12-31
refused 1 "under: NOPE: no organisation has this code" \
  member badges --from 2026-01-01 --to 2026-12-31 --under NOPE

ok check
finish
