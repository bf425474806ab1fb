# Cell meetings (DOMAIN.md §5, docs/rubric.md): every rule and refusal of
# `meeting add` and `meeting score`, the default rubric's arithmetic worked
# out by hand, a loaded rubric, and the report's meeting figures counted by
# the script (year_model.sh) for a committee, a grassroots organisation and
# a cell, from both engines, and unchanged by a later move.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init

# ---- the tree and the people -------------------------------------------------
#   HT (provincial)
#   ├─ BLK (committee)                  D2 (committee): GC moves there in 2026
#   │  ├─ GC (grassroots committee): C1 (5 members), C2 (2), C3 (dissolved)
#   │  └─ GB (grassroots cell, 31 members: a large cell)
o_add HT provincial "" 1930-10-01 "Tỉnh ủy Hà Tĩnh"
o_add BLK committee HT 1959-05-10 "Đảng bộ Khối Cơ quan tỉnh"
o_add D2 committee HT 1976-03-01 "Huyện ủy Cẩm Xuyên"
o_add GC grassroots_committee BLK 2000-01-01 "Đảng bộ Sở Tài chính"
o_add C1 cell GC 2000-01-01 "Chi bộ Văn phòng Sở"
o_add C2 cell GC 2000-01-01 "Chi bộ Phòng Ngân sách"
o_add C3 cell GC 2000-01-01 "Chi bộ Phòng Giá"
o_add C9 cell GC 2025-09-01 "Chi bộ mới"
o_add GB grassroots_cell BLK 2000-01-01 "Chi bộ Báo Hà Tĩnh"
o_dissolve C3 2025-06-01

for i in 1 2 3 4 5; do
  pos=""
  [ $i = 1 ] && pos="Bí thư chi bộ"
  m_add "A$i" C1 male 1980-0$i-15 Kinh university elementary "" \
    2010-01-05 2011-01-05 "$pos" "Nguyễn Văn A$i"
done
for i in 1 2; do
  m_add "B$i" C2 female 1985-0$i-15 Kinh university none "" 2012-01-05 \
    2013-01-05 "" "Trần Thị B$i"
done
for i in $(seq 1 31); do
  m_add "G$i" GB male 1975-03-15 Kinh college none "" 2005-01-05 \
    2006-01-05 "" "Lê Văn G$i"
done
# B2 visits C1 from March to September (temporary transfer); A5 moves to
# C2 for good on 1 May.
m_visit B2 C1 2025-03-01 2025-09-01
m_transfer A5 C2 2025-05-01

ok doc add 21-NQ/TW --kind resolution --issuer "Ban Chấp hành Trung ương" \
  --date 2022-06-16 --title "Tăng cường củng cố tổ chức cơ sở đảng"
ok doc add 50-CT/TW --kind directive --issuer "Bộ Chính trị" \
  --date 2025-07-23 --title "Nâng cao chất lượng sinh hoạt chi bộ"

# ---- recording meetings, with the model ----------------------------------------
# mt EXPECTED_SCORE ARGS...: `meeting add ARGS`, which must print an id and
# score EXPECTED_SCORE ("-" for unscored); the meeting lands on its cell
# and everything above it on its day (docs/rubric.md). Sets MID.
mt() {
  local want=$1 cell="" date="" kind="" a
  shift
  local args=("$@")
  for ((a = 0; a < ${#args[@]}; a++)); do
    case ${args[$a]} in
    --cell) cell=${args[$((a + 1))]} ;;
    --date) date=${args[$((a + 1))]} ;;
    --kind) kind=${args[$((a + 1))]} ;;
    --document) work_doc "$date" disseminated "$cell" ;;
    esac
  done
  ok meeting add "$@"
  MID=$OUT
  ok meeting show "$MID" --format json
  local got
  got=$(json score)
  equal "meeting $MID ($cell $date) score" "$want" "${got:--}"
  anc "$cell" "$date"
  work "$date" meetings "$kind" 1 $A
  [ "$want" = - ] || model_score "$date" "$want" 1 $A
}
# model_score DATE SCORE SIGN ORG...: a scored meeting (SIGN -1 takes it
# back).
model_score() {
  local d=$1 s=$2 sign=$3 g
  shift 3
  if ((s >= 90)); then g=good
  elif ((s >= 70)); then g=fairly-good
  elif ((s >= 50)); then g=average
  else g=poor; fi
  work "$d" meetings scored "$sign" "$@"
  work "$d" meetings score_sum $((sign * s)) "$@"
  work "$d" meetings.grades "$g" "$sign" "$@"
}
work_doc() { # DATE STEP ORG
  anc "$3" "$1"
  work "$1" documents "$2" 1 $A
}
# points ID: "criterion=points ..." of a meeting, from its JSON.
points() {
  ok meeting show "$1" --format json
  json_each '$.criteria' "json_extract(value, '\$.id') || '=' ||
    coalesce(json_extract(value, '\$.points'), '-')" | tr '\n' ' '
}
G_ALL=(--points preparation=10 --points conduct=20 --points chairing=10
  --points principles=5 --points closing=5)

