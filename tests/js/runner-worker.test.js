// The runner's service worker (wwwroot/sw.js): a notification click opens only a page of the site itself,
// and a pushed reminder without a title shows the one the pages kept.
// The worker is a classic script, so it runs here in a context of its own with a stand-in for its global scope.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { memoryCaches } from './memory-caches.js';
import { WORDS_CACHE, REMINDER_TITLE_KEY } from '../../src/MassageRoutines.Web/wwwroot/js/runner-worker.js';

const source = readFileSync(new URL('../../src/MassageRoutines.Web/wwwroot/sw.js', import.meta.url), 'utf8');
const origin = 'https://massage.example';

/** The worker with no page open; `shown` collects the titles of the notifications it shows. */
function startWorker(caches = memoryCaches(origin)) {
  /** @type {Record<string, (event: any) => void>} */
  const listeners = {};
  /** @type {string[]} */
  const opened = [];
  /** @type {string[]} */
  const shown = [];
  const self = {
    location: { href: `${origin}/sw.js`, origin },
    addEventListener: (/** @type {string} */ type, /** @type {(event: any) => void} */ listener) => { listeners[type] = listener; },
    clients: { matchAll: async () => [], openWindow: async (/** @type {string} */ url) => { opened.push(url); }, claim: async () => {} },
    registration: { showNotification: async (/** @type {string} */ title) => { shown.push(title); } },
    skipWaiting: () => {},
  };
  const context = vm.createContext({ self, URL, URLSearchParams, Response, caches });
  vm.runInContext(source, context);
  /** @param {string} type @param {object} event */
  const dispatch = async (type, event) => {
    /** @type {Promise<void> | undefined} */
    let done;
    listeners[type]({ ...event, waitUntil: (/** @type {Promise<void>} */ p) => { done = p; } });
    await done;
  };
  return {
    shown,
    /** @param {unknown} data  the push's JSON, or undefined for a push with no data */
    push: (data) => dispatch('push', { data: data === undefined ? null : { json: () => data } }),
    /** @type {(address: unknown, origin: string) => string} */
    pageToOpen: context.runnerPageToOpen,
    /** @param {unknown} url */
    async click(url) {
      await dispatch('notificationclick', { notification: { close() {}, data: { url } } });
      return opened.at(-1);
    },
  };
}

test('a page of the site opens as named', () => {
  const { pageToOpen } = startWorker();
  assert.equal(pageToOpen('/play/midday-movement-break', origin), `${origin}/play/midday-movement-break`);
  assert.equal(pageToOpen(`${origin}/routines?x=1#top`, origin), `${origin}/routines?x=1#top`);
});

test('anything else opens the site root', () => {
  const { pageToOpen } = startWorker();
  for (const address of [
    'https://evil.example/phish', '//evil.example/phish', 'http://massage.example/', 'https://massage.example:8443/',
    'https://massage.example.evil.example/', 'javascript:alert(1)', 'data:text/html,hi', 'http://[', 42, null, undefined,
  ]) {
    assert.equal(pageToOpen(address, origin), `${origin}/`, String(address));
  }
});

test('a click on a pushed reminder opens only the site', async () => {
  const worker = startWorker();
  assert.equal(await worker.click('/play/midday-movement-break'), `${origin}/play/midday-movement-break`);
  assert.equal(await worker.click('https://evil.example/phish?x=1'), `${origin}/`);
  assert.equal(await worker.click(undefined), `${origin}/`);
});

// Offline play: what the worker keeps, under which key, and how it moves from one version to the next.

/**
 * The worker against a server made of these answers; `manifests` are handed out one per request
 * (the last one again once they run out).
 * @param {{ manifests: object[], pages?: Record<string, [string, string]>, failing?: string[],
 *   network?: { offline: boolean, label: string }, openClients?: string[] }} server
 */
