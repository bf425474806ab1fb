# Listings in the reader's language (issue 8, items 4 and 1): a table's
# header and a workbook's in the catalog's labels, counts, amounts and
# dates as the language writes them; CSV and JSON the same whatever the
# language; dates typed D/M/YYYY as well as ISO, in options and imports;
# meeting show --sort.
here=$(dirname "$0")
. "$here/lib.sh"
PO="$here/../../po/vi.po"
PY=/usr/bin/python3

# tr_vi MSGID: its translation in po/vi.po (an entry without a context).
tr_vi() {
  awk -v id="$1" '
    /^msgctxt / { ctx = 1; next }
    /^msgid / { m = $0 == "msgid \"" id "\"" && !ctx; ctx = 0; next }
    m && /^msgstr / { sub(/^msgstr "/, ""); sub(/"$/, ""); print; exit }' "$PO"
}
# grouped SEP N: N's digits in groups of three, separated by SEP.
grouped() { sed -E ":a;s/^([0-9]+)([0-9]{3})/\\1$1\\2/;ta" <<<"$2"; }
# dmy YYYY-MM-DD: DD/MM/YYYY.
dmy() { sed -E 's#^([0-9]{4})-([0-9]{2})-([0-9]{2})$#\3/\2/\1#' <<<"$1"; }
# header: the first line of the last table, its columns split on runs of
# two spaces or more, joined by "|".
header() { head -1 "$T/out" | sed -E 's/  +/|/g; s/^\|//'; }

export CADRE_TODAY=2026-11-27
ok demo

