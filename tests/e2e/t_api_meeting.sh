# Cell meetings over the API (docs/http.md, docs/rubric.md): recording,
# scoring, showing, listing, correcting and voiding a meeting, and the
# active rubric, against the real binary. Each answer is the command
# line's JSON for the same meeting; each refusal is checked with the
# database unchanged; a viewer changes nothing; a user of K2 can neither
# see nor change a meeting of a cell of K.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
ok member add --name "Nguyễn Văn An" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2010-01-01 --official 2011-01-01
ok member add --name "Trần Thị Bình" --born 1990-01-01 --gender female \
  --cell C1 --admitted 2010-01-10 --official 2011-01-10
ok member add --name "Phạm Văn Dũng" --born 1985-01-01 --gender male \
  --cell C1 --admitted 2012-01-01 --official 2013-01-01
ok member add --name "Lê Văn Cường" --born 1985-01-01 --gender male \
  --cell G2 --admitted 2012-01-01 --official 2013-01-01
an=1 binh=2 dung=3 cuong=4
ok doc add 21-NQ/TW --kind resolution --issuer "Ban Chấp hành" \
  --date 2024-01-01 --title "Nghị quyết"
pw="$T/pw"
printf 'mật khẩu đủ dài\n' >"$pw"
ok user add viewer --role viewer --scope K --password-file "$pw"
ok user add editor --role editor --scope K --password-file "$pw"
ok user add editor2 --role editor --scope K2 --password-file "$pw"
PW='mật khẩu đủ dài'

start_server server.log
SPID=$PID
login viewer "$PW"
login editor2 "$PW"
e2_csrf=$CSRF
login editor "$PW"
ed_csrf=$CSRF

# post WHO PATH BODY: a change in WHO's session, with its CSRF token.
post() {
  local who=$1 token=$ed_csrf
  [ "$who" = editor2 ] && token=$e2_csrf
  as "$who" POST "$2" -H "X-CSRF-Token: $token" \
    -H 'Content-Type: application/json' -d "$3"
}

# same_as_cli WHAT ID: the last body is `meeting show ID --format json`.
same_as_cli() {
  "$CADRE" meeting show "$2" --format json >"$T/cli.json"
  if cmp -s "$T/cli.json" "$T/body"; then pass; else
    fail "$1: not the bytes of meeting show --format json: $BODY"
  fi
}

# ---- the rubric ---------------------------------------------------------------

as viewer GET /api/v1/meetings/rubric
status "rubric" 200
"$CADRE" rubric show --format json >"$T/cli.json"
if cmp -s "$T/cli.json" "$T/body"; then pass; else
  fail "rubric: not the bytes of rubric show --format json: $BODY"
fi
equal "rubric: its criteria and maxima" \
  "length=5 attendance=5 preparation=10 conduct=30 chairing=10 principles=5 resolution=30 closing=5" \
  "$(sqlite3 :memory: "SELECT group_concat(json_extract(value, '\$.id') || '=' \
  || json_extract(value, '\$.max'), ' ') FROM json_each(readfile('$T/body'), \
  '\$.criteria')")"

# ---- recording -----------------------------------------------------------------

# The worked example of docs/rubric.md, in small: 3 members, all present,
# 1 of 3 speaks (33 %: 10), 95 % of the targets met, 100 minutes.
body='{"cell": "C1", "date": "2025-03-05", "kind": "regular", "chair": "1",
  "minutes": 100, "theme": "Học tập Nghị quyết", "present": "all",
  "opinion": ["2::Đề nghị", "1"], "result": 95, "task": ["Một", "Hai | Ba"],
  "points": ["preparation=8", "conduct=16", "chairing=9", "principles=5"]}'
post editor /api/v1/meetings "${body/\"task\"/\"document\": [\"21-NQ/TW\"], \"task\"}"
status "meeting add" 201
m1=$(get id)
equal "added: unscored until closing has points" "|" "$(get score)|$(get grade)"
same_as_cli "meeting add" "$m1"
count() {
  sqlite3 :memory: "SELECT json_array_length(readfile('$T/body'), '\$.$1')"
}
# A task is one item of its array, whatever characters it holds.
equal "added: attendance, opinions, tasks, document as the lists gave them" \
  "3|3|2|Đề nghị|2|Hai | Ba|21-NQ/TW" \
  "$(get registered)|$(get present)|$(count opinions)|$(get 'opinions[0].text')|$(count tasks)|$(get 'tasks[1]')|$(get 'documents[0].number')"

