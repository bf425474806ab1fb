// meeting.js — cell meetings: the form that records one, with each
// criterion's points and the total adding up as the user types; the page
// of a recorded meeting; and the meetings of an organisation, for its page.
// The total shown while typing follows the server's rule (core/rubric.c,
// docs/rubric.md); what the server answers after saving is final.
import {h, replace, uid} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc, ApiError} from './api.js';
import {apiAction} from './forms.js';

const meetingHash = (id) => `#/meeting/${enc(String(id))}`;
const orgHash = (code) => `#/org/${enc(code)}`;
const CELLS = ['cell', 'grassroots_cell'];

// ---- the score, as core_rubric_score computes it -------------------------

// Whether num/den is at least `from` %; 0 of 0 is 0 %.
function shareAtLeast(n, den, from) {
  if (den <= 0) return from <= 0;
  return n * 100 >= from * den;
}

// The computed part of criterion c, or null when its fact is not known.
function computedPart(c, f) {
  if (!c.fact) return 0;
  if (c.fact === 'resolution' && f.result === null) return null;
  const bands = c.large && f.registered >= c.large.members
    ? c.large.bands : c.bands;
  let points = 0;
  for (let k = bands.length - 1; k >= 0; k--) {
    const from = bands[k].from;
    let reached;
    if (c.fact === 'minutes') reached = f.minutes >= from;
    else if (c.fact === 'attendance')
      reached = shareAtLeast(f.present, f.registered, from);
    else if (c.fact === 'speakers')
      reached = shareAtLeast(f.speakers, f.present, from);
    else reached = f.result >= from;
    if (!reached) break;
    points = bands[k].points;
  }
  if (c.bonus && f.absentRun <= c.bonus.absent_in_a_row)
    points += c.bonus.points;
  return points;
}

// The points a criterion's scorer gives: 0 to this.
const givenPart = (c) => (c.fact ? c.given || 0 : c.given ?? c.max);

// Scores the facts f with the parts given (null: none): {parts, points,
// total}, total null while a criterion has no points. Absences never pay:
// the criteria on the share who spoke give back what the meeting would
// gain over the same one with everyone present.
export function score(rubric, f, given) {
  const cs = rubric.criteria;
  const parts = cs.map((c) => computedPart(c, f));
  if (f.present < f.registered) {
    const full = {...f, present: f.registered, absentRun: 0};
    let excess = 0;
    cs.forEach((c, i) => {
      const whole = computedPart(c, full);
      if (parts[i] !== null && whole !== null) excess += parts[i] - whole;
    });
    cs.forEach((c, i) => {
      if (excess <= 0 || c.fact !== 'speakers') return;
      const cut = Math.min(parts[i] - computedPart(c, full), excess);
      if (cut > 0) {
        parts[i] -= cut;
        excess -= cut;
      }
    });
  }
  let total = 0;
  const points = cs.map((c, i) => {
    const g = given[i];
    const max = givenPart(c);
    const ok = max ? g !== null && g >= 0 && g <= max : true;
    const p = parts[i] === null || !ok ? null : parts[i] + (max ? g : 0);
    if (p === null) total = null;
    else if (total !== null) total += p;
    return p;
  });
  return {parts, points, total};
}

// The grade of a score (docs/rubric.md).
export function grade(total) {
  if (total === null) return null;
  if (total >= 90) return 'good';
  if (total >= 70) return 'fairly-good';
  if (total >= 50) return 'average';
  return 'poor';
}

function scoreText(total, g) {
  return total === null ? t('meeting.unscored')
    : t('meeting.score.value', {score: num(total),
      grade: label('meeting.grade', g)});
}

// ---- the form --------------------------------------------------------------

// A labelled control with the element its refusal goes in.
function control(name, text, input, hint) {
  const id = input.id || uid(`m-${name}`);
  const errId = `${id}-error`;
  input.id = id;
  const error = h('p', {class: 'field-error', id: errId, hidden: true});
  const hintEl = hint ? h('p', {class: 'hint', id: `${id}-hint`}, hint) : null;
  input.setAttribute('aria-describedby',
    hint ? `${id}-hint ${errId}` : errId);
  const wrap = h('div', {class: 'field'}, h('label', {for: id}, text), input,
    hintEl, error);
  return {name, input, error, wrap};
}

