# The annual classification of members and organisations (DOMAIN.md §4;
# issue 3, item 3; docs/assess.md), on the block of year_2025.sh: every
# rule and refusal (with its message, the database left as it was), the
# quota of excellence on `assess set` and on `assess import`, listings and
# streaks across gaps and partial years, and the report's assessments.*
# figures (and all the others) of several organisations and periods against
# counts kept by this script (year_model.sh), from both engines, before and
# after a later move.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init
. "$here/year_2025.sh"

# A cell of the block founded in 2024 whose only member dies in March 2025
# and which is dissolved in April: its 2025 classifications count above it.
o_add CQDN-TMP grassroots_cell HT-CQDN 2024-01-01 "Chi bộ Ban Quản lý dự án"
m_add M90 STC-1 male 1970-02-02 Kinh university advanced "" \
  2000-02-02 2001-02-02 "" "Lâm Văn Chín"
m_transfer M90 CQDN-TMP 2024-03-01
m_leave M90 decease 2025-03-01
o_dissolve CQDN-TMP 2025-04-01
# A member of another province with a party card, for imports by card.
ok member add --name "Trương Thị Thẻ" --born 1980-01-01 --gender female \
  --card 48009999 --cell NA-VP --admitted 2005-01-01 --official 2006-01-01
CARD_ID=$OUT

# ---- the model: every classification, and where it counts --------------------
#
# Keyed "m:HANDLE:YEAR" for members, "o:CODE:YEAR" for organisations: the
# grade (AG), the score (AS), the organisations it counts for (AL: the
# place and those above it on 31 December), those it is listed under (AU),
# the place (AP) and the grassroots organisation of its quota (AQ).
declare -A AG=() AS=() AL=() AU=() AP=() AQ=() AARG=()

day_before() { date -ud "$1 - 1 day" +%F; }

# alive_day ORG DATE: D = DATE, or the day before ORG ended if it ended on
# or before DATE (the last day it stood in the tree).
alive_day() {
  D=$2
  if [ -n "${ENDED[$1]:-}" ] && [[ ! "${ENDED[$1]}" > "$2" ]]; then
    D=$(day_before "${ENDED[$1]}")
  fi
}

# stand ORG DATE: S = ORG if it stands on DATE (the day it ends too), else
# the nearest organisation above it, as when it ended, that does.
stand() {
  local o=$1
  while [ -n "${ENDED[$o]:-}" ] && [[ "${ENDED[$o]}" < "$2" ]]; do
    at PHIST "$o" "$(day_before "${ENDED[$o]}")"
    o=$R
  done
  S=$o
}

# grassroots_in LIST: Q = the first grassroots organisation of LIST.
grassroots_in() {
  local o
  Q=""
  for o in $1; do
    case ${KIND[$o]} in
    grassroots_committee | grassroots_cell)
      Q=$o
      return
      ;;
    esac
  done
}

grade_of() { # SCORE: G
  if (($1 >= 90)); then G=excellent
  elif (($1 >= 70)); then G=well
  elif (($1 >= 50)); then G=completed
  else G=not-completed; fi
}

# model KIND WHO YEAR ARGS: what `assess set ARGS` for a member (KIND m,
# WHO a handle) or an organisation (o, a code) means. A member counts at
# the cell of registration on 31 December (the last before it) or, when
# that cell has ended, above it; an organisation at its superior then (or
# when it ended), a root at itself.
model() {
  local kind=$1 who=$2 y=$3 d=$3-12-31 k=$1:$2:$3 grade="" score=""
  shift 3
  AARG[$k]="$*"
  while [ $# -gt 0 ]; do
    case $1 in
    --grade) grade=$2 ;;
    --score) score=$2 ;;
    esac
    shift 2
  done
  if [ -n "$score" ]; then
    grade_of "$score"
    grade=$G
  fi
  AG[$k]=$grade
  AS[$k]=$score
  if [ "$kind" = m ]; then
    at CELLH "$who" "$d"
    local cell=$R
    stand "$cell" "$d"
    AP[$k]=$S
    anc "$S" "$d"
    AL[$k]=$A
    AU[$k]=$A
    alive_day "$cell" "$d"
    anc "$cell" "$D"
    grassroots_in "$A"
  else
    alive_day "$who" "$d"
    at PHIST "$who" "$D"
    if [ -n "$R" ]; then stand "$R" "$d"; else S=$who; fi
    AP[$k]=$S
    anc "$S" "$d"
    AL[$k]=$A
    anc "$who" "$D"
    AU[$k]=$A
    grassroots_in "${A#"$who "}"
  fi
  AQ[$k]=$Q
}

