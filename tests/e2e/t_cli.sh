# The command line as a tool: help from the one command table, the version,
# usage errors apart from refusals, the documented exit codes, the database
# errors that leave a file untouched, the man page, tables aligned for
# Vietnamese text, CSV and JSON that parse, and where the database is found.
. "$(dirname "$0")/lib.sh"

# sql QUERY: sqlite3 on an in-memory database; readfile('$T/out') reads the
# last output.
sql() { sqlite3 :memory: "$1"; }
digest() { sha256sum "$1" | cut -d' ' -f1; }

ok init

# ---- help: overview, noun and command help come from the command table --

ok help
overview=$OUT
has "help" "$OUT" "Usage: cadre [--db FILE] [--lang TAG] COMMAND [ARGS] [OPTIONS]"
has "help" "$OUT" "org move"
has "help" "$OUT" "move an organisation, with all below it, to another superior"
has "help" "$OUT" "member badges"
has "help" "$OUT" "who reaches a party-badge milestone in a period"
ok --help
equal "cadre --help is cadre help" "$overview" "$OUT"
# Every command of the reference (also written from the table) is listed.
ok help --markdown
missing=""
while IFS= read -r cmd; do
  [[ "$overview" == *"  $cmd  "* ]] || missing="$missing [$cmd]"
done < <(sed -n 's/^### `cadre \(.*\)`$/\1/p' "$T/out")
equal "commands of the reference missing from help" "" "$missing"
ncommands=$(grep -c '^### `cadre ' "$T/out")
equal "commands in help and in the reference" "$ncommands" \
  "$(sed -n '/^Commands:/,/^$/p' <<<"$overview" | grep -c '^  [a-z]')"

ok org --help
noun=$OUT
has "org --help" "$OUT" "Usage: cadre org VERB [ARGS] [OPTIONS]"
has "org --help" "$OUT" "org merge"
has "org --help" "$OUT" "merge organisations into another"
has "org --help" "$OUT" "org dissolve"
lacks "org --help" "$OUT" "member add"
ok help org
equal "help org is org --help" "$noun" "$OUT"
ok member --help
has "member --help" "$OUT" "member readmit"
has "member --help" "$OUT" "readmit a former member (once, after 36 months out)"

ok org add --help
verb=$OUT
has "org add --help" "$OUT" "Usage: cadre org add CODE --name NAME --kind KIND [--parent CODE] [--sector SECTOR] [--founded DATE] [--decision NO]"
has "org add --help" "$OUT" "found an organisation"
has "org add --help" "$OUT" "the superior organisation"
has "org add --help" "$OUT" "grassroots_committee, grassroots_cell, sub_committee or cell"
has "org add --help" "$OUT" "--db FILE"
ok help org add
equal "help org add is org add --help" "$verb" "$OUT"
ok member admit --help
has "member admit --help" "$OUT" "--over-60-approved-by CODE"
has "member admit --help" "$OUT" "The person must be 18 to 60 full years old"
ok report --help
has "report --help" "$OUT" "Usage: cadre report CODE --from DATE --to DATE"
# --help needs neither the required options nor a database.
ok --db "$T/none.db" org move --help
has "org move --help" "$OUT" "Usage: cadre org move CODE --to CODE --date DATE"
equal "--help created no database" no "$([ -e "$T/none.db" ] && echo yes || echo no)"
# A noun alone, or nothing at all, is a usage error: the help goes to stderr.
refused 2 "Usage: cadre org VERB" org
refused 2 "Usage: cadre [--db FILE] [--lang TAG] COMMAND"

# ---- the version ------------------------------------------------------------

ok --version
version=$OUT
if [[ "$OUT" =~ ^cadre\ [0-9]+\.[0-9]+\.[0-9]+\ \(schema\ version\ [0-9]+,\ SQLite\ 3\.[0-9.]+\)$ ]]; then
  pass
else
  fail "--version: $OUT"
fi
ok version
equal "cadre version is cadre --version" "$version" "$OUT"

# ---- usage errors: exit 2, a message naming what is wrong, nothing done ---

