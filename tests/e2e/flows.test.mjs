// The user's flows around a change: feedback and undo where the user is (a toast), no lost
// form, results for any week, the weekly habit, and links to LinkedIn's SSI page. Against the
// release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { useApp, storedHistory, weeklyHistory, appReady, STORAGE_KEY, storeHistory, fillSnapshot, SCHEMA_VERSION } from './harness.mjs';

const app = useApp('/');

/** A page showing `path` over the stored `history` (schema 2, upgraded by the app). */
async function openWith(history, path = '', options = {}) {
  const { context, page } = await app.open(options);
  await storeHistory(page, history);
  await page.goto(app.server.url + path);
  await appReady(page);
  return { context, page };
}

const activeLabel = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return `${a?.tagName} ${a?.id} ${a?.getAttribute('aria-label') ?? ''} ${a?.textContent?.trim() ?? ''}`;
  });

async function toastBox(page) {
  const box = await page.locator('[data-testid=toast].open').boundingBox();
  assert.ok(box, 'a toast is on screen');
  return box;
}

test('deleting far down History on a phone: the toast is in view, focus is on Undo, Undo restores the row', async () => {
  const { context, page } = await openWith(weeklyHistory(30), 'history', { width: 390, height: 844 });
  const before = await storedHistory(page);
  const row = page.getByRole('button', { name: 'Delete snapshot of 1 Jul 2026' });
  await row.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => scrollY);
  assert.ok(scrolled > 1500, `the row is far down (${scrolled} px)`);
  await row.click();

  // Feedback where the user is: inside the viewport, above its bottom edge, not at the top.
  await page.waitForSelector('[data-testid=toast].open');
  const box = await toastBox(page);
  assert.ok(box.y >= 0 && box.y + box.height <= 844, `toast within the viewport: ${JSON.stringify(box)}`);
  assert.ok(box.y > 844 / 2, 'at the bottom of the view');
  assert.ok(box.x >= 0 && box.x + box.width <= 390, 'no overflow at 390 px');
  assert.match(await page.textContent('[data-testid=toast]'), /Deleted the snapshot of 1 Jul 2026\./);
  // Announced: the message is a polite status region, present before the toast appeared.
  assert.equal(await page.getAttribute('#toast-message', 'role'), 'status');
  assert.equal(await page.getAttribute('#toast-message', 'aria-live'), 'polite');
  // The page didn't jump to the top, and focus is on Undo, not on another Delete button.
  assert.ok((await page.evaluate(() => scrollY)) > 1000);
  await page.waitForFunction(() => document.activeElement?.id === 'toast-undo');
  assert.doesNotMatch(await activeLabel(page), /Delete/);
  assert.equal((await storedHistory(page)).snapshots.length, 29);

  // A second Enter is the Undo: the row comes back, and focus lands on its Edit button.
  await page.keyboard.press('Enter');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots.length === 30, STORAGE_KEY);
  assert.deepEqual((await storedHistory(page)).snapshots, before.snapshots);
  await page.waitForFunction(() => document.activeElement?.id === 'edit-2026-07-01');
  await page.waitForSelector('[data-testid=toast].open', { state: 'detached' });
  await context.close();
});

test('a toast is dismissed with Escape (focus goes to the next row, not a Delete) and closes by itself, never while hovered', async () => {
  const { context, page } = await openWith(weeklyHistory(6), 'history');
  await page.getByRole('button', { name: 'Delete snapshot of 4 Nov 2026' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'toast-undo');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=toast].open', { state: 'detached' });
  // The next older row takes the deleted one's place.
  await page.waitForFunction(() => document.activeElement?.id === 'edit-2026-10-28');

  // Left alone, a toast closes after about 10 s; while the pointer is on it, it stays.
  await page.getByRole('button', { name: 'Delete snapshot of 28 Oct 2026' }).click();
  await page.waitForSelector('[data-testid=toast].open');
  await page.locator('[data-testid=toast]').hover();
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForTimeout(11000);
  assert.ok(await page.isVisible('[data-testid=toast].open'), 'stays while hovered');
  await page.mouse.move(5, 5);
  await page.waitForSelector('[data-testid=toast].open', { state: 'detached', timeout: 12000 });
  await context.close();
});

