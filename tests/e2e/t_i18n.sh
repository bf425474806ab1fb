# Languages (issue 8, docs/i18n.md): the catalogs' completeness check and
# that it catches what it must; the language of the command line's
# messages (--lang, then CADRE_LANG, then LC_ALL, LC_MESSAGES, LANG) and
# of the API's (Accept-Language), with every refusal leaving the database
# unchanged.
#
# The fixture language zz (tests/unit/po/zz.po) is linked into a binary of
# its own, cadre-zz ($CADRE_ZZ), exactly as po/TAG.po is into cadre: it
# shows the choice of language between two that differ. Then every
# catalog of po/ is checked on the real binary against its own msgstr
# (English now; Vietnamese and Hindi as they are added).
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"
SRC=${CADRE_SOURCE:?CADRE_SOURCE: the source tree}
ZZ=${CADRE_ZZ:?CADRE_ZZ: the binary with the fixture language}
REAL=$CADRE
unset LC_ALL LC_MESSAGES LANG LANGUAGE CADRE_LANG

# ---- the catalogs' completeness --------------------------------------------

if "$SRC/po/check.sh" 2>"$T/check"; then pass; else
  fail "po/check.sh: $(cat "$T/check")"
fi

# plant FILE PYTHON: edits a copy of po/en.po (the variable s) into FILE.
plant() {
  mkdir -p "$(dirname "$1")"
  python3 -c "
import sys
s = open(sys.argv[1], encoding='utf-8').read()
$2
open(sys.argv[2], 'w', encoding='utf-8').write(s)" "$SRC/po/en.po" "$1"
}

# caught FILE WHAT: po/check.sh fails on FILE with a line holding WHAT
# that names FILE.
caught() {
  if "$SRC/po/check.sh" "$1" 2>"$T/check"; then
    fail "po/check.sh passed $1, which lacks: $2"
  elif ! grep -qF -- "$1: " "$T/check" || ! grep -qF -- "$2" "$T/check"; then
    fail "po/check.sh on $1: '$(cat "$T/check")' lacks '$2'"
  else
    pass
  fi
}

entry='msgid "no such day"\nmsgstr "no such day"\n'
plant "$T/missing/en.po" "
e = '#: src/util/date.c\nmsgid \"no such day\"\nmsgstr \"no such day\"\n\n'
assert e in s
s = s.replace(e, '')"
caught "$T/missing/en.po" 'not translated: "no such day"'

plant "$T/empty/en.po" "
s = s.replace('msgstr \"no such month\"', 'msgstr \"\"')"
caught "$T/empty/en.po" 'not translated: "no such month"'

plant "$T/fuzzy/en.po" "
e = 'msgid \"no such day\"'
s = s.replace(e, '#, fuzzy\n' + e)"
caught "$T/fuzzy/en.po" 'fuzzy (not a translation yet): "no such day"'

plant "$T/format/en.po" "
e = 'msgstr \"%s: %s: no organisation has this code\"'
assert e in s
s = s.replace(e, 'msgstr \"%s: %d: no organisation has this code\"')"
caught "$T/format/en.po" \
  '"%s: %s: no organisation has this code": format specifications'
# The c-format flag dropped from the catalog does not hide the mismatch:
# the template's flags are the ones checked (msgmerge marks the entry
# fuzzy for it).
plant "$T/noflag/en.po" "
e = '#, c-format\nmsgid \"%s: %s: no organisation has this code\"\nmsgstr \"%s: %s: no organisation has this code\"'
assert e in s
s = s.replace(e, 'msgid \"%s: %s: no organisation has this code\"\nmsgstr \"%d: %s: no organisation has this code\"')"
caught "$T/noflag/en.po" '"%s: %s: no organisation has this code"'
# The web UI's texts are in the catalogs, each keeping its {placeholders}:
# one missing, one renamed, one dropped are each caught.
plant "$T/webmissing/en.po" "
e = 'msgctxt \"nav.tree\"\nmsgid \"Tree\"\nmsgstr \"Tree\"\n\n'
assert e in s
s = s.replace(e, '')"
caught "$T/webmissing/en.po" 'not translated: [context "nav.tree"] "Tree"'
plant "$T/renamed/en.po" "
e = 'msgctxt \"org.members\"\nmsgid \"{n} members\"\nmsgstr \"{n} members\"'
assert e in s
s = s.replace(e, e.replace('msgstr \"{n}', 'msgstr \"{count}'))"
caught "$T/renamed/en.po" \
  '[context "org.members"] "{n} members": the translation has {count}, the text {n}'
