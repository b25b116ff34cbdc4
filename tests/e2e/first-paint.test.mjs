// The two-stage start (docs/performance.md): the first paint draws the dashboard's top and its
// trend chart before the app's wasm arrives, with the options the app would set; the app takes
// the drawn chart over with no blank frame and no layout shift; a tap given meanwhile is
// repeated once the app runs; and without the first paint (files missing, failing) the app
// starts as it always did. Against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, weeklyHistory, STORAGE_KEY } from './harness.mjs';

const app = useApp();
const APP_WASM = /ssi-lens-[0-9a-f]{1,16}_bg\.wasm$/;
const FIRST_PAINT = /first-paint-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

/**
 * In the page before anything runs: every option object handed to an ECharts instance's
 * `setOption` (as JSON, with the element's id), the frames in which the trend chart was missing
 * once it had been drawn, and the layout shifts.
 */
function watch() {
  window.options = [];
  window.blankFrames = 0;
  window.shifts = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  let library;
  Object.defineProperty(window, 'echarts', {
    configurable: true,
    get: () => library,
    set(echarts) {
      library = echarts;
      const init = echarts.init;
      echarts.init = (element, ...rest) => {
        const chart = init.call(echarts, element, ...rest);
        const setOption = chart.setOption;
        chart.setOption = function (option, ...more) {
          window.options.push({ element: element.id, json: JSON.stringify(option) });
          return setOption.call(this, option, ...more);
        };
        return chart;
      };
    },
  });
  let seen = false;
  const frame = () => {
    const drawn = document.querySelector('[data-testid=trend-chart] canvas') !== null;
    if (seen && !drawn) window.blankFrames += 1;
    seen ||= drawn;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** A page that runs the app once with a year stored, so its first-paint copy is written. */
async function returningUser(size, colorScheme) {
  // Without the offline copy, which would answer requests the tests hold back or fail.
  const { context, page } = await openPage(app.browser, app.server.origin, { ...size, serviceWorkers: 'block' });
  await page.emulateMedia({ colorScheme });
  await page.addInitScript(([key, history]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, history);
  }, [STORAGE_KEY, JSON.stringify(weeklyHistory(52))]);
  await page.addInitScript(watch);
  await page.goto(app.server.url);
  await page.waitForSelector('main#main [data-testid=trend-chart] canvas');
  return { context, page };
}

/** The share link of a year, as the Share screen writes it. */
async function shareLink() {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.addInitScript(([key, history]) => localStorage.setItem(key, history), [STORAGE_KEY, JSON.stringify(weeklyHistory(52))]);
  await page.goto(`${app.server.url}share`);
  const link = await page.inputValue('[data-testid=share-link]');
  await context.close();
  return `${app.server.url}#${link.split('#')[1]}`;
}

/** Holds the app's wasm back until `release()`. */
async function holdApp(page) {
  const held = [];
  let released = false;
  await page.route(APP_WASM, (route) => (released ? route.continue() : held.push(route)));
  return async () => {
    released = true;
    await Promise.all(held.splice(0).map((route) => route.continue()));
  };
}

/** Boxes of what a phone and a desktop see at once, to compare the two paints. */
function boxes(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ['.app-bar', 'h1.page-title', '.card.overall', '.card.pillars', '#trend-title', '[data-testid=trend-chart]'].map((s) => {
        const r = document.querySelector(s)?.getBoundingClientRect();
        return [s, r && [r.x, r.y, r.width, r.height].map(Math.round)];
      }),
    ),
  );
}

const firstPaintOptions = (page) => page.evaluate(() => window.options.find((o) => o.element === 'first-chart')?.json);

