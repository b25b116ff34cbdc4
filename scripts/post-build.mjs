// Trunk post-build hook: minifies a release build's JS glue and stylesheet, writes sw.js with
// the list of the build's (hashed) files, adds a Content Security Policy to index.html that
// allows only this origin plus the hashes of its inline scripts (Trunk's loader, and ours:
// the message when a file fails to load, the app's folder from a deep link, the install offer,
// the first-visit frame), moves the wasm's
// preload links to the top of <head>, and copies index.html to 404.html, the
// page static hosts such as GitHub Pages serve for any address they don't have (a deep link).
import { createHash } from 'node:crypto';
import { transform } from 'esbuild';
import { minify as terser } from 'terser';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
// A release build's wasm-bindgen JS glue and stylesheet come unminified from Trunk (11.2 and 6.4
// KB gzip; 8.7 and 4.7 minified, docs/performance.md). Minified here with the pinned terser and
// esbuild, renamed by the hash of what is served (so a cached copy of other bytes under the same
// name can't fail its integrity check), with their integrity in index.html to match. A debug
// build (`trunk serve`) keeps them readable.
async function minifyInPlace(link, what, minifier) {
  const found = html.match(link);
  if (!found) throw new Error(`post-build: the link to the ${what} was not found in index.html`);
  const [, name, integrity] = found;
  const code = await minifier(await readFile(join(dir, name), 'utf8'));
  const hashed = name.replace(/-[0-9a-f]{16}(\.\w+)$/, `-${createHash('sha256').update(code).digest('hex').slice(0, 16)}$1`);
  if (hashed === name) throw new Error(`post-build: ${name} has no content hash to replace`);
  await writeFile(join(dir, hashed), code);
  await rm(join(dir, name));
  html = html.split(name).join(hashed);
  html = html.replace(integrity, `sha384-${createHash('sha384').update(code).digest('base64')}`);
}
if (process.env.TRUNK_PROFILE === 'release') {
  await minifyInPlace(/<link rel="modulepreload" href="\.\/([^"]+\.js)"[^>]*integrity="([^"]+)"/, 'JS glue', async (code) =>
    (await terser(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true })).code);
  await minifyInPlace(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*integrity="([^"]+)"/, 'stylesheet', async (code) =>
    (await transform(code, { loader: 'css', minify: true })).code);
}

// The policy hashes the inline scripts as they are served: after the renaming above, which
// changes Trunk's loader.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
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
// Trunk puts the wasm's preload links at the end of <head>, behind the parser-blocking ECharts
// script, so the wasm would only be fetched once ECharts has run. At the top, both download
// (and the wasm compiles) while ECharts is parsed.
const preloads = html.match(/<link rel="modulepreload"[^>]*>\s*<link rel="preload"[^>]*>/);
if (!preloads) throw new Error("post-build: Trunk's preload links for the wasm were not found");
html = html.replace(preloads[0], '');
html = html.replace(
  '<meta charset="utf-8" />',
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
);
// After the script that sets <base> for deep links, so the preloads resolve against it.
const folderScript = html.indexOf('</script>', html.indexOf('<script id="app-folder">'));
if (folderScript < 0) throw new Error('post-build: the app-folder script was not found in index.html');
const at = folderScript + '</script>'.length;
html = `${html.slice(0, at)}\n    ${preloads[0]}${html.slice(at)}`;
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
