// The user's own language in a real browser (run by run.sh on the demo
// database): a user whose setting is Vietnamese sees the page in
// Vietnamese in a browser that asks for English; they choose English in
// the header's chooser, the page turns English at once, and the choice
// holds after a reload and in another browser, because the server keeps
// it. The texts expected are the server's catalogs (/ui/i18n/TAG.json,
// which e2e/t_user_lang compares with po/TAG.po), never written here.
import {base, check, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
const user = 'viet.01';
const password = 'viet-pass-001';

// The catalog of a language as the server answers it.
async function catalog(tag) {
  const res = await fetch(`${base}/ui/i18n/${tag}.json`);
  if (!res.ok) throw new Error(`${tag}.json: ${res.status}`);
  return res.json();
}

// Logs in on the login page, whose texts are those of `before` (the
// language of the browser, before the user is known), and waits for the
// navigation in the language of `after`.
async function signIn(page, before, after) {
  await page.goto(`${base}/`);
  await page.getByLabel(before['login.user']).fill(user);
  await page.getByLabel(before['login.password']).fill(password);
  await page.getByRole('button', {name: before['login.submit']}).click();
  await navIn(page, after);
}

async function navIn(page, cat) {
  await page.getByRole('navigation')
    .getByRole('link', {name: cat['nav.tree'], exact: true}).waitFor();
  await page.getByRole('link', {name: cat['nav.search'], exact: true})
    .waitFor();
}

try {
  const en = await catalog('en');
  const vi = await catalog('vi');
  check('the catalogs differ where the test looks',
    vi['nav.tree'] !== en['nav.tree'] && vi['nav.search'] !== en['nav.search'],
    `${vi['nav.tree']} / ${en['nav.tree']}`);

  // The demo's administrator makes the account on the users' page, with
  // Vietnamese as its language.
  const {context: adminContext, page: admin} = await newPage(browser, errors);
  await login(admin, 'demo', 'demo-ngoc-lam');
  await step('lang-00-an-account-in-vietnamese', admin, async () => {
    await admin.getByRole('link', {name: en['nav.users']}).click();
    await admin.getByLabel(en['admin.user']).first().fill(user);
    await admin.getByLabel(en['admin.scope']).fill('CQDN-01');
    await admin.getByLabel(en['admin.password']).fill(password);
    await admin.getByLabel(en['field.optional'].replace('{label}',
      en['admin.lang']), {exact: true}).selectOption('vi');
    await admin.getByRole('button', {name: en['admin.add.submit']}).click();
    await admin.getByRole('row').filter({hasText: user})
      .getByRole('cell', {name: vi['lang.name'], exact: true}).waitFor();
  });
  await adminContext.close();

  const {context, page} = await newPage(browser, errors);
  await step('lang-01-the-users-language', page, async () => {
    await signIn(page, en, vi);
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'vi') throw new Error(`html lang ${lang}`);
    if (await page.getByRole('link', {name: en['nav.tree'], exact: true})
      .count())
      throw new Error('English in the navigation');
    const chooser = page.getByLabel(vi['nav.lang']);
    if (await chooser.inputValue() !== 'vi')
      throw new Error(`chooser: ${await chooser.inputValue()}`);
  });

  await step('lang-02-chooses-english', page, async () => {
    await page.getByLabel(vi['nav.lang']).selectOption('en');
    await navIn(page, en);
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== 'en') throw new Error(`html lang ${lang}`);
    const own = await page.evaluate(async () =>
      (await (await fetch('/api/v1/session')).json()).lang);
    if (own !== 'en') throw new Error(`the setting kept: ${own}`);
  });

  await step('lang-03-holds-after-a-reload', page, async () => {
    await page.reload();
    await navIn(page, en);
    if (await page.getByLabel(en['nav.lang']).inputValue() !== 'en')
      throw new Error('the chooser forgot');
  });
  await context.close();

  // Another browser, where Vietnamese was chosen before the login: the
  // login page is Vietnamese, then the user's own setting decides.
  const {context: other, page: page2} = await newPage(browser, errors);
  await step('lang-04-holds-in-another-browser', page2, async () => {
    await page2.addInitScript(() => localStorage.setItem('cadre.lang', 'vi'));
    await signIn(page2, vi, en);
  });
  await other.close();
} finally {
  await browser.close();
}
finish(errors);