# ---- the default rubric, by hand ------------------------------------------------
# C1 has 5 registered members (A1..A5) until 1 May. Everything given in
# full; speakers none: conduct 0 + 20.
# 1) 90 minutes, all present, 95% met: 5 + (4+1) + 10 + 20 + 10 + 5 + 30 +
#    5 = 90, good.
mt 90 --cell C1 --date 2025-01-10 --kind regular --chair ${ID[A1]} \
  --minutes 90 --present all --result 95 "${G_ALL[@]}" \
  --task "Thu đảng phí quý I" --task "Chuẩn bị đại hội"
M1=$MID
equal "meeting 1 criteria" "length=5 attendance=5 preparation=10 \
conduct=20 chairing=10 principles=5 resolution=30 closing=5 " "$(points $M1)"
# 2) 89 minutes (under 90 for a cell under 30 members): length 0. A5 absent
#    (80%: 3, +1 no one absent more than 3 in a row); 2 of 4 present spoke
#    (50%: 10); 85% met: 27. 0 + 4 + 10 + 30 + 10 + 5 + 27 + 5 = 91.
mt 91 --cell C1 --date 2025-02-10 --kind regular --chair ${ID[A1]} \
  --minutes 89 --present ${ID[A2]},${ID[A3]},${ID[A4]} \
  --absent "${ID[A5]}:ốm" --opinion ${ID[A1]} --opinion "${ID[A2]}::Đề nghị" \
  --result 85 "${G_ALL[@]}"
M2=$MID
equal "meeting 2 criteria" "length=0 attendance=4 preparation=10 \
conduct=30 chairing=10 principles=5 resolution=27 closing=5 " "$(points $M2)"
ok meeting show $M2 --format json
equal "the chair's opinion: a position alone is no management post (the \
flag is: member add --manager, t_records.sh)" 0 "$(json 'opinions[0].manager')"
equal "A2's opinion: not a manager" 0 "$(json 'opinions[1].manager')"
equal "the opinion's text" "Đề nghị" "$(json 'opinions[1].text')"
equal "follow up: the tasks of meeting 1" \
  "Thu đảng phí quý I|Chuẩn bị đại hội" \
  "$(json_each '$.follow_up.tasks' value | paste -sd'|')"
equal "speakers" 2 "$(json speakers)"
equal "A5 absent with the reason" "ốm" \
  "$(json_each '$.attendance' "json_extract(value, '\$.reason')" | grep .)"
# 3) A5 absent again (twice in a row): 4 of 5 present (the visitor B2 is
#    not registered here), 80%: 3, +1. Three of the four present spoke,
#    A2 as a manager by choice (75%: 10). 75% met: 24.
#    5 + 4 + 10 + 30 + 10 + 5 + 24 + 5 = 93.
mt 93 --cell C1 --date 2025-03-10 --kind thematic --chair ${ID[A1]} \
  --minutes 120 --theme "Học tập Nghị quyết" --present all \
  --absent ${ID[A5]} --result 75 "${G_ALL[@]}" \
  --opinion "${ID[A2]}:manager" --opinion ${ID[A3]} --opinion ${ID[A4]}
equal "meeting 3 criteria" "length=5 attendance=4 preparation=10 \
conduct=30 chairing=10 principles=5 resolution=24 closing=5 " \
  "$(points $MID)"
