// @ts-check
// The kiosk's service worker (scope /kiosk/): every GET goes to the network first and the answer is
// kept; when the network is down, the kept answer is served. So a kiosk that has loaded once reloads
// and plays its routines offline. Writes (session logs) are not its business: the page's outbox
// keeps them until they can be sent.

const CACHE = 'mr-kiosk-v1';
const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

worker.addEventListener('install', () => worker.skipWaiting());
worker.addEventListener('activate', event => event.waitUntil(worker.clients.claim()));

worker.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== worker.location.origin || url.pathname === '/api/antiforgery') return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    } catch (error) {
      const kept = await cache.match(request, { ignoreVary: true });
      if (kept) return kept;
      throw error;
    }
  })());
});
