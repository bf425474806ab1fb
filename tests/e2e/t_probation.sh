# Overdue probation (issue 6, item 6): a probationary member not recognised
# official when the 12 months of probation end is listed (`member list
# --overdue`, as of today or --at DATE, with the day the probation ended),
# counted in the report's stock (members.probation_overdue, by both
# engines, against the script's own record in year_model.sh), and named
# by `cadre check` as a warning that leaves the exit code 0.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/year_model.sh"

ok init

F=1980-01-01
o_add HT provincial "" $F "Tỉnh ủy Hà Tĩnh"
o_add K1 committee HT $F "Đảng bộ Khối Cơ quan"
o_add C1 grassroots_cell K1 $F "Chi bộ Sở Tư pháp"
o_add K2 committee HT $F "Đảng bộ thành phố"
o_add C2 grassroots_cell K2 $F "Chi bộ phường Bắc Hà"

#      HANDLE CELL GENDER BORN ETH EDU THEORY KEY DATE NAME
# P1: never recognised; overdue from 2025-03-15.
m_admit P1 C1 male 1995-01-01 Kinh university none "" 2024-03-15 "Nguyễn Văn Một"
# P2: recognised by a decision of 2025-04-20, official from 2025-03-15: never
# overdue, not even between the two days (the decision takes effect then).
m_admit P2 C1 female 1996-02-02 Kinh university none "" 2024-03-15 "Trần Thị Hai"
m_recognize P2 2025-04-20
# P3: admitted in 2025; overdue from 2026-05-01 (today is 2026-06-30).
m_admit P3 C2 male 1997-03-03 Kinh college none "" 2025-05-01 "Lê Văn Ba"
# P4: an official member removed and readmitted: the new probation counts
# from the readmission, 2025-01-10, so overdue from 2026-01-10.
m_add P4 C2 female 1980-04-04 Kinh university elementary "" 2000-05-01 2001-05-01 "" "Phạm Thị Bốn"
m_leave P4 remove 2020-06-01
m_readmit P4 C2 2025-01-10
# P5: admitted in C1 (K1), transferred to C2 (K2) while probationary: overdue
# from 2025-06-01, where the member is registered (K2 then, not K1).
m_admit P5 C1 male 1998-05-05 Kinh university none "" 2024-06-01 "Hoàng Văn Năm"
m_transfer P5 C2 2025-02-01
# P6: overdue, then removed as the rule says: no longer listed or counted.
m_admit P6 C1 female 1999-06-06 Kinh university none "" 2024-01-20 "Vũ Thị Sáu"
m_leave P6 remove 2025-03-01

# ---- the report: by the model, by both engines --------------------------------
PERIODS=("2025-01-01 2025-12-31" "2025-03-14 2025-03-14" "2025-03-15 2025-03-15"
  "2025-01-01 2025-02-28" "2026-01-01 2026-06-30" "2024-01-01 2024-12-31")
for org in HT K1 K2 C1 C2; do
  for p in "${PERIODS[@]}"; do
    check_report "$org" $p
    same_engines "$org" $p
  done
done
# In numbers written down by hand: at the end of 2025 P1 (K1) and P5 (K2);
# P6 on 2025-02-28 (removed the day after); on 2026-06-30 also P3 and P4.
ok report HT --from 2025-01-01 --to 2025-12-31 --format json
equal "HT 2025: P1 and P5" 2 "$(json members.probation_overdue)"
equal "... among the probationary: P1, P3, P4, P5" 4 \
  "$(json members.probationary)"
ok report K1 --from 2025-01-01 --to 2025-12-31 --format json
equal "K1 2025: P1 (P5 moved to K2)" 1 "$(json members.probation_overdue)"
ok report HT --from 2025-03-14 --to 2025-03-14 --format json
equal "HT on 2025-03-14: P6 and not P1 yet" 0 \
  "$(json members.probation_overdue)"