const optional = (key) => t('field.optional', {label: t(key)});

// An integer typed, or the text as typed (the server names what is wrong
// with it), or null for nothing.
function integer(input) {
  const v = input.value.trim();
  if (v === '') return null;
  return /^-?\d+$/.test(v) ? Number(v) : v;
}

// Lines of a text area, without the empty ones.
const lines = (area) => area.value.split('\n').map((s) => s.trim())
  .filter((s) => s !== '');

async function meetingNewPage(ctx, query, token) {
  const code = query.get('cell') || '';
  const [o, rubric, people] = await Promise.all([
    api('GET', `/api/v1/orgs/${enc(code)}`),
    api('GET', '/api/v1/meetings/rubric'),
    api('GET', `/api/v1/orgs/${enc(code)}/members?size=500`)]);
  if (!ctx.current(token)) return;
  const title = t('meeting.new.title', {name: o.name});
  ctx.title(title);
  // Visitors on a temporary transfer are not counted among the registered.
  const members = people.items;
  const registered = members.filter((m) => m.status !== 'temporary');

  const fDate = control('date', t('field.date'),
    h('input', {type: 'date', required: true, 'aria-required': 'true'}));
  const fKind = control('kind', t('meeting.kind'), h('select', null,
    ['regular', 'thematic'].map((k) =>
      h('option', {value: k}, label('meeting.kind', k)))));
  const fChair = control('chair', t('meeting.chair'), h('select', null,
    members.map((m) => h('option', {value: String(m.id)}, m.name))));
  const fMinutes = control('minutes', t('meeting.minutes'),
    h('input', {type: 'number', min: 1, max: 1440, inputmode: 'numeric',
      required: true, 'aria-required': 'true'}));
  const fTheme = control('theme', optional('meeting.theme'), h('input',
    {type: 'text'}));
  const fResult = control('result', optional('meeting.result'),
    h('input', {type: 'number', min: 0, max: 100, inputmode: 'numeric'}),
    t('meeting.result.hint'));
  const fTask = control('task', optional('meeting.tasks'),
    h('textarea', {rows: 3}), t('meeting.lines.hint'));
  const fDocument = control('document', optional('meeting.documents'),
    h('textarea', {rows: 2}), t('meeting.lines.hint'));

  // Attendance: present (ticked) and whether the member spoke.
  const rows = members.map((m) => {
    const present = h('input', {type: 'checkbox', checked: true,
      id: uid('present'), 'aria-label':
        t('meeting.present.of', {name: m.name})});
    const spoke = h('input', {type: 'checkbox', id: uid('spoke'),
      'aria-label': t('meeting.spoke.of', {name: m.name})});
    return {m, present, spoke,
      tr: h('tr', null, h('th', {scope: 'row'}, m.name,
        m.status === 'temporary' ? ` (${t('meeting.visitor')})` : ''),
      h('td', null, present), h('td', null, spoke))};
  });
  const presentErr = h('p', {class: 'field-error', id: uid('present-error'),
    hidden: true});
  const attendance = h('fieldset', null,
    h('legend', null, t('meeting.attendance')),
    h('div', {class: 'scroll'}, h('table', {class: 'attendance',
      'aria-describedby': presentErr.id},
    h('thead', null, h('tr', null,
      h('th', {scope: 'col'}, t('meeting.member')),
      h('th', {scope: 'col'}, t('meeting.present')),
      h('th', {scope: 'col'}, t('meeting.spoke')))),
    h('tbody', null, rows.map((r) => r.tr)))),
    presentErr);

  // One input per criterion the scorer gives points for; the computed
  // part and the criterion's points beside it.
  const crits = rubric.criteria.map((c) => {
    const max = givenPart(c);
    const out = h('output', {class: 'points', 'aria-live': 'polite'});
    let f;
    if (max) {
      f = control(`points-${c.id}`,
        t('meeting.criterion.given', {title: c.title, max: num(max)}),
        h('input', {type: 'number', min: 0, max, inputmode: 'numeric',
          'data-criterion': c.id}));
    } else {
      f = {name: `points-${c.id}`, input: null,
        error: h('p', {class: 'field-error', hidden: true}),
        wrap: h('div', {class: 'field'},
          h('p', {class: 'label'}, c.title))};
      f.wrap.append(f.error);
    }
    f.wrap.append(out);
    return {c, max, f, out};
  });
  const totalOut = h('output', {class: 'total', 'aria-live': 'polite'});
  const criteria = h('fieldset', null,
    h('legend', null, t('meeting.criteria', {rubric: rubric.name})),
    crits.map((x) => x.f.wrap),
    h('p', {class: 'total-line'}, h('strong', null, t('meeting.total')), ' ',
      totalOut),
    h('p', {class: 'hint'}, t('meeting.total.hint')));

  const facts = () => {
    const mins = integer(fMinutes.input);
    const res = integer(fResult.input);
    const reg = rows.filter((r) => r.m.status !== 'temporary');
    const present = reg.filter((r) => r.present.checked);
    return {
      minutes: typeof mins === 'number' ? mins : 0,
      registered: reg.length,
      present: present.length,
      speakers: present.filter((r) => r.spoke.checked).length,
      result: typeof res === 'number' ? res : null,
      // Whether a member missed the meetings before this one is the
      // server's to know: counted here as this one missed only.
      absentRun: present.length < reg.length ? 1 : 0,
    };
  };
  const update = () => {
    const given = crits.map((x) => (x.max ? integer(x.f.input) : null))
      .map((v) => (typeof v === 'number' ? v : null));
    const s = score(rubric, facts(), given);
    crits.forEach((x, i) => {
      replace(x.out, t(x.c.fact ? 'meeting.criterion.points'
        : 'meeting.criterion.given.points', {
        points: s.points[i] === null ? '–' : num(s.points[i]),
        max: num(x.c.max),
        computed: s.parts[i] === null ? '–' : num(s.parts[i])}));
    });
    // Until every criterion has points, what they add up to so far.
    const had = s.points.filter((v) => v !== null);
    replace(totalOut, s.total !== null
      ? scoreText(s.total, grade(s.total))
      : t('meeting.sofar', {sum: num(had.reduce((a, b) => a + b, 0)),
        left: num(s.points.length - had.length)}));
  };

  const fields = [fDate, fKind, fChair, fMinutes, fTheme, fResult, fTask,
    fDocument, ...crits.map((x) => x.f)];
  const top = h('p', {class: 'form-error', role: 'alert', hidden: true});
  const status = h('p', {class: 'form-status', role: 'status'});
  const button = h('button', {type: 'submit'}, t('meeting.submit'));
  const el = h('form', {novalidate: true, class: 'form meeting-form',
    'aria-label': title},
  top, fDate.wrap, fKind.wrap, fChair.wrap, fMinutes.wrap, fTheme.wrap,
  attendance, fResult.wrap, fTask.wrap, fDocument.wrap, criteria,
  h('div', {class: 'actions'}, button), status);
  el.addEventListener('input', update);
  el.addEventListener('change', update);

  const clear = () => {
    for (const f of [...fields, {error: presentErr, input: null}]) {
      f.error.hidden = true;
      f.error.removeAttribute('role');
      f.error.replaceChildren();
      if (f.input) f.input.removeAttribute('aria-invalid');
    }
    top.hidden = true;
    top.replaceChildren();
  };
  // A refusal beside its field: "points: closing=9: ..." beside closing.
  const refuse = (e) => {
    let f = null;
    if (e.field === 'points') {
      const m = /^points: ([\w-]+)=/.exec(e.message);
      f = m ? fields.find((x) => x.name === `points-${m[1]}`) : null;
    } else if (['present', 'absent', 'opinion'].includes(e.field)) {
      f = {error: presentErr, input: rows.length ? rows[0].present : null};
    } else {
      f = fields.find((x) => x.name === e.field);
    }
    if (!f) {
      replace(top, t('form.error', {message: e.message || t('app.failed')}));
      top.hidden = false;
      return;
    }
    replace(f.error, e.message);
    f.error.hidden = false;
    f.error.setAttribute('role', 'alert');
    if (f.input) {
      f.input.setAttribute('aria-invalid', 'true');
      f.input.focus();
    }
  };

  el.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clear();
    const present = rows.filter((r) => r.present.checked);
    const body = {cell: o.code, date: fDate.input.value || null,
      kind: fKind.input.value, chair: fChair.input.value || null,
      minutes: integer(fMinutes.input)};
    // A list (opinion, task, document, points) is an array, left out
    // when empty.
    const put = (k, v) => {
      if (v !== null && v !== '' && v !== undefined &&
          !(Array.isArray(v) && !v.length)) body[k] = v;
    };
    put('theme', fTheme.input.value.trim());
    put('result', integer(fResult.input));
    put('present', present.map((r) => r.m.id).join(','));
    put('opinion', present.filter((r) => r.spoke.checked)
      .map((r) => String(r.m.id)));
    put('task', lines(fTask.input));
    put('document', lines(fDocument.input));
    put('points', crits.filter((x) => x.max && x.f.input.value.trim() !== '')
      .map((x) => `${x.c.id}=${x.f.input.value.trim()}`));
    for (const k of ['date', 'chair', 'minutes'])
      if (body[k] === null) delete body[k];
    button.disabled = true;
    replace(status, t('form.busy'));
    try {
      const m = await api('POST', '/api/v1/meetings', body);
      ctx.flash(t('meeting.done', {score: scoreText(m.score, m.grade)}));
      ctx.go(meetingHash(m.id));
    } catch (e) {
      replace(status);
      if (!(e instanceof ApiError)) throw e;
      refuse(e);
    } finally {
      button.disabled = false;
    }
  });

  replace(ctx.main, h('h1', {tabindex: '-1'}, title),
    h('p', null, h('a', {href: orgHash(o.code)}, o.name)), el);
  update();
}

