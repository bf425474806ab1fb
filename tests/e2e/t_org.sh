# Organisations (DOMAIN §1, issue §3 and §8): kinds and where each may sit,
# codes, names in full Unicode, dates, and the changes of the tree — moves,
# renames, mergers, dissolution — with every refusal naming the value and
# the rule and leaving the database as it was.
. "$(dirname "$0")/lib.sh"

# The first line of `org show`, "CODE — NAME".
title() { run org show "$@" && echo "${OUT%%$'\n'*}"; }
# row WHAT TEXT A B: a line of TEXT holds A and, after it, B (columns of a
# table may lie between).
row() {
  if grep -qF -- "$3" <<<"$2" && [[ "$(grep -F -- "$3" <<<"$2")" == *"$4"* ]]; then
    pass
  else
    fail "$1: no line with '$3' ... '$4' in: $2"
  fi
}

ok init

# ---- kinds: each kind under each kind, as DOMAIN §1 nests them ------------

kinds="central provincial committee grassroots_committee grassroots_cell sub_committee cell"
short() {
  case $1 in
  central) echo ce ;; provincial) echo pr ;; committee) echo co ;;
  grassroots_committee) echo gc ;; grassroots_cell) echo gl ;;
  sub_committee) echo sc ;; cell) echo cl ;;
  esac
}
# may_hold PARENT CHILD: the rule, written out again from DOMAIN §1.
may_hold() {
  case "$1>$2" in
  "central>provincial" | "central>committee" | \
    "provincial>committee" | "provincial>grassroots_committee" | \
    "provincial>grassroots_cell" | "committee>committee" | \
    "committee>grassroots_committee" | "committee>grassroots_cell" | \
    "grassroots_committee>sub_committee" | "grassroots_committee>cell" | \
    "sub_committee>sub_committee" | "sub_committee>cell") return 0 ;;
  esac
  return 1
}
rule() {
  case $1 in
  central) echo "the Central Committee has no superior" ;;
  provincial) echo "a provincial committee sits under the Central Committee" ;;
  committee) echo "a committee sits under the Central Committee, a provincial committee or another committee" ;;
  grassroots_*) echo "a grassroots organisation sits under a committee or a provincial committee" ;;
  *) echo "a sub-committee or a cell sits under a grassroots committee or a sub-committee" ;;
  esac
}
# One organisation of each kind to hold the others.
ok org add P-ce --name "Trung ương" --kind central --founded 1930-02-03
ok org add P-pr --name "Tỉnh ủy" --kind provincial --parent P-ce --founded 1945-01-01
ok org add P-co --name "Đảng ủy Khối" --kind committee --parent P-pr --founded 1959-05-10
ok org add P-gc --name "Đảng bộ cơ sở" --kind grassroots_committee --parent P-co --founded 1990-01-01
ok org add P-gl --name "Chi bộ cơ sở" --kind grassroots_cell --parent P-co --founded 1990-01-01
ok org add P-sc --name "Đảng bộ bộ phận" --kind sub_committee --parent P-gc --founded 1990-01-01
ok org add P-cl --name "Chi bộ" --kind cell --parent P-gc --founded 1990-01-01
for parent in $kinds; do
  for child in $kinds; do
    code="N-$(short "$parent")-$(short "$child")"
    P="P-$(short "$parent")"
    if may_hold "$parent" "$child"; then
      ok org add "$code" --name "Tổ chức $code" --kind "$child" --parent "$P"
    else
      refused 1 "cannot place $code ($child) under $P ($parent): $(rule "$child")" \
        org add "$code" --name "Tổ chức $code" --kind "$child" --parent "$P"
    fi
  done
