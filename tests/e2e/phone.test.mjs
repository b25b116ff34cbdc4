// Phones: every screen fits 390 px, every tab is in view, the bar leaves the screen to the
// page, the share sheet and the browser's install offer. Release build, headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './harness.mjs';
import { everyScreen, TABS } from './screens.mjs';

const app = useApp('/');
const PHONE = { width: 390, height: 844 };

/** Elements that reach past the right edge of the page, for a readable failure. */
const overflowing = (page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.table-scroll'))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
  });

test('at 390 px no screen is wider than the phone, light or dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page } = await app.open({ ...PHONE, colorScheme });
    const seen = [];
    await everyScreen(
      page,
      async (screen) => {
        seen.push(screen);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `${screen} (${colorScheme}) is ${width} px wide: ${(await overflowing(page)).join(', ')}`);
      },
      { shared: true },
    );
    assert.equal(seen.length, 11);
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

test('on a phone every tab is in view without scrolling the bar, and the bar scrolls away', async () => {
  const { context, page } = await app.open(PHONE);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const box = await nav.evaluate((n) => ({ scroll: n.scrollWidth, client: n.clientWidth, ...n.getBoundingClientRect().toJSON() }));
  assert.ok(box.scroll <= box.client, `the tabs need ${box.scroll} px in ${box.client}`);
  for (const name of TABS) {
    const tab = await nav.getByRole('link', { name, exact: true }).boundingBox();
    assert.ok(tab.x >= 0 && tab.x + tab.width <= 390, `${name} is in view: ${JSON.stringify(tab)}`);
    assert.ok(tab.width >= 80 && tab.height >= 24, `${name} is easy to tap: ${JSON.stringify(tab)}`);
  }
  // Reading a long screen, the bar takes at most 8% of it.
  await nav.getByRole('link', { name: 'History', exact: true }).click();
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(() => scrollY > 300);
  const visible = await page.evaluate(() => {
    const r = document.querySelector('header.app-bar').getBoundingClientRect();
    return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
  });
  assert.ok(visible <= 0.08 * 844, `the bar keeps ${visible} px of 844`);
  // The tabs remain a tap away: back at the top.
  await page.evaluate(() => scrollTo(0, 0));
  await nav.getByRole('link', { name: 'Share', exact: true }).click();
  await page.locator('main h1', { hasText: 'Share a read-only link' }).waitFor();
  await context.close();
});

const OFFER = () => {
  const offer = new Event('beforeinstallprompt', { cancelable: true });
  offer.prompt = () => {
    window.prompted = (window.prompted ?? 0) + 1;
    return Promise.resolve();
  };
  offer.userChoice = Promise.resolve({ outcome: 'dismissed', platform: 'web' });
  window.dispatchEvent(offer);
  return offer.defaultPrevented;
};

test('the Install button shows while the browser offers it, prompts once, and goes once installed', async () => {
  const { context, page } = await app.open(PHONE);
  const install = page.getByRole('button', { name: 'Install' });
  assert.equal(await install.count(), 0, 'no offer, no button');
  assert.equal(await page.evaluate(OFFER), true, 'the browser’s own banner is held back');
  await install.click();
  assert.equal(await page.evaluate(() => window.prompted), 1);
  await install.waitFor({ state: 'detached' });
  // After a dismissal the browser offers again; then the app is installed from its menu.
  await page.evaluate(OFFER);
  await install.waitFor();
  await page.evaluate(() => window.dispatchEvent(new Event('appinstalled')));
  await install.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => window.prompted), 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('an install offer made before the app has loaded is kept for the button', async () => {
  const context = await app.browser.newContext({ viewport: PHONE });
  await context.addInitScript(`addEventListener('DOMContentLoaded', () => (${OFFER})())`);
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Install' }).click();
  assert.equal(await page.evaluate(() => window.prompted), 1);
  await context.close();
});

test('with a share sheet, Share… hands it the link; cancelling says nothing, a refusal says so', async () => {
  const context = await app.browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    window.sheet = { calls: [], answer: null };
    navigator.share = (data) => {
      window.sheet.calls.push(data);
      const answer = window.sheet.answer;
      return answer ? Promise.reject(new DOMException(answer.message, answer.name)) : Promise.resolve();
    };
    navigator.canShare = (data) => typeof data.url === 'string';
  });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Share', exact: true }).click();
  await page.fill('#share-name', 'Dana');
  const link = await page.inputValue('[data-testid=share-link]');
  const share = page.getByRole('button', { name: 'Share…' });
  await share.click();
  await page.waitForFunction(() => window.sheet.calls.length === 1);
  assert.deepEqual(await page.evaluate(() => window.sheet.calls[0]), { title: 'Dana’s SSI history', url: link });

  await page.evaluate(() => (window.sheet.answer = { name: 'AbortError', message: 'Share canceled' }));
  await share.click();
  await page.waitForFunction(() => window.sheet.calls.length === 2);
  await page.waitForTimeout(200);
  assert.equal(await page.getByText('Not shared').count(), 0);

  await page.evaluate(() => (window.sheet.answer = { name: 'NotAllowedError', message: 'Permission denied' }));
  await share.click();
  await page.getByText('Not shared: the browser didn’t share the link (Permission denied). Copy the link instead.').waitFor();
  // Copying stays beside it.
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  await context.close();
});

test('without a share sheet (most computers) there is no Share… button', async () => {
  const { context, page } = await app.open();
  await page.evaluate(() => delete Navigator.prototype.share);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Share', exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Share…' }).count(), 0);
  await context.close();
});
