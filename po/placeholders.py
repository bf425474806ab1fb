#!/usr/bin/env python3
"""Checks that each translation keeps the {placeholders} of its msgid.

The web UI's texts (web/i18n/en.json) carry {name}s that the UI fills in
(web/i18n.js): a translation that drops, renames or adds one would show
a raw {name}, or lose a value. For each translated, not fuzzy entry of
the catalog, the set of {name}s of every msgstr must be that of its
msgid (or, for a plural form, of its msgid_plural). Prints each problem
as "CATALOG: [context CTX] MSGID: ..." and exits 1 when there is one.
  po/placeholders.py NAME FILE.po
"""
import re
import sys

NAME = re.compile(r'\{(\w+)\}')


def unquote(s):
    s = s.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(
        m.group(1), m.group(1)), s)


def entries(path):
    """Yields each entry (blocks between blank lines) as a dict of its
    fields (msgctxt, msgid, msgid_plural, msgstr or msgstr[N]) and whether
    it is fuzzy; obsolete entries (#~) have none of these fields."""
    with open(path, encoding='utf-8') as f:
        blocks = f.read().split('\n\n')
    for block in blocks:
        e, field, fuzzy = {}, None, False
        for line in block.split('\n'):
            if line.startswith('#,') and 'fuzzy' in line:
                fuzzy = True
            elif line.startswith('"') and field:
                e[field] += unquote(line)
            else:
                m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)'
                             r'\s+(".*")$', line)
                field = m.group(1) if m else None
                if m:
                    e[field] = unquote(m.group(2))
        if 'msgid' in e:
            yield e, fuzzy


def main():
    name, path = sys.argv[1], sys.argv[2]
    bad = 0
    for e, fuzzy in entries(path):
        if fuzzy or not e['msgid']:
            continue
        want = [set(NAME.findall(e['msgid']))]
        if 'msgid_plural' in e:
            want.append(set(NAME.findall(e['msgid_plural'])))
        for k, v in e.items():
            if not k.startswith('msgstr') or not v:
                continue
            got = set(NAME.findall(v))
            if got not in want:
                ctx = ('[context "%s"] ' % e['msgctxt']) if 'msgctxt' in e \
                    else ''
                print('%s: %s"%s": the translation has {%s}, the text {%s}' %
                      (name, ctx, e['msgid'], ', '.join(sorted(got)),
                       ', '.join(sorted(want[0]))), file=sys.stderr)
                bad = 1
    sys.exit(bad)


if __name__ == '__main__':
    main()
