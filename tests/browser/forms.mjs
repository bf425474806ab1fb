// The forms drawn from the API's description (web/forms.js) in a real
// browser: a member disciplined (a refusal first, beside its field), an
// event voided and one corrected, an organisation renamed, a grouping's
// report with its CSV, and last year's report of a branch. run.sh starts
// the server on the demo, with the grouping CUM-1 of NL-CQDN.
import {base, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
// A member of the demo's cell CQDN-01-1 (the demo is the same each run).
const MEMBER = 13;
const year = new Date().getFullYear();

// The event of the timeline that is not void and is of `kind`.
const live = (page, kind) => page.locator('ol.timeline > li:not(.voided)',
  {has: page.locator('strong', {hasText: kind})});

try {
  const {context, page} = await newPage(browser, errors);
  await login(page, 'demo', 'demo-ngoc-lam');

  await step('forms-01-discipline-refused', page, async () => {
    await page.goto(`${base}/#/member/${MEMBER}`);
    await page.getByRole('heading', {name: 'Timeline'}).waitFor();
    await page.locator('summary', {hasText: 'Discipline'}).click();
    const form = page.getByRole('form', {name: 'Discipline', exact: true});
    await form.getByLabel('Form').selectOption('reprimand');
    await form.getByLabel('Date', {exact: true}).fill('2026-03-01');
    await form.getByLabel('Votes (for/cast').fill('9/5');
    await form.getByRole('button', {name: 'Discipline'}).click();
    // Beside the votes, tied to them, and nothing else marked.
    const votes = form.getByLabel('Votes (for/cast');
    const msg = page.locator(
      `#${await votes.getAttribute('aria-describedby')}`);
    await msg.filter({hasText: '9/5'}).waitFor();
    if (await votes.getAttribute('aria-invalid') !== 'true')
      throw new Error('the votes are not marked invalid');
    if (await form.getByLabel('Date', {exact: true})
      .getAttribute('aria-invalid'))
      throw new Error('the date is marked invalid');
    if (await form.locator('.form-error').isVisible())
      throw new Error('the refusal of one field shows at the top');
  });

  await step('forms-02-discipline-valid', page, async () => {
    const form = page.getByRole('form', {name: 'Discipline', exact: true});
    await form.getByLabel('Votes (for/cast').fill('7/9');
    await form.getByLabel('Reason').fill('late with the dues');
    await form.getByRole('button', {name: 'Discipline'}).click();
    await page.locator('.flash', {hasText: 'The discipline is recorded.'})
      .waitFor();
    const ev = live(page, 'Disciplined');
    await ev.waitFor();
    await ev.locator('dd', {hasText: 'Reprimand'}).waitFor();
    await ev.locator('dd', {hasText: '7/9'}).waitFor();
  });

  await step('forms-03-void', page, async () => {
    // With the keyboard: the disclosure opens with Enter.
    const ev = live(page, 'Disciplined');
    await ev.locator('summary', {hasText: 'Void'}).focus();
    await page.keyboard.press('Enter');
    const form = ev.getByRole('form', {name: /^Void Disciplined/});
    await form.getByLabel('Why it is void').fill('the wrong member');
    await form.getByRole('button', {name: 'Void'}).click();
    await page.locator('.flash', {hasText: 'The event is void.'}).waitFor();
    const voided = page.locator('ol.timeline > li.voided');
    await voided.locator('del', {hasText: 'Disciplined'}).waitFor();
    await voided.getByText(/Void since .*, by demo: the wrong member/)
      .waitFor();
    if (await live(page, 'Disciplined').count())
      throw new Error('the void discipline is still in force');
    if (await voided.locator('summary').count())
      throw new Error('a void event is offered for correction');
  });

  await step('forms-04-correct', page, async () => {
    const form = page.getByRole('form', {name: 'Discipline', exact: true});
    await page.locator('summary', {hasText: 'Discipline'}).click();
    await form.getByLabel('Form').selectOption('warning');
    await form.getByLabel('Date', {exact: true}).fill('2026-04-02');
    await form.getByLabel('Votes (for/cast').fill('5/9');
    await form.getByRole('button', {name: 'Discipline'}).click();
    await page.locator('.flash', {hasText: 'The discipline is recorded.'})
      .waitFor();
    const ev = live(page, 'Disciplined');
    await ev.locator('summary', {hasText: 'Correct'}).click();
    const correct = ev.getByRole('form', {name: /^Correct Disciplined/});
    // It starts with the event's values.
    const votes = correct.getByLabel('Votes (for/cast');
    if (await votes.inputValue() !== '5/9')
      throw new Error(`votes start as ${await votes.inputValue()}`);
    await votes.fill('6/9');
    await correct.getByLabel('Why it is corrected').fill('miscounted');
    await correct.getByRole('button', {name: 'Correct'}).click();
    await page.locator('.flash', {hasText: 'The event is corrected.'})
      .waitFor();
    await live(page, 'Disciplined').locator('dd', {hasText: '6/9'})
      .waitFor();
    await page.locator('ol.timeline > li.voided', {hasText: 'miscounted'})
      .locator('dd', {hasText: '5/9'}).waitFor();
  });

  await step('forms-05-phone-width', page, async () => {
    await page.setViewportSize({width: 375, height: 800});
    await page.locator('summary', {hasText: 'Change the profile'}).click();
    const wide = await page.evaluate(() =>
      document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) throw new Error('the profile is wider than the phone');
    await page.setViewportSize({width: 1280, height: 900});
  });

  await step('forms-06-rename-org', page, async () => {
    await page.goto(`${base}/#/org/CQDN-03-4`);
    await page.locator('h1', {hasText: 'Chi bộ Thanh tra'}).waitFor();
    await page.locator('summary', {hasText: 'Rename'}).click();
    const form = page.getByRole('form', {name: 'Rename'});
    await form.getByLabel('Name', {exact: true}).fill('Chi bộ Thanh tra Sở');
    await form.getByLabel('Date', {exact: true}).fill('2026-05-01');
    await form.getByRole('button', {name: 'Rename'}).click();
    await page.locator('.flash', {hasText: 'The organisation is renamed.'})
      .waitFor();
    await page.locator('h1', {hasText: 'Chi bộ Thanh tra Sở'}).waitFor();
  });

  await step('forms-07-group-report-csv', page, async () => {
    await page.goto(`${base}/#/report/NL-CQDN`);
    await page.getByLabel('a grouping').check();
    await page.getByLabel('Grouping code').fill('CUM-1');
    await page.getByLabel('From').fill(`${year - 1}-01-01`);
    await page.getByLabel('To', {exact: true}).fill(`${year - 1}-12-31`);
    await page.getByRole('button', {name: 'Show the report'}).click();
    await page.locator('h1',
      {hasText: 'Report of the grouping Cụm thi đua số 1'}).waitFor();
    await page.getByText('Its members: NL-CQDN').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', {name: 'Download the report (CSV)'}).click()]);
    const file = await download.path();
    const csv = (await import('node:fs')).readFileSync(file, 'utf8');
    // The bytes of `cadre report --group CUM-1 --format csv` (RFC 4180).
    if (!csv.startsWith('section,item,value\r\nscope,org,CUM-1\r\n'))
      throw new Error(`the CSV begins ${JSON.stringify(csv.slice(0, 40))}`);
    if (download.suggestedFilename() !==
      `report-CUM-1-${year - 1}-01-01-${year - 1}-12-31.csv`)
      throw new Error(`saved as ${download.suggestedFilename()}`);
  });

  await step('forms-08-unknown-group', page, async () => {
    await page.goto(`${base}/#/report?group=NOPE&from=${year}-01-01` +
      `&to=${year}-01-31`);
    const code = page.getByLabel('Grouping code');
    const msg = page.locator(
      `#${await code.getAttribute('aria-describedby')}`);
    await msg.filter({hasText: 'NOPE'}).waitFor();
    if (await code.getAttribute('aria-invalid') !== 'true')
      throw new Error('the grouping is not marked invalid');
  });

  await step('forms-09-last-year-of-branch', page, async () => {
    await page.goto(`${base}/#/report/CQDN-01`);
    await page.locator('h1', {hasText: 'Report of Đảng bộ Sở Tài chính'})
      .waitFor();
    await page.getByRole('button', {name: 'Last year'}).click();
    await page.waitForURL((u) => u.hash ===
      `#/report/CQDN-01?from=${year - 1}-01-01&to=${year - 1}-12-31`);
    // The page keeps its heading while it draws the new period: wait for
    // the download of that period, not for the heading.
    const link = page.getByRole('link', {name: 'Download the report (JSON)'})
      .and(page.locator(`a[href*="from=${year - 1}-01-01"]`));
    await link.waitFor();
    const href = await link.getAttribute('href');
    const json = await (await page.request.get(`${base}${href}`)).json();
    if (json.scope.org !== 'CQDN-01' ||
      json.scope.from !== `${year - 1}-01-01` ||
      json.scope.to !== `${year - 1}-12-31`)
      throw new Error(`the report of ${JSON.stringify(json.scope)}`);
  });
  await context.close();

  // A viewer is offered no change, of a member or of an event.
  const viewer = await newPage(browser, errors);
  await step('forms-10-viewer-no-changes', viewer.page, async () => {
    await login(viewer.page, 'xem.01', 'viewer-pass-01');
    await viewer.page.goto(`${base}/#/member/${MEMBER}`);
    await viewer.page.getByRole('heading', {name: 'Timeline'}).waitFor();
    await viewer.page.locator('ol.timeline li').first().waitFor();
    if (await viewer.page.locator('summary, form').count())
      throw new Error('a viewer is offered a change');
  });
  await viewer.context.close();
} finally {
  await browser.close();
}

finish(errors);
