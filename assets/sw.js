// SSI Lens service worker: precaches every file of the build so the app opens offline.
// scripts/post-build.mjs fills in the file list and version after each Trunk build.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `ssi-lens-${VERSION}`;
// Paths are relative to this script, so the app works from any folder of a static host.
const SCOPE = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => SCOPE + f))));
});

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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  // Pages are the cached index.html: this version keeps running until the user updates.
  const key = request.mode === 'navigate' ? SCOPE + 'index.html' : request.url;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key, { ignoreSearch: true }).then((hit) => hit ?? fetch(request))),
  );
});
