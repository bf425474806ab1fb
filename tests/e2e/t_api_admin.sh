# The administrators' part of the API (issue 7, docs/http.md): accounts
# (/api/v1/users) and the audit trail (/api/v1/audit), against the real
# binary on a temporary database. Each answer is the JSON of the command
# line; each refusal is checked with the database unchanged; an
# administrator of a branch sees and manages only that branch.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
ok member add --name "Nguyễn Văn An" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2010-01-01 --official 2011-01-01
an=1
accounts "boss admin P" "kadmin admin K" "k2admin admin K2" \
  "editor editor K" "viewer viewer K" "editor2 editor K2"

# same_json WHAT A B: A and B are the same JSON value.
same_json() {
  if python3 -c 'import json,sys; sys.exit(json.loads(sys.argv[1]) != json.loads(sys.argv[2]))' "$2" "$3"; then
    pass
  else
    fail "$1: $2 is not $3"
  fi
}
# post WHO PATH JSON: a change in WHO's session, with its CSRF token.
post() {
  local who=$1 path=$2 body=$3
  if [ -n "$body" ]; then
    as "$who" POST "$path" -H "X-CSRF-Token: ${csrf[$who]}" \
      -H 'Content-Type: application/json' -d "$body"
  else
    as "$who" POST "$path" -H "X-CSRF-Token: ${csrf[$who]}"
  fi
}

start_server server.log
SPID=$PID
declare -A csrf
for u in boss kadmin k2admin editor viewer editor2; do
  login "$u" "$PW"
  csrf[$u]=$CSRF
done

# ---- accounts ---------------------------------------------------------------

as boss GET /api/v1/users
status "user list" 200
same_json "user list: the rows of the command line" \
  "$("$CADRE" user list --format json)" "$(sqlite3 :memory: \
  "SELECT json_extract(readfile('$T/body'), '\$.items')")"
equal "user list: by name, all of them" "6|boss" "$(get total)|$(get 'items[0].name')"
as kadmin GET "/api/v1/users?size=2&page=2"
equal "user list of K's administrator: K's accounts only, a page at a time" \
  "3|1|viewer" "$(get total)|$(items)|$(get 'items[0].name')"
refused_http 403 forbidden "admin" -- as editor GET /api/v1/users
refused_http 403 forbidden "admin" -- as viewer GET /api/v1/users

secret='a secret of the new one'
post kadmin /api/v1/users \
  "{\"user\": \"cell.ed\", \"role\": \"editor\", \"scope\": \"C1\", \"password\": \"$secret\"}"
status "user add" 201
equal "user add: the new account" "cell.ed|editor|C1|kadmin|" \
  "$(get name)|$(get role)|$(get scope)|$(get by)|$(get disabled)"
lacks "user add: the password is not answered" "$BODY" "$secret"
login cell.ed "$secret"
status "the new account logs in" 200
csrf[cell.ed]=$CSRF
if grep -qF "$secret" "$T/server.log" "$CADRE_DB"; then
  fail "the password is in the log or the database"
else
  pass
fi
"$CADRE" audit --format json >"$T/audit.json"
lacks "the audit holds no password" "$(cat "$T/audit.json")" "$secret"

add() { post "$1" /api/v1/users "$2"; }
refused_http 422 invalid "password: 5 characters: a password has at least 10" \
  password -- add kadmin '{"user": "x1", "role": "viewer", "scope": "K", "password": "short"}'
lacks "a refused password is not echoed" "$BODY" "short"
refused_http 422 invalid "user: editor: already the login name of a user (editor of K)" \
  user -- add kadmin '{"user": "editor", "role": "viewer", "scope": "K", "password": "long enough pw"}'
refused_http 422 invalid "user: editor2: already the login name of a user" \
  user -- add kadmin '{"user": "editor2", "role": "viewer", "scope": "K", "password": "long enough pw"}'
lacks "whose a name is outside the branch is not told" "$BODY" "K2"
refused_http 422 invalid "role: chief: one of viewer, editor or admin" role \
  -- add kadmin '{"user": "x1", "role": "chief", "scope": "K", "password": "long enough pw"}'