function startOfflineWorker({ manifests, pages = {}, failing = [], network = { offline: false, label: 'v1' }, openClients = /** @type {string[]} */ ([]) }) {
  const caches = memoryCaches(origin);
  /** @type {string[]} */
  const fetched = [];
  let manifestsServed = 0;
  /** @type {Record<string, (event: any) => void>} */
  const listeners = {};
  const self = {
    location: { href: `${origin}/sw.js`, origin },
    addEventListener: (/** @type {string} */ type, /** @type {(event: any) => void} */ listener) => { listeners[type] = listener; },
    clients: { matchAll: async () => openClients.map(id => ({ id })), claim: async () => {} },
    skipWaiting: () => {},
  };
  const fetch = async (/** @type {string | { url: string }} */ request, /** @type {RequestInit} */ init) => {
    const url = new URL(typeof request === 'string' ? request : request.url, origin);
    if (network.offline) throw new TypeError('Failed to fetch');
    if (url.pathname === '/api/offline/manifest') {
      return Response.json(manifests[Math.min(manifestsServed++, manifests.length - 1)]);
    }
    fetched.push(`${url.pathname}${url.search} ${init?.credentials}`);
    if (failing.includes(url.pathname)) throw new TypeError('Failed to fetch');
    const [type, body] = pages[url.pathname] ?? ['application/json', JSON.stringify({ version: network.label })];
    return new Response(body, { headers: { 'content-type': type } });
  };
  const context = vm.createContext({ self, URL, URLSearchParams, Response, caches, fetch, Date });
  vm.runInContext(source, context);
  return {
    caches, fetched,
    /** @type {(address: string) => string} */ heldKey: context.heldKey,
    /** @type {(html: string, page: string) => string[]} */ assetsOfPage: context.assetsOfPage,
    /** @type {(source: string, module: string) => string[]} */ importsOfModule: context.importsOfModule,
    /** @type {() => Promise<void>} */ refresh: context.refreshHeld,
    /** @type {() => Promise<{ name: string, version: string, person: string } | null>} */ current: context.currentHeld,
    /**
     * What the worker answers to a GET of the page with this client id (a navigation when it opens one).
     * @param {string} path @param {{ clientId?: string, opens?: string }} from
     */
    async get(path, { clientId = '', opens = '' }) {
      /** @type {Promise<Response> | undefined} */
      let answer;
      const request = { url: `${origin}${path}`, method: 'GET', mode: opens ? 'navigate' : 'cors' };
      listeners.fetch({ request, clientId, resultingClientId: opens, waitUntil: () => {}, respondWith: (/** @type {Promise<Response>} */ r) => { answer = r; } });
      return answer && (await answer).text();
    },
    /** @param {string} name @param {string} path */
    async kept(name, path) {
      return caches.stores.get(name)?.get(`${origin}${path}`)?.clone().text();
    },
  };
}

const playPage = /** @type {[string, string]} */ (['text/html; charset=utf-8', `<!DOCTYPE html><html><head>
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/css/site.abc123.css">
  <link rel="preconnect" href="https://fonts.example/">
</head><body><a href="/history">History</a>
  <script type="module" src="/js/runner-outbox.js"></script>
  <script type="module" src="/js/play-page.x1.js?a=1&amp;b=2"></script>
  <script src="/kiosk/sw.js"></script>
</body></html>`]);
const playModule = /** @type {[string, string]} */ (['text/javascript', `// @ts-check
import { createPlayer, fetchTimelines } from './player.js';
import { $ } from './dom.js';
export { x } from './words.js';
const later = 'import { y } from "./nope.js"';`]);

test('a kept answer is found whatever order and empty keys its query has', () => {
  const { heldKey } = startOfflineWorker({ manifests: [] });
  assert.equal(heldKey(`${origin}/api/routines/a/timeline?&intensity=gentle`), `${origin}/api/routines/a/timeline?intensity=gentle`);
  assert.equal(heldKey(`${origin}/api/routines/a/timeline?warmup=gate&minutes=5`), `${origin}/api/routines/a/timeline?minutes=5&warmup=gate`);
  assert.equal(heldKey(`${origin}/api/routines/a/timeline?`), `${origin}/api/routines/a/timeline`);
  assert.equal(heldKey(`${origin}/play/a#top`), `${origin}/play/a`);
});

test('a page brings its own style sheets, scripts and icon, and nothing from elsewhere or the kiosk', () => {
  const { assetsOfPage } = startOfflineWorker({ manifests: [] });
  assert.deepEqual([...assetsOfPage(playPage[1], `${origin}/play/a`)], [
    `${origin}/favicon.svg`, `${origin}/css/site.abc123.css`, `${origin}/js/runner-outbox.js`, `${origin}/js/play-page.x1.js?a=1&b=2`,
  ]);
});

test('a module brings the modules it imports, and only those', () => {
  const { importsOfModule } = startOfflineWorker({ manifests: [] });
  assert.deepEqual([...importsOfModule(playModule[1], `${origin}/js/play-page.x1.js`)], [
    `${origin}/js/player.js`, `${origin}/js/dom.js`, `${origin}/js/words.js`,
  ]);
});

const manifest = (/** @type {string} */ version, person = '') => ({ version, person, urls: ['/routines', '/play/a', '/api/routines/a/timeline?minutes=5'] });

test('one fill keeps the listed answers, the pages\' assets and the modules\' imports, fetched without cookies', async () => {
  const worker = startOfflineWorker({ manifests: [manifest('v1')], pages: { '/play/a': playPage, '/js/play-page.x1.js': playModule } });
  await worker.refresh();
  const current = await worker.current();
  assert.deepEqual([current?.name, current?.version, current?.person], ['mr-runner-v1', 'v1', '']);
  for (const path of ['/routines', '/play/a', '/api/routines/a/timeline?minutes=5', '/css/site.abc123.css', '/js/play-page.x1.js?a=1&b=2', '/js/player.js', '/js/words.js']) {
    assert.notEqual(await worker.kept('mr-runner-v1', path), undefined, path);
  }
  assert.ok(worker.fetched.every(line => line.endsWith(' omit')), worker.fetched.join('\n'));
  assert.equal(worker.fetched.filter(line => line.startsWith('/js/player.js ')).length, 1);
});

