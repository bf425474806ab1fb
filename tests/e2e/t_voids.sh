# Voids and corrections of records of party work (issue 6, item 2): each
# noun — discipline of organisations, assessments, oversight, awards,
# funds, conferences, models — is voided with `NOUN void ID --reason` and
# corrected with `NOUN correct ID --reason ... --field value` (org:
# `org discipline-void`, `org discipline-correct`). Afterwards every
# report — the year's and a past quarter's, by both engines — is byte for
# byte the report of a database where the mistakes were never entered (or
# entered right); refusals give their exact message and leave the database
# unchanged; `cadre check` passes after every void.
here=$(dirname "$0")
. "$here/lib.sh"

KEPT="$T/kept.db"   # records entered with mistakes, then put right
CLEAN="$T/clean.db" # the same records entered right, without the mistakes

tree() {
  party_tree
  ok org add G3 --kind grassroots_committee --parent K --name "Đảng bộ Ba" \
    --founded 2000-01-01
  local i
  for i in 1 2 3 4 5 6; do
    ok member add --name "Nguyễn Văn Số $i" --born 1970-01-0$i --gender male \
      --cell C1 --admitted 2010-01-01 --official 2011-01-01
  done
  ok member add --name "Trần Thị Bình" --born 1980-02-02 --gender female \
    --cell G2 --admitted 2015-05-01 --official 2016-05-01
  ok group add CL --name "Cụm thi đua" --kind cluster
  ok group join CL --org K --date 2020-01-01
  ok group join CL --org K2 --date 2020-01-01
}

# The records both databases hold.
common() {
  ok org discipline G --form reprimand --date 2025-02-01 --votes 5/9 --by K
  local i
  for i in 1 2 3 4 5; do ok assess set --year 2025 --member $i --grade well; done
  ok oversight add --kind inspection --by K --org G --from 2025-03-01
  ok award add --member 7 --kind merit --title "Bằng khen" --by P \
    --date 2025-05-01
  ok fund add --org G --campaign "Quỹ vì người nghèo" --date 2025-06-01 \
    --amount 5.000.000
  ok conference add --group CL --host K --date 2025-01-10 --kind review \
    --theme "Sơ kết" --flag-to K2
  ok model add --group CL --org G --title "Điển hình" --date 2025-04-01
}

# same WHAT: the reports of both databases agree, byte for byte, for the
# year and for its first quarter (a past period), by both engines.
same() {
  local org engine period
  for org in P K G K2; do
    for engine in auto direct; do
      for period in "2025-01-01 2025-12-31" "2025-01-01 2025-03-31"; do
        set -- $period "$1"
        CADRE_DB=$KEPT run report $org --from "$1" --to "$2" --format json \
          --engine $engine
        cp "$T/out" "$T/kept.json"
        CADRE_DB=$CLEAN run report $org --from "$1" --to "$2" --format json \
          --engine $engine
        if cmp -s "$T/kept.json" "$T/out"; then pass; else
          fail "$3: report $org $1..$2 ($engine) differs from the clean one:
$(diff "$T/kept.json" "$T/out" | head -10)"
        fi
        shift 2
      done
    done
  done
  CADRE_DB=$KEPT ok check
}

# ---- the clean database: every record entered right ------------------------
export CADRE_DB=$CLEAN
tree
common
ok org discipline G3 --form warning --date 2025-05-01 --votes 6/9 --by K
ok assess set --year 2025 --member 6 --grade excellent
ok oversight add --kind supervision --by P --member 7 --from 2025-04-01 \
  --violation
ok award add --org G --kind flag --title "Cờ thi đua" --by P \
  --date 2025-06-01
ok fund add --org G2 --campaign "Quỹ vì người nghèo" --date 2025-06-02 \
  --amount 2.000.000
ok org add C9 --kind cell --parent G --name "Chi bộ giải thể" \
  --founded 2000-01-01
ok org discipline C9 --form dissolution --date 2025-02-01 --votes 5/9

# ---- the kept database: mistakes too ----------------------------------------
export CADRE_DB=$KEPT
tree
common