test('a toast never covers the control in focus: focus moved under it scrolls that control clear', async () => {
  const { context, page } = await openWith(weeklyHistory(30), 'history', { width: 390, height: 844 });
  const row = page.getByRole('button', { name: 'Delete snapshot of 1 Jul 2026' });
  await row.scrollIntoViewIfNeeded();
  await row.click();
  await page.waitForFunction(() => document.activeElement?.id === 'toast-undo');
  const toast = await toastBox(page);
  // A row's button scrolled under the toast takes focus (as Shift+Tab or a screen reader would
  // move it); focusing something already in the viewport does not scroll by itself.
  const covered = await page.evaluate((t) => {
    const button = document.getElementById('edit-2026-06-03');
    scrollBy(0, button.getBoundingClientRect().top - (t.y + 10));
    const r = button.getBoundingClientRect();
    const under = r.bottom > t.y && r.top < t.y + t.height;
    button.focus();
    return under;
  }, toast);
  assert.ok(covered, 'the button sits under the toast as focus moves to it');
  await page.waitForFunction(
    (top) => document.activeElement.getBoundingClientRect().bottom <= top,
    (await toastBox(page)).y,
    { timeout: 3000 },
  );
  await context.close();
});

test('a plain confirmation closes when the user moves to another screen; one with Undo stays; a save confirms on the screen it returns to', async () => {
  const { context, page } = await openWith(weeklyHistory(6), 'history');
  // With Undo: it stays across a move.
  await page.getByRole('button', { name: 'Delete snapshot of 4 Nov 2026' }).click();
  await page.waitForSelector('[data-testid=toast].open');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  await page.waitForTimeout(300);
  assert.ok(await page.isVisible('[data-testid=toast].open'), 'the Undo survives a tab click');
  await page.keyboard.press('Escape');

  // A save's confirmation arrives as the form goes back to the dashboard, and stays there.
  await page.getByRole('button', { name: 'Add snapshot' }).click();
  await fillSnapshot(page, { date: '2026-12-02', brand: '10', people: '5', insights: '5', relationships: '5' });
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  await page.waitForSelector('[data-testid=toast].open');
  await page.waitForTimeout(300);
  assert.match(await page.textContent('[data-testid=toast]'), /Saved the snapshot of 2 Dec 2026/);

  // A plain confirmation goes with a move to another screen.
  await page.getByRole('link', { name: 'History' }).click();
  await page.waitForSelector('[data-testid=toast].open', { state: 'detached', timeout: 2000 });
  await context.close();
});

test('an import that replaces rows can be undone, exactly; a file that adds nothing offers no Import button', async () => {
  const history = weeklyHistory(4);
  const { context, page } = await openWith(history, 'history');
  const before = await storedHistory(page);
  // The same history as this version writes it.
  const expected = { version: 5, snapshots: before.snapshots, goals: {}, outcomes: [], result_weeks: {}, goal_dates: {}, people: [] };
  const dir = await mkdtemp(join(tmpdir(), 'ssi-'));

  // Same days, other values, plus one new day.
  const csv = join(dir, 'other.csv');
  await writeFile(csv, 'date,brand,people,insights,relationships\n2026-11-25,20,10,10,10\n2026-11-18,20,10,10,10\n2026-11-20,1,1,1,1\n');
  await page.setInputFiles('[data-testid=import-file]', csv);
  await page.waitForSelector('[data-testid=import-conflicts]');
  await page.getByLabel('Take theirs (every field listed above)').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForSelector('[data-testid=toast].open');
  assert.match(await page.textContent('[data-testid=toast]'), /Imported 1 snapshot, replaced 2\./);
  await page.waitForFunction(() => document.activeElement?.id === 'toast-undo');
  const imported = await storedHistory(page);
  assert.equal(imported.snapshots.length, 5);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots.length === 4, STORAGE_KEY);
  assert.deepEqual(await storedHistory(page), expected);

  // The same days with the same values: nothing to import, no Import button.
  const same = join(dir, 'same.json');
  await writeFile(same, JSON.stringify(before));
  await page.setInputFiles('[data-testid=import-file]', same);
  await page.waitForSelector('[data-testid=import-preview]');
  assert.match(await page.textContent('[data-testid=import-preview]'), /Nothing new in this file/);
  assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).count(), 0);
  await page.getByRole('button', { name: 'Close' }).click();

  // Only differing days: with "Keep mine" it adds nothing, so no Import button until "Take theirs".
  const differing = join(dir, 'differing.csv');
  await writeFile(differing, 'date,brand,people,insights,relationships\n2026-11-25,20,10,10,10\n');
  await page.setInputFiles('[data-testid=import-file]', differing);
  await page.waitForSelector('[data-testid=import-conflicts]');
  assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).count(), 0);
  assert.match(await page.textContent('[data-testid=import-adds-nothing]'), /adds nothing/);
  await page.getByLabel('Take theirs (every field listed above)').check();
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  await context.close();
});

