// planning.js — cadre planning (issue 9): the posts of the user's branch,
// and the planning of a post for a term: its candidates with their
// standing, its structure against the floors (a floor not met is
// flagged), and, for an editor, the forms that add a candidate and remove
// one with the reason; who holds the post, with the forms that appoint a
// member (the API's warning shown when the member is not in the
// planning), end an appointment and record a rotation; and the review of
// a term, each finding with its rule and facts in words, which changes
// nothing. Drawn from GET /api/v1/posts, /api/v1/posts/{code}/plan,
// /api/v1/posts/{code}/holders and /api/v1/plan-review, the JSON of `post
// list`, `plan list`, `post holders` and `plan review`.
import {h, replace} from './dom.js';
import {t, label, num, date} from './i18n.js';
import {api, enc} from './api.js';
import {apiAction} from './forms.js';

const planHash = (code, term) =>
  `#/plan/${enc(code)}${term ? `?term=${enc(term)}` : ''}`;

function table(className, cols, rows) {
  return h('div', {class: 'scroll'}, h('table', {class: className},
    h('thead', null, h('tr', null,
      cols.map((c) => h('th', {scope: 'col'}, t(`col.${c}`))))),
    h('tbody', null, rows.map((cells) =>
      h('tr', null, cells.map((c) => h('td', null, c)))))));
}

// The chooser of the term: a form that shows the planning of another.
function termChooser(ctx, code, term) {
  const input = h('input', {id: 'plan-term', name: 'term', value: term || '',
    placeholder: '2025-2030', autocomplete: 'off'});
  return h('form', {class: 'term-chooser', onsubmit: (ev) => {
    ev.preventDefault();
    ctx.go(planHash(code, input.value.trim()));
  }}, h('label', {for: 'plan-term'}, t('plan.term')), ' ', input, ' ',
  h('button', {type: 'submit'}, t('plan.term.show')));
}

const reviewHash = (term, under) => `#/plan-review?term=${enc(term || '')}${
  under ? `&under=${enc(under)}` : ''}`;

export async function postsPage(ctx, args, query, token) {
  const p = await api('GET', '/api/v1/posts?size=500');
  if (!ctx.current(token)) return;
  ctx.title(t('posts.title'));
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('posts.title')),
    h('p', null, h('a', {href: reviewHash(query.get('term'))},
      t('review.link'))),
    p.items.length ? table('posts',
      ['code', 'org', 'post_title', 'level', 'seats', 'holders'],
      p.items.map((x) => [
        h('a', {href: planHash(x.code, query.get('term')), class: 'code'},
          x.code),
        x.org, x.title, label('level', x.level), num(x.seats),
        num(x.holders)]))
      : h('p', null, t('posts.none')));
}

// "3 (37.5%)"
const share = (s) => t('plan.share', {count: num(s.count),
  percent: num(s.percent)});

// A line of the structure; a floor, met or flagged.
function floorLine(name, s) {
  const met = s.floor_met;
  return h('li', {class: met ? null : 'flagged'}, `${name}: ${share(s)} — `,
    h('strong', null, t(met ? 'plan.floor.met' : 'plan.floor.flagged',
      {floor: num(s.floor_percent)})));
}

// A form's `done` that draws the page again with the flash message(result).
const redrawing = (redraw, message) => (result) => {
  redraw(message(result));
  return '';
};

