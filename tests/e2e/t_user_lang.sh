# A user's own language (issue 8, item 1 for the web and the API): set
# with `user add|set --language`, shown by `user list`, refused naming the
# languages there are with the database unchanged; the session's "lang"
# and POST /api/v1/session/lang; the API's messages in the user's
# language whatever Accept-Language says, in Accept-Language's when they
# set none; and the web UI's catalogs, /ui/i18n/TAG.json, built from
# web/i18n/en.json and po/TAG.po.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"
SRC=${CADRE_SOURCE:?CADRE_SOURCE: the source tree}

# The catalogs there are, as the refusals list them ("en, hi, vi").
THERE=$(cd "$SRC/po" && ls -- *.po | sed 's/\.po$//' | LC_ALL=C sort |
  paste -sd, - | sed 's/,/, /g')
# tr_of PO CONTEXT MSGID: the catalog's translation of the entry, or
# MSGID when it has none.
tr_of() {
  python3 - "$@" <<'EOF'
import sys
sys.path.insert(0, sys.argv[1].rsplit('/', 1)[0])
import placeholders
po, ctx, msgid = sys.argv[1:4]
for e, fuzzy in placeholders.entries(po):
    if e.get('msgctxt', '') == ctx and e['msgid'] == msgid and not fuzzy:
        print(e.get('msgstr') or msgid, end='')
        break
else:
    print(msgid, end='')
EOF
}
# The message of an unknown organisation in the catalog of TAG.
NOCODE="%s: %s: no organisation has this code"
nocode() {
  # shellcheck disable=SC2059 # the catalog's format, as cadre uses it
  printf "$(tr_of "$SRC/po/$1.po" "" "$NOCODE")" org NOPE
}
# lang_of NAME: the user's setting as the database keeps it.
lang_of() {
  sqlite3 "$CADRE_DB" "SELECT ifnull(lang, 'NULL') FROM user WHERE name = '$1'"
}

party_tree
printf '%s\n' "$PW" >"$pw"

# ---- the command line ------------------------------------------------------

ok user add an.vi --role viewer --scope K --password-file "$pw" \
  --language vi-VN
equal "user add --language: the catalog's tag kept" vi "$(lang_of an.vi)"
ok user add bo.none --role editor --scope K --password-file "$pw"
equal "user add without --language: none" NULL "$(lang_of bo.none)"
ok user add hi.hi --role viewer --scope K --password-file "$pw" --language HI
ok user list --format csv
equal "user list: the languages" "an.vi:vi,bo.none:,hi.hi:hi" \
  "$(csv "SELECT group_concat(name || ':' || lang, ',') FROM t")"
ok user list --format json
equal "user list --format json: null for none" "vi||hi" \
  "$(sqlite3 :memory: "SELECT group_concat(ifnull(j.value ->> 'lang', ''), '|')
     FROM json_each(readfile('$T/out')) j")"
ok user list
has "user list: a column of the languages" "$OUT" "Language"

refused 1 "lang: xx: no such language (there are: $THERE)" \
  user add cu.xx --role viewer --scope K --password-file "$pw" --language xx
equal "refused: no account made" 0 \
  "$(sqlite3 "$CADRE_DB" "SELECT count(*) FROM user WHERE name = 'cu.xx'")"
refused 1 "lang: xx: no such language (there are: $THERE)" \
  user set an.vi --language xx
equal "refused: the language kept" vi "$(lang_of an.vi)"
refused 1 "lang: C: no such language" user set an.vi --language C
refused 1 "user: nobody: no user has this login name" \
  user set nobody --language vi
refused 2 "--language" user set an.vi
# The refusal in the language of the command's messages (--lang).
refused 1 "lang: xx: $(tr_of "$SRC/po/vi.po" "" \
  "lang: %s: no such language (there are: %s)" |
  sed 's/^lang: %s: //; s/%s.*//')" --lang vi user set an.vi --language xx

