// Screenshots of every screen at desktop and phone width, from the release build in dist/.
// Usage: node scripts/screenshots.mjs [out-dir]   (default: target/screenshots)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { serve, launch, openPage, appReady } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? 'target/screenshots';
await mkdir(out, { recursive: true });
const server = await serve('/');
const pageText = await readFile(new URL('../tests/fixtures/ssi-page/en-2026-whole-page.txt', import.meta.url), 'utf8');
const csvPath = `${out}/tracker.csv`;
await writeFile(csvPath, 'date,ssi,brand,right_people,engagement,relationships\n2025-01-06,30,12,4,1,13\n2025-01-13,31,40,4,1,13\n');
const browser = await launch();

for (const [device, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  for (const scheme of ['light', 'dark']) {
    const { context, page } = await openPage(browser, server.origin, { width, height });
    await page.emulateMedia({ colorScheme: scheme });
    // The app bar's tabs are links.
    const tab = (name) => page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true }).click();
    const shot = (name) => page.screenshot({ path: `${out}/${name}-${device}-${scheme}.png`, fullPage: name !== 'history' });
    await page.goto(server.url);
    await appReady(page);
    await shot('welcome');
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    await page.waitForSelector('[data-testid=trend-chart] canvas');
    await page.waitForTimeout(1200);
    await shot('dashboard');
    await tab('History');
    await shot('history');
    await page.setInputFiles('[data-testid=import-file]', csvPath);
    await page.waitForSelector('[data-testid=import-preview]');
    await page.locator('[data-testid=import-preview]').screenshot({ path: `${out}/import-preview-${device}-${scheme}.png` });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await tab('Results');
    // The sample tracks results already; a third, typed for ten weeks.
    await page.getByRole('button', { name: '+ Inbound leads' }).click();
    const cells = page.locator('[data-testid=outcome-entries] input[aria-label^="Inbound leads on"]');
    for (let i = 0; i < 10; i++) await cells.nth(i).fill(String(2 + (i % 3)));
    await page.keyboard.press('Tab');
    await page.waitForTimeout(1200);
    await shot('results');
    await tab('Learn');
    await shot('learn');
    await tab('Share');
    await page.fill('#share-name', 'Ada Lovelace');
    await shot('share');
    const link = await page.inputValue('[data-testid=share-link]');
    const viewer = await openPage(browser, server.origin, { width, height });
    await viewer.page.emulateMedia({ colorScheme: scheme });
    await viewer.page.goto(link);
    await viewer.page.waitForSelector('[data-testid=trend-chart] canvas');
    await viewer.page.waitForTimeout(1200);
    await viewer.page.screenshot({ path: `${out}/shared-view-${device}-${scheme}.png`, fullPage: true });
    await viewer.context.close();
    await tab('Compare');
    await page.fill('#compare-links', `${link}\n${link.replace('QWRh', 'QWRi')}`);
    await page.waitForTimeout(1200);
    await shot('compare');
    await page.getByRole('button', { name: 'Add snapshot' }).click();
    await page.fill('#paste-text', pageText);
    await page.waitForSelector('[data-testid=paste-summary]');
    await shot('paste');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add snapshot' }).click();
    await page.fill('#field-brand', '30');
    await page.getByRole('button', { name: 'Save snapshot' }).click();
    await shot('form-errors');
    await page.evaluate(() => localStorage.setItem('ssi-lens.history', '{"version":1,"snapshots":[{"date":'));
    await page.reload();
    await page.waitForSelector('[data-testid=recovery]');
    await shot('recovery');
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