// ---- a recorded meeting -----------------------------------------------------

// #/meeting/new?cell=CODE records one; #/meeting/ID shows one.
export async function meetingPage(ctx, args, query, token) {
  if (args[0] === 'new') return meetingNewPage(ctx, query, token);
  const m = await api('GET', `/api/v1/meetings/${enc(args[0] || '')}`);
  if (!ctx.current(token)) return;
  const title = t('meeting.title', {name: m.cell_name, date: date(m.date)});
  ctx.title(title);
  const fig = (key, value) => [h('dt', null, t(key)), h('dd', null, value)];
  const list = (items, empty, item) => (items.length
    ? h('ul', null, items.map((x) => h('li', null, item(x))))
    : h('p', null, empty));
  const dash = (v) => (v === null || v === undefined ? '–' : num(v));
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, title),
    h('p', {class: 'score', id: 'meeting-score'}, h('strong', null,
      t('meeting.total')), ' ', scoreText(m.score, m.grade)),
    h('dl', {class: 'facts'},
      fig('meeting.cell', h('a', {href: orgHash(m.cell)}, m.cell_name)),
      fig('meeting.kind', label('meeting.kind', m.kind)),
      fig('meeting.minutes', num(m.minutes)),
      m.theme ? fig('meeting.theme', m.theme) : null,
      fig('meeting.chair', h('a', {href: `#/member/${m.chair.member}`},
        m.chair.name)),
      fig('meeting.attendance', t('meeting.attendance.value',
        {present: num(m.present), registered: num(m.registered)})),
      fig('meeting.result', m.result === null ? '–'
        : t('meeting.result.value', {result: num(m.result)}))),
    h('h2', null, t('meeting.criteria', {rubric: m.rubric})),
    h('div', {class: 'scroll'}, h('table', null,
      h('thead', null, h('tr', null,
        ['criterion', 'max', 'computed', 'given', 'points'].map((c) =>
          h('th', {scope: 'col'}, t(`meeting.col.${c}`))))),
      h('tbody', null, m.criteria.map((c) => h('tr', null,
        h('th', {scope: 'row'}, c.title),
        h('td', null, num(c.max)), h('td', null, dash(c.computed)),
        h('td', null, dash(c.given)), h('td', null, dash(c.points))))))),
    h('h2', null, t('meeting.attendance')),
    list(m.attendance, t('meeting.none'), (a) => [
      h('a', {href: `#/member/${a.member}`}, a.name), ': ',
      t(a.present ? 'meeting.present' : 'meeting.absent'),
      a.visitor ? ` (${t('meeting.visitor')})` : '',
      a.reason ? ` — ${a.reason}` : '']),
    h('h2', null, t('meeting.opinions')),
    list(m.opinions, t('meeting.none'), (x) => [
      h('a', {href: `#/member/${x.member}`}, x.name),
      x.text ? `: ${x.text}` : '']),
    h('h2', null, t('meeting.tasks')),
    list(m.tasks, t('meeting.none'), (x) => x),
    h('h2', null, t('meeting.documents')),
    list(m.documents, t('meeting.none'), (d) => `${d.number} ${d.title}`));
  if (ctx.can('editor')) {
    const changes = await meetingChanges(ctx, m);
    if (!ctx.current(token)) return;
    ctx.main.append(h('section', {'aria-labelledby': 'meeting-changes-h'},
      h('h2', {id: 'meeting-changes-h'}, t('meeting.changes')), changes));
  }
}

