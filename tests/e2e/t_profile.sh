# Dated changes of a member's profile (issue 6): a change takes effect on
# its date and the old value is kept, so that the report of a past period
# counts theory levels, key cadres, education and ethnicity as they were
# then, by both engines; a dismissal ends the post as a change of the
# profile; a mistaken change is voided like an event.
here=$(dirname "$0")
. "$here/lib.sh"

ok init
ok org add P --kind provincial --name "Tỉnh ủy" --founded 2000-01-01
ok org add K --kind committee --parent P --name "Đảng ủy Khối" --founded 2000-01-01
ok org add GC --kind grassroots_cell --parent K --name "Chi bộ" --founded 2000-01-01
ok member add --name "Nguyễn Văn An" --born 1970-01-01 --gender male \
  --cell GC --admitted 2010-01-01 --official 2011-01-01 --theory intermediate \
  --education "Cao đẳng" --ethnicity Kinh --position "Trưởng phòng" --card 01.1
an=$OUT
ok member add --name "Lê Thị Bình" --born 1980-01-01 --gender female \
  --cell GC --admitted 2012-01-01 --official 2013-01-01 --card 01.2
binh=$OUT

# fig ENGINE FROM TO PATH: a figure of K's report.
fig() {
  ok report K --from "$2" --to "$3" --format json --engine "$1"
  json "$4"
}

ok member edit "$an" --date 2024-03-01 --theory advanced --key-cadre yes \
  --education "Đại học"
equal "edit prints nothing" "" "$OUT"
for engine in auto direct; do
  equal "2023: theory as it was ($engine)" 1 \
    "$(fig $engine 2023-01-01 2023-12-31 members.by_theory.intermediate)"
  equal "2023: not yet advanced ($engine)" 0 \
    "$(fig $engine 2023-01-01 2023-12-31 members.by_theory.advanced)"
  equal "2023: not a key cadre then ($engine)" 0 \
    "$(fig $engine 2023-01-01 2023-12-31 members.key_cadres)"
  equal "2023: education then ($engine)" 1 \
    "$(fig $engine 2023-01-01 2023-12-31 'members.by_education."Cao đẳng"')"
  equal "2024: advanced ($engine)" 1 \
    "$(fig $engine 2024-01-01 2024-12-31 members.by_theory.advanced)"
  equal "2024: a key cadre ($engine)" 1 \
    "$(fig $engine 2024-01-01 2024-12-31 members.key_cadres)"
  equal "the day before the change ($engine)" 0 \
    "$(fig $engine 2024-01-01 2024-02-29 members.key_cadres)"
  equal "the day of the change ($engine)" 1 \
    "$(fig $engine 2024-01-01 2024-03-01 members.key_cadres)"
done
ok member show "$an"
has "today's theory" "$OUT" "theory: advanced"
has "the change listed" "$OUT" "2024-03-01  theory: advanced"
has "key cadre listed" "$OUT" "2024-03-01  key_cadre: yes"

# A change learnt of late: entered before a later change of the same field.
ok member edit "$an" --date 2020-06-01 --theory elementary
ok member show "$an"
has "the latest change is in force" "$OUT" "theory: advanced"
for engine in auto direct; do
  equal "2021: the late change counts ($engine)" 1 \
    "$(fig $engine 2021-01-01 2021-12-31 members.by_theory.elementary)"
  equal "2019: before it ($engine)" 1 \
    "$(fig $engine 2019-01-01 2019-12-31 members.by_theory.intermediate)"
done

# Refusals name the value and the rule, and change nothing.
refused 1 "member $an: nothing changes on 2024-06-01: the values given are those in force then" \
  member edit "$an" --date 2024-06-01 --theory advanced
refused 1 "date: 2009-12-31: before member $an was admitted (2010-01-01)" \
  member edit "$an" --date 2009-12-31 --theory advanced
refused 1 "date: 2026-07-01: a date in the future (today is 2026-06-30)" \
  member edit "$an" --date 2026-07-01 --theory none