done
# Without a superior: any kind but a sub-committee or a cell, which need one;
# there is one central organisation at most (P-ce).
for kind in $kinds; do
  code="R-$(short "$kind")"
  case $kind in
  sub_committee | cell)
    refused 1 "parent: $code ($kind) needs a superior: $(rule "$kind")" \
      org add "$code" --name "Gốc" --kind "$kind" ;;
  central)
    refused 1 "cannot add $code (central): P-ce (Trung ương) is the central \
organisation already; there is one at most" \
      org add "$code" --name "Gốc" --kind "$kind" ;;
  *) ok org add "$code" --name "Gốc $kind" --kind "$kind" ;;
  esac
done
refused 1 "kind: party: one of central, provincial, committee, grassroots_committee, grassroots_cell, sub_committee or cell" \
  org add X --name X --kind party
refused 1 "sector: bank: one of state_agency, public_service, " \
  org add X --name X --kind committee --parent P-pr --sector bank
ok org add SECT --name "Đảng bộ Quân sự" --kind committee --parent P-pr --sector armed_forces
ok org show SECT
has "sector kept" "$OUT" "kind: committee, sector: armed_forces"

# ---- codes: unique without regard to case, and well formed --------------

refused 1 "code: p-PR: already the code of an organisation (Tỉnh ủy)" \
  org add p-PR --name "Khác" --kind committee --parent P-ce
for code in "a b" "-X" "x/y" "HÀ" "ĐB" "$(printf 'A%.0s' {1..33})" ""; do
  refused 1 "code: $code: a code is 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit" \
    org add "$code" --name "Sai" --kind committee --parent P-pr
done
ok org add "$(printf 'A%.0s' {1..32})" --name "Dài" --kind committee --parent P-pr
ok org add a.b_c-9 --name "Mã" --kind committee --parent P-pr
# Codes are found without regard to case.
equal "code in any case" "a.b_c-9 — Mã" "$(title A.B_C-9)"
refused 1 "parent: NOPE: no organisation has this code" \
  org add X --name X --kind committee --parent NOPE
refused 1 "org: NOPE: no organisation has this code" org show NOPE

# ---- names: full Unicode, NFC, kept through every output -----------------

ok org add HT --name "Tỉnh ủy Hà Tĩnh" --kind provincial --parent P-ce --founded 1930-08-01
ok org add K --name "Đảng bộ Khối Các cơ quan và Doanh nghiệp tỉnh" \
  --kind committee --parent HT --founded 1959-05-10
long='Đảng bộ "Sở Tài chính", Hà Tĩnh — 党委 ✓'
ok org add G --name "$long" --kind grassroots_committee --parent K --founded 1990-01-01
# Decomposed input (o + dot below + circumflex, e + circumflex) is stored
# composed: "Chi bộ Tiên Phong".
decomposed=$(printf 'Chi bo\xcc\xa3\xcc\x82 Tie\xcc\x82n Phong')
composed=$(printf 'Chi b\xe1\xbb\x99 Ti\xc3\xaan Phong')
ok org add C --name "$decomposed" --kind cell --parent G --founded 1990-01-01
equal "NFC: stored composed" "$(sqlite3 :memory: "SELECT hex('$composed')")" \
  "$(sqlite3 "$CADRE_DB" "SELECT hex(name) FROM org WHERE code = 'C'")"
ok org list --under G
has "org list: Unicode name" "$OUT" "$long"
has "org list: NFC name" "$OUT" "$composed"
ok org list --under G --format csv
equal "org list csv: Unicode name" "$long" "$(csv "SELECT name FROM t WHERE code = 'G'")"
equal "org list csv: NFC name" "$composed" "$(csv "SELECT name FROM t WHERE code = 'C'")"
ok org list --under G --format json
equal "org list json: Unicode name" "$long" \
  "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/out'), '\$[0].name')")"
equal "org list json: NFC name" "$composed" \
  "$(sqlite3 :memory: "SELECT json_extract(readfile('$T/out'), '\$[1].name')")"
