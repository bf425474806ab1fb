# An independent model of what a scenario records, for t_year.sh and
# t_history.sh (sourced after lib.sh; not a test by itself).
#
# Every helper below runs one cadre command through lib.sh's `ok` and
# writes down, in plain bash, what the command means by DOMAIN.md: the
# superior of each organisation and the cell and status of each member as
# dated histories, and every flow as a line "date|org|flow|member" for each
# organisation that held the member (or the organisation) on that day. The
# expected report of any organisation and period is then counted from this
# record (expect_report), never copied from cadre's output.
#
# Histories are lists of "DATE=VALUE" words in date order; the value on a
# day is that of the last entry dated on or before it: the state after
# that day's events, which is when a report counts its stock.
#
# The lookups set a variable instead of printing (no subshells): `at` sets
# R, `anc` sets A.

declare -A KIND=() PHIST=() ENDED=() FOUNDED=() ONAMES=() RECORDED=()
declare -A ID=() GEN=() BYEAR=() ETH=() EDU=() THEORY=() KEY=()
declare -A CELLH=() STATH=() PSTART=() ORIGIN=() LEFT=() TIMEOUT=()
declare -A LEFTHOW=()
ORGS=()
MEMBERS=()
FLOWS=$T/flows
: >"$FLOWS"
# Records of party work (issue 3): "date|org|section|item|amount" for each
# organisation the record lands on.
WORK=$T/work
: >"$WORK"

# hist_add ARRAY KEY DATE VALUE: adds an entry, keeping date order (entries
# of one day keep the order they were added in).
hist_add() {
  local -n hh=$1
  local e out="" done=""
  for e in ${hh[$2]:-}; do
    if [ -z "$done" ] && [[ "${e%%=*}" > "$3" ]]; then
      out+="$3=$4 "
      done=1
    fi
    out+="$e "
  done
  [ -z "$done" ] && out+="$3=$4 "
  hh[$2]=$out
}