refused 2 "frob: no such command (see cadre help)" frob
refused 2 "org frob: no such command (see cadre org --help)" org frob
refused 2 "org list: unknown option --frob (see cadre org list --help)" \
  org list --frob
refused 2 "unknown option --frob (see cadre help)" --frob org list
refused 2 "option --db needs a value (FILE)" --db
# A single-word command is named without a stray space.
refused 2 "init: unknown option --x (see cadre init --help)" init --x
refused 2 "org add: --name NAME is required" org add X --kind cell
refused 2 "org move: --date DATE is required" org move X --to Y
refused 2 "member admit: --cell CODE is required" \
  member admit --name A --born 1990-01-01 --gender male --date 2026-01-01
refused 2 "option --name needs a value (NAME)" org add X --kind cell --name
refused 2 "option --key-cadre takes no value" \
  member add --name A --born 1980-01-01 --gender male --cell C \
  --admitted 2000-01-01 --key-cadre=yes
refused 2 "option --at is given twice" \
  org list --at 2020-01-01 --at=2020-01-02
refused 2 "option --name is given twice" \
  org add X --name A --kind cell --name B
refused 2 "usage: cadre org show CODE" org show
refused 2 "usage: cadre org show CODE" org show A B
refused 2 "usage: cadre member transfer ID" member transfer --to C --date 2026-01-01
refused 2 "usage: cadre member find TEXT" member find nguyen van
refused 2 "usage: cadre org merge CODE..." org merge --into X --date 2026-01-01
refused 2 "usage: cadre version" version extra
equal "usage of a command without arguments" "cadre: usage: cadre version" "$ERR"
refused 2 "format: xml: one of table|csv|json" org list --format xml
refused 2 "format: table: one of csv|json" export orgs --format table
refused 2 "help: no such command: frob" help frob
refused 2 "help: no such command: org frob" help org frob
refused 2 "member transfer: --temporary needs --until DATE" \
  member transfer 1 --to C --date 2026-01-01 --temporary
refused 2 "member transfer: --until and --studies go with --temporary" \
  member transfer 1 --to C --date 2026-01-01 --until 2026-06-01
# After --, what looks like an option is an argument.
refused 1 "org: --x: no organisation has this code" org show -- --x

# ---- exit codes are documented in the help and the man page ---------------

ok help --markdown
has "reference: exit codes" "$OUT" "## Exit codes"
has "reference: exit 0" "$OUT" "| 0 | done |"
has "reference: exit 1" "$OUT" "| 1 | refused:"
has "reference: exit 2" "$OUT" "| 2 | usage:"
has "reference: exit 3" "$OUT" "| 3 | the database or the file system failed"
ok help --man
has "man: exit status" "$OUT" ".SH EXIT STATUS"
for code in 0 1 2 3; do
  has "man: exit $code" "$OUT" $'\n'".B $code"$'\n'
done
# A refusal exits 1, whatever the command.
refused 1 "org: NOPE: no organisation has this code" org show NOPE

# ---- database errors: exit 3, and the file left exactly as it was --------

# A missing file is named, and not created by a reading or a writing command.
run --db "$T/missing.db" org list
equal "missing database: exit" 3 "$RC"
has "missing database" "$ERR" "no database at $T/missing.db"
has "missing database" "$ERR" "cadre init"
run --db "$T/missing.db" org add X --name X --kind central
equal "missing database, writing: exit" 3 "$RC"
equal "missing database not created" no \
  "$([ -e "$T/missing.db" ] && echo yes || echo no)"

# A database of another application.
sqlite3 "$T/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
before=$(digest "$T/other.db")
for cmd in "org list" "org add X --name X --kind central" init; do
  run --db "$T/other.db" $cmd
  equal "other application's database ($cmd): exit" 3 "$RC"
  has "other application's database ($cmd)" "$ERR" \
    "$T/other.db is not a cadre database"
  has "other application's database ($cmd)" "$ERR" "left untouched"
done
equal "other application's database unchanged" "$before" \
  "$(digest "$T/other.db")"
equal "other application's database: no journal left" "" \
  "$(ls "$T" | grep '^other\.db-' || true)"

