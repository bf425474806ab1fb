# The summary paragraph in the reader's language (docs/report.md): `cadre
# report --format summary` in Vietnamese with --lang vi, CADRE_LANG or the
# locale, in English and Hindi from the same figures; its numbers are the
# JSON report's, written as each language writes them (computed here from
# the JSON, not copied from an output); and the API's format=summary gives
# the same bytes in the language of Accept-Language, refusing what it
# refused before in that language, with the database unchanged.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"
. "$here/report_lib.sh"

demo_period
DEMO_USER=$(sed -n 's/.*(log in as \([^,]*\), password \([^)]*\)).*/\1/p' "$T/demo.log")
DEMO_PW=$(sed -n 's/.*(log in as \([^,]*\), password \([^)]*\)).*/\2/p' "$T/demo.log")
[ -n "$DEMO_USER" ] || { fail "the demo's words: $(cat "$T/demo.log")"; exit 1; }

ok report NL-CQDN "${period[@]}" --format json
cp "$T/out" "$T/report.json"
for l in vi en hi; do
  ok --lang "$l" report NL-CQDN "${period[@]}" --format summary
  cp "$T/out" "$T/summary.$l"
done

# The paragraph in each language against the JSON report's figures.
read -r -d '' CHECK <<'EOF'
import json, sys

def say(ok, what):
    print(('PASS ' if ok else 'FAIL ') + what)

r = json.load(open(sys.argv[1]))
text = {l: open(sys.argv[2] + '.' + l, encoding='utf-8').read()
        for l in ('vi', 'en', 'hi')}

def num(n, lang):
    """n as the language writes it: 1.234.567, 1,234,567, 12,34,567."""
    s = str(n)
    if lang == 'vi':
        return f'{n:,}'.replace(',', '.')
    if lang == 'en' or len(s) <= 3:
        return f'{n:,}'
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ','.join([head] + groups + [tail])

def date(iso, lang):
    y, m, d = iso.split('-')
    return iso if lang == 'en' else f'{d}/{m}/{y}'

