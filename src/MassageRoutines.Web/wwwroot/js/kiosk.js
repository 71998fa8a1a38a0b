// @ts-check
// The gym kiosk: big tiles to start a routine, a "What's sore?" screen that builds one, the shared
// player, a one-tap end screen, and a reset once people walk away. It keeps working offline: a service worker keeps the page and its routines'
// timelines, and logs wait in an IndexedDB outbox until they can be sent.

import { createPlayer, fetchTimelines } from './player.js';
import * as cues from './player-cues.js';
import { buildLog } from './session-log.js';
import { createOutbox } from './outbox.js';
import { indexedDbLogs } from './outbox-indexeddb.js';
import { $ } from './dom.js';

/**
 * library and tools: what "What's sore?" builds from (the kiosk's library, and the gear its routines use).
 * @type {{ token: string, idleSeconds: number, wakeLock: boolean, voice: boolean, routines: string[], library: string, tools: string[] }}
 */
const config = JSON.parse($('kiosk-config', HTMLScriptElement).text);
const ui = {
  attract: $('attract'), fullscreen: $('fullscreen', HTMLButtonElement), offline: $('offline'),
  done: $('kiosk-done'), doneTitle: $('kiosk-done-title'), finish: $('kiosk-finish', HTMLButtonElement),
  stillThere: $('still-there', HTMLDialogElement), stillCount: $('still-count'), stillHere: $('still-here', HTMLButtonElement),
  sore: $('kiosk-sore'), soreTitle: $('kiosk-sore-title'), soreForm: $('sore-form', HTMLFormElement),
  soreTile: $('sore-tile', HTMLButtonElement), soreBack: $('sore-back', HTMLButtonElement),
};
const feelButtons = /** @type {NodeListOf<HTMLButtonElement>} */ (ui.done.querySelectorAll('[data-feel]'));
const tiles = /** @type {NodeListOf<HTMLButtonElement>} */ (document.querySelectorAll('[data-routine]'));
const STILL_THERE_SECONDS = 10;

/** @type {Map<string, Timelines>} */
const timelines = new Map();
/** Routines built here since the last reset, which forgets them. @type {Set<string>} */
const built = new Set();
/** @type {number | null} */
let rating = null;
let lastTouch = Date.now();
/** @type {number | null} */
let countdown = null;

const player = createPlayer({ storeKey: 'mr-kiosk-player', onEnd: showDone, wakeLock: config.wakeLock });
const outbox = createOutbox({ store: indexedDbLogs('mr-kiosk', 'outbox'), url: `/api/kiosks/${encodeURIComponent(config.token)}/sessions` });

/**
 * Timelines are fetched once, up front, so routines play even when the network drops later.
 * @param {string} slug
 */
async function loadTimeline(slug) {
  const loaded = timelines.get(slug) ?? await fetchTimelines(slug, KIOSK_OPTIONS);
  timelines.set(slug, loaded);
  return loaded;
}

// Before a run, the kiosk times the warm-up drills: people follow it from across the room.
const KIOSK_OPTIONS = { warmup: 'timed' };

/** @param {string} text */
function showProblem(text) {
  ui.offline.hidden = false;
  ui.offline.textContent = text;
}

/** @param {string} slug @returns {Promise<boolean>} whether it started */
async function start(slug) {
  let timelines;
  try {
    timelines = await loadTimeline(slug);
  } catch {
    showProblem('That routine could not be loaded. Check the network, then try again.');
    return false;
  }
  ui.attract.hidden = true;
  ui.sore.hidden = true;
  cues.setVoice(config.voice);
  player.refreshVoice();
  player.start(timelines, KIOSK_OPTIONS);
  return true;
}

function showSore() {
  ui.attract.hidden = true;
  ui.sore.hidden = false;
  ui.soreTitle.focus();
}

/**
 * Builds a routine for the spots ticked and the time chosen, from the kiosk's library and gear,
 * through the same API as anyone (GET /api/build), then plays it like any other.
 * @param {SubmitEvent} event
 */
async function buildForSore(event) {
  event.preventDefault();
  const phase = event.submitter instanceof HTMLButtonElement ? event.submitter.value : 'post-run';
  const sore = new FormData(ui.soreForm).getAll('sore').map(String);
  // No minutes: a routine built on the kiosk takes the builder's default length.
  const query = new URLSearchParams({ library: config.library, phase, tools: config.tools.join(','), sore: sore.join(',') });
  let slug;
  try {
    const response = await fetch(`/api/build?${query}`, { credentials: 'same-origin' });
    if (response.status === 422) {
      showProblem('No routine can be built for that with the gear here. Try another time of day, or pick a routine.');
      return;
    }
    if (!response.ok) throw new Error(`build: ${response.status}`);
    slug = /** @type {Timeline} */ (await response.json()).routine.slug;
  } catch {
    showProblem('A routine could not be built. Check the network, then try again.');
    return;
  }
  built.add(slug);
  await start(slug);
}

