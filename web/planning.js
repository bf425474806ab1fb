// planning.js — cadre planning (issue 9): the posts of the user's branch,
// and the planning of a post for a term: its candidates with their
// standing, its structure against the floors (a floor not met is
// flagged), and, for an editor, the forms that add a candidate and remove
// one with the reason. Drawn from GET /api/v1/posts and
// /api/v1/posts/{code}/plan, the JSON of `post list` and `plan list`.
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

export async function postsPage(ctx, args, query, token) {
  const p = await api('GET', '/api/v1/posts?size=500');
  if (!ctx.current(token)) return;
  ctx.title(t('posts.title'));
  replace(ctx.main,
    h('h1', {tabindex: '-1'}, t('posts.title')),
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

export async function planPage(ctx, args, query, token) {
  const code = args[0] || '';
  const term = query.get('term');
  if (!term) {
    const posts = await api('GET', '/api/v1/posts?size=500');
    const post = posts.items.find((x) => x.code === code);
    if (!ctx.current(token)) return;
    ctx.title(code);
    replace(ctx.main, h('h1', {tabindex: '-1'}, post ? post.title : code),
      termChooser(ctx, code, ''));
    return;
  }
  const v = await api('GET',
    `/api/v1/posts/${enc(code)}/plan?term=${enc(term)}`);
  const redraw = (message) => {
    ctx.flash(message);
    ctx.go(planHash(v.post.code, v.term));
  };
  const done = (key) => () => {
    redraw(t(key));
    return '';
  };
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
    h('p', null, h('a', {href: '#/posts'}, t('posts.all'))));
}
