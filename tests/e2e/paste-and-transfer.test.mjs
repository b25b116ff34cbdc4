// Pasting the SSI page, exporting, and importing, against the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, storedHistory } from './harness.mjs';

const FIXTURES = new URL('../fixtures/ssi-page/', import.meta.url);
const app = useApp('/');

const stored = storedHistory;

/** Pastes `text` the way a user does with nothing focused: a paste event on the document. */
function pasteAnywhere(page, text) {
  return page.evaluate((t) => {
    document.activeElement?.blur();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('pasting the 2026 page anywhere opens a filled preview; saving shows it with peers on the dashboard', async () => {
  const { context, page } = await app.open();
  const text = await readFile(new URL('en-2026-whole-page.txt', FIXTURES), 'utf8');
  await pasteAnywhere(page, text);

  const summary = await page.waitForSelector('[data-testid=paste-summary]');
  const found = await summary.textContent();
  assert.match(found, /SSI 33/);
  assert.match(found, /industry rank Top 37%/);
  assert.match(found, /your network’s pillars/);
  assert.match(found, /Not on the page: industry name/);
  assert.equal(await page.inputValue('#field-brand'), '12.05');
  assert.equal(await page.inputValue('#field-people'), '4.76');
  assert.equal(await page.inputValue('#field-overall'), '33');
  assert.equal(await page.inputValue('#field-network_avg'), '36');
  assert.ok(await page.isVisible('[data-testid=peer-pillars]'));
  assert.equal(await stored(page), null, 'nothing is saved before confirming');

  // Every field stays editable before saving.
  await page.fill('#field-note', 'pasted from LinkedIn');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.textContent('[data-testid=overall-score]'), '33');
  assert.match(await page.textContent('.pillars'), /Industry avg 11\.27/);
  const saved = (await stored(page)).snapshots[0];
  assert.deepEqual(saved.network_pillars, { brand: 13.1, people: 8.2, insights: 2.4, relationships: 12.3 });
  assert.equal(saved.note, 'pasted from LinkedIn');

  // Pasting again the same day offers to replace that day's snapshot.
  await pasteAnywhere(page, text);
  await page.waitForSelector('[data-testid=day-taken]');
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await page.getByRole('button', { name: 'Replace it' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal((await stored(page)).snapshots.length, 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('pasting text that is not an SSI page says what was expected and fills nothing', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  await page.fill('#paste-text', 'Quarterly plan\nCall Anna on Monday at 10:30');
  assert.match(await page.textContent('[data-testid=paste-error]'), /doesn’t look like LinkedIn’s SSI page.*four pillar scores/);
  assert.equal(await page.inputValue('#field-brand'), '');
  await context.close();
});

test('export JSON, delete everything, import it back: the history is identical', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.getByRole('link', { name: 'History' }).click();
  const before = await stored(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON (full backup)' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^ssi-lens-\d{4}-\d{2}-\d{2}\.json$/);
  const dir = await mkdtemp(join(tmpdir(), 'ssi-'));
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);

  await page.getByRole('button', { name: 'Delete all snapshots…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('button', { name: 'Add your first snapshot' }).waitFor();
  assert.deepEqual((await stored(page)).snapshots, []);

  await page.setInputFiles('[data-testid=import-file]', path);
  await page.waitForSelector('[data-testid=import-preview]');
  assert.match(await page.textContent('[data-testid=import-added]'), /52 new snapshots/);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  // Results a file brings get ids free here: compared by name.
  const byName = (data) => {
    const name = (id) => data.outcomes.find((o) => String(o.id) === String(id)).name;
    return {
      ...data,
      outcomes: data.outcomes.map(({ id, ...o }) => o),
      snapshots: data.snapshots.map((s) => ({ ...s, outcomes: Object.fromEntries(Object.entries(s.outcomes ?? {}).map(([id, v]) => [name(id), v])) })),
    };
  };
  assert.deepEqual(byName(await stored(page)), byName(before));
  await context.close();
});

test('a CSV with a bad row is previewed with the row reported, and cancel changes nothing', async () => {
  const { context, page } = await app.open();
  const dir = await mkdtemp(join(tmpdir(), 'ssi-'));
  const path = join(dir, 'tracker.csv');
  await writeFile(path, 'Date;SSI;Brand;Right People;Engagement;Relationships\n2026-01-05;33;12,05;4,76;1;15\n2026-01-12;34;31;4,76;1,2;15\n2026-01-19;35;12,5;5;1,5;15\n');

  await page.setInputFiles('[data-testid=import-file]', path);
  await page.waitForSelector('[data-testid=import-preview]');
  assert.match(await page.textContent('[data-testid=import-added]'), /2 new snapshots/);
  assert.match(await page.textContent('[data-testid=import-invalid]'), /Line 3: Brand must be between 0 and 25/);
  await page.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await stored(page), null);

  await page.setInputFiles('[data-testid=import-file]', path);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal((await stored(page)).snapshots.length, 2);
  await context.close();
});

test('a file dropped on the import area is previewed', async () => {
  const { context, page } = await app.open();
  await page.evaluate(() => {
    const data = new DataTransfer();
    const csv = 'date,brand,people,insights,relationships\n2026-02-02,10,5,3,12\n';
    data.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    const zone = document.querySelector('[data-testid=import-card]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('[data-testid=import-preview]');
  assert.match(await page.textContent('[data-testid=import-preview]'), /Import from dropped\.csv.*1 new snapshot to add/s);
  await context.close();
});
