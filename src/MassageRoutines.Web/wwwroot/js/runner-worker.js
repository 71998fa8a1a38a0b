// @ts-check
// Registers the runner's service worker (sw.js), which keeps the routines for offline play and shows
// pushed reminders. Every page registers it at the one address: at a new address the browser installs
// the worker again, and a page opened meanwhile (Back to the player, right after the first other page)
// could wait for it without end. The worker has no page of its own to read words from, so a page that
// has the reminders' words keeps the reminder's title where the worker finds it, as the fallback for a
// push that carries none.

import { words } from './words.js';

/** Where the reminder's title is kept for the worker (sw.js reads the same cache and key). */
export const WORDS_CACHE = 'mr-words';
export const REMINDER_TITLE_KEY = '/offline/reminder-title';

export async function registerRunnerWorker() {
  if (!navigator.serviceWorker) return undefined;
  const title = words().reminderTitle;
  if (title !== undefined) await keepReminderTitle(title);
  return navigator.serviceWorker.register('/sw.js');
}

/** @param {string} title */
async function keepReminderTitle(title) {
  const cache = await caches.open(WORDS_CACHE);
  if (await (await cache.match(REMINDER_TITLE_KEY))?.text() !== title) {
    await cache.put(REMINDER_TITLE_KEY, new Response(title));
  }
}
