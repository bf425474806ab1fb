# Documents (DOMAIN.md §6): the register, dissemination and implementation
# by organisations, coverage under an organisation, every refusal with the
# database unchanged, and the report's document figures counted by the
# script (year_model.sh) for both engines and after a later move.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init
#   HT (provincial)
#   ├─ BLK (committee)                       D2 (committee)
#   │  ├─ GC (grassroots committee): C1, C2 cells; SUB (sub-committee): C3
#   │  ├─ GB (grassroots cell)
#   │  └─ GN (grassroots cell, founded 2025-06-01)
#   └─ GX (grassroots cell, dissolved 2025-05-01)
o_add HT provincial "" 1930-10-01 "Tỉnh ủy Hà Tĩnh"
o_add BLK committee HT 1959-05-10 "Đảng bộ Khối Cơ quan tỉnh"
o_add D2 committee HT 1976-03-01 "Huyện ủy Cẩm Xuyên"
o_add GC grassroots_committee BLK 2000-01-01 "Đảng bộ Sở Tài chính"
o_add C1 cell GC 2000-01-01 "Chi bộ Văn phòng Sở"
o_add C2 cell GC 2000-01-01 "Chi bộ Phòng Ngân sách"
o_add SUB sub_committee GC 2000-01-01 "Đảng bộ bộ phận Kho bạc"
o_add C3 cell SUB 2000-01-01 "Chi bộ Kho bạc 1"
o_add GB grassroots_cell BLK 2000-01-01 "Chi bộ Báo Hà Tĩnh"
o_add GN grassroots_cell BLK 2025-06-01 "Chi bộ Đài Phát thanh"
o_add GX grassroots_cell HT 2000-01-01 "Chi bộ Công ty Khoáng sản"
o_dissolve GX 2025-05-01
m_add A1 C1 male 1980-01-15 Kinh university none "" 2010-01-05 2011-01-05 \
  "" "Nguyễn Văn An"

# ---- the register -------------------------------------------------------------
ok doc add 21-NQ/TW --kind resolution --issuer "Ban Chấp hành Trung ương" \
  --date 2022-06-16 --title "Tăng cường củng cố tổ chức cơ sở đảng"
ok doc add 60-QĐ/TW --kind regulation --issuer "Bộ Chính trị" \
  --date 2025-01-08 --title "Quy định về sinh hoạt chi bộ"
ok doc add 16-NQ/TU --kind resolution --issuer "Tỉnh ủy Hà Tĩnh" \
  --date 2025-03-01 --title "Nghị quyết về chuyển đổi số"
ok doc add 50-CT/TW --kind directive --issuer "Bộ Chính trị" \
  --date 2025-07-23 --title "Nâng cao chất lượng sinh hoạt chi bộ"
ok doc show 60-QĐ/TW --format json
equal "Vietnamese survives the round trip" "60-QĐ/TW|Bộ Chính trị|regulation" \
  "$(json number)|$(json issuer)|$(json kind)"
# NFC on the way in: a number typed with a decomposed ê is kept composed.
decomposed=$(printf 'Tie\xcc\x82n')
ok doc add "X-$decomposed/1" --kind other --issuer "Ban" --date 2024-01-01 \
  --title "t"
ok doc show "X-Tiên/1" --format json
equal "numbers are kept in NFC" "X-Tiên/1" "$(json number)"

refused 1 "number: 21-NQ/TW: already the number of a document (21-NQ/TW of \
2022-06-16, Tăng cường củng cố tổ chức cơ sở đảng); document numbers are \
unique" doc add 21-NQ/TW --kind resolution --issuer x --date 2022-06-16 \
  --title y
refused 1 "number: 21-nq/tw: already the number of a document (21-NQ/TW" \
  doc add 21-nq/tw --kind resolution --issuer x --date 2022-06-16 --title y
refused 1 "number: 21 NQ/TW: a document number has no spaces" doc add \
  "21 NQ/TW" --kind resolution --issuer x --date 2022-06-16 --title y
refused 1 "kind: law: one of resolution, directive, regulation, \
conclusion, instruction or other" doc add 1-L --kind law --issuer x --date 2022-06-16 \
  --title y
refused 1 "title: must not be empty" doc add 1-L --kind other --issuer x \
  --date 2022-06-16 --title " "
