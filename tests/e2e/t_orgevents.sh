# The history of an organisation as clerks keep it (issue 6): moves and
# renamings entered late take their place by date; any move or renaming,
# not only the latest, can be voided or corrected. Afterwards every report
# of the organisations involved — past periods included, by both engines —
# is byte for byte the report of the same history entered in date order
# without the mistakes, and `cadre check` passes. Refusals name the events
# and the rule, and leave the database as it was.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

A="$T/kept.db"  # entered as a clerk would: late, with mistakes put right
B="$T/clean.db" # the same history entered in date order, without them

tree() {
  ok init
  ok org add P --kind provincial --name "Tỉnh ủy" --founded 2000-01-01
  for k in K K2 K3; do
    ok org add $k --kind committee --parent P --name "Đảng ủy $k" \
      --founded 2000-01-01
  done
  ok org add G --kind grassroots_committee --parent K --name "Đảng bộ Sở" \
    --founded 2000-01-01
  ok org add C1 --kind cell --parent G --name "Chi bộ 1" --founded 2000-01-01
  ok org add C2 --kind cell --parent G --name "Chi bộ 2" --founded 2000-01-01
  ok org add G2 --kind grassroots_cell --parent K2 --name "Chi bộ xã" \
    --founded 2000-01-01
  ok org add G3 --kind grassroots_committee --parent K3 --name "Đảng bộ 3" \
    --founded 2000-01-01
  ok org add KM --kind committee --parent P --name "Khối sáp nhập" \
    --founded 2000-01-01
  ok org add G4 --kind grassroots_cell --parent K3 --name "Chi bộ 4" \
    --founded 2000-01-01
  ok member add --name "Nguyễn Văn An" --born 1970-01-01 --gender male \
    --cell C1 --admitted 2010-01-01 --official 2011-01-01
  ok member add --name "Trần Thị Bình" --born 1980-02-02 --gender female \
    --cell C2 --admitted 2015-05-01 --official 2016-05-01
  ok member add --name "Phạm Thị Dung" --born 1990-04-04 --gender female \
    --cell G2 --admitted 2012-01-01 --official 2013-01-01
  accounts "reader viewer P"
}

# org_event ORG DATE KIND: the id of the organisation's event in force of
# that day and kind, from `event list`.
org_event() {
  ok event list --org "$1" --format json
  sqlite3 :memory: "SELECT value ->> 'id' FROM json_each(readfile('$T/out'))
    WHERE value ->> 'date' = '$2' AND value ->> 'event' = '$3'
    AND value ->> 'voided_at' IS NULL"
}

# answers_of DB ORGS...: the reports of ORGS for every period and both
# engines, and the organisations under each but the first on a few days,
# asked of a server on the database DB (A or B), into $T/DB/: one server
# and one curl for them all, where a command each took minutes under the
# sanitizers. The API's JSON is the command line's (e2e/t_http checks it).
PERIODS=("2023-01-01 2023-12-31" "2024-01-01 2024-12-31"
  "2024-01-01 2024-03-31" "2024-04-01 2024-06-30" "2024-07-01 2024-12-31"
  "2025-01-01 2025-06-30" "2025-07-01 2026-06-30")
DAYS=(2024-02-15 2024-05-15 2024-08-15 2025-04-15 2026-06-30)
answers_of() {
  local db=$1 org period engine day path=${!1}
  shift
  local orgs=("$@")
  # start_server names the server's address B: here, not the database.
  local B
  rm -rf "${T:?}/$db" && mkdir "$T/$db"
  CADRE_DB=$path start_server "server-$db.log"
  SPID=$PID
  login reader "$PW"
  {
    for org in "${orgs[@]}"; do
      for period in "${PERIODS[@]}"; do
        set -- $period
        for engine in auto direct; do
          printf 'url = "%s/api/v1/reports/%s?from=%s&to=%s&engine=%s"\n' \
            "$B" "$org" "$1" "$2" "$engine"
          printf 'output = "%s/%s/report_%s_%s_%s_%s.json"\n' "$T" "$db" \
            "$org" "$1" "$2" "$engine"
        done
      done
    done
    for day in "${DAYS[@]}"; do
      for org in "${orgs[@]:1}"; do
        printf 'url = "%s/api/v1/orgs?under=%s&at=%s&size=100"\n' "$B" \
          "$org" "$day"
        printf 'output = "%s/%s/orgs_%s_%s.json"\n' "$T" "$db" "$org" "$day"
      done
    done
  } >"$T/$db.curl"
  curl -s -b "$T/jar.reader" -w '%{http_code}\n' -K "$T/$db.curl" \
    >"$T/$db.status"
  stop_server
  # An answer or a refusal (409: a report of a period before the
  # organisation was founded, which the other database must refuse alike).
  equal "every request of $db answered" 0 \
    "$(grep -cvx '200\|409' "$T/$db.status")"
}