ok meeting show $MID --format json
equal "a role given overrides the position" 1 "$(json 'opinions[0].manager')"
# 4) The visitor B2 attends; A5 absent a third time in a row: still the
#    bonus. Nobody spoke: 20. 70% met: 24. 5 + 4 + 10 + 20 + 10 + 5 + 24 +
#    5 = 83.
mt 83 --cell C1 --date 2025-04-10 --kind regular --chair ${ID[A1]} \
  --minutes 120 --present all,${ID[B2]} --absent ${ID[A5]} --result 70 \
  "${G_ALL[@]}"
M4=$MID
ok meeting show $M4 --format json
equal "the visitor is recorded present, marked a visitor" "${ID[B2]}" \
  "$(json_each '$.attendance' "json_extract(value, '\$.member')
    || ':' || json_extract(value, '\$.present')
    || json_extract(value, '\$.visitor')" | sed -n 's/:11$//p')"
equal "visitors are not among the registered" "5 4" \
  "$(json registered) $(json present)"
# 5) A fourth absence in a row: no bonus. 60% met: 20.
#    5 + 3 + 10 + 20 + 10 + 5 + 20 + 5 = 78, fairly good.
mt 78 --cell C1 --date 2025-04-25 --kind regular --chair ${ID[A1]} \
  --minutes 90 --present all --absent ${ID[A5]} --result 60 "${G_ALL[@]}"
equal "meeting 5 criteria" "length=5 attendance=3 preparation=10 \
conduct=20 chairing=10 principles=5 resolution=20 closing=5 " \
  "$(points $MID)"
ok meeting show $MID --format json
equal "grade" fairly-good "$(json grade)"

# GB has 31 registered members: a large cell, 120 minutes.
absent_g() { # FIRST: --absent for G<FIRST>..G31
  local k
  AB=()
  for k in $(seq "$1" 31); do AB+=(--absent "${ID[G$k]}"); done
}
# 6) 119 minutes: length 0. 28 of 31 (90.3%): 4 + 1. 49% met: 10.
#    0 + 5 + 10 + 20 + 10 + 5 + 10 + 5 = 65, average.
absent_g 29
mt 65 --cell GB --date 2025-05-10 --kind regular --chair ${ID[G1]} \
  --minutes 119 --present all "${AB[@]}" --result 49 "${G_ALL[@]}"
# 7) 120 minutes: 5. 24 of 31 (77.4%): 3 + 1. 50% met: 15.
#    5 + 4 + 10 + 20 + 10 + 5 + 15 + 5 = 74.
absent_g 25
mt 74 --cell GB --date 2025-06-10 --kind regular --chair ${ID[G1]} \
  --minutes 120 --present all "${AB[@]}" --result 50 "${G_ALL[@]}"
# 8) 21 of 31 (67.7%): 2 + 1 (G29..G31 absent 3 in a row). 80% met: 27.
#    5 + 3 + 10 + 20 + 10 + 5 + 27 + 5 = 85.
absent_g 22
mt 85 --cell GB --date 2025-07-10 --kind regular --chair ${ID[G1]} \
  --minutes 150 --present all "${AB[@]}" --result 80 "${G_ALL[@]}"
# 9) 20 of 31 (64.5%): 1, no bonus (4 in a row). 90% met: 30. Closing not
#    given yet: unscored, until `meeting score` gives it.
absent_g 21
mt - --cell GB --date 2025-08-10 --kind regular --chair ${ID[G1]} \
  --minutes 120 --present all "${AB[@]}" --result 90 \
  --points preparation=10 --points conduct=20 --points chairing=10 \
  --points principles=5
M9=$MID
equal "meeting 9: closing has no points yet" "length=5 attendance=1 \
preparation=10 conduct=20 chairing=10 principles=5 resolution=30 closing=- " \
  "$(points $M9)"