equal "org show: Unicode name" "G — $long" "$(title G)"
ok org show C --format json
equal "org show json: NFC name" "$composed" "$(json name)"
# Export, import into a new database, export again: the same bytes.
ok export orgs --under K --format csv
cp "$T/out" "$T/orgs.csv"
has "export: Unicode name" "$OUT" "\"Đảng bộ \"\"Sở Tài chính\"\", Hà Tĩnh — 党委 ✓\""
ok export orgs --under K --format json
equal "export json: Unicode name" "$long" \
  "$(sqlite3 :memory: "SELECT json_extract(value, '\$.name') FROM json_each(readfile('$T/out')) WHERE json_extract(value, '\$.code') = 'G'")"
ok --db "$T/copy.db" init
# The block's superior is not in the export: import it under a new root.
sed -i 's/^\(K,[^,]*,committee,\)HT,/\1,/' "$T/orgs.csv"
ok --db "$T/copy.db" import orgs "$T/orgs.csv"
ok --db "$T/copy.db" export orgs --format csv
equal "round trip: same bytes" "$(cat "$T/orgs.csv")" "$OUT"

refused 1 "name: invalid UTF-8" \
  org add X --name "$(printf 'Chi b\xff')" --kind cell --parent G
refused 1 "name: must not be empty" org add X --name "   " --kind cell --parent G
refused 1 "decision: invalid UTF-8" \
  org add X --name X --kind cell --parent G --decision "$(printf '12\xc3')"

# ---- founding dates: not before the superior, not ahead, real days -------

refused 1 "cannot found X on 1920-01-01 under HT: HT was founded on 1930-08-01" \
  org add X --name X --kind committee --parent HT --founded 1920-01-01
refused 1 "founded: 2026-07-01: a date in the future (today is 2026-06-30)" \
  org add X --name X --kind committee --parent HT --founded 2026-07-01
ok org add TODAY --name "Hôm nay" --kind committee --parent HT --founded 2026-06-30
refused 1 "founded: 2023-02-30: no such day" \
  org add X --name X --kind committee --parent HT --founded 2023-02-30
refused 1 "founded: 2023-13-01:" \
  org add X --name X --kind committee --parent HT --founded 2023-13-01
refused 1 "founded: 23-1-1: not a date in the form YYYY-MM-DD or DD/MM/YYYY" \
  org add X --name X --kind committee --parent HT --founded 23-1-1
refused 1 "founded: 2023-1-5: not a date in the form YYYY-MM-DD or DD/MM/YYYY" \
  org add X --name X --kind committee --parent HT --founded 2023-1-5
refused 1 "founded: yesterday:" \
  org add X --name X --kind committee --parent HT --founded yesterday
ok org add LEAP --name "Nhuận" --kind committee --parent HT --founded 2024-02-29

# ---- move: with everything below it; history kept ------------------------

# K (block) holds G, which holds cell C and sub-committee S with cell C2.
ok org add D --name "Huyện ủy Đức Thọ" --kind committee --parent HT --founded 1960-01-01
ok org add S --name "Đảng bộ bộ phận Kho bạc" --kind sub_committee --parent G --founded 1995-01-01
ok org add C2 --name "Chi bộ Kho bạc 2" --kind cell --parent S --founded 1995-01-01
ok member add --name "Nguyễn Văn An" --born 1980-05-01 --gender male \
  --cell C --admitted 2005-01-01 --official 2006-01-01
m1=$OUT
ok member add --name "Đặng Thị Bình" --born 1985-05-01 --gender female \
  --cell C2 --admitted 2010-01-01 --official 2011-01-01
m2=$OUT
ok org move G --to D --date 2024-03-01 --decision "12-QĐ/TU"
ok org show G --at 2024-02-29
has "before the move" "$OUT" "superiors: P-ce > HT > K"
ok org show G --at 2024-03-01
has "on the move" "$OUT" "superiors: P-ce > HT > D"
row "history: the move" "$OUT" "2024-03-01  moved from K to D" "decision 12-QĐ/TU"
ok org show C2
has "cells follow" "$OUT" "superiors: P-ce > HT > D > G > S"
ok org show C2 --at 2024-02-29
has "cells, before" "$OUT" "superiors: P-ce > HT > K > G > S"
ok org list --under D --format csv
equal "org list under the new superior" "D G C S C2" \
  "$(csv "SELECT group_concat(code, ' ') FROM t")"
