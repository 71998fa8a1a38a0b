// The runner's service worker (wwwroot/sw.js): a notification click opens only a page of the site itself.
// The worker is a classic script, so it runs here in a context of its own with a stand-in for its global scope.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(new URL('../../src/MassageRoutines.Web/wwwroot/sw.js', import.meta.url), 'utf8');
const origin = 'https://massage.example';

function startWorker() {
  /** @type {Record<string, (event: any) => void>} */
  const listeners = {};
  /** @type {string[]} */
  const opened = [];
  const self = {
    location: { href: `${origin}/sw.js?title=Break`, origin },
    addEventListener: (/** @type {string} */ type, /** @type {(event: any) => void} */ listener) => { listeners[type] = listener; },
    clients: { matchAll: async () => [], openWindow: async (/** @type {string} */ url) => { opened.push(url); }, claim: async () => {} },
    skipWaiting: () => {},
  };
  const context = vm.createContext({ self, URL, URLSearchParams });
  vm.runInContext(source, context);
  return {
    /** @type {(address: unknown, origin: string) => string} */
    pageToOpen: context.runnerPageToOpen,
    /** @param {unknown} url */
    async click(url) {
      /** @type {Promise<void> | undefined} */
      let done;
      listeners.notificationclick({ notification: { close() {}, data: { url } }, waitUntil: (/** @type {Promise<void>} */ p) => { done = p; } });
      await done;
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
