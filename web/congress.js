// congress.js — congresses and their elections (issue 9): the list of the
// congresses the user sees, and a congress's page: its facts, the result
// of each round as the server computed it (who is elected, who had more
// than half but no seat, a tie at the last seat that needs a further
// round, who had no majority), then its delegates and its candidates.
// An editor (and above) records them here too: a congress on the list's
// page; its delegates, its candidates and each round of voting on its page
// (a round's votes: a number field for each candidate not yet elected),
// the page drawn again after each, a refusal beside its field.
import {h, replace} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc} from './api.js';
import {table, section} from './docs.js';
import {apiAction, form} from './forms.js';

const congressUrl = (code) => `/api/v1/congresses/${enc(code)}`;
const congressHash = (code) => `#/congress/${enc(code)}`;
const orgLink = (code) => h('a', {href: `#/org/${enc(code)}`, class: 'code'},
  code);
const OUTCOMES = ['elected', 'no_seat', 'tied', 'no_majority'];

export async function congressesPage(ctx, args, query, token) {
  const title = t('congresses.title');
  const p = await api('GET', '/api/v1/congresses?page=1&size=200');
  if (!ctx.current(token)) return;
  ctx.title(title);
  replace(ctx.main, h('h1', {tabindex: '-1'}, title),
    p.total === 0 ? h('p', null, t('congresses.none')) : table('congresses',
      null, ['code', 'org', 'term', 'date', 'seats', 'delegates',
        'candidates', 'rounds'],
      p.items.map((c) => [h('a', {href: congressHash(c.code)}, c.code),
        orgLink(c.org), c.term, h('time', {datetime: c.date}, date(c.date)),
        num(c.seats), num(c.delegates), num(c.candidates), num(c.rounds)])));
  if (!ctx.can('editor')) return;
  const add = await apiAction({method: 'POST',
    path: '/api/v1/congresses/{code}', title: t('congress.add.title'),
    submit: t('congress.add.submit'),
    fields: ['code', 'org', 'term', 'date', 'seats', 'delegates'],
    labels: {delegates: 'field.delegate_seats'},
    done: (r) => {
      ctx.flash(t('congress.add.done', {code: r.code}));
      ctx.go(congressHash(r.code));
      return '';
    }});
  if (ctx.current(token)) ctx.main.append(add);
}

// A round of voting: the ballots, and the votes of each candidate still
// open (on the list, not yet elected), sent as the API's "ID=N,ID=N". A
// refusal of the votes goes beside the count that cannot be (more than
// the valid ballots), or beside the first when it is of their sum.
function roundForm(c, open, done) {
  const vote = (p) => `votes-${p.member}`;
  let sent = {};
  return form({
    title: t('congress.round.title'),
    submit: t('congress.round.submit'),
    fields: [
      ...['issued', 'returned', 'valid'].map((name) =>
        ({name, type: 'number', min: 0, required: true})),
      ...open.map((p) => ({name: vote(p), type: 'number', min: 0,
        required: true,
        label: t('congress.round.votes', {name: p.name, id: num(p.member)})}))],
    onSubmit: (values) => {
      sent = values;
      const votes = open.filter((p) => values[vote(p)] !== null)
        .map((p) => `${p.member}=${values[vote(p)]}`).join(',');
      const body = {votes};
      for (const name of ['issued', 'returned', 'valid'])
        if (values[name] !== null) body[name] = values[name];
      return api('POST', `${congressUrl(c.code)}/rounds`, body);
    },
    fieldOf: (e) => {
      if (e.field !== 'votes' || !open.length) return undefined;
      const over = open.find((p) => typeof sent[vote(p)] === 'number' &&
        typeof sent.valid === 'number' && sent[vote(p)] > sent.valid);
      return vote(over || open[0]);
    },
    done,
  });
}