// Who holds the post (GET .../holders), and for an editor the forms that
// appoint a member (the API's warning shown when the member is not in the
// post's planning), end an appointment and record a rotation.
async function holdersSection(ctx, code, redraw) {
  const held = await api('GET', `/api/v1/posts/${enc(code)}/holders`);
  const done = (key) => redrawing(redraw, () => t(key));
  const actions = ctx.can('editor') ? await Promise.all([
    apiAction({method: 'POST', path: '/api/v1/members/{id}/appoint',
      fixed: {post: code}, labels: {id: 'field.member'},
      title: t('holders.appoint'), submit: t('holders.appoint.submit'),
      done: redrawing(redraw, (r) => r.warning
        ? t('holders.appoint.warned', {warning: r.warning})
        : t('holders.appoint.done'))}),
    apiAction({method: 'POST', path: '/api/v1/posts/{code}/leave',
      params: {code}, title: t('holders.leave'),
      submit: t('holders.leave.submit'), done: done('holders.leave.done')}),
    apiAction({method: 'POST', path: '/api/v1/members/{id}/rotate',
      labels: {id: 'field.member', to: 'field.rotate_to',
        post: 'field.rotate_post', from: 'field.from'},
      title: t('rotate.title'), submit: t('rotate.submit'),
      done: done('rotate.done')})]) : [];
  return h('section', {'aria-labelledby': 'plan-holders-h'},
    h('h2', {id: 'plan-holders-h'}, t('holders.title')),
    held.holders.length ? table('post-holders',
      ['id', 'name', 'from', 'decision', 'planned'],
      held.holders.map((x) => [
        h('a', {href: `#/member/${x.member}`}, String(x.member)), x.name,
        date(x.from), x.decision || '', t(x.planned ? 'yes' : 'no')]))
      : h('p', null, t('holders.none')),
    actions);
}

export async function planPage(ctx, args, query, token) {
  const code = args[0] || '';
  const term = query.get('term');
  const redraw = (message) => {
    ctx.flash(message);
    ctx.go(planHash(code, term));
  };
  if (!term) {
    // The post without a term: who holds it, and the chooser of a term.
    const [posts, holders] = await Promise.all([
      api('GET', '/api/v1/posts?size=500'),
      holdersSection(ctx, code, redraw)]);
    const post = posts.items.find((x) => x.code === code);
    if (!ctx.current(token)) return;
    ctx.title(code);
    replace(ctx.main, h('h1', {tabindex: '-1'}, post ? post.title : code),
      termChooser(ctx, code, ''), holders);
    return;
  }
  const [v, holders] = await Promise.all([
    api('GET', `/api/v1/posts/${enc(code)}/plan?term=${enc(term)}`),
    holdersSection(ctx, code, redraw)]);
  const done = (key) => redrawing(redraw, () => t(key));
  const editor = ctx.can('editor');
  const params = {code: v.post.code};
  const fixed = {term: v.term};
  const [add, remove] = await Promise.all([
    editor ? apiAction({method: 'POST', path: '/api/v1/posts/{code}/plan',
      params, fixed, title: t('plan.add'), submit: t('plan.add.submit'),
      done: done('plan.add.done')}) : null,
    editor && v.candidates.length ? apiAction({method: 'POST',
      path: '/api/v1/posts/{code}/plan/remove', params, fixed,
      title: t('plan.remove'), submit: t('plan.remove.submit'),
      done: done('plan.remove.done')}) : null]);
  if (!ctx.current(token)) return;
  const s = v.structure;
  const title = t('plan.title', {post: v.post.title, term: v.term});
  ctx.title(title);
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, title),
    h('dl', {class: 'facts'},
      h('dt', null, t('col.code')), h('dd', null, v.post.code),
      h('dt', null, t('col.org')), h('dd', null,
        h('a', {href: `#/org/${enc(v.post.org)}`, class: 'code'}, v.post.org)),
      h('dt', null, t('col.level')), h('dd', null,
        label('level', v.post.level)),
      h('dt', null, t('col.seats')), h('dd', null, num(v.post.seats))),
    termChooser(ctx, v.post.code, v.term),
    h('section', {'aria-labelledby': 'plan-candidates-h'},
      h('h2', {id: 'plan-candidates-h'}, t('plan.candidates')),
      v.candidates.length ? table('plan-candidates',
        ['id', 'name', 'born', 'age', 'gender', 'ethnicity', 'theory',
          'education', 'position', 'in_since', 'added'],
        v.candidates.map((c) => [
          h('a', {href: `#/member/${c.id}`}, String(c.id)), c.name,
          date(c.born), num(c.age), label('gender', c.gender),
          c.ethnicity || '', c.theory ? label('theory', c.theory) : '',
          c.education || '', c.position || '', date(c.in_since),
          date(c.added)]))
        : h('p', null, t('plan.none')),
      add, remove),
    h('section', {'aria-labelledby': 'plan-structure-h'},
      h('h2', {id: 'plan-structure-h'}, t('plan.structure')),
      h('ul', {class: 'plan-structure'},
        h('li', null, t('plan.bands'), ' ', Object.entries(s.age_bands)
          .map(([band, x]) => `${label('plan.band', band)}: ${share(x)}`)
          .join(', ')),
        floorLine(t('plan.young', {age: num(s.young.under)}), s.young),
        floorLine(t('plan.women'), s.women),
        h('li', null, `${t('plan.minorities')}: ${share(s.minorities)}`),
        h('li', null, t('plan.theory'), ' ', Object.entries(s.theory)
          .map(([k, x]) => `${label('theory', k)}: ${share(x)}`)
          .join(', ')))),
    holders,
    h('p', null, h('a', {href: reviewHash(v.term, v.post.org)},
      t('review.link'))),
    h('p', null, h('a', {href: '#/posts'}, t('posts.all'))));
}

