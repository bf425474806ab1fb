# The planning and congress sections of the period report (issue 9): the
# candidates of the plannings in force on the report's last day under the
# organisation, by term, with their structure and the posts under a
# floor; the congresses held in the period with who their rounds elected;
# the tree as it stood; a grouping's report adds its members'; the same
# figures in JSON, CSV, text (in the reader's language) and the workbook.
# Every expected figure is worked out here from the candidates below.
here=$(dirname "$0")
. "$here/lib.sh"

ok init
ok org add P --kind provincial --name "Tỉnh ủy" --founded 2000-01-01
ok org add K --kind committee --parent P --name "Đảng ủy Khối" \
  --founded 2000-01-01
ok org add C1 --kind grassroots_cell --parent K --name "Chi bộ 1" \
  --founded 2000-01-01
ok org add K2 --kind committee --parent P --name "Huyện ủy" \
  --founded 2000-01-01
ok org add C2 --kind grassroots_cell --parent K2 --name "Chi bộ 2" \
  --founded 2000-01-01

# On 2025-01-01, the start of the term 2025-2030: An 49 (not young at a
# provincial post: under 40), Bình 34 (young), Cường 38 (young below a
# central post's 45 too), Dung 55.
add_member() { # NAME BORN GENDER CELL [more options]
  local name=$1 born=$2 gender=$3 cell=$4
  shift 4
  ok member add --name "$name" --born "$born" --gender "$gender" \
    --cell "$cell" --admitted 2015-01-01 --official 2016-01-01 "$@"
}
add_member "Nguyễn Văn An" 1975-05-01 male C1 --theory advanced \
  --ethnicity Kinh
an=$OUT
add_member "Lò Thị Bình" 1990-05-01 female C1 --theory intermediate \
  --ethnicity "Thái"
binh=$OUT
add_member "Trần Văn Cường" 1986-03-01 male C2 --theory advanced
cuong=$OUT
add_member "Hà Thị Dung" 1969-09-01 female C2
dung=$OUT

ok post add K-BT --org K --title "Bí thư Đảng ủy Khối" --seats 1
ok post add K2-BT --org K2 --title "Bí thư Huyện ủy" --seats 1
ok post add K2-PBT --org K2 --title "Phó Bí thư Huyện ủy" --seats 2

# K-BT for 2025-2030: An and Bình (young 1 of 2, women 1 of 2: no floor
# short). K2-BT: Cường, and Dung until her removal on 2025-09-01. K2-PBT:
# Dung (young 0 of 1, women 1 of 1: short of young). And a later term.
ok plan add --post K-BT --term 2025-2030 --member "$an" --date 2024-06-01
ok plan add --post K-BT --term 2025-2030 --member "$binh" --date 2024-06-01
ok plan add --post K2-BT --term 2025-2030 --member "$cuong" --date 2024-06-01
ok plan add --post K2-BT --term 2025-2030 --member "$dung" --date 2024-06-01
ok plan add --post K2-PBT --term 2025-2030 --member "$dung" --date 2024-06-01
ok plan remove --post K2-BT --term 2025-2030 --member "$dung" \
  --date 2025-09-01 --reason age
ok plan add --post K-BT --term 2030-2035 --member "$binh" --date 2025-03-01

field() { # SECTION... : a value of the report's JSON in $OUT
  printf '%s' "$OUT" | python3 -c '
import json, sys
v = json.load(sys.stdin)
for k in sys.argv[1:]:
    v = v.get(k, None) if isinstance(v, dict) else None
print("absent" if v is None else json.dumps(v))' "$@"
}

# P on 2025-06-30: Dung is still in K2-BT's planning. Term 2025-2030:
# posts 3, candidates 2 + 2 + 1 = 5, young Bình and Cường = 2, women Bình,
# Dung, Dung = 3, minorities Bình = 1 (Kinh is not one; not recorded is
# not one), theory advanced An, Cường = 2, intermediate Bình = 1, unknown
# Dung twice = 2. Under a floor: K2-BT has Cường young of 2 (met) and Dung
# a woman of 2 (met); K2-PBT short of young (0 of 1), not of women.
ok report P --from 2025-01-01 --to 2025-06-30 --format json
equal "posts" 3 "$(field planning 2025-2030 posts)"
equal "candidates" 5 "$(field planning 2025-2030 candidates)"
equal "young" 2 "$(field planning 2025-2030 young)"
equal "women" 3 "$(field planning 2025-2030 female)"
equal "minorities" 1 "$(field planning 2025-2030 minorities)"
equal "advanced" 2 "$(field planning 2025-2030 by_theory advanced)"
equal "intermediate" 1 "$(field planning 2025-2030 by_theory intermediate)"
equal "theory not recorded" 2 "$(field planning 2025-2030 by_theory unknown)"
equal "short of young" 1 "$(field planning 2025-2030 posts_short_young)"
equal "short of women" 0 "$(field planning 2025-2030 posts_short_women)"
# The later term: Bình alone, young (34 on 2030-01-01? no: 39, still
# under 40) and a woman.
equal "2030: candidates" 1 "$(field planning 2030-2035 candidates)"
equal "2030: young" 1 "$(field planning 2030-2035 young)"

