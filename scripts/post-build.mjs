// Trunk post-build hook: writes sw.js with the list of the build's (hashed) files, and adds a
// Content Security Policy to index.html that allows only this origin plus the hash of Trunk's
// inline loader script.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
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
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
await writeFile(indexPath, html);

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
