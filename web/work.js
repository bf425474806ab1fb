// work.js — the records of party work on an organisation's page (issue 3
// in the web UI): its inspections and supervisions, the classifications
// of a year, awards, funds mobilised, the discipline of the organisation
// and its history, each with the forms an editor records, corrects and
// voids them with (forms.js draws them from the API's description).
// Every section is on the page at once and fills itself with one request
// (two when its newest page is not its first), all of them at once.
import {h, append, replace, uid} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc} from './api.js';
import {apiAction, pager, recordActions} from './forms.js';
import {timeline, eventActions} from './member.js';

const SIZE = 20;
const orgHash = (code) => `#/org/${enc(code)}`;
const orgLink = (code) => h('a', {href: orgHash(code)}, code);
const memberLink = (id, name) => h('a', {href: `#/member/${enc(String(id))}`},
  name || String(id));
// The events of an organisation that `event void` and `event correct`
// take (docs/http.md); a founding or a merger received is not one.
const CHANGEABLE = ['moved', 'renamed', 'merged', 'dissolved'];

// A list of records: each a line (head(x)), its facts ([key, value] pairs
// whose value is not empty; key a catalog key) and what may be done.
async function records(items, head, facts, more) {
  return h('ol', {class: 'records'}, await Promise.all(items.map(
    async (x) => h('li', null,
      h('p', {class: 'when'}, head(x)),
      h('dl', {class: 'facts small'}, facts(x)
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => [h('dt', null, t(k)), h('dd', null, v)])),
      more ? await more(x) : null))));
}

// "Correct" and "Void" of a record of party work at /api/v1/NOUN/{record}.
function actions(w, noun, x, what, fields, values, labels) {
  return recordActions({base: `/api/v1/${noun}`, id: x.id,
    what: t('work.what', {what,
      date: date(x.date || x.from) || String(x.year || '')}),
    fields, values: values || x, labels, redraw: w.redraw});
}

// A section: its heading, what stands before the list (`before`), for an
// editor the forms that add a record (adds() answers them), and the list,
// a page at a time. Answers {section, load}: load() fills it.
function section(w, spec) {
  const id = uid(`work-${spec.id}`);
  const list = pager({load: spec.load, empty: t(`work.${spec.id}.none`),
    count: 'work.page', newest: spec.newest, render: spec.render});
  const adds = h('div', {class: 'adds'});
  const failed = h('p', {class: 'form-error', role: 'alert', hidden: true});
  const el = h('section', {class: 'work', 'aria-labelledby': id},
    h('h2', {id}, t(`work.${spec.id}`)), spec.before || null, adds, failed,
    list.box);
  const load = async () => {
    try {
      const [forms] = await Promise.all([
        w.editor && spec.adds ? spec.adds() : [], list.show(1)]);
      append(adds, forms);
    } catch (e) {
      // One section that fails leaves the page and the others as they are.
      replace(failed, t('form.error', {message: e.message || t('app.failed')}));
      failed.hidden = false;
    }
  };
  return {section: el, load, list};
}

// The API's page of a listing of the organisation and those below it.
const listing = (w, path, query) => (page) => api('GET',
  `/api/v1/${path}?under=${enc(w.o.code)}${query || ''}` +
  `&page=${page}&size=${SIZE}`);

// A form of an editor that adds a record of the organisation (org fixed)
// or of someone or something below it.
const adder = (w, key, spec) => apiAction({method: 'POST',
  title: t(key), submit: t('work.add.submit'), done: w.again(`${key}.done`),
  ...spec});

// ---- inspections and supervisions ----------------------------------------

const OVERSIGHT_LABELS = {by: 'field.oversight_by', to: 'field.last_day',
  from: 'field.first_day'};

