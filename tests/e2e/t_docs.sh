# The documents generated from the command table are in step with it:
# docs/cli.md is `cadre help --markdown`, and the man page names every
# command.
source "$(dirname "$0")/lib.sh"
src=${CADRE_SOURCE:-$(dirname "$0")/../..}
# docs/cli.md is English, the language of the source: whatever language
# the environment that runs the tests asks for (the help follows it).
unset CADRE_LANG LC_ALL LC_MESSAGES
export LANG=C

ok help --markdown
if diff -u "$src/docs/cli.md" "$T/out" >"$T/diff"; then
  pass
else
  fail "docs/cli.md differs from 'cadre help --markdown' (regenerate it):
$(head -20 "$T/diff")"
fi

ok help --man
man=$OUT
ok help
while read -r noun verb _; do
  [[ "$man" == *".SS \"cadre $noun"* ]] && pass ||
    fail "the man page lacks cadre $noun"
done < <(printf '%s\n' "$OUT" | sed -n 's/^  \([a-z]\+\) \{0,1\}\([a-z]*\) .*/\1 \2/p')

finish
