// @ts-check
// Registers the runner's service worker (sw.js), which keeps the routines for offline play and shows
// pushed reminders. It has no page of its own to read words from, so a page that has the reminders'
// words hands it the reminder's title in its address, as the fallback for a push that carries none;
// a page without them (the player's) leaves a worker already there as it is.

import { words } from './words.js';

export async function registerRunnerWorker() {
  const title = words().reminderTitle;
  if (!navigator.serviceWorker) return undefined;
  if (title === undefined) {
    const registered = await navigator.serviceWorker.getRegistration('/');
    if (registered?.active?.scriptURL.startsWith(`${location.origin}/sw.js`)) return registered;
    return navigator.serviceWorker.register('/sw.js');
  }
  return navigator.serviceWorker.register(`/sw.js?${new URLSearchParams({ title })}`);
}