ok meeting list --under GB --format csv
equal "listed unscored" "" "$(csv "SELECT score FROM t WHERE id = '$M9'")"
ok meeting score $M9 --points closing=2
equal "scored: 5 + 1 + 10 + 20 + 10 + 5 + 30 + 2" "83 fairly-good" "$OUT"
model_score 2025-08-10 83 1 GB BLK HT
equal "meeting 9 criteria" "length=5 attendance=1 preparation=10 \
conduct=20 chairing=10 principles=5 resolution=30 closing=2 " \
  "$(points $M9)"
# 10) C2, October: B1, B2 and A5 registered, all present (100%: 4 + 1);
#     no result yet: unscored until it comes with the points.
mt - --cell C2 --date 2025-10-10 --kind thematic --chair ${ID[B1]} \
  --minutes 90 --present all --document 50-CT/TW
M10=$MID
ok meeting score $M10 --points preparation=10
equal "still unscored" unscored "$OUT"
ok meeting score $M10 --result 100 --points conduct=20 --points chairing=10 \
  --points principles=5 --points closing=5
equal "5 + 5 + 10 + 20 + 10 + 5 + 30 + 5" "90 good" "$OUT"
model_score 2025-10-10 90 1 C2 GC BLK HT
ok meeting show $M10 --format json
equal "registered in C2 on the day" "3 3" "$(json registered) $(json present)"
equal "the document, disseminated at the meeting" 50-CT/TW \
  "$(json 'documents[0].number')"
# Rescoring re-places the point: meeting 2 (91, good) becomes 86.
ok meeting score $M2 --points preparation=5
equal "rescored" "86 fairly-good" "$OUT"
model_score 2025-02-10 91 -1 C1 GC BLK HT
model_score 2025-02-10 86 1 C1 GC BLK HT
# A meeting of the new cell, after A4 moved there.
m_transfer A4 C9 2025-09-15
mt - --cell C9 --date 2025-11-05 --kind regular --chair ${ID[A4]} \
  --minutes 60
ok check
equal "check" ok "$OUT"

# ---- refusals ----------------------------------------------------------------
base=(--date 2025-12-01 --kind regular --minutes 90)
refused 1 "cell: GC is a grassroots_committee; meetings are those of party \
cells (cell, grassroots_cell)" meeting add --cell GC --chair ${ID[A1]} \
  "${base[@]}"
refused 1 "cell: BLK is a committee" meeting add --cell BLK \
  --chair ${ID[A1]} "${base[@]}"
refused 1 "cell: C3 was dissolved on 2025-06-01: no meeting on 2025-07-01 \
(a cell meets while it exists)" meeting add --cell C3 --date 2025-07-01 \
  --kind regular --chair ${ID[A1]} --minutes 90
refused 1 "cell: organisation C9 did not exist yet on 2025-08-01 (founded \
2025-09-01)" meeting add --cell C9 --date 2025-08-01 --kind regular \
  --chair ${ID[A4]} --minutes 90
refused 1 "cell: XX: no organisation has this code" meeting add --cell XX \
  --chair 1 "${base[@]}"
# Attendance by someone not in the cell that day.
refused 1 "present: member ${ID[B1]} (Trần Thị B1) is not registered in C1 \
on 2025-12-01 nor on a temporary transfer to it (registered in C2); a \
meeting is attended by the cell's members and its temporary visitors" \
  meeting add --cell C1 --chair ${ID[A1]} --present ${ID[B1]} "${base[@]}"
refused 1 "chair: member ${ID[G1]} (Lê Văn G1) is not registered in C1" \
  meeting add --cell C1 --chair ${ID[G1]} "${base[@]}"
refused 1 "absent: member ${ID[A5]} (Nguyễn Văn A5) is not registered in C1 \
on 2025-12-01 nor on a temporary transfer to it (registered in C2)" \
  meeting add --cell C1 --chair ${ID[A1]} --absent ${ID[A5]} "${base[@]}"
# The visit ended on 1 September.
refused 1 "present: member ${ID[B2]} (Trần Thị B2) is not registered in C1" \
  meeting add --cell C1 --chair ${ID[A1]} --present ${ID[B2]} "${base[@]}"
refused 1 "present: 999: no member has this id or party card number" \
  meeting add --cell C1 --chair ${ID[A1]} --present 999 "${base[@]}"
