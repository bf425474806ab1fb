// A congress's result in the browser (issue 9): the demo's administrator
// records, through the API, a congress of CQDN-01 with its delegates, its
// list and two rounds (the first counted ballot by ballot: one elected
// with every ballot, two at exactly half of the valid ballots, not
// elected; the second fills the seat left), and one of CQDN-02; the
// viewer of CQDN-01 finds the congress under Congresses and reads who
// each round elected, with the shares, and does not see CQDN-02's.
// Then the administrator records a congress with the web forms: its
// delegates (one beyond the delegate seats refused beside the member), its
// candidates, a round that ends in a tie at the last seat, refused rounds
// (more valid than returned; more votes than valid ballots) with the
// message beside the field and nothing recorded, a second round that fills
// the seat; and the viewer finds no form.
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

  // ---- recording a congress with the forms (an administrator) ----------
  const editor = await newPage(browser, errors);
  const ed = editor.page;
  await login(ed, 'demo', 'demo-ngoc-lam');
  // The form behind the disclosure that `summary` names, opened (with
  // the keyboard; a form left open by a refusal stays open).
  const action = async (summary) => {
    const d = ed.locator('details.action',
      {has: ed.locator('summary', {hasText: summary})});
    if (await d.getAttribute('open') === null) {
      await d.locator('summary').focus();
      await ed.keyboard.press('Enter');
    }
    return d;
  };
  // A form done: the page drawn again, every form closed.
  const redrawn = () => ed.locator('details.action[open]')
    .waitFor({state: 'detached'});
  // The message shown beside the input labelled `name` of form `d`.
  const besides = async (d, name) => {
    const input = d.getByLabel(name);
    await input.and(ed.locator('[aria-invalid="true"]')).waitFor();
    const id = await input.getAttribute('aria-describedby');
    return d.locator(`[id="${id}"]`).innerText();
  };
  const rounds = async () => (await (await ed.request.get(
    `${base}/api/v1/congresses/DH-03/result`)).json()).rounds.length;
  await step('congress-05-form-add', ed, async () => {
    await ed.goto(`${base}/#/congresses`);
    const d = await action('Record a congress');
    await d.getByLabel('Code', {exact: true}).fill('DH-03');
    await d.getByLabel('Organisation (code)').fill('CQDN-01');
    await d.getByLabel('Term of office').fill('2025-2030');
    await d.getByLabel('Date').fill('2025-07-01');
    await d.getByLabel('Seats to elect').fill('2');
    await d.getByLabel('Delegate seats').fill('5');
    await d.getByRole('button', {name: 'Record the congress'}).click();
    await ed.locator('h1', {hasText: 'Congress DH-03'}).waitFor();
    await ed.getByText('Congress DH-03 recorded.').waitFor();
  });
  await step('congress-06-form-delegates', ed, async () => {
    for (const member of ['2', '7', '10', '6', '5']) {
      const d = await action('Add a delegate');
      await d.getByLabel('Member').fill(member);
      await d.getByRole('button', {name: 'Add the delegate'}).click();
      await redrawn();
      await ed.getByText('Delegate added.').waitFor();
    }
    await ed.getByText('5 recorded of 5 seats given').waitFor();
    const d = await action('Add a delegate');
    await d.getByLabel('Member').fill('4');
    await d.getByRole('button', {name: 'Add the delegate'}).click();
    const said = await besides(d, 'Member');
    check('congress-06 the delegate quota beside the member',
      /5 delegates are recorded, and 5 delegate seats/.test(said), said);
    await ed.goto(`${base}/#/congresses`);
    await ed.goto(`${base}/#/congress/DH-03`);
    await ed.getByText('5 recorded of 5 seats given').waitFor();
    for (const member of ['2', '7', '10']) {
      const c = await action('Add a candidate');
      await c.getByLabel('Member').fill(member);
      await c.getByRole('button', {name: 'Add the candidate'}).click();
      await redrawn();
      await ed.getByText('Candidate added').waitFor();
    }
    await ed.locator('table.candidates tbody tr').nth(2).waitFor();
  });
  // A round of the form: the ballots, then the votes by member id.
  const vote = async (ballots, votes) => {
    const d = await action('Record a round of voting');
    for (const [name, n] of Object.entries(ballots))
      await d.getByLabel(name).fill(String(n));
    for (const [id, n] of Object.entries(votes))
      await d.getByLabel(new RegExp(`\\(id ${id}\\)`)).fill(String(n));
    await d.getByRole('button', {name: 'Record the round'}).click();
    return d;
  };
  const five = {'Ballots issued': 5, 'Ballots returned': 5,
    'Valid ballots': 5};
  await step('congress-07-form-round-tie', ed, async () => {
    await vote(five, {2: 4, 7: 3, 10: 3});
    await redrawn();
    await ed.getByText('Round recorded').waitFor();
    await ed.getByText('A tie at the last seat').waitFor();
    const tied = ed.locator('table.round-1 tbody tr',
      {hasText: 'tied at the last seat'});
    await tied.first().waitFor();
    check('congress-07 two tied at the last seat', await tied.count() === 2);
    await ed.getByText('Elected: 1 of 2 seats; 1 left to fill.').waitFor();
  });
  await step('congress-08-form-round-refused', ed, async () => {
    const d = await vote({...five, 'Valid ballots': 6}, {7: 3, 10: 2});
    const said = await besides(d, 'Valid ballots');
    check('congress-08 more valid than returned beside valid',
      /more valid ballots than the 5/.test(said), said);
    const e = await vote(five, {7: 6, 10: 0});
    const over = await besides(e, /\(id 7\)/);
    check('congress-08 more votes than valid beside the candidate',
      /6 for member 7: more than the 5/.test(over), over);
    check('congress-08 nothing recorded', await rounds() === 1);
    check('congress-08 the elected candidate has no vote field',
      await e.getByLabel(/\(id 2\)/).count() === 0);
  });
  await step('congress-09-form-round-fills', ed, async () => {
    await ed.goto(`${base}/#/congresses`);
    await ed.goto(`${base}/#/congress/DH-03`);
    await vote(five, {7: 3, 10: 2});
    await redrawn();
    await ed.getByText('Elected: 2 of 2 seats; 0 left to fill.').waitFor();
    await ed.locator('table.round-2 tbody tr', {hasText: '60.00%'})
      .filter({hasText: 'elected'}).waitFor();
    check('congress-09 no round form when no seat is left',
      await ed.locator('summary', {hasText: 'Record a round'}).count() === 0);
  });
  await editor.context.close();

  const viewer = await newPage(browser, errors);
  await login(viewer.page, 'xem.01', 'viewer-pass-01');
  await step('congress-10-viewer-no-forms', viewer.page, async () => {
    const v = viewer.page;
    await v.goto(`${base}/#/congresses`);
    await v.getByRole('link', {name: 'DH-03'}).waitFor();
    check('congress-10 no congress form for a viewer',
      await v.locator('form').count() === 0);
    await v.getByRole('link', {name: 'DH-03'}).click();
    await v.locator('table.round-2').waitFor();
    check('congress-10 no forms on a congress for a viewer',
      await v.locator('form, details.action').count() === 0);
  });
  await viewer.context.close();
} finally {
  await browser.close();
}
finish(errors);
