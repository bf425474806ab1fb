// Cadre planning in the browser (issue 9): an administrator creates a post
// of a grassroots committee through the API; on the post's planning for
// 2025-2030, an editor adds a candidate and sees the floors of young
// cadres and women flagged, adds a young woman and sees both met, is
// refused a removal for reason "other" without a note beside the note
// with nothing written, and removes a candidate with a reason; the review
// of the term, reached from the posts, shows the remaining candidate's
// theory below the post's and changes nothing; an appointment of a member
// not in the planning is made with the API's warning shown, made again
// and refused, and ended on the post's page without a term;
// a rotation is recorded; a viewer of the committee sees the planning
// without a form, and the review.
import {base, check, step, newPage, login, launch, finish} from './lib.mjs';

const PLAN = `${base}/#/plan/BT-01?term=2025-2030`;
const browser = await launch();
const errors = [];
try {
  const {page} = await newPage(browser, errors);
  const plan = async () => (await (await page.request.get(
    `${base}/api/v1/posts/BT-01/plan?term=2025-2030`)).json());
  const holders = async () => (await (await page.request.get(
    `${base}/api/v1/posts/BT-01/holders`)).json());
  // Opens the action `title`, fills its fields, sends it.
  const act = async (title, values, button) => {
    await page.locator('summary', {hasText: title}).click();
    const form = page.getByRole('form', {name: title});
    for (const [name, value] of values) {
      const input = form.getByLabel(name);
      if (await input.evaluate((el) => el.tagName === 'SELECT'))
        await input.selectOption({label: value});
      else await input.fill(value);
    }
    await form.getByRole('button', {name: button}).click();
    return form;
  };

  await step('planning-01-post', page, async () => {
    await login(page, 'demo', 'demo-ngoc-lam');
    const s = await (await page.request.get(`${base}/api/v1/session`)).json();
    const res = await page.request.post(`${base}/api/v1/posts/BT-01`, {
      headers: {'X-CSRF-Token': s.csrf},
      data: {org: 'CQDN-01', title: 'Bí thư Đảng ủy', seats: 1}});
    if (res.status() !== 201) throw new Error(`post add: ${res.status()}`);
    await page.getByRole('link', {name: 'Posts and planning'}).click();
    await page.locator('table.posts tbody tr', {hasText: 'BT-01'}).waitFor();
    await page.goto(PLAN);
    await page.getByRole('heading',
      {name: 'Planning of Bí thư Đảng ủy, term 2025-2030'}).waitFor();
    await page.getByText('Nobody is in this planning.').waitFor();
  });

  await step('planning-02-flagged', page, async () => {
    await act('Add a candidate', [['Member', '1'], ['Date', '2025-01-10']],
      'Add to the planning');
    await page.locator('.flash', {hasText: 'Added to the planning.'})
      .waitFor();
    await page.locator('table.plan-candidates tbody tr',
      {hasText: 'Phạm Minh Tuấn'}).waitFor();
    const flagged = page.locator('ul.plan-structure li.flagged');
    await flagged.first().waitFor();
    check('both floors flagged', await flagged.count() === 2);
    check('flagged in words', (await flagged.first().innerText())
      .includes('NOT MET'));
  });

  await step('planning-03-met', page, async () => {
    await act('Add a candidate', [['Member', '4'], ['Date', '2025-01-10']],
      'Add to the planning');
    await page.locator('table.plan-candidates tbody tr',
      {hasText: 'Phan Thị Hương'}).waitFor();
    await page.locator('ul.plan-structure li', {hasText: 'Women'})
      .filter({hasText: 'met'}).waitFor();
    check('no floor flagged', await page.locator(
      'ul.plan-structure li.flagged').count() === 0);
    check('two candidates', (await plan()).structure.candidates === 2);
  });

  await step('planning-04-refused', page, async () => {
    const before = JSON.stringify(await plan());
    const form = await act('Remove a candidate', [['Member', '1'],
      ['Date', '2026-01-05'], ['Reason', 'other (say why in the note)']],
    'Remove from the planning');
    await form.locator('.field-error',
      {hasText: 'a removal for reason other says why'}).waitFor();
    check('refusal beside the note', await form.getByLabel('Note')
      .getAttribute('aria-invalid') === 'true');
    check('nothing written', JSON.stringify(await plan()) === before);
  });

  await step('planning-05-removed', page, async () => {
    // The page drawn afresh, its forms closed.
    await page.reload();
    await page.locator('table.plan-candidates').waitFor();
    await act('Remove a candidate', [['Member', '1'], ['Date', '2026-01-05'],
      ['Reason', 'low prestige']], 'Remove from the planning');
    await page.locator('.flash', {hasText: 'Removed from the planning.'})
      .waitFor();
    const p = await plan();
    check('removed', p.structure.candidates === 1 && p.candidates[0].id === 4);
  });

  await step('planning-06-review', page, async () => {
    // A post that requires an education its candidate does not have.
    const s = await (await page.request.get(`${base}/api/v1/session`)).json();
    const post = await page.request.post(`${base}/api/v1/posts/TG-01`, {
      headers: {'X-CSRF-Token': s.csrf},
      data: {org: 'CQDN-01', title: 'Trưởng ban Tuyên giáo', seats: 1,
        education: 'Tiến sĩ'}});
    if (post.status() !== 201) throw new Error(`post add: ${post.status()}`);
    const cand = await page.request.post(`${base}/api/v1/posts/TG-01/plan`, {
      headers: {'X-CSRF-Token': s.csrf},
      data: {term: '2025-2030', member: '1', date: '2025-01-10'}});
    if (cand.status() !== 201)
      throw new Error(`plan add: ${cand.status()} ${await cand.text()}`);
    const before = JSON.stringify(await plan());
    await page.goto(`${base}/#/posts`);
    await page.getByRole('link', {name: 'Review the planning of a term'})
      .click();
    await page.getByLabel('Term of office').fill('2025-2030');
    await page.getByRole('button', {name: 'Show'}).click();
    await page.getByRole('heading',
      {name: 'Review of the planning, term 2025-2030'}).waitFor();
    const row = page.locator('table.plan-review tbody tr',
      {hasText: 'Phan Thị Hương'});
    await row.waitFor();
    const text = await row.innerText();
    check('the rule and its facts in words', text.includes('political theory')
      && text.includes('the post requires advanced'));
    const edu = page.locator('table.plan-review tbody tr',
      {hasText: 'TG-01'}).filter({hasText: 'education'});
    await edu.waitFor();
    check('the education required, in words',
      (await edu.innerText()).includes('the post requires one of Tiến sĩ'));
    check('the review changes nothing', JSON.stringify(await plan()) === before);
  });

  await step('planning-07-appoint', page, async () => {
    await page.goto(PLAN);
    await page.locator('table.plan-candidates').waitFor();
    await act('Appoint a member', [['Member', '2'], ['Date', '2026-02-01']],
      'Appoint');
    await page.locator('.flash',
      {hasText: 'not in the planning of BT-01'}).waitFor();
    await page.locator('table.post-holders tbody tr',
      {hasText: 'Đinh Minh Hà'}).waitFor();
    // Appointed twice: refused (at the top of the form: the refusal is of
    // no one field), nothing written.
    const before = JSON.stringify(await holders());
    const form = await act('Appoint a member', [['Member', '2'],
      ['Date', '2026-02-02']], 'Appoint');
    await form.locator('.form-error', {hasText: 'holds it already'})
      .waitFor();
    check('nobody appointed', JSON.stringify(await holders()) === before);
  });

  await step('planning-08-leave', page, async () => {
    // The post without a term: who holds it, with the same forms.
    await page.goto(`${base}/#/plan/BT-01`);
    await page.locator('table.post-holders tbody tr',
      {hasText: 'Đinh Minh Hà'}).waitFor();
    await act('End an appointment', [['Member', '2'],
      ['Date', '2026-03-01']], 'End the appointment');
    await page.locator('.flash', {hasText: 'The appointment is ended.'})
      .waitFor();
    await page.getByText('Nobody holds this post.').waitFor();
  });

  await step('planning-09-rotate', page, async () => {
    await act('Record a rotation', [['Member', '3'],
      ['To the organisation', 'CQDN-02'], ['From', '2026-01-01'],
      ['Until', '2026-12-31']], 'Record the rotation');
    await page.locator('.flash', {hasText: 'The rotation is recorded.'})
      .waitFor();
  });

  const viewer = await newPage(browser, errors);
  await step('planning-10-viewer', viewer.page, async () => {
    await login(viewer.page, 'xem.01', 'viewer-pass-01');
    await viewer.page.goto(PLAN);
    await viewer.page.locator('table.plan-candidates tbody tr',
      {hasText: 'Phan Thị Hương'}).waitFor();
    check('a viewer has no form', await viewer.page.locator('summary',
      {hasText: 'Add a candidate'}).count() === 0);
    check('nor one of the holders', await viewer.page.locator('summary',
      {hasText: 'Appoint a member'}).count() === 0);
    // The review, read by a viewer of the committee.
    await viewer.page.goto(`${base}/#/plan-review?term=2025-2030`);
    await viewer.page.locator('table.plan-review tbody tr',
      {hasText: 'Phan Thị Hương'}).waitFor();
  });
} finally {
  await browser.close();
}
finish(errors);
