# Records as clerks keep them (issue 6): events entered late take their
# place by date, mistaken ones are voided or corrected, and afterwards every
# report — past periods included, by both engines — is byte for byte the
# report of the same history entered in date order without the mistakes.
# Refusals name both events and the rule, and leave the database as it was.
here=$(dirname "$0")
. "$here/lib.sh"

A="$T/kept.db"  # entered as a clerk would: late, with mistakes put right
B="$T/clean.db" # the same history entered in date order, without them

tree() { party_tree; }

people() {
  ok member add --name "Nguyễn Văn An" --born 1970-01-01 --gender male \
    --cell C1 --admitted 2010-01-01 --official 2011-01-01 --theory advanced \
    --position "Giám đốc"
  ok member add --name "Trần Thị Bình" --born 1980-02-02 --gender female \
    --cell C1 --admitted 2015-05-01 --official 2016-05-01
  ok member admit --name "Lê Văn Cường" --born 2000-03-03 --gender male \
    --cell C2 --date 2025-02-01 --decision 1-QĐ/ĐU
  ok member add --name "Phạm Thị Dung" --born 1990-04-04 --gender female \
    --cell G2 --admitted 2012-01-01 --official 2013-01-01
}

# event_id MEMBER DATE KIND: the id of the member's live event of that day
# and kind, from `event list`.
event_id() {
  ok event list --member "$1" --format json
  sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out'))
    WHERE value ->> 'date' = '$2' AND value ->> 'event' = '$3'
    AND value ->> 'voided_at' IS NULL"
}

# ---- the clean history -------------------------------------------------------
export CADRE_DB=$B
tree
people
ok member transfer 2 --to C2 --date 2025-02-15
ok member discipline 1 --form reprimand --date 2025-03-01 --votes 5/9
ok member transfer 1 --to G2 --date 2025-06-10
ok member transfer 3 --to G2 --date 2025-08-01
ok oversight add --kind inspection --by P --member 3 --from 2025-09-01
ok member transfer 3 --to C2 --date 2025-10-01

# ---- the kept history --------------------------------------------------------
export CADRE_DB=$A
tree
people
ok member transfer 1 --to G2 --date 2025-06-10

# A discipline decided in March reaches the board after the June transfer:
# entered late, it counts where member 1 was in March (under K, not K2).
ok member discipline 1 --form reprimand --date 2025-03-01 --votes 5/9
ok event list --member 1 --format csv
equal "late discipline placed by date" "2010-01-01,registered
2025-03-01,disciplined
2025-06-10,transferred" "$(tail -n +2 "$T/out" | cut -d, -f2,3)"
ok report K --from 2025-01-01 --to 2025-03-31 --format json
equal "the late discipline counts in K" 1 "$(json 'flows.disciplined.reprimand')"
ok report K2 --from 2025-01-01 --to 2025-03-31 --format json
equal "and not in K2" 0 "$(json 'flows.disciplined.reprimand')"

# Refused late entries name both events and the rule.
transfer=$(event_id 1 2025-06-10 transferred)
refused 1 "cannot enter the transfer of member 1 on 2025-05-01: the transfer of 2025-06-10 (event $transfer) would no longer hold: cannot transfer member 1 on 2025-06-10: it is recorded out of C1, but the member was registered in C2 on that day" \
  member transfer 1 --to C2 --date 2025-05-01
# The same in Vietnamese: every part in the reader's words and dates, the
# date typed kept as typed.
refused 1 "không thể ghi việc chuyển sinh hoạt đảng cho đảng viên 1 ngày 2025-05-01: việc chuyển sinh hoạt đảng ngày 10/06/2025 (sự kiện $transfer) sẽ không còn hợp lệ: " \
  --lang vi member transfer 1 --to C2 --date 2025-05-01
lacks "vi: no English inserted" "$ERR" "transfer of"
reprimand=$(event_id 1 2025-03-01 disciplined)
refused 1 "cannot enter the discipline of member 1 on 2025-02-01: the discipline of 2025-03-01 (event $reprimand) would no longer hold: cannot discipline member 1 on 2025-03-01: member 1 was expelled, and events are recorded only for members" \
  member discipline 1 --form expulsion --date 2025-02-01 --votes 7/9 \
  --proposal 8/9
