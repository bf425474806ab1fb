// admin.js — the administrators' pages: the accounts of their branch
// (#/users: add, disable, set a password) and the audit trail (#/audit:
// who changed what, when, from where, with the values before and after).
// The server decides who may see them (docs/http.md); the pages are not
// offered to others, and answer as what is not there when opened.
import {h, replace} from './dom.js';
import {t, label, num, languages} from './i18n.js';
import {api, enc, ApiError} from './api.js';
import {form} from './forms.js';

const ROLES = ['viewer', 'editor', 'admin'];
const PAGE_SIZE = 50;

// Only an administrator is shown these pages; another user meets the
// page of what is not there, as the server would answer (403).
function needAdmin(ctx) {
  if (!ctx.can('admin')) throw new ApiError(404, {message: ''});
}

// Previous and next buttons with "page N of M"; show(page) draws one.
function pager(p, page, show) {
  const pages = Math.max(1, Math.ceil(p.total / p.size));
  return h('div', {class: 'pager'},
    h('button', {type: 'button', disabled: page <= 1,
      onclick: () => show(page - 1)}, t('list.prev')),
    h('span', {role: 'status'}, t('admin.page',
      {page: num(page), pages: num(pages), total: num(p.total)})),
    h('button', {type: 'button', disabled: page >= pages,
      onclick: () => show(page + 1)}, t('list.next')));
}

// ---- accounts ------------------------------------------------------------

export async function usersPage(ctx, args, query, token) {
  needAdmin(ctx);
  ctx.title(t('admin.users.title'));
  const list = h('div', {class: 'paged'});
  // What a disabling did, or why it was refused.
  const status = h('p', {class: 'form-status', role: 'status'});
  const note = h('p', {class: 'form-error', role: 'alert', hidden: true});
  const passwdForm = h('div');
  let passwdUser = null;

  // The password form, for the account chosen in the list.
  const showPasswd = (name) => {
    passwdUser = name;
    replace(passwdForm,
      h('h2', null, t('admin.passwd.title', {user: name})),
      form({
        title: t('admin.passwd.title', {user: name}),
        submit: t('admin.passwd.submit'),
        fields: [{name: 'password', label: t('admin.password'),
          type: 'password', required: true, autocomplete: 'new-password'}],
        onSubmit: (v) => api('POST',
          `/api/v1/users/${enc(passwdUser)}/passwd`, v),
        done: (u) => t('admin.passwd.done', {user: u.name}),
      }));
    passwdForm.querySelector('input').focus();
  };

  const show = async (page) => {
    const p = await api('GET', `/api/v1/users?page=${page}&size=${PAGE_SIZE}`);
    if (!ctx.current(token)) return;
    const cols = ['name', 'role', 'scope', 'lang', 'created', 'by',
      'disabled'];
    replace(list, h('div', {class: 'scroll'}, h('table', {class: 'users'},
      h('thead', null, h('tr', null,
        cols.map((c) => h('th', {scope: 'col'}, t(`admin.col.${c}`))),
        h('th', {scope: 'col'}, t('admin.col.actions')))),
      h('tbody', null, p.items.map((u) => h('tr', null,
        h('td', null, u.name),
        h('td', null, label('role', u.role)),
        h('td', null, h('a', {href: `#/org/${enc(u.scope)}`}, u.scope)),
        h('td', null, langName(u.lang)),
        h('td', null, u.created || ''),
        h('td', null, u.by || ''),
        h('td', null, u.disabled || ''),
        h('td', null, u.disabled ? null : [
          h('button', {type: 'button', class: 'link',
            onclick: async (ev) => {
              ev.target.disabled = true;
              note.hidden = true;
              try {
                await api('POST', `/api/v1/users/${enc(u.name)}/disable`);
                await show(page);
                replace(status, t('admin.disable.done', {user: u.name}));
              } catch (e) {
                ev.target.disabled = false;
                replace(note, e.message || t('app.failed'));
                note.hidden = false;
              }
            }}, t('admin.disable', {user: u.name})), ' ',
          h('button', {type: 'button', class: 'link',
            onclick: () => showPasswd(u.name)},
          t('admin.passwd', {user: u.name}))])))))),
    pager(p, page, show));
  };

  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('admin.users.title')),
    note, status, list, passwdForm,
    h('h2', null, t('admin.add.title')),
    form({
      title: t('admin.add.title'),
      submit: t('admin.add.submit'),
      fields: [
        {name: 'user', label: t('admin.user'), required: true,
          autocomplete: 'off'},
        {name: 'role', label: t('admin.role'), type: 'select',
          required: true, options: ROLES, optionPrefix: 'role',
          value: 'viewer'},
        {name: 'scope', label: t('admin.scope'), required: true,
          value: ctx.session.scope},
        {name: 'password', label: t('admin.password'), type: 'password',
          required: true, autocomplete: 'new-password'},
        {name: 'lang', label: t('admin.lang'), type: 'select',
          options: languages().map((l) => l.tag), optionLabel: langName},
      ],
      onSubmit: async (v) => {
        const u = await api('POST', '/api/v1/users', v);
        await show(1);
        return u;
      },
      done: (u) => t('admin.add.done',
        {user: u.name, role: label('role', u.role), scope: u.scope}),
    }));
  await show(1);
}

