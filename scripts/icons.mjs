// Makes the app icons (192 and 512 px, plus a maskable 512 px) from assets/icon.svg,
// rendering it in headless Chromium. Run after changing the SVG: node scripts/icons.mjs
import { readFile } from 'node:fs/promises';
import { launch } from '../tests/e2e/harness.mjs';

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const out = new URL('../assets/icons/', import.meta.url).pathname;
const browser = await launch();
const page = await browser.newPage();

// A maskable icon keeps its content inside the central 80% "safe zone" on a full-bleed background.
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.12, background: '#0a66c2' },
];
for (const { file, size, inset, background } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const pad = Math.round(size * inset);
  await page.setContent(
    `<html><body style="margin:0;background:${background}">` +
      `<div style="padding:${pad}px;width:${size}px;height:${size}px;box-sizing:border-box">` +
      svg.replace('<svg ', '<svg width="100%" height="100%" ') +
      `</div></body></html>`,
  );
  await page.screenshot({ path: out + file, omitBackground: background === 'transparent' });
}
await browser.close();
console.log('icons written to assets/icons/');
