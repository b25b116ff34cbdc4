// Shared pieces of the end-to-end tests: a static server for the release build and
// a headless Chromium driven by playwright-core (Debian's Chromium, never a download).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

// The app's localStorage keys. A function that runs in the page cannot see these: pass the key
// in as its argument, e.g. page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY).
/** Everything stored: the user's history and the people (src/domain/stored.rs STORAGE_KEY). */
export const STORAGE_KEY = 'ssi-lens.history';
/** The stored envelope's current schema (src/domain/envelope.rs SCHEMA_VERSION; tests/copies.rs keeps the two equal). */
export const SCHEMA_VERSION = 5;
/** The first paint's copy of the history (src/first_paint/record.rs RECORD_KEY). */
export const FIRST_PAINT_KEY = 'ssi-lens.first-paint';
/** The chart range chosen (src/edges/storage.rs RANGE_KEY). */
export const RANGE_KEY = 'ssi-lens.range';
/** The share links pasted into Compare (src/edges/storage.rs COMPARISON_KEY). */
export const COMPARISON_KEY = 'ssi-lens.comparison';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` (the release build by default) under `base`, e.g. "/" or "/ssi-lens/", on a free
 * loopback port, like a static host without rewrite rules: a missing page gets `404.html`.
 * By default nothing is cached, so a changed file (a new version) is seen at once; `maxAge`
 * lets the browser keep every answer that many seconds, as GitHub Pages does (600). Setting
 * the returned `dir` serves another folder from then on: a deploy.
 */
export async function serve(base = '/', dir = DIST, { maxAge = 0 } = {}) {
  const caching = maxAge > 0 ? `max-age=${maxAge}` : 'no-cache';
  // Every request that reached the server (method, address, body), for tests of what never does.
  const site = { dir, requests: [] };
  const server = createServer(async (req, res) => {
    const dir = site.dir;
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    site.requests.push({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString('utf8') });
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    const asked = url.pathname.slice(base.length);
    let path = asked || 'index.html';
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': caching });
      res.end(body);
    } catch {
      // As GitHub Pages does: no rewrite rules, but the site's 404.html for any missing page.
      const fallback = await readFile(join(dir, '404.html')).catch(() => null);
      if (fallback && !extname(asked)) {
        res.writeHead(404, { 'content-type': TYPES['.html'], 'cache-control': caching }).end(fallback);
      } else {
        res.writeHead(404).end('not found');
      }
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return Object.assign(site, { origin, url: origin + base, close: () => new Promise((r) => server.close(r)) });
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
  });
}

/**
 * A fresh browser context and page. Every request is recorded, and any to another origin
 * fails the test that checks `page.foreignRequests`.
 */
export async function openPage(browser, origin, { width = 1280, height = 900, serviceWorkers = 'allow', locale = 'en-GB' } = {}) {
  // British English, so dates read "25 Nov 2026" whatever the machine's locale; the app
  // itself follows the browser's (see the locale test; `locale` picks another, which is also
  // the language the app speaks: i18n.test.mjs). `serviceWorkers: 'block'` keeps the
  // app's offline copy from answering requests a test holds back or fails.
  const context = await browser.newContext({ viewport: { width, height }, locale, serviceWorkers });
  const page = await context.newPage();
  page.foreignRequests = [];
  page.errors = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) page.foreignRequests.push(u);
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return { context, page };
}

/** Waits until the wasm app has rendered something into the body. */
export async function appReady(page) {
  await page.waitForSelector('main#main, [data-testid=recovery]', { timeout: 15000 });
}

/**
 * Registers before/after hooks that start the server and browser for a test file.
 * Returns an object whose `server` and `browser` are set once the hooks have run.
 */
export function useApp(base = '/', dir = DIST) {
  const env = {};
  before(async () => {
    env.server = await serve(base, typeof dir === 'function' ? await dir() : dir);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  /** A fresh context showing the app, ready for input. */
  env.open = async (options = {}) => {
    const { context, page } = await openPage(env.browser, env.server.origin, options);
    if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
    await page.goto(env.server.url);
    await appReady(page);
    return { context, page };
  };
  /** A fresh context showing the sample data, its trend chart drawn. */
  env.openWithSample = async () => {
    const { context, page } = await env.open();
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    await page.waitForSelector('[data-testid=trend-chart] canvas');
    return { context, page };
  };
  return env;
}

/** A realistic history of `weeks` weekly snapshots ending 2026-11-25, as the app stores it (schema 2). */
export function weeklyHistory(weeks) {
  const end = new Date(Date.UTC(2026, 10, 25));
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648 - 0.5);
  const snapshots = [];
  for (let w = 0; w < weeks; w++) {
    const date = new Date(end - (weeks - 1 - w) * 7 * 86400000).toISOString().slice(0, 10);
    const t = (w % 52) / 51;
    const r = (x) => Math.round(Math.min(25, Math.max(0, x)) * 100) / 100;
    const pillars = { brand: r(11 + 6 * t + noise()), people: r(7 + 3 * t + noise()), insights: r(3 + 5 * t + noise()), relationships: r(13 + 2 * t + noise()) };
    const overall = Math.round(pillars.brand + pillars.people + pillars.insights + pillars.relationships);
    snapshots.push({ date, overall, pillars, industry_rank: Math.round(60 - 40 * t), network_rank: Math.round(55 - 30 * t) });
  }
  return { version: 2, snapshots, goals: {}, outcomes: [] };
}

/** The text stored under `key` (null when there is none). */
export function storedText(page, key = STORAGE_KEY) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The stored history envelope, parsed (null when nothing is stored). */
export function storedHistory(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
}

/** Stores `history` (an envelope, or its text) under the app's key, as another tab would. */
export function storeHistory(page, history) {
  const text = typeof history === 'string' ? history : JSON.stringify(history);
  return page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, text]);
}

/** Stores `history` and reloads the page, which then shows it. */
export async function reloadWith(page, history) {
  await storeHistory(page, history);
  await page.reload();
  await appReady(page);
}

/** Types `values` into the snapshot form: field name (date, brand, …) to text. */
export async function fillSnapshot(page, values) {
  for (const [field, value] of Object.entries(values)) await page.fill(`#field-${field}`, value);
}

/** A browser with a real (fresh, temporary) profile: installability checks refuse incognito ones. */
export async function launchWithProfile() {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'ssi-profile-'));
  return chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
  });
}
