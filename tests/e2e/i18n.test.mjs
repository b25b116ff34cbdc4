// The app in the user's language (issue 27), against the release build in headless Chromium:
// every screen in each of the four other languages with no English from the catalog left on
// it and axe at 0; German at 390 px with nothing clipped or overflowing (screenshots written to
// $SHOTS when set); the weekly journey in German; the switch in the footer, remembered; shared
// views in the viewer's language; files the same in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { useApp, storedText, openPage, weeklyHistory, STORAGE_KEY } from './harness.mjs';
import { everyScreen } from './screens.mjs';
import { englishLeftIn, screenWords, wordsOf } from './catalog.mjs';

const app = useApp('/');
const FIXTURES = new URL('../fixtures/ssi-page/', import.meta.url);
/** Each language SSI Lens speaks besides English, with a browser locale that prefers it. */
const LOCALES = { de: 'de-DE', fr: 'fr-FR', es: 'es-ES', 'pt-BR': 'pt-BR' };

const axeSummary = (violations) =>
  violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; ');

for (const [tag, locale] of Object.entries(LOCALES)) {
  test(`a browser preferring ${locale} gets every screen in ${tag}: no English left, axe finds nothing`, async () => {
    const t = wordsOf(tag);
    const english = englishLeftIn(tag);
    const { context, page } = await app.open({ locale });
    assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
    const left = [];
    const violations = [];
    await everyScreen(
      page,
      async (screen) => {
        const words = await screenWords(page);
        const found = english.filter((e) => words.includes(e));
        if (found.length) left.push(`${screen}: ${found.join(' | ')}`);
        const { violations: v } = await new AxeBuilder({ page }).analyze();
        if (v.length) violations.push(`${screen}: ${axeSummary(v)}`);
      },
      { shared: true, t },
    );
    assert.deepEqual(left, [], 'English from the catalog on a screen');
    assert.deepEqual(violations, [], 'axe');
    assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
    await context.close();
  });
}

/**
 * What on the page is cut off or wider than the screen: the page scrolling sideways, text
 * clipped by its own box, a box running off the screen's right edge (outside the tables and
 * strips meant to scroll sideways).
 */