# ---- a listing with an amount of thousands -------------------------------
ok fund list --format csv
row=$(csv "SELECT id || '|' || date || '|' || amount FROM t
           WHERE CAST(amount AS INTEGER) >= 1000 LIMIT 1")
IFS='|' read -r fid fdate famount <<<"$row"
[ -n "$famount" ] && pass || fail "no fund of 1,000 or more in the demo"
ok fund list
equal "fund list: the English header" \
  "ID|Date|Organisation|Campaign|Amount|Note" "$(header)"
line=$(grep -E "^ *$fid  " "$T/out")
has "fund list: the amount grouped" "$line" "$(grouped , "$famount")"
has "fund list: the date ISO" "$line" "$fdate"
ok --lang vi fund list
want=""
for l in ID Date Organisation Campaign Amount Note; do
  v=$(tr_vi "$l")
  [ -n "$v" ] && [ "$v" != "$l" ] && pass || fail "vi.po: no label for $l"
  want+="${want:+|}$v"
done
equal "fund list --lang vi: the header from vi.po" "$want" "$(header)"
line=$(grep -E "^ *$fid  " "$T/out")
has "fund list --lang vi: the amount" "$line" "$(grouped . "$famount")"
has "fund list --lang vi: the date" "$line" "$(dmy "$fdate")"
lacks "fund list --lang vi: no ISO date" "$line" "$fdate"
# The language of the environment does the same as --lang.
CADRE_LANG=vi run fund list
equal "CADRE_LANG=vi: the header" "$want" "$(header)"

# ---- machines read the same whatever the language ------------------------
for args in "fund list --format csv" "fund list --format json" \
  "member list --format csv" "member list --format json" \
  "meeting list --format json"; do
  read -ra words <<<"$args"
  ok "${words[@]}"
  cp "$T/out" "$T/en"
  ok --lang vi "${words[@]}"
  if cmp -s "$T/en" "$T/out"; then pass; else
    fail "$args: differs with --lang vi"
  fi
done
ok member list --format csv
has "CSV: the columns' names" "$OUT" "id,card,name,gender,born,status"

# ---- dates of a member listing -----------------------------------------------
ok member list --format csv
IFS='|' read -r mid mborn <<<"$(csv "SELECT id || '|' || born FROM t LIMIT 1")"
ok --lang vi member list
line=$(grep -E "^ *$mid  " "$T/out")
has "member list --lang vi: born" "$line" "$(dmy "$mborn")"
want=""
for l in ID Card Name Gender Born Status Cell Admitted Official; do
  want+="${want:+|}$(tr_vi "$l")"
done
equal "member list --lang vi: the header" "$want" "$(header)"

# ---- the header of a workbook ----------------------------------------------
if "$PY" -c 'import openpyxl' 2>/dev/null; then
  "$CADRE" --lang vi member list --format xlsx >"$T/vi.xlsx"
  got=$("$PY" -c '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
rows = ws.iter_rows(max_row=2, values_only=True)
print("|".join(next(rows)))
born = next(rows)[4]
print(type(born).__name__)' "$T/vi.xlsx")
  equal "xlsx --lang vi: the header from vi.po" "$want" "$(head -1 <<<"$got")"
  equal "xlsx --lang vi: a date stays a date cell" datetime \
    "$(tail -1 <<<"$got")"
  "$CADRE" --lang vi export members --format xlsx >"$T/export.xlsx"
  got=$("$PY" -c '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
print("|".join(next(ws.iter_rows(max_row=1, values_only=True))[:3]))' \
    "$T/export.xlsx")
  equal "an export's sheet keeps the names import reads" "name|born|gender" \
    "$got"
else
  fail "openpyxl is missing (scripts/setup.sh installs python3-openpyxl)"
fi

# ---- dates typed D/M/YYYY ------------------------------------------------------
ok org list --format csv
cell=$(csv "SELECT code FROM t WHERE kind = 'grassroots_cell' LIMIT 1")
ok member add --name "Lê Thị Hoa" --born 7/3/1990 --gender female \
  --cell "$cell" --admitted 27/11/2025
new=$OUT
ok member show "$new" --format json
equal "member add --born 7/3/1990 --admitted 27/11/2025" \
  "1990-03-07|2025-11-27" "$(json born)|$(json admitted)"
# member show: its labels and dates in the language.
ok member show "$new"
has "member show: born, ISO" "$OUT" "female, born 1990-03-07 ("
ok --lang vi member show "$new"
has "member show --lang vi: born" "$OUT" "$(dmy 1990-03-07)"
lacks "member show --lang vi: no ISO date" "$OUT" "1990-03-07"
has "member show --lang vi: admitted, in the history" "$OUT" \
  "$(dmy 2025-11-27)"
hist=$(tr_vi 'History:\\n')
hist=${hist%\\n}
[ -n "$hist" ] && [ "$hist" != History: ] && pass || fail "vi.po: History:"
has "member show --lang vi: the history's heading from vi.po" "$OUT" "$hist"
refused 1 "born: 27/11/90: not a date in the form YYYY-MM-DD or DD/MM/YYYY" \
  member add --name "Lê Văn Nam" --born 27/11/90 --gender male \
  --cell "$cell" --admitted 2025-11-27
refused 1 "born: 1990/11/27: not a date in the form YYYY-MM-DD or DD/MM/YYYY" \
  member add --name "Lê Văn Nam" --born 1990/11/27 --gender male \
  --cell "$cell" --admitted 2025-11-27
refused 1 "born: 31/2/1990: no such day" \
  member add --name "Lê Văn Nam" --born 31/2/1990 --gender male \
  --cell "$cell" --admitted 2025-11-27
printf 'name,born,gender,cell,admitted\nKhổng Thị Nguyệt Ánh,01/12/1988,male,%s,5/6/2025\n' \
  "$cell" >"$T/one.csv"
ok import members "$T/one.csv"
ok member find "Khổng Thị Nguyệt Ánh" --format csv
equal "import: a row's dates D/M/YYYY" "1988-12-01|2025-06-05" \
  "$(csv "SELECT born || '|' || admitted FROM t")"
printf 'name,born,gender,cell,admitted\nPhạm Văn An,1/12/88,male,%s,5/6/2025\n' \
  "$cell" >"$T/bad.csv"
refused 1 "$T/bad.csv:2: born: 1/12/88: not a date in the form YYYY-MM-DD or DD/MM/YYYY" \
  import members "$T/bad.csv"

# ---- meeting show --sort ------------------------------------------------------
# For each of the demo's meetings until one whose order differs: its
# attendance present, members of the cell, in the order member list
# --sort gives the same people.
ok meeting list --format csv
differ=0
for mt in $(csv "SELECT id FROM t ORDER BY CAST(id AS INTEGER) LIMIT 40"); do
  for order in given family; do
    ok meeting show "$mt" --sort "$order" --format json
    sqlite3 :memory: "SELECT json_extract(value, '\$.member')
      FROM json_each(json_extract(readfile('$T/out'), '\$.attendance'))
      WHERE json_extract(value, '\$.present')
        AND NOT json_extract(value, '\$.visitor')" >"$T/shown.$order"
    ok member list --sort "$order" --format csv
    csv "SELECT id FROM t" | grep -Fxf "$T/shown.$order" >"$T/listed.$order"
    if cmp -s "$T/shown.$order" "$T/listed.$order"; then pass; else
      fail "meeting $mt --sort $order: not in member list's order"
    fi
  done
  if ! cmp -s "$T/shown.given" "$T/shown.family"; then
    differ=1
    break
  fi
done
equal "a meeting whose two orders differ" 1 "$differ"
ok meeting show "$mt"
default=$OUT
ok meeting show "$mt" --sort given
equal "meeting show: roster order by default" "$default" "$OUT"
refused 1 "sort: name: one of given or family" meeting show "$mt" --sort name

# Every column of dates in the reader's form, and every header labelled:
# the probation's first day of an overdue member, a user's language.
ok member list --overdue --format csv
probation=$(csv "SELECT probation FROM t LIMIT 1")
ok --lang vi member list --overdue
has "overdue: the probation's day" "$OUT" "$(dmy "$probation")"
ok --lang vi user list
has "user list: the language's label" "$(header)" "|$(tr_vi Language)"

finish
