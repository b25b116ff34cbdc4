// Two tabs saving in the same moment, many times over: no write is lost, and both tabs end
// up showing what storage holds. Saves run under a Web Lock (navigator.locks), so the
// read-merge-write of one tab never interleaves with the other's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, storedHistory, appReady, weeklyHistory, STORAGE_KEY, reloadWith, fillSnapshot } from './harness.mjs';

const app = useApp('/');
const ROUNDS = Number(process.env.STRESS_ROUNDS ?? 20);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-01-05" as the app writes it: "5 Jan 2026". */
const label = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/** A reproducible random gap of 0 to 40 ms. */
let seed = 11;
const gap = () => (seed = (seed * 16807) % 2147483647) % 41;

/**
 * Clicks `selectorA` in tab A and, `delay` ms later (earlier when negative), `selectorB` in tab
 * B, from one shared instant. `{ selector, value }` types `value` into an input and leaves it
 * (its change event) at that instant instead.
 */
async function clickTogether(a, selectorA, b, selectorB, delay) {
  const at = Date.now() + 150;
  const schedule = (page, selector, ms) =>
    page.evaluate(
      ([selector, when]) =>
        new Promise((resolve, reject) => {
          setTimeout(() => {
            const target = typeof selector === 'string' ? { selector } : selector;
            const button = document.querySelector(target.selector);
            if (!button) return reject(new Error(`no ${target.selector}`));
            if ('value' in target) {
              button.value = target.value;
              button.dispatchEvent(new Event('change', { bubbles: true }));
            } else button.click();
            resolve();
          }, Math.max(0, when - Date.now()));
        }),
      [selector, at + ms],
    );
  await Promise.all([schedule(a, selectorA, 0), schedule(b, selectorB, delay)]);
}

const SAVE = 'form.snapshot-form button[type=submit]';

/** Two tabs of one browser (so one storage) showing `history`, both recording their errors. */
async function twoTabs(history) {
  const { context, page: a } = await app.open();
  await reloadWith(a, history);
  const b = await context.newPage();
  b.errors = [];
  b.on('pageerror', (e) => b.errors.push(String(e)));
  b.on('console', (m) => m.type() === 'error' && b.errors.push(m.text()));
  await b.goto(app.server.url);
  await appReady(b);
  return { context, a, b };
}
const t0 = Date.now();
const log = (what) => process.env.STRESS_LOG && console.log(`${Date.now() - t0} ms: ${what}`);

async function showHistory(page) {
  // Headless Chromium runs a background tab's frames slowly; act on the front one.
  await page.bringToFront();
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.waitForSelector('[data-testid=history-table]');
}

async function editBrand(page, iso, brand) {
  log(`edit ${iso}`);
  await showHistory(page);
  await page.getByRole('button', { name: `Edit snapshot of ${label(iso)}` }).click();
  await page.fill('#field-brand', String(brand));
  await page.fill('#field-overall', '');
}

async function startAdding(page, iso, brand) {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Add snapshot' }).click();
  await fillSnapshot(page, { date: iso, brand: String(brand), people: '5', insights: '5', relationships: '5' });
}

/** Waits until storage satisfies `ok`, then checks that each tab's History table shows it. */
async function settleAndCompare(tabs, ok, what) {
  log(`${what}: saved`);
  let stored = await storedHistory(tabs[0]);
  for (const deadline = Date.now() + 5000; !ok(stored) && Date.now() < deadline; ) {
    await tabs[0].waitForTimeout(25);
    stored = await storedHistory(tabs[0]);
  }
  if (!ok(stored)) {
    const views = await Promise.all(tabs.map((t) => t.evaluate(() => document.querySelector('main')?.innerText.slice(0, 400))));
    assert.fail(`${what}: storage holds ${JSON.stringify(stored.snapshots.map((s) => [s.date, s.pillars.brand]))}; tabs show ${JSON.stringify(views)}; errors ${JSON.stringify(tabs.map((t) => t.errors))}`);
  }
  // Pillars read as LinkedIn shows them: two decimals (the harness locale writes a point).
  const expected = stored.snapshots.map((s) => `${label(s.date)} ${s.pillars.brand.toFixed(2)}`).reverse();
  for (const [i, tab] of tabs.entries()) {
    await showHistory(tab);
    const shown = () =>
      tab.$$eval('[data-testid=history-table] tbody tr', (rows) =>
        rows.map((r) => `${r.querySelector('th').textContent} ${r.querySelectorAll('td')[1].textContent}`),
      );
    // The other tab's storage event may still be on its way.
    const deadline = Date.now() + 3000;
    let rows = await shown();
    while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
      await tab.waitForTimeout(50);
      rows = await shown();
    }
    assert.deepEqual(rows, expected, `${what}: tab ${i ? 'B' : 'A'} shows what storage holds`);
    log(`${what}: tab ${i} compared`);
  }
}

