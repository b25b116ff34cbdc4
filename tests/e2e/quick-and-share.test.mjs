// The weekly check-in on a phone: a page shared to the installed app (the manifest's
// share_target, answered by the service worker, never by the host) opens the paste preview, and
// the quick add comes filled with the last snapshot's figures. Release build, headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { useApp, appReady, storedHistory, weeklyHistory, reloadWith, STORAGE_KEY } from './harness.mjs';

const app = useApp('/');
const FIXTURES = new URL('../fixtures/ssi-page/', import.meta.url);
const PAGE = await readFile(new URL('en-classic.txt', FIXTURES), 'utf8');
const EXPECTED = JSON.parse(await readFile(new URL('expected.json', FIXTURES), 'utf8'))['en-classic.txt'];
const FIELDS = ['brand', 'people', 'insights', 'relationships', 'industry_rank', 'network_rank', 'industry_avg', 'network_avg'];
/** What the full form shows for a value (three decimals at most, trailing zeros dropped). */
const shown = (v) => (v === null ? '' : String(Number(v.toFixed(3))));
/** Lines of the page distinctive enough that any request carrying the text carries one. */
const MARKS = ['Establish your professional brand', 'Top 65%', 'average SSI of 31'];
const carries = (text) => MARKS.some((mark) => decodeURIComponent(text.replace(/\+/g, ' ')).includes(mark));

