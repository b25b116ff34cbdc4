// Accessibility: axe on every screen (computer and phone widths, light and dark), the contrast
// of fields' and buttons' borders, in-place forms by keyboard only, and whole focus rings.
// Release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { useApp } from './harness.mjs';
import { everyScreen } from './screens.mjs';

const app = useApp('/');
const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];
const SCHEMES = ['light', 'dark'];

const describe = (violations) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 4).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1).join(' ').trim()}`).join('\n')}`)
    .join('\n  ');

for (const size of SIZES) {
  for (const colorScheme of SCHEMES) {
    test(`axe finds nothing on any screen at ${size.width} px, ${colorScheme}`, async () => {
      const { context, page } = await app.open({ ...size, colorScheme });
      const found = [];
      await everyScreen(
        page,
        async (screen) => {
          const { violations } = await new AxeBuilder({ page }).analyze();
          if (violations.length) found.push(`${screen}:\n  ${describe(violations)}`);
        },
        { shared: true },
      );
      assert.equal(found.length, 0, found.join('\n'));
      await context.close();
    });
  }
}

/** WCAG's contrast ratio of two `rgb(…)` colours (the first may be translucent over the second). */
function contrast(fore, back) {
  const parse = (c) => c.match(/[\d.]+/g).map(Number);
  const [r, g, b, a = 1] = parse(fore);
  const [br, bg, bb] = parse(back);
  const mixed = [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
  const lum = ([x, y, z]) =>
    [x, y, z]
      .map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(mixed), lum([br, bg, bb])].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

test('the borders of fields and outlined buttons stand out 3:1 from what is around and inside them', async () => {
  for (const colorScheme of SCHEMES) {
    const { context, page } = await app.open({ colorScheme });
    const weak = [];
    await everyScreen(page, async (screen) => {
      const borders = await page.evaluate(() => {
        const opaque = (c) => c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c);
        const background = (e) => {
          for (let at = e; at; at = at.parentElement) {
            const c = getComputedStyle(at).backgroundColor;
            if (opaque(c)) return c;
          }
          return getComputedStyle(document.body).backgroundColor;
        };
        const controls = document.querySelectorAll(
          'main input:not([type=radio], [type=checkbox], [type=file]), main textarea, main select, .button:not(.primary, .quiet)',
        );
        return [...controls]
          .filter((e) => e.getClientRects().length && !e.disabled)
          .map((e) => ({
            what: `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''} “${(e.textContent || e.placeholder || '').trim().slice(0, 30)}”`,
            border: getComputedStyle(e).borderTopColor,
            inside: background(e),
            around: background(e.parentElement),
          }));
      });
      assert.ok(borders.length > 0 || screen === 'learn', `${screen} has fields or buttons`);
      for (const b of borders) {
        const worst = Math.min(contrast(b.border, b.inside), contrast(b.border, b.around));
        if (worst < 3) weak.push(`${screen} ${colorScheme}: ${b.what} ${worst.toFixed(2)}:1`);
      }
    });
    assert.deepEqual(weak, []);
    await context.close();
  }
});