ok org list --under K --format csv
equal "org list under the old superior" "K" "$(csv "SELECT group_concat(code, ' ') FROM t")"
ok org list --under K --at 2024-02-29 --format csv
equal "org list under the old superior, before" "K G C S C2" \
  "$(csv "SELECT group_concat(code, ' ') FROM t")"
equal "parent before the move" "K" "$(csv "SELECT parent FROM t WHERE code = 'G'")"
ok member list --under D --format csv
equal "members follow" "$m1 $m2" "$(csv "SELECT group_concat(id, ' ') FROM (SELECT id FROM t ORDER BY id)")"
ok member list --under K --format csv
equal "no members left under the old superior" 0 "$(csv "SELECT count(*) FROM t")"
ok member list --under K --at 2024-02-29 --format csv
equal "members under the old superior, before" 2 "$(csv "SELECT count(*) FROM t")"
ok org show D --format json
equal "members counted at the new superior" 2 "$(json members.total)"
ok org show K --at 2024-02-29 --format json
equal "members counted at the old superior, before" 2 "$(json members.total)"
ok org show K --format json
equal "members counted at the old superior, after" 0 "$(json members.total)"

refused 1 "at: 2026-07-01: a date in the future (today is 2026-06-30)" org show G --at 2026-07-01
refused 1 "at: 2024-02-30: no such day" org list --at 2024-02-30
refused 1 "organisation G did not exist yet on 1989-12-31 (founded 1990-01-01)" \
  org show G --at 1989-12-31

# Refused: into itself or below itself.
ok org add D2 --name "Đảng bộ Xã" --kind committee --parent D --founded 1960-01-01
refused 1 "cannot move D into D: D is D itself, or below it" \
  org move D --to D --date 2025-01-01
refused 1 "cannot move D into D2: D2 is D itself, or below it" \
  org move D --to D2 --date 2025-01-01
# Into a kind that cannot hold it.
refused 1 "cannot move G (grassroots_committee) into C (cell): a grassroots organisation sits under a committee or a provincial committee" \
  org move G --to C --date 2025-01-01
refused 1 "cannot move G (grassroots_committee) into S (sub_committee):" \
  org move G --to S --date 2025-01-01
refused 1 "cannot move C2 (cell) into HT (provincial): a sub-committee or a cell sits under a grassroots committee or a sub-committee" \
  org move C2 --to HT --date 2025-01-01
# Into a dissolved organisation.
ok org add OLD --name "Huyện ủy cũ" --kind committee --parent HT --founded 1960-01-01
ok org dissolve OLD --date 2025-01-01
refused 1 "cannot move G into OLD: OLD was dissolved on 2025-01-01" \
  org move G --to OLD --date 2025-06-01
# Into an organisation founded after the day.
ok org add NEW --name "Huyện ủy mới" --kind committee --parent HT --founded 2025-01-01
refused 1 "cannot move G into NEW on 2024-06-01: NEW was founded on 2025-01-01" \
  org move G --to NEW --date 2024-06-01
# To where it is already.
refused 1 "cannot move G into D: it is there already" \
  org move G --to D --date 2025-01-01
# Dated before its previous move (a late move: refused where the later
# move would no longer leave the superior it is recorded out of; see
# t_orgevents.sh), or before its founding.
g_move=$(sqlite3 "$CADRE_DB" "SELECT id FROM org_event WHERE kind = 'moved' AND date = '2024-03-01' AND org_id = (SELECT id FROM org WHERE code = 'G')")
refused 1 "cannot move G into D2 on 2024-02-01: the move of 2024-03-01 (event $g_move) would no longer hold: it is recorded out of K, but G would be under D2 on that day" \
  org move G --to D2 --date 2024-02-01