// What GET /api/v1/oversight/{record} tells beyond the list, when opened.
function oversightDetail(x) {
  const box = h('div', {class: 'detail-body'}, t('app.loading'));
  const el = h('details', {class: 'detail'},
    h('summary', null, t('work.oversight.show')), box);
  el.addEventListener('toggle', async () => {
    if (!el.open || box.dataset.loaded) return;
    box.dataset.loaded = 'yes';
    try {
      const d = await api('GET', `/api/v1/oversight/${enc(String(x.id))}`);
      replace(box, h('dl', {class: 'facts small'},
        [['field.oversight_by', d.by_name],
          ['field.org', d.org_name], ['field.member', d.member_name],
          ['work.counted_at', d.counted_at],
          ['work.recorded', t('member.recorded',
            {at: d.recorded_at, by: d.recorded_by || ''})]]
          .filter(([, v]) => v).map(([k, v]) =>
            [h('dt', null, t(k)), h('dd', null, v)])));
    } catch (e) {
      delete box.dataset.loaded;
      replace(box, e.message || t('app.failed'));
    }
  });
  return el;
}

function oversight(w) {
  const fields = ['kind', 'by', 'org', 'member', 'from', 'to', 'subject',
    'conclusion', 'violation'];
  return section(w, {id: 'oversight', newest: true,
    load: listing(w, 'oversight'),
    adds: () => adder(w, 'work.oversight.add', {path: '/api/v1/oversight',
      fixed: {org: w.o.code}, fields: fields.filter((f) => f !== 'member'),
      labels: OVERSIGHT_LABELS}),
    render: (items) => records(items,
      (x) => [h('time', {datetime: x.from}, date(x.from)), ' ',
        h('strong', null, label('kind', x.kind))],
      (x) => [['field.last_day', date(x.to)],
        ['field.oversight_by', orgLink(x.by)],
        ['work.about', x.org ? orgLink(x.org) : memberLink(x.member)],
        ['field.subject', x.subject], ['field.conclusion', x.conclusion],
        ['field.violation', x.violation ? t('yes') : null]],
      async (x) => [oversightDetail(x), w.editor
        ? await actions(w, 'oversight', x, label('kind', x.kind),
          fields, {...x, violation: x.violation === 'yes'},
          OVERSIGHT_LABELS) : null])});
}

// ---- classifications of a year -------------------------------------------

function assessments(w) {
  const thisYear = new Date().getFullYear();
  let year = thisYear;
  const input = h('input', {id: uid('work-year'), type: 'number',
    inputmode: 'numeric', min: 1930, max: thisYear, value: String(year)});
  const pick = h('form', {class: 'form inline year-pick', novalidate: true,
    'aria-label': t('work.assess.pick')},
  h('div', {class: 'field'}, h('label', {for: input.id}, t('field.year')),
    input),
  h('div', {class: 'actions'}, h('button', {type: 'submit'},
    t('work.assess.show'))));
  const s = section(w, {id: 'assess', before: pick,
    load: (page) => listing(w, 'assessments', `&year=${year}`)(page),
    adds: () => Promise.all([
      adder(w, 'work.assess.org', {path: '/api/v1/assessments',
        fixed: {org: w.o.code}, fields: ['year', 'grade', 'score'],
        values: {year}}),
      adder(w, 'work.assess.member', {path: '/api/v1/assessments',
        fields: ['member', 'year', 'grade', 'score'], values: {year}})]),
    render: (items) => records(items,
      (x) => [h('strong', null, x.member ? memberLink(x.member, x.name)
        : h('a', {href: orgHash(x.org)}, x.name)), ' ',
      h('span', {class: 'grade'}, label('grade', x.grade))],
      (x) => [['field.score', x.score === null ? null : num(x.score)],
        ['work.place', orgLink(x.place)]],
      (x) => (w.editor ? actions(w, 'assessments', x, x.name,
        ['grade', 'score']) : null))});
  pick.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const y = Number(input.value);
    if (!Number.isInteger(y)) return;
    year = y;
    s.list.show(1);
  });
  return s;
}

// ---- awards and funds ------------------------------------------------------

const AWARD_FIELDS = ['kind', 'title', 'by', 'date', 'years', 'early',
  'decision'];
const AWARD_LABELS = {by: 'field.award_by'};

