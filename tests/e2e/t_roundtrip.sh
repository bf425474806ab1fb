# Import and export (the issue, "Import and export"): what export writes,
# import reads back, byte for byte; files as spreadsheets write them
# import; a bad file is refused whole, with FILE:LINE: column: value:
# reason, and the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"

A=$T/a.db # the original, recorded with commands
B=$T/b.db # a fresh database, filled by import from A's export
C=$T/c.db # a fresh database, filled from files "saved by a spreadsheet"
on() { export CADRE_DB=$1; } # on DB: the database the next commands use
# same_as WHAT FILE: the last output is, byte for byte, FILE.
same_as() {
  if cmp -s "$2" "$T/out"; then pass; else
    fail "$1: $(diff "$2" "$T/out" | grep '^[<>]' | head -4 | tr -s ' \n' ' ')"
  fi
}

# Decomposed input (NFD: a base letter and combining marks), as some
# keyboards and systems produce it, and its composed form (NFC).
KHOI_NFD=$'Kho\xcc\x82\xcc\x81i'      # o + circumflex + acute
KHOI_NFC=$'Kh\xe1\xbb\x91i'           # ố
NGUYEN_NFD=$'Nguye\xcc\x82\xcc\x83n'  # e + circumflex + tilde
NGUYEN_NFC=$'Nguy\xe1\xbb\x85n'       # ễ

# ---- the original database ---------------------------------------------------
on "$A"
ok init
ok org add HT --kind provincial --founded 1930-10-01 \
  --name 'Tỉnh ủy "Hà Tĩnh", khóa XIX'
ok org add HT-CQDN --kind committee --parent HT --sector state_agency \
  --founded 1959-05-10 --name "Đảng bộ $KHOI_NFD Cơ quan và Doanh nghiệp tỉnh"
ok org add CQDN-STC --kind grassroots_committee --parent HT-CQDN \
  --sector state_agency --name "Đảng bộ Sở Tài chính, Kế hoạch"
ok org add STC-1 --kind cell --parent CQDN-STC --name "Chi bộ Văn phòng"
ok org add STC-2 --kind cell --parent CQDN-STC --founded 1999-09-02 \
  --name 'Chi bộ Phòng "Ngân sách"'
ok org add CQDN-SL --kind grassroots_cell --parent HT-CQDN \
  --sector state_enterprise --founded 1995-01-01 \
  --name 'Chi bộ Công ty "Sông Lam", TNHH'
ok org add CQDN-TN --kind grassroots_cell --parent HT-CQDN \
  --sector non_state_enterprise --name "Chi bộ Công ty Cổ phần Thiên Nam"

# name|born|gender|cell|admitted|official|card|ethnicity|religion|hometown|
# education|profession|theory|position|key-cadre
while IFS='|' read -r name born g cell adm off card eth rel home edu prof th \
  pos key; do
  args=(member add --name "$name" --born "$born" --gender "$g" --cell "$cell"
    --admitted "$adm")
  for opt in official:"$off" card:"$card" ethnicity:"$eth" religion:"$rel" \
    hometown:"$home" education:"$edu" profession:"$prof" theory:"$th" \
    position:"$pos"; do
    [ -n "${opt#*:}" ] && args+=(--"${opt%%:*}" "${opt#*:}")
  done
  [ -n "$key" ] && args+=(--key-cadre)
  ok "${args[@]}"
done <<EOF
$NGUYEN_NFD Văn An|1968-04-12|male|STC-1|1995-06-10|1996-06-10|38.001/HT|Kinh|Không|Xã Cẩm Bình, huyện Cẩm Xuyên|Đại học|Kinh tế|advanced|Giám đốc Sở, Bí thư Đảng ủy|yes
Trần Thị "Bé" Bình|1975-09-03|female|STC-1|2001-03-15|2002-03-15|38-001-002|Kinh|Công giáo|Thạch Hà|Thạc sĩ|Tài chính, ngân hàng|intermediate|Phó Giám đốc|
Lò Văn Mạnh|1980-04-14|male|STC-2|2005-04-18|2006-04-18|38001003|Thái||Sơn La|Trung học phổ thông||elementary||
Hà Thị Nga|1999-07-05|female|STC-2|2024-07-08||||||||||
Đinh Văn Tuấn|1950-05-05|male|STC-1|1972-05-10|1973-05-10|A1|Mường|Phật giáo|Nghệ An|Đại học|Kỹ sư điện|none|Cố vấn|yes
Nghiêm Thị Vân|1990-01-01|female|CQDN-SL|2015-01-05|2016-01-05|A2|Kinh||Hà Tĩnh|Cao đẳng|Kế toán|||
O'Brien Nguyễn|1985-05-05|male|CQDN-TN|2010-05-10|2011-05-10|A3|Kinh||"Hà Nội"|Đại học|Luật|intermediate|Luật sư, cố vấn pháp lý|
Châu Văn Việt|1999-01-11|male|CQDN-TN|2025-01-20||A4|Hoa|||Đại học||none||
EOF

