// member.js — a member's profile and timeline, with the forms that
// recognise and transfer them, and the form that admits a new member.
import {h, replace} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc} from './api.js';
import {form, formPage} from './forms.js';

const PROFILE = ['card', 'born', 'gender', 'status', 'cell', 'admitted',
  'official', 'ethnicity', 'religion', 'hometown', 'education', 'profession',
  'theory', 'position'];
// Fields of an event shown beside it, when it has them.
const EVENT_FIELDS = ['cell', 'to', 'official', 'until', 'form', 'decision',
  'reason'];

function shown(key, v) {
  if (typeof v === 'boolean') return t(v ? 'yes' : 'no');
  if (['born', 'admitted', 'official', 'until', 'date'].includes(key))
    return date(v);
  if (key === 'gender' || key === 'status' || key === 'theory')
    return label(key, v);
  if (key === 'cell' || key === 'to')
    return h('a', {href: `#/org/${enc(v)}`}, v);
  return String(v);
}

function timeline(history) {
  if (!history || !history.length) return h('p', null,
    t('member.timeline.none'));
  return h('ol', {class: 'timeline'}, history.map((ev) => h('li', null,
    h('p', {class: 'when'}, h('time', {datetime: ev.date}, date(ev.date)),
      ' ', h('strong', null, label('event', ev.event))),
    h('dl', {class: 'facts small'}, EVENT_FIELDS
      .filter((k) => ev[k] !== undefined && ev[k] !== null && ev[k] !== '')
      .map((k) => [h('dt', null, t(`field.${k}`)),
        h('dd', null, shown(k, ev[k]))])),
    ev.recorded_at ? h('p', {class: 'recorded'},
      t('member.recorded', {at: ev.recorded_at, by: ev.recorded_by || ''}))
      : null)));
}

export async function memberPage(ctx, args, query, token) {
  const id = args[0];
  const url = `/api/v1/members/${enc(id)}`;
  const m = await api('GET', url);
  if (!ctx.current(token)) return;
  ctx.title(m.name);
  const again = () => ctx.go(`#/member/${enc(String(m.id))}`);
  const forms = [];
  if (ctx.can('editor') && m.status === 'probationary') {
    forms.push(h('section', {'aria-labelledby': 'recognize-h'},
      h('h2', {id: 'recognize-h'}, t('recognize.title')),
      form({
        title: t('recognize.title'),
        submit: t('recognize.submit'),
        fields: [{name: 'date', type: 'date', required: true},
          {name: 'decision'}],
        onSubmit: (v) => api('POST', `${url}/recognize`, v),
        done: () => {
          ctx.flash(t('recognize.done'));
          again();
          return '';
        },
      })));
  }
  if (ctx.can('editor') && ['probationary', 'official'].includes(m.status)) {
    forms.push(h('section', {'aria-labelledby': 'transfer-h'},
      h('h2', {id: 'transfer-h'}, t('transfer.title')),
      form({
        title: t('transfer.title'),
        submit: t('transfer.submit'),
        fields: [{name: 'to', required: true},
          {name: 'date', type: 'date', required: true},
          {name: 'decision'},
          {name: 'temporary', type: 'checkbox'},
          {name: 'until', type: 'date'},
          {name: 'studies', type: 'checkbox'}],
        onSubmit: (v) => api('POST', `${url}/transfer`, v),
        done: () => {
          ctx.flash(t('transfer.done'));
          again();
          return '';
        },
      })));
  }
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
      timeline(m.history)),
    forms);
}

export async function admitPage(ctx, args, query) {
  formPage(ctx, {
    title: t('admit.title'),
    submit: t('admit.submit'),
    fields: [
      {name: 'name', required: true},
      {name: 'born', type: 'date', required: true},
      {name: 'gender', type: 'select', required: true,
        options: ['female', 'male'], optionPrefix: 'gender'},
      {name: 'cell', required: true, value: query.get('cell')},
      {name: 'date', type: 'date', required: true},
      {name: 'decision'},
      {name: 'card'},
      {name: 'ethnicity'},
      {name: 'religion'},
      {name: 'hometown'},
      {name: 'education'},
      {name: 'profession'},
    ],
    onSubmit: (v) => api('POST', '/api/v1/members', v),
    done: (m) => {
      ctx.flash(t('admit.done', {name: m.name}));
      ctx.go(`#/member/${m.id}`);
      return '';
    },
  });
}
