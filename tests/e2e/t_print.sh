# The page to print of a report (docs/report.md, `report --format html`):
# its figures are the JSON report's (both parsed here), it is one
# self-contained page without script, every value escaped; printed to PDF
# by headless chromium it has A4 pages, numbered, with the title, the
# committee, every section, the summary, the date line and the figures
# (pdftotext), in the words and forms of the language's catalog (read by
# report_words.py: Vietnamese "BÁO CÁO", "ngày … tháng … năm …",
# 1.234.567). The API serves the same bytes with its own CSP. What the
# test needs (chromium, pdfinfo, pdftotext, python3) missing is a failure:
# scripts/setup.sh installs it.
here=$(dirname "$0")
. "$here/lib.sh"
. "$here/http_lib.sh"
. "$here/report_lib.sh"
CHROMIUM=${CADRE_CHROMIUM:-/usr/bin/chromium}

for tool in "$CHROMIUM" pdfinfo pdftotext python3; do
  command -v "$tool" >/dev/null || {
    echo "FAIL: $tool is missing (scripts/setup.sh installs it)" >&2
    exit 1
  }
done

# pdf HTML PDF: prints the page to PDF as a browser does (its own header
# and footer on: the page's CSS must replace them).
pdf() {
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
    --user-data-dir="$T/chromium" --print-to-pdf="$2" "file://$1" \
    >"$T/chromium.log" 2>&1
  [ -s "$2" ] && pass || fail "chromium printed no PDF: $(tail -3 "$T/chromium.log")"
}

demo_period

# ---- the page and the JSON -----------------------------------------------------

ok report NL-CQDN "${period[@]}" --format json
cp "$T/out" "$T/report.json"
for lang in vi en; do
  CADRE_LANG=$lang ok report NL-CQDN "${period[@]}" --format summary
  cp "$T/out" "$T/summary-$lang.txt"
done
CADRE_LANG=vi ok report NL-CQDN "${period[@]}" --format html --place "Hà Nội"
cp "$T/out" "$T/vi.html"
CADRE_LANG=en ok report NL-CQDN "${period[@]}" --format html
cp "$T/out" "$T/en.html"

# Every line of every section of the JSON is a row of the page's table of
# that section with the same number, and nothing else is; the page is one
# document, balanced, with one <style>, no script, nothing it would load.
# Labels come from the table of render.c: no key shows through. The
# figures are written as the language writes numbers.
read -r -d '' PAGE_CHECK <<'EOF'
import json, re, sys
from html.parser import HTMLParser
import report_words as w

VOID = {'meta', 'br', 'hr', 'img', 'link', 'input'}
DATA = {'members.by_ethnicity', 'members.by_education', 'funds.by_campaign'}

class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.tags = [], [], []
        self.rows, self.section, self.item, self.cell = {}, None, None, None
        self.label, self.value, self.text = '', '', []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag not in VOID:
            self.stack.append(tag)
        if tag == 'section' and 'data-section' in a:
            self.section = a['data-section']
        if tag == 'tr' and 'data-item' in a:
            self.item, self.label, self.value = a['data-item'], '', ''
        if tag in ('th', 'td') and self.item is not None:
            self.cell = tag
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f'</{tag}> closes {self.stack[-1:]}')
        else:
            self.stack.pop()
        if tag in ('th', 'td'):
            self.cell = None
        if tag == 'tr' and self.item is not None:
            self.rows[(self.section, self.item)] = (self.label, self.value)
            self.item = None
    def handle_data(self, d):
        self.text.append(d)
        if self.cell == 'th':
            self.label += d
        elif self.cell == 'td':
            self.value += d

def leaves(o, path=''):
    for k, v in o.items():
        p = f'{path}.{k}' if path else k
        if isinstance(v, dict):
            yield from leaves(v, p)
        else:
            yield p.rsplit('.', 1)[0] if '.' in p else '', k, v

def say(ok, what):
    print(('PASS ' if ok else 'FAIL ') + what)

raw = open(sys.argv[1], 'rb').read()
report = json.load(open(sys.argv[2]))
cat = w.catalog(sys.argv[4])
page = Page()
page.feed(raw.decode('utf-8'))
page.close()
say(raw.startswith(b'<!DOCTYPE html>\n<html lang="'), 'an HTML5 document')
say(not page.errors and not page.stack, f'balanced: {page.errors[:3]} {page.stack}')
tags = [t for t, _ in page.tags]
say(tags.count('style') == 1 and 'script' not in tags, 'one style, no script')
say(('meta', {'charset': 'utf-8'}) in page.tags, 'declared UTF-8')
loads = [a for _, a in page.tags if {'src', 'href'} & set(a)] + \
    re.findall(rb'url\(|@import', raw)