# ---- export, import into a fresh database, export again: the same bytes ------
for what in orgs members; do
  ok export $what --format csv
  cp "$T/out" "$T/a.$what.csv"
  ok export $what --format json
  cp "$T/out" "$T/a.$what.json"
done
equal "export members: one row per member" 9 "$(wc -l <"$T/a.members.csv")"

# Text is stored composed (NFC): the decomposed input comes out composed.
for f in a.orgs.csv a.orgs.json; do
  equal "$f: composed" 1 "$(grep -c "$KHOI_NFC" "$T/$f")"
  equal "$f: nothing decomposed" 0 "$(grep -c $'\xcc[\x80-\xbf]' "$T/$f")"
done
for f in a.members.csv a.members.json; do
  equal "$f: composed" 1 "$(grep -c "$NGUYEN_NFC Văn An" "$T/$f")"
  equal "$f: nothing decomposed" 0 "$(grep -c $'\xcc[\x80-\xbf]' "$T/$f")"
done
# RFC 4180: fields with commas or quotes are quoted, quotes doubled.
equal "a quoted name" 1 \
  "$(grep -c '^HT,"Tỉnh ủy ""Hà Tĩnh"", khóa XIX",provincial,,,1930-10-01' \
    "$T/a.orgs.csv")"
equal "a quoted hometown and position" 1 \
  "$(grep -c ',"Xã Cẩm Bình, huyện Cẩm Xuyên",Đại học,Kinh tế,advanced,"Giám đốc Sở, Bí thư Đảng ủy",yes' "$T/a.members.csv")"
equal "quotes doubled" 1 \
  "$(grep -c '^"Trần Thị ""Bé"" Bình",1975-09-03,female,' "$T/a.members.csv")"

# The JSON export carries the same rows as the CSV export.
csv_rows() { # FILE: the rows of a CSV file, fields joined by '|'
  sqlite3 :memory: -cmd ".import --csv '$1' t" -cmd ".separator '|'" \
    "SELECT * FROM t"
}
json_rows() { # FILE: the rows of a JSON export, fields joined by '|'
  sqlite3 :memory: "SELECT (SELECT group_concat(ifnull(j.value, ''), '|')
    FROM json_each(r.value) j) FROM json_each(readfile('$1')) r"
}
for what in orgs members; do
  equal "$what: JSON rows = CSV rows" "$(csv_rows "$T/a.$what.csv")" \
    "$(json_rows "$T/a.$what.json")"
done

on "$B"
ok init
# Imported later than A recorded them: the organisations without a founding
# date keep counting from the day A recorded them (the column recorded).
CADRE_TODAY=2026-09-01 ok import orgs "$T/a.orgs.csv"
equal "import orgs: what it did" \
  "imported 7 organisations from $T/a.orgs.csv" "$ERR"
ok import members "$T/a.members.csv"
equal "import members: what it did" \
  "imported 8 members from $T/a.members.csv" "$ERR"
for what in orgs members; do
  for format in csv json; do
    ok export $what --format $format
    same_as "export $what --format $format again" "$T/a.$what.$format"
  done
done
# ... and so do the listings.
for cmd in "org list --format csv" "member list --format csv" \
  "member list --under CQDN-STC --at 2025-06-30 --format json"; do
  on "$A"
  ok $cmd
  cp "$T/out" "$T/listing"
  on "$B"
  ok $cmd
  same_as "cadre $cmd after the round trip" "$T/listing"
done

