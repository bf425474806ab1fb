# The reports of the API (docs/http.md): an organisation's and a
# grouping's report of a period, as JSON or CSV, exactly the bytes of
# `cadre report [--group] --format json|csv`; what they refuse, with the
# database unchanged; and branches that cannot see each other's reports.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

party_tree
ok member add --name "Nguyễn Văn An" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2010-01-01 --official 2011-01-01
ok member add --name "Trần Thị Bình" --born 1990-01-01 --gender female \
  --cell C1 --admitted 2025-03-10
ok member add --name "Lê Văn Cường" --born 1985-01-01 --gender male \
  --cell G2 --admitted 2012-01-01 --official 2013-01-01
ok member discipline 3 --form reprimand --date 2025-05-02 --votes 5/7
# A grouping of both committees, and one with no members.
ok group add R1 --name "Cụm thi đua 1" --kind cluster
ok group join R1 --org K --date 2020-01-01
ok group join R1 --org K2 --date 2020-01-01
ok group add R2 --name "Cụm trống" --kind cluster
printf 'mật khẩu đủ dài\n' >"$T/pw"
ok user add viewer --role viewer --scope K --password-file "$T/pw"
ok user add boss --role admin --scope P --password-file "$T/pw"
PW='mật khẩu đủ dài'

start_server server.log
SPID=$PID
login viewer "$PW"
login boss "$PW"

# same_bytes WHAT CLI-ARGS...: the last body is exactly what `cadre
# CLI-ARGS` prints.
same_bytes() {
  local what=$1
  shift
  "$CADRE" "$@" >"$T/cli" 2>"$T/err" || { fail "$what: cadre $*: $(cat "$T/err")"; return; }
  if cmp -s "$T/cli" "$T/body"; then pass; else
    fail "$what: the body differs from cadre $*: $(diff "$T/cli" "$T/body" | head -5)"
  fi
}

# ---- an organisation's report -------------------------------------------------

period='from=2025-01-01&to=2025-12-31'
as viewer GET "/api/v1/reports/K?$period"
status "report of K" 200
same_bytes "report of K, JSON by default" report K --from 2025-01-01 \
  --to 2025-12-31 --format json
as viewer GET "/api/v1/reports/K?$period&format=json"
status "report of K as JSON" 200
same_bytes "report of K as JSON" report K --from 2025-01-01 --to 2025-12-31 \
  --format json
as viewer GET "/api/v1/reports/G?$period&format=csv"
status "report of G as CSV" 200
same_bytes "report of G as CSV" report G --from 2025-01-01 --to 2025-12-31 \
  --format csv
equal "a CSV's type" "text/csv; charset=utf-8" \
  "$(sed -n 's/^Content-Type: //Ip' <<<"$HEADERS")"
equal "a CSV is a file to save" \
  'attachment; filename="report-G-2025-01-01-2025-12-31.csv"' \
  "$(sed -n 's/^Content-Disposition: //Ip' <<<"$HEADERS")"

# ---- a grouping's report ------------------------------------------------------

as boss GET "/api/v1/groups/R1/report?$period"
status "report of R1" 200
same_bytes "report of R1, JSON by default" report --group R1 \
  --from 2025-01-01 --to 2025-12-31 --format json
equal "R1's report sums K and K2" '["K","K2"]' "$(get scope.members)"
as boss GET "/api/v1/groups/R1/report?from=2026-01-01&to=2026-06-30&format=csv"
status "report of R1 as CSV" 200
same_bytes "report of R1 as CSV" report --group R1 --from 2026-01-01 \
  --to 2026-06-30 --format csv
equal "a grouping's CSV is a file to save" \
  'attachment; filename="report-R1-2026-01-01-2026-06-30.csv"' \
  "$(sed -n 's/^Content-Disposition: //Ip' <<<"$HEADERS")"

# ---- refusals -----------------------------------------------------------------

refused_http 404 not_found "NOPE" -- \
  as boss GET "/api/v1/groups/NOPE/report?$period"
refused_http 404 not_found "NOPE" -- \
  as boss GET "/api/v1/groups/NOPE/report?$period&format=csv"
refused_http 409 conflict "cannot report on R2 up to 2025-12-31: it has no members" -- \
  as boss GET "/api/v1/groups/R2/report?$period"
refused_http 422 invalid "to: 2024-12-31: before the first day 2025-01-01" to -- \
  as boss GET "/api/v1/groups/R1/report?from=2025-01-01&to=2024-12-31"
refused_http 422 invalid "to: 2024-12-31: before the first day 2025-01-01" to -- \
  as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2024-12-31&format=csv"
refused_http 422 invalid "from: 2025-02-30" from -- \
  as viewer GET "/api/v1/reports/K?from=2025-02-30&to=2025-12-31"
refused_http 422 invalid "format: xml: one of json|csv|xlsx|html|summary" format -- \
  as viewer GET "/api/v1/reports/K?$period&format=xml"
refused_http 422 invalid "format: text: one of json|csv|xlsx|html|summary" format -- \
  as boss GET "/api/v1/groups/R1/report?$period&format=text"
refused_http 422 invalid "to" to -- \
  as viewer GET "/api/v1/reports/K?from=2025-01-01"
# The branch of K does not see its sibling K2, nor what is above it.
refused_http 404 not_found "K2" -- \
  as viewer GET "/api/v1/reports/K2?$period"
refused_http 404 not_found "K2" -- \
  as viewer GET "/api/v1/reports/K2?$period&format=csv"
refused_http 404 not_found "P" -- \
  as viewer GET "/api/v1/reports/P?$period"
# A grouping spans branches: one branch's user is refused its report, as
# `cadre report --group` refuses them.
refused_http 403 forbidden "sees one branch of the register" -- \
  as viewer GET "/api/v1/groups/R1/report?$period"
refused_http 401 unauthenticated "" -- \
  api GET "/api/v1/groups/R1/report?$period"

stop_server
finish