# at ARRAY KEY DATE: R = the value on DATE ("" before the first entry).
at() {
  local -n hh=$1
  local e
  R=""
  for e in ${hh[$2]:-}; do
    [[ "${e%%=*}" > "$3" ]] && break
    R=${e#*=}
  done
}

# anc ORG DATE: A = "ORG and its superiors on DATE, up to the root ".
anc() {
  local o=$1
  A=""
  while [ -n "$o" ]; do
    A+="$o "
    at PHIST "$o" "$2"
    o=$R
  done
}

# within WORD LIST: whether WORD is one of the words of LIST.
within() { [[ " $2 " == *" $1 "* ]]; }

# minus "A B C" "B": M = the words of the first list not in the second.
minus() {
  local w
  M=""
  for w in $1; do within "$w" "$2" || M+="$w "; done
}

# work DATE SECTION ITEM AMOUNT ORG...: a record of party work lands on
# each ORG (the organisation where it happened and those above it then).
work() {
  local d=$1 s=$2 i=$3 v=$4 o
  shift 4
  for o in "$@"; do echo "$d|$o|$s|$i|$v" >>"$WORK"; done
}

# work_target DATE SECTION ITEM TARGET ORG...: a record about TARGET lands
# on each ORG; a report counts each TARGET once (distinct organisations or
# members inspected, supervised, disciplined).
work_target() {
  local d=$1 s=$2 i=$3 who=$4 o
  shift 4
  for o in "$@"; do echo "$d|$o|$s|$i|1|$who" >>"$WORK"; done
}

# flow DATE FLOW MEMBER ORG...: the flow lands on each ORG.
flow() {
  local d=$1 f=$2 m=$3 o
  shift 3
  for o in "$@"; do echo "$d|$o|$f|$m" >>"$FLOWS"; done
}

# plus_year DATE: the same day a year later (the scenarios avoid 29 Feb).
plus_year() { printf '%04d%s' $((10#${1:0:4} + 1)) "${1:4}"; }

# days FROM TO: the number of days between two dates.
days() {
  echo $((($(date -ud "$2" +%s) - $(date -ud "$1" +%s)) / 86400))
}

is_member_status() { [ "$1" = probationary ] || [ "$1" = official ]; }

# ---- organisations -----------------------------------------------------------

# o_add CODE KIND PARENT FOUNDED NAME: `org add`. An organisation founded on
# a known date counts as founded by every organisation above it.
o_add() {
  local code=$1 kind=$2 parent=$3 founded=$4 name=$5
  local args=(org add "$code" --name "$name" --kind "$kind")
  [ -n "$parent" ] && args+=(--parent "$parent")
  [ -n "$founded" ] && args+=(--founded "$founded")
  ok "${args[@]}"
  ORGS+=("$code")
  KIND[$code]=$kind
  FOUNDED[$code]=$founded
  # Without a founding date it counts from the day recorded (docs/report.md).
  [ -z "$founded" ] && RECORDED[$code]=$CADRE_TODAY
  PHIST[$code]="${founded:-0000-01-01}=$parent"
  ONAMES[$code]="${founded:-0000-01-01}=$name"
  if [ -n "$founded" ] && [ -n "$parent" ]; then
    anc "$parent" "$founded"
    flow "$founded" founded "" $A
  fi
}

# name_at CODE DATE: the name of an organisation on a day.
name_at() {
  local e v="" IFS='|'
  for e in ${ONAMES[$1]}; do
    [[ "${e%%=*}" > "$2" ]] && break
    v=${e#*=}
  done
  printf '%s' "$v"
}

o_rename() { # CODE DATE NAME
  ok org rename "$1" --name "$3" --date "$2"
  ONAMES[$1]+="|$2=$3"
}

# members_below ORG DATE: MB = the members registered below ORG on DATE.
members_below() {
  local h
  MB=""
  for h in "${MEMBERS[@]}"; do
    at STATH "$h" "$2"
    is_member_status "$R" || continue
    at CELLH "$h" "$2"
    anc "$R" "$2"
    within "$1" "$A" && MB+="$h "
  done
}

# model_move CODE TO DATE: the organisation itself moves out of (into)
# every organisation above it that it leaves (enters), not those below it;
# its members move with it, counted on the day.
model_move() {
  local code=$1 to=$2 d=$3 h before moving
  declare -A was=()
  members_below "$code" "$d"
  moving=$MB
  for h in $moving; do
    at CELLH "$h" "$d"
    anc "$R" "$d"
    was[$h]=$A
  done
  at PHIST "$code" "$d"
  anc "$R" "$d"
  before=$A
  counted_from "$code" "$d"
  hist_add PHIST "$code" "$d" "$to"
  anc "$to" "$d"
  minus "$before" "$A"
  flow "$d" orgs_out "" $M
  minus "$A" "$before"
  flow "$d" orgs_in "" $M
  for h in $moving; do
    at CELLH "$h" "$d"
    anc "$R" "$d"
    minus "${was[$h]}" "$A"
    flow "$d" members_out "$h" $M
    minus "$A" "${was[$h]}"
    flow "$d" members_in "$h" $M
  done
}

o_move() { # CODE TO DATE
  ok org move "$1" --to "$2" --date "$3"
  model_move "$@"
}

# counted_from CODE DATE: an organisation recorded without a founding date
# counts from its earliest move or end when that is before the day recorded.
counted_from() {
  [[ "${RECORDED[$1]:-}" > "$2" ]] && RECORDED[$1]=$2
  return 0
}

# o_dissolve CODE DATE: counted as dissolved by those above it.
o_dissolve() {
  ok org dissolve "$1" --date "$2"
  at PHIST "$1" "$2"
  anc "$R" "$2"
  flow "$2" dissolved "" $A
  counted_from "$1" "$2"
  hist_add PHIST "$1" "$2" ""
  ENDED[$1]=$2
}

# o_merge ORG INTO DATE: a merged cell's members are transferred to the
# target cell on the day; a merged committee's organisations pass to the
# target, each as if moved there. The merged organisation ends, counted as
# merged by those above it.
o_merge() {
  local src=$1 into=$2 d=$3 h o above moving
  at PHIST "$src" "$d"
  anc "$R" "$d"
  above=$A
  members_below "$src" "$d"
  moving=$MB
  ok org merge "$src" --into "$into" --date "$d"
  case ${KIND[$src]} in
  cell | grassroots_cell)
    for h in $moving; do model_transfer "$h" "$into" "$d"; done
    ;;
  *)
    for o in "${ORGS[@]}"; do
      [ -n "${ENDED[$o]:-}" ] && continue
      at PHIST "$o" "$d"
      [ "$R" = "$src" ] && model_move "$o" "$into" "$d"
    done
    ;;
  esac
  flow "$d" merged "" $above
  counted_from "$src" "$d"
  hist_add PHIST "$src" "$d" ""
  ENDED[$src]=$d
}

# ---- members -----------------------------------------------------------------

# m_new HANDLE CELL GENDER BORN ETHNICITY EDUCATION THEORY KEY: the person.
m_new() {
  MEMBERS+=("$1")
  GEN[$1]=$3
  BYEAR[$1]=${4:0:4}
  ETH[$1]=$5
  EDU[$1]=$6
  THEORY[$1]=$7
  KEY[$1]=$8
  TIMEOUT[$1]=0
}

person_args() { # NAME BORN GENDER ETHNICITY EDUCATION THEORY KEY POSITION
  P=(--name "$1" --born "$2" --gender "$3")
  [ -n "$4" ] && P+=(--ethnicity "$4")
  [ -n "$5" ] && P+=(--education "$5")
  [ -n "$6" ] && P+=(--theory "$6")
  [ -n "$7" ] && P+=(--key-cadre)
  [ -n "$8" ] && P+=(--position "$8")
  return 0
}

# m_add HANDLE CELL GENDER BORN ETH EDU THEORY KEY ADMITTED OFFICIAL POSITION
#       NAME: `member add`, a member from the registers. The admission (and
# the recognition, when official) happened on their dates, in that cell.
m_add() {
  local h=$1 cell=$2 adm=$9 off=${10} pos=${11} name=${12}
  person_args "$name" "$4" "$3" "$5" "$6" "$7" "$8" "$pos"
  local args=(member add "${P[@]}" --cell "$cell" --admitted "$adm")
  [ -n "$off" ] && args+=(--official "$off")
  ok "${args[@]}"
  ID[$h]=$OUT
  m_new "$@"
  ORIGIN[$h]=$adm
  PSTART[$h]=$adm
  hist_add CELLH "$h" "$adm" "$cell"
  hist_add STATH "$h" "$adm" probationary
  anc "$cell" "$adm"
  flow "$adm" admitted "$h" $A
  if [ -n "$off" ]; then
    hist_add STATH "$h" "$off" official
    anc "$cell" "$off"
    flow "$off" recognized_official "$h" $A
  fi
}

# m_admit HANDLE CELL GENDER BORN ETH EDU THEORY KEY DATE NAME
m_admit() {
  local h=$1 cell=$2 d=$9 name=${10}
  person_args "$name" "$4" "$3" "$5" "$6" "$7" "$8" ""
  ok member admit "${P[@]}" --cell "$cell" --date "$d"
  ID[$h]=$OUT
  m_new "$@"
  ORIGIN[$h]=$d
  PSTART[$h]=$d
  hist_add CELLH "$h" "$d" "$cell"
  hist_add STATH "$h" "$d" probationary
  anc "$cell" "$d"
  flow "$d" admitted "$h" $A
}

# m_recognize HANDLE DATE: decided on DATE, official from 12 months after
# the start of the probation, counted where the member was on that day.
m_recognize() {
  local h=$1 eff
  eff=$(plus_year "${PSTART[$h]}")
  ok member recognize "${ID[$h]}" --date "$2"
  hist_add STATH "$h" "$eff" official
  at CELLH "$h" "$eff"
  anc "$R" "$eff"
  flow "$eff" recognized_official "$h" $A
}

# model_transfer HANDLE CELL DATE: out of the organisations the member
# leaves, into those the member enters.
model_transfer() {
  local h=$1 to=$2 d=$3 a1
  at CELLH "$h" "$d"
  anc "$R" "$d"
  a1=$A
  anc "$to" "$d"
  hist_add CELLH "$h" "$d" "$to"
  minus "$a1" "$A"
  flow "$d" members_out "$h" $M
  minus "$A" "$a1"
  flow "$d" members_in "$h" $M
}

m_transfer() { # HANDLE CELL DATE
  ok member transfer "${ID[$1]}" --to "$2" --date "$3"
  model_transfer "$@"
}

# m_visit HANDLE CELL DATE UNTIL: a temporary transfer; the registration,
# and so every figure, stays at home.
m_visit() {
  ok member transfer "${ID[$1]}" --to "$2" --date "$3" --temporary \
    --until "$4"
}

# m_discipline HANDLE FORM DATE [VOTES [PROPOSAL]]: the decision counts
# where the member is registered when it is taken; expulsion also ends
# membership. The votes of the deciding body (7/9 unless given) are a
# majority; an expulsion's proposal (7/9 unless given) two thirds.
m_discipline() {
  local h=$1 form=$2 d=$3 votes=${4:-7/9} proposal=${5:-7/9}
  local args=(member discipline "${ID[$h]}" --form "$form" --date "$d"
    --votes "$votes")
  [ "$form" = expulsion ] && args+=(--proposal "$proposal")
  ok "${args[@]}"
  at CELLH "$h" "$d"
  anc "$R" "$d"
  flow "$d" "$form" "$h" $A
  flow "$d" disciplined "$h" $A
  if [ "$form" = expulsion ]; then
    flow "$d" expelled "$h" $A
    hist_add STATH "$h" "$d" out
    LEFT[$h]=$d
    LEFTHOW[$h]=expelled
  fi
}

# m_leave HANDLE remove|resign|decease DATE
m_leave() {
  local h=$1 verb=$2 d=$3 what
  ok member "$verb" "${ID[$h]}" --date "$d"
  case $verb in
  remove) what=removed ;;
  resign) what=resigned ;;
  decease) what=deceased ;;
  esac
  at CELLH "$h" "$d"
  anc "$R" "$d"
  flow "$d" "$what" "$h" $A
  hist_add STATH "$h" "$d" out
  LEFT[$h]=$d
  LEFTHOW[$h]=$what
}