# At the year's end Dung has left K2-BT's planning: K2-BT is Cường alone,
# a man: short of women now.
ok report P --from 2025-01-01 --to 2025-12-31 --format json
equal "after the removal: candidates" 4 "$(field planning 2025-2030 candidates)"
equal "after the removal: short of women" 1 \
  "$(field planning 2025-2030 posts_short_women)"
# Before anyone was planned: no term at all.
ok report P --from 2024-01-01 --to 2024-03-31 --format json
equal "no planning yet" "{}" "$(field planning)"

# K2's congress of 2025-06-01 elects 2 of Cường, Dung and Eo. Round 1,
# 10 valid ballots: Cường 8 elected; Dung and Eo 6 each, both more than
# half, tied for the last seat: nobody else elected. Round 2 for 1 seat:
# Dung 7, Eo 3: Dung elected. So 1 congress, 2 seats, 2 rounds, 2
# elected, no seat left, 1 round tied.
add_member "Đỗ Văn Eo" 1980-01-01 male C2
eo=$OUT
ok congress add DH-K2 --org K2 --term 2025-2030 --date 2025-06-01 --seats 2
for m in "$cuong" "$dung" "$eo"; do ok congress candidate DH-K2 --member "$m"; done
ok report P --from 2025-01-01 --to 2025-12-31 --format json
equal "no round yet: held" 1 "$(field congresses held)"
equal "no round yet: seats left" 2 "$(field congresses seats_left)"
ok congress round DH-K2 --issued 10 --returned 10 --valid 10 \
  --votes "$cuong=8,$dung=6,$eo=6"
ok congress round DH-K2 --issued 10 --returned 10 --valid 10 \
  --votes "$dung=7,$eo=3"
ok report P --from 2025-01-01 --to 2025-12-31 --format json
equal "congresses held" 1 "$(field congresses held)"
equal "seats" 2 "$(field congresses seats)"
equal "rounds" 2 "$(field congresses rounds)"
equal "elected" 2 "$(field congresses elected)"
equal "seats left" 0 "$(field congresses seats_left)"
equal "rounds tied" 1 "$(field congresses tied_rounds)"
ok report P --from 2025-07-01 --to 2025-12-31 --format json
equal "a period without congresses" 0 "$(field congresses held)"

# A branch counts its own posts: K has K-BT only.
ok report K --from 2025-01-01 --to 2025-12-31 --format json
equal "K: posts" 1 "$(field planning 2025-2030 posts)"
equal "K: candidates" 2 "$(field planning 2025-2030 candidates)"

# The tree as it stood: K2 moves under K on 2026-01-01; K's report of 2025
# keeps its one post, its report of 2026 has K2's two as well.
ok org move K2 --to K --date 2026-01-01
ok report K --from 2025-01-01 --to 2025-12-31 --format json
equal "K 2025: as the tree stood" 1 "$(field planning 2025-2030 posts)"
ok report K --from 2026-01-01 --to 2026-12-31 --format json
equal "K 2026: K2 below it" 3 "$(field planning 2025-2030 posts)"
# K2's congress was held under P, not K: K's report of the two years
# leaves it out, P's keeps it.
ok report K --from 2025-01-01 --to 2026-12-31 --format json
equal "K: K2's congress was not under it" 0 "$(field congresses held)"
ok report P --from 2025-01-01 --to 2026-12-31 --format json
equal "P keeps K2's congress" 2 "$(field congresses elected)"

# A grouping of K and P's other committees adds its members' plannings.
ok org add K3 --kind committee --parent P --name "Thành ủy" \
  --founded 2000-01-01
ok post add K3-BT --org K3 --title "Bí thư Thành ủy" --seats 1
ok plan add --post K3-BT --term 2025-2030 --member "$an" --date 2026-02-01
ok group add CUM --name "Cụm thi đua" --kind cluster
ok group join CUM --org K --date 2026-01-01
ok group join CUM --org K3 --date 2026-01-01
ok report --group CUM --from 2026-01-01 --to 2026-12-31 --format json
equal "group: posts" 4 "$(field planning 2025-2030 posts)"
equal "group: candidates" 5 "$(field planning 2025-2030 candidates)"

# The same lines in CSV, and the text in the reader's language.
ok report P --from 2025-01-01 --to 2025-06-30 --format csv
has "csv: a line" "$OUT" "planning.2025-2030,candidates,5"
ok report P --from 2025-01-01 --to 2025-06-30
has "text: the title" "$OUT" "Cadre planning for the term 2025-2030"
has "text: the floor" "$OUT" "Posts under the floor of 15% young cadres"
has "text: the congresses" "$OUT" "Rounds tied at the last seat"
ok --lang vi report P --from 2025-01-01 --to 2025-06-30
has "vi: the title" "$OUT" "Quy hoạch cán bộ nhiệm kỳ 2025-2030"
lacks "vi: no English label" "$OUT" "Young cadres"

# The workbook has a sheet of its own for it.
"$CADRE" report P --from 2025-01-01 --to 2025-06-30 --format xlsx \
  >"$T/r.xlsx"
sheets=$(python3 -c '
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
print(" ".join(re.findall(r"<sheet name=\"([^\"]+)\"", z.read("xl/workbook.xml").decode())))' "$T/r.xlsx")
has "xlsx: the planning sheet" "$sheets" "planning"

finish
