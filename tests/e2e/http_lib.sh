# http_lib.sh — what the tests of the API share (sourced after lib.sh):
# requests with curl that set STATUS, BODY and HEADERS, sessions in
# cookie jars, refusals checked with the database unchanged, and the
# servers (SPID, TPID) stopped when the test ends.
SPID= TPID=
stop_server() {
  local pid
  for pid in $SPID $TPID; do
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  SPID= TPID=
}
# The servers go with the test, whatever happens to it.
trap 'stop_server; rm -rf "$T"' EXIT

# api METHOD PATH [CURL ARGS...]: sets STATUS, BODY and HEADERS.
api() {
  local method=$1 path=$2
  shift 2
  STATUS=$(curl -s --path-as-is -o "$T/body" -D "$T/headers" \
    -w '%{http_code}' -X "$method" "$@" "$B$path")
  BODY=$(cat "$T/body")
  HEADERS=$(tr -d '\r' <"$T/headers")
}

# get PATH: a value of the last body (sqlite's JSON functions).
get() {
  sqlite3 :memory: "SELECT json_extract(readfile('$T/body'), '\$.$1')"
}

# without_superiors JSON: an org's JSON without its superiors, which a
# user of a branch sees only down from their scope.
without_superiors() {
  python3 -c 'import json,sys; o=json.load(sys.stdin); o.pop("superiors"); print(json.dumps(o, ensure_ascii=False, indent=2))' <<<"$1"
}

# status WHAT EXPECTED: the last request's status.
status() { equal "$1: status" "$2" "$STATUS"; }

# items: how many items the last body lists.
items() {
  sqlite3 :memory: "SELECT json_array_length(readfile('$T/body'), '\$.items')"
}

# accounts "NAME ROLE SCOPE"...: the accounts of the web application a
# test signs in as, all with the password $PW (also in the file $pw).
PW='mật khẩu đủ dài'
pw="$T/pw"
accounts() {
  local u
  printf '%s\n' "$PW" >"$pw"
  for u in "$@"; do
    set -- $u
    ok user add "$1" --role "$2" --scope "$3" --password-file "$pw"
  done
}

# login NAME PASSWORD [CURL ARGS...]: logs in; on success the session is
# in a cookie jar of that name. Sets CSRF.
login() {
  local name=$1 password=$2
  shift 2
  api POST /api/v1/login -c "$T/jar.new" \
    -H 'Content-Type: application/json' \
    -d "{\"user\": \"$name\", \"password\": \"$password\"}" "$@"
  [ "$STATUS" = 200 ] && mv "$T/jar.new" "$T/jar.$name"
  CSRF=$(get csrf)
}

# as NAME METHOD PATH [CURL ARGS...]: a request in NAME's session.
as() {
  local who=$1
  shift
  local method=$1 path=$2
  shift 2
  api "$method" "$path" -b "$T/jar.$who" "$@"
}

# refused_http STATUS CODE MESSAGE [FIELD] -- METHOD PATH [CURL ARGS...]:
# the request (run with api) gets STATUS and {"error": {CODE, a message
# holding MESSAGE, FIELD}}, and the database is unchanged.
refused_http() {
  local st=$1 code=$2 msg=$3 field=
  shift 3
  if [ "$1" != -- ]; then
    field=$1
    shift
  fi
  shift
  local before after
  before=$(snapshot)
  "$@"
  after=$(snapshot)
  if [ "$STATUS" != "$st" ]; then
    fail "$* -> $STATUS, expected $st: $BODY"
  elif [ "$(get error.code)" != "$code" ]; then
    fail "$* -> code '$(get error.code)', expected '$code'"
  elif [[ "$(get error.message)" != *"$msg"* ]]; then
    fail "$* -> message '$(get error.message)' lacks '$msg'"
  elif [ "$(get error.field)" != "$field" ]; then
    fail "$* -> field '$(get error.field)', expected '$field'"
  elif [ "$before" != "$after" ]; then
    fail "$* -> changed the database"
  else
    pass
  fi
}