as_m() { # HANDLE YEAR ARGS...: `assess set` of a member
  local h=$1 y=$2
  shift 2
  ok assess set --year "$y" --member "${ID[$h]}" "$@"
  model m "$h" "$y" "$@"
}

as_o() { # CODE YEAR ARGS...: `assess set` of an organisation
  local o=$1 y=$2
  shift 2
  ok assess set --year "$y" --org "$o" "$@"
  model o "$o" "$y" "$@"
}

# rows FILE LINE...: a CSV file of classifications, one LINE "m HANDLE YEAR
# GRADE SCORE" or "o CODE YEAR GRADE SCORE" each ("-" for nothing); and
# ROWS, the same lines for as_rows once the file is imported.
rows() {
  local f=$1 kind who y g s
  shift
  printf 'member,org,year,grade,score\r\n' >"$f"
  ROWS=("$@")
  for line in "$@"; do
    read -r kind who y g s <<<"$line"
    [ "$g" = - ] && g=""
    [ "$s" = - ] && s=""
    if [ "$kind" = m ]; then
      printf '%s,,%s,%s,%s\r\n' "${ID[$who]}" "$y" "$g" "$s" >>"$f"
    else
      printf ',%s,%s,%s,%s\r\n' "$who" "$y" "$g" "$s" >>"$f"
    fi
  done
}

as_rows() { # models the ROWS of the last file written
  local kind who y g s args
  for line in "${ROWS[@]}"; do
    read -r kind who y g s <<<"$line"
    args=()
    [ "$g" != - ] && args+=(--grade "$g")
    [ "$s" != - ] && args+=(--score "$s")
    model "$kind" "$who" "$y" "${args[@]}"
  done
}

# remodel: the model of every classification again, after the tree
# changed (a past year's stays as it was).
remodel() {
  local k who
  for k in "${!AARG[@]}"; do
    who=${k#*:}
    model "${k%%:*}" "${who%:*}" "${k##*:}" ${AARG[$k]}
  done
}

# rebuild_work: the party work of this test, for expect_report.
rebuild_work() {
  local k s
  : >"$WORK"
  for k in "${!AG[@]}"; do
    [[ $k == m:* ]] && s=assessments.members || s=assessments.organizations
    work "${k##*:}-12-31" "$s" "${AG[$k]}" 1 ${AL[$k]}
  done
}

# expect_list YEAR UNDER GRADE: "who|grade|score|place|grassroots" of what
# `assess list` should give (who: a member's id, an organisation's code).
expect_list() {
  local k who
  for k in "${!AG[@]}"; do
    [ "${k##*:}" = "$1" ] || continue
    [ -n "$2" ] && ! within "$2" "${AU[$k]}" && continue
    [ -n "$3" ] && [ "$3" != "${AG[$k]}" ] && continue
    who=${k#*:}
    who=${who%:*}
    [[ $k == m:* ]] && who=${ID[$who]}
    echo "$who|${AG[$k]}|${AS[$k]}|${AP[$k]}|${AQ[$k]}"
  done | LC_ALL=C sort
}

list_is() { # WHAT YEAR UNDER GRADE: `assess list` as expected
  local args=(assess list --year "$2" --format csv)
  [ -n "$3" ] && args+=(--under "$3")
  [ -n "$4" ] && args+=(--grade "$4")
  ok "${args[@]}"
  equal "$1" "$(expect_list "$2" "$3" "$4")" \
    "$(csv "SELECT coalesce(nullif(member, ''), org) || '|' || grade || '|'
      || score || '|' || place || '|' || grassroots FROM t" | LC_ALL=C sort)"
}

rank() { # GRADE: N
  case $1 in
  excellent) N=0 ;; well) N=1 ;; completed) N=2 ;; *) N=3 ;;
  esac
}