# Refusals: each with its field, the database unchanged.
refused_http 422 invalid "date: 2027-01-01" date \
  -- post editor /api/v1/meetings "${body/2025-03-05/2027-01-01}"
refused_http 422 invalid "points: closing=9: the scorer gives closing 0 to 5 points" points \
  -- post editor /api/v1/meetings "${body/principles=5/closing=9}"
refused_http 422 invalid "points: length=5: the points of length are computed" points \
  -- post editor /api/v1/meetings "${body/principles=5/length=5}"
refused_http 422 invalid "minutes: 0" minutes \
  -- post editor /api/v1/meetings "${body/\"minutes\": 100/\"minutes\": 0}"
refused_http 422 invalid "kind: weekly" kind \
  -- post editor /api/v1/meetings "${body/regular/weekly}"
refused_http 422 invalid "chair: missing" chair \
  -- post editor /api/v1/meetings '{"cell": "C1", "date": "2025-03-05", "kind": "regular", "minutes": 90}'
# A list is a JSON array of the values the option takes, each checked.
refused_http 422 invalid "task: a list (a JSON array) is needed" task \
  -- post editor /api/v1/meetings "${body/'["Một", "Hai | Ba"]'/'"Một|Hai"'}"
refused_http 422 invalid "points: a string is needed" points \
  -- post editor /api/v1/meetings "${body/\"principles=5\"/5}"
refused_http 400 bad_request "absentees: no such field here" absentees \
  -- post editor /api/v1/meetings '{"absentees": "1"}'
# Meetings are recorded in date order.
refused_http 422 invalid "date: 2025-03-01: C1 has a meeting recorded on 2025-03-05; a cell's meetings are recorded in date order" date \
  -- post editor /api/v1/meetings "${body/2025-03-05/2025-03-01}"
# A viewer changes nothing; a user of K2 does not see C1.
refused_http 403 forbidden "viewer is a viewer: this is for editors" \
  -- post viewer /api/v1/meetings "$body"
refused_http 404 not_found "C1" \
  -- post editor2 /api/v1/meetings "${body/2025-03-05/2025-04-05}"
refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
  -- as editor POST /api/v1/meetings -H 'Content-Type: application/json' \
  -d "$body"

# ---- showing -------------------------------------------------------------------

as viewer GET "/api/v1/meetings/$m1"
status "meeting show" 200
same_as_cli "meeting show" "$m1"
refused_http 404 not_found "meeting: 9999: no meeting has this id" \
  -- as viewer GET /api/v1/meetings/9999
refused_http 404 not_found "meeting: $m1: no meeting has this id" \
  -- as editor2 GET "/api/v1/meetings/$m1"
hidden=$(sed "s/: $m1: /: ID: /" <<<"$BODY")
as editor2 GET /api/v1/meetings/9999
equal "another branch's meeting: as one that does not exist" \
  "$(sed 's/: 9999: /: ID: /' <<<"$BODY")" "$hidden"

# ---- scoring -------------------------------------------------------------------

refused_http 422 invalid "points: closing=6: the scorer gives closing 0 to 5 points" points \
  -- post editor "/api/v1/meetings/$m1/score" '{"points": ["closing=6"]}'
refused_http 422 invalid "points: nothing=1" points \
  -- post editor "/api/v1/meetings/$m1/score" '{"points": ["nothing=1"]}'
refused_http 422 invalid "result: 101" result \
  -- post editor "/api/v1/meetings/$m1/score" '{"result": 101}'
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer "/api/v1/meetings/$m1/score" '{"points": ["closing=4"]}'
refused_http 404 not_found "meeting: $m1: no meeting has this id" \
  -- post editor2 "/api/v1/meetings/$m1/score" '{"points": ["closing=4"]}'