ok user set bo.none --language en
equal "user set: English" en "$(lang_of bo.none)"
ok user set hi.hi --language ""
equal "user set with an empty TAG: none" NULL "$(lang_of hi.hi)"
equal "audited" "bo.none: language en|hi.hi: language none" \
  "$(sqlite3 "$CADRE_DB" "SELECT group_concat(detail, '|') FROM
     (SELECT detail FROM audit WHERE action = 'user set' ORDER BY id)")"
ok user set hi.hi --language hi

# ---- the upgrade from schema 10 --------------------------------------------

cp "$CADRE_DB" "$T/keep.db"
sqlite3 "$CADRE_DB" "$UNDO_AFTER_11 ALTER TABLE user DROP COLUMN lang; \
  PRAGMA user_version = 10"
ok user list --format csv
equal "migrated: the latest schema" "$SCHEMA_LATEST" \
  "$(sqlite3 "$CADRE_DB" "PRAGMA user_version")"
equal "migrated: no language set" "::" \
  "$(csv "SELECT group_concat(lang, ':') FROM t")"
ok check
cp "$T/keep.db" "$CADRE_DB"
ok check

# ---- the API ---------------------------------------------------------------

start_server server.log
SPID=$PID
for u in an.vi bo.none hi.hi; do
  login "$u" "$PW"
  status "login $u" 200
done
login an.vi "$PW"
CSRF_VI=$CSRF
equal "login: the user's language" vi "$(get lang)"
as an.vi GET /api/v1/session
equal "session: lang" vi "$(get lang)"
as bo.none GET /api/v1/session
equal "session: lang en" en "$(get lang)"

# The API's messages in the user's language, whatever Accept-Language.
VI=$(nocode vi)
HI=$(nocode hi)
EN=$(nocode en)
[ "$VI" != "$EN" ] && [ "$HI" != "$EN" ] && pass ||
  fail "the catalogs translate the message: $VI / $HI / $EN"
refused_http 404 not_found "$VI" -- as an.vi GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: en'
refused_http 404 not_found "$VI" -- as an.vi GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: hi'
refused_http 404 not_found "$EN" -- as bo.none GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: vi'
refused_http 404 not_found "$HI" -- as hi.hi GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: vi, en;q=0.5'
# Signed out, or signed in with no setting: Accept-Language's.
ok user set hi.hi --language ""
refused_http 404 not_found "$VI" -- as hi.hi GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: vi'
as hi.hi GET /api/v1/session
equal "session: lang null once cleared" "" "$(get lang)"
refused_http 401 unauthenticated "" -- api GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: vi'

# A user sets their own language.
refused_http 422 invalid "lang: xx: $(tr_of "$SRC/po/vi.po" "" \
  "lang: %s: no such language (there are: %s)" |
  sed 's/^lang: %s: //; s/%s.*//')" lang \
  -- as an.vi POST /api/v1/session/lang -H "X-CSRF-Token: $CSRF_VI" \
  -H 'Content-Type: application/json' -d '{"lang": "xx"}'
refused_http 403 forbidden "X-CSRF-Token" X-CSRF-Token \
  -- as an.vi POST /api/v1/session/lang \
  -H 'Content-Type: application/json' -d '{"lang": "en"}'
equal "refused: the setting kept" vi "$(lang_of an.vi)"
as an.vi POST /api/v1/session/lang -H "X-CSRF-Token: $CSRF_VI" \
  -H 'Content-Type: application/json' -d '{"lang": "hi-IN"}'
status "session/lang" 200
equal "session/lang: answers the session" "hi|an.vi" \
  "$(get lang)|$(get user)"
equal "session/lang: kept" hi "$(lang_of an.vi)"
refused_http 404 not_found "$HI" -- as an.vi GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: vi'
as an.vi POST /api/v1/session/lang -H "X-CSRF-Token: $CSRF_VI" \
  -H 'Content-Type: application/json' -d '{"lang": ""}'
equal "session/lang \"\": none" "NULL|" "$(lang_of an.vi)|$(get lang)"
refused_http 404 not_found "$EN" -- as an.vi GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: en'
equal "audited as the user's own" "an.vi|an.vi: language none" \
  "$(sqlite3 "$CADRE_DB" "SELECT user || '|' || detail FROM audit
     WHERE action = 'user set' ORDER BY id DESC LIMIT 1")"

