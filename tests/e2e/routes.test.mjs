// Every screen has an address: Back and Forward move between screens, reload keeps the screen,
// a bookmark opens it in a fresh browser and offline, on a static host under /ssi-lens/ with
// no rewrite rules (a missing page gets 404.html, as on GitHub Pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, appReady, weeklyHistory, openPage, storedText, reloadWith } from './harness.mjs';

const app = useApp('/ssi-lens/');

async function withHistory(weeks = 30) {
  const { context, page } = await app.open();
  await reloadWith(page, weeklyHistory(weeks));
  await page.waitForSelector('[data-testid=overall-score]');
  return { context, page };
}

const heading = (page) => page.textContent('main h1');
const path = (page) => new URL(page.url()).pathname;

test('Back and Forward move between four screens, with titles, focus and scroll', async () => {
  const { context, page } = await withHistory();
  assert.equal(await page.title(), 'Dashboard · SSI Lens');
  for (const [tab, address, title] of [
    ['History', '/ssi-lens/history', 'History'],
    ['Results', '/ssi-lens/results', 'Results'],
    ['Learn', '/ssi-lens/learn', 'Understand your score'],
  ]) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await page.waitForFunction((a) => location.pathname === a, address);
    assert.equal(await heading(page), title);
    assert.equal(await page.title(), `${tab} · SSI Lens`);
    // Focus moves to the new screen's heading.
    await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  }
  // Scroll down on History, leave it, come back with Back: the position is restored.
  await page.goBack();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/results');
  await page.goBack();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/history');
  await page.evaluate(() => window.scrollTo(0, 600));
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 300, `the history is long enough to scroll (${scrolled})`);
  await page.getByRole('link', { name: 'Learn', exact: true }).click();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/learn');
  await page.waitForFunction(() => window.scrollY === 0);
  await page.goBack();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/history');
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, scrolled);
  await page.goBack();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/');
  assert.equal(await heading(page), 'Dashboard');
  await page.goForward();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/history');
  assert.equal(await heading(page), 'History');
  // Back never leaves the app while there is a screen to go back to.
  assert.equal(path(page), '/ssi-lens/history');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('reload keeps each screen, and a deep link opens in a fresh browser', async () => {
  const { context, page } = await withHistory(3);
  const date = weeklyHistory(3).snapshots[1].date;
  const screens = [
    ['history', 'History'],
    ['results', 'Results'],
    ['compare', 'Compare'],
    ['learn', 'Understand your score'],
    ['share', 'Share a read-only link'],
    ['add', 'Add a snapshot'],
    [`edit/${date}`, 'Edit snapshot'],
  ];
  for (const [address, title] of screens) {
    await page.goto(`${app.server.url}${address}`);
    await appReady(page);
    await page.waitForSelector('main h1');
    assert.equal(await heading(page), title, address);
    await page.reload();
    await appReady(page);
    await page.waitForSelector('main h1');
    assert.equal(await heading(page), title, `${address} after reload`);
    assert.equal(path(page), `/ssi-lens/${address}`);
  }
  // The edit form opens filled with that day's snapshot.
  assert.equal(await page.inputValue('#field-date'), date);
  // Until the service worker answers, a deep link is the host's 404.html (status 404), which
  // the console reports; that is the designed fallback, not an error of the app.
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);

  // A bookmark opened in a browser that has never seen the app.
  const fresh = await openPage(app.browser, app.server.origin);
  await fresh.page.goto(`${app.server.url}learn`);
  await appReady(fresh.page);
  assert.equal(await heading(fresh.page), 'Understand your score');
  assert.equal(await fresh.page.title(), 'Learn · SSI Lens');
  // An address the app doesn't have says so instead of a blank page.
  await fresh.page.goto(`${app.server.url}no-such-screen`);
  await appReady(fresh.page);
  assert.equal(await heading(fresh.page), 'Nothing here');
  assert.deepEqual(fresh.page.errors.filter((e) => !/404/.test(e)), []);
  await fresh.context.close();
  await context.close();
});

test('a deep link opens offline after one visit', async () => {
  const { context, page } = await withHistory(3);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker controls the page once it has claimed it.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(`${app.server.url}history`);
  await appReady(page);
  assert.equal(await heading(page), 'History');
  await page.goto(`${app.server.url}edit/${weeklyHistory(3).snapshots[0].date}`);
  await appReady(page);
  assert.equal(await heading(page), 'Edit snapshot');
  await context.setOffline(false);
  await context.close();
});

