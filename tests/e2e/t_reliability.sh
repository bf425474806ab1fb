# What the reliability probe found (issue 6): a crash on an import row
# without a cell, exit codes that lie about a committed change, empty
# database names and files, bad environment variables, a read-only
# directory, a tampered schema version, and values echoed raw in refusals.
here=$(dirname "$0")
. "$here/lib.sh"

digest() { sha256sum "$1" | cut -d' ' -f1; }
exists() { [ -e "$1" ] && echo yes || echo no; }

ok init
small_tree

# ---- import members: a row without a cell is refused, not a crash ---------

printf 'name,born,gender,cell,admitted\nA,1980-01-01,male,C1,2000-01-01\nB,1980-01-01,male,,2000-01-01\n' \
  >"$T/nocell.csv"
refused 1 "nocell.csv:3: cell: an organisation code is needed" \
  import members "$T/nocell.csv"
# The column missing from the row's end is the same as empty.
printf 'name,born,gender,admitted,cell\nB,1980-01-01,male,2000-01-01\n' \
  >"$T/short.csv"
refused 1 "short.csv:2: cell: an organisation code is needed" \
  import members "$T/short.csv"
# As the command says it.
refused 1 "cell: an organisation code is needed" member add --name B \
  --born 1980-01-01 --gender male --cell "" --admitted 2000-01-01

# ---- exit codes tell the truth about a change whose output was lost -------

before=$(snapshot)
"$CADRE" member add --name "Lê Văn Út" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2000-01-01 --official 2001-01-01 \
  >/dev/full 2>"$T/err"
equal "committed, output lost: exit" 5 "$?"
has "committed, output lost: message" "$(cat "$T/err")" \
  "the change was made and saved, but its output could not be written"
equal "committed, output lost: the member is there" 1 \
  "$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM member WHERE name = 'Lê Văn Út'")"
# Stdout closed, not full: the same.
"$CADRE" member add --name "Lê Văn Hai" --born 1980-01-01 --gender male \
  --cell C1 --admitted 2000-01-01 --official 2001-01-01 >&- 2>"$T/err"
equal "committed, stdout closed: exit" 5 "$?"
# A command that only reads changed nothing: exit 3, as documented.
before=$(snapshot)
"$CADRE" member list >/dev/full 2>"$T/err"
equal "read, output lost: exit" 3 "$?"
has "read, output lost: message" "$(cat "$T/err")" "cannot write the output"
equal "read, output lost: unchanged" "$before" "$(snapshot)"
ok help --markdown
has "exit 5 documented" "$OUT" "| 5 | the change WAS made and saved"

# ---- the database's name: --db "" and CADRE_DB="" are usage errors --------

mkdir "$T/cwd"
bin=$(cd "$(dirname "$CADRE")" && pwd)/$(basename "$CADRE")
for args in '--db= org list' 'org list --db='; do
  (cd "$T/cwd" && "$bin" $args >/dev/null 2>"$T/err")
  equal "--db '' ($args): exit" 2 "$?"
  has "--db '' ($args)" "$(cat "$T/err")" "option --db: an empty file name"
done
(cd "$T/cwd" && "$bin" --db "" init 2>"$T/err")
equal "--db '' init: exit" 2 "$?"
(cd "$T/cwd" && CADRE_DB= "$bin" init 2>"$T/err")
equal "CADRE_DB='': exit" 2 "$?"
has "CADRE_DB=''" "$(cat "$T/err")" "CADRE_DB: an empty file name"
equal "no ./cadre.db made" "" "$(ls "$T/cwd")"
ok help --markdown
has "CADRE_DB='' documented" "$OUT" "set but empty, it is a usage error"

# ---- an empty file, or one with cadre's mark and no tables, stays as it is

: >"$T/empty.db"
sqlite3 "$T/marked.db" "PRAGMA application_id = 1667327090"
equal "marked file has the mark" 1667327090 \
  "$(sqlite3 "$T/marked.db" 'PRAGMA application_id')"
