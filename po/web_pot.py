#!/usr/bin/env python3
"""Writes the web UI's texts as a gettext template (docs/i18n.md).

web/i18n/en.json maps keys to English texts with {placeholders}; each
becomes an entry whose msgctxt is the key and whose msgid is the English
text, so that the server finds a text with util_trc(lang, key, english)
and a text changed in en.json comes into the catalogs fuzzy, to be
translated again. "lang" is the catalog's own tag, not a text.
  po/web_pot.py web/i18n/en.json OUT.pot
"""
import json
import sys


def quoted(s):
    s = (s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
         .replace('\t', '\\t'))
    return '"' + s + '"'


def once(pairs):
    """A JSON object whose keys are each written once: a key written twice
    keeps only its later text in the browser, so the first is refused."""
    seen = {}
    for key, text in pairs:
        if key in seen:
            raise ValueError('the key %s is written twice' % key)
        seen[key] = text
    return seen


def main():
    src, out = sys.argv[1], sys.argv[2]
    with open(src, encoding='utf-8') as f:
        try:
            texts = json.load(f, object_pairs_hook=once)
        except ValueError as e:
            sys.exit('%s: %s' % (src, e))
    lines = ['msgid ""', 'msgstr ""',
             '"Content-Type: text/plain; charset=UTF-8\\n"', '']
    for key, text in texts.items():
        if key == 'lang' or not isinstance(text, str):
            continue
        lines += ['#: ' + src, 'msgctxt ' + quoted(key),
                  'msgid ' + quoted(text), 'msgstr ""', '']
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


if __name__ == '__main__':
    main()
