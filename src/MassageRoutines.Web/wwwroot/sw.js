// @ts-check
// The runner's service worker (scope /). Two jobs:
//
// 1. Offline play. After one visit to any page it keeps what playing every routine takes: the list
//    of it comes from GET /api/offline/manifest (the library's published routines and those the
//    runner's groups plan: each one's page, player and timelines, and its moves' pictures); the style
//    sheets and modules those pages load are found in them. Everything is kept in one cache per
//    manifest version, filled completely (fetched again if the version moved meanwhile) before it
//    is used, and the older cache is deleted then. A page is kept as an anonymous visitor gets it
//    (fetched without cookies), so it names no one; when another person signs in or out, what was
//    kept is dropped at once all the same, with the routines their groups plan. Pages and answers
//    come from the network while there is one; with none, from the kept cache, and a page that came
//    from the cache gets everything else it asks for from that same cache: never a mix of versions.
//    Logs are not its business: the page's outbox keeps them until they can be sent.
// 2. Movement-break reminders the server pushes while the app is closed; a click on one opens the
//    break routine, or the site's root for any address that is not on this site.
//
// The kiosk has its own worker (kiosk/sw.js, scope /kiosk/); the names here differ from its globals
// because the type checker reads both workers as one program. It writes no words: a pushed reminder
// carries its own, and the pages keep the title to fall back on in a cache of their own
// (js/runner-worker.js). Every page registers the worker at the one address, /sw.js.

/** @typedef {{ version: string, person: string, language: string, urls: string[] }} OfflineManifest  GET /api/offline/manifest */

const runnerWorker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
// One reminder at a time: a newer one replaces the last, and the page's own uses the same tag.
const REMINDER_TAG = 'movement-break';
// The reminder's title in the language of the last page that had the reminders' words (js/runner-worker.js).
const WORDS_CACHE = 'mr-words';
const REMINDER_TITLE_KEY = '/offline/reminder-title';

const OFFLINE_MANIFEST = '/api/offline/manifest';
const HELD_PREFIX = 'mr-runner-';
// Written last into a filled cache: a cache without it is a fill cut short, never served.
const FILLED_MARK = '/offline/filled';
const FILL_AT_ONCE = 6;

runnerWorker.addEventListener('install', () => runnerWorker.skipWaiting());
runnerWorker.addEventListener('activate', event => event.waitUntil(
  runnerWorker.clients.claim().then(() => refreshHeld().catch(() => {}))));

/**
 * The key an answer is kept under: the address with its query's empty keys left out and the rest in
 * order, so the player's `?&intensity=gentle` and the manifest's `?intensity=gentle` are one.
 * @param {string} address
 * @returns {string}
 */
function heldKey(address) {
  const url = new URL(address);
  /** @type {string[][]} */
  const query = [];
  url.searchParams.forEach((value, name) => { if (value !== '') query.push([name, value]); });
  query.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${url.origin}${url.pathname}${query.length ? `?${new URLSearchParams(query)}` : ''}`;
}

/**
 * Whether a request may be one the worker keeps: a page of the library or the player, a timeline, a
 * move's pictures, a style sheet, a module or an icon. Anything else goes to the network untouched.
 * @param {URL} url
 */
function mayBeHeld(url) {
  return url.origin === runnerWorker.location.origin && (
    /^\/(routines(\/[^/]+)?|play\/[^/]+)?$/.test(url.pathname)
    || /^\/api\/routines\/[^/]+\/timeline$/.test(url.pathname)
    || /^\/api\/moves\/[^/]+\/pictures$/.test(url.pathname)
    || /^\/(css|js|icons)\/[^/]+$/.test(url.pathname)
    || ['/favicon.svg', '/manifest.webmanifest'].includes(url.pathname));
}

/**
 * The same-origin style sheets, scripts and icons a page loads, as absolute addresses.
 * @param {string} html
 * @param {string} pageAddress
 * @returns {string[]}
 */
function assetsOfPage(html, pageAddress) {
  const found = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g)].map(match => match[1].replace(/&amp;/g, '&'));
  return sameOriginHeld(found, pageAddress);
}

/**
 * The modules a module imports (static imports only), as absolute addresses.
 * @param {string} source
 * @param {string} moduleAddress
 * @returns {string[]}
 */
function importsOfModule(source, moduleAddress) {
  return sameOriginHeld([...source.matchAll(/^\s*(?:import|export)\b[^'"`;]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'/gm)]
    .map(match => match[1] ?? match[2]), moduleAddress);
}

/** @param {string[]} addresses @param {string} base */
function sameOriginHeld(addresses, base) {
  return [...new Set(addresses.map(address => new URL(address, base)).filter(mayBeHeld).map(url => url.href))];
}

/** @returns {Promise<{ name: string, version: string, person: string } | null>} */
async function currentHeld() {
  /** @type {{ name: string, version: string, person: string, filledAt: number } | null} */
  let best = null;
  for (const name of await caches.keys()) {
    if (!name.startsWith(HELD_PREFIX)) continue;
    const mark = await (await caches.open(name)).match(FILLED_MARK);
    if (!mark) continue;
    const filled = await mark.json();
    if (!best || filled.filledAt > best.filledAt) best = { name, ...filled };
  }
  return best;
}

/** @returns {Promise<OfflineManifest | null>} */
async function fetchManifest() {
  const response = await fetch(OFFLINE_MANIFEST, { credentials: 'same-origin', cache: 'no-store' });
  return response.ok ? response.json() : null;
}

/**
 * Fetches every listed address and what its pages and modules load, as an anonymous visitor, into
 * the cache; fails as a whole when any one fails. Without cookies nothing tells the server the
 * runner's language but the header, so the manifest's language is asked for.
 * @param {Cache} cache
 * @param {string[]} addresses
 * @param {string} language
 */
