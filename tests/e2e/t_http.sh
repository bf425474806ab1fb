# The web server and its API (issue 7, docs/http.md), driven with curl
# against the real binary on a temporary database and a free port: logins
# and their throttle, sessions, CSRF, roles, branches that cannot see each
# other, the input the server refuses, the same JSON as the command line,
# and a graceful stop. Every refusal also checks the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

# ---- a register of two sibling branches, and their users -----------------

party_tree
ok member add --name "Nguyễn Văn An" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2010-01-01 --official 2011-01-01
ok member add --name "Trần Thị Bình" --born 1990-01-01 --gender female \
  --cell C1 --admitted 2025-01-10
ok member add --name "Lê Văn Cường" --born 1985-01-01 --gender male \
  --cell G2 --admitted 2012-01-01 --official 2013-01-01
binh=2 cuong=3
# A meeting, for the walk of every operation (GET /api/v1/meetings/1).
ok meeting add --cell C1 --date 2025-02-01 --kind regular --chair 1 \
  --minutes 90 --present all
pw="$T/pw"
printf 'mật khẩu đủ dài\n' >"$pw"
ok user add viewer --role viewer --scope K --password-file "$pw"
ok user add editor --role editor --scope K --password-file "$pw"
ok user add editor2 --role editor --scope K2 --password-file "$pw"
ok user add boss --role admin --scope P --password-file "$pw"
PW='mật khẩu đủ dài'

# Refused at the start, before serving anything.
refused 1 "listen: nonsense: ADDRESS:PORT" serve --listen nonsense
refused 1 "listen: 127.0.0.1:70000: ADDRESS:PORT" serve --listen 127.0.0.1:70000
refused 1 "listen: example.org: not a numeric IPv4 or IPv6 address" \
  serve --listen example.org:80
refused 1 "session-idle: 0: a whole number of seconds from 1 to 86400" \
  serve --session-idle 0
refused 1 "serve: HTTPS needs both --cert FILE and --key FILE" \
  serve --cert "$T/nothing.pem"
refused 3 "cert: $T/nothing.pem: no such file" \
  serve --cert "$T/nothing.pem" --key "$T/nothing.pem"

start_server server.log
SPID=$PID
refused 3 "serve: cannot listen on ${B#http://}" serve --listen "${B#http://}"

# ---- logging in -------------------------------------------------------------

login editor "$PW"
status "login" 200
equal "login: who" "editor|editor|K" "$(get user)|$(get role)|$(get scope)"
equal "login: a CSRF token of 32 bytes" 64 "${#CSRF}"
cookie=$(grep -i '^set-cookie:' <<<"$HEADERS")
has "the session cookie" "$cookie" "cadre_session="
has "HttpOnly" "$cookie" "; HttpOnly"
has "SameSite=Strict" "$cookie" "; SameSite=Strict"
has "Path=/" "$cookie" "; Path=/"
lacks "no Secure without TLS" "$cookie" "Secure"
editor_csrf=$CSRF
as editor GET /api/v1/session
status "session" 200
equal "session: the same token" "$editor_csrf" "$(get csrf)"
equal "session: a branch is not the whole register" 0 "$(get whole)"

refused_http 401 unauthenticated "login: the name or the password is wrong" \
  -- login editor "not the password"
wrong=$BODY
refused_http 401 unauthenticated "login: the name or the password is wrong" \
  -- login nobody "not the password"
equal "unknown name and wrong password answer alike" "$wrong" "$BODY"
refused_http 422 invalid "password: missing" password \
  -- api POST /api/v1/login -H 'Content-Type: application/json' \
  -d '{"user": "editor"}'
refused_http 400 bad_request "mood: no such field here" mood \
  -- api POST /api/v1/login -H 'Content-Type: application/json' \
  -d '{"user": "editor", "password": "x", "mood": "good"}'
refused_http 422 invalid "password: a string is needed" password \
  -- api POST /api/v1/login -H 'Content-Type: application/json' \
  -d '{"user": "editor", "password": 12345678901}'

login viewer "$PW"
viewer_csrf=$CSRF
login editor2 "$PW"
editor2_csrf=$CSRF
login boss "$PW"
equal "an admin of the root" "admin|P" "$(get role)|$(get scope)"

# ---- reading, as the command line reads ------------------------------------

as boss GET /api/v1/orgs/K
status "org show" 200
ok org show K --format json
equal "org show: the CLI's JSON" "$OUT" "$BODY"
equal "with its children" "G" "$(get 'children[0].code')"
# A viewer of K is shown no superior above the branch.
as viewer GET /api/v1/orgs/K
status "org show, to K's viewer" 200
equal "no superior above the scope" "[]" "$(get superiors)"
equal "and the same children" "G" "$(get 'children[0].code')"

as viewer GET /api/v1/members/1
status "member show" 200
ok member show 1 --format json
equal "member show: the CLI's JSON" "$OUT" "$BODY"

as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-12-31"
status "report" 200
"$CADRE" report K --from 2025-01-01 --to 2025-12-31 --format json \
  >"$T/cli.json"
