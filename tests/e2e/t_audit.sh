# The audit trail (issue 7): every change, with who, when, from where, the
# organisation it concerns and the rows it wrote, their values before and
# after; `cadre audit` lists it with --under, --user, --from and --to.
here=$(dirname "$0")
. "$here/lib.sh"

party_tree
q() { sqlite3 "$CADRE_DB" "$1"; }
# The entries of the last `audit --format json`: SQL over them as `e`
# (json_each rows), with their changes as `c`.
entries() {
  sqlite3 :memory: "WITH e AS (SELECT value AS v FROM
      json_each(readfile('$T/out'))) $1"
}

ok member admit --name "Lê Thị Hoa" --born 1995-03-04 --gender female \
  --cell C1 --date 2025-01-15 --theory intermediate
m=$OUT
ok member edit "$m" --theory advanced --date 2026-01-10

# ---- a change: who, from where, what, before and after -------------------
ok audit --format json
edit="SELECT v FROM e WHERE (v->>'action') = 'member edit'"
equal "edit: who" "tester|cli|C1" \
  "$(entries "SELECT (v->>'user') || '|' || (v->>'origin') || '|' || (v->>'org')
              FROM ($edit)")"
equal "edit: the member row, theory before and after" \
  "update|$m|intermediate|advanced" \
  "$(entries "SELECT (c.value->>'op') || '|' || (c.value->'key'->>'id') || '|'
                || (c.value->'before'->>'theory') || '|'
                || (c.value->'after'->>'theory')
              FROM ($edit), json_each(v->'changes') c
              WHERE (c.value->>'table') = 'member'")"
equal "edit: an update holds only what changed, and the key" '["id","theory"]' \
  "$(entries "SELECT json_group_array(k.key) FROM ($edit),
                json_each(v->'changes') c, json_each(c.value->'before') k
              WHERE (c.value->>'table') = 'member'")"
equal "edit: the dated change inserted" "theory|2026-01-10|advanced" \
  "$(entries "SELECT group_concat((c.value->'after'->>'field') || '|' ||
                (c.value->'after'->>'since') || '|' || (c.value->'after'->>'value'))
              FROM ($edit), json_each(v->'changes') c
              WHERE (c.value->>'table') = 'member_change'
                AND (c.value->'after'->>'since') IS NOT NULL")"
ok audit
has "text: the entry" "$OUT" "tester  cli  member edit: member $m on 2026-01-10: theory  [C1]"
has "text: before and after" "$OUT" \
  "member update {\"id\":$m}: {\"id\":$m,\"theory\":\"intermediate\"} -> {\"id\":$m,\"theory\":\"advanced\"}"

# ---- an admission: the rows inserted -------------------------------------
ok audit --format json
admit="SELECT v FROM e WHERE (v->>'action') = 'member admit'"
equal "admission: member and event inserted, nothing derived" \
  "member insert|member_event insert" \
  "$(entries "SELECT group_concat((c.value->>'table') || ' ' || (c.value->>'op'),
                '|') FROM ($admit), json_each(v->'changes') c")"
equal "admission: the values inserted" "Lê Thị Hoa|female|C1" \
  "$(entries "SELECT (c.value->'after'->>'name') || '|' ||
                (c.value->'after'->>'gender') || '|' || (v->>'org')
              FROM ($admit), json_each(v->'changes') c
              WHERE (c.value->>'table') = 'member'")"
equal "admission: no before" "" \
  "$(entries "SELECT (c.value->>'before') FROM ($admit),
                json_each(v->'changes') c")"

# ---- a refusal writes nothing ----------------------------------------------
n=$(q "SELECT count(*) FROM audit")
refused 1 "theory: expert:" member edit "$m" --theory expert --date 2026-01-11
refused 1 "nothing changes" member edit "$m" --theory advanced \
  --date 2026-01-12
equal "refusals: no entry" "$n" "$(q "SELECT count(*) FROM audit")"
equal "refusals: no row change" 0 \
  "$(q "SELECT count(*) FROM audit_change WHERE audit_id > $n")"