async function fillHeld(cache, addresses, language) {
  const origin = runnerWorker.location.origin;
  const queue = addresses.map(address => new URL(address, origin).href);
  const seen = new Set(queue.map(heldKey));
  while (queue.length > 0) {
    await Promise.all(queue.splice(0, FILL_AT_ONCE).map(async address => {
      const response = await fetch(address, { credentials: 'omit', cache: 'no-cache', headers: { 'Accept-Language': language } });
      if (!response.ok || response.redirected) throw new Error(`${address}: ${response.status}`);
      const type = response.headers.get('content-type') ?? '';
      const loads = type.includes('text/html') ? assetsOfPage(await response.clone().text(), address)
        : type.includes('javascript') ? importsOfModule(await response.clone().text(), address) : [];
      for (const more of loads) {
        if (!seen.has(heldKey(more))) {
          seen.add(heldKey(more));
          queue.push(more);
        }
      }
      await cache.put(heldKey(address), response);
    }));
  }
}

/** @type {Promise<void> | null} */
let refreshing = null;
/** The cache each page that came from the cache was served from, by client id. @type {Map<string, string>} */
const pinned = new Map();

/** Brings the kept cache to the manifest's version, if the server can be reached. */
function refreshHeld() {
  refreshing ??= (async () => {
    const manifest = await fetchManifest();
    if (!manifest) return;
    const current = await currentHeld();
    if (current?.version === manifest.version) return;
    if (current && current.person !== manifest.person) {
      // Someone else now: nothing kept for the last person stays, not even for a page still open.
      await dropHeld(() => true);
      pinned.clear();
    }
    const name = HELD_PREFIX + manifest.version;
    await caches.delete(name);
    const cache = await caches.open(name);
    try {
      await fillHeld(cache, manifest.urls, manifest.language);
      // The library changed while filling: some answers may be of the next version. Start again on the next page.
      if ((await fetchManifest())?.version !== manifest.version) throw new Error('The library changed while filling.');
      await cache.put(FILLED_MARK, new Response(JSON.stringify({ version: manifest.version, person: manifest.person, filledAt: Date.now() })));
    } catch (error) {
      await caches.delete(name);
      throw error;
    }
    // A page that came from an older cache keeps it while it is open (see fetch): deleted on a later refresh.
    const open = new Set((await runnerWorker.clients.matchAll({ includeUncontrolled: true })).map(client => client.id));
    for (const client of pinned.keys()) if (!open.has(client)) pinned.delete(client);
    const inUse = new Set(pinned.values());
    await dropHeld(cacheName => cacheName !== name && !inUse.has(cacheName));
  })().finally(() => { refreshing = null; });
  return refreshing;
}

/** @param {(name: string) => boolean} which */
async function dropHeld(which) {
  for (const name of await caches.keys()) {
    if (name.startsWith(HELD_PREFIX) && which(name)) await caches.delete(name);
  }
}

/** @param {string} cacheName @param {string} key */
async function fromCache(cacheName, key) {
  return (await caches.has(cacheName)) ? (await caches.open(cacheName)).match(key, { ignoreVary: true }) : undefined;
}

runnerWorker.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate' && url.origin === runnerWorker.location.origin) {
    // Every page the runner opens checks whether the library moved on (one small request).
    event.waitUntil(refreshHeld().catch(() => {}));
  }
  if (!mayBeHeld(url)) return;
  const key = heldKey(request.url);
  const pinnedTo = pinned.get(event.clientId);
  event.respondWith((async () => {
    if (pinnedTo) {
      const kept = await fromCache(pinnedTo, key);
      if (kept) return kept;
    }
    try {
      return await fetch(request);
    } catch (error) {
      const current = await currentHeld();
      const kept = current && await fromCache(current.name, key);
      if (!kept || !current) throw error;
      if (request.mode === 'navigate' && event.resultingClientId) pinned.set(event.resultingClientId, current.name);
      return kept;
    }
  })());
});

runnerWorker.addEventListener('push', event => {
  event.waitUntil((async () => {
    /** @type {{ title?: string, body?: string, url?: string | null }} */
    let reminder = {};
    try {
      reminder = event.data?.json() ?? {};
    } catch {
      // Not ours to read: show the plain reminder.
    }
    // A page in view shows the reminder itself, or (the player) keeps quiet while a routine plays.
    const windows = await runnerWorker.clients.matchAll({ type: 'window', includeUncontrolled: true });
    if (windows.some(client => client.visibilityState === 'visible')) return;
    const title = reminder.title ?? await (await fromCache(WORDS_CACHE, REMINDER_TITLE_KEY))?.text() ?? '';
    await runnerWorker.registration.showNotification(title, {
      body: reminder.body ?? '',
      tag: REMINDER_TAG,
      icon: '/icons/icon-192.png',
      data: { url: reminder.url ?? '/' },
    });
  })());
});

/**
 * The page a reminder's click opens: the address it names when that is on this site, the site's root
 * otherwise, so a push can never send the runner somewhere else.
 * @param {unknown} address
 * @param {string} origin
 * @returns {string}
 */
function runnerPageToOpen(address, origin) {
  try {
    const page = new URL(typeof address === 'string' ? address : '/', origin);
    if (page.origin === origin) return page.href;
  } catch {
    // Not an address at all.
  }
  return new URL('/', origin).href;
}

runnerWorker.addEventListener('notificationclick', event => {
  event.notification.close();
  const url = runnerPageToOpen(event.notification.data?.url, runnerWorker.location.origin);
  event.waitUntil((async () => {
    const windows = await runnerWorker.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const open = windows.find(client => client.url === url);
    if (open) await open.focus();
    else await runnerWorker.clients.openWindow(url);
  })());
});