test('a half-filled form asks before another tab, Back or closing drops it; Save and Cancel return where the user came from', async () => {
  const { context, page } = await openWith(weeklyHistory(3), '');
  await page.getByRole('button', { name: 'Add snapshot' }).click();
  await page.fill('#field-brand', '12');

  // Another tab: asked; "Keep editing" keeps what was typed.
  await page.getByRole('link', { name: 'History' }).click();
  const dialog = page.locator('[data-testid=leave-dialog]');
  await dialog.waitFor({ state: 'visible' });
  assert.match(await dialog.textContent(), /Discard this snapshot\?/);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent.trim()), 'Keep editing');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.inputValue('#field-brand'), '12');
  assert.match(page.url(), /\/add$/);

  // Escape keeps editing too.
  await page.getByRole('link', { name: 'Learn' }).click();
  await dialog.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.inputValue('#field-brand'), '12');

  // Browser Back: asked, the form stays; "Discard" then goes back.
  await page.goBack();
  await dialog.waitFor({ state: 'visible' });
  assert.match(page.url(), /\/add$/);
  assert.equal(await page.inputValue('#field-brand'), '12');
  await page.getByRole('button', { name: 'Discard' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.doesNotMatch(page.url(), /\/add$/);

  // Closing the tab with a changed form: the browser asks.
  await page.getByRole('button', { name: 'Add snapshot' }).click();
  await page.fill('#field-note', 'half done');
  await page.click('h1'); // a user gesture, without which browsers don't ask
  const asked = new Promise((resolve) => page.once('dialog', async (d) => { resolve(d.type()); await d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');

  // Editing from History: Save returns to History and says so.
  const tab = await context.newPage();
  await tab.goto(app.server.url + 'history');
  await appReady(tab);
  await tab.getByRole('button', { name: 'Edit snapshot of 18 Nov 2026' }).click();
  await tab.fill('#field-note', 'edited');
  await tab.getByRole('button', { name: 'Save snapshot' }).click();
  await tab.waitForSelector('[data-testid=history-table]');
  assert.match(tab.url(), /\/history$/);
  await tab.waitForSelector('[data-testid=toast].open');
  assert.match(await tab.textContent('[data-testid=toast]'), /Saved the snapshot of 18 Nov 2026\./);
  // Back from there doesn't reopen the form.
  assert.equal((await storedHistory(tab)).snapshots[1].note, 'edited');

  // Cancel from an edit started on History: back to History, nothing asked.
  await tab.getByRole('button', { name: 'Edit snapshot of 25 Nov 2026' }).click();
  await tab.fill('#field-note', 'never mind');
  await tab.getByRole('button', { name: 'Cancel' }).click();
  await tab.waitForSelector('[data-testid=history-table]');
  assert.equal(await tab.isVisible('[data-testid=leave-dialog]'), false);

  // Adding from the dashboard: Save returns to the dashboard.
  await tab.getByRole('link', { name: 'Dashboard' }).click();
  await tab.getByRole('button', { name: 'Add snapshot' }).click();
  await fillSnapshot(tab, { date: '2026-11-26', brand: '10', people: '5', insights: '5', relationships: '5' });
  await tab.getByRole('button', { name: 'Save snapshot' }).click();
  await tab.waitForSelector('[data-testid=overall-score]');
  assert.doesNotMatch(tab.url(), /\/(add|history)$/);
  assert.match(await tab.textContent('[data-testid=toast]'), /Saved the snapshot of 26 Nov 2026\./);
  // Nothing unsaved now: moving on asks nothing.
  await tab.getByRole('link', { name: 'History' }).click();
  await tab.waitForSelector('[data-testid=history-table]');
  await context.close();
});

test('results: a count that is not a whole number is kept as typed with its reason beside it, never stored; any week can be recorded', async () => {
  const history = weeklyHistory(3);
  history.outcomes = [{ id: 5, name: 'Meetings booked' }];
  const { context, page } = await openWith(history, 'results');
  const cell = (date) => page.getByLabel(`Meetings booked on ${date}`);
  for (const [date, typed, why] of [
    ['25 Nov 2026', 'abc', /whole number/],
    ['18 Nov 2026', '-3', /below 0/],
    ['11 Nov 2026', '2.5 meetings', /whole number/],
  ]) {
    await cell(date).fill(typed);
    await cell(date).press('Tab');
    const td = page.locator('td', { has: cell(date) });
    await td.locator('.field-error').waitFor();
    assert.match(await td.locator('.field-error').textContent(), why);
    assert.equal(await cell(date).getAttribute('aria-invalid'), 'true');
    assert.equal(await cell(date).inputValue(), typed);
  }
  const stored = await storedHistory(page);
  assert.ok(stored.snapshots.every((s) => !s.outcomes), 'nothing stored');

  // A valid count in one cell leaves the others as typed, with their reasons.
  await cell('25 Nov 2026').fill('4');
  await cell('25 Nov 2026').press('Tab');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots[2].outcomes?.['5'] === 4, STORAGE_KEY);
  assert.equal(await cell('18 Nov 2026').inputValue(), '-3');
  assert.equal(await page.locator('td .field-error').count(), 2);
  await cell('11 Nov 2026').fill('2.5');
  await cell('11 Nov 2026').press('Tab');
  await page.waitForFunction(() => /type 2 or 3/.test(document.body.textContent));

  // A week without a snapshot.
  await page.fill('#result-day', '2026-11-21');
  await page.getByRole('button', { name: 'Add week' }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'result-2026-11-21-5');
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).result_weeks?.['2026-11-21']?.['5'] === 7, STORAGE_KEY);
  const after = await storedHistory(page);
  assert.equal(after.version, SCHEMA_VERSION);
  assert.equal(after.snapshots.length, 3, 'no snapshot made up');
  await page.reload();
  await appReady(page);
  assert.equal(await cell('21 Nov 2026').inputValue(), '7');
  // A day after today is refused.
  await page.fill('#result-day', '2099-01-01');
  await page.getByRole('button', { name: 'Add week' }).click();
  await page.waitForSelector('#result-day-error');
  await context.close();
});