def prose(vnd, lang):
    """An amount of money in prose, in the language's units (Hindi: crores
    and lakhs, as Indian usage counts): whole from ten units on, else one
    decimal; "more than" when that is not the exact amount."""
    units = {'vi': ((10**9, 'tỷ'), (10**6, 'triệu')),
             'en': ((10**9, 'billion'), (10**6, 'million')),
             'hi': ((10**7, 'करोड़'), (10**5, 'लाख'))}[lang]
    cur, more = {'vi': ('đồng', 'hơn {}'), 'en': ('VND', 'more than {}'),
                 'hi': ('डोंग', '{} से अधिक')}[lang]
    for unit, word in units:
        if vnd < unit:
            continue
        if vnd // unit >= 10:
            said, exact = num(vnd // unit, lang), vnd % unit == 0
        else:
            tenths = vnd // (unit // 10)
            exact = tenths * (unit // 10) == vnd
            said = str(tenths // 10) + ('' if tenths % 10 == 0 else
                                        (',' if lang == 'vi' else '.') + str(tenths % 10))
        amount = f'{said} {word} {cur}'
        return amount if exact else more.format(amount)
    return f'{num(vnd, lang)} {cur}'

name = r['scope']['name']
y = r['scope']['from'][:4]
m, f = r['members'], r['flows']
v = text['vi']
say(v.startswith(f'Năm {y}, {name} đã kết nạp {num(f["admitted"], "vi")} đảng viên mới'),
    'vi: the year, the committee as the subject, its admissions: ' + v[:120])
say(text['en'].startswith(f'In {y} the party committee {name} admitted '),
    'en: ' + text['en'][:80])
say(text['hi'].startswith(f'वर्ष {y} में, पार्टी समिति {name} ने '),
    'hi: ' + text['hi'][:80])
say(text['hi'].rstrip().endswith('।'), 'hi: its sentences end with the danda')
insp = r['oversight']['inspected']
want = {
    'vi': [f'công nhận {num(f["recognized_official"], "vi")} đảng viên chính thức',
           f'kiểm tra {num(insp["organizations"], "vi")} tổ chức đảng và '
           f'{num(insp["members"], "vi")} đảng viên',
           f'Tính đến ngày {date(r["scope"]["to"], "vi")}, có '
           f'{num(m["total"], "vi")} đảng viên ({num(m["official"], "vi")} chính '
           f'thức, {num(m["probationary"], "vi")} dự bị',
           f'vận động được {prose(r["funds"]["total"], "vi")}'],
    'en': [f'On {r["scope"]["to"]} it counted {num(m["total"], "en")} members '
           f'({num(m["official"], "en")} official',
           f'Units mobilised {prose(r["funds"]["total"], "en")}'],
    'hi': [f'{date(r["scope"]["to"], "hi")} को इसके',
           f'{num(m["total"], "hi")} सदस्य थे ({num(m["official"], "hi")} पूर्ण',
           f'इकाइयों ने {prose(r["funds"]["total"], "hi")} जुटाए'],
}
for lang, parts in want.items():
    for p in parts:
        say(p in text[lang], f'{lang}: "{p}"')
# Every count of the JSON that the paragraph speaks of is there, as the
# language writes it.
counts = [f['admitted'], f['recognized_official'], m['total'], m['official'],
          m['probationary'], f['transferred_out']['members'],
          sum(r['assessments']['members'].values()),
          r['meetings']['held'], r['documents']['disseminated']]
for lang in text:
    missing = [n for n in counts if n and num(n, lang) not in text[lang]]
    say(not missing, f'{lang}: the counts {missing}')
# Readmissions are none: their clause is left out.
say(f['readmitted'] != 0 or 'kết nạp lại' not in v, 'vi: no readmission clause')
say(not any(w in v for w in (' the ', 'members', 'VND', 'billion')),
    'vi: no English words')
EOF
check_py "$T/report.json" "$T/summary" <<<"$CHECK"

# The language from CADRE_LANG, then the locale, gives the same bytes.
CADRE_LANG=vi ok report NL-CQDN "${period[@]}" --format summary
cmp -s "$T/out" "$T/summary.vi" && pass || fail "CADRE_LANG=vi: $(head -c 200 "$T/out")"
# (env, so that this shell does not try the locale, which need not exist.)
env -u LC_ALL -u LC_MESSAGES -u CADRE_LANG LANG=vi_VN.UTF-8 "$CADRE" report \
  NL-CQDN "${period[@]}" --format summary >"$T/out" 2>"$T/err"
cmp -s "$T/out" "$T/summary.vi" && pass || fail "LANG=vi_VN: $(head -c 200 "$T/out") $(cat "$T/err")"

# ---- the API -------------------------------------------------------------------

start_server server.log
SPID=$PID
login "$DEMO_USER" "$DEMO_PW"
q="from=$Y-01-01&to=$Y-12-31"
for l in vi en hi; do
  as "$DEMO_USER" GET "/api/v1/reports/NL-CQDN?$q&format=summary" \
    -H "Accept-Language: $l;q=0.9, xx;q=0.5"
  status "summary $l" 200
  has "summary $l: text" "$HEADERS" "Content-Type: text/plain; charset=utf-8"
  cmp -s "$T/body" "$T/summary.$l" && pass ||
    fail "API summary in $l differs from the CLI's: $(diff "$T/body" "$T/summary.$l" | head -3)"
done
# Without Accept-Language: English.
as "$DEMO_USER" GET "/api/v1/reports/NL-CQDN?$q&format=summary"
cmp -s "$T/body" "$T/summary.en" && pass || fail "API summary without a language"
# Its refusals in the language asked for, the database unchanged.
refused_http 422 invalid "format: pdf: một trong các giá trị json|csv|xlsx|html|summary" \
  format -- as "$DEMO_USER" GET "/api/v1/reports/NL-CQDN?$q&format=pdf" \
  -H "Accept-Language: vi"
refused_http 422 invalid "lang: only with format=html" lang -- \
  as "$DEMO_USER" GET "/api/v1/reports/NL-CQDN?$q&format=summary&lang=vi"
stop_server

finish