# A file that is not a database at all.
printf 'code,name\nHT,Hà Tĩnh\n' >"$T/text.db"
before=$(digest "$T/text.db")
for cmd in "org list" "member add --name A --born 1980-01-01 --gender male --cell C --admitted 2000-01-01" init; do
  run --db "$T/text.db" $cmd
  equal "not a database ($cmd): exit" 3 "$RC"
  has "not a database ($cmd)" "$ERR" "$T/text.db is not a usable database"
done
equal "not a database: unchanged" "$before" "$(digest "$T/text.db")"

# A database written by a newer cadre: refused, never touched, not even
# brought into step by init.
ok --db "$T/newer.db" init
ok --db "$T/newer.db" org add TW --name "Trung ương" --kind central
sqlite3 "$T/newer.db" "PRAGMA user_version = 99"
before=$(digest "$T/newer.db")
for cmd in "org list" "org show TW" "org add HT --name Hà --kind provincial --parent TW" init check; do
  run --db "$T/newer.db" $cmd
  equal "newer database ($cmd): exit" 3 "$RC"
  has "newer database ($cmd)" "$ERR" \
    "$T/newer.db was written by a newer cadre (schema version 99;"
  has "newer database ($cmd)" "$ERR" "left untouched"
  equal "newer database ($cmd): nothing on stdout" "" "$OUT"
done
equal "newer database unchanged, byte for byte" "$before" \
  "$(digest "$T/newer.db")"
equal "newer database: user_version kept" 99 \
  "$(sqlite3 "$T/newer.db" 'PRAGMA user_version')"

# ---- the man page is valid roff, written from the same table -------------

ok help --man
cp "$T/out" "$T/cadre.1"
has "man" "$OUT" ".TH CADRE 1"
for section in NAME SYNOPSIS DESCRIPTION COMMANDS ENVIRONMENT "EXIT STATUS"; do
  has "man: section $section" "$OUT" ".SH $section"
