// Phones: every screen fits 390 px, every tab is in view in one row pinned at the top (the
// bar's first row scrolls away), the share sheet and the browser's install offer. Release build, headless Chromium.
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
    assert.equal(seen.length, 15);
    assert.deepEqual(page.errors, []);
    await context.close();
  }
});

/** The part of `selector`'s box inside the viewport, as [top, bottom]. */
const inView = (page, selector) =>
  page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return [Math.max(r.top, 0), Math.min(r.bottom, innerHeight)];
  }, selector);

test('on a phone the tabs stay pinned at the top of a long screen, clear of the toast and the focus', async () => {
  const { context, page } = await app.open(PHONE);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  const box = await nav.evaluate((n) => ({ scroll: n.scrollWidth, client: n.clientWidth }));
  assert.ok(box.scroll <= box.client, `the tabs need ${box.scroll} px in ${box.client}`);
  const tabs = [];
  for (const name of TABS) {
    const tab = await nav.getByRole('link', { name, exact: true }).boundingBox();
    assert.ok(tab.x >= 0 && tab.x + tab.width <= 390, `${name} is in view: ${JSON.stringify(tab)}`);
    assert.ok(tab.width >= 44 && tab.height >= 32, `${name} is easy to tap: ${JSON.stringify(tab)}`);
    tabs.push(tab);
  }
  assert.equal(new Set(tabs.map((t) => Math.round(t.y))).size, 1, 'one row of tabs');

  // The bottom of a long screen: the tabs are still there, at the top, in a slim strip.
  await nav.getByRole('link', { name: 'History', exact: true }).click();
  await page.waitForSelector('main#main [data-testid=history-table]');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > 5000, `a long screen: ${height} px`);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
  const [top, bottom] = await inView(page, 'header.app-bar');
  assert.equal(top, 0, 'pinned at the top');
  assert.ok(bottom - top <= 0.06 * 844, `the bar keeps ${bottom - top} px of 844`);
  for (const name of TABS) {
    const tab = await nav.getByRole('link', { name, exact: true }).boundingBox();
    assert.ok(tab.y >= 0 && tab.y + tab.height <= bottom + 0.5, `${name} in view at the bottom: ${JSON.stringify(tab)}`);
  }

  // A toast (a deleted snapshot's Undo) is not covered by the bar, and its Undo is what a tap hits.
  const remove = page.locator('main#main [data-testid=history-table] button', { hasText: 'Delete' }).last();
  await remove.click();
  const toast = page.getByTestId('toast');
  await toast.getByRole('button', { name: 'Undo' }).waitFor();
  const t = await toast.boundingBox();
  assert.ok(t.y >= bottom && t.y + t.height <= 844, `the toast is in view, below the bar: ${JSON.stringify(t)} / ${bottom}`);
  const hit = await page.evaluate(() => {
    const r = document.querySelector('[data-testid=toast] button').getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('[data-testid=toast]') !== null;
  });
  assert.ok(hit, 'nothing lies over the toast');

  // A control under the pinned tabs, focused by a script or by Tab, is brought out below them.
  const edit = page.locator('main#main [data-testid=history-table] button', { hasText: 'Edit' }).nth(5);
  const under = async () => {
    await edit.evaluate((b) => scrollBy(0, b.getBoundingClientRect().top - 10));
    assert.ok((await edit.boundingBox()).y < bottom, 'the control starts under the tabs');
  };
  await under();
  await edit.focus();
  assert.ok((await edit.boundingBox()).y >= bottom, `focus() brings it below the tabs: ${(await edit.boundingBox()).y} / ${bottom}`);
  await page.locator('main#main [data-testid=history-table] button', { hasText: 'Delete' }).nth(4).focus();
  await under();
  await page.keyboard.press('Tab');
  assert.equal(await edit.evaluate((e) => e === document.activeElement), true);
  assert.ok((await edit.boundingBox()).y >= bottom, `Tab brings it below the tabs: ${(await edit.boundingBox()).y} / ${bottom}`);

  // A tab tapped from down there reaches its screen.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await nav.getByRole('link', { name: 'Learn', exact: true }).click();
  await page.locator('main h1', { hasText: 'Understand your score' }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the pinned tabs are reached by the keyboard, with their focus ring in view', async () => {
  const { context, page } = await app.open(PHONE);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'History', exact: true }).click();
  await page.waitForSelector('main#main [data-testid=history-table]');
  await page.evaluate(() => scrollTo(0, 3000));
  const results = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Results', exact: true });
  const scrolled = await page.evaluate(() => scrollY);
  await results.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => scrollY), scrolled, 'focusing a pinned tab scrolls nothing');
  const ring = await results.evaluate((e) => ({ visible: e.matches(':focus-visible'), shadow: getComputedStyle(e).boxShadow }));
  assert.ok(ring.visible && ring.shadow !== 'none', JSON.stringify(ring));
  const b = await results.boundingBox();
  assert.ok(b.y >= 0 && b.y + b.height <= 844, `in view while scrolled: ${JSON.stringify(b)}`);
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Results' }).waitFor();
  await context.close();
});

/** A phone showing the sample data. */
async function phoneWithSample(colorScheme = 'light') {
  const opened = await app.open({ ...PHONE, colorScheme });
  await opened.page.getByRole('button', { name: 'Try with sample data' }).click();
  await opened.page.waitForSelector('[data-testid=overall-score]');
  return opened;
}