// An editor's forms on a congress's page: a delegate (the delegate seats
// given full is a refusal of no field: it goes beside the member), a
// candidate, a round while seats are left and candidates open.
async function congressActions(ctx, c, res) {
  const params = {code: c.code};
  const again = (key) => () => {
    ctx.flash(t(key));
    ctx.go(congressHash(c.code));
    return '';
  };
  const elected = new Set(res.elected_members.map((p) => p.member));
  const open = c.candidates.filter((p) => !elected.has(p.member));
  const forms = await Promise.all([
    apiAction({method: 'POST', path: '/api/v1/congresses/{code}/delegates',
      params, title: t('congress.delegate.title'),
      submit: t('congress.delegate.submit'), prefixes: {kind: 'delegate'},
      fieldOf: (e) => e.field || 'member',
      done: again('congress.delegate.done')}),
    apiAction({method: 'POST', path: '/api/v1/congresses/{code}/candidates',
      params, title: t('congress.candidate.title'),
      submit: t('congress.candidate.submit'),
      done: again('congress.candidate.done')})]);
  if (res.seats_left > 0 && open.length) {
    forms.push(h('details', {class: 'action'},
      h('summary', null, t('congress.round.title')),
      roundForm(c, open, again('congress.round.done'))));
  }
  return section('congress-record-h', t('congress.record'), forms);
}

// A round: its ballots, and every candidate with votes, share, outcome.
function round(r) {
  const rows = [];
  for (const o of OUTCOMES)
    for (const p of r[o])
      rows.push({o, cells: [p.name, num(p.member), num(p.votes), p.share,
        h('span', {class: `outcome ${o}`}, label('outcome', o))]});
  return section(`congress-round-${r.number}-h`,
    t('congress.round', {number: num(r.number), seats: num(r.seats)}),
    h('p', null, t('congress.ballots', {issued: num(r.issued),
      returned: num(r.returned), valid: num(r.valid)})),
    table(`round round-${r.number}`, null,
      ['name', 'member', 'votes', 'share', 'outcome'],
      rows.map((x) => x.cells)),
    r.further_round
      ? h('p', {class: 'notice', role: 'note'}, t('congress.further'))
      : null);
}

export async function congressPage(ctx, args, query, token) {
  const code = args[0] || '';
  const [c, res] = await Promise.all([api('GET', congressUrl(code)),
    api('GET', `${congressUrl(code)}/result`)]);
  if (!ctx.current(token)) return;
  const title = t('congress.title', {code: c.code});
  ctx.title(title);
  const delegates = c.delegate_seats === null
    ? t('congress.delegates.count', {count: num(c.delegates.length)})
    : t('congress.delegates.of', {count: num(c.delegates.length),
      seats: num(c.delegate_seats)});
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, title),
    h('dl', {class: 'facts'},
      h('dt', null, t('col.org')), h('dd', null, orgLink(c.org), ' ',
        c.org_name),
      h('dt', null, t('col.term')), h('dd', null, c.term),
      h('dt', null, t('col.date')),
      h('dd', null, h('time', {datetime: c.date}, date(c.date))),
      h('dt', null, t('col.seats')), h('dd', null, num(c.seats)),
      h('dt', null, t('col.delegates')), h('dd', null, delegates)),
    section('congress-result-h', t('congress.result'),
      h('p', {class: 'summary'}, t('congress.elected.summary',
        {elected: num(res.elected), seats: num(res.seats),
          left: num(res.seats_left)})),
      res.elected_members.length ? h('ol', {class: 'elected'},
        res.elected_members.map((p) => h('li', null, t('congress.elected.one',
          {name: p.name, id: num(p.member), round: num(p.round)}))))
        : null,
      res.rounds.length ? res.rounds.map(round)
        : h('p', null, t('congress.rounds.none'))),
    section('congress-delegates-h', t('congress.delegates'),
      c.delegates.length ? table('delegates', null, ['name', 'member', 'kind'],
        c.delegates.map((d) => [d.name, num(d.member),
          label('delegate', d.kind)]))
        : h('p', null, t('congress.delegates.none'))),
    section('congress-candidates-h', t('congress.candidates'),
      c.candidates.length ? table('candidates', null,
        ['list_no', 'name', 'member'],
        c.candidates.map((d) => [num(d.position), d.name, num(d.member)]))
        : h('p', null, t('congress.candidates.none'))));
  if (!ctx.can('editor')) return;
  const actions = await congressActions(ctx, c, res);
  if (ctx.current(token)) ctx.main.append(actions);
}