# Set on the command line while signed in: the next request follows it.
ok user set an.vi --language vi
refused_http 404 not_found "$VI" -- as an.vi GET /api/v1/orgs/NOPE \
  -H 'Accept-Language: en'

# An administrator sets another's (user set).
accounts "boss admin P"
login boss "$PW"
as boss POST /api/v1/users/bo.none/set -H "X-CSRF-Token: $CSRF" \
  -H 'Content-Type: application/json' -d '{"lang": "vi"}'
status "users/set" 200
equal "users/set: answers the account" "bo.none|vi" "$(get name)|$(get lang)"
refused_http 422 invalid "lang: xx: no such language (there are: $THERE)" \
  lang -- as boss POST /api/v1/users/bo.none/set -H "X-CSRF-Token: $CSRF" \
  -H 'Content-Type: application/json' -H 'Accept-Language: en' \
  -d '{"lang": "xx"}'
refused_http 403 forbidden "" -- as an.vi POST /api/v1/users/bo.none/set \
  -H "X-CSRF-Token: $CSRF_VI" -H 'Content-Type: application/json' \
  -d '{"lang": "en"}'

# ---- the web UI's catalogs -------------------------------------------------

api GET /api/v1/langs
status "langs" 200
equal "langs: every catalog" "$THERE" \
  "$(sqlite3 :memory: "SELECT group_concat(j.value ->> 'tag', ', ')
     FROM json_each(readfile('$T/body'), '\$.langs') j")"
equal "langs: each named in itself" \
  "$(tr_of "$SRC/po/vi.po" lang.name English)" \
  "$(sqlite3 :memory: "SELECT j.value ->> 'name'
     FROM json_each(readfile('$T/body'), '\$.langs') j
     WHERE j.value ->> 'tag' = 'vi'")"

# Every catalog: every key of en.json, each the catalog's translation.
for po in "$SRC"/po/*.po; do
  tag=$(basename "$po" .po)
  api GET "/ui/i18n/$tag.json"
  status "$tag.json" 200
  has "$tag.json: JSON" "$HEADERS" "Content-Type: application/json"
  has "$tag.json: kept with its tag" "$HEADERS" "ETag: "
  problems=$(python3 - "$SRC/web/i18n/en.json" "$T/body" "$po" "$tag" <<'EOF'
import json, sys
sys.path.insert(0, sys.argv[3].rsplit('/', 1)[0])
import placeholders
en = json.load(open(sys.argv[1], encoding='utf-8'))
got = json.load(open(sys.argv[2], encoding='utf-8'))
tr = {(e.get('msgctxt'), e['msgid']): e.get('msgstr', '')
      for e, fuzzy in placeholders.entries(sys.argv[3]) if not fuzzy}
bad = []
if list(got) != list(en):
    bad.append('keys: %s' % sorted(set(en) ^ set(got)))
for k, text in en.items():
    want = sys.argv[4] if k == 'lang' else tr.get((k, text))
    if not want:
        bad.append('%s: no translation in the catalog' % k)
    elif got.get(k) != want:
        bad.append('%s: %r, the catalog %r' % (k, got.get(k), want))
print('\n'.join(bad[:5]))
EOF
)
  equal "$tag.json: every key, translated by $tag.po" "" "$problems"
done
api GET /ui/i18n/vi.json
[ "$(get '"nav.tree"')" != "$(sqlite3 :memory: "SELECT json_extract(readfile(
  '$SRC/web/i18n/en.json'), '\$.\"nav.tree\"')")" ] && pass ||
  fail "vi.json: nav.tree is not Vietnamese: $(get '"nav.tree"')"
equal "vi.json: date.format" "{d}/{m}/{y}" "$(get '"date.format"')"
etag=$(sed -n 's/^ETag: //p' <<<"$HEADERS")
api GET /ui/i18n/vi.json -H "If-None-Match: $etag"
status "vi.json: unchanged" 304
api GET /ui/i18n/xx.json
status "xx.json: no such catalog" 404

stop_server
finish