refused_http 422 invalid "user: bad name: a login name is" user \
  -- add kadmin '{"user": "bad name", "role": "viewer", "scope": "K", "password": "long enough pw"}'
refused_http 404 not_found "K2: no organisation has this code" \
  -- add kadmin '{"user": "x1", "role": "viewer", "scope": "K2", "password": "long enough pw"}'
refused_http 422 invalid "password: missing" password \
  -- add kadmin '{"user": "x1", "role": "viewer", "scope": "K"}'
refused_http 403 forbidden "admin" \
  -- add editor '{"user": "x1", "role": "viewer", "scope": "K", "password": "long enough pw"}'
refused_http 403 forbidden "CSRF" X-CSRF-Token -- as kadmin POST /api/v1/users \
  -H 'Content-Type: application/json' \
  -d '{"user": "x1", "role": "viewer", "scope": "K", "password": "long enough pw"}'

# Setting a password: an administrator's, for the accounts of the branch.
post kadmin /api/v1/users/Editor/passwd '{"password": "a new password"}'
status "user passwd (login names compare without regard to case)" 200
equal "user passwd: answers the account" "editor|editor|K" \
  "$(get name)|$(get role)|$(get scope)"
lacks "user passwd: no password answered" "$BODY" "a new password"
login editor "a new password"
status "the new password logs in" 200
csrf[editor]=$CSRF
refused_http 401 unauthenticated "the name or the password is wrong" \
  -- login editor "$PW"
refused_http 422 invalid "password: 3 characters" password \
  -- post kadmin /api/v1/users/editor/passwd '{"password": "abc"}'
refused_http 404 not_found "user: editor2: no user has this login name" \
  -- post kadmin /api/v1/users/editor2/passwd '{"password": "a new password"}'
# app lets no one but an administrator set a password, their own neither.
refused_http 403 forbidden "admin" \
  -- post editor /api/v1/users/editor/passwd '{"password": "mine, chosen"}'

# Disabling: the account stays, its logins end.
post kadmin /api/v1/users/cell.ed/disable ''
status "user disable" 200
equal "user disable: answers the account, disabled by" "cell.ed|yes" \
  "$(get name)|$([ -n "$(get disabled)" ] && echo yes)"
refused_http 401 unauthenticated "" -- as cell.ed GET /api/v1/session
refused_http 401 unauthenticated "the name or the password is wrong" \
  -- login cell.ed "$secret"
refused_http 422 invalid "user: cell.ed: disabled already" user \
  -- post kadmin /api/v1/users/CELL.ED/disable ''
refused_http 422 invalid "user: cell.ed: disabled already" user \
  -- post kadmin /api/v1/users/cell.ed/disable ''
refused_http 404 not_found "user: editor2: no user has this login name" \
  -- post kadmin /api/v1/users/editor2/disable ''
refused_http 404 not_found "user: nobody: no user has this login name" \
  -- post kadmin /api/v1/users/nobody/disable ''
refused_http 403 forbidden "admin" \
  -- post editor2 /api/v1/users/editor2/disable ''

# ---- the audit trail ----------------------------------------------------------

post editor "/api/v1/members/$an/edit" \
  '{"date": "2026-01-10", "position": "Bí thư chi bộ"}'
status "a change over HTTP" 200
as boss GET /api/v1/audit
status "audit" 200
newest="SELECT json_extract(readfile('$T/body'), '\$.items[0]')"
equal "audit: newest first; who, from where, what" \
  "editor|127.0.0.1|member edit|C1" \
  "$(get 'items[0].user')|$(get 'items[0].origin')|$(get 'items[0].action')|$(get 'items[0].org')"
equal "audit: the member's row, before and after" \
  "update|$an|null|Bí thư chi bộ" \
  "$(sqlite3 :memory: "SELECT (c.value->>'op') || '|' || (c.value->'key'->>'id')
     || '|' || coalesce(c.value->'before'->>'position', 'null') || '|'
     || (c.value->'after'->>'position')
     FROM json_each(json_extract(readfile('$T/body'), '\$.items[0].changes')) c
     WHERE (c.value->>'table') = 'member'")"