plant "$T/dropped/en.po" "
e = 'msgctxt \"app.title\"\nmsgid \"{page} — cadre\"\nmsgstr \"{page} — cadre\"'
assert e in s
s = s.replace(e, e.replace('msgstr \"{page} — cadre', 'msgstr \"cadre'))"
caught "$T/dropped/en.po" \
  '[context "app.title"] "{page} — cadre": the translation has {}, the text {page}'
# The untouched copy passes: the failures above are the plantings'.
plant "$T/same/en.po" ""
if "$SRC/po/check.sh" "$T/same/en.po" 2>"$T/check"; then pass; else
  fail "po/check.sh on an unchanged copy: $(cat "$T/check")"
fi

# A key of the web UI's texts written twice (the browser keeps the later
# text, so the page shows another than the one translated) is refused.
printf '{"lang": "en", "col.org": "Organisation", "col.no": "No.",\n "col.org": "Org"}\n' \
  >"$T/dup.json"
if python3 "$SRC/po/web_pot.py" "$T/dup.json" "$T/dup.pot" 2>"$T/check"; then
  fail "po/web_pot.py took a key written twice"
else
  has "the key written twice named" "$(cat "$T/check")" \
    "dup.json: the key col.org is written twice"
fi

# ---- the command line's language, with the fixture language zz ----------

CADRE=$ZZ
ok init
small_tree
NOT_ZZ="org: NOPE: ZZ żadna organizacja nie ma tego kodu"
NOT_EN="org: NOPE: no organisation has this code"
PARENT_ZZ="parent: NOPE: ZZ żadna organizacja nie ma tego kodu"

refused 1 "$NOT_ZZ" --lang zz org show NOPE
refused 1 "$NOT_ZZ" org show NOPE --lang=ZZ-pl
refused 1 "$NOT_EN" org show NOPE
# A change refused after the database is open: nothing written.
refused 1 "$PARENT_ZZ" org add X --name X --kind committee --parent NOPE \
  --founded 2000-01-01 --lang zz
refused 1 "$PARENT_ZZ" --lang zz org add X --name X --kind committee \
  --parent NOPE --founded 2000-01-01
# A field's word put into a sentence is translated with it.
refused 1 "born: 1890-02-30: ZZ nie ma takiego dnia" --lang zz member add \
  --name "Nguyễn Văn An" --born 1890-02-30 --gender male --cell C1 \
  --admitted 2010-01-01
equal "the whole message in zz" "cadre: $NOT_ZZ" \
  "$(LANG=zz_PL.UTF-8 "$ZZ" org show NOPE 2>&1)"

# The environment, in order: CADRE_LANG, then LC_ALL, LC_MESSAGES, LANG.
LANG=zz_PL.UTF-8 refused 1 "$NOT_ZZ" org show NOPE
LANG=zz refused 1 "$NOT_ZZ" org show NOPE
LC_MESSAGES=zz_PL.UTF-8 LANG=en_US.UTF-8 refused 1 "$NOT_ZZ" org show NOPE
LC_ALL=zz_PL LC_MESSAGES=en_US LANG=en_US refused 1 "$NOT_ZZ" org show NOPE
LC_ALL=en_US.UTF-8 LANG=zz_PL.UTF-8 refused 1 "$NOT_EN" org show NOPE
CADRE_LANG=zz LC_ALL=en_US.UTF-8 refused 1 "$NOT_ZZ" org show NOPE
CADRE_LANG=en LANG=zz_PL.UTF-8 refused 1 "$NOT_EN" org show NOPE
# --lang over CADRE_LANG over LANG.
CADRE_LANG=en LANG=zz_PL.UTF-8 refused 1 "$NOT_ZZ" org show NOPE --lang zz
CADRE_LANG=zz LANG=zz_PL.UTF-8 refused 1 "$NOT_EN" --lang en org show NOPE
# "C", "POSIX", a language without a catalog: English, not a refusal.
for l in C POSIX C.UTF-8 fr_FR.UTF-8 xx; do
  LANG=$l refused 1 "$NOT_EN" org show NOPE
  CADRE_LANG=$l LANG=zz refused 1 "$NOT_EN" org show NOPE
done
# An empty CADRE_LANG is not set: the locale decides.
CADRE_LANG= LANG=zz refused 1 "$NOT_ZZ" org show NOPE
# An unknown --lang is refused, naming the languages there are, in the
# language chosen so far.
refused 2 "lang: xx: no such language (there are: " --lang xx org show NOPE
equal "the languages named" "yes yes" \
  "$([[ $ERR == *en* ]] && echo yes) $([[ $ERR == *zz* ]] && echo yes)"
CADRE_LANG=zz refused 2 "lang: xx: ZZ nie ma takiego języka (są: " \
  org show NOPE --lang xx
CADRE_LANG=zz refused 2 "lang: xx: ZZ nie ma takiego języka (są: " \
  --lang xx org show NOPE
