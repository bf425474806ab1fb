# Helpers for the end-to-end tests. A test script is run as
#   bash t_something.sh /path/to/cadre
# and sources this file. Every check counts; the script ends with `finish`,
# which fails when any check failed.
set -u
CADRE=$1
T=$(mktemp -d "${TMPDIR:-/tmp}/cadre-e2e.XXXXXX")
trap 'rm -rf "$T"' EXIT
export CADRE_DB="$T/test.db" CADRE_TODAY=2026-06-30 CADRE_USER=tester
unset CADRE_BUSY_TIMEOUT
checks=0
failures=0

# The schema version this source's migrations reach (the number of the
# last of src/store/migrations), and the SQL that takes a database back
# to schema 11 by dropping what 012 and 013 add (the tables of cadre
# planning and congresses), for the tests that upgrade an older schema.
SCHEMA_LATEST=$(
  last=$(ls "$(dirname "${BASH_SOURCE[0]}")"/../../src/store/migrations/*.sql |
    tail -n 1)
  last=${last##*/}
  echo $((10#${last%%_*}))
)
UNDO_AFTER_11="DROP TABLE congress_vote; DROP TABLE congress_round;
  DROP TABLE congress_candidate; DROP TABLE congress_delegate;
  DROP TABLE congress; DROP TABLE plan_entry; DROP TABLE rotation;
  DROP TABLE appointment; DROP TABLE post;"

pass() { checks=$((checks + 1)); }
fail() {
  checks=$((checks + 1))
  failures=$((failures + 1))
  echo "FAIL (line ${BASH_LINENO[1]:-?}): $*" >&2
}

# slurp NAME FILE: the file's text into the variable NAME, without its
# trailing newlines, as $(cat FILE) gives it but without two processes:
# the suite runs cadre some ten thousand times, and under load the forks
# of $(cat) cost more than cadre itself.
slurp() {
  local -n into=$1
  IFS= read -r -d '' into <"$2"
  while [[ $into == *$'\n' ]]; do into=${into%$'\n'}; done
}

# run ARGS...: runs cadre; sets OUT (stdout), ERR (stderr) and RC.
run() {
  "$CADRE" "$@" >"$T/out" 2>"$T/err"
  RC=$?
  slurp OUT "$T/out"
  slurp ERR "$T/err"
}

# ok ARGS...: cadre must succeed.
ok() {
  run "$@"
  if [ "$RC" -eq 0 ]; then pass; else fail "cadre $* -> exit $RC: $ERR"; fi
}

# The database's content, as SQL text, for "unchanged" checks.
snapshot() { sqlite3 "$CADRE_DB" .dump 2>&1 | sha256sum; }

# refused CODE MESSAGE ARGS...: cadre must exit with CODE, print MESSAGE
# (a fixed substring) on stderr, print nothing on stdout, and leave the
# database exactly as it was.
refused() {
  local code=$1 msg=$2
  shift 2
  local before after
  before=$(snapshot)
  run "$@"
  after=$(snapshot)
  if [ "$RC" -ne "$code" ]; then
    fail "cadre $* -> exit $RC, expected $code: $ERR"
  elif [[ "$ERR" != *"$msg"* ]]; then
    fail "cadre $* -> message '$ERR' lacks '$msg'"
  elif [ -n "$OUT" ]; then
    fail "cadre $* -> printed on stdout: $OUT"
  elif [ "$before" != "$after" ]; then
    fail "cadre $* -> changed the database"
  else
    pass
  fi
}

# equal WHAT EXPECTED ACTUAL
equal() {
  if [ "$2" == "$3" ]; then pass; else fail "$1: expected '$2', got '$3'"; fi
}

# json PATH: a value from the last OUT, read with sqlite's JSON functions so
# that the tests need nothing but sqlite3.
json() {
  sqlite3 :memory: "SELECT json_extract(readfile('$T/out'), '\$.$1')"
}

# has WHAT TEXT PART / lacks WHAT TEXT PART: TEXT holds (or not) PART.
has() {
  if [[ "$2" == *"$3"* ]]; then pass; else fail "$1: lacks '$3' in: $2"; fi
}
lacks() {
  if [[ "$2" != *"$3"* ]]; then pass; else fail "$1: has '$3' in: $2"; fi
}

# csv SQL: runs SQL over the last stdout read as a CSV table `t`.
csv() { printf '.import --csv %s t\n%s\n' "$T/out" "$1" | sqlite3 :memory:; }

# small_tree [FOUNDED]: the organisations most tests start from: a central
# committee TW, a province HT below it, a committee K below that and a
# grassroots cell C1 in K; K and C1 founded on FOUNDED (1990-01-01).
small_tree() {
  local founded=${1:-1990-01-01}
  ok org add TW --name "Trung ương" --kind central --founded 1930-02-03
  ok org add HT --name "Tỉnh ủy" --kind provincial --parent TW \
    --founded 1930-08-01
  ok org add K --name "Đảng bộ Khối" --kind committee --parent HT \
    --founded "$founded"
  ok org add C1 --name "Chi bộ Một" --kind grassroots_cell --parent K \
    --founded "$founded"
}

# party_tree: a province P with a block committee K (a grassroots
# committee G of two cells C1, C2) and a district committee K2 (a
# grassroots cell G2), all founded 2000-01-01, in a new database.
party_tree() {
  ok init
  ok org add P --kind provincial --name "Tỉnh ủy" --founded 2000-01-01
  ok org add K --kind committee --parent P --name "Đảng ủy Khối" \
    --founded 2000-01-01
  ok org add G --kind grassroots_committee --parent K --name "Đảng bộ Sở" \
    --founded 2000-01-01
  ok org add C1 --kind cell --parent G --name "Chi bộ 1" --founded 2000-01-01
  ok org add C2 --kind cell --parent G --name "Chi bộ 2" --founded 2000-01-01
  ok org add K2 --kind committee --parent P --name "Huyện ủy" \
    --founded 2000-01-01
  ok org add G2 --kind grassroots_cell --parent K2 --name "Chi bộ xã" \
    --founded 2000-01-01
}

# start_server LOG [ARGS...]: runs `cadre serve ARGS` on a free port,
# logging to $T/LOG; sets PID and B (the base address). The caller stops
# it (kill -TERM, then wait).
start_server() {
  local log=$T/$1
  shift
  # Emptied here, not only by the server's redirection, which happens in
  # the child after this shell reads on: a log of an earlier server of the
  # same name would give its address, long closed.
  : >"$log"
  "$CADRE" serve --listen 127.0.0.1:0 "$@" 2>"$log" &
  PID=$!
  B=
  for _ in $(seq 300); do
    B=$(sed -n 's|^cadre: listening on \(https*://127.0.0.1:[0-9]*\) .*|\1|p' \
      "$log")
    [ -n "$B" ] && break
    sleep 0.1
  done
  [ -n "$B" ] || { fail "the server did not start: $(cat "$log")"; exit 1; }
}

finish() {
  echo "$checks checks, $failures failed"
  [ "$failures" -eq 0 ]
}