# same_reports ORGS...: the reports of both databases are equal, byte for
# byte, for every period and both engines, and so are the organisations
# listed on a few days; and `cadre check` passes on both.
same_reports() {
  local db f orgs=("$@")
  answers_of A "${orgs[@]}"
  answers_of B "${orgs[@]}"
  equal "the same answers" "$(cat "$T/A.status")" "$(cat "$T/B.status")"
  for f in "$T"/A/*.json; do
    if cmp -s "$f" "$T/B/${f##*/}"; then pass; else
      fail "${f##*/} differs from the clean history:
$(diff "$f" "$T/B/${f##*/}" | head -20)"
    fi
  done
  equal "answers compared" \
    $((${#orgs[@]} * ${#PERIODS[@]} * 2 + ${#DAYS[@]} * (${#orgs[@]} - 1))) \
    "$(ls "$T/A" | wc -l)"
  for db in A B; do
    CADRE_DB=${!db} run check
    equal "check ($db)" ok "$OUT"
  done
}

# ---- 1. late moves and renamings ------------------------------------------
# The clean history: in date order.
export CADRE_DB=$B
tree
ok org rename G --name "Đảng bộ Sở cũ" --date 2024-02-01
ok org move G --to K2 --date 2024-06-01 --decision 12-QĐ/TU
ok org rename G --name "Đảng bộ Sở Tài chính" --date 2024-09-01
ok member transfer 2 --to G2 --date 2024-10-01
ok org move C1 --to G3 --date 2025-03-01
ok org move G --to K --date 2025-06-01

# The kept history: the move of June 2024 and the first renaming reach the
# board after later changes of G, of its cells and of their members.
export CADRE_DB=$A
tree
ok org rename G --name "Đảng bộ Sở Tài chính" --date 2024-09-01
ok member transfer 2 --to G2 --date 2024-10-01
ok org move C1 --to G3 --date 2025-03-01
ok report K2 --from 2024-01-01 --to 2024-12-31 --format json
equal "before the late move, G's members are not in K2" 2 \
  "$(json members.total)"
ok org move G --to K2 --date 2024-06-01 --decision 12-QĐ/TU
equal "a move prints nothing" "" "$OUT"
ok report K2 --from 2024-01-01 --to 2024-12-31 --format json
equal "after it, they are from June" 3 "$(json members.total)"
ok report K --from 2024-01-01 --to 2024-03-31 --format json
equal "and stay in K's past" 2 "$(json members.total)"
ok org rename G --name "Đảng bộ Sở cũ" --date 2024-02-01
ok event list --org G --format csv
equal "placed by date" "2000-01-01,founded
2024-02-01,renamed
2024-06-01,moved
2024-09-01,renamed" "$(tail -n +2 "$T/out" | cut -d, -f2,3)"
ok org show G --at 2024-03-01 --format json
equal "the name of the day" "Đảng bộ Sở cũ" "$(json name)"
ok org show G --format json
equal "the name today stays the latest" "Đảng bộ Sở Tài chính" "$(json name)"
ok org move G --to K --date 2025-06-01
same_reports P K K2 K3 G G2 G3 C1

# Refused late entries name both events and the rule.
move_jun=$(org_event G 2024-06-01 moved)
move_2025=$(org_event G 2025-06-01 moved)
rename_sep=$(org_event G 2024-09-01 renamed)
refused 1 "cannot move G into K3 on 2024-03-01: the move of 2024-06-01 (event $move_jun) would no longer hold: it is recorded out of K, but G would be under K3 on that day" \
  org move G --to K3 --date 2024-03-01
refused 1 "cannot move G into K3 on 2025-01-01: the move of 2025-06-01 (event $move_2025) would no longer hold: it is recorded out of K2, but G would be under K3 on that day" \
  org move G --to K3 --date 2025-01-01
refused 1 "cannot move G into K2: it is there already" \
  org move G --to K2 --date 2024-12-01
refused 1 "cannot rename G on 2024-09-01: it was renamed on that day by event $rename_sep, and an organisation takes one name a day" \
  org rename G --name "Khác" --date 2024-09-01
refused 1 "cannot rename G on 2000-01-01: it was founded on that day with its name" \
  org rename G --name "Khác" --date 2000-01-01
refused 1 "cannot rename G: it is already named Đảng bộ Sở cũ" \
  org rename G --name "Đảng bộ Sở cũ" --date 2024-05-01
refused 1 "cannot rename G on 2024-07-01: the renaming of 2024-09-01 (event $rename_sep) would no longer hold: G would already be named Đảng bộ Sở Tài chính then" \
  org rename G --name "Đảng bộ Sở Tài chính" --date 2024-07-01

# The new superior must stand on the day and hold it until its next
# change, and may not be below it.
ok org add KN --kind committee --parent P --name "Khối mới" \
  --founded 2024-07-01
refused 1 "cannot move G3 into KN on 2024-03-01: KN was founded on 2024-07-01" \
  org move G3 --to KN --date 2024-03-01
ok org add KD --kind committee --parent P --name "Khối cũ" \
  --founded 2000-01-01
ok org dissolve KD --date 2024-01-01
refused 1 "cannot move G3 into KD: KD was dissolved on 2024-01-01" \
  org move G3 --to KD --date 2024-03-01
# KB under KA until 2024-05-01, then under P: KA cannot go under KB while
# KB is below it, but may after.
ok org add KA --kind committee --parent P --name "Khối A" --founded 2000-01-01
ok org add KB --kind committee --parent KA --name "Khối B" --founded 2000-01-01
ok org move KB --to P --date 2024-05-01
ok org rename KA --name "Khối A mới" --date 2025-01-01
refused 1 "cannot move KA into KB: KB is KA itself, or below it" \
  org move KA --to KB --date 2024-03-01
ok org move KA --to KB --date 2024-08-01
ok org show KA --at 2024-09-01 --format json
equal "under KB after the late move" "[\"P\",\"KB\"]" "$(json superiors)"

# ---- 2. voids of any move or renaming ---------------------------------------
# Both histories: G4 moved into KM, which is merged into K2 (G4 is handed
# over); G3 and G2 renamed.
both() {
  ok org move G4 --to KM --date 2024-02-01
  ok org merge KM --into K2 --date 2024-04-01
  ok org rename G3 --name "Đảng bộ 3 mới" --date 2024-05-01
  ok org rename G2 --name "Chi bộ xã mới" --date 2024-08-01
}
export CADRE_DB=$B
both
# What the kept history enters besides, to show refusals, in date order.
ok org add KD --kind committee --parent P --name "Khối cũ" \
  --founded 2000-01-01
ok org dissolve KD --date 2024-01-01
ok org add KA --kind committee --parent P --name "Khối A" --founded 2000-01-01
ok org add KB --kind committee --parent KA --name "Khối B" --founded 2000-01-01
ok org add KN --kind committee --parent P --name "Khối mới" \
  --founded 2024-07-01
ok org move KB --to P --date 2024-05-01
ok org move KA --to KB --date 2024-08-01
ok org rename KA --name "Khối A mới" --date 2025-01-01
ok org add KX --kind committee --parent P --name "Khối X" --founded 2000-01-01
ok org add KO --kind committee --parent KX --name "Khối O" --founded 2000-01-01
ok org add KY --kind committee --parent P --name "Khối Y" --founded 2000-01-01
ok org move KO --to KY --date 2024-03-01
ok org move KX --to KO --date 2024-09-01
export CADRE_DB=$A
# Mistakes, each followed by a later change of the same organisation, so
# that none is the latest: a move of G3, a renaming of G2.
ok org move G3 --to K2 --date 2024-04-01
ok org rename G2 --name "Sai tên" --date 2024-03-01
both
ok org add KX --kind committee --parent P --name "Khối X" --founded 2000-01-01
ok org add KO --kind committee --parent KX --name "Khối O" --founded 2000-01-01
ok org add KY --kind committee --parent P --name "Khối Y" --founded 2000-01-01
ok org move KO --to KY --date 2024-03-01
ok org move KX --to KO --date 2024-09-01
wrong_move=$(org_event G3 2024-04-01 moved)
wrong_name=$(org_event G2 2024-03-01 renamed)
ok report K2 --from 2024-01-01 --to 2024-05-31 --format json
equal "the mistaken move counts" 1 "$(json organizations.grassroots_committee)"
ok event void "$wrong_move" --reason "Nhầm đơn vị"
ok event void "$wrong_name" --reason "Nhầm tên"
equal "a void prints nothing" "" "$OUT"
ok org show G2 --at 2024-05-01 --format json
equal "the name before the voided renaming" "Chi bộ xã" "$(json name)"
same_reports P K K2 K3 G G2 G3 G4 C1

# A void is refused where the history without it would not hold, naming
# the later event.
refused 1 "cannot void event $move_jun (moved of G on 2024-06-01): the move of 2025-06-01 (event $move_2025) could not stand without it: it is recorded out of K2, but G would be under K on that day" \
  event void "$move_jun" --reason x
g4_move=$(org_event G4 2024-02-01 moved)
merger=$(org_event KM 2024-04-01 merged)
refused 1 "cannot void event $g4_move (moved of G4 on 2024-02-01): the merger of KM into K2 on 2024-04-01 (event $merger) could not stand without it: it handed G4 over from KM, but G4 would be under K3 on that day" \
  event void "$g4_move" --reason x
ok org rename G3 --name "Đảng bộ 3" --date 2024-10-01
back=$(org_event G3 2024-10-01 renamed)
first=$(org_event G3 2024-05-01 renamed)
refused 1 "cannot void event $first (renamed of G3 on 2024-05-01): the renaming of 2024-10-01 (event $back) could not stand without it: G3 would already be named Đảng bộ 3 then" \
  event void "$first" --reason x
refused 1 "event: $wrong_move: the event was voided before, and a void event stays as it is" \
  event void "$wrong_move" --reason again
# KO left KX for KY; later KX went under KO: without the move, KO would
# be under KX while KX is below KO.
ko_move=$(org_event KO 2024-03-01 moved)
refused 1 "cannot void event $ko_move (moved of KO on 2024-03-01): KO would be under KX from 2024-03-01 while KX is below it, and an organisation cannot be below itself" \
  event void "$ko_move" --reason x
ok check
equal "check" ok "$OUT"

# ---- 4. corrections of moves and renamings ----------------------------------
# Both histories: G2 moved into K3 in February 2025 and G4 renamed in
# March; GZ moved into K in February 2024 and dissolved in October; KE
# dissolved in May 2024.
both4() {
  ok org add KE --kind committee --parent P --name "Khối E" --founded 2000-01-01
  ok org add GZ --kind grassroots_cell --parent K3 --name "Chi bộ Z" \
    --founded 2000-01-01
  ok org move GZ --to K --date 2024-02-01
  ok org dissolve KE --date 2024-05-01
  ok org dissolve GZ --date 2024-10-01
}
export CADRE_DB=$B
ok org rename G3 --name "Đảng bộ 3" --date 2024-10-01 # as the kept one did
both4
ok org move G2 --to K3 --date 2025-02-01 --decision 5-QĐ/TU
ok org rename G4 --name "Chi bộ bốn" --date 2025-03-01 --decision 6-QĐ/TU
export CADRE_DB=$A
both4
# Typed wrong: the day, the superior and the decision of a move, the name
# and the day of a renaming.
ok org move G2 --to K --date 2025-01-10 --decision 5-QD
wrong=$(org_event G2 2025-01-10 moved)
ok event correct "$wrong" --date 2025-02-01 --to K3 --decision 5-QĐ/TU \
  --reason "Sai quyết định"
right=$OUT
equal "the correction prints the new id" "$right" "$(org_event G2 2025-02-01 moved)"
ok event list --org G2 --format csv
has "the voided move names its correction" "$(cat "$T/out")" \
  "(corrected by event $right)"
ok org rename G4 --name "Chi bo bon" --date 2025-03-02
typo=$(org_event G4 2025-03-02 renamed)
ok event correct "$typo" --name "Chi bộ bốn" --date 2025-03-01 \
  --decision 6-QĐ/TU --reason "Sai tên"
# A correction is judged as one change: the day of G's move of June 2024
# moves to July (voided alone, the move of 2025 would not hold), then back.
ok event correct "$move_jun" --date 2024-07-01 --reason "Sai ngày"
july=$OUT
ok org show G --at 2024-06-15 --format json
equal "under K until the corrected day" '["P","K"]' "$(json superiors)"
ok event correct "$july" --date 2024-06-01 --reason "Sai ngày"
move_jun=$OUT
for org in G2 G4; do
  for db in A B; do
    CADRE_DB=${!db} run event list --org $org --format csv
    awk -F, 'NR > 1 && $8 == "" { print $2, $3, $4, $5 }' "$T/out" >"$T/$db.ev"
  done
  if cmp -s "$T/A.ev" "$T/B.ev"; then pass; else
    fail "events of $org differ: $(diff "$T/A.ev" "$T/B.ev")"
  fi
done
same_reports P K K2 K3 G G2 G3 G4 C1
audit=$(sqlite3 "$A" "SELECT user || ' ' || action || ': ' || detail FROM audit WHERE action = 'event correct' ORDER BY id LIMIT 1")
equal "the audit of a correction" "tester event correct: event $wrong: moved of G2 on 2025-01-10, entered again as event $right: Sai quyết định" "$audit"

# Refused with the messages of `org move` and `org rename`, or naming the
# later event and the rule.
founding=$(org_event G 2000-01-01 founded)
refused 1 "cannot correct event $founding (founded of G on 2000-01-01): only a move or a renaming of an organisation is corrected" \
  event correct "$founding" --date 2000-02-01 --reason x
refused 1 "cannot move G2 (grassroots_cell) into C2 (cell): a grassroots organisation sits under a committee or a provincial committee" \
  event correct "$right" --to C2 --reason x
refused 1 "cannot move G2 into KN on 2024-03-01: KN was founded on 2024-07-01" \
  event correct "$right" --to KN --date 2024-03-01 --reason x
refused 1 "cannot correct event $move_jun (moved of G on 2024-06-01): the move of 2025-06-01 (event $move_2025) would no longer hold: it is recorded out of K2, but G would be under K3 on that day" \
  event correct "$move_jun" --to K3 --reason x
refused 1 "cannot correct event $right (moved of G2 on 2025-02-01): name: not a field of this event (a move has date, to, decision; a renaming date, name, decision)" \
  event correct "$right" --name "Tên" --reason x
refused 1 "cannot rename G4: it is already named Chi bộ 4" \
  event correct "$(org_event G4 2025-03-01 renamed)" --name "Chi bộ 4" \
  --reason x
gz=$(org_event GZ 2024-02-01 moved)
ke=$(org_event KE 2024-05-01 dissolved)
refused 1 "cannot correct event $gz (moved of GZ on 2024-02-01): KE was dissolved on 2024-05-01 (event $ke), and GZ would be under it until 2024-10-01: an organisation's superior stands while it holds it" \
  event correct "$gz" --to KE --reason x
refused 1 "event: $wrong: the event was voided before, and a void event stays as it is" \
  event correct "$wrong" --date 2025-02-02 --reason x
refused 1 "reason: a void or a correction says why, in a few words" \
  event correct "$right" --date 2025-02-02 --reason " "

# ---- 3. voids of dissolutions, and what is not voided -----------------------
# Both histories: KG, a committee with nothing below, in cluster CL; KP
# holds GQ, which is dissolved, then KP is merged into K3.
both3() {
  ok org add KG --kind committee --parent P --name "Khối G" --founded 2000-01-01
  ok group add CL --name "Cụm thi đua" --kind cluster
  ok group join CL --org KG --date 2020-01-01
  ok group join CL --org K --date 2020-01-01
  ok org add KP --kind committee --parent P --name "Khối P" --founded 2000-01-01
  ok org add GQ --kind grassroots_cell --parent KP --name "Chi bộ Q" \
    --founded 2000-01-01
  ok org dissolve GQ --date 2024-03-01
  ok org merge KP --into K3 --date 2024-06-01
}
export CADRE_DB=$B
both3
export CADRE_DB=$A
both3
# KG dissolved by mistake: voided, it stands again from that day, in the
# cluster it left.
ok org dissolve KG --date 2024-11-01 --decision 9-QĐ/TU
ok report --group CL --from 2024-01-01 --to 2024-12-31 --format json
cp "$T/out" "$T/group-dissolved"
kg_end=$(org_event KG 2024-11-01 dissolved)
ok event void "$kg_end" --reason "Nhầm giải thể"
ok org show KG --format json
equal "standing again" "" "$(json ended)"
equal "under its superior again" '["P"]' "$(json superiors)"
equal "in the cluster again" "2020-01-01|9999-12-31" \
  "$(sqlite3 "$A" "SELECT valid_from || '|' || valid_to FROM grouping_member WHERE org_id = (SELECT id FROM org WHERE code = 'KG')")"
for db in A B; do
  CADRE_DB=${!db} run report --group CL --from 2024-01-01 --to 2024-12-31 \
    --format json
  cp "$T/out" "$T/group-$db"
done
if cmp -s "$T/group-A" "$T/group-B"; then pass; else
  fail "the cluster's report differs: $(diff "$T/group-A" "$T/group-B")"
fi
if cmp -s "$T/group-A" "$T/group-dissolved"; then
  fail "the cluster's report did not change with the void"
else pass; fi
same_reports P K K2 K3 G KG

gq_end=$(org_event GQ 2024-03-01 dissolved)
kp_merger=$(org_event KP 2024-06-01 merged)
refused 1 "cannot void event $gq_end (dissolved of GQ on 2024-03-01): its former superior KP was merged on 2024-06-01, and GQ would be under it again (event $kp_merger)" \
  event void "$gq_end" --reason x
# A founding on which the organisation's later history rests stays.
g_rename=$(sqlite3 "$A" "SELECT id FROM org_event WHERE org_id = (SELECT id FROM org WHERE code = 'G') AND kind <> 'founded' AND voided_at IS NULL ORDER BY date, id LIMIT 1")
refused 1 "cannot void event $founding (founded of G on 2000-01-01): event $g_rename (renamed) of G could not stand without it; void it first" \
  event void "$founding" --reason x

# Mergers. Both histories: GT with cells CB, CX, CY; GM2 with cell CM2;
# CX merged into CY (its member handed over, then transferred on); GM2
# merged into GT (CM2 handed over, then moved to G). The kept one also
# merges GM (cell CM) into GT and CA into CB, by mistake.
both3m() {
  ok org add GT --kind grassroots_committee --parent K3 --name "Đảng bộ T" \
    --founded 2000-01-01
  ok org add GM2 --kind grassroots_committee --parent K3 --name "Đảng bộ M2" \
    --founded 2000-01-01
  ok org add GM --kind grassroots_committee --parent K3 --name "Đảng bộ M" \
    --founded 2000-01-01
  for c in CA CB CX CY; do
    ok org add $c --kind cell --parent GT --name "Chi bộ $c" \
      --founded 2000-01-01
  done
  ok org add CM --kind cell --parent GM --name "Chi bộ CM" --founded 2000-01-01
  ok org add CM2 --kind cell --parent GM2 --name "Chi bộ CM2" \
    --founded 2000-01-01
  for c in CA CX CM; do
    ok member add --name "Đảng viên $c" --born 1975-01-01 --gender male \
      --cell $c --admitted 2005-01-01 --official 2006-01-01
    echo "$OUT" >"$T/member-$c"
  done
  ok org merge CX --into CY --date 2024-05-01
  ok org merge GM2 --into GT --date 2024-05-01
  ok member transfer "$(cat "$T/member-CX")" --to CB --date 2024-09-01
  ok org move CM2 --to G --date 2024-09-01
}
export CADRE_DB=$B
both3m
export CADRE_DB=$A
both3m
ok org merge GM --into GT --date 2024-07-01
ok org merge CA --into CB --date 2024-08-01
gm_merger=$(org_event GM 2024-07-01 merged)
ca_merger=$(org_event CA 2024-08-01 merged)
received=$(org_event CB 2024-08-01 received)
refused 1 "cannot void event $received (received of CB on 2024-08-01): a receipt is voided with the merger of the organisation received" \
  event void "$received" --reason x
ok event void "$gm_merger" --reason "Nhầm sáp nhập"
ok event void "$ca_merger" --reason "Nhầm sáp nhập"
ok member show "$(cat "$T/member-CA")" --format json
equal "the member is back in CA" CA "$(json cell)"
ok event list --member "$(cat "$T/member-CA")" --format csv
has "the merger's transfer is voided with it" "$(cat "$T/out")" \
  "Nhầm sáp nhập"
ok org show CM --at 2024-12-31 --format json
equal "CM is back under GM" '["P","K3","GM"]' "$(json superiors)"
ok event list --org CB --format csv
equal "the receipt is voided too" "" \
  "$(awk -F, '$3 == "received" && $8 == "" { print $1 }' "$T/out")"
same_reports P K3 GT GM CA CB CM
for db in A B; do
  CADRE_DB=${!db} run member list --format csv
  cp "$T/out" "$T/$db.csv"
done
if cmp -s "$T/A.csv" "$T/B.csv"; then pass; else
  fail "member list differs: $(diff "$T/A.csv" "$T/B.csv")"
fi
# Refused where what was handed over has moved on since.
cx_merger=$(org_event CX 2024-05-01 merged)
handed=$(sqlite3 "$A" "SELECT id FROM member_event WHERE kind = 'transferred' AND date = '2024-05-01' AND member_id = $(cat "$T/member-CX")")
onward=$(sqlite3 "$A" "SELECT id FROM member_event WHERE kind = 'transferred' AND date = '2024-09-01' AND member_id = $(cat "$T/member-CX")")
refused 1 "cannot void event $cx_merger (merged of CX on 2024-05-01): cannot void event $handed (the transfer of member $(cat "$T/member-CX") on 2024-05-01): the transfer of 2024-09-01 (event $onward) could not stand without it" \
  event void "$cx_merger" --reason x
gm2_merger=$(org_event GM2 2024-05-01 merged)
cm2_move=$(org_event CM2 2024-09-01 moved)
refused 1 "cannot void event $gm2_merger (merged of GM2 on 2024-05-01): the move of 2024-09-01 (event $cm2_move) could not stand without it: it is recorded out of GT, but CM2 would be under GM2 on that day" \
  event void "$gm2_merger" --reason x
refused 1 "event: $kg_end: the event was voided before, and a void event stays as it is" \
  event void "$kg_end" --reason again


# ---- a founding entered by mistake -------------------------------------------
# Voided while nothing rests on the organisation: it leaves the register
# whole (kept among the voided records) and every report reads as if it
# had never been entered; its code may be used again.
export CADRE_DB=$A
ok org add XX --kind grassroots_cell --parent K3 --name "Nhầm" \
  --founded 2024-03-01
ok org rename XX --name "Nhầm nữa" --date 2024-06-01
xx_found=$(org_event XX 2024-03-01 founded)
xx_rename=$(org_event XX 2024-06-01 renamed)
refused 1 "cannot void event $xx_found (founded of XX on 2024-03-01): event $xx_rename (renamed) of XX could not stand without it; void it first" \
  event void "$xx_found" --reason x
ok event void "$xx_rename" --reason "Nhầm"
ok member add --name "Lê Văn Cường" --born 1975-01-01 --gender male \
  --cell XX --admitted 2024-04-01
cuong=$OUT
refused 1 "cannot void event $xx_found (founded of XX on 2024-03-01): members registered in it (member) name XX; a founding is voided only while nothing rests on the organisation" \
  event void "$xx_found" --reason x
ok event correct "$(sqlite3 "$A" "SELECT id FROM member_event WHERE member_id = $cuong")" \
  --cell G4 --reason "Nhầm chi bộ"
refused 1 "cannot void event $xx_found (founded of XX on 2024-03-01): events of members (member_event) name XX" \
  event void "$xx_found" --reason x
# The cell XX stays (a member's voided registration names it), and so it
# is in the clean history too, with the member in the right cell.
CADRE_DB=$B ok org add XX --kind grassroots_cell --parent K3 --name "Nhầm" \
  --founded 2024-03-01
CADRE_DB=$B ok member add --name "Lê Văn Cường" --born 1975-01-01 \
  --gender male --cell G4 --admitted 2024-04-01
ok org add YY --kind grassroots_cell --parent K3 --name "Nhầm lần nữa" \
  --founded 2024-02-01
yy_found=$(org_event YY 2024-02-01 founded)
ok event void "$yy_found" --reason "Lập nhầm"
refused 1 "under: YY: no organisation has this code" org list --under YY
ok void list --format csv
has "kept among the voided records" "$OUT" "Lập nhầm"
same_reports P K3 G4 XX
ok check
# The code is free again, and no id is given twice.
ok org add YY --kind grassroots_cell --parent K3 --name "Chi bộ mới" \
  --founded 2025-01-01
equal "a new organisation, a new id" 0 \
  "$(sqlite3 "$A" "SELECT count(*) FROM voided v JOIN org o ON o.id = v.source_id WHERE v.source = 'org'")"
equal "its founding has an event id never given" 0 \
  "$(sqlite3 "$A" "SELECT count(*) FROM voided v JOIN org_event e ON e.id = v.source_id WHERE v.source = 'org_event'")"
ok check

finish
