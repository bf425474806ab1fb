#!/usr/bin/env bash
# One year of monthly cell meetings on the benchmark tree, and the report
# with them: bench/meetings.sh [N] (default 1000000), after bench/run.sh N
# has made bench/out/N (the tree and N members, imported into cadre.db).
#
#  - writes bench/out/N/meetings.csv: for every cell with members, twelve
#    regular meetings in 2024 (the 15th of each month), chaired by its
#    first member admitted before 2024, everyone registered present
#    (`present` is `all`), 85 or 120 minutes, a result and every given
#    criterion's points, so that each meeting is scored;
#  - copies cadre.db to meetings.db and times `cadre meeting import` of the
#    file (one transaction);
#  - times `cadre report` over the root for 2024 with the meetings (median
#    of 11 runs, process start included), as bench/run.sh does without,
#    and `cadre check`.
# Results go to stdout as a Markdown row for docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
build=${BUILD:-build-bench} # BUILD=DIR: another build directory
out=bench/out/$n
[ -f "$out/cadre.db" ] || { echo "run bench/run.sh $n first" >&2; exit 1; }
cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build $build -j2 >/dev/null
cadre="$PWD/$build/cadre"
cd "$out"

# Member ids are their rows in members.csv: the import numbers them so.
awk -F, 'NR > 1 {
    id = NR - 1
    if (!($4 in chair) && $5 < "2024-01-01") chair[$4] = id
  }
  END {
    print "cell,date,kind,chair,minutes,present,result,points"
    for (c in chair) {
      for (m = 1; m <= 12; m++) {
        k = (chair[c] + m) % 7
        printf "%s,2024-%02d-15,regular,%d,%d,all,%d,", c, m, chair[c],
          k < 4 ? 120 : 85, 40 + 10 * k
        printf "preparation=%d|conduct=%d|chairing=%d|principles=5|closing=5\n",
          6 + k / 2, 12 + k, 7 + k / 3
      }
    }
  }' members.csv | { read -r header; echo "$header"; sort -t, -k1,1 -k2,2; } \
  >meetings.csv
meetings=$(($(wc -l <meetings.csv) - 1))

seconds() { # seconds CMD...: runs CMD, prints its wall time in seconds
  local t0=$EPOCHREALTIME
  "$@" >/dev/null 2>&1
  awk "BEGIN { print $EPOCHREALTIME - $t0 }"
}

rm -f meetings.db*
cp cadre.db meetings.db
t_import=$(seconds "$cadre" --db meetings.db meeting import meetings.csv)
"$cadre" --db meetings.db report TW --from 2024-01-01 --to 2024-12-31 \
  --format json >report.json
held=$(sqlite3 :memory: \
  "SELECT json_extract(readfile('report.json'), '\$.meetings.held')")
[ "$held" = "$meetings" ] || {
  echo "the report counts $held meetings, not $meetings" >&2
  exit 1
}
times=()
for i in $(seq 11); do
  times+=("$(seconds "$cadre" --db meetings.db report TW --from 2024-01-01 \
    --to 2024-12-31 --format json)")
done
t_report=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p)
t_check=$(seconds "$cadre" --db meetings.db check)
size=$(du -m meetings.db | cut -f1)

printf '| members | meetings | meeting import | per meeting | report (root, a year) | check | database |\n'
printf '|---|---|---|---|---|---|---|\n'
printf '| %d | %d | %.1f s | %.2f ms | %.1f ms | %.1f s | %d MB |\n' \
  "$n" "$meetings" "$t_import" \
  "$(awk "BEGIN { print $t_import * 1000 / $meetings }")" \
  "$(awk "BEGIN { print $t_report * 1000 }")" "$t_check" "$size"
