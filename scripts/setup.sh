#!/bin/sh
# Installs what cadre needs on Debian 12 (as root, when something is
# missing), builds it in ./build, and runs the demonstration. CI sets
# CADRE_WERROR=ON to make warnings errors (.ci/run).
set -eu
cd "$(dirname "$0")/.."

need="cmake gcc make pkg-config libsqlite3-dev libjansson-dev \
libutf8proc-dev libcsv-dev libcmocka-dev libsodium-dev libmicrohttpd-dev \
curl sqlite3 valgrind"
missing=""
for p in $need; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends $missing
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCADRE_WERROR="${CADRE_WERROR:-OFF}" >/dev/null
cmake --build build -j"$(nproc)"
./build/cadre --db build/demo.db demo