// A language's name in itself (the server's list), or its tag; '' for none.
function langName(tag) {
  const l = languages().find((x) => x.tag === tag);
  return l ? l.name : (tag || '');
}

// ---- the audit trail -----------------------------------------------------

// A value of the trail (JSON: a row's key or its columns) as one line.
const shown = (v) => (v === null || v === undefined ? '—' : JSON.stringify(v));

function auditEntry(e) {
  return h('li', {class: 'audit-entry'},
    h('p', null,
      h('strong', null, `${e.action}: ${e.detail}`), ' ',
      h('span', {class: 'detail'}, t('admin.audit.who', {
        at: e.at, user: e.user, origin: e.origin || '—'})),
      e.org ? [' ', h('a', {href: `#/org/${enc(e.org)}`}, e.org)] : null),
    e.changes.length ? h('div', {class: 'scroll'}, h('table',
      {class: 'changes'},
      h('thead', null, h('tr', null,
        ['table', 'op', 'key', 'before', 'after'].map((c) =>
          h('th', {scope: 'col'}, t(`admin.audit.${c}`))))),
      h('tbody', null, e.changes.map((c) => h('tr', null,
        h('td', null, c.table),
        h('td', null, c.op),
        h('td', null, shown(c.key)),
        h('td', null, shown(c.before)),
        h('td', null, shown(c.after))))))) : null);
}

export async function auditPage(ctx, args, query, token) {
  needAdmin(ctx);
  ctx.title(t('admin.audit.title'));
  const results = h('div', {class: 'paged', 'aria-live': 'polite'});
  let filters = {};

  const show = async (page) => {
    const q = new URLSearchParams({page, size: PAGE_SIZE});
    for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
    const p = await api('GET', `/api/v1/audit?${q}`);
    if (!ctx.current(token)) return;
    replace(results,
      p.total === 0 ? h('p', null, t('admin.audit.none'))
        : [h('ol', {class: 'audit'}, p.items.map(auditEntry)),
          pager(p, page, show)]);
  };

  const spec = (name, type) => ({name, type, label: t(`admin.audit.${name}`),
    value: query.get(name) || null});
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('admin.audit.title')),
    h('p', {class: 'hint'}, t('admin.audit.hint')),
    form({
      title: t('admin.audit.filters'),
      submit: t('admin.audit.submit'),
      fields: [spec('under'), spec('user'), spec('from', 'date'),
        spec('to', 'date')],
      onSubmit: async (v) => {
        filters = v;
        await show(1);
      },
      done: () => '',
    }),
    results);
  for (const k of ['under', 'user', 'from', 'to'])
    if (query.get(k)) filters[k] = query.get(k);
  await show(1);
}
