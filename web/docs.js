// docs.js — documents (resolutions, directives) with who disseminated and
// implemented them and the coverage below an organisation; groupings
// (regional blocks, emulation clusters) with their members, flag,
// conferences and outstanding models; the rubrics that score meetings;
// and the documents of an organisation, for its page. Every form is drawn
// from the API's description (forms.js apiForm), so a refusal shows
// beside the field it names.
import {h, replace, uid} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc, ApiError} from './api.js';
import {apiForm, apiAction, recordActions, field, refuse} from './forms.js';

const docUrl = (n) => `/api/v1/docs/${enc(n)}`;
const docHash = (n) => `#/doc/${enc(n)}`;
const docLink = (n, query) => h('a', {href: `${docHash(n)}${query || ''}`,
  class: 'code'}, n);
const groupUrl = (code) => `/api/v1/groups/${enc(code)}`;
const groupHash = (code) => `#/group/${enc(code)}`;
const orgLink = (code) => h('a', {href: `#/org/${enc(code)}`, class: 'code'},
  code);

// A flashed message, then the page at `hash` drawn again.
const again = (ctx, hash) => (message) => {
  ctx.flash(message);
  ctx.go(hash);
};

// A table: caption, columns (catalog keys under col.), rows of cells. A
// row given as {cells, actions} has its actions (the forms that correct
// and void it) in a row of the table's width below it, where a form
// has room, on a phone too.
export function table(className, caption, cols, rows) {
  return h('div', {class: 'scroll'}, h('table', {class: className},
    caption ? h('caption', null, caption) : null,
    h('thead', null, h('tr', null,
      cols.map((c) => h('th', {scope: 'col'}, t(`col.${c}`))))),
    h('tbody', null, rows.map((row) => {
      const {cells, actions} = Array.isArray(row) ? {cells: row} : row;
      return [h('tr', {class: actions ? 'has-actions' : null},
        cells.map((c) => h('td', null, c))),
      actions ? h('tr', {class: 'row-actions'},
        h('td', {colspan: cols.length}, actions)) : null];
    }))));
}

// A section headed by its title.
export function section(id, title, ...children) {
  return h('section', {'aria-labelledby': id},
    h('h2', {id}, title), children);
}

// An API form opened below its heading (the usual ones of a page).
async function openForm(id, spec) {
  return section(id, spec.title, await apiForm(spec));
}

// A paged list: load(page) answers the API's page, draw(items) its table.
function paged(load, draw, empty) {
  const box = h('div', {class: 'paged'});
  const show = async (page) => {
    const p = await load(page);
    const pages = Math.max(1, Math.ceil(p.total / p.size));
    replace(box,
      p.total === 0 ? h('p', null, empty) : draw(p.items),
      pages > 1 ? h('div', {class: 'pager'},
        h('button', {type: 'button', disabled: page <= 1,
          onclick: () => show(page - 1)}, t('list.prev')),
        h('span', {role: 'status'}, t('docs.page',
          {page: num(page), pages: num(pages), total: num(p.total)})),
        h('button', {type: 'button', disabled: page >= pages,
          onclick: () => show(page + 1)}, t('list.next'))) : null);
  };
  return {box, show};
}

// ---- documents -------------------------------------------------------------

export async function docsPage(ctx, args, query, token) {
  const title = t('docs.title');
  const list = paged(
    (page) => api('GET', `/api/v1/docs?page=${page}&size=25`),
    (items) => table('docs', null,
      ['number', 'doc_kind', 'issuer', 'date', 'doc_title', 'disseminated',
        'implemented'],
      items.map((d) => [docLink(d.number),
        label('kind', d.kind), d.issuer, date(d.date), d.title,
        num(d.disseminated), num(d.implemented)])),
    t('docs.none'));
  await list.show(1);
  const add = ctx.can('editor') && ctx.whole() ? await openForm('doc-add-h', {
    method: 'POST', path: '/api/v1/docs/{number}',
    title: t('docs.add'), submit: t('docs.add.submit'),
    labels: {title: 'field.doc_title'},
    done: (d) => {
      ctx.flash(t('docs.add.done', {number: d.number}));
      ctx.go(docHash(d.number));
      return '';
    }}) : null;
  if (!ctx.current(token)) return;
  ctx.title(title);
  replace(ctx.main, h('h1', {tabindex: '-1'}, title),
    h('p', null, t('docs.intro')), list.box, add);
}

