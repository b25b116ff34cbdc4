// Share links, the installable offline app and sub-path hosting, against the release build
// served under /ssi-lens/ in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, storedHistory, openPage, appReady, launchWithProfile, DIST, storeHistory } from './harness.mjs';

// A private copy of the build, so the update test can "deploy" a new version.
const app = useApp('/ssi-lens/', async () => {
  const dir = (await mkdtemp(join(tmpdir(), 'ssi-dist-'))) + '/';
  await cp(DIST, dir, { recursive: true });
  return dir;
});

const OWN = {
  version: 1,
  snapshots: [
    { date: '2026-10-05', overall: 30, pillars: { brand: 11.5, people: 6.25, insights: 3, relationships: 9.1 }, industry_rank: 40, note: 'private note' },
    { date: '2026-10-12', overall: 32, pillars: { brand: 12, people: 6.5, insights: 3.5, relationships: 9.75 }, industry_rank: 38 },
    { date: '2026-10-19', overall: 33, pillars: { brand: 12.05, people: 4.76, insights: 1, relationships: 15 }, industry_rank: 37, network_rank: 41 },
  ],
};

async function ownApp() {
  const { context, page } = await app.open();
  await storeHistory(page, OWN);
  await page.reload();
  await page.waitForSelector('[data-testid=overall-score]');
  return { context, page };
}

async function makeLink(page, name) {
  await page.getByRole('link', { name: 'Share' }).click();
  await page.fill('#share-name', name);
  return page.inputValue('[data-testid=share-link]');
}