function overflowing(page) {
  return page.evaluate(() => {
    const found = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    }
    const scrollsSideways = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const inScroller = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (scrollsSideways(p)) return true;
      return false;
    };
    const name = (el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
    for (const el of document.querySelectorAll('main *, header *, footer *')) {
      const style = getComputedStyle(el);
      if (!el.getClientRects().length || el.closest('.visually-hidden, .chart')) continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) {
        found.push(`${name(el)} clips "${el.textContent.trim().slice(0, 40)}"`);
      }
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > window.innerWidth + 1 && !scrollsSideways(el) && !inScroller(el)) {
        found.push(`${name(el)} ends at ${Math.round(box.right)} px`);
      }
    }
    return [...new Set(found)].slice(0, 8);
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`German at 390 px, ${colorScheme}: every screen fits the phone, no text clipped`, async () => {
    const t = wordsOf('de');
    const { context, page } = await app.open({ locale: 'de-DE', width: 390, height: 844, colorScheme });
    const shots = process.env.SHOTS;
    if (shots) await mkdir(shots, { recursive: true });
    const problems = [];
    await everyScreen(
      page,
      async (screen) => {
        const found = await overflowing(page);
        if (found.length) problems.push(`${screen}: ${found.join('; ')}`);
        if (shots) await page.screenshot({ path: `${shots}/de-390-${colorScheme}-${screen.replace(/ /g, '-')}.png`, fullPage: true });
      },
      { shared: true, t },
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the weekly check-in in German: paste the German page, save, read it in German; switch to French in the footer, remembered', async () => {
  const de = wordsOf('de');
  const { context, page } = await app.open({ locale: 'de-DE' });
  await page.getByRole('button', { name: de('Add your first snapshot') }).click();
  await page.fill('#paste-text', await readFile(new URL('de.txt', FIXTURES), 'utf8'));
  await page.waitForSelector('[data-testid=paste-summary]');
  // The German page's numbers read with the German decimal comma, and stored as numbers.
  assert.equal(await page.inputValue('#field-brand'), '14,375');
  await page.getByRole('button', { name: de('Save snapshot') }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.textContent('[data-testid=overall-score]'), '46');
  const stored = JSON.parse(await storedText(page));
  assert.equal(stored.snapshots[0].pillars.brand, 14.375);
  // LinkedIn's own German labels, as on the page the user copied.
  assert.match(await screenWords(page), /Ihre professionelle Marke aufbauen/);
  const left = englishLeftIn('de');
  const words = await screenWords(page);
  assert.deepEqual(left.filter((e) => words.includes(e)), []);

  // The switch in the footer: French, after a reload, and still French on the next visit.
  const before = await storedText(page);
  const fr = wordsOf('fr');
  await Promise.all([page.waitForEvent('load'), page.selectOption('[data-testid=language]', 'fr')]);
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  await page.getByRole('navigation', { name: fr('Sections') }).getByRole('link', { name: fr('History'), exact: true }).waitFor();
  assert.equal(await storedText(page), before, 'switching language changes no stored data');
  await page.reload();
  await page.waitForSelector('[data-testid=overall-score]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(await page.inputValue('[data-testid=language]'), 'fr');
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

test('files and links do not change with the language: a CSV made in German is the one made in English; a shared view opens in the viewer’s language', async () => {
  const de = wordsOf('de');
  const { context, page } = await app.open({ locale: 'de-DE' });
  await page.getByRole('button', { name: de('Try with sample data') }).click();
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  const csvIn = async (words) => {
    await page.getByRole('navigation', { name: words('Sections') }).getByRole('link', { name: words('History'), exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: words('Export CSV (spreadsheet)') }).click();
    const file = await download;
    return readFile(await file.path(), 'utf8');
  };
  const german = await csvIn(de);
  await page.getByRole('navigation', { name: de('Sections') }).getByRole('link', { name: de('Share'), exact: true }).click();
  await page.fill('#share-name', 'Dana');
  const link = await page.inputValue('[data-testid=share-link]');
  await Promise.all([page.waitForEvent('load'), page.selectOption('[data-testid=language]', 'en')]);
  await page.waitForSelector('html[lang=en] main#main');
  const english = await csvIn((text) => text);
  assert.equal(german, english, 'the same CSV, column names included');

  // The German user's link, opened by someone whose browser prefers English.
  const viewer = await app.open({ locale: 'en-US' });
  await viewer.page.goto(link);
  await viewer.page.waitForSelector('[data-testid=shared-banner]');
  assert.equal(await viewer.page.evaluate(() => document.documentElement.lang), 'en');
  const words = await screenWords(viewer.page);
  assert.ok(!words.includes(de('Dashboard')), 'no German in the English viewer’s shared view');
  await viewer.context.close();
  await context.close();
});

/** What `#boot`, the frame drawn before the app, says in words (hidden parts left out). */
const bootWords = (page) => page.evaluate(() => document.getElementById('boot')?.innerText.replace(/\s+/g, ' ') ?? '');

test('before any wasm, a German visitor reads German: the static welcome, then a returning user’s first paint; never a flash of English', async () => {
  const de = wordsOf('de');
  const english = englishLeftIn('de');
  // A new visitor: every wasm held back, so only index.html's frame is on screen.
  const { context, page } = await openPage(app.browser, app.server.origin, { locale: 'de-DE', serviceWorkers: 'block' });
  const held = [];
  await page.route('**/*.wasm', (route) => held.push(route));
  await page.goto(app.server.url, { waitUntil: 'domcontentloaded' });
  await page.locator('#boot .welcome h1').waitFor();
  assert.equal(await page.textContent('#boot .welcome h1'), de('See where your Social Selling Index is going'));
  let words = await bootWords(page);
  assert.deepEqual(english.filter((e) => words.includes(e)), [], `the static welcome in German: ${words}`);
  await context.close();

  // A returning user: the app runs once (writing the first paint's copy), then on the next
  // visit the first paint draws the dashboard while the app's wasm is held back.
  const back = await openPage(app.browser, app.server.origin, { locale: 'de-DE', serviceWorkers: 'block' });
  await back.page.addInitScript(([key, history]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, history);
  }, [STORAGE_KEY, JSON.stringify(weeklyHistory(52))]);
  await back.page.goto(app.server.url);
  await back.page.waitForSelector('main#main [data-testid=trend-chart] canvas');
  await back.page.route(/ssi-lens-[0-9a-f]{16}_bg\.wasm$/, () => {});
  await back.page.reload({ waitUntil: 'domcontentloaded' });
  await back.page.waitForSelector('html[data-first-painted]');
  words = await bootWords(back.page);
  assert.ok(words.includes(de('History')), `the first paint's tabs in German: ${words}`);
  assert.deepEqual(english.filter((e) => words.includes(e)), [], `the first paint in German: ${words}`);
  assert.equal(await back.page.title(), `${de('Dashboard')} · SSI Lens`);
  await back.context.close();
});