for (const [size, scheme] of [[{ width: 1280, height: 900 }, 'light'], [{ width: 390, height: 844 }, 'dark']]) {
  test(`a share link is drawn before the app, which takes it over unchanged (${size.width} px, ${scheme})`, async () => {
    const url = await shareLink();
    const { context, page } = await openPage(app.browser, app.server.origin, size);
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(watch);
    const release = await holdApp(page);
    await page.goto(url);
    await page.waitForSelector('#first-chart canvas');
    assert.equal(await page.locator('main#main').count(), 0, 'the app is held back');
    assert.match(await page.locator('#boot [data-testid=shared-banner]').innerText(), /A shared SSI history/);
    assert.equal(await page.locator('#boot [data-testid=overall-score]').innerText(), '50');
    const before = await boxes(page);
    await page.evaluate(() => (window.firstChart = document.getElementById('first-chart')));

    await release();
    await page.waitForSelector('main#main [data-testid=trend-chart] canvas');
    await page.waitForFunction(() => !document.getElementById('boot'));
    await page.waitForTimeout(300);
    assert.deepEqual(await boxes(page), before, 'everything stays where the first paint drew it');
    assert.ok(await page.evaluate(() => document.querySelector('[data-testid=trend-chart]') === window.firstChart), 'the drawn chart is adopted');
    assert.equal(await page.evaluate(() => window.blankFrames), 0, 'no frame without the chart');
    assert.equal(await page.evaluate(() => window.shifts), 0, 'no layout shift');
    // The app draws nothing again: the first paint drew its options.
    assert.equal(await page.evaluate(() => window.options.length), 1, 'drawn once, on one instance');
    assert.deepEqual(page.errors, []);
    const firstPaint = await firstPaintOptions(page);
    await context.close();

    // What the app draws by itself for the same link, width and scheme (the first paint fails).
    const alone = await openPage(app.browser, app.server.origin, size);
    await alone.page.emulateMedia({ colorScheme: scheme });
    await alone.page.addInitScript(watch);
    await alone.page.route(FIRST_PAINT, (route) => route.abort());
    await alone.page.goto(url);
    await alone.page.waitForSelector('main#main [data-testid=trend-chart] canvas');
    assert.deepEqual(await alone.page.evaluate(() => window.options.map((o) => o.json)), [firstPaint]);
    await alone.context.close();
  });

  test(`a stored year: the first paint hands ECharts the app's own options, and the app takes over unchanged (${size.width} px, ${scheme})`, async () => {
    // The app's options, drawn by the app alone (the first paint's files fail).
    const alone = await returningUser(size, scheme);
    await alone.page.route(FIRST_PAINT, (route) => route.abort());
    await alone.page.reload();
    await alone.page.waitForSelector('main#main [data-testid=trend-chart] canvas');
    const apps = await alone.page.evaluate(() => window.options.map((o) => o.json));
    assert.equal(apps.length, 1);
    assert.equal(await alone.page.locator('.boot-failed').count(), 0);
    await alone.context.close();

    // The first paint's, with the app held back.
    const { context, page } = await returningUser(size, scheme);
    const release = await holdApp(page);
    await page.reload();
    await page.waitForSelector('#first-chart canvas');
    assert.equal(await page.locator('#boot h1.page-title').innerText(), 'Dashboard');
    assert.equal(await firstPaintOptions(page), apps[0]);

    // And the app takes one's own dashboard over as it does a link's.
    const before = await boxes(page);
    await release();
    await page.waitForFunction(() => !document.getElementById('boot'));
    await page.waitForTimeout(300);
    assert.deepEqual(await boxes(page), before);
    assert.equal(await page.evaluate(() => window.blankFrames), 0);
    assert.equal(await page.evaluate(() => window.shifts), 0);

    // The adopted chart leaves with its screen, and the dashboard draws its own on return.
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.waitForSelector('main#main [data-testid=history-table], main#main table');
    assert.equal(await page.locator('[_echarts_instance_]').count(), 0, 'no chart left behind');
    await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.waitForSelector('main#main [data-testid=trend-chart] canvas');
    assert.equal(await page.locator('[data-testid=trend-chart]').count(), 1);
    await context.close();
  });
}

test('a stale copy of the history draws nothing first: the app draws what is stored now', async () => {
  const { context, page } = await returningUser({ width: 1280, height: 900 }, 'light');
  await page.evaluate((key) => {
    const history = JSON.parse(localStorage.getItem(key));
    history.snapshots.at(-1).overall = 99;
    localStorage.setItem(key, JSON.stringify(history));
  }, STORAGE_KEY);
  const release = await holdApp(page);
  await page.reload();
  await page.waitForFunction(() => window.ssiCharts !== undefined);
  await page.waitForTimeout(1000);
  assert.equal(await page.locator('#first-chart').count(), 0);
  assert.equal(await page.locator('#boot .boot-skeleton').isVisible(), true);
  await release();
  await page.waitForSelector('main#main [data-testid=trend-chart] canvas');
  assert.equal(await page.locator('[data-testid=overall-score]').innerText(), '99');
  await context.close();
});

test('the app starts as before when the first paint is missing or throws', async () => {
  for (const broken of ['missing', 'throws']) {
    const { context, page } = await returningUser({ width: 390, height: 844 }, 'light');
    await page.route(/first-paint-[0-9a-f]{16}\.js$/, (route) =>
      broken === 'missing'
        ? route.fulfill({ status: 404, body: 'gone' })
        : route.fulfill({ contentType: 'text/javascript', body: 'export default async () => { throw new Error("first paint broke"); };' }),
    );
    await page.reload();
    await page.waitForSelector('main#main [data-testid=trend-chart] canvas');
    assert.equal(await page.locator('.boot-failed').count(), 0, broken);
    await context.close();
  }
});

test('a new visitor downloads neither ECharts nor the first paint until a chart is drawn', async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Try with sample data' }).waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(requested.filter((p) => /echarts|first-paint/.test(p)), []);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  assert.equal(requested.filter((p) => /echarts\.min-/.test(p)).length, 1);
  assert.equal(requested.filter((p) => /first-paint/.test(p)).length, 0);
  await context.close();
});

test('a tap given before the app runs takes effect when it arrives', async () => {
  // The welcome's copy: "Try with sample data".
  const visitor = await openPage(app.browser, app.server.origin, { width: 390, height: 844 });
  const releaseVisitor = await holdApp(visitor.page);
  await visitor.page.goto(app.server.url);
  const copy = visitor.page.locator('#boot .boot-welcome button', { hasText: 'Try with sample data' });
  await copy.click({ force: true });
  assert.equal(await copy.getAttribute('data-waiting'), '', 'the control shows that it waits');
  await releaseVisitor();
  await visitor.page.getByTestId('sample-banner').waitFor();
  await visitor.page.waitForSelector('main#main [data-testid=trend-chart] canvas');
  await visitor.context.close();

  // The first paint's range buttons.
  const { context, page } = await returningUser({ width: 1280, height: 900 }, 'light');
  const release = await holdApp(page);
  await page.reload();
  await page.waitForSelector('#first-chart canvas');
  await page.locator('#boot .segmented button', { hasText: '4 weeks' }).click({ force: true });
  await release();
  await page.waitForFunction(() => document.querySelector('main#main .segmented [aria-pressed=true]')?.textContent === '4 weeks');
  await context.close();
});
