#!/bin/bash
# The catalogs' completeness: every string the code marks (po/extract.sh's
# extraction over src/) must be in every catalog, translated and not
# fuzzy, and every translation of a printf format must take the
# arguments its msgid takes (msgfmt --check-format, with the flags of the
# template, so that a catalog cannot escape the check by dropping its
# c-format flag), and every translation must keep the {placeholders} of
# its msgid (po/placeholders.py: the web UI's texts). Prints each problem naming the catalog and the string;
# exits 1 when there is one.
#   po/check.sh [FILE.po...]     (default: every po/*.po)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/extract.sh" --pot "$tmp/cadre.pot" || exit 2
if [ $# -eq 0 ]; then
  set -- "$here"/*.po
fi
bad=0
# The msgids (with their msgctxt) of a catalog's entries, one a line.
ids() {
  sed -n -e 's/^msgctxt \(.*\)/[context \1] /p' -e 's/^msgid \(".\+"\)$/\1/p' |
    sed -e ':a' -e '/^\[context .*\] $/{N;s/\n//;ba' -e '}'
}
for po in "$@"; do
  if [ ! -r "$po" ]; then
    echo "$po: no such catalog" >&2
    bad=1
    continue
  fi
  merged=$tmp/merged.po
  if ! msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$merged" "$po" \
    "$tmp/cadre.pot" 2>"$tmp/err"; then
    echo "$po: $(cat "$tmp/err")" >&2
    bad=1
    continue
  fi
  while IFS= read -r id; do
    echo "$po: not translated: $id" >&2
    bad=1
  done < <(msgattrib --untranslated --no-obsolete --no-wrap "$merged" | ids)
  while IFS= read -r id; do
    echo "$po: fuzzy (not a translation yet): $id" >&2
    bad=1
  done < <(msgattrib --only-fuzzy --no-obsolete --no-wrap "$merged" | ids)
  if ! msgfmt --check-format -o /dev/null "$merged" 2>"$tmp/err"; then
    # msgfmt names lines of the merged file: name the string instead.
    while IFS= read -r line; do
      n=$(sed -n 's/^[^:]*:\([0-9]*\): .*/\1/p' <<<"$line")
      what=${line#*: }
      id=
      [ -n "$n" ] && id=$(head -n "$n" "$merged" | grep '^msgid ' | tail -1 |
        sed 's/^msgid //')
      echo "$po: ${id:+$id: }$what" >&2
    done <"$tmp/err"
    bad=1
  fi
  python3 "$here/placeholders.py" "$po" "$merged" || bad=1
done
exit $bad