# Reports on the imported database equal the original's, for the present
# and for the past that the registers record.
for org in HT HT-CQDN CQDN-STC CQDN-SL STC-2; do
  for period in "2025-01-01 2025-12-31" "1995-01-01 2005-12-31" \
    "2025-06-30 2025-06-30" "2000-01-01 2000-12-31"; do
    set -- $period
    for format in json csv text; do
      on "$A"
      ok report $org --from $1 --to $2 --format $format
      cp "$T/out" "$T/report"
      on "$B"
      ok report $org --from $1 --to $2 --format $format
      same_as "report $org $1..$2 $format after the round trip" \
        "$T/report"
    done
  done
done
ok check
equal "check after import" ok "$OUT"

# ---- files as spreadsheets save them -----------------------------------------
# A byte order mark, CRLF line ends, the columns in another order, a
# parent after its children, "x" for yes, a blank line, no newline after
# the last row; text decomposed.
crlf() { sed 's/$/\r/'; }
{
  printf '\xef\xbb\xbf'
  crlf <<EOF
kind,name,founded,code,sector,parent,decision
cell,Chi bộ Văn phòng,,STC-1,,CQDN-STC,
cell,"Chi bộ Phòng ""Ngân sách""",1999-09-02,STC-2,,CQDN-STC,12-QĐ/ĐU
grassroots_committee,"Đảng bộ Sở Tài chính, Kế hoạch",,CQDN-STC,state_agency,HT-CQDN,
committee,Đảng bộ $KHOI_NFD Cơ quan và Doanh nghiệp tỉnh,1959-05-10,HT-CQDN,state_agency,HT,
provincial,"Tỉnh ủy ""Hà Tĩnh"", khóa XIX",1930-10-01,HT,,,

EOF
} >"$T/orgs.csv"
{
  printf '\xef\xbb\xbf'
  crlf <<EOF
key-cadre,theory,card,name,gender,born,admitted,official,cell,hometown
x,advanced,38.001/HT,$NGUYEN_NFD Văn An,male,1968-04-12,1995-06-10,1996-06-10,STC-1,"Xã Cẩm Bình, huyện Cẩm Xuyên"
,,,Hà Thị Nga,female,1999-07-05,2024-07-08,,STC-2,
EOF
  printf 'No,none,B7,"Võ Thị ""Út""",female,2000-02-29,2019-03-01,2020-03-01,STC-2,'
} >"$T/members.csv"
on "$C"
ok init
ok import orgs "$T/orgs.csv"
ok import members "$T/members.csv"
ok export orgs
equal "spreadsheet orgs, exported" \
  "$(printf '%s\r\n' 'code,name,kind,parent,sector,founded,recorded' \
    'HT,"Tỉnh ủy ""Hà Tĩnh"", khóa XIX",provincial,,,1930-10-01,' \
    "HT-CQDN,Đảng bộ $KHOI_NFC Cơ quan và Doanh nghiệp tỉnh,committee,HT,state_agency,1959-05-10," \
    'CQDN-STC,"Đảng bộ Sở Tài chính, Kế hoạch",grassroots_committee,HT-CQDN,state_agency,,2026-06-30' \
    'STC-1,Chi bộ Văn phòng,cell,CQDN-STC,,,2026-06-30' \
    'STC-2,"Chi bộ Phòng ""Ngân sách""",cell,CQDN-STC,,1999-09-02,')" \
  "$(cat "$T/out")"
ok export members
equal "spreadsheet members, exported" \
  "$(printf '%s\r\n' 'name,born,gender,cell,admitted,official,card,ethnicity,religion,hometown,education,profession,theory,position,key-cadre,manager,over-60-approved-by' \
    "$NGUYEN_NFC Văn An,1968-04-12,male,STC-1,1995-06-10,1996-06-10,38.001/HT,,,\"Xã Cẩm Bình, huyện Cẩm Xuyên\",,,advanced,,yes,," \
    'Hà Thị Nga,1999-07-05,female,STC-2,2024-07-08,,,,,,,,,,,,' \
    '"Võ Thị ""Út""",2000-02-29,female,STC-2,2019-03-01,2020-03-01,B7,,,,,,none,,,,')" \
  "$(cat "$T/out")"
ok org show STC-2 --format json
equal "the decision column is read" 12-QĐ/ĐU "$(json history[0].decision)"