// Which grassroots organisations and cells below `under` have not
// disseminated the document by `at`, with the form that asks it of
// another organisation or day (the page's address keeps them).
async function coverage(ctx, d, under, at) {
  const fields = [
    field({name: 'under', label: t('field.under'), value: under,
      required: true}),
    field({name: 'at', label: t('field.at'), type: 'date', value: at})];
  const top = h('p', {class: 'form-error', role: 'alert', hidden: true});
  const ask = h('form', {class: 'form inline', novalidate: true,
    'aria-label': t('doc.coverage'),
    onsubmit: (ev) => {
      ev.preventDefault();
      const [u, a] = fields.map((f) => f.input.value.trim());
      ctx.go(`${docHash(d.number)}?under=${enc(u)}${a ? `&at=${enc(a)}`
        : ''}`);
    }},
  top, fields.map((f) => f.wrap),
  h('div', {class: 'actions'},
    h('button', {type: 'submit'}, t('doc.coverage.submit'))));
  let c;
  try {
    c = await api('GET', `${docUrl(d.number)}/coverage?under=${enc(under)}${
      at ? `&at=${enc(at)}` : ''}`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status === 401) throw e;
    // An organisation not there (or outside the branch) is a 404 that
    // names no field, as everything outside a branch does: it is `under`.
    refuse(fields, top, e, e.status === 404 ? 'under' : null);
    return section('coverage-h', t('doc.coverage'), ask);
  }
  return section('coverage-h', t('doc.coverage'), ask,
    h('p', {class: 'coverage', role: 'status'}, t('doc.coverage.value', {
      disseminated: num(c.disseminated), organizations: num(c.organizations),
      share: num(c.share), under: c.under, at: date(c.at)})),
    c.missing.length ? table('coverage', t('doc.coverage.missing'),
      ['code', 'org_name', 'kind'],
      c.missing.map((m) => [orgLink(m.org), m.name, label('kind', m.kind)]))
      : null);
}

// A document's steps (who disseminated and implemented it, when), each
// with its correction and void for an editor.
async function steps(ctx, d, redraw) {
  if (!d.steps.length) return h('p', null, t('doc.steps.none'));
  const rows = await Promise.all(d.steps.map(async (s) => ({cells: [
    label('doc.step', s.step), orgLink(s.org), s.name,
    h('time', {datetime: s.date}, date(s.date)),
    s.meeting ? h('a', {href: `#/meeting/${enc(String(s.meeting))}`},
      t('doc.meeting')) : '',
    s.recorded_at ? t('doc.recorded', {at: s.recorded_at,
      by: s.recorded_by || ''}) : ''],
  actions: ctx.can('editor') ? await recordActions({
    base: '/api/v1/doc-steps', id: s.id,
    what: t('doc.step.what', {step: label('doc.step', s.step), org: s.org,
      date: date(s.date)}),
    fields: ['document', 'org', 'date'],
    values: {document: d.number, org: s.org, date: s.date}, redraw})
    : null})));
  return table('steps', null,
    ['step', 'code', 'org_name', 'date', 'meeting', 'recorded'], rows);
}

export async function docPage(ctx, args, query, token) {
  const number = args[0] || '';
  const d = await api('GET', docUrl(number));
  const hash = docHash(d.number);
  const redraw = again(ctx, `${hash}${query.toString()
    ? `?${query}` : ''}`);
  const under = query.get('under') || ctx.session.scope;
  const at = query.get('at') || '';
  const record = (verb) => openForm(`doc-${verb}-h`, {method: 'POST',
    path: `/api/v1/docs/{number}/${verb}`, params: {number: d.number},
    title: t(`doc.${verb}`), submit: t(`doc.${verb}.submit`),
    values: {org: query.get('under') || ''},
    done: () => {
      redraw(t(`doc.${verb}.done`));
      return '';
    }});
  const editor = ctx.can('editor');
  const [stepList, cover, disseminate, implement] = await Promise.all([
    steps(ctx, d, redraw), coverage(ctx, d, under, at),
    editor ? record('disseminate') : null,
    editor ? record('implement') : null]);
  if (!ctx.current(token)) return;
  ctx.title(d.number);
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('doc.title', {number: d.number})),
    h('p', {class: 'doc-title'}, d.title),
    h('dl', {class: 'facts'},
      h('dt', null, t('col.doc_kind')), h('dd', null, label('kind', d.kind)),
      h('dt', null, t('col.issuer')), h('dd', null, d.issuer),
      h('dt', null, t('col.date')), h('dd', null, date(d.date))),
    section('steps-h', t('doc.steps'), stepList),
    cover, disseminate, implement,
    h('p', null, h('a', {href: '#/docs'}, t('doc.all'))));
}