if cmp -s "$T/cli.json" "$T/body"; then pass; else
  fail "report: not the bytes of report --format json"
fi
# The engine, as report --engine: direct's figures are auto's.
as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-12-31&engine=direct"
status "report by the direct engine" 200
if cmp -s "$T/cli.json" "$T/body"; then pass; else
  fail "report: the direct engine's differ from report --format json"
fi
refused_http 422 invalid "engine: fast: one of auto or direct" engine \
  -- as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-12-31&engine=fast"
refused_http 422 invalid "from: missing" from \
  -- as viewer GET "/api/v1/reports/K?to=2025-12-31"
refused_http 422 invalid "to: 2025-02-30: no such day" to \
  -- as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-02-30"

as viewer GET "/api/v1/orgs/K/members?size=1&page=2"
status "members, page 2 of 1" 200
equal "page 2 of size 1" "2|1|2|1" \
  "$(get page)|$(get size)|$(get total)|$(items)"
ok member list --under K --format json
equal "the CLI's second row" "$(sqlite3 :memory: \
  "SELECT json_extract('$OUT', '\$[1]')")" "$(get 'items[0]')"
as viewer GET "/api/v1/orgs/K/members?page=3&size=1"
equal "past the end: no items" "2|0" "$(get total)|$(items)"
refused_http 422 invalid "size: 501: a whole number from 1 to 500" size \
  -- as viewer GET "/api/v1/orgs/K/members?size=501"
refused_http 422 invalid "size: 99999999999999999999: a whole number" size \
  -- as viewer GET "/api/v1/orgs/K/members?size=99999999999999999999"
refused_http 422 invalid "page: 0: a whole number from 1" page \
  -- as viewer GET "/api/v1/orgs/K/members?page=0"
refused_http 422 invalid "page: empty: a whole number from 1" page \
  -- as viewer GET "/api/v1/orgs/K/members?page="
# Types are checked after the session: nobody learns what a route takes.
refused_http 401 unauthenticated "log in first" \
  -- api GET "/api/v1/orgs/K/members?page=0"
refused_http 422 invalid "at: 2025-13-01: no such month" at \
  -- as viewer GET "/api/v1/orgs/K?at=2025-13-01"
refused_http 422 invalid "code: K 2: an organisation's code" code \
  -- as viewer GET "/api/v1/orgs/K%202"
refused_http 400 bad_request "order: no such parameter here" order \
  -- as viewer GET "/api/v1/orgs/K/members?order=name"
refused_http 400 bad_request "size: given 2 times" size \
  -- as viewer GET "/api/v1/orgs/K/members?size=1&size=2"

as viewer GET /api/v1/orgs/K/members.csv
status "CSV download" 200
has "as CSV" "$HEADERS" "Content-Type: text/csv; charset=utf-8"
has "as a file" "$HEADERS" 'Content-Disposition: attachment; filename="members-K.csv"'
"$CADRE" member list --under K --format csv >"$T/cli.csv"
if cmp -s "$T/cli.csv" "$T/body"; then pass; else
  fail "CSV: not the bytes of member list --format csv: $BODY"
fi
refused_http 422 invalid "status: retired: one of probationary, official, temporary" status \
  -- as viewer GET "/api/v1/orgs/K/members.csv?status=retired"
refused_http 404 not_found "K: no organisation has this code" \
  -- as editor2 GET /api/v1/orgs/K/members.csv

as viewer GET "/api/v1/members?q=tran%20thi"
status "find" 200
equal "found without diacritics" "1|$binh" "$(get total)|$(get 'items[0].id')"
refused_http 422 invalid "q: give some letters of a name" q \
  -- as viewer GET "/api/v1/members?q=%20"

# ---- the OpenAPI document ----------------------------------------------------
# Served without a session, generated from the routing table: its
# structure, docs/http.md's table of endpoints against it both ways, and
# a request to every operation it lists (an empty body is refused for the
# first field it needs), so that it cannot drift from the server.
# A record for the walk to read (GET /api/v1/oversight/1).
ok oversight add --kind inspection --by K --org C1 --from 2026-01-05
api GET /api/v1/openapi.json
status "openapi.json" 200
cp "$T/body" "$T/openapi.json"
if problems=$(python3 "$here/openapi.py" check "$T/openapi.json" \
  "${CADRE_SOURCE:-$here/../..}/docs/http.md"); then pass; else
  fail "openapi.json: $problems"
fi
equal "openapi: the admission's gender" '["female","male"]' \
  "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/openapi.json'), \
  '\$.paths./api/v1/members.post.requestBody.content.application/json.schema.properties.gender.enum')")"
# The walk is an administrator's of the whole register, which groupings
# and the register of documents need, over openapi.py's samples.
# (A congress K for the routes of congresses.)
ok group add K --name "Cụm thi đua" --kind cluster
ok group join K --org K --date 2000-01-01
ok congress add K --org K --term 2025-2030 --date 2026-01-01 --seats 1
ok doc add 1-NQ/TW --kind resolution --issuer "Bộ Chính trị" \
  --date 2020-01-01 --title "Mẫu"
