// The administrators' page of imports in a real browser (run by run.sh
// on the demo database): the demo's administrator sends a file of members
// with a bad row and sees the refusal with its line, nothing recorded;
// then a file of one organisation, imported, which then exists; a viewer
// is not offered the page and meets "Not found" when opening it.
import {base, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
const csv = (name, text) =>
  ({name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8')});
try {
  const {context, page} = await newPage(browser, errors);
  await login(page, 'demo', 'demo-ngoc-lam');

  await step('imports-01-bad-row-refused', page, async () => {
    await page.getByRole('link', {name: 'Import', exact: true}).click();
    await page.locator('h1', {hasText: 'Import records from a CSV file'})
      .waitFor();
    await page.getByLabel('What the file holds', {exact: true}).selectOption('members');
    await page.getByLabel('CSV file', {exact: true}).setInputFiles(csv('members.csv',
      'name,born,gender,cell,admitted\n' +
      'Đỗ Văn Nhập,1981-01-01,male,CQDN-02-1,2012-01-01\n' +
      'Vũ Thị Nhập,1985-02-30,female,CQDN-02-1,2012-01-01\n'));
    await page.getByRole('button', {name: 'Import the file'}).click();
    await page.locator('.form-error')
      .filter({hasText: 'upload:3: born: 1985-02-30: no such day'}).waitFor();
    const res = await page.request.get(
      `${base}/api/v1/members?q=${encodeURIComponent('Đỗ Văn Nhập')}`);
    if ((await res.json()).total !== 0)
      throw new Error('a refused file recorded a member');
  });

  await step('imports-02-orgs-imported', page, async () => {
    await page.getByLabel('What the file holds', {exact: true}).selectOption('orgs');
    await page.getByLabel('CSV file', {exact: true}).setInputFiles(csv('orgs.csv',
      'code,name,kind,parent,founded\n' +
      'NHAP-01,"Chi bộ Nhập, thử",cell,CQDN-02,2020-01-01\n'));
    await page.getByRole('button', {name: 'Import the file'}).click();
    await page.locator('.form-status')
      .filter({hasText: 'Imported 1: Organisations.'}).waitFor();
    if (await page.locator('.form-error').isVisible())
      throw new Error('the earlier refusal still shows');
    const res = await page.request.get(`${base}/api/v1/orgs/NHAP-01`);
    if (res.status() !== 200)
      throw new Error(`GET /api/v1/orgs/NHAP-01: ${res.status()}`);
  });

  await step('imports-03-no-file', page, async () => {
    await page.getByLabel('CSV file', {exact: true}).setInputFiles([]);
    await page.getByRole('button', {name: 'Import the file'}).click();
    await page.locator('.field-file .field-error')
      .filter({hasText: 'Choose a CSV file to import.'}).waitFor();
  });
  await context.close();

  const viewer = await newPage(browser, errors);
  await login(viewer.page, 'xem.01', 'viewer-pass-01');
  await step('imports-04-viewer-not-offered', viewer.page, async () => {
    await viewer.page.getByRole('link', {name: 'Tree'}).waitFor();
    if (await viewer.page.getByRole('link', {name: 'Import', exact: true}).count())
      throw new Error('a viewer is offered the imports');
    await viewer.page.goto(`${base}/#/imports`);
    await viewer.page.locator('h1', {hasText: 'Not found'}).waitFor();
  });
  await viewer.context.close();
} finally {
  await browser.close();
}

finish(errors);