// An editor's changes of a recorded meeting: give the scorer's points (or
// last month's result) again, correct it (void it and record it again with
// the fields given: the new meeting's page opens), void it.
function meetingChanges(ctx, m) {
  const params = {record: m.id};
  const again = (key) => (r) => {
    ctx.flash(t(key, {score: scoreText(r.score, r.grade)}));
    ctx.go(meetingHash(r.id));
    return '';
  };
  return Promise.all([
    apiAction({method: 'POST', path: '/api/v1/meetings/{record}/score',
      params, title: t('meeting.score.title'), submit: t('meeting.score.submit'),
      labels: {points: 'meeting.points.lines'},
      done: again('meeting.score.done')}),
    apiAction({method: 'POST', path: '/api/v1/meetings/{record}/correct',
      params, title: t('meeting.correct.title'),
      submit: t('meeting.correct.submit'),
      labels: {reason: 'field.correct_reason', points: 'meeting.points.lines'},
      done: again('meeting.correct.done')}),
    apiAction({method: 'POST', path: '/api/v1/meetings/{record}/void',
      params, title: t('meeting.void.title'), submit: t('meeting.void.submit'),
      labels: {reason: 'field.void_reason'},
      done: () => {
        ctx.flash(t('meeting.void.done'));
        ctx.go(orgHash(m.cell));
        return '';
      }})]);
}

