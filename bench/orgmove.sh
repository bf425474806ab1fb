#!/usr/bin/env bash
# The move of a large committee and its void: bench/orgmove.sh [N]
# (default 100000), after bench/run.sh N has made bench/out/N.
#
# On a copy of that database, a committee BENCH is founded in the largest
# province and the province's committees are moved into it until at least
# MEMBERS (default 30000) members are below it. Then, K times (default 3),
# each a separate command as a clerk runs it (process start and commit
# included):
#  - forward: BENCH moved under the root on 2026-01-10 (every path below it
#    derived again, everything below it re-tallied from that day);
#  - void: that move voided (the same work back, after judging the
#    history without it).
# Medians; the ratio is the void's to the forward move's, measured in the
# same run. Then `cadre check` must pass on the database the benchmark
# built. Results go to stdout as a Markdown row for docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
k=${K:-3}
want=${MEMBERS:-30000}
build=${BUILD:-build-bench}
. bench/lib.sh
bench_copy orgmove
members() { # members CODE: members below an organisation today
  "$cadre" org show "$1" --format json >orgmove.json
  sqlite3 :memory: "SELECT json_extract(readfile('orgmove.json'), '\$.members.total')"
}
children() { # children CODE KIND: the codes of its children of that kind
  sqlite3 orgmove.db "SELECT o.code FROM org o JOIN org_path p
    ON p.org_id = o.id AND p.valid_to = '9999-12-31'
    WHERE o.kind = '$2' AND p.parent_id = (SELECT id FROM org WHERE code = '$1')
    ORDER BY o.code"
}

root=$(sqlite3 orgmove.db "SELECT code FROM org WHERE kind = 'central'")
province= most=0
for p in $(children "$root" provincial); do
  m=$(members "$p")
  if [ "$m" -gt "$most" ]; then province=$p most=$m; fi
done
"$cadre" org add BENCH --kind committee --parent "$province" \
  --name "Khối benchmark" --founded 2000-01-01 >/dev/null
below=0
for c in $(children "$province" committee); do
  [ "$c" = BENCH ] && continue
  [ "$below" -ge "$want" ] && break
  "$cadre" org move "$c" --to BENCH --date 2025-01-01 >/dev/null
  below=$(members BENCH)
done
[ "$below" -ge "$want" ] || { echo "only $below members below BENCH" >&2; exit 1; }

fwd=() void=()
for _ in $(seq "$k"); do
  fwd+=("$(ms "$cadre" org move BENCH --to "$root" --date 2026-01-10)")
  id=$("$cadre" event list --org BENCH --format csv |
    awk -F, '$3 == "moved" && $2 == "2026-01-10" && $8 == "" { print $1 }')
  void+=("$(ms "$cadre" event void "$id" --reason benchmark)")
done
t_fwd=$(printf '%s\n' "${fwd[@]}" | median)
t_void=$(printf '%s\n' "${void[@]}" | median)
# Its warnings (overdue probations of the generated members) are not the
# benchmark's business; a failure is.
"$cadre" check >/dev/null 2>orgmove.check ||
  { cat orgmove.check >&2; echo "cadre check failed" >&2; exit 1; }

printf '| members | below the committee | forward move | void of the move | ratio | check |\n'
printf '|---|---|---|---|---|---|\n'
printf '| %d | %d | %s ms | %s ms | %s | ok |\n' "$n" "$below" "$t_fwd" \
  "$t_void" "$(calc "$t_void / $t_fwd")"