function awards(w) {
  return section(w, {id: 'awards', newest: true, load: listing(w, 'awards'),
    adds: () => Promise.all([
      adder(w, 'work.awards.org', {path: '/api/v1/awards',
        fixed: {org: w.o.code}, fields: AWARD_FIELDS, labels: AWARD_LABELS}),
      adder(w, 'work.awards.member', {path: '/api/v1/awards',
        fields: ['member', ...AWARD_FIELDS], labels: AWARD_LABELS})]),
    render: (items) => records(items,
      (x) => [h('time', {datetime: x.date}, date(x.date)), ' ',
        h('strong', null, x.title), ' ', label('kind', x.kind)],
      (x) => [['work.to', x.member ? memberLink(x.member, x.name)
        : h('a', {href: orgHash(x.org)}, x.name)],
      ['field.award_by', orgLink(x.by)], ['field.years', x.years],
      ['field.decision', x.decision]],
      (x) => (w.editor ? actions(w, 'awards', x, x.title,
        AWARD_FIELDS.filter((f) => f !== 'early'), null, AWARD_LABELS)
        : null))});
}

function funds(w) {
  const fields = ['org', 'campaign', 'date', 'amount', 'note'];
  return section(w, {id: 'funds', newest: true, load: listing(w, 'funds'),
    adds: () => adder(w, 'work.funds.add', {path: '/api/v1/funds',
      fields, values: {org: w.o.code}}),
    render: (items) => records(items,
      (x) => [h('time', {datetime: x.date}, date(x.date)), ' ',
        h('strong', null, x.campaign)],
      (x) => [['field.org', orgLink(x.org)],
        ['field.amount', t('work.vnd', {amount: num(x.amount)})],
        ['field.note', x.note]],
      (x) => (w.editor ? actions(w, 'funds', x, x.campaign, fields,
        {...x, amount: String(x.amount)}) : null))});
}

// ---- the discipline of the organisation -----------------------------------

function discipline(w) {
  const all = w.o.discipline || [];
  const votes = (x) => `${x.votes_for}/${x.votes_total}`;
  return section(w, {id: 'discipline',
    // Listed whole by GET /api/v1/orgs/{code}: one page, asked for no more.
    load: async () => ({page: 1, size: Math.max(1, all.length),
      total: all.length, items: all}),
    adds: () => adder(w, 'work.discipline.add', {
      path: '/api/v1/orgs/{code}/discipline', params: {code: w.o.code}}),
    render: (items) => records(items.slice().reverse(),
      (x) => [h('time', {datetime: x.date}, date(x.date)), ' ',
        h('strong', null, label('discipline', x.form))],
      (x) => [['field.votes', votes(x)],
        ['field.by', x.by ? orgLink(x.by) : null],
        ['field.decision', x.decision], ['field.reason', x.reason]],
      (x) => (w.editor ? actions(w, 'org-disciplines', x,
        label('discipline', x.form), ['form', 'date', 'votes', 'by',
          'decision'], {...x, votes: votes(x)}) : null))});
}

// ---- the history of the organisation --------------------------------------

function history(w) {
  const redraw = (message) => {
    w.ctx.flash(message);
    w.ctx.go(orgHash(w.o.code));
  };
  return section(w, {id: 'history', newest: true,
    load: (page) => api('GET', `/api/v1/orgs/${enc(w.o.code)}/events` +
      `?page=${page}&size=${SIZE}`),
    render: (items) => timeline(items, (ev) =>
      (w.editor && CHANGEABLE.includes(ev.event)
        ? eventActions(ev, redraw) : null))});
}

// Appends the sections to the organisation's page.
export async function orgWork(ctx, o, token) {
  if (!ctx.current(token)) return;
  const w = {ctx, o, editor: ctx.can('editor'),
    again: (key) => () => {
      ctx.flash(t(key));
      ctx.go(orgHash(o.code));
      return '';
    },
    redraw: (message) => {
      ctx.flash(message);
      ctx.go(orgHash(o.code));
    }};
  const parts = [oversight(w), assessments(w), awards(w), funds(w),
    discipline(w), history(w)];
  ctx.main.append(...parts.map((p) => p.section));
  await Promise.all(parts.map((p) => p.load()));
}