refused 1 "cannot move S on 1994-12-31: it was founded on 1995-01-01" \
  org move S --to P-gc --date 1994-12-31
# Unknown codes, bad and future dates.
refused 1 "to: NOPE: no organisation has this code" org move G --to NOPE --date 2025-01-01
refused 1 "org: NOPE: no organisation has this code" org move NOPE --to D --date 2025-01-01
refused 1 "date: 2026-07-01: a date in the future (today is 2026-06-30)" \
  org move G --to K --date 2026-07-01
refused 1 "date: 2025-02-29: no such day" org move G --to K --date 2025-02-29
# A sub-committee moves with its cells inside the grassroots committee.
ok org add G9 --name "Đảng bộ Sở Xây dựng" --kind grassroots_committee --parent D --founded 1990-01-01
ok org move S --to G9 --date 2025-01-01
ok member list --under G9 --format csv
equal "members follow a sub-committee" "$m2" "$(csv "SELECT group_concat(id) FROM t")"
ok org move S --to G --date 2025-02-01

# ---- rename: the name at each date -----------------------------------------

ok org rename G --name "Đảng bộ Sở Tài chính tỉnh Hà Tĩnh" --date 2025-03-01 --decision 3-QĐ
equal "name before the rename" "G — $long" "$(title G --at 2025-02-28)"
equal "name on the rename" "G — Đảng bộ Sở Tài chính tỉnh Hà Tĩnh" "$(title G --at 2025-03-01)"
equal "name today" "G — Đảng bộ Sở Tài chính tỉnh Hà Tĩnh" "$(title G)"
ok org list --at 2025-02-28 --under D --format csv
equal "org list --at before" "$long" "$(csv "SELECT name FROM t WHERE code = 'G'")"
ok org list --at 2025-03-01 --under D --format csv
equal "org list --at after" "Đảng bộ Sở Tài chính tỉnh Hà Tĩnh" \
  "$(csv "SELECT name FROM t WHERE code = 'G'")"
ok org show G
has "history: the rename" "$OUT" "2025-03-01  renamed Đảng bộ Sở Tài chính tỉnh Hà Tĩnh"
g_rename=$(sqlite3 "$CADRE_DB" "SELECT id FROM org_event WHERE kind = 'renamed' AND org_id = (SELECT id FROM org WHERE code = 'G')")
refused 1 "cannot rename G on 2025-03-01: it was renamed on that day by event $g_rename, and an organisation takes one name a day" \
  org rename G --name "Khác" --date 2025-03-01
# A renaming dated before a later one would give the name it gives:
# refused naming it (late renamings: t_orgevents.sh).
refused 1 "cannot rename G on 2025-01-01: the renaming of 2025-03-01 (event $g_rename) would no longer hold: G would already be named Đảng bộ Sở Tài chính tỉnh Hà Tĩnh then" \
  org rename G --name "Đảng bộ Sở Tài chính tỉnh Hà Tĩnh" --date 2025-01-01
refused 1 "cannot rename G: it is already named Đảng bộ Sở Tài chính tỉnh Hà Tĩnh" \
  org rename G --name "Đảng bộ Sở Tài chính tỉnh Hà Tĩnh" --date 2025-04-01
refused 1 "cannot rename D on 1959-12-31: it was founded on 1960-01-01" \
  org rename D --name "Khác" --date 1959-12-31
refused 1 "name: must not be empty" org rename G --name "" --date 2025-04-01
refused 1 "date: 2026-07-01: a date in the future" org rename G --name "Khác" --date 2026-07-01
refused 1 "cannot rename it: OLD was dissolved on 2025-01-01" \
  org rename OLD --name "Khác" --date 2025-06-01

# ---- merge: children and members pass to the target; the sources end -----

