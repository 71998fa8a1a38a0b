// @ts-check
// The kiosk keeps working offline: its service worker (kiosk/sw.js) keeps the page, its files and its
// routines' timelines once each has gone through it.

/** @param {() => Promise<unknown>} fetchTimelines fetches the kiosk's routines once more */
export async function keepOffline(fetchTimelines) {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk/' });
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      // A first visit: the worker takes the page over (clients.claim) a moment after it is ready.
      await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    // Fetch the page and its files once more through the worker, so it keeps them too: its stylesheets,
    // this script, and the modules it imports (each preloaded by the page, Pages/Kiosk/Index.cshtml).
    const links = [...document.querySelectorAll('link[rel=stylesheet], link[rel=modulepreload]')].map(link => /** @type {HTMLLinkElement} */ (link).href);
    const scripts = [...document.scripts].filter(script => script.src).map(script => script.src);
    await Promise.all([location.href, ...links, ...scripts].map(url => fetch(url, { credentials: 'same-origin' }).catch(() => null)));
    await fetchTimelines();
    document.documentElement.dataset.offlineReady = 'true';
  } catch {
    // Without a service worker the kiosk still plays what it has loaded.
  }
}
