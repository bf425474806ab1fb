// The web UI in a real browser (run by run.sh, which starts the server):
// Debian's chromium driven by playwright-core. Each step checks what a
// person would see; a screenshot of each is kept in CADRE_SHOTS. Any
// error in the page (a script error, a refused Content-Security-Policy,
// a failed load) fails the test. Prints 'N passed, N failed'.
import {base, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
try {
  const {context, page} = await newPage(browser, errors);

  await step('01-login-refused', page, async () => {
    await page.goto(`${base}/`);
    await page.getByLabel('User name').fill('demo');
    await page.getByLabel('Password').fill('wrong');
    await page.getByRole('button', {name: 'Log in'}).click();
    await page.locator('.form-error').filter({hasText: 'Not saved'})
      .waitFor();
  });

  await step('02-login-tree', page, async () => {
    await login(page, 'demo', 'demo-ngoc-lam');
    const h1 = await page.locator('h1').textContent();
    if (h1 !== 'Your branch') throw new Error(`heading ${h1}`);
    // The scope's organisation, with its member count, and a child with
    // its count once its page came, with Vietnamese diacritics intact.
    await page.getByRole('link', {name: 'Tỉnh ủy Ngọc Lâm'}).waitFor();
    const expand = page.getByRole('button',
      {name: 'Show what is below Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ngọc Lâm'});
    await expand.click();
    await page.getByRole('link', {name: 'Đảng bộ Sở Tài chính'}).waitFor();
    await page.locator('li', {hasText: 'Đảng bộ Sở Tài chính'})
      .locator('.count').filter({hasText: /^\d[\d,]* members$/}).first()
      .waitFor();
  });

  await step('03-org-page', page, async () => {
    await page.getByRole('link', {name: 'Đảng bộ Sở Tài chính'}).click();
    await page.locator('h1', {hasText: 'Đảng bộ Sở Tài chính'}).waitFor();
    await page.getByRole('link', {name: 'Chi bộ Văn phòng'}).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    const csv = await page.getByRole('link',
      {name: 'Download the members (CSV)'}).getAttribute('href');
    if (csv !== '/api/v1/orgs/CQDN-01/members.csv')
      throw new Error(`CSV link ${csv}`);
    const res = await page.request.get(`${base}${csv}`);
    const text = await res.text();
    if (res.status() !== 200 || !text.startsWith('id,'))
      throw new Error(`CSV ${res.status()} ${text.slice(0, 40)}`);
    await page.getByRole('button', {name: 'Next page'}).waitFor();
  });

  let found = '';
  await step('04-search', page, async () => {
    await page.getByRole('link', {name: 'Find a member'}).click();
    const box = page.getByLabel('Name (diacritics and case do not matter)');
    await box.waitFor();
    // Typed without diacritics, as a clerk does: found with them.
    // Two letters of a common name: counted only as far as the pager
    // goes (ten pages of 50), and said so.
    await box.pressSequentially('th', {delay: 20});
    await page.getByRole('status')
      .filter({hasText: 'More than 500 members found: type more of the name'})
      .waitFor();
    await box.fill('');
    await box.pressSequentially('nguyen van cuo', {delay: 20});
    await page.getByRole('status').filter({hasText: /^\d+ members found$/})
      .waitFor();
    const first = page.locator('.results table tbody tr a').first();
    await first.waitFor();
    found = await first.textContent();
    if (found !== 'Nguyễn Văn Cường') throw new Error(`found ${found}`);
  });

  await step('05-profile', page, async () => {
    await page.locator('.results table tbody tr a').first().click();
    await page.locator('h1', {hasText: found}).waitFor();
    await page.getByRole('heading', {name: 'Timeline'}).waitFor();
    await page.locator('ol.timeline li').first().waitFor();
    await page.getByRole('heading', {name: 'Transfer'}).waitFor();
  });

  await step('06-admit-refused', page, async () => {
    await page.getByRole('link', {name: 'Admit'}).click();
    await page.getByLabel('Full name').fill('Lê Thị Nhỏ');
    await page.getByLabel('Date of birth').fill('2015-01-01');
    await page.getByLabel('Gender').selectOption('female');
    await page.getByLabel('Cell').fill('CQDN-01-1');
    await page.getByLabel('Date', {exact: true}).fill('2026-03-01');
    await page.getByRole('button', {name: 'Admit'}).click();
    // Beside the field of birth, tied to it for screen readers.
    const born = page.getByLabel('Date of birth');
    const msg = page.locator(`#${await born.getAttribute('aria-describedby')}`);
    await msg.filter({hasText: '18 full years old'}).waitFor();
    if (await born.getAttribute('aria-invalid') !== 'true')
      throw new Error('the field of birth is not marked invalid');
    const name = page.getByLabel('Full name');
    if (await name.getAttribute('aria-invalid'))
      throw new Error('the name is marked invalid');
  });

  await step('07-admit-valid', page, async () => {
    await page.getByLabel('Date of birth').fill('1998-04-02');
    await page.getByRole('button', {name: 'Admit'}).click();
    await page.locator('h1', {hasText: 'Lê Thị Nhỏ'}).waitFor();
    await page.locator('.flash', {hasText: 'Lê Thị Nhỏ is admitted.'})
      .waitFor();
    await page.getByRole('heading', {name: 'Recognise as official'})
      .waitFor();
  });

  await step('08-recognise-refused', page, async () => {
    // Too early: a rule of the register, of no one field, so it shows at
    // the top of the form; the profile is unchanged.
    const form = page.getByRole('form', {name: 'Recognise as official'});
    await form.getByLabel('Date').fill('2026-04-01');
    await form.getByRole('button', {name: 'Recognise'}).click();
    await form.locator('.form-error[role=alert]')
      .filter({hasText: 'Not saved: cannot recognise'}).waitFor();
    await page.locator('dd', {hasText: 'probationary'}).waitFor();
  });

  await step('09-report', page, async () => {
    await page.goto(`${base}/#/report/NL-CQDN?from=2025-01-01&to=2025-12-31`);
    await page.locator('h1', {hasText:
      'Report of Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ngọc Lâm'})
      .waitFor();
    const charts = page.locator('figure.chart canvas');
    await charts.first().waitFor();
    if (await charts.count() !== 3)
      throw new Error(`${await charts.count()} charts`);
    // Drawn by the chart library: it sizes the canvas it draws on.
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart canvas')].every((c) =>
        globalThis.Chart && globalThis.Chart.getChart(c) && c.width > 0));
    if (!drawn) throw new Error('a chart is not drawn');
    const href = await page.getByRole('link',
      {name: 'Download the report (JSON)'}).getAttribute('href');
    const res = await page.request.get(`${base}${href}`);
    const json = await res.json();
    if (json.scope.org !== 'NL-CQDN') throw new Error('report JSON');
  });

  await step('10-phone-width', page, async () => {
    await page.setViewportSize({width: 375, height: 800});
    await page.goto(`${base}/#/org/CQDN-01`);
    await page.locator('h1', {hasText: 'Đảng bộ Sở Tài chính'}).waitFor();
    const wide = await page.evaluate(() =>
      document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) throw new Error('the page is wider than the phone');
  });

  await step('11-keyboard', page, async () => {
    await page.setViewportSize({width: 1280, height: 900});
    await page.goto(`${base}/#/search`);
    await page.getByLabel('Name (diacritics and case do not matter)')
      .waitFor();
    // The search box has the focus: type, then Tab to the first result
    // and open it with Enter.
    await page.keyboard.type('nguyen van cuong');
    const first = page.locator('.results table tbody tr a').first();
    await first.waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.textContent);
    if (focused !== found) throw new Error(`focus on ${focused}`);
    await page.keyboard.press('Enter');
    await page.locator('h1', {hasText: found}).waitFor();
  });
  await context.close();

  // A viewer of CQDN-01 sees their branch, and not its sibling CQDN-02.
  const viewer = await newPage(browser, errors);
  await step('12-viewer-own-branch', viewer.page, async () => {
    await login(viewer.page, 'xem.01', 'viewer-pass-01');
    await viewer.page.getByRole('link', {name: 'Đảng bộ Sở Tài chính'})
      .waitFor();
    if (await viewer.page.getByRole('link', {name: 'Admit'}).count())
      throw new Error('a viewer is offered to admit');
    // Groupings span the register: not offered to a user of a branch.
    if (await viewer.page.getByRole('link', {name: 'Groupings'}).count())
      throw new Error('a branch viewer is offered the groupings');
  });
  await step('13-viewer-sibling-404', viewer.page, async () => {
    await viewer.page.goto(`${base}/#/org/CQDN-02`);
    await viewer.page.locator('h1', {hasText: 'Not found'}).waitFor();
    if (await viewer.page.getByText('Đảng bộ Sở Giáo dục').count())
      throw new Error('the sibling branch shows');
  });
  await viewer.context.close();
} finally {
  await browser.close();
}

finish(errors);
