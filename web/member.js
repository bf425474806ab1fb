// member.js — a member's profile and timeline, with the forms that
// recognise and transfer them, and the form that admits a new member.
import {h, replace} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc} from './api.js';
import {apiForm, apiAction} from './forms.js';

const PROFILE = ['card', 'born', 'gender', 'status', 'cell', 'admitted',
  'official', 'ethnicity', 'religion', 'hometown', 'education', 'profession',
  'theory', 'position'];
// Fields of an event shown beside it, when it has them.
const EVENT_FIELDS = ['what', 'cell', 'to', 'official', 'until', 'form',
  'decision', 'reason'];

function shown(key, v) {
  if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
  if (['born', 'admitted', 'official', 'until', 'date'].includes(key))
    return date(v);
  if (key === 'gender' || key === 'status' || key === 'theory')
    return label(key, v);
  if (key === 'form') return label('discipline', v);
  if (key === 'cell' || key === 'to')
    return h('a', {href: `#/org/${enc(v)}`}, v);
  return String(v);
}

// The fields of a correction of each kind of event, after the reason,
// the date and the decision (all that `event correct` takes is in the
// API; these are the ones an event of the kind has).
const CORRECTS = {
  registered: ['cell', 'official'],
  admitted: ['cell', 'ceremony', 'considered'],
  transferred: ['to'],
  temporary: ['to', 'until', 'studies'],
  disciplined: ['form', 'votes', 'proposal', 'by'],
  readmitted: ['cell', 'ceremony'],
  moved: ['to'],
  renamed: ['name'],
};
// Labels of a correction's fields other than field.NAME: an
// organisation's move is under another, its name not a person's.
const CORRECT_LABELS = {reason: 'field.correct_reason', name: 'field.org_name'};
const MOVED_LABELS = {...CORRECT_LABELS, to: 'field.under'};

// An event's values, as a correction's form starts with them.
function eventValues(ev) {
  const v = {...ev};
  if (ev.votes_for !== undefined) v.votes = `${ev.votes_for}/${ev.votes_total}`;
  if (ev.proposal_for !== undefined)
    v.proposal = `${ev.proposal_for}/${ev.proposal_total}`;
  // An organisation's renaming (event list) says the new name.
  if (ev.event === 'renamed') v.name = ev.what;
  delete v.reason;
  return v;
}

// "Correct" and "Void" of an event (a member's or an organisation's),
// for an editor; redraw(message) shows the page again after either.
export async function eventActions(ev, redraw) {
  const what = {event: label('event', ev.event), date: date(ev.date)};
  const done = (key) => () => {
    redraw(t(key));
    return '';
  };
  return h('div', {class: 'event-actions'},
    await apiAction({method: 'POST', path: '/api/v1/events/{event}/correct',
      params: {event: ev.id}, title: t('timeline.correct.title', what),
      summary: t('timeline.correct'),
      fields: ['reason', 'date', 'decision', ...(CORRECTS[ev.event] || [])],
      values: eventValues(ev), edits: true,
      labels: ev.event === 'moved' ? MOVED_LABELS : CORRECT_LABELS,
      submit: t('timeline.correct.submit'),
      done: done('timeline.correct.done')}),
    await apiAction({method: 'POST', path: '/api/v1/events/{event}/void',
      params: {event: ev.id}, title: t('timeline.void.title', what),
      summary: t('timeline.void'),
      labels: {reason: 'field.void_reason'},
      submit: t('timeline.void.submit'),
      done: done('timeline.void.done')}));
}

// The timeline; a void event struck through, with who voided it, when and
// why. `actions(ev)` answers an event's actions, or null.
export async function timeline(history, actions) {
  if (!history || !history.length) return h('p', null,
    t('member.timeline.none'));
  const items = await Promise.all(history.map(async (ev) => {
    const head = [h('time', {datetime: ev.date}, date(ev.date)), ' ',
      h('strong', null, label('event', ev.event))];
    return h('li', {class: ev.voided_at ? 'voided' : null},
      h('p', {class: 'when'}, ev.voided_at ? h('del', null, head) : head),
      h('dl', {class: 'facts small'}, EVENT_FIELDS
        .filter((k) => ev[k] !== undefined && ev[k] !== null && ev[k] !== '')
        .map((k) => [h('dt', null, t(`field.${k}`)),
          h('dd', null, shown(k, ev[k]))]),
      ev.votes_for !== undefined ? [h('dt', null, t('field.votes')),
        h('dd', null, `${ev.votes_for}/${ev.votes_total}`)] : null),
      ev.voided_at ? h('p', {class: 'void-note'}, t('timeline.voided',
        {at: ev.voided_at, by: ev.voided_by || '',
          reason: ev.void_reason || ''})) : null,
      ev.recorded_at ? h('p', {class: 'recorded'},
        t('member.recorded', {at: ev.recorded_at, by: ev.recorded_by || ''}))
        : null,
      ev.voided_at ? null : await actions(ev));
  }));
  return h('ol', {class: 'timeline'}, items);
}

