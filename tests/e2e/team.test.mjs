// The Team screen, as a manager uses it: no history of their own, three colleagues saved from
// the links they sent, two of them refreshed from one pasted chat thread, the team exported as
// CSV and as a backup that restores the people in another browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { useApp, openPage, appReady, weeklyHistory, storeHistory, storedHistory, STORAGE_KEY } from './harness.mjs';

const app = useApp('/ssi-lens/');

/** `weeks` weekly snapshots ending 2026-11-25, less the last `drop` (an older copy). */
function history(weeks, { drop = 0, extra = [] } = {}) {
  const h = weeklyHistory(weeks);
  h.snapshots = h.snapshots.slice(0, weeks - drop).concat(extra);
  return h;
}

/** A week after the harness's last: a colleague's newest snapshot. */
const DEC_2 = { date: '2026-12-02', overall: 60, pillars: { brand: 17, people: 11, insights: 9, relationships: 23 }, industry_rank: 12, network_rank: 20 };

/** The share link `name` would send of `h`, made by the app's own Share screen (all weeks). */
async function linkOf(name, h) {
  const { context, page } = await openPage(app.browser, app.server.origin);
  await page.goto(app.server.url);
  await appReady(page);
  await storeHistory(page, h);
  await page.goto(`${app.server.url}share`);
  await page.waitForSelector('#share-name');
  await page.getByRole('radio', { name: 'All' }).check();
  await page.fill('#share-name', name);
  const link = await page.inputValue('[data-testid=share-link]');
  await context.close();
  return link;
}

// A deep link is answered by 404.html until the service worker controls the page.
const errors = (page) => page.errors.filter((e) => !/404/.test(e));

const rowNames = (page) => page.locator('[data-testid=team-table] tbody th').allTextContents();

async function axe(page, what) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], what);
}