# ---- a void and a correction ------------------------------------------------
ok fund add --org C1 --campaign "Quỹ vì người nghèo" --date 2026-02-01 \
  --amount 5000000
fund=$OUT
ok fund correct "$fund" --amount 6000000 --reason "sai số tiền"
fixed=$OUT
ok audit --format json
equal "correction: the void, the addition and the correction, in order" \
  "record void|fund add|record correct" \
  "$(entries "SELECT group_concat(v->>'action', '|') FROM e
              WHERE (v->>'id') > (SELECT (v->>'id') FROM e
                                WHERE (v->>'action') = 'fund add' LIMIT 1)")"
equal "correction: the void moved the record to voided" \
  "fund delete $fund 5000000|voided insert 1 fund" \
  "$(entries "SELECT group_concat((c.value->>'table') || ' ' || (c.value->>'op')
                || ' ' || coalesce(c.value->'key'->>'id', '') || ' '
                || coalesce(c.value->'before'->>'amount',
                            (c.value->'after'->>'source')), '|')
              FROM e, json_each(v->'changes') c
              WHERE (v->>'action') = 'record void'")"
equal "correction: the addition, its own rows" "fund insert $fixed 6000000" \
  "$(entries "SELECT group_concat((c.value->>'table') || ' ' || (c.value->>'op')
                || ' ' || (c.value->'key'->>'id') || ' '
                || (c.value->'after'->>'amount'), '|')
              FROM e, json_each(v->'changes') c
              WHERE (v->>'action') = 'fund add' AND (v->>'id') =
                (SELECT max(v->>'id') FROM e WHERE (v->>'action') = 'fund add')")"
ok member transfer "$m" --to C2 --date 2026-03-01
tr=$(q "SELECT id FROM member_event WHERE member_id = $m AND kind = 'transferred'")
ok event void "$tr" --reason "nhầm"
ok audit --format json
equal "event void: the event marked voided" "member_event update|nhầm|tester" \
  "$(entries "SELECT (c.value->>'table') || ' ' || (c.value->>'op') || '|' ||
                (c.value->'after'->>'void_reason') || '|' ||
                (c.value->'after'->>'voided_by')
              FROM e, json_each(v->'changes') c WHERE (v->>'action') =
                'event void' AND (c.value->>'table') = 'member_event'")"
c1=$(q "SELECT id FROM org WHERE code = 'C1'")
c2=$(q "SELECT id FROM org WHERE code = 'C2'")
equal "event void: the member back in C1" "$c2|$c1" \
  "$(entries "SELECT (c.value->'before'->>'cell_id') || '|' ||
                (c.value->'after'->>'cell_id') FROM e, json_each(v->'changes') c
              WHERE (v->>'action') = 'event void' AND (c.value->>'table') = 'member'")"

# ---- a user: never the password ---------------------------------------------
pw="$T/pw"
printf 'mật khẩu đủ dài\n' >"$pw"
ok user add an.nv --role editor --scope K --password-file "$pw"
ok user passwd an.nv --password-file "$pw"
hash=$(q "SELECT password FROM user WHERE name = 'an.nv'")
ok audit --format json
lacks "user: no hash in the audit" "$OUT" "$hash"
lacks "user: no Argon2id text in the audit" "$OUT" 'argon2id'
lacks "user: no password" "$OUT" "khẩu"
equal "user add: the password hidden" "(hidden)|editor" \
  "$(entries "SELECT (c.value->'after'->>'password') || '|' ||
                (c.value->'after'->>'role') FROM e, json_each(v->'changes') c
              WHERE (v->>'action') = 'user add' AND (c.value->>'table') = 'user'")"
equal "user passwd: hidden before and after" "(hidden)|(hidden)" \
  "$(entries "SELECT (c.value->'before'->>'password') || '|' ||
                (c.value->'after'->>'password') FROM e, json_each(v->'changes') c
              WHERE (v->>'action') = 'user passwd'")"
equal "no hash in the database's audit either" 0 \
  "$(q "SELECT count(*) FROM audit_change WHERE before_values LIKE '%argon2%'
        OR after_values LIKE '%argon2%'")"