# ---- refusals: the header ----------------------------------------------------
# on B, which holds the round trip; `refused` checks it is left unchanged.
on "$B"
bad() { printf "$2" >"$T/$1"; } # bad NAME CONTENT: writes a bad file
bad h1.csv '\xef\xbb\xbfcode,name,kind,colour\r\nX,X,cell,red\r\n'
refused 1 "h1.csv:1: colour: unknown column (the columns are code, name, kind, parent, sector, founded, decision, recorded)" \
  import orgs "$T/h1.csv"
bad h2.csv 'code,kind,parent\nX,cell,STC-1\n'
refused 1 "h2.csv:1: the column name is required" import orgs "$T/h2.csv"
bad h3.csv 'name,born,gender,cell,admitted,born\nA,1980-01-01,male,STC-1,2000-01-01,1980-01-01\n'
refused 1 "h3.csv:1: born: the column is named twice" \
  import members "$T/h3.csv"
bad h4.csv 'name,born,gender,admitted\n'
refused 1 "h4.csv:1: the column cell is required" import members "$T/h4.csv"
bad h5.csv 'name,born,gender,cell,admitted,rank\n'
refused 1 "h5.csv:1: rank: unknown column" import members "$T/h5.csv"
bad h6.csv ''
refused 1 "h6.csv: the file is empty (a header row is needed)" \
  import members "$T/h6.csv"

# ---- refusals: the first bad row, FILE:LINE: column: value: reason -----------
# Good rows come first: nothing of them may stay.
good='name,born,gender,cell,admitted,card\nGood One,1980-01-01,male,STC-1,2000-01-01,G1\nGood Two,1981-01-01,female,STC-2,2001-01-01,G2\n'
bad r1.csv "${good}Bad Date,1980-02-30,male,STC-1,2000-01-01,G3\n"
refused 1 "r1.csv:4: born: 1980-02-30: no such day" import members "$T/r1.csv"
bad r2.csv "${good}Bad Gender,1980-02-03,nam,STC-1,2000-01-01,G3\n"
refused 1 "r2.csv:4: gender: nam: female or male" import members "$T/r2.csv"
bad r3.csv "${good}No Cell,1980-02-03,male,STC-9,2000-01-01,G3\n"
refused 1 "r3.csv:4: cell: STC-9: no organisation has this code" \
  import members "$T/r3.csv"
# A card held by a member of the database, and one twice in the file.
bad r4.csv "${good}Same Card,1980-02-03,male,STC-1,2000-01-01,A1\n"
refused 1 "r4.csv:4: card: A1: another member holds this party card number" \
  import members "$T/r4.csv"
bad r5.csv "${good}Same Card,1980-02-03,male,STC-1,2000-01-01,G2\n"
refused 1 "r5.csv:4: card: G2: another member holds this party card number" \
  import members "$T/r5.csv"
# A quote error: the column and the value are named like any bad value.
bad r6.csv "${good}\"Bad\"Quote,1980-02-03,male,STC-1,2000-01-01,G3\n"
refused 1 'r6.csv:4: name: "Bad"Quote' import members "$T/r6.csv"
bad r7.csv "${good}Bad \"Quote,1980-02-03,male,STC-1,2000-01-01,G3\n"
refused 1 'r7.csv:4: name: Bad "Quote' import members "$T/r7.csv"
# An unterminated quote: the line where the record began.
bad r8.csv "${good}\"Open,1980-02-03,male,STC-1,2000-01-01,G3\nMore,1980-02-03,male,STC-1,2000-01-01,G4\n"
refused 1 "r8.csv:4: malformed CSV: unterminated quoted field" \
  import members "$T/r8.csv"
# A quoted field may span lines; a name may not hold a line break (text is
# refused with control characters): the record's first line is named.
bad r9.csv "${good}\"Two\nLines\",1980-02-03,male,STC-1,2000-01-01,G3\nAfter,1980-02-03,male,STC-1,2000-01-01,G4\n"
refused 1 "r9.csv:4: name: control character in text" \
  import members "$T/r9.csv"
