// lib.mjs — what every browser test shares (run.sh runs each script of
// this directory but this one, against one server and one demo database,
// in the order of their names): the browser, a page that records its
// errors, a step that checks and keeps a screenshot, logging in, and the
// count of checks that ends a script. Screenshots are named by their
// step: a script names its steps apart from the others' (meeting-01-…).
import {createRequire} from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(
  path.join(process.env.CADRE_SOURCE, 'web', 'package.json'));
const {chromium} = require('playwright-core');

export const base = process.env.CADRE_URL;
const shots = process.env.CADRE_SHOTS;
let passed = 0;
let failed = 0;

export function check(what, ok, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.error(`FAIL: ${what}${detail ? `: ${detail}` : ''}`);
  }
}

// Runs one step; a step that throws (a wait that timed out) fails and the
// next ones still run on a fresh page.
export async function step(name, page, fn) {
  try {
    await fn();
    // A text the catalog lacks shows as its key (i18n.js).
    const text = await page.locator('body').innerText();
    const key = untranslated.exec(text);
    if (key) throw new Error(`untranslated: ${key[0]}`);
    check(name, true);
  } catch (e) {
    check(name, false, e.message.split('\n')[0]);
  }
  await page.screenshot({path: path.join(shots, `${name}.png`),
    fullPage: true}).catch(() => {});
}

export async function newPage(browser, errors, width = 1280) {
  const context = await browser.newContext({
    viewport: {width, height: 900}, locale: 'en-GB'});
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // The API's refusals the test provokes are not errors of the page.
    if (m.type() === 'error' &&
        !/status of (401|404|409|422) /.test(m.text()))
      errors.push(`console: ${m.text()}`);
  });
  return {context, page};
}

export async function login(page, user, password) {
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', {name: 'Log in'}).click();
  await page.getByRole('link', {name: 'Log out'}).or(
    page.getByRole('button', {name: 'Log out'})).waitFor();
}

// A key of the catalog: a word of its first parts, a dot, and more
// (nav.tree, form.error.title): the prefixes are those of web/i18n/en.json,
// so that a new page's keys are caught too.
const catalog = JSON.parse(fs.readFileSync(
  path.join(process.env.CADRE_SOURCE, 'web', 'i18n', 'en.json'), 'utf8'));
const prefixes = [...new Set(Object.keys(catalog).filter((k) => k.includes('.'))
  .map((k) => k.split('.')[0]))];
const untranslated = new RegExp(`\\b(${prefixes.join('|')})\\.[a-z_.]+\\b`);

// Debian's chromium, headless.
export function launch() {
  return chromium.launch({
    executablePath: process.env.CADRE_CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

// Ends the script: no error in any page, then the counts and the exit.
export function finish(errors) {
  check('no error in the pages', errors.length === 0, errors.join('; '));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
