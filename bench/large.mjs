// Large data (issue "Nothing lost, ever", item 6): the longest task the main thread runs, and
// all the time it spends in tasks over 50 ms, while a 20,000-row CSV (the import limit) is
// read, previewed and applied on the History screen, while History opens with those 20,006
// snapshots, and while History opens for a share link of 10,000 snapshots. The aim: no task
// over 200 ms. Used by bench/run.mjs; `node bench/large.mjs` measures only these (against
// `dist/`) and rewrites their section of docs/benchmarks.md.
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, DIST, STORAGE_KEY } from '../tests/e2e/harness.mjs';

export const LONG_TASK_BUDGET_MS = 200;
const IMPORT_ROWS = 20_000;
const LINK_SNAPSHOTS = 10_000;

/** Runs in the page from its first moment: every long task, as Chromium reports it. */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** `n` daily snapshots ending 2026-11-25. */
function daily(n) {
  const end = Date.UTC(2026, 10, 25);
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(end - (n - 1 - i) * 86400000).toISOString().slice(0, 10);
    const [brand, people, insights, relationships] = [10 + (i % 13) / 2, 5 + (i % 7), 3 + (i % 11) / 4, 12 + (i % 5)];
    const overall = Math.round(brand + people + insights + relationships);
    return { date, overall, pillars: { brand, people, insights, relationships }, industry_rank: 1 + (i % 90), network_rank: 1 + (i % 70) };
  });
}

/** `snapshots` as a CSV of SSI Lens's own columns. */
function csvOf(snapshots) {
  const rows = snapshots.map((s) => [s.date, s.overall, ...Object.values(s.pillars), s.industry_rank, s.network_rank].join(','));
  return ['date,overall,brand,people,insights,relationships,industry_rank,network_rank', ...rows].join('\n') + '\n';
}

/** `snapshots` as stored (the schema the e2e harness stores). */
const storedOf = (snapshots) => JSON.stringify({ version: 2, snapshots, goals: {}, outcomes: [] });

/** Long tasks from the page's clock time `since` until the main thread has been quiet for a second. */
async function tasksUntilQuiet(page, since) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        let seen = -1;
        const check = () => {
          const n = window.__longTasks.length;
          if (n === seen) resolve();
          else {
            seen = n;
            setTimeout(check, 1000);
          }
        };
        setTimeout(check, 300);
      }),
  );
  const tasks = await page.evaluate((t) => window.__longTasks.filter((e) => e.start + e.ms > t), since);
  return { longest: Math.max(0, ...tasks.map((t) => t.ms)), total: tasks.reduce((a, t) => a + t.ms, 0), count: tasks.length };
}

const now = (page) => page.evaluate(() => performance.now());

/** One measurement of each case, in a fresh page each. */
async function measureOnce(browser, server, csvPath, linkFragment) {
  const out = {};
  {
    const { context, page } = await openPage(browser, server.origin);
    await page.addInitScript(recordLongTasks);
    await page.addInitScript(([k, v]) => localStorage.getItem(k) ?? localStorage.setItem(k, v), [STORAGE_KEY, storedOf(daily(IMPORT_ROWS + 6).slice(0, 6))]);
    await page.goto(`${server.url}history`);
    await page.waitForSelector('[data-testid=history-table]');
    await tasksUntilQuiet(page, 0);
    let t = await now(page);
    await page.setInputFiles('[data-testid=import-file]', csvPath);
    await page.waitForSelector('[data-testid=import-preview]', { timeout: 300000 });
    out.preview = await tasksUntilQuiet(page, t);
    t = await now(page);
    await clickButton(page, 'Import');
    await page.waitForFunction((n) => document.body.textContent.includes(`Imported ${n} snapshots`), String(IMPORT_ROWS), { timeout: 300000 });
    out.apply = await tasksUntilQuiet(page, t);
    // History opened afresh with all of them: from the dashboard, as a user gets there.
    await page.goto(server.url);
    await page.waitForSelector('main#main', { timeout: 300000 });
    await tasksUntilQuiet(page, 0);
    t = await now(page);
    await clickButton(page, 'History');
    await page.waitForSelector('[data-testid=history-table] tbody tr', { timeout: 300000 });
    out.history = await tasksUntilQuiet(page, t);
    await context.close();
  }
  {
    const { context, page } = await openPage(browser, server.origin);
    await page.addInitScript(recordLongTasks);
    await page.goto(`${server.url}#${linkFragment}`);
    await page.waitForSelector('main#main', { timeout: 300000 });
    await tasksUntilQuiet(page, 0);
    const t = await now(page);
    await clickButton(page, 'History');
    await page.waitForSelector('[data-testid=history-table] tbody tr', { timeout: 300000 });
    out.link = await tasksUntilQuiet(page, t);
    await context.close();
  }
  return out;
}

