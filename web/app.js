// app.js — the web UI of cadre: a single page whose routes are in the
// address's hash (#/org/CODE), drawn from the JSON API. It starts by
// loading the message catalog, then asks who is signed in.
import {h, replace} from './dom.js';
import {load, t, label, languages, language, chosen, remember}
  from './i18n.js';
import {api, setCsrf, ApiError} from './api.js';
import {loginPage, treePage, orgPage, searchPage, notFoundPage}
  from './pages.js';
import {memberPage, admitPage} from './member.js';
import {reportPage} from './report.js';
import {meetingPage} from './meeting.js';
import {usersPage, auditPage} from './admin.js';
import {docsPage, docPage, groupsPage, groupPage, rubricsPage}
  from './docs.js';
import {importsPage} from './imports.js';
import {postsPage, planPage, reviewPage} from './planning.js';
import {congressesPage, congressPage} from './congress.js';

const ROLES = ['viewer', 'editor', 'admin'];

const routes = {
  '': treePage,
  tree: treePage,
  org: orgPage,
  search: searchPage,
  member: memberPage,
  admit: admitPage,
  report: reportPage,
  meeting: meetingPage,
  docs: docsPage,
  doc: docPage,
  groups: groupsPage,
  group: groupPage,
  rubrics: rubricsPage,
  users: usersPage,
  audit: auditPage,
  imports: importsPage,
  posts: postsPage,
  plan: planPage,
  'plan-review': reviewPage,
  congresses: congressesPage,
  congress: congressPage,
};

// What every page is given: the session, where to draw, and helpers.
const ctx = {
  session: null,
  main: null,
  // Whether the user's scope is the whole register: what groupings,
  // imports, rubrics and new documents need (the server says so).
  whole() {
    return !!this.session && this.session.whole === true;
  },
  // Whether the user's role is at least `role`.
  can(role) {
    return !!this.session &&
      ROLES.indexOf(this.session.role) >= ROLES.indexOf(role);
  },
  title(text) {
    document.title = t('app.title', {page: text});
  },
  go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  },
  // Whether a route is still the one shown (a slow answer for a page the
  // user has left must not be drawn).
  current(token) {
    return token === routeToken;
  },
  // A message for the next page drawn (what a form did before it moved on).
  flash(text) {
    flashed = text;
  },
};

let flashed = '';

let routeToken = 0;

// #/name/arg?query -> {name, args, query}
function parse() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, q] = raw.split('?');
  const parts = path.split('/').filter((s) => s !== '')
    .map((s) => decodeURIComponent(s));
  return {name: parts[0] || '', args: parts.slice(1),
    query: new URLSearchParams(q || '')};
}

// The chooser of the language: the languages there are, each in its own
// name, and "as the browser asks". Signed in, the choice is the user's own
// setting, kept by the server (POST /api/v1/session/lang); it is also kept
// in this browser, for the login page.
function chooser() {
  const s = ctx.session;
  const current = s ? (s.lang || '') : chosen();
  const select = h('select', {id: 'lang', class: 'lang',
    'aria-label': t('nav.lang')},
  h('option', {value: ''}, t('nav.lang.browser')),
  ...languages().map((l) => h('option', {value: l.tag, lang: l.tag}, l.name)));
  select.value = current;
  select.addEventListener('change', async () => {
    const tag = select.value;
    try {
      if (ctx.session) {
        ctx.session = await api('POST', '/api/v1/session/lang', {lang: tag});
        setCsrf(ctx.session.csrf);
      }
    } catch (e) {
      select.value = current;
      replace(ctx.main, h('p', {class: 'form-error', role: 'alert'},
        e instanceof ApiError && e.message ? e.message : t('app.failed')));
      return;
    }
    remember(tag);
    await load(ctx.session ? ctx.session.lang : null);
    document.getElementById('skip').textContent = t('app.skip');
    nav();
    route();
  });
  return select;
}

function nav() {
  const header = document.getElementById('top');
  const s = ctx.session;
  if (!s) {
    replace(header, h('p', {class: 'brand'}, t('app.name')),
      h('p', {class: 'who'}, chooser()));
    return;
  }
  const link = (hash, text) => h('li', null, h('a', {href: hash}, text));
  const logout = h('button', {type: 'button', class: 'link',
    onclick: async () => {
      try {
        await api('POST', '/api/v1/logout');
      } catch (e) {
        // Signed out all the same.
      }
      ctx.session = null;
      setCsrf('');
      nav();
      ctx.go('#/');
    }}, t('nav.logout'));
  replace(header,
    h('p', {class: 'brand'}, h('a', {href: '#/'}, t('app.name'))),
    h('nav', {'aria-label': t('nav.label')}, h('ul', null,
      link('#/tree', t('nav.tree')),
      link('#/search', t('nav.search')),
      ctx.can('editor') ? link('#/admit', t('nav.admit')) : null,
      link(`#/report/${encodeURIComponent(s.scope)}`, t('nav.report')),
      link('#/docs', t('nav.docs')),
      link('#/posts', t('nav.posts')),
      ctx.whole() ? link('#/groups', t('nav.groups')) : null,
      link('#/congresses', t('nav.congresses')),
      ctx.can('admin') ? link('#/users', t('nav.users')) : null,
      ctx.can('admin') ? link('#/audit', t('nav.audit')) : null,
      ctx.can('admin') && ctx.whole()
        ? link('#/imports', t('nav.imports')) : null)),
    h('p', {class: 'who'},
      t('nav.user', {user: s.user, role: label('role', s.role)}), ' ',
      logout, ' ', chooser()));
}

async function route() {
  const token = ++routeToken;
  const main = ctx.main;
  const {name, args, query} = parse();
  if (!ctx.session) {
    replace(main);
    loginPage(ctx, async (session) => {
      ctx.session = session;
      setCsrf(session.csrf);
      // The user's own language, if they set one, from now on.
      if (session.lang && session.lang !== language()) {
        await load(session.lang);
        document.getElementById('skip').textContent = t('app.skip');
      }
      nav();
      route();
    });
    main.focus();
    return;
  }
  const page = routes[name];
  replace(main, h('p', {class: 'loading', role: 'status'}, t('app.loading')));
  let focused = false;
  try {
    if (!page) throw new ApiError(404, {message: ''});
    focused = (await page(ctx, args, query, token)) === 'focused';
  } catch (e) {
    if (!ctx.current(token)) return;
    if (e instanceof ApiError && e.status === 401) {
      ctx.session = null;
      nav();
      route();
      return;
    }
    if (e instanceof ApiError && e.status === 404) {
      notFoundPage(ctx, e.message);
    } else {
      replace(main, h('p', {class: 'form-error', role: 'alert'},
        e instanceof ApiError && e.message ? e.message : t('app.failed')));
    }
  }
  if (ctx.current(token) && flashed) {
    main.prepend(h('p', {class: 'flash', role: 'status'}, flashed));
    flashed = '';
  }
  if (ctx.current(token) && !focused) {
    const heading = main.querySelector('h1');
    (heading || main).focus();
  }
}

async function start() {
  ctx.main = document.getElementById('main');
  try {
    ctx.session = await api('GET', '/api/v1/session');
    setCsrf(ctx.session.csrf);
  } catch (e) {
    ctx.session = null;
  }
  await load(ctx.session ? ctx.session.lang : null);
  const skip = document.getElementById('skip');
  replace(skip, t('app.skip'));
  // The routes use the hash: the skip link moves the focus instead.
  skip.addEventListener('click', (ev) => {
    ev.preventDefault();
    ctx.main.focus();
  });
  nav();
  window.addEventListener('hashchange', route);
  await route();
}

start();