# m_readmit HANDLE CELL DATE: a new probation of 12 months; party age
# leaves out the time spent out of the party.
m_readmit() {
  local h=$1 cell=$2 d=$3
  ok member readmit "${ID[$h]}" --cell "$cell" --date "$d"
  hist_add CELLH "$h" "$d" "$cell"
  hist_add STATH "$h" "$d" probationary
  PSTART[$h]=$d
  TIMEOUT[$h]=$((TIMEOUT[$h] + $(days "${LEFT[$h]}" "$d")))
  ORIGIN[$h]=$(date -ud "${ORIGIN[$h]} + $(days "${LEFT[$h]}" "$d") days" +%F)
  anc "$cell" "$d"
  flow "$d" readmitted "$h" $A
}

# ---- the expected report -----------------------------------------------------

# The bands of docs/report.md: age reached in the year of --to, and party
# age likewise (the year of --to less the year party age counts from).
age_band() { # AGE: B = the band
  local a=$1
  if ((a <= 30)); then B=18-30
  elif ((a <= 40)); then B=31-40
  elif ((a <= 50)); then B=41-50
  elif ((a <= 60)); then B=51-60
  elif ((a <= 70)); then B=61-70
  else B=71+; fi
}
PARTY_BANDS=(0-9 10-19 20-29 30-39 40-49 50+)
party_band() { # YEARS: B = the band
  local b=$(($1 / 10))
  ((b < 0)) && b=0
  ((b > 5)) && b=5
  B=${PARTY_BANDS[$b]}
}

