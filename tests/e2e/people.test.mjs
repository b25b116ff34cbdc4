// Other people's data stays theirs: a shared link is saved as a person beside the user's own
// history, which never changes; Compare shows the user and the person; a shared view speaks
// of the person in the third person; a share link pasted anywhere opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useApp, appReady, weeklyHistory, STORAGE_KEY, storedText, reloadWith } from './harness.mjs';

const app = useApp('/ssi-lens/');
const DANA = readFileSync(new URL('../fixtures/share-links/v1-52-weeks.txt', import.meta.url), 'utf8').trim();

/** The user's own part of the stored text: everything before the saved people. */
const ownPart = (text) => text.slice(0, text.indexOf(',"people"'));

async function withOwnHistory() {
  const { context, page } = await app.open();
  await reloadWith(page, weeklyHistory(10));
  await page.waitForSelector('[data-testid=overall-score]');
  // Loading rewrites older schemas in the current one; that text is the baseline.
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).version >= 3, STORAGE_KEY);
  return { context, page };
}

test('saving a shared link keeps the person apart: the own stored history is byte-identical', async () => {
  const { context, page } = await withOwnHistory();
  const before = await storedText(page);

  await page.goto(`${app.server.url}#${DANA}`);
  await appReady(page);
  await page.waitForSelector('[data-testid=shared-banner]');
  // A shared view speaks of Dana, not of "you".
  assert.match(await page.textContent('#overall-title'), /Dana’s Social Selling Index/);
  assert.match(await page.textContent('main'), /in Dana’s industry/);
  assert.doesNotMatch(await page.textContent('main'), /\byour (industry|network|fastest)/i);
  assert.equal(await page.locator('[data-testid=goals]').count(), 0, 'no goals card without actions');

  await page.getByRole('button', { name: 'Save Dana' }).click();
  await page.waitForSelector('[data-testid=person-saved]');
  const after = await storedText(page);
  assert.equal(ownPart(after), ownPart(before), 'the own history, goals and outcomes are untouched');
  const stored = JSON.parse(after);
  assert.deepEqual(stored.people.map((p) => p.name), ['Dana']);
  assert.ok(stored.people[0].snapshots.length >= 52);

  // The same link again: recognised, nothing new, and nothing to save twice.
  await page.reload();
  await appReady(page);
  await page.getByText('Dana is saved; this link has nothing new.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Save Dana' }).count(), 0);
  assert.equal(JSON.parse(await storedText(page)).people.length, 1);

  // Compare shows the user and Dana; Dana can be renamed and removed.
  await page.goto(`${app.server.url}compare`);
  await appReady(page);
  await page.waitForSelector('[data-testid=comparison-table]');
  const rows = await page.locator('[data-testid=comparison-table] tbody th').allTextContents();
  assert.deepEqual(rows, ['You', 'Dana']);
  // Dana has a screen of her own, with its address: her dashboard, in the third person.
  await page.locator('[data-testid=saved-person] .link-button').click();
  await page.waitForSelector('[data-testid=person-banner]');
  assert.match(new URL(page.url()).pathname, /^\/ssi-lens\/people\/\d+$/);
  assert.match(await page.textContent('#overall-title'), /Dana’s Social Selling Index/);
  assert.equal(await page.textContent('main h1'), 'Dana’s dashboard');
  const personAddress = page.url();
  await page.reload();
  await appReady(page);
  await page.waitForSelector('[data-testid=person-banner]');
  assert.equal(page.url(), personAddress);
  await page.goBack();
  await page.waitForSelector('[data-testid=comparison-table]');
  // Back on Compare, "You" is the user again, not the person just shown.
  const again = await page.locator('[data-testid=comparison-table] tbody tr').allTextContents();
  assert.equal(again.length, 2);
  assert.match(again[0], /^You.*36/);
  assert.match(again[1], /^Dana.*51/);
  await page.getByRole('button', { name: 'Rename Dana' }).click();
  await page.fill('[data-testid=saved-person] input', 'Dana S.');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people[0]?.name === 'Dana S.', STORAGE_KEY);
  await page.getByRole('button', { name: 'Remove Dana S.' }).click();
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people.length === 0, STORAGE_KEY);
  assert.equal(await page.locator('[data-testid=saved-people]').count(), 0, 'no list, and no controls, when nobody is saved');
  assert.equal(ownPart(await storedText(page)), ownPart(before));
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('a share link pasted anywhere opens it instead of being read as an SSI page', async () => {
  const { context, page } = await withOwnHistory();
  await page.evaluate((link) => {
    const data = new DataTransfer();
    data.setData('text/plain', `https://colleague.example/ssi-lens/#${link}`);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, DANA);
  await page.waitForSelector('[data-testid=shared-banner]');
  assert.equal(new URL(page.url()).hash, `#${DANA}`);
  assert.equal(new URL(page.url()).origin, app.server.origin, 'opened in this app, not on the other host');
  await context.close();
});

test('the full backup keeps the people: exported, restored with a preview in a fresh browser, and a removal can be undone', async () => {
  const { context, page } = await withOwnHistory();
  await page.goto(`${app.server.url}#${DANA}`);
  await appReady(page);
  await page.getByRole('button', { name: 'Save Dana' }).click();
  await page.waitForSelector('[data-testid=person-saved]');
  // The button is gone: focus is on what it did, not lost to the page.
  await page.waitForFunction(() => document.activeElement?.id === 'person-saved');
  await page.goto(`${app.server.url}history`);
  await appReady(page);
  const saved = JSON.parse(await storedText(page));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON (full backup)' }).click();
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const path = join(await mkdtemp(join(tmpdir(), 'ssi-')), 'backup.json');
  await (await download).saveAs(path);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  assert.deepEqual(file.people.map((p) => p.name), ['Dana'], 'the backup holds the saved person');
  await context.close();

  // A new browser (storage lost): the backup brings back the history and Dana, apart.
  const fresh = await app.open();
  await fresh.page.setInputFiles('[data-testid=import-file]', path);
  await fresh.page.waitForSelector('[data-testid=import-preview]');
  assert.match(await fresh.page.textContent('[data-testid=import-people]'), /1 person saved from share links to restore: Dana/);
  await fresh.page.getByRole('button', { name: 'Import', exact: true }).click();
  await fresh.page.getByText(/restored 1 person saved from links/).waitFor();
  // The save runs under the cross-tab lock, a moment after the toast.
  await fresh.page.waitForFunction((key) => localStorage.getItem(key) !== null, STORAGE_KEY);
  const restored = JSON.parse(await storedText(fresh.page));
  assert.deepEqual(restored.snapshots, saved.snapshots);
  assert.deepEqual(restored.people.map((p) => [p.name, p.shared_on, p.snapshots]), saved.people.map((p) => [p.name, p.shared_on, p.snapshots]));

  // Importing it again: Dana is the same, nothing to restore.
  await fresh.page.goto(`${app.server.url}history`);
  await appReady(fresh.page);
  await fresh.page.setInputFiles('[data-testid=import-file]', path);
  await fresh.page.waitForSelector('[data-testid=import-preview]');
  assert.match(await fresh.page.textContent('[data-testid=import-people]'), /1 person is already saved here, unchanged/);
  await fresh.page.getByRole('button', { name: 'Close' }).click();

  // Removing Dana offers Undo, which brings her back.
  await fresh.page.goto(`${app.server.url}compare`);
  await appReady(fresh.page);
  await fresh.page.getByRole('button', { name: 'Remove Dana' }).click();
  await fresh.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people.length === 0, STORAGE_KEY);
  assert.match(await fresh.page.textContent('#toast-message'), /Removed Dana/);
  await fresh.page.getByRole('button', { name: 'Undo' }).click();
  await fresh.page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).people[0]?.name === 'Dana', STORAGE_KEY);
  await fresh.context.close();
});

test('someone who keeps only other people (a manager) finds them, Compare and the tabs, with no snapshots of their own', async () => {
  const { context, page } = await app.open();
  await page.goto(`${app.server.url}#${DANA}`);
  await appReady(page);
  await page.waitForSelector('main#main [data-testid=shared-banner]');
  await page.getByRole('button', { name: 'Save Dana' }).click();
  await page.waitForSelector('[data-testid=person-saved]');
  await page.getByRole('link', { name: 'Open my SSI Lens' }).click();
  await page.waitForSelector('main#main [data-testid=saved-people]');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  assert.deepEqual(await nav.getByRole('link').allTextContents(), ['Dashboard', 'Team', 'Compare', 'Learn']);
  await page.locator('[data-testid=saved-people]').getByRole('link', { name: 'Dana' }).click();
  await page.waitForSelector('[data-testid=person-banner]');
  assert.match(await page.textContent('[data-testid=person-banner]'), /Dana’s SSI history/);
  await nav.getByRole('link', { name: 'Compare', exact: true }).click();
  await page.waitForFunction(() => location.pathname.endsWith('/compare'));
  assert.deepEqual(page.errors, []);
  await context.close();
});
