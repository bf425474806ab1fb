# Vietnamese order of people (issue 8, docs/ARCHITECTURE.md "Order of
# names"): member list in roster order (given name, middle names, family
# name) and with --sort family, ties by id; a renamed member moves; the
# API's sort; the sort keys kept by the migration, made again when ICU's
# collation changes, and checked and repaired by `cadre check`. The order
# of every letter and tone against ICU itself is test_collate's (ICU's C
# API); the expected lists here are what it gives for these names.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"

ok init
small_tree
add() {
  ok member add --name "$1" --born 1980-01-01 --gender male --cell C1 \
    --admitted 2005-01-01 --official 2006-01-01
}
add "Nguyễn Văn An" # 1
add "Trần Thị Ánh"  # 2
add "Lê Ân"         # 3
add "Phạm Hạ"       # 4
add "Đỗ Hà"         # 5
add "Ưng Ư"         # 6
add "Ông Văn Đức"   # 7
add "Đặng Dũng"     # 8
add "Lê Văn An"     # 9
add "Nguyễn An"     # 10
add "Trần Hà"       # 11
add "Nguyễn Văn An" # 12: the same name as 1, after it by id

# ids ARGS...: the ids `cadre ARGS --format csv` lists, in order.
ids() {
  run "$@" --format csv
  csv "SELECT group_concat(id, ' ') FROM t"
}
# The ids of the last API answer's items, in order.
item_ids() {
  sqlite3 :memory: "SELECT group_concat(value ->> 'id', ' ') \
    FROM json_each(readfile('$T/body'), '\$.items')"
}

# An < Ánh < Ân (a, then á, then â); Dũng < Đức (d before đ); Hà before
# Hạ whatever the family name (Trần Hà before Phạm Hạ); Ư last. Among the
# Ans: no middle name first, then Văn with Lê before Nguyễn, then by id.
roster="10 9 1 12 2 3 8 7 5 11 4 6"
# Đặng < Đỗ (ă before ô); Lê Ân (no middle name) before Lê Văn An; Ông
# after Nguyễn; Ưng last.
family="8 5 3 9 10 1 12 7 4 11 2 6"
equal "member list: roster order" "$roster" "$(ids member list)"
equal "member list --sort given" "$roster" "$(ids member list --sort given)"
equal "member list --sort family" "$family" "$(ids member list --sort family)"
# Not the order of the names' bytes, which puts L before N before Đ.
bytes=$(sqlite3 "$CADRE_DB" "SELECT group_concat(id, ' ') FROM \
  (SELECT id FROM member ORDER BY name, id)")
if [ "$bytes" != "$family" ]; then pass; else fail "bytes order is family order"; fi
# Cells first, by code: a member of a second cell C2 lists after C1's.
ok org add C2 --name "Chi bộ Hai" --kind grassroots_cell --parent K \
  --founded 1990-01-01
ok member add --name "Âu An" --born 1980-01-01 --gender male --cell C2 \
  --admitted 2005-01-01 --official 2006-01-01
equal "member list: by cell, then name" "$roster 13" "$(ids member list)"
# Former members and the overdue too.
ok member resign 13 --date 2026-01-01
ok member resign 2 --date 2026-01-01
ok member resign 7 --date 2026-01-01
equal "former members: roster order" "2 7 13" \
  "$(ids member list --status resigned)"
equal "former members: family order" "7 2 13" \
  "$(ids member list --status resigned --sort family)"

# The refusals: the value and the rule, nothing changed.
refused 1 "sort: surname: one of given or family" member list --sort surname
refused 1 "sort: x: one of given or family" assess list --year 2025 --sort x

# A renamed member takes the place of the new name.
ok member edit 10 --date 2026-01-01 --name "Nguyễn Văn Xuân"
equal "renamed: Xuân after Ư" "9 1 12 3 8 5 11 4 6 10" "$(ids member list)"

