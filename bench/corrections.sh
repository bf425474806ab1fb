#!/usr/bin/env bash
# Late entries and voids at scale: bench/corrections.sh [N] (default
# 1000000), after bench/run.sh N has made bench/out/N (the tree and N
# members, imported into cadre.db).
#
# On a copy of that database, for K members spread over the tree (each a
# separate command, process start and commit included, as a clerk runs
# them):
#  - forward: a transfer to another cell dated 2026-01-10, after every
#    event of the member (the limit: what entering an event costs);
#  - late: a discipline dated 2025-06-01, before that transfer, so that
#    the history is replayed and re-tallied from June 2025 on;
#  - void: the voiding of that late discipline;
#  - correct: the transfer corrected to another day (void and enter again).
# Each is the median over the K members; the ratios are to the forward
# entry measured in the same run (the goal: at most 2). Then `cadre check`
# must pass on the database the benchmark built.
# Results go to stdout as a Markdown row for docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
k=${K:-15}
build=${BUILD:-build-bench}
. bench/lib.sh
bench_copy corrections

# K members spread over the ids, each with a cell to go to (the next
# member's cell, when it is another one).
mapfile -t rows < <(sqlite3 -separator ' ' corrections.db "
  WITH picked AS (SELECT m.id, c.code FROM member m JOIN org c ON c.id = m.cell_id
    WHERE m.status = 'official' AND m.id % (SELECT max(id) / $k FROM member) = 0
    LIMIT $k)
  SELECT p.id, (SELECT c.code FROM member m JOIN org c ON c.id = m.cell_id
    WHERE m.id > p.id AND c.code <> p.code ORDER BY m.id LIMIT 1) FROM picked p")
fwd=() late=() void=() fix=()
for row in "${rows[@]}"; do
  set -- $row
  fwd+=("$(ms "$cadre" member transfer "$1" --to "$2" --date 2026-01-10)")
  late+=("$(ms "$cadre" member discipline "$1" --form reprimand \
    --date 2025-06-01 --votes 5/9)")
  id=$("$cadre" event list --member "$1" --format csv |
    awk -F, '$3 == "disciplined" { print $1 }')
  void+=("$(ms "$cadre" event void "$id" --reason "benchmark")")
  id=$("$cadre" event list --member "$1" --format csv |
    awk -F, '$3 == "transferred" && $8 == "" { print $1 }')
  fix+=("$(ms "$cadre" event correct "$id" --date 2026-01-12 \
    --reason "benchmark")")
done
t_fwd=$(printf '%s\n' "${fwd[@]}" | median)
t_late=$(printf '%s\n' "${late[@]}" | median)
t_void=$(printf '%s\n' "${void[@]}" | median)
t_fix=$(printf '%s\n' "${fix[@]}" | median)
"$cadre" check >/dev/null || { echo "cadre check failed" >&2; exit 1; }

printf '| members | forward entry | late entry | ratio | void | ratio | correction | ratio | check |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
printf '| %d | %s ms | %s ms | %s | %s ms | %s | %s ms | %s | ok |\n' "$n" \
  "$t_fwd" "$t_late" "$(calc "$t_late / $t_fwd")" "$t_void" \
  "$(calc "$t_void / $t_fwd")" "$t_fix" "$(calc "$t_fix / $t_fwd")"
