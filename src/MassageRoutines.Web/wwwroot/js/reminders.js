// @ts-check
// Movement-break reminders while the app is open, on every runner page but the player's (_Layout.cshtml):
// it asks when the next break is due (GET /api/today) and then shows the reminder with
// Start (the break routine) and Later (ten minutes more). It registers the runner's service worker,
// which shows the reminders the server pushes while the app is closed, and fills in the home page's "Today".

import { antiforgeryHeader } from './antiforgery.js';
import { boutsText, breakText, delayMs } from './today.js';
import { registerRunnerWorker } from './runner-worker.js';
import { words } from './words.js';

const TAG = 'movement-break';
const timeFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
/** @type {{ dialog: HTMLDialogElement, start: HTMLAnchorElement } | null} */
let reminder = null;

registerRunnerWorker().catch(() => {});

/** @returns {Promise<TodayView | null>} */
async function fetchToday() {
  const response = await fetch('/api/today', { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
  return response?.ok ? response.json() : null;
}

/** @param {TodayView | null} today */
function follow(today) {
  if (!today) return;
  clearTimeout(timer);
  renderToday(today);
  const wait = delayMs(today);
  if (wait !== null) timer = setTimeout(() => remind(today.breakRoutine), wait);
}

/** @param {TodayView} today */
function renderToday(today) {
  const section = document.getElementById('today');
  if (!section) return;
  /** @type {HTMLElement} */ (section.querySelector('#today-bouts')).textContent = boutsText(today, words());
  const { before, at, after } = breakText(today, words());
  const time = at && Object.assign(document.createElement('time'), { dateTime: at.toISOString(), textContent: timeFormat.format(at) });
  /** @type {HTMLElement} */ (section.querySelector('#today-break')).replaceChildren(before, ...(time ? [time, after] : []));
  section.hidden = false;
}

/** @param {string | null} url */
async function remind(url) {
  const { dialog, start } = reminder ??= build();
  start.href = url ?? '/routines';
  if (!dialog.open) dialog.show();
  await notifyIfHidden(url);
  follow(await fetchToday());
}

function build() {
  const dialog = document.createElement('dialog');
  dialog.className = 'break-reminder';
  dialog.setAttribute('aria-labelledby', 'break-reminder-title');
  const said = words();
  const title = Object.assign(document.createElement('h2'), { id: 'break-reminder-title', textContent: said.reminderTitle });
  const text = Object.assign(document.createElement('p'), { textContent: said.reminderBody });
  const start = Object.assign(document.createElement('a'), { className: 'button', textContent: said.start });
  const later = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: said.later });
  later.addEventListener('click', snooze);
  const controls = Object.assign(document.createElement('div'), { className: 'controls' });
  controls.append(start, later);
  dialog.append(title, text, controls);
  document.body.append(dialog);
  return { dialog, start };
}

async function snooze() {
  reminder?.dialog.close();
  clearTimeout(timer);
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery) return;
  const response = await fetch('/api/reminders/snooze', { method: 'PUT', credentials: 'same-origin', headers: antiforgery })
    .catch(() => null);
  if (response?.ok) follow(await response.json());
}

/**
 * A tab in the background gets a notification too, if the runner allowed them. It has the pushed
 * reminder's tag, so the two never show twice.
 * @param {string | null} url
 */
async function notifyIfHidden(url) {
  if (document.visibilityState !== 'hidden' || !('Notification' in window) || Notification.permission !== 'granted') return;
  const registration = await navigator.serviceWorker?.getRegistration();
  await registration?.showNotification(words().reminderTitle, { body: words().reminderBody, tag: TAG, icon: '/icons/icon-192.png', data: { url: url ?? '/' } });
}

// A sleeping device or a session logged in another tab moves the schedule: ask again on coming back,
// and when this page's outbox delivers a session log that was waiting.
document.addEventListener('visibilitychange', async () => {
  if (document.visibilityState === 'visible') follow(await fetchToday());
});
document.addEventListener('outbox:sent', async () => follow(await fetchToday()));
follow(await fetchToday());
