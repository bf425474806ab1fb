# The API of documents, groupings with their conferences and outstanding
# models, and of mergers and the discipline of organisations (docs/http.md),
# against the running binary: the same JSON as the command line, a
# document's number with its slash sent as %2F (and path traversal still
# refused), the whole register's rule for groupings, viewers, sibling
# branches, and every refusal with the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
ok member add --name "Nguyễn Văn An" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2010-01-01 --official 2011-01-01
# chief: an editor of the whole register (P is its only root).
accounts "viewer viewer K" "editor editor K" "editor2 editor K2" \
  "chief editor P"

start_server server.log
SPID=$PID
login viewer "$PW"
viewer_csrf=$CSRF
login editor "$PW"
editor_csrf=$CSRF
login editor2 "$PW"
editor2_csrf=$CSRF
login chief "$PW"
chief_csrf=$CSRF

# post WHO PATH BODY: a change in WHO's session, with their CSRF token.
post() {
  local csrf=${1}_csrf
  as "$1" POST "$2" -H 'Content-Type: application/json' \
    -H "X-CSRF-Token: ${!csrf}" -d "$3"
}

# same_items WHAT: the last page's items are the rows of the last
# command's JSON listing.
same_items() {
  equal "$1" "$(sqlite3 :memory: "SELECT json(readfile('$T/out'))")" \
    "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.items')")"
}

# row KEY: a value of the first row of the last command's JSON listing.
row() {
  sqlite3 :memory: "SELECT json_extract(readfile('$T/out'), '\$[0].$1')"
}

# ---- documents ------------------------------------------------------------------

doc='{"kind": "resolution", "issuer": "Ban Chấp hành Trung ương",
      "date": "2022-06-16", "title": "Tăng cường tổ chức cơ sở đảng"}'
# The register of documents is the whole register's, as on the command
# line: not for an editor of a branch, nor for a viewer.
refused_http 403 forbidden "editor sees one branch of the register" \
  -- post editor /api/v1/docs/21-NQ%2FTW "$doc"
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer /api/v1/docs/21-NQ%2FTW "$doc"
post chief /api/v1/docs/21-NQ%2FTW "$doc"
status "doc add" 201
ok doc show 21-NQ/TW --format json
equal "doc add answers the document as doc show writes it" "$OUT" "$BODY"
equal "the slash travelled as %2F" "21-NQ/TW" "$(get number)"
refused_http 422 invalid "number: 21-nq/tw: already the number of a document" \
  number -- post chief /api/v1/docs/21-nq%2Ftw "$doc"
refused_http 422 invalid "kind: law: one of resolution" kind \
  -- post chief /api/v1/docs/1-L '{"kind": "law", "issuer": "x",
                                    "date": "2022-06-16", "title": "y"}'
refused_http 422 invalid "title: missing" title \
  -- post chief /api/v1/docs/1-L '{"kind": "other", "issuer": "x",
                                    "date": "2022-06-16"}'
post chief /api/v1/docs/60-QĐ%2FTW '{"kind": "regulation",
  "issuer": "Bộ Chính trị", "date": "2025-01-08", "title": "Sinh hoạt chi bộ"}'
status "a second document, its number in UTF-8" 201

# A path that climbs is refused, however it is escaped; a NUL is no
# segment of a number.
refused_http 400 bad_request "no '.' or '..' segments" \
  -- as viewer GET "/api/v1/docs/21-NQ%2F..%2F..%2Fetc"
refused_http 400 bad_request "no '.' or '..' segments" \
  -- as viewer GET "/api/v1/docs/%2E%2E"
refused_http 400 bad_request "no '.' or '..' segments" \
  -- as viewer GET "/api/v1/docs/.%2F21-NQ%2FTW"
refused_http 404 not_found "no such resource" \
  -- as viewer GET "/api/v1/docs/21-NQ%00%2FTW"
refused_http 404 not_found "number: 21-NQ/XX: no document has this number" \
  -- as viewer GET "/api/v1/docs/21-NQ%2FXX"
# Unescaped, the slash cuts the path: there is no such resource.
refused_http 404 not_found "no such resource" \
  -- as viewer GET "/api/v1/docs/21-NQ/TW"

# Dissemination and implementation, in the editor's branch.
post editor /api/v1/docs/21-NQ%2FTW/disseminate '{"org": "C1",
  "date": "2026-01-10"}'
status "doc disseminate" 200
ok doc show 21-NQ/TW --format json
equal "doc disseminate answers the document as doc show writes it" "$OUT" \
  "$BODY"
