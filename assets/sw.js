// SSI Lens service worker: precaches every file of the build so the app opens offline.
// scripts/post-build.mjs fills in the file list and version after each Trunk build.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `ssi-lens-${VERSION}`;
// Paths are relative to this script, so the app works from any folder of a static host.
const SCOPE = new URL('./', self.location).href;
// Trunk's and post-build's names for a file of one build: a hash of its content before the
// extension (main-0123456789abcdef.css, ssi-lens-0123456789abcdef_bg.wasm; Trunk drops leading
// zeros: 12 to 16 digits, never an icon's size such as icon-192.png).
const HASHED = /-[0-9a-f]{12,16}(?:_bg)?\.\w+$/;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

/**
 * Stores this version's files, all or none. Each is fetched past the browser's HTTP cache: a
 * host such as GitHub Pages lets the browser keep index.html for 10 minutes, and the previous
 * version's page stored beside this version's files would ask for files that neither this
 * cache nor the host has, once the browser's copy of them expires. A page that still names
 * other files (a host or proxy serving a stale copy) fails the install: the version in use
 * keeps serving, and the next update check tries again.
 */
async function precache() {
  const fetched = await Promise.all(
    FILES.map(async (file) => {
      const response = await fetch(new Request(SCOPE + file, { cache: 'reload' }));
      if (!response.ok) throw new Error(`SSI Lens update: ${file} answered ${response.status}`);
      return [file, response];
    }),
  );
  const page = await fetched.find(([file]) => file === 'index.html')[1].clone().text();
  const mismatch = pageMismatch(page);
  if (mismatch) throw new Error(`SSI Lens update: index.html is from another version (${mismatch}); not installed`);
  const cache = await caches.open(CACHE);
  await Promise.all(fetched.map(([file, response]) => cache.put(SCOPE + file, response)));
}

/**
 * How `page` (an index.html) disagrees with this version's files, or null when it names (in
 * its src and href attributes and the start script's data-src-*, relative to the app's folder) only files of this version and
 * every file of this build that carries a content hash.
 */
function pageMismatch(page) {
  const named = new Set(
    [...page.matchAll(/\s(?:src|href|data-src-[\w-]+)="([^"]+)"/g)]
      .map(([, ref]) => new URL(ref, SCOPE))
      .filter((url) => url.origin === self.location.origin && url.href.startsWith(SCOPE))
      .map((url) => url.pathname.slice(new URL(SCOPE).pathname.length)),
  );
  const unknown = [...named].filter((file) => !FILES.includes(file));
  const unnamed = FILES.filter((file) => HASHED.test(file) && !named.has(file));
  if (unknown.length === 0 && unnamed.length === 0) return null;
  return [unknown.length ? `names ${unknown.join(', ')}` : '', unnamed.length ? `lacks ${unnamed.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ssi-lens-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over when the user clicks "Reload".
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// A page shared to the installed app (the manifest's share_target) arrives as a POST to this
// address. The worker answers it itself, so the shared text never reaches the host: it waits in
// the inbox (a cache of its own, which an update's clean-up leaves alone) until the app, opened
// at the fragment below (src/domain/capture.rs SHARED_FRAGMENT), reads and deletes it.
const SHARE_ACTION = SCOPE + 'share-target';
const INBOX = 'shared-page-inbox';
const INBOX_ENTRY = SCOPE + 'shared-page';

async function receiveShare(request) {
  let text = '';
  try {
    const form = await request.formData();
    // Browsers differ in where a selection goes (text, or title); a page's address may come too.
    text = ['title', 'text', 'url']
      .map((name) => form.get(name))
      .filter((value) => typeof value === 'string' && value.trim() !== '')
      .join('\n');
  } catch {
    // Unreadable form data: the app says nothing came with the share.
  }
  const inbox = await caches.open(INBOX);
  await inbox.put(INBOX_ENTRY, new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8' } }));
  return Response.redirect(SCOPE + '#capture=shared', 303);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method === 'POST' && request.url.split(/[?#]/)[0] === SHARE_ACTION) {
    event.respondWith(receiveShare(request));
    return;
  }
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  // Pages are the cached index.html: this version keeps running until the user updates.
  const key = request.mode === 'navigate' ? SCOPE + 'index.html' : request.url;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key, { ignoreSearch: true }).then((hit) => hit ?? fetch(request))),
  );
});
