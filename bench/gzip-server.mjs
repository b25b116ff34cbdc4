// The release build served as its real host (GitHub Pages) serves it: compressed with gzip,
// with the right MIME types (application/wasm, so the wasm compiles while it streams), cached
// for ten minutes with an ETag to revalidate, and 404.html (a copy of index.html) for any
// address that is not a file, which is how the app's deep links work without rewrite rules.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

// The same types as the e2e harness's server (tests/e2e/harness.mjs), plus which are compressed.
const TYPES = {
  '.html': ['text/html; charset=utf-8', true],
  '.js': ['text/javascript', true],
  '.mjs': ['text/javascript', true],
  '.css': ['text/css', true],
  '.wasm': ['application/wasm', true],
  '.json': ['application/json', true],
  '.webmanifest': ['application/manifest+json', true],
  '.svg': ['image/svg+xml', true],
  '.png': ['image/png', false],
};

/** Serves `dir` at the root of a free loopback port; `origin` and `url` say where. */
export async function serveGzip(dir) {
  // Compressed once per file: gzip -9 of the 1 MB wasm costs more than a request should.
  const bodies = new Map();
  const body = async (file) => {
    if (!bodies.has(file)) {
      const raw = await readFile(file);
      const [type, compress] = TYPES[extname(file)] ?? ['application/octet-stream', false];
      const data = compress ? gzipSync(raw, { level: 9 }) : raw;
      bodies.set(file, { type, compress, data, etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"` });
    }
    return bodies.get(file);
  };
  const send = (req, res, status, { type, compress, data, etag }) => {
    const headers = { 'content-type': type, 'cache-control': 'max-age=600', etag, vary: 'Accept-Encoding' };
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end();
    if (compress) headers['content-encoding'] = 'gzip';
    res.writeHead(status, headers).end(data);
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      send(req, res, 200, await body(file));
    } catch {
      if (extname(path)) return res.writeHead(404).end('not found');
      send(req, res, 404, await body(join(dir, '404.html')));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + '/', close: () => new Promise((r) => server.close(r)) };
}
