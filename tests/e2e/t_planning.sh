# Cadre planning (issue 9, DOMAIN.md §8): posts and their seats, the
# planning of a post for a term with each candidate's standing and its
# structure against the floors (a floor flagged, then met after a young
# woman is added), the review naming each candidate who fails a rule with
# the facts, removal with a reason, appointments with and without planning
# (the warning), seats full, a rotation, a dismissal and a departure
# ending the posts held (and a void giving them back), and every refusal
# with its message and the database unchanged. Scope and roles are the
# API's to test (t_api_planning.sh): the command line acts as an
# administrator of the whole register.
here=$(dirname "$0")
. "$here/lib.sh"

ok init
ok org add TW --name "Trung ương" --kind central --founded 1930-02-03
ok org add HT --name "Tỉnh ủy Hà Tĩnh" --kind provincial --parent TW \
  --founded 1930-08-01
ok org add C1 --name "Chi bộ Văn phòng" --kind grassroots_cell --parent HT \
  --founded 1990-01-01
ok org add QN --name "Tỉnh ủy Quảng Nam" --kind provincial --parent TW \
  --founded 1997-01-01
ok org add C2 --name "Chi bộ Quảng Nam" --kind grassroots_cell --parent QN \
  --founded 1997-01-01

# id|name|born|gender|ethnicity|theory|position
while IFS='|' read -r name born gender eth th pos; do
  ok member add --name "$name" --born "$born" --gender "$gender" \
    --ethnicity "$eth" --theory "$th" --position "$pos" --cell C1 \
    --admitted 2015-01-01 --official 2016-01-01
done <<'EOF2'
Nguyễn Văn An|1970-03-01|male|Kinh|advanced|Phó Bí thư Tỉnh ủy
Lò Thị Bình|1980-05-05|female|Thái|intermediate|Trưởng ban
Trần Văn Cường|1967-06-01|male|Kinh|advanced|Trưởng ban Tổ chức
Lê Văn Dũng|1975-01-01|male|Kinh|advanced|Chánh Văn phòng
Phạm Thị Hoa|1990-02-02|female|Kinh|advanced|Phó ban
Đặng Văn Giang|1980-08-08|male|Kinh|elementary|Chuyên viên
EOF2
ok member add --name "Hồ Thị Mai" --born 1985-01-01 --gender female \
  --theory advanced --cell C2 --admitted 2005-01-01 --official 2006-01-01 # member 7, in QN
ok member add --name "Võ Văn Tám" --born 1972-01-01 --gender male \
  --cell C1 --admitted 2000-01-01 --official 2001-01-01 # member 8
ok member resign 8 --date 2020-01-01
ok member discipline 4 --form reprimand --date 2024-05-01 --votes 6/7

# ---- posts -------------------------------------------------------------------
ok post add SEC --org HT --title "Bí thư Tỉnh ủy" --seats 1
ok post add DEP --org HT --title "Phó Bí thư Tỉnh ủy" --seats 2 --max-age 65 \
  --theory intermediate
ok post add QSEC --org QN --title "Bí thư Tỉnh ủy Quảng Nam" --seats 1
refused 1 "code: sec: already the code of a post (Bí thư Tỉnh ủy of HT)" \
  post add sec --org HT --title x --seats 1
refused 1 "org: XX: no organisation has this code" \
  post add P1 --org XX --title x --seats 1
refused 1 "seats: 0: a number of seats, 1 to 10000" \
  post add P1 --org HT --title x --seats 0
refused 1 "level: district: one of central, provincial or local" \
  post add P1 --org HT --title x --seats 1 --level district
refused 1 "min-age: 70: not below the age limit (max-age 65)" \
  post add P1 --org HT --title x --seats 1 --max-age 65 --min-age 70
refused 1 "code: -x y: an organisation's code" post add "-x y" --org HT --title x --seats 1
refused 1 "min-age: 60: not below the age limit (max-age 60)" \
  post add P1 --org HT --title x --seats 1 --min-age 60
refused 1 "title: must not be empty" post add P1 --org HT --title " " --seats 1

ok post list --format csv
equal "post list" "DEP,HT,2,65,intermediate|QSEC,QN,1,60,advanced|SEC,HT,1,60,advanced" \
  "$(csv "SELECT code || ',' || org || ',' || seats || ',' || max_age || ','
    || theory FROM t" | paste -sd'|')"
