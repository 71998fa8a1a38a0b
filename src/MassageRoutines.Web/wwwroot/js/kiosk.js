// @ts-check
// The gym kiosk: big tiles to start a routine, a "What's sore?" screen that builds one, the shared
// player, a one-tap end screen, and a reset once people walk away. It keeps working offline: a service
// worker keeps the page and its routines' timelines (kiosk-offline.js), and logs wait in an IndexedDB
// outbox until they can be sent. This module wires the parts to the page and to each other.

import { createPlayer, fetchTimelines } from './player.js';
import * as cues from './player-cues.js';
import { buildLog } from './session-log.js';
import { createOutbox } from './outbox.js';
import { indexedDbLogs } from './outbox-indexeddb.js';
import { $ } from './dom.js';
import { KIOSK_OPTIONS, createTimelineCache } from './kiosk-timelines.js';
import { buildRoutine, buildUrl } from './kiosk-build.js';
import { STILL_THERE_SECONDS, walkedAway } from './kiosk-idle.js';
import { outboxStatus } from './kiosk-outbox-status.js';
import { keepOffline } from './kiosk-offline.js';
import { createKioskView } from './kiosk-view.js';
import { words } from './words.js';

/**
 * library and tools: what "What's sore?" builds from (the kiosk's library, and the gear its routines use).
 * language: the kiosk's own; the screen's (its lang) differs once a walk-up user tapped another.
 * @type {{ token: string, idleSeconds: number, wakeLock: boolean, voice: boolean, routines: string[], library: string, tools: string[], language: string }}
 */
const config = JSON.parse($('kiosk-config', HTMLScriptElement).text);
const language = document.documentElement.lang;
const otherLanguage = language !== config.language;
const view = createKioskView();
const { ui } = view;
const timelines = createTimelineCache(fetchTimelines, language);
/** The end screen's answer to "How did it feel?". @type {number | null} */
let rating = null;
let lastTouch = Date.now();
/** The "Still there?" countdown's interval, while it runs. @type {number | null} */
let countdown = null;

const player = createPlayer({ storeKey: 'mr-kiosk-player', onEnd: showDone, wakeLock: config.wakeLock });
const outbox = createOutbox({ store: indexedDbLogs('mr-kiosk', 'outbox'), url: `/api/kiosks/${encodeURIComponent(config.token)}/sessions` });

/** @param {string} slug @returns {Promise<boolean>} whether it started */
async function start(slug) {
  let loaded;
  try {
    loaded = await timelines.load(slug);
  } catch {
    view.showProblem(words().kioskRoutineNotLoaded);
    return false;
  }
  view.showPlaying();
  cues.setVoice(config.voice);
  player.refreshSettings();
  player.start(loaded, KIOSK_OPTIONS);
  return true;
}

/** Builds a routine for the spots ticked and the time chosen, then plays it like any other. @param {SubmitEvent} event */
async function buildForSore(event) {
  event.preventDefault();
  const phase = event.submitter instanceof HTMLButtonElement ? event.submitter.value : 'post-run';
  const sore = new FormData(ui.soreForm).getAll('sore').map(String);
  const built = await buildRoutine(buildUrl(config, phase, sore, language));
  if ('problem' in built) {
    view.showProblem(built.problem === 'no-fit' ? words().nothingBuilt : words().buildFailed);
    return;
  }
  timelines.markBuilt(built.slug);
  await start(built.slug);
}

function showDone() {
  view.showDone();
  lastTouch = Date.now();
}

/** @param {number | null} value */
function choose(value) {
  rating = value;
  view.showRating(value);
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
    timelines.forgetBuilt();
    view.showAttract();
    lastTouch = Date.now();
  }
  if (otherLanguage) {
    // Back to the kiosk's own language: its screen at its plain address (kept offline like this one).
    location.replace(`/kiosk/${encodeURIComponent(config.token)}`);
    return;
  }
  await showOutbox();
  outbox.flush().then(showOutbox);
}

function idle() {
  if (countdown !== null) return;
  const away = walkedAway({
    playerState: player.state(),
    choosingSore: view.choosingSore(),
    warmUpMinutes: player.session?.timeline.routine.warmUpMinutes ?? 0,
    idleSeconds: config.idleSeconds,
    idleMs: Date.now() - lastTouch,
    otherLanguage,
  });
  if (!away) return;
  let left = STILL_THERE_SECONDS;
  view.askStillThere(left);
  countdown = window.setInterval(() => {
    left -= 1;
    view.showStillCount(left);
    if (left <= 0) reset();
  }, 1000);
}

function closeStillThere() {
  clearInterval(countdown ?? undefined);
  countdown = null;
  view.closeStillThere();
}

async function showOutbox() {
  const waiting = await outbox.waiting().catch(() => 0);
  view.showBanner(outboxStatus(waiting, navigator.onLine, words()));
}

function enterFullscreen() {
  if (!document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => {});
}

for (const tile of view.tiles) {
  tile.addEventListener('click', () => start(tile.dataset.routine ?? ''));
}
for (const button of view.feelButtons) {
  button.addEventListener('click', () => choose(Number(button.dataset.feel)));
}
ui.finish.addEventListener('click', reset);
ui.soreTile.addEventListener('click', view.showSore);
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
Promise.all(config.routines.map(slug => timelines.load(slug).catch(() => null)))
  .then(() => keepOffline(() => Promise.all(config.routines.map(slug => timelines.refresh(slug).catch(() => null)))));
