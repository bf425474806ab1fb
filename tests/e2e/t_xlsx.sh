# Spreadsheets (issue 8, item 5): every listing, export and the report as
# xlsx, read back by cadre's own import (round trip: the exports of the
# twin database equal the original's) and by a second reader (openpyxl:
# cells typed, headers, sheets, values equal to the CSV's); imports of
# workbooks refused whole with FILE:SHEET:ROW: column: value: reason and
# the database unchanged; corrupt files, zip bombs, missing sheets; the
# byte order mark of --bom. Needs Debian's python3-openpyxl
# (scripts/setup.sh): the test fails, never skips, without it.
here=$(dirname "$0")
. "$here/lib.sh"

# Debian's python, where python3-openpyxl is, whatever else is on PATH.
PY=/usr/bin/python3
check() { "$PY" "$here/xlsx_check.py" "$@"; }
if ! "$PY" -c 'import openpyxl' 2>"$T/err"; then
  fail "openpyxl is missing (scripts/setup.sh installs python3-openpyxl)"
  finish
  exit 1
fi
on() { export CADRE_DB=$1; }

# same_cells WHAT BOOK CSV [SHEET]: openpyxl reads the CSV's values in the
# sheet, under the labels of its columns; KINDS holds each column's kinds
# of cells ("born=date"). keyed_cells: the same under the CSV's header (an
# export, read back by import; the API's downloads).
same_cells() {
  if KINDS=$(check ${MODE:-same} "$2" "$3" ${4:+"$4"} 2>"$T/check.err"); then
    pass
  else
    fail "$1: $(tail -3 "$T/check.err" | tr '\n' ' ')"
  fi
}
keyed_cells() { MODE=keyed same_cells "$@"; }
# kind_of COLUMN: its kinds of cells, from the last same_cells.
kind_of() { grep "^$1=" <<<"$KINDS" | cut -d= -f2; }

# ---- every export and listing, as CSV and as xlsx ----------------------------
on "$T/demo.db"
ok demo
for what in orgs members events; do
  ok export "$what"
  cp "$T/out" "$T/$what.csv"
  "$CADRE" export "$what" --format xlsx >"$T/$what.xlsx"
  equal "export $what --format xlsx exits 0" 0 $?
  keyed_cells "export $what" "$T/$what.xlsx" "$T/$what.csv"
  equal "export $what: the sheet's name" "$what" "$(check sheets "$T/$what.xlsx")"
done
keyed_cells "export members" "$T/members.xlsx" "$T/members.csv"
equal "born is a date cell" date "$(kind_of born)"
equal "admitted is a date cell" date "$(kind_of admitted)"
equal "a card number stays text" text "$(kind_of card)"
equal "a name is text" text "$(kind_of name)"
keyed_cells "export events" "$T/events.xlsx" "$T/events.csv"
equal "an event's seq is a number cell" number "$(kind_of seq)"

# Listings: what --format csv prints, --format xlsx writes as cells.
while read -r line; do
  read -ra words <<<"$line"
  ok "${words[@]}" --format csv
  cp "$T/out" "$T/list.csv"
  "$CADRE" "${words[@]}" --format xlsx >"$T/list.xlsx"
  equal "${words[*]} --format xlsx exits 0" 0 $?
  same_cells "${words[*]}" "$T/list.xlsx" "$T/list.csv"
done <<'EOF'
org list
member list
member list --overdue
member badges --from 2023-01-01 --to 2023-12-31
event list --org NL
award list
fund list
assess list --year 2023
meeting list
oversight list
doc list
group list
conference list
user list
void list
rubric list
audit
EOF
ok member list --format csv
cp "$T/out" "$T/list.csv"
"$CADRE" member list --format xlsx >"$T/list.xlsx"
same_cells "member list" "$T/list.xlsx" "$T/list.csv"
equal "member list: id is a number cell" number "$(kind_of id)"
equal "member list: born is a date cell" date "$(kind_of born)"
equal "member list: the sheet" "member list" "$(check sheets "$T/list.xlsx")"