# ---- an import is one entry -------------------------------------------------
cat >"$T/m.csv" <<'EOF'
name,born,gender,cell,admitted
Trần Văn Một,1980-01-01,male,G2,2010-01-01
Trần Văn Hai,1981-01-01,male,G2,2010-01-01
EOF
n=$(q "SELECT count(*) FROM audit")
ok import members "$T/m.csv"
equal "import: one entry" "$((n + 1))|import members|0" \
  "$(q "SELECT count(*) || '|' || (SELECT action FROM audit ORDER BY id DESC
         LIMIT 1) || '|' || (SELECT count(*) FROM audit_change WHERE audit_id =
         (SELECT max(id) FROM audit)) FROM audit")"

# ---- filters ---------------------------------------------------------------
ok org add G3 --kind grassroots_cell --parent K2 --name "Chi bộ mới" \
  --founded 2026-01-01
CADRE_USER=other ok fund add --org G2 --campaign "Quỹ" --date 2026-02-01 \
  --amount 1000000
ok audit --under K2 --format csv
equal "--under K2: the entries about K2 and below (an import concerns none)" \
  "org add|org add|fund add" \
  "$(csv "SELECT group_concat(action, '|') FROM (SELECT DISTINCT id, action
          FROM t ORDER BY CAST(id AS INTEGER))")"
ok audit --under G --format csv
equal "--under G: the cells' founding, the member's and the funds' entries" \
  "org add|org add|member admit|member edit|fund add|fund add|record correct|member event|event void" \
  "$(csv "SELECT group_concat(action, '|') FROM (SELECT DISTINCT id, action
          FROM t ORDER BY CAST(id AS INTEGER))")"
ok audit --under C2 --format csv
equal "--under C2: the void of the transfer into it (the member's cell then)" \
  "event void" "$(csv "SELECT group_concat(DISTINCT action) FROM t")"
ok audit --user OTHER --format csv
equal "--user: the other user's entry only" "other|fund add|G2" \
  "$(csv "SELECT DISTINCT user || '|' || action || '|' || org FROM t")"
q "UPDATE audit SET at = '2020-05-05T23:59:59Z' WHERE id = 1;
   UPDATE audit SET at = '2020-05-06T00:00:00Z' WHERE id = 2"
ok audit --from 2020-05-05 --to 2020-05-05 --format csv
equal "--from --to: the day's entries" "1" \
  "$(csv "SELECT group_concat(DISTINCT id) FROM t")"
ok audit --from 2020-05-06 --to 2020-05-06 --format csv
equal "--from --to: the next day" "2" \
  "$(csv "SELECT group_concat(DISTINCT id) FROM t")"
ok audit --to 2020-05-04
equal "--to before everything: nothing" "" "$OUT"
ok audit --from 2020-05-07 --format csv
equal "--from: later entries only" "$(($(q "SELECT count(*) FROM audit") - 2))" \
  "$(csv "SELECT count(DISTINCT id) FROM t")"
refused 1 "to: 2020-01-01: before the first day (2020-05-07)" \
  audit --from 2020-05-07 --to 2020-01-01
refused 1 "under: NOPE: no organisation has this code" audit --under NOPE
refused 1 "from: 2020-13-01:" audit --from 2020-13-01
refused 2 "format: xml: one of text|csv|json" audit --format xml

# ---- older entries keep no origin -------------------------------------------
q "UPDATE audit SET origin = NULL WHERE id = 1"
ok audit --to 2020-05-05 --format json
equal "an entry without origin" "1|" \
  "$(entries "SELECT (v->>'id') || '|' || coalesce(v->>'origin', '') FROM e")"
ok audit --to 2020-05-05
has "text: an entry without origin" "$OUT" "tester  -  org add"

# ---- an inspection concerns what was inspected --------------------------
ok oversight add --kind inspection --by P --org G2 --from 2026-03-01
ok audit --under K2 --format csv
equal "--under K2: the inspection by P of G2 concerns G2" "oversight add|G2" \
  "$(csv "SELECT DISTINCT action || '|' || org FROM t
          WHERE action = 'oversight add'")"

finish
