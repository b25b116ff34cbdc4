// Trunk post-build hook: replaces Trunk's loader with index.html's start script (handing it
// the built files' names: the first paint, ECharts, the app), minifies a release build's JS
// glue and stylesheet, writes sw.js with the list of the build's (hashed) files, adds a
// Content Security Policy to index.html that allows only this origin plus the hashes of its
// inline scripts, and copies index.html to 404.html, the page static hosts such as GitHub
// Pages serve for any address they don't have (a deep link).
import { createHash } from 'node:crypto';
import { transform } from 'esbuild';
import { minify as terser } from 'terser';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

// An inline script (no src): its opening tag, attributes, code and closing tag.
const INLINE_SCRIPT = /(<script(?![^>]*\bsrc=)([^>]*)>)([\s\S]*?)(<\/script>)/g;

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const take = (pattern, what) => {
  const found = html.match(pattern);
  if (!found) throw new Error(`post-build: ${what} was not found in index.html`);
  html = html.replace(found[0], '');
  return found;
};

// Trunk's loader for the app and its preloads at the end of <head> go: index.html's start
// script loads the first paint, ECharts and the app in the order a phone needs
// (docs/performance.md), so nothing is fetched early to compete with the first chart.
const [, appJs] = take(/<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';[\s\S]*?<\/script>\s*/, "Trunk's loader for the app");
take(/<link rel="modulepreload" href="\.\/[^"]+\.js"[^>]*>\s*/, "Trunk's preload of the app's JS");
const [, appWasm] = take(/<link rel="preload" href="\.\/([^"]+_bg\.wasm)"[^>]*>\s*/, "Trunk's preload of the app's wasm");
const [, charts, chartsIntegrity] = take(/<script src="\.\/(echarts\.min-[0-9a-f]{16}\.js)" async integrity="([^"]+)"><\/script>\s*/, 'the ECharts script');
// The first paint is built as a "worker" asset: built, not linked, and not named by its
// hash; named here like Trunk's files (the service worker recognises a version's files so).
const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
async function hashName(name, as) {
  const bytes = await readFile(join(dir, name)).catch(() => {
    throw new Error(`post-build: the first paint's ${name} was not built`);
  });
  const hashed = as(contentHash(bytes));
  await writeFile(join(dir, hashed), bytes);
  await rm(join(dir, name));
  return hashed;
}
const paintJs = await hashName('first-paint.js', (hash) => `first-paint-${hash}.js`);
const paintWasm = await hashName('first-paint_bg.wasm', (hash) => `first-paint-${hash}_bg.wasm`);

// A release build's wasm-bindgen JS glue and stylesheet come unminified from Trunk (11.2 and 6.4
// KB gzip; 8.7 and 4.7 minified, docs/performance.md). Minified here with the pinned terser and
// esbuild, renamed by the hash of what is served (so a cached copy of other bytes under the same
// name can't fail its integrity check). A debug build (`trunk serve`) keeps them readable.
async function minified(name, minifier) {
  if (process.env.TRUNK_PROFILE !== 'release') return name;
  const code = await minifier(await readFile(join(dir, name), 'utf8'));
  const hashed = name.replace(/-[0-9a-f]{16}(\.\w+)$/, `-${contentHash(code)}$1`);
  if (hashed === name) throw new Error(`post-build: ${name} has no content hash to replace`);
  await writeFile(join(dir, hashed), code);
  await rm(join(dir, name));
  return hashed;
}
const js = async (code) => (await terser(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
const css = html.match(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*integrity="([^"]+)"/);
if (!css) throw new Error('post-build: the link to the stylesheet was not found in index.html');
const cssServed = await minified(css[1], async (code) => (await transform(code, { loader: 'css', minify: true })).code);
html = html.split(css[1]).join(cssServed).replace(css[2], sha384(await readFile(join(dir, cssServed))));

const paintServed = await minified(paintJs, js);
const appServed = await minified(appJs, js);
const startFiles = {
  'src-paint': `./${paintServed}`,
  'integrity-paint': sha384(await readFile(join(dir, paintServed))),
  'src-paint-wasm': `./${paintWasm}`,
  'integrity-paint-wasm': sha384(await readFile(join(dir, paintWasm))),
  'src-charts': `./${charts}`,
  'integrity-charts': chartsIntegrity,
  'src-app': `./${appServed}`,
  'integrity-app': sha384(await readFile(join(dir, appServed))),
  'src-app-wasm': `./${appWasm}`,
  'integrity-app-wasm': sha384(await readFile(join(dir, appWasm))),
};
const start = '<script id="start" type="module">';
if (!html.includes(start)) throw new Error('post-build: the start script was not found in index.html');
html = html.replace(start, `<script id="start" type="module" ${Object.entries(startFiles).map(([k, v]) => `data-${k}="${v}"`).join(' ')}>`);

// The page itself is on the first chart's path: its inline scripts are minified and its
// comments (written for whoever reads index.html) left out of a release build.
if (process.env.TRUNK_PROFILE === 'release') {
  for (const [whole, open, attributes, code, close] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue; // not JavaScript
    const small = (await terser(code, { module: type === 'module', ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
    // A function, so `$` in the code is not read as a replacement pattern.
    html = html.replace(whole, () => `${open}${small}${close}`);
  }
  // Comments outside scripts and templates (whose text is theirs).
  html = html.replace(/(<(script|template)\b[\s\S]*?<\/\2>)|<!--[\s\S]*?-->\s*/g, (kept) => (kept.startsWith('<!--') ? '' : kept));
}

// The policy hashes the inline scripts as they are served: after the renaming above, which
// changes Trunk's loader.
const inline = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[3]);
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  // ECharts and Leptos set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
html = html.replace(
  '<meta charset="utf-8" />',
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
);
await writeFile(indexPath, html);
await writeFile(join(dir, '404.html'), html);

async function list(folder) {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? list(join(folder, e.name)) : [join(folder, e.name)])),
  );
  return files.flat();
}
const files = (await list(dir))
  .map((f) => relative(dir, f).split('\\').join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(await readFile(join(dir, f)));
const template = await readFile(join(dir, 'sw.js'), 'utf8');
await writeFile(
  join(dir, 'sw.js'),
  template.replace('__VERSION__', version.digest('hex').slice(0, 16)).replace('__FILES__', JSON.stringify(files)),
);
console.log(`post-build: CSP added, ${files.length} files precached`);