refused 1 "opinion: member ${ID[A2]} is not listed present; opinions come \
from those present" meeting add --cell C1 --chair ${ID[A1]} \
  --absent ${ID[A2]} --opinion ${ID[A2]} "${base[@]}"
refused 1 "opinion: ${ID[A1]}:boss: the role is manager (holds a management \
post) or member" meeting add --cell C1 --chair ${ID[A1]} \
  --opinion ${ID[A1]}:boss "${base[@]}"
refused 1 "absent: member ${ID[A1]} chairs the meeting; the chair is present" \
  meeting add --cell C1 --chair ${ID[A1]} --absent ${ID[A1]} "${base[@]}"
refused 1 "absent: member ${ID[A2]} is listed present" meeting add --cell C1 \
  --chair ${ID[A1]} --present ${ID[A2]} --absent ${ID[A2]} "${base[@]}"
refused 1 "absent: member ${ID[A2]} is listed absent twice" meeting add \
  --cell C1 --chair ${ID[A1]} --absent ${ID[A2]} --absent ${ID[A2]} \
  "${base[@]}"
refused 1 "present: member ${ID[A2]} is listed twice" meeting add --cell C1 \
  --chair ${ID[A1]} --present ${ID[A2]},${ID[A2]} "${base[@]}"
# Points outside a criterion's range, or not the scorer's to give.
refused 1 "points: preparation=11: the scorer gives preparation 0 to 10 \
points" meeting add --cell C1 --chair ${ID[A1]} --points preparation=11 \
  "${base[@]}"
refused 1 "points: conduct=-1: the scorer gives conduct 0 to 20 points" \
  meeting add --cell C1 --chair ${ID[A1]} --points conduct=-1 "${base[@]}"
refused 1 "points: resolution=30: the points of resolution are computed \
from what the meeting records (resolution), not given" meeting add \
  --cell C1 --chair ${ID[A1]} --points resolution=30 "${base[@]}"
refused 1 "points: speech=3: the rubric national-2025 has no criterion \
speech (those the scorer gives: preparation, conduct, chairing, principles, \
closing)" meeting add --cell C1 --chair ${ID[A1]} --points speech=3 \
  "${base[@]}"
refused 1 "points: closing=x: a whole number of points is needed" \
  meeting add --cell C1 --chair ${ID[A1]} --points closing=x "${base[@]}"
refused 1 "points: closing: CRITERION=N is needed" meeting add --cell C1 \
  --chair ${ID[A1]} --points closing "${base[@]}"
refused 1 "points: closing=4: closing is given twice" meeting add --cell C1 \
  --chair ${ID[A1]} --points closing=3 --points closing=4 "${base[@]}"
# The facts.
refused 1 "minutes: 0: the length in whole minutes, 1 to 1440" meeting add \
  --cell C1 --chair ${ID[A1]} --date 2025-12-01 --kind regular --minutes 0
refused 1 "minutes: 1441:" meeting add --cell C1 --chair ${ID[A1]} \
  --date 2025-12-01 --kind regular --minutes 1441
refused 1 "minutes: 9O:" meeting add --cell C1 --chair ${ID[A1]} \
  --date 2025-12-01 --kind regular --minutes 9O
refused 1 "result: 101: the share of last month's targets met, a whole \
percentage from 0 to 100" meeting add --cell C1 --chair ${ID[A1]} \
  --result 101 "${base[@]}"
refused 1 "kind: monthly: one of regular or thematic" meeting add --cell C1 \
  --chair ${ID[A1]} --date 2025-12-01 --kind monthly --minutes 90
refused 1 "date: 2026-07-01: a date in the future" meeting add --cell C1 \
  --chair ${ID[A1]} --date 2026-07-01 --kind regular --minutes 90
refused 1 "date: 2025-04-01: C1 has a meeting recorded on 2025-04-25; a \
cell's meetings are recorded in date order" meeting add --cell C1 \
  --chair ${ID[A1]} --date 2025-04-01 --kind regular --minutes 90
# Documents.
refused 1 "document: 16-NQ/TU: no document has this number" meeting add \
  --cell C1 --chair ${ID[A1]} --document 16-NQ/TU "${base[@]}"
