#!/bin/bash
# The browser tests (issue 7): the web UI in Debian's headless chromium,
# driven by playwright-core from the npm registry (web/package.json; no
# browser is downloaded), against `cadre serve` on a fresh demo database
# and a free port. Run as
#   bash run.sh /path/to/cadre ARTEFACTS_DIR
# with CADRE_SOURCE set to the source tree. Screenshots go to
# ARTEFACTS_DIR. What is missing to run them is a failure, never a skip:
# scripts/setup.sh installs it all.
OUT=$2
# lib.sh: $T, CADRE_DB in it, CADRE_TODAY (a fixed day, so that the run is
# the same every day), start_server.
. "$(dirname "$0")/../e2e/lib.sh"
SRC=${CADRE_SOURCE:?CADRE_SOURCE: the source tree}
CHROMIUM=${CADRE_CHROMIUM:-/usr/bin/chromium}

missing() {
  echo "FAIL: $1 (scripts/setup.sh installs it)" >&2
  exit 1
}
[ -x "$CHROMIUM" ] || missing "no chromium at $CHROMIUM: apt-get install chromium"
command -v node >/dev/null || missing "no node: apt-get install nodejs"
[ -f "$SRC/web/node_modules/playwright-core/package.json" ] ||
  missing "no playwright-core in web/node_modules: run npm ci in web/"

PID=
cleanup() {
  if [ -n "$PID" ]; then
    kill -TERM "$PID" 2>/dev/null
    wait "$PID" 2>/dev/null
  fi
  rm -rf "$T"
}
trap cleanup EXIT
rm -rf "$OUT"
mkdir -p "$OUT"

# The demo's tree (docs/http.md: user demo administers it all), and a
# viewer of one of its grassroots committees, CQDN-01, whose sibling
# CQDN-02 they must not see.
"$CADRE" demo >"$T/demo.log" 2>&1 || { cat "$T/demo.log"; exit 1; }
printf 'viewer-pass-01\n' >"$T/pw"
"$CADRE" user add xem.01 --role viewer --scope CQDN-01 \
  --password-file "$T/pw" >/dev/null || exit 1
# A grouping of the demo's committee, for its report (forms.mjs).
"$CADRE" group add CUM-1 --name "Cụm thi đua số 1" --kind cluster \
  >/dev/null || exit 1
"$CADRE" group join CUM-1 --org NL-CQDN --date 2020-01-01 >/dev/null || exit 1

start_server server.log

# Every script but lib.mjs, in the order of their names, on the same
# server: a later one sees what an earlier one recorded.
rc=0
for script in "$SRC"/tests/browser/*.mjs; do
  [ "$(basename "$script")" = lib.mjs ] && continue
  # CADRE_BROWSER_ONLY=meeting runs meeting.mjs alone (while working on it).
  case " ${CADRE_BROWSER_ONLY:-$(basename "$script" .mjs)} " in
  *" $(basename "$script" .mjs) "*) ;;
  *) continue ;;
  esac
  echo "== $(basename "$script")"
  CADRE_URL=$B CADRE_CHROMIUM=$CHROMIUM CADRE_SHOTS=$OUT \
    node "$script" || rc=1
done
# The server stops cleanly (under the sanitizers, a finding in any request
# the browser made is its exit code).
kill -TERM "$PID"
wait "$PID"
src=$?
PID=
cp "$T/server.log" "$OUT/server.log"
if [ "$src" -ne 0 ]; then
  echo "FAIL: the server exited $src (its log: $OUT/server.log)" >&2
  rc=1
fi
exit $rc
