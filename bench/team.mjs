// The Team screen with a full team (issue 26): how long it takes to draw with 10, 25 and 50
// people of 52 weekly snapshots each on the phone profile's CPU (4× slower, 390 px), from a
// click on the Team tab until the table has every row and the frame after it is painted, and
// how many characters those people take in localStorage. Used by bench/run.mjs;
// `node bench/team.mjs` measures only these (against `dist/`) and rewrites their section of
// docs/benchmarks.md.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, DIST, STORAGE_KEY, SCHEMA_VERSION, weeklyHistory } from '../tests/e2e/harness.mjs';
import { PHONE } from './phone.mjs';

export const TEAM_SIZES = [10, 25, 50];
export const RENDER_BUDGET_MS = 1000;
const WEEKS = 52;
/** What Chromium keeps per origin in localStorage: 5 MiB of UTF-16 text, keys included. */
const STORAGE_CHARS = 5 * 1024 * 1024;

/** The stored text of someone who keeps `n` people of a year each, and no history of their own. */
export function teamStored(n) {
  const year = weeklyHistory(WEEKS).snapshots;
  const people = Array.from({ length: n }, (_, i) => ({
    id: 1000 + i,
    name: `Colleague ${i + 1}`,
    shared_on: '2026-11-25',
    // Each person a little different, so the medians and shades have something to show.
    snapshots: year.map((s) => {
      const shift = ((i * 7) % 11) / 4 - 1.25;
      const pillars = Object.fromEntries(Object.entries(s.pillars).map(([k, v]) => [k, Math.round(Math.min(25, Math.max(0, v + shift)) * 100) / 100]));
      return { ...s, pillars, overall: Math.round(Object.values(pillars).reduce((a, b) => a + b, 0)) };
    }),
  }));
  return JSON.stringify({ version: SCHEMA_VERSION, snapshots: [], goals: {}, outcomes: [], result_weeks: {}, goal_dates: {}, people });
}

/** One measurement: ms from the Team tab's click to its first row and to all `n` rows painted, CPU slowed. */
async function renderOnce(browser, server, n, text) {
  const { context, page } = await openPage(browser, server.origin, PHONE.viewport);
  await page.addInitScript(([k, v]) => localStorage.getItem(k) ?? localStorage.setItem(k, v), [STORAGE_KEY, text]);
  await page.goto(server.url);
  await page.waitForSelector('header nav.tabs', { timeout: 120000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  const ms = await page.evaluate(
    (rows) =>
      new Promise((done) => {
        const tab = [...document.querySelectorAll('nav.tabs a')].find((a) => a.textContent.trim() === 'Team');
        const start = performance.now();
        let first = null;
        const check = () => {
          const drawn = document.querySelectorAll('[data-testid=team-table] tbody tr').length;
          // A frame's callbacks run before it is painted: the row counts once the next task runs.
          if (drawn > 0 && first === null) setTimeout(() => (first ??= performance.now() - start), 0);
          if (drawn === rows) {
            requestAnimationFrame(() => setTimeout(() => done({ first: first ?? performance.now() - start, all: performance.now() - start }), 0));
          } else requestAnimationFrame(check);
        };
        tab.click();
        requestAnimationFrame(check);
      }),
    n,
  );
  await context.close();
  return ms;
}

/** Every size `runs` times, the sizes taking turns (so a busy moment of the machine falls on
 * all of them alike): the times and the stored characters. */
export async function measureTeam(browser, server, runs) {
  const texts = TEAM_SIZES.map(teamStored);
  const results = TEAM_SIZES.map((people, i) => ({ people, firsts: [], times: [], chars: texts[i].length }));
  for (let run = 0; run < runs; run++) {
    for (const [i, n] of TEAM_SIZES.entries()) {
      const { first, all } = await renderOnce(browser, server, n, texts[i]);
      results[i].firsts.push(first);
      results[i].times.push(all);
    }
  }
  return results;
}

/** The Markdown section for `results`. */
export function teamSection(results) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  const rows = results.map(({ people, firsts, times, chars }) => {
    const m = median(times);
    const met = m <= RENDER_BUDGET_MS ? '**met**' : '**not met**';
    return `| ${people} × ${WEEKS} weeks | ${spread(firsts)} | ${spread(times)} | ${chars.toLocaleString('en-GB')} (${((100 * chars) / STORAGE_CHARS).toFixed(1)}%) | ${met} |`;
  });
  // Linear: what each person adds, between the smallest and the largest team.
  const [small, large] = [results[0], results[results.length - 1]];
  const perPerson = small && large && large.people > small.people ? (median(large.times) - median(small.times)) / (large.people - small.people) : NaN;
  return [
    '## The Team screen with a full team',
    '',
    `From a click on the Team tab until the table's first rows are painted (a screenful comes in the first frame, the rest in the next) and until it has every row and the next frame is painted, with the CPU slowed ${PHONE.cpuSlowdown}× at ${PHONE.viewport.width} × ${PHONE.viewport.height} (the phone profile's CPU; nothing is downloaded on the way); median (min–max) of ${results[0]?.times.length ?? 0} runs, each in a fresh browser context (\`bench/team.mjs\`). Budget: ${RENDER_BUDGET_MS} ms for 50 people, growing linearly (the time per person stays about the same). Stored: the characters those people take under the one storage key, against the ${STORAGE_CHARS.toLocaleString('en-GB')} characters Chromium keeps per origin.`,
    '',
    '| team | first rows (ms) | every row (ms) | stored characters | budget (every row) |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Each person adds ${perPerson.toFixed(1)} ms between ${small?.people} and ${large?.people} people; the rest is the screen itself.`,
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.env.RUNS ?? 5);
  const server = await serve('/', process.env.DIST_DIR ?? DIST);
  const browser = await launch();
  const results = await measureTeam(browser, server, runs);
  await browser.close();
  await server.close();
  const section = teamSection(results);
  console.log(section.join('\n'));
  const file = 'docs/benchmarks.md';
  const doc = await readFile(file, 'utf8').catch(() => '');
  const start = doc.indexOf('## The Team screen');
  const end = start < 0 ? -1 : doc.indexOf('\n## ', start + 1);
  const at = start < 0 ? doc.indexOf("## How the domain's work grows") : start;
  const after = start < 0 ? at : end < 0 ? doc.length : end + 1;
  const updated = at < 0 ? `${doc.trimEnd()}\n\n${section.join('\n')}` : `${doc.slice(0, at)}${section.join('\n')}${doc.slice(after)}`;
  await writeFile(file, updated);
}
