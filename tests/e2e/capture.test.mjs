// Every sample page read through the UI, the capture bookmarklet run on a page of another
// origin, and pastes that are neither a page nor a link: against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { useApp, storedHistory } from './harness.mjs';

const app = useApp('/');
const FIXTURES = new URL('../fixtures/', import.meta.url);
const FIELDS = ['brand', 'people', 'insights', 'relationships', 'industry_rank', 'network_rank', 'industry_avg', 'network_avg'];

/** What the form shows for a value (three decimals at most, trailing zeros dropped). */
const shown = (v) => (v === null ? '' : String(Number(v.toFixed(3))));

/** A stand-in for linkedin.com on another origin: the SSI page's text at /sales/ssi. */
let other;
before(async () => {
  const page = await readFile(new URL('ssi-page/de.txt', FIXTURES), 'utf8');
  const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const server = createServer((req, res) => {
    const body = req.url.startsWith('/sales/ssi')
      ? `<!doctype html><title>Social Selling Index</title><body><pre>${escape(page)}</pre>`
      : '<!doctype html><title>Feed</title><body><p>Start a post</p>';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  other = { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
});
after(() => other?.close());

test('every sample page, pasted into the box, fills the form with its expected values', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  let checked = 0;
  for (const folder of ['ssi-page', 'ssi-page-more']) {
    const expected = JSON.parse(await readFile(new URL(`${folder}/expected.json`, FIXTURES), 'utf8'));
    const names = (await readdir(new URL(`${folder}/`, FIXTURES))).filter((n) => n in expected);
    for (const name of names) {
      const want = expected[name];
      const text = await readFile(new URL(`${folder}/${name}`, FIXTURES), 'utf8');
      // As a paste: read at once, without waiting for typing to pause.
      await page.dispatchEvent('#paste-text', 'paste');
      await page.fill('#paste-text', text);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      for (const field of FIELDS) {
        assert.equal(await page.inputValue(`#field-${field}`), shown(want[field]), `${name} ${field}`);
      }
      // A page without a total leaves it empty: the form then uses the sum of the pillars.
      const overall = await page.inputValue('#field-overall');
      const sum = want.brand + want.people + want.insights + want.relationships;
      assert.equal(overall || String(Math.round(sum)), String(want.overall_shown), `${name} overall`);
      checked++;
    }
  }
  assert.equal(checked, 14);
  assert.equal(await storedHistory(page), null, 'nothing is saved by pasting');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the capture bookmarklet, run on the SSI page of another origin, opens the filled form; nothing is saved until confirmed', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  const link = await page.getAttribute('[data-testid=bookmarklet]', 'href');
  assert.match(link, /^javascript:/);
  assert.ok(link.length < 1500, `${link.length} characters`);
  // Clicking it inside the app only explains how to install it.
  await page.click('[data-testid=bookmarklet]');
  assert.match(await page.textContent('[data-testid=capture-bookmark]'), /Drag the button to your bookmarks bar/);
  const code = decodeURIComponent(link.slice('javascript:'.length));

  // On another page of "LinkedIn", it says so and goes nowhere.
  const linkedin = await context.newPage();
  await linkedin.goto(`${other.origin}/feed/`);
  const said = new Promise((resolve) => linkedin.once('dialog', async (d) => { resolve(d.message()); await d.accept(); }));
  await linkedin.addScriptTag({ content: code });
  assert.match(await said, /isn’t LinkedIn’s SSI page/);
  assert.equal(linkedin.url(), `${other.origin}/feed/`);

  // On the SSI page, it opens SSI Lens with the page read into the form.
  await linkedin.goto(`${other.origin}/sales/ssi`);
  const requests = [];
  linkedin.on('request', (r) => requests.push(r.url()));
  await linkedin.addScriptTag({ content: code });
  await linkedin.waitForSelector('[data-testid=paste-summary]');
  assert.ok(linkedin.url().startsWith(app.server.url), linkedin.url());
  assert.ok(!linkedin.url().includes('capture='), 'the page text leaves the address bar');
  assert.ok(requests.every((u) => !u.includes('?') || !u.includes('capture')), 'the text is never sent in a request');
  assert.equal(await linkedin.inputValue('#field-brand'), '14.375');
  assert.equal(await linkedin.inputValue('#field-insights'), '8.05');
  assert.equal(await linkedin.inputValue('#field-overall'), '46');
  assert.equal(await linkedin.inputValue('#field-industry_rank'), '12');
  assert.equal(await linkedin.inputValue('#field-network_avg'), '31');
  assert.equal(await storedHistory(linkedin), null, 'nothing is saved before confirming');

  await linkedin.getByRole('button', { name: 'Save snapshot' }).click();
  await linkedin.waitForSelector('[data-testid=overall-score]');
  const saved = await storedHistory(linkedin);
  assert.equal(saved.snapshots.length, 1);
  assert.equal(saved.snapshots[0].pillars.brand, 14.375);
  // Back leads to the dashboard's previous entry, the form, then LinkedIn: never to the capture again.
  await linkedin.goBack();
  await linkedin.goBack();
  await linkedin.waitForURL(`${other.origin}/sales/ssi`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a damaged capture address opens the app with a clear notice, not a broken form', async () => {
  const { context, page } = await app.open();
  await page.goto(`${app.server.url}#capture=1.AAAA-not-deflate`);
  await page.waitForSelector('[data-testid=problem]');
  assert.match(await page.textContent('[data-testid=problem]'), /arrived damaged/);
  await page.waitForFunction(() => !location.hash.includes('capture'));
  await page.goto(`${app.server.url}#capture=9.AAAA`);
  await page.waitForSelector('[data-testid=problem]');
  assert.match(await page.textContent('[data-testid=problem]'), /newer SSI Lens bookmark/);
  assert.equal(await storedHistory(page), null);
  await context.close();
});

test('a paste that is neither an SSI page nor a share link keeps the user where they are and offers the paste box', async () => {
  const { context, page } = await app.open();
  const before = page.url();
  await page.evaluate(() => {
    document.activeElement?.blur();
    const data = new DataTransfer();
    data.setData('text/plain', 'Quarterly plan\nCall Anna on Monday at 10:30');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('[data-testid=stray-paste]');
  assert.equal(page.url(), before, 'still on the same screen');
  assert.equal(await page.$('[data-testid=paste-error]'), null, 'no form with an error');
  await page.getByRole('button', { name: 'Open the paste box' }).click();
  await page.waitForSelector('#paste-text');
  assert.equal(await page.$('[data-testid=stray-paste]'), null);
  await context.close();
});
