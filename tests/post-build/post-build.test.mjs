// scripts/post-build.mjs on a saved sample of Trunk's output (tests/fixtures/trunk-output/): what
// each step makes of it, and that each step throws when what it expects is missing or repeated.
// Run: node --test tests/post-build/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as post from '../../scripts/post-build.mjs';

const FIXTURE = new URL('../fixtures/trunk-output/', import.meta.url);
const TRUNK_HTML = await readFile(new URL('index.html', FIXTURE), 'utf8');
const TRUNK_FILES = (await readFile(new URL('files.txt', FIXTURE), 'utf8')).trim().split('\n');
// The real template, so its placeholders are checked too.
const SW_TEMPLATE = await readFile(new URL('../../assets/sw.js', import.meta.url), 'utf8');
const named = (pattern) => {
  const found = TRUNK_FILES.filter((f) => pattern.test(f));
  assert.equal(found.length, 1, `files.txt names one file like ${pattern}`);
  return found[0];
};
const APP_JS = named(/^ssi-lens-[0-9a-f]{16}\.js$/);
const APP_WASM = named(/^ssi-lens-[0-9a-f]{1,16}_bg\.wasm$/);
const CHARTS = named(/^echarts\.min-[0-9a-f]{16}\.js$/);
const CSS = named(/^main-[0-9a-f]{16}\.css$/);
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const sha256 = (text) => createHash('sha256').update(text).digest('base64');

/** `html` with `part` (found once) written twice. */
const doubled = (html, part) => {
  assert.equal(html.split(part).length, 2, `the sample holds ${part.slice(0, 40)} once`);
  return html.replace(part, `${part}${part}`);
};

