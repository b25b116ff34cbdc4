// Goals, outcomes, ranges and comparing people, against the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, storedHistory, COMPARISON_KEY, storedText } from './harness.mjs';

const app = useApp('/');

const seriesNames = (page, testid) =>
  page.evaluate((id) => {
    const option = echarts.getInstanceByDom(document.querySelector(`[data-testid=${id}]`)).getOption();
    return option.series.map((s) => s.name);
  }, testid);

test('a goal shows its distance, a projected date, this week’s step and a dashed projection', async () => {
  const { context, page } = await app.openWithSample();
  await page.getByRole('button', { name: 'Set goals' }).click();
  await page.fill('#goal-overall', '60');
  await page.fill('#goal-people', '30');
  await page.getByRole('button', { name: 'Save goals' }).click();
  assert.match(await page.textContent('[data-testid=goals] [role=alert]'), /A goal for People must be a number from 0 to 25/);
  assert.equal((await storedHistory(page)).goals.overall, undefined, 'nothing saved while a goal is invalid');
  await page.fill('#goal-people', '');
  await page.getByRole('button', { name: 'Save goals' }).click();
  const goal = await page.textContent('[data-testid=goal-overall]');
  assert.match(goal, /Overall SSI: 60 \(now 51, 9 to go\)\. At this pace, around \d+ \w+ 20\d\d\./);
  assert.match(await page.textContent('[data-testid=goal-plan]'), /This week, for your Overall SSI goal: Leave three substantial comments/);
  assert.ok((await seriesNames(page, 'trend-chart')).includes('Overall projection'));
  assert.deepEqual((await storedHistory(page)).goals, { overall: 60 });
  await context.close();
});

test('a goal with a date says whether the pace gets there by then and what weekly change would; the date is optional and clearable', async () => {
  const { context, page } = await app.openWithSample();
  // The browser's own today, as the app reads it.
  const dayFromToday = (days) => page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
  await page.getByRole('button', { name: 'Set goals' }).click();
  await page.fill('#goal-overall', '60');
  await page.fill('#goal-overall-by', await dayFromToday(-1));
  await page.getByRole('button', { name: 'Save goals' }).click();
  assert.match(await page.textContent('[data-testid=goals] [role=alert]'), /The date for the Overall SSI goal has passed/);
  assert.equal((await storedHistory(page)).goals.overall, undefined, 'nothing saved while the date has passed');
  // Three years ahead: the sample's pace gets there in time.
  const far = await dayFromToday(3 * 365);
  await page.fill('#goal-overall-by', far);
  await page.getByRole('button', { name: 'Save goals' }).click();
  const row = '[data-testid=goal-overall]';
  assert.match(await page.textContent(row), /^Overall SSI: 60 by \d+ \w+ 20\d\d \(now 51, 9 to go\)\. On track for \d+ \w+ 20\d\d: at this pace, around \d+ \w+ 20\d\d\.$/);
  let stored = await storedHistory(page);
  assert.equal(stored.version, 5);
  assert.deepEqual(stored.goal_dates, { overall: far });
  // Two weeks ahead: too soon for this pace, and the weekly change that would do it (9 in 2 weeks).
  await page.getByRole('button', { name: 'Change goals' }).click();
  assert.equal(await page.inputValue('#goal-overall-by'), far, 'the form opens on the stored date');
  await page.fill('#goal-overall-by', await dayFromToday(14));
  await page.getByRole('button', { name: 'Save goals' }).click();
  assert.match(await page.textContent(row), /\. Not by \d+ \w+ 20\d\d at this pace \(around \d+ \w+ 20\d\d\): it takes \+4\.5 a week\.$/);
  // Cleared: the goal stays, without a date, and reads as before.
  await page.getByRole('button', { name: 'Change goals' }).click();
  await page.getByRole('button', { name: 'Clear date of the Overall SSI goal' }).click();
  assert.equal(await page.inputValue('#goal-overall-by'), '');
  await page.getByRole('button', { name: 'Save goals' }).click();
  assert.match(await page.textContent(row), /^Overall SSI: 60 \(now 51, 9 to go\)\. At this pace, around \d+ \w+ 20\d\d\.$/);
  stored = await storedHistory(page);
  assert.deepEqual([stored.goals, stored.goal_dates], [{ overall: 60 }, {}]);
  await context.close();
});

test('the chosen range applies to the charts and is remembered between visits', async () => {
  const { context, page } = await app.openWithSample();
  const points = () =>
    page.evaluate(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().series[0].data.length);
  assert.equal(await points(), 52);
  await page.getByRole('button', { name: '12 weeks' }).first().click();
  await page.waitForFunction(() => echarts.getInstanceByDom(document.querySelector('[data-testid=trend-chart]')).getOption().series[0].data.length === 13);
  await page.reload();
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  // Every range picker on the page shows the remembered choice, and only that one.
  const pressed = await page.locator('[role=group][aria-label="Time range"] button[aria-pressed=true]').allTextContents();
  assert.ok(pressed.length > 0, 'a range is shown as chosen');
  assert.deepEqual([...new Set(pressed.map((t) => t.trim()))], ['12 weeks']);
  assert.equal(await points(), 13);
  await context.close();
});