dissemination=$(get 'steps[0].id')
post editor /api/v1/docs/21-NQ%2FTW/implement '{"org": "C1",
  "date": "2026-02-01"}'
status "doc implement" 200
ok doc show 21-NQ/TW --format json
equal "doc implement answers the document" "$OUT" "$BODY"
implementation=$(json "steps[1].id")
equal "the implementation listed" "implemented" "$(get 'steps[1].step')"
refused_http 409 conflict "cannot implement 21-NQ/TW at C2 on 2026-02-01: it \
was not disseminated there" \
  -- post editor /api/v1/docs/21-NQ%2FTW/implement '{"org": "C2",
                                                      "date": "2026-02-01"}'
refused_http 409 conflict "each organisation records each step once" \
  -- post editor /api/v1/docs/21-NQ%2FTW/disseminate '{"org": "C1",
                                                       "date": "2026-03-01"}'
refused_http 404 not_found "org: C1: no organisation has this code" \
  -- post editor2 /api/v1/docs/21-NQ%2FTW/disseminate '{"org": "C1",
                                                        "date": "2026-03-01"}'
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer /api/v1/docs/21-NQ%2FTW/disseminate '{"org": "C2",
                                                       "date": "2026-03-01"}'

as viewer GET /api/v1/docs
status "doc list" 200
ok doc list --format json
same_items "doc list: the CLI's rows"
equal "both documents" 2 "$(get total)"
as viewer GET "/api/v1/docs?size=1&page=2"
equal "a page of one: the second" "1|60-QĐ/TW" "$(items)|$(get 'items[0].number')"

as viewer GET "/api/v1/docs/21-NQ%2FTW/coverage?under=G"
status "doc coverage" 200
ok doc coverage 21-NQ/TW --under G --format json
equal "doc coverage: the CLI's bytes (a share of 33.3)" "$OUT" "$BODY"
equal "one of three" "3|1|33.3" \
  "$(get organizations)|$(get disseminated)|$(get share)"
as viewer GET "/api/v1/docs/21-NQ%2FTW/coverage?under=K&at=2025-12-31"
ok doc coverage 21-NQ/TW --under K --at 2025-12-31 --format json
equal "doc coverage on a day" "$OUT" "$BODY"
refused_http 422 invalid "under: missing" under \
  -- as viewer GET "/api/v1/docs/21-NQ%2FTW/coverage"
refused_http 404 not_found "G: no organisation has this code" \
  -- as editor2 GET "/api/v1/docs/21-NQ%2FTW/coverage?under=G"

# Corrections and voids of the steps, by their ids.
refused_http 409 conflict "implement" \
  -- post editor "/api/v1/doc-steps/$dissemination/void" '{"reason": "sai"}'
refused_http 404 not_found "no dissemination" \
  -- post editor2 "/api/v1/doc-steps/$implementation/void" '{"reason": "sai"}'
refused_http 422 invalid "reason: missing" reason \
  -- post editor "/api/v1/doc-steps/$implementation/void" '{}'
post editor "/api/v1/doc-steps/$dissemination/correct" \
  '{"reason": "ngày sai", "date": "2026-01-05"}'
status "doc correct" 200
equal "doc correct: the old and the new id" "$dissemination" "$(get corrected)"
corrected=$(get record)
ok doc show 21-NQ/TW --format json
equal "the dissemination moved" "2026-01-05|$corrected" \
  "$(json 'steps[0].date')|$(json 'steps[0].id')"
post editor "/api/v1/doc-steps/$implementation/void" '{"reason": "nhầm"}'
status "doc void" 200
equal "doc void answers the record voided" "$implementation|1" \
  "$(get record)|$(get voided)"
ok doc show 21-NQ/TW --format json
equal "only the dissemination is left" "1|disseminated" \
  "$(sqlite3 :memory: "SELECT json_array_length(readfile('$T/out'), '\$.steps')")|$(json 'steps[0].step')"

# ---- groupings --------------------------------------------------------------------

# Groupings span branches: an editor of one is refused, as a viewer of one
# is when reading them.
refused_http 403 forbidden "editor sees one branch of the register" \
  -- post editor /api/v1/groups/CUM '{"name": "Cụm thi đua số 1",
                                      "kind": "cluster"}'
refused_http 403 forbidden "viewer sees one branch of the register" \
  -- as viewer GET /api/v1/groups
