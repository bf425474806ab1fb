# The command line's help and its own lines in the language chosen
# (issue 8, item 1; docs/i18n.md): `help`, `help NOUN`, `COMMAND --help`,
# `--help`, the man page and the Markdown reference follow --lang, then
# CADRE_LANG, then the locale; every command's --help in Vietnamese has
# no English line left; the lines a handler prints for a person (an
# import's count) are the catalog's. The expected texts are read from
# po/vi.po and po/hi.po here, never copied into the test. (English is
# unchanged: e2e/t_docs compares `help --markdown` with docs/cli.md.)
here=$(dirname "$0")
. "$here/lib.sh"
SRC=${CADRE_SOURCE:?CADRE_SOURCE: the source tree}
unset LC_ALL LC_MESSAGES LANG LANGUAGE CADRE_LANG

# po FILE MSGID [CONTEXT]: the translation of MSGID in the catalog FILE
# (its first form, for a message with a plural), as the catalog writes it.
po() {
  local re
  re=$(printf '%s' "$2" | sed 's/[][\.*^$()+?{}|]/\\&/g')
  # msggrep selects what any of its patterns matches: the context first,
  # then the msgid (entries without a context: the header's "Project-Id"
  # has none either, and only it is left out by ^...$).
  if [ -n "${3:-}" ]; then
    LC_ALL=C.UTF-8 msggrep --no-wrap -J -E -e "^$3\$" "$1"
  else
    cat "$1"
  fi | LC_ALL=C.UTF-8 msggrep --no-wrap -K -E -e "^$re\$" |
    sed -n 's/^msgstr\(\[0\]\)\{0,1\} "\(.*\)"$/\2/p' | tail -n 1
}
vi=$SRC/po/vi.po
hi=$SRC/po/hi.po

# translated WHAT CATALOG TEXT MSGID...: each MSGID has a translation in
# CATALOG that differs from it, and TEXT holds it.
translated() {
  local what=$1 cat=$2 text=$3 id t
  shift 3
  for id in "$@"; do
    t=$(po "$cat" "$id")
    if [ -z "$t" ] || [ "$t" == "$id" ]; then
      fail "$what: $(basename "$cat") has no translation of '$id'"
    else
      has "$what" "$text" "$t"
    fi
  done
}

# ---- help, help NOUN, COMMAND --help, --help: --lang, CADRE_LANG, LANG --

ok --lang vi help
translated "help --lang vi" "$vi" "$OUT" "Commands:" "list members" \
  "found an organisation" "the period report of an organisation and all below it, or of a grouping"
has "help --lang vi: the commands stay" "$OUT" "  member list "
lacks "help --lang vi: no English summary" "$OUT" "list members"
overview_vi=$OUT
# Its first paragraph is the catalog's, broken into lines of at most 80
# characters at spaces (the English one is two lines, as it always was).
intro=$(po "$vi" "cadre — records of party-building work: the organisation tree, members and their lifecycle, and the period report.")
paragraph=$(printf '%s\n' "$OUT" | sed '/^$/q' | sed '/^$/d')
equal "help --lang vi: the first paragraph" "$intro" "$(tr '\n' ' ' <<<"$paragraph" | sed 's/ $//')"
long=$(while IFS= read -r line; do
  [ "$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)" -gt 80 ] && echo "$line"
done <<<"$paragraph")
[ -z "$long" ] && [ "$(wc -l <<<"$paragraph")" -gt 1 ] && pass ||
  fail "help --lang vi: the first paragraph's lines: $paragraph"

ok --lang vi member add --help
translated "member add --help --lang vi" "$vi" "$OUT" "Options:" \
  "record an existing member from the registers; prints the new id" \
  "full name" "date of birth" "the cell the member is registered in" \
  "the database (default: \$CADRE_DB, else ./cadre.db)"
# The synopsis keeps the names of options and their values.
has "member add --help --lang vi: the synopsis" "$OUT" \
  "cadre member add --name NAME --born DATE --gender GENDER"
# What a value takes, from its type, is in the language too.
has "member add --help --lang vi: the choices" "$OUT" \
  "$(po "$vi" "one of %s or %s" | sed 's/%s.*//')"

# The option may come after the command, and `help NOUN VERB` is the same.
ok member add --help --lang vi
member_add_vi=$OUT
ok --lang vi help member add
equal "help member add = member add --help" "$member_add_vi" "$OUT"

