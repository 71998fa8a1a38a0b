// @ts-check
// The reminder settings page: a runner setting reminders up for the first time gets the browser's time
// zone chosen, and can turn notifications on this device on or off (a push subscription the server keeps).

import { antiforgeryHeader } from './antiforgery.js';
import { $ } from './dom.js';
import { registerRunnerWorker } from './runner-worker.js';
import { words } from './words.js';

const form = /** @type {HTMLFormElement} */ (document.querySelector('form[data-reminder-form]'));
const zones = $('Form_TimeZoneId', HTMLSelectElement);
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (form.dataset.browserZone === 'true' && [...zones.options].some(option => option.value === browserZone)) {
  zones.value = browserZone;
}

const section = $('push');
const on = $('push-on', HTMLButtonElement);
const off = $('push-off', HTMLButtonElement);
const status = $('push-status');

/** @param {string} text */
const say = text => { status.textContent = text; };

/** @param {PushSubscription | null} subscription */
function show(subscription) {
  on.hidden = subscription !== null;
  off.hidden = subscription === null;
}

async function subscribe() {
  if (await Notification.requestPermission() !== 'granted') {
    say(words().notificationsBlocked);
    return;
  }
  await registerRunnerWorker();
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: section.dataset.pushKey });
  const { endpoint, keys } = subscription.toJSON();
  const response = await fetch('/api/push-subscriptions', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...await antiforgeryHeader() },
    body: JSON.stringify({ endpoint, keys }),
  });
  if (!response.ok) {
    await subscription.unsubscribe();
    say(words().subscriptionRefused);
    return;
  }
  show(subscription);
  say(words().notificationsOn);
}

async function unsubscribe() {
  const subscription = await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription();
  if (subscription) {
    await fetch(`/api/push-subscriptions?endpoint=${encodeURIComponent(subscription.endpoint)}`, {
      method: 'DELETE', credentials: 'same-origin', headers: { ...await antiforgeryHeader() },
    });
    await subscription.unsubscribe();
  }
  show(null);
  say(words().notificationsOff);
}

/** @param {() => Promise<void>} action */
const guarded = action => () => action().catch(() => say(words().notificationsFailed));

if ('serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) {
  on.addEventListener('click', guarded(subscribe));
  off.addEventListener('click', guarded(unsubscribe));
  show(await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription() ?? null);
  section.hidden = false;
}
