// Performance benchmark (not a test): builds nothing itself; run `./scripts/bench.sh`, which
// makes the release build first. Prints median and spread over several runs and writes
// docs/benchmarks.md.
import { readFile, writeFile, readdir, mkdtemp, cp } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { serve, launch, openPage, weeklyHistory, DIST } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
// A year, ten years and a hundred years of weekly snapshots: linear work grows 10× per step.
const SIZES = [52, 520, 5200];
const KEY = 'ssi-lens.history';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const dir = (await mkdtemp(join(tmpdir(), 'ssi-bench-'))) + '/';
await cp(DIST, dir, { recursive: true });
const files = await readdir(dir);
const echartsFile = files.find((f) => f.startsWith('echarts'));
const server = await serve('/', dir);
const browser = await launch();

// 1. Bytes on first load.
const transfer = [];
{
  const { context, page } = await openPage(browser, server.origin);
  page.on('response', async (r) => {
    const body = await r.body().catch(() => null);
    if (body && r.url().startsWith(server.origin)) transfer.push({ file: r.url().slice(server.url.length) || 'index.html', raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(server.url);
  await page.waitForSelector('main#main');
  await page.waitForTimeout(500);
  await context.close();
}

/**
 * Runs in the page from its first moment: records the first animation frame at which the
 * element `selector` holds an ECharts chart with its data and a canvas. Timing inside the page
 * keeps the browser driver's round trips out of both measures.
 */
function watchChart(selector) {
  const check = () => {
    const el = document.querySelector(selector);
    const chart = el && window.echarts && window.echarts.getInstanceByDom(el);
    if (chart && el.querySelector('canvas') && chart.getOption().series[0].data.length > 0) {
      window.chartDrawnAt = performance.now();
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}

/** Opens `url` with `setup` run first in the page; milliseconds from navigation to the chart. */
async function chartTime(url, selector, setup = () => {}, arg = null) {
  const { context, page } = await openPage(browser, server.origin);
  await page.addInitScript(setup, arg);
  await page.addInitScript(watchChart, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.chartDrawnAt !== undefined, null, { polling: 100 });
  const ms = await page.evaluate(() => window.chartDrawnAt);
  await context.close();
  return ms;
}

/** Milliseconds from navigation to the trend chart drawn, with `weeks` snapshots stored. */
function appChartTime(weeks) {
  const stored = JSON.stringify(weeklyHistory(weeks));
  // The chart range "All", so the app draws every snapshot, as the reference does.
  const store = ([k, v]) => {
    localStorage.setItem(k, v);
    localStorage.setItem('ssi-lens.range', 'all');
  };
  return chartTime(server.url, '[data-testid=trend-chart]', store, [KEY, stored]);
}

async function referenceChartTime(weeks) {
  const html = (await readFile(new URL('./reference.html', import.meta.url), 'utf8'))
    .replace('__ECHARTS__', echartsFile)
    .replace('__DATA__', JSON.stringify(weeklyHistory(weeks).snapshots));
  await writeFile(join(dir, 'reference.html'), html);
  return chartTime(server.url + 'reference.html', '#chart');
}

/** From clicking "Save snapshot" to the chart holding the new point, in ms and frames. */
async function saveToChart(weeks) {
  const { context, page } = await openPage(browser, server.origin);
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(weeklyHistory(weeks))]);
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
        if (data && data.some((p) => p[1] === 54)) resolve({ ms: performance.now() - start, frames: frames.n });
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
    const stored = JSON.stringify(weeklyHistory(weeks));
    await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [KEY, stored]);
    await page.goto(server.url);
    await page.waitForSelector('[data-testid=trend-chart]');
    await page.getByRole('button', { name: 'Share' }).click();
    out[weeks] = { stored: (await page.evaluate((k) => localStorage.getItem(k), KEY)).length, link: (await page.inputValue('[data-testid=share-link]')).split('#')[1].length };
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
    box.value = t;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    while (!document.querySelector('[data-testid=paste-summary]')) await new Promise((r) => setTimeout(r, 0));
    return performance.now() - start;
  }, text);
  await context.close();
  return ms;
}

const runs = async (f) => { const xs = []; for (let i = 0; i < RUNS; i++) xs.push(await f()); return xs; };
// The app and the reference alternate, so a busy moment of the machine hits both alike.
const charts = {};
for (const weeks of SIZES) {
  charts[weeks] = { app: [], ref: [] };
  for (let i = 0; i < RUNS; i++) {
    charts[weeks].app.push(await appChartTime(weeks));
    charts[weeks].ref.push(await referenceChartTime(weeks));
  }
}
const saves = {};
for (const weeks of SIZES) saves[weeks] = await runs(() => saveToChart(weeks));
const parses = await runs(pasteParse);
const sizes = await storedBytesAndLinks();
await browser.close();
await server.close();

const own = transfer.filter((t) => !t.file.startsWith('echarts') && /\.(wasm|js|css)$/.test(t.file) && !t.file.startsWith('sw'));
const sum = (xs, k) => xs.reduce((a, t) => a + t[k], 0);
const ech = transfer.filter((t) => t.file.startsWith('echarts'));
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# SSI Lens benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, headless Chromium ${(execSync('chromium --version 2>/dev/null').toString().match(/Chromium ([\d.]+)/) ?? [])[1] ?? ''}, release build served from loopback. ${RUNS} runs each: median (min–max). Run \`./scripts/bench.sh\` to measure again.`,
  '',
  '## Bytes on first load',
  '',
  '| file | raw | gzip |',
  '| --- | ---: | ---: |',
  ...transfer.map((t) => `| ${t.file} | ${kb(t.raw)} | ${kb(t.gzip)} |`),
  `| **total** | ${kb(sum(transfer, 'raw'))} | ${kb(sum(transfer, 'gzip'))} |`,
  '',
  `- The app's own wasm, JS glue and CSS: **${kb(sum(own, 'gzip'))} gzip** (budget 120 KB).`,
  `- ECharts (custom build of the parts used): **${kb(sum(ech, 'gzip'))} gzip** (budget 150 KB; the full \`echarts.min.js\` is ${kb(gzipSync(await readFile('node_modules/echarts/dist/echarts.min.js'), { level: 9 }).length)}).`,
  '',
  '## Time to the trend chart',
  '',
  '| snapshots stored and drawn | SSI Lens (ms) | reference page (ms) | ratio |',
  '| ---: | ---: | ---: | ---: |',
  ...SIZES.map((w) => {
    const { app, ref } = charts[w];
    return `| ${w} | ${median(app).toFixed(0)} (${spread(app)}) | ${median(ref).toFixed(0)} (${spread(ref)}) | ${(median(app) / median(ref)).toFixed(2)} |`;
  }),
  '',
  'From navigation start to the first animation frame at which the chart element holds a canvas and the data, timed inside the page (budget: 1.3 × the reference page, which loads the same ECharts file and draws the same chart from inline data).',
  '',
  '## Other measures',
  '',
  ...SIZES.map((w) => `- Saving a snapshot to the chart showing it (${w} stored): ${median(saves[w].map((s) => s.ms)).toFixed(1)} ms (${spread(saves[w].map((s) => s.ms))}), ${median(saves[w].map((s) => s.frames))} animation frame(s).`),
  `- Parsing a pasted SSI page (the 2026 layout) to the preview: ${median(parses).toFixed(1)} ms (${spread(parses)}).`,
  `- localStorage: ${SIZES.map((w) => `${sizes[w].stored} bytes for ${w} snapshots`).join(', ')} (${(sizes[520].stored / 520).toFixed(0)} bytes each).`,
  `- Share link fragment: ${SIZES.map((w) => `${sizes[w].link} characters for ${w} weekly snapshots`).join(', ')}.`,
  '',
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
