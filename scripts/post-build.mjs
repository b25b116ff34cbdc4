// Trunk post-build hook: replaces Trunk's loader with index.html's start script (handing it
// the built files' names: the first paint, ECharts, the app), minifies a release build's JS
// glue and stylesheet, writes sw.js with the list of the build's (hashed) files, adds a
// Content Security Policy to index.html that allows only this origin plus the hashes of its
// inline scripts, and copies index.html to 404.html, the page static hosts such as GitHub
// Pages serve for any address they don't have (a deep link).
//
// Each step is a function that throws when Trunk's output lacks what it expects (or holds it
// more than once), so a change in Trunk or index.html fails the build rather than shipping a
// page without its policy or a service worker without its list. tests/post-build/ runs them
// on a saved sample of Trunk's output (tests/fixtures/trunk-output/).
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { minify as terser } from 'terser';

// An inline script (no src): its opening tag, attributes, code and closing tag.
const INLINE_SCRIPT = /(<script(?![^>]*\bsrc=)([^>]*)>)([\s\S]*?)(<\/script>)/g;
// The tag the policy goes after, as index.html spells it.
const CHARSET = '<meta charset="utf-8" />';
const START = '<script id="start" type="module">';

const fail = (message) => {
  throw new Error(`post-build: ${message}`);
};

export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
// Our name for a file of one build: 16 hex digits of its content's hash (Trunk's own names drop
// leading zeros: 1 to 16 digits).
export const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The matches of `pattern` (any flags) in `text`. */
const matches = (text, pattern) => [...text.matchAll(new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g'))];

/** How often `part` occurs in `text`. */
const occurrences = (text, part) => text.split(part).length - 1;

/** `text` with `part`, which must occur exactly once, replaced by `by`. */
export function replaceOnce(text, part, by, what) {
  const count = occurrences(text, part);
  if (count !== 1) fail(`expected ${what} once in index.html, found it ${count} times`);
  // A function, so `$` in `by` is not read as a replacement pattern.
  return text.replace(part, () => by);
}

/** `html` without the one match of `pattern`, and the match (its groups). */
export function takeOnce(html, pattern, what) {
  const found = matches(html, pattern);
  if (found.length !== 1) fail(`expected ${what} once in index.html, found it ${found.length} times`);
  const [match] = found;
  return { html: html.slice(0, match.index) + html.slice(match.index + match[0].length), match };
}

/**
 * Trunk's loader for the app goes: index.html's start script loads the first paint, ECharts
 * and the app in the order a phone needs (docs/performance.md). Returns the app's JS glue.
 */
export function removeTrunkLoader(html) {
  const loader = /<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';[\s\S]*?<\/script>\s*/;
  const { html: rest, match } = takeOnce(html, loader, "Trunk's loader for the app");
  return { html: rest, appJs: match[1] };
}

/**
 * Trunk's preloads of the app at the end of <head> go too, so nothing is fetched early to
 * compete with the first chart. Returns the app's wasm.
 */
export function removeTrunkPreloads(html) {
  const js = takeOnce(html, /<link rel="modulepreload" href="\.\/[^"]+\.js"[^>]*>\s*/, "Trunk's preload of the app's JS");
  const wasm = takeOnce(js.html, /<link rel="preload" href="\.\/([^"]+_bg\.wasm)"[^>]*>\s*/, "Trunk's preload of the app's wasm");
  return { html: wasm.html, appWasm: wasm.match[1] };
}

/** ECharts' tag goes: the start script loads it when a chart is about to be drawn. */
export function removeChartsScript(html) {
  const tag = /<script src="\.\/(echarts\.min-[0-9a-f]{1,16}\.js)" async integrity="([^"]+)"><\/script>\s*/;
  const { html: rest, match } = takeOnce(html, tag, 'the ECharts script');
  return { html: rest, charts: match[1], chartsIntegrity: match[2] };
}

/** `name` (Trunk's hashed name) with the hash of `bytes` in place of its own. */
export function rehashedName(name, bytes) {
  const pattern = /-[0-9a-f]{1,16}(\.\w+)$/;
  if (!pattern.test(name)) fail(`${name} has no content hash to replace`);
  return name.replace(pattern, `-${contentHash(bytes)}$1`);
}

/** Writes `bytes` to `dir` as `to` in place of `from`. */
async function rename(dir, from, to, bytes) {
  await writeFile(join(dir, to), bytes);
  if (to !== from) await rm(join(dir, from));
}

