// A congress's result in the browser (issue 9): the demo's administrator
// records, through the API, a congress of CQDN-01 with its delegates, its
// list and two rounds (the first counted ballot by ballot: one elected
// with every ballot, two at exactly half of the valid ballots, not
// elected; the second fills the seat left), and one of CQDN-02; the
// viewer of CQDN-01 finds the congress under Congresses and reads who
// each round elected, with the shares, and does not see CQDN-02's.
import {base, check, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
try {
  const admin = await newPage(browser, errors);
  await step('congress-01-recorded', admin.page, async () => {
    await login(admin.page, 'demo', 'demo-ngoc-lam');
    const s = await (await admin.page.request.get(`${base}/api/v1/session`))
      .json();
    const post = async (path, data, want) => {
      const res = await admin.page.request.post(`${base}${path}`,
        {headers: {'X-CSRF-Token': s.csrf}, data});
      if (res.status() !== want)
        throw new Error(`${path}: ${res.status()} ${await res.text()}`);
    };
    const c = '/api/v1/congresses/DH-01';
    await post(c, {org: 'CQDN-01', term: '2025-2030', date: '2025-06-01',
      seats: 2, delegates: 4}, 201);
    for (const member of ['2', '7', '10', '6'])
      await post(`${c}/delegates`, {member}, 200);
    for (const member of ['2', '7', '10'])
      await post(`${c}/candidates`, {member}, 200);
    await post(`${c}/rounds`, {issued: 4, returned: 4,
      ballots: '2,7\n2,10\n2,7\n2,10,\n'}, 201);
    await post(`${c}/rounds`, {issued: 4, returned: 4, valid: 4,
      votes: '7=3,10=1'}, 201);
    await post('/api/v1/congresses/DH-02', {org: 'CQDN-02',
      term: '2025-2030', date: '2025-06-02', seats: 3}, 201);
  });
  await admin.context.close();

  const {page, context} = await newPage(browser, errors);
  await login(page, 'xem.01', 'viewer-pass-01');
  await step('congress-02-list', page, async () => {
    await page.getByRole('link', {name: 'Congresses'}).click();
    await page.getByRole('link', {name: 'DH-01'}).waitFor();
    check('congress-02 another branch\'s congress unseen',
      await page.getByRole('link', {name: 'DH-02'}).count() === 0);
  });
  await step('congress-03-result', page, async () => {
    await page.getByRole('link', {name: 'DH-01'}).click();
    await page.locator('h1', {hasText: 'Congress DH-01'}).waitFor();
    await page.getByText('Elected: 2 of 2 seats; 0 left to fill.').waitFor();
    const first = page.locator('table.round-1 tbody tr');
    await first.filter({hasText: 'elected'}).filter({hasText: '100.00%'})
      .waitFor();
    const half = first.filter({hasText: 'no majority'});
    await half.first().waitFor();
    check('congress-03 exactly half is no majority',
      await half.count() === 2 &&
      (await half.allInnerTexts()).every((x) => x.includes('50.00%')));
    await page.locator('table.round-2 tbody tr', {hasText: '75.00%'})
      .filter({hasText: 'elected'}).waitFor();
    await page.getByText('Ballots issued: 4; returned: 4; valid: 4.').first()
      .waitFor();
    await page.locator('table.delegates tbody tr').nth(3).waitFor();
  });
  await step('congress-04-other-branch-not-found', page, async () => {
    const res = await page.request.get(`${base}/api/v1/congresses/DH-02`);
    if (res.status() !== 404)
      throw new Error(`GET DH-02: ${res.status()}`);
  });
  await context.close();
} finally {
  await browser.close();
}
finish(errors);