for f in empty marked; do
  before=$(digest "$T/$f.db")
  for cmd in "org list" "report TW --from 2026-01-01 --to 2026-06-30" \
    "member list" "export members" check \
    "org add X --name X --kind central"; do
    run --db "$T/$f.db" $cmd
    equal "$f file ($cmd): exit" 3 "$RC"
    has "$f file ($cmd)" "$ERR" \
      "$T/$f.db holds no cadre database (it is empty); create one with \`cadre init\`"
  done
  equal "$f file unchanged" "$before" "$(digest "$T/$f.db")"
  equal "$f file: no -wal" no "$(exists "$T/$f.db-wal")"
  # init is the one command that makes a database of it.
  ok --db "$T/$f.db" init
  ok --db "$T/$f.db" org list
done

# ---- the environment is checked like options ---------------------------------

before=$(snapshot)
for v in abc -5 1e3 " 5" 3600001 99999999999999999999; do
  CADRE_BUSY_TIMEOUT=$v run org list
  equal "CADRE_BUSY_TIMEOUT=$v: exit" 2 "$RC"
  has "CADRE_BUSY_TIMEOUT=$v" "$ERR" \
    "CADRE_BUSY_TIMEOUT: $v: a whole number of milliseconds from 0 to 3600000"
done
CADRE_BUSY_TIMEOUT=0 ok org list
CADRE_BUSY_TIMEOUT=3600000 ok org list
CADRE_USER=$'cl\x1b[2Jerk' run org add X1 --name X --kind provincial --parent TW
equal "CADRE_USER with ESC: exit" 2 "$RC"
has "CADRE_USER with ESC" "$ERR" 'CADRE_USER: cl\x1b[2Jerk: control character in text'
CADRE_USER=$'cl\xffrk' run org add X1 --name X --kind provincial --parent TW
equal "CADRE_USER not UTF-8: exit" 2 "$RC"
has "CADRE_USER not UTF-8" "$ERR" 'CADRE_USER: cl\xffrk: invalid UTF-8'
CADRE_USER=$(printf 'n%.0s' {1..101}) run org add X1 --name X --kind provincial --parent TW
equal "CADRE_USER too long: exit" 2 "$RC"
has "CADRE_USER too long" "$ERR" "too long (a name of at most 100 characters"
CADRE_TODAY=2026-02-30 run org list
equal "CADRE_TODAY bad: exit" 2 "$RC"
has "CADRE_TODAY bad" "$ERR" "CADRE_TODAY: 2026-02-30: no such day"
equal "bad environment: unchanged" "$before" "$(snapshot)"
CADRE_USER="Nguyễn Thư ký" ok org add X1 --name X --kind provincial --parent TW
equal "a good CADRE_USER is kept" "Nguyễn Thư ký" \
  "$(sqlite3 "$CADRE_DB" "SELECT user FROM audit ORDER BY rowid DESC LIMIT 1")"

# ---- refusals quote values: control characters shown, long values cut ----

refused 1 'org: X\x1b[31mY: no organisation has this code' \
  org show $'X\e[31mY'
long=$(head -c 100000 /dev/zero | tr '\0' A)
refused 1 "org: $(printf 'A%.0s' {1..60})…: no organisation has this code" \
  org show "$long"
