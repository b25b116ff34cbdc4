// Data that survives many tabs, full storage, old schemas and hostile text, against the
// release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, storedHistory, openPage, appReady, weeklyHistory, STORAGE_KEY, storeHistory, fillSnapshot, SCHEMA_VERSION } from './harness.mjs';

const app = useApp('/');

async function addSnapshot(page, date, brand, extra = {}) {
  await page.getByRole('button', { name: /Add (your first )?snapshot/ }).first().click();
  await fillSnapshot(page, { date, brand, people: '5', insights: '5', relationships: '5', ...extra });
}

const dates = async (page) => ((await storedHistory(page))?.snapshots ?? []).map((s) => s.date);

test('two tabs stay consistent, and two tabs saving at once lose neither snapshot', async () => {
  const { context, page: a } = await app.open();
  const b = await context.newPage();
  await b.goto(app.server.url);
  await appReady(b);

  await addSnapshot(a, '2026-01-05', '10');
  await a.getByRole('button', { name: 'Save snapshot' }).click();
  // The other tab sees it without a reload.
  await b.waitForSelector('[data-testid=overall-score]');
  assert.equal(await b.textContent('[data-testid=overall-score]'), '25');

  // Both tabs fill a form, then save in the same moment.
  await addSnapshot(a, '2026-01-12', '11');
  await addSnapshot(b, '2026-01-19', '12');
  await Promise.all([
    a.getByRole('button', { name: 'Save snapshot' }).click(),
    b.getByRole('button', { name: 'Save snapshot' }).click(),
  ]);
  await a.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots.length === 3, STORAGE_KEY);
  assert.deepEqual(await dates(a), ['2026-01-05', '2026-01-12', '2026-01-19']);
  for (const tab of [a, b]) {
    await tab.getByRole('link', { name: 'History' }).click();
    await tab.waitForFunction(() => document.querySelectorAll('[data-testid=history-table] tbody tr').length === 3);
  }
  // A deletion in one tab reaches the other.
  await a.getByRole('button', { name: 'Delete snapshot of 12 Jan 2026' }).click();
  await b.waitForFunction(() => document.querySelectorAll('[data-testid=history-table] tbody tr').length === 2);
  assert.deepEqual(await dates(b), ['2026-01-05', '2026-01-19']);
  await context.close();
});

test('with storage full, saving says so, keeps the snapshot on screen, and it can be exported', async () => {
  const { context, page } = await app.open();
  await addSnapshot(page, '2026-02-02', '10');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  // Fill the rest of the quota.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
  });
  await addSnapshot(page, '2026-02-09', '20');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.getByText(/could not be saved in this browser \(storage is full\)/).waitFor();
  assert.equal(await page.textContent('[data-testid=overall-score]'), '35');
  assert.deepEqual(await dates(page), ['2026-02-02'], 'the stored data is the last good save');
  await page.getByRole('link', { name: 'History' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON (full backup)' }).click();
  const saved = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  assert.deepEqual(saved.snapshots.map((s) => s.date), ['2026-02-02', '2026-02-09']);
  await context.close();
});

test('every past schema version loads, and an upgrade keeps no stale backup once written', async () => {
  for (const version of [1, 2, 3, 4]) {
    const text = await readFile(new URL(`../fixtures/envelopes/v${version}.json`, import.meta.url), 'utf8');
    const { context, page } = await app.open();
    await storeHistory(page, text);
    await page.reload();
    await page.waitForSelector('[data-testid=overall-score]');
    const stored = await storedHistory(page);
    assert.equal(stored.version, SCHEMA_VERSION, `v${version} is stored as the current schema`);
    assert.equal(stored.snapshots.length, JSON.parse(text).snapshots.length);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    assert.deepEqual(keys.filter((k) => k.includes('before-upgrade')), [], 'the backup goes once the upgrade is read back');
    await context.close();
  }
});

test('HTML in a note and an industry is shown as text everywhere, chart tooltips too', async () => {
  const { context, page } = await app.open();
  page.on('dialog', () => assert.fail('a script ran'));
  const note = '<img src=x onerror=alert(1)>';
  await addSnapshot(page, '2026-03-02', '10', { note });
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await addSnapshot(page, '2026-03-09', '11', { industry: '<script>alert(2)</script>' });
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  assert.match(await page.textContent('main'), /Industry: <script>alert\(2\)<\/script>/);

  // Hover the note's marker: the tooltip shows the note as text.
  await page.locator('[data-testid=trend-chart]').scrollIntoViewIfNeeded();
  const point = await page.evaluate(() => {
    const el = document.querySelector('[data-testid=trend-chart]');
    const chart = echarts.getInstanceByDom(el);
    const index = chart.getOption().series.findIndex((s) => s.name === 'Note');
    const [x, y] = chart.convertToPixel({ seriesIndex: index }, ['2026-03-02', 25]);
    const box = el.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  // ECharts reacts to pointer movement, so arrive at the marker from nearby.
  await page.mouse.move(point.x - 30, point.y + 20);
  await page.mouse.move(point.x, point.y, { steps: 5 });
  const tooltip = await page.waitForFunction((n) => {
    const tip = [...document.querySelectorAll('[data-testid=trend-chart] div')].find((d) => d.textContent.includes(n));
    return tip ? tip.textContent : false;
  }, '<img src=x', { timeout: 5000 });
  assert.match(await tooltip.jsonValue(), /^2 Mar 2026.*Note\s*<img src=x onerror=alert\(1\)>$/);
  await page.getByRole('link', { name: 'History' }).click();
  assert.match(await page.textContent('[data-testid=history-table]'), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.locator('main script').count(), 0);
  await context.close();
});

test('charts wait for a slow chart library, and say so when it never arrives', async () => {
  const stored = JSON.stringify(weeklyHistory(3));
  for (const arrives of [true, false]) {
    const { context, page } = await openPage(app.browser, app.server.origin);
    await page.route('**/echarts*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await (arrives ? route.continue() : route.abort());
    });
    await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, stored]);
    // Not waiting for the page's `load` event, which waits for the library.
    await page.goto(app.server.url, { waitUntil: 'commit' });
    // The page is built before the library arrives.
    await page.waitForSelector('[data-testid=overall-score]');
    assert.equal(await page.locator('[data-testid=trend-chart] canvas').count(), 0);
    if (arrives) {
      await page.waitForSelector('[data-testid=trend-chart] canvas');
      assert.doesNotMatch(await page.textContent('main'), /did not load/);
    } else {
      await page.getByText('The chart library did not load').first().waitFor();
      // The numbers stay reachable.
      await page.click('.chart-data summary');
      await page.waitForSelector('.chart-data tbody tr');
    }
    assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), []);
    await context.close();
  }
});
