// Documents, groupings and rubrics in the browser (issue 7: "forms for
// every lifecycle event and every record of issue 3, refusals shown beside
// their field"): an editor of the whole register registers a document
// whose number has a slash, records that a cell disseminated it and sees
// the coverage below its committee change, on the document's page and on
// the committee's; a dissemination dated before the document is refused
// beside its date with nothing written; a voided step is gone; a grouping
// gains a member and a conference; a viewer sees the pages but no form;
// and the document's page fits a phone's width.
import {base, check, step, newPage, login, launch, finish} from './lib.mjs';

const NUMBER = '05-CT/TU';
const DOC = `${base}/#/doc/${encodeURIComponent(NUMBER)}`;

const browser = await launch();
const errors = [];
try {
  // The accounts of the whole register (groupings span it), made by the
  // demo's administrator through the API.
  const admin = await newPage(browser, errors);
  await step('docs-01-accounts', admin.page, async () => {
    await login(admin.page, 'demo', 'demo-ngoc-lam');
    const s = await (await admin.page.request.get(`${base}/api/v1/session`))
      .json();
    for (const [user, role] of [['bientap.nl', 'editor'],
      ['xem.nl', 'viewer']]) {
      const res = await admin.page.request.post(`${base}/api/v1/users`, {
        headers: {'X-CSRF-Token': s.csrf},
        data: {user, role, scope: 'NL', password: `${role}-pass-nl`}});
      if (res.status() !== 201 && res.status() !== 200)
        throw new Error(`user ${user}: ${res.status()}`);
    }
  });
  await admin.context.close();

  const {page} = await newPage(browser, errors);
  const steps = async () => (await (await page.request.get(
    `${base}/api/v1/docs/${encodeURIComponent(NUMBER)}`)).json()).steps;
  const coverage = (text) => page.locator('p.coverage', {hasText: text})
    .waitFor();
  // Opens the action `title` of the page, fills its fields ([label,
  // value]; a list's value is its option's label), sends it, and waits
  // for the message `done` and a row of `table` with `text`.
  const act = async (title, values, button, done, table, text) => {
    await page.locator('summary', {hasText: title}).click();
    const form = page.getByRole('form', {name: title});
    for (const [name, value] of values) {
      const input = form.getByLabel(name);
      if (await input.evaluate((el) => el.tagName === 'SELECT'))
        await input.selectOption({label: value});
      else await input.fill(value);
    }
    await form.getByRole('button', {name: button}).click();
    await page.locator('.flash', {hasText: done}).waitFor();
    await page.locator(`table.${table} tbody tr`, {hasText: text}).waitFor();
  };

  await step('docs-02-register', page, async () => {
    await login(page, 'bientap.nl', 'editor-pass-nl');
    await page.getByRole('link', {name: 'Documents'}).click();
    await page.locator('h1', {hasText: 'Documents'}).waitFor();
    await page.getByRole('link', {name: '50-CT/TW'}).waitFor();
    await page.getByLabel('Document number').fill(NUMBER);
    await page.getByLabel('Kind').selectOption({label: 'Directive'});
    await page.getByLabel('Issued by').fill('Tỉnh ủy Ngọc Lâm');
    await page.getByLabel('Date').fill('2026-02-01');
    await page.getByLabel('Title').fill('Về công tác tổ chức');
    await page.getByRole('button', {name: 'Register the document'}).click();
    await page.locator('h1', {hasText: `Document ${NUMBER}`}).waitFor();
    await page.locator('.flash', {hasText: `Document ${NUMBER} is registered`})
      .waitFor();
    check('docs: the number travels as %2F', page.url().includes('05-CT%2FTU'),
      page.url());
  });

  await step('docs-03-coverage-before', page, async () => {
    // An organisation not there: said beside the field that names it.
    const under = page.getByLabel('Under the organisation');
    await under.fill('CQDN-99');
    await page.getByRole('button', {name: 'Show the coverage'}).click();
    await page.locator('.field-error',
      {hasText: 'under: CQDN-99: no organisation has this code'}).waitFor();
    if (await page.getByLabel('Under the organisation')
      .getAttribute('aria-invalid') !== 'true')
      throw new Error('under not marked invalid');
    await page.getByLabel('Under the organisation').fill('CQDN-01');
    await page.getByRole('button', {name: 'Show the coverage'}).click();
    await coverage('0 of 3 grassroots organisations and cells below CQDN-01');
    await page.getByRole('link', {name: 'CQDN-01-1'}).waitFor();
  });

  await step('docs-04-refused-date', page, async () => {
    const form = page.getByRole('form', {name: 'Record a dissemination'});
    await form.getByLabel('Organisation (code)').fill('CQDN-01-1');
    const date = form.getByLabel('Date');
    await date.fill('2026-01-15');
    await form.getByRole('button', {name: 'Record the dissemination'}).click();
    const error = form.locator('.field-error', {hasText: 'date: 2026-01-15'});
    await error.waitFor();
    const id = await date.getAttribute('aria-describedby');
    if (await error.getAttribute('id') !== id)
      throw new Error('the refusal is not beside the date');
    if (await date.getAttribute('aria-invalid') !== 'true')
      throw new Error('date not marked invalid');
    const written = await steps();
    if (written.length) throw new Error(`written: ${JSON.stringify(written)}`);
  });

  await step('docs-05-disseminated', page, async () => {
    const form = page.getByRole('form', {name: 'Record a dissemination'});
    await form.getByLabel('Date').fill('2026-03-01');
    await form.getByRole('button', {name: 'Record the dissemination'}).click();
    await page.locator('.flash', {hasText: 'The dissemination is recorded.'})
      .waitFor();
    await coverage('1 of 3 grassroots organisations and cells below CQDN-01');
    const row = page.locator('table.steps tbody tr');
    await row.filter({hasText: 'CQDN-01-1'}).waitFor();
    // The address kept the organisation asked about.
    check('docs: coverage kept', page.url().includes('under=CQDN-01'),
      page.url());
  });

  await step('docs-06-org-page', page, async () => {
    await page.goto(`${base}/#/org/CQDN-01`);
    const row = page.locator('table.org-docs tbody tr', {hasText: NUMBER});
    await row.waitFor();
    const text = await row.innerText();
    if (!text.includes('1 of 3')) throw new Error(`on the org page: ${text}`);
  });

  await step('docs-07-void', page, async () => {
    await page.locator('table.org-docs').getByRole('link', {name: NUMBER})
      .click();
    await page.locator('h1', {hasText: `Document ${NUMBER}`}).waitFor();
    await coverage('1 of 3');
    // The step's Correct and Void are in the row below it.
    const row = page.locator('table.steps tr.has-actions',
      {hasText: 'CQDN-01-1'}).locator('xpath=following-sibling::tr[1]');
    await row.locator('summary', {hasText: 'Void'}).click();
    const open = row.locator('details[open]');
    await open.getByLabel('Why it is void').fill('ghi nhầm ngày');
    await open.getByRole('button', {name: 'Void'}).click();
    await page.locator('.flash', {hasText: 'The record is void.'}).waitFor();
    await page.getByText('No organisation of your branch has disseminated it')
      .waitFor();
    await coverage('0 of 3');
    const left = await steps();
    if (left.length) throw new Error(`still: ${JSON.stringify(left)}`);
  });

  // A grouping of its own (run.sh's CUM-1 is forms.mjs's report).
  await step('docs-08-grouping', page, async () => {
    await page.getByRole('link', {name: 'Groupings'}).click();
    await page.locator('h1', {hasText: 'Groupings'}).waitFor();
    await page.getByRole('link', {name: 'CUM-1'}).waitFor();
    await page.getByLabel('Code').fill('KHOI-9');
    await page.getByLabel('Name').fill('Khối thi đua số 9');
    await page.getByLabel('Kind').selectOption({label: 'Emulation cluster'});
    await page.getByRole('button', {name: 'Add the grouping'}).click();
    await page.locator('h1', {hasText: 'Khối thi đua số 9'}).waitFor();
    await page.getByText('The grouping has no member.').waitFor();
    const report = page.getByRole('link', {name: 'Report of the grouping'});
    check('docs: the grouping report link',
      await report.getAttribute('href') === '#/report?group=KHOI-9');
    for (const code of ['NL-CQDN', 'NL-TP']) {
      await act('Add a member', [['Organisation (code)', code],
        ['Date', '2021-01-01']], 'Add the member',
      'The organisation is a member.', 'group-members', code);
    }
  });

  await step('docs-09-conference', page, async () => {
    await act('Record a conference', [['Hosted by', 'NL-CQDN'],
      ['Date', '2026-03-10'], ['Kind', 'Review'],
      ['Theme', 'Sơ kết sáu tháng']], 'Record the conference',
    'The conference is recorded.', 'conferences', 'Sơ kết sáu tháng');
    // The first host holds the flag.
    await page.locator('dl.facts', {hasText: 'NL-CQDN since'}).waitFor();
  });

  await step('docs-10-correct-conference', page, async () => {
    const row = page.locator('table.conferences tr.has-actions',
      {hasText: 'Sơ kết sáu tháng'})
      .locator('xpath=following-sibling::tr[1]');
    await row.locator('summary', {hasText: 'Correct'}).click();
    const open = row.locator('details[open]');
    const theme = open.getByLabel('Theme');
    check('docs: the correction starts from the record',
      await theme.inputValue() === 'Sơ kết sáu tháng');
    await open.getByLabel('Why it is corrected').fill('tên hội nghị');
    await theme.fill('Sơ kết 6 tháng đầu năm');
    await open.getByRole('button', {name: 'Correct'}).click();
    await page.locator('.flash', {hasText: 'The record is corrected.'})
      .waitFor();
    await page.locator('table.conferences tbody tr',
      {hasText: 'Sơ kết 6 tháng đầu năm'}).waitFor();
    if (await page.locator('table.conferences', {hasText: 'sáu tháng'})
      .count()) throw new Error('the corrected conference is still shown');
  });

  await step('docs-11-model', page, async () => {
    await act('Name an outstanding model', [
      ['Organisation (code)', 'CQDN-01-1'],
      ['A model of', 'Chi bộ sinh hoạt mẫu'], ['Date', '2026-04-01']],
    'Name the model', 'The outstanding model is named.', 'models',
    'Chi bộ sinh hoạt mẫu');
  });

  // A viewer of the whole register: the pages, and no change offered.
  const viewer = await newPage(browser, errors);
  await step('docs-12-viewer', viewer.page, async () => {
    const v = viewer.page;
    await login(v, 'xem.nl', 'viewer-pass-nl');
    const noChange = async (where) => {
      if (await v.locator('summary, form button', {hasText:
        /Register|Record|Add|Name|Void|Correct/}).count())
        throw new Error(`a viewer is offered a change on ${where}`);
    };
    await v.goto(`${base}/#/docs`);
    await v.getByRole('link', {name: NUMBER}).waitFor();
    await noChange('the documents');
    await v.goto(DOC);
    await v.locator('p.coverage').waitFor();
    await noChange('a document');
    await v.goto(`${base}/#/group/KHOI-9`);
    await v.locator('table.conferences').waitFor();
    await noChange('a grouping');
    await v.goto(`${base}/#/rubrics`);
    await v.getByRole('cell', {name: 'Preparation'}).waitFor();
  });
  await viewer.context.close();

  // A viewer of one branch: the coverage of their branch by default.
  const branch = await newPage(browser, errors);
  await step('docs-13-branch-viewer', branch.page, async () => {
    await login(branch.page, 'xem.01', 'viewer-pass-01');
    await branch.page.goto(DOC);
    await branch.page.locator('p.coverage', {hasText: 'below CQDN-01'})
      .waitFor();
  });
  await branch.context.close();

  // Readable on a phone: nothing wider than the screen but the tables,
  // which scroll in their box.
  const narrow = await newPage(browser, errors, 375);
  await step('docs-14-narrow', narrow.page, async () => {
    await login(narrow.page, 'bientap.nl', 'editor-pass-nl');
    await narrow.page.goto(`${DOC}?under=CQDN-01`);
    await narrow.page.locator('p.coverage').waitFor();
    const wide = await narrow.page.evaluate(
      () => document.documentElement.scrollWidth);
    if (wide > 375) throw new Error(`the page is ${wide} px wide`);
  });
} finally {
  await browser.close();
}
finish(errors);