refused_http 422 invalid "kind: club: one of region or cluster" kind \
  -- post chief /api/v1/groups/CUM '{"name": "Cụm", "kind": "club"}'
post chief /api/v1/groups/CUM '{"name": "Cụm thi đua số 1", "kind": "cluster"}'
status "group add" 201
ok group show CUM --format json
equal "group add answers the grouping as group show writes it" "$OUT" "$BODY"
refused_http 422 invalid "CUM" code \
  -- post chief /api/v1/groups/CUM '{"name": "Cụm", "kind": "cluster"}'

post chief /api/v1/groups/CUM/join '{"org": "K", "date": "2025-01-01"}'
status "group join" 200
post chief /api/v1/groups/CUM/join '{"org": "K2", "date": "2025-01-01"}'
ok group show CUM --format json
equal "group join answers the grouping" "$OUT" "$BODY"
refused_http 409 conflict "G is a grassroots_committee; the members of a \
grouping are provincial committees and committees" \
  -- post chief /api/v1/groups/CUM/join '{"org": "G", "date": "2025-06-01"}'
refused_http 403 forbidden "editor sees one branch of the register" \
  -- post editor /api/v1/groups/CUM/leave '{"org": "K", "date": "2026-01-01"}'

# ---- conferences and models ------------------------------------------------------

conference='{"host": "K", "date": "2025-12-20", "kind": "review",
             "theme": "Tổng kết năm 2025", "group": "CUM", "delegates": 120,
             "papers": 30}'
refused_http 403 forbidden "editor sees one branch of the register" \
  -- post editor /api/v1/conferences "$conference"
refused_http 422 invalid "delegates: a whole number is needed" delegates \
  -- post chief /api/v1/conferences '{"host": "K", "date": "2025-12-20",
       "kind": "review", "theme": "t", "delegates": "120"}'
post chief /api/v1/conferences "$conference"
status "conference add" 201
conf=$(get id)
ok conference list --format json
equal "conference add answers the id the CLI lists" "$conf" "$(row id)"
# A conference of no grouping is the branch's own.
post editor /api/v1/conferences '{"host": "G", "date": "2026-03-01",
  "kind": "workshop", "theme": "Chuyển đổi số"}'
status "a branch's own conference" 201
as chief GET /api/v1/conferences
status "conference list" 200
ok conference list --format json
same_items "conference list: the CLI's rows"
as chief GET "/api/v1/conferences?group=CUM&size=1"
equal "of one grouping" "1|1|$conf" "$(get total)|$(items)|$(get 'items[0].id')"
refused_http 403 forbidden "viewer sees one branch of the register" \
  -- as viewer GET "/api/v1/conferences?group=CUM"

post chief "/api/v1/conferences/$conf/correct" '{"reason": "số đại biểu",
  "delegates": 150, "flag_to": "K2"}'
status "conference correct" 200
conf2=$(get record)
ok conference list --group CUM --format json
equal "corrected: delegates and flag" "$conf2|150|K2" \
  "$(row id)|$(row delegates)|$(row flag_to)"
refused_http 403 forbidden "editor sees one branch of the register" \
  -- post editor "/api/v1/conferences/$conf2/void" '{"reason": "nhầm"}'

post chief /api/v1/models '{"group": "CUM", "org": "C1",
  "title": "Chi bộ trong sạch vững mạnh", "date": "2025-12-20"}'
status "model add" 201
model=$(get id)
post chief /api/v1/models '{"group": "CUM", "member": "1",
  "title": "Đảng viên tiêu biểu", "date": "2025-12-20"}'
status "a member named a model" 201
refused_http 422 invalid "org" org \
  -- post chief /api/v1/models '{"group": "CUM", "title": "t",
                                 "date": "2025-12-20"}'
refused_http 422 invalid "group: missing" group \
  -- as chief GET /api/v1/models
as chief GET "/api/v1/models?group=CUM&year=2025"
status "model list" 200
ok model list --group CUM --year 2025 --format json
same_items "model list: the CLI's rows"
equal "both models" 2 "$(get total)"
refused_http 403 forbidden "editor sees one branch of the register" \
  -- post editor "/api/v1/models/$model/void" '{"reason": "nhầm"}'
post chief "/api/v1/models/$model/correct" '{"reason": "tên",
  "title": "Chi bộ tiêu biểu"}'
