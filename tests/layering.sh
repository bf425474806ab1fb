# One door (issue 7): the front ends (src/cli, src/http, and src/view that
# renders for both) call app/ and util/ and nothing below them — no store_, core_, report_ or sqlite3_ function. Read
# from the compiled objects (nm), not from the source, so that a macro or a
# header cannot hide a call.
#   bash layering.sh ALLOW OBJECT...
# ALLOW lists the front-end files not yet moved behind app/, one per line
# (a file of src/cli by its name, of another front end as http/FILE.c):
# they may still call below it, and each must still do so (a file that no
# longer does is to be taken off the list), so the list only shrinks.
set -u
allow=$1
shift
failures=0
listed() { grep -qx "$1" <(grep -v '^#' "$allow"); }
for obj in "$@"; do
  src=${obj##*/src/} # cli/member.c.o
  src=${src%.o}
  [ "${src%%/*}" = cli ] && src=${src#cli/}
  below=$(nm -u "$obj" | awk '$1 == "U" { print $2 }' |
    grep -E '^(store|core|report|sqlite3)_' | sort -u | tr '\n' ' ')
  if [ -n "$below" ] && ! listed "$src"; then
    echo "FAIL: $src calls below app/: $below" >&2
    failures=$((failures + 1))
  elif [ -z "$below" ] && listed "$src"; then
    echo "FAIL: $src calls only app/ now: take it off $allow" >&2
    failures=$((failures + 1))
  fi
done
[ "$#" -gt 10 ] || { echo "FAIL: only $# objects given" >&2; exit 1; }
[ "$failures" -eq 0 ] && echo "layering: $# front-end objects checked"
exit $((failures > 0))
