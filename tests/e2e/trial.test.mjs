// A trial and a manager's first steps: the sample shows every feature (Results with data,
// Compare with colleagues) and goes in one step, keeping the user's own things; a share link of
// someone kept already says so; the dashboard that replaces the welcome opens at its top.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, appReady, storedHistory, storeHistory, STORAGE_KEY } from './harness.mjs';

const app = useApp('/ssi-lens/');
const DANA = readFileSync(new URL('../fixtures/share-links/v1-52-weeks.txt', import.meta.url), 'utf8').trim();

/** Opens Dana's link and saves her; returns the stored envelope. */
async function saveDana(page) {
  await page.goto(`${app.server.url}#${DANA}`);
  await appReady(page);
  await page.getByRole('button', { name: 'Save Dana' }).click();
  await page.waitForSelector('[data-testid=person-saved]');
  return storedHistory(page);
}

const tab = (page, name) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });

test('the sample shows Results and Compare with data, and goes in one step with one Undo, keeping Dana', async () => {
  const { context, page } = await app.open();
  await saveDana(page);
  await page.getByRole('link', { name: 'Open my SSI Lens' }).click();
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=trend-chart] canvas');

  await tab(page, 'Results').click();
  await page.waitForSelector('[data-testid=outcome-entries]');
  await page.locator('main section[data-testid^=outcome-]').first().waitFor();
  const sections = await page.locator('main section[data-testid^=outcome-]').allTextContents();
  assert.equal(sections.length, 2);
  assert.match(sections.join(' '), /Conversations started/);
  assert.match(sections.join(' '), /Meetings booked/);
  await page.locator('main section[data-testid^=outcome-] canvas').first().waitFor();
  const bars = await page.evaluate(() => {
    const chart = document.querySelector('main section[data-testid^=outcome-] canvas').closest('[_echarts_instance_]');
    return echarts.getInstanceByDom(chart).getOption().series.map((s) => s.data.filter((d) => d != null).length);
  });
  assert.ok(bars.every((n) => n >= 12), `every series has weeks of data: ${bars}`);

  await tab(page, 'Compare').click();
  await page.waitForSelector('[data-testid=comparison-table]');
  const rows = await page.locator('[data-testid=comparison-table] tbody th').allTextContents();
  assert.deepEqual(rows, ['You', 'Dana', 'Priya (sample)', 'Marco (sample)']);

  const withSample = await storedHistory(page);
  assert.equal(withSample.people.filter((p) => p.sample).length, 2);
  assert.equal(withSample.outcomes.filter((o) => o.sample).length, 2);

  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people.length === 1, STORAGE_KEY);
  const removed = await storedHistory(page);
  assert.deepEqual(removed.people.map((p) => p.name), ['Dana'], 'the person saved from a real link stays');
  assert.deepEqual(removed.snapshots, []);
  assert.deepEqual(removed.outcomes, []);
  assert.equal(await page.locator('[data-testid=sample-banner]').count(), 0);
  await page.waitForFunction(() => !document.querySelector('main').textContent.includes('(sample)'));
  assert.match(await page.textContent('main'), /Dana/);

  // One Undo brings all of it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people.length === 3, STORAGE_KEY);
  const undone = await storedHistory(page);
  assert.equal(undone.snapshots.length, 52);
  assert.equal(undone.outcomes.length, 2);
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('removing the sample keeps the snapshots and results the user added', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  const stored = await storedHistory(page);
  // The user's own snapshot (an earlier week), with a count of a result they track.
  stored.outcomes.push({ id: 77, name: 'Calls' });
  stored.snapshots.unshift({
    date: '2020-01-06', overall: 40, pillars: { brand: 10, people: 10, insights: 10, relationships: 10 },
    outcomes: { 77: 5 },
  });
  await storeHistory(page, stored);
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots.length === 1, STORAGE_KEY);
  const after = await storedHistory(page);
  assert.deepEqual(after.snapshots.map((s) => [s.date, s.outcomes]), [['2020-01-06', { 77: 5 }]]);
  assert.deepEqual(after.outcomes, [{ id: 77, name: 'Calls' }]);
  assert.deepEqual(after.people, []);
  await context.close();
});

test('a link of someone kept already says so: nothing new, new weeks to update, or older, never going back', async () => {
  const { context, page } = await app.open();
  const saved = await saveDana(page);
  const dana = saved.people[0];

  // The same link again: no second "Save Dana".
  await page.reload();
  await appReady(page);
  const known = page.locator('[data-testid=person-known]');
  assert.equal(await known.textContent(), 'Dana is saved; this link has nothing new.');
  assert.equal(await page.getByRole('button', { name: 'Save Dana' }).count(), 0);

  // A copy from an older link with two weeks fewer: this link brings them.
  const older = { ...dana, shared_on: '2020-01-01', snapshots: dana.snapshots.slice(0, -2) };
  await storeHistory(page, { ...saved, people: [older] });
  await page.reload();
  await appReady(page);
  assert.equal(await known.textContent(), 'Dana is saved; this link has 2 new weeks.');
  await page.getByRole('button', { name: 'Update Dana' }).click();
  await page.waitForFunction((n) => JSON.parse(localStorage.getItem('ssi-lens.history')).people[0].snapshots.length === n, dana.snapshots.length);
  await page.getByText('Dana is saved; this link has nothing new.').waitFor();

  // A copy from a newer link than this one: never offered as an update.
  const newer = { ...dana, shared_on: '2099-01-01', snapshots: dana.snapshots.slice(0, -1) };
  await storeHistory(page, { ...saved, people: [newer] });
  await page.reload();
  await appReady(page);
  assert.match(await known.textContent(), /^Dana is saved; this link is older than your saved copy/);
  assert.equal(await page.getByRole('button', { name: /Update|Save Dana/ }).count(), 0);
  assert.equal((await storedHistory(page)).people[0].shared_on, '2099-01-01');
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`an import from the welcome opens the dashboard at its top, its heading focused (${width} px)`, async () => {
    const { context, page } = await app.open({ width, height });
    const dir = await mkdtemp(join(tmpdir(), 'ssi-'));
    const csv = join(dir, 'mine.csv');
    await writeFile(csv, 'date,brand,people,insights,relationships\n2026-11-18,12,10,8,14\n2026-11-25,13,10,9,14\n');
    // The import card and its preview are low on the welcome: the user scrolls down to them.
    await page.setInputFiles('[data-testid=import-file]', csv);
    await page.waitForSelector('[data-testid=import-preview]');
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    assert.ok(await page.evaluate(() => scrollY) > 100, 'the welcome was scrolled down');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForSelector('[data-testid=overall-score]');
    await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'));
    const top = await page.evaluate(() => document.querySelector('main h1').getBoundingClientRect().top);
    assert.ok(top >= 0 && top < height, `the heading's top is in view: ${top}`);
    assert.equal(await page.evaluate(() => scrollY), 0);
    await context.close();
  });
}