# A value in a column the header does not name is not silently dropped
# (on a copy: should it be imported, the rest would not be on B).
cp "$B" "$T/copy.db"
on "$T/copy.db"
bad r11.csv "${good}Extra,1980-02-03,male,STC-1,2000-01-01,G3,surplus\n"
refused 1 "r11.csv:4:" import members "$T/r11.csv"
on "$B"
# Rules of the domain, as for `member add`.
bad r12.csv "${good}Too Young,2010-02-03,male,STC-1,2025-01-01,G3\n"
refused 1 "r12.csv:4: cannot register Too Young on 2025-01-01: born 2010-02-03" \
  import members "$T/r12.csv"
bad r13.csv "${good}Early,1980-02-03,male,STC-1,2000-01-01,G3,2000-06-01\n"
sed -i '1s/card/card,official/' "$T/r13.csv"
refused 1 "r13.csv:4: cannot register Early as official on 2000-06-01" \
  import members "$T/r13.csv"
bad r14.csv "${good}Key,1980-02-03,male,STC-1,2000-01-01,G3,maybe\n"
sed -i '1s/card/card,key-cadre/' "$T/r14.csv"
refused 1 "r14.csv:4: key-cadre: maybe: yes or no (or empty)" \
  import members "$T/r14.csv"
# Organisations.
goodo='code,name,kind,parent\nN1,Mới 1,grassroots_cell,HT-CQDN\n'
bad o1.csv "${goodo}N2,Mới 2,kell,HT-CQDN\n"
refused 1 "o1.csv:3: kind: kell: not a kind of organisation" \
  import orgs "$T/o1.csv"
bad o2.csv "${goodo}N2,Mới 2,grassroots_cell,NOPE\n"
refused 1 "o2.csv:3: parent: NOPE: no organisation has this code" \
  import orgs "$T/o2.csv"
bad o3.csv "${goodo}N1,Mới 2,grassroots_cell,HT-CQDN\n"
refused 1 "o3.csv:3: code: N1: already the code of an organisation (Mới 1)" \
  import orgs "$T/o3.csv"
bad o4.csv "${goodo}N2,Mới 2,cell,HT-CQDN\n"
refused 1 "o4.csv:3: cannot place N2 (cell) under HT-CQDN (committee)" \
  import orgs "$T/o4.csv"
bad o5.csv "${goodo}N2,Mới 2,cell,N3\nN3,Mới 3,cell,N2\n"
refused 1 "the organisations of this file are each other's superiors" \
  import orgs "$T/o5.csv"
bad o6.csv 'code,name,kind,founded\nN2,Mới 2,provincial,2025-02-30\n'
refused 1 "o6.csv:2: founded: 2025-02-30: no such day" import orgs "$T/o6.csv"
bad o7.csv 'code,name,kind,founded,recorded\nN2,Mới 2,provincial,2025-01-01,2025-02-01\n'
refused 1 "o7.csv:2: recorded: 2025-02-01: only an organisation without a founding date counts from the day it was recorded" \
  import orgs "$T/o7.csv"
bad o8.csv 'code,name,kind,recorded\nN2,Mới 2,provincial,2026-07-01\n'
refused 1 "o8.csv:2: recorded: 2026-07-01: a date in the future (today is 2026-06-30)" import orgs "$T/o8.csv"

# Still exactly the round trip.
ok export members
same_as "no trace of the refused imports" "$T/a.members.csv"

# ---- any database cadre can hold: the demo's ----------------------------------
# A year of moves, mergers, transfers, deaths and historic registers (cells
# founded after their members' admission, a member admitted over 60 with
# the approval above the cell): its export, imported into an empty
# database, exports again byte for byte.
on "$T/demo.db"
ok demo
ok member add --name "Già Sổ" --born 1940-01-01 --gender male \
  --cell CQDN-01-1 --admitted 2001-03-01 --official 2002-03-01 \
  --over-60-approved-by NL
for what in orgs members; do
  for format in csv json; do
    ok export $what --format $format
    cp "$T/out" "$T/demo.$what.$format"
  done
done
has "the approval is exported" "$(cat "$T/demo.members.csv")" \
  "Già Sổ,1940-01-01,male,CQDN-01-1,2001-03-01,2002-03-01,,,,,,,,,,,NL"
on "$T/demo2.db"
ok init
ok import orgs "$T/demo.orgs.csv"
ok import members "$T/demo.members.csv"
for what in orgs members; do
  for format in csv json; do
    ok export $what --format $format
    same_as "demo: export $what ($format) after import" "$T/demo.$what.$format"
  done
done
ok check

finish