refused 1 "cannot remove from the rolls member 1 on 2009-06-01: member 1 has never been admitted, and events are recorded only for members" \
  member remove 1 --date 2009-06-01
ok member transfer 1 --to C1 --temporary --until 2025-12-01 --date 2025-07-01
temporary=$(event_id 1 2025-07-01 temporary)
refused 1 "cannot transfer member 1 temporarily on 2025-09-01: the member is on a temporary transfer to C1 until 2025-12-01, and temporary transfers of one member may not overlap" \
  member transfer 1 --to C2 --temporary --until 2026-01-31 --date 2025-09-01
refused 1 "cannot enter the temporary transfer of member 1 on 2025-06-20: the temporary transfer of 2025-07-01 (event $temporary) would no longer hold: cannot transfer member 1 temporarily on 2025-07-01: the member is on a temporary transfer to C2 until 2025-10-01" \
  member transfer 1 --to C2 --temporary --until 2025-10-01 --date 2025-06-20

# A death recorded by mistake; a transfer before it arrives late; the death
# is voided: it stays in the history, marked void, and stops counting.
ok member decease 2 --date 2025-04-01
ok member transfer 2 --to C2 --date 2025-02-15
death=$(event_id 2 2025-04-01 deceased)
refused 2 "event void: --reason TEXT is required" event void "$death"
refused 1 "reason: a void or a correction says why, in a few words" \
  event void "$death" --reason "   "
ok event void "$death" --reason "Nhầm người: ghi chết cho đồng chí khác"
equal "void prints nothing" "" "$OUT"
ok member show 2
has "alive again" "$OUT" "status: official"
has "void kept in history" "$OUT" "deceased"
has "void marked" "$OUT" "VOID since"
has "void reason" "$OUT" "Nhầm người: ghi chết cho đồng chí khác"
ok event list --member 2 --format json
has "voided by whom" "$OUT" '"voided_by":"tester"'
refused 1 "event: $death: the event was voided on" event void "$death" \
  --reason again
refused 1 "event: 999999: no member event has this id" event void 999999 \
  --reason x
refused 1 "event: 12abc: an event id is a number" event void 12abc --reason x
refused 1 "event: -3: an event id is a number" event void -3 --reason x

# The temporary stay entered to show the overlap rule is not in the clean
# history: void it.
ok event void "$temporary" --reason "Ghi thử"

# A transfer to the wrong cell, corrected: void and enter again in one step.
ok member transfer 3 --to C1 --date 2025-08-01
wrong=$(event_id 3 2025-08-01 transferred)
ok oversight add --kind inspection --by P --member 3 --from 2025-09-01
ok report K --from 2025-09-01 --to 2025-09-30 --format json
equal "the inspection counts in K while the transfer says C1" 1 \
  "$(json 'oversight.inspected.members')"
refused 1 "cannot correct event $wrong (the transfer of member 3 on 2025-08-01): cannot transfer member 3 on 2025-08-01: the member is already registered in that cell" \
  event correct "$wrong" --to C2 --reason "Sai chi bộ"
refused 1 "date: 2026-07-01: a date in the future" \
  event correct "$wrong" --date 2026-07-01 --reason "Sai ngày"
ok event correct "$wrong" --to G2 --reason "Sai chi bộ"
right=$OUT
ok event list --member 3 --format csv
has "the correction names its successor" "$(cat "$T/out")" \
  "(corrected by event $right)"
ok report K2 --from 2025-09-01 --to 2025-09-30 --format json
equal "the inspection moved with the correction" 1 \
  "$(json 'oversight.inspected.members')"
ok member transfer 3 --to C2 --date 2025-10-01

# A void that later events rest on is refused, naming them.
later=$(event_id 3 2025-10-01 transferred)
refused 1 "cannot void event $right (the transfer of member 3 on 2025-08-01): the transfer of 2025-10-01 (event $later) could not stand without it: cannot transfer member 3 on 2025-10-01: it is recorded out of G2, but the member was registered in C2 on that day" \
  event void "$right" --reason "thử"
