# History is kept, never overwritten (DOMAIN.md §1, the issue's "events
# count where they happened"): after the 2026 changes of the tree and of
# the members, the 2025 report is byte for byte what it was, the 2026
# report follows the changes, and listings at past dates show the tree and
# the registrations as they were. Expected figures come from the script's
# own record (year_model.sh).
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init
. "$here/year_2025.sh"

Y0=2025-01-01
Y1=2025-12-31
N0=2026-01-01
N1=2026-06-30 # today (lib.sh's CADRE_TODAY)

# ---- what 2025 looked like, saved before anything of 2026 is recorded --------
mkdir "$T/before"
save() { # NAME ARGS...: saves the output of a cadre command
  local name=$1
  shift
  ok "$@"
  cp "$T/out" "$T/before/$name"
}
for org in HT HT-CQDN HT-CX CQDN-STC CQDN-VP; do
  for format in text json csv; do
    save "$org.$format" report "$org" --from $Y0 --to $Y1 --format $format
  done
  save "$org.mid.json" report "$org" --from 2025-07-01 --to 2025-09-30 \
    --format json
done
for format in table csv json; do
  save "orgs.$format" org list --at $Y1 --format $format
  save "orgs-block.$format" org list --under HT-CQDN --at 2025-06-15 \
    --format $format
  save "members.$format" member list --at $Y1 --format $format
  save "members-block.$format" member list --under HT-CQDN --at 2025-06-15 \
    --format $format
done

# ---- 2026 --------------------------------------------------------------------
# The block hands grassroots organisations away: the office to the
# district, the Department of Finance to a new committee; it merges two of
# its grassroots cells; people move and die.
o_add HT-DN committee HT 2026-01-05 "Đảng ủy Khối Doanh nghiệp tỉnh"
o_move CQDN-VP HT-CX 2026-02-01
m_transfer M01 CQDN-MT 2026-02-10
o_rename CQDN-STC 2026-03-01 "Đảng bộ Sở Tài chính và Kế hoạch"
o_merge CQDN-MT CQDN-BAO 2026-03-15       # M29, N2 and M01 pass to BAO
m_leave M32 decease 2026-04-01
m_leave M44 decease 2026-04-01
o_move CQDN-STC HT-DN 2026-04-10
m_recognize N2 2026-04-15                 # official from 2026-04-01, in BAO
m_transfer M19 CB-2 2026-05-01            # from HT-DN back to the district
m_admit N5 CQDN-BAO female 2004-04-04 Kinh university "" "" 2026-05-20 \
  "Đoàn Thị Thanh"
m_recognize N1 2026-06-01                 # official from 2026-02-10, in the
                                          # block (STC moved only in April)
m_discipline M26 warning 2026-06-10       # in STC-2, now under HT-DN

# ---- the 2025 reports have not changed ---------------------------------------
for org in HT HT-CQDN HT-CX CQDN-STC CQDN-VP; do
  for format in text json csv; do
    ok report "$org" --from $Y0 --to $Y1 --format $format
    same_as "$org 2025 $format" "$T/before/$org.$format"
  done
  ok report "$org" --from 2025-07-01 --to 2025-09-30 --format json \
    --engine direct
  same_as "$org 2025-07..09 (direct engine)" "$T/before/$org.mid.json"
done
# ... and still agree with the record, figure by figure.
for org in HT HT-CQDN HT-CX CQDN-STC CQDN-VP; do
  check_report "$org" $Y0 $Y1
done

# A grassroots organisation moved away in 2026 still counts in its old
# superior's 2025 report, and not in its new superior's.
ok report HT-CQDN --from $Y0 --to $Y1 --format json
equal "CQDN-VP and CQDN-STC still below the block at the end of 2025" 4 \
  "$(json organizations.grassroots)"
members_below CQDN-VP $Y1
vp=$(wc -w <<<"$MB")
members_below HT-CQDN $Y1
equal "... with their members" "$(wc -w <<<"$MB")" "$(json members.total)"
ok report HT-CX --from $Y0 --to $Y1 --format json
members_below HT-CX $Y1
equal "the district's 2025 has none of the office's $vp members" \
  "$(wc -w <<<"$MB")" "$(json members.total)"

# ---- the 2026 report follows the changes -------------------------------------
for org in HT HT-CQDN HT-CX HT-DN CQDN-STC CQDN-VP CQDN-BAO; do
  check_report "$org" $N0 $N1
  check_report "$org" 2026-04-01 2026-04-30
done
ok report HT-CQDN --from $N0 --to $N1 --format json
equal "2026: two grassroots organisations moved out" 2 \
  "$(json flows.transferred_out.organizations)"
equal "2026: the merger" 1 "$(json flows.organizations.merged)"
equal "2026: N1's recognition (effect 10 Feb) counts in the block" 2 \
  "$(json flows.recognized_official)"
ok report HT-DN --from $N0 --to $N1 --format json
equal "2026: the new committee received one grassroots organisation" 1 \
  "$(json flows.transferred_in.organizations)"
equal "... and counted none of the recognitions" 0 \
  "$(json flows.recognized_official)"
# Across both years, the two engines agree.
for org in HT HT-CQDN HT-CX HT-DN; do
  for period in "$Y0 $N1" "$N0 $N1" "2026-02-01 2026-02-01"; do
    same_engines "$org" $period
  done
