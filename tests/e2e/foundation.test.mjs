// The foundation's journeys against the release build in real headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, storedHistory, openPage, weeklyHistory, STORAGE_KEY, storedText, storeHistory, fillSnapshot, SCHEMA_VERSION } from './harness.mjs';

const app = useApp('/');

test('a first visit shows the empty state and stores nothing', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Add your first snapshot' }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'Try with sample data' }).isVisible());
  assert.match(await page.textContent('main'), /Social Selling Index/);
  assert.equal(await storedText(page), null);
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a snapshot added through the form survives a reload, on the dashboard, chart and history', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  await fillSnapshot(page, {
    date: '2026-03-02',
    brand: '12.05',
    people: '4.76',
    insights: '1',
    relationships: '15',
    industry_rank: '37',
    network_rank: '41',
    industry_avg: '29',
    network_avg: '36',
  });
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.waitForSelector('[data-testid=overall-score]');

  await page.reload();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.textContent('[data-testid=overall-score]'), '33');
  assert.match(await page.textContent('main'), /Top 37%/);
  // The chart is drawn by ECharts into a canvas.
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  // The text alternative carries the same numbers; its table is built when opened.
  assert.doesNotMatch(await page.textContent('.chart-data'), /12\.05/);
  await page.click('.chart-data summary');
  await page.waitForSelector('.chart-data table');
  assert.match(await page.textContent('.chart-data'), /12\.05/);

  await page.getByRole('link', { name: 'History' }).click();
  const row = await page.textContent('[data-testid=history-table] tbody tr');
  assert.match(row, /2 Mar 2026/);
  assert.match(row, /12\.05/);
  assert.match(row, /Top 37%/);
  const stored = JSON.parse(await storedText(page));
  assert.equal(stored.version, SCHEMA_VERSION);
  assert.equal(stored.snapshots.length, 1);
  assert.equal(stored.snapshots[0].pillars.people, 4.76);
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('invalid input shows the message next to its field and saves nothing', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  await fillSnapshot(page, { brand: '26', people: '4', insights: 'abc', relationships: '3', network_rank: '0' });
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  assert.equal(
    await page.textContent('[data-testid=error-brand]'),
    'Brand must be between 0 and 25.',
  );
  assert.match(await page.textContent('[data-testid=error-insights]'), /must be a number/);
  assert.match(await page.textContent('[data-testid=error-network_rank]'), /whole number from 1 to 100/);
  // The message is tied to its input for assistive technology.
  assert.match(await page.getAttribute('#field-brand', 'aria-describedby'), /field-brand-error/);
  assert.equal(await page.getAttribute('#field-brand', 'aria-invalid'), 'true');
  assert.equal(await storedText(page), null);
  await context.close();
});

test('corrupt storage leads to the recovery screen and the stored text stays unchanged', async () => {
  const { context, page } = await app.open();
  const corrupt = '{"version":1,"snapshots":[{"date":"2026-01-01","overall":';
  await storeHistory(page, corrupt);
  await page.reload();
  await page.waitForSelector('[data-testid=recovery]');
  assert.match(await page.textContent('[data-testid=recovery]'), /can’t be read/);
  assert.equal(await page.inputValue('#raw-data'), corrupt);
  await page.reload();
  await page.waitForSelector('[data-testid=recovery]');
  assert.equal(await storedText(page), corrupt);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the saved data' }).click();
  assert.match((await download).suggestedFilename(), /^ssi-lens-saved-data-\d{4}-\d{2}-\d{2}\.txt$/);
  await context.close();
});

test('sample data is clearly marked and removed in one click', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=sample-banner]');
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  assert.match(await page.textContent('[data-testid=advice]'), /Focus on/);
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await page.getByRole('button', { name: 'Add your first snapshot' }).waitFor();
  assert.deepEqual((await storedHistory(page)).snapshots, []);
  await context.close();
});

test('the chart follows a change of the system colour scheme while open', async () => {
  const { context, page } = await app.open({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  const firstColour = () =>
    page.evaluate(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().color[0]);
  const light = await firstColour();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction((before) =>
    echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().color[0] !== before, light);
  assert.notEqual(await firstColour(), light);
  await context.close();
});

test('the layout shows before the wasm, and nothing shifts when the data arrives', async () => {
  const stored = JSON.stringify(weeklyHistory(4));
  const seed = ([k, v]) => {
    localStorage.setItem(k, v);
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  };
  const barHeight = (page) => page.evaluate(() => document.querySelector('.app-bar').getBoundingClientRect().height);

  for (const width of [1280, 390]) {
    // The wasm never arrives: a returning user's loading frame shows the header and empty
    // cards (a new visitor's is the welcome: boot.test.mjs).
    const held = await openPage(app.browser, app.server.origin, { width });
    await held.page.addInitScript(seed, [STORAGE_KEY, stored]);
    await held.page.route('**/*.wasm', () => {});
    await held.page.goto(app.server.url, { waitUntil: 'commit' });
    await held.page.waitForSelector('#boot .app-bar');
    // The frame's height once the stylesheet applies (the element exists before it loads).
    await held.page.waitForFunction(() => [...document.querySelectorAll('link[rel=stylesheet]')].every((l) => l.sheet));
    assert.equal(await held.page.locator('#boot .boot-skeleton .card:visible').count(), 3);
    const frameBar = await barHeight(held.page);
    await held.context.close();

    const { context, page } = await openPage(app.browser, app.server.origin, { width });
    await page.addInitScript(seed, [STORAGE_KEY, stored]);
    await page.goto(app.server.url);
    await page.waitForSelector('[data-testid=trend-chart] canvas');
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#boot').count(), 0);
    // Within a pixel: layout rounds to 1/64 px.
    assert.ok(Math.abs((await barHeight(page)) - frameBar) < 1, `the bar's height at ${width}px`);
    assert.ok((await page.evaluate(() => window.shifts)) < 0.01);
    await context.close();
  }
});
