// @ts-check
// The player of the /play page and the kiosk: the clock and the view, wired to the timer, controls,
// keys, pain dialog, wake lock and sessionStorage (so that a reload resumes the session).

import * as clock from './player-clock.js';
import * as cues from './player-cues.js';
import { createPlayerView, headline, moveOf } from './player-view.js';
import { $ } from './dom.js';
import { words } from './words.js';

function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map(byte => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** @param {string} url */
async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** @param {string} slug @param {PlayOptions} options @returns {Promise<Timelines>} */
export async function fetchTimelines(slug, options) {
  const query = new URLSearchParams(Object.entries(options).filter(([, v]) => v));
  const url = `/api/routines/${encodeURIComponent(slug)}/timeline?${query}`;
  const [timeline, lighterTimeline] = await Promise.all([getJson(url), getJson(`${url}&intensity=gentle`).catch(() => null)]);
  return { timeline, lighterTimeline };
}

/** @param {PlayerOptions} options */
export function createPlayer({ storeKey, onEnd, wakeLock: useWakeLock = true }) {
  const view = createPlayerView();
  const { buttons } = view;
  const painDialog = $('pain-dialog', HTMLDialogElement);
  const painForm = $('pain-form', HTMLFormElement);
  /** The session on the player, playing or ended; null before one starts and after clear(). @type {Session | null} */
  let session = null;
  let timer = 0;
  /** @type {WakeLockSentinel | null} */
  let wakeLock = null;

  const { say } = cues;

  /** @param {Session} session @param {ClockStep} step @param {number} now */
  function apply(session, { state, events }, now) {
    session.clock = state;
    for (const event of events) {
      if (event.type === 'segment') {
        view.showSegment(session);
        say([headline(session.timeline, session.timeline.segments[event.index]), ...event.cues].join('. '));
        cues.tone(660, 250);
        cues.vibrate(200);
        document.dispatchEvent(new CustomEvent('player:segment', { detail: event }));
      } else if (event.type === 'cue') {
        view.showCue(event.text);
        // A runner who asked for the voice hears a tone instead where the device cannot speak the language.
        if (!say(event.text) && cues.voiceOn()) cues.tone(880, 120);
      } else if (event.type === 'beep') {
        cues.tone(880, 120);
      } else if (event.type === 'paused') {
        releaseWakeLock();
        say(words().paused);
      } else if (event.type === 'resumed') {
        requestWakeLock();
        say(words().resumed);
      } else {
        return finish(session, 'completed', event.at);
      }
    }
    view.showTime(session, now);
    persist(session, now);
    clearTimeout(timer);
    const wait = clock.nextWake(state, now);
    if (wait !== null) timer = setTimeout(tick, wait);
  }

  /** @param {Step} step */
  function run(step) {
    if (!session || session.ended) return;
    const now = performance.now();
    apply(session, step(session.clock, session.timeline.segments, now), now);
  }
  const tick = () => run(clock.tick);
  const togglePause = () => run(session?.clock.paused ? clock.resume : clock.pause);

  /** @param {Timelines} timelines @param {PlayOptions} options */
  function start({ timeline, lighterTimeline }, options) {
    cues.unlockAudio();
    const now = performance.now();
    const first = clock.start(timeline.segments, now);
    session = { id: uuid(), options, timeline, lighterTimeline, startedAt: new Date().toISOString(), clock: first.state, painEvents: [], ended: null };
    view.show(timeline.warnings);
    requestWakeLock();
    apply(session, first, now);
    view.focus();
  }

  /** @param {Session} session @param {SessionOutcome} outcome @param {number} at */
  function finish(session, outcome, at) {
    session.clock = clock.stop(session.clock, at);
    clearTimeout(timer);
    session.ended = { outcome, endedAt: new Date(Date.now() - (performance.now() - at)).toISOString() };
    releaseWakeLock();
    persist(session, at);
    view.hide();
    say(outcome === 'completed' ? words().sessionComplete : words().sessionEnded);
    onEnd(session);
  }

  /** @param {SessionOutcome} outcome */
  function stop(outcome) {
    if (session && !session.ended) finish(session, outcome, performance.now());
  }

  function openPainDialog() {
    if (!session || session.ended) return;
    run(clock.pause);
    const primary = moveOf(session.timeline, session.timeline.segments[session.clock.index])?.regions.find(region => region !== 'full-body');
    painForm.reset();
    if (primary) $('pain-region', HTMLSelectElement).value = primary;
    painDialog.showModal();
  }

  /** @param {Session} session @param {string} choice */
  function onPainChoice(session, choice) {
    const data = new FormData(painForm);
    const ends = choice === 'end-session';
    // The pain form's choices are the API's own values (Pages/Shared/_PlayerScreen.cshtml).
    const symptom = /** @type {Symptom} */ (String(data.get('symptom')));
    const region = /** @type {BodyRegion} */ (String(data.get('region')));
    session.painEvents.push({ segmentIndex: session.clock.index, symptom, region, choice: ends ? 'end-session' : 'continue-lighter' });
    if (ends) return stop('stopped-for-pain');
    const now = performance.now();
    const lighter = clock.continueLighter(session.clock, session.timeline.segments, session.lighterTimeline?.segments, now);
    session.timeline.segments = lighter.segments;
    apply(session, lighter, now);
    view.showSegment(session);
    run(clock.resume);
  }

  function clear() {
    clearTimeout(timer);
    releaseWakeLock();
    if (painDialog.open) painDialog.close();
    session = null;
    view.hide();
    sessionStorage.removeItem(storeKey);
  }

  function state() {
    if (!session) return 'none';
    if (session.ended) return 'ended';
    if (painDialog.open) return 'asking';
    return session.clock.paused ? 'paused' : session.clock.waiting ? 'waiting' : 'running';
  }

  /** @param {Session} session @param {number} now */
  function persist(session, now) {
    sessionStorage.setItem(storeKey, JSON.stringify({ ...session, clock: clock.toStored(session.clock, now), savedAt: Date.now() }));
  }

  function restore() {
    /** @type {StoredSession | null} */
    let saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(storeKey) ?? 'null');
    } catch {}
    if (!saved?.clock) return false;
    const now = performance.now();
    const { savedAt, ...kept } = saved;
    session = { ...kept, clock: clock.restore(saved.clock, now, Math.max(0, Date.now() - savedAt)) };
    if (session.ended) {
      onEnd(session);
      return true;
    }
    view.show([]);
    view.showSegment(session);
    if (!session.clock.paused) requestWakeLock();
    tick();
    return true;
  }

  async function requestWakeLock() {
    if (!useWakeLock || (wakeLock && !wakeLock.released)) return;
    try {
      const lock = await navigator.wakeLock?.request('screen');
      // Paused or ended while the request was on its way: let the screen sleep after all.
      if (state() === 'running' || state() === 'waiting') wakeLock = lock ?? null;
      else lock?.release().catch(() => {});
    } catch {
      wakeLock = null;
    }
  }

  function releaseWakeLock() {
    wakeLock?.release().catch(() => {});
    wakeLock = null;
  }

  buttons.pause.addEventListener('click', togglePause);
  buttons.skip.addEventListener('click', () => run(clock.skip));
  buttons.back.addEventListener('click', () => run(clock.back));
  buttons.gate.addEventListener('click', () => run(clock.confirmGate));
  buttons.finish.addEventListener('click', () => stop('stopped'));
  buttons.pain.addEventListener('click', openPainDialog);
  painDialog.addEventListener('close', () => {
    if (session && !session.ended && painDialog.returnValue) onPainChoice(session, painDialog.returnValue);
    painDialog.returnValue = '';
  });
  const showVoice = () => view.showVoice(cues.voiceOn(), cues.voiceMissing());
  // A device may list its voices only some time after the page has loaded.
  window.speechSynthesis?.addEventListener?.('voiceschanged', showVoice);
  buttons.voice.addEventListener('click', () => {
    cues.setVoice(!cues.voiceOn());
    showVoice();
  const showVibration = () => view.showVibration(cues.canVibrate(), cues.vibrationOn());
  buttons.vibration.addEventListener('click', () => {
    cues.setVibration(!cues.vibrationOn());
    showVibration();
  });
  showVibration();
  });
  showVoice();
  const showVibration = () => view.showVibration(cues.canVibrate(), cues.vibrationOn());
  buttons.vibration.addEventListener('click', () => {
    cues.setVibration(!cues.vibrationOn());
    showVibration();
  });
  showVibration();
  document.addEventListener('click', () => cues.unlockAudio(), { once: true });

  document.addEventListener('keydown', event => {
    const { target, key } = event;
    if (!session || session.ended || painDialog.open || event.altKey || event.ctrlKey || event.metaKey) return;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    if (key === ' ' && !(target instanceof HTMLButtonElement)) togglePause();
    else if (key === 'ArrowRight') run(clock.skip);
    else if (key === 'ArrowLeft') run(clock.back);
    else return;
    event.preventDefault();
  });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !session || session.ended) return;
    if (!session.clock.paused) requestWakeLock();
    tick();
  });

  return {
    start,
    restore,
    clear,
    state,
    stop: () => stop('stopped'),
    /** Pauses a running session; anything else stays as it is. */
    pause: () => { if (state() === 'running') run(clock.pause); },
    get session() { return session; },
    /** @param {Partial<Session>} patch */
    remember(patch) {
      if (!session) return;
      Object.assign(session, patch);
      persist(session, performance.now());
    },
    /** Shows the voice and vibration settings as stored now (the kiosk resets them for each person). */
    refreshSettings: () => { showVoice(); showVibration(); },
  };
}
