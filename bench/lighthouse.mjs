// Lighthouse (mobile defaults: a Moto G Power sized screen, simulated slow 4G and 4× CPU),
// run as its command-line tool against a URL of the gzip server. Asynchronous, so the server
// in this same process keeps answering while Lighthouse loads the page.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run of `url`: the four category scores (0–100), LCP as Lighthouse estimates it
 * for the phone it simulates, and the LCP it saw on the unthrottled load it traced, in ms.
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
    return { ...scores, lcp: report.audits['largest-contentful-paint'].numericValue, seenLcp: seen, failed };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