test('a share link opens read-only in a fresh browser, and moving it into one’s own history imports it', async () => {
  const own = await ownApp();
  const link = await makeLink(own.page, 'Ada <b>Lovelace</b>');
  assert.ok(link.startsWith(`${app.server.url}#s=`), link);
  // A link of ordinary length says nothing about its length.
  assert.equal(await own.page.locator('[data-testid=share-length]').count(), 0);
  await own.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await own.page.getByRole('button', { name: 'Copy link' }).click();
  await own.page.getByText('Copied.').waitFor();
  assert.equal(await own.page.evaluate(() => navigator.clipboard.readText()), link);
  await own.context.close();

  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.goto(link);
  await page.waitForSelector('[data-testid=shared-banner]');
  const banner = await page.textContent('[data-testid=shared-banner]');
  assert.match(banner, /Ada <b>Lovelace<\/b>’s SSI history/, 'the name is shown as text');
  assert.match(banner, /self-reported copy, read-only/);
  assert.equal(await page.textContent('[data-testid=overall-score]'), '33');
  assert.equal(await page.getByRole('button', { name: 'Add snapshot' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Share' }).count(), 0);
  await page.getByRole('link', { name: 'History', exact: true }).click();
  assert.equal(await page.getByRole('button', { name: /^Edit/ }).count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Delete/ }).count(), 0);
  assert.doesNotMatch(await page.textContent('main'), /private note/, 'notes are left out by default');
  assert.equal(await page.evaluate(() => localStorage.length), 0, "the viewer's storage is untouched");

  await page.getByRole('button', { name: 'Move into my own history…' }).click();
  await page.waitForSelector('[data-testid=import-preview]');
  assert.match(await page.textContent('[data-testid=import-added]'), /3 new snapshots/);
  // While the preview is open, the viewer's own SSI Lens (another tab) saves a snapshot.
  const elsewhere = { date: '2020-01-06', overall: 20, pillars: { brand: 5, people: 5, insights: 5, relationships: 5 } };
  await storeHistory(page, { version: 2, snapshots: [elsewhere], goals: {}, outcomes: [] });
  await Promise.all([page.waitForURL(app.server.url), page.getByRole('button', { name: 'Import', exact: true }).click()]);
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.locator('[data-testid=shared-banner]').count(), 0);
  const saved = (await storedHistory(page)).snapshots.map((s) => s.date);
  assert.equal(saved.length, 4, 'the copy and the other tab\'s snapshot are both kept');
  assert.ok(saved.includes(elsewhere.date));
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('sample data dated 2090, shared and moved into one’s own history, is warned about and is the user’s', async () => {
  const own = await app.open();
  const ahead = {
    version: 1,
    snapshots: [
      { date: '2026-10-05', overall: 30, pillars: { brand: 11.5, people: 6.25, insights: 3, relationships: 9.1 }, sample: true },
      { date: '2090-06-01', overall: 32, pillars: { brand: 12, people: 6.5, insights: 3.5, relationships: 9.75 }, sample: true },
    ],
  };
  await storeHistory(own.page, ahead);
  await own.page.reload();
  await own.page.waitForSelector('[data-testid=overall-score]');
  const link = await makeLink(own.page, 'Dana');
  await own.context.close();

  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.goto(link);
  await page.waitForSelector('[data-testid=shared-banner]');
  await page.getByRole('button', { name: 'Move into my own history…' }).click();
  await page.waitForSelector('[data-testid=import-preview]');
  assert.match(await page.textContent('[data-testid=import-ahead]'), /1 day is dated after today \(.*2090\)/);
  await Promise.all([page.waitForURL(app.server.url), page.getByRole('button', { name: 'Import', exact: true }).click()]);
  await page.waitForSelector('[data-testid=overall-score]');
  assert.match(await page.textContent('[data-testid=last-snapshot]'), /Last snapshot dated .*2090, after today/);
  const saved = (await storedHistory(page)).snapshots;
  assert.deepEqual(saved.map((s) => [s.date, s.sample ?? false]), [['2026-10-05', false], ['2090-06-01', false]]);
  assert.equal(await page.getByRole('button', { name: 'Remove sample data' }).count(), 0);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a tampered or truncated link explains the problem and leads back to the app', async () => {
  const own = await ownApp();
  const link = await makeLink(own.page, 'Ada');
  await own.context.close();
  const { context, page } = await openPage(app.browser, app.server.origin);
  const i = link.length - 10;
  const tampered = link.slice(0, i) + (link[i] === 'A' ? 'B' : 'A') + link.slice(i + 1);
  for (const broken of [tampered, link.slice(0, link.length - 40)]) {
    await page.goto(broken);
    await page.waitForSelector('[data-testid=broken-link]');
    assert.match(await page.textContent('[data-testid=broken-link]'), /damaged|invalid/);
  }
  await Promise.all([page.waitForURL(app.server.url), page.getByRole('link', { name: 'Open SSI Lens' }).click()]);
  await page.getByRole('button', { name: 'Add your first snapshot' }).waitFor();
  await context.close();
});

test('installable: manifest and service worker found, no installability errors, CSP set', async () => {
  const context = await launchWithProfile();
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (r) => r.url().startsWith(app.server.origin) || foreign.push(r.url()));
  await page.goto(app.server.url);
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const manifest = await (await page.request.get(`${app.server.url}manifest.webmanifest`)).json();
  assert.equal(manifest.start_url, './');
  assert.deepEqual(manifest.icons.map((i) => i.sizes), ['192x192', '512x512', '512x512']);
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.doesNotMatch(csp, /https?:/);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('after one online visit the app opens with its data while offline', async () => {
  const { context, page } = await ownApp();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.textContent('[data-testid=overall-score]'), '33');
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  await context.close();
});

test('a newly deployed version is announced and applied on the user’s click', async () => {
  const { context, page } = await ownApp();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // "Deploy" a new version: any change to sw.js is a new service worker.
  const dir = app.server.dir;
  await appendFile(join(dir, 'sw.js'), '\n// next version\n');
  await page.reload();
  await page.waitForSelector('[data-testid=update-ready]');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  await appReady(page);
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting);
  assert.equal(waiting, null);
  assert.equal(await page.locator('[data-testid=update-ready]').count(), 0);
  await context.close();
});