const CURRENT = ['probationary', 'official'];
const FORMER = ['removed', 'resigned', 'expelled'];
// The changes of a member, each offered when it fits the status: the
// route of the API (POST /api/v1/members/{id}/VERB), and whether it
// shows open (the usual ones) or behind its title.
const CHANGES = [
  {verb: 'recognize', when: ['probationary'], open: true},
  {verb: 'transfer', when: CURRENT, open: true},
  {verb: 'discipline', when: CURRENT},
  {verb: 'remove', when: CURRENT},
  {verb: 'resign', when: CURRENT},
  {verb: 'decease', when: CURRENT},
  {verb: 'readmit', when: FORMER},
  // It starts with the profile, and sends what the user changes: a text
  // emptied is cleared (forms.js).
  {verb: 'edit', when: [...CURRENT, ...FORMER, 'deceased'], edits: true},
];

function changes(m, redraw) {
  return Promise.all(CHANGES.filter((c) => c.when.includes(m.status))
    .map(async (c) => {
      const spec = {method: 'POST', path: `/api/v1/members/{id}/${c.verb}`,
        params: {id: m.id}, title: t(`${c.verb}.title`),
        submit: t(`${c.verb}.submit`),
        values: c.edits ? {...m, key_cadre: m['key-cadre']} : undefined,
        edits: c.edits,
        done: () => {
          redraw(t(`${c.verb}.done`));
          return '';
        }};
      if (!c.open) return apiAction(spec);
      const id = `${c.verb}-h`;
      return h('section', {'aria-labelledby': id},
        h('h2', {id}, spec.title), await apiForm(spec));
    }));
}

export async function memberPage(ctx, args, query, token) {
  const id = args[0];
  const url = `/api/v1/members/${enc(id)}`;
  const m = await api('GET', url);
  if (!ctx.current(token)) return;
  ctx.title(m.name);
  const redraw = (message) => {
    ctx.flash(message);
    ctx.go(`#/member/${enc(String(m.id))}`);
  };
  const editor = ctx.can('editor');
  const [history, forms] = await Promise.all([
    timeline(m.history, (ev) => editor ? eventActions(ev, redraw) : null),
    editor ? changes(m, redraw) : []]);
  if (!ctx.current(token)) return;
  const open = forms.filter((f) => f.tagName === 'SECTION');
  const closed = forms.filter((f) => f.tagName !== 'SECTION');
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, m.name),
    h('section', {'aria-labelledby': 'profile-h'},
      h('h2', {id: 'profile-h'}, t('member.profile')),
      h('dl', {class: 'facts'},
        PROFILE.filter((k) => m[k] !== undefined && m[k] !== null &&
          m[k] !== '')
          .map((k) => [h('dt', null, t(`field.${k}`)),
            h('dd', null, shown(k, m[k]))]),
        m.party_age_years !== undefined
          ? [h('dt', null, t('member.party_age')),
            h('dd', null, num(m.party_age_years))] : null)),
    h('section', {'aria-labelledby': 'timeline-h'},
      h('h2', {id: 'timeline-h'}, t('member.timeline')),
      history),
    open,
    closed.length ? h('section', {'aria-labelledby': 'changes-h'},
      h('h2', {id: 'changes-h'}, t('member.actions')), closed) : null);
}

export async function admitPage(ctx, args, query) {
  const title = t('admit.title');
  const f = await apiForm({
    method: 'POST', path: '/api/v1/members', title,
    submit: t('admit.submit'),
    values: {cell: query.get('cell')},
    done: (m) => {
      ctx.flash(t('admit.done', {name: m.name}));
      ctx.go(`#/member/${m.id}`);
      return '';
    },
  });
  ctx.title(title);
  replace(ctx.main, h('h1', {tabindex: '-1'}, title), f);
}