# G2, with cell C3 (one member), merges into G.
ok org add G2 --name "Đảng bộ Sở Y tế" --kind grassroots_committee --parent D --founded 1990-01-01
ok org add C3 --name "Chi bộ Phòng Tổ chức" --kind cell --parent G2 --founded 1990-01-01
ok member add --name "Trần Thị Hoa" --born 1990-01-01 --gender female \
  --cell C3 --admitted 2015-01-01 --official 2016-01-01
m3=$OUT
ok org merge G2 --into G --date 2025-06-01 --decision "45-QĐ/TU"
ok org show G --format json
equal "merged children pass to the target" "C|C3|S" \
  "$(sqlite3 :memory: "SELECT group_concat(json_extract(value, '\$.code'), '|') FROM (SELECT value FROM json_each(readfile('$T/out'), '\$.children') ORDER BY 1)")"
equal "their members with them" 3 "$(json members.total)"
ok org show G2
has "the source ends" "$OUT" "merged 2025-06-01"
row "the source's history" "$OUT" "2025-06-01  merged into G" "decision 45-QĐ/TU"
ok org show G
has "the target's history" "$OUT" "2025-06-01  received G2 by merger"
ok org list --format csv
equal "the source is gone from today's tree" 0 "$(csv "SELECT count(*) FROM t WHERE code = 'G2'")"
ok org list --at 2025-05-31 --format csv
equal "the source is in the tree before" 1 "$(csv "SELECT count(*) FROM t WHERE code = 'G2'")"
ok member list --under G --format csv
equal "member of a merged organisation" 1 "$(csv "SELECT count(*) FROM t WHERE id = $m3 AND cell = 'C3'")"

# Cells merge into a cell: their members are transferred to it.
ok org add C4 --name "Chi bộ 4" --kind cell --parent G --founded 2000-01-01
ok org add C5 --name "Chi bộ 5" --kind cell --parent S --founded 2000-01-01
ok member add --name "Phạm Văn Dũng" --born 1975-01-01 --gender male \
  --cell C4 --admitted 2000-06-01 --official 2001-06-01
m4=$OUT
ok member add --name "Hoàng Thị Én" --born 1976-01-01 --gender female \
  --cell C5 --admitted 2001-06-01 --official 2002-06-01
m5=$OUT
ok member discipline "$m4" --form reprimand --date 2025-09-01 --votes 7/9
# Refused while a member has later events: their transfer would come first.
refused 1 "cannot merge C4 on 2025-08-01: its members have events recorded up to 2025-09-01, and a member's events are recorded in date order" \
  org merge C4 C5 --into C --date 2025-08-01
ok org merge C4 C5 --into C --date 2025-09-01
ok member show "$m4"
has "member of a merged cell" "$OUT" "cell: C ("
has "member's history" "$OUT" "2025-09-01  transferred C4 -> C: C4 merged into C"
ok member show "$m5"
has "second merged cell" "$OUT" "transferred C5 -> C: C5 merged into C"
ok member list --under C --format csv
equal "the target cell's members" 3 "$(csv "SELECT count(*) FROM t")"

# The target must be able to hold what passes to it.
ok org add C6 --name "Chi bộ 6" --kind cell --parent G --founded 2000-01-01
refused 1 "cannot merge C6 (cell) into G (grassroots_committee): its members must pass to a cell" \
  org merge C6 --into G --date 2025-10-01
refused 1 "cannot merge S into D (committee): C2 (cell) would sit under it, and a sub-committee or a cell sits under a grassroots committee or a sub-committee" \
  org merge S --into D --date 2025-10-01
refused 1 "cannot merge C6 into itself" org merge C6 --into C6 --date 2025-10-01
refused 1 "cannot merge G into C: C is below G" org merge G --into C --date 2025-10-01
refused 1 "org: C6: named twice" org merge C6 C6 --into C --date 2025-10-01
refused 1 "cannot merge it: G2 was merged on 2025-06-01" \
  org merge G2 --into G --date 2025-10-01