done

# ---- listings at past dates --------------------------------------------------
# The same command at a past date gives the same listing as before 2026.
for name in orgs.table orgs.csv orgs.json orgs-block.table orgs-block.csv \
  orgs-block.json members.table members.csv members.json \
  members-block.table members-block.csv members-block.json; do
  case $name in
  orgs.*) ok org list --at $Y1 --format ${name#*.} ;;
  orgs-block.*) ok org list --under HT-CQDN --at 2025-06-15 \
    --format ${name#*.} ;;
  members.*) ok member list --at $Y1 --format ${name#*.} ;;
  members-block.*) ok member list --under HT-CQDN --at 2025-06-15 \
    --format ${name#*.} ;;
  esac
  same_as "$name at a past date" "$T/before/$name"
done

# org list --at: each organisation under its superior of that day, with
# its name of that day, as the record has it.
expect_orgs() { # DATE: "code,name,parent" of the organisations on DATE
  local o
  for o in "${ORGS[@]}"; do
    [ -n "${FOUNDED[$o]}" ] && [[ "${FOUNDED[$o]}" > "$1" ]] && continue
    [ -n "${ENDED[$o]:-}" ] && [[ ! "${ENDED[$o]}" > "$1" ]] && continue
    at PHIST "$o" "$1"
    echo "$o,$(name_at "$o" "$1"),$R"
  done | LC_ALL=C sort
}
for day in 2024-12-31 2025-06-15 2025-07-01 $Y1 2026-03-01 $N1; do
  ok org list --at $day --format json
  equal "org list --at $day" "$(expect_orgs $day)" \
    "$(json_each '$' "(value ->> 'code') || ',' ||
        (value ->> 'name') || ',' || ifnull(value ->> 'parent', '')" | LC_ALL=C sort)"
done

# org show --at: superiors, name, members and organisations directly below
# as they were on the day.
show_at() { # CODE DATE
  ok org show "$1" --at "$2" --format json
}
show_at CQDN-VP $Y1
equal "CQDN-VP's superiors at the end of 2025" '["HT","HT-CQDN"]' \
  "$(json superiors)"
show_at CQDN-VP $N1
equal "CQDN-VP's superiors now" '["HT","HT-CX"]' "$(json superiors)"
show_at CQDN-STC $Y1
equal "CQDN-STC's name at the end of 2025" "$(name_at CQDN-STC $Y1)" \
  "$(json name)"
equal "CQDN-STC's superiors at the end of 2025" '["HT","HT-CQDN"]' \
  "$(json superiors)"
show_at CQDN-STC $N1
equal "CQDN-STC's name now" "$(name_at CQDN-STC $N1)" "$(json name)"
equal "CQDN-STC's superiors now" '["HT","HT-DN"]' "$(json superiors)"
for day in 2025-06-15 $Y1 $N1; do
  for org in HT-CQDN HT-CX CQDN-STC CQDN-BAO; do
    show_at $org $day
    members_below $org $day
    equal "org show $org --at $day: members" "$(wc -w <<<"$MB")" \
      "$(json members.total)"
    want=$(for o in "${ORGS[@]}"; do
      [ -n "${FOUNDED[$o]}" ] && [[ "${FOUNDED[$o]}" > "$day" ]] && continue
      [ -n "${ENDED[$o]:-}" ] && [[ ! "${ENDED[$o]}" > "$day" ]] && continue
      at PHIST "$o" "$day"
      [ "$R" = "$org" ] && echo "$o"
    done | LC_ALL=C sort | tr '\n' ' ')
    equal "org show $org --at $day: below" "$want" \
      "$(json_each '$.children' "value ->> 'code'" | LC_ALL=C sort |
        tr '\n' ' ')"
  done
done

# member list --at: who was registered where, with which status.
expect_members() { # ORG DATE: "id,cell,status" of those registered below
  local h
  members_below "$1" "$2"
  for h in $MB; do
    at CELLH "$h" "$2"
    local c=$R
    at STATH "$h" "$2"
    echo "${ID[$h]},$c,$R"
  done | LC_ALL=C sort
}
for day in 2025-03-31 2025-06-15 $Y1 $N1; do
  for org in HT HT-CQDN HT-CX; do
    ok member list --under $org --at $day --format json
    equal "member list --under $org --at $day" \
      "$(expect_members $org $day)" \
      "$(json_each '$' "(value ->> 'id') || ',' ||
          (value ->> 'cell') || ',' || (value ->> 'status')" | LC_ALL=C sort)"
  done
done

# Former members at a past date: those who had left by then (M32 and M44
# died in 2026: not yet on 31 December 2025).
for how in deceased removed; do
  for day in 2025-06-30 $Y1; do
    ok member list --status $how --at $day --format json
    want=$(for h in "${MEMBERS[@]}"; do
      at STATH "$h" $day
      [ "$R" = out ] && [ "${LEFTHOW[$h]}" = $how ] && echo "${ID[$h]}"
    done | sort -n | tr '\n' ' ')
    equal "member list --status $how --at $day" "$want" \
      "$(json_each '$' "value ->> 'id'" | sort -n | tr '\n' ' ')"
  done
done

ok check
equal "check" ok "$OUT"

finish