say(not loads, f'loads nothing: {loads[:3]}')
expected = {}
for section, item, value in leaves(report):
    if section.startswith('scope') or section == '':
        continue
    expected[(section, item)] = value
say(set(expected) == set(page.rows),
    f'the rows are the JSON lines: {set(expected) ^ set(page.rows)}')
def shown(section, n):
    s = w.written(cat, n, 1) if isinstance(n, float) else w.written(cat, n)
    return w.tr(cat, '%s VND') % s if section.startswith('funds') else s
bad = [(k, expected[k], page.rows[k][1]) for k in expected
       if k in page.rows and page.rows[k][1] != shown(k[0], expected[k])]
say(not bad, f'the figures are the JSON figures: {bad[:5]}')
keys = [k for k, (label, _) in page.rows.items() if k[0] not in DATA and
        label == k[1] and re.search('[a-z]', label)]
say(not keys, f'every fixed line has a label: {keys[:5]}')
summary = ' '.join(open(sys.argv[3]).read().split())
text = ' '.join(''.join(page.text).split())
say(summary and summary in text, 'the summary paragraph')
EOF

check_py "$T/vi.html" "$T/report.json" "$T/summary-vi.txt" "$SRC/po/vi.po" \
  <<<"$PAGE_CHECK"
check_py "$T/en.html" "$T/report.json" "$T/summary-en.txt" "$SRC/po/en.po" \
  <<<"$PAGE_CHECK"
has_page() { [[ $(cat "$T/$1.html") == *"$2"* ]] && pass || fail "$1.html lacks '$2'"; }
# A grouping's page: its members named under the period, its figures
# those of its JSON.
ok group add CUM-1 --name "Cụm thi đua số 1" --kind cluster
ok group join CUM-1 --org NL-CQDN --date 2020-01-01
ok report --group CUM-1 "${period[@]}" --format json
cp "$T/out" "$T/group.json"
ok report --group CUM-1 "${period[@]}" --format summary
cp "$T/out" "$T/group.txt"
ok report --group CUM-1 "${period[@]}" --format html
cp "$T/out" "$T/group.html"
check_py "$T/group.html" "$T/group.json" "$T/group.txt" "$SRC/po/en.po" \
  <<<"$PAGE_CHECK"
has_page group '<p class="grouping">A grouping of NL-CQDN</p>'
has_page group 'Cụm thi đua số 1'
# The Vietnamese date line: a day under 10 and January or February with
# a leading zero.
CADRE_TODAY=2026-02-05 CADRE_LANG=vi ok report NL-CQDN "${period[@]}" \
  --format html --place "Hà Tĩnh"
cp "$T/out" "$T/feb.html"
has_page feb '<p class="dated">Hà Tĩnh, ngày 05 tháng 02 năm 2026</p>'
has_page vi '<html lang="vi">'
has_page vi 'ĐẢNG CỘNG SẢN VIỆT NAM'
has_page vi 'Số: ……-BC/……'
has_page en '<html lang="en">'
has_page en 'Communist Party of Vietnam'

# ---- printed ----------------------------------------------------------------

pdf "$T/vi.html" "$T/vi.pdf"
pdf "$T/en.html" "$T/en.pdf"

# The PDF: A4 pages, each numbered "n / N" at its foot (and no URL: the
# page's margin boxes replace the browser's own), and the text: title,
# committee (upper case in the Vietnamese frame), period, each section's
# title, every figure on the line of its label, the summary, the date line
# (CADRE_TODAY) and the signature.
read -r -d '' PDF_CHECK <<'EOF'
import json, os, re, subprocess, sys
import report_words as w

def say(ok, what):
    print(('PASS ' if ok else 'FAIL ') + what)

pdf, po, report, summary = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
place = sys.argv[5] if len(sys.argv) > 5 else ''
cat = w.catalog(po)
lang = po.rsplit('/', 1)[1][:-3]
info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
pages = int(re.search(r'Pages:\s+(\d+)', info).group(1))
size = re.search(r'Page size:\s+([\d.]+) x ([\d.]+) pts', info)
say(round(float(size.group(1))) == 595 and round(float(size.group(2))) == 842,
    f'A4 pages: {size.group(0)}')
say(pages >= 2, f'several pages: {pages}')
layout = subprocess.run(['pdftotext', '-layout', pdf, '-'],
                        capture_output=True, text=True).stdout
# The text in reading order, without the pages' numbers, which would
# cut a paragraph that runs on to the next page.
plain = ' '.join(re.sub(r'^\s*\d+\s*/\s*\d+\s*$', '', subprocess.run(
    ['pdftotext', pdf, '-'], capture_output=True, text=True).stdout,
    flags=re.M).split())
