// @ts-check
// Registers the runner's service worker (sw.js). It has no page of its own to read words from, so the
// page hands it the reminder's title in its address, as the fallback for a push that carries none.

import { words } from './words.js';

export async function registerRunnerWorker() {
  return navigator.serviceWorker?.register(`/sw.js?${new URLSearchParams({ title: words().reminderTitle })}`);
}
