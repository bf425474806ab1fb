# The report in the language asked for (issue 8, items 1 and 4;
# docs/report.md): the text report's words, numbers and dates in Vietnamese,
# English and Hindi, each figure the CSV's, written as the language writes
# it; the workbook's sheet names and header in the language, its cells
# numbers and dates; the CSV and JSON the same in every language; the
# API's workbook and page in the request's language, `lang` overriding it
# for the page. The words and forms expected are the catalogs' (po/TAG.po
# read by report_words.py), never a copy of the output.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"
. "$here/report_lib.sh"

demo_period

# ---- machines read the same in every language ----------------------------------

ok report NL-CQDN "${period[@]}" --format csv
cp "$T/out" "$T/report.csv"
ok report NL-CQDN "${period[@]}" --format json
cp "$T/out" "$T/report.json"
for lang in vi hi; do
  ok --lang "$lang" report NL-CQDN "${period[@]}" --format csv
  cmp -s "$T/out" "$T/report.csv" && pass || fail "the CSV in $lang differs"
  ok --lang "$lang" report NL-CQDN "${period[@]}" --format json
  cmp -s "$T/out" "$T/report.json" && pass || fail "the JSON in $lang differs"
done

# ---- the text -----------------------------------------------------------------

for lang in en vi hi; do
  ok --lang "$lang" report NL-CQDN "${period[@]}"
  cp "$T/out" "$T/$lang.txt"
done
# CADRE_LANG chooses as --lang does.
CADRE_LANG=vi ok report NL-CQDN "${period[@]}"
cmp -s "$T/out" "$T/vi.txt" && pass || fail "CADRE_LANG=vi differs from --lang vi"

# The English text's titles and labels are the msgids (English is the
# source's language); in another language each is the catalog's
# translation of the English one, the lines of data as recorded. Every
# figure is the CSV's, in order, written as the language writes numbers,
# the funds' with the language's unit.
read -r -d '' TEXT_CHECK <<'EOF_PY'
import csv, re, sys
import report_words as w

def say(ok, what):
    print(('PASS ' if ok else 'FAIL ') + what)

text, en_text, po, report = sys.argv[1:5]
lang = po.rsplit('/', 1)[1][:-3]
cat = w.catalog(po)
rows = list(csv.reader(open(report, newline='', encoding='utf-8')))[1:]
scope = {r[1]: r[2] for r in rows if r[0] == 'scope'}
figures = [r for r in rows if r[0] != 'scope']
DATA = {'members.by_ethnicity', 'members.by_education', 'funds.by_campaign'}

def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    sections, cur = [], None
    for line in lines[2:]:
        if not line:
            continue
        if not line.startswith('  '):
            cur = [line, []]
            sections.append(cur)
            continue
        m = re.match(r'^  (.*?)  +(\S.*)$', line)
        cur[1].append((m.group(1), m.group(2)) if m else (line, ''))
    return lines, sections

lines, sections = parse(text)
_, en_sections = parse(en_text)
say(lines[0] == f"{scope['org']} — {scope['name']}", f'{lang}: the heading: {lines[0]}')
period = w.tr(cat, 'from %s to %s') % (w.date(cat, scope['from']), w.date(cat, scope['to']))
say(lines[1] == period, f'{lang}: the period: {lines[1]!r}, not {period!r}')
if lang == 'vi':
    y, m, d = scope['to'].split('-')
    say(f'{d}/{m}/{y}' in lines[1], f'vi: dates dd/mm/yyyy: {lines[1]}')
say(len(sections) == len(en_sections), f'{lang}: {len(sections)} sections')
flat = [(s, label, value) for s, (title, lines_) in enumerate(sections)
        for label, value in lines_]
say(len(flat) == len(figures), f'{lang}: {len(flat)} lines, the CSV {len(figures)}')
en_flat = [(title, label) for title, lines_ in en_sections for label, _ in lines_]
bad_titles = [(t, e) for (t, _), (e, _) in zip(sections, en_sections)
              if t != w.tr(cat, e) or (lang != 'en' and t == e)]
say(not bad_titles, f'{lang}: the titles are the catalog\'s: {bad_titles[:3]}')
bad_labels, bad_values = [], []
for (s, label, value), (en_title, en_label), (section, item, n) in zip(flat, en_flat, figures):
    data = section in DATA and item != 'unknown'
    if data or re.fullmatch(r'[0-9+-]+', item):
        want = item
    else:
        want = w.tr(cat, en_label)
        if lang == 'en' and (en_label == item or '_' in en_label):
            bad_labels.append(('a key, not words', en_label))
        if lang != 'en' and want == en_label:
            bad_labels.append(('untranslated', en_label))
    if label != want:
        bad_labels.append((label, want))
    num = w.written(cat, float(n), 1) if '.' in n else w.written(cat, int(n))
    if section.startswith('funds'):
        num = w.tr(cat, '%s VND') % num
    if value != num:
        bad_values.append((section, item, value, num))
say(not bad_labels, f'{lang}: the labels are the catalog\'s: {bad_labels[:3]}')
say(not bad_values, f'{lang}: the figures are the CSV\'s: {bad_values[:3]}')
# A few words checked where they stand, from the catalog.
for title in ['Members at the end of the period', 'Funds mobilised']:
    say(w.tr(cat, title) in [t for t, _ in sections], f'{lang}: the title {w.tr(cat, title)}')
