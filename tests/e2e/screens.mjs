// Walks every screen of the app, for tests that check each one the same way (layout, axe).

/** The app's tabs, in the bar's order, for one's own history. */
export const TABS = ['Dashboard', 'History', 'Results', 'Team', 'Compare', 'Learn', 'Share'];

/** Each tab's screen heading. */
const HEADINGS = { History: 'History', Results: 'Results', Team: 'Team', Compare: 'Compare', Learn: 'Understand your score', Share: 'Share a read-only link' };

/**
 * Waits until the screen's heading names it and its charts, if any, are drawn. A chart is
 * drawn when it comes into view, so each is scrolled to; the screen is left at its top.
 */
async function settled(page, heading) {
  await page.locator('main h1', { hasText: heading }).first().waitFor();
  // The dashboard builds the cards below its trend chart a frame later.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  for (const chart of await page.locator('.chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('canvas').waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Opens the welcome screen, loads the sample data, then shows each tab, the snapshot form and the quick add,
 * calling `check(name)` on each. With `shared`, also opens a share link of the sample data
 * (its dashboard, history and learn screens) in the same page. `t` gives the words of the
 * page's language for an English text (catalog.mjs' `wordsOf`); English by default.
 */
export async function everyScreen(page, check, { shared = false, t = (english) => english } = {}) {
  const sections = () => page.getByRole('navigation', { name: t('Sections') });
  const heading = (tab) => t(HEADINGS[tab]);
  await page.locator('main h1', { hasText: t('See where your Social Selling Index is going') }).waitFor();
  await check('welcome');
  await page.getByRole('button', { name: t('Try with sample data') }).click();
  await settled(page, t('Dashboard'));
  await check('dashboard');
  // A pillar up close, from its name on the pillars card.
  await page.locator('.pillars a.pillar-name', { hasText: t('Brand') }).click();
  await settled(page, t('Brand'));
  await check('pillar');
  for (const tab of TABS.slice(1)) {
    await sections().getByRole('link', { name: t(tab), exact: true }).click();
    await settled(page, heading(tab));
    await check(tab.toLowerCase());
  }
  await page.getByRole('button', { name: t('Add snapshot') }).click();
  await settled(page, t('Add a snapshot'));
  await check('add');
  // The quick add: from the dashboard's line about the last snapshot.
  await sections().getByRole('link', { name: t('Dashboard'), exact: true }).click();
  await settled(page, t('Dashboard'));
  await page.locator('[data-testid=quick-add]').click();
  await settled(page, t('Quick add'));
  await check('quick add');
  if (!shared) return;
  await sections().getByRole('link', { name: t('Share'), exact: true }).click();
  await page.fill('#share-name', 'Dana');
  const link = await page.inputValue('[data-testid=share-link]');
  await page.goto(link);
  await page.waitForSelector('[data-testid=shared-banner]');
  await settled(page, 'Dana');
  await check('shared dashboard');
  await page.locator('.pillars a.pillar-name', { hasText: t('Insights') }).click();
  await settled(page, t('Insights'));
  await check('shared pillar');
  for (const tab of ['History', 'Learn']) {
    await sections().getByRole('link', { name: t(tab), exact: true }).click();
    await settled(page, heading(tab));
    await check(`shared ${tab.toLowerCase()}`);
  }
}