done
has "man: a command" "$OUT" '.SS "cadre org move CODE \-\-to CODE \-\-date DATE'
has "man: CADRE_DB" "$OUT" $'.B CADRE_DB\n'
equal "man: one .SS per command" "$ncommands" "$(grep -c '^\.SS ' "$T/cadre.1")"
# Every request line is one the man macros know; text never starts a line
# with a dot or a quote.
equal "man: unknown requests" "" \
  "$(grep -E "^[.']" "$T/cadre.1" | grep -vE '^\.(TH|SH|SS|TP|PP|B|I) ?' || true)"
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww -z "$T/cadre.1" 2>"$T/roff.err"
  equal "groff: exit" 0 "$?"
  equal "groff: warnings" "" "$(cat "$T/roff.err")"
elif command -v man >/dev/null; then
  equal "man -l: warnings" "" \
    "$(MANWIDTH=80 man --warnings -l "$T/cadre.1" 2>&1 >/dev/null)"
fi
if command -v man >/dev/null; then
  page=$(MANWIDTH=80 man -l "$T/cadre.1" 2>/dev/null)
  has "man -l: rendered" "$page" "cadre org merge CODE... --into CODE --date DATE"
fi

# ---- tables align Vietnamese text by display width, not bytes ------------

ok org add TW --name "Ban Chấp hành Trung ương" --kind central --founded 1930-02-03
ok org add HT --name "Tỉnh ủy Hà Tĩnh" --kind provincial --parent TW --founded 1930-08-01
ok org add HT-CQDN --name "Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh" \
  --kind committee --parent HT --founded 1959-05-10 --sector state_agency
ok org add STC --name "Đảng bộ Sở Tài chính" --kind grassroots_committee \
  --parent HT-CQDN --founded 1990-01-01
ok org add VP --name "Chi bộ Văn phòng" --kind cell --parent STC --founded 1990-01-01
ok org add OFFICE --name "Office cell" --kind cell --parent STC --founded 1990-01-01
ok org add BAO --name 'Chi bộ "Báo Hà Tĩnh", cơ sở' --kind grassroots_cell \
  --parent HT-CQDN --founded 2000-01-01
ok member add --name "Nguyễn Văn An" --born 1980-05-01 --gender male \
  --cell VP --admitted 2005-01-01 --official 2006-01-01 --card 0001
ok member add --name "Đặng Thị Bình" --born 1985-05-01 --gender female \
  --cell VP --admitted 2010-01-01 --official 2011-01-01
ok member add --name "Le Van Cuong" --born 1970-05-01 --gender male \
  --cell OFFICE --admitted 2000-01-01 --official 2001-01-01 --card 99-X

# aligned WHAT HEADER TABLE: on every row after the header and its rule,
# the column under HEADER starts at the same character as the header, after
# a space. Counted in characters (a UTF-8 locale), not bytes.
aligned() {
  local LC_ALL=C.UTF-8
  local what=$1 word=$2 table=$3 head before pos line n=0 bad=""
  head=${table%%$'\n'*}
  before=${head%%"$word"*}
  pos=${#before}
  while IFS= read -r line; do
    n=$((n + 1))
    [ "$n" -le 2 ] && continue
    if [ "${line:pos-1:1}" != " " ] || [ "${line:pos:1}" == " " ]; then
      bad="$bad [$line]"
    fi
  done <<<"$table"
  if [ "$n" -gt 2 ] && [ -z "$bad" ]; then
    pass
  else
    fail "$what: column '$word' (character $pos) not aligned:$bad"
  fi
}
ok org list
aligned "org list" Kind "$OUT"
aligned "org list" Name "$OUT"
# The names differ in bytes per character, so byte alignment would not do.
has "org list" "$OUT" "Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh  committee"
has "org list" "$OUT" "Office cell                                    cell"
ok member list
aligned "member list" Gender "$OUT"
aligned "member list" Born "$OUT"
ok org show STC
aligned "org show: children" name "$(sed -n '/^Directly below/,/^$/p' "$T/out" | sed '1d;/^$/d')"

# ---- --format csv and json parse, Vietnamese, quotes and commas intact --

ok org list --format csv
equal "org list csv: rows" 7 "$(csv "SELECT count(*) FROM t;")"
equal "org list csv: quoted name" 'Chi bộ "Báo Hà Tĩnh", cơ sở' \
  "$(csv "SELECT name FROM t WHERE code = 'BAO';")"
equal "org list csv: columns" "code,name,kind,parent,sector,founded" \
  "$(head -1 "$T/out" | tr -d '\r')"
equal "org list csv: a row" \
  "HT-CQDN|Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh|committee|HT|state_agency|1959-05-10" \
  "$(csv "SELECT code, name, kind, parent, sector, founded FROM t
           WHERE code = 'HT-CQDN';")"
# CSV ends its records, the header's too, with CRLF (RFC 4180).
equal "org list csv: CRLF" 8 "$(grep -c $'\r$' "$T/out")"

ok org list --format json
equal "org list json: valid" 1 "$(sql "SELECT json_valid(readfile('$T/out'))")"
equal "org list json: rows" 7 \
  "$(sql "SELECT json_array_length(readfile('$T/out'))")"
equal "org list json: quoted name" 'Chi bộ "Báo Hà Tĩnh", cơ sở' \
  "$(sql "SELECT json_extract(value, '\$.name') FROM json_each(readfile('$T/out'))
          WHERE json_extract(value, '\$.code') = 'BAO'")"
equal "org list json: no sector is null" null \
  "$(sql "SELECT json_type(value, '\$.sector') FROM json_each(readfile('$T/out'))
          WHERE json_extract(value, '\$.code') = 'TW'")"

ok member list --format json
equal "member list json: valid" 1 "$(sql "SELECT json_valid(readfile('$T/out'))")"
equal "member list json: ids are numbers, cards text" \
  "integer|text|Nguyễn Văn An" \
  "$(sql "SELECT json_type(value, '\$.id'), json_type(value, '\$.card'),
                 json_extract(value, '\$.name')
          FROM json_each(readfile('$T/out'))
          WHERE json_extract(value, '\$.card') = '0001'")"
ok member list --format csv
equal "member list csv: rows" 3 "$(csv "SELECT count(*) FROM t;")"
equal "member list csv: a row" "2||Đặng Thị Bình|female|official|VP" \
  "$(csv "SELECT id, card, name, gender, status, cell FROM t WHERE card = '';")"
# An empty listing is still a valid document.
ok member list --under BAO --format json
equal "empty json" 0 "$(sql "SELECT json_array_length(readfile('$T/out'))")"
ok member list --under BAO --format csv
equal "empty csv: the header only" "id,card,name,gender,born,status,cell,admitted,official" \
  "$(tr -d '\r' <"$T/out")"
ok member find "nguyen van an" --format json
equal "member find json" "Nguyễn Văn An" \
  "$(sql "SELECT json_extract(readfile('$T/out'), '\$[0].name')")"

# ---- where the database is: --db before or after the command, CADRE_DB --

ok --db "$T/second.db" init
ok org add SECOND --name "Thứ hai" --kind central --db "$T/second.db"
ok --db="$T/second.db" org list --format csv
has "--db= before the command" "$OUT" "SECOND,Thứ hai,central"
ok org list --db="$T/second.db" --format csv
has "--db= after the command" "$OUT" "SECOND,Thứ hai"
ok org list --format csv
lacks "CADRE_DB is the default" "$OUT" "SECOND"
has "CADRE_DB is the default" "$OUT" "HT-CQDN"
CADRE_DB="$T/second.db" ok org list --format csv
has "CADRE_DB names the database" "$OUT" "SECOND"
lacks "CADRE_DB names the database" "$OUT" "HT-CQDN"
# --db wins over CADRE_DB.
CADRE_DB="$T/second.db" ok --db "$T/test.db" org list --format csv
has "--db over CADRE_DB" "$OUT" "HT-CQDN"
# With neither, ./cadre.db.
mkdir "$T/cwd"
bin=$(cd "$(dirname "$CADRE")" && pwd)/$(basename "$CADRE")
(cd "$T/cwd" && env -u CADRE_DB "$bin" init 2>/dev/null)
equal "default ./cadre.db created by init" yes \
  "$([ -s "$T/cwd/cadre.db" ] && echo yes || echo no)"
(cd "$T/cwd" && env -u CADRE_DB "$bin" org add HERE --name "Ở đây" --kind central)
equal "default ./cadre.db used" "HERE" \
  "$(sqlite3 "$T/cwd/cadre.db" "SELECT code FROM org")"

# ---- streams: results on stdout, messages on stderr ----------------------

ok --db "$T/third.db" init
equal "init prints nothing on stdout" "" "$OUT"
has "init says so on stderr" "$ERR" "created cadre database $T/third.db"
ok --db "$T/third.db" init
has "init again" "$ERR" "cadre database is ready: $T/third.db"
ok org add CELL1 --name "Chi bộ Một" --kind grassroots_cell
equal "org add prints nothing" "" "$OUT$ERR"

# Every option has a type (app/field.c), checked before the command runs:
# a value it does not take is refused as the API refuses it, naming the
# field and not the option, and the database is left as it was.
refused 1 "cadre: parent: CELL 1: an organisation's code" \
  org add X --name X --kind cell --parent "CELL 1"
refused 1 "cadre: kind: kell: one of central, provincial" \
  org add X --name X --kind kell
refused 1 "cadre: delegates: 7x: a whole number from 0 to 1000000" \
  conference add --host CELL1 --date 2025-01-01 --kind review --theme t \
  --delegates 7x
refused 1 "cadre: years: 35: one of 30, 40, 45" \
  award add --org CELL1 --kind badge --title t --by CELL1 \
  --date 2025-01-01 --years 35
refused 1 "cadre: session-idle: 0: a whole number of seconds from 1 to 86400" \
  serve --session-idle 0
# Help shows the choices and ranges from the same types.
ok org add --help
has "help: the kinds from core" "$OUT" \
  "the kind of organisation (one of central, provincial, committee,"
ok conference add --help
has "help: a number's range" "$OUT" \
  "delegates attending (a whole number from 0 to 1000000)"

finish