say(any(l == w.tr(cat, 'Official members') for _, l, _ in flat), f'{lang}: a label')
if lang == 'vi':
    say((None, 'Official members') in cat, 'vi: the catalog has the label')
    big = [v for _, _, v in flat if re.fullmatch(r'\d{1,3}(\.\d{3})+( đồng)?', v)]
    say(big, 'vi: grouped figures (1.234)')
EOF_PY

for lang in en vi hi; do
  check_py "$T/$lang.txt" "$T/en.txt" "$SRC/po/$lang.po" "$T/report.csv" <<<"$TEXT_CHECK"
done
# A grouping: its members named in the language's sentence.
ok group add CUM-1 --name "Cụm thi đua số 1" --kind cluster
ok group join CUM-1 --org NL-CQDN --date 2020-01-01
ok --lang vi report --group CUM-1 "${period[@]}"
want=$("$PY" -c "import sys, report_words as w
print(w.tr(w.catalog(sys.argv[1]), 'A grouping of %s') % 'NL-CQDN')" "$SRC/po/vi.po")
[ "$(sed -n 3p "$T/out")" = "$want" ] && pass ||
  fail "the grouping in vi: $(sed -n 3p "$T/out"), not $want"

# ---- the workbook -------------------------------------------------------------

read -r -d '' BOOK_CHECK <<'EOF_PY'
import csv, datetime, sys
import openpyxl
import report_words as w

def say(ok, what):
    print(('PASS ' if ok else 'FAIL ') + what)

book, po, report = sys.argv[1:4]
lang = po.rsplit('/', 1)[1][:-3]
cat = w.catalog(po)
rows = list(csv.reader(open(report, newline='', encoding='utf-8')))[1:]
keys = []
for r in rows:
    k = r[0].split('.')[0]
    if k not in keys:
        keys.append(k)
wb = openpyxl.load_workbook(book)
names = wb.sheetnames
want = [w.tr(cat, k, 'report sheet') for k in keys]
say(names == want, f'{lang}: the sheets: {names} not {want}')
if lang != 'en':
    say(all(n != k for n, k in zip(names, keys)), f'{lang}: the sheets translated')
bad = [n for n in names if len(n) > 31 or set(n) & set('[]:*?/\\')]
say(not bad, f'{lang}: sheet names Excel takes: {bad}')
head = [w.tr(cat, h, 'report sheet') for h in ('section', 'item', 'value')]
cells = []
for ws in wb.worksheets:
    got = [c.value for c in next(ws.iter_rows(max_row=1))]
    if got != head:
        say(False, f'{lang}: the header of {ws.title}: {got} not {head}')
    cells += [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
say(True, f'{lang}: the headers')
say(len(cells) == len(rows), f'{lang}: {len(cells)} rows, the CSV {len(rows)}')
bad = []
for got, (section, item, value) in zip(cells, rows):
    if section == 'scope' and item in ('from', 'to'):
        ok = isinstance(got[2], datetime.datetime) and got[2].date().isoformat() == value
    elif section == 'scope':
        ok = got[2] == value
    else:
        ok = isinstance(got[2], (int, float)) and float(got[2]) == float(value)
    if not ok or got[:2] != [section, item]:
        bad.append((got, (section, item, value)))
say(not bad, f'{lang}: the cells are the CSV\'s, numbers and dates: {bad[:3]}')
EOF_PY

for lang in vi en; do
  "$CADRE" --lang "$lang" report NL-CQDN "${period[@]}" --format xlsx \
    >"$T/$lang.xlsx" 2>"$T/err" && pass || fail "xlsx in $lang: $(cat "$T/err")"
  check_py "$T/$lang.xlsx" "$SRC/po/$lang.po" "$T/report.csv" <<<"$BOOK_CHECK"
done

# ---- the API ------------------------------------------------------------------

printf 'mật khẩu đủ dài\n' >"$T/pw"
ok user add viewer --role viewer --scope NL-CQDN --password-file "$T/pw"
CADRE_LANG=vi ok report NL-CQDN "${period[@]}" --format html
cp "$T/out" "$T/vi.html"
CADRE_LANG=en ok report NL-CQDN "${period[@]}" --format html
cp "$T/out" "$T/en.html"
start_server server.log
SPID=$PID
login viewer 'mật khẩu đủ dài'
q="from=$Y-01-01&to=$Y-12-31"
as viewer GET "/api/v1/reports/NL-CQDN?$q&format=xlsx" -H 'Accept-Language: vi'
status "the workbook in vi" 200
cp "$T/body" "$T/api.xlsx"
check_py "$T/api.xlsx" "$SRC/po/vi.po" "$T/report.csv" <<<"$BOOK_CHECK"
as viewer GET "/api/v1/reports/NL-CQDN?$q&format=html" -H 'Accept-Language: vi'
cmp -s "$T/body" "$T/vi.html" && pass || fail "the API's page in vi differs"
as viewer GET "/api/v1/reports/NL-CQDN?$q&format=html&lang=en" \
  -H 'Accept-Language: vi'
cmp -s "$T/body" "$T/en.html" && pass || fail "lang=en does not override"
as viewer GET "/api/v1/reports/NL-CQDN?$q&format=csv" -H 'Accept-Language: vi'
cmp -s "$T/body" "$T/report.csv" && pass || fail "the API's CSV in vi differs"
refused_http 422 invalid "lang: xx: no such language (there are: en, hi, vi)" \
  lang -- as viewer GET "/api/v1/reports/NL-CQDN?$q&format=html&lang=xx"

finish
