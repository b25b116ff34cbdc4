// The first paint, before the wasm: a new visitor sees the welcome screen from index.html's
// static copy, anyone else the skeleton, and the app's own welcome then takes the copy's place
// without a word or a pixel changing. Release build in headless Chromium, the wasm held back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { appReady, openPage, serve, useApp, weeklyHistory, STORAGE_KEY, storedText } from './harness.mjs';

const app = useApp('/');
const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
  // Taller than the welcome: the footer sits at the window's foot, in the copy as in the app.
  { width: 1920, height: 1200 },
];
/** What the welcome shows, as both the copy and the app draw it. */
const PARTS = ['.app-bar', '.welcome', '.welcome-import', '.footer'];
const BOXES = [
  '.welcome h1',
  '.welcome .lead',
  '.welcome .actions .button.primary',
  '.welcome .actions .button:not(.primary)',
  '.welcome-import',
  '.footer',
];

/**
 * A page whose wasm requests wait until `release()` (they never arrive without it), with the
 * page's layout shifts summed in `window.shifts`.
 */
async function heldBack(size, { stored, blocked } = {}) {
  const { context, page } = await openPage(app.browser, app.server.origin, size);
  const held = [];
  let released = false;
  await page.route('**/*.wasm', (route) => (released ? route.continue() : held.push(route)));
  await page.addInitScript(
    ([key, stored, blocked]) => {
      if (stored) localStorage.setItem(key, stored);
      if (blocked) {
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('The user denied access', 'SecurityError');
          },
        });
      }
      window.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    },
    [STORAGE_KEY, stored ?? null, blocked ?? false],
  );
  const release = async () => {
    released = true;
    await Promise.all(held.splice(0).map((route) => route.continue()));
  };
  return { context, page, release };
}

/** Whether `selector` is drawn, at least partly, inside the viewport. */
function onScreen(page, selector) {
  return page.evaluate((selector) => {
    const e = document.querySelector(selector);
    if (!e || !e.checkVisibility()) return false;
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.left < innerWidth;
  }, selector);
}

/**
 * What the user gets of each part of the welcome under `scope`: its markup (tags, classes and
 * attributes but test ids, the frame's own and the links' addresses), its links' addresses
 * apart, its text without the indentation between tags, its text as drawn, and the boxes of the
 * heading, lead, buttons, import card and footer.
 */
