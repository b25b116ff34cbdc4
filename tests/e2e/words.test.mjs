// Words that agree with the numbers: drop alerts that fade and can be dismissed, advice that
// quotes the change table's figures. Against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, storeHistory } from './harness.mjs';

const app = useApp('/');

/** Weekly snapshots ending today with the given overall scores (pillars a quarter each). */
function historyEndingToday(overalls) {
  const today = new Date();
  const day = (weeksAgo) => {
    const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - weeksAgo * 7 * 86400000);
    return d.toISOString().slice(0, 10);
  };
  const snapshots = overalls.map((overall, i) => {
    const q = overall / 4;
    return { date: day(overalls.length - 1 - i), overall, pillars: { brand: q, people: q, insights: q, relationships: q } };
  });
  return { version: 2, snapshots, goals: {}, outcomes: [] };
}

test('a recent drop is a card, an older one a quiet line, a seven-month-old one nothing; dismissing hides them for good', async () => {
  const { context, page } = await app.open();
  // 40 weeks: a drop 34 weeks ago (about eight months), one 7 weeks ago, one this week.
  const overalls = Array.from({ length: 40 }, (_, i) => (i < 6 ? 40 : i < 32 ? 36 : i < 39 ? 32 : 28));
  await storeHistory(page, historyEndingToday(overalls));
  await page.reload();
  await page.waitForSelector('[data-testid=drop]');
  assert.equal(await page.locator('[data-testid=drop]').count(), 1, 'only the newest drop is loud');
  assert.match(await page.textContent('[data-testid=drop] h2'), /fell 4 points/);
  assert.equal(await page.locator('[data-testid=drop-quiet]').count(), 1, 'the one from two months ago is a line; the old one is gone');

  await page.locator('[data-testid=drop]').getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.locator('[data-testid=drop], [data-testid=drop-quiet]').count(), 0);
  await page.reload();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.locator('[data-testid=drop], [data-testid=drop-quiet]').count(), 0, 'dismissed stays dismissed');
  await context.close();
});

test('advice quotes the same change as the table beside it', async () => {
  const { context, page } = await app.open();
  const h = historyEndingToday([30, 31]);
  // Insights is the weakest and rose 0.40 (the table shows +0.40): never "barely moved".
  h.snapshots[0].pillars = { brand: 10, people: 9, insights: 3, relationships: 8 };
  h.snapshots[1].pillars = { brand: 10.3, people: 9.1, insights: 3.4, relationships: 8.2 };
  await storeHistory(page, h);
  await page.reload();
  await page.waitForSelector('[data-testid=advice]');
  const advice = await page.textContent('[data-testid=advice]');
  assert.match(advice, /rose 0\.40 since your last snapshot/);
  assert.doesNotMatch(advice, /barely/);
  assert.match(advice, /3\.40 of 25/);
  await context.close();
});

test('dates follow the browser’s language: American English writes the month first', async () => {
  const context = await app.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await storeHistory(page, {
    version: 2, goals: {}, outcomes: [],
    snapshots: [{ date: '2026-03-02', overall: 30, pillars: { brand: 8, people: 7, insights: 7, relationships: 8 } }],
  });
  await page.goto(`${app.server.url}history`);
  await page.waitForSelector('table');
  assert.match(await page.textContent('table'), /Mar 2, 2026/);
  await context.close();
});

test('one word per idea: on a touch screen the welcome asks for no keyboard paste and no dragging; Share names ranges as the charts do', async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await page.waitForSelector('main#main');
  const welcome = await page.locator('main').innerText();
  assert.doesNotMatch(welcome, /Paste anywhere|drop it/);
  assert.match(welcome, /Tap Add, then paste into the box at the top/);
  await context.close();

  const computer = await app.open();
  const text = await computer.page.locator('main').innerText();
  assert.match(text, /Paste anywhere in SSI Lens/);
  assert.match(text, /or drop it here/);
  // Share's choice of weeks says what the range picker says.
  await computer.page.getByRole('button', { name: 'Try with sample data' }).click();
  await computer.page.waitForSelector('[data-testid=overall-score]');
  const picker = await computer.page.locator('[aria-label="Time range"] button').allInnerTexts();
  await computer.page.getByRole('link', { name: 'Share' }).click();
  const choices = await computer.page.locator('input[name=share-range]').evaluateAll((inputs) => inputs.map((i) => i.closest('label').innerText.trim()));
  assert.deepEqual(choices, picker);
  await computer.context.close();
});