# expect_report ORG FROM TO: every figure of `cadre report ORG`, one line
# "section|item|value" each, in the order of the CSV form.
expect_report() {
  local org=$1 from=$2 to=$3 year=$((10#${3:0:4}))
  local o h k s
  declare -A n=() eth=() edu=()
  # Stock: organisations below ORG (not ORG itself) that live on TO.
  for o in "${ORGS[@]}"; do
    [ "$o" = "$org" ] && continue
    [ -n "${FOUNDED[$o]}" ] && [[ "${FOUNDED[$o]}" > "$to" ]] && continue
    [[ "${RECORDED[$o]:-}" > "$to" ]] && continue
    [ -n "${ENDED[$o]:-}" ] && [[ ! "${ENDED[$o]}" > "$to" ]] && continue
    anc "$o" "$to"
    within "$org" "$A" || continue
    n[k.${KIND[$o]}]=$((${n[k.${KIND[$o]}]:-0} + 1))
  done
  # Stock: members registered below ORG on TO (visitors are not).
  for h in "${MEMBERS[@]}"; do
    at STATH "$h" "$to"
    s=$R
    is_member_status "$s" || continue
    at CELLH "$h" "$to"
    anc "$R" "$to"
    within "$org" "$A" || continue
    n[$s]=$((${n[$s]:-0} + 1))
    # Probation of 12 months ended on or before TO, without recognition.
    [ "$s" = probationary ] && [[ ! "$(plus_year "${PSTART[$h]}")" > "$to" ]] &&
      n[overdue]=$((${n[overdue]:-0} + 1))
    n[${GEN[$h]}]=$((${n[${GEN[$h]}]:-0} + 1))
    [ -n "${KEY[$h]}" ] && n[key]=$((${n[key]:-0} + 1))
    age_band $((year - BYEAR[$h]))
    n[age.$B]=$((${n[age.$B]:-0} + 1))
    if [ "$s" = official ]; then
      party_band $((year - 10#${ORIGIN[$h]:0:4}))
      n[party.$B]=$((${n[party.$B]:-0} + 1))
    fi
    k=theory.${THEORY[$h]:-unknown}
    n[$k]=$((${n[$k]:-0} + 1))
    eth[x${ETH[$h]}]=$((${eth[x${ETH[$h]}]:-0} + 1))
    edu[x${EDU[$h]}]=$((${edu[x${EDU[$h]}]:-0} + 1))
  done
  local gr=$((${n[k.grassroots_committee]:-0} + ${n[k.grassroots_cell]:-0}))
  echo "organizations|grassroots|$gr"
  for k in central provincial committee grassroots_committee grassroots_cell \
    sub_committee cell; do
    echo "organizations|$k|${n[k.$k]:-0}"
  done
  local prob=${n[probationary]:-0} off=${n[official]:-0}
  echo "members|total|$((prob + off))"
  echo "members|official|$off"
  echo "members|probationary|$prob"
  echo "members|probation_overdue|${n[overdue]:-0}"
  echo "members|female|${n[female]:-0}"
  echo "members|male|${n[male]:-0}"
  echo "members|key_cadres|${n[key]:-0}"
  for k in 18-30 31-40 41-50 51-60 61-70 71+; do
    echo "members.by_age|$k|${n[age.$k]:-0}"
  done
  for k in "${PARTY_BANDS[@]}"; do
    echo "members.by_party_age|$k|${n[party.$k]:-0}"
  done
  for k in none elementary intermediate advanced; do
    echo "members.by_theory|$k|${n[theory.$k]:-0}"
  done
  [ -n "${n[theory.unknown]:-}" ] &&
    echo "members.by_theory|unknown|${n[theory.unknown]}"
  # Text dimensions: most frequent first, then by the text's bytes (an
  # unrecorded value sorts as the empty text and reads "unknown").
  for k in "${!eth[@]}"; do printf '%s\t%s\n' "${eth[$k]}" "${k#x}"; done |
    LC_ALL=C sort -t$'\t' -k1,1nr -k2,2 |
    while IFS=$'\t' read -r s k; do
      echo "members.by_ethnicity|${k:-unknown}|$s"
    done
  for k in "${!edu[@]}"; do printf '%s\t%s\n' "${edu[$k]}" "${k#x}"; done |
    LC_ALL=C sort -t$'\t' -k1,1nr -k2,2 |
    while IFS=$'\t' read -r s k; do
      echo "members.by_education|${k:-unknown}|$s"
    done
  # Flows: what landed on ORG during [FROM, TO]; disciplined members are
  # counted once however many decisions.
  awk -F'|' -v org="$org" -v from="$from" -v to="$to" '
    $2 == org && $1 >= from && $1 <= to {
      n[$3]++
      if ($3 == "disciplined" && !seen[$4]++) members++
    }
    function p(s, i, f) { printf "%s|%s|%d\n", s, i, n[f] }
    END {
      p("flows", "admitted", "admitted")
      p("flows", "readmitted", "readmitted")
      p("flows", "recognized_official", "recognized_official")
      p("flows.transferred_in", "organizations", "orgs_in")
      p("flows.transferred_in", "members", "members_in")
      p("flows.transferred_out", "organizations", "orgs_out")
      p("flows.transferred_out", "members", "members_out")
      printf "flows.disciplined|members|%d\n", members
      p("flows.disciplined", "reprimand", "reprimand")
      p("flows.disciplined", "warning", "warning")
      p("flows.disciplined", "dismissal", "dismissal")
      p("flows.disciplined", "expulsion", "expulsion")
      p("flows.left", "removed", "removed")
      p("flows.left", "resigned", "resigned")
      p("flows.left", "deceased", "deceased")
      p("flows.left", "expelled", "expelled")
      p("flows.organizations", "founded", "founded")
      p("flows.organizations", "dissolved", "dissolved")
      p("flows.organizations", "merged", "merged")
    }' "$FLOWS"
  expect_work "$org" "$from" "$to"
}

# expect_work ORG FROM TO: the figures of party work, in the order of the
# CSV form, summed from the records that landed on ORG during the period.
expect_work() {
  awk -F'|' -v org="$1" -v from="$2" -v to="$3" '
    $2 == org && $1 >= from && $1 <= to && ($6 == "" || !seen[$3 $4 $6]++) {
      n[$3 "|" $4] += $5
    }
    function p(s, i) { printf "%s|%s|%d\n", s, i, n[s "|" i] }
    function each(s, list,   k, a) {
      split(list, a, " ")
      for (k = 1; k in a; k++) p(s, a[k])
    }
    END {
      each("oversight.inspected", "organizations members records with_violations")
      each("oversight.supervised", "organizations members records with_violations")
      each("organizations_disciplined",
           "organizations reprimand warning dissolution")
      each("awards.collectives", "merit flag order badge other")
      each("awards.members", "merit flag order badge other")
      each("assessments.organizations",
           "excellent well completed not-completed")
      each("assessments.members", "excellent well completed not-completed")
      held = n["meetings|regular"] + n["meetings|thematic"]
      printf "meetings|held|%d\n", held
      each("meetings", "regular thematic scored")
      scored = n["meetings|scored"]
      t = scored ? int((n["meetings|score_sum"] * 20 + scored) / (2 * scored)) : 0
      printf "meetings|mean_score|%d.%d\n", int(t / 10), t % 10
      each("meetings.grades", "good fairly-good average poor")
      each("documents", "disseminated implemented")
      p("funds", "total")
      # The histories of the model hold no congress (t_report_planning counts
      # them): the section is there, all zeros.
      split("held seats rounds elected seats_left tied_rounds", cg, " ")
      for (i = 1; i <= 6; i++) printf "congresses|%s|0\n", cg[i]
      for (k in n) if (k ~ /^funds.by_campaign\|/) {
        split(k, c, "|")
        printf "%d\t%s\n", n[k], c[2] | "LC_ALL=C sort -t\"\t\" -k1,1nr -k2,2"
      }
      close("LC_ALL=C sort -t\"\t\" -k1,1nr -k2,2")
    }' "$WORK" | while IFS= read -r line; do
    case "$line" in
    *$'\t'*) echo "funds.by_campaign|${line#*$'\t'}|${line%%$'\t'*}" ;;
    *) echo "$line" ;;
    esac
  done
}

# ---- comparing cadre's report with the expectation ---------------------------

# The figures of a JSON report (the last OUT), "section|item|value" each.
json_figures() {
  sqlite3 :memory: "SELECT replace(substr(path, 3), '\"', '') || '|' || key
      || '|' || value
    FROM json_tree(readfile('$T/out'))
    WHERE type NOT IN ('object', 'array') AND path <> '\$.scope'"
}

# check_report ORG FROM TO: the JSON report carries every expected figure,
# and nothing else; its scope names the organisation as it was named on TO.
# Leaves the expectation in $T/expected.
check_report() {
  local org=$1 from=$2 to=$3 line key want got
  expect_report "$org" "$from" "$to" >"$T/expected"
  ok report "$org" --from "$from" --to "$to" --format json
  equal "$org $from..$to: scope.org" "$org" "$(json scope.org)"
  equal "$org $from..$to: scope.name" "$(name_at "$org" "$to")" \
    "$(json scope.name)"
  equal "$org $from..$to: scope.from" "$from" "$(json scope.from)"
  equal "$org $from..$to: scope.to" "$to" "$(json scope.to)"
  declare -A actual=()
  while IFS= read -r line; do
    actual[${line%|*}]=${line##*|}
  done < <(json_figures)
  while IFS= read -r line; do
    key=${line%|*}
    want=${line##*|}
    got=${actual[$key]-absent}
    equal "$org $from..$to: $key" "$want" "$got"
    unset "actual[$key]"
  done <"$T/expected"
  for key in "${!actual[@]}"; do
    fail "$org $from..$to: $key=${actual[$key]} is not an expected figure"
  done
}

# same_as WHAT FILE: the last output is, byte for byte, FILE.
same_as() {
  if cmp -s "$2" "$T/out"; then pass; else
    fail "$1: $(diff "$2" "$T/out" | grep '^[<>]' | head -4 | tr -s ' \n' ' ')"
  fi
}

# same_engines ORG FROM TO [FORMAT]: --engine direct writes the very same
# report (JSON unless FORMAT) as the tallies do.
same_engines() {
  local format=${4:-json}
  ok report "$1" --from "$2" --to "$3" --format "$format"
  cp "$T/out" "$T/auto"
  ok report "$1" --from "$2" --to "$3" --format "$format" --engine direct
  same_as "$1 $2..$3 $format: --engine direct" "$T/auto"
}

# json_each PATH EXPR: EXPR (SQL over `value`) for each element of the
# array at PATH ('$' for the whole) of the last output, one per line.
json_each() {
  sqlite3 :memory: "SELECT $2
    FROM json_each(json_extract(readfile('$T/out'), '$1'))"
}