# expect_streak KIND GRADE FIRST LAST BETTER UNDER: who held GRADE (or,
# with BETTER, a better one) every year from FIRST to LAST, and was UNDER
# at the end of LAST.
expect_streak() {
  local kind=$1 want k who y ok
  rank "$2"
  want=$N
  for k in "${!AG[@]}"; do
    [[ $k == $kind:*:$4 ]] || continue
    who=${k#*:}
    who=${who%:*}
    ok=1
    for ((y = $3; y <= $4; y++)); do
      if [ -z "${AG[$kind:$who:$y]:-}" ]; then ok=""; break; fi
      rank "${AG[$kind:$who:$y]}"
      if [ -n "$5" ]; then ((N <= want)) || ok=""; else ((N == want)) || ok=""; fi
    done
    [ -n "$6" ] && ! within "$6" "${AU[$k]}" && ok=""
    [ -z "$ok" ] && continue
    [ "$kind" = m ] && echo "${ID[$who]}" || echo "$who"
  done | LC_ALL=C sort
}

streak_is() { # WHAT KIND GRADE FIRST LAST BETTER UNDER
  local args=(assess streak --grade "$3" --years "$4-$5" --format csv)
  [ -n "$6" ] && args+=(--or-better)
  [ -n "$7" ] && args+=(--under "$7")
  [ "$2" = o ] && args+=(--orgs)
  ok "${args[@]}"
  local got
  if [ "$2" = m ]; then
    got=$(csv "SELECT member FROM t" | LC_ALL=C sort)
  else
    got=$(csv "SELECT org FROM t" | LC_ALL=C sort)
  fi
  equal "$1" "$(expect_streak "$2" "$3" "$4" "$5" "$6" "$7")" "$got"
}

# ---- five years of a grassroots committee, a file a year -----------------------
# CQDN-STC's members: M01 excellent every year, M24 too but for 2021
# (well); eight always well; M34 well with a gap in 2021; M22 (admitted in
# April 2019) from 2020 only; M18 completed until 2021, the year of its
# removal. Each file lists the excellent first: on the way, the quota
# would be broken; the result keeps it.
for y in 2019 2020 2021 2022 2023; do
  lines=("m M01 $y excellent -")
  if [ $y = 2021 ]; then lines+=("m M24 $y well -"); else
    lines+=("m M24 $y - 9$((y - 2019))"); fi
  for h in M02 M06 M07 M08 M32 M15 M26 M33; do lines+=("m $h $y well -"); done
  [ $y != 2021 ] && lines+=("m M34 $y - 75")
  [ $y != 2019 ] && lines+=("m M22 $y well 80")
  ((y <= 2021)) && lines+=("m M18 $y completed -")
  rows "$T/stc-$y.csv" "${lines[@]}"
  ok assess import "$T/stc-$y.csv"
  has "import $y: the count on stderr" "$ERR" \
    "imported ${#lines[@]} classifications from $T/stc-$y.csv"
  equal "import $y: nothing on stdout" "" "$OUT"
  as_rows
done
list_is "2021: the file's result" 2021 "" ""
list_is "2019 under the committee" 2019 CQDN-STC ""
list_is "2023: the excellent" 2023 "" excellent

# ---- 2024, one at a time: the quota on each change -----------------------------
for h in M02 M06 M07 M08; do as_m $h 2024 --grade well; done
as_m M01 2024 --score 90 # excellent: 1 of 5
refused 1 "cannot classify member ${ID[M22]} for 2024: the quota of excellence of CQDN-STC for 2024 (members): 2 classified excellent of 6 classified well or better; at most 20% (1) may be excellent, 1 too many" \
  assess set --year 2024 --member "${ID[M22]}" --grade excellent
for h in M24 M32 M15 M20; do as_m $h 2024 --grade well; done
as_m M22 2024 --grade excellent # 2 of 10
# Lowering one of the well breaks it too: the quota holds for the result.
refused 1 "the quota of excellence of CQDN-STC for 2024 (members): 2 classified excellent of 9 classified well or better; at most 20% (1) may be excellent, 1 too many" \
  assess set --year 2024 --member "${ID[M24]}" --grade completed
refused 1 "3 classified excellent of 10 classified well or better; at most 20% (2) may be excellent, 1 too many" \
  assess set --year 2024 --member "${ID[M24]}" --score 95
as_m M26 2024 --score 89 # well, at the top of the band
as_m M24 2024 --score 69 # completed: 2 of 10 still
as_m M29 2024 --score 50 # completed, at the bottom of the band
as_m M33 2024 --score 49 # not completed
as_m M34 2024 --score 70 # well
as_m M35 2024 --grade well --score 80 # both, agreeing
# Setting a year again replaces it: the grade, the score, the figures.
as_m M26 2024 --grade completed
as_m M29 2024 --grade not-completed
as_m M29 2024 --score 77
# Each grassroots organisation has its own quota: the district's commune
# cannot have its only classified member excellent.
refused 1 "the quota of excellence of CX-CB for 2024 (members): 1 classified excellent of 1 classified well or better; at most 20% (0) may be excellent, 1 too many" \
  assess set --year 2024 --member "${ID[M41]}" --grade excellent
# Organisations: the cells below a grassroots committee have a quota of
# their own, apart from the members'.
as_o STC-2 2024 --grade well
as_o STC-3 2024 --grade well
refused 1 "cannot classify organisation STC-1 for 2024: the quota of excellence of CQDN-STC for 2024 (organisations): 1 classified excellent of 3 classified well or better; at most 20% (0) may be excellent, 1 too many" \
  assess set --year 2024 --org STC-1 --grade excellent
as_o STC-1 2024 --score 88
# Grassroots organisations and those above have no quota in the tool.
as_o CQDN-STC 2024 --grade excellent
as_o CQDN-VP 2024 --grade excellent
as_o CQDN-EVN 2024 --score 91
as_o EVN-1 2024 --grade well
as_o HT-CQDN 2024 --grade well
as_o HT 2024 --grade excellent # the root counts for itself
# The members of the power company, before its move to the district.
as_m M09 2024 --grade well
as_m M27 2024 --grade completed
as_m M21 2024 --grade well # probationary, admitted in June 2024
as_m M10 2024 --grade well
as_m M11 2024 --grade completed
# M18, out of the party from 2021 to 2025, was in it for a day of 2021.
as_m M18 2021 --grade completed
ok check
equal "check after 2024" ok "$OUT"

list_is "2024: every classification" 2024 "" ""
list_is "2024 under the block" 2024 HT-CQDN ""
list_is "2024 under the committee (itself listed)" 2024 CQDN-STC ""
list_is "2024 under a cell" 2024 STC-2 ""
list_is "2024 under the district: not the power company yet" 2024 HT-CX ""
list_is "2024: the completed" 2024 "" completed
list_is "2024 under the province, the well" 2024 HT well
ok assess list --year 2024 --under STC-2 --format json
score_of() { # MEMBER-ID: the score as JSON text in the last listing
  json_each '$' "CASE WHEN value ->> 'member' = $1 THEN value -> 'score' END" |
    grep -v '^$'
}
equal "json: a score is a number" 77 "$(score_of "${ID[M29]}")"
equal "json: no score is null" null "$(score_of "${ID[M20]}")"
equal "json: the name" "Mai Thị Ngọc" \
  "$(json_each '$' "CASE WHEN value ->> 'member' = ${ID[M29]} THEN value ->> 'name' END" | grep -v '^$')"
ok assess list --year 2024 --under STC-1
has "table: header" "$OUT" "Year  Member  Card  Organisation  Name"
has "table: a row" "$OUT" "Nguyễn Văn An        excellent     90  STC-1     CQDN-STC"

# ---- 2025 and 2026: the tree changes --------------------------------------------
# The power company moved to the district on 1 July: its 2025 counts there.
as_m M09 2025 --grade well
as_m M38 2025 --grade well
as_m N3 2025 --grade completed # admitted in November
as_o CQDN-EVN 2025 --grade well
as_o EVN-2 2025 --grade completed
# M07 went from the committee to the office (a grassroots cell) in January.
as_m M07 2025 --grade well
for h in M17 M39 M25; do as_m $h 2025 --grade well; done
as_m M12 2025 --grade excellent # from CQDN-KS to the office in June: 1 of 5
# Those who left during the year: where they were last.
as_m M10 2025 --grade completed  # died in May, in the office
as_m M22 2025 --grade well       # to Nghệ An in October: counted there
as_m M90 2025 --grade completed  # cell dissolved after: counted above it
as_m M18 2025 --grade completed  # readmitted in September
as_m N4 2025 --grade well        # admitted on 31 December
as_o CQDN-KS 2025 --grade not-completed  # dissolved on 30 June
as_o STC-3 2025 --grade well              # merged into STC-2 on 1 October
as_o CQDN-MT 2025 --grade well            # founded on 1 March
as_o CQDN-TMP 2025 --grade completed      # dissolved on 1 April
as_o STC-2 2025 --grade well
# The current year may be classified (the assessment is held in December).
as_m M39 2026 --grade well
# A classification set again after a transfer lands in the new grassroots
# organisation: the quota of the one it leaves is checked too.
for h in M02 M06 M08 M13; do as_m $h 2026 --grade well; done
as_m M01 2026 --grade excellent # 1 of 5 in the committee
m_transfer M13 CQDN-VP 2026-01-15
refused 1 "cannot classify member ${ID[M13]} for 2026: the quota of excellence of CQDN-STC for 2026 (members): 1 classified excellent of 4 classified well or better; at most 20% (0) may be excellent, 1 too many" \
  assess set --year 2026 --member "${ID[M13]}" --grade well
as_m M32 2026 --grade well
as_m M13 2026 --grade well # now in the office's quota
list_is "2025: every classification" 2025 "" ""
list_is "2025 under the block" 2025 HT-CQDN ""
list_is "2025 under the district: the power company now" 2025 HT-CX ""
list_is "2025 under Nghệ An: M22" 2025 NA ""
list_is "2026" 2026 "" ""
ok assess list --year 2025 --format csv
equal "M90 counts at the block, its cell gone" "HT-CQDN|CQDN-TMP" \
  "$(csv "SELECT place || '|' || grassroots FROM t WHERE member = '${ID[M90]}'")"
equal "a dissolved organisation at its superior of its last day" "HT-CQDN|" \
  "$(csv "SELECT place || '|' || grassroots FROM t WHERE org = 'CQDN-KS'")"
equal "a merged cell at its superior, in its quota" "CQDN-STC|CQDN-STC" \
  "$(csv "SELECT place || '|' || grassroots FROM t WHERE org = 'STC-3'")"

# ---- refusals -------------------------------------------------------------------
m=${ID[M02]}
refused 1 "year: 2027: a year in the future (today is 2026-06-30)" \
  assess set --year 2027 --member "$m" --grade well
refused 1 "year: 1929: a year (YYYY), from 1930, when the party was founded" \
  assess set --year 1929 --org HT --grade well
# Malformed years are refused by the year's type (app/field.c); one
# that reads as a number in range, by the operation.
for bad in 24 2024x " 2024" 2024-2025 "+202"; do
  refused 1 "year: $bad: a year (YYYY), from 1930, when the party was founded" \
    assess set --year "$bad" --member "$m" --grade well
done
refused 1 "year: 02024: a year is four digits (YYYY)" \
  assess set --year 02024 --member "$m" --grade well
refused 1 "cannot assess member ${ID[N1]} for 2024: admitted on 2025-02-10, after the end of 2024" \
  assess set --year 2024 --member "${ID[N1]}" --grade well
refused 1 "cannot assess member ${ID[M18]} for 2023: out of the party from 2021-05-01 to 2025-09-15, the whole of 2023" \
  assess set --year 2023 --member "${ID[M18]}" --grade well
refused 1 "cannot assess member ${ID[M10]} for 2026: out of the party since 2025-05-12, before 2026 began" \
  assess set --year 2026 --member "${ID[M10]}" --grade well
refused 1 "cannot assess organisation CQDN-MT for 2024: founded on 2025-03-01, after the end of 2024" \
  assess set --year 2024 --org CQDN-MT --grade well
refused 1 "cannot assess organisation CQDN-KS for 2026: dissolved on 2025-06-30, before 2026 began" \
  assess set --year 2026 --org CQDN-KS --grade well
refused 1 "cannot assess organisation STC-3 for 2026: merged on 2025-10-01, before 2026 began" \
  assess set --year 2026 --org STC-3 --grade well
for bad in 101 -1 abc 9.5 1000 " 90"; do
  refused 1 "score: $bad: a score is a whole number from 0 to 100" \
    assess set --year 2024 --member "$m" --score "$bad"
done
refused 1 "grade: good: one of excellent, well, completed or not-completed" \
  assess set --year 2024 --member "$m" --grade good
refused 1 "grade: well: the score 95 gives excellent" \
  assess set --year 2024 --member "$m" --grade well --score 95
refused 1 "grade: a grade (excellent|well|completed|not-completed) or a score (0 to 100) is needed" \
  assess set --year 2024 --member "$m"
refused 1 "org: STC-1: a classification is of a member or of an organisation, not both" \
  assess set --year 2024 --member "$m" --org STC-1 --grade well
refused 1 "member: a member (id or party card number) or an organisation (org) is needed" \
  assess set --year 2024 --grade well
refused 1 "member: 99999: no member has this id or party card number" \
  assess set --year 2024 --member 99999 --grade well
refused 1 "org: NOPE: no organisation has this code" \
  assess set --year 2024 --org NOPE --grade well
refused 2 "assess set: --year YYYY is required" \
  assess set --member "$m" --grade well
refused 1 "year: 2019-2023: a year (YYYY), from 1930, when the party was founded" assess list --year 2019-2023
refused 1 "grade: best: one of excellent, well, completed or not-completed" \
  assess list --year 2024 --grade best
refused 1 "under: NOPE: no organisation has this code" \
  assess list --year 2024 --under NOPE
refused 2 "format: xml: one of table|csv|json" \
  assess list --year 2024 --format xml

# ---- imports: the quota on the file's result, all or nothing -------------------
# A whole commune's 2023 that breaks the quota: refused, naming the
# organisation, the year, the counts and the limit; nothing written.
rows "$T/cb.csv" "m M42 2023 well -" "m M41 2023 excellent -" \
  "m M19 2023 well -" "m M43 2023 - 70"
refused 1 "$T/cb.csv: the quota of excellence of CX-CB for 2023 (members): 1 classified excellent of 4 classified well or better; at most 20% (0) may be excellent, 1 too many" \
  assess import "$T/cb.csv"
# The same commune without the excellent one, from standard input.
rows "$T/cb.csv" "m M42 2023 well -" "m M41 2023 completed -" \
  "m M19 2023 well -" "m M43 2023 - 70" "o CB-1 2023 well -" \
  "o CB-2 2023 - 55"
ok assess import - <"$T/cb.csv"
has "stdin" "$ERR" "imported 6 classifications from stdin"
as_rows
list_is "2023 under the commune" 2023 CX-CB ""
# A file may replace a year set earlier, and name members by card.
printf 'year,member,grade\n2024,48009999,excellent\n' >"$T/card.csv"
refused 1 "$T/card.csv: the quota of excellence of NA-VP for 2024 (members): 1 classified excellent of 1" \
  assess import "$T/card.csv"
printf 'score,year,member\n75,2024,48009999\n' >"$T/card.csv"
ok assess import "$T/card.csv"
ok assess list --year 2024 --under NA --format csv
equal "by card" "$CARD_ID|well|75|NA-VP|NA-VP" \
  "$(csv "SELECT member || '|' || grade || '|' || score || '|' || place ||
    '|' || grassroots FROM t")"

# Bad files: the line, the column, the value and the rule.
bad_file() { # MESSAGE CONTENT
  printf '%b' "$2" >"$T/bad.csv"
  refused 1 "$1" assess import "$T/bad.csv"
}
bad_file "$T/bad.csv: the file is empty" ""
bad_file "$T/bad.csv:1: colour: unknown column (the columns are year, member, org, grade, score)" \
  "year,member,colour\n2023,1,red\n"
bad_file "$T/bad.csv:1: year: the column is named twice" \
  "year,member,year,grade\n"
bad_file "$T/bad.csv:1: the column year is required" "member,grade\n1,well\n"
bad_file "$T/bad.csv:1: the column member or org is required" \
  "year,grade\n2023,well\n"
bad_file "$T/bad.csv:1: the column grade or score is required" \
  "year,member\n2023,${ID[M02]}\n"
bad_file "$T/bad.csv:3: score: 120: a score is a whole number from 0 to 100" \
  "year,member,score\n2022,${ID[M02]},80\n2022,${ID[M06]},120\n"
bad_file "$T/bad.csv:2: year: a year is needed (YYYY)" \
  "year,member,grade\n,${ID[M02]},well\n"
bad_file "$T/bad.csv:2: year: 23: a year is four digits (YYYY)" \
  "year,member,grade\n23,${ID[M02]},well\n"
bad_file "$T/bad.csv:2: org: STC-1: a classification is of a member or of an organisation, not both" \
  "year,member,org,grade\n2022,${ID[M02]},STC-1,well\n"
bad_file "$T/bad.csv:4: member: ${ID[M06]}: classified for 2022 already on line 2" \
  "year,member,grade\n2022,${ID[M06]},well\n2022,${ID[M02]},well\n2022,${ID[M06]},completed\n"
bad_file "$T/bad.csv:3: org: stc-2: classified for 2022 already on line 2" \
  "year,org,grade\n2022,STC-2,well\n2022,stc-2,completed\n"
bad_file "$T/bad.csv:2: grade: we\"ll: a quote inside a field must be doubled" \
  "year,member,grade\n2022,${ID[M02]},we\"ll\n"
bad_file "$T/bad.csv:2: the row has 4 fields, the header names 3 columns" \
  "year,member,grade\n2022,${ID[M02]},well,x\n"
bad_file "$T/bad.csv:3: cannot assess member ${ID[N1]} for 2024: admitted on 2025-02-10" \
  "year,member,grade\n2024,${ID[M02]},well\n2024,${ID[N1]},well\n"
bad_file "$T/bad.csv:2: member: 77777: no member has this id or party card number" \
  "year,member,grade\n2024,77777,well\n"
refused 3 "cannot read $T/none.csv" assess import "$T/none.csv"

# ---- streaks ----------------------------------------------------------------------
streak_is "excellent 2019-2023: M01 alone" m excellent 2019 2023 "" ""
streak_is "excellent 2020-2020" m excellent 2020 2020 "" ""
streak_is "excellent 2022-2023: M24's break is before" m excellent 2022 2023 "" ""
streak_is "well 2019-2023: not M34 (a gap), not M22 (from 2020)" \
  m well 2019 2023 "" ""
streak_is "well 2020-2023: M22 in" m well 2020 2023 "" ""
streak_is "well 2022-2023: M34 in" m well 2022 2023 "" ""
streak_is "well or better 2019-2023" m well 2019 2023 y ""
streak_is "completed 2019-2021: M18 until its removal" \
  m completed 2019 2021 "" ""
streak_is "well or better 2019-2024 under the committee" \
  m well 2019 2024 y CQDN-STC
streak_is "well 2023-2025 under the office: M07, from the committee" \
  m well 2023 2025 "" CQDN-VP
streak_is "well 2023-2025 under the committee: M07 is gone" \
  m well 2023 2025 "" CQDN-STC
streak_is "well 2024-2025 under the district: the power company" \
  m well 2024 2025 "" HT-CX
streak_is "well 2024-2025 under the block: not the power company" \
  m well 2024 2025 "" HT-CQDN
streak_is "organisations: well 2024-2025" o well 2024 2025 "" ""
streak_is "organisations: well or better 2024-2025 under the district" \
  o well 2024 2025 y HT-CX
streak_is "organisations: excellent 2024" o excellent 2024 2024 "" ""
ok assess streak --grade excellent --years 2019-2023
has "streak table" "$OUT" "Member  Card  Organisation  Name           Grade      Place  Grassroots"
has "streak row" "$OUT" "Nguyễn Văn An  excellent  STC-1  CQDN-STC"
for bad in 2019-23 19-2023 2019- 2019--2023 "2019 - 2023" 2019-2023x 2019/2023; do
  refused 1 "years: $bad: a range of years is YYYY-YYYY, or one year YYYY" \
    assess streak --grade excellent --years "$bad"
done
refused 1 "years: 2023-2019: the first year comes after the last" \
  assess streak --grade excellent --years 2023-2019
refused 1 "years: 2022-2027: after the current year (2026)" \
  assess streak --grade excellent --years 2022-2027
refused 1 "years: 1925-1931: before the party was founded (1930)" \
  assess streak --grade excellent --years 1925-1931
refused 1 "grade: best: one of excellent, well, completed or not-completed" \
  assess streak --grade best --years 2019-2023
refused 2 "assess streak: --years YYYY-YYYY is required" \
  assess streak --grade excellent

# ---- the report ---------------------------------------------------------------------
rebuild_work
Y0=2025-01-01
Y1=2025-12-31
for org in HT HT-CQDN HT-CX CQDN-STC CQDN-VP CQDN-EVN STC-1 STC-2 CX-CB; do
  check_report "$org" 2024-01-01 2024-12-31
  check_report "$org" $Y0 $Y1
done
for org in HT HT-CQDN HT-CX CQDN-STC; do
  check_report "$org" 2019-01-01 2023-12-31 # five years of files
  check_report "$org" 2024-12-31 2024-12-31 # the day they count
  check_report "$org" $Y0 2025-12-30        # 2025's not yet
  check_report "$org" 2025-07-01 $Y1        # after the move
done
# In numbers written down by hand (the model computed them too).
ok report CQDN-STC --from 2024-01-01 --to 2024-12-31 --format json
equal "CQDN-STC 2024: members excellent" 2 "$(json assessments.members.excellent)"
equal "CQDN-STC 2024: members well" 10 "$(json assessments.members.well)"
equal "CQDN-STC 2024: members completed" 2 "$(json assessments.members.completed)"
equal "CQDN-STC 2024: members not completed" 1 \
  "$(json assessments.members.not-completed)"
equal "CQDN-STC 2024: its cells, not itself" 3 \
  "$(json assessments.organizations.well)"
equal "CQDN-STC 2024: no organisation excellent" 0 \
  "$(json assessments.organizations.excellent)"
ok report HT --from 2024-01-01 --to 2024-12-31 --format json
equal "HT 2024: organisations excellent (CQDN-STC, CQDN-VP, CQDN-EVN, HT)" 4 \
  "$(json assessments.organizations.excellent)"
ok report HT-CX --from 2024-01-01 --to 2024-12-31 --format json
equal "HT-CX 2024: the power company was the block's" 0 \
  "$(json assessments.members.well)"
ok report HT-CX --from $Y0 --to $Y1 --format json
equal "HT-CX 2025: now it is the district's (M09, M38, M21... well)" 2 \
  "$(json assessments.members.well)"
ok report HT-CQDN --from 2024-01-01 --to 2024-12-31 --format summary
has "summary" "$OUT" "Of 20 members assessed, 2 excellently completed their tasks, 13 completed them well, 4 completed them and 1 did not complete them"

# Both engines, the same bytes.
for org in HT HT-CQDN HT-CX CQDN-STC CQDN-VP; do
  for period in "2024-01-01 2024-12-31" "$Y0 $Y1" "2019-01-01 $Y1"; do
    for format in json csv; do
      same_engines "$org" $period $format
    done
  done
done

# ---- a later move keeps the past ----------------------------------------------------
mkdir "$T/before"
for org in HT HT-CQDN HT-CX CQDN-VP; do
  for y in 2024 2025; do
    ok report "$org" --from $y-01-01 --to $y-12-31 --format json
    cp "$T/out" "$T/before/$org.$y"
  done
done
ok assess list --year 2025 --under HT-CQDN --format csv
cp "$T/out" "$T/before/list"
o_move CQDN-VP HT-CX 2026-02-01
remodel
as_m N4 2026 --grade well # in the office, now the district's
for org in HT HT-CQDN HT-CX CQDN-VP; do
  for y in 2024 2025; do
    ok report "$org" --from $y-01-01 --to $y-12-31 --format json
    same_as "$org $y after the move" "$T/before/$org.$y"
    ok report "$org" --from $y-01-01 --to $y-12-31 --format json \
      --engine direct
    same_as "$org $y after the move (direct)" "$T/before/$org.$y"
  done
done
ok assess list --year 2025 --under HT-CQDN --format csv
same_as "the 2025 list under the block after the move" "$T/before/list"
list_is "2026 under the district: the office's" 2026 HT-CX ""
list_is "2026 under the block: no more the office" 2026 HT-CQDN ""
rebuild_work
for org in HT HT-CQDN HT-CX CQDN-VP; do
  check_report "$org" 2025-01-01 2025-12-31
  check_report "$org" 2026-01-01 2026-06-30
done

ok check
equal "check at the end" ok "$OUT"
finish
