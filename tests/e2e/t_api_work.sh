# The API of the records of party work (docs/http.md): inspections and
# supervisions, awards, funds, classifications, rubrics and the voided
# records, driven with curl against the real binary. Each answer is the
# command line's JSON for the same data; each refusal names the field and
# leaves the database unchanged; viewers change nothing, and a branch sees
# nothing of its sibling's.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
ok member add --name "Nguyễn Văn An" --born 1970-01-01 --gender male \
  --cell C1 --admitted 2010-01-01 --official 2011-01-01
ok member add --name "Trần Thị Bình" --born 1980-01-01 --gender female \
  --cell C2 --admitted 2012-01-01 --official 2013-01-01
ok member add --name "Lê Văn Cường" --born 1985-01-01 --gender male \
  --cell G2 --admitted 2012-01-01 --official 2013-01-01
cuong=3
pw="$T/pw"
printf 'mật khẩu đủ dài\n' >"$pw"
ok user add viewer --role viewer --scope K --password-file "$pw"
ok user add editor --role editor --scope K --password-file "$pw"
ok user add editor2 --role editor --scope K2 --password-file "$pw"
ok user add kadmin --role admin --scope K --password-file "$pw"
ok user add boss --role admin --scope P --password-file "$pw"

start_server server.log
SPID=$PID
declare -A TOKEN
for who in viewer editor editor2 kadmin boss; do
  login "$who" 'mật khẩu đủ dài'
  TOKEN[$who]=$CSRF
done

# send WHO PATH BODY: a change in WHO's session, with WHO's token.
send() {
  as "$1" POST "$2" -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: ${TOKEN[$1]}" -d "$3"
}
# guarded PATH BODY MESSAGE: refused to K's viewer and without the token
# (403), and to the editor of the sibling branch (404, with MESSAGE).
guarded() {
  refused_http 403 forbidden "viewer is a viewer: this is for editors" \
    -- send viewer "$1" "$2"
  refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
    -- as editor POST "$1" -H 'Content-Type: application/json' -d "$2"
  refused_http 404 not_found "$3" -- send editor2 "$1" "$2"
}
# the_rows WHAT ARGS...: the last answer's items are all the rows of
# `cadre ARGS --format json`, and its total counts them.
the_rows() {
  local what=$1
  shift
  ok "$@" --format json
  equal "$what: the CLI's rows" \
    "$(sqlite3 :memory: "SELECT json(readfile('$T/out'))")" \
    "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.items')")"
  equal "$what: the total" \
    "$(sqlite3 :memory: "SELECT json_array_length(readfile('$T/out'))")" \
    "$(get total)"
}
# the_show WHAT ARGS...: the last answer is `cadre ARGS --format json`.
the_show() {
  local what=$1
  shift
  ok "$@" --format json
  equal "$what: the CLI's JSON" "$OUT" "$BODY"
}
# corrected WHAT: the last answer is {"corrected": OLD, "record": NEW},
# NEW another id; sets NEW.
corrected() {
  status "$1" 200
  NEW=$(get record)
  [[ "$NEW" =~ ^[0-9]+$ ]] && [ "$NEW" != "$(get corrected)" ] && pass ||
    fail "$1: not an old and a new id: $BODY"
}

# ---- oversight -----------------------------------------------------------------

inspection='{"kind": "inspection", "by": "K", "org": "C1",
  "from": "2026-06-01", "subject": "thu chi đảng phí"}'
guarded /api/v1/oversight "$inspection" "K: no organisation has this code"
refused_http 422 invalid "kind: missing" kind \
  -- send editor /api/v1/oversight '{"by": "K", "org": "C1", "from": "2026-06-01"}'
refused_http 422 invalid "kind: audit: one of" kind \
  -- send editor /api/v1/oversight \
  '{"kind": "audit", "by": "K", "org": "C1", "from": "2026-06-01"}'
refused_http 422 invalid "violation: true or false is needed" violation \
  -- send editor /api/v1/oversight \
  '{"kind": "inspection", "by": "K", "org": "C1", "from": "2026-06-01",
    "violation": "yes"}'
refused_http 409 conflict "C1" \
  -- send editor /api/v1/oversight \
  '{"kind": "inspection", "by": "C1", "org": "K", "from": "2026-06-01"}'
send editor /api/v1/oversight "$inspection"
status "oversight add" 201
first=$(get id)
the_show "oversight add answers the record" oversight show "$first"
send editor /api/v1/oversight \
  '{"kind": "supervision", "by": "K", "member": "2", "from": "2026-05-01",
    "to": "2026-05-20", "conclusion": "tốt", "violation": true}'
