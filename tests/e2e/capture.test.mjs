// Every sample page read through the UI, the capture bookmarklet run on a page of another
// origin, and pastes that are neither a page nor a link: against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
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

test('the capture bookmarklet, run on the SSI page of another origin, opens the filled form in a new tab without the text in any address; nothing is saved until confirmed', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  const link = await page.getAttribute('[data-testid=bookmarklet]', 'href');
  assert.match(link, /^javascript:/);
  assert.ok(link.length < 1500, `${link.length} characters`);
  // Clicking it inside the app only explains how to install it.
  await page.click('[data-testid=bookmarklet]');
  assert.match(await page.textContent('[data-testid=capture-bookmark]'), /It works from the bookmarks bar, not from here/);
  const code = decodeURIComponent(link.slice('javascript:'.length));

  // On another page of "LinkedIn", it says so and goes nowhere.
  const linkedin = await context.newPage();
  await linkedin.goto(`${other.origin}/feed/`);
  const said = new Promise((resolve) => linkedin.once('dialog', async (d) => { resolve(d.message()); await d.accept(); }));
  await linkedin.addScriptTag({ content: code });
  assert.match(await said, /isn’t LinkedIn’s SSI page/);
  assert.equal(linkedin.url(), `${other.origin}/feed/`);

  // On the SSI page, it opens SSI Lens in a new tab with the page read into the form. Every
  // address any page of the browser goes to is recorded: navigations, history entries the app
  // makes, requests.
  const addresses = [];
  const names = [];
  await context.exposeBinding('__recordAddress', (_, url) => addresses.push(url));
  await context.exposeBinding('__recordName', (_, name) => names.push(name));
  await context.addInitScript(() => {
    if (window.name) window.__recordName(window.name);
    for (const method of ['pushState', 'replaceState']) {
      const original = history[method];
      history[method] = function (state, title, url) {
        if (url !== undefined && url !== null) window.__recordAddress(new URL(url, location.href).href);
        return original.call(this, state, title, url);
      };
    }
  });
  context.on('request', (r) => addresses.push(r.url()));
  const watch = (p) => p.on('framenavigated', (f) => addresses.push(f.url()));
  context.on('page', watch);
  await linkedin.goto(`${other.origin}/sales/ssi`);
  const [tab] = await Promise.all([context.waitForEvent('page'), linkedin.addScriptTag({ content: code })]);
  tab.errors = [];
  tab.on('pageerror', (e) => tab.errors.push(String(e)));
  await tab.waitForSelector('[data-testid=paste-summary]');
  assert.equal(linkedin.url(), `${other.origin}/sales/ssi`, 'LinkedIn stays open where it was');
  assert.ok(tab.url().startsWith(app.server.url), tab.url());
  assert.equal(await tab.inputValue('#field-brand'), '14.375');
  assert.equal(await tab.inputValue('#field-insights'), '8.05');
  assert.equal(await tab.inputValue('#field-overall'), '46');
  assert.equal(await tab.inputValue('#field-industry_rank'), '12');
  assert.equal(await tab.inputValue('#field-network_avg'), '31');
  assert.equal(await storedHistory(tab), null, 'nothing is saved before confirming');
  // The tab's name carried the text; it is read once and cleared, and LinkedIn loses its hold.
  assert.equal(names.length, 1);
  assert.match(names[0], /^ssi-lens-capture=2\.[A-Za-z0-9_-]{100,}$/);
  assert.equal(await tab.evaluate(() => window.name), '');
  assert.equal(await tab.evaluate(() => window.opener), null);

  await tab.getByRole('button', { name: 'Save snapshot' }).click();
  await tab.waitForSelector('[data-testid=overall-score]');
  const saved = await storedHistory(tab);
  assert.equal(saved.snapshots.length, 1);
  assert.equal(saved.snapshots[0].pillars.brand, 14.375);
  // Back leads to the form, never to the capture again.
  await tab.goBack();
  await tab.waitForSelector('#field-brand');
  addresses.push(tab.url());

  // Neither the text nor its encoding is in any address: the browser's history never has it.
  const payload = names[0].slice('ssi-lens-capture=2.'.length);
  const pageText = await linkedin.evaluate(() => document.body.innerText);
  const lines = pageText.split('\n').map((l) => l.trim()).filter((l) => l.length >= 12);
  assert.ok(lines.length > 5);
  assert.ok(addresses.some((u) => u.startsWith(app.server.url)), 'the recording saw the app');
  for (const url of addresses) {
    const read = decodeURIComponent(url);
    for (let i = 0; i + 16 <= payload.length; i += 8) {
      assert.ok(!url.includes(payload.slice(i, i + 16)), `the encoded text in ${url}`);
    }
    for (const line of lines) assert.ok(!read.includes(line), `"${line}" in ${url}`);
    assert.ok(!/capture=\d+\./.test(url), url);
  }
  assert.deepEqual(page.errors, []);
  assert.deepEqual(tab.errors, []);
  await context.close();
});

test('a capture of an old bookmarklet, in the address, still opens the filled form and leaves the address', async () => {
  const { context, page } = await app.open();
  const text = await readFile(new URL('ssi-page/de.txt', FIXTURES), 'utf8');
  const fragment = `capture=1.${deflateRawSync(Buffer.from(text)).toString('base64url')}`;
  await page.goto(`${app.server.url}#${fragment}`);
  await page.waitForSelector('[data-testid=paste-summary]');
  assert.equal(await page.inputValue('#field-brand'), '14.375');
  assert.ok(!page.url().includes('capture='), page.url());
  assert.equal(await storedHistory(page), null);
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
  // An address that says the text is in the tab's name, when it isn't (or isn't the bookmark's).
  await page.evaluate(() => { window.name = 'some-other-site=2.AAAA'; });
  await page.goto(`${app.server.url}#capture=2`);
  await page.waitForSelector('[data-testid=problem]');
  assert.match(await page.textContent('[data-testid=problem]'), /didn’t reach this tab/);
  assert.equal(await page.evaluate(() => window.name), 'some-other-site=2.AAAA', 'a name not ours is left alone');
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