# ---- org discipline ----------------------------------------------------------
# A discipline prints its id and org show lists it; a mistaken one is
# voided, a mistyped one corrected (void and add again in one step).
ok org discipline G --form warning --date 2025-03-01 --votes 5/9 --by K
twice=$OUT
equal "org discipline prints its id" 2 "$twice"
ok org discipline G --form warning --date 2025-04-01 --votes 6/9 --by K
wrong=$OUT
ok org show G
has "org show: the id of a decision" "$OUT" \
  "$twice  2025-03-01  warning by K, votes 5/9"
ok org show G --format json
equal "org show json: the id" "$twice" "$(json 'discipline[1].id')"
refused 2 "org discipline-void: --reason TEXT is required" \
  org discipline-void "$twice"
refused 1 "reason: a void or a correction says why, in a few words" \
  org discipline-void "$twice" --reason "  "
refused 1 "discipline: 999: no discipline of an organisation has this id" \
  org discipline-void 999 --reason x
refused 1 "discipline: 2x: an id is a number" org discipline-void 2x --reason x
ok org discipline-void "$twice" --reason "Ghi trùng"
equal "a void prints nothing" "" "$OUT"
ok check
refused 1 "discipline: $twice: no discipline of an organisation has this id" \
  org discipline-void "$twice" --reason again
# A correction checks what an addition checks, with its message.
refused 1 "votes: 9/5: more votes for (9) than members who voted (5)" \
  org discipline-correct "$wrong" --org G3 --votes 9/5 --reason x
refused 1 "cannot record the warning of G3 by G on 2025-04-01: G3 was not below G then; an organisation inspects, supervises and disciplines those below it" \
  org discipline-correct "$wrong" --org G3 --by G --reason x
ok org discipline-correct "$wrong" --org G3 --date 2025-05-01 \
  --reason "Nhầm tổ chức, sai ngày"
fixed=$OUT
equal "the correction has a new id" 4 "$fixed"
ok check
# A dissolution decided as discipline ended the organisation: refused.
ok org add C9 --kind cell --parent G --name "Chi bộ giải thể" \
  --founded 2000-01-01
ok org discipline C9 --form dissolution --date 2025-02-01 --votes 5/9
dissolution=$OUT
refused 1 "discipline: $dissolution: the dissolution of C9 on 2025-02-01 ended the organisation, an organisation event: a dissolution is not voided or corrected as a record of discipline, but as an event of C9" \
  org discipline-void "$dissolution" --reason x
refused 1 "discipline: $dissolution: the dissolution of C9 on 2025-02-01 ended the organisation" \
  org discipline-correct "$dissolution" --date 2025-02-02 --reason x

# ---- assessments -------------------------------------------------------------
ok assess set --year 2025 --member 6 --grade excellent
ok assess set --year 2025 --member 7 --grade well
extra=$(sqlite3 "$KEPT" "SELECT id FROM assessment WHERE member_id = 7")
ok assess list --year 2025 --format csv
equal "assess list shows ids" "$extra" \
  "$(csv "SELECT id FROM t WHERE member = '7'")"
# The quota of G: one excellent of six well or better; a correction that
# makes a second excellent is refused with the message of assess set.
refused 1 "cannot classify member 1 for 2025: the quota of excellence of G for 2025 (members): 2 classified excellent of 6 classified well or better; at most 20% (1) may be excellent, 1 too many" \
  assess correct 1 --grade excellent --reason x
# A correction onto a member classified already would lose that one.
refused 1 "cannot classify member 2 for 2025: classified already (classification 2); correct or void that one" \
  assess correct 1 --member 2 --reason x
refused 1 "grade: best: one of excellent, well, completed or not-completed" \
  assess correct 1 --grade best --reason x
refused 1 "assessment: 999: no classification has this id" \
  assess void 999 --reason x
ok assess void "$extra" --reason "Không thuộc diện đánh giá"
ok check

# ---- oversight, awards, funds -------------------------------------------------
ok oversight add --kind inspection --by P --member 7 --from 2025-04-01
ov=$OUT
refused 1 "violation: maybe: yes or no" \
  oversight correct "$ov" --violation maybe --reason x