test('two tabs saving at the same moment lose no write, round after round', { timeout: 300000 }, async () => {
  const history = weeklyHistory(6);
  const { context, a, b } = await twoTabs(history);
  const days = history.snapshots.map((s) => s.date);
  const brandOf = (h, iso) => h.snapshots.find((s) => s.date === iso)?.pillars.brand;

  // Same-moment edits of different snapshots.
  for (let r = 0; r < ROUNDS; r++) {
    const [x, y] = [days[r % 3], days[3 + (r % 3)]];
    const [bx, by] = [1 + (r % 20), 21 - (r % 20)];
    await editBrand(a, x, bx);
    await editBrand(b, y, by);
    await clickTogether(a, SAVE, b, SAVE, gap());
    await settleAndCompare([a, b], (h) => brandOf(h, x) === bx && brandOf(h, y) === by, `edit round ${r}`);
    log(`edit round ${r}`);
  }

  // Same-moment adds of different days (two days in 2024, before the stored history).
  let added = [];
  for (let r = 0; r < ROUNDS; r++) {
    const base = new Date(Date.UTC(2024, 0, 1 + 2 * r));
    const [x, y] = [0, 1].map((k) => new Date(base.getTime() + k * 86400000).toISOString().slice(0, 10));
    await startAdding(a, x, 7);
    await startAdding(b, y, 8);
    await clickTogether(a, SAVE, b, SAVE, gap());
    added.push(x, y);
    const want = [...added];
    await settleAndCompare([a, b], (h) => want.every((d) => h.snapshots.some((s) => s.date === d)), `add round ${r}`);
  }

  // One tab deletes a snapshot while the other edits another one.
  for (let r = 0; r < ROUNDS; r++) {
    const [gone, edited] = [added[2 * r], added[2 * r + 1]];
    const brand = 10 + (r % 10);
    await showHistory(a);
    await editBrand(b, edited, brand);
    const deleteButton = `button[aria-label="Delete snapshot of ${label(gone)}"]`;
    await clickTogether(a, deleteButton, b, SAVE, gap());
    await settleAndCompare(
      [a, b],
      (h) => !h.snapshots.some((s) => s.date === gone) && brandOf(h, edited) === brand,
      `delete-vs-edit round ${r}`,
    );
  }
  assert.deepEqual([a.errors, b.errors], [[], []]);
  await context.close();
});

test('two tabs adding an outcome at the same moment keep both, with their values', { timeout: 60000 }, async () => {
  const history = weeklyHistory(2);
  const { context, a, b } = await twoTabs(history);
  for (const [tab, name] of [[a, 'Meetings booked'], [b, 'Demos given']]) {
    await tab.getByRole('link', { name: 'Results', exact: true }).click();
    await tab.fill('#outcome-name', name);
  }
  const add = 'form.inline-form button[type=submit]';
  await clickTogether(a, add, b, add, 0);
  await a.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).outcomes.length === 2, STORAGE_KEY);
  const stored = await storedHistory(a);
  assert.deepEqual(stored.outcomes.map((o) => o.name).sort(), ['Demos given', 'Meetings booked']);
  assert.notEqual(stored.outcomes[0].id, stored.outcomes[1].id, 'ids never collide');

  // Each tab records a value for its own outcome on the latest week, at the same moment.
  const latest = label(history.snapshots.at(-1).date);
  for (const [tab, name, value] of [[a, 'Meetings booked', '3'], [b, 'Demos given', '5']]) {
    await tab.waitForSelector(`input[aria-label="${name} on ${latest}"]`);
    await tab.fill(`input[aria-label="${name} on ${latest}"]`, value);
  }
  await Promise.all([
    a.press(`input[aria-label="Meetings booked on ${latest}"]`, 'Tab'),
    b.press(`input[aria-label="Demos given on ${latest}"]`, 'Tab'),
  ]);
  const values = async () => {
    const h = await storedHistory(a);
    const byName = Object.fromEntries(h.outcomes.map((o) => [o.id, o.name]));
    const last = h.snapshots.at(-1).outcomes ?? {};
    return Object.fromEntries(Object.entries(last).map(([id, v]) => [byName[id], v]));
  };
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await a.waitForTimeout(25)) {
    if (Object.keys(await values()).length === 2) break;
  }
  assert.deepEqual(await values(), { 'Meetings booked': 3, 'Demos given': 5 });
  // Both tabs show both outcomes.
  for (const tab of [a, b]) {
    await tab.waitForFunction(() => document.querySelectorAll('.chips .chip').length === 2);
  }
  assert.deepEqual([a.errors, b.errors], [[], []]);
  await context.close();
});

