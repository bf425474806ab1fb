// i18n.js — the message catalog. Every text the UI shows comes from
// /ui/i18n/TAG.json, a flat object of keys to texts with {name}
// placeholders, which the server builds from web/i18n/en.json and its
// message catalogs (po/TAG.po, docs/i18n.md). The languages are the
// server's (GET /api/v1/langs): a language is added by adding its catalog
// to the server, no code here. The language shown is the user's own
// setting (the session's "lang"), else the one chosen in this browser
// (localStorage 'cadre.lang'), else the browser's language, else English.
const STORE = 'cadre.lang';

// The languages there are: [{tag, name}], the name as the language
// writes it.
let LANGS = [{tag: 'en', name: 'English'}];
let messages = {};
let lang = 'en';

async function fetchJson(path) {
  const res = await fetch(path, {credentials: 'same-origin'});
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.json();
}

function saved() {
  try {
    return localStorage.getItem(STORE) || '';
  } catch (e) {
    return ''; // Storage may be refused; the browser's language then decides.
  }
}

function choose(own) {
  const tags = LANGS.map((l) => l.tag);
  const wanted = [own || '', saved()];
  for (const l of navigator.languages || [navigator.language || 'en'])
    wanted.push(l.toLowerCase().split('-')[0]);
  return wanted.find((l) => tags.includes(l)) || 'en';
}

// Loads the catalog of the language to show; `own` is the signed-in
// user's setting (null when they have none, or nobody is signed in).
export async function load(own) {
  try {
    LANGS = (await fetchJson('/api/v1/langs')).langs;
  } catch (e) {
    // English, always there, is enough to go on.
  }
  const code = choose(own);
  messages = await fetchJson(`/ui/i18n/${code}.json`);
  lang = messages.lang || code;
  document.documentElement.lang = lang;
}

// The languages there are ([{tag, name}]) and the choice kept in this
// browser ('' for none: the browser's language).
export function languages() {
  return LANGS;
}
export function chosen() {
  return saved();
}

// Keeps the language chosen in this browser ('' forgets it), for the
// login page and users who set none.
export function remember(tag) {
  try {
    if (tag) localStorage.setItem(STORE, tag);
    else localStorage.removeItem(STORE);
  } catch (e) {
    // Not kept; the user's setting on the server still is.
  }
}

// The language shown (a tag of LANGS), for what the server writes in it.
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
