# report_lib.sh — what the tests of the report in people's forms share
# (t_print.sh, t_report_lang.sh, t_summary_lang.sh; sourced after
# lib.sh): python checks, the catalogs' words (report_words.py) and the
# demo's year.
SRC=${CADRE_SOURCE:?CADRE_SOURCE: the source tree}
export PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}"
# Debian's python, where python3-openpyxl is (scripts/setup.sh), whatever
# else is on PATH.
PY=/usr/bin/python3

# check_py SCRIPT ARGS...: runs a python check that prints "PASS what" or
# "FAIL what: why" lines; each counts as a check.
check_py() {
  local line
  while IFS= read -r line; do
    case $line in
    PASS*) pass ;;
    *) fail "$line" ;;
    esac
  done < <("$PY" - "$@" 2>&1)
}

# demo_period: the demo database, and `period` the options of its year.
demo_period() {
  "$CADRE" demo >"$T/demo.log" 2>&1 || { cat "$T/demo.log"; exit 1; }
  Y=$(sed -n 's/.*report NL-CQDN --from \([0-9]*\)-01-01.*/\1/p' "$T/demo.log")
  [ -n "$Y" ] || { fail "no year in the demo's words"; exit 1; }
  period=(--from "$Y-01-01" --to "$Y-12-31")
}