# ---- the round trip: the twin database from the workbooks --------------------
on "$T/twin.db"
ok init
ok import orgs "$T/orgs.xlsx"
equal "the import says what it read" \
  "imported $(($(wc -l <"$T/orgs.csv") - 1)) organisations from $T/orgs.xlsx" \
  "$ERR"
# A workbook piped to standard input is read as one from a file.
run import members - <"$T/members.xlsx"
equal "import members from stdin exits 0" 0 "$RC"
for what in orgs members; do
  ok export "$what"
  if cmp -s "$T/out" "$T/$what.csv"; then pass; else
    fail "export $what of the twin differs: $(diff "$T/$what.csv" "$T/out" | head -4)"
  fi
done

# ---- the report: a sheet for each section ------------------------------------
on "$T/demo.db"
ok report NL --from 2023-01-01 --to 2023-12-31 --format csv
cp "$T/out" "$T/report.csv"
"$CADRE" report NL --from 2023-01-01 --to 2023-12-31 --format xlsx \
  >"$T/report.xlsx"
equal "report --format xlsx exits 0" 0 $?
sections=$(tail -n +2 "$T/report.csv" | cut -d, -f1 | cut -d. -f1 | uniq)
equal "the report's sheets are its sections" "$sections" \
  "$(check sheets "$T/report.xlsx")"
has "there is a sheet of the flows" "$sections" flows
for s in $sections; do
  { head -1 "$T/report.csv"
    grep -E "^$s(\.[^,]*)?," "$T/report.csv"; } >"$T/section.csv"
  keyed_cells "report, sheet $s" "$T/report.xlsx" "$T/section.csv" "$s"
done
keyed_cells "report, sheet scope" "$T/report.xlsx" \
  <({ head -1 "$T/report.csv"; grep '^scope,' "$T/report.csv"; }) scope
equal "the period's days are date cells" date,text "$(kind_of value)"
keyed_cells "report, sheet members" "$T/report.xlsx" \
  <({ head -1 "$T/report.csv"; grep '^members' "$T/report.csv"; }) members
equal "the figures are number cells" number "$(kind_of value)"

# ---- imports refused whole ---------------------------------------------------
on "$T/bad.db"
ok init
ok import orgs "$T/orgs.xlsx"
# Row 7 of the sheet "members", as a clerk's spreadsheet saves it.
check set "$T/members.xlsx" "$T/bad.xlsx" members B7 1990-02-30
refused 1 "$T/bad.xlsx:members:7: born: 1990-02-30: no such day" \
  import members "$T/bad.xlsx"
refused 1 "$T/bad.xlsx: sheet: nope: no such sheet (the sheets are members)" \
  import members --sheet nope "$T/bad.xlsx"
head -c 3000 "$T/members.xlsx" >"$T/cut.xlsx"
refused 1 "$T/cut.xlsx: not an xlsx file: the zip archive is corrupt" \
  import members "$T/cut.xlsx"
check bomb "$T/members.xlsx" "$T/bomb.xlsx"
refused 1 "$T/bomb.xlsx: xl/worksheets/sheet1.xml: 104857644 bytes uncompressed from" \
  import members "$T/bomb.xlsx"
has "a zip bomb is named" "$ERR" "refused as a zip bomb"
cp "$T/members.csv" "$T/csv.xlsx"
refused 1 "$T/csv.xlsx: not an xlsx file: it is not a zip archive" \
  import members "$T/csv.xlsx"
refused 1 "$T/members.csv: sheet: x: only an xlsx file has sheets, this is CSV" \
  import members --sheet x "$T/members.csv"
# A whole file is one transaction: the first rows were good.
equal "no member was recorded" "" "$(sqlite3 "$CADRE_DB" 'select id from member')"

