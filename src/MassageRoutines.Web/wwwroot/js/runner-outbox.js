// @ts-check
// The runner's outbox. Every page loads it (_Layout.cshtml), so a log left waiting goes on the next
// visit; and every page registers the runner's service worker, so one visit is enough to play offline.

import { createOutbox } from './outbox.js';
import { localStorageLogs } from './outbox-local-storage.js';
import { registerRunnerWorker } from './runner-worker.js';

export const outbox = createOutbox({
  store: localStorageLogs('mr-outbox'),
  url: '/api/sessions',
  onSent: log => document.dispatchEvent(new CustomEvent('outbox:sent', { detail: { id: log.id } })),
});

window.addEventListener('online', () => outbox.flush());
// The online event is not to be relied on everywhere (and may come before the network works): try again now and then.
setInterval(() => outbox.flush(), 30_000);
outbox.flush();
registerRunnerWorker().catch(() => {});