# The entries of the whole tree (those about no organisation, as the
# founding of the root, are the command line's only).
"$CADRE" audit --under P --format json >"$T/audit.json"
same_json "audit: the entries of audit --format json, newest first" \
  "$(python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))[::-1]))' "$T/audit.json")" \
  "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.items')")"
all=$(get total) second=$(get 'items[1].id')

as boss GET "/api/v1/audit?size=1&page=2"
equal "audit: a page of one, the second newest" "$all|1|$second" \
  "$(get total)|$(items)|$(get 'items[0].id')"
# The changes of accounts are about their scope: K's administrator sees
# the password they set and the account they disabled.
as kadmin GET "/api/v1/audit?user=kadmin"
equal "audit: the accounts' changes, in K's trail" \
  "user disable|cell.ed|C1,user passwd|editor: password set|K,user add|cell.ed: editor of C1|C1" \
  "$(sqlite3 :memory: "SELECT group_concat((value->>'action') || '|' ||
     (value->>'detail') || '|' || (value->>'org'), ',')
     FROM json_each(readfile('$T/body'), '\$.items')")"
as boss GET "/api/v1/audit?user=EDITOR"
equal "audit: by user, without regard to case" "1|member edit" "$(get total)|$(get 'items[0].action')"
"$CADRE" audit --user editor --format json >"$T/audit.json"
same_json "audit --user: the same entries" "$(cat "$T/audit.json")" \
  "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.items')")"
as boss GET "/api/v1/audit?under=K2"
k2=$(get total)
equal "audit --under K2: not the edit in C1" "" \
  "$(sqlite3 :memory: "SELECT 1 FROM json_each(readfile('$T/body'), '\$.items')
     WHERE (value->>'action') = 'member edit'")"
as k2admin GET /api/v1/audit
equal "K2's administrator sees K2's entries only" "$k2" "$(get total)"
as kadmin GET "/api/v1/audit?user=editor"
equal "K's administrator sees the edit in C1" "1" "$(get total)"
now=$(date -u +%F)
as boss GET "/api/v1/audit?from=$now&to=$now"
equal "audit: from and to (written today)" "$all" "$(get total)"
as boss GET "/api/v1/audit?to=2026-01-01"
equal "audit: nothing written before" "0" "$(get total)"
refused_http 422 invalid "to: 2026-01-01: before the first day (2026-06-30)" to \
  -- as boss GET "/api/v1/audit?from=2026-06-30&to=2026-01-01"
refused_http 422 invalid "from: 2026-13-01" from \
  -- as boss GET "/api/v1/audit?from=2026-13-01"
refused_http 404 not_found "C1: no organisation has this code" \
  -- as k2admin GET "/api/v1/audit?under=C1"
refused_http 403 forbidden "admin" -- as editor GET /api/v1/audit
refused_http 403 forbidden "admin" -- as viewer GET /api/v1/audit
refused_http 401 unauthenticated "" -- api GET /api/v1/audit

# ---- members from the registers, badges, events ---------------------------

# items_json: the items of the last body.
items_json() {
  sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.items')"
}
reg='{"name": "Phạm Thị Dung", "born": "1975-05-05", "gender": "female", "cell": "C1", "admitted": "2000-03-02", "official": "2001-03-02", "card": "D-001"}'
post editor /api/v1/members/registered "$reg"
status "member add" 201
dung=$(get id)
same_json "member add: the profile of member show" \
  "$("$CADRE" member show "$dung" --format json)" "$BODY"
equal "member add: registered in C1" "official|C1" "$(get status)|$(get cell)"
refused_http 422 invalid "card: D-001: another member holds this party card number" card -- post editor /api/v1/members/registered \
  '{"name": "Phạm Thị Dung", "born": "1975-05-05", "gender": "female", "cell": "C1", "admitted": "2000-03-02", "card": "D-001"}'
refused_http 422 invalid "admitted: missing" admitted -- post editor \
  /api/v1/members/registered '{"name": "X", "born": "1975-05-05", "gender": "female", "cell": "C1"}'
refused_http 404 not_found "C1: no organisation has this code" -- post editor2 \
  /api/v1/members/registered '{"name": "X", "born": "1975-05-05", "gender": "female", "cell": "C1", "admitted": "2000-01-01"}'