CADRE_LANG=hi ok org --help
translated "org --help, CADRE_LANG=hi" "$hi" "$OUT" "found an organisation" \
  "list the organisation tree"
CADRE_LANG=hi ok --help
translated "--help, CADRE_LANG=hi" "$hi" "$OUT" "Commands:" "list members"

LANG=vi_VN.UTF-8 ok --help
equal "--help with LANG=vi_VN.UTF-8" "$overview_vi" "$OUT"
# --help before --lang is answered in the language of --lang too.
ok --help --lang vi
equal "--help --lang vi" "$overview_vi" "$OUT"
# --lang wins over CADRE_LANG, which wins over the locale.
CADRE_LANG=hi LANG=en_US.UTF-8 ok --lang vi help
equal "--lang over CADRE_LANG" "$overview_vi" "$OUT"
CADRE_LANG=vi LANG=hi_IN.UTF-8 ok help
equal "CADRE_LANG over LANG" "$overview_vi" "$OUT"

# A command line that stops short shows the help on stderr, translated.
run --lang vi member
equal "cadre member: usage exit" 2 "$RC"
translated "cadre --lang vi member (stderr)" "$vi" "$ERR" "list members"

# ---- every command's --help: no English line left ------------------------
# Line by line against the English help: every line differs but the empty
# ones (a line of an option alone would not, and there is none: every
# option has a help).
ok help
commands=$(printf '%s\n' "$OUT" |
  sed -n 's/^  \([a-z-]\+\) \{0,1\}\([a-z-]*\)  .*/\1 \2/p')
[ "$(wc -l <<<"$commands")" -gt 60 ] && pass ||
  fail "too few commands read from cadre help: $commands"
while read -r noun verb; do
  run $noun $verb --help
  en=$OUT
  run --lang vi $noun $verb --help
  if [ "$RC" -ne 0 ]; then
    fail "cadre --lang vi $noun $verb --help -> exit $RC"
    continue
  fi
  same=$(paste -d '\n' <(printf '%s\n' "$en") <(printf '%s\n' "$OUT") |
    awk 'NR % 2 { prev = $0; next } $0 == prev && $0 != "" { print }')
  if [ -z "$same" ] &&
    [ "$(wc -l <<<"$en")" -eq "$(wc -l <<<"$OUT")" ]; then
    pass
  else
    fail "$noun $verb --help --lang vi: English left: $same"
  fi
done <<<"$commands"

# ---- the man page and the Markdown reference -----------------------------

ok --lang vi help --markdown
translated "help --markdown --lang vi" "$vi" "$OUT" "The cadre command line" \
  "(required)" "list members" "full name"
has "help --markdown --lang vi: the table's header" "$OUT" \
  "| $(po "$vi" option "command reference") | $(po "$vi" meaning "command reference") |"
has "help --markdown --lang vi: the exit codes" "$OUT" \
  "## $(po "$vi" "Exit codes" "command reference")"
ok --lang vi help --man
has "help --man --lang vi: a section" "$OUT" \
  ".SH $(po "$vi" "EXIT STATUS" "man page section")"
translated "help --man --lang vi" "$vi" "$OUT" "list members"
ok help --man
lacks "help --man in English" "$OUT" "$(po "$vi" "list members")"

# ---- the lines a handler prints: an import's count -----------------------

cat >"$T/orgs.csv" <<'EOF'
code,name,kind,parent,founded
TW,Trung ương,central,,1930-02-03
HT,Tỉnh ủy,provincial,TW,1930-08-01
EOF
ok --lang vi init
run --lang vi import orgs "$T/orgs.csv"
equal "import orgs --lang vi: exit" 0 "$RC"
# Vietnamese has one form for every number.
format=$(po "$vi" "imported %ld organisation from %s")
[ -n "$format" ] && pass || fail "vi.po lacks the import's count"
equal "import orgs --lang vi: the count" "$(printf "$format" 2 "$T/orgs.csv")" \
  "$ERR"
# English keeps its two forms.
cat >"$T/one.csv" <<'EOF'
code,name,kind,parent,founded
K,Đảng bộ Khối,committee,HT,1990-01-01
EOF
run import orgs "$T/one.csv"
equal "import orgs: the count in English" \
  "imported 1 organisation from $T/one.csv" "$ERR"

finish
