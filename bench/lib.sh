# What the benchmarks that work on a copy of bench/run.sh's database share.
# Sourced from the repository's root with n (the members) and build set:
#   bench_copy NAME  builds the Release binary into $cadre, copies
#                    bench/out/$n/cadre.db to NAME.db there, makes it the
#                    database (CADRE_DB) and the working directory, and
#                    brings it up to date (not part of any time);
#   ms CMD...        runs CMD (which must succeed), prints its time in ms;
#   median           the median of the numbers on stdin;
#   calc EXPR        EXPR to two decimals.
bench_copy() {
  local out=bench/out/$n
  [ -f "$out/cadre.db" ] || { echo "run bench/run.sh $n first" >&2; exit 1; }
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j2 >/dev/null
  cadre="$PWD/$build/cadre"
  cd "$out"
  rm -f "$1".db*
  sqlite3 cadre.db ".backup $1.db"
  export CADRE_DB=$PWD/$1.db CADRE_USER=bench
  # A database made by an older cadre is brought up to date first
  # (migrations and, once, the figures they ask to derive again).
  "$cadre" org list --under NONE >/dev/null 2>&1 || true
}

ms() {
  local t0=$EPOCHREALTIME
  "$@" >/dev/null
  awk "BEGIN { printf \"%.1f\", ($EPOCHREALTIME - $t0) * 1000 }"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