sheets = layout.split('\f')
numbered = [i + 1 for i, s in enumerate(sheets[:pages])
            if re.search(rf'^\s*{i + 1}\s*/\s*{pages}\s*$', s, re.M)]
say(numbered == list(range(1, pages + 1)), f'numbered pages: {numbered} of {pages}')
say('file:' not in layout, 'no URL printed')
r = json.load(open(report))
name = r['scope']['name']
vi = lang == 'vi'
say(name.upper() in plain, f'the committee: {name}')
title = w.tr(cat, 'Report')
say(title in plain and (title == 'BÁO CÁO' or not vi), f'the title: {title}')
period = w.tr(cat, 'from %s to %s') % (w.date(cat, r['scope']['from']),
                                       w.date(cat, r['scope']['to']))
y, m, d = map(int, r['scope']['from'].split('-'))
y2, m2, d2 = map(int, r['scope']['to'].split('-'))
say(period in plain and (not vi or period ==
    f'từ ngày {d:02}/{m:02}/{y} đến ngày {d2:02}/{m2:02}/{y2}'),
    f'the period: {period}')
months = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
ty, tm, td = map(int, os.environ['CADRE_TODAY'].split('-'))
where = place or '……………'
month = f'{tm:02}' if tm <= 2 else str(tm)
dated = (f'{where}, ngày {td:02} tháng {month} năm {ty}'
         if vi else f'{where}, {td} {months[tm - 1]} {ty}')
say(dated in plain, f'the date line: {dated}')
say(('T/M ' if vi else 'FOR ') + name.upper() in plain, 'the signature')
titles = [w.tr(cat, t) for t in [
    'Organisations below, at the end of the period',
    'Members at the end of the period', 'Members by ethnicity',
    'During the period', 'Left the party', 'Inspected during the period',
    'Supervised during the period', 'Awards to members', 'Cell meetings',
    'Cell meetings by grade', 'Documents', 'Funds mobilised',
    'Funds mobilised by campaign']]
missing = [t for t in titles if t not in plain]
say(not missing, f'the sections: {missing}')
text = ' '.join(open(summary).read().split())
say(text in plain, 'the summary paragraph')
# Figures: each on the line of its label, right of it, as the language
# writes numbers (and amounts: "6.539.000.000 đồng").
lines = {
    'Official members': r['members']['official'],
    'Probationary members': r['members']['probationary'],
    'Women': r['members']['female'], 'Key cadres': r['members']['key_cadres'],
    'Admitted': r['flows']['admitted'],
    'Recognised official': r['flows']['recognized_official'],
    'Held': r['meetings']['held'],
}
lines = {w.tr(cat, k): w.written(cat, n) for k, n in lines.items()}
lines[w.tr(cat, 'Mean score')] = w.written(cat, r['meetings']['mean_score'], 1)
for c, n in r['funds']['by_campaign'].items():
    lines[c] = w.tr(cat, '%s VND') % w.written(cat, n)
for label, n in lines.items():
    say(re.search(rf'^\s*{re.escape(label)}\s+{re.escape(n)}\s*$', layout,
                  re.M) is not None, f'the figure {label} {n}')
if vi:
    say(re.search(r'\d\.\d{3}\.\d{3} đồng', layout), 'grouped figures')
EOF

check_py "$T/vi.pdf" "$SRC/po/vi.po" "$T/report.json" "$T/summary-vi.txt" \
  "Hà Nội" <<<"$PDF_CHECK"
check_py "$T/en.pdf" "$SRC/po/en.po" "$T/report.json" "$T/summary-en.txt" \
  <<<"$PDF_CHECK"

# ---- refusals ---------------------------------------------------------------------

long=$(printf 'x%.0s' $(seq 101))
refused 1 "place: longer than 100 characters" report NL-CQDN "${period[@]}" \
  --format html --place "$long"
refused 1 "place: control character in text" report NL-CQDN "${period[@]}" \
  --format html --place $'Hà\x1bNội'
refused 2 "report: --place is for --format html" report NL-CQDN \
  "${period[@]}" --format json --place "Hà Nội"
refused 2 "format: pdf: one of text|json|csv|summary|html" report NL-CQDN "${period[@]}" --format pdf
refused 1 "NOPE" report NOPE "${period[@]}" --format html

# ---- the API -------------------------------------------------------------------