/** Presses Tab until `locator` has focus (at most `limit` times). */
async function tabTo(page, locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((e) => e === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${locator}`);
}

const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e === document.body ? 'body' : `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}`;
  });

test('“Set goals” by keyboard: focus goes into the form, Escape closes it and returns to the button', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  const open = page.getByRole('button', { name: 'Set goals' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'goal-overall');
  assert.deepEqual((await new AxeBuilder({ page }).include('[data-testid=goals]').analyze()).violations, []);
  await page.keyboard.type('60');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Set goals');
  assert.equal(await page.locator('#goal-overall').count(), 0, 'the form is closed');
  // Open again, save with Enter: the goal is kept and focus is back on the button.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'goal-overall');
  await page.keyboard.type('60');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=goal-overall]');
  // With a goal set, the button offers to change them.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Change goals');
  // Cancel returns focus too.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'goal-overall');
  await tabTo(page, page.getByRole('button', { name: 'Cancel' }));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Change goals');
  await context.close();
});

test('“Delete all snapshots…” by keyboard: focus goes to the question, Escape keeps the data', async () => {
  const { context, page } = await app.open();
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await page.waitForSelector('[data-testid=overall-score]');
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await page.locator('main h1', { hasText: 'History' }).waitFor();
  const open = page.getByRole('button', { name: 'Delete all snapshots…' });
  await tabTo(page, open, 400);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-all-text');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Delete every snapshot/);
  assert.deepEqual((await new AxeBuilder({ page }).include('.danger-zone').analyze()).violations, []);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-all');
  assert.equal(await focused(page), 'button#delete-all');
  assert.equal(await page.getByRole('button', { name: 'Yes, delete everything' }).count(), 0);
  // Tab from the question reaches the choices; Escape from there works too.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-all-text');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Yes, delete everything');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'delete-all');
  assert.ok((await page.locator('.history-table tbody tr').count()) > 0, 'nothing was deleted');
  await context.close();
});

/** The pixels of the page's `box`, as RGBA bytes, decoded by a blank page of the browser. */
async function pixels(page, box) {
  const png = (await page.screenshot({ clip: box })).toString('base64');
  const blank = await page.context().newPage();
  const data = await blank.evaluate(async (b64) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    return [...g.getImageData(0, 0, image.width, image.height).data];
  }, png);
  await blank.close();
  return data;
}

test('the time range’s focus ring is drawn whole, on all four sides', async () => {
  for (const colorScheme of SCHEMES) {
    const { context, page } = await app.open({ colorScheme });
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    await page.waitForSelector('[data-testid=trend-chart] canvas');
    const button = page.getByRole('group', { name: 'Time range' }).getByRole('button', { name: '12 weeks' });
    await button.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const b = await button.boundingBox();
    const pad = 4;
    const box = { x: Math.floor(b.x - pad), y: Math.floor(b.y - pad), width: Math.ceil(b.width + 2 * pad), height: Math.ceil(b.height + 2 * pad) };
    const before = await pixels(page, box);
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await button.evaluate((e) => e.matches(':focus-visible')), true);
    const after = await pixels(page, box);
    const changed = (x, y) => {
      const i = (y * box.width + x) * 4;
      return [0, 1, 2].some((c) => Math.abs(before[i + c] - after[i + c]) > 40);
    };
    // Along each side, the share of positions where the ring shows within `pad` px of the edge.
    const near = (edge, along) => along.filter((p) => edge(p).some(([x, y]) => changed(x, y))).length / along.length;
    const band = [...Array(2 * pad).keys()];
    const xs = [...Array(box.width - 4 * pad).keys()].map((i) => i + 2 * pad);
    const ys = [...Array(box.height - 4 * pad).keys()].map((i) => i + 2 * pad);
    const sides = {
      top: near((x) => band.map((d) => [x, d]), xs),
      bottom: near((x) => band.map((d) => [x, box.height - 1 - d]), xs),
      left: near((y) => band.map((d) => [d, y]), ys),
      right: near((y) => band.map((d) => [box.width - 1 - d, y]), ys),
    };
    for (const [side, share] of Object.entries(sides)) {
      assert.ok(share > 0.9, `${colorScheme}: the ring shows along ${Math.round(share * 100)}% of the ${side} side`);
    }
    await context.close();
  }
});

test('the Add form links to the SSI page once: one tab stop, not three, before the date field', async () => {
  const { context, page } = await app.openWithSample();
  await page.getByRole('button', { name: 'Add snapshot' }).click();
  await page.waitForSelector('#field-date');
  assert.equal(await page.locator('main#main form [data-testid=ssi-link]').count(), 1);
  await context.close();
});

test('the focus ring stands out 3:1 from what is around it, light and dark', async () => {
  for (const colorScheme of SCHEMES) {
    const { context, page } = await app.open({ colorScheme });
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    await page.waitForSelector('[data-testid=overall-score]');
    const open = page.getByRole('button', { name: 'Set goals' });
    await tabTo(page, open);
    const ring = await open.evaluate((e) => {
      const colours = getComputedStyle(e).boxShadow.match(/rgba?\([^)]*\)/g) ?? [];
      let around = 'rgb(255, 255, 255)';
      for (let at = e.parentElement; at; at = at.parentElement) {
        const c = getComputedStyle(at).backgroundColor;
        if (c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c)) {
          around = c;
          break;
        }
      }
      return { outer: colours.at(-1), around };
    });
    assert.ok(ring.outer && !/rgba\(.*, 0?\.\d+\)$/.test(ring.outer), `an opaque ring: ${JSON.stringify(ring)}`);
    const ratio = contrast(ring.outer, ring.around);
    assert.ok(ratio >= 3, `${colorScheme}: the ring is ${ratio.toFixed(2)}:1 against ${ring.around}`);
    await context.close();
  }
});