status "oversight add, of a member" 201
second=$(get id)
equal "violations found" "1|2" "$(get violation)|$(get member)"

as viewer GET "/api/v1/oversight/$second"
status "oversight show" 200
the_show "oversight show" oversight show "$second"
refused_http 404 not_found "oversight: $second: no inspection or supervision" \
  -- as editor2 GET "/api/v1/oversight/$second"
refused_http 422 invalid "oversight: x1: not the id of a record" oversight \
  -- as viewer GET /api/v1/oversight/x1

as viewer GET /api/v1/oversight
status "oversight list" 200
the_rows "oversight list" oversight list --under K
equal "by first day" "$second,$first" "$(get 'items[0].id'),$(get 'items[1].id')"
as viewer GET "/api/v1/oversight?kind=inspection&from=2026-05-15"
the_rows "oversight list, filtered" oversight list --under K --kind inspection \
  --from 2026-05-15
equal "one inspection" 1 "$(get total)"
as viewer GET "/api/v1/oversight?size=1&page=2"
equal "page 2 of size 1" "2|1|$first" "$(get total)|$(items)|$(get 'items[0].id')"
as editor2 GET /api/v1/oversight
equal "nothing of K seen from K2" "0|0" "$(get total)|$(items)"
refused_http 404 not_found "under: K: no organisation has this code" \
  -- as editor2 GET "/api/v1/oversight?under=K"
refused_http 422 invalid "kind: audit: one of" kind \
  -- as viewer GET "/api/v1/oversight?kind=audit"
refused_http 422 invalid "to: 2026-05-01: before the first day" to \
  -- as viewer GET "/api/v1/oversight?from=2026-06-01&to=2026-05-01"

path=/api/v1/oversight/$first/correct
guarded "$path" '{"reason": "sai ngày", "from": "2026-06-02"}' \
  ": $first: no "
refused_http 422 invalid "reason: missing" reason \
  -- send editor "$path" '{"from": "2026-06-02"}'
refused_http 422 invalid "violation: true or false is needed" violation \
  -- send editor "$path" '{"reason": "x", "violation": "yes"}'
refused_http 409 conflict "C1" \
  -- send editor "$path" '{"reason": "x", "by": "C1", "org": "K"}'
send editor "$path" '{"reason": "sai ngày", "from": "2026-06-02",
  "violation": true, "subject": null}'
corrected "oversight correct"
as viewer GET "/api/v1/oversight/$NEW"
the_show "the correction" oversight show "$NEW"
equal "corrected as given, the rest kept" "2026-06-02|1|thu chi đảng phí" \
  "$(get from)|$(get violation)|$(get subject)"
refused_http 404 not_found "oversight: $first: no " \
  -- as viewer GET "/api/v1/oversight/$first"

# ---- awards ----------------------------------------------------------------------

merit='{"member": "1", "kind": "merit", "title": "Bằng khen", "by": "K",
  "date": "2026-06-01", "decision": "12-QĐ/ĐU"}'
guarded /api/v1/awards "$merit" "K: no organisation has this code"
refused_http 422 invalid "title: missing" title \
  -- send editor /api/v1/awards \
  '{"member": "1", "kind": "merit", "by": "K", "date": "2026-06-01"}'
refused_http 422 invalid "early: true or false is needed" early \
  -- send editor /api/v1/awards \
  '{"member": "1", "kind": "badge", "title": "Huy hiệu", "by": "K",
    "date": "2026-06-01", "years": "30", "early": "yes"}'
refused_http 409 conflict "30" \
  -- send editor /api/v1/awards \
  '{"member": "1", "kind": "badge", "title": "Huy hiệu 30 năm", "by": "K",
    "date": "2026-06-01", "years": "30"}'
send editor /api/v1/awards "$merit"
status "award add" 201
award=$(get id)
send editor /api/v1/awards \
  '{"org": "C2", "kind": "merit", "title": "Giấy khen", "by": "K",
    "date": "2026-05-01"}'
status "award add, to an organisation" 201
as viewer GET /api/v1/awards
status "award list" 200
the_rows "award list" award list --under K
equal "award add answers the id award list shows" "$award" \
  "$(get 'items[1].id')"
as viewer GET "/api/v1/awards?kind=merit&from=2026-05-15"
the_rows "award list, filtered" award list --under K --kind merit \
  --from 2026-05-15
refused_http 422 invalid "kind: gold: one of" kind \
  -- as viewer GET "/api/v1/awards?kind=gold"