refused 1 "kind: audit: one of inspection or supervision" \
  oversight correct "$ov" --kind audit --reason x
refused 2 "oversight correct: unknown option --amount" \
  oversight correct "$ov" --amount 5 --reason x
ok oversight correct "$ov" --kind supervision --violation yes \
  --reason "Giám sát, có vi phạm"
ok check
ok award add --member 7 --kind flag --title "Cờ thi đua" --by P \
  --date 2025-06-01
aw=$OUT
refused 1 "date: 2027-01-01: a date in the future (today is 2026-06-30)" \
  award correct "$aw" --date 2027-01-01 --reason x
ok award correct "$aw" --org G --reason "Tặng tập thể, không phải cá nhân"
ok check
ok fund add --org G2 --campaign "Quỹ vì người nghèo" --date 2025-06-02 \
  --amount 20.000.000
fu=$OUT
refused 1 "amount: 0: " fund correct "$fu" --amount 0 --reason x
ok fund correct "$fu" --amount 2.000.000 --reason "Thừa một số 0"
ok check
ok fund add --org G --campaign "Nhầm" --date 2025-07-01 --amount 1.000
ok fund void "$OUT" --reason "Ghi nhầm"
same "after the voids and corrections"

# ---- conferences and the rotating flag -------------------------------------------
# K hosts and hands the flag to K2; K hosts again (K2 holds it); K2 hands
# it back. Voiding the first handover would leave K holding the flag when
# K2 hands it on: refused, naming that conference. The last one may go:
# the flag goes back to K2.
ok conference add --group CL --host K --date 2025-08-01 --kind workshop \
  --theme "Hội thảo"
ok conference add --group CL --host K2 --date 2025-09-01 --kind review \
  --theme "Sơ kết" --flag-to K
back=$OUT
first=$(sqlite3 "$KEPT" "SELECT id FROM conference WHERE date = '2025-01-10'")
refused 1 "conference: $first: cannot be voided: K would then hold the flag of CL on 2025-09-01, when K2 hands it to K at conference $back; only its holder hands it on" \
  conference void "$first" --reason x
# A correction that takes the first handover away is refused as the
# addition of such a conference would be.
refused 1 "cannot record this conference of CL: K would then hold the flag on 2025-09-01, when K2 hands it to K at conference $back; only its holder hands it on" \
  conference correct "$first" --flag-to "" --reason x
ok group show CL --format json
equal "K holds the flag" K "$(json flag.holder)"
ok conference void "$back" --reason "Chưa tổ chức"
ok check
ok group show CL --format json
equal "after the void the flag is back with K2" K2 "$(json flag.holder)"
ok conference correct "$first" --theme "Sơ kết 6 tháng" --delegates 120 \
  --reason "Thiếu số đại biểu"
ok conference list --format csv
equal "the corrected conference" "Sơ kết 6 tháng|120|K2" \
  "$(csv "SELECT theme || '|' || delegates || '|' || flag_to FROM t WHERE date = '2025-01-10'")"

# ---- models ------------------------------------------------------------------
ok model add --group CL --org G2 --title "Nhầm" --date 2025-04-02
mo=$OUT
refused 1 "cannot name member 1 (Nguyễn Văn Số 1) an outstanding model of CL on 2019-01-01" \
  model correct "$mo" --member 1 --date 2019-01-01 --reason x
ok model correct "$mo" --member 1 --title "Gương sáng" --reason "Cá nhân"
fixed_model=$OUT
ok model list --group CL --format csv
equal "the models after the correction" "G|Điển hình member 1|Gương sáng" \
  "$(csv "SELECT group_concat(coalesce(nullif(org, ''), 'member ' || member) || '|' || title, ' ') FROM t")"
ok model void "$fixed_model" --reason "Chưa xét"
ok check

