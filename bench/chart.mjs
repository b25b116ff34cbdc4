// What the time-to-chart measures share: the in-page watches for the drawn chart and for the
// app's start, the stored history (and the first paint's copy of it) the app opens with, and
// the reference page for the same data.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { weeklyHistory, RANGE_KEY } from '../tests/e2e/harness.mjs';

export const APP_CHART = '[data-testid=trend-chart]';
export const REFERENCE_CHART = '#chart';

/**
 * Runs in the page from its first moment: records the first animation frame at which the
 * element `selector` holds an ECharts chart with its data and a canvas. Timing inside the page
 * keeps the browser driver's round trips out of both measures.
 */
export function watchChart(selector) {
  const check = () => {
    const el = document.querySelector(selector);
    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
    if (chart && el.querySelector('canvas') && chart.getOption().series[0].data.length > 0) {
      window.chartDrawnAt = performance.now();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** Waits for `watchChart`'s mark in `page`; milliseconds from navigation start to the chart. */
export async function chartDrawnAt(page) {
  await page.waitForFunction(() => window.chartDrawnAt !== undefined, null, { polling: 100, timeout: 120000 });
  return page.evaluate(() => window.chartDrawnAt);
}

/**
 * Runs in the app's page from its first moment (with `watchChart`): when the first paint's
 * chart appeared in the loading frame (a canvas in `#boot #first-chart`), when the app had
 * mounted (`main#main` there and `#boot` gone: from then on a tap works), and every long task
 * the main thread ran. Mutation records arrive once the task that made them has finished, so
 * each time is the end of that work.
 */
export function watchStart() {
  const start = (window.__start = { longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) start.longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    start.longTasks = null;
  }
  const observer = new MutationObserver(() => {
    if (start.firstPaintAt === undefined && document.querySelector('#boot #first-chart canvas')) start.firstPaintAt = performance.now();
    if (document.querySelector('main#main') && !document.getElementById('boot')) {
      start.mountedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Whether the first paint drew the chart `watchChart` saw (it was in the loading frame first). */
export function drawnByFirstPaint(page) {
  return page.evaluate(() => window.__start?.firstPaintAt !== undefined && window.__start.firstPaintAt <= window.chartDrawnAt);
}

/**
 * After `watchChart`'s mark, with `watchStart` in the page: waits until the app has mounted and
 * `settleMs` more have passed. Returns the milliseconds from navigation start to the first
 * paint's chart (undefined if it drew none) and to the app mounted, the longest task from
 * navigation until `settleMs` after the mount, and every response from the page's origin that
 * had finished before the chart was drawn (its address and size on the wire).
 */
export async function startOf(page, { settleMs = 1000 } = {}) {
  await page.waitForFunction(() => window.__start?.mountedAt !== undefined, null, { polling: 100, timeout: 120000 });
  await page.waitForFunction((ms) => performance.now() > window.__start.mountedAt + ms + 200, settleMs, { polling: 100, timeout: 120000 });
  return page.evaluate((ms) => {
    const { firstPaintAt, mountedAt, longTasks } = window.__start;
    const until = mountedAt + ms;
    const tasks = longTasks && longTasks.filter((t) => t.start <= until);
    // The chart is drawn when its canvas is there (the first paint's, at the end of that task),
    // or at the frame `watchChart` saw it, whichever is earlier.
    const drawn = Math.min(firstPaintAt ?? Infinity, window.chartDrawnAt);
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const before = entries
      .filter((e) => e.name.startsWith(location.origin) && e.responseEnd > 0 && e.responseEnd <= drawn)
      .map((e) => ({ url: e.name, end: e.responseEnd, transfer: e.transferSize, encoded: e.encodedBodySize }));
    return {
      firstPaintMs: firstPaintAt,
      mountedMs: mountedAt,
      longestTaskMs: tasks ? Math.max(0, ...tasks.map((t) => t.ms)) : NaN,
      longTasks: tasks ? tasks.length : NaN,
      before,
    };
  }, settleMs);
}

/**
 * An init script storing `entries` ([key, text] pairs: the history, and the first paint's copy
 * of it), with the chart range "All" so the app draws every snapshot, as the reference does.
 * Pass to `addInitScript(store, storing(entries))`.
 */
export const store = ([entries, rangeKey]) => {
  for (const [k, v] of entries) localStorage.setItem(k, v);
  localStorage.setItem(rangeKey, 'all');
};

/** The argument of `store` for `entries` (a function in the page sees no imports). */
export const storing = (entries) => [entries, RANGE_KEY];

/**
 * The stamp the app puts on the first paint's copy: a 64-bit FNV-1a hash of the stored text's
 * UTF-8 bytes, in hex (src/first_paint/record.rs), to check a captured copy is current.
 */
export function firstPaintStamp(text) {
  let hash = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) hash = ((hash ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** Whether `record` (the first paint's copy) was made from exactly `text`. */
export const isCurrentCopy = (record, text) => typeof record === 'string' && record.split('|')[1] === firstPaintStamp(text);

/**
 * Writes `reference-<weeks>.html` into `dir`: the reference page drawing `weeks` snapshots
 * with the app's own ECharts file. Returns its file name.
 */
export async function writeReference(dir, echartsFile, weeks) {
  const html = (await readFile(new URL('./reference.html', import.meta.url), 'utf8'))
    .replace('__ECHARTS__', echartsFile)
    .replace('__DATA__', JSON.stringify(weeklyHistory(weeks).snapshots));
  const name = `reference-${weeks}.html`;
  await writeFile(join(dir, name), html);
  return name;
}