refused 1 "theory: expert: one of none, elementary, intermediate or advanced" \
  member edit "$an" --date 2025-01-01 --theory expert
refused 1 "key-cadre: maybe: yes or no" \
  member edit "$an" --date 2025-01-01 --key-cadre maybe
refused 1 "name: must not be empty" member edit "$an" --date 2025-01-01 --name ""
refused 1 "card: 01 1: a party card number is 1 to 32 letters" \
  member edit "$an" --date 2025-01-01 --card "01 1"
refused 1 "card: 01.2: another member holds this party card number" \
  member edit "$an" --date 2025-01-01 --card 01.2
refused 1 "member: 999: no member has this id or party card number" \
  member edit 999 --date 2025-01-01 --theory none
refused 2 "member edit: --date DATE is required" member edit "$an" --theory none

# A new name: found by it, the old one kept in the history.
ok member edit "$binh" --date 2025-02-01 --name "Lê Thị Bình An" \
  --position "Kế toán"
ok member find "binh an"
has "found by the new name" "$OUT" "Lê Thị Bình An"
ok member show "$binh" --format json
equal "changes in json" 2 \
  "$(sqlite3 :memory: "SELECT json_array_length(readfile('$T/out'), '\$.changes')")"

# The management post is a fact of the profile too.
ok member edit "$binh" --date 2025-03-01 --manager yes
ok member show "$binh"
has "manager from the edit" "$OUT" "holds a management post"
has "manager change listed" "$OUT" "2025-03-01  manager: yes"
refused 1 "manager: perhaps: yes or no" member edit "$binh" --date 2025-04-01 \
  --manager perhaps
# A meeting's opinion takes the flag as it was on the day of the meeting.
for day in 2025-02-15 2025-03-15; do
  ok meeting add --cell GC --date $day --kind regular --chair "$an" \
    --minutes 90 --present all --opinion "$binh"
  ok meeting show "$OUT" --format json
  flag[${day:6:1}]=$(json 'opinions[0].manager')
done
equal "not yet a manager in February" 0 "${flag[2]}"
equal "a manager from March" 1 "${flag[3]}"

# A mistaken change is voided: it stays, marked, and stops counting.
change=$(sqlite3 "$CADRE_DB" "SELECT id FROM member_change WHERE member_id = $an AND field = 'key_cadre' AND since IS NOT NULL")
base=$(sqlite3 "$CADRE_DB" "SELECT id FROM member_change WHERE member_id = $an AND field = 'key_cadre' AND since IS NULL")
refused 1 "event: $base: the value of key_cadre before its first change is not a change to void" \
  event void "$base" --reason x
ok event void "$change" --reason "Nhầm người"
for engine in auto direct; do
  equal "void: no key cadre in 2024 ($engine)" 0 \
    "$(fig $engine 2024-01-01 2024-12-31 members.key_cadres)"
done
ok member show "$an"
has "void change marked" "$OUT" "key_cadre: yes — VOID: Nhầm người"
lacks "no longer a key cadre" "$OUT" $'\nkey cadre\n'
refused 1 "event: $change: the change was voided before" event void "$change" \
  --reason x

# A dismissal ends the post: a change of the profile made by the event.
ok member discipline "$an" --form dismissal --date 2025-05-01 --votes 5/9
ok member show "$an"
lacks "the post ended" "$OUT" "position: Trưởng phòng"
has "the dismissal's change" "$OUT" "2025-05-01  position: (none) (by the dismissal)"
dismissal=$(sqlite3 "$CADRE_DB" "SELECT id FROM member_event WHERE member_id = $an AND form = 'dismissal'")
post=$(sqlite3 "$CADRE_DB" "SELECT id FROM member_change WHERE event_id = $dismissal")
refused 1 "event: $post: the change of position on 2025-05-01 came with event $dismissal; void that event" \
  event void "$post" --reason x
ok event void "$dismissal" --reason "Quyết định bị hủy"
ok member show "$an"
has "the post is back" "$OUT" "position: Trưởng phòng"
ok check

finish
