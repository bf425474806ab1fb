#!/usr/bin/env bash
# Measures the web server at scale: bench/http.sh [N] (default 1000000
# members; run bench/run.sh N first). On a copy of run.sh's database, over
# loopback, with wrk (Debian's package), 64 connections, in one run:
#
#  - the limit: bench-bare (bench/bare.c), a bare libmicrohttpd + SQLite
#    server answering GET /member/ID with the member's row, random ids;
#  - a member's profile: GET /api/v1/members/ID (profile and timeline, as
#    a signed-in viewer of the whole register), random ids: requests per
#    second as a ratio to the limit (target >= 0.5) and p99 (<= 20 ms);
#  - the search: GET /api/v1/members?q=… (the first page of 20), what a
#    clerk types for a member: p99 (<= 10 ms);
#  - a branch's report for a year: GET /api/v1/reports/CODE, a random
#    committee: p99 (<= 50 ms);
#  - the server's peak memory (VmHWM, <= 256 MB);
#  - for each, the server's CPU time per request (user and system, from
#    /proc), which other work on the machine disturbs far less than the
#    latencies;
#  - `cadre check` on the database afterwards (must pass);
#  - with BENCH_BEFORE=BINARY (another build of cadre, the code before a
#    change), the profile and the search again on that binary's server, on
#    the same database in the same run: CPU per request before and after.
# Results go to stdout as Markdown rows for docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
seconds=${BENCH_SECONDS:-15}
build=build-bench
command -v wrk >/dev/null || {
  echo "bench/http.sh needs wrk: apt-get install wrk" >&2
  exit 1
}
. bench/lib.sh
bench_copy http
bare="$(dirname "$cadre")/bench/bench-bare"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port() { # a free port on loopback
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}
await() { # await URL: until the server answers
  for _ in $(seq 100); do
    curl -s -o /dev/null "$1" && return 0
    sleep 0.1
  done
  echo "bench: no answer from $1" >&2
  exit 1
}

# The viewer of the whole register the requests act for.
root=$(sqlite3 "$CADRE_DB" "SELECT code FROM org o WHERE NOT EXISTS
  (SELECT 1 FROM org_path p WHERE p.org_id = o.id AND p.parent_id IS NOT NULL)
  ORDER BY id LIMIT 1")
printf 'bench-password-1\n' >"$work/pw"
"$cadre" user add bench --role viewer --scope "$root" \
  --password-file "$work/pw" >/dev/null 2>&1 || true

p1=$(port)
"$bare" "$CADRE_DB" "$p1" 2>/dev/null &
bare_pid=$!
pids+=($bare_pid)
p2=$(port)
"$cadre" serve --listen "127.0.0.1:$p2" 2>/dev/null &
serve=$!
pids+=($serve)
await "http://127.0.0.1:$p1/member/1"
login() { # login PORT: the session cookie of the bench viewer
  local c
  await "http://127.0.0.1:$1/api/v1/session"
  c=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d '{"user":"bench","password":"bench-password-1"}' \
    "http://127.0.0.1:$1/api/v1/login" |
    sed -n 's/^[Ss]et-[Cc]ookie: \(cadre_session=[0-9a-f]*\).*/\1/p')
  [ -n "$c" ] || { echo "bench: cannot log in on port $1" >&2; exit 1; }
  echo "$c"
}
cookie=$(login "$p2") || exit 1
before=${BENCH_BEFORE:-}
if [ -n "$before" ]; then
  p3=$(port)
  "$before" serve --listen "127.0.0.1:$p3" 2>/dev/null &
  serve_before=$!
  pids+=($serve_before)
  cookie_before=$(login "$p3") || exit 1
fi