test('the dashboard says how long ago the last snapshot was and offers a weekly reminder as a calendar file', async () => {
  const { context, page } = await openWith(weeklyHistory(3), '');
  const days = await page.evaluate(() => {
    const now = new Date();
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    return Math.round((today - Date.UTC(2026, 10, 25)) / 86400000);
  });
  // A clock more than a day behind the last snapshot names its date rather than calling it today.
  const words = days < -1 ? 'dated .*, after today' : days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  assert.match(await page.textContent('[data-testid=last-snapshot]'), new RegExp(`Last snapshot ${words}`));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add a weekly reminder to your calendar' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'ssi-lens-weekly-reminder.ics');
  const ics = await readFile(await file.path(), 'utf8');
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'CRLF line endings');
  assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'folded at 75 octets');
  for (const needed of [/^BEGIN:VEVENT$/, /^RRULE:FREQ=WEEKLY;BYDAY=WE$/, /^UID:.+/, /^DTSTAMP:\d{8}T\d{6}Z$/, /^DTSTART:\d{8}T090000$/]) {
    assert.ok(lines.some((l) => needed.test(l)), `${needed} in\n${ics}`);
  }
  assert.ok(lines.includes(`URL:${app.server.url}`), 'the app’s address');
  assert.ok(lines.some((l) => l.startsWith('DESCRIPTION:') && l.includes(app.server.url)));
  assert.match(await page.textContent('[data-testid=toast]'), /Downloaded the reminder/);
  assert.deepEqual(page.foreignRequests, []);
  await context.close();
});

