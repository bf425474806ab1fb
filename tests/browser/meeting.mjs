// Recording a scored cell meeting in the browser (issue 7: "record a cell
// meeting and watch its score add up criterion by criterion"): the
// meetings of a cell on its page, the form's total after each criterion's
// points, refusals beside their field (a day after today, points over a
// criterion's maximum), and the saved score equal to the one shown. The
// cell CQDN-01-1 of the demo has 13 members, all present here; 4 speak.
import {base, check, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
try {
  const {page} = await newPage(browser, errors);
  const total = page.locator('output.total');
  const expectTotal = async (text) => {
    await page.locator('output.total', {hasText: text}).waitFor();
  };

  await step('meeting-01-login', page, async () => {
    await login(page, 'demo', 'demo-ngoc-lam');
  });

  await step('meeting-02-cell-meetings', page, async () => {
    await page.goto(`${base}/#/org/CQDN-01-1`);
    await page.getByRole('heading', {name: 'Meetings'}).waitFor();
    // The demo's meetings, the latest first, with their scores.
    const first = page.locator('table.meetings tbody tr').first();
    await first.waitFor();
    const text = await first.innerText();
    if (!/of 100, (good|fairly good|average|poor)/.test(text))
      throw new Error(`first meeting: ${text}`);
    await page.getByRole('link', {name: 'Record a meeting'}).click();
    await page.locator('h1', {hasText: 'Record a meeting of Chi bộ Văn phòng'})
      .waitFor();
  });

  await step('meeting-03-facts', page, async () => {
    await page.getByLabel('Date').fill('2026-07-15');
    await page.getByLabel('Length in minutes').fill('100');
    await page.getByLabel("Last month's resolution").fill('95');
    // 4 of the 13 present raise an opinion.
    const spoke = page.getByRole('checkbox', {name: /raised an opinion$/});
    const n = await spoke.count();
    check('meeting: 13 members to tick', n === 13, String(n));
    for (let i = 0; i < 4; i++) await spoke.nth(i).check();
    // Computed from the record: length 5, attendance 4 + 1, resolution
    // 30; conduct's 10 for the share who spoke waits for its given part.
    await expectTotal('40 points so far; 5 criteria without points yet');
    await page.locator('output.points',
      {hasText: '– of 30 points (computed from the record: 10)'}).waitFor();
  });

  // Each criterion the scorer gives, and the total after it.
  const given = [['Preparation', '8', '48 points so far; 4 criteria'],
    ['Conduct of the meeting', '16', '74 points so far; 3 criteria'],
    ["The secretary's chairing", '9', '83 points so far; 2 criteria'],
    ['Party principles', '5', '88 points so far; 1 criteria']];
  await step('meeting-04-add-up', page, async () => {
    for (const [name, points, shown] of given) {
      await page.getByLabel(new RegExp(`^${name}`)).fill(points);
      await expectTotal(shown);
    }
    // Over the maximum: not counted, and the total waits for it.
    await page.getByLabel(/^Closing/).fill('9');
    await expectTotal('88 points so far; 1 criteria');
  });

  await step('meeting-05-refused-date', page, async () => {
    await page.getByRole('button', {name: 'Record the meeting'}).click();
    const date = page.getByLabel('Date');
    await page.locator('.field-error', {hasText: 'date: 2026-07-15'})
      .waitFor();
    const id = await date.getAttribute('aria-describedby');
    const err = await page.locator(`[id="${id}"]`).innerText();
    if (!err.includes('2026-07-15')) throw new Error(`beside date: ${err}`);
    if (await date.getAttribute('aria-invalid') !== 'true')
      throw new Error('date not marked invalid');
    const focused = await page.evaluate(() => document.activeElement.type);
    if (focused !== 'date') throw new Error(`focus on ${focused}`);
  });

  await step('meeting-06-refused-points', page, async () => {
    await page.getByLabel('Date').fill('2026-01-15');
    await page.getByRole('button', {name: 'Record the meeting'}).click();
    const closing = page.getByLabel(/^Closing/);
    await page.locator('.field-error',
      {hasText: 'points: closing=9: the scorer gives closing 0 to 5 points'})
      .waitFor();
    const id = (await closing.getAttribute('aria-describedby')).split(' ')
      .pop();
    const err = await page.locator(`[id="${id}"]`).innerText();
    if (!err.includes('closing=9')) throw new Error(`beside closing: ${err}`);
    if (await closing.getAttribute('aria-invalid') !== 'true')
      throw new Error('closing not marked invalid');
    const dateErr = await page.locator('.field-error',
      {hasText: '2026-07-15'}).count();
    if (dateErr) throw new Error('the date refusal still shown');
  });

  let shown = '';
  await step('meeting-07-total', page, async () => {
    await page.getByLabel(/^Closing/).fill('4');
    await expectTotal('92 of 100, good');
    shown = (await total.innerText()).trim();
  });

  await step('meeting-08-saved', page, async () => {
    await page.getByRole('button', {name: 'Record the meeting'}).click();
    await page.locator('h1', {hasText: 'Meeting of Chi bộ Văn phòng'})
      .waitFor();
    const saved = (await page.locator('#meeting-score').innerText())
      .replace(/^Score:\s*/, '').trim();
    if (saved !== shown) throw new Error(`saved ${saved}, shown ${shown}`);
    await page.locator('.flash', {hasText: `Score: ${shown}`}).waitFor();
    await page.getByRole('rowheader', {name: 'Preparation'}).waitFor();
  });

  // An editor gives the scorer's points again on the meeting's page: a
  // list, one CRITERION=N a line; a refusal shows beside the points.
  await step('meeting-08b-score-again', page, async () => {
    const action = page.locator('details',
      {hasText: "Give points or last month's result"});
    await action.locator('summary').click();
    const points = action.getByLabel(/^Points given by the scorer/);
    await points.fill('closing=9');
    await action.getByRole('button', {name: 'Score'}).click();
    await action.locator('.field-error',
      {hasText: 'points: closing=9: the scorer gives closing 0 to 5 points'})
      .waitFor();
    if (await points.getAttribute('aria-invalid') !== 'true')
      throw new Error('points not marked invalid');
    await points.fill('preparation=8\nclosing=5');
    await action.getByRole('button', {name: 'Score'}).click();
    await page.locator('.flash', {hasText: 'Scored again: 93 of 100, good'})
      .waitFor();
    const saved = await page.locator('#meeting-score').innerText();
    if (!saved.includes('93 of 100, good')) throw new Error(`saved ${saved}`);
  });

  await step('meeting-09-listed', page, async () => {
    await page.getByRole('link', {name: 'Chi bộ Văn phòng'}).first().click();
    const first = page.locator('table.meetings tbody tr').first();
    await first.waitFor();
    const text = await first.innerText();
    if (!text.includes('93 of 100, good') || !text.includes('13 of 13'))
      throw new Error(`latest meeting: ${text}`);
  });

  // Voided, with its reason required beside the field: gone from the list.
  await step('meeting-09b-void', page, async () => {
    await page.locator('table.meetings tbody tr').first().getByRole('link')
      .first().click();
    const action = page.locator('details', {hasText: 'Void this meeting'});
    await action.locator('summary').click();
    await action.getByRole('button', {name: 'Void'}).click();
    await action.locator('.field-error', {hasText: 'reason: missing'})
      .waitFor();
    await action.getByLabel('Why it is void').fill('entered for the wrong cell');
    await action.getByRole('button', {name: 'Void'}).click();
    await page.locator('.flash', {hasText: 'Meeting voided.'}).waitFor();
    const first = page.locator('table.meetings tbody tr').first();
    await first.waitFor();
    const text = await first.innerText();
    if (text.includes('93 of 100, good'))
      throw new Error(`the voided meeting still listed: ${text}`);
  });

  // Readable on a phone: nothing wider than the screen but the tables,
  // which scroll in their box.
  const narrow = await newPage(browser, errors, 375);
  await step('meeting-10-narrow', narrow.page, async () => {
    await login(narrow.page, 'demo', 'demo-ngoc-lam');
    await narrow.page.goto(`${base}/#/meeting/new?cell=CQDN-01-1`);
    await narrow.page.getByLabel(/^Closing/).waitFor();
    const wide = await narrow.page.evaluate(
      () => document.documentElement.scrollWidth);
    if (wide > 375) throw new Error(`the page is ${wide} px wide`);
  });
} finally {
  await browser.close();
}
finish(errors);
