# Congresses and their elections (DOMAIN.md §8, issue 9): a congress of a
# committee for a term, its delegates against the delegate seats given,
# its list of candidates, and two rounds of voting — the first with a tie
# at the last seat and a candidate at exactly half of an even number of
# valid ballots (not elected), the second, for the seat left, counted
# ballot by ballot from a file. Every refusal with its message and the
# database unchanged. (The actor's role and scope: t_api_congress.sh.)
here=$(dirname "$0")
. "$here/lib.sh"

party_tree
# Fourteen members of the block committee K's cells, one of the district
# K2's, and one admitted after the congress.
for i in $(seq 1 14); do
  cell=C1
  [ "$i" -gt 7 ] && cell=C2
  ok member add --name "Đảng viên $i" --born 1980-01-01 \
    --gender male --cell $cell --admitted 2005-01-01 --official 2006-01-01
done
ok member add --name "Lê Thị Huyện" --born 1985-05-05 --gender female \
  --cell G2 --admitted 2005-01-01 --official 2006-01-01
X=$OUT
ok member add --name "Trần Văn Mới" --born 1995-05-05 --gender male \
  --cell C1 --admitted 2025-09-01
Y=$OUT

# ---- the congress ------------------------------------------------------------
ok congress add DH-K --org K --term 2025-2030 --date 2025-06-01 --seats 3 \
  --delegates 13
equal "add prints nothing" "" "$OUT"
refused 1 "code: DH-K: already the code of a congress (of K)" congress add \
  DH-K --org K2 --term 2025-2030 --date 2025-06-01 --seats 3
refused 1 "term: '2025': not a term of office" congress add DH-X --org K --term 2025 \
  --date 2025-06-01 --seats 3
refused 1 "seats: 0:" congress add DH-X --org K --term 2025-2030 \
  --date 2025-06-01 --seats 0
refused 1 "org: NOPE: no organisation has this code" congress add DH-X \
  --org NOPE --term 2025-2030 --date 2025-06-01 --seats 3
refused 1 "organisation K did not exist yet on 1999-06-01" congress add DH-X \
  --org K --term 1999-2004 --date 1999-06-01 --seats 3
refused 2 "congress add: --seats N is required" congress add DH-X --org K \
  --term 2025-2030 --date 2025-06-01

# ---- delegates: 12 elected, 1 ex officio, against 13 seats -------------------
for i in $(seq 1 12); do ok congress delegate DH-K --member "$i"; done
ok congress delegate DH-K --member 13 --kind ex-officio
refused 1 "cannot add a delegate to DH-K: 13 delegates are recorded, and 13 \
delegate seats were given" congress delegate DH-K --member 14
refused 1 "member: 3 (Đảng viên 3) is a delegate of DH-K already" \
  congress delegate DH-K --member 3
refused 1 "kind: observer:" congress delegate DH-K --member 14 --kind observer
refused 1 "congress: DH-Z: no congress has this code" congress delegate DH-Z \
  --member 14
ok congress add DH-K2 --org K --term 2025-2030 --date 2025-06-01 --seats 1
refused 1 "member: $X (Lê Thị Huyện) was not of the branch of K on \
2025-06-01, the day of congress DH-K2" congress delegate DH-K2 --member "$X"
refused 1 "member: $Y (Trần Văn Mới) was not in the party on 2025-06-01, the \
day of congress DH-K2" congress delegate DH-K2 --member "$Y"
ok congress show DH-K
has "show" "$OUT" "Delegates: 13; delegate seats given: 13 (12 elected, 1 ex officio)"
has "show" "$OUT" "Đảng viên 13 (id 13), ex-officio"
ok congress show DH-K --format json
equal "delegates" 13 "$(json 'delegates' | sqlite3 :memory: \
  "SELECT json_array_length(readfile('$T/out'), '\$.delegates')")"
equal "elected delegates" 12 "$(json delegates_elected)"
equal "ex officio" 1 "$(json delegates_ex_officio)"
equal "seats given" 13 "$(json delegate_seats)"

# ---- the list of candidates --------------------------------------------------
for i in 1 2 3 4 5; do ok congress candidate DH-K --member "$i"; done
refused 1 "member: 2 (Đảng viên 2) is on the list of DH-K already (number 2)" \
  congress candidate DH-K --member 2
refused 1 "member: $X (Lê Thị Huyện) was not of the branch of K" \
  congress candidate DH-K --member "$X"
refused 1 "member: $Y (Trần Văn Mới) was not in the party on 2025-06-01" \
  congress candidate DH-K --member "$Y"