refused 1 "document: 50-CT/TW: issued on 2025-07-23, after the meeting \
(2025-07-01)" meeting add --cell C1 --chair ${ID[A1]} --date 2025-07-01 \
  --kind regular --minutes 90 --document 50-CT/TW
refused 1 "document: 50-CT/TW: C2 disseminated it on 2025-10-10 already; a \
document is disseminated once by each organisation" meeting add --cell C2 \
  --chair ${ID[B1]} --document 50-ct/tw "${base[@]}"
refused 1 "document: 21-NQ/TW: listed twice" meeting add --cell C1 \
  --chair ${ID[A1]} --document 21-NQ/TW --document 21-nq/TW "${base[@]}"
# Usage: a repeated option that is not repeatable, one missing.
refused 2 "option --chair is given twice" meeting add --cell C1 \
  --chair ${ID[A1]} --chair ${ID[A2]} "${base[@]}"
refused 2 "meeting add: --minutes N is required" meeting add --cell C1 \
  --chair ${ID[A1]} --date 2025-12-01 --kind regular
# meeting score.
refused 1 "meeting: 9999: no meeting has this id" meeting score 9999 \
  --points closing=1
refused 1 "meeting: x: no meeting has this id" meeting score x \
  --points closing=1
refused 2 "meeting score: give --points CRITERION=N or --result PCT" \
  meeting score $M9
refused 1 "points: closing=6: the scorer gives closing 0 to 5 points" \
  meeting score $M9 --points closing=6
refused 1 "result: 200:" meeting score $M9 --result 200
refused 1 "meeting: 9999: no meeting has this id" meeting show 9999
refused 1 "meeting: x: no meeting has this id" meeting show x --format json
# A period that ends before it begins is refused, as in the other
# listings (it listed nothing before meeting list went through app/).
refused 1 "to: 2025-01-01: before the first day 2025-02-01" meeting list \
  --from 2025-02-01 --to 2025-01-01
refused 1 "under: NOPE: no organisation has this code" meeting list \
  --under NOPE

# ---- the report's figures, counted by the script -----------------------------
Y0=2025-01-01
Y1=2025-12-31
PERIODS=("$Y0 $Y1" "$Y0 2025-06-30" "2025-07-01 $Y1" "2025-02-10 2025-02-10"
  "2024-01-01 2024-12-31")
for org in HT BLK GC GB C1 C2 D2; do
  for p in "${PERIODS[@]}"; do
    check_report "$org" $p
    same_engines "$org" $p
  done
done
ok report BLK --from $Y0 --to $Y1 --format json
equal "the block's meetings" "11 9 2 10" "$(json meetings.held) \
$(json meetings.regular) $(json meetings.thematic) $(json meetings.scored)"
equal "the block's mean score: (90+86+93+83+78+65+74+85+83+90) / 10" 82.7 \
  "$(json meetings.mean_score)"
# Written as people write it, not as the nearest double (82.700000000000003),
# and the JSON and the CSV write every figure alike, in the same order.
has "the mean score as written in JSON" "$OUT" '"mean_score": 82.7,'
grep -o '": -\?[0-9][0-9.]*' "$T/out" | cut -c4- >"$T/json-numbers"
ok report BLK --from $Y0 --to $Y1 --format csv
tail -n +6 "$T/out" | cut -d, -f3 | tr -d '\r' >"$T/csv-numbers"
equal "every figure of the JSON as in the CSV" "$(cat "$T/csv-numbers")" \
  "$(cat "$T/json-numbers")"
has "the mean score as written in CSV" "$OUT" "meetings,mean_score,82.7"
# Keep the 2025 reports, move GC to D2 in 2026, record a meeting there.
for org in HT BLK GC D2 C1; do
  ok report "$org" --from $Y0 --to $Y1 --format json
  cp "$T/out" "$T/past-$org.json"
done
o_move GC D2 2026-03-01
mt 90 --cell C1 --date 2026-03-10 --kind regular --chair ${ID[A1]} \
  --minutes 90 --present all --result 95 "${G_ALL[@]}"
for org in HT BLK GC D2 C1; do
  ok report "$org" --from $Y0 --to $Y1 --format json
  same_as "$org 2025 after the move" "$T/past-$org.json"