first=$(event_id 3 2025-02-01 admitted)
refused 1 "cannot void event $first (the admission of member 3 on 2025-02-01): the transfer of 2025-08-01 (event $right) could not stand without it" \
  event void "$first" --reason "thử"
only=$(event_id 4 2012-01-01 registered)
refused 1 "cannot void event $only (the registration of member 4 on 2012-01-01): it is the only event of member 4" \
  event void "$only" --reason "thử"

# ---- afterwards: the same reports as the clean history -----------------------
ok check
for org in P K K2 G G2; do
  for period in "2025-01-01 2025-12-31" "2025-01-01 2025-03-31" \
    "2025-04-01 2025-06-30" "2025-07-01 2026-06-30"; do
    set -- $period
    for engine in auto direct; do
      for db in A B; do
        CADRE_DB=${!db} run report $org --from $1 --to $2 --format json \
          --engine $engine
        cp "$T/out" "$T/$db.json"
      done
      if cmp -s "$T/A.json" "$T/B.json"; then pass; else
        fail "report $org $1..$2 ($engine) differs from the clean history:
$(diff "$T/A.json" "$T/B.json" | head -20)"
      fi
    done
  done
done
for db in A B; do
  CADRE_DB=${!db} run member list --format csv
  cp "$T/out" "$T/$db.csv"
done
if cmp -s "$T/A.csv" "$T/B.csv"; then pass; else
  fail "member list differs: $(diff "$T/A.csv" "$T/B.csv")"
fi

# The audit trail says what was voided and corrected, by whom and why.
audit=$(sqlite3 "$A" "SELECT user || ' ' || action || ': ' || detail FROM audit WHERE action LIKE 'event %' ORDER BY id")
has "audit of the void" "$audit" "tester event void: event $death: deceased of member 2 on 2025-04-01: Nhầm người"
has "audit of the correction" "$audit" "tester event correct: event $wrong: transferred of member 3 on 2025-08-01, entered again as event $right: Sai chi bộ"

# Ids are one series for member and organisation events.
ok event list --org C1 --format csv
has "org events have ids" "$(cut -d, -f1,3 "$T/out")" ",founded"
dups=$(sqlite3 "$A" "SELECT count(*) FROM (SELECT id FROM org_event UNION ALL SELECT id FROM member_event) GROUP BY id HAVING count(*) > 1")
equal "no id names two events" "" "$dups"
refused 1 "event list: name a member or an organisation" event list
refused 1 "event list: name a member or an organisation" event list \
  --member 1 --org C1

# ---- voids of records of party work -----------------------------------------
# A mistaken inspection, award or sum of funds is voided: kept whole with
# who, when and why, it stops counting, and the reports read as those of
# the same records entered without it. An inspection of a member twice
# counts the member once; voiding one of them leaves the member counted.
records() { # records MISTAKES: the records of both databases, and the
  # mistakes too when MISTAKES is 1; prints the ids of the mistakes
  ok oversight add --kind inspection --by P --member 1 --from 2025-02-01
  ok oversight add --kind inspection --by K --org G --from 2025-03-01
  ok award add --org G --kind merit --title "Bằng khen" --by P --date 2025-05-01
  ok fund add --org G --campaign "Quỹ vì người nghèo" --date 2025-06-01 \
    --amount 5.000.000
  if [ "$1" = 1 ]; then
    local ids=()
    ok oversight add --kind inspection --by P --member 1 --from 2025-02-10
    ids+=("$OUT")
    ok oversight add --kind supervision --by K --org G --from 2025-04-01
    ids+=("$OUT")
    ok award add --member 2 --kind merit --title "Nhầm" --by P --date 2025-05-02
    ids+=("$OUT")
    ok fund add --org G --campaign "Quỹ vì người nghèo" --date 2025-06-02 \
      --amount 1.000.000
    ids+=("$OUT")
    echo "${ids[@]}" >"$T/mistakes"
  fi
}
export CADRE_DB="$T/records-clean.db"
tree
people
records 0
export CADRE_DB="$T/records-kept.db"
tree
people
records 1
read -r twice supervision award fund <"$T/mistakes"
ok report P --from 2025-01-01 --to 2025-12-31 --format json
equal "before the void: the member inspected twice counts once" 1 \
  "$(json oversight.inspected.members)"
