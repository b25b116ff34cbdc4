// Rows that must hold together whatever their content: the weakest pillar's row keeps its score
// and change on its first line, as the other rows do, and a history row's actions cell is as
// tall as its row when a note wraps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, openPage, reloadWith, storeHistory, weeklyHistory } from './harness.mjs';

const app = useApp();

for (const width of [1280, 390]) {
  test(`the weakest pillar's row keeps its score and change on the name's line (${width} px)`, async () => {
    const { context, page } = await openPage(app.browser, app.server.origin, { width, height: 900 });
    await page.goto(app.server.url);
    await reloadWith(page, weeklyHistory(8));
    await page.waitForSelector('main#main .pillar.weakest');
    const rows = await page.locator('main#main .pillar-head').evaluateAll((heads) =>
      heads.map((head) => {
        const top = (selector) => head.querySelector(selector)?.getBoundingClientRect().top;
        return { weakest: !!head.querySelector('.badge'), name: top('.pillar-short'), value: top('.pillar-value') };
      }),
    );
    assert.equal(rows.filter((r) => r.weakest).length, 1);
    for (const row of rows) {
      assert.ok(Math.abs(row.value - row.name) < 8, `score on the name's line: ${JSON.stringify(row)}`);
    }
    await context.close();
  });
}

test('a history row whose note wraps has its actions cell as tall as the row', async () => {
  const { context, page } = await openPage(app.browser, app.server.origin);
  const history = weeklyHistory(3);
  history.snapshots[2].note = 'A long note that wraps over several lines in the history table, '.repeat(4).trim();
  // Stored first: a new visitor's deep link to History opens the welcome at the app's address,
  // so storing after it raced the app's move there.
  await page.goto(app.server.url);
  await storeHistory(page, history);
  await page.goto(`${app.server.url}history`);
  await page.waitForSelector('main#main [data-testid=history-table] .row-actions');
  const sizes = await page.locator('main#main [data-testid=history-table] tbody tr').first().evaluate((tr) => ({
    row: tr.getBoundingClientRect().height,
    actions: tr.querySelector('.row-actions').getBoundingClientRect().height,
  }));
  assert.ok(sizes.row > 60, `the note wraps: ${JSON.stringify(sizes)}`);
  assert.ok(Math.abs(sizes.row - sizes.actions) < 1.5, `actions as tall as the row: ${JSON.stringify(sizes)}`);
  await context.close();
});