ok post add K --org K --title "Bí thư" --seats 1 # cadre planning's post
ok user add walked --role viewer --scope K --password-file "$pw"
login boss "$PW"
walked=0
while read -r method path expected body; do
  if [ "$body" = - ]; then
    as boss "$method" "$path"
  elif [ "$body" = none ]; then
    as boss "$method" "$path" -H "X-CSRF-Token: $CSRF"
  elif [[ $body == csv:* ]]; then
    as boss "$method" "$path" -H "X-CSRF-Token: $CSRF" \
      -H 'Content-Type: text/csv' --data-binary "$(printf '%b' "${body#csv:}")"
  else
    as boss "$method" "$path" -H "X-CSRF-Token: $CSRF" \
      -H 'Content-Type: application/json' -d "$body"
  fi
  equal "openapi: $method $path" "$expected" "$STATUS"
  walked=$((walked + 1))
done < <(python3 "$here/openapi.py" walk "$T/openapi.json")
equal "openapi: every operation but the logout walked" \
  "$(($(sqlite3 :memory: "SELECT count(*) FROM json_each(readfile( \
  '$T/openapi.json'), '\$.paths') AS p, json_each(p.value)") - 1))" \
  "$walked"

# ---- branches that cannot see each other ------------------------------------

as editor2 GET /api/v1/members/$cuong
status "editor2 sees their own member" 200
refused_http 404 not_found "member: 1: no member has this id" \
  -- as editor2 GET /api/v1/members/1
hidden=$(sed 's/: 1: /: ID: /' <<<"$BODY")
refused_http 404 not_found "member: 9999: no member has this id" \
  -- as editor2 GET /api/v1/members/9999
equal "out of scope answers as unknown" "$hidden" \
  "$(sed 's/: 9999: /: ID: /' <<<"$BODY")"
refused_http 404 not_found "member: $cuong: no member" \
  -- as editor GET /api/v1/members/$cuong
refused_http 404 not_found "no organisation has this code" \
  -- as editor2 GET /api/v1/orgs/C1
hidden=$(sed 's/C1/CODE/g' <<<"$BODY")
refused_http 404 not_found "no organisation has this code" \
  -- as editor2 GET /api/v1/orgs/C9
equal "an org out of scope answers as unknown" "$hidden" \
  "$(sed 's/C9/CODE/g' <<<"$BODY")"
as editor2 GET "/api/v1/members?q=nguyen"
equal "a search finds nothing of the sibling branch" 0 "$(get total)"
as boss GET "/api/v1/members?q=nguyen"
equal "the root's admin finds it" 1 "$(get total)"
as boss GET /api/v1/session
equal "session: the root's admin sees the whole register" 1 "$(get whole)"
# By the name from the word found on ("van an" before "van cuong"), not
# by the family name; a page at a time, the total of all.
as boss GET "/api/v1/members?q=van&size=1"
equal "search: the first page" "2|1|1" \
  "$(get total)|$(items)|$(get 'items[0].id')"
as boss GET "/api/v1/members?q=van&size=1&page=2"
equal "search: the second page" "2|1|$cuong" \
  "$(get total)|$(items)|$(get 'items[0].id')"
as boss GET "/api/v1/members?q=van&size=1&page=3"
equal "search: past the end" "2|0" "$(get total)|$(items)"
equal "search: an exact total says no more" "" "$(get more)"
# A search counts only ten pages from its page on: twelve "Hà Minh …" in
# pages of one are "10 and more" from the first page, exact from the third.
{
  echo name,born,gender,cell,admitted
  for i in $(seq 12); do echo "Hà Minh Tú $i,1990-01-0$((i % 9 + 1)),male,C1,2015-03-01"; done
} >"$T/ha.csv"
ok import members "$T/ha.csv"
as boss GET "/api/v1/members?q=ha%20minh&size=1"
equal "search: counted ten pages on" "10|1|1" \
  "$(get total)|$(get more)|$(items)"
as boss GET "/api/v1/members?q=ha%20minh&size=1&page=3"
equal "search: exact when the pages left are fewer" "12|" \
  "$(get total)|$(get more)"
refused_http 404 not_found "no organisation has this code" \
  -- as editor2 GET "/api/v1/reports/K?from=2025-01-01&to=2025-12-31"

# ---- changing: the session, the CSRF token and the role ---------------------

# recognize WHO CSRF BODY [CONTENT-TYPE]: asks to recognise Bình.
recognize() {
  local who=$1 csrf=$2 body=$3 type=${4:-application/json}
  as "$who" POST "/api/v1/members/$binh/recognize" \
    -H "Content-Type: $type" ${csrf:+-H "X-CSRF-Token: $csrf"} -d "$body"
}
good='{"date": "2026-01-10", "decision": "7-QĐ/ĐU"}'

refused_http 401 unauthenticated "nobody is signed in" \
  -- api POST /api/v1/members/$binh/recognize \
  -H 'Content-Type: application/json' -d "$good"
refused_http 401 unauthenticated "nobody is signed in" \
  -- api GET /api/v1/members/1
refused_http 401 unauthenticated "nobody is signed in" \
  -- api GET /api/v1/members/1 -b "cadre_session=$(printf '0%.0s' $(seq 64))"
refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
  -- recognize editor "" "$good"
refused_http 403 forbidden "X-CSRF-Token: wrong token" X-CSRF-Token \
  -- recognize editor "$viewer_csrf" "$good"
refused_http 403 forbidden "viewer is a viewer: this is for editors" \
  -- recognize viewer "$viewer_csrf" "$good"
refused_http 404 not_found "member: $binh: no member" \
  -- recognize editor2 "$editor2_csrf" "$good"

# Bad input: each refused with its status, nothing written.
refused_http 422 invalid "date: 2026-02-30: no such day" date \
  -- recognize editor "$editor_csrf" '{"date": "2026-02-30"}'
refused_http 422 invalid "date: missing" date \
  -- recognize editor "$editor_csrf" '{"decision": "7"}'
refused_http 422 invalid "date: a string is needed" date \
  -- recognize editor "$editor_csrf" '{"date": 20260110}'
refused_http 400 bad_request "body: malformed JSON" \
  -- recognize editor "$editor_csrf" '{"date": "2026-01-10",'
refused_http 400 bad_request "body: a JSON object is needed" \
  -- recognize editor "$editor_csrf" '["2026-01-10"]'
refused_http 400 bad_request "body: malformed JSON" \
  -- recognize editor "$editor_csrf" '{"date": "2026-01-10", "date": "2026-01-11"}'
refused_http 415 unsupported_media_type "Content-Type: text/plain" \
  -- recognize editor "$editor_csrf" "$good" text/plain
printf '{"date": "2026-01-10", "decision": "\xff\xfe"}' >"$T/bad.json"
refused_http 400 bad_request "body: invalid UTF-8" \
  -- recognize editor "$editor_csrf" "@$T/bad.json"
{ printf '{"date": "2026-01-10", "decision": "'
  head -c 70000 /dev/zero | tr '\0' x
  printf '"}'; } >"$T/big.json"
refused_http 413 too_large "body: more than 65536 bytes" \
  -- recognize editor "$editor_csrf" "@$T/big.json"
refused_http 409 conflict "the probation of 12 months ends 2026-01-10" \
  -- recognize editor "$editor_csrf" '{"date": "2025-06-01"}'

# Paths and methods.
refused_http 400 bad_request "no '.' or '..' segments" \
  -- as viewer GET /api/v1/members/../orgs/K
refused_http 400 bad_request "no '.' or '..' segments" \
  -- as viewer GET /api/v1/members/%2e%2e/orgs/K
refused_http 400 bad_request "path: invalid UTF-8" \
  -- as viewer GET /api/v1/orgs/%ff
refused_http 404 not_found "no such resource" -- as viewer GET /api/v1/nothing
refused_http 404 not_found "no such resource" -- as viewer GET /etc/passwd
refused_http 405 method_not_allowed "DELETE: not allowed" \
  -- as viewer DELETE /api/v1/members/1 -H "X-CSRF-Token: $viewer_csrf"
has "405 says what is allowed" "$HEADERS" "Allow: GET"
refused_http 405 method_not_allowed "PUT: not allowed" \
  -- as viewer PUT /api/v1/members -H "X-CSRF-Token: $viewer_csrf"
has "every method of the path" "$HEADERS" "Allow: GET, POST"

# The change itself, then seen in the profile.
before=$(snapshot)
recognize editor "$editor_csrf" "$good"
status "recognize" 200
equal "recognised" "official|2026-01-10" "$(get status)|$(get official)"
after=$(snapshot)
[ "$before" != "$after" ] && pass || fail "recognize changed nothing"
as viewer GET /api/v1/members/$binh
equal "the profile shows it" "official" "$(get status)"
has "in the timeline" "$BODY" '"event": "recognized"'
has "who recorded it: the session's user" "$BODY" '"recorded_by": "editor"'

# ---- admitting and transferring ------------------------------------------------

# admit BODY: asks, as the editor, to admit someone.
admit() {
  as editor POST /api/v1/members -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: $editor_csrf" -d "$1"
}
admit '{"name": "Phạm Thị Dung", "born": "2000-02-02", "gender": "female",
        "cell": "C1", "date": "2026-05-01", "decision": "9-QĐ/ĐU",
        "key_cadre": true}'