/**
 * The first paint is built as a "worker" asset: built, not linked, and not named by its hash;
 * named here like Trunk's files (the service worker recognises a version's files so).
 */
export async function hashFirstPaint(dir) {
  const named = async (name, as) => {
    const bytes = await readFile(join(dir, name)).catch(() => fail(`the first paint's ${name} was not built`));
    const hashed = as(contentHash(bytes));
    await rename(dir, name, hashed, bytes);
    return hashed;
  };
  return {
    paintJs: await named('first-paint.js', (hash) => `first-paint-${hash}.js`),
    paintWasm: await named('first-paint_bg.wasm', (hash) => `first-paint-${hash}_bg.wasm`),
  };
}

// A release build's wasm-bindgen JS glue and stylesheet come unminified from Trunk (11.2 and 6.4
// KB gzip; 8.7 and 4.7 minified, docs/performance.md): minified with the pinned terser and esbuild.
export const minifyJs = async (code, module = true) =>
  (await terser(code, { module, ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
export const minifyCss = async (code) => (await transform(code, { loader: 'css', minify: true })).code;

/**
 * Replaces `name` in `dir` by its minified copy, renamed by the hash of what is served (so a
 * cached copy of other bytes under the same name can't fail its integrity check).
 */
export async function minifyFile(dir, name, minifier) {
  const code = await minifier(await readFile(join(dir, name), 'utf8'));
  const hashed = rehashedName(name, code);
  await rename(dir, name, hashed, code);
  return hashed;
}

/** The stylesheet Trunk links: its name and integrity. */
export function stylesheet(html) {
  const found = matches(html, /<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*integrity="([^"]+)"/);
  if (found.length !== 1) fail(`expected one link to the stylesheet in index.html, found ${found.length}`);
  return { href: found[0][1], integrity: found[0][2] };
}

/** `html` linking the stylesheet `served` (`integrity`) in place of `css` (stylesheet's). */
export function relinkStylesheet(html, css, served, integrity) {
  const renamed = replaceOnce(html, css.href, served, "the stylesheet's name");
  return replaceOnce(renamed, css.integrity, integrity, "the stylesheet's integrity");
}

/**
 * The start script's data-src-* and data-integrity-* attributes, from `files`: for each part
 * (paint, paint-wasm, charts, app, app-wasm) its name and integrity.
 */
export function nameStartFiles(html, files) {
  const attributes = Object.entries(files)
    .flatMap(([part, { src, integrity }]) => [`data-src-${part}="./${src}"`, `data-integrity-${part}="${integrity}"`])
    .join(' ');
  return replaceOnce(html, START, `<script id="start" type="module" ${attributes}>`, 'the start script');
}

/** `html` with its inline JavaScript minified (the page itself is on the first chart's path). */
export async function minifyInlineScripts(html) {
  const scripts = [...html.matchAll(INLINE_SCRIPT)];
  if (scripts.length === 0) fail('index.html has no inline script to minify');
  for (const [whole, open, attributes, code, close] of scripts) {
    const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue; // not JavaScript
    const small = await minifyJs(code, type === 'module');
    html = html.replace(whole, () => `${open}${small}${close}`);
  }
  return html;
}

/** `html` without its comments (written for whoever reads index.html) outside scripts and templates. */
export function stripComments(html) {
  // Scripts and templates are matched first and kept whole: their text is theirs.
  const kept = /(<(script|template)\b[\s\S]*?<\/\2>)|<!--[\s\S]*?-->\s*/g;
  const stripped = html.replace(kept, (part) => (part.startsWith('<!--') ? '' : part));
  // An unclosed comment would hide the rest of the page.
  if (stripped.replace(kept, '').includes('<!--')) fail('index.html has an unclosed comment');
  return stripped;
}

/** The policy: this origin, plus the hashes of `html`'s inline scripts as they are served. */
export function contentSecurityPolicy(html) {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    ([, , , code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
  if (hashes.length === 0) fail('index.html has no inline script to allow');
  return [
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
}

/** `html` with `csp` in a meta tag after its charset, before any script it governs. */
export function insertPolicy(html, csp) {
  return replaceOnce(html, CHARSET, `${CHARSET}\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`, CHARSET);
}

/** The files under `dir` the service worker precaches (all but itself), sorted, `/`-separated. */
export async function precachedFiles(dir) {
  const list = async (folder) => {
    const entries = await readdir(folder, { withFileTypes: true });
    const files = await Promise.all(entries.map((e) => (e.isDirectory() ? list(join(folder, e.name)) : [join(folder, e.name)])));
    return files.flat();
  };
  return (await list(dir))
    .map((f) => relative(dir, f).split('\\').join('/'))
    .filter((f) => f !== 'sw.js')
    .sort();
}

/** The build's version: a hash of `files`' names and contents under `dir`. */
export async function buildVersion(dir, files) {
  const version = createHash('sha256');
  for (const f of files) version.update(f).update(await readFile(join(dir, f)));
  return version.digest('hex').slice(0, 16);
}

/** The service worker `template` (assets/sw.js) with its placeholders filled. */
export function fillServiceWorker(template, version, files) {
  const once = (text, placeholder, by) => {
    const count = occurrences(text, placeholder);
    if (count !== 1) fail(`expected ${placeholder} once in sw.js, found it ${count} times`);
    return text.replace(placeholder, () => by);
  };
  return once(once(template, '__VERSION__', version), '__FILES__', JSON.stringify(files));
}

/** Turns Trunk's output in `dir` into what is served; `release` minifies. */
export async function postBuild(dir, { release }) {
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  let appJs, appWasm, charts, chartsIntegrity;
  ({ html, appJs } = removeTrunkLoader(html));
  ({ html, appWasm } = removeTrunkPreloads(html));
  ({ html, charts, chartsIntegrity } = removeChartsScript(html));
  const { paintJs, paintWasm } = await hashFirstPaint(dir);

  // A debug build (`trunk serve`) keeps the glue and stylesheet readable.
  const served = (name, minifier) => (release ? minifyFile(dir, name, minifier) : name);
  const css = stylesheet(html);
  const cssServed = await served(css.href, minifyCss);
  html = relinkStylesheet(html, css, cssServed, sha384(await readFile(join(dir, cssServed))));
  const paintServed = await served(paintJs, minifyJs);
  const appServed = await served(appJs, minifyJs);

  const file = async (src) => ({ src, integrity: sha384(await readFile(join(dir, src))) });
  html = nameStartFiles(html, {
    paint: await file(paintServed),
    'paint-wasm': await file(paintWasm),
    charts: { src: charts, integrity: chartsIntegrity },
    app: await file(appServed),
    'app-wasm': await file(appWasm),
  });
  if (release) html = stripComments(await minifyInlineScripts(html));
  // Hashed as served: after the edits above.
  html = insertPolicy(html, contentSecurityPolicy(html));
  await writeFile(indexPath, html);
  await writeFile(join(dir, '404.html'), html);

  await writeLanguageWords(dir, html);

  const files = await precachedFiles(dir);
  const template = await readFile(join(dir, 'sw.js'), 'utf8');
  await writeFile(join(dir, 'sw.js'), fillServiceWorker(template, await buildVersion(dir, files), files));
  return { files };
}

/** The catalog's languages besides English, whose words the loading frame fetches. */
const LOCALES = new URL('../locales/', import.meta.url);

/**
 * The loading frame's words in each language but English (whose words are the markup):
 * `words/<tag>.js`, which index.html's words loader fetches for that language only, so a page
 * carries one language's words, not five. Made from the catalog at each build, for exactly
 * the keys index.html marks with `data-words`: they can't drift from it.
 */
export async function writeLanguageWords(dir, html) {
  const keys = [...new Set([...html.matchAll(/data-words="([a-z0-9_.]+)"/g)].map((m) => m[1]))].sort();
  await mkdir(join(dir, 'words'), { recursive: true });
  for (const tag of (await readdir(LOCALES)).filter((t) => t !== 'en')) {
    const messages = {};
    for (const file of await readdir(new URL(`${tag}/`, LOCALES))) {
      Object.assign(messages, JSON.parse(await readFile(new URL(`${tag}/${file}`, LOCALES), 'utf8')));
    }
    const missing = keys.filter((k) => typeof messages[k] !== 'string');
    if (missing.length) fail(`locales/${tag} lacks the loading frame's ${missing.join(', ')}`);
    const words = Object.fromEntries(keys.map((k) => [k, messages[k]]));
    await writeFile(join(dir, 'words', `${tag}.js`), `window.ssiBootWords?.(${JSON.stringify(words)});\n`);
  }
}

// Run by Trunk (`node scripts/post-build.mjs`); imported by the tests without running.
const script = process.argv[1] && realpathSync(process.argv[1]);
if (script === realpathSync(fileURLToPath(import.meta.url))) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) fail('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
  const { files } = await postBuild(dir, { release: process.env.TRUNK_PROFILE === 'release' });
  console.log(`post-build: CSP added, ${files.length} files precached`);
}