test('a manager with no history of their own keeps three people, refreshes two from one paste, and exports the team', async () => {
  const ana = await linkOf('Ana', history(20));
  const ben = await linkOf('Ben', history(30));
  // Cleo's copy stops in mid-October: more than four weeks old.
  const cleo = await linkOf('Cleo', history(16, { drop: 6 }));

  const { context, page } = await openPage(app.browser, app.server.origin);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await page.goto(`${app.server.url}compare`);
  await appReady(page);
  await page.fill('#compare-links', [ana, ben, cleo].join('\n'));
  await page.getByRole('button', { name: 'Save these people' }).click();
  await page.getByText('Saved Ana, Ben, Cleo in this browser').waitFor();
  assert.deepEqual((await storedHistory(page)).snapshots, [], 'nothing in the manager’s own history');

  // The Team tab is there once someone is kept; one row each, no "You" without a history.
  const nav = page.getByRole('navigation', { name: 'Sections' });
  assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Dashboard', 'Team', 'Compare', 'Learn']);
  await nav.getByRole('link', { name: 'Team', exact: true }).click();
  await page.waitForSelector('[data-testid=team-table] tbody tr');
  assert.equal(await page.title(), 'Team · SSI Lens');
  assert.deepEqual((await rowNames(page)).sort(), ['Ana', 'Ben', 'Cleo']);
  const cleoRow = page.locator('[data-testid=team-row]', { hasText: 'Cleo' });
  assert.match(await cleoRow.textContent(), /Update overdue: \d+ weeks/);
  assert.equal(await page.locator('[data-testid=team-row]', { hasText: 'Ana' }).getByTestId('flag-stale').count(), 0);
  assert.equal(await page.locator('[data-testid=team-row] svg.sparkline').count(), 3, 'a sparkline each');
  // The team's weakest pillar, with its median and what to do about it together.
  assert.match(await page.textContent('[data-testid=team-weakest]'), /is the team’s weakest pillar: median \d+\.\d\d of 25\./);
  await axe(page, 'the team screen');

  // Sorted by name, and only the overdue.
  await page.selectOption('[data-testid=team-sort]', 'name');
  assert.deepEqual(await rowNames(page), ['Ana', 'Ben', 'Cleo']);
  await page.getByTestId('team-direction').click();
  assert.deepEqual(await rowNames(page), ['Cleo', 'Ben', 'Ana']);
  await page.selectOption('[data-testid=team-filter]', 'overdue');
  assert.deepEqual(await rowNames(page), ['Cleo']);
  assert.equal(await page.textContent('[data-testid=team-count]'), '1 of 3 rows');

  // Asking Cleo for a fresh link, by keyboard: the message names her and links to Share.
  await page.getByRole('button', { name: 'Ask for a fresh link from Cleo' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=ask-link]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'ask-link-title');
  const message = await page.inputValue('[data-testid=ask-link-message]');
  assert.match(message, /Cleo/);
  assert.ok(message.includes(`${app.server.url}share`), message);
  await page.getByRole('button', { name: 'Copy message' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), message);
  await axe(page, 'the team screen asking for a link');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Ask for a fresh link');

  // The order and filter are remembered: Cleo's screen, then Back, finds the team as it was.
  await page.locator('[data-testid=team-table] tbody th a', { hasText: 'Cleo' }).click();
  await page.waitForSelector('[data-testid=person-banner]');
  await page.goBack();
  await page.waitForSelector('[data-testid=team-table] tbody tr');
  assert.deepEqual(await rowNames(page), ['Cleo']);
  await page.selectOption('[data-testid=team-filter]', 'everyone');
  assert.deepEqual(await rowNames(page), ['Cleo', 'Ben', 'Ana']);

  // Two fresh links arrive in one chat thread, among words, one wrapped in <…>.
  const anaNew = await linkOf('Ana', history(20, { extra: [DEC_2] }));
  const cleoNew = await linkOf('Cleo', history(16));
  const thread = `Ana: here you go <${anaNew}>\nMe: thanks!\nCleo: sorry for the wait, ${cleoNew}. Cheers`;
  await page.fill('#team-refresh-links', thread);
  const items = page.locator('[data-testid=refresh-item]');
  await items.first().waitFor();
  const preview = await items.allTextContents();
  assert.equal(preview.length, 2, preview.join(' | '));
  assert.match(preview.find((p) => p.startsWith('Ana')), /will be updated \(1 new week\)/);
  assert.match(preview.find((p) => p.startsWith('Cleo')), /will be updated \(6 new weeks\)/);
  await page.getByRole('button', { name: 'Apply 2 changes' }).click();
  await page.getByText('Updated Ana, Cleo with the link’s newer weeks.').waitFor();
  const stored = await storedHistory(page);
  assert.deepEqual(stored.snapshots, [], 'still nothing in the manager’s own history');
  const count = (name) => stored.people.find((p) => p.name === name).snapshots.length;
  assert.deepEqual([count('Ana'), count('Ben'), count('Cleo')], [21, 30, 16]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=flag-stale]').length === 0);

  // The team as CSV (one row per person per snapshot) and as a backup of the people.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download team CSV' }).click();
  const csvFile = await csvDownload;
  assert.match(csvFile.suggestedFilename(), /^ssi-lens-team-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await csvFile.path(), 'utf8')).trim().split(/\r?\n/);
  assert.match(csv[0], /^person,date,overall,brand,people,insights,relationships/);
  assert.equal(csv.length, 1 + 21 + 30 + 16);
  assert.ok(csv.some((line) => line.startsWith('Cleo,2026-11-25,')));
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download team backup (JSON)' }).click();
  const backupFile = await backupDownload;
  assert.match(backupFile.suggestedFilename(), /^ssi-lens-team-\d{4}-\d{2}-\d{2}\.json$/);
  // Kept beyond this browser's context, which takes its downloads with it.
  const backupPath = join(await mkdtemp(join(tmpdir(), 'ssi-team-')), backupFile.suggestedFilename());
  await backupFile.saveAs(backupPath);
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  assert.deepEqual(backup.snapshots, []);
  assert.deepEqual(backup.people.map((p) => p.name), ['Ana', 'Ben', 'Cleo']);
  // Ben is removed from the team, and comes back with the toast's Undo.
  await page.getByRole('button', { name: 'Remove Ben' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=team-table]').textContent.includes('Ben'));
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people.some((p) => p.name === 'Ben'), STORAGE_KEY);
  assert.equal((await rowNames(page)).length, 3);
  assert.deepEqual(errors(page), []);
  await context.close();

  // Another browser, with a history of its own: the backup brings the three people and
  // leaves that history as it was.
  const other = await openPage(app.browser, app.server.origin);
  await other.page.goto(app.server.url);
  await appReady(other.page);
  await storeHistory(other.page, weeklyHistory(5));
  await other.page.goto(`${app.server.url}team`);
  await other.page.waitForSelector('[data-testid=team-empty]');
  const before = (await storedHistory(other.page)).snapshots;
  // Nobody kept yet: the screen says how people get there, and restores a team backup, but
  // never someone's own history (which would land in this one's).
  const ownFile = join(await mkdtemp(join(tmpdir(), 'ssi-own-')), 'own.json');
  await writeFile(ownFile, JSON.stringify(weeklyHistory(3)));
  await other.page.setInputFiles('[data-testid=team-empty] input[type=file]', ownFile);
  await other.page.getByText('This file holds someone’s own snapshots, not a team backup').waitFor();
  await other.page.setInputFiles('[data-testid=team-empty] input[type=file]', backupPath);
  await other.page.getByRole('button', { name: /^Import/ }).click();
  await other.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people?.length === 3, STORAGE_KEY);
  const restored = await storedHistory(other.page);
  assert.deepEqual(restored.snapshots, before, 'the own history is untouched');
  await other.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team', exact: true }).click();
  await other.page.waitForSelector('[data-testid=team-table] tbody tr');
  assert.deepEqual((await rowNames(other.page)).sort(), ['Ana', 'Ben', 'Cleo', 'You']);
  assert.deepEqual(errors(other.page), []);
  await other.context.close();
});

test('at 390 px the team screen fits the phone: a card per person, every pillar in view', async () => {
  const { context, page } = await openPage(app.browser, app.server.origin, { width: 390, height: 844 });
  await page.goto(app.server.url);
  await appReady(page);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team', exact: true }).click();
  await page.waitForSelector('[data-testid=team-table] tbody tr');
  assert.deepEqual((await rowNames(page)).sort(), ['Marco (sample)', 'Priya (sample)', 'You']);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the screen is ${width} px wide`);
  // Each person's pillars and flags are on screen without scrolling sideways.
  for (const cell of await page.locator('[data-testid=team-row] td').all()) {
    const box = await cell.boundingBox();
    if (box) assert.ok(box.x >= 0 && box.x + box.width <= 390, `a cell runs off the screen: ${JSON.stringify(box)}`);
  }
  await axe(page, 'the team screen at 390 px');
  assert.deepEqual(errors(page), []);
  await context.close();
});
