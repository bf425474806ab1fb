#!/bin/sh
# Installs what cadre needs on Debian 12 (as root, when something is
# missing), builds it in ./build, runs the demonstration, and ends with the
# web server on the demo database in the foreground (Ctrl-C stops it). CI
# sets CADRE_WERROR=ON to make warnings errors and CADRE_SETUP_NO_SERVE=1
# to stop before the server (.ci/run). Running it again is harmless: it
# installs nothing twice and makes the demo database afresh.
set -eu
cd "$(dirname "$0")/.."

# gettext (the message catalogs), ICU (Vietnamese order), libxlsxwriter,
# minizip and expat (spreadsheets written and read), openpyxl and poppler
# (the tests' second reader of a spreadsheet, and of the printed report).
need="cmake gcc make pkg-config libsqlite3-dev libjansson-dev \
libutf8proc-dev libcsv-dev libcmocka-dev libsodium-dev libmicrohttpd-dev \
curl openssl sqlite3 valgrind wrk chromium fonts-dejavu-core \
clang libclang-rt-14-dev gettext libicu-dev libxlsxwriter-dev \
libminizip-dev libexpat1-dev python3-openpyxl poppler-utils"
missing=""
for p in $need; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $p"
done
# Node and npm (the web UI's packages, the browser tests): Debian's, unless
# a node with its npm is there already (another build of nodejs would
# conflict with Debian's npm).
command -v node >/dev/null && command -v npm >/dev/null ||
  missing="$missing nodejs npm"
if [ -n "$missing" ]; then
  echo "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends $missing
fi

# The web UI's chart library and the browser tests' driver, from the npm
# registry at the versions web/package-lock.json pins (the build embeds
# the library; the tests drive Debian's chromium, never a downloaded one).
(cd web && npm ci --no-audit --no-fund --loglevel=error)

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCADRE_WERROR="${CADRE_WERROR:-OFF}" >/dev/null
cmake --build build -j"$(nproc)"
./build/cadre --db build/demo.db demo

[ "${CADRE_SETUP_NO_SERVE:-0}" = 1 ] && exit 0
# The demo's account and its published password (src/app/app.h, docs/http.md).
echo
echo "The web application: http://127.0.0.1:8080 (its JSON API under /api/v1/, docs/http.md)"
echo "Log in as demo, password demo-ngoc-lam. Ctrl-C stops the server."
exec ./build/cadre --db build/demo.db serve --listen 127.0.0.1:8080
