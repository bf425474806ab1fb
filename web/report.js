// report.js — the report of an organisation for a period (GET
// /api/v1/reports/CODE?from&to, the JSON of `cadre report`): its main
// figures as tables, and charts drawn by Chart.js (from the npm registry,
// compiled into the binary as /ui/vendor/chart.umd.min.js, loaded when a
// report is first shown). Each chart has the table of its numbers beside
// it, which is what a screen reader reads.
import {h, replace, uid} from './dom.js';
import {t, num, date} from './i18n.js';
import {api, enc, ApiError} from './api.js';

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

export async function reportPage(ctx, args, query, token) {
  const code = args[0] || ctx.session.scope;
  const year = today().slice(0, 4);
  const from = query.get('from') || `${year}-01-01`;
  const to = query.get('to') || today();
  const ids = {code: uid('code'), from: uid('from'), to: uid('to')};
  const field = (id, key, type, value) => h('div', {class: 'field'},
    h('label', {for: id}, t(key)),
    h('input', {id, type, value, required: true}));
  const ask = h('form', {class: 'form inline', 'aria-label': t('report.title'),
    onsubmit: (ev) => {
      ev.preventDefault();
      const v = (id) => encodeURIComponent(document.getElementById(id).value);
      ctx.go(`#/report/${v(ids.code)}?from=${v(ids.from)}&to=${v(ids.to)}`);
    }},
  field(ids.code, 'report.org', 'text', code),
  field(ids.from, 'report.from', 'date', from),
  field(ids.to, 'report.to', 'date', to),
  h('div', {class: 'actions'},
    h('button', {type: 'submit'}, t('report.submit'))));
  const url = `/api/v1/reports/${enc(code)}?from=${enc(from)}&to=${enc(to)}`;
  let r;
  let Chart;
  try {
    [r, Chart] = await Promise.all([api('GET', url), loadChart()]);
  } catch (e) {
    // A wrong date or period: the form again, with the refusal.
    if (!(e instanceof ApiError) || e.status === 404 || e.status === 401)
      throw e;
    ctx.title(t('report.title'));
    replace(ctx.main, h('h1', {tabindex: '-1'}, t('report.title')),
      h('p', {class: 'form-error', role: 'alert'},
        t('form.error', {message: e.message})), ask);
    return;
  }
  if (!ctx.current(token)) return;
  const title = t('report.of', {name: r.scope.name});
  ctx.title(title);
  const m = r.members;
  const f = r.flows;
  const age = chart(Chart, t('report.chart.age'), Object.entries(m.by_age));
  const partyAge = chart(Chart, t('report.chart.party_age'),
    Object.entries(m.by_party_age));
  const flows = chart(Chart, t('report.chart.flows'),
    FLOWS.map((k) => [t(`report.flows.${k}`), count(f[k])]));
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, title),
    h('p', null, t('report.period',
      {from: date(r.scope.from), to: date(r.scope.to)})),
    ask,
    h('p', null, h('a', {href: url,
      download: `report-${r.scope.org}-${r.scope.from}-${r.scope.to}.json`},
    t('report.json'))),
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