// A finding of the review in words: the rule and its facts.
function findingText(f) {
  const x = f.facts;
  switch (f.rule) {
    case 'age_limit': return t('review.age_limit', {max: num(x.max_age),
      born: date(x.born), day: date(x.reaches_limit)});
    case 'too_young': return t('review.too_young', {min: num(x.min_age),
      age: num(x.age_at_start)});
    case 'theory': return t('review.theory', {required:
      label('theory', x.required), theory: label('theory',
      x.theory || 'unknown')});
    case 'discipline': return t('review.discipline', {form:
      label('discipline', x.form), day: date(x.date),
      years: num(x.years)});
    case 'education': return t('review.education', {required: x.required,
      education: x.education || t('review.not_recorded')});
    default: return f.rule;
  }
}

// The chooser of the review's term and branch.
function reviewChooser(ctx, term, under) {
  const termIn = h('input', {id: 'review-term', name: 'term',
    value: term || '', placeholder: '2025-2030', autocomplete: 'off'});
  const underIn = h('input', {id: 'review-under', name: 'under',
    value: under || '', autocomplete: 'off'});
  return h('form', {class: 'term-chooser', onsubmit: (ev) => {
    ev.preventDefault();
    ctx.go(reviewHash(termIn.value.trim(), underIn.value.trim()));
  }}, h('label', {for: 'review-term'}, t('plan.term')), ' ', termIn, ' ',
  h('label', {for: 'review-under'}, t('field.optional',
    {label: t('field.under')})), ' ', underIn, ' ',
  h('button', {type: 'submit'}, t('plan.term.show')));
}

// #/plan-review?term=T[&under=CODE]: every candidate of the term's
// planning who fails a condition, with the rule and the facts; the review
// adds and removes nothing.
export async function reviewPage(ctx, args, query, token) {
  const term = query.get('term') || '';
  const under = query.get('under') || '';
  const r = term ? await api('GET', `/api/v1/plan-review?term=${
    enc(term)}${under ? `&under=${enc(under)}` : ''}`) : null;
  if (!ctx.current(token)) return;
  const title = term ? t('review.title', {term}) : t('review.title.none');
  ctx.title(title);
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, title),
    reviewChooser(ctx, term, under),
    !r ? null : r.findings.length ? table('plan-review',
      ['post', 'id', 'name', 'rule', 'facts'],
      r.findings.map((f) => [
        h('a', {href: planHash(f.post, r.term), class: 'code'}, f.post),
        h('a', {href: `#/member/${f.member}`}, String(f.member)), f.name,
        label('review.rule', f.rule), findingText(f)]))
      : h('p', null, t('review.none')),
    r ? h('p', null, t('review.changes')) : null,
    h('p', null, h('a', {href: '#/posts'}, t('posts.all'))));
}