done
for org in HT BLK GC D2 C1; do
  check_report "$org" 2026-01-01 2026-06-30
  same_engines "$org" 2026-01-01 2026-06-30
done
ok report D2 --from 2026-01-01 --to 2026-06-30 --format json
equal "the meeting after the move counts in D2" 1 "$(json meetings.held)"
ok report BLK --from 2026-01-01 --to 2026-06-30 --format json
equal "... not in BLK" 0 "$(json meetings.held)"
ok check
equal "check after the move" ok "$OUT"

# ---- rubrics: the default, refusals, one loaded and used -----------------------
ok rubric show
has "the default is active" "$OUT" "national-2025 (active)"
has "its criteria" "$OUT" "resolution    30"
ok rubric show --format json
equal "JSON: the name" national-2025 "$(json name)"
equal "JSON: the maxima" 100 "$(json_each '$.criteria' \
  "json_extract(value, '\$.max')" | paste -sd+ | bc)"
rubric_file() { # NAME CRITERIA-JSON: writes $T/NAME.json
  printf '{"name": "%s", "criteria": [%s]}\n' "$1" "$2" >"$T/$1.json"
}
LEN='{"id": "length", "title": "Length", "max": 40, "fact": "minutes",
  "bands": [{"from": 60, "points": 40}, {"from": 30, "points": 20},
  {"from": 0, "points": 0}]}'
ATT='{"id": "attendance", "title": "Attendance", "max": 30,
  "fact": "attendance", "bands": [{"from": 100, "points": 30},
  {"from": 50, "points": 15}, {"from": 0, "points": 0}]}'
QUA='{"id": "quality", "title": "Quality", "max": 30, "given": 30}'
printf 'not json' >"$T/bad.json"
refused 1 "rubric $T/bad.json: line 1:" rubric load "$T/bad.json"
refused 1 "(not a JSON rubric)" rubric load "$T/bad.json"
rubric_file dup "$LEN, $ATT, ${QUA/quality/length}"
refused 1 "rubric dup: criterion length: the id is used twice: criterion ids \
are unique" rubric load "$T/dup.json"
rubric_file sum "$LEN, $ATT, ${QUA/30, \"given\": 30/20, \"given\": 20}"
refused 1 "rubric sum: the maxima sum to 90: they must sum to 100" \
  rubric load "$T/sum.json"
rubric_file order "${LEN/\"from\": 30/\"from\": 70}, $ATT, $QUA"
refused 1 "rubric order: criterion length: bands: from 70 after 60: the \
thresholds go from the highest down" rubric load "$T/order.json"
rubric_file top "${LEN/\"points\": 40/\"points\": 35}, $ATT, $QUA"
refused 1 "rubric top: criterion length: bands: the highest band (35) plus \
the bonus (0) plus the given part (0) make 35, not the maximum 40" \
  rubric load "$T/top.json"
rubric_file pct "$LEN, ${ATT/\"from\": 100/\"from\": 110}, $QUA"
refused 1 "rubric pct: criterion attendance: bands: from 110: a threshold of \
attendance is a share from 0 to 100 (%)" rubric load "$T/pct.json"
rubric_file key "$LEN, $ATT, ${QUA/\"given\"/\"weight\"}"
refused 1 "rubric $T/key.json: criteria[2].weight: unknown key (the keys are \
id, title, max, given, fact, bands, large, bonus)" rubric load "$T/key.json"
rubric_file fact "${LEN/minutes/length}, $ATT, $QUA"
refused 1 "rubric $T/fact.json: criteria[0].fact: length: one of \
minutes|attendance|speakers|resolution" rubric load "$T/fact.json"
rubric_file max "${LEN/\"max\": 40/\"max\": \"40\"}, $ATT, $QUA"
refused 1 "rubric $T/max.json: criteria[0].max: \"40\": a whole number" \
  rubric load "$T/max.json"
rubric_file national-2025 "$LEN, $ATT, $QUA"
refused 1 "rubric national-2025: a rubric has this name already" \
  rubric load "$T/national-2025.json"
refused 1 "rubric nothing: no rubric has this name" rubric use nothing
refused 1 "rubric nothing: no rubric has this name" rubric show nothing
refused 3 "cannot read $T/none.json" rubric load "$T/none.json"

