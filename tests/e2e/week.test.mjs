// The weekly check-in: the week line at the top of the dashboard agrees with the cards below
// it, and each pillar's own view is reached from its name on the pillars card, by mouse and by
// keyboard, with its trend against the peers' averages recorded in the same snapshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, appReady, storeHistory } from './harness.mjs';

const app = useApp('/');

/** Eight weekly snapshots up to this week (by the browser's clock), the latest two with peer breakdowns. */
async function openWithWeeks(options = {}) {
  const { context, page } = await openPage(app.browser, app.server.origin, options);
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  await page.goto(app.server.url);
  const history = await page.evaluate(() => {
    const day = (weeksAgo) => new Date(Date.now() - weeksAgo * 7 * 86400000).toISOString().slice(0, 10);
    const snapshots = [];
    for (let w = 7; w >= 0; w--) {
      const pillars = { brand: 12 + (7 - w) * 0.3, people: 8.25, insights: 5 + (w === 0 ? 1.15 : 0), relationships: 14.5 };
      const s = { date: day(w), overall: Math.round(pillars.brand + pillars.people + pillars.insights + pillars.relationships), pillars };
      if (w <= 1) {
        s.industry_pillars = { brand: 10.5, people: 9, insights: 6.25, relationships: 12 };
        s.network_pillars = { brand: 11, people: 9.5, insights: 7, relationships: 13 };
      }
      snapshots.push(s);
    }
    return { version: 2, snapshots, goals: { insights: 10 }, outcomes: [] };
  });
  await storeHistory(page, history);
  await page.reload();
  await appReady(page);
  await page.waitForSelector('main#main [data-testid=week-line]');
  return { context, page };
}

test('the week line says what the cards say: the score, its change and the pillar that moved most', async () => {
  const { context, page } = await openWithWeeks();
  const line = page.locator('main#main [data-testid=week-line]');
  assert.equal(await line.locator('[data-testid=week-score]').innerText(), await page.locator('[data-testid=overall-score]').innerText());
  const cardChange = await page.locator('.card.overall .delta-value').innerText();
  assert.equal(await line.locator('[data-testid=week-change]').innerText(), cardChange);
  // Insights rose 1.15 this week, Brand 0.30: Insights moved most, as its row says.
  const pillar = await line.locator('[data-testid=week-pillar]').innerText();
  assert.match(pillar, /^Insights moved most: \+1\.15\.$/);
  const insightsRow = page.locator('.pillars li', { has: page.locator('.pillar-short', { hasText: 'Insights' }) });
  assert.equal(await insightsRow.locator('.pillar-head .delta').innerText(), '+1.15');
  assert.match(await line.locator('[data-testid=week-streak]').innerText(), /^8 weeks in a row\./);
  // It comes first: above the line about the last snapshot and the cards.
  const order = await page.evaluate(() => {
    const at = (s) => document.querySelector(`main#main ${s}`).getBoundingClientRect().top;
    return [at('[data-testid=week-line]'), at('[data-testid=last-snapshot]'), at('.card.overall')];
  });
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.deepEqual(page.errors, []);
  await context.close();
});

/** Checks the pillar view of Insights is on screen, with the card's numbers. */
async function insightsView(page, scoreOnCard) {
  await page.waitForURL(/\/pillar\/insights$/);
  await page.locator('main h1', { hasText: 'Insights' }).waitFor();
  assert.equal(await page.title(), 'Insights · SSI Lens');
  assert.equal(await page.locator('[data-testid=pillar-score]').innerText(), scoreOnCard);
  const chart = page.locator('[data-testid=pillar-chart]');
  await chart.locator('canvas').waitFor();
  assert.match(await page.locator('[data-testid=pillar-now]').innerText(), /Industry average 6\.25, Network average 7\.00/);
  assert.match(await page.locator('[data-testid=pillar-goal]').innerText(), /^Insights: 10\.00 \(now 6\.15, 3\.85 to go\)/);
  assert.match(await page.locator('[data-testid=pillar-advice]').innerText(), /Insights: 6\.15 of 25, with 18\.85 points of room\./);
  // The peers' averages were recorded in two snapshots: the table has them, dashes elsewhere.
  await page.getByText('Show the chart’s numbers as a table').click();
  await page.locator('.chart-data tbody tr').first().waitFor();
  const rows = await page.locator('.chart-data tbody tr').allInnerTexts();
  assert.equal(rows.length, 8);
  assert.match(rows[0], /6\.15\s+6\.25\s+7\.00/);
  assert.match(rows[2], /5\.00\s+–\s+–/);
}

test('a pillar view opens from its name on the card, by mouse, and goes back to the dashboard', async () => {
  const { context, page } = await openWithWeeks();
  const score = await page.locator('.pillars li', { has: page.locator('.pillar-short', { hasText: 'Insights' }) }).locator('.pillar-value').innerText();
  await page.locator('.pillars a.pillar-name', { hasText: 'Insights' }).click();
  await insightsView(page, score.replace(/\s*\/\s*25$/, ''));
  await page.getByRole('link', { name: '← Dashboard' }).click();
  await page.waitForSelector('main#main [data-testid=week-line]');
  // And from the week line's pillar.
  await page.locator('[data-testid=week-pillar] a').click();
  await page.waitForURL(/\/pillar\/insights$/);
  await page.goBack();
  await page.waitForSelector('main#main [data-testid=week-line]');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a pillar view opens by keyboard alone, and its address opens it directly', async () => {
  const { context, page } = await openWithWeeks({ width: 390, height: 844 });
  const score = (await page.locator('.pillars li', { has: page.locator('.pillar-short', { hasText: 'Insights' }) }).locator('.pillar-value').innerText()).replace(/\s*\/\s*25$/, '');
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('.pillars a.pillar-name[href^="pillar/insights"]'));
  }
  assert.ok(reached, 'Tab reaches the Insights link on the pillars card');
  await page.keyboard.press('Enter');
  await insightsView(page, score);
  // Focus moves to the screen's heading, as on every screen.
  await page.waitForFunction(() => document.activeElement?.closest('main h1, main'));
  await page.reload();
  await appReady(page);
  await insightsView(page, score);
  await page.goto(`${app.server.url}pillar/reach`);
  // The app's own screen, not the loading frame's heading.
  await appReady(page);
  assert.doesNotMatch(await page.locator('main#main h1').innerText(), /reach/i);
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});