// A form open in one tab while another tab saves: its save applies only what the user changed
// in it, so the other tab's save stays (each journey below lost data when the form wrote its
// whole copy back).

const SAVE_GOALS = '#goal-form button[type=submit]';
const METRICS = ['overall', 'brand', 'people', 'insights', 'relationships'];

async function openGoals(page) {
  await page.bringToFront();
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  // "Set goals", or "Change goals" once there are some.
  await page.locator('#set-goals').click();
  await page.waitForSelector('#goal-overall');
}

/** Waits until the stored goals equal `want`, then checks both tabs' cards list them. */
async function settleGoals(tabs, want, what) {
  const same = (goals) => JSON.stringify(goals ?? {}) === JSON.stringify(want);
  let stored = await storedHistory(tabs[0]);
  for (const deadline = Date.now() + 5000; !same(stored.goals) && Date.now() < deadline; ) {
    await tabs[0].waitForTimeout(25);
    stored = await storedHistory(tabs[0]);
  }
  assert.deepEqual(stored.goals, want, `${what}: storage holds every goal`);
  for (const [i, tab] of tabs.entries()) {
    await tab.bringToFront();
    await tab.waitForFunction(
      (want) =>
        Object.keys(want).every((m) => document.querySelector(`[data-testid=goal-${m}]`)) &&
        document.querySelectorAll('[data-testid^=goal-]:not([data-testid=goal-plan])').length === Object.keys(want).length,
      want,
      { timeout: 3000 },
    ).catch(() => assert.fail(`${what}: tab ${i ? 'B' : 'A'} shows the stored goals ${JSON.stringify(want)}`));
  }
}

/** `METRICS` order, as the app stores goals (a sorted map). */
const sorted = (goals) => Object.fromEntries(METRICS.filter((m) => m in goals).map((m) => [m, goals[m]]));

test('goals: a form opened before another tab saved keeps that tab’s goal', { timeout: 120000 }, async () => {
  const { context, a, b } = await twoTabs(weeklyHistory(6));
  // The journey: A opens the form; B sets Brand 20 and saves; A's card shows it.
  await openGoals(a);
  await openGoals(b);
  await b.fill('#goal-brand', '20');
  await b.click(SAVE_GOALS);
  await a.bringToFront();
  await a.waitForSelector('[data-testid=goal-brand]');
  // A sets Overall 70 and saves.
  await a.fill('#goal-overall', '70');
  await a.click(SAVE_GOALS);
  await settleGoals([a, b], { overall: 70, brand: 20 }, 'the journey');

  // Both tabs' forms open, each changing a different goal, saved at nearly the same moment
  // (either tab first): every goal typed stays, and one no one touched stays too.
  let want = { overall: 70, brand: 20 };
  for (let r = 0; r < ROUNDS; r++) {
    const [ma, mb] = [METRICS[r % 5], METRICS[(r + 2) % 5]];
    const [va, vb] = [String(1 + (r % 20)), String(21 - (r % 20))];
    await openGoals(a);
    await openGoals(b);
    await a.fill(`#goal-${ma}`, va);
    await b.fill(`#goal-${mb}`, vb);
    const delay = (r % 2 ? 1 : -1) * (60 + 3 * gap());
    await clickTogether(a, SAVE_GOALS, b, SAVE_GOALS, delay);
    want = sorted({ ...want, [ma]: Number(va), [mb]: Number(vb) });
    await settleGoals([a, b], want, `goals round ${r}`);
    log(`goals round ${r}`);
  }
  assert.deepEqual([a.errors, b.errors], [[], []]);
  await context.close();
});

/** Six weekly snapshots and one on 30 Nov 2026, with the outcome "Calls" (id 5). */
function historyWithCalls() {
  const history = weeklyHistory(6);
  history.snapshots.push({ ...history.snapshots.at(-1), date: '2026-11-30', note: 'first call list' });
  history.outcomes = [{ id: 5, name: 'Calls' }];
  return history;
}

async function showResults(page) {
  await page.bringToFront();
  await page.getByRole('link', { name: 'Results', exact: true }).click();
}