ok post list --under QN --format csv
equal "post list --under" "QSEC" "$(csv "SELECT code FROM t" | paste -sd'|')"

# ---- planning and its structure ----------------------------------------------
for m in 1 3 4; do
  ok plan add --post SEC --term 2025-2030 --member $m --date 2025-01-10
done
ok plan list --post SEC --term 2025-2030
has "list: floor flagged" "$OUT" "young (under 40): 0 (0.0%) — floor 15%: NOT MET (flagged)"
has "list: women flagged" "$OUT" "women: 0 (0.0%) — floor 25%: NOT MET (flagged)"
has "list: candidate" "$OUT" "Trần Văn Cường"
ok plan list --post SEC --term 2025-2030 --format json
equal "json: floors" "0|0|3" "$(json structure.young.floor_met)|$(json \
  structure.women.floor_met)|$(json structure.candidates)"
# A young woman (34 when the term begins) meets both floors: 1 of 4 is 25%.
ok plan add --post SEC --term 2025-2030 --member 5 --date 2025-02-01
ok plan list --post SEC --term 2025-2030 --format json
equal "json: floors met" "1|1|4|25.0|25.0" "$(json structure.young.floor_met)|$(json \
  structure.women.floor_met)|$(json structure.candidates)|$(json \
  structure.young.percent)|$(json structure.women.percent)"
equal "json: candidate's standing" "Phạm Thị Hoa|1990-02-02|34|female|Kinh|advanced|Phó ban|2015-01-01|1" \
  "$(json 'candidates[3].name')|$(json 'candidates[3].born')|$(json \
  'candidates[3].age')|$(json 'candidates[3].gender')|$(json \
  'candidates[3].ethnicity')|$(json 'candidates[3].theory')|$(json \
  'candidates[3].position')|$(json 'candidates[3].in_since')|$(json \
  'candidates[3].young')"
equal "json: age bands" "1|0|3|0" "$(json 'structure.age_bands.under 40.count')|$(json \
  'structure.age_bands.40-49.count')|$(json \
  'structure.age_bands.50-59.count')|$(json \
  'structure.age_bands.60 and over.count')"
ok plan list --post SEC --term 2025-2030
has "list: floors met" "$OUT" "young (under 40): 1 (25.0%) — floor 15%: met"
has "list: women met" "$OUT" "women: 1 (25.0%) — floor 25%: met"

ok plan add --post DEP --term 2025-2030 --member 2 --date 2025-01-10
ok plan add --post DEP --term 2025-2030 --member 6 --date 2025-01-10
ok plan add --post QSEC --term 2025-2030 --member 7 --date 2025-01-10
ok plan list --post DEP --term 2025-2030 --format json
equal "json: minority" "1|1" "$(json structure.minorities.count)|$(json \
  'candidates[0].minority')"

refused 1 "cannot add member 1 to the planning of SEC for 2025-2030: in it already (since 2025-01-10)" \
  plan add --post SEC --term 2025-2030 --member 1 --date 2025-03-01
refused 1 "cannot add member 8 (Võ Văn Tám) to a planning on 2025-03-01: not a party member on that day" \
  plan add --post SEC --term 2025-2030 --member 8 --date 2025-03-01
refused 1 "post: NOPE: no post has this code" \
  plan add --post NOPE --term 2025-2030 --member 1 --date 2025-03-01
refused 1 "term: '2025': not a term of office (YYYY-YYYY, as 2025-2030)" \
  plan add --post SEC --term 2025 --member 1 --date 2025-03-01
refused 1 "member: 99: no member has this id or party card number" \
  plan add --post SEC --term 2025-2030 --member 99 --date 2025-03-01

# ---- the review ----------------------------------------------------------------
ok plan review --term 2025-2030 --format json
equal "review: findings" "3" "$(json findings_count)"
# By post code, then by the day each candidate was added.
equal "review: theory" "DEP|6|theory|intermediate|elementary" "$(json \
  'findings[0].post')|$(json 'findings[0].member')|$(json \
  'findings[0].rule')|$(json 'findings[0].facts.required')|$(json \
  'findings[0].facts.theory')"
equal "review: age limit" "SEC|3|age_limit|60|2027-06-01" "$(json \
  'findings[1].post')|$(json 'findings[1].member')|$(json \
  'findings[1].rule')|$(json 'findings[1].facts.max_age')|$(json \
  'findings[1].facts.reaches_limit')"