status "admit" 201
dung=$(get id)
equal "admitted" "Phạm Thị Dung|probationary|C1|1" \
  "$(get name)|$(get status)|$(get cell)|$(get '"key-cadre"')"
ok member show "$dung" --format json
equal "admit answers the profile as member show writes it" "$OUT" "$BODY"
refused_http 422 invalid "key_cadre: true or false is needed" key_cadre \
  -- admit '{"name": "A", "born": "2000-02-02", "gender": "male",
             "cell": "C1", "date": "2026-05-01", "key_cadre": "yes"}'
refused_http 422 invalid "born: 2000-02-31: no such day" born \
  -- admit '{"name": "A", "born": "2000-02-31", "gender": "male",
             "cell": "C1", "date": "2026-05-01"}'
# A value its type does not take is refused before app, in the words of
# the command line, which checks the same type (app/field.c).
refused_http 422 invalid "gender: other: one of female or male" gender \
  -- admit '{"name": "A", "born": "2000-02-02", "gender": "other",
             "cell": "C1", "date": "2026-05-01"}'
refused 1 "cadre: gender: other: one of female or male" member admit \
  --name A --born 2000-02-02 --gender other --cell C1 --date 2026-05-01
refused_http 422 invalid "cell: C 1: an organisation's code" cell \
  -- admit '{"name": "A", "born": "2000-02-02", "gender": "male",
             "cell": "C 1", "date": "2026-05-01"}'
