// What each language adds to the download (issue 27). Not a test: run after a release build
// (`trunk build --release`), `node bench/languages.mjs`; writes docs/languages.md.
//
// Every language's messages are compiled into both wasm binaries (build.rs: one function per
// message, one `match` arm per language), so a language's cost is its texts in the binaries'
// data. Measured two ways: the bytes of each language's texts (UTF-8, and gzip -9 of them
// together), which is what the language adds to a binary that calls every message, and the
// built files against the build before the catalog (41d3d46, measured on this machine the same
// way, `BEFORE` below), which is what all five cost together, code included.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { messages, LANGS } from '../tests/e2e/catalog.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const OUT = new URL('../docs/languages.md', import.meta.url).pathname;
/** The release build of 41d3d46 (English only, before the catalog): bytes and gzip -9 bytes. */
const BEFORE = {
  app: { raw: 1712642, gzip: 687841 },
  firstPaint: { raw: 266426, gzip: 115897 },
  index: { raw: 11106, gzip: 4888 },
  paintJs: { raw: 9603, gzip: 3391 },
  css: { raw: 24782, gzip: 6163 },
  echarts: { raw: 523993, gzip: 174751 },
};
/** Issue 22's budget for the first chart's path (index.html, CSS, the first paint, ECharts). */
const CHART_PATH_BUDGET_KB = 300;

// The gzip command's -9, as the figures of the build before were measured (zlib's own gives
// a few KB more on a wasm).
const gzip = (bytes) => execFileSync('gzip', ['-9c'], { input: bytes, maxBuffer: 1 << 26 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const signed = (n) => `${n >= 0 ? '+' : '−'}${kb(Math.abs(n))}`;

const rows = LANGS.map((tag) => {
  const texts = Object.values(messages(tag)).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  const joined = Buffer.from(texts.join('\n'));
  return { tag, count: texts.length, raw: joined.length, gzip: gzip(joined) };
});
const now = {
  app: await builtWasm('ssi-lens-'),
  firstPaint: await builtWasm('first-paint-'),
  paintJs: await builtFile((f) => /^first-paint-[0-9a-f]+\.js$/.test(f)),
  css: await builtFile((f) => /^main-.*\.css$/.test(f)),
  echarts: await builtFile((f) => /^echarts.*\.js$/.test(f)),
  index: await (async () => {
    const bytes = await readFile(`${DIST}index.html`);
    return { raw: bytes.length, gzip: gzip(bytes) };
  })(),
};
async function builtFile(matches) {
  const name = (await readdir(DIST)).find(matches);
  if (!name) throw new Error('a file is missing from dist/: build first');
  const bytes = await readFile(DIST + name);
  return { raw: bytes.length, gzip: gzip(bytes) };
}

async function builtWasm(prefix) {
  const name = (await readdir(DIST)).find((f) => f.startsWith(prefix) && f.endsWith('.wasm'));
  if (!name) throw new Error(`no ${prefix}….wasm in dist/: build first`);
  const bytes = await readFile(DIST + name);
  return { raw: bytes.length, gzip: gzip(bytes) };
}

const wordsFiles = await Promise.all(
  (await readdir(`${DIST}words`)).map(async (file) => ({ tag: file.replace(/\.js$/, ''), gzip: gzip(await readFile(`${DIST}words/${file}`)) })),
);

function pathOf(files) {
  return ['index', 'css', 'paintJs', 'firstPaint', 'echarts'].reduce((sum, key) => sum + files[key].gzip, 0);
}

const lines = [
  '# What each language adds to the download',
  '',
  `Measured by \`bench/languages.mjs\` on ${new Date().toISOString().slice(0, 10)}, release build.`,
  '',
  '## Each language’s texts',
  '',
  'Every message of the language, its texts joined (plural forms included). A binary carries',
  'only the messages it calls, in every language; the app calls nearly all, the first paint a',
  'few dozen (its tabs, titles, notices and dashboard cards).',
  '',
  '| language | texts | bytes | gzip -9 |',
  '| --- | --: | --: | --: |',
  ...rows.map((r) => `| ${r.tag} | ${r.count} | ${kb(r.raw)} | ${kb(r.gzip)} |`),
  '',
  '## The built files, against the build before the catalog (41d3d46, English only)',
  '',
  `A language other than English adds its loading-frame words, fetched only for it: ${wordsFiles.map((w) => `${w.tag} ${kb(w.gzip)}`).join(', ')} gzip.`,
  '',
  '| file | before (gzip -9) | now (gzip -9) | change |',
  '| --- | --: | --: | --: |',
  ...[
    ['the app’s wasm', 'app'],
    ['the first paint’s wasm', 'firstPaint'],
    ['index.html', 'index'],
  ].map(([name, key]) => `| ${name} | ${kb(BEFORE[key].gzip)} | ${kb(now[key].gzip)} | ${signed(now[key].gzip - BEFORE[key].gzip)} |`),
  '',
  '## The first chart’s path',
  '',
  'What a phone downloads before its first chart (index.html, the CSS, the first paint’s JS and',
  'wasm, ECharts), the files issue 22’s budget counts, gzip -9 of the build’s files:',
  '',
  `- before the catalog: ${kb(pathOf(BEFORE))}; now: ${kb(pathOf(now))} (${signed(pathOf(now) - pathOf(BEFORE))});`,
  `- budget ${CHART_PATH_BUDGET_KB} KB: ${pathOf(now) / 1024 <= CHART_PATH_BUDGET_KB ? 'met' : `**not met**, ${kb(pathOf(now) - CHART_PATH_BUDGET_KB * 1024)} over`}.`,
  '',
  'index.html carries English only; another language’s loading-frame words come in their own',
  'small file (`words/<tag>.js`, fetched only for that language). The first paint’s wasm still',
  'carries every language’s first-screen words, not only the active one’s: that is what is',
  'over (docs/i18n.md says what would carry the active one alone).',
  '',
];
await writeFile(OUT, lines.join('\n'));
console.log(lines.join('\n'));
