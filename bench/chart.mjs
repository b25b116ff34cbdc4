// What the time-to-chart measures share: the in-page watch for the drawn chart, the stored
// history the app opens with, and the reference page for the same data.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { weeklyHistory } from '../tests/e2e/harness.mjs';

export const KEY = 'ssi-lens.history';
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
 * An init script storing the history text `v` under `k`, with the chart range "All" so the app
 * draws every snapshot, as the reference does. Pass to `addInitScript(store, [KEY, text])`.
 */
export const store = ([k, v]) => {
  localStorage.setItem(k, v);
  localStorage.setItem('ssi-lens.range', 'all');
};

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
