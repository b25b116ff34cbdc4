// The History table with a long history (a page at a time, keyboard delete and undo), and its
// rows held in place under the pointer while another tab deletes one: against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, appReady, weeklyHistory, storedHistory, reloadWith } from './harness.mjs';

const app = useApp('/');
const ROWS = '[data-testid=history-table] tbody tr';

async function showHistory(page) {
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.waitForSelector(ROWS);
}

async function openHistory(page, history) {
  await reloadWith(page, history);
  await showHistory(page);
}

/** The text of the row header of each row shown. */
/** Tab A shows `history` on History, in front; tab B, of the same browser, shows History too. */
async function twoTabsOnHistory(history) {
  const { context, page: a } = await app.open();
  await openHistory(a, history);
  const b = await context.newPage();
  await b.goto(app.server.url);
  await appReady(b);
  await showHistory(b);
  await a.bringToFront();
  return { context, a, b };
}

const rowDates = (page) => page.$$eval(ROWS, (rows) => rows.map((r) => r.querySelector('th').textContent));

test('a long history shows its newest fifty rows, more on request; delete and undo by keyboard keep focus on the row', async () => {
  const { context, page } = await app.open();
  const history = weeklyHistory(120);
  await openHistory(page, history);
  assert.equal(await page.locator(ROWS).count(), 50);
  assert.match(await page.textContent('main'), /120 snapshots, newest first/);
  assert.match(await page.textContent('[data-testid=history-more]'), /Showing the newest 50\. Show 50 more/);
  await page.click('[data-testid=history-more] button');
  await page.waitForFunction((s) => document.querySelectorAll(s).length === 100, ROWS);
  assert.match(await page.textContent('[data-testid=history-more]'), /Show 20 more/);
  await page.click('[data-testid=history-more] button');
  await page.waitForFunction((s) => document.querySelectorAll(s).length === 120, ROWS);
  assert.equal(await page.$("[data-testid=history-more]"), null);

  // The last row of the first page, deleted by keyboard: the next older slides into the page.
  // Shown again, History starts at its first page.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  await showHistory(page);
  assert.equal(await page.locator(ROWS).count(), 50);
  const snapshots = history.snapshots;
  const last = snapshots[snapshots.length - 50].date;
  const next = snapshots[snapshots.length - 51].date;
  await page.focus(`#edit-${last}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Undo');
  assert.equal(await page.locator(ROWS).count(), 50);
  assert.equal(await page.$(`#edit-${last}`), null);
  assert.ok(await page.$(`#edit-${next}`), 'the next older row is on the page');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, `edit-${last}`);
  assert.equal(await page.locator(ROWS).count(), 50);
  assert.equal((await storedHistory(page)).snapshots.length, 120);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a row another tab deletes stays under the pointer, inert, until the pointer leaves the table', async () => {
  const { context, a, b } = await twoTabsOnHistory(weeklyHistory(6));

  // The pointer rests on the Edit button of the third row.
  const before = await rowDates(a);
  const edit = a.getByRole('button', { name: `Edit snapshot of ${before[2]}` });
  const box = await edit.boundingBox();
  await a.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const under = () => a.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('aria-label'), [box.x + box.width / 2, box.y + box.height / 2]);
  assert.equal(await under(), `Edit snapshot of ${before[2]}`);

  // The other tab deletes the newest snapshot, above the pointer.
  await b.getByRole('button', { name: `Delete snapshot of ${before[0]}` }).click();
  await a.waitForFunction(() => document.querySelector('tr.removed') !== null);
  assert.equal((await storedHistory(a)).snapshots.length, 5);
  assert.deepEqual(await rowDates(a), [`${before[0]} (deleted in another tab)`, ...before.slice(1)]);
  assert.equal(await under(), `Edit snapshot of ${before[2]}`, 'the row under the pointer did not move');
  // A click lands on the row aimed at.
  await a.mouse.down();
  await a.mouse.up();
  await a.waitForFunction(() => location.pathname.startsWith('/edit/'));
  const aimed = (await storedHistory(a)).snapshots[3].date;
  assert.equal(new URL(a.url()).pathname, `/edit/${aimed}`);

  // Back on History with the pointer away from the table, the deleted row is gone.
  await a.goBack();
  await a.waitForSelector(ROWS);
  await a.mouse.move(1, 1);
  assert.deepEqual(await rowDates(a), before.slice(1));
  assert.deepEqual(a.errors, []);
  await context.close();
});

test('the removed row leaves once the pointer leaves the table', async () => {
  const { context, a, b } = await twoTabsOnHistory(weeklyHistory(4));
  const before = await rowDates(a);
  const box = await a.locator(ROWS).nth(1).boundingBox();
  await a.mouse.move(box.x + 20, box.y + box.height / 2);
  await b.getByRole('button', { name: `Delete snapshot of ${before[1]}` }).click();
  await a.waitForFunction(() => document.querySelector('tr.removed') !== null);
  // The removed row can't be acted on.
  assert.equal(await a.locator('tr.removed').getAttribute('inert'), '');
  await a.mouse.move(1, 1);
  await a.waitForFunction(() => document.querySelector('tr.removed') === null);
  assert.deepEqual(await rowDates(a), [before[0], ...before.slice(2)]);
  await context.close();
});
