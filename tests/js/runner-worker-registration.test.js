// A page registers the runner's worker (js/runner-worker.js) always at the one address, /sw.js: at a new
// address the browser would install it again, and a page opened meanwhile could wait for it without end.
// A page with the reminders' words keeps the reminder's title where the worker reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryCaches } from './memory-caches.js';

const origin = 'https://massage.example';
const caches = memoryCaches(origin);
/** @type {string[]} */
const registered = [];
Object.assign(globalThis, {
  document: { querySelectorAll: () => [{ dataset: { words: JSON.stringify({ reminderTitle: 'Hora de moverse' }) } }] },
  caches,
});
Object.defineProperty(globalThis, 'navigator', {
  configurable: true,
  value: { serviceWorker: { register: async (/** @type {string} */ url) => { registered.push(url); return { scope: '/' }; } } },
});
const { registerRunnerWorker, WORDS_CACHE, REMINDER_TITLE_KEY } = await import('../../src/MassageRoutines.Web/wwwroot/js/runner-worker.js');

test('a page with the reminders\' words registers /sw.js, with no title in the address, and keeps the title for the worker', async () => {
  await registerRunnerWorker();
  await registerRunnerWorker();

  assert.deepEqual(registered, ['/sw.js', '/sw.js']);
  assert.deepEqual([...caches.stores.keys()], [WORDS_CACHE]);
  assert.equal(await (await (await caches.open(WORDS_CACHE)).match(REMINDER_TITLE_KEY))?.text(), 'Hora de moverse');
});
