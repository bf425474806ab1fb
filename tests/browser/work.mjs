// The records of party work on an organisation's page (web/work.js): an
// inspection recorded (a refusal first, beside its field, with nothing
// written), shown, corrected and voided; the organisation classified for
// the year; funds recorded and corrected; the organisation disciplined
// and the discipline voided; a renaming voided from its history, the name
// restored; a profile's text cleared by emptying its field (forms.js);
// a long list newest first, a page at a time; what a viewer sees; the
// page at a phone's width. run.sh starts the server on the demo
// with CADRE_TODAY (lib.sh) and the viewer xem.01 of CQDN-01.
import {base, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
// A cell of the demo, in the viewer's branch, and one of its members.
const ORG = 'CQDN-01-1';
const NAME = 'Chi bộ Văn phòng';
const MEMBER = 13;
// The server's year (the API refuses a classification after it).
const year = (process.env.CADRE_TODAY || new Date().toISOString()).slice(0, 4);

const section = (page, name) => page.locator('section',
  {has: page.getByRole('heading', {name, exact: true})});
const json = async (page, path) => (await page.request.get(`${base}${path}`))
  .json();
const inspections = async (page) =>
  (await json(page, `/api/v1/oversight?under=${ORG}&size=500`)).items;
// The year shown of the classifications.
const showYear = async (page) => {
  const pick = section(page, 'Classifications').getByRole('form',
    {name: 'The year of the classifications'});
  await pick.getByLabel('Year').fill(year);
  await pick.getByRole('button', {name: 'Show the year'}).click();
};
const flash = (page, text) => page.locator('.flash', {hasText: text})
  .waitFor();

try {
  const {context, page} = await newPage(browser, errors);
  await login(page, 'demo', 'demo-ngoc-lam');
  const before = await inspections(page);
  const mine = (p) => section(p, 'Inspections and supervisions')
    .locator('ol.records > li', {hasText: 'Hồ sơ đảng viên'});

  await step('work-01-inspection-refused', page, async () => {
    await page.goto(`${base}/#/org/${ORG}`);
    const sec = section(page, 'Inspections and supervisions');
    await sec.locator('summary',
      {hasText: 'Record an inspection or a supervision'}).click();
    const form = sec.getByRole('form',
      {name: 'Record an inspection or a supervision'});
    await form.getByLabel('Kind').selectOption('inspection');
    await form.getByLabel('By the organisation').fill('CQDN-01');
    await form.getByLabel('First day').fill('2026-03-10');
    await form.getByLabel('Last day').fill('2026-03-01');
    await form.getByLabel('Subject').fill('Hồ sơ đảng viên');
    await form.getByRole('button', {name: 'Record'}).click();
    // Beside the last day, tied to it, and nothing else marked.
    const last = form.getByLabel('Last day');
    await page.locator(`#${await last.getAttribute('aria-describedby')}`)
      .filter({hasText: 'before the first day 2026-03-10'}).waitFor();
    if (await last.getAttribute('aria-invalid') !== 'true')
      throw new Error('the last day is not marked invalid');
    if (await form.getByLabel('First day').getAttribute('aria-invalid'))
      throw new Error('the first day is marked invalid');
    const after = await inspections(page);
    if (after.length !== before.length)
      throw new Error(`${after.length - before.length} inspections written`);
  });

  await step('work-02-inspection-recorded', page, async () => {
    const form = section(page, 'Inspections and supervisions').getByRole(
      'form', {name: 'Record an inspection or a supervision'});
    await form.getByLabel('Last day').fill('2026-03-12');
    await form.getByRole('button', {name: 'Record'}).click();
    await flash(page, 'The inspection or supervision is recorded.');
    const item = mine(page);
    await item.locator('strong', {hasText: 'Inspection'}).waitFor();
    await item.locator('dd', {hasText: '2026-03-12'}).waitFor();
    const after = await inspections(page);
    const added = after.filter((x) => x.subject === 'Hồ sơ đảng viên');
    if (after.length !== before.length + 1 || added.length !== 1 ||
      added[0].org !== ORG || added[0].from !== '2026-03-10')
      throw new Error(`the API lists ${JSON.stringify(added)}`);
  });

  await step('work-03-inspection-shown', page, async () => {
    const item = mine(page);
    await item.locator('summary', {hasText: 'Details'}).click();
    await item.locator('dd', {hasText: NAME}).waitFor();
    await item.locator('dt', {hasText: 'Counted at'}).waitFor();
  });

  await step('work-04-inspection-corrected', page, async () => {
    const item = mine(page);
    await item.locator('summary', {hasText: 'Correct'}).click();
    const form = item.getByRole('form', {name: /^Correct Inspection/});
    // It starts with the record's values.
    const last = form.getByLabel('Last day');
    if (await last.inputValue() !== '2026-03-12')
      throw new Error(`the last day starts as ${await last.inputValue()}`);
    await last.fill('2026-03-20');
    await form.getByLabel('Conclusion').fill('Đạt yêu cầu');
    await form.getByLabel('Why it is corrected').fill('the wrong last day');
    await form.getByRole('button', {name: 'Correct'}).click();
    await flash(page, 'The record is corrected.');
    await mine(page).locator('dd', {hasText: '2026-03-20'}).waitFor();
    await mine(page).locator('dd', {hasText: 'Đạt yêu cầu'}).waitFor();
    const now = (await inspections(page))
      .filter((x) => x.subject === 'Hồ sơ đảng viên');
    if (now.length !== 1 || now[0].to !== '2026-03-20')
      throw new Error(`the API lists ${JSON.stringify(now)}`);
  });

  await step('work-05-inspection-voided', page, async () => {
    const item = mine(page);
    await item.locator('summary', {hasText: 'Void'}).click();
    const form = item.getByRole('form', {name: /^Void Inspection/});
    await form.getByLabel('Why it is void').fill('recorded twice');
    await form.getByRole('button', {name: 'Void'}).click();
    await flash(page, 'The record is void.');
    await section(page, 'Inspections and supervisions').waitFor();
    if (await mine(page).count())
      throw new Error('the void inspection is still listed');
    if ((await inspections(page)).length !== before.length)
      throw new Error('the void inspection is still in the API');
  });

  await step('work-06-classified', page, async () => {
    const sec = section(page, 'Classifications');
    await showYear(page);
    await sec.locator('summary', {hasText: 'Classify this organisation'})
      .click();
    const form = sec.getByRole('form', {name: 'Classify this organisation'});
    await form.getByLabel('Year').fill(year);
    await form.getByLabel('Grade').selectOption('well');
    await form.getByRole('button', {name: 'Record'}).click();
    await flash(page, 'The organisation is classified.');
    const ours = (await json(page,
      `/api/v1/assessments?year=${year}&under=${ORG}&size=500`)).items
      .filter((x) => x.org === ORG);
    if (ours.length !== 1 || ours[0].grade !== 'well')
      throw new Error(`the API lists ${JSON.stringify(ours)}`);
    // The page shows this year's by default.
    const item = section(page, 'Classifications').locator('ol.records > li',
      {has: page.getByRole('link', {name: NAME, exact: true})});
    await item.locator('.grade', {hasText: /^well$/}).waitFor();
  });

  await step('work-07-rename-voided', page, async () => {
    await page.locator('summary', {hasText: 'Rename'}).click();
    const rename = page.getByRole('form', {name: 'Rename'});
    await rename.getByLabel('Name', {exact: true}).fill(`${NAME} Sở`);
    await rename.getByLabel('Date', {exact: true}).fill('2026-06-01');
    await rename.getByRole('button', {name: 'Rename'}).click();
    await flash(page, 'The organisation is renamed.');
    await page.locator('h1', {hasText: `${NAME} Sở`}).waitFor();
    const hist = section(page, 'History of this organisation');
    const ev = hist.locator('ol.timeline > li:not(.voided)',
      {has: page.locator('strong', {hasText: 'Renamed'})});
    await ev.locator('summary', {hasText: 'Void'}).click();
    const form = ev.getByRole('form', {name: /^Void Renamed/});
    await form.getByLabel('Why it is void').fill('renamed by mistake');
    await form.getByRole('button', {name: 'Void'}).click();
    await flash(page, 'The event is void.');
    await page.locator('h1').filter({hasText: new RegExp(`^${NAME}$`)})
      .waitFor();
    const voided = section(page, 'History of this organisation')
      .locator('ol.timeline > li.voided');
    await voided.locator('del', {hasText: 'Renamed'}).waitFor();
    await voided.getByText(/Void since .*, by demo: renamed by mistake/)
      .waitFor();
    const o = await json(page, `/api/v1/orgs/${ORG}`);
    if (o.name !== NAME) throw new Error(`the API names it ${o.name}`);
  });

  await step('work-08-profile-text-cleared', page, async () => {
    const m0 = await json(page, `/api/v1/members/${MEMBER}`);
    if (!m0.hometown) throw new Error('the member has no home town');
    await page.goto(`${base}/#/member/${MEMBER}`);
    await page.locator('summary', {hasText: 'Change the profile'}).click();
    const form = page.getByRole('form', {name: 'Change the profile'});
    // It starts with the profile; emptied, the home town is cleared, and
    // nothing else left as it was is sent as a change.
    const town = form.getByLabel('Home town');
    if (await town.inputValue() !== m0.hometown)
      throw new Error(`the home town starts as ${await town.inputValue()}`);
    await town.fill('');
    await form.getByLabel('Date', {exact: true}).fill('2026-06-15');
    await form.getByRole('button', {name: 'Save the changes'}).click();
    await flash(page, 'The profile is changed.');
    const m1 = await json(page, `/api/v1/members/${MEMBER}`);
    if (m1.hometown) throw new Error(`the home town is ${m1.hometown}`);
    if (m1.name !== m0.name || m1.education !== m0.education)
      throw new Error('another field changed');
    if (m1.changes.length !== m0.changes.length + 1)
      throw new Error(`${m1.changes.length - m0.changes.length} changes`);
  });

  await step('work-09-funds-and-discipline', page, async () => {
    await page.goto(`${base}/#/org/${ORG}`);
    const funds = section(page, 'Funds mobilised');
    await funds.locator('summary', {hasText: 'Record funds mobilised'})
      .click();
    const add = funds.getByRole('form', {name: 'Record funds mobilised'});
    await add.getByLabel('Campaign').fill('Quỹ khuyến học');
    await add.getByLabel('Date', {exact: true}).fill('2026-04-01');
    await add.getByLabel('Amount').fill('5.000.000');
    await add.getByRole('button', {name: 'Record'}).click();
    await flash(page, 'The funds are recorded.');
    const fund = section(page, 'Funds mobilised').locator('ol.records > li',
      {hasText: 'Quỹ khuyến học'});
    await fund.locator('summary', {hasText: 'Correct'}).click();
    const fix = fund.getByRole('form', {name: /^Correct Quỹ khuyến học/});
    await fix.getByLabel('Amount').fill('6.000.000');
    await fix.getByLabel('Why it is corrected').fill('miscounted');
    await fix.getByRole('button', {name: 'Correct'}).click();
    await flash(page, 'The record is corrected.');
    const listed = (await json(page, `/api/v1/funds?under=${ORG}&size=500`))
      .items.filter((x) => x.campaign === 'Quỹ khuyến học');
    if (listed.length !== 1 || listed[0].amount !== 6000000)
      throw new Error(`the API lists ${JSON.stringify(listed)}`);

    const disc = section(page, 'Discipline of this organisation');
    await disc.locator('summary', {hasText: 'Discipline this organisation'})
      .click();
    const form = disc.getByRole('form', {name: 'Discipline this organisation'});
    await form.getByLabel('Form').selectOption('warning');
    await form.getByLabel('Date', {exact: true}).fill('2026-05-10');
    await form.getByLabel('Votes').fill('7/9');
    await form.getByLabel('Decided by').fill('CQDN-01');
    await form.getByRole('button', {name: 'Record'}).click();
    await flash(page, 'The discipline of the organisation is recorded.');
    const rec = section(page, 'Discipline of this organisation')
      .locator('ol.records > li', {hasText: 'Warning'});
    await rec.locator('dd', {hasText: '7/9'}).waitFor();
    await rec.locator('summary', {hasText: 'Void'}).click();
    const v = rec.getByRole('form', {name: /^Void Warning/});
    await v.getByLabel('Why it is void').fill('the wrong organisation');
    await v.getByRole('button', {name: 'Void'}).click();
    await flash(page, 'The record is void.');
    await section(page, 'Discipline of this organisation')
      .getByText('This organisation has not been disciplined.').waitFor();
    if ((await json(page, `/api/v1/orgs/${ORG}`)).discipline.length)
      throw new Error('the void discipline is still in the API');
  });

  await step('work-10-newest-first-paged', page, async () => {
    // The committee above: more inspections than a page holds.
    const all = (await json(page, '/api/v1/oversight?under=NL-CQDN&size=500'))
      .items.map((x) => x.from).sort().reverse();
    if (all.length <= 20) throw new Error(`${all.length} inspections`);
    await page.goto(`${base}/#/org/NL-CQDN`);
    const sec = section(page, 'Inspections and supervisions');
    const firsts = async () => (await sec.locator('ol.records > li time')
      .allInnerTexts());
    const pages = Math.ceil(all.length / 20);
    await sec.getByText(`Page 1 of ${pages} (${all.length} in all)`).waitFor();
    const one = await firsts();
    if (one[0] !== all[0]) throw new Error(`page 1 begins ${one[0]}`);
    await sec.getByRole('button', {name: 'Next page'}).click();
    await sec.getByText(`Page 2 of ${pages}`).waitFor();
    const two = await firsts();
    if (two[0] !== all[one.length] || two.length !== 20)
      throw new Error(`page 2 begins ${two[0]}, ${two.length} items`);
  });

  await step('work-11-phone-width', page, async () => {
    await page.setViewportSize({width: 375, height: 800});
    await page.goto(`${base}/#/org/${ORG}`);
    const sec = section(page, 'Inspections and supervisions');
    await sec.locator('summary',
      {hasText: 'Record an inspection or a supervision'}).click();
    await section(page, 'History of this organisation')
      .locator('ol.timeline li').first().waitFor();
    const wide = await page.evaluate(() =>
      document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) throw new Error('the page is wider than the phone');
  });
  await context.close();

  // A viewer sees the lists and no form of a change.
  const viewer = await newPage(browser, errors);
  await step('work-12-viewer-lists-no-forms', viewer.page, async () => {
    const p = viewer.page;
    await login(p, 'xem.01', 'viewer-pass-01');
    await p.goto(`${base}/#/org/${ORG}`);
    const hist = section(p, 'History of this organisation');
    await hist.locator('ol.timeline > li.voided',
      {hasText: 'renamed by mistake'}).waitFor();
    const sec = section(p, 'Classifications');
    await showYear(p);
    await sec.locator('ol.records > li',
      {has: p.getByRole('link', {name: NAME, exact: true})}).waitFor();
    for (const name of ['Awards', 'Funds mobilised',
      'Discipline of this organisation'])
      await section(p, name).waitFor();
    if (await p.locator('details.action, form.form:not(.year-pick)').count())
      throw new Error('a viewer is offered a change');
  });
  await viewer.context.close();
} finally {
  await browser.close();
}

finish(errors);
