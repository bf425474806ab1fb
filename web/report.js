// report.js — the report of an organisation or a grouping for a period
// (GET /api/v1/reports/CODE or /api/v1/groups/CODE/report ?from&to, the
// JSON of `cadre report [--group]`, its CSV to download and its page to
// print, format=html): its main figures as tables, and charts drawn by
// Chart.js (from the npm registry, compiled into the binary as
// /ui/vendor/chart.umd.min.js, loaded when a report is first shown). Each chart has the table of its numbers beside
// it, which is what a screen reader reads.
import {h, replace, uid} from './dom.js';
import {t, num, date, language} from './i18n.js';
import {api, enc, ApiError} from './api.js';
import {field, refuse} from './forms.js';

let chartLib = null;

async function loadChart() {
  if (!chartLib) {
    // A UMD file: run as a module it sets globalThis.Chart.
    await import('/ui/vendor/chart.umd.min.js');
    chartLib = globalThis.Chart;
  }
  return chartLib;
}

const MEMBERS = ['total', 'official', 'probationary', 'probation_overdue',
  'female', 'male', 'key_cadres'];
const FLOWS = ['admitted', 'readmitted', 'recognized_official',
  'transferred_in', 'transferred_out', 'disciplined', 'left'];

// A flow is a number, or an object of numbers whose `members` (or the
// sum of its values) counts people.
function count(v) {
  if (typeof v === 'number') return v;
  if (v && typeof v.members === 'number') return v.members;
  if (v && typeof v === 'object')
    return Object.values(v).reduce((a, b) => a + (Number(b) || 0), 0);
  return 0;
}

function table(caption, rows) {
  return h('div', {class: 'scroll'}, h('table', {class: 'figures'},
    h('caption', null, caption),
    h('thead', null, h('tr', null, h('th', {scope: 'col'}, t('report.figure')),
      h('th', {scope: 'col'}, t('report.value')))),
    h('tbody', null, rows.map(([name, value]) => h('tr', null,
      h('th', {scope: 'row'}, name), h('td', {class: 'n'}, num(value)))))));
}