// ---- the meetings of an organisation --------------------------------------

// Appends to the organisation's page the meetings of its cells, the
// latest first, and for an editor of a cell a link to record one.
export async function orgMeetings(ctx, o, token) {
  const url = (page) =>
    `/api/v1/meetings?under=${enc(o.code)}&size=50&page=${page}`;
  let p = await api('GET', url(1));
  const pages = Math.ceil(p.total / p.size);
  if (pages > 1) p = await api('GET', url(pages));
  if (!ctx.current(token)) return;
  const items = p.items.slice().reverse();
  ctx.main.append(h('section', {'aria-labelledby': 'meetings-h'},
    h('h2', {id: 'meetings-h'}, t('meeting.list')),
    ctx.can('editor') && CELLS.includes(o.kind)
      ? h('p', null, h('a', {href: `#/meeting/new?cell=${enc(o.code)}`},
        t('meeting.record'))) : null,
    items.length ? h('div', {class: 'scroll'}, h('table', {class: 'meetings'},
      h('caption', null, t('meeting.list.count', {total: num(p.total)})),
      h('thead', null, h('tr', null,
        ['date', 'cell', 'kind', 'attendance', 'score'].map((c) =>
          h('th', {scope: 'col'}, t(`meeting.col.${c}`))))),
      h('tbody', null, items.map((m) => h('tr', null,
        h('td', null, h('a', {href: meetingHash(m.id)}, date(m.date))),
        h('td', null, h('a', {href: orgHash(m.cell)}, m.cell)),
        h('td', null, label('meeting.kind', m.kind)),
        h('td', null, t('meeting.attendance.value',
          {present: num(m.present), registered: num(m.registered)})),
        h('td', null, scoreText(m.score, m.grade)))))))
      : h('p', null, t('meeting.list.none'))));
}