refused 1 "member: 999: no member has this id" congress candidate DH-K \
  --member 999
ok congress show DH-K --format json
equal "the list's order" "1,2,3,4,5" "$(sqlite3 :memory: "SELECT \
  group_concat(json_extract(value, '\$.member')) FROM \
  json_each(readfile('$T/out'), '\$.candidates')")"

# ---- round 1: counts that cannot be ------------------------------------------
V="1=8,2=8,3=7,4=7,5=6"
refused 1 "issued: 14: more ballots issued than the 13 delegates recorded for \
DH-K" congress round DH-K --issued 14 --returned 12 --valid 12 --votes "$V"
refused 1 "returned: 13: more ballots returned than the 12 issued" \
  congress round DH-K --issued 12 --returned 13 --valid 12 --votes "$V"
refused 1 "valid: 13: more valid ballots than the 12 returned" \
  congress round DH-K --issued 13 --returned 12 --valid 13 --votes "$V"
refused 1 "votes: 13 for member 1: more than the 12 valid ballots" \
  congress round DH-K --issued 13 --returned 12 --valid 12 --votes 1=13
refused 1 "votes: 37 in all: more than the 12 valid ballots can hold" \
  congress round DH-K --issued 13 --returned 12 --valid 12 \
  --votes "1=8,2=8,3=7,4=7,5=7"
refused 1 "votes: 6: not on the list of candidates of DH-K" \
  congress round DH-K --issued 13 --returned 12 --valid 12 --votes "$V,6=1"
refused 1 "votes: member 1: counted twice in one round" \
  congress round DH-K --issued 13 --returned 12 --valid 12 --votes "$V,1=1"
refused 1 "votes: 1=x: not ID=N" congress round DH-K --issued 13 \
  --returned 12 --valid 12 --votes "1=x"
refused 1 "votes: give the votes (ID=N,...) or the ballots, one of them" \
  congress round DH-K --issued 13 --returned 12 --valid 12
refused 1 "valid: the number of valid ballots is needed" \
  congress round DH-K --issued 13 --returned 12 --votes "$V"
refused 1 "cannot record a round of DH-K2: it has no candidates" \
  congress round DH-K2 --issued 1 --returned 1 --valid 1 --votes ""

# ---- round 1: two elected, a tie at the last seat, exactly half not elected -
ok congress round DH-K --issued 13 --returned 12 --valid 12 --votes "$V"
equal "round number" 1 "$OUT"
ok congress result DH-K --format json
equal "elected in round 1" "1,2" "$(sqlite3 :memory: "SELECT \
  group_concat(json_extract(value, '\$.member')) FROM \
  json_each(readfile('$T/out'), '\$.rounds[0].elected')")"
equal "tied at the last seat" "3,4" "$(sqlite3 :memory: "SELECT \
  group_concat(json_extract(value, '\$.member')) FROM \
  json_each(readfile('$T/out'), '\$.rounds[0].tied')")"
equal "exactly half: no majority" 5 "$(json 'rounds[0].no_majority[0].member')"
equal "exactly half's share" "50.00%" "$(json 'rounds[0].no_majority[0].share')"
equal "a further round" 1 "$(json 'rounds[0].further_round')"
equal "seats left" 1 "$(json seats_left)"
ok congress result DH-K
has "result" "$OUT" "tied at the last seat: a further round is needed:
    Đảng viên 3 (id 3): 7 votes, 58.33%"
has "result" "$OUT" "no majority (half of the valid ballots or less):
    Đảng viên 5 (id 5): 6 votes, 50.00%"
has "result" "$OUT" "Elected: 2 of 3 seats; 1 left to fill"
ok congress result DH-K --lang vi
has "the result in Vietnamese" "$OUT" "Lần bầu 1, bầu 3 ủy viên: phát ra 13 \
phiếu, thu về 12, hợp lệ 12
  trúng cử:"

# ---- round 2, ballot by ballot, for the seat left ----------------------------
refused 1 "votes: 1: elected in an earlier round of DH-K" \
  congress round DH-K --issued 13 --returned 12 --valid 12 --votes "1=8"
printf '3\n3\n4,3\n4\n' >"$T/bad.txt"
refused 1 "$T/bad.txt:3: marks: 2: more candidates marked than the 1 seats" \
  congress round DH-K --issued 13 --returned 12 --ballots "$T/bad.txt"
printf '3\n1\n' >"$T/bad.txt"
refused 1 "$T/bad.txt:2: votes: 1: elected in an earlier round of DH-K" \
  congress round DH-K --issued 13 --returned 12 --ballots "$T/bad.txt"