test('outcomes recorded weekly appear beside the score with an honest statement', async () => {
  const { context, page } = await app.openWithSample();
  await page.getByRole('link', { name: 'Results' }).click();
  // The sample tracks two results already; a third, flat for ten weeks while the score rises.
  await page.getByRole('button', { name: '+ Inbound leads' }).click();
  await page.waitForSelector('[data-testid=outcome-entries]');
  const relationship = page.locator('section[data-testid^=outcome-]', { hasText: 'Your SSI and Inbound leads' }).locator('[data-testid=relationship]');
  assert.match(await relationship.textContent(), /shows after 8 weeks with both recorded \(0 so far\)/);
  const inputs = page.locator('[data-testid=outcome-entries] input[aria-label^="Inbound leads on"]');
  for (let i = 0; i < 10; i++) {
    await inputs.nth(i).fill(String(3 + (i % 2)));
    await inputs.nth(i).press('Tab');
  }
  await page.getByRole('button', { name: '12 weeks' }).first().click();
  const statement = await relationship.textContent();
  assert.match(statement, /rose about \d+ points over these 10 weeks while inbound leads stayed flat/);
  assert.match(await page.textContent('main'), /Correlation is not cause/);
  const stored = await storedHistory(page);
  assert.equal(stored.outcomes.length, 3);
  const { id } = stored.outcomes.find((o) => o.name === 'Inbound leads');
  assert.equal(stored.snapshots.filter((s) => s.outcomes?.[id] !== undefined).length, 10);
  // Typing something that isn't a count says so and keeps the value recorded before.
  await inputs.nth(0).fill('abc');
  await inputs.nth(0).press('Tab');
  assert.match(await page.textContent('[data-testid=outcome-refused]'), /Type a whole number, like 3/);
  assert.equal((await storedHistory(page)).snapshots.filter((s) => s.outcomes?.[id] !== undefined).length, 10);
  await context.close();
});

test('two share links are compared side by side, and kept as saved people, the one way to keep someone', async () => {
  const { context, page } = await app.openWithSample();
  await page.getByRole('link', { name: 'Share' }).click();
  await page.fill('#share-name', 'Ada');
  const ada = await page.inputValue('[data-testid=share-link]');
  await page.getByRole('radio', { name: '12 weeks' }).check();
  await page.fill('#share-name', 'Grace');
  const grace = await page.inputValue('[data-testid=share-link]');

  await page.getByRole('link', { name: 'Compare' }).click();
  await page.fill('#compare-links', `${ada}\n${grace}\nnot a link`);
  await page.locator('[data-testid=comparison-chart]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid=comparison-chart] canvas');
  // The user's own history comes first, by default, then the sample's colleagues, then the
  // pasted links.
  assert.deepEqual(await seriesNames(page, 'comparison-chart'), ['You', 'Priya (sample)', 'Marco (sample)', 'Ada', 'Grace']);
  const rows = await page.locator('[data-testid=comparison-table] tbody tr').allTextContents();
  assert.equal(rows.length, 5);
  assert.match(rows[0], /You.*51/);
  assert.match(rows[3], /Ada.*51.*Top 18%.*Top 20%.*\+2/);
  assert.match(await page.textContent('main'), /Line 3: This link doesn’t contain shared SSI data/);
  const kept = async () => (await storedHistory(page)).people.map((p) => p.name);
  assert.deepEqual(await kept(), ['Priya (sample)', 'Marco (sample)'], 'only the sample colleagues kept before saving');
  await page.getByRole('button', { name: 'Save these people' }).click();
  await page.getByText('Saved Ada, Grace in this browser, beside your own history (not in it).').waitFor();
  assert.deepEqual(await kept(), ['Priya (sample)', 'Marco (sample)', 'Ada', 'Grace']);
  assert.equal(await storedText(page, COMPARISON_KEY), null, 'the links are not kept a second way');
  assert.equal(await page.inputValue('#compare-links'), '', 'the box is empty for the next links');
  // Reload keeps the screen, and the people: the same lines, now as saved people.
  await page.reload();
  await page.locator('[data-testid=comparison-chart]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid=comparison-chart] canvas');
  assert.equal(new URL(page.url()).pathname, '/compare');
  assert.deepEqual(await seriesNames(page, 'comparison-chart'), ['You', 'Priya (sample)', 'Marco (sample)', 'Ada', 'Grace']);
  await context.close();
});

test('a comparison saved by an earlier version comes back in the box, to save as people', async () => {
  const { context, page } = await app.openWithSample();
  await page.getByRole('link', { name: 'Share' }).click();
  await page.fill('#share-name', 'Ada');
  const ada = await page.inputValue('[data-testid=share-link]');
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [COMPARISON_KEY, ada]);
  await page.getByRole('link', { name: 'Compare' }).click();
  assert.equal(await page.inputValue('#compare-links'), ada);
  await page.getByRole('button', { name: 'Save these people' }).click();
  await page.getByTestId('saved-person').filter({ hasText: 'Ada' }).waitFor();
  assert.equal(await storedText(page, COMPARISON_KEY), '', 'the old comparison is forgotten');
  await context.close();
});