refused_http 422 invalid "theory: a string is needed" theory \
  -- admit '{"name": "A", "born": "2000-02-02", "gender": "male",
             "cell": "C1", "date": "2026-05-01", "theory": 3}'
refused_http 422 invalid "decision: a string is needed" decision \
  -- admit '{"name": "A", "born": "2000-02-02", "gender": "male",
             "cell": "C1", "date": "2026-05-01", "decision": true}'
# A conflict the date of birth decides names it, for the form to show the
# refusal beside it.
refused_http 409 conflict "a person must be at least 18 full years old" born \
  -- admit '{"name": "A", "born": "2015-01-01", "gender": "male",
             "cell": "C1", "date": "2026-05-01"}'
refused_http 404 not_found "cell: G2: no organisation has this code" \
  -- admit '{"name": "A", "born": "2000-02-02", "gender": "male",
             "cell": "G2", "date": "2026-05-01"}'
refused_http 403 forbidden "viewer is a viewer" \
  -- as viewer POST /api/v1/members -H 'Content-Type: application/json' \
  -H "X-CSRF-Token: $viewer_csrf" \
  -d '{"name": "A", "born": "2000-02-02", "gender": "male", "cell": "C1",
       "date": "2026-05-01"}'

# transfer ID BODY: asks, as the editor, to transfer a member.
transfer() {
  as editor POST "/api/v1/members/$1/transfer" \
    -H 'Content-Type: application/json' -H "X-CSRF-Token: $editor_csrf" \
    -d "$2"
}
refused_http 404 not_found "to: G2: no organisation has this code" \
  -- transfer 1 '{"to": "G2", "date": "2026-06-01"}'
refused_http 422 invalid "until: goes with a temporary transfer" until \
  -- transfer 1 '{"to": "C2", "date": "2026-06-01", "until": "2026-09-01"}'
refused_http 422 invalid "until: a temporary transfer needs the day" until \
  -- transfer 1 '{"to": "C2", "date": "2026-06-01", "temporary": true}'
transfer 1 '{"to": "C2", "date": "2026-06-01", "decision": "3-QĐ/ĐU"}'
status "transfer" 200
equal "transferred" "C2" "$(get cell)"
ok member show 1 --format json
equal "transfer answers the profile as member show writes it" "$OUT" "$BODY"

# ---- a member's lifecycle, voids and corrections ------------------------------

# post WHO CSRF PATH BODY: a change in WHO's session (no header when CSRF
# is empty).
post() {
  as "$1" POST "$3" -H 'Content-Type: application/json' \
    ${2:+-H "X-CSRF-Token: $2"} -d "$4"
}
# change PATH BODY: the editor's, with the token.
change() { post editor "$editor_csrf" "$1" "$2"; }
# guarded PATH BODY: the same change refused to a viewer (403), without
# the token (403), and to the editor of the sibling branch (404), each
# leaving the database unchanged.
guarded() {
  refused_http 403 forbidden "viewer is a viewer: this is for editors" \
    -- post viewer "$viewer_csrf" "$1" "$2"
  refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
    -- post editor "" "$1" "$2"
  refused_http 404 not_found "$3" -- post editor2 "$editor2_csrf" "$1" "$2"
}
# the_cli_profile ID: the answer is member show ID --format json.
the_cli_profile() {
  ok member show "$1" --format json
  equal "$2 answers the profile as member show writes it" "$OUT" "$BODY"
}

warn='{"form": "warning", "date": "2026-06-10", "votes": "5/9",
       "reason": "absent from meetings", "decision": "12-QĐ/ĐU"}'
guarded "/api/v1/members/$binh/discipline" "$warn" "member: $binh: no member"
refused_http 422 invalid "votes: 5 of 9: not FOR/TOTAL" votes \
  -- change "/api/v1/members/$binh/discipline" \
  '{"form": "warning", "date": "2026-06-10", "votes": "5 of 9"}'
refused_http 422 invalid "form: scolding: one of" form \
  -- change "/api/v1/members/$binh/discipline" \
  '{"form": "scolding", "date": "2026-06-10", "votes": "5/9"}'
