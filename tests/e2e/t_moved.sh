# Records about a member count where the member was on their day (issue 3:
# "events count where they happened"), even when the member's transfer is
# recorded after them: an award and a supervision dated after a transfer
# that is entered later move with the member to the new cell, and the
# committee the member left no longer counts them.
. "$(dirname "$0")/lib.sh"

ok init
ok org add HT --name "Tỉnh ủy" --kind provincial --founded 1990-01-01
ok org add K1 --name "Huyện ủy Một" --kind committee --parent HT \
  --founded 1990-01-01
ok org add K2 --name "Huyện ủy Hai" --kind committee --parent HT \
  --founded 1990-01-01
ok org add G1 --name "Chi bộ Một" --kind grassroots_cell --parent K1 \
  --founded 1990-01-01
ok org add G2 --name "Chi bộ Hai" --kind grassroots_cell --parent K2 \
  --founded 1990-01-01
ok member add --name "Lê Văn Tám" --born 1970-03-03 --gender male \
  --cell G1 --admitted 2000-01-01 --official 2001-01-01
m=$OUT

# Recorded first: an award and a supervision in June...
ok award add --member "$m" --kind merit --title "Bằng khen" --by HT \
  --date 2025-06-10
ok oversight add --kind supervision --by HT --member "$m" --from 2025-06-15
# ...then the transfer of 1 June, entered late.
ok member transfer "$m" --to G2 --date 2025-06-01

figures() { # ORG: awards to members and members supervised in 2025
  ok report "$1" --from 2025-01-01 --to 2025-12-31 --format json
  echo "$(json awards.members.merit)/$(json oversight.supervised.members)"
}
equal "the committee left counts neither" "0/0" "$(figures K1)"
equal "the committee joined counts both" "1/1" "$(figures K2)"
equal "the province counts both once" "1/1" "$(figures HT)"
equal "the new cell counts both" "1/1" "$(figures G2)"
equal "the old cell counts neither" "0/0" "$(figures G1)"
for o in HT K1 K2; do
  ok report $o --from 2025-01-01 --to 2025-12-31 --format json
  cp "$T/out" "$T/tally"
  ok report $o --from 2025-01-01 --to 2025-12-31 --format json --engine direct
  if cmp -s "$T/tally" "$T/out"; then pass; else fail "$o: the engines differ"; fi
done
# A record dated before the transfer stays where it was.
ok award add --member "$m" --kind other --title "Giấy khen" --by HT \
  --date 2025-05-20
ok report K1 --from 2025-01-01 --to 2025-12-31 --format json
equal "before the transfer: the old committee" 1 "$(json awards.members.other)"
ok check
equal "check" ok "$OUT"

# A member inspected twice in G1 (K1), then a transfer to G2 (K2) dated
# before both, entered late: both inspections move, and the second one
# knows that the first now counts in K2: one member inspected, not two.
ok member add --name "Phan Thị Chín" --born 1975-05-05 --gender female   --cell G1 --admitted 2000-01-01 --official 2001-01-01
n=$OUT
ok oversight add --kind inspection --by HT --member "$n" --from 2025-08-01
ok oversight add --kind inspection --by HT --member "$n" --from 2025-09-01
ok member transfer "$n" --to G2 --date 2025-07-01
inspected() { # ORG: members inspected in 2025, and the inspections
  ok report "$1" --from 2025-01-01 --to 2025-12-31 --format json
  echo "$(json oversight.inspected.members)/$(json oversight.inspected.records)"
}
equal "K2: one member, two inspections" 1/2 "$(inspected K2)"
equal "K1: none" 0/0 "$(inspected K1)"
equal "HT: one member" 1/2 "$(inspected HT)"
ok report K2 --from 2025-01-01 --to 2025-12-31 --format json
cp "$T/out" "$T/tally"
ok report K2 --from 2025-01-01 --to 2025-12-31 --format json --engine direct
if cmp -s "$T/tally" "$T/out"; then pass; else fail "K2: the engines differ"; fi
ok check
equal "check after the move" ok "$OUT"
finish