test('linkedin.com/sales/ssi is a real link that opens LinkedIn in a new tab and sends nothing', async () => {
  const check = async (link) => {
    assert.equal(await link.getAttribute('href'), 'https://www.linkedin.com/sales/ssi');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  };
  const { context, page } = await app.open({ width: 1280 });
  // Welcome.
  await check(page.getByRole('link', { name: /linkedin\.com\/sales\/ssi/ }));
  // The form: once, in the paste box (the typing hint and the bookmarklet's explanation name
  // the page without another tab stop).
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  await page.waitForSelector('form.snapshot-form');
  const links = page.locator('[data-testid=ssi-link]');
  assert.equal(await links.count(), 1, 'once');
  for (const link of await links.all()) await check(link);
  // It opens LinkedIn in a new tab (a stand-in here: tests make no outside requests), with
  // nothing from the app: no referrer, no opener, no data in the address.
  const requests = [];
  await context.route('https://www.linkedin.com/**', (route) => {
    requests.push({ url: route.request().url(), referer: route.request().headers().referer });
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>LinkedIn</title>' });
  });
  const popup = context.waitForEvent('page');
  await page.locator('form.snapshot-form [data-testid=ssi-link]').click();
  const opened = await popup;
  await opened.waitForLoadState();
  assert.equal(opened.url(), 'https://www.linkedin.com/sales/ssi');
  assert.deepEqual(requests, [{ url: 'https://www.linkedin.com/sales/ssi', referer: undefined }]);
  assert.equal(await opened.evaluate(() => [window.opener, document.referrer].join('|')), '|');
  assert.match(page.url(), /\/add$/, 'the app stays where it was');
  await context.close();
});

test('axe finds nothing in the new states: a toast, the leave question, refused counts, the last snapshot line', async () => {
  const found = [];
  const check = async (page, what) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) found.push(`${what}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    for (const colorScheme of ['light', 'dark']) {
      const where = `${size.width} ${colorScheme}`;
      const history = weeklyHistory(6);
      history.snapshots.pop(); // a week old: the line asks for this week's
      history.outcomes = [{ id: 5, name: 'Meetings booked' }];
      const { context, page } = await openWith(history, '', { ...size, colorScheme });
      await page.waitForSelector('[data-testid=last-snapshot]');
      await check(page, `${where} dashboard`);
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByRole('button', { name: 'Delete snapshot of 4 Nov 2026' }).click();
      await page.waitForSelector('[data-testid=toast].open');
      await check(page, `${where} toast`);
      await page.getByRole('link', { name: 'Results' }).click();
      const cell = page.getByLabel('Meetings booked on 18 Nov 2026');
      await cell.fill('2.5');
      await cell.press('Tab');
      await page.waitForSelector('.cell-error');
      await check(page, `${where} results`);
      await page.getByRole('button', { name: 'Add snapshot' }).click();
      await page.fill('#field-brand', '12');
      await page.getByRole('link', { name: 'Learn' }).click();
      await page.waitForSelector('[data-testid=leave-dialog][open]');
      await check(page, `${where} leave question`);
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});