function welcomeAsDrawn(page, scope) {
  return page.evaluate(
    ({ scope, parts, boxes }) => {
      const root = document.querySelector(scope);
      // The frame's own parts (the skeleton's tabs) and marks (inert, hidden, boot-*).
      const own = (d) => [...d.classList].some((c) => c.startsWith('boot-'));
      const framesOnly = (d, part) => {
        for (let at = d; at !== part; at = at.parentElement) if (own(at)) return true;
        return false;
      };
      // index.html names no other origin (tests/boot.rs): the copy's inert link has no address.
      const ADDRESS = ['href', 'target', 'rel', 'referrerpolicy'];
      const links = (part) => [...part.querySelectorAll('a')].map((a) => ADDRESS.map((n) => a.getAttribute(n)));
      const markup = (part) =>
        [part, ...part.querySelectorAll('*')]
          .filter((d) => !framesOnly(d, part))
          .map((d) => {
            const skip = [
              'class',
              'data-testid',
              // The copy's own marks for the words script (the text it puts in is compared below).
              'data-words',
              'data-slot',
              ...(d === part ? ['inert', 'aria-hidden'] : []),
              ...(d.tagName === 'A' ? ADDRESS : []),
            ];
            const attributes = [...d.attributes].filter((a) => !skip.includes(a.name)).map((a) => `${a.name}="${a.value}"`);
            const classes = [...d.classList].filter((c) => !c.startsWith('boot-'));
            return `${d.tagName.toLowerCase()}${classes.map((c) => `.${c}`).join('')}[${attributes.sort().join(' ')}]`;
          })
          .join('\n');
      const text = (e) => {
        const copy = e.cloneNode(true);
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        const blank = [];
        while (walker.nextNode()) if (!walker.currentNode.data.trim()) blank.push(walker.currentNode);
        for (const node of blank) node.remove();
        return copy.textContent;
      };
      const found = { boxes: {} };
      for (const part of parts) {
        const e = root.querySelector(part);
        found[part] = e && { markup: markup(e), links: links(e), text: text(e), drawn: e.innerText };
      }
      for (const box of boxes) {
        const r = root.querySelector(box)?.getBoundingClientRect();
        // Apart from the parts: '.welcome-import' and '.footer' are both.
        found.boxes[box] = r && { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return found;
    },
    { scope, parts: PARTS, boxes: BOXES },
  );
}

for (const size of SIZES) {
  for (const colorScheme of ['light', 'dark']) {
    test(`a new visitor sees the welcome before the wasm, and the app's takes its place unchanged (${size.width} × ${size.height}, ${colorScheme})`, async () => {
      const { context, page, release } = await heldBack(size);
      await page.emulateMedia({ colorScheme });
      await page.goto(app.server.url, { waitUntil: 'domcontentloaded' });
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('first-visit')));
      assert.ok(await onScreen(page, '#boot .welcome h1'), 'the heading is on screen');
      assert.equal(await page.textContent('#boot .welcome h1'), 'See where your Social Selling Index is going');
      assert.ok(await onScreen(page, '#boot .welcome .actions .button:not(.primary)'), 'the sample button is on screen');
      assert.equal(await page.textContent('#boot .welcome .actions .button:not(.primary)'), 'Try with sample data');
      assert.ok(!(await onScreen(page, '#boot .boot-skeleton')), 'the skeleton is hidden');
      assert.ok(!(await onScreen(page, '#boot .boot-tabs')), "the skeleton's tabs are hidden");

      // A drawing until the app runs: keys reach nothing in it. (A tap on one of its buttons
      // waits for the app, which repeats it: first-paint.test.mjs.)
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'nothing in the copy takes focus');
      // A screen reader hears that the app is loading, and nothing of the drawing.
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
      const tree = await page.locator('body').ariaSnapshot();
      assert.match(tree, /heading "SSI Lens is loading…" \[level=1\]/);
      assert.doesNotMatch(tree, /Try with sample data|See where/);

      const before = await welcomeAsDrawn(page, '#boot');
      await page.mouse.move(0, 0);
      const seen = await page.screenshot();
      await release();
      await appReady(page);
      await page.waitForSelector('main#main .welcome h1');
      await page.waitForTimeout(500);
      assert.equal(await page.locator('#boot').count(), 0);
      // The keys did nothing: still the welcome, nothing stored.
      assert.equal(await storedText(page), null);
      const after = await welcomeAsDrawn(page, 'body');

      for (const part of PARTS) {
        assert.ok(before[part] && after[part], `${part} is in both`);
        assert.equal(before[part].markup, after[part].markup, `${part}: the copy's markup is the app's`);
        // The copy's links go nowhere (it is inert anyway); the app's are real.
        assert.deepEqual(before[part].links, after[part].links.map((l) => l.map(() => null)), `${part}: the copy's links have no address`);
        for (const [href] of after[part].links) assert.ok(href, `${part}: the app's link has its address`);
        assert.equal(before[part].text, after[part].text, `${part}: the copy's text is the app's`);
        assert.equal(before[part].drawn, after[part].drawn, `${part}: the copy reads as the app's`);
      }
      for (const box of BOXES) {
        for (const side of ['x', 'y', 'width', 'height']) {
          assert.ok(Math.abs(before.boxes[box][side] - after.boxes[box][side]) <= 1, `${box}: ${side} ${before.boxes[box][side]} then ${after.boxes[box][side]}`);
        }
      }
      // The app's nodes replace the copy's, which the browser's layout shifts don't count: the
      // screen, pixel for pixel, does. (Shifts count whatever moves in the app afterwards.)
      const drawn = await page.screenshot();
      if (!drawn.equals(seen)) {
        const name = `/tmp/boot-${size.width}-${colorScheme}`;
        await Promise.all([writeFile(`${name}-copy.png`, seen), writeFile(`${name}-app.png`, drawn)]);
        assert.fail(`the screen changed when the app took over: see ${name}-copy.png and ${name}-app.png`);
      }
      const shifts = await page.evaluate(() => window.shifts);
      assert.ok(shifts < 0.01, `layout shift ${shifts}`);
      // The copy and the first-visit script pass the page's Content Security Policy.
      assert.deepEqual(page.errors, []);
      await context.close();
    });
  }
}

const OTHERS = [
  ['a stored history', { stored: JSON.stringify(weeklyHistory(4)) }, ''],
  ['something unreadable stored', { stored: '{"version":' }, ''],
  ['a share link', {}, '#s=1.anything'],
  ['a capture', {}, '#capture=1.anything'],
  ['a deep link', {}, 'history'],
  ['storage blocked', { blocked: true }, ''],
];

for (const [who, options, address] of OTHERS) {
  test(`with ${who}, the skeleton shows before the wasm, not the welcome`, async () => {
    const { context, page } = await heldBack(SIZES[1], options);
    await page.goto(app.server.url + address, { waitUntil: 'domcontentloaded' });
    assert.ok(await onScreen(page, '#boot .boot-skeleton .boot-title'), 'the skeleton is on screen');
    assert.ok(await onScreen(page, '#boot .boot-tabs'), "the skeleton's tabs are on screen");
    assert.ok(!(await onScreen(page, '#boot .welcome')), 'the welcome is hidden');
    assert.ok(!(await onScreen(page, '#boot .footer')), "the welcome's footer is hidden");
    await context.close();
  });
}

test("a new visitor gets the welcome at any address of the app's folder, wherever it is hosted", async () => {
  const hosted = await serve('/ssi-lens/');
  try {
    for (const url of [app.server.url + 'index.html', app.server.url + '#main', hosted.url, hosted.url + 'index.html']) {
      const { context, page } = await heldBack(SIZES[1]);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      assert.ok(await onScreen(page, '#boot .welcome h1'), `the welcome at ${url}`);
      assert.ok(!(await onScreen(page, '#boot .boot-skeleton')), `no skeleton at ${url}`);
      await context.close();
    }
  } finally {
    await hosted.close();
  }
});