equal "review: discipline" "SEC|4|discipline|reprimand|2024-05-01" "$(json \
  'findings[2].post')|$(json 'findings[2].member')|$(json \
  'findings[2].rule')|$(json 'findings[2].facts.form')|$(json \
  'findings[2].facts.date')"
ok plan review --term 2025-2030
has "review text: age" "$OUT" "reaches the age limit of 60 on 2027-06-01, before the term ends"
has "review text: discipline" "$OUT" "reprimand on 2024-05-01, within the 5 years counted"
has "review text: theory" "$OUT" "political theory elementary, below intermediate"
has "review text: count" "$OUT" "3 findings"
ok plan review --term 2025-2030 --under QN
equal "review --under" "0 findings" "$OUT"
# The discipline counts up to the review's day only.
ok plan review --term 2025-2030 --date 2024-04-30 --format json
equal "review --date" "2" "$(json findings_count)"
before=$(snapshot)
ok plan review --term 2025-2030
equal "review adds nothing" "$before" "$(snapshot)"

# ---- removal with a reason ------------------------------------------------------
refused 1 "note: a removal for reason other says why" \
  plan remove --post SEC --term 2025-2030 --member 3 --date 2026-01-05 \
  --reason other
refused 1 "reason: old: one of standards, prospects, prestige, age, discipline or other" \
  plan remove --post SEC --term 2025-2030 --member 3 --date 2026-01-05 \
  --reason old
refused 1 "date: 2024-12-31: before member 3 was added to the planning (2025-01-10)" \
  plan remove --post SEC --term 2025-2030 --member 3 --date 2024-12-31 \
  --reason age
refused 1 "cannot remove member 2 from the planning of SEC for 2025-2030: not in it" \
  plan remove --post SEC --term 2025-2030 --member 2 --date 2026-01-05 \
  --reason age
ok plan remove --post SEC --term 2025-2030 --member 3 --date 2026-01-05 \
  --reason age
ok plan remove --post DEP --term 2025-2030 --member 6 --date 2026-01-05 \
  --reason other --note "chuyển công tác"
equal "removed rows" "3|age||6|other|chuyển công tác" "$(sqlite3 "$CADRE_DB" \
  "SELECT member_id || '|' || reason || '|' || coalesce(note, '') FROM
   plan_entry WHERE removed_on = '2026-01-05' ORDER BY member_id" | paste -sd'|')"
ok plan list --post SEC --term 2025-2030 --format json
equal "after removal" "3|1|5" "$(json structure.candidates)|$(json \
  'candidates[0].id')|$(json 'candidates[2].id')"
ok plan review --term 2025-2030 --format json
equal "review after removals" "1" "$(json findings_count)"
# Planned again after a removal: once at a time, not once for ever.
ok plan add --post DEP --term 2025-2030 --member 6 --date 2026-02-01

# ---- appointments ---------------------------------------------------------------
ok appoint 5 --post SEC --date 2026-01-15 --decision 12-QĐ/TW
equal "appoint: id" "1" "$OUT"
equal "appoint in planning: no warning" "" "$ERR"
refused 1 "cannot appoint member 1 to SEC from 2026-02-01: its 1 seat(s) are all held on 2026-02-01" \
  appoint 1 --post SEC --date 2026-02-01
ok appoint 1 --post DEP --date 2026-02-01 --format json
equal "appoint: warning in JSON" "2|0|member 1 is not in the planning of DEP for a term covering 2026-02-01" \
  "$(json id)|$(json planned)|$(json warning)"
has "appoint: warning on stderr" "$ERR" "warning: member 1 is not in the planning of DEP"
refused 1 "cannot appoint member 1 to DEP on 2026-03-01: holds it already (since 2026-02-01)" \
  appoint 1 --post DEP --date 2026-03-01
# Back-dated: the seat is free on the day, and held from a later one.
refused 1 "cannot appoint member 1 to SEC from 2026-01-10: its 1 seat(s) are all held on 2026-01-15" \
  appoint 1 --post SEC --date 2026-01-10
refused 1 "cannot appoint member 1 to DEP on 2026-01-20: appointed to it from 2026-02-01" \
  appoint 1 --post DEP --date 2026-01-20
refused 1 "cannot appoint member 8 (Võ Văn Tám) on 2026-03-01: not a party member on that day" \
  appoint 8 --post DEP --date 2026-03-01