refused_http 409 conflict "more than half" \
  -- change "/api/v1/members/$binh/discipline" \
  '{"form": "warning", "date": "2026-06-10", "votes": "4/9"}'
change "/api/v1/members/$binh/discipline" "$warn"
status "discipline" 200
has "disciplined" "$BODY" '"event": "disciplined"'
the_cli_profile "$binh" "discipline"

guarded "/api/v1/members/$binh/edit" \
  '{"date": "2026-06-15", "theory": "advanced"}' "member: $binh: no member"
refused_http 422 invalid "key_cadre: true or false is needed" key_cadre \
  -- change "/api/v1/members/$binh/edit" \
  '{"date": "2026-06-15", "key_cadre": "yes"}'
refused_http 422 invalid "theory: wise: one of" theory \
  -- change "/api/v1/members/$binh/edit" \
  '{"date": "2026-06-15", "theory": "wise"}'
refused_http 422 invalid "date: 2026-07-15" date \
  -- change "/api/v1/members/$binh/edit" \
  '{"date": "2026-07-15", "theory": "advanced"}'
change "/api/v1/members/$binh/edit" \
  '{"date": "2026-06-15", "theory": "advanced", "manager": true}'
status "edit" 200
equal "edited" "advanced|1" "$(get theory)|$(get manager)"
the_cli_profile "$binh" "edit"

leave='{"date": "2026-06-20", "reason": "moved abroad", "decision": "5"}'
guarded "/api/v1/members/$dung/resign" "$leave" "member: $dung: no member"
refused_http 422 invalid "date: missing" date \
  -- change "/api/v1/members/$dung/resign" '{"reason": "x"}'
refused_http 409 conflict \
  "cannot record the resignation of member $dung on 2026-04-01" \
  -- change "/api/v1/members/$dung/resign" '{"date": "2026-04-01"}'
change "/api/v1/members/$dung/resign" "$leave"
status "resign" 200
equal "resigned" "resigned" "$(get status)"
the_cli_profile "$dung" "resign"
refused_http 409 conflict "36 months" \
  -- change "/api/v1/members/$dung/readmit" \
  '{"cell": "C1", "date": "2026-06-25"}'
guarded "/api/v1/members/$dung/readmit" \
  '{"cell": "C1", "date": "2026-06-25"}' "member: $dung: no member"
refused_http 409 conflict "member $dung resigned, and events are recorded" \
  -- change "/api/v1/members/$dung/remove" '{"date": "2026-06-25"}'
refused_http 409 conflict "cannot record the death of member $dung" \
  -- change "/api/v1/members/$dung/decease" '{"date": "2026-06-25"}'
guarded "/api/v1/members/$binh/remove" '{"date": "2026-06-25"}' \
  "member: $binh: no member"
guarded "/api/v1/members/$binh/decease" '{"date": "2026-06-25"}' \
  "member: $binh: no member"

# The resignation was a mistake: voided, Dung is a member again.
ok event list --member "$dung" --format json
resigned=$(sqlite3 :memory: "SELECT json_extract(value, '\$.id') FROM \
  json_each('$OUT') WHERE json_extract(value, '\$.event') = 'resigned'")
guarded "/api/v1/events/$resigned/void" '{"reason": "entered by mistake"}' \
  "event: $resigned: no"
refused_http 422 invalid "reason: missing" reason \
  -- change "/api/v1/events/$resigned/void" '{}'
refused_http 404 not_found "event: 99999: no" \
  -- change /api/v1/events/99999/void '{"reason": "entered by mistake"}'
change "/api/v1/events/$resigned/void" '{"reason": "entered by mistake"}'
status "event void" 200
equal "voided" "$resigned|1" "$(get event)|$(get voided)"
as viewer GET "/api/v1/members/$dung"
equal "a member again" "probationary" "$(get status)"
refused_http 422 invalid "the event was voided on" event \
  -- change "/api/v1/events/$resigned/void" '{"reason": "again"}'

# The discipline's date was wrong: corrected.
ok event list --member "$binh" --format json
warned=$(sqlite3 :memory: "SELECT json_extract(value, '\$.id') FROM \
  json_each('$OUT') WHERE json_extract(value, '\$.event') = 'disciplined'")
fix='{"reason": "the decision was of the 11th", "date": "2026-06-11"}'
guarded "/api/v1/events/$warned/correct" "$fix" "event: $warned: no"
refused_http 422 invalid "cell: " cell \
  -- change "/api/v1/events/$warned/correct" \
  '{"reason": "x", "to": "C1", "cell": "C2"}'
refused_http 409 conflict "more than half" \
  -- change "/api/v1/events/$warned/correct" '{"reason": "x", "votes": "1/9"}'