refused 2 "oversight void: --reason TEXT is required" oversight void "$twice"
refused 1 "reason: a void or a correction says why, in a few words" \
  oversight void "$twice" --reason " "
refused 1 "oversight: 999999: no record of oversight has this id" \
  oversight void 999999 --reason x
refused 1 "award: x1: an id is a number" award void x1 --reason x
ok oversight void "$twice" --reason "Ghi trùng"
ok oversight void "$supervision" --reason "Nhầm tổ chức"
ok award void "$award" --reason "Nhầm người"
ok fund void "$fund" --reason "Ghi hai lần"
refused 1 "fund: $fund: no record of funds has this id" fund void "$fund" \
  --reason again
equal "the voided are kept with who and why" \
  "oversight|$twice|tester|Ghi trùng oversight|$supervision|tester|Nhầm tổ chức award|$award|tester|Nhầm người fund|$fund|tester|Ghi hai lần" \
  "$(sqlite3 "$CADRE_DB" "SELECT group_concat(source || '|' || source_id || '|' || voided_by || '|' || reason, ' ') FROM voided")"
equal "the whole record is kept" 1000000 \
  "$(sqlite3 "$CADRE_DB" "SELECT json_extract(record, '\$.amount') FROM voided WHERE source = 'fund'")"
ok fund list --format csv
lacks "a voided fund is not listed" "$OUT" "1000000"
ok check
for org in P K G; do
  for engine in auto direct; do
    for db in records-kept records-clean; do
      CADRE_DB="$T/$db.db" run report $org --from 2025-01-01 --to 2025-12-31 \
        --format json --engine $engine
      cp "$T/out" "$T/$db.json"
    done
    if cmp -s "$T/records-kept.json" "$T/records-clean.json"; then pass; else
      fail "report $org ($engine) after voids differs from the clean records:
$(diff "$T/records-kept.json" "$T/records-clean.json" | head -20)"
    fi
  done
done

