// pages.js — logging in, the tree of the user's branch, an organisation's
// page, the member search, and the page of what is not there.
import {h, replace, uid, append} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc} from './api.js';
import {formPage, apiAction, pager} from './forms.js';
import {orgMeetings} from './meeting.js';
import {orgDocs} from './docs.js';
import {orgWork} from './work.js';

// ---- logging in ----------------------------------------------------------

export function loginPage(ctx, signedIn) {
  formPage(ctx, {
    title: t('login.title'),
    submit: t('login.submit'),
    fields: [
      {name: 'user', label: t('login.user'), required: true,
        autocomplete: 'username'},
      {name: 'password', label: t('login.password'), type: 'password',
        required: true, autocomplete: 'current-password'},
    ],
    onSubmit: (v) => api('POST', '/api/v1/login', v),
    done: (session) => {
      signedIn(session);
      return '';
    },
  });
}

// ---- what is not there ---------------------------------------------------

export function notFoundPage(ctx, message) {
  ctx.title(t('notfound.title'));
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('notfound.title')),
    h('p', null, t('notfound.text')),
    message ? h('p', {class: 'detail'}, message) : null,
    h('p', null, h('a', {href: '#/'}, t('notfound.home'))));
}

// ---- organisations -------------------------------------------------------

// Runs fn over items, at most `limit` at once (the server has a few
// threads; a branch has dozens of organisations).
async function pool(items, limit, fn) {
  let i = 0;
  const worker = async () => {
    while (i < items.length) {
      const item = items[i++];
      await fn(item);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)},
    worker));
}

const orgUrl = (code) => `/api/v1/orgs/${enc(code)}`;
const orgHash = (code) => `#/org/${enc(code)}`;

// The member count of an organisation, filled in when its page is read.
function countOf(org) {
  return org && org.members
    ? t('org.members', {n: num(org.members.total)})
    : t('org.members.unknown');
}

// A list of organisations (children), each with its kind and member
// count; `expand` makes each a node of a tree that opens below itself.
function orgList(children, expand, token, ctx) {
  const list = h('ul', {class: expand ? 'tree' : 'orgs'});
  const counts = new Map();
  for (const c of children) {
    const count = h('span', {class: 'count'}, t('org.members.unknown'));
    counts.set(c.code, count);
    const item = h('li', null);
    const link = h('a', {href: orgHash(c.code)}, c.name);
    const body = [link, ' ', h('span', {class: 'kind'},
      label('kind', c.kind)), ' ', count];
    if (expand) {
      const below = h('div', {class: 'below', hidden: true});
      const toggle = h('button', {type: 'button', class: 'toggle',
        'aria-expanded': 'false',
        'aria-label': t('tree.expand', {name: c.name})}, '+');
      toggle.hidden = true;
      c.toggle = toggle;
      toggle.addEventListener('click', async () => {
        const open = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
        toggle.setAttribute('aria-label',
          t(open ? 'tree.expand' : 'tree.collapse', {name: c.name}));
        replace(toggle, open ? '+' : '−');
        below.hidden = open;
        if (!open && !below.firstChild && c.detail) {
          append(below, orgList(c.detail.children, true, token, ctx));
        }
      });
      append(item, [toggle, ' ', body, below]);
    } else {
      append(item, body);
    }
    list.append(item);
  }
  // The counts, a few at a time, as the pages of the organisations come.
  pool(children, 4, async (c) => {
    if (!ctx.current(token)) return;
    try {
      c.detail = await api('GET', orgUrl(c.code));
      replace(counts.get(c.code), countOf(c.detail));
      if (c.toggle && c.detail.children.length) c.toggle.hidden = false;
    } catch (e) {
      replace(counts.get(c.code), '');
    }
  });
  return list;
}

export async function treePage(ctx, args, query, token) {
  const scope = ctx.session.scope;
  const root = await api('GET', orgUrl(scope));
  if (!ctx.current(token)) return;
  ctx.title(t('tree.title'));
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('tree.title')),
    h('ul', {class: 'tree'}, h('li', null,
      h('a', {href: orgHash(root.code)}, root.name), ' ',
      h('span', {class: 'kind'}, label('kind', root.kind)), ' ',
      h('span', {class: 'count'}, countOf(root)),
      orgList(root.children, true, token, ctx))));
}

// A table of members: name (a link to the profile), card, born, gender,
// status, cell.
export function memberTable(items, caption) {
  const cols = ['name', 'card', 'born', 'gender', 'status', 'cell'];
  return h('div', {class: 'scroll'}, h('table', {class: 'members'},
    caption ? h('caption', null, caption) : null,
    h('thead', null, h('tr', null,
      cols.map((c) => h('th', {scope: 'col'}, t(`col.${c}`))))),
    h('tbody', null, items.map((m) => h('tr', null,
      h('td', null, h('a', {href: `#/member/${m.id}`}, m.name)),
      h('td', null, m.card || ''),
      h('td', null, date(m.born)),
      h('td', null, label('gender', m.gender)),
      h('td', null, label('status', m.status)),
      h('td', null, h('a', {href: orgHash(m.cell)}, m.cell)))))));
}