# A number cell in a text column (a card typed as a number) is its exact
# digits; a date typed as text in a date column is read as text.
check number "$T/members.xlsx" "$T/number.xlsx" G2 99000001
ok import members --sheet members "$T/number.xlsx"
ok export members
has "the card typed as a number is its digits" "$OUT" ",99000001,"

# ---- what a workbook is not written as ---------------------------------------
on "$T/demo.db"
if ! command -v script >/dev/null; then
  fail "script (util-linux) is needed to give cadre a terminal"
else
  script -qec "$CADRE export members --format xlsx" /dev/null \
    >"$T/tty.out" 2>&1
  equal "xlsx on a terminal exits 2" 2 $?
  has "xlsx on a terminal is refused" "$(cat "$T/tty.out")" \
    "--format xlsx writes a binary file: redirect it to a file"
fi
"$CADRE" export members --format xlsx >/dev/full 2>"$T/err"
rc=$?
if [ "$rc" -ne 0 ]; then pass; else fail "a write error exits 0"; fi
has "a write error is said" "$(cat "$T/err")" "cannot write the workbook"
refused 2 "format: pdf: one of csv|json|xlsx" export members --format pdf
refused 2 "format: xlsx: one of text|json" org show NL --format xlsx

# ---- the byte order mark -----------------------------------------------------
ok member list --format csv --bom
equal "--bom: EF BB BF, then the header" "efbbbf6964" \
  "$(head -c 5 "$T/out" | od -An -tx1 | tr -d ' \n')"
ok member list --format csv
equal "without --bom, no BOM" "6964" \
  "$(head -c 2 "$T/out" | od -An -tx1 | tr -d ' \n')"
ok export members --bom
equal "export --bom" "efbbbf" "$(head -c 3 "$T/out" | od -An -tx1 | tr -d ' \n')"
ok report NL --from 2023-01-01 --to 2023-12-31 --format csv --bom
equal "report --bom" "efbbbf" "$(head -c 3 "$T/out" | od -An -tx1 | tr -d ' \n')"
ok audit --format csv --bom
equal "audit --bom" "efbbbf" "$(head -c 3 "$T/out" | od -An -tx1 | tr -d ' \n')"
refused 2 "--bom: json: the byte order mark is written only with --format csv" \
  member list --format json --bom
refused 2 "--bom: table: the byte order mark is written only with --format csv" \
  member list --bom
# What --bom writes, import reads back.
on "$T/bom.db"
ok init
"$CADRE" --db "$T/demo.db" export orgs --bom >"$T/orgs.bom.csv"
ok import orgs "$T/orgs.bom.csv"

# ---- the API: downloads as workbooks, workbooks uploaded ---------------------
. "$here/http_lib.sh"
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
on "$T/api.db"
ok init
ok import orgs "$T/orgs.xlsx"
accounts "boss admin NL"
start_server server.log
SPID=$PID
login boss "$PW"
upload() {
  as boss POST "$1" -H "X-CSRF-Token: $CSRF" -H "Content-Type: $3" \
    --data-binary "@$2"
}
# headers_have WHAT TEXT: the last answer's headers hold TEXT.
headers_have() { has "$1" "$HEADERS" "$2"; }

refused_http 422 invalid "upload:members:7: born: 1990-02-30: no such day" \
  born -- upload /api/v1/imports/members "$T/bad.xlsx" "$XLSX"
refused_http 415 unsupported_media_type "send text/csv (in UTF-8), or $XLSX" \
  -- upload /api/v1/imports/members "$T/members.xlsx" application/zip
upload /api/v1/imports/members "$T/members.xlsx" "$XLSX"
status "a workbook uploaded" 200
equal "its rows" "$(($(wc -l <"$T/members.csv") - 1))" "$(get imported)"
ok export members
if cmp -s "$T/out" "$T/members.csv"; then pass; else
  fail "the members uploaded as a workbook differ from the export"
