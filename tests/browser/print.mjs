// The report's page to print (web/report.js, the API's format=html, the
// same page as `cadre report --format html`): the Print button of the
// report opens it in a window of its own, with no script and its own
// style allowed; printed with page.pdf() (the size the page's CSS asks
// for) it has A4 pages numbered "n / N", the title, the committee, the
// period and the figures of the JSON report (pdftotext). run.sh starts the
// server on the demo.
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {base, step, newPage, login, launch, finish} from './lib.mjs';

const browser = await launch();
const errors = [];
const year = new Date().getFullYear() - 1;
const shots = process.env.CADRE_SHOTS;
// The English page writes numbers grouped by thousands (the catalog's
// "#,##0.#") and dates as ISO does.
const grouped = (n) => new Intl.NumberFormat('en-US').format(n);

try {
  const {context, page} = await newPage(browser, errors);
  await login(page, 'demo', 'demo-ngoc-lam');
  let popup;
  let report;

  await step('print-01-button-opens-page', page, async () => {
    const period = `from=${year}-01-01&to=${year}-12-31`;
    await page.goto(`${base}/#/report/NL-CQDN?${period}`);
    await page.locator('h1', {hasText: 'Report of'}).waitFor();
    report = await (await page.request.get(
      `${base}/api/v1/reports/NL-CQDN?${period}`)).json();
    const [opened, response] = await Promise.all([
      context.waitForEvent('page'),
      context.waitForEvent('response',
        (r) => r.url().includes('format=html')),
      page.getByRole('button', {name: 'Print'}).click()]);
    popup = opened;
    await popup.waitForLoadState();
    const url = new URL(popup.url());
    if (url.pathname !== '/api/v1/reports/NL-CQDN' ||
      url.searchParams.get('format') !== 'html' ||
      url.searchParams.get('from') !== `${year}-01-01` ||
      url.searchParams.get('lang') !== 'en')
      throw new Error(`the page opened is ${popup.url()}`);
    const headers = await response.allHeaders();
    const csp = headers['content-security-policy'] || '';
    if (!headers['content-type'].startsWith('text/html') ||
      !csp.includes('style-src \'unsafe-inline\'') || csp.includes('script'))
      throw new Error(`served as ${headers['content-type']}, CSP ${csp}`);
    await popup.locator('h1', {hasText: 'Report'}).waitFor();
    if (await popup.locator('script').count())
      throw new Error('the page has a script');
  });

  await step('print-02-pdf', page, async () => {
    const file = path.join(shots, 'print-02-report.pdf');
    await popup.pdf({path: file, preferCSSPageSize: true});
    const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    if (Math.round(size[1]) !== 595 || Math.round(size[2]) !== 842)
      throw new Error(`not A4: ${size[0]}`);
    if (pages < 2) throw new Error(`${pages} page`);
    const text = execFileSync('pdftotext', ['-layout', file, '-'],
      {encoding: 'utf8'});
    const sheets = text.split('\f');
    for (let n = 1; n <= pages; n++)
      if (!new RegExp(`^\\s*${n}\\s*/\\s*${pages}\\s*$`, 'm')
        .test(sheets[n - 1]))
        throw new Error(`page ${n} is not numbered ${n} / ${pages}`);
    const flat = text.replace(/\s+/g, ' ');
    const wanted = [
      report.scope.name.toUpperCase(), 'Report',
      `from ${year}-01-01 to ${year}-12-31`,
      'Members at the end of the period', 'Cell meetings', 'Summary',
      `For ${report.scope.name}`.toUpperCase()];
    for (const w of wanted)
      if (!flat.includes(w)) throw new Error(`the PDF lacks "${w}"`);
    const figures = {
      'Total': report.members.total,
      'Official members': report.members.official,
      'Admitted': report.flows.admitted,
      'Held': report.meetings.held,
    };
    for (const [label, n] of Object.entries(figures))
      if (!new RegExp(`^\\s*${label}\\s+${grouped(n)}\\s*$`, 'm')
        .test(text))
        throw new Error(`the PDF lacks the line "${label} ${n}"`);
  });
  await context.close();
} finally {
  await browser.close();
}

finish(errors);