post editor "/api/v1/meetings/$m1/score" '{"points": ["closing=4"]}'
status "meeting score" 200
# 5 + (4 + 1) + 8 + (10 + 16) + 9 + 5 + 30 + 4, as docs/rubric.md counts
# (2 of 3 spoke).
equal "scored: the total and grade" "92|good" "$(get score)|$(get grade)"
same_as_cli "meeting score" "$m1"
post editor "/api/v1/meetings/$m1/score" '{"points": ["conduct=0"], "result": 40}'
equal "scored again: 92 - 16 - 20" "56|average" "$(get score)|$(get grade)"
run meeting score "$m1" --points conduct=16 --result 95
equal "the command line's score is the API's" "92 good" "$OUT"

# ---- listing -------------------------------------------------------------------

ok meeting add --cell C1 --date 2025-05-01 --kind thematic --chair $binh \
  --minutes 60 --present $an,$binh --absent $dung:ốm
m2=$(cat "$T/out")
as viewer GET "/api/v1/meetings?under=C1&size=1&page=2"
status "meeting list" 200
equal "list: paged" "2|1|1|$m2" \
  "$(get total)|$(get size)|$(items)|$(get 'items[0].id')"
"$CADRE" meeting list --under C1 --format json >"$T/cli.json"
equal "list: the rows of meeting list --format json" \
  "$(sqlite3 :memory: "SELECT json(json_extract(readfile('$T/cli.json'), '\$[1]'))")" \
  "$(sqlite3 :memory: "SELECT json(json_extract(readfile('$T/body'), '\$.items[0]'))")"
as viewer GET "/api/v1/meetings?from=2025-04-01&to=2025-12-31"
equal "list: from and to" "1|$m2" "$(get total)|$(get 'items[0].id')"
as viewer GET /api/v1/meetings
equal "list: the user's branch by default" "2" "$(get total)"
as editor2 GET /api/v1/meetings
equal "list: nothing of K for a user of K2" "0" "$(get total)"
refused_http 404 not_found "C1" -- as editor2 GET "/api/v1/meetings?under=C1"
refused_http 422 invalid "from: 2025-13-01" from \
  -- as viewer GET "/api/v1/meetings?from=2025-13-01"
refused_http 422 invalid "2025-01-01" to \
  -- as viewer GET "/api/v1/meetings?from=2025-06-01&to=2025-01-01"

# ---- correcting and voiding -----------------------------------------------------

refused_http 422 invalid "reason: missing" reason \
  -- post editor "/api/v1/meetings/$m2/correct" '{"minutes": 95}'
refused_http 404 not_found "$m2" \
  -- post editor2 "/api/v1/meetings/$m2/correct" '{"reason": "x", "minutes": 95}'
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer "/api/v1/meetings/$m2/correct" '{"reason": "x", "minutes": 95}'
post editor "/api/v1/meetings/$m2/correct" \
  '{"reason": "typed 60", "minutes": 95, "points": ["preparation=10", "conduct=20", "chairing=10", "principles=5", "closing=5"]}'
status "meeting correct" 200
m3=$(get id)
equal "corrected: a new meeting with the minutes given" "95" "$(get minutes)"
[ "$m3" != "$m2" ] && pass || fail "corrected: the same id $m3"
same_as_cli "meeting correct" "$m3"
as viewer GET "/api/v1/meetings/$m2"
status "the corrected meeting is voided" 404

refused_http 422 invalid "reason: missing" reason \
  -- post editor "/api/v1/meetings/$m3/void" '{}'
refused_http 404 not_found "$m3" \
  -- post editor2 "/api/v1/meetings/$m3/void" '{"reason": "x"}'
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer "/api/v1/meetings/$m3/void" '{"reason": "x"}'
post editor "/api/v1/meetings/$m3/void" '{"reason": "not held"}'
status "meeting void" 200
equal "voided" "$m3|1" "$(get record)|$(get voided)"
as viewer GET "/api/v1/meetings?under=C1"
equal "list: the voided one gone" "1|$m1" "$(get total)|$(get 'items[0].id')"
refused_http 404 not_found "$m3" \
  -- post editor "/api/v1/meetings/$m3/void" '{"reason": "again"}'

stop_server
finish