// The documents on an organisation's page: for each document, how many
// of the grassroots organisations and cells below this one (or this one
// itself) have disseminated it, from the coverage route. The API has no
// list of one organisation's steps; a document's page (doc show) lists
// every step of the user's branch, which grows with the register, while
// the coverage of one subtree is computed by the server and answers only
// the organisations below this one that have not disseminated it.
// The organisation's page is drawn before this part: a refusal here
// leaves it as it is (only a lost session goes to the login).
export async function orgDocs(ctx, o, token) {
  const quiet = (e) => {
    if (!(e instanceof ApiError) || e.status === 401) throw e;
    return null;
  };
  const list = await api('GET', '/api/v1/docs?size=100').catch(quiet);
  if (!list) return;
  const rows = [];
  for (const d of list.items) {
    if (!ctx.current(token)) return;
    const c = await api('GET',
      `${docUrl(d.number)}/coverage?under=${enc(o.code)}`).catch(quiet);
    if (c && c.organizations) rows.push([d, c]);
  }
  if (!ctx.current(token)) return;
  ctx.main.append(section('org-docs-h', t('docs.title'),
    rows.length ? table('org-docs', null,
      ['number', 'doc_title', 'date', 'coverage'],
      rows.map(([d, c]) => [
        docLink(d.number, `?under=${enc(o.code)}`),
        d.title, date(d.date),
        t('doc.coverage.short', {disseminated: num(c.disseminated),
          organizations: num(c.organizations), share: num(c.share)})]))
      : h('p', null, t('docs.none'))));
}

// ---- groupings -------------------------------------------------------------

export async function groupsPage(ctx, args, query, token) {
  const title = t('groups.title');
  const list = paged(
    (page) => api('GET', `/api/v1/groups?page=${page}&size=50`),
    (items) => table('groups', null, ['code', 'group_name', 'kind',
      'members'],
    items.map((g) => [h('a', {href: groupHash(g.code)}, g.code), g.name,
      label('kind', g.kind), num(g.members)])),
    t('groups.none'));
  await list.show(1);
  const add = ctx.can('editor') ? await openForm('group-add-h', {
    method: 'POST', path: '/api/v1/groups/{code}',
    title: t('groups.add'), submit: t('groups.add.submit'),
    labels: {name: 'field.org_name'},
    done: (g) => {
      ctx.flash(t('groups.add.done', {name: g.name}));
      ctx.go(groupHash(g.code));
      return '';
    }}) : null;
  if (!ctx.current(token)) return;
  ctx.title(title);
  replace(ctx.main, h('h1', {tabindex: '-1'}, title),
    h('p', null, t('groups.intro')), list.box, add);
}

// The conferences of a grouping, each with its correction and void.
function conferences(ctx, g, redraw) {
  return Promise.all(g.conferences.map(async (c) => ({cells: [
    h('time', {datetime: c.date}, date(c.date)), orgLink(c.host),
    label('kind', c.kind), c.theme,
    c.delegates === null ? '' : num(c.delegates),
    c.papers === null ? '' : num(c.papers),
    c.flag_to ? orgLink(c.flag_to) : ''],
  actions: ctx.can('editor') ? await recordActions({
    base: '/api/v1/conferences', id: c.id,
    what: t('group.conference.what', {date: date(c.date)}),
    fields: ['host', 'date', 'kind', 'theme', 'delegates', 'papers',
      'flag_to'],
    values: c, redraw}) : null})));
}

// The outstanding models of a grouping, each with its correction and void.
function models(ctx, g, redraw) {
  return Promise.all(g.models.map(async (m) => ({cells: [
    h('time', {datetime: m.date}, date(m.date)), m.title,
    m.org ? orgLink(m.org) : h('a', {href: `#/member/${enc(
      String(m.member))}`}, m.name || String(m.member))],
  actions: ctx.can('editor') ? await recordActions({base: '/api/v1/models',
    id: m.id, what: t('group.model.what', {title: m.title}),
    fields: ['title', 'date', 'org', 'member'], values: m, redraw,
    labels: {title: 'field.model_of'}})
    : null})));
}