printf 'mật khẩu đủ dài\n' >"$T/pw"
ok user add viewer --role viewer --scope NL-CQDN --password-file "$T/pw"
start_server server.log
SPID=$PID
login viewer 'mật khẩu đủ dài'
q="from=$Y-01-01&to=$Y-12-31&format=html"
as viewer GET "/api/v1/reports/NL-CQDN?$q&lang=vi&place=H%C3%A0%20N%E1%BB%99i"
status "the page of the API" 200
cmp -s "$T/body" "$T/vi.html" && pass ||
  fail "the API's page differs from the command line's: $(diff "$T/body" "$T/vi.html" | head -5)"
[[ $HEADERS == *"Content-Type: text/html; charset=utf-8"* ]] && pass ||
  fail "Content-Type: $HEADERS"
csp=$(sed -n 's/^Content-Security-Policy: //p' <<<"$HEADERS")
[[ $csp == *"style-src 'unsafe-inline'"* && $csp == *"default-src 'none'"* &&
  $csp != *script-src* ]] && pass || fail "the page's CSP: $csp"
as viewer GET "/api/v1/reports/NL-CQDN?$q"
cmp -s "$T/body" "$T/en.html" && pass || fail "the API's English page differs"
refused_http 422 invalid "place: only with format=html" place -- \
  as viewer GET "/api/v1/reports/NL-CQDN?from=$Y-01-01&to=$Y-12-31&place=X"
refused_http 422 invalid "format: pdf: one of json|csv|xlsx|html|summary" format -- \
  as viewer GET "/api/v1/reports/NL-CQDN?from=$Y-01-01&to=$Y-12-31&format=pdf"
refused_http 422 invalid "place: longer than 100 characters" place -- \
  as viewer GET "/api/v1/reports/NL-CQDN?$q&place=$long"
# The other pages of the server keep their CSP, which allows no inline
# style.
as viewer GET "/api/v1/reports/NL-CQDN?from=$Y-01-01&to=$Y-12-31"
[[ $HEADERS == *"style-src 'self'"* ]] && pass || fail "the JSON's CSP: $HEADERS"

# ---- escaping -------------------------------------------------------------------

ok org add ESC --name 'Chi bộ <b>"A" & B</b>' --kind grassroots_cell \
  --parent NL-CQDN --founded 2020-01-01
# A member whose ethnicity is not recorded: a line of data "Not recorded".
ok member add --name "Phạm Văn Dũng" --born 1990-01-01 --gender male \
  --cell ESC --admitted 2021-01-01 --official 2022-01-01
# Enough campaigns for their table to run over a page.
for i in $(seq -w 1 70); do
  ok fund add --org ESC --campaign "Quỹ số $i" --date "$Y-03-01" \
    --amount "${i#0}000"
done
ok report ESC "${period[@]}" --format html --place '<i>Hà & "Nội"</i>'
cp "$T/out" "$T/esc.html"
has_page esc 'Chi bộ &lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;'
has_page esc '&lt;i&gt;Hà &amp; &quot;Nội&quot;&lt;/i&gt;'
lacks_page() { [[ $(cat "$T/$1.html") != *"$2"* ]] && pass || fail "$1.html has '$2'"; }
has_page esc '<tr data-item="unknown"><th scope="row">Not recorded</th><td class="n">1</td></tr>'
lacks_page esc '<b>'
lacks_page esc '<i>'
pdf "$T/esc.html" "$T/esc.pdf"
pdftotext "$T/esc.pdf" "$T/esc.txt"
[[ $(tr -s ' \n' '  ' <"$T/esc.txt") == *'Chi bộ <b>"A" & B</b>'* ]] && pass ||
  fail "the escaped name does not print as written: $(head -5 "$T/esc.txt")"
# A table that runs over a page repeats its head there, and each row
# stays whole: on every page that shows a campaign, the head of the table
# comes first, and each campaign's amount is on its line.
pdftotext -layout "$T/esc.pdf" "$T/esc.layout"
check_py "$T/esc.layout" <<'EOF'
import re, sys
pages = open(sys.argv[1]).read().split('\f')
row = re.compile(r'^\s*Quỹ số (\d+)\s+([\d,]+) VND\s*$', re.M)
shown = [i for i, p in enumerate(pages) if row.search(p)]
print(('PASS' if len(shown) >= 2 else 'FAIL') + f' the campaigns run over pages: {shown}')
for i in shown:
    head = re.search(r'^\s*Figure\s+Number\s*$', pages[i], re.M)
    first = row.search(pages[i]).start()
    print(('PASS' if head and head.start() < first else 'FAIL') +
          f' page {i + 1} repeats the head of the table')
rows = [(i, n.replace(',', '')) for i, n in row.findall('\n'.join(pages))]
print(('PASS' if sorted(rows) == [(f'{i:02}', f'{i}000') for i in range(1, 71)]
       else 'FAIL') + f' every campaign whole on its line: {len(rows)}')
EOF

finish