fi

as boss GET "/api/v1/export/members.csv?format=xlsx"
status "export members as xlsx" 200
headers_have "its media type" "Content-Type: $XLSX"
headers_have "its file name" 'filename="members.xlsx"'
cp "$T/body" "$T/api.xlsx" # openpyxl reads only a name ending in .xlsx
keyed_cells "the API's members.xlsx" "$T/api.xlsx" "$T/members.csv" members
as boss GET /api/v1/export/orgs.csv -H "Accept: $XLSX"
status "export orgs with Accept: xlsx" 200
headers_have "Accept: its media type" "Content-Type: $XLSX"
cp "$T/body" "$T/api.xlsx"
keyed_cells "the API's orgs.xlsx" "$T/api.xlsx" "$T/orgs.csv" orgs
as boss GET /api/v1/export/orgs.csv
headers_have "without either, CSV" "Content-Type: text/csv"
ok member list --under NL --format csv
cp "$T/out" "$T/list.csv"
as boss GET "/api/v1/orgs/NL/members.csv?format=xlsx"
status "an organisation's members as xlsx" 200
headers_have "their file name" 'filename="members-NL.xlsx"'
cp "$T/body" "$T/api.xlsx"
# A listing, not an export: its header the columns' labels, as `member
# list --format xlsx` writes it, in the request's language.
same_cells "the API's members of NL" "$T/api.xlsx" "$T/list.csv" members
equal "their ids are number cells" number "$(kind_of id)"
as boss GET "/api/v1/orgs/NL/members.csv?format=xlsx" -H 'Accept-Language: vi'
cp "$T/body" "$T/api-vi.xlsx"
head_vi=$("$PY" -c 'import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print("|".join(str(c.value) for c in next(ws.iter_rows())))' "$T/api-vi.xlsx")
for l in Born Gender Status; do
  v=$(awk -v id="$l" '
    /^msgctxt / { ctx = 1; next }
    /^msgid / { m = $0 == "msgid \"" id "\"" && !ctx; ctx = 0; next }
    m && /^msgstr / { sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' \
    "$here/../../po/vi.po")
  [ -n "$v" ] && [ "$v" != "$l" ] && pass || fail "vi.po: no label for $l"
  has "the API's members in Vietnamese: $l" "|$head_vi|" "|$v|"
done
lacks "the API's members in Vietnamese: no English label" "$head_vi" "Born"
refused_http 422 invalid "format: pdf: one of csv|xlsx" format \
  -- as boss GET "/api/v1/export/orgs.csv?format=pdf"

ok report NL --from 2023-01-01 --to 2023-12-31 --format csv
cp "$T/out" "$T/api-report.csv"
as boss GET "/api/v1/reports/NL?from=2023-01-01&to=2023-12-31&format=xlsx"
status "the report as xlsx" 200
headers_have "the report's media type" "Content-Type: $XLSX"
headers_have "the report's file name" \
  'filename="report-NL-2023-01-01-2023-12-31.xlsx"'
cp "$T/body" "$T/api-report.xlsx"
equal "the API's report has a sheet per section" \
  "$(tail -n +2 "$T/api-report.csv" | cut -d, -f1 | cut -d. -f1 | uniq)" \
  "$(check sheets "$T/api-report.xlsx")"
keyed_cells "the API's report, sheet members" "$T/api-report.xlsx" \
  <({ head -1 "$T/api-report.csv"; grep '^members' "$T/api-report.csv"; }) \
  members
as boss GET "/api/v1/reports/NL?from=2023-01-01&to=2023-12-31" \
  -H "Accept: $XLSX"
headers_have "the report with Accept: xlsx" "Content-Type: $XLSX"
refused_http 422 invalid "format: pdf: one of json|csv|xlsx|html|summary" format \
  -- as boss GET "/api/v1/reports/NL?from=2023-01-01&to=2023-12-31&format=pdf"

finish