printf '3\n4, 4\n' >"$T/bad.txt"
refused 1 "$T/bad.txt:2: ballots: 4: marked twice" \
  congress round DH-K --issued 13 --returned 12 --ballots "$T/bad.txt"
printf '3\n\xff\n' >"$T/bad.txt"
refused 1 "ballots: $T/bad.txt: not UTF-8 text" \
  congress round DH-K --issued 13 --returned 12 --ballots "$T/bad.txt"
printf '3\nx\n' >"$T/bad.txt"
refused 1 "$T/bad.txt:2: ballots: x: not a member id" \
  congress round DH-K --issued 13 --returned 12 --ballots "$T/bad.txt"
refused 1 "votes: give the votes (ID=N,...) or the ballots, one of them" \
  congress round DH-K --issued 13 --returned 12 --ballots "$T/bad.txt" \
  --votes 3=1
# Eight for 3, three for 4, one for 5: 12 valid ballots; an empty line, or
# one of spaces, is no ballot; CRLF line ends are read as LF.
{ for _ in 1 2 3 4 5 6 7 8; do echo 3; done; echo 4; echo; echo 4; echo "  "
  printf '4\r\n'
  echo 5; } >"$T/ballots.txt"
refused 1 "valid: 12: more valid ballots than the 10 returned" \
  congress round DH-K --issued 13 --returned 10 --ballots "$T/ballots.txt"
ok congress round DH-K --issued 13 --returned 12 --ballots "$T/ballots.txt"
equal "round number" 2 "$OUT"
ok congress result DH-K --format json
equal "round 2's valid ballots" 12 "$(json 'rounds[1].valid')"
equal "round 2's seats" 1 "$(json 'rounds[1].seats')"
equal "elected in round 2" 3 "$(json 'rounds[1].elected[0].member')"
equal "its votes" 8 "$(json 'rounds[1].elected[0].votes')"
equal "no further round" 0 "$(json 'rounds[1].further_round')"
equal "elected" "1,2,3" "$(sqlite3 :memory: "SELECT \
  group_concat(json_extract(value, '\$.member')) FROM \
  json_each(readfile('$T/out'), '\$.elected_members')")"
equal "no seat left" 0 "$(json seats_left)"
refused 1 "cannot record a round of DH-K: its 3 seats are filled" \
  congress round DH-K --issued 13 --returned 12 --valid 12 --votes "4=8"

# With no delegate recorded, the ballots issued are not bounded by them.
ok congress candidate DH-K2 --member 14
ok congress round DH-K2 --issued 40 --returned 30 --valid 30 --votes 14=16
ok congress result DH-K2 --format json
equal "DH-K2's member elected" 14 "$(json 'rounds[0].elected[0].member')"

# ---- listings and the audit --------------------------------------------------
ok congress list --format csv
equal "listed" "DH-K,K,2025-2030,2025-06-01,3,13,5,2" \
  "$(csv "SELECT code || ',' || org || ',' || term || ',' || date || ',' || \
    seats || ',' || delegates || ',' || candidates || ',' || rounds \
    FROM t WHERE code = 'DH-K'")"
ok congress list --under K2 --format csv
equal "nothing under K2" 0 "$(csv "SELECT count(*) FROM t")"
ok congress list --term 2020-2025 --format csv
equal "nothing of 2020-2025" 0 "$(csv "SELECT count(*) FROM t")"
refused 1 "term: '2020': not a term of office" congress list --term 2020
refused 1 "congress: DH-Z: no congress has this code" congress result DH-Z
equal "audited" 24 "$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM audit \
  WHERE action LIKE 'congress %'")"
equal "the rows of the rounds in the audit trail" 3 "$(sqlite3 "$CADRE_DB" \
  "SELECT count(*) FROM audit_change WHERE table_name = 'congress_round'")"
equal "and their votes, as written" 16 "$(sqlite3 "$CADRE_DB" "SELECT \
  json_extract(after_values, '\$.votes') FROM audit_change \
  WHERE table_name = 'congress_vote' \
  AND json_extract(after_values, '\$.member_id') = 14")"
has "audit of a round" "$(sqlite3 "$CADRE_DB" "SELECT detail FROM audit \
  WHERE action = 'congress round' ORDER BY id LIMIT 1")" \
  "DH-K: round 1 for 3 seats: issued 13, returned 12, valid 12, votes \
1=8,2=8,3=7,4=7,5=6"

finish