function showDone() {
  ui.attract.hidden = true;
  ui.done.hidden = false;
  lastTouch = Date.now();
  ui.doneTitle.focus();
}

/** @param {number | null} value */
function choose(value) {
  rating = value;
  for (const button of feelButtons) {
    button.setAttribute('aria-pressed', String(Number(button.dataset.feel) === value));
  }
}

// Whatever happened, the session is logged (anonymously, tagged with this kiosk), then every trace of
// it goes: the player's state, this page's storage, the end screen's choice. The clearing happens even
// if the log cannot be kept.
async function reset() {
  closeStillThere();
  try {
    if (player.state() !== 'none' && player.state() !== 'ended') player.stop();
    if (player.session?.ended) await outbox.queue(buildLog(player.session, { discomfort: rating }));
  } finally {
    player.clear();
    sessionStorage.clear();
    localStorage.clear();
    choose(null);
    ui.soreForm.reset();
    for (const slug of built) timelines.delete(slug);
    built.clear();
    ui.sore.hidden = true;
    ui.done.hidden = true;
    ui.attract.hidden = false;
    lastTouch = Date.now();
  }
  await showOutbox();
  outbox.flush().then(showOutbox);
}

// People following a routine do not touch the screen for minutes, so only a kiosk left waiting
// (on "What's sore?", paused, at the warm-up check, asking about pain, or at the end) counts as walked away from.
function idle() {
  const state = player.state();
  const waitingForSomeone = !ui.sore.hidden || (state !== 'none' && state !== 'running');
  // At a warm-up check, people are off warming up: give them the warm-up's length first.
  const warmUp = state === 'waiting' ? (player.session?.timeline.routine.warmUpMinutes ?? 0) * 60 : 0;
  if (!waitingForSomeone || countdown !== null || Date.now() - lastTouch < (warmUp + config.idleSeconds) * 1000) return;
  let left = STILL_THERE_SECONDS;
  ui.stillCount.textContent = String(left);
  ui.stillThere.showModal();
  countdown = window.setInterval(() => {
    left -= 1;
    ui.stillCount.textContent = String(left);
    if (left <= 0) reset();
  }, 1000);
}

function closeStillThere() {
  clearInterval(countdown ?? undefined);
  countdown = null;
  if (ui.stillThere.open) ui.stillThere.close();
}

async function showOutbox() {
  const count = await outbox.waiting().catch(() => 0);
  const logs = `${count} ${count === 1 ? 'log' : 'logs'} waiting to be sent`;
  ui.offline.hidden = navigator.onLine && count === 0;
  ui.offline.textContent = navigator.onLine ? logs : `Offline: ${logs}`;
}

function enterFullscreen() {
  if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => {});
}

async function keepOffline() {
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
    await Promise.all(config.routines.map(slug => fetchTimelines(slug, KIOSK_OPTIONS).then(loaded => timelines.set(slug, loaded)).catch(() => null)));
    document.documentElement.dataset.offlineReady = 'true';
  } catch {
    // Without a service worker the kiosk still plays what it has loaded.
  }
}

for (const tile of tiles) {
  tile.addEventListener('click', () => start(tile.dataset.routine ?? ''));
}
for (const button of feelButtons) {
  button.addEventListener('click', () => choose(Number(button.dataset.feel)));
}
ui.finish.addEventListener('click', reset);
ui.soreTile.addEventListener('click', showSore);
ui.soreBack.addEventListener('click', reset);
ui.soreForm.addEventListener('submit', buildForSore);
ui.fullscreen.addEventListener('click', enterFullscreen);
ui.stillHere.addEventListener('click', closeStillThere);
ui.stillThere.addEventListener('cancel', closeStillThere);
document.addEventListener('pointerdown', enterFullscreen, { once: true });
for (const type of ['pointerdown', 'keydown']) {
  document.addEventListener(type, () => { lastTouch = Date.now(); }, { capture: true });
}
window.addEventListener('online', () => outbox.flush().then(showOutbox));
window.addEventListener('offline', showOutbox);
setInterval(idle, 1000);
// The online event is not to be relied on everywhere (and may come before the network works): try again now and then.
setInterval(() => outbox.flush().then(showOutbox), 15_000);

if (player.restore()) ui.attract.hidden = true;
showOutbox();
outbox.flush().then(showOutbox);
Promise.all(config.routines.map(slug => loadTimeline(slug).catch(() => null))).then(keepOffline);
