# The uploads of the API (docs/http.md): the CSV imports
# (/api/v1/imports/...), a rubric's load and choice (/api/v1/rubrics) and
# the check (/api/v1/check), against the real binary. Each import leaves
# the same register as the command line's import of the same file into a
# twin database; a bad row refuses the whole upload (422, the CLI's
# message with the file called "upload"), with the database unchanged;
# the size limit, the media types, the roles and CSRF are refused before
# anything is read.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
ok member add --name "Nguyễn Văn An" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2010-01-01 --official 2011-01-01
accounts "boss admin P" "kadmin admin K" "viewer viewer K"
# The twin, where the command line imports the same files.
twin="$T/twin.db"
cp "$CADRE_DB" "$twin"
cli() { CADRE_DB=$twin "$CADRE" "$@"; }

start_server server.log
SPID=$PID
declare -A csrf
for u in boss kadmin viewer; do
  login "$u" "$PW"
  csrf[$u]=$CSRF
done

# upload WHO PATH FILE [TYPE]: POSTs FILE as the body, of TYPE (text/csv).
upload() {
  as "$1" POST "$2" -H "X-CSRF-Token: ${csrf[$1]}" \
    -H "Content-Type: ${4:-text/csv}" --data-binary "@$3"
}
# same_export WHAT ARGS...: `cadre ARGS` prints the same of both databases.
same_export() {
  local what=$1
  shift
  local here_out twin_out
  here_out=$("$CADRE" "$@" 2>&1)
  twin_out=$(cli "$@" 2>&1)
  if [ -n "$here_out" ] && [ "$here_out" = "$twin_out" ]; then pass; else
    fail "$what: the server's register differs from the CLI's: $here_out
---
$twin_out"
  fi
}
# imported WHAT PATH FILE NOUN COMMAND...: the upload answers as the CLI
# says on stderr, and both registers are then the same.
imported() {
  local what=$1 path=$2 file=$3 noun=$4
  shift 4
  upload boss "$path" "$file"
  status "$what" 200
  local said
  said=$(cli "$@" "$file" 2>&1)
  equal "$what: the CLI's count" \
    "imported $(get imported) $(get what) from $file" "$said"
  equal "$what: what" "$noun" "$(get what)"
}

# ---- organisations ------------------------------------------------------------
cat >"$T/orgs.csv" <<'CSV'
code,name,kind,parent,founded
G3,Đảng bộ Trường,grassroots_committee,K,2001-01-01
C31,"Chi bộ 31, Trường",cell,G3,2002-01-01
C3,Chi bộ 3,cell,G,2001-01-01
CSV
imported "import orgs" /api/v1/imports/orgs "$T/orgs.csv" organisations \
  import orgs
equal "import orgs: rows" 3 "$(get imported)"
same_export "import orgs" export orgs

# ---- members ------------------------------------------------------------------
cat >"$T/members.csv" <<'CSV'
name,born,gender,cell,admitted,official,card
Phạm Văn Dũng,1980-05-05,male,C31,2010-01-01,2011-01-01,48000001
Hoàng Thị Em,1985-06-06,female,C3,2015-01-01,,
Lê Thị Giang,1990-02-02,female,C1,2020-01-01,2021-02-01,48000002
CSV
imported "import members" /api/v1/imports/members "$T/members.csv" members \
  import members
equal "import members: rows" 3 "$(get imported)"
same_export "import members" export members

# A bad row: the whole file refused with the CLI's words, the file being
# "upload", and nothing recorded.
cat >"$T/bad.csv" <<'CSV'
name,born,gender,cell,admitted
Đỗ Văn Hải,1981-01-01,male,C1,2012-01-01
Vũ Thị Kim,1985-02-30,female,C1,2012-01-01
CSV
refused_http 422 invalid "upload:3: born: 1985-02-30: no such day" born \
  -- upload boss /api/v1/imports/members "$T/bad.csv"
run import members "$T/bad.csv"
has "the CLI's message is the same" "$ERR" \
  "$T/bad.csv:3: born: 1985-02-30: no such day"
refused_http 422 invalid "upload:2: cell: C9: no organisation has this code" \
  cell -- upload boss /api/v1/imports/members <(printf \
  'name,born,gender,cell,admitted\nX Y,1981-01-01,male,C9,2012-01-01\n')
same_export "nothing imported of a bad file" export members

# ---- meetings -------------------------------------------------------------------
cat >"$T/meetings.csv" <<'CSV'
cell,date,kind,chair,minutes,present
C1,2025-02-01,regular,1,95,all
C1,2025-03-01,regular,1,80,1
CSV
imported "meeting import" /api/v1/imports/meetings "$T/meetings.csv" \
  meetings meeting import
equal "meeting import: rows" 2 "$(get imported)"
same_export "meeting import" meeting list --under P --from 2025-01-01 \
  --format json

# ---- classifications ------------------------------------------------------------
cat >"$T/assess.csv" <<'CSV'
year,member,org,grade,score
2025,1,,well,
2025,48000002,,,85
2025,,C1,completed,
CSV
imported "assess import" /api/v1/imports/assessments "$T/assess.csv" \
  classifications assess import
equal "assess import: rows" 3 "$(get imported)"
same_export "assess import" assess list --year 2025 --format json

# ---- what is refused before the file is read ------------------------------------
# Over the limit: refused on the announced length (the body is not sent,
# curl is told the length only), then counted as it comes when chunked.
refused_http 413 too_large "more than 33554432 bytes (32 MiB), the limit of an upload" \
  -- as boss POST /api/v1/imports/members -H "X-CSRF-Token: ${csrf[boss]}" \
  -H 'Content-Type: text/csv' -H 'Content-Length: 33554433' --max-time 10
