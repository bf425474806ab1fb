# Dates (issue 6): 1970-01-01 is a date like any other (day numbers start
# at 1800-01-01 = 1, so none is 0, "not set"); a report may end after
# today; near 9999-12-31 every date stays a date (computed dates past it
# are 9999-12-31).
here=$(dirname "$0")
. "$here/lib.sh"

export CADRE_TODAY=2026-11-27
ok init
small_tree 1950-06-01

# ---- 1970-01-01 -------------------------------------------------------------

ok member add --name "Trần Thị Một" --born 1940-01-01 --gender female \
  --cell C1 --admitted 1969-01-01 --official 1970-01-01
id=$OUT
ok member show "$id"
has "official on 1970-01-01: status" "$OUT" "status: official"
ok member show "$id" --format json
equal "official on 1970-01-01: json" "official|1970-01-01" \
  "$(json status)|$(json official)"
equal "stored as text" "1970-01-01" \
  "$(sqlite3 "$CADRE_DB" "SELECT official FROM member WHERE id = $id")"
ok member list --format csv
equal "member list: official since 1970-01-01" "official,1970-01-01" \
  "$(csv "SELECT status || ',' || official FROM t WHERE id = '$id';")"
ok check
has "check passes" "$OUT" "ok"
ok report K --from 1970-01-01 --to 1970-12-31 --format json
equal "report of 1970: one official" 1 "$(json members.official)"
ok report K --from 1969-06-01 --to 1969-12-31 --format json
equal "report of 1969: still probationary" "0|1" \
  "$(json members.official)|$(json members.probationary)"

# ---- a report may end after today --------------------------------------------

ok report K --from 2026-01-01 --to 2026-12-31
has "report to the year's end" "$OUT" "from 2026-01-01 to 2026-12-31"
ok report K --from 2026-01-01 --to 2026-12-31 --format json
equal "report to the year's end: the stock of today" 1 "$(json members.total)"
# A period that has not begun is not a report.
refused 1 "from: 2026-12-01: a date in the future (today is 2026-11-27)" \
  report K --from 2026-12-01 --to 2026-12-31
# Events still may not be dated after today.
refused 1 "date: 2026-12-01: a date in the future (today is 2026-11-27)" \
  member transfer "$id" --to C1 --date 2026-12-01

# ---- the top of the range -------------------------------------------------------

export CADRE_DB=$T/end.db CADRE_TODAY=9999-12-31
ok init
small_tree 9999-06-01
# Probation would end after 9999-12-31: it ends then.
ok member add --name A --born 9960-01-01 --gender male --cell C1 \
  --admitted 9999-06-01
late=$OUT
refused 1 "cannot recognise member $late as official on 9999-12-30: admitted 9999-06-01, the probation of 12 months ends 9999-12-31" \
  member recognize "$late" --date 9999-12-30
ok member show "$late"
has "admitted in 9999" "$OUT" "9999-06-01  registered in C1"
ok member show "$late" --format json
equal "admitted in 9999: json" "9999-06-01" "$(json admitted)"
ok report K --from 9999-01-01 --to 9999-12-31 --format csv
equal "report of 9999: dates" "9999-01-01|9999-12-31" \
  "$(csv "SELECT group_concat(value, '|') FROM t WHERE section = 'scope' AND item IN ('from', 'to');")"
equal "report of 9999: every date a date" "" \
  "$(grep -aE '[0-9]{4}-[0-9]{2}-[0-9]{2}' "$T/out" | grep -avE '^[^,]*,[^,]*,(1[89]|[2-9][0-9])[0-9]{2}-(0[1-9]|1[0-2])-[0-3][0-9]' || true)"
ok report K --from 9999-01-01 --to 9999-12-31 --format summary
ok check
has "check in 9999" "$OUT" "ok"
refused 1 "admitted: 10000-01-01: not a date in the form YYYY-MM-DD or DD/MM/YYYY" \
  member add --name B --born 9960-01-01 --gender male --cell C1 \
  --admitted 10000-01-01

finish
