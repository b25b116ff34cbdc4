// The share link's QR code (read back from what the page draws) and the "own data" link that
// moves a history to a phone: opened in a fresh browser, "Move into my history" comes first.
// Release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import jsQR from 'jsqr';
import { useApp, openPage, reloadWith, storedHistory, weeklyHistory } from './harness.mjs';

const app = useApp('/');

async function shareScreen(options = {}, weeks = 52) {
  const { context, page } = await app.open(options);
  await reloadWith(page, weeklyHistory(weeks));
  await page.getByRole('link', { name: 'Share' }).click();
  await page.waitForSelector('[data-testid=share-link]');
  return { context, page };
}

/** The QR code as the page draws it, put on a canvas there and read by jsQR. */
async function readQr(page) {
  const { width, pixels } = await page.evaluate(async () => {
    const svg = document.querySelector('[data-testid=share-qr] svg');
    const modules = svg.viewBox.baseVal.width;
    const width = modules * 4;
    const image = new Image(width, width);
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = width;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, width, width);
    return { width, pixels: Array.from(context.getImageData(0, 0, width, width).data) };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels), width, width);
  assert.ok(code, 'a QR code is found');
  return code.data;
}

test('"Show QR code" draws a code that reads as exactly the link, and says the data is in it', async () => {
  const { context, page } = await shareScreen();
  await page.fill('#share-name', 'Ada');
  const link = await page.inputValue('[data-testid=share-link]');
  const show = page.getByRole('button', { name: 'Show QR code' });
  assert.equal(await show.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('[data-testid=share-qr]').count(), 0, 'not drawn until asked');
  // By keyboard.
  await show.focus();
  await page.keyboard.press('Enter');
  const code = page.getByRole('img', { name: 'QR code of the share link' });
  await code.waitFor();
  assert.equal(await page.getByRole('button', { name: 'Hide QR code' }).getAttribute('aria-expanded'), 'true');
  assert.match(await page.textContent('#share-qr'), /the link itself: your snapshots travel inside it/);
  assert.equal(await readQr(page), link);
  // Large enough to scan from a laptop's screen, dark on white.
  const box = await code.boundingBox();
  assert.ok(box.width >= 300, `${box.width} px wide`);
  // The code follows the choices.
  await page.getByLabel('Include my notes').check();
  const withNotes = await page.inputValue('[data-testid=share-link]');
  assert.equal(await readQr(page), withNotes);
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a link too long for a QR code gets a clear message instead of a code', async () => {
  const { context, page } = await shareScreen({}, 520);
  const link = await page.inputValue('[data-testid=share-link]');
  assert.ok(link.length > 2331, `${link.length}`);
  await page.getByRole('button', { name: 'Show QR code' }).click();
  const refused = page.locator('[data-testid=share-qr-refused]');
  await refused.waitFor();
  assert.match(await refused.textContent(), new RegExp(`No QR code: This link is ${link.length} characters long; a QR code holds at most 2331`));
  assert.equal(await page.locator('[data-testid=share-qr]').count(), 0);
  // Fewer weeks fit.
  await page.getByLabel('1 year').check();
  await page.locator('[data-testid=share-qr]').waitFor();
  assert.equal(await readQr(page), await page.inputValue('[data-testid=share-link]'));
  await context.close();
});

test('an own-data link opened on a phone offers "Move into my history" first, and moves the snapshots in', async () => {
  const { context: laptop, page } = await shareScreen();
  await page.getByLabel('This is my own data, for my phone or another browser').check();
  assert.equal(await page.locator('#share-name').count(), 0, 'one’s own data needs no name');
  await page.getByRole('button', { name: 'Show QR code' }).click();
  const link = await readQr(page);
  assert.equal(link, await page.inputValue('[data-testid=share-link]'));
  await laptop.close();

  const { context, page: phone } = await openPage(app.browser, app.server.origin, { width: 390, height: 844 });
  await phone.goto(link);
  const banner = phone.locator('[data-testid=shared-banner]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Your SSI history from another device/);
  const buttons = banner.getByRole('button');
  assert.equal(await buttons.first().textContent(), 'Move into my history');
  assert.match(await buttons.first().getAttribute('class'), /\bprimary\b/);
  const primaries = await banner.locator('.primary').count();
  assert.equal(primaries, 1, 'the rest is secondary');
  const { violations } = await new AxeBuilder({ page: phone }).analyze();
  assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
  if (process.env.QR_SHOTS) await phone.screenshot({ path: `${process.env.QR_SHOTS}/own-data-link-390.png` });
  await buttons.first().click();
  await phone.waitForSelector('[data-testid=import-preview]');
  assert.match(await phone.textContent('[data-testid=import-added]'), /52 new snapshots/);
  await Promise.all([phone.waitForURL(app.server.url), phone.getByRole('button', { name: 'Import', exact: true }).click()]);
  await phone.waitForSelector('[data-testid=overall-score]');
  assert.equal((await storedHistory(phone)).snapshots.length, 52);
  assert.deepEqual(phone.foreignRequests, []);
  assert.deepEqual(phone.errors.filter((e) => !/404/.test(e)), []);
  await context.close();
});

for (const size of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing on Share with the QR code shown at ${size.width} px, ${colorScheme}`, async () => {
      const { context, page } = await shareScreen({ ...size, colorScheme });
      await page.getByLabel('This is my own data, for my phone or another browser').check();
      await page.getByRole('button', { name: 'Show QR code' }).click();
      await page.locator('[data-testid=share-qr]').waitFor();
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= size.width, `the page is ${wide} px wide`);
      if (process.env.QR_SHOTS) await page.screenshot({ path: `${process.env.QR_SHOTS}/share-${size.width}-${colorScheme}.png`, fullPage: true });
      await context.close();
    });
  }
}
