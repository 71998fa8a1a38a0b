// @ts-check
// The runner's service worker (scope /). It shows the movement-break reminders the server pushes while
// the app is closed, and a click on one opens the break routine, or the site's root for any address
// that is not on this site. It handles no fetches, so pages always come from the network. The kiosk
// has its own worker (kiosk/sw.js, scope /kiosk/); the names here differ from its globals because the
// type checker reads both workers as one program. It writes no words: a pushed reminder carries its
// own, and the page that registered the worker gave it the title to fall back on, in its address
// (js/runner-worker.js).

const runnerWorker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
// One reminder at a time: a newer one replaces the last, and the page's own uses the same tag.
const REMINDER_TAG = 'movement-break';
const FALLBACK_TITLE = new URL(runnerWorker.location.href).searchParams.get('title') ?? '';

runnerWorker.addEventListener('install', () => runnerWorker.skipWaiting());
runnerWorker.addEventListener('activate', event => event.waitUntil(runnerWorker.clients.claim()));

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
    await runnerWorker.registration.showNotification(reminder.title ?? FALLBACK_TITLE, {
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
