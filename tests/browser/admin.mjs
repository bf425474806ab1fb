// The administrators' pages in a real browser (run by run.sh on the demo
// database): the demo's administrator adds an editor (a refusal first,
// shown beside its field), then finds that change in the audit trail with
// who, from where, what, and the values before and after; a viewer is not
// offered the pages and meets "Not found" when opening one.
import {base, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
try {
  const {context, page} = await newPage(browser, errors);
  await login(page, 'demo', 'demo-ngoc-lam');

  await step('admin-01-add-editor', page, async () => {
    await page.getByRole('link', {name: 'Users'}).click();
    await page.locator('h1', {hasText: 'Users of your branch'}).waitFor();
    await page.getByRole('cell', {name: 'xem.01', exact: true}).waitFor();
    await page.getByLabel('Login name').fill('bientap.01');
    await page.getByLabel('Role').selectOption('editor');
    await page.getByLabel('Scope').fill('CQDN-01');
    const password = page.getByLabel('Password (at least 10 characters)');
    // Too short: refused beside the password, and nothing is created.
    await password.fill('short');
    await page.getByRole('button', {name: 'Add the user'}).click();
    await page.locator('.field-password .field-error')
      .filter({hasText: 'a password has at least 10 characters'}).waitFor();
    if (await page.getByRole('cell', {name: 'bientap.01', exact: true}).count())
      throw new Error('a refused user was added');
    await password.fill('editor-pass-01');
    await page.getByRole('button', {name: 'Add the user'}).click();
    await page.getByText('bientap.01 added: editor of CQDN-01.').waitFor();
    await page.getByRole('cell', {name: 'bientap.01', exact: true}).waitFor();
  });

  await step('admin-02-audit-shows-the-change', page, async () => {
    await page.getByRole('link', {name: 'Audit trail'}).click();
    await page.locator('h1', {hasText: 'Audit trail'}).waitFor();
    await page.getByLabel('By the user').fill('demo');
    await page.getByRole('button', {name: 'Show'}).click();
    // Newest first: the account just added, by whom, from where, and the
    // row written with nothing before it and the account after.
    const entry = page.locator('.audit-entry').first();
    await entry.filter({hasText: 'user add: bientap.01: editor of CQDN-01'})
      .waitFor();
    const who = await entry.locator('.detail').first().textContent();
    if (!/by demo from 127\.0\.0\.1$/.test(who))
      throw new Error(`who: ${who}`);
    const cells = await entry.locator('tbody tr').first().locator('td')
      .allTextContents();
    if (cells[0] !== 'user' || cells[1] !== 'insert' || cells[3] !== '—' ||
        !cells[4].includes('"name":"bientap.01"') ||
        !cells[4].includes('"role":"editor"'))
      throw new Error(`change: ${cells.join(' | ')}`);
    if (cells[4].includes('editor-pass-01'))
      throw new Error('the password shows');
  });

  await step('admin-03-passwd-and-disable', page, async () => {
    await page.getByRole('link', {name: 'Users'}).click();
    await page.getByRole('button',
      {name: 'Set the password of bientap.01'}).click();
    const password = page.getByLabel('Password (at least 10 characters)')
      .first();
    await password.fill('abc');
    await page.getByRole('button', {name: 'Set the password', exact: true}).click();
    await page.locator('.field-error')
      .filter({hasText: 'a password has at least 10 characters'}).waitFor();
    await password.fill('another-pass-02');
    await page.getByRole('button', {name: 'Set the password', exact: true}).click();
    await page.getByText('The password of bientap.01 is set.').waitFor();
    await page.getByRole('button', {name: 'Disable bientap.01'}).click();
    await page.getByText('bientap.01 can no longer log in.').waitFor();
    // Disabled: the day shows, and it is no longer offered.
    await page.getByRole('row', {name: /^bientap\.01 editor/})
      .getByRole('cell', {name: /^\d{4}-\d\d-\d\d/}).nth(1).waitFor();
    if (await page.getByRole('button', {name: 'Disable bientap.01'}).count())
      throw new Error('a disabled user is offered to disable');
    await page.getByRole('link', {name: 'Audit trail'}).click();
    await page.getByRole('button', {name: 'Show'}).waitFor();
  });

  await step('admin-04-audit-refusal-beside-field', page, async () => {
    await page.getByLabel('From').fill('2026-06-30');
    await page.getByLabel('To').fill('2026-01-01');
    await page.getByRole('button', {name: 'Show'}).click();
    await page.locator('.field-date .field-error')
      .filter({hasText: 'before the first day'}).waitFor();
  });
  await context.close();

  const viewer = await newPage(browser, errors);
  await login(viewer.page, 'xem.01', 'viewer-pass-01');
  await step('admin-05-viewer-not-offered', viewer.page, async () => {
    await viewer.page.getByRole('link', {name: 'Tree'}).waitFor();
    for (const name of ['Audit trail', 'Users'])
      if (await viewer.page.getByRole('link', {name}).count())
        throw new Error(`a viewer is offered ${name}`);
  });
  await step('admin-06-viewer-audit-not-found', viewer.page, async () => {
    await viewer.page.goto(`${base}/#/audit`);
    await viewer.page.locator('h1', {hasText: 'Not found'}).waitFor();
    const res = await viewer.page.request.get(`${base}/api/v1/audit`);
    if (res.status() !== 403)
      throw new Error(`GET /api/v1/audit: ${res.status()}`);
  });
  await viewer.context.close();
} finally {
  await browser.close();
}

finish(errors);