status "model correct" 200
model2=$(get record)
ok model list --group CUM --format json
has "the title corrected" "$OUT" "Chi bộ tiêu biểu"
post chief "/api/v1/models/$model2/void" '{"reason": "nhầm"}'
equal "model void" "200|$model2|1" "$STATUS|$(get record)|$(get voided)"

as chief GET /api/v1/groups
status "group list" 200
ok group list --format json
same_items "group list: the CLI's rows"
as chief GET "/api/v1/groups/CUM?at=2025-12-31"
ok group show CUM --at 2025-12-31 --format json
equal "group show on a day: the CLI's JSON" "$OUT" "$BODY"
refused_http 409 conflict "cannot take K out of CUM on 2025-12-01: it is \
the host at conference $conf2 of CUM on 2025-12-20" \
  -- post chief /api/v1/groups/CUM/leave '{"org": "K", "date": "2025-12-01"}'
post chief /api/v1/groups/CUM/leave '{"org": "K2", "date": "2026-06-01"}'
status "group leave" 200
ok group show CUM --format json
equal "group leave answers the grouping" "$OUT" "$BODY"
post chief "/api/v1/conferences/$conf2/void" '{"reason": "nhầm"}'
equal "conference void" "200|$conf2" "$STATUS|$(get record)"

# ---- organisations: discipline, merger ------------------------------------------

disc='{"form": "reprimand", "date": "2026-04-01", "votes": "5/9", "by": "G",
       "reason": "vi phạm"}'
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer /api/v1/orgs/C2/discipline "$disc"
refused_http 404 not_found "C2: no organisation has this code" \
  -- post editor2 /api/v1/orgs/C2/discipline "$disc"
refused_http 409 conflict "more than half" \
  -- post editor /api/v1/orgs/C2/discipline '{"form": "reprimand",
       "date": "2026-04-01", "votes": "4/9", "by": "G"}'
refused_http 422 invalid "votes: 5-9" votes \
  -- post editor /api/v1/orgs/C2/discipline '{"form": "reprimand",
       "date": "2026-04-01", "votes": "5-9"}'
post editor /api/v1/orgs/C2/discipline "$disc"
status "org discipline" 201
disc1=$(get id)
ok org show C2 --format json
equal "org discipline answers the id org show lists" "$disc1|reprimand" \
  "$(json 'discipline[0].id')|$(json 'discipline[0].form')"
refused_http 404 not_found "no discipline" \
  -- post editor2 "/api/v1/org-disciplines/$disc1/void" '{"reason": "x"}'
post editor "/api/v1/org-disciplines/$disc1/correct" '{"reason": "hình thức",
  "form": "warning"}'
status "org discipline-correct" 200
disc2=$(get record)
ok org show C2 --format json
equal "corrected" "$disc2|warning" \
  "$(json 'discipline[0].id')|$(json 'discipline[0].form')"
post editor "/api/v1/org-disciplines/$disc2/void" '{"reason": "nhầm"}'
equal "org discipline-void" "200|$disc2|1" \
  "$STATUS|$(get record)|$(get voided)"
ok org show C2 --format json
equal "no discipline left" "" "$(json 'discipline[0].id')"

refused_http 404 not_found "into: G2: no organisation has this code" \
  -- post editor /api/v1/orgs/C2/merge '{"into": "G2", "date": "2026-05-01"}'
refused_http 403 forbidden "viewer is a viewer" \
  -- post viewer /api/v1/orgs/C2/merge '{"into": "C1", "date": "2026-05-01"}'
# Several merged in one change, all or nothing: C3 cannot go (it is no
# organisation), so C2 stays as it was.
refused_http 404 not_found "C3: no organisation has this code" \
  -- post chief /api/v1/orgs/C2/merge '{"into": "C1", "date": "2026-05-01",
  "with": ["C3"]}'
refused_http 422 invalid "with: a list (a JSON array) is needed" with \
  -- post chief /api/v1/orgs/C2/merge '{"into": "C1", "date": "2026-05-01",
  "with": "C3"}'
ok org add C4 --kind cell --parent G --name "Chi bộ 4" --founded 2020-01-01
post chief /api/v1/orgs/C2/merge '{"into": "C1", "date": "2026-05-01",
  "decision": "12-QĐ/ĐU", "with": ["C4"]}'
status "org merge" 200
ok org show C2 --format json
equal "org merge answers the organisation, ended, as org show writes it" \
  "$OUT" "$BODY"
ok org show C4 --format json
equal "and C4, merged with it in the same change, ended on the same day" \
  "2026-05-01" "$(json ended)"

stop_server
finish
