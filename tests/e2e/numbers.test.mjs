// Numbers as LinkedIn shows them and as the browser's language writes them: pillars with two
// decimals, with a comma in German and a point in English, on the cards, in History and in the
// chart's tooltip; a score typed with either mark is stored the same. Against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, storeHistory, storedHistory, appReady, fillSnapshot } from './harness.mjs';
import { wordsOf } from './catalog.mjs';

const app = useApp('/');

const HISTORY = {
  version: 2, goals: {}, outcomes: [],
  snapshots: [
    { date: '2026-11-18', overall: 38, pillars: { brand: 11.85, people: 9, insights: 3.745, relationships: 14 } },
    { date: '2026-11-25', overall: 39, pillars: { brand: 12.25, people: 9, insights: 3.745, relationships: 14 } },
  ],
};

/** A page in `locale` showing the stored HISTORY's dashboard. */
async function openIn(locale) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await storeHistory(page, HISTORY);
  await page.reload();
  await appReady(page);
  await page.waitForSelector('.pillars .pillar-value');
  return { context, page };
}

/** The trend chart's tooltip at its right end, where the latest snapshot is. */
async function latestTooltip(page) {
  const chart = page.locator('[data-testid=trend-chart]');
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('canvas').waitFor();
  const box = await chart.boundingBox();
  const [x, y] = [box.x + box.width * 0.97, box.y + box.height * 0.5];
  await page.mouse.move(x - 20, y + 10);
  await page.mouse.move(x, y, { steps: 5 });
  const tip = await page.waitForFunction(() => {
    const tips = [...document.querySelectorAll('[data-testid=trend-chart] > div')].filter(
      (d) => !d.querySelector('canvas') && d.style.display !== 'none' && d.textContent.trim(),
    );
    return tips.length ? tips[0].textContent : false;
  }, null, { timeout: 5000 });
  return tip.jsonValue();
}

for (const [locale, brand, change, insights, typed] of [
  ['de-DE', '12,25', '+0,40', '3,75', '12,25'],
  ['en-US', '12.25', '+0.40', '3.75', '12,25'],
]) {
  test(`${locale}: a pillar reads ${brand} on its card, in History and in the tooltip, and a typed ${typed} is stored as 12.25`, async () => {
    const { context, page } = await openIn(locale);
    // The app speaks the browser's language: German words around German numbers.
    const t = locale === 'de-DE' ? wordsOf('de') : (english) => english;
    const card = await page.textContent('.pillars');
    assert.match(card, new RegExp(`${brand.replace('.', '\\.')} / 25`), card);
    assert.ok(card.includes(change), `the change agrees with the two values shown: ${card}`);
    assert.ok(card.includes(`${insights} / 25`), `3.745 recorded shows ${insights}: ${card}`);

    const tip = await latestTooltip(page);
    assert.ok(tip.includes(`${t('Brand')}${brand}`), tip);

    await page.goto(`${app.server.url}history`);
    await page.waitForSelector('[data-testid=history-table]');
    const table = await page.textContent('[data-testid=history-table]');
    assert.ok(table.includes(brand) && table.includes(insights), table);

    // Typed with either language's mark, where it can't be thousands: stored as the number it is.
    await page.goto(`${app.server.url}add`);
    await page.waitForSelector('#field-brand');
    await fillSnapshot(page, { date: '2026-11-26', brand: typed, people: '9', insights: '4', relationships: '14' });
    await page.getByRole('button', { name: t('Save snapshot') }).click();
    await page.waitForSelector('[data-testid=overall-score]');
    const stored = (await storedHistory(page)).snapshots.find((s) => s.date === '2026-11-26');
    // Stored data never follows the language: the number itself, not a text with a comma.
    assert.equal(stored.pillars.brand, 12.25);
    await context.close();
  });
}

test('de-DE: "1.234" could be a thousand, so the form refuses it rather than store 1.234', async () => {
  const { context, page } = await openIn('de-DE');
  await page.goto(`${app.server.url}add`);
  await page.waitForSelector('#field-brand');
  await fillSnapshot(page, { date: '2026-11-26', brand: '1.234', people: '9', insights: '4', relationships: '14' });
  const t = wordsOf('de');
  await page.getByRole('button', { name: t('Save snapshot') }).click();
  // In German, as the app speaks it (locales/de/entry.json).
  await page.getByText('lässt sich zweifach lesen').first().waitFor();
  assert.equal((await storedHistory(page)).snapshots.length, 2, 'nothing saved');
  await context.close();
});