# The Lua scripts: each request picks its target at random.
committees=$(sqlite3 "$CADRE_DB" "SELECT group_concat('\"' || code || '\"', ',')
  FROM org WHERE kind = 'committee' AND ended IS NULL")
cat >"$work/bare.lua" <<EOF
request = function()
  return wrk.format("GET", "/member/" .. math.random(1, $n))
end
EOF
cat >"$work/profile.lua" <<EOF
wrk.headers["Cookie"] = "$cookie"
request = function()
  return wrk.format("GET", "/api/v1/members/" .. math.random(1, $n))
end
EOF
# What a clerk types: a member's family and middle names and the first two
# letters of the given name (tens to hundreds of members match). A bare
# family name and two letters match tens of thousands: see PERFORMANCE.md.
typed=$(sqlite3 "$CADRE_DB" "SELECT name_key FROM member WHERE id % 5003 = 7
  LIMIT 200" | awk '{ n = split($0, w, " "); if (n < 3) next
    q = w[1]; for (i = 2; i < n; i++) q = q "%20" w[i]
    printf "%s\"%s%%20%s\"", (c++ ? "," : ""), q, substr(w[n], 1, 2) }')
cat >"$work/search.lua" <<EOF
wrk.headers["Cookie"] = "$cookie"
local typed = {$typed}
request = function()
  return wrk.format("GET", "/api/v1/members?q=" .. typed[math.random(#typed)]
    .. "&size=20")
end
EOF
cat >"$work/report.lua" <<EOF
wrk.headers["Cookie"] = "$cookie"
local codes = {$committees}
request = function()
  return wrk.format("GET", "/api/v1/reports/" .. codes[math.random(#codes)]
    .. "?from=2025-01-01&to=2025-12-31")
end
EOF
# A status other than 200 is a failure of the benchmark, not a fast answer.
for f in "$work"/*.lua; do
  cat >>"$f" <<'EOF'
bad = 0
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d %d %d %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect, e.read, e.write, e.timeout, e.status, bad, summary.requests))
end
EOF
done

if [ -n "$before" ]; then # the same requests, with the other session
  for t in profile search; do
    sed "s/$cookie/$cookie_before/" "$work/$t.lua" >"$work/${t}_before.lua"
  done
fi

cpu() { # cpu PID: the process's user and system time so far, in ticks
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}
tick=$(getconf CLK_TCK)
run() { # run NAME URL PID: "rps p50 p99 cpu-ms-per-request", 64 connections
  local out c0
  c0=$(cpu "$3")
  out=$(wrk -t2 -c64 -d"${seconds}s" -s "$work/$1.lua" "$2" | grep '^RESULT')
  read -r _ rps p50 p99 connect rd wr timeout status bad n <<<"$out"
  if [ "$connect$rd$wr$timeout$status$bad" != 000000 ]; then
    echo "bench: $1: errors: $connect connect, $rd read, $wr write," \
      "$timeout timeouts, $status statuses; $bad answers other than 200" >&2
    exit 1
  fi
  echo "$rps $p50 $p99 $(calc "($(cpu "$3") - $c0) * 1000 / $tick / $n")"
}

# Warm both servers' caches the same way, then measure.
wrk -t2 -c64 -d3s -s "$work/bare.lua" "http://127.0.0.1:$p1" >/dev/null
wrk -t2 -c64 -d3s -s "$work/profile.lua" "http://127.0.0.1:$p2" >/dev/null
# (Each result is kept first, so that a failed run stops the benchmark.)
r=$(run bare "http://127.0.0.1:$p1" "$bare_pid")
read -r bare_rps bare_p50 bare_p99 bare_cpu <<<"$r"
r=$(run profile "http://127.0.0.1:$p2" "$serve")
read -r prof_rps prof_p50 prof_p99 prof_cpu <<<"$r"
r=$(run search "http://127.0.0.1:$p2" "$serve")
read -r find_rps find_p50 find_p99 find_cpu <<<"$r"
r=$(run report "http://127.0.0.1:$p2" "$serve")
read -r rep_rps rep_p50 rep_p99 rep_cpu <<<"$r"
if [ -n "$before" ]; then
  wrk -t2 -c64 -d3s -s "$work/profile_before.lua" "http://127.0.0.1:$p3" >/dev/null
  r=$(run profile_before "http://127.0.0.1:$p3" "$serve_before")
  read -r bprof_rps bprof_p50 bprof_p99 bprof_cpu <<<"$r"
  r=$(run search_before "http://127.0.0.1:$p3" "$serve_before")
  read -r bfind_rps bfind_p50 bfind_p99 bfind_cpu <<<"$r"
  kill -TERM "$serve_before"
  wait "$serve_before" || true
fi
hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$serve/status")
kill -TERM "$serve"
wait "$serve" || { echo "bench: the server did not stop cleanly" >&2; exit 1; }
"$cadre" check >/dev/null 2>&1 || { echo "bench: check failed" >&2; exit 1; }

echo "| members | what | requests/s | p50 ms | p99 ms | server CPU ms/request | limit | ratio |"
echo "|---|---|---|---|---|---|---|---|"
echo "| $n | bare libmicrohttpd + SQLite, member by id | $bare_rps | $bare_p50 | $bare_p99 | $bare_cpu | | |"
echo "| $n | member profile and timeline | $prof_rps | $prof_p50 | $prof_p99 | $prof_cpu | ≥ 0.5× bare, p99 ≤ 20 | $(calc "$prof_rps / $bare_rps")× |"
echo "| $n | member search, first page | $find_rps | $find_p50 | $find_p99 | $find_cpu | p99 ≤ 10 | $(calc "$find_p99 / 10") of the limit |"
echo "| $n | a committee's report for a year | $rep_rps | $rep_p50 | $rep_p99 | $rep_cpu | p99 ≤ 50 | $(calc "$rep_p99 / 50") of the limit |"
echo "| $n | server peak memory (VmHWM) | | | | | ≤ 256 MB | ${hwm} MB, $(calc "$hwm / 256") of the limit |"
if [ -n "$before" ]; then
  echo "| $n | member profile and timeline, BENCH_BEFORE | $bprof_rps | $bprof_p50 | $bprof_p99 | $bprof_cpu | | $(calc "$bprof_rps / $bare_rps")× |"
  echo "| $n | member search, first page, BENCH_BEFORE | $bfind_rps | $bfind_p50 | $bfind_p99 | $bfind_cpu | | $(calc "$bfind_p99 / 10") of the limit |"
fi
echo "check passed on the benchmark's database"
