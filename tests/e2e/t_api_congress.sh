# The API of congresses (docs/http.md): every command of `congress` as a
# route answering the command line's JSON, refusals with their status and
# field and the database unchanged, a viewer refused a change (403), a
# change without the CSRF token refused, and a user of another branch
# answered as if the congress did not exist (404).
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
for i in 1 2 3 4; do
  ok member add --name "Đảng viên $i" --born 1980-01-01 --gender male \
    --cell C1 --admitted 2005-01-01 --official 2006-01-01
done
ok member add --name "Lê Thị Huyện" --born 1985-05-05 --gender female \
  --cell G2 --admitted 2005-01-01 --official 2006-01-01
X=$OUT
accounts "viewer viewer K" "editor editor K" "editor2 editor K2"

start_server server.log
SPID=$PID
login viewer "$PW"
viewer_csrf=$CSRF
login editor "$PW"
editor_csrf=$CSRF
login editor2 "$PW"
editor2_csrf=$CSRF

# post WHO PATH BODY: a change in WHO's session, with their CSRF token.
post() {
  local csrf=${1}_csrf
  as "$1" POST "$2" -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: ${!csrf}" -d "$3"
}

# ---- a congress ---------------------------------------------------------------
dh='{"org": "K", "term": "2025-2030", "date": "2025-06-01", "seats": 2,
     "delegates": 3}'
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer /api/v1/congresses/DH-K "$dh"
refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
  -- as editor POST /api/v1/congresses/DH-K \
  -H 'Content-Type: application/json' -d "$dh"
refused_http 404 not_found "org: K: no organisation has this code" \
  -- post editor2 /api/v1/congresses/DH-K "$dh"
refused_http 422 invalid "term: '2025': not a term of office" term \
  -- post editor /api/v1/congresses/DH-K '{"org": "K", "term": "2025",
     "date": "2025-06-01", "seats": 2}'
refused_http 422 invalid "seats: missing" seats \
  -- post editor /api/v1/congresses/DH-K '{"org": "K", "term": "2025-2030",
     "date": "2025-06-01"}'
post editor /api/v1/congresses/DH-K "$dh"
status "congress add" 201
ok congress show DH-K --format json
equal "congress add answers the congress as congress show writes it" \
  "$OUT" "$BODY"
refused_http 422 invalid "code: DH-K: already the code of a congress" code \
  -- post editor /api/v1/congresses/DH-K "$dh"

# ---- another branch sees nothing of it ------------------------------------------
refused_http 404 not_found "congress: DH-K: no congress has this code" \
  -- as editor2 GET /api/v1/congresses/DH-K
refused_http 404 not_found "congress: DH-K: no congress has this code" \
  -- as editor2 GET /api/v1/congresses/DH-K/result
refused_http 404 not_found "congress: DH-K: no congress has this code" \
  -- post editor2 /api/v1/congresses/DH-K/delegates '{"member": "1"}'
as editor2 GET /api/v1/congresses
status "editor2's list" 200
equal "editor2 lists none" 0 "$(items)"
as viewer GET /api/v1/congresses
status "viewer's list" 200
ok congress list --format json
equal "the list is congress list's rows" \
  "$(sqlite3 :memory: "SELECT json(readfile('$T/out'))")" \
  "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.items')")"
as viewer GET "/api/v1/congresses?term=2020-2025"
equal "none of 2020-2025" 0 "$(items)"
refused_http 422 invalid "term: '2020': not a term of office" term \
  -- as viewer GET "/api/v1/congresses?term=2020"

# ---- delegates and candidates ---------------------------------------------------
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer /api/v1/congresses/DH-K/delegates '{"member": "1"}'
for i in 1 2; do
  post editor /api/v1/congresses/DH-K/delegates "{\"member\": \"$i\"}"
  status "delegate $i" 200
done
post editor /api/v1/congresses/DH-K/delegates \
  '{"member": "3", "kind": "ex-officio"}'
status "an ex officio delegate" 200
equal "ex officio" 1 "$(get delegates_ex_officio)"
refused_http 409 conflict "cannot add a delegate to DH-K: 3 delegates are \
recorded, and 3 delegate seats were given" \
  -- post editor /api/v1/congresses/DH-K/delegates '{"member": "4"}'
refused_http 422 invalid "kind: observer: one of elected or ex-officio" kind \
  -- post editor /api/v1/congresses/DH-K/delegates \
  '{"member": "4", "kind": "observer"}'
refused_http 404 not_found "member: $X: no member has this id" \
  -- post editor /api/v1/congresses/DH-K/candidates "{\"member\": \"$X\"}"
for i in 1 2 3; do
  post editor /api/v1/congresses/DH-K/candidates "{\"member\": \"$i\"}"
  status "candidate $i" 200
done
ok congress show DH-K --format json
equal "the congress as congress show writes it" "$OUT" "$BODY"
refused_http 422 invalid "member: 2 (Đảng viên 2) is on the list of DH-K \
already (number 2)" member \
  -- post editor /api/v1/congresses/DH-K/candidates '{"member": "2"}'

# ---- rounds and the result --------------------------------------------------------
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer /api/v1/congresses/DH-K/rounds \
  '{"issued": 3, "returned": 3, "valid": 3, "votes": "1=3"}'
refused_http 422 invalid "issued: 4: more ballots issued than the 3 \
delegates recorded for DH-K" issued \
  -- post editor /api/v1/congresses/DH-K/rounds \
  '{"issued": 4, "returned": 3, "valid": 3, "votes": "1=3"}'
refused_http 422 invalid "valid: 3: more valid ballots than the 2 returned" \
  valid -- post editor /api/v1/congresses/DH-K/rounds \
  '{"issued": 3, "returned": 2, "valid": 3, "votes": "1=2"}'
refused_http 422 invalid "ballots:2: marks: 3: more candidates marked than \
the 2 seats" ballots -- post editor /api/v1/congresses/DH-K/rounds \
  '{"issued": 3, "returned": 3, "ballots": "1,2\n1,2,3\n"}'
# Round 1: each of the three has 2 of the 3 valid ballots, more than half,
# tied for the 2 seats: none is elected, a further round.
post editor /api/v1/congresses/DH-K/rounds \
  '{"issued": 3, "returned": 3, "ballots": "1,2\n1,3\n2,3\n"}'
status "round 1" 201
ok congress result DH-K --format json
equal "round answers the result as congress result writes it" "$OUT" "$BODY"
equal "none elected" 0 "$(get elected)"
equal "tied" 3 "$(sqlite3 :memory: "SELECT json_array_length(readfile('$T/body'), \
  '\$.rounds[0].tied')")"
equal "further round" 1 "$(get 'rounds[0].further_round')"
post editor /api/v1/congresses/DH-K/rounds \
  '{"issued": 3, "returned": 3, "valid": 3, "votes": "1=3,2=2,3=1"}'
status "round 2" 201
as viewer GET /api/v1/congresses/DH-K/result
status "result" 200
ok congress result DH-K --format json
equal "result as congress result writes it" "$OUT" "$BODY"
equal "no seat left" 0 "$(get seats_left)"
refused_http 409 conflict "cannot record a round of DH-K: its 2 seats are \
filled" -- post editor /api/v1/congresses/DH-K/rounds \
  '{"issued": 3, "returned": 3, "valid": 3, "votes": "3=3"}'

stop_server
finish