export async function groupPage(ctx, args, query, token) {
  const code = args[0] || '';
  const g = await api('GET', groupUrl(code));
  const redraw = again(ctx, groupHash(g.code));
  const editor = ctx.can('editor');
  const done = (key) => () => {
    redraw(t(key));
    return '';
  };
  const params = {code: g.code};
  const [confRows, modelRows, join, leave, conf, model] = await Promise.all([
    conferences(ctx, g, redraw), models(ctx, g, redraw),
    editor ? apiAction({method: 'POST', path: '/api/v1/groups/{code}/join',
      params, title: t('group.join'), submit: t('group.join.submit'),
      done: done('group.join.done')}) : null,
    editor && g.members.length ? apiAction({method: 'POST',
      path: '/api/v1/groups/{code}/leave', params, title: t('group.leave'),
      submit: t('group.leave.submit'), done: done('group.leave.done')})
      : null,
    editor ? apiAction({method: 'POST', path: '/api/v1/conferences',
      fixed: {group: g.code}, title: t('group.conference.add'),
      submit: t('group.conference.add.submit'),
      done: done('group.conference.add.done')}) : null,
    editor ? apiAction({method: 'POST', path: '/api/v1/models',
      fixed: {group: g.code}, title: t('group.model.add'),
      labels: {title: 'field.model_of'},
      submit: t('group.model.add.submit'),
      done: done('group.model.add.done')}) : null]);
  if (!ctx.current(token)) return;
  ctx.title(g.name);
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, g.name),
    h('dl', {class: 'facts'},
      h('dt', null, t('col.code')), h('dd', null, g.code),
      h('dt', null, t('col.kind')), h('dd', null, label('kind', g.kind)),
      h('dt', null, t('group.flag')), h('dd', null, g.flag
        ? [orgLink(g.flag.holder), ' ', t('group.flag.since',
          {date: date(g.flag.since)})] : t('group.flag.none'))),
    h('ul', {class: 'actions'}, h('li', null,
      h('a', {href: `#/report?group=${enc(g.code)}`}, t('group.report')))),
    section('group-members-h', t('group.members'),
      g.members.length ? table('group-members', null,
        ['code', 'org_name', 'kind', 'since'],
        g.members.map((m) => [orgLink(m.code), m.name, label('kind', m.kind),
          date(m.since)]))
        : h('p', null, t('group.members.none')),
      join, leave),
    section('group-conferences-h', t('group.conferences'),
      confRows.length ? table('conferences', null,
        ['date', 'host', 'kind', 'theme', 'delegates', 'papers', 'flag_to'],
        confRows)
        : h('p', null, t('group.conferences.none')),
      conf),
    section('group-models-h', t('group.models'),
      modelRows.length ? table('models', null,
        ['date', 'model_title', 'model_of'], modelRows)
        : h('p', null, t('group.models.none')),
      model),
    g.history && g.history.length ? section('group-history-h',
      t('group.history'), h('ul', null, g.history.map((e) =>
        h('li', null, h('time', {datetime: e.date}, date(e.date)), ' ',
          t(`group.history.${e.event}`, {org: e.org}))))) : null,
    h('p', null, h('a', {href: '#/groups'}, t('groups.all'))));
}

// ---- rubrics ---------------------------------------------------------------

// How a criterion's points are found: computed from a fact of the
// meeting's record (by bands: from a value, so many points) and/or given
// by the scorer.
function criterionHow(c) {
  const parts = [];
  if (c.fact) {
    parts.push(t('rubric.fact', {fact: label('rubric.fact', c.fact),
      bands: c.bands.map((b) => t('rubric.band', {from: num(b.from),
        points: num(b.points)})).join('; ')}));
  }
  if (c.large) {
    parts.push(t('rubric.large', {members: num(c.large.members),
      bands: c.large.bands.map((b) => t('rubric.band', {from: num(b.from),
        points: num(b.points)})).join('; ')}));
  }
  if (c.bonus) {
    parts.push(t('rubric.bonus', {points: num(c.bonus.points),
      absent: num(c.bonus.absent_in_a_row)}));
  }
  const given = c.fact ? c.given || 0 : c.given ?? c.max;
  if (given) parts.push(t('rubric.given', {points: num(given)}));
  return parts.map((p) => h('p', {class: 'small'}, p));
}

export async function rubricsPage(ctx, args, query, token) {
  const title = t('rubrics.title');
  const list = await api('GET', '/api/v1/rubrics?size=100');
  const active = list.items.find((r) => r.active === 'yes');
  const name = args[0] || (active ? active.name : null);
  const r = name ? await api('GET', `/api/v1/rubrics/${enc(name)}`)
    : await api('GET', '/api/v1/meetings/rubric');
  if (!ctx.current(token)) return;
  ctx.title(title);
  const id = uid('rubric');
  replace(ctx.main, h('h1', {tabindex: '-1'}, title),
    table('rubrics', null, ['rubric_name', 'active', 'loaded'],
      list.items.map((x) => [
        h('a', {href: `#/rubrics/${enc(x.name)}`,
          'aria-current': x.name === r.name ? 'page' : null}, x.name),
        x.active === 'yes' ? t('rubrics.active') : '',
        x.loaded || ''])),
    h('section', {'aria-labelledby': id},
      h('h2', {id}, t('rubric.title', {name: r.name})),
      r.title ? h('p', null, r.title) : null,
      table('criteria', null, ['criterion', 'max', 'how'],
        r.criteria.map((c) => [c.title, num(c.max), criterionHow(c)]))));
}