test('a new version is filled beside the old one, then the old one is deleted', async () => {
  const worker = startOfflineWorker({ manifests: [manifest('v1'), manifest('v1'), manifest('v2')] });
  await worker.refresh();
  await worker.refresh();
  assert.deepEqual([...worker.caches.stores.keys()], ['mr-runner-v2']);
  assert.equal((await worker.current())?.version, 'v2');
});

test('a fill that fails leaves the last complete version in use and nothing half-kept', async () => {
  const worker = startOfflineWorker({ manifests: [manifest('v1'), manifest('v1'), manifest('v2')] });
  await worker.refresh();
  worker.fetched.length = 0;
  const failing = startOfflineWorker({ manifests: [manifest('v2')], failing: ['/play/a'] });
  // The same stores, a server that now fails on one page.
  failing.caches.stores.set('mr-runner-v1', /** @type {Map<string, Response>} */ (worker.caches.stores.get('mr-runner-v1')));
  await assert.rejects(failing.refresh());
  assert.deepEqual([...failing.caches.stores.keys()], ['mr-runner-v1']);
  assert.equal((await failing.current())?.version, 'v1');
});

test('a library change while filling is not used: no mix of two versions', async () => {
  const worker = startOfflineWorker({ manifests: [manifest('v1'), manifest('v2')] });
  await assert.rejects(worker.refresh());
  assert.equal(await worker.current(), null);
  assert.deepEqual([...worker.caches.stores.keys()], []);
});

test('another person signing in drops what was kept at once', async () => {
  const worker = startOfflineWorker({ manifests: [manifest('v1', 'alice'), manifest('v1', 'alice'), manifest('v2', 'bob')], failing: [] });
  await worker.refresh();
  assert.equal((await worker.current())?.person, 'alice');
  // Bob's fill cannot finish (no signal): Alice's cache is gone all the same.
  const offline = startOfflineWorker({ manifests: [manifest('v2', 'bob')], failing: ['/routines'] });
  offline.caches.stores.set('mr-runner-v1', /** @type {Map<string, Response>} */ (worker.caches.stores.get('mr-runner-v1')));
  await assert.rejects(offline.refresh());
  assert.deepEqual([...offline.caches.stores.keys()], []);
});

test('a page served from the cache gets its timeline from that same cache, even after the next version came', async () => {
  const network = { offline: false, label: 'v1' };
  const worker = startOfflineWorker({ manifests: [manifest('v1'), manifest('v1'), manifest('v2')], network, openClients: ['page-1'] });
  await worker.refresh();

  network.offline = true;
  assert.equal(await worker.get('/play/a', { opens: 'page-1' }), '{"version":"v1"}');
  network.offline = false;
  network.label = 'v2';
  await worker.refresh();
  assert.equal((await worker.current())?.version, 'v2');

  assert.equal(await worker.get('/api/routines/a/timeline?minutes=5', { clientId: 'page-1' }), '{"version":"v1"}');
  assert.equal(await worker.get('/api/routines/a/timeline?minutes=5', { clientId: 'page-2' }), '{"version":"v2"}');
  assert.deepEqual([...worker.caches.stores.keys()].sort(), ['mr-runner-v1', 'mr-runner-v2']);
});

test('with the network up, pages and answers come from it; anything not kept is never answered by the worker', async () => {
  const network = { offline: false, label: 'v1' };
  const worker = startOfflineWorker({ manifests: [manifest('v1')], network });
  await worker.refresh();
  network.label = 'live';
  assert.equal(await worker.get('/play/a', { opens: 'page-1' }), '{"version":"live"}');
  network.offline = true;
  assert.equal(await worker.get('/history', { opens: 'page-2' }), undefined);
  assert.equal(await worker.get('/api/antiforgery', { clientId: 'page-1' }), undefined);
  await assert.rejects(worker.get('/play/b', { opens: 'page-3' }));
});

// Reminders: a push that carries no title shows the one the pages kept (js/runner-worker.js).

test('a push without a title shows the title the pages kept; one with a title shows its own', async () => {
  const caches = memoryCaches(origin);
  const worker = startWorker(caches);

  await worker.push(undefined);
  // Where the pages keep it (js/runner-worker.js): the worker has its own copy of these names.
  await (await caches.open(WORDS_CACHE)).put(REMINDER_TITLE_KEY, new Response('Hora de moverse'));
  await worker.push(undefined);
  await worker.push({ title: 'Zeit für eine Bewegungspause' });

  assert.deepEqual(worker.shown, ['', 'Hora de moverse', 'Zeit für eine Bewegungspause']);
});
