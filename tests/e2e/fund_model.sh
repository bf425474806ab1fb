# The script's own record of funds mobilised, for t_fund.sh and t_group.sh
# (sourced after lib.sh and year_model.sh; not a test by itself): what
# each `fund add` means by DOMAIN.md §9, and the funds figures of any
# organisation and period counted from it, never copied from cadre.

# One entry per fund: its date, organisation, campaign (as cadre keeps it)
# and amount in VND. Bash arithmetic is 64-bit, as cadre's.
FD=() FO=() FC=() FA=()

# f_add ORG CAMPAIGN DATE TYPED [VND [LABEL]]: `fund add`; VND is the
# amount TYPED means (TYPED itself when plain digits), LABEL the campaign
# as cadre keeps it (normalised; CAMPAIGN unless given). Amounts under
# 100 billion VND are also written to year_model.sh's record of party
# work, so that check_report checks them with every other figure; that
# record is summed by awk, whose printf %d stops at 2^31 - 1 in Debian's
# mawk, so the scripts keep those sums below 2 billion VND and check large
# amounts with expect_funds, in bash's 64-bit arithmetic.
f_add() {
  local org=$1 camp=$2 d=$3 typed=$4 vnd=${5:-$4} label=${6:-$2}
  ok fund add --org "$org" --campaign "$camp" --date "$d" --amount "$typed"
  [ "$RC" -eq 0 ] || return
  FD+=("$d")
  FO+=("$org")
  FC+=("$label")
  FA+=("$vnd")
  anc "$org" "$d"
  if ((vnd < 100000000000)); then
    work "$d" funds total "$vnd" $A
    work "$d" funds.by_campaign "$label" "$vnd" $A
  fi
}

# fund_rework: writes the funds to year_model.sh's record of party work
# again, each where it lands as the tree is now known: a move re-places
# the funds dated after it, also those recorded before it.
fund_rework() {
  local i
  grep -v '^[^|]*|[^|]*|funds' "$WORK" >"$T/work.kept"
  mv "$T/work.kept" "$WORK"
  for i in "${!FD[@]}"; do
    ((FA[i] < 100000000000)) || continue
    anc "${FO[$i]}" "${FD[$i]}"
    work "${FD[$i]}" funds total "${FA[$i]}" $A
    work "${FD[$i]}" funds.by_campaign "${FC[$i]}" "${FA[$i]}" $A
  done
}

# expect_funds ORG FROM TO: E_TOTAL, and E_LINES "campaign|amount" in the
# report's order (most first, then by the bytes of the text): the funds
# dated in the period of organisations that were ORG or below it then.
expect_funds() {
  local org=$1 from=$2 to=$3 i k
  declare -A by=()
  E_TOTAL=0
  for i in "${!FD[@]}"; do
    [[ "${FD[$i]}" < "$from" || "${FD[$i]}" > "$to" ]] && continue
    anc "${FO[$i]}" "${FD[$i]}"
    within "$org" "$A" || continue
    E_TOTAL=$((E_TOTAL + FA[i]))
    by[${FC[$i]}]=$((${by[${FC[$i]}]:-0} + FA[i]))
  done
  E_LINES=$(for k in "${!by[@]}"; do printf '%s\t%s\n' "${by[$k]}" "$k"; done |
    LC_ALL=C sort -t$'\t' -k1,1nr -k2,2 | while IFS=$'\t' read -r n k; do
    printf '%s|%s\n' "$k" "$n"
  done)
}

# check_funds ORG FROM TO: the JSON report's funds are the expected ones,
# and the direct engine writes the same bytes.
check_funds() {
  local org=$1 from=$2 to=$3 what="$1 $2..$3"
  expect_funds "$org" "$from" "$to"
  ok report "$org" --from "$from" --to "$to" --format json
  cp "$T/out" "$T/auto.json"
  equal "$what: funds.total" "$E_TOTAL" "$(json funds.total)"
  equal "$what: funds.by_campaign" "$E_LINES" \
    "$(json_each '$.funds.by_campaign' "key || '|' || value")"
  ok report "$org" --from "$from" --to "$to" --format json --engine direct
  same_as "$what: the direct engine" "$T/auto.json"
}