refused 1 "date: 2026-07-01: a date in the future" doc add 1-L --kind other \
  --issuer x --date 2026-07-01 --title y
refused 1 "date: 2025-02-30: no such day" doc add 1-L --kind other \
  --issuer x --date 2025-02-30 --title y
refused 2 "doc add: --issuer TEXT is required" doc add 1-L --kind other \
  --date 2025-01-01 --title y

# ---- dissemination and implementation, with the model -------------------------
# step VERB NUMBER ORG DATE: the step lands on ORG and those above it.
step() {
  ok doc "$1" "$2" --org "$3" --date "$4"
  anc "$3" "$4"
  work "$4" documents "${1/disseminate/disseminated}" 1 $A
}
step2() { # the same, for `implement`
  ok doc implement "$1" --org "$2" --date "$3"
  anc "$2" "$3"
  work "$3" documents implemented 1 $A
}
step disseminate 21-NQ/TW BLK 2025-01-20
step disseminate 21-NQ/TW GC 2025-02-05
step disseminate 21-NQ/TW C1 2025-02-10
step disseminate 21-NQ/TW GB 2025-03-15
step disseminate 21-NQ/TW GX 2025-04-01
step2 21-NQ/TW GC 2025-02-05
step2 21-NQ/TW C1 2025-08-01
step disseminate 16-NQ/TU HT 2025-03-05
step disseminate 16-NQ/TU C3 2025-09-09
step2 16-NQ/TU HT 2025-04-01
# A meeting that disseminates a document records it for its cell.
ok meeting add --cell C1 --date 2025-08-05 --kind regular --chair ${ID[A1]} \
  --minutes 90 --document 50-CT/TW --document 60-QĐ/TW
MID=$OUT
anc C1 2025-08-05
work 2025-08-05 meetings regular 1 $A
work 2025-08-05 documents disseminated 2 $A
ok doc show 50-CT/TW --format json
equal "disseminated by C1 at the meeting" "C1|2025-08-05|$MID" \
  "$(json 'steps[0].org')|$(json 'steps[0].date')|$(json 'steps[0].meeting')"
ok doc show 21-NQ/TW
has "text: a step" "$OUT" "disseminated  2025-02-10  C1"
has "text: an implementation" "$OUT" "implemented   2025-08-01  C1"
ok doc show 16-NQ/TU --format json
equal "steps by step, date" "disseminated HT|disseminated C3|implemented HT" \
  "$(json_each '$.steps' "json_extract(value, '\$.step') || ' ' ||
    json_extract(value, '\$.org')" | paste -sd'|')"
ok doc list --format csv
equal "doc list: counts" \
  "16-NQ/TU,2,1|21-NQ/TW,5,2|50-CT/TW,1,0|60-QĐ/TW,1,0|X-Tiên/1,0,0" \
  "$(csv "SELECT number || ',' || disseminated || ',' || implemented FROM t
    ORDER BY number" | paste -sd'|')"

# Refusals, the database unchanged.
refused 1 "number: 99-NQ/TW: no document has this number (register it with \
cadre doc add)" doc disseminate 99-NQ/TW --org C1 --date 2025-05-01
refused 1 "org: XX: no organisation has this code" doc disseminate 21-NQ/TW \
  --org XX --date 2025-05-01
refused 1 "date: 2025-07-01: 50-CT/TW was issued on 2025-07-23; it is \
disseminated on or after that day" doc disseminate 50-CT/TW --org C2 \
  --date 2025-07-01
refused 1 "cannot disseminate 21-NQ/TW at C1 on 2025-05-01: C1 disseminated \
it on 2025-02-10; each organisation records each step once" \
  doc disseminate 21-nq/tw --org C1 --date 2025-05-01
refused 1 "org: organisation GX was dissolved on 2025-05-01 (2025-06-01)" \
  doc disseminate 16-NQ/TU --org GX --date 2025-06-01
refused 1 "org: organisation GN did not exist yet on 2025-05-01 (founded \
2025-06-01)" doc disseminate 16-NQ/TU --org GN --date 2025-05-01
refused 1 "cannot implement 21-NQ/TW at C2 on 2025-05-01: it was not \
disseminated there; a document is implemented where it was disseminated, \
from that day on" doc implement 21-NQ/TW --org C2 --date 2025-05-01
refused 1 "cannot implement 21-NQ/TW at GB on 2025-03-14: it was \
disseminated there on 2025-03-15" doc implement 21-NQ/TW --org GB \
  --date 2025-03-14