equal "a 100 KB value is cut" 1 "$([ "${#ERR}" -lt 200 ] && echo 1 || echo 0)"
refused 1 'born: 1980\x0a-01-01: not a date' member add --name A \
  --born $'1980\n-01-01' --gender male --cell C1 --admitted 2000-01-01
refused 2 'org list: unknown option --x\x1by' org list $'--x\ey'
# A value the message does not quote on purpose still cannot carry ESC.
lacks "no raw ESC" "$ERR" $'\e'

# ---- a tampered schema version: cadre's own message, the file untouched ----

cp "$CADRE_DB" "$T/tamper.db"
for v in -1 0 1 2147483647; do
  sqlite3 "$T/tamper.db" "PRAGMA user_version = $v; PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  before=$(digest "$T/tamper.db")
  for cmd in "org list" "org add Y --name Y --kind provincial --parent TW" \
    init check; do
    run --db "$T/tamper.db" $cmd
    equal "user_version $v ($cmd): exit" 3 "$RC"
    case $v in
    -1 | 0) has "user_version $v ($cmd)" "$ERR" \
      "$T/tamper.db has schema version $v, which no cadre writes (was PRAGMA user_version changed by hand?); it was left untouched" ;;
    1) has "user_version $v ($cmd)" "$ERR" \
      "$T/tamper.db says it is at schema version 1, but its tables are not those of version 1 (was PRAGMA user_version changed by hand?); it was left untouched" ;;
    *) has "user_version $v ($cmd)" "$ERR" \
      "$T/tamper.db was written by a newer cadre (schema version $v;" ;;
    esac
    lacks "user_version $v ($cmd): no SQLite text" "$ERR" "already exists"
    equal "user_version $v ($cmd): nothing on stdout" "" "$OUT"
  done
  equal "user_version $v: unchanged" "$before" "$(digest "$T/tamper.db")"
  equal "user_version $v: kept" "$v" \
    "$(sqlite3 "$T/tamper.db" 'PRAGMA user_version')"
done

# ---- a read-only directory: reading commands work, writing ones explain ----

# The file is readable, its directory is not writable, so SQLite cannot
# create the -wal and -shm files beside it. As root, permissions do not
# stop us: the commands then run as nobody.
as_reader() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then
    as_reader() {
      setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"
    }
  else
    as_reader() { echo "no setpriv: cannot drop root" >&2; return 99; }
  fi
fi
mkdir -p "$T/ro"
sqlite3 "$CADRE_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$CADRE_DB" "$T/ro/r.db"
chmod 755 "$T"
chmod 555 "$T/ro"
chmod 444 "$T/ro/r.db"
before=$(digest "$T/ro/r.db")
for cmd in "org list --format csv" "member list" \
  "report TW --from 2026-01-01 --to 2026-06-30" "export members"; do
  as_reader "$CADRE" --db "$T/ro/r.db" $cmd >"$T/out" 2>"$T/err"
  equal "read-only directory ($cmd): exit" "0 " "$? $(cat "$T/err")"
done
as_reader "$CADRE" --db "$T/ro/r.db" org list --format csv >"$T/out" 2>&1
has "read-only directory: the records are read" "$(cat "$T/out")" \
  "C1,Chi bộ Một,grassroots_cell"
as_reader "$CADRE" --db "$T/ro/r.db" org add Z --name Z --kind provincial \
  --parent TW >"$T/out" 2>"$T/err"
equal "read-only directory, writing: exit" 3 "$?"
has "read-only directory, writing: message" "$(cat "$T/err")" \
  "cannot write to $T/ro/r.db: the file or its directory may not be written"
equal "read-only directory: unchanged" "$before" "$(digest "$T/ro/r.db")"
equal "read-only directory: no -wal" no "$(exists "$T/ro/r.db-wal")"
chmod 755 "$T/ro"
chmod 644 "$T/ro/r.db"
chmod 700 "$T"

# ---- a rubric file with a UTF-8 byte order mark is read, as CSV files are --

{
  printf '\xef\xbb\xbf'
  cat <<'EOF'
{"name": "bom-2026", "criteria": [
 {"id": "length", "title": "Độ dài", "max": 40, "fact": "minutes",
  "bands": [{"from": 60, "points": 40}, {"from": 0, "points": 0}]},
 {"id": "attendance", "title": "Attendance", "max": 30, "fact": "attendance",
  "bands": [{"from": 100, "points": 30}, {"from": 0, "points": 0}]},
 {"id": "quality", "title": "Quality", "max": 30, "given": 30}]}
EOF
} >"$T/bom.json"
ok rubric load "$T/bom.json"
ok rubric show bom-2026 --format json
equal "BOM rubric: read" "bom-2026|Độ dài" "$(json name)|$(json 'criteria[0].title')"
# A BOM is skipped only at the start: elsewhere it is still not JSON.
{ printf ' '; cat "$T/bom.json"; } >"$T/bom2.json"
refused 1 "(not a JSON rubric)" rubric load "$T/bom2.json"

finish