refused 1 "date: 2027-01-01: a date in the future" \
  appoint 2 --post DEP --date 2027-01-01
ok appoint 2 --post DEP --date 2026-02-01
equal "appoint planned: no warning" "" "$ERR"
ok post holders DEP --format json
equal "holders" "2|1|0|2|1" "$(json post.holders)|$(json 'holders[0].member')|$(json \
  'holders[0].planned')|$(json 'holders[1].member')|$(json 'holders[1].planned')"
ok post holders SEC --date 2026-01-14 --format json
equal "holders before" "0|" "$(json post.holders)|$(json 'holders[0].member')"
ok post holders SEC
has "holders text" "$OUT" "Phạm Thị Hoa"

# ---- rotation -------------------------------------------------------------------
ok rotate 2 --to QN --post QSEC --from 2026-03-01 --until 2027-02-28 \
  --decision 45-QĐ/TW
equal "rotation" "QN|QSEC|2026-03-01|2027-02-28" "$(sqlite3 "$CADRE_DB" \
  "SELECT o.code || '|' || p.code || '|' || r.valid_from || '|' || r.until
   FROM rotation r JOIN org o ON o.id = r.org_id JOIN post p ON p.id =
   r.post_id")"
ok rotation list --format json
equal "rotation list" "1|2|QN|QSEC|2026-03-01|2027-02-28|45-QĐ/TW" \
  "$(sqlite3 :memory: "SELECT group_concat(v, '|') FROM (SELECT value v
     FROM json_each(json_extract(readfile('$T/out'), '\$[0]'))
     WHERE key IN ('id', 'member', 'org', 'post', 'from', 'until',
     'decision'))")"
rows() { grep -c . <<<"$OUT"; } # the header and the rotations of a CSV
ok rotation list --under HT --format csv
equal "rotation list: not under HT" 1 "$(rows)"
ok rotation list --at 2026-02-28 --format csv
equal "rotation list: not yet under way" 1 "$(rows)"
ok rotation list --member 1 --format csv
equal "rotation list: not member 1's" 1 "$(rows)"
ok rotation list --at 2026-03-01 --format csv
equal "rotation list: under way" 2 "$(rows)"
ok rotation list --member 2 --at 2027-02-28
has "rotation list: the table" "$OUT" "QSEC"
refused 1 "until: 2026-02-01: before the first day (2026-03-01)" \
  rotate 2 --to QN --from 2026-03-01 --until 2026-02-01
refused 1 "cannot rotate member 8 (Võ Văn Tám) from 2026-03-01: not a party member" \
  rotate 8 --to QN --from 2026-03-01 --until 2027-02-28
refused 1 "post: SEC: a post of HT, not of QN" \
  rotate 2 --to QN --post SEC --from 2026-03-01 --until 2027-02-28

# ---- a dismissal and a departure end the posts held --------------------------
ok member discipline 1 --form dismissal --date 2026-04-01 --votes 6/7
dismissal=$(sqlite3 "$CADRE_DB" "SELECT max(id) FROM member_event")
ok post holders DEP --format json
equal "dismissal ends the holding" "1|2" "$(json post.holders)|$(json 'holders[0].member')"
equal "how" "2026-04-01|dismissal" "$(sqlite3 "$CADRE_DB" \
  "SELECT valid_to || '|' || how FROM appointment WHERE member_id = 1")"
