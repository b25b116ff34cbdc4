// Performance benchmark (not a test): builds nothing itself; run `./scripts/bench.sh`, which
// makes the release build first. Measures sizes (gzip and brotli), time to the chart over
// loopback and on a phone profile (against a plain-JS reference page), Lighthouse, and more;
// prints median and spread over several runs and writes docs/benchmarks.md.
import { readFile, writeFile, readdir, mkdtemp, cp } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { serve, launch, openPage, weeklyHistory, DIST } from '../tests/e2e/harness.mjs';
import { KEY, APP_CHART, REFERENCE_CHART, watchChart, chartDrawnAt, store, writeReference } from './chart.mjs';
import { serveGzip } from './gzip-server.mjs';
import { PHONE, firstVisit, repeatVisit } from './phone.mjs';
import { lighthouse } from './lighthouse.mjs';
import { measureLargeData, largeDataSection } from './large.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const PHONE_RUNS = Number(process.env.PHONE_RUNS ?? RUNS);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// A year, ten years and a hundred years of weekly snapshots: linear work grows 10× per step.
const SIZES = [52, 520, 5200];
// Issue 15's budgets. Sizes in KiB of gzip -9; times as a multiple of the reference page's.
const BUDGET = { ownKiB: 300, echartsKiB: 180, firstVisit: 2.0, firstVisitAim: 1.6, repeatVisit: 1.3, performance: 90, lcpMs: 2500, otherScores: 100 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (body) => gzipSync(body, { level: 9 }).length;
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
/** "met (12.3 under)" or "not met (12.3 over, +8%)" for `value` against `limit`. */
const verdict = (value, limit, { atMost = true, unit = '', digits = 1 } = {}) => {
  const met = atMost ? value <= limit : value >= limit;
  const by = Math.abs(value - limit).toFixed(digits) + unit;
  return met ? `**met** (${by} ${atMost ? 'under' : 'over'})` : `**not met** (${by} ${atMost ? 'over' : 'under'}, ${value > limit ? '+' : '−'}${Math.abs((value / limit - 1) * 100).toFixed(0)}%)`;
};

const dir = (await mkdtemp(join(tmpdir(), 'ssi-bench-'))) + '/';
await cp(DIST, dir, { recursive: true });
const files = await readdir(dir);
const echartsFile = files.find((f) => f.startsWith('echarts'));
const references = {};
for (const weeks of SIZES) references[weeks] = await writeReference(dir, echartsFile, weeks);
const server = await serve('/', dir);
const browser = await launch();

// 1. Bytes on first load.
const transfer = [];
{
  const { context, page } = await openPage(browser, server.origin);
  page.on('response', async (r) => {
    const body = await r.body().catch(() => null);
    if (body && r.url().startsWith(server.origin)) transfer.push({ file: r.url().slice(server.url.length) || 'index.html', body });
  });
  await page.goto(server.url);
  await page.waitForSelector('main#main');
  await page.waitForTimeout(500);
  await context.close();
  // Compressed once the page is closed: brotli 11 of the wasm takes seconds.
  for (const t of transfer) Object.assign(t, { raw: t.body.length, gzip: gzip(t.body), brotli: brotli(t.body) });
}

/** Opens `url` with `setup` run first in the page; milliseconds from navigation to the chart. */
async function chartTime(url, selector, setup = () => {}, arg = null) {
  const { context, page } = await openPage(browser, server.origin);
  await page.addInitScript(setup, arg);
  await page.addInitScript(watchChart, selector);
  await page.goto(url);
  const ms = await chartDrawnAt(page);
  await context.close();
  return ms;
}

/**
 * What this version stores for `weeks` weekly snapshots: the harness's history (an older
 * schema, which e2e tests upgrade), as the app rewrote it on its first load. A returning user's
 * data is in the current schema; a one-off upgrade is not what a visit costs.
 */
const stored = (weeks) => [KEY, sizes[weeks].text];

/** Milliseconds from navigation to the trend chart drawn, with `weeks` snapshots stored. */
function appChartTime(weeks) {
  return chartTime(server.url, APP_CHART, store, stored(weeks));
}

function referenceChartTime(weeks) {
  return chartTime(server.url + references[weeks], REFERENCE_CHART);
}

/** From clicking "Save snapshot" to the chart holding the new point, in ms and frames. */
async function saveToChart(weeks) {
  const { context, page } = await openPage(browser, server.origin);
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), stored(weeks));
  await page.goto(server.url);
  await page.waitForSelector('[data-testid=trend-chart] canvas');
  await page.getByRole('button', { name: 'Add snapshot' }).click();
  // A day between two stored weekly snapshots, so the save adds a point without questions.
  for (const [k, v] of Object.entries({ date: '2026-11-24', brand: '20', people: '10', insights: '9', relationships: '15' })) {
    await page.fill(`#field-${k}`, v);
  }
  const result = await page.evaluate(async () => {
    const frames = { n: 0 };
    const count = () => frames.n++;
    const start = performance.now();
    document.querySelector('form.snapshot-form button[type=submit]').click();
    return new Promise((resolve) => {
      setTimeout(() => resolve({ ms: NaN, frames: NaN }), 5000);
      const check = () => {
        count();
        const el = document.querySelector('[data-testid=trend-chart]');
        const chart = el && echarts.getInstanceByDom(el);
        const data = chart && chart.getOption().series[0].data;
        // A point is [date, value] or an item whose value is [date, value, tooltip, …].
        if (data && data.some((p) => (Array.isArray(p) ? p : p.value)[1] === 54)) resolve({ ms: performance.now() - start, frames: frames.n });
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await context.close();
  return result;
}

async function storedBytesAndLinks() {
  const out = {};
  for (const weeks of SIZES) {
    const { context, page } = await openPage(browser, server.origin);
    const older = JSON.stringify(weeklyHistory(weeks));
    await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, older]);
    await page.goto(server.url);
    await page.waitForSelector('[data-testid=trend-chart]');
    await page.getByRole('button', { name: 'Share' }).click();
    const fragment = (await page.inputValue('[data-testid=share-link]')).split('#')[1];
    const text = await page.evaluate((k) => localStorage.getItem(k), KEY);
    out[weeks] = { stored: text.length, text, link: fragment.length, fragment };
    await context.close();
  }
  return out;
}

async function pasteParse() {
  const text = await readFile(new URL('../tests/fixtures/ssi-page/en-2026-whole-page.txt', import.meta.url), 'utf8');
  const { context, page } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Add your first snapshot' }).click();
  const ms = await page.evaluate(async (t) => {
    const box = document.querySelector('#paste-text');
    const start = performance.now();
    // A paste (read at once), not typing (read once typing pauses).
    box.dispatchEvent(new Event('paste', { bubbles: true }));
    box.value = t;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    while (!document.querySelector('[data-testid=paste-summary]')) await new Promise((r) => setTimeout(r, 0));
    return performance.now() - start;
  }, text);
  await context.close();
  return ms;
}

const log = (...xs) => console.error('bench:', ...xs);
const runs = async (f) => { const xs = []; for (let i = 0; i < RUNS; i++) xs.push(await f()); return xs; };
// Share links first: the phone and Lighthouse open the year's link.
const sizes = await storedBytesAndLinks();
// The app and the reference alternate, so a busy moment of the machine hits both alike.
log('time to chart over loopback');
const charts = {};
for (const weeks of SIZES) {
  charts[weeks] = { app: [], ref: [] };
  for (let i = 0; i < RUNS; i++) {
    charts[weeks].app.push(await appChartTime(weeks));
    charts[weeks].ref.push(await referenceChartTime(weeks));
  }
}
log('save to chart, paste');
const saves = {};
for (const weeks of SIZES) saves[weeks] = await runs(() => saveToChart(weeks));
const parses = await runs(pasteParse);
log('large data');
const large = await measureLargeData(browser, server, RUNS);
await browser.close();
await server.close();

// The phone profile and Lighthouse, over the gzip server, with a year of weekly snapshots.
const gz = await serveGzip(dir);
const YEAR = 52;
const shareUrl = `${gz.url}#${sizes[YEAR].fragment}`;
const referenceUrl = gz.url + references[YEAR];
const VISITS = [
  { name: 'first visit, opening a share link', budget: BUDGET.firstVisit, app: () => firstVisit(shareUrl, APP_CHART), ref: () => firstVisit(referenceUrl, REFERENCE_CHART) },
  { name: 'first visit, a year stored', budget: BUDGET.firstVisit, app: () => firstVisit(gz.url, APP_CHART, store, stored(YEAR)), ref: () => firstVisit(referenceUrl, REFERENCE_CHART) },
  { name: 'repeat visit, a year stored (service worker / HTTP cache warm)', budget: BUDGET.repeatVisit, app: () => repeatVisit(gz.url, APP_CHART, { serviceWorker: true }, store, stored(YEAR)), ref: () => repeatVisit(referenceUrl, REFERENCE_CHART, { serviceWorker: false }) },
];
for (const visit of VISITS) {
  log(`phone: ${visit.name}`);
  visit.apps = [];
  visit.refs = [];
  for (let i = 0; i < PHONE_RUNS; i++) {
    visit.apps.push(await visit.app());
    visit.refs.push(await visit.ref());
  }
  visit.ratio = median(visit.apps) / median(visit.refs);
}
const PAGES = [
  { name: '`/`, a new visitor', url: gz.url, results: [] },
  { name: 'a share link of a year of weekly snapshots', url: shareUrl, results: [] },
];
for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
  for (const page of PAGES) {
    log(`lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}: ${page.url.slice(0, 60)}`);
    page.results.push(await lighthouse(page.url));
  }
}
await gz.close();

const own = transfer.filter((t) => !t.file.startsWith('echarts') && /\.(wasm|js|css)$/.test(t.file) && !t.file.startsWith('sw'));
const sum = (xs, k) => xs.reduce((a, t) => a + t[k], 0);
const ech = transfer.filter((t) => t.file.startsWith('echarts'));
const fullEcharts = await readFile('node_modules/echarts/dist/echarts.min.js');
const ownKiB = sum(own, 'gzip') / 1024;
const echartsKiB = sum(ech, 'gzip') / 1024;
const lh = PAGES.map((p) => {
  const of = (k) => p.results.map((r) => r[k]);
  const failed = [...new Set(p.results.flatMap((r) => Object.values(r.failed).flat()))];
  return { ...p, of, perf: median(of('performance')), a11y: median(of('accessibility')), bp: median(of('best-practices')), seo: median(of('seo')), lcp: median(of('lcp')), seenLcp: median(of('seenLcp')), failed };
});
const chromium = (execSync('chromium --version 2>/dev/null').toString().match(/Chromium ([\d.]+)/) ?? [])[1] ?? '';
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const ms = (xs) => `${median(xs).toFixed(0)} (${spread(xs)})`;
const lines = [
  '# SSI Lens benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, headless Chromium ${chromium}, release build served from loopback. Median (min–max) of ${RUNS} runs (phone profile: ${PHONE_RUNS}, Lighthouse: ${LIGHTHOUSE_RUNS}). KB are KiB (1024 bytes). Run \`./scripts/bench.sh\` to measure again.`,
  '',
  '## Budgets',
  '',
  `- The app's own wasm, JS and CSS, at most ${BUDGET.ownKiB} KB gzip: ${ownKiB.toFixed(1)} KB, ${verdict(ownKiB, BUDGET.ownKiB, { unit: ' KB' })}.`,
  `- ECharts, at most ${BUDGET.echartsKiB} KB gzip: ${echartsKiB.toFixed(1)} KB, ${verdict(echartsKiB, BUDGET.echartsKiB, { unit: ' KB' })}.`,
  ...VISITS.map((v) => `- Time to the chart on a phone, ${v.name}, at most ${v.budget.toFixed(1)} × the reference page${v.budget === BUDGET.firstVisit ? ` (aim ${BUDGET.firstVisitAim}×)` : ''}: ${v.ratio.toFixed(2)}×, ${verdict(v.ratio, v.budget, { unit: '×', digits: 2 })}.`),
  ...lh.flatMap((p) => [
    `- Lighthouse performance on ${p.name}, at least ${BUDGET.performance}: ${p.perf}, ${verdict(p.perf, BUDGET.performance, { atMost: false, digits: 0 })}.`,
    `- Lighthouse LCP on ${p.name}, at most ${(BUDGET.lcpMs / 1000).toFixed(1)} s: ${(p.lcp / 1000).toFixed(2)} s, ${verdict(p.lcp / 1000, BUDGET.lcpMs / 1000, { unit: ' s', digits: 2 })}.`,
    `- Lighthouse accessibility, best practices and SEO on ${p.name}, ${BUDGET.otherScores} each: ${p.a11y}, ${p.bp}, ${p.seo}, ${[p.a11y, p.bp, p.seo].every((x) => x >= BUDGET.otherScores) ? '**met**' : `**not met** (${[p.a11y, p.bp, p.seo].map((x) => BUDGET.otherScores - x).join(', ')} short)`}.`,
  ]),
  '',
  '## Bytes on first load',
  '',
  '| file | raw | gzip -9 | brotli 11 |',
  '| --- | ---: | ---: | ---: |',
  ...transfer.map((t) => `| ${t.file} | ${kb(t.raw)} | ${kb(t.gzip)} | ${kb(t.brotli)} |`),
  `| **total** | ${kb(sum(transfer, 'raw'))} | ${kb(sum(transfer, 'gzip'))} | ${kb(sum(transfer, 'brotli'))} |`,
  '',
  `- The app's own wasm, JS glue and CSS: **${kb(sum(own, 'gzip'))} gzip**, ${kb(sum(own, 'brotli'))} brotli (budget ${BUDGET.ownKiB} KB gzip: ${verdict(ownKiB, BUDGET.ownKiB, { unit: ' KB' })}).`,
  `- ECharts (custom build of the parts used): **${kb(sum(ech, 'gzip'))} gzip**, ${kb(sum(ech, 'brotli'))} brotli (budget ${BUDGET.echartsKiB} KB gzip: ${verdict(echartsKiB, BUDGET.echartsKiB, { unit: ' KB' })}; the full \`echarts.min.js\` is ${kb(gzip(fullEcharts))} gzip, ${kb(brotli(fullEcharts))} brotli).`,
  '',
  '## Time to the trend chart on a phone',
  '',
  `${PHONE.latencyMs} ms round trip, ${PHONE.downBitsPerSecond / 1e6} Mbit/s down, ${PHONE.upBitsPerSecond / 1e3} kbit/s up, CPU slowed ${PHONE.cpuSlowdown}× (Chrome DevTools Protocol: \`Network.emulateNetworkConditions\`, \`Emulation.setCPUThrottlingRate\`), a ${PHONE.viewport.width} × ${PHONE.viewport.height} screen at ${PHONE.deviceScaleFactor}× pixels. The release build is served over loopback as its host serves it: gzip, \`application/wasm\`, ten minutes of HTTP caching with an ETag, \`404.html\` for other addresses (\`bench/gzip-server.mjs\`). Each visit is in a fresh browser profile. First visits have the HTTP cache disabled; a repeat visit loads the page once at full speed (the app: until its service worker controls the page), then reloads it on the phone profile. The reference page draws the same ${YEAR} snapshots from inline data with the same ECharts file.`,
  '',
  '| visit | SSI Lens (ms) | reference page (ms) | ratio of medians | budget |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...VISITS.map((v) => `| ${v.name} | ${ms(v.apps)} | ${ms(v.refs)} | ${v.ratio.toFixed(2)} | ≤ ${v.budget.toFixed(1)} |`),
  '',
  '## Time to the trend chart over loopback (unthrottled)',
  '',
  '| snapshots stored and drawn | SSI Lens (ms) | reference page (ms) | ratio |',
  '| ---: | ---: | ---: | ---: |',
  ...SIZES.map((w) => {
    const { app, ref } = charts[w];
    return `| ${w} | ${median(app).toFixed(0)} (${spread(app)}) | ${median(ref).toFixed(0)} (${spread(ref)}) | ${(median(app) / median(ref)).toFixed(2)} |`;
  }),
  '',
  'From navigation start to the first animation frame at which the chart element holds a canvas and the data, timed inside the page, at full speed with no compression: what the app itself costs next to the reference page, which loads the same ECharts file and draws the same chart from inline data. The budgets apply to the phone profile above.',
  '',
  '## Lighthouse',
  '',
  `Lighthouse ${JSON.parse(await readFile('node_modules/lighthouse/package.json', 'utf8')).version} with its mobile defaults (simulated throttling), Chromium as above, against the gzip server. The first visit of \`/\` with a history stored cannot be measured: Lighthouse clears the site's storage first. Lighthouse loads the page once at full speed and estimates the phone's timings from that trace; its LCP estimate counts every request that finished before the largest paint it saw, so a paint that comes after the wasm has arrived over loopback is estimated as waiting for the wasm. The last column is that paint as seen.`,
  '',
  '| page | performance | accessibility | best practices | SEO | LCP (s) | LCP seen unthrottled (ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...lh.map((p) => `| ${p.name} | ${p.perf} (${Math.min(...p.of('performance'))}–${Math.max(...p.of('performance'))}) | ${p.a11y} | ${p.bp} | ${p.seo} | ${(p.lcp / 1000).toFixed(2)} (${spread(p.of('lcp').map((x) => x / 1000))}) | ${Math.round(p.seenLcp)} (${spread(p.of('seenLcp'))}) |`),
  '',
  ...lh.map((p) => `- Audits short of full marks on ${p.name}: ${p.failed.length ? p.failed.map((id) => `\`${id}\``).join(', ') : 'none'}.`),
  '',
  '## Other measures',
  '',
  ...SIZES.map((w) => `- Saving a snapshot to the chart showing it (${w} stored): ${median(saves[w].map((s) => s.ms)).toFixed(1)} ms (${spread(saves[w].map((s) => s.ms))}), ${median(saves[w].map((s) => s.frames))} animation frame(s).`),
  `- Parsing a pasted SSI page (the 2026 layout) to the preview: ${median(parses).toFixed(1)} ms (${spread(parses)}).`,
  `- localStorage: ${SIZES.map((w) => `${sizes[w].stored} bytes for ${w} snapshots`).join(', ')} (${(sizes[520].stored / 520).toFixed(0)} bytes each).`,
  `- Share link fragment: ${SIZES.map((w) => `${sizes[w].link} characters for ${w} weekly snapshots`).join(', ')}.`,
  '',
  ...largeDataSection(large),
  '## How the domain\'s work grows',
  '',
  'Each operation timed natively (`cargo bench --bench scaling`, release build) at 10× steps of history length. Linear work grows about 10× per step, n log n slightly more, quadratic work 100×.',
  '',
  ...(await readFile('target/bench-scaling.md', 'utf8').catch(() => '(not measured: run ./scripts/bench.sh)\n')).trim().split('\n'),
  '',
  '## What the paste parser recovers',
  '',
  'Fields of each sample page read right (`cargo bench --bench paste_recall`): the shared samples (`tests/fixtures/ssi-page`), pages in further languages and scripts (`ssi-page-more`), pages written to break the parser (`ssi-page-unseen`), and each again with every word replaced by one no word list knows, so only the structure is left. A wrong value is one filled with a number that is not the page\'s.',
  '',
  ...(await readFile('target/bench-paste-recall.md', 'utf8').catch(() => '(not measured: run ./scripts/bench.sh)\n')).trim().split('\n'),
  '',
];
await writeFile('docs/benchmarks.md', lines.join('\n'));
console.log(lines.join('\n'));