/** A staging dir with Trunk's file names: the sample's page, the real sw.js, small stand-ins. */
async function staging() {
  const dir = await mkdtemp(join(tmpdir(), 'post-build-'));
  for (const [i, name] of TRUNK_FILES.entries()) {
    const content =
      name === 'index.html'
        ? TRUNK_HTML
        : name === 'sw.js'
          ? SW_TEMPLATE
          : name.endsWith('.js')
            ? `export function part${i}(value) {\n  const next = value + 1;\n  return next;\n}\n`
            : name.endsWith('.css')
              ? 'body {\n  color: red;\n}\n'
              : `the bytes of ${name}`;
    await mkdir(join(dir, dirname(name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

test("Trunk's loader goes, and names the app's JS glue", () => {
  const { html, appJs } = post.removeTrunkLoader(TRUNK_HTML);
  assert.equal(appJs, APP_JS);
  assert.ok(!html.includes('import init'));
  assert.ok(html.includes('<script id="start" type="module">'), 'the start script stays');
  assert.throws(() => post.removeTrunkLoader(html), /Trunk's loader for the app once in index.html, found it 0 times/);
  const loader = TRUNK_HTML.slice(TRUNK_HTML.indexOf('<script type="module">\nimport init'), TRUNK_HTML.indexOf('<script id="start"'));
  assert.throws(() => post.removeTrunkLoader(doubled(TRUNK_HTML, loader)), /found it 2 times/);
});

test("Trunk's preloads go, and name the app's wasm", () => {
  const { html, appWasm } = post.removeTrunkPreloads(TRUNK_HTML);
  assert.equal(appWasm, APP_WASM);
  assert.ok(!/rel="(module)?preload"/.test(html));
  assert.throws(() => post.removeTrunkPreloads(html), /preload of the app's JS once in index.html, found it 0 times/);
  const withoutWasm = TRUNK_HTML.replace(/<link rel="preload"[^>]*>/, '');
  assert.throws(() => post.removeTrunkPreloads(withoutWasm), /preload of the app's wasm once/);
});

test("ECharts' tag goes, and names its file and integrity", () => {
  const { html, charts, chartsIntegrity } = post.removeChartsScript(TRUNK_HTML);
  assert.equal(charts, CHARTS);
  assert.match(chartsIntegrity, /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.ok(!html.includes(CHARTS));
  assert.throws(() => post.removeChartsScript(html), /the ECharts script once in index.html, found it 0 times/);
});

test('a hashed name takes the hash of new bytes; a name without a hash throws', () => {
  const renamed = post.rehashedName(APP_JS, 'x');
  assert.equal(renamed, `ssi-lens-${post.contentHash('x')}.js`);
  assert.notEqual(renamed, APP_JS);
  assert.throws(() => post.rehashedName('first-paint.js', 'x'), /first-paint\.js has no content hash/);
  // Trunk writes its hash without leading zeros: 15 digits one build in sixteen.
  assert.equal(post.rehashedName('main-d81960d148656aa.css', 'x'), `main-${post.contentHash('x')}.css`);
  const tag = '<script src="./echarts.min-abc.js" async integrity="sha384-x"></script>';
  assert.equal(post.removeChartsScript(`<head>${tag}</head>`).charts, 'echarts.min-abc.js');
});

test("the first paint's files are named by their hash, and must have been built", async () => {
  const dir = await staging();
  try {
    const { paintJs, paintWasm } = await post.hashFirstPaint(dir);
    const bytes = await readFile(join(dir, paintJs));
    assert.equal(paintJs, `first-paint-${post.contentHash(bytes)}.js`);
    assert.match(paintWasm, /^first-paint-[0-9a-f]{16}_bg\.wasm$/);
    const left = await readdir(dir);
    assert.ok(!left.includes('first-paint.js') && !left.includes('first-paint_bg.wasm'));
    await assert.rejects(post.hashFirstPaint(dir), /the first paint's first-paint\.js was not built/);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('a minified file replaces the original under the hash of its bytes', async () => {
  const dir = await staging();
  try {
    const served = await post.minifyFile(dir, CSS, post.minifyCss);
    const code = await readFile(join(dir, served), 'utf8');
    assert.equal(code, 'body{color:red}\n');
    assert.equal(served, `main-${post.contentHash(code)}.css`);
    assert.ok(!(await readdir(dir)).includes(CSS));
    await assert.rejects(post.minifyFile(dir, 'first-paint.js', post.minifyJs), /has no content hash/);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('the stylesheet is found once and relinked', () => {
  const css = post.stylesheet(TRUNK_HTML);
  assert.equal(css.href, CSS);
  const html = post.relinkStylesheet(TRUNK_HTML, css, 'main-0123456789abcdef.css', 'sha384-new');
  assert.ok(html.includes('href="./main-0123456789abcdef.css" integrity="sha384-new"'));
  assert.ok(!html.includes(CSS) && !html.includes(css.integrity));
  assert.throws(() => post.stylesheet(TRUNK_HTML.replace('rel="stylesheet"', 'rel="x"')), /one link to the stylesheet in index.html, found 0/);
  assert.throws(() => post.relinkStylesheet(html, css, 'a.css', 'b'), /the stylesheet's name once in index.html, found it 0 times/);
});

test('the start script is handed each file and its integrity', () => {
  const html = post.nameStartFiles(TRUNK_HTML, {
    paint: { src: 'p.js', integrity: 'sha384-p' },
    charts: { src: 'c.js', integrity: 'sha384-c' },
  });
  assert.ok(html.includes('<script id="start" type="module" data-src-paint="./p.js" data-integrity-paint="sha384-p" data-src-charts="./c.js" data-integrity-charts="sha384-c">'));
  assert.throws(() => post.nameStartFiles(html, {}), /the start script once in index.html, found it 0 times/);
});

test('inline scripts are minified, each still there', async () => {
  const before = [...TRUNK_HTML.matchAll(INLINE_SCRIPT)];
  const html = await post.minifyInlineScripts(TRUNK_HTML);
  const after = [...html.matchAll(INLINE_SCRIPT)];
  assert.equal(after.length, before.length);
  for (const [i, [, code]] of after.entries()) assert.ok(code.length < before[i][1].length, `script ${i} is smaller`);
  assert.ok(html.includes('<template id="boot-failed">'), 'the rest stays');
  await assert.rejects(post.minifyInlineScripts('<p>no script</p>'), /no inline script to minify/);
});

test('comments go, but not from scripts and templates; an unclosed one throws', () => {
  const html = post.stripComments(TRUNK_HTML);
  assert.ok(!html.includes('<!--'));
  assert.ok(html.length < TRUNK_HTML.length);
  assert.equal(post.stripComments('<template><!-- t --></template><!-- c -->\n<p>x</p>'), '<template><!-- t --></template><p>x</p>');
  assert.throws(() => post.stripComments('<p>x</p><!-- unclosed <p>y</p>'), /unclosed comment/);
});

test('the policy allows exactly the inline scripts, after the charset', () => {
  const csp = post.contentSecurityPolicy(TRUNK_HTML);
  const hashes = [...TRUNK_HTML.matchAll(INLINE_SCRIPT)].map(([, code]) => `'sha256-${sha256(code)}'`);
  assert.ok(csp.includes(`script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')};`));
  assert.throws(() => post.contentSecurityPolicy('<p>no script</p>'), /no inline script to allow/);
  const html = post.insertPolicy(TRUNK_HTML, csp);
  assert.ok(html.includes(`<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`));
  assert.throws(() => post.insertPolicy(TRUNK_HTML.replace('<meta charset="utf-8" />', '<meta charset="UTF-8">'), csp), /found it 0 times/);
  assert.throws(() => post.insertPolicy(doubled(TRUNK_HTML, '<meta charset="utf-8" />'), csp), /found it 2 times/);
});

test("the service worker's placeholders are filled, once each", () => {
  const sw = post.fillServiceWorker(SW_TEMPLATE, '0123456789abcdef', ['index.html', 'a$&.js']);
  assert.ok(sw.includes(`const VERSION = '0123456789abcdef';`));
  assert.ok(sw.includes('const FILES = ["index.html","a$&.js"];'));
  assert.ok(!sw.includes('__VERSION__') && !sw.includes('__FILES__'));
  assert.throws(() => post.fillServiceWorker(sw, 'v', []), /expected __VERSION__ once in sw\.js, found it 0 times/);
  assert.throws(() => post.fillServiceWorker(doubled(SW_TEMPLATE, '__FILES__'), 'v', []), /__FILES__ once in sw\.js, found it 2 times/);
});

test('a release build: the page names its files, allows its scripts, and sw.js lists them', async () => {
  const dir = await staging();
  try {
    const { files } = await post.postBuild(dir, { release: true });
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    assert.equal(await readFile(join(dir, '404.html'), 'utf8'), html);
    assert.ok(!html.includes('import init') && !/rel="(module)?preload"/.test(html) && !html.includes('<!--'));

    const start = /<script id="start" type="module" ([^>]*)>/.exec(html);
    const attributes = Object.fromEntries([...start[1].matchAll(/data-([\w-]+)="([^"]*)"/g)].map((m) => m.slice(1)));
    const parts = ['paint', 'paint-wasm', 'charts', 'app', 'app-wasm'];
    assert.deepEqual(Object.keys(attributes), parts.flatMap((p) => [`src-${p}`, `integrity-${p}`]));
    for (const part of parts.filter((p) => p !== 'charts')) {
      const bytes = await readFile(join(dir, attributes[`src-${part}`]));
      assert.equal(attributes[`integrity-${part}`], post.sha384(bytes), part);
    }
    assert.equal(attributes['src-charts'], `./${CHARTS}`);
    assert.equal(attributes['src-app-wasm'], `./${APP_WASM}`);
    assert.notEqual(attributes['src-app'], `./${APP_JS}`, 'the glue is renamed once minified');

    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html)[1];
    const served = [...html.matchAll(INLINE_SCRIPT)].map(([, code]) => `'sha256-${sha256(code)}'`);
    assert.ok(csp.includes(`'wasm-unsafe-eval' ${served.join(' ')};`));

    const sw = await readFile(join(dir, 'sw.js'), 'utf8');
    assert.deepEqual(JSON.parse(/const FILES = (.*);/.exec(sw)[1]), files);
    assert.deepEqual(files, (await post.precachedFiles(dir)).sort());
    assert.ok(files.includes('404.html') && files.includes('icons/icon-192.png') && !files.includes('sw.js'));
    assert.ok(!files.includes('first-paint.js') && !files.includes(APP_JS) && !files.includes(CSS));
    assert.match(sw, /const VERSION = '[0-9a-f]{16}';/);
  } finally {
    await rm(dir, { recursive: true });
  }
});

test('a debug build keeps the glue, stylesheet and comments readable', async () => {
  const dir = await staging();
  try {
    await post.postBuild(dir, { release: false });
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes(`data-src-app="./${APP_JS}"`) && html.includes(`href="./${CSS}"`));
    assert.ok(html.includes('<!--'));
    assert.equal(await readFile(join(dir, CSS), 'utf8'), 'body {\n  color: red;\n}\n');
  } finally {
    await rm(dir, { recursive: true });
  }
});
