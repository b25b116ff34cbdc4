// Lighthouse (mobile defaults: a Moto G Power sized screen, simulated slow 4G and 4× CPU),
// run as its command-line tool against a URL of the gzip server. Asynchronous, so the server
// in this same process keeps answering while Lighthouse loads the page.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';
import { screenEmulationMetrics, userAgents } from '../node_modules/lighthouse/core/config/constants.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run of `url`: the four category scores (0–100), LCP as Lighthouse estimates it
 * for the phone it simulates, the LCP it saw on the unthrottled load it traced (ms), total
 * blocking time (ms, simulated), cumulative layout shift, and the element of the largest paint
 * (the `largest-contentful-paint-element` audit's node: its selector, snippet and label).
 */
export async function lighthouse(url) {
  const dir = await mkdtemp(join(tmpdir(), 'ssi-bench-lighthouse-'));
  const out = join(dir, 'report.json');
  const args = [
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${out}`,
    `--chrome-flags=${['--headless', ...CHROMIUM_ARGS].join(' ')}`,
    '--quiet',
  ];
  const bin = new URL('../node_modules/lighthouse/cli/index.js', import.meta.url).pathname;
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' };
  let stderr = '';
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', resolve);
  });
  try {
    if (code !== 0) throw new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`);
    const report = JSON.parse(await readFile(out, 'utf8'));
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c].score * 100)]));
    const failed = Object.fromEntries(
      CATEGORIES.map((c) => [c, report.categories[c].auditRefs.filter((r) => r.weight > 0 && report.audits[r.id].score !== null && report.audits[r.id].score < 1).map((r) => r.id)]),
    );
    const seen = report.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? NaN;
    // The element audit needs the TraceElements gatherer, which can fail on a Chromium newer
    // than the Lighthouse release knows: then its error is reported instead.
    const elementAudit = report.audits['largest-contentful-paint-element'];
    const lcpNode = elementAudit?.details?.items?.find((t) => t.type === 'table' && t.items?.[0]?.node)?.items[0].node;
    const lcpElement = lcpNode
      ? { selector: lcpNode.selector ?? '', snippet: lcpNode.snippet ?? '', label: lcpNode.nodeLabel ?? '' }
      : { error: elementAudit?.errorMessage ?? (elementAudit?.scoreDisplayMode === 'notApplicable' ? 'not applicable (no largest paint in the trace)' : 'no element named') };
    return {
      ...scores,
      lcp: report.audits['largest-contentful-paint'].numericValue,
      seenLcp: seen,
      tbt: report.audits['total-blocking-time'].numericValue,
      cls: report.audits['cumulative-layout-shift'].numericValue,
      lcpElement,
      failed,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs in the page from its first moment: every largest-contentful-paint candidate and every
 * layout shift (with the elements that moved), described at once.
 */
function recordLargestPaints() {
  window.__largestPaints = [];
  window.__layoutShifts = [];
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 5; e = e.parentElement) {
      const classes = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
      parts.unshift(`${e.localName}${e.id ? `#${e.id}` : classes}`);
      if (e.id) break;
    }
    return parts.join(' > ');
  };
  const named = (entries) => {
    for (const e of entries) {
      // An entry names its element only while that is in the document.
      const el = e.element;
      window.__largestPaints.push({
        at: e.startTime,
        size: e.size,
        selector: el ? describe(el) : `(an element gone before it was named${e.id ? `: #${e.id}` : ''})`,
        snippet: el ? el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1).slice(0, 160) : '',
        text: el ? (el.textContent ?? '').trim().slice(0, 60) : '',
        inLoadingFrame: el ? !!el.closest('#boot') : null,
      });
    }
  };
  const paints = new PerformanceObserver((list) => named(list.getEntries()));
  paints.observe({ type: 'largest-contentful-paint', buffered: true });
  // The app removes the loading frame (#boot) as it mounts: name what was painted in it first.
  const remove = Element.prototype.remove;
  Element.prototype.remove = function () {
    if (this.id === 'boot') named(paints.takeRecords());
    return remove.call(this);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__layoutShifts.push({ at: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput, sources: (e.sources ?? []).map((s) => (s.node && s.node.nodeType === 1 ? describe(s.node) : s.node ? `(${s.node.nodeName})` : '(element gone)')) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * The largest paint of `url` as the page itself reports it (PerformanceObserver
 * `largest-contentful-paint`), on Lighthouse's mobile screen and user agent, unthrottled (the
 * load Lighthouse traces), until `settleMs` after the app has mounted: `paints`, every
 * candidate in order, the last being the page's LCP element (a check on the element audit,
 * which names the same element when it runs), and `shifts`, every layout shift meanwhile.
 */
export async function largestPaintInPage(url, { settleMs = 1500 } = {}) {
  const { width, height, deviceScaleFactor } = screenEmulationMetrics.mobile;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, isMobile: true, hasTouch: true, userAgent: userAgents.mobile });
    const page = await context.newPage();
    await page.addInitScript(recordLargestPaints);
    await page.goto(url);
    await page.waitForSelector('main#main', { timeout: 60000 });
    await page.waitForTimeout(settleMs);
    return await page.evaluate(() => ({ paints: window.__largestPaints, shifts: window.__layoutShifts }));
  } finally {
    await browser.close();
  }
}
