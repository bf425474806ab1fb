# The API of cadre planning (docs/http.md): posts and their holders,
# appointments (with the warning of a member not planned) and rotations,
# the planning of a post for a term and the review of a term, answering
# the command line's JSON; a viewer refused every change, a change without
# its CSRF token refused, a user of one branch not seeing another branch's
# posts, members or organisations (404, as what does not exist), and every
# refusal with its status, field and the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
ok member add --name "Nguyễn Văn An" --born 1975-01-01 --gender male \
  --theory advanced --cell C1 --admitted 2010-01-01 --official 2011-01-01
ok member add --name "Lê Thị Bình" --born 1988-01-01 --gender female \
  --theory intermediate --cell C1 --admitted 2012-01-01 --official 2013-01-01
ok member add --name "Hồ Văn Cư" --born 1980-01-01 --gender male \
  --theory advanced --cell G2 --admitted 2010-01-01 --official 2011-01-01
accounts "viewer viewer K" "editor editor K" "editor2 editor K2" \
  "chief editor P"

start_server server.log
SPID=$PID
for u in viewer editor editor2 chief; do
  login $u "$PW"
  printf -v "${u}_csrf" '%s' "$CSRF"
done

# post WHO PATH BODY: a change in WHO's session, with their CSRF token.
post() {
  local csrf=${1}_csrf
  as "$1" POST "$2" -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: ${!csrf}" -d "$3"
}

# ---- posts ---------------------------------------------------------------------
sec='{"org": "K", "title": "Bí thư Đảng ủy Khối", "seats": 1}'
refused_http 403 forbidden "viewer is a viewer: this is for editors" \
  -- post viewer /api/v1/posts/SEC "$sec"
refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
  -- as editor POST /api/v1/posts/SEC -H 'Content-Type: application/json' \
  -d "$sec"
refused_http 404 not_found "org: K: no organisation has this code" \
  -- post editor2 /api/v1/posts/SEC "$sec"
refused_http 422 invalid "seats: 0: a number of seats, 1 to 10000" seats \
  -- post editor /api/v1/posts/SEC '{"org": "K", "title": "x", "seats": 0}'
post editor /api/v1/posts/SEC "$sec"
status "post add" 201
ok post holders SEC --format json
equal "post add answers as post holders writes it" "$OUT" "$BODY"
post editor2 /api/v1/posts/HSEC '{"org": "K2", "title": "Bí thư Huyện ủy",
  "seats": 1, "max_age": 62, "theory": "intermediate"}'
status "post add with its own rules" 201
equal "own rules" "62|intermediate|[\"max_age\",\"theory\"]" \
  "$(get post.max_age)|$(get post.theory)|$(get post.own_rules)"

as chief GET /api/v1/posts
status "post list" 200
equal "post list: the whole register" "2|HSEC|SEC" \
  "$(items)|$(get 'items[0].code')|$(get 'items[1].code')"
as editor2 GET /api/v1/posts
equal "post list: a branch sees its own" "1|HSEC" "$(items)|$(get 'items[0].code')"
refused_http 404 not_found "post: SEC: no post has this code" \
  -- as editor2 GET /api/v1/posts/SEC/holders
refused_http 404 not_found "post: SEC: no post has this code" \
  -- as editor2 GET "/api/v1/posts/SEC/plan?term=2025-2030"

# ---- the planning ------------------------------------------------------------------
refused_http 403 forbidden "viewer is a viewer: this is for editors" \
  -- post viewer /api/v1/posts/SEC/plan \
  '{"term": "2025-2030", "member": "1", "date": "2025-01-10"}'
refused_http 422 invalid "term: '2025': not a term of office" term \
  -- post editor /api/v1/posts/SEC/plan \
  '{"term": "2025", "member": "1", "date": "2025-01-10"}'
refused_http 404 not_found "member: 3: no member has this id" \
  -- post editor /api/v1/posts/SEC/plan \
  '{"term": "2025-2030", "member": "3", "date": "2025-01-10"}'
post editor /api/v1/posts/SEC/plan \
  '{"term": "2025-2030", "member": "1", "date": "2025-01-10"}'
status "plan add" 201
ok plan list --post SEC --term 2025-2030 --format json
equal "plan add answers as plan list writes it" "$OUT" "$BODY"
equal "a floor flagged" "0|0" \
  "$(get structure.young.floor_met)|$(get structure.women.floor_met)"
post editor /api/v1/posts/SEC/plan \
  '{"term": "2025-2030", "member": "2", "date": "2025-01-10"}'
equal "floors met" "1|1" \
  "$(get structure.young.floor_met)|$(get structure.women.floor_met)"
refused_http 409 conflict "cannot add member 2 to the planning of SEC for 2025-2030: in it already" \
  -- post editor /api/v1/posts/SEC/plan \
  '{"term": "2025-2030", "member": "2", "date": "2025-02-01"}'