refused_http 422 invalid "size: 501: a whole number from 1 to 500" size \
  -- as viewer GET "/api/v1/awards?size=501"
refused_http 422 invalid "page: 0: a whole number from 1" page \
  -- as viewer GET "/api/v1/awards?page=0"

path=/api/v1/awards/$award/correct
guarded "$path" '{"reason": "sai tên", "title": "Giấy khen"}' ": $award: no "
refused_http 422 invalid "title: must not be empty" title \
  -- send editor "$path" '{"reason": "sai tên", "title": ""}'
send editor "$path" '{"reason": "sai tên", "title": "Giấy khen"}'
corrected "award correct"
as viewer GET "/api/v1/awards?from=2026-06-01"
equal "the new award, as corrected" "$NEW|Giấy khen|12-QĐ/ĐU" \
  "$(get 'items[0].id')|$(get 'items[0].title')|$(get 'items[0].decision')"

# ---- funds -----------------------------------------------------------------------

fund='{"org": "C1", "campaign": "quỹ vì người nghèo", "date": "2026-06-01",
  "amount": "1.500.000"}'
guarded /api/v1/funds "$fund" "C1: no organisation has this code"
refused_http 422 invalid "amount: " amount \
  -- send editor /api/v1/funds \
  '{"org": "C1", "campaign": "x", "date": "2026-06-01", "amount": "nhiều"}'
refused_http 422 invalid "amount: missing" amount \
  -- send editor /api/v1/funds '{"org": "C1", "campaign": "x", "date": "2026-06-01"}'
send editor /api/v1/funds "$fund"
status "fund add" 201
fund=$(get id)
send editor /api/v1/funds '{"org": "G", "campaign": "nông thôn mới",
  "date": "2026-04-01", "amount": "2000000", "note": "đợt 1"}'
status "fund add, again" 201
as viewer GET /api/v1/funds
status "fund list" 200
the_rows "fund list" fund list --under K
equal "in VND, as a number" 1500000 "$(get 'items[1].amount')"
as viewer GET "/api/v1/funds?campaign=n%C3%B4ng%20th%C3%B4n%20m%E1%BB%9Bi"
the_rows "fund list of a campaign" fund list --under K --campaign "nông thôn mới"
equal "one campaign" 1 "$(get total)"

path=/api/v1/funds/$fund/correct
guarded "$path" '{"reason": "sai số", "amount": "1.600.000"}' ": $fund: no "
refused_http 422 invalid "amount: " amount \
  -- send editor "$path" '{"reason": "sai số", "amount": "-5"}'
send editor "$path" '{"reason": "sai số", "amount": "1.600.000"}'
corrected "fund correct"
as viewer GET "/api/v1/funds?from=2026-06-01"
equal "the new record, as corrected" "$NEW|1600000" \
  "$(get 'items[0].id')|$(get 'items[0].amount')"

# ---- classifications --------------------------------------------------------------

well='{"year": 2025, "member": "1", "grade": "well"}'
guarded /api/v1/assessments "$well" "member: 1: no member has this id"
refused_http 422 invalid "year: a whole number is needed" year \
  -- send editor /api/v1/assessments '{"year": "2025", "member": "1", "grade": "well"}'
refused_http 422 invalid "score: 101" score \
  -- send editor /api/v1/assessments '{"year": 2025, "member": "1", "score": 101}'
refused_http 422 invalid "year: 2027: a year in the future" year \
  -- send editor /api/v1/assessments '{"year": 2027, "member": "1", "grade": "well"}'
send editor /api/v1/assessments "$well"
status "assess set" 201
assessment=$(get id)
send editor /api/v1/assessments '{"year": 2025, "member": "2", "score": 60}'
status "assess set, by score" 201
send editor /api/v1/assessments '{"year": 2025, "org": "C1", "grade": "well"}'
status "assess set, of an organisation" 201
as viewer GET "/api/v1/assessments?year=2025"
status "assess list" 200
the_rows "assess list" assess list --year 2025 --under K
has "assess set answers the id assess list shows" \
  "$(sqlite3 :memory: "SELECT group_concat(value ->> 'id') FROM json_each(readfile('$T/body'), '\$.items')")" \
  "$assessment"
as viewer GET "/api/v1/assessments?year=2025&grade=completed"
the_rows "assess list of a grade" assess list --year 2025 --under K \
  --grade completed
equal "graded by the score" "1|2" "$(get total)|$(get 'items[0].member')"
refused_http 422 invalid "year: missing" year \
  -- as viewer GET /api/v1/assessments
refused_http 422 invalid "grade: best: one of" grade \
  -- as viewer GET "/api/v1/assessments?year=2025&grade=best"