/** The phone's share sheet, stood in for by a page of another origin posting as the OS does. */
let sheet;
before(async () => {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Share</title><body>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  sheet = { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
});
after(() => sheet?.close());

/** A context whose app is installed in the sense that matters: its service worker controls it. */
async function controlled(options) {
  const { context, page } = await app.open(options);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await appReady(page);
  return { context, page };
}

/** Shares `fields` (title, text, url) to the app: the POST the manifest's share_target asks for. */
async function share(page, fields) {
  await page.goto(`${sheet.origin}/`);
  const manifest = await (await page.request.get(`${app.server.url}manifest.webmanifest`)).json();
  const target = manifest.share_target;
  await page.evaluate(
    ({ action, method, enctype, fields }) => {
      const form = Object.assign(document.createElement('form'), { action, method, enctype });
      for (const [name, value] of Object.entries(fields)) {
        form.append(Object.assign(document.createElement('textarea'), { name, value }));
      }
      document.body.append(form);
      form.submit();
    },
    { action: new URL(target.action, app.server.url).href, method: target.method, enctype: target.enctype, fields },
  );
}

test('the manifest makes the installed app a share target that posts the text', async () => {
  const manifest = await (await fetch(`${app.server.url}manifest.webmanifest`)).json();
  assert.deepEqual(manifest.share_target, {
    action: 'share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { title: 'title', text: 'text', url: 'url' },
  });
});

test('a page shared to the app opens the paste preview, and its text never reaches the host', async () => {
  const { context, page } = await controlled();
  const before = app.server.requests.length;
  await share(page, { title: 'Social Selling Index | LinkedIn', text: PAGE });
  await page.waitForURL((url) => url.pathname === '/add');
  await page.waitForSelector('[data-testid=paste-summary]');
  for (const field of FIELDS) {
    assert.equal(await page.inputValue(`#field-${field}`), shown(EXPECTED[field]), field);
  }
  assert.equal(new URL(page.url()).hash, '', 'the address says nothing of the share');
  assert.equal(await page.title(), 'Add a snapshot · SSI Lens');
  const reached = app.server.requests.slice(before);
  assert.deepEqual(reached.filter((r) => r.method !== 'GET'), [], 'the POST is answered on the device');
  assert.deepEqual(reached.filter((r) => carries(r.url) || carries(r.body)), []);
  // Read once: the inbox is emptied, and nothing is saved until the user saves.
  assert.equal(await page.evaluate(() => caches.has('shared-page-inbox')), false);
  assert.equal(await storedHistory(page), null);
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, STORAGE_KEY);
  const saved = (await storedHistory(page)).snapshots;
  assert.equal(saved.length, 1);
  assert.equal(saved[0].pillars.brand, EXPECTED.brand);
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('a share with nothing in it, or that never reached the inbox, says so and opens the dashboard', async () => {
  const { context, page } = await controlled();
  await share(page, { title: '', text: '  ' });
  await page.waitForSelector('text=Nothing came with the share');
  await page.waitForURL((url) => url.pathname === '/' && url.hash === '');
  await page.goto(`${app.server.url}#capture=shared`);
  await page.waitForSelector('text=The shared page didn’t reach SSI Lens');
  assert.equal(await storedHistory(page), null);
  await context.close();
});

test('the quick add is one tap from the dashboard, filled with last week’s figures, and saves today’s', async () => {
  const { context, page } = await app.open({ width: 390, height: 844 });
  const history = weeklyHistory(30);
  await reloadWith(page, history);
  const last = history.snapshots.at(-1);
  await page.locator('[data-testid=quick-add]').click();
  await page.waitForURL((url) => url.pathname === '/quick');
  await page.locator('main h1', { hasText: 'Quick add' }).waitFor();
  assert.equal(await page.title(), 'Quick add · SSI Lens');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.equal(await page.inputValue('#field-date'), today);
  for (const pillar of ['brand', 'people', 'insights', 'relationships']) {
    assert.equal(await page.inputValue(`#field-${pillar}`), last.pillars[pillar].toFixed(2), pillar);
    assert.equal(await page.getAttribute(`#field-${pillar}`, 'inputmode'), 'decimal', 'the numeric keyboard');
  }
  assert.equal(await page.inputValue('#field-industry_rank'), String(last.industry_rank));
  assert.equal(await page.inputValue('#field-network_rank'), String(last.network_rank));
  // Only what a week's check-in needs; the full form is one tap away.
  assert.equal(await page.locator('#field-overall, #field-note, #paste-text').count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Full form' }).getAttribute('href'), '/add');
  await page.fill('#field-brand', '17.5');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  // Stored under the cross-tab lock, a moment after the form has left.
  await page.waitForFunction(
    ([key, count]) => JSON.parse(localStorage.getItem(key)).snapshots.length === count,
    [STORAGE_KEY, history.snapshots.length + 1],
  );
  const saved = (await storedHistory(page)).snapshots.find((s) => s.date === today);
  assert.equal(saved.date, today);
  assert.equal(saved.pillars.brand, 17.5);
  assert.equal(saved.pillars.people, last.pillars.people);
  assert.equal(saved.industry_rank, last.industry_rank);
  const sum = 17.5 + last.pillars.people + last.pillars.insights + last.pillars.relationships;
  assert.equal(saved.overall, Math.round(sum));
  // A tap on the first paint's link (before the app runs) loads /quick from the host's 404.html.
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('Paste from clipboard reads a copied page on a tap, and says so plainly when the browser refuses', async () => {
  const { context, page } = await app.open();
  await reloadWith(page, weeklyHistory(3));
  await page.locator('[data-testid=quick-add]').click();
  await page.locator('main h1', { hasText: 'Quick add' }).waitFor();
  // Refused: no permission was given.
  await context.grantPermissions([]);
  await page.getByRole('button', { name: 'Paste from clipboard' }).click();
  assert.match(await page.textContent('[data-testid=clipboard-problem]'), /didn’t allow reading the clipboard.*press and hold/);
  // Allowed: the copied page opens in the full form's preview.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), PAGE);
  await page.getByRole('button', { name: 'Paste from clipboard' }).click();
  await page.waitForURL((url) => url.pathname === '/add');
  await page.waitForSelector('[data-testid=paste-summary]');
  assert.equal(await page.inputValue('#field-brand'), shown(EXPECTED.brand));
  await context.close();
});