refused 2 "lang: C: no such language" --lang C org show NOPE
refused 2 "option --lang needs a value (TAG)" --lang
refused 2 "option --lang is given twice" --lang zz org show NOPE --lang en
# Commands that take any option as a field leave --lang alone.
ok oversight add --kind inspection --org C1 --by K \
  --from 2024-01-01 --to 2024-02-01 --lang zz
ok oversight correct 1 --reason "sai ngày" --to 2024-02-02 --lang zz

# ---- every catalog of po/, on the real binary --------------------------

CADRE=$REAL
# tr_of PO MSGID: the catalog's translation, or the msgid when it has
# none (English's fallback).
tr_of() {
  local s
  s=$(msggrep --no-wrap -K -e "^$2\$" "$1" 2>/dev/null |
    sed -n 's/^msgstr "\(.*\)"$/\1/p' | tail -1)
  printf '%s' "${s:-$2}"
}
NOCODE="%s: %s: no organisation has this code"
langs=0
for po in "$SRC"/po/*.po; do
  tag=$(basename "$po" .po)
  langs=$((langs + 1))
  # shellcheck disable=SC2059 # the catalog's format, as cadre uses it
  want=$(printf "$(tr_of "$po" "$NOCODE")" org NOPE)
  refused 1 "$want" --lang "$tag" org show NOPE
  LANG=${tag}_XX.UTF-8 refused 1 "$want" org show NOPE
  CADRE_LANG=$tag LANG=C refused 1 "$want" org show NOPE
done
[ "$langs" -gt 0 ] && pass || fail "no catalog in po/"

# ---- the API's language: Accept-Language ---------------------------------

ok user add viewer --role viewer --scope K --password-file <(echo "$PW")
start_server server.log
SPID=$PID
login viewer "$PW"
NODAY_EN="to: 2025-02-30: no such day"
refused_http 422 invalid "$NODAY_EN" to \
  -- as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-02-30"
for po in "$SRC"/po/*.po; do
  tag=$(basename "$po" .po)
  want="to: 2025-02-30: $(tr_of "$po" "no such day")"
  refused_http 422 invalid "$want" to \
    -- as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-02-30" \
    -H "Accept-Language: $tag-XX,$tag;q=0.9,en;q=0.8"
  # The error's code and field stay English whatever the language.
  equal "$tag: code" invalid "$(get error.code)"
done
refused_http 404 not_found "$NOT_EN" \
  -- as viewer GET /api/v1/orgs/NOPE -H "Accept-Language: xx, fr;q=0.5"
# The server's own refusals (http_refuse, a keyword of po/extract.sh) in
# the request's language too: a path no route has, a query parameter the
# route does not take.
refused_http 404 not_found "/api/v1/nope: no such resource" \
  -- as viewer GET /api/v1/nope
refused_http 400 bad_request "bogus: no such parameter here (these are: " bogus \
  -- as viewer GET "/api/v1/orgs/K/members?bogus=1"
for po in "$SRC"/po/*.po; do
  tag=$(basename "$po" .po)
  want=$(printf "$(tr_of "$po" "%s: no such resource")" /api/v1/nope)
  refused_http 404 not_found "$want" \
    -- as viewer GET /api/v1/nope -H "Accept-Language: $tag"
  want=$(tr_of "$po" "%s: no such parameter here (these are: %s)")
  refused_http 400 bad_request "$(printf "${want%%%s)*}" bogus)" bogus \
    -- as viewer GET "/api/v1/orgs/K/members?bogus=1" -H "Accept-Language: $tag"
done
refused_http 400 bad_request "bogus: không có tham số này ở đây" bogus \
  -- as viewer GET "/api/v1/orgs/K/members?bogus=1" -H "Accept-Language: vi"
stop_server

# The fixture language over HTTP, where zz and English differ.
CADRE=$ZZ
start_server server-zz.log
SPID=$PID
login viewer "$PW"
refused_http 422 invalid "to: 2025-02-30: ZZ nie ma takiego dnia" to \
  -- as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-02-30" \
  -H "Accept-Language: zz-PL,zz;q=0.9,en;q=0.8"
refused_http 422 invalid "$NODAY_EN" to \
  -- as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-02-30" \
  -H "Accept-Language: en, zz;q=0.5"
refused_http 422 invalid "$NODAY_EN" to \
  -- as viewer GET "/api/v1/reports/K?from=2025-01-01&to=2025-02-30"
refused_http 404 not_found "$NOT_ZZ" \
  -- as viewer GET /api/v1/orgs/NOPE -H "Accept-Language: fr, zz;q=0.3"
equal "code in zz" not_found "$(get error.code)"
stop_server

finish
