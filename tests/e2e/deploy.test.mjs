// Deploys as a static host such as GitHub Pages serves them: the browser may keep every file,
// index.html too, for 10 minutes. A new version installed in that window must still start
// after the update, online and offline, once the browser's copies expire; a page that can't
// load its files says so and offers a reload that fetches them; addresses the app doesn't
// have, however deep, show its "Nothing here" screen. Against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serve, launch, openPage, appReady } from './harness.mjs';

const GITHUB_PAGES_CACHE = { maxAge: 600 };
let browser;
let temp;
before(async () => {
  browser = await launch();
  temp = await mkdtemp(join(tmpdir(), 'ssi-deploy-'));
});
after(async () => {
  await browser?.close();
  await rm(temp, { recursive: true, force: true });
});

const sha256 = (code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const inlineScripts = (html) => [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** A copy of the build in a folder of its own. */
async function copyOfBuild(name) {
  const dir = join(temp, name);
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/** The name of the build's wasm file, as the page and the worker name it. */
async function wasmName(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  return html.match(/data-src-app-wasm="\.\/([^"]+_bg\.wasm)"/)[1];
}

/**
 * The next version of the build in `dir`: the same files, but the wasm under another content
 * hash (as any change to the app's code gives), its pages and worker naming it, the pages'
 * policy allowing their changed loader script, and the worker's version changed.
 */
async function nextVersion(dir) {
  const old = await wasmName(dir);
  const renamed = old.replace(/-([0-9a-f]{1,16})_bg/, (_, hash) => `-${[...hash].reverse().join('')}_bg`);
  assert.notEqual(renamed, old);
  await rename(join(dir, old), join(dir, renamed));
  for (const page of ['index.html', '404.html']) {
    const before = await readFile(join(dir, page), 'utf8');
    let html = before.split(old).join(renamed);
    const [was, now] = [inlineScripts(before), inlineScripts(html)];
    was.forEach((code, i) => (html = html.replace(sha256(code), sha256(now[i]))));
    await writeFile(join(dir, page), html);
  }
  const worker = await readFile(join(dir, 'sw.js'), 'utf8');
  await writeFile(
    join(dir, 'sw.js'),
    worker.split(old).join(renamed).replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'next-$1'"),
  );
  return { old, renamed };
}

/** The browser's own copies of files expire, as after the host's 10 minutes. */
async function expireHttpCache(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

/** A visit that leaves the app installed: its worker has precached it and controls the page. */
async function visit(server) {
  const { context, page } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await appReady(page);
  return { context, page };
}

/** Asks the browser to look for a new version now, and waits until its install has ended. */
async function checkForUpdate(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    while (registration.installing) await new Promise((r) => setTimeout(r, 50));
  });
}

const pageWasm = (page) => page.getAttribute('#start', 'data-src-app-wasm');

test('a version deployed while the browser still holds the previous page starts after the update, online and offline', async () => {
  const v1 = await copyOfBuild('v1');
  const v2 = await copyOfBuild('v2');
  const { renamed } = await nextVersion(v2);
  const server = await serve('/', v1, GITHUB_PAGES_CACHE);
  const { context, page } = await visit(server);

  server.dir = v2;
  await checkForUpdate(page);
  await page.reload();
  await page.waitForSelector('[data-testid=update-ready]');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  await appReady(page);
  assert.equal(await pageWasm(page), `./${renamed}`, 'the new version’s page, not the one the browser kept');

  await expireHttpCache(page);
  await page.reload();
  await appReady(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await pageWasm(page), `./${renamed}`);
  await context.close();
  await server.close();
});

test('a new version whose page the host still serves stale is not installed: the installed one keeps working', async () => {
  const v1 = await copyOfBuild('stale-v1');
  const v2 = await copyOfBuild('stale-v2');
  const { old } = await nextVersion(v2);
  // Mid-deploy, or a proxy's copy: the new worker and files, the previous version's page.
  for (const page of ['index.html', '404.html']) await cp(join(v1, page), join(v2, page));
  const server = await serve('/', v1, GITHUB_PAGES_CACHE);
  const { context, page } = await visit(server);

  server.dir = v2;
  await checkForUpdate(page);
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting);
  assert.equal(waiting, null, 'the inconsistent version is refused');

  await expireHttpCache(page);
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('[data-testid=update-ready]').count(), 0);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  assert.equal(await pageWasm(page), `./${old}`);
  await context.close();
  await server.close();
});

test('a page whose files are gone says so, and its Reload fetches the new version (offline: says to connect)', async () => {
  const v1 = await copyOfBuild('gone-v1');
  const v2 = await copyOfBuild('gone-v2');
  const { old } = await nextVersion(v2);
  const server = await serve('/', v1, GITHUB_PAGES_CACHE);
  const { context, page } = await visit(server);
  // The state the old worker could leave: a cached page naming a file that neither the
  // offline copy nor the host has.
  await page.evaluate(async (file) => {
    for (const name of await caches.keys()) await (await caches.open(name)).delete(new URL(file, document.baseURI).href);
  }, old);
  await expireHttpCache(page);
  server.dir = v2;

  await context.setOffline(true);
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: 'SSI Lens didn’t load' }).waitFor();
  assert.equal(await page.locator('#boot').count(), 0, 'the loading frame is gone');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await alert.getByText('You’re offline').waitFor();
  assert.ok(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) !== undefined));

  await context.setOffline(false);
  await page.reload();
  await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload' }).click()]);
  await appReady(page);
  assert.equal(await pageWasm(page), `./${(await wasmName(v2))}`);
  assert.equal(await page.getByRole('alert').filter({ hasText: 'didn’t load' }).count(), 0);
  await context.close();
  await server.close();
});

for (const base of ['/', '/ssi-lens/']) {
  test(`addresses the app doesn't have, folders deep, show "Nothing here" under ${base}: fresh, installed, offline`, async () => {
    const server = await serve(base, DIST);
    const addresses = ['history/extra/x', 'a/b/c', 'a/b/c/'];
    const fresh = await openPage(browser, server.origin);
    for (const address of addresses) {
      await fresh.page.goto(server.url + address);
      await appReady(fresh.page);
      assert.equal(await fresh.page.textContent('main h1'), 'Nothing here', address);
    }
    await fresh.context.close();

    const { context, page } = await visit(server);
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      for (const address of addresses) {
        await page.goto(server.url + address);
        await appReady(page);
        assert.equal(await page.textContent('main h1'), 'Nothing here', `${address}, offline: ${offline}`);
      }
    }
    await context.close();
    await server.close();
  });
}