# ---- voids of organisation events --------------------------------------------
# A move entered by mistake is voided: the organisation is back under the
# superior it left from the day of the move on, and every report reads as
# if the move had never been entered, by both engines.
export CADRE_DB="$T/orgs.db"
tree
people
save_reports() { # save_reports DIR
  mkdir -p "$1"
  for org in P K K2 G; do
    for engine in auto direct; do
      ok report $org --from 2025-01-01 --to 2025-12-31 --format json \
        --engine $engine
      cp "$T/out" "$1/$org.$engine"
    done
  done
}
save_reports "$T/orgs-before"
ok org move G --to K2 --date 2025-06-01
ok event list --org G --format json
move=$(sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out')) WHERE value ->> 'event' = 'moved'")
founded=$(sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out')) WHERE value ->> 'event' = 'founded'")
ok report K2 --from 2025-01-01 --to 2025-12-31 --format json
equal "the move counts in K2 (with G2's member)" 4 "$(json members.total)"
refused 1 "cannot void event $founded (founded of G on 2000-01-01): event $move (moved) of G could not stand without it; void it first" \
  event void "$founded" --reason x
ok event void "$move" --reason "Nhầm đơn vị"
save_reports "$T/orgs-after"
for f in "$T"/orgs-before/*; do
  if cmp -s "$f" "$T/orgs-after/$(basename "$f")"; then pass; else
    fail "after the void, $(basename "$f") differs: $(diff "$f" "$T/orgs-after/$(basename "$f")" | head -6)"
  fi
done
ok check
refused 1 "event: $move: the event was voided before" event void "$move" \
  --reason again
ok event list --org G --format csv
has "the void is kept" "$(cat "$T/out")" "Nhầm đơn vị"
# Only where the later moves still hold, and only back under a superior
# that stands (more in t_orgevents.sh).
ok org move G --to K2 --date 2025-06-01
ok org move G --to K --date 2025-09-01
ok event list --org G --format json
first=$(sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out')) WHERE value ->> 'event' = 'moved' AND value ->> 'date' = '2025-06-01' AND value ->> 'voided_at' IS NULL")
second=$(sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out')) WHERE value ->> 'event' = 'moved' AND value ->> 'date' = '2025-09-01'")
refused 1 "cannot void event $first (moved of G on 2025-06-01): the move of 2025-09-01 (event $second) could not stand without it: it is recorded out of K2, but G would be under K on that day" \
  event void "$first" --reason x
ok org add K3 --kind committee --parent P --name "Khối 3" --founded 2000-01-01
ok org add GX --kind grassroots_cell --parent K3 --name "Chi bộ X" \
  --founded 2000-01-01
ok org move GX --to K2 --date 2025-04-01
ok event list --org GX --format json
gx=$(sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out')) WHERE value ->> 'event' = 'moved'")
ok org dissolve K3 --date 2025-05-01
refused 1 "cannot void event $gx (moved of GX on 2025-04-01): its former superior K3 was dissolved on 2025-05-01, and GX would be under it again" \
  event void "$gx" --reason x
# A renaming voided: the name before is the name again.
ok org rename G --name "Đảng bộ mới" --date 2025-10-01
ok event list --org G --format json
rename=$(sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out')) WHERE value ->> 'event' = 'renamed'")
ok event void "$rename" --reason "Sai tên"
ok org show G --format json
equal "the name before" "Đảng bộ Sở" "$(json name)"
ok check

# ---- historic registers -------------------------------------------------------
# After a reorganisation most cells were founded after their members were
# admitted: such a member is registered from the cell's founding (or from
# --registered), counts nowhere before, and party age still runs from the
# admission. The register's beginning is no admission of that year.
export CADRE_DB="$T/historic.db"
ok init
ok org add P --kind provincial --name "Tỉnh ủy" --founded 1950-01-01
ok org add K --kind committee --parent P --name "Đảng ủy" --founded 1950-01-01
ok org add NEWC --kind grassroots_cell --parent K --name "Chi bộ mới" \
  --founded 2025-07-01
ok member add --name "Đinh Văn Sử" --born 1960-05-05 --gender male \
  --cell NEWC --admitted 1990-03-01 --official 1991-03-01
old=$OUT
ok member add --name "Mai Thị Lịch" --born 1985-06-06 --gender female \
  --cell NEWC --admitted 2010-01-01 --official 2011-01-01 \
  --registered 2025-09-01
late=$OUT
ok event list --member "$old" --format json
equal "registered from the founding" 2025-07-01 \
  "$(sqlite3 "$CADRE_DB" "SELECT valid_from FROM membership WHERE member_id = $old")"
equal "registered from --registered" 2025-09-01 \
  "$(sqlite3 "$CADRE_DB" "SELECT valid_from FROM membership WHERE member_id = $late")"
ok member show "$old"
has "party age from the admission" "$OUT" "(counted from 1990-03-01)"
for engine in auto direct; do
  ok report K --from 2025-01-01 --to 2025-06-30 --format json --engine $engine
  equal "counts nowhere before ($engine)" 0 "$(json members.total)"
  ok report K --from 2025-01-01 --to 2025-08-31 --format json --engine $engine
  equal "counts from the founding ($engine)" 1 "$(json members.total)"
  ok report K --from 2025-01-01 --to 2025-12-31 --format json --engine $engine
  equal "both at the end of the year ($engine)" 2 "$(json members.total)"
  equal "no admission in 2025 ($engine)" 0 "$(json flows.admitted)"
  equal "party age from 1990 ($engine)" 1 "$(json 'members.by_party_age."30-39"')"
done
ok check
refused 1 "cell: NEWC did not exist yet on 2025-06-30 (founded 2025-07-01)" \
  member add --name "Sớm" --born 1980-01-01 --gender male --cell NEWC \
  --admitted 2000-01-01 --registered 2025-06-30

finish
