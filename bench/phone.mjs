// Time to the trend chart on a phone: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up and the
// CPU slowed 4× (Chrome DevTools Protocol), over the gzip server. Every visit gets a fresh
// browser profile; first visits with the HTTP cache disabled, repeat visits with the service
// worker (the app) or the HTTP cache (the reference page) warm from one earlier load. For the
// app, also when it has mounted (a tap works), its longest task, and what it downloaded before
// the chart (bench/chart.mjs, `watchStart`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { watchChart, chartDrawnAt, watchStart, startOf, drawnByFirstPaint } from './chart.mjs';

export const PHONE = {
  latencyMs: 150,
  downBitsPerSecond: 1.6e6,
  upBitsPerSecond: 750e3,
  cpuSlowdown: 4,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
};

/** A browser with a fresh profile of its own, sized like a phone. */
async function freshProfile() {
  const dir = await mkdtemp(join(tmpdir(), 'ssi-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    viewport: PHONE.viewport,
    deviceScaleFactor: PHONE.deviceScaleFactor,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); } };
}

/** Slows `page`'s network and CPU to the phone's; kept across its navigations. */
async function throttle(page, { cacheDisabled }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downBitsPerSecond / 8,
    uploadThroughput: PHONE.upBitsPerSecond / 8,
  });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

/**
 * A first visit: opens `url` in a fresh profile with `setup(arg)` run first in the page (e.g.
 * storing a history); `ms` from navigation start to the chart `selector` drawn. With `app`,
 * also what `startOf` (bench/chart.mjs) reports, once the app has mounted, and `firstPaint`:
 * whether the first paint drew that chart.
 */
export async function firstVisit(url, selector, setup = () => {}, arg = null, { app = false } = {}) {
  const { context, page, close } = await freshProfile();
  try {
    await context.addInitScript(setup, arg);
    await context.addInitScript(watchChart, selector);
    if (app) await context.addInitScript(watchStart);
    await throttle(page, { cacheDisabled: true });
    await page.goto(url, { timeout: 120000 });
    const ms = await chartDrawnAt(page);
    if (!app) return { ms };
    return { ms, firstPaint: await drawnByFirstPaint(page), ...(await startOf(page)) };
  } finally {
    await close();
  }
}

/**
 * A repeat visit: `url` loaded once at full speed (for the app, until its service worker
 * controls the page), then reloaded on the phone profile; `ms` to the chart drawn, and for the
 * app (`serviceWorker`) `firstPaint`: whether the first paint drew that chart.
 */
export async function repeatVisit(url, selector, { serviceWorker }, setup = () => {}, arg = null) {
  const { context, page, close } = await freshProfile();
  try {
    await context.addInitScript(setup, arg);
    await context.addInitScript(watchChart, selector);
    if (serviceWorker) await context.addInitScript(watchStart);
    await page.goto(url);
    await chartDrawnAt(page);
    if (serviceWorker) {
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    }
    await throttle(page, { cacheDisabled: false });
    await page.reload({ timeout: 120000 });
    const ms = await chartDrawnAt(page);
    // The measure is only a repeat visit if the page came from the warm worker.
    if (serviceWorker && !(await page.evaluate(() => performance.getEntriesByType('navigation')[0].workerStart > 0))) {
      throw new Error('repeat visit: the page was not served by the service worker');
    }
    return serviceWorker ? { ms, firstPaint: await drawnByFirstPaint(page) } : { ms };
  } finally {
    await close();
  }
}
