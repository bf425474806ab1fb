// i18n.js — the message catalog. Every text the UI shows comes from
// web/i18n/LANG.json, a flat object of keys to texts with {name}
// placeholders. English (en.json) is always loaded and fills what another
// language lacks. A language is added by adding its file and its code to
// LANGS; the user's choice (localStorage 'cadre.lang') or the browser's
// language picks it.
export const LANGS = ['en'];

let messages = {};
let lang = 'en';

async function fetchCatalog(code) {
  const res = await fetch(`/ui/i18n/${code}.json`, {credentials: 'same-origin'});
  if (!res.ok) throw new Error(`catalog ${code}: ${res.status}`);
  return res.json();
}

function choose() {
  const wanted = [];
  try {
    const saved = localStorage.getItem('cadre.lang');
    if (saved) wanted.push(saved);
  } catch (e) {
    // Storage may be refused; the browser's language then decides.
  }
  for (const l of navigator.languages || [navigator.language || 'en'])
    wanted.push(l.toLowerCase().split('-')[0]);
  return wanted.find((l) => LANGS.includes(l)) || 'en';
}

export async function load() {
  const code = choose();
  const en = await fetchCatalog('en');
  messages = code === 'en' ? en : {...en, ...(await fetchCatalog(code))};
  lang = messages.lang || code;
  document.documentElement.lang = lang;
}

// The language shown (a code of LANGS), for what the server writes in it.
export function language() {
  return lang;
}

// The text of key with {name}s replaced by params' values (as text).
// A key the catalog lacks shows as itself, so that it is seen and fixed.
export function t(key, params) {
  const text = Object.prototype.hasOwnProperty.call(messages, key)
    ? messages[key] : key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name) =>
    Object.prototype.hasOwnProperty.call(params, name)
      ? String(params[name]) : m);
}

// The label of a value of an enumeration (status.official), or the value
// itself when the catalog has none (data, such as an ethnicity).
export function label(prefix, value) {
  if (value === null || value === undefined) return '';
  const key = `${prefix}.${value}`;
  return Object.prototype.hasOwnProperty.call(messages, key)
    ? messages[key] : String(value);
}

// A number as the language writes it.
export function num(n) {
  return typeof n === 'number' ? new Intl.NumberFormat(lang).format(n) : '';
}

// A date YYYY-MM-DD as the language writes it (date.format).
export function date(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  if (!m) return iso || '';
  return t('date.format', {y: m[1], m: m[2], d: m[3]});
}
