"""report_words.py: what the tests of the report read from a message
catalog (po/TAG.po, as po/extract.sh writes it: no wrapping), so that they
hold the words and forms of the catalog, never a copy of the output:
the translation of a msgid (in its context), a number and a date as the
language writes them (the catalog's "number format" and "date format",
docs/i18n.md), and a figure read back from that form."""
import re

ESC = {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}


def _text(s):
    return re.sub(r'\\(.)', lambda m: ESC.get(m.group(1), m.group(1)), s)


def catalog(path):
    """{(msgctxt or None, msgid): msgstr} of the translated entries."""
    out = {}
    for block in open(path, encoding='utf-8').read().split('\n\n'):
        if '#, fuzzy' in block:
            continue
        e = {}
        for m in re.finditer(r'^(msgctxt|msgid|msgstr) "(.*)"$', block, re.M):
            e[m.group(1)] = _text(m.group(2))
        if e.get('msgid') and e.get('msgstr'):
            out[(e.get('msgctxt'), e['msgid'])] = e['msgstr']
    return out


def tr(cat, msgid, ctx=None):
    return cat.get((ctx, msgid), msgid)


def _form(cat):
    f = tr(cat, '#,##0.#', 'number format')
    group, mark = f[1], f[-2]
    parts = f[:-2].split(group)
    first = len(parts[-1])
    other = len(parts[-2]) if len(parts) > 2 else first
    return group, mark, first, other


def written(cat, value, decimals=0):
    """value as the language writes it: 1234567 -> "1.234.567" (vi)."""
    group, mark, first, other = _form(cat)
    text = f'{abs(value):.{decimals}f}'
    whole, _, frac = text.partition('.')
    groups = [whole[-first:]] if len(whole) > first else [whole]
    rest = whole[:-first] if len(whole) > first else ''
    while rest:
        groups.insert(0, rest[-other:])
        rest = rest[:-other]
    s = ('-' if value < 0 else '') + group.join(groups)
    return s + (mark + frac if frac else '')


def number(cat, text):
    """A figure written as the language writes it, read back."""
    group, mark, _, _ = _form(cat)
    m = re.match(r'-?[0-9' + re.escape(group + mark) + ']+', text.strip())
    return float(m.group(0).replace(group, '').replace(mark, '.'))


def date(cat, iso):
    """2026-11-27 as the language writes it: "27/11/2026" (vi)."""
    y, m, d = iso.split('-')
    f = tr(cat, 'YYYY-MM-DD', 'date format')
    return f.replace('YYYY', y).replace('MM', m).replace('DD', d)