// A paged list of members: load(page) answers the API's page.
const pagedMembers = (load, empty) =>
  pager({load, empty, render: (items) => memberTable(items)});

// The changes of an organisation an editor may make (while it lives):
// found one below it (not below a cell), move it (not the top of the
// user's branch), rename it, dissolve it.
function orgChanges(ctx, o) {
  if (!ctx.can('editor') || o.ended) return [];
  const params = {code: o.code};
  const again = (key) => (r) => {
    ctx.flash(t(key, {name: r.name}));
    ctx.go(orgHash(r.code));
    return '';
  };
  const action = (verb, spec) => apiAction({method: 'POST',
    path: `/api/v1/orgs/{code}/${verb}`, params, title: t(`${verb}.title`),
    submit: t(`${verb}.submit`), done: again(`${verb}.done`), ...spec});
  return Promise.all([
    o.kind === 'cell' ? null : action('found', {path: '/api/v1/orgs/{code}',
      params: {}, fixed: {parent: o.code},
      labels: {name: 'field.org_name'}}),
    o.superiors && o.superiors.length
      ? action('move', {labels: {to: 'field.under'}}) : null,
    action('rename', {labels: {name: 'field.org_name'}}),
    action('dissolve', {})].filter(Boolean));
}

export async function orgPage(ctx, args, query, token) {
  const code = args[0] || ctx.session.scope;
  const o = await api('GET', orgUrl(code));
  const changes = await orgChanges(ctx, o);
  if (!ctx.current(token)) return;
  ctx.title(o.name);
  const members = pagedMembers(
    (page) => api('GET', `${orgUrl(o.code)}/members?page=${page}&size=50`),
    t('org.memberlist.none'));
  const fig = (key, value) => [h('dt', null, t(key)), h('dd', null, value)];
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, o.name),
    h('dl', {class: 'facts'},
      fig('org.code', o.code),
      fig('org.kind', label('kind', o.kind)),
      fig('org.founded', date(o.founded)),
      o.ended ? fig('org.ended', date(o.ended)) : null,
      o.superiors && o.superiors.length
        ? fig('org.superiors', o.superiors.map((s, i) =>
          [i ? ' › ' : '', h('a', {href: orgHash(s)}, s)]))
        : null,
      fig('org.total', num(o.members.total)),
      fig('org.official', num(o.members.official)),
      fig('org.probationary', num(o.members.probationary)),
      fig('org.grassroots', num(o.grassroots))),
    h('ul', {class: 'actions'},
      h('li', null, h('a', {href: `#/report/${enc(o.code)}`},
        t('org.report'))),
      h('li', null, h('a', {href: `${orgUrl(o.code)}/members.csv`,
        download: `members-${o.code}.csv`}, t('org.csv'))),
      ctx.can('editor') ? h('li', null, h('a',
        {href: `#/admit?cell=${enc(o.code)}`}, t('org.admit'))) : null),
    h('h2', null, t('org.children')),
    o.children.length
      ? orgList(o.children, false, token, ctx)
      : h('p', null, t('org.children.none')),
    h('h2', null, t('org.memberlist')),
    members.box,
    changes.length ? h('section', {'aria-labelledby': 'org-changes-h'},
      h('h2', {id: 'org-changes-h'}, t('org.actions')), changes) : null);
  await members.show(1);
  await orgMeetings(ctx, o, token);
  await orgWork(ctx, o, token);
  await orgDocs(ctx, o, token);
}

// ---- the member search ---------------------------------------------------

export async function searchPage(ctx, args, query, token) {
  ctx.title(t('search.title'));
  const id = uid('q');
  const hint = h('p', {id: `${id}-hint`, class: 'hint'}, t('search.hint'));
  const input = h('input', {id, type: 'search', name: 'q',
    autocomplete: 'off', 'aria-describedby': `${id}-hint`,
    value: query.get('q') || null});
  const results = h('div', {class: 'results', 'aria-live': 'polite'});
  let timer = null;
  let asked = 0;
  const search = async () => {
    const q = input.value.trim();
    // The address keeps what was typed, for the back button.
    history.replaceState(null, '',
      q ? `#/search?q=${enc(q)}` : '#/search');
    const mine = ++asked;
    if (q.length < 2) {
      replace(results);
      return;
    }
    try {
      const p = await api('GET', `/api/v1/members?q=${enc(q)}&size=50`);
      if (mine !== asked || !ctx.current(token)) return;
      replace(results,
        h('p', {role: 'status'}, p.more
          ? t('search.more', {total: num(p.total)})
          : p.total ? t('search.count', {total: num(p.total)})
            : t('search.none')),
        p.total ? memberTable(p.items) : null);
    } catch (e) {
      if (mine !== asked) return;
      replace(results, h('p', {class: 'form-error', role: 'alert'},
        e.message || t('app.failed')));
    }
  };
  // One request when the typing pauses, not one per key.
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('search.title')),
    h('form', {role: 'search', onsubmit: (ev) => {
      ev.preventDefault();
      clearTimeout(timer);
      search();
    }},
    h('label', {for: id}, t('search.label')), input, hint),
    results);
  if (input.value) await search();
  input.focus();
  return 'focused';
}