/** The share link fragment of `n` daily snapshots, as the app's Share screen makes it. */
async function shareFragment(browser, server, n) {
  const { context, page } = await openPage(browser, server.origin);
  await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, storedOf(daily(n))]);
  await page.goto(`${server.url}share`);
  const fragment = (await page.inputValue('[data-testid=share-link]', { timeout: 300000 })).split('#')[1];
  await context.close();
  return fragment;
}

/** Clicks the button named `name` from inside the page, without waiting for what follows:
 * the driver's own wait would time out while a long task holds the page. */
const clickButton = (page, name) =>
  page.evaluate((name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
    setTimeout(() => button.click(), 0);
  }, name);

export const CASES = [
  ['preview', `Reading a ${IMPORT_ROWS.toLocaleString('en-GB')}-row CSV to its import preview`],
  ['apply', `Applying that import on the History screen (6 snapshots before)`],
  ['history', `Opening History with the ${(IMPORT_ROWS + 6).toLocaleString('en-GB')} snapshots`],
  ['link', `Opening History of a share link of ${LINK_SNAPSHOTS.toLocaleString('en-GB')} snapshots`],
];

/** Measures every case `runs` times against `server` (the release build). */
export async function measureLargeData(browser, server, runs) {
  const dir = await mkdtemp(join(tmpdir(), 'ssi-large-'));
  const csvPath = join(dir, 'large.csv');
  // Days after the 6 stored ones: every row is added.
  await writeFile(csvPath, csvOf(daily(IMPORT_ROWS + 6).slice(6)));
  const fragment = await shareFragment(browser, server, LINK_SNAPSHOTS);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measureOnce(browser, server, csvPath, fragment));
  return results;
}

/** The Markdown section for `results`. */
export function largeDataSection(results) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  const rows = CASES.map(([key, name]) => {
    const longest = results.map((r) => r[key].longest);
    const total = results.map((r) => r[key].total);
    const met = median(longest) <= LONG_TASK_BUDGET_MS ? '**met**' : '**not met**';
    return `| ${name} | ${median(longest).toFixed(0)} (${spread(longest)}) | ${median(total).toFixed(0)} (${spread(total)}) | ${met} |`;
  });
  return [
    '## Large data',
    '',
    `The main thread's longest task, and the sum of its tasks over 50 ms (Chromium's \`longtask\` entries), from the action until a second passes without one; median (min–max) of ${results.length} runs, unthrottled (\`bench/large.mjs\`). Budget: no task over ${LONG_TASK_BUDGET_MS} ms.`,
    '',
    '| case | longest task (ms) | time in long tasks (ms) | budget |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env.RUNS ?? 3);
  const server = await serve('/', process.env.DIST_DIR ?? DIST);
  const browser = await launch();
  const results = await measureLargeData(browser, server, runs);
  await browser.close();
  await server.close();
  const section = largeDataSection(results);
  console.log(section.join('\n'));
  console.error(JSON.stringify(results));
  const file = 'docs/benchmarks.md';
  const doc = await readFile(file, 'utf8').catch(() => '');
  // In place of the section, else where bench/run.mjs puts it.
  const start = doc.indexOf('## Large data');
  const end = start < 0 ? -1 : doc.indexOf('\n## ', start + 1);
  const at = start < 0 ? doc.indexOf("## How the domain's work grows") : start;
  const after = start < 0 ? at : end < 0 ? doc.length : end + 1;
  const updated = at < 0 ? `${doc.trimEnd()}\n\n${section.join('\n')}` : `${doc.slice(0, at)}${section.join('\n')}${doc.slice(after)}`;
  await writeFile(file, updated);
}