ok report HT --from 2025-02-28 --to 2025-02-28 --format json
equal "HT on 2025-02-28: P6" 1 "$(json members.probation_overdue)"
ok report HT --from 2026-01-01 --to 2026-06-30 --format json
equal "HT on 2026-06-30: P1, P3, P4, P5" 4 "$(json members.probation_overdue)"
ok report HT --from 2025-01-01 --to 2025-12-31 --format summary
has "summary" "$OUT" \
  "(1 official, 4 probationary, 2 of them past their 12 months of probation)"

# ---- the listing -------------------------------------------------------------
ok member list --overdue --format csv
equal "overdue today, in the order of member list (cell, then the roster's: given name first)" \
  "id,card,name,gender,born,cell,probation,probation_ended
${ID[P1]},,Nguyễn Văn Một,male,1995-01-01,C1,2024-03-15,2025-03-15
${ID[P3]},,Lê Văn Ba,male,1997-03-03,C2,2025-05-01,2026-05-01
${ID[P4]},,Phạm Thị Bốn,female,1980-04-04,C2,2025-01-10,2026-01-10
${ID[P5]},,Hoàng Văn Năm,male,1998-05-05,C2,2024-06-01,2025-06-01" \
  "$(tr -d '\r' <<<"$OUT")"
ok member list --overdue --at 2025-03-15 --format csv
equal "overdue on 2025-03-15: P1 alone (P2 is official from that day)" \
  "${ID[P1]}" "$(tail -n +2 <<<"$OUT" | cut -d, -f1)"
ok member list --overdue --at 2025-02-28 --format csv
equal "overdue on 2025-02-28: P6" "${ID[P6]}" \
  "$(tail -n +2 <<<"$OUT" | cut -d, -f1)"
ok member list --overdue --under K1 --at 2025-12-31 --format csv
equal "overdue below K1 at the end of 2025" "${ID[P1]}" \
  "$(tail -n +2 <<<"$OUT" | cut -d, -f1)"
ok member list --overdue --at 2025-03-14
equal "none on 2025-03-14: the header alone" 2 "$(wc -l <<<"$OUT")"
refused 2 "member list: --overdue lists probationary members; give it without --status" \
  member list --overdue --status official
refused 1 "at: 2025-02-30" member list --overdue --at 2025-02-30

# ---- check: warnings, exit code 0 -----------------------------------------
ok check
equal "check: sound" ok "$OUT"
has "check warns of P1" "$ERR" \
  "warning: member ${ID[P1]} (Nguyễn Văn Một) in C1: probationary since 2024-03-15; the probation of 12 months ended on 2025-03-15 without recognition, and the rule says the member is removed"
has "check warns of P4, from the readmission" "$ERR" \
  "warning: member ${ID[P4]} (Phạm Thị Bốn) in C2: probationary since 2025-01-10; the probation of 12 months ended on 2026-01-10"
equal "check: four warnings" 4 "$(grep -c '^warning: ' <<<"$ERR")"
# Recognised late: the warning and the count go.
m_recognize P1 2026-06-01
ok check
lacks "check: P1 recognised" "$ERR" "member ${ID[P1]} "
ok report HT --from 2025-01-01 --to 2025-12-31 --format json
equal "HT 2025 after P1's recognition: P5" 1 \
  "$(json members.probation_overdue)"
same_engines HT 2025-01-01 2025-12-31
check_report HT 2025-01-01 2025-12-31

# ---- counted phrases (issue 6: grammar everywhere) ---------------------------
printf 'code,name,kind,parent,sector,founded\nC3,Chi bộ mới,grassroots_cell,K2,,2026-01-05\n' \
  >"$T/one.csv"
ok import orgs "$T/one.csv"
equal "one organisation imported" "imported 1 organisation from $T/one.csv" \
  "$ERR"
ok member show "${ID[P5]}"
has "an age in the singular" "$OUT" "born 1998-05-05 (28 years 1 month)"

finish