test('an open edit form: a result recorded in another tab meanwhile stays when the form is saved', { timeout: 180000 }, async () => {
  const history = historyWithCalls();
  const { context, a, b } = await twoTabs(history);
  const stored = (iso) => storedHistory(a).then((h) => h.snapshots.find((s) => s.date === iso));
  // The journey: A edits 30 Nov's Brand (unsaved); B records Calls = 5 for 30 Nov; A saves.
  await editBrand(a, '2026-11-30', 14);
  await showResults(b);
  const calls = (iso) => `input[aria-label="Calls on ${label(iso)}"]`;
  await b.fill(calls('2026-11-30'), '5');
  await b.press(calls('2026-11-30'), 'Tab');
  await a.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots.at(-1).outcomes?.['5'] === 5, STORAGE_KEY);
  await a.waitForTimeout(200); // B's save reaches A as a storage event
  await a.bringToFront();
  await a.click(SAVE);
  await a.waitForSelector('[data-testid=history-table]');
  for (const deadline = Date.now() + 5000; (await stored('2026-11-30')).pillars.brand !== 14 && Date.now() < deadline; ) {
    await a.waitForTimeout(25);
  }
  const saved = await stored('2026-11-30');
  assert.equal(saved.pillars.brand, 14, 'the edit is saved');
  assert.deepEqual(saved.outcomes, { 5: 5 }, 'the result recorded meanwhile stays');
  assert.equal(saved.note, 'first call list');

  // Rounds: A's edit form is open on a week while B records that week's calls; A saves at
  // nearly the same moment (either tab first). Both stay.
  const days = history.snapshots.map((s) => s.date);
  for (let r = 0; r < ROUNDS; r++) {
    const iso = days[r % days.length];
    const [brand, count] = [1 + (r % 20), 10 + r];
    await editBrand(a, iso, brand);
    await showResults(b);
    const delay = (r % 2 ? 1 : -1) * (60 + 3 * gap());
    await clickTogether(a, SAVE, b, { selector: calls(iso), value: String(count) }, delay);
    await settleAndCompare(
      [a, b],
      (h) => {
        const s = h.snapshots.find((s) => s.date === iso);
        return s?.pillars.brand === brand && s?.outcomes?.['5'] === count;
      },
      `edit-vs-result round ${r}`,
    );
  }
  assert.deepEqual([a.errors, b.errors], [[], []]);
  await context.close();
});

test('an open edit form of a snapshot deleted in another tab says so, and saves it again only when asked', { timeout: 60000 }, async () => {
  const { context, a, b } = await twoTabs(historyWithCalls());
  await editBrand(a, '2026-11-30', 14);
  await showHistory(b);
  await b.getByRole('button', { name: `Delete snapshot of ${label('2026-11-30')}` }).click();
  await a.waitForFunction((key) => !JSON.parse(localStorage.getItem(key)).snapshots.some((s) => s.date === '2026-11-30'), STORAGE_KEY);
  await a.waitForTimeout(200); // B's save reaches A as a storage event
  await a.bringToFront();
  await a.click(SAVE);
  await a.waitForSelector('[data-testid=edit-gone]');
  assert.match(await a.textContent('[data-testid=edit-gone]'), /30 Nov 2026 is no longer in your history/);
  assert.ok(!(await storedHistory(a)).snapshots.some((s) => s.date === '2026-11-30'), 'not re-created unasked');
  await a.getByRole('button', { name: 'Save as a new snapshot' }).click();
  await a.waitForSelector('[data-testid=history-table]');
  await a.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots.find((s) => s.date === '2026-11-30')?.pillars.brand === 14, STORAGE_KEY);
  assert.deepEqual([a.errors, b.errors], [[], []]);
  await context.close();
});

test('a result being typed is not wiped when another tab saves something else', { timeout: 60000 }, async () => {
  const { context, a, b } = await twoTabs(historyWithCalls());
  await showResults(a);
  const cell = `input[aria-label="Calls on ${label('2026-11-30')}"]`;
  await a.click(cell);
  await a.keyboard.type('12');
  // B deletes another week meanwhile; A has not left the box yet.
  await showHistory(b);
  await b.getByRole('button', { name: `Delete snapshot of ${label('2026-11-25')}` }).click();
  await a.waitForFunction((key) => !JSON.parse(localStorage.getItem(key)).snapshots.some((s) => s.date === '2026-11-25'), STORAGE_KEY);
  await a.waitForTimeout(300); // B's save reaches A as a storage event
  assert.equal(await a.inputValue(cell), '12', 'what A is typing is still there');
  await a.bringToFront();
  await a.press(cell, 'Tab');
  await a.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).snapshots.at(-1).outcomes?.['5'] === 12, STORAGE_KEY);
  assert.deepEqual([a.errors, b.errors], [[], []]);
  await context.close();
});