refused 1 "cannot merge into it: OLD was dissolved on 2025-01-01" \
  org merge D2 --into OLD --date 2025-10-01
ok org add NEW2 --name "Mới" --kind committee --parent HT --founded 2026-01-01
refused 1 "cannot merge into NEW2 on 2025-10-01: it was founded later" \
  org merge D2 --into NEW2 --date 2025-10-01
refused 1 "into: NOPE: no organisation has this code" org merge C6 --into NOPE --date 2025-10-01
refused 1 "org: NOPE: no organisation has this code" org merge NOPE --into C --date 2025-10-01
refused 1 "date: 2025-10-32: no such day" org merge C6 --into C --date 2025-10-32

# ---- dissolve: only when empty, saying what is left ----------------------

# D holds G and D2 and G9 (and all the members below G).
refused 1 "cannot dissolve D on 2026-01-01: it still has 3 organisations and 5 members below it on or after that date; move or merge them first" \
  org dissolve D --date 2026-01-01
ok member add --name "Vũ Văn Giang" --born 1970-01-01 --gender male \
  --cell C6 --admitted 2005-01-01 --official 2006-01-01
m6=$OUT
refused 1 "cannot dissolve C6 on 2026-01-01: it still has 0 organisations and 1 member below it" \
  org dissolve C6 --date 2026-01-01
refused 1 "cannot dissolve S on 2026-01-01: it still has 1 organisation and 1 member below it" \
  org dissolve S --date 2026-01-01
# A member who leaves after the day still counts.
ok member transfer "$m6" --to C --date 2026-02-01
refused 1 "cannot dissolve C6 on 2026-01-01: it still has 0 organisations and 1 member below it on or after that date" \
  org dissolve C6 --date 2026-01-01
ok org dissolve C6 --date 2026-02-01 --decision 9-QĐ
ok org show C6
has "dissolved" "$OUT" "dissolved 2026-02-01"
row "dissolution in the history" "$OUT" "2026-02-01  dissolved" "decision 9-QĐ"
has "shown as it last stood" "$OUT" "On 2026-01-31:"
# After emptying: the cells of S move out, then S goes on that very day
# (the members of a cell that moved away went with it).
ok org move C2 --to G --date 2026-03-01
refused 1 "cannot merge it: C5 was merged on 2025-09-01" org merge C5 --into C --date 2026-03-01
ok org dissolve S --date 2026-03-01
# Then nothing more happens to it or in it.
refused 1 "cannot dissolve it: S was dissolved on 2026-03-01" org dissolve S --date 2026-04-01
refused 1 "cannot found C7 under S: S was dissolved on 2026-03-01" \
  org add C7 --name "Chi bộ 7" --kind cell --parent S
refused 1 "cannot move it: S was dissolved on 2026-03-01" org move S --to G9 --date 2026-04-01
refused 1 "cannot move C2 into S: S was dissolved on 2026-03-01" org move C2 --to S --date 2026-04-01
refused 1 "to: C6 was dissolved on 2026-02-01" member transfer "$m6" --to C6 --date 2026-04-01
refused 1 "cell: C6 was dissolved on 2026-02-01" \
  member admit --name "Lê Mới" --born 2000-01-01 --gender male --cell C6 --date 2026-04-01
refused 1 "organisation S was dissolved on 2026-03-01 (2026-04-01)" org show S --at 2026-04-01
refused 1 "date: 2026-02-30: no such day" org dissolve D2 --date 2026-02-30
refused 1 "org: NOPE: no organisation has this code" org dissolve NOPE --date 2026-01-01
ok org dissolve D2 --date 2026-04-01
ok org list --format csv
equal "dissolved organisations are gone from today's tree" 0 \
  "$(csv "SELECT count(*) FROM t WHERE code IN ('S', 'C6', 'D2', 'G2', 'C4', 'C5', 'OLD')")"

ok check
finish
