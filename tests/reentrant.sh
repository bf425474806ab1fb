# Code a request of the server can reach runs on many threads at once:
# nothing outside the command line's own files (src/cli) may call a C
# library function that keeps hidden state between calls (issue 7). Read
# from the compiled objects (nm), so that a macro cannot hide a call.
#   bash reentrant.sh OBJECT...
# It first shows that it catches a planted call: an object compiled here
# that calls strtok must fail the check.
set -u
check() { bash "$0" --objects "$@"; }
if [ "${1:-}" != --objects ]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  mkdir -p "$dir/src/app"
  printf '#include <string.h>\nchar *f(char *s) { return strtok(s, "."); }\n' \
    >"$dir/planted.c"
  cc -c "$dir/planted.c" -o "$dir/src/app/planted.o" || exit 1
  if check "$@" "$dir/src/app/planted.o" 2>/dev/null; then
    echo "FAIL: a planted call of strtok was not caught" >&2
    exit 1
  fi
  check "$@"
  exit
fi
shift
banned='^(strtok|localtime|gmtime|ctime|asctime|rand|srand|random|srandom|drand48|lrand48|getpwuid|getpwnam|getgrgid|getgrnam|getlogin|readdir|strerror|strsignal|setlocale|tmpnam|ttyname|ecvt|fcvt|gcvt|crypt|getenv|setenv|putenv|unsetenv|basename|dirname|inet_ntoa|gethostbyname|gethostbyaddr)$'
failures=0
checked=0
for obj in "$@"; do
  case $obj in */src/cli/*) continue ;; esac
  checked=$((checked + 1))
  calls=$(nm -u "$obj" | awk '$1 == "U" { print $2 }' | sed 's/@.*//' |
    grep -E "$banned" | sort -u | tr '\n' ' ')
  if [ -n "$calls" ]; then
    echo "FAIL: $(basename "$obj" .o) calls what is not reentrant: $calls" >&2
    failures=$((failures + 1))
  fi
done
[ "$checked" -gt 20 ] || { echo "FAIL: only $checked objects checked" >&2; exit 1; }
[ "$failures" -eq 0 ] && echo "reentrant: $checked objects checked"
exit $((failures > 0))
