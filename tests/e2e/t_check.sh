# `cadre check` can fail: differences planted in the tallies (a day's
# counts changed, a day deleted, a year's counts changed) are found, with a
# non-zero exit, and `cadre check --repair` mends them.
here=$(dirname "$0")
. "$here/lib.sh"

ok init
small_tree
ok org add C2 --name "Chi bộ Hai" --kind grassroots_cell --parent K \
  --founded 1990-01-01
ok member add --name "Nguyễn Văn An" --born 1970-01-01 --gender male \
  --cell C1 --admitted 2000-01-01 --official 2001-01-01
ok member add --name "Trần Thị Bình" --born 1980-01-01 --gender female \
  --cell C2 --admitted 2010-05-01 --official 2011-05-01
ok member transfer 1 --to C2 --date 2025-03-01
ok check
equal "a sound database" ok "$OUT"

q() { sqlite3 "$CADRE_DB" "$1"; }
# plant WHAT SQL EXPECTED-LINE [REPAIRED]: plants a fault; check must find
# it (exit 1, the difference named on stdout), leave the database as it
# was, and --repair must mend it (saying REPAIRED) so that check passes
# again.
plant() {
  local what=$1 sql=$2 line=$3
  local repaired=${4:-rebuilt the tallies from the events}
  q "$sql"
  local before
  before=$(snapshot)
  run check
  equal "$what: exit" 1 "$RC"
  has "$what: message" "$ERR" "check: 1 problem found (see above)"
  has "$what: found" "$OUT" "$line"
  equal "$what: check alone changes nothing" "$before" "$(snapshot)"
  ok check --repair
  has "$what: repaired" "$OUT" "$repaired"
  ok check
  equal "$what: sound again" ok "$OUT"
  equal "$what: the repair is audited" "check repair" \
    "$(q "SELECT action FROM audit ORDER BY id DESC LIMIT 1")"
}

# A day's counts replaced by another organisation's (they differ).
equal "the planted counts differ" 1 \
  "$(q "SELECT (SELECT counts FROM tally_day WHERE org_id = (SELECT id FROM org WHERE code = 'K') AND day = '2000-01-01') !=
            (SELECT counts FROM tally_day WHERE org_id = (SELECT id FROM org WHERE code = 'K') AND day = '2010-05-01')")"
plant "a day's counts changed" \
  "UPDATE tally_day SET counts = (SELECT counts FROM tally_day t
     WHERE t.org_id = tally_day.org_id AND t.day = '2010-05-01')
   WHERE org_id = (SELECT id FROM org WHERE code = 'K') AND day = '2000-01-01'" \
  "tally of K on 2000-01-01"
plant "a day deleted" \
  "DELETE FROM tally_day WHERE org_id = (SELECT id FROM org WHERE code = 'HT')
   AND day = '2010-05-01'" \
  "tally of HT on 2010-05-01"
plant "a year's counts changed" \
  "UPDATE tally_year SET counts = (SELECT counts FROM tally_year t
     WHERE t.org_id = tally_year.org_id AND t.year = 2010)
   WHERE org_id = (SELECT id FROM org WHERE code = 'TW') AND year = 2000" \
  "tally of TW"

# The members' state and registration are derived from their events too.
ok member transfer 2 --to C1 --date 2025-06-01 --temporary --until 2025-09-01
ok check
again="derived 1 member again from the events"
plant "a member's status changed" \
  "UPDATE member SET status = 'deceased' WHERE id = 1" \
  "member 1: status differs from its events" "$again"
plant "a member's cell changed" \
  "UPDATE member SET cell_id = (SELECT id FROM org WHERE code = 'C1')
   WHERE id = 1" "member 1: cell differs from its events" "$again"
plant "a stretch of registration moved" \
  "UPDATE membership SET valid_to = '2025-04-01' WHERE member_id = 1
   AND valid_to = '2025-03-01'" \
  "member 1: registration differs from its events" "$again"
plant "official since changed" \
  "UPDATE membership SET official_from = NULL WHERE member_id = 2" \
  "member 2: registration differs from its events" "$again"
plant "a temporary stay deleted" "DELETE FROM visit WHERE member_id = 2" \
  "member 2: temporary stays differ from its events" "$again"
plant "a member's dates changed" \
  "UPDATE member SET official = '2002-01-01' WHERE id = 1" \
  "member 1: dates differ from its events" "$again"
ok member list --under C2 --format csv
equal "the listing after the repairs" "1 2" \
  "$(csv "SELECT group_concat(id, ' ') FROM t")"

# Members' search keys and the index of their words.
names="derived the names' search keys and index again"
plant "a name's words left out of the index" \
  "DELETE FROM member_name_tail WHERE member_id = 1 AND head = ''" \
  "the index of members' names differs from them" "$names"
plant "a name hidden from short searches" \
  "UPDATE member_name_tail SET shared = 5 WHERE member_id = 1 AND head = ''" \
  "the index of members' names differs from them" "$names"
ok member find "nguyen van"
has "found again after the repair" "$OUT" "Nguyễn Văn An"
q "UPDATE member SET name_key = 'x' WHERE id = 2"
run check
equal "a search key changed: exit" 1 "$RC"
has "a search key changed: both found" "$ERR" "check: 2 problems found"
has "a search key changed: named" "$OUT" \
  "member 2: the search key differs from the name"
ok check --repair
ok check
equal "sound again" ok "$OUT"
ok member find "tran thi"
has "found by the repaired key" "$OUT" "Trần Thị Bình"

# Two faults: both counted.
q "DELETE FROM tally_day WHERE day = '2000-01-01'"
run check
equal "three organisations' days deleted: exit" 1 "$RC"
has "three problems" "$ERR" "check: 3 problems found (see above)"
ok check --repair
ok check
equal "sound after the repair" ok "$OUT"
# What the reports read is mended too.
ok report K --from 2000-01-01 --to 2000-12-31 --format json
equal "the report after the repair" 1 "$(json members.total)"

# After an upgrade whose schema counts what earlier ones did not, the
# first cadre that opens the database for writing derives the figures
# again, once (the meta key `rederive`, set by the migration): here the
# tallies left by an older cadre are stood for by a deleted day.
q "DELETE FROM tally_day WHERE day = '2000-01-01'"
q "INSERT INTO meta(key, value) VALUES ('rederive', '5')"
ok org add K9 --kind committee --parent HT --name "Khối mới" \
  --founded 2001-01-01
equal "derived once: the request is gone" "" \
  "$(q "SELECT value FROM meta WHERE key = 'rederive'")"
ok check
equal "sound after the upgrade" ok "$OUT"
ok report K --from 2000-01-01 --to 2000-12-31 --format json
equal "the report after the upgrade" 1 "$(json members.total)"

finish