test('a share link made by the previous version still opens, and keeps its data on every screen', async () => {
  const { context, page } = await app.open();
  const fixture = (await import('node:fs')).readFileSync(new URL('../fixtures/share-links/v1-52-weeks.txt', import.meta.url), 'utf8').trim();
  await page.goto(`${app.server.url}#${fixture}`);
  await appReady(page);
  await page.waitForSelector('[data-testid=shared-banner]');
  const score = await page.textContent('[data-testid=overall-score]');
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.waitForFunction(() => location.pathname.endsWith('/history'));
  assert.equal(new URL(page.url()).hash, `#${fixture}`, 'the shared data stays in the address');
  await page.reload();
  await appReady(page);
  await page.waitForSelector('[data-testid=shared-banner]');
  assert.equal(await heading(page), 'History');
  await page.goBack();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.textContent('[data-testid=overall-score]'), score);
  assert.equal(await storedText(page), null, 'a shared view stores nothing');
  await context.close();
});

test('the tabs are links: each names its address, marks the screen on show, and a modified click opens a new tab', async () => {
  const { context, page } = await withHistory(6);
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent.trim(), new URL(a.href).pathname]));
  assert.deepEqual(hrefs, [
    ['Dashboard', '/ssi-lens/'],
    ['History', '/ssi-lens/history'],
    ['Results', '/ssi-lens/results'],
    ['Compare', '/ssi-lens/compare'],
    ['Learn', '/ssi-lens/learn'],
    ['Share', '/ssi-lens/share'],
  ]);
  const current = () => nav.locator('[aria-current=page]').allTextContents();
  assert.deepEqual(await current(), ['Dashboard']);
  await nav.getByRole('link', { name: 'History', exact: true }).click();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/history');
  assert.deepEqual(await current(), ['History']);
  // Ctrl-click (or a middle click) is the browser's: a new tab at that address, this one stays.
  const opened = context.waitForEvent('page');
  await nav.getByRole('link', { name: 'Learn', exact: true }).click({ modifiers: ['Control'] });
  const tab = await opened;
  await tab.waitForLoadState();
  assert.equal(new URL(tab.url()).pathname, '/ssi-lens/learn');
  assert.equal(path(page), '/ssi-lens/history');
  // The dashboard keeps its folder's slash: `/ssi-lens` is outside the service worker's scope,
  // so it would not reload offline.
  await nav.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.waitForSelector('main#main [data-testid=overall-score]');
  assert.equal(path(page), '/ssi-lens/');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a shared view’s tabs keep its link, and a screen it doesn’t have is not found', async () => {
  const { context, page } = await withHistory(6);
  await page.getByRole('link', { name: 'Share', exact: true }).click();
  const link = await page.inputValue('[data-testid=share-link]');
  const fragment = new URL(link).hash;
  await page.goto(link);
  // The app's banner, not the first paint's.
  await page.waitForSelector('main#main [data-testid=shared-banner]');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.equal(hrefs.length, 3, `a shared view has three screens: ${hrefs}`);
  for (const href of hrefs) assert.ok(href.endsWith(fragment), `${href} keeps the link`);
  await nav.getByRole('link', { name: 'History', exact: true }).click();
  await page.waitForSelector('[data-testid=history-table]');
  assert.equal(new URL(page.url()).hash, fragment);
  await page.goto(`${app.server.url}results${fragment}`);
  await page.waitForSelector('[data-testid=not-found]');
  assert.equal(await heading(page), 'Nothing here');
  await context.close();
});

test('a new visitor’s deep link to a screen about the history opens the welcome at the app’s address, and Learn shows where to start', async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.goto(`${app.server.url}results`);
  await appReady(page);
  await page.waitForFunction(() => location.pathname === '/ssi-lens/');
  assert.equal(await heading(page), 'See where your Social Selling Index is going');
  assert.equal(await page.title(), 'Welcome · SSI Lens');
  await page.getByRole('link', { name: 'Read what each pillar measures' }).click();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/learn');
  assert.equal(await heading(page), 'Understand your score');
  await page.locator('[data-testid=learn-start]').getByRole('button', { name: 'Add your first snapshot' }).click();
  await page.waitForFunction(() => location.pathname === '/ssi-lens/add');
  // Once there is data, the dashboard is called so again.
  await page.goto(`${app.server.url}`);
  await appReady(page);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('main#main [data-testid=overall-score]');
  await page.waitForFunction(() => document.title === 'Dashboard · SSI Lens');
  // The deep link was the host's 404.html (status 404): the designed fallback.
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});