# ---- void list ----------------------------------------------------------------
ok void list --format csv
equal "void list: every void, in order" \
  "discipline|$twice|Ghi trùng discipline|$wrong|Nhầm tổ chức, sai ngày assessment|$extra|Không thuộc diện đánh giá oversight|$ov|Giám sát, có vi phạm award|$aw|Tặng tập thể, không phải cá nhân fund|$fu|Thừa một số 0" \
  "$(csv "SELECT group_concat(noun || '|' || id || '|' || reason, ' ') FROM t WHERE noun IN ('discipline', 'assessment', 'oversight', 'award') OR reason = 'Thừa một số 0'")"
ok void list --noun model --format csv
equal "void list --noun: the records as they were" \
  "$mo|Nhầm|tester $fixed_model|Gương sáng|tester" \
  "$(csv "SELECT group_concat(id || '|' || json_extract(record, '\$.title') || '|' || voided_by, ' ') FROM t")"
refused 1 "noun: nope: one of oversight, discipline, assessment, award, fund, model, conference" \
  void list --noun nope

# The audit trail says what was voided and corrected, by whom and why.
audit=$(sqlite3 "$KEPT" "SELECT group_concat(user || ' ' || action || ': ' || detail, '
') FROM audit WHERE action LIKE 'record %'")
has "audit of a correction" "$audit" \
  "tester record correct: org_discipline $wrong, entered again as $fixed: Nhầm tổ chức, sai ngày"
has "audit of a void" "$audit" "tester record void: model $fixed_model: Chưa xét"

# ---- meetings and documents ---------------------------------------------------
# Member 6 misses every meeting of C1. The attendance criterion gives 1
# more point when no member missed more than 3 meetings in a row, so a
# mistaken extra meeting costs the point at the next one: voiding it
# scores that one again. Documents disseminated at the voided meeting go
# with it, unless an implementation rests on them.
KEPT="$T/meetings-kept.db"
CLEAN="$T/meetings-clean.db"
meet() { # meet DATE [ARGS...]: a regular meeting of C1 of $MIN (95)
  # minutes, member 6 absent
  local d=$1
  shift
  ok meeting add --cell C1 --date "$d" --kind regular --chair 1 \
    --minutes "${MIN:-95}" \
    --present 1,2,3,4,5 --result 90 --points preparation=8 \
    --points conduct=15 --points chairing=8 --points principles=5 \
    --points closing=5 "$@"
}
docs() {
  ok doc add 21-NQ/TW --kind resolution --issuer "Ban Chấp hành Trung ương" \
    --date 2022-06-16 --title "Nghị quyết 21"
}
export CADRE_DB=$CLEAN
tree
docs
meet 2025-01-15
meet 2025-02-15
meet 2025-03-15
meet 2025-04-15 --task "Triển khai Nghị quyết"
ok doc disseminate 21-NQ/TW --org G --date 2025-04-01
ok doc disseminate 21-NQ/TW --org C2 --date 2025-05-05
ok doc implement 21-NQ/TW --org C2 --date 2025-05-10

export CADRE_DB=$KEPT
tree
docs
meet 2025-01-15
meet 2025-02-15
meet 2025-02-20 --document 21-NQ/TW
extra=$OUT
meet 2025-03-15
third=$OUT
MIN=60 meet 2025-04-15 --task "Nhầm"
fourth=$OUT
ok meeting show "$third" --format json
equal "the extra meeting makes a run of 4 at the third" 79 "$(json score)"
ok doc implement 21-NQ/TW --org C1 --date 2025-03-01
ok doc show 21-NQ/TW --format json
implemented=$(json 'steps[1].id')
disseminated=$(json 'steps[0].id')
equal "doc show: the step of the meeting" "disseminated|$extra" \
  "$(json 'steps[0].step')|$(json 'steps[0].meeting')"
refused 1 "meeting: $extra: C1 implemented 21-NQ/TW on 2025-03-01 (record $implemented), which rests on its dissemination at this meeting; void or correct that implementation first (doc void, doc correct)" \
  meeting void "$extra" --reason x
refused 1 "dissemination: $disseminated: C1 implemented 21-NQ/TW on 2025-03-01 (record $implemented), which rests on its dissemination there on or before that day" \
  doc void "$disseminated" --reason x
refused 1 "meeting: 999: no meeting has this id" meeting void 999 --reason x
ok doc void "$implemented" --reason "Chưa triển khai"
ok check
ok meeting void "$extra" --reason "Họp trùng"
ok check
ok meeting show "$third" --format json
equal "the third meeting scored again without the extra one" 80 \
  "$(json score)"
ok doc show 21-NQ/TW --format json
equal "the dissemination at the voided meeting went with it" 0 \
  "$(sqlite3 :memory: "SELECT json_array_length(readfile('$T/out'), '\$.steps')")"
ok void list --noun meeting --format csv
equal "the meeting is kept with its lines" "6|Họp trùng" \
  "$(csv "SELECT json_array_length(record, '\$.meeting_attendance') || '|' || reason FROM t")"
ok void list --noun dissemination --format csv
equal "so is its dissemination" "$disseminated|Họp trùng" \
  "$(csv "SELECT group_concat(id || '|' || reason, ' ') FROM t WHERE json_extract(record, '\$.meeting_id') = $extra")"
# A dissemination entered on the wrong day is corrected; one that an
# implementation rests on may not move after it.
ok doc disseminate 21-NQ/TW --org G --date 2025-05-01
late=$(sqlite3 "$KEPT" "SELECT id FROM dissemination WHERE org_id = (SELECT id FROM org WHERE code = 'G')")
ok doc correct "$late" --date 2025-04-01 --reason "Sai ngày"
ok check
ok doc disseminate 21-NQ/TW --org C2 --date 2025-05-02
c2=$(sqlite3 "$KEPT" "SELECT id FROM dissemination WHERE step = 'disseminated' AND org_id = (SELECT id FROM org WHERE code = 'C2')")
ok doc implement 21-NQ/TW --org C2 --date 2025-05-10
c2i=$(sqlite3 "$KEPT" "SELECT id FROM dissemination WHERE step = 'implemented'")
refused 1 "dissemination: $c2: C2 implemented 21-NQ/TW on 2025-05-10 (record $c2i), which rests on its dissemination there on or before that day" \
  doc correct "$c2" --date 2025-05-20 --reason x
refused 1 "date: 2020-01-01: 21-NQ/TW was issued on 2022-06-16; it is disseminated on or after that day" \
  doc correct "$c2" --date 2020-01-01 --reason x
ok doc correct "$c2" --date 2025-05-05 --reason "Sai ngày"
ok check
# A meeting recorded with the wrong length and a task that was not
# decided: corrected, every other line as recorded (the scorer's points,
# attendance); refused as meeting add would refuse it.
refused 1 "minutes: 0: the length in whole minutes, 1 to 1440" \
  meeting correct "$fourth" --minutes 0 --reason x
refused 1 "date: 2025-03-01: C1 has a meeting recorded on 2025-03-15; a cell's meetings are recorded in date order" \
  meeting correct "$fourth" --date 2025-03-01 --reason x
ok meeting show "$fourth" --format json
equal "60 minutes lose the length criterion" 74 "$(json score)"
ok meeting correct "$fourth" --minutes 95 --task "Triển khai Nghị quyết" \
  --reason "Sai thời lượng"
ok meeting show "$OUT" --format json
equal "the corrected meeting keeps the scorer's points" 79 "$(json score)"
equal "its task" "Triển khai Nghị quyết" "$(json 'tasks[0]')"
ok check
same "after the voids of a meeting and of documents"
for db in KEPT CLEAN; do
  CADRE_DB=${!db} run meeting list --format csv
  csv "SELECT date || ' ' || score FROM t" >"$T/$db.scores"
  CADRE_DB=${!db} run doc coverage 21-NQ/TW --under K --at 2025-12-31
  cp "$T/out" "$T/$db.coverage"
done
equal "meeting scores as if never entered" "$(cat "$T/CLEAN.scores")" \
  "$(cat "$T/KEPT.scores")"
equal "document coverage as if never entered" "$(cat "$T/CLEAN.coverage")" \
  "$(cat "$T/KEPT.coverage")"

finish