head -c $((32 * 1024 * 1024 + 1)) /dev/zero >"$T/huge.csv"
refused_http 413 too_large "the limit of an upload" \
  -- as boss POST /api/v1/imports/members -H "X-CSRF-Token: ${csrf[boss]}" \
  -H 'Content-Type: text/csv' -H 'Transfer-Encoding: chunked' \
  --data-binary "@$T/huge.csv"
# An upload over the JSON limit is spooled, not refused: a bad row far
# down a file of 5000 lines (150 KB) is found at its line.
{
  echo "code,name,kind,parent,founded"
  for i in $(seq 1 4999); do echo "X$i,Chi bộ $i,cell,G,2001-01-01"; done
  echo "Y,Chi bộ Y,cell,NOPE,2001-01-01"
} >"$T/big.csv"
refused_http 422 invalid "upload:5001: parent" parent \
  -- upload boss /api/v1/imports/orgs "$T/big.csv"
# JSON to an import, CSV to a route of JSON fields, another charset.
refused_http 415 unsupported_media_type \
  "Content-Type: application/json: send text/csv (in UTF-8)" \
  -- upload boss /api/v1/imports/orgs "$T/orgs.csv" application/json
refused_http 415 unsupported_media_type \
  "Content-Type: text/csv; charset=latin1: send text/csv (in UTF-8)" \
  -- upload boss /api/v1/imports/orgs "$T/orgs.csv" "text/csv; charset=latin1"
refused_http 415 unsupported_media_type "Content-Type: text/csv: send application/json" \
  -- upload boss /api/v1/assessments "$T/assess.csv"
# Roles: a viewer; an administrator of a branch (an import concerns the
# whole register: app refuses, as it refuses them on the command line);
# a change without the CSRF token.
refused_http 403 forbidden "viewer is a viewer: this is for administrators" \
  -- upload viewer /api/v1/imports/orgs "$T/orgs.csv"
refused_http 403 forbidden "kadmin sees one branch of the register" \
  -- upload kadmin /api/v1/imports/members "$T/members.csv"
refused_http 403 forbidden "X-CSRF-Token: missing" X-CSRF-Token \
  -- as boss POST /api/v1/imports/orgs -H 'Content-Type: text/csv' \
  --data-binary "@$T/orgs.csv"
refused_http 401 unauthenticated "nobody is signed in" \
  -- api POST /api/v1/imports/orgs -H 'Content-Type: text/csv' \
  --data-binary "@$T/orgs.csv"

# ---- rubrics ------------------------------------------------------------------
"$CADRE" rubric show --format json |
  sed 's/"national-2025"/"province-2026"/' >"$T/rubric.json"
upload boss /api/v1/rubrics "$T/rubric.json" application/json
status "rubric load" 201
equal "rubric load: its name, active" "province-2026|1" \
  "$(get name)|$(get active)"
cli rubric load "$T/rubric.json" 2>/dev/null
same_export "rubric load" rubric show --format json
upload boss "/api/v1/rubrics?name=kept" "$T/rubric.json" application/json
equal "rubric load --name" "201 kept" "$STATUS $(get name)"
refused_http 409 conflict "kept" \
  -- upload boss "/api/v1/rubrics?name=kept" "$T/rubric.json" application/json
# A document that is no rubric: app's refusal, as on the command line.
refused_http 409 conflict "rubric upload: line 1:" \
  -- upload boss /api/v1/rubrics <(printf '{"name": "x"') application/json
refused_http 415 unsupported_media_type "send application/json" \
  -- upload boss /api/v1/rubrics "$T/rubric.json"
refused_http 403 forbidden "kadmin sees one branch of the register" \
  -- upload kadmin /api/v1/rubrics "$T/rubric.json" application/json
as boss POST /api/v1/rubrics/national-2025/use \
  -H "X-CSRF-Token: ${csrf[boss]}"
equal "rubric use" "200 national-2025 1" "$STATUS $(get name) $(get active)"
"$CADRE" rubric list --format json >"$T/list"
has "rubric use: the active one" "$(cat "$T/list")" \
  '"name":"national-2025","active":"yes"'
cli rubric use national-2025
same_export "rubric use" rubric show --format json
refused_http 404 not_found "rubric nothing: no rubric has this name" \
  -- as boss POST /api/v1/rubrics/nothing/use -H "X-CSRF-Token: ${csrf[boss]}"
refused_http 403 forbidden "viewer is a viewer" \
  -- as viewer POST /api/v1/rubrics/kept/use -H "X-CSRF-Token: ${csrf[viewer]}"

# ---- the check ------------------------------------------------------------------
as boss GET /api/v1/check
status "check" 200
equal "check: sound" "0|ok" "$(get problems)|$(get report)"
refused_http 403 forbidden "kadmin sees one branch of the register" \
  -- as kadmin GET /api/v1/check
refused_http 403 forbidden "viewer is a viewer" -- as viewer GET /api/v1/check
# A fault planted in the tallies (as t_check.sh plants them): found and
# reported, 200 all the same, and nothing repaired.
sqlite3 "$CADRE_DB" "DELETE FROM tally_day WHERE org_id = (SELECT id FROM org
  WHERE code = 'P') AND day = '2011-01-01'"
before=$(snapshot)
as boss GET /api/v1/check
status "check: a fault" 200
equal "check: one problem" 1 "$(get problems)"
run check
has "check: the CLI's report" "$(get report)" "$OUT"
has "check: the tally named" "$(get report)" "tally of P on 2011-01-01"
equal "check: nothing repaired" "$before" "$(snapshot)"

finish