change "/api/v1/events/$warned/correct" "$fix"
status "event correct" 200
new=$(get event)
equal "corrected" "$warned" "$(get corrected)"
ok event list --member "$binh" --format json
equal "the new event, dated as given" "2026-06-11" "$(sqlite3 :memory: \
  "SELECT json_extract(value, '\$.date') FROM json_each('$OUT') \
  WHERE json_extract(value, '\$.id') = $new")"

# ---- organisations -------------------------------------------------------------

as viewer GET "/api/v1/orgs?under=K"
status "org list" 200
ok org list --under K --format json
equal "org list: the CLI's rows" "$(sqlite3 :memory: "SELECT json('$OUT')")" \
  "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.items')")"
as viewer GET "/api/v1/orgs?under=K&size=2&page=2"
equal "org list, page 2 of size 2" "4|2|C1" \
  "$(get total)|$(items)|$(get 'items[0].code')"
as editor2 GET /api/v1/orgs
equal "the user's branch by default" "K2 G2" \
  "$(get 'items[0].code') $(get 'items[1].code')"
refused_http 404 not_found "K: no organisation has this code" \
  -- as editor2 GET "/api/v1/orgs?under=K"
refused_http 422 invalid "under: K 1: an organisation's code" under \
  -- as viewer GET "/api/v1/orgs?under=K%201"

g3='{"name": "Đảng bộ Trường", "kind": "grassroots_committee",
     "parent": "K", "founded": "2026-01-01", "decision": "1-QĐ/ĐU"}'
guarded /api/v1/orgs/G3 "$g3" "parent: K: no organisation has this code"
refused_http 422 invalid "kind: club: one of" kind \
  -- change /api/v1/orgs/G3 '{"name": "X", "kind": "club", "parent": "K"}'
refused_http 422 invalid "code: C1: already the code of an organisation" code \
  -- change /api/v1/orgs/C1 '{"name": "X", "kind": "cell", "parent": "G"}'
change /api/v1/orgs/G3 "$g3"
status "org add" 201
equal "founded" "G3|K" "$(get code)|$(get 'superiors[#-1]')"
equal "no superior above the editor's scope" '["K"]' "$(get superiors)"
ok org show G3 --format json
equal "org add answers the organisation as org show writes it (to K's editor)" \
  "$(without_superiors "$OUT")" "$(without_superiors "$BODY")"
change /api/v1/orgs/C3 '{"name": "Chi bộ 3", "kind": "cell", "parent": "G",
                         "founded": "2026-01-01"}'
status "org add, a cell" 201

guarded /api/v1/orgs/C3/move '{"to": "G3", "date": "2026-03-01"}' \
  "C3: no organisation has this code"
refused_http 404 not_found "G2: no organisation has this code" \
  -- change /api/v1/orgs/C3/move '{"to": "G2", "date": "2026-03-01"}'
refused_http 409 conflict "C3" \
  -- change /api/v1/orgs/C3/move '{"to": "C1", "date": "2026-03-01"}'
change /api/v1/orgs/C3/move '{"to": "G3", "date": "2026-03-01"}'
status "org move" 200
equal "moved" "G3" "$(get 'superiors[#-1]')"
ok org show C3 --format json
equal "org move answers the organisation as org show writes it (to K's editor)" \
  "$(without_superiors "$OUT")" "$(without_superiors "$BODY")"

guarded /api/v1/orgs/C3/rename '{"name": "Chi bộ Ba", "date": "2026-04-01"}' \
  "C3: no organisation has this code"
refused_http 422 invalid "name: missing" name \
  -- change /api/v1/orgs/C3/rename '{"date": "2026-04-01"}'
change /api/v1/orgs/C3/rename '{"name": "Chi bộ Ba", "date": "2026-04-01"}'
status "org rename" 200
equal "renamed" "Chi bộ Ba" "$(get name)"

guarded /api/v1/orgs/C3/dissolve '{"date": "2026-05-01"}' \
  "C3: no organisation has this code"
refused_http 409 conflict "C1" \
  -- change /api/v1/orgs/C1/dissolve '{"date": "2026-05-01"}'
change /api/v1/orgs/C3/dissolve '{"date": "2026-05-01"}'
status "org dissolve" 200
ok org show C3 --format json
equal "org dissolve answers the organisation as org show writes it" \
  "$(without_superiors "$OUT")" "$(without_superiors "$BODY")"

# ---- voids of the records of party work ------------------------------------------

ok fund add --org C1 --campaign "quỹ vì người nghèo" --date 2026-06-01 \
  --amount 1000000
fund=$OUT
ok oversight add --kind inspection --by K --org C1 --from 2026-06-01
oversight=$OUT
ok award add --member 1 --kind merit --title "Bằng khen" --by K \
  --date 2026-06-01