refused_http 403 forbidden "editor" -- post viewer /api/v1/members/registered \
  '{"name": "X", "born": "1975-05-05", "gender": "female", "cell": "C1", "admitted": "2000-01-01"}'

as viewer GET "/api/v1/badges?from=2030-01-01&to=2041-12-31"
status "member badges" 200
same_json "badges: the rows of member badges" \
  "$("$CADRE" member badges --from 2030-01-01 --to 2041-12-31 --format json)" \
  "$(items_json)"
equal "badges: Dung's 30 years first" "3|$dung|30" \
  "$(get total)|$(get 'items[0].id')|$(get 'items[0].years')"
second="$(get 'items[1].id')|$(get 'items[1].years')"
as viewer GET "/api/v1/badges?from=2030-01-01&to=2041-12-31&size=1&page=2"
equal "badges: a page at a time" "3|1|$second" \
  "$(get total)|$(items)|$(get 'items[0].id')|$(get 'items[0].years')"
as editor2 GET "/api/v1/badges?from=2030-01-01&to=2041-12-31"
equal "badges: none of the sibling branch" "0" "$(get total)"
refused_http 422 invalid "to: missing" to -- as viewer GET "/api/v1/badges?from=2030-01-01"
refused_http 404 not_found "C1: no organisation has this code" \
  -- as editor2 GET "/api/v1/badges?from=2030-01-01&to=2041-12-31&under=C1"

ok member transfer "$an" --to C2 --date 2026-02-01
ok event list --member "$an" --format json
moved=$(sqlite3 :memory: "SELECT json_extract(readfile('$T/out'), '\$[#-1].id')")
ok event void "$moved" --reason "entered by mistake"
as viewer GET "/api/v1/members/$an/events"
status "a member's events" 200
same_json "member events: the rows of event list --member, voided ones included" \
  "$("$CADRE" event list --member "$an" --format json)" "$(items_json)"
equal "member events: the voided transfer" "$moved|entered by mistake" \
  "$(get 'items[1].id')|$(get 'items[1].void_reason')"
as viewer GET "/api/v1/orgs/C1/events"
same_json "org events: the rows of event list --org" \
  "$("$CADRE" event list --org C1 --format json)" "$(items_json)"
as viewer GET "/api/v1/members/$an/events?size=1&page=2"
equal "events: a page at a time" "2|1|$moved" "$(get total)|$(items)|$(get 'items[0].id')"
refused_http 404 not_found "member: $an: no member has this id" \
  -- as editor2 GET "/api/v1/members/$an/events"
refused_http 404 not_found "C1: no organisation has this code" \
  -- as editor2 GET "/api/v1/orgs/C1/events"

# ---- exports, streamed as CSV ----------------------------------------------

# same_bytes WHAT ARGS...: the last body is what `cadre ARGS` writes.
same_bytes() {
  local what=$1
  shift
  "$CADRE" "$@" >"$T/cli.csv"
  if cmp -s "$T/cli.csv" "$T/body"; then pass; else
    fail "$what: not the bytes of $*: $(diff "$T/cli.csv" "$T/body" | head -5)"
  fi
}
for what in orgs members events; do
  as viewer GET "/api/v1/export/$what.csv?under=K"
  status "export $what" 200
  has "export $what: as CSV" "$HEADERS" "Content-Type: text/csv; charset=utf-8"
  has "export $what: as a file" "$HEADERS" \
    "Content-Disposition: attachment; filename=\"$what-K.csv\""
  same_bytes "export $what --under K" export "$what" --under K
  as editor2 GET "/api/v1/export/$what.csv"
  same_bytes "export $what of the user's branch" export "$what" --under K2
  refused_http 404 not_found "C1: no organisation has this code" \
    -- as editor2 GET "/api/v1/export/$what.csv?under=C1"
done
as boss GET /api/v1/export/events.csv
same_bytes "export events of the root's administrator" export events --under P
refused_http 422 invalid "under: " under \
  -- as viewer GET "/api/v1/export/orgs.csv?under=not%20a%20code"
refused_http 401 unauthenticated "" -- api GET /api/v1/export/orgs.csv

stop_server
finish