ok event void "$dismissal" --reason "nhầm người"
ok post holders DEP --format json
equal "void gives it back" "2" "$(json post.holders)"
# A correction into a form that ends no post gives it back too; one onto
# another day ends it on that day.
ok member discipline 1 --form dismissal --date 2026-04-10 --votes 6/7
dismissal=$(sqlite3 "$CADRE_DB" "SELECT max(id) FROM member_event")
held() { sqlite3 "$CADRE_DB" "SELECT coalesce(valid_to, 'held') || '|' ||
  coalesce(how, '') || '|' || coalesce(ended_by, '') FROM appointment
  WHERE member_id = 1"; }
equal "dismissed again" "2026-04-10|dismissal|$dismissal" "$(held)"
ok event correct "$dismissal" --date 2026-04-20 --reason "ngày quyết định"
corrected=$(sqlite3 "$CADRE_DB" "SELECT max(id) FROM member_event")
equal "corrected onto another day" "2026-04-20|dismissal|$corrected" "$(held)"
ok event correct "$corrected" --form warning --reason "hình thức cảnh cáo"
equal "corrected into a warning: held again" "held||" "$(held)"
ok member resign 5 --date 2026-05-01
equal "leaving ends it" "2026-05-01|left" "$(sqlite3 "$CADRE_DB" \
  "SELECT valid_to || '|' || how FROM appointment WHERE member_id = 5")"
ok post holders SEC --format json
equal "SEC free" "0" "$(json post.holders)"


# ---- ending an appointment --------------------------------------------------------
ok post leave DEP --member 2 --date 2026-06-01
equal "post leave" "2026-06-01|ended" "$(sqlite3 "$CADRE_DB" \
  "SELECT valid_to || '|' || how FROM appointment WHERE member_id = 2")"
refused 1 "cannot end the appointment of member 2 to DEP on 2026-06-15: not holding it on that day" \
  post leave DEP --member 2 --date 2026-06-15

# ---- a post's own least age ------------------------------------------------------
ok post add QDEP --org QN --title "Phó Bí thư Tỉnh ủy Quảng Nam" --seats 2 \
  --min-age 41
ok plan add --post QDEP --term 2025-2030 --member 7 --date 2025-01-10
ok plan review --term 2025-2030 --under QN --format json
equal "review: too young" "1|QDEP|7|too_young|41|40" "$(json \
  findings_count)|$(json 'findings[0].post')|$(json \
  'findings[0].member')|$(json 'findings[0].rule')|$(json \
  'findings[0].facts.min_age')|$(json 'findings[0].facts.age_at_start')"
ok plan review --term 2025-2030 --under QN
has "review text: too young" "$OUT" "aged 40 when the term begins, under the least age of 41"

# ---- a post's education ------------------------------------------------------
# The values of a member's education that meet it; Mai (member 7) has none
# recorded, so she meets no such list.
refused 1 "education: ;: no value named" \
  post add QEDU --org QN --title "Trưởng ban" --seats 1 --education " ; "
ok post add QEDU --org QN --title "Trưởng ban Tuyên giáo" --seats 1 \
  --education "Thạc sĩ; Tiến sĩ"
ok post list --under QN --format json
has "post list: the education" "$OUT" '"education":"Thạc sĩ; Tiến sĩ"'
ok plan add --post QEDU --term 2025-2030 --member 7 --date 2025-01-10
ok plan review --term 2025-2030 --under QN --format json
equal "review: education" "2|QEDU|7|education|Thạc sĩ; Tiến sĩ|" "$(json \
  findings_count)|$(json 'findings[1].post')|$(json \
  'findings[1].member')|$(json 'findings[1].rule')|$(json \
  'findings[1].facts.required')|$(json 'findings[1].facts.education')"
ok plan review --term 2025-2030 --under QN
has "review text: education" "$OUT" "education not recorded, not among Thạc sĩ; Tiến sĩ"

# A post held by appointment alone is one a dismissal ends: Mai (member 7)
# has no position recorded. Before her appointment she holds nothing to
# be dismissed from; after it the dismissal ends the holding, and a late
# entry that judges her history again keeps the dismissal.
ok appoint 7 --post QSEC --date 2026-02-01
refused 1 "cannot discipline member 7 with dismissal on 2026-01-15: the member holds no post to be dismissed from" \
  member discipline 7 --form dismissal --date 2026-01-15 --votes 6/7
ok member discipline 7 --form dismissal --date 2026-04-01 --votes 6/7
mai=$(sqlite3 "$CADRE_DB" "SELECT max(id) FROM member_event")
mai_held() { sqlite3 "$CADRE_DB" "SELECT coalesce(valid_to, 'held') || '|' ||
  coalesce(how, '') || '|' || coalesce(ended_by, '') FROM appointment
  WHERE member_id = 7"; }
equal "an appointee dismissed" "2026-04-01|dismissal|$mai" "$(mai_held)"
ok member discipline 7 --form reprimand --date 2026-03-01 --votes 6/7
equal "a late entry keeps the dismissal" "2026-04-01|dismissal|$mai" \
  "$(mai_held)"

# ---- the audit trail: every change, with its rows ---------------------------------
ok audit
for action in "post add" "plan add" "plan remove" "appoint" "rotate" \
  "post leave"; do
  has "audit: $action" "$OUT" "$action"
done
has "audit: rows" "$OUT" "plan_entry update"

finish
