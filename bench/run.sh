#!/usr/bin/env bash
# Measures cadre at scale: bench/run.sh [N] (default 1000000 members).
#
#  - import: `cadre import orgs` then `cadre import members` of N generated
#    members, against plain `sqlite3 .import` of the same members file into
#    a bare table with the same indexes as cadre's member table (unique card
#    number, an index on a date column), measured in the same run;
#  - and against plain sqlite3 writing the same rows cadre wrote (members,
#    events, registration, tallies) into a database with cadre's schema and
#    indexes, copied table by table with INSERT ... SELECT: the limit for
#    this schema;
#  - report: `cadre report` over the root for a year (median of 11 runs,
#    process start included);
#  - process start: `cadre version` (median of 11), what the report's time
#    holds besides the report;
#  - check: `cadre check`, which derives every member and every tally from
#    the events again (and must pass).
# Results go to stdout as Markdown rows for docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
build=build-bench
out=bench/out/$n
cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build $build -j2 >/dev/null
mkdir -p "$out"
cadre="$PWD/$build/cadre"
cd "$out"
rm -f cadre.db* base.db*
[ -f members.csv ] || "../../../$build/bench/bench-gen" "$n" .

seconds() { # seconds CMD...: runs CMD, prints its wall time in seconds
  local t0=$EPOCHREALTIME
  if ! "$@" >/dev/null 2>"$PWD/bench.err"; then
    echo "bench: failed: $*" >&2
    cat "$PWD/bench.err" >&2
    exit 1
  fi
  awk "BEGIN { print $EPOCHREALTIME - $t0 }"
}
calc() { awk "BEGIN { print $1 }"; }

"$cadre" --db cadre.db init 2>/dev/null
t_orgs=$(seconds "$cadre" --db cadre.db import orgs orgs.csv)
t_members=$(seconds "$cadre" --db cadre.db import members members.csv)
t_base=$(seconds sqlite3 base.db \
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
   CREATE TABLE m(name TEXT, born TEXT, gender TEXT, cell TEXT,
     admitted TEXT, official TEXT, card TEXT UNIQUE, ethnicity TEXT,
     education TEXT, theory TEXT, key_cadre TEXT);
   CREATE INDEX m_official ON m(official);" \
  ".import --csv --skip 1 members.csv m")

rm -f same.db*
# The schema as cadre made it (every migration applied), without its rows.
sqlite3 cadre.db .schema | sqlite3 same.db
copy="PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
  PRAGMA foreign_keys = ON; ATTACH 'cadre.db' AS c; BEGIN;"
for table in org org_name org_path term member member_event membership \
  tally_day tally_year; do
  copy="$copy INSERT INTO main.$table SELECT * FROM c.$table;"
done
t_same=$(seconds sqlite3 same.db "$copy COMMIT;")

times=()
for i in $(seq 11); do
  times+=("$(seconds "$cadre" --db cadre.db report TW --from 2024-01-01 \
    --to 2024-12-31 --format json)")
done
t_report=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
# What starting a process costs on this machine now (`cadre version`, no
# database): the part of the report's time that is not the report.
times=()
for i in $(seq 11); do
  times+=("$(seconds "$cadre" version)")
done
t_start=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
t_check=$(seconds "$cadre" --db cadre.db check)
size=$(du -m cadre.db | cut -f1)

printf '| members | import orgs | import members | sqlite3 .import | ratio | sqlite3, same rows | ratio | report (root, a year) | process start | check | database |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
printf '| %d | %.2f s | %.2f s | %.2f s | %.2f | %.2f s | %.2f | %.1f ms | %.1f ms | %.1f s | %d MB |\n' \
  "$n" "$t_orgs" "$t_members" "$t_base" "$(calc "$t_members / $t_base")" \
  "$t_same" "$(calc "$t_members / $t_same")" \
  "$(calc "$t_report * 1000")" "$(calc "$t_start * 1000")" "$t_check" "$size"