award=$OUT
for noun in funds:$fund oversight:$oversight awards:$award; do
  path=/api/v1/${noun%:*}/${noun#*:}/void
  guarded "$path" '{"reason": "entered twice"}' ": ${noun#*:}: no "
  refused_http 422 invalid "reason: missing" reason -- change "$path" '{}'
  change "$path" '{"reason": "entered twice"}'
  status "$path" 200
  equal "$path: voided" "${noun#*:}|1" "$(get record)|$(get voided)"
  # Voided, it is no longer there to void.
  refused_http 404 not_found ": ${noun#*:}: no " \
    -- change "$path" '{"reason": "again"}'
done
ok void list --format json
equal "the three in void list" 3 "$(sqlite3 :memory: \
  "SELECT count(*) FROM json_each('$OUT') \
  WHERE json_extract(value, '\$.reason') = 'entered twice'")"

# ---- an account disabled while signed in ---------------------------------------

as editor2 GET /api/v1/session
status "editor2 is signed in" 200
ok user disable editor2
refused_http 401 unauthenticated "nobody is signed in" \
  -- as editor2 GET /api/v1/session
refused_http 401 unauthenticated "login: the name or the password is wrong" \
  -- login editor2 "$PW" --interface 127.0.0.4

# ---- the access log ------------------------------------------------------------

as viewer GET "/api/v1/members?q=secretname"
log=$(cat "$T/server.log")
has "a line per request" "$log" \
  "127.0.0.1 editor POST /api/v1/members/$binh/recognize 200"
has "anonymous requests" "$log" "127.0.0.1 - GET /api/v1/members/1 401"
lacks "no query strings in the log" "$log" "secretname"

# ---- logging out ---------------------------------------------------------------

refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
  -- as viewer POST /api/v1/logout
as viewer POST /api/v1/logout -H "X-CSRF-Token: $viewer_csrf"
status "logout" 204
refused_http 401 unauthenticated "nobody is signed in" \
  -- as viewer GET /api/v1/session

# ---- the login throttle: per account and per address ------------------------

# Loopback has many addresses: curl --interface picks the client's.
for i in 1 2 3 4 5; do
  login boss "wrong password $i" --interface 127.0.0.3
done
status "the fifth failure" 401
refused_http 429 too_many_requests "login: too many failed logins" \
  -- login boss "$PW" --interface 127.0.0.3
retry=$(sed -n 's/^Retry-After: //Ip' <<<"$HEADERS")
[[ "$retry" =~ ^[0-9]+$ ]] && [ "$retry" -gt 0 ] && [ "$retry" -le 900 ] &&
  pass || fail "Retry-After: '$retry'"
# From another address the account is still closed...
refused_http 429 too_many_requests "login: too many failed logins" \
  -- login boss "$PW" --interface 127.0.0.2
wrong=$BODY
# ... and the address that failed five times is closed to every account,
# in the same words.
refused_http 429 too_many_requests "login: too many failed logins" \
  -- login editor "$PW" --interface 127.0.0.3
equal "one answer for the account and the address" \
  "$(sed 's/in [0-9]* seconds/in N seconds/' <<<"$wrong")" \
  "$(sed 's/in [0-9]* seconds/in N seconds/' <<<"$BODY")"
login editor "$PW" --interface 127.0.0.2
status "another account from another address" 200
editor_csrf=$CSRF

# ---- HTTPS, and a session that expires ---------------------------------------

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
  -keyout "$T/key.pem" -out "$T/cert.pem" 2>/dev/null
plain=$B
# Idle 5 seconds: long enough for the login and the next request on a
# loaded machine under the sanitizers (2 were not), short for the test.
start_server tls.log --cert "$T/cert.pem" --key "$T/key.pem" \
  --session-idle 5
TPID=$PID
has "HTTPS" "$B" "https://127.0.0.1:"
login viewer "$PW" -k
status "login over HTTPS" 200
has "the cookie is Secure" "$(grep -i '^set-cookie:' <<<"$HEADERS")" \
  "; Secure"
as viewer GET /api/v1/session -k
status "a fresh session" 200
sleep 6
refused_http 401 unauthenticated "nobody is signed in (or the session has expired)" \
  -- as viewer GET /api/v1/session -k
kill -TERM "$TPID"
wait "$TPID"
equal "the HTTPS server exits 0" 0 "$?"
TPID=
B=$plain

# ---- a graceful stop: the request in flight is answered -----------------------

{ printf '{"date": "2026-02-30"'
  printf ' %.0s' $(seq 3000)
  printf '}'; } >"$T/slow.json"
before=$(snapshot)
curl -s -o "$T/slow.out" -w '%{http_code}' --limit-rate 1000 \
  -b "$T/jar.editor" -H 'Content-Type: application/json' \
  -H "X-CSRF-Token: $editor_csrf" --data-binary "@$T/slow.json" \
  "$B/api/v1/members/$binh/recognize" >"$T/slow.status" &
cpid=$!
sleep 1
kill -TERM "$SPID"
wait "$cpid"
wait "$SPID"
src=$?
SPID=
equal "the request in flight got its answer" 422 "$(cat "$T/slow.status")"
has "and its message" "$(cat "$T/slow.out")" "date: 2026-02-30: no such day"
equal "the server exits 0" 0 "$src"
has "it said why" "$(cat "$T/server.log")" "SIGTERM: finishing the requests"
equal "nothing written" "$before" "$(snapshot)"

finish