const tab = (page, name) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();

/** Whether `locator`'s box lies inside the viewport, below the pinned tabs. */
const visibleBelowBar = (locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    const bar = document.querySelector('header.app-bar').getBoundingClientRect();
    return { ok: r.top >= Math.max(bar.bottom, 0) - 0.5 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth, top: r.top, bar: bar.bottom };
  });

test('Results on a phone: this week’s row at the top keeps its date in view while typing, and the grid gets what it saved', async () => {
  const { context, page } = await phoneWithSample();
  await tab(page, 'Results');
  // The sample tracks two results already.
  const week = page.getByTestId('this-week');
  // This week is the latest snapshot's (the sample's is today's), and comes before the rest.
  const date = await week.getByTestId('this-week-date').innerText();
  const grid = page.getByTestId('outcome-entries');
  assert.equal(await grid.locator('tbody tr th').first().innerText(), date);
  assert.ok(await week.evaluate((w) => w.compareDocumentPosition(document.querySelector('[data-testid=outcome-entries]')) & Node.DOCUMENT_POSITION_FOLLOWING));
  const fields = week.getByRole('textbox');
  assert.equal(await fields.count(), 2);
  await fields.nth(1).fill('');
  await fields.nth(1).click();
  await page.keyboard.type('12');
  const title = await visibleBelowBar(week.getByTestId('this-week-date'));
  assert.ok(title.ok, `the week's date is in view while typing: ${JSON.stringify(title)}`);
  await fields.nth(0).fill('4');
  await week.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText(`Saved your results for ${date}.`).waitFor();
  const firstRow = grid.locator('tbody tr').first().locator('input');
  assert.deepEqual([await firstRow.nth(0).inputValue(), await firstRow.nth(1).inputValue()], ['4', '12']);

  // The grid scrolls sideways under a date column that stays; typing in its last box keeps it.
  const cell = grid.locator('tbody tr').nth(3).locator('input').nth(1);
  await cell.click();
  await page.keyboard.type('7');
  await grid.evaluate((t) => (t.closest('.table-scroll').scrollLeft = 1000));
  const day = await visibleBelowBar(grid.locator('tbody tr').nth(3).locator('th'));
  assert.ok(day.ok, `the row's date stays in view: ${JSON.stringify(day)}`);
  // The range picker sits with the charts it changes, not with the grid.
  assert.equal(await page.locator('[data-testid^=outcome-] [role=group][aria-label="Time range"]').count(), 2);
  assert.equal(await page.locator('section:has([data-testid=outcome-entries]) [role=group]').count(), 0);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Compare on a phone: the chart comes before the links box once someone is saved, the score is one row, the table says it scrolls', async () => {
  const { context, page } = await phoneWithSample('dark');
  await tab(page, 'Share');
  await page.fill('#share-name', 'Dana');
  const link = await page.inputValue('[data-testid=share-link]');
  await tab(page, 'Compare');
  await page.fill('#compare-links', link);
  await page.getByRole('button', { name: 'Save these people' }).click();
  await page.getByTestId('saved-person').filter({ hasText: 'Dana' }).waitFor();
  await page.getByText('Saved Dana in this browser, beside your own history (not in it).').waitFor();
  const order = await page.evaluate(() => {
    const chart = document.querySelector('[data-testid=comparison-chart]');
    const links = document.querySelector('[data-testid=shared-links]');
    return !!(chart.compareDocumentPosition(links) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  assert.ok(order, 'the links box comes after the chart');

  // The score to compare on one row: a list, its label beside it.
  const select = page.getByRole('combobox', { name: 'Score to compare' });
  await select.selectOption({ label: 'Relationships' });
  const row = await page.locator('.metric-select').boundingBox();
  assert.ok(row.height <= 48 && row.x + row.width <= 390, `one row: ${JSON.stringify(row)}`);
  assert.equal(await page.locator('.metric-switch').isVisible(), false);
  await page.locator('[data-testid=comparison-chart]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const chart = echarts.getInstanceByDom(document.querySelector('[data-testid=comparison-chart]'));
    return chart?.getOption().yAxis[0].name === 'Relationships';
  });

  // The table: wider than the phone, with its people column in place and a shadow at the edge.
  const table = page.getByTestId('comparison-table');
  const box = await table.evaluate((t) => {
    const scroll = t.closest('.table-scroll');
    return { wide: scroll.scrollWidth > scroll.clientWidth, shadow: getComputedStyle(scroll).backgroundImage };
  });
  assert.ok(box.wide, 'the table scrolls on a phone');
  assert.match(box.shadow, /linear-gradient.*linear-gradient/, 'a shadow says so');
  await table.scrollIntoViewIfNeeded();
  await table.evaluate((t) => (t.closest('.table-scroll').scrollLeft = 1000));
  const person = await visibleBelowBar(table.locator('tbody th').nth(1));
  assert.ok(person.ok, `the person's name stays in view: ${JSON.stringify(person)}`);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('Compare on a computer: the score buttons share one row', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await tab(page, 'Compare');
  const tops = await page.locator('.metric-switch button').evaluateAll((b) => b.map((e) => Math.round(e.getBoundingClientRect().top)));
  assert.equal(tops.length, 5);
  assert.equal(new Set(tops).size, 1, `one row: ${tops}`);
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