as viewer GET "/api/v1/posts/SEC/plan?term=2025-2030"
status "plan list: a viewer reads" 200
ok plan list --post SEC --term 2025-2030 --format json
equal "plan list as the command line" "$OUT" "$BODY"

as viewer GET "/api/v1/plan-review?term=2025-2030"
status "plan review" 200
ok plan review --term 2025-2030 --format json
equal "plan review as the command line" "$OUT" "$BODY"
equal "review: Bình's theory" "1|2|theory" \
  "$(get findings_count)|$(get 'findings[0].member')|$(get 'findings[0].rule')"
as editor2 GET "/api/v1/plan-review?term=2025-2030"
equal "review: a branch sees its own" "0" "$(get findings_count)"

refused_http 422 invalid "note: a removal for reason other says why" note \
  -- post editor /api/v1/posts/SEC/plan/remove \
  '{"term": "2025-2030", "member": "2", "date": "2026-01-05", "reason": "other"}'
refused_http 422 invalid "reason: old" reason \
  -- post editor /api/v1/posts/SEC/plan/remove \
  '{"term": "2025-2030", "member": "2", "date": "2026-01-05", "reason": "old"}'
post editor /api/v1/posts/SEC/plan/remove \
  '{"term": "2025-2030", "member": "2", "date": "2026-01-05",
    "reason": "standards"}'
status "plan remove" 200
equal "removed" "1|1" "$(get structure.candidates)|$(get 'candidates[0].id')"

# ---- appointments and rotations --------------------------------------------------------
refused_http 403 forbidden "viewer is a viewer: this is for editors" \
  -- post viewer /api/v1/members/1/appoint '{"post": "SEC", "date": "2026-01-15"}'
refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
  -- as editor POST /api/v1/members/1/appoint \
  -H 'Content-Type: application/json' -d '{"post": "SEC", "date": "2026-01-15"}'
post editor /api/v1/members/1/appoint '{"post": "SEC", "date": "2026-01-15"}'
status "appoint planned" 201
equal "appoint planned: no warning" "1|1|" \
  "$(get id)|$(get planned)|$(get warning)"
refused_http 409 conflict "cannot appoint member 2 to SEC from 2026-02-01: its 1 seat(s) are all held on 2026-02-01" \
  -- post editor /api/v1/members/2/appoint '{"post": "SEC", "date": "2026-02-01"}'
refused_http 404 not_found "member: 1: no member has this id" \
  -- post editor2 /api/v1/members/1/appoint '{"post": "HSEC", "date": "2026-02-01"}'
post editor2 /api/v1/members/3/appoint '{"post": "HSEC", "date": "2026-02-01"}'
status "appoint not planned" 201
equal "the warning" "0|member 3 is not in the planning of HSEC for a term covering 2026-02-01" \
  "$(get planned)|$(get warning)"
post editor /api/v1/posts/SEC/leave '{"member": "1", "date": "2026-03-01"}'
status "post leave" 200
equal "post leave answers the holders" "0" "$(get post.holders)"
refused_http 403 forbidden "viewer is a viewer: this is for editors" \
  -- post viewer /api/v1/members/2/rotate \
  '{"to": "K2", "from": "2026-03-01", "until": "2026-12-31"}'
post chief /api/v1/members/2/rotate \
  '{"to": "K2", "post": "HSEC", "from": "2026-03-01", "until": "2026-12-31"}'
status "rotate" 201
equal "rotation" "1|K2|HSEC" "$(get id)|$(sqlite3 "$CADRE_DB" \
  "SELECT o.code || '|' || p.code FROM rotation r JOIN org o ON o.id =
   r.org_id JOIN post p ON p.id = r.post_id")"
refused_http 404 not_found "to: K: no organisation has this code" \
  -- post editor2 /api/v1/members/3/rotate \
  '{"to": "K", "from": "2026-03-01", "until": "2026-12-31"}'
# The rotations, a page of them: K2's for its users, none of K's.
as viewer GET /api/v1/rotations
status "rotations: K's viewer" 200
equal "rotations: none to K" 0 "$(get total)"
as editor2 GET /api/v1/rotations
status "rotations: K2's editor" 200
equal "rotations: K2's editor sees the one to K2" 1 "$(get total)"
as chief GET "/api/v1/rotations?member=2"
status "rotations: of a member" 200
equal "rotations: to K2" "1|1|2|K2|HSEC|2026-03-01" \
  "$(get total)|$(get 'items[0].id')|$(get 'items[0].member')|$(get \
  'items[0].org')|$(get 'items[0].post')|$(get 'items[0].from')"
as editor2 GET "/api/v1/rotations?at=2027-01-01"
equal "rotations: none under way later" 0 "$(get total)"

stop_server
finish
