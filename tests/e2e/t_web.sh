# The web UI's files as the server sends them (src/http/ui.c, docs/http.md):
# the page and its files with their types, the security headers on every
# answer (the API's too), ETags and 304, the message catalog as JSON, and
# no way to any file but those compiled in: unknown names, traversal with
# and without escapes, other methods. What the UI does in a browser is
# tests/browser.
here=$(dirname "$0")
. "$here/lib.sh"

PID=
trap 'if [ -n "$PID" ]; then kill -TERM "$PID"; wait "$PID"; fi; rm -rf "$T"' EXIT

party_tree
start_server log

# web METHOD PATH [CURL ARGS...]: sets STATUS, BODY and HEADERS (one
# header a line, names in lower case).
web() {
  local method=$1 path=$2
  shift 2
  # curl writes no file for an answer without a body.
  rm -f "$T/body"
  if [ "$method" = HEAD ]; then set -- --head "$@"; else set -- -X "$method" "$@"; fi
  STATUS=$(curl -s --path-as-is -o "$T/body" -D "$T/headers" \
    -w '%{http_code}' "$@" "$B$path")
  BODY=$(cat "$T/body" 2>/dev/null)
  HEADERS=$(tr -d '\r' <"$T/headers" | sed 's/^\([^:]*\):/\L\1:/')
}
header() { sed -n "s/^$1: //p" <<<"$HEADERS"; }

CSP="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; manifest-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

# secure WHAT: the last answer has the headers every answer carries.
secure() {
  equal "$1: CSP" "$CSP" "$(header content-security-policy)"
  equal "$1: nosniff" nosniff "$(header x-content-type-options)"
  equal "$1: frames" DENY "$(header x-frame-options)"
  equal "$1: referrer" no-referrer "$(header referrer-policy)"
}

# ---- the page and its files ------------------------------------------------

web GET /
equal "/: status" 200 "$STATUS"
equal "/: type" "text/html; charset=utf-8" "$(header content-type)"
secure /
equal "/: cache" no-cache "$(header cache-control)"
has "/: charset" "$BODY" '<meta charset="utf-8">'
has "/: lang" "$BODY" '<html lang="en">'
has "/: the script is a file" "$BODY" '<script type="module" src="/ui/app.js">'
lacks "/: no inline script" "$(grep -v 'src=' <<<"$BODY")" '<script'
lacks "/: no inline style" "$BODY" 'style='
ETAG=$(header etag)
has "/: etag" "$ETAG" '"'
equal "/: the same bytes as web/index.html" \
  "$(sha256sum <"$CADRE_SOURCE/web/index.html")" "$(sha256sum <"$T/body")"

web GET / -H "If-None-Match: $ETAG"
equal "/ again: not modified" 304 "$STATUS"
equal "/ again: empty" "" "$BODY"
web GET / -H 'If-None-Match: "0000000000000000"'
equal "/ with another etag" 200 "$STATUS"
web HEAD /
equal "HEAD /" 200 "$STATUS"
lacks "HEAD /: no body" "$BODY" "<!doctype"
equal "HEAD /: its length" "$(wc -c <"$CADRE_SOURCE/web/index.html")" \
  "$(header content-length)"

for f in app.js:text/javascript style.css:text/css \
  i18n/en.json:application/json icon.svg:image/svg+xml \
  vendor/chart.umd.min.js:text/javascript; do
  web GET "/ui/${f%%:*}"
  equal "/ui/${f%%:*}: status" 200 "$STATUS"
  has "/ui/${f%%:*}: type" "$(header content-type)" "${f#*:}"
  secure "/ui/${f%%:*}"
done

# The catalog: JSON, every value a text, with the language it is in.
web GET /ui/i18n/en.json
echo "$BODY" >"$T/out"
equal "catalog: lang" en "$(json lang)"
equal "catalog: a text" "Log in" "$(json '"login.submit"')"
equal "catalog: only texts" 0 "$(sqlite3 :memory: \
  "SELECT count(*) FROM json_each(readfile('$T/out')) WHERE type <> 'text'")"
# Every key the UI's code names literally is in it (the browser test
# looks for keys shown untranslated, which is what a missing key shows).
for key in $(grep -ho "[^a-z_]t('[a-z_.]*'" "$CADRE_SOURCE"/web/*.js |
  sed "s/.t('//; s/'//" | sort -u); do
  [ "$(json "\"$key\"")" != "" ] && pass || fail "catalog lacks $key"
done

# ---- what is not served ----------------------------------------------------

for p in /ui/ /ui /ui/nope.js /index.html /ui/index.html /ui/package.json \
  /ui/node_modules/chart.js/package.json /ui/vendor/ /ui/vendor/nope.js \
  /ui/i18n/xx.json /favicon.ico /ui/APP.JS; do
  web GET "$p"
  equal "$p: status" 404 "$STATUS"
  echo "$BODY" >"$T/out"
  equal "$p: code" not_found "$(json error.code)"
  secure "$p"
done
for p in /ui/../CMakeLists.txt /ui/%2e%2e/CMakeLists.txt \
  /ui/vendor/../../web/app.js /ui/./app.js /ui/i18n/%2E%2E/app.js \
  '/ui/..%2fCMakeLists.txt'; do
  web GET "$p"
  [[ "$STATUS" = 400 || "$STATUS" = 404 ]] && pass ||
    fail "$p: status $STATUS, expected 400 or 404"
  lacks "$p: no file" "$BODY" "cmake_minimum_required"
  lacks "$p: no script" "$BODY" "import "
done
web POST /ui/app.js -H 'Content-Type: application/json' -d '{}'
equal "POST /ui/app.js" 405 "$STATUS"
equal "POST /ui/app.js: allow" "GET, HEAD" "$(header allow)"
web DELETE /
equal "DELETE /" 405 "$STATUS"

# ---- the API's answers carry the same headers, and are never kept ---------

web GET /api/v1/session
equal "api: status" 401 "$STATUS"
secure "api"
equal "api: cache" no-store "$(header cache-control)"
equal "api: no etag" "" "$(header etag)"

finish