# Loaded under another name, it scores the meetings recorded from then on;
# those before keep theirs.
ok rubric load "$T/national-2025.json" --name simple
ok rubric list --format csv
equal "two rubrics, the new one active" "national-2025:|simple:yes" \
  "$(csv "SELECT name || ':' || active FROM t ORDER BY name" | paste -sd'|')"
# 45 minutes: 20; all three present: 30; quality given 25. 75.
mt 75 --cell C2 --date 2026-04-10 --kind regular --chair ${ID[B1]} \
  --minutes 45 --present all --points quality=25
ok meeting show $MID --format json
equal "scored on the loaded rubric" simple "$(json rubric)"
refused 1 "points: preparation=5: the rubric simple has no criterion \
preparation (those the scorer gives: quality)" meeting score $MID \
  --points preparation=5
ok meeting show $M10 --format json
equal "an earlier meeting keeps its rubric" national-2025 "$(json rubric)"
ok meeting score $M10 --points closing=4
equal "and is rescored on it" "89 fairly-good" "$OUT"
model_score 2025-10-10 90 -1 C2 GC BLK HT
model_score 2025-10-10 89 1 C2 GC BLK HT
ok rubric use national-2025
ok rubric show
has "back to the default" "$OUT" "national-2025 (active)"
# ---- meeting import: all or nothing --------------------------------------------
cat >"$T/meetings.csv" <<EOF
cell,date,kind,chair,minutes,present,absent,opinions,result,tasks,documents,points
C2,2026-05-10,regular,${ID[B1]},90,all,,,80,,,preparation=10|conduct=20|chairing=10|principles=5|closing=5
C2,2026-05-20,thematic,${ID[B1]},60,"${ID[B1]},${ID[B2]}",${ID[A5]}:bận,${ID[B2]}|${ID[B2]}::ý kiến,,Việc 1|Việc 2,21-NQ/TW,preparation=11
EOF
refused 1 "$T/meetings.csv:3: points: preparation=11: the scorer gives \
preparation 0 to 10 points" meeting import "$T/meetings.csv"
sed -i 's/preparation=11$/preparation=7/' "$T/meetings.csv"
ok meeting import "$T/meetings.csv"
has "says how many" "$ERR" "imported 2 meetings"
# 1) 3 of 3 present: 5; 90 minutes: 5; nobody spoke: 20; 80%: 27. 87.
anc C2 2026-05-10
work 2026-05-10 meetings regular 1 $A
model_score 2026-05-10 87 1 $A
# 2) unscored (no result); B2 spoke twice: one speaker of two present.
anc C2 2026-05-20
work 2026-05-20 meetings thematic 1 $A
work 2026-05-20 documents disseminated 1 $A
ok meeting list --under C2 --from 2026-05-01 --format csv
equal "imported rows" "87 fairly-good|" \
  "$(csv "SELECT trim(score || ' ' || grade) FROM t ORDER BY date" | paste -sd'|')"
last=$(csv "SELECT max(CAST(id AS INTEGER)) FROM t")
ok meeting show "$last" --format json
equal "imported: attendance, opinions, tasks, documents" \
  "2 1 2 2 Việc 2 21-NQ/TW bận" "$(json present) $(json speakers) \
$(json_each '$.opinions' 1 | wc -l) $(json_each '$.tasks' 1 | wc -l) \
$(json 'tasks[1]') $(json 'documents[0].number') \
$(json_each '$.attendance' "json_extract(value, '\$.reason')" | grep .)"
# Counted phrases agree with their numbers: one speaker, 60 minutes.
ok meeting show "$last"
has "one speaker" "$OUT" "; 1 registered member spoke"
has "minutes" "$OUT" ": thematic, 60 minutes"
printf 'cell,date\nC2,2026-05-30\n' >"$T/short.csv"
refused 1 "the column kind is required" meeting import "$T/short.csv"

for org in HT D2 GC C2; do
  check_report "$org" 2026-01-01 2026-06-30
  check_report "$org" $Y0 $Y1
done
ok check
equal "check at the end" ok "$OUT"

finish