as viewer GET "/api/v1/assessments/streak?grade=well&years=2025"
status "assess streak" 200
the_rows "assess streak" assess streak --grade well --years 2025 --under K
equal "one member" 1 "$(get total)"
as viewer GET "/api/v1/assessments/streak?grade=completed&years=2025&or_better=true"
the_rows "assess streak, or better" assess streak --grade completed \
  --years 2025 --under K --or-better
equal "members, the better one too" 2 "$(get total)"
as viewer GET "/api/v1/assessments/streak?grade=well&years=2025&orgs=true"
the_rows "assess streak of organisations" assess streak --grade well \
  --years 2025 --under K --orgs
equal "an organisation" "C1" "$(get 'items[0].org')"
refused_http 422 invalid "or_better: maybe: true or false" or_better \
  -- as viewer GET "/api/v1/assessments/streak?grade=well&years=2025&or_better=maybe"
refused_http 422 invalid "years: 2030: after the current year" years \
  -- as viewer GET "/api/v1/assessments/streak?grade=well&years=2030"

path=/api/v1/assessments/$assessment/correct
guarded "$path" '{"reason": "nhầm", "grade": "not-completed"}' \
  ": $assessment: no "
refused_http 422 invalid "grade: best: one of" grade \
  -- send editor "$path" '{"reason": "nhầm", "grade": "best"}'
send editor "$path" '{"reason": "nhầm", "grade": "not-completed"}'
corrected "assess correct"
as viewer GET "/api/v1/assessments?year=2025&grade=not-completed"
equal "the new classification" "$NEW|1" "$(get 'items[0].id')|$(get total)"

path=/api/v1/assessments/$NEW/void
guarded "$path" '{"reason": "nhập nhầm"}' ": $NEW: no "
refused_http 422 invalid "reason: missing" reason -- send editor "$path" '{}'
send editor "$path" '{"reason": "nhập nhầm"}'
status "assess void" 200
equal "voided" "$NEW|1" "$(get record)|$(get voided)"
refused_http 404 not_found ": $NEW: no " \
  -- send editor "$path" '{"reason": "again"}'

# ---- rubrics -----------------------------------------------------------------------

as viewer GET /api/v1/rubrics
status "rubric list, before any is loaded" 200
the_rows "rubric list, the default" rubric list
ok rubric load "${CADRE_SOURCE:-$here/../..}/src/app/rubrics/national-2025.json" \
  --name "thử nghiệm"
as viewer GET "/api/v1/rubrics?size=1&page=2"
equal "page 2 of the rubrics" "2|thử nghiệm|yes" \
  "$(get total)|$(get 'items[0].name')|$(get 'items[0].active')"
as viewer GET /api/v1/rubrics
the_rows "rubric list" rubric list
as editor2 GET "/api/v1/rubrics/th%E1%BB%AD%20nghi%E1%BB%87m"
status "rubric show" 200
"$CADRE" rubric show "thử nghiệm" --format json >"$T/cli.json"
if cmp -s "$T/cli.json" "$T/body"; then pass; else
  fail "rubric show: not the bytes of rubric show --format json: $BODY"
fi
refused_http 404 not_found "rubric nope: no rubric has this name" \
  -- as viewer GET /api/v1/rubrics/nope

# ---- the voided records ----------------------------------------------------------

as boss GET /api/v1/voids
status "void list" 200
the_rows "void list" void list
equal "the four corrections and the void" 5 "$(get total)"
as boss GET "/api/v1/voids?noun=assessment"
the_rows "void list of a noun" void list --noun assessment
as boss GET "/api/v1/voids?noun=assessment&size=1&page=2"
equal "page 2 of the two" "2|1|$NEW" "$(get total)|$(items)|$(get 'items[0].id')"
refused_http 422 invalid "noun: gift: one of" noun \
  -- as boss GET "/api/v1/voids?noun=gift"
refused_http 403 forbidden "editor is an editor: this is for administrators" \
  -- as editor GET /api/v1/voids
refused_http 403 forbidden "kadmin sees one branch of the register" \
  -- as kadmin GET /api/v1/voids

# The sibling branch's records were never within reach: its member's
# classification is refused to K, and K2 still lists only its own.
refused_http 404 not_found "member: $cuong: no member has this id" \
  -- send editor /api/v1/assessments "{\"year\": 2025, \"member\": \"$cuong\", \"grade\": \"well\"}"
as editor2 GET /api/v1/funds
equal "K2 sees no fund of K" 0 "$(get total)"

stop_server
finish