# Classifications: organisations, then members by place and name.
ok assess set --year 2025 --member 11 --grade well
ok assess set --year 2025 --member 3 --grade well
ok assess set --year 2025 --member 9 --grade completed
equal "assess list: roster order" "9 3 11" \
  "$(run assess list --year 2025 --format csv &&
    csv "SELECT group_concat(member, ' ') FROM t")"
equal "assess list --sort family" "3 9 11" \
  "$(run assess list --year 2025 --sort family --format csv &&
    csv "SELECT group_concat(member, ' ') FROM t")"

# ---- the keys: checked, repaired, made again --------------------------------

now=$(sqlite3 "$CADRE_DB" "SELECT value FROM meta WHERE key = 'collation'")
has "the collator's version is kept" "$now" "vi "
sqlite3 "$CADRE_DB" "UPDATE member SET sort_given = x'00' WHERE id = 3"
before=$(snapshot)
run check
equal "check: a wrong key found" 1 "$RC"
has "check: the member named" "$ERR$OUT" \
  "member 3: the sort keys differ from the name"
equal "check: nothing changed" "$before" "$(snapshot)"
equal "check: the planted key puts Lê Ân first" "3" \
  "$(ids member list | cut -d' ' -f1)"
ok check --repair
has "check --repair: made again" "$OUT" "made the names' sort keys again"
ok check
equal "repaired: roster order" "9 1 12 3 8 5 11 4 6 10" "$(ids member list)"

# Keys made by another version of ICU: made again by the first cadre that
# opens the file for writing, and the version kept.
sqlite3 "$CADRE_DB" "UPDATE meta SET value = 'vi 1.0.0.0' WHERE key = \
  'collation'; UPDATE member SET sort_family = x'' WHERE id = 11"
equal "another collator: keys made again" "8 5 3 9 1 12 10 4 11 6" \
  "$(ids member list --sort family)"
equal "another collator: the version kept" "$now" \
  "$(sqlite3 "$CADRE_DB" "SELECT value FROM meta WHERE key = 'collation'")"
ok check

# A database of schema 9, without the keys (nor the users' languages of
# schema 11): migration 010 makes them.
sqlite3 "$CADRE_DB" "$UNDO_AFTER_11 ALTER TABLE user DROP COLUMN lang; \
  ALTER TABLE member DROP COLUMN sort_given; \
  ALTER TABLE member DROP COLUMN sort_family; \
  DELETE FROM meta WHERE key = 'collation'; PRAGMA user_version = 9"
equal "migrated: roster order" "9 1 12 3 8 5 11 4 6 10" "$(ids member list)"
equal "migrated: the latest schema" "$SCHEMA_LATEST" \
  "$(sqlite3 "$CADRE_DB" "PRAGMA user_version")"
equal "migrated: the version kept" "$now" \
  "$(sqlite3 "$CADRE_DB" "SELECT value FROM meta WHERE key = 'collation'")"
ok check

# ---- the API's sort -----------------------------------------------------------

accounts "viewer viewer K"
start_server server.log
SPID=$PID
login viewer "$PW"
as viewer GET "/api/v1/orgs/K/members"
status "members" 200
equal "API: roster order" "9 1 12 3 8 5 11 4 6 10" "$(item_ids)"
as viewer GET "/api/v1/orgs/K/members?sort=family&size=4&page=2"
equal "API: family order, page 2" "1 12 10 4" "$(item_ids)"
as viewer GET "/api/v1/orgs/K/members.csv?sort=family"
status "members.csv" 200
equal "API CSV: family order" "$(ids member list --under K --sort family)" \
  "$(printf '.import --csv %s t\nSELECT group_concat(id, %s) FROM t;\n' \
    "$T/body" "' '" | sqlite3 :memory:)"
refused_http 422 invalid "sort: surname: one of given or family" sort \
  -- as viewer GET "/api/v1/orgs/K/members?sort=surname"
refused_http 422 invalid "sort: x: one of given or family" sort \
  -- as viewer GET "/api/v1/orgs/K/members.csv?sort=x"
stop_server

finish