// A bar chart of rows [[label, value]], with its title.
function chart(Chart, title, rows) {
  const canvas = h('canvas', {role: 'img', 'aria-label': title});
  const box = h('figure', {class: 'chart'},
    h('figcaption', null, title), h('div', {class: 'canvas'}, canvas));
  const make = () => new Chart(canvas, {
    type: 'bar',
    data: {labels: rows.map((r) => r[0]),
      datasets: [{label: title, data: rows.map((r) => r[1]),
        backgroundColor: '#a4161a'}]},
    options: {animation: false, responsive: true,
      maintainAspectRatio: false, plugins: {legend: {display: false}},
      scales: {y: {beginAtZero: true, ticks: {precision: 0}}}},
  });
  return {box, make};
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

// The form that asks for a report: of an organisation (any of the
// user's branch, offered as it is typed) or of a grouping (its code
// typed), for a period, with this year and last year a click away.
// Answers {el, fields, top}, for a refusal to show beside its field.
function askForm(ctx, which, code, group, from, to, orgs) {
  const name = uid('which');
  const radio = (value, key) => {
    const id = uid(`which-${value}`);
    return h('span', {class: 'choice'},
      h('input', {type: 'radio', id, name, value, checked: which === value,
        onchange: toggle}),
      ' ', h('label', {for: id}, t(key)));
  };
  const listId = uid('orgs');
  const fields = [
    field({name: 'code', label: t('report.org'), value: code,
      required: true}),
    field({name: 'group', label: t('report.group'), value: group,
      required: true}),
    field({name: 'from', label: t('report.from'), type: 'date', value: from,
      required: true}),
    field({name: 'to', label: t('report.to'), type: 'date', value: to,
      required: true})];
  const [codeF, groupF, fromF, toF] = fields;
  codeF.input.setAttribute('list', listId);
  function toggle() {
    const g = el.querySelector(`input[name="${name}"]:checked`).value ===
      'group';
    codeF.wrap.hidden = g;
    groupF.wrap.hidden = !g;
  }
  const go = () => {
    const v = (f) => encodeURIComponent(f.input.value.trim());
    const period = `from=${v(fromF)}&to=${v(toF)}`;
    ctx.go(codeF.wrap.hidden
      ? `#/report?group=${v(groupF)}&${period}`
      : `#/report/${v(codeF)}?${period}`);
  };
  const year = (n) => () => {
    const y = Number(today().slice(0, 4)) - n;
    fromF.input.value = `${y}-01-01`;
    toF.input.value = `${y}-12-31`;
    go();
  };
  const top = h('p', {class: 'form-error', role: 'alert', hidden: true});
  const el = h('form', {class: 'form inline', novalidate: true,
    'aria-label': t('report.title'),
    onsubmit: (ev) => {
      ev.preventDefault();
      go();
    }},
  top,
  h('fieldset', {class: 'which'}, h('legend', null, t('report.which')),
    radio('org', 'report.which.org'), ' ', radio('group',
      'report.which.group')),
  fields.map((f) => f.wrap),
  h('datalist', {id: listId}, orgs.map((o) => h('option', {value: o.code},
    o.name))),
  h('div', {class: 'actions'},
    h('button', {type: 'submit'}, t('report.submit')),
    h('button', {type: 'button', onclick: year(0)}, t('report.this_year')),
    h('button', {type: 'button', onclick: year(1)}, t('report.last_year'))));
  toggle();
  return {el, fields, top};
}

// The organisations of the user's branch, for the form to offer (a
// page of them: any other code may still be typed).
async function branchOrgs() {
  try {
    return (await api('GET', '/api/v1/orgs?size=500')).items;
  } catch (e) {
    return [];
  }
}

export async function reportPage(ctx, args, query, token) {
  const group = query.get('group');
  const which = group !== null ? 'group' : 'org';
  const code = args[0] || ctx.session.scope;
  const year = today().slice(0, 4);
  const from = query.get('from') || `${year}-01-01`;
  const to = query.get('to') || today();
  const period = `from=${enc(from)}&to=${enc(to)}`;
  const url = which === 'group'
    ? `/api/v1/groups/${enc(group)}/report?${period}`
    : `/api/v1/reports/${enc(code)}?${period}`;
  const orgs = branchOrgs();
  let r;
  let Chart;
  try {
    [r, Chart] = await Promise.all([api('GET', url), loadChart()]);
  } catch (e) {
    // A wrong date, period or grouping: the form again, with the refusal
    // beside its field. An organisation not there is the page not found.
    if (!(e instanceof ApiError) || e.status === 401 ||
        (e.status === 404 && which === 'org'))
      throw e;
    const ask = askForm(ctx, which, code, group || '', from, to,
      await orgs);
    if (!ctx.current(token)) return;
    ctx.title(t('report.title'));
    replace(ctx.main, h('h1', {tabindex: '-1'}, t('report.title')), ask.el);
    refuse(ask.fields, ask.top, e,
      [403, 404].includes(e.status) ? 'group' : null);
    return 'focused';
  }
  const ask = askForm(ctx, which, code, group || '', from, to, await orgs);
  if (!ctx.current(token)) return;
  const title = t(which === 'group' ? 'report.of_group' : 'report.of',
    {name: r.scope.name});
  ctx.title(title);
  const m = r.members;
  const f = r.flows;
  const age = chart(Chart, t('report.chart.age'), Object.entries(m.by_age));
  const partyAge = chart(Chart, t('report.chart.party_age'),
    Object.entries(m.by_party_age));
  const flows = chart(Chart, t('report.chart.flows'),
    FLOWS.map((k) => [t(`report.flows.${k}`), count(f[k])]));
  const file = `report-${r.scope.org}-${r.scope.from}-${r.scope.to}`;
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, title),
    h('p', null, t('report.period',
      {from: date(r.scope.from), to: date(r.scope.to)})),
    r.scope.group ? h('p', null, t('report.group_members',
      {codes: (r.scope.members || []).join(', ')})) : null,
    ask.el,
    h('ul', {class: 'actions downloads'},
      h('li', null, h('a', {href: url, download: `${file}.json`},
        t('report.json'))),
      h('li', null, h('a', {href: `${url}&format=csv`,
        download: `${file}.csv`}, t('report.csv'))),
      // The page to print and sign, in a window of its own: the server's
      // (`cadre report --format html`), in the language shown.
      h('li', null, h('button', {type: 'button',
        title: t('report.print.hint'),
        onclick: () => window.open(
          `${url}&format=html&lang=${enc(language())}`, '_blank')},
      t('report.print')))),
    h('div', {class: 'charts'}, age.box, partyAge.box, flows.box),
    h('div', {class: 'tables'},
      table(t('report.members'),
        MEMBERS.map((k) => [t(`report.members.${k}`), m[k]])),
      table(t('report.flows'),
        FLOWS.map((k) => [t(`report.flows.${k}`), count(f[k])]))));
  age.make();
  partyAge.make();
  flows.make();
}