refused 1 "cannot implement 21-NQ/TW at C1 on 2025-09-01: C1 implemented it \
on 2025-08-01; each organisation records each step once" \
  doc implement 21-NQ/TW --org C1 --date 2025-09-01
refused 1 "date: 2026-07-01: a date in the future" doc implement 21-NQ/TW \
  --org GB --date 2026-07-01
refused 1 "number: 99-NQ/TW: no document has this number" doc show 99-NQ/TW

# ---- coverage --------------------------------------------------------------------
# Under BLK on 2025-12-31: GC, C1, C2, C3, GB, GN (the sub-committee is not
# counted). 21-NQ/TW: GC, C1, GB have it: 3 of 6, 50.0%.
ok doc coverage 21-NQ/TW --under BLK --at 2025-12-31 --format json
equal "coverage counts" "6 3 50.0" \
  "$(json organizations) $(json disseminated) $(json share)"
equal "not yet: by code" "C2|C3|GN" \
  "$(json_each '$.missing' "json_extract(value, '\$.org')" | paste -sd'|')"
ok doc coverage 21-NQ/TW --under BLK --at 2025-12-31
has "text" "$OUT" "disseminated by 3 of 6 organisations (50.0%)"
has "text: the missing" "$OUT" "C2   cell"
# Earlier, GN did not exist and GB had not disseminated it yet: 2 of 5.
ok doc coverage 21-NQ/TW --under BLK --at 2025-03-01 --format json
equal "at an earlier day" "5 2 40.0" \
  "$(json organizations) $(json disseminated) $(json share)"
# 16-NQ/TU under GC: only C3 of GC, C1, C2, C3: 25.0%.
ok doc coverage 16-NQ/TU --under GC --at 2025-12-31 --format json
equal "under a grassroots committee" "4 1 25.0" \
  "$(json organizations) $(json disseminated) $(json share)"
ok doc coverage 60-QĐ/TW --under GC --at 2025-12-31
has "one of four" "$OUT" "disseminated by 1 of 4 organisations (25.0%)"
ok doc coverage 21-NQ/TW --under C2 --at 2025-12-31 --format json
equal "a cell alone" "1 0 0.0" \
  "$(json organizations) $(json disseminated) $(json share)"
refused 1 "number: 99-NQ/TW: no document has this number" doc coverage \
  99-NQ/TW --under BLK
refused 2 "doc coverage: --under CODE is required" doc coverage 21-NQ/TW
refused 1 "under: XX: no organisation has this code" doc coverage 21-NQ/TW \
  --under XX

# ---- the report's figures ------------------------------------------------------
Y0=2025-01-01
Y1=2025-12-31
PERIODS=("$Y0 $Y1" "$Y0 2025-03-31" "2025-04-01 $Y1" "2025-02-05 2025-02-05"
  "2024-01-01 2024-12-31")
for org in HT BLK D2 GC SUB C1 C3 GB GX; do
  for p in "${PERIODS[@]}"; do
    check_report "$org" $p
    same_engines "$org" $p
  done
done
ok report HT --from $Y0 --to $Y1 --format json
equal "the province: every step below and its own" "9 3" \
  "$(json documents.disseminated) $(json documents.implemented)"
ok report HT --from $Y0 --to $Y1 --format summary
has "the summary quotes them" "$OUT" "disseminations of documents"
# A later move keeps 2025 as it was; a step after the move counts in D2.
for org in HT BLK GC D2 C1; do
  ok report "$org" --from $Y0 --to $Y1 --format json
  cp "$T/out" "$T/past-$org.json"
done
o_move GC D2 2026-02-01
step disseminate 50-CT/TW C2 2026-03-01
for org in HT BLK GC D2 C1; do
  ok report "$org" --from $Y0 --to $Y1 --format json
  same_as "$org 2025 after the move" "$T/past-$org.json"
  check_report "$org" 2026-01-01 2026-06-30
  same_engines "$org" 2026-01-01 2026-06-30
done
ok check
equal "check" ok "$OUT"

finish
