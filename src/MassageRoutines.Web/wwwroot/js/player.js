// The guided player: plays the server's timeline segment by segment. The /play page and the gym
// kiosk both use it, each with its own start and end screens around the same playing screen.
//
// Timing is deadline-based. Each segment ends at a performance.now() deadline; the next one starts at
// that deadline, not at whenever the timer callback happened to run, so lateness never adds up. A
// timer wakes the page at each whole second left (for the countdown, cues and 3-2-1 tones) and at the
// deadline; after the page was hidden it catches up on every segment that ended meanwhile.
//
// The session lives in sessionStorage, so a reload resumes where it was.

import * as cues from './cues.js';

const RESUME_WINDOW_MS = 2 * 60 * 1000;
const $ = id => document.getElementById(id);
const KIND = {
  'warm-up': 'Warm-up', gate: 'Warm-up check', prepare: 'Get into position',
  work: 'Massage', 'switch-sides': 'Switch sides', rest: 'Rest',
};

export const fmt = seconds => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

// The timeline for the runner's choices, and its gentle twin for "Continue lighter".
export async function fetchTimelines(slug, options) {
  const query = new URLSearchParams(Object.entries(options).filter(([, v]) => v));
  const url = `/api/routines/${encodeURIComponent(slug)}/timeline?${query}`;
  const [timeline, lighterTimeline] = await Promise.all([getJson(url), getJson(`${url}&intensity=gentle`).catch(() => null)]);
  return { timeline, lighterTimeline };
}

/**
 * Wires the player to the playing screen (the markup of Pages/Shared/_PlayerScreen.cshtml).
 * onEnd(session) is called when a session ends (completed, stopped, or stopped for pain), and again
 * when a reload finds an ended session. wakeLock: whether to keep the screen on while playing.
 */
export function createPlayer({ storeKey, onEnd, wakeLock: useWakeLock = true }) {
  const ui = {
    play: $('play'), warnings: $('warnings'), kind: $('segment-kind'), move: $('move-name'), side: $('side'),
    countdown: $('countdown'), gate: $('gate'), cue: $('cue'), steps: $('steps'),
    segmentProgress: $('segment-progress'), routineProgress: $('routine-progress'), timeLeft: $('time-left'), next: $('next'),
    back: $('back'), pause: $('pause'), skip: $('skip'), pain: $('pain'), voice: $('voice'), finish: $('finish'),
    painDialog: $('pain-dialog'), painForm: $('pain-form'), painRegion: $('pain-region'), announcer: $('announcer'),
  };

  let s = null;          // the session: what is stored, and all that survives a reload
  let deadline = null;   // performance.now() at which the current segment ends; null while paused or at a gate
  let timer = 0;
  let wakeLock = null;

  const segments = () => s.timeline.segments;
  const segment = () => segments()[s.index];
  const moveOf = seg => s.timeline.moves.find(m => m.slug === seg.move);
  const result = index => (s.results[index] ??= { ms: 0, skipped: false });
  const remainingMs = now => (s.waiting ? 0 : s.paused ? s.remainingMs : Math.max(0, deadline - now));
  const say = text => cues.say(ui.announcer, text);

  function start(timeline, lighterTimeline, options) {
    cues.unlockAudio();
    s = {
      id: uuid(), options, timeline, lighterTimeline, startedAt: new Date().toISOString(),
      index: 0, results: {}, painEvents: [], fired: [], paused: false, waiting: false, ended: null,
    };
    ui.warnings.replaceChildren(...timeline.warnings.map(w => Object.assign(document.createElement('li'), { textContent: w.message })));
    ui.warnings.hidden = timeline.warnings.length === 0;
    ui.play.hidden = false;
    const now = performance.now();
    begin(0, now);
    requestWakeLock();
    update(now);
    ui.move.focus();
  }

  function begin(index, at) {
    s.index = index;
    s.activeFrom = at;
    const seg = segment();
    s.waiting = seg.kind === 'gate';
    deadline = s.waiting ? null : at + seg.seconds * 1000;
    const opening = seg.cues.filter(c => c.atSecond === 0);
    s.fired = opening.map(c => seg.cues.indexOf(c));
    s.cue = opening.at(-1)?.text ?? '';
    renderSegment(seg);
    say([headline(seg), ...opening.map(c => c.text)].join('. '));
    cues.tone(660, 250);
    cues.vibrate(200);
    document.dispatchEvent(new CustomEvent('player:segment', { detail: { index, plannedAt: at, startedAt: performance.now() } }));
  }

  // Counts the time spent on the current segment since it last started or resumed.
  function credit(until) {
    result(s.index).ms += Math.max(0, until - s.activeFrom);
    s.activeFrom = until;
  }

  function tick() {
    clearTimeout(timer);
    if (!s || s.ended || s.paused) return;
    while (deadline !== null && performance.now() >= deadline) {
      const end = deadline;
      credit(end);
      result(s.index).skipped = false;
      if (s.index + 1 >= segments().length) return finish('completed', end);
      begin(s.index + 1, end);
    }
    update(performance.now());
  }

  function update(now) {
    if (!s.paused && !s.waiting) fireCues(now);
    render(now);
    persist(now);
    clearTimeout(timer);
    if (!s.paused && !s.waiting && !s.ended) {
      const left = deadline - now;
      timer = setTimeout(tick, Math.max(1, Math.min(left, left % 1000 || 1000)));
    }
  }

  function fireCues(now) {
    const seg = segment();
    const left = remainingMs(now);
    const elapsed = seg.seconds - left / 1000;
    seg.cues.forEach((cue, i) => {
      if (cue.atSecond <= elapsed + 0.001 && !s.fired.includes(i)) {
        s.fired.push(i);
        s.cue = ui.cue.textContent = cue.text;
        say(cue.text);
      }
    });
    const whole = Math.ceil(left / 1000 - 0.001);
    if (seg.seconds >= 5 && whole >= 1 && whole <= 3 && !s.fired.includes(`t${whole}`)) {
      s.fired.push(`t${whole}`);
      cues.tone(880, 120);
    }
  }

  function headline(seg) {
    if (seg.kind === 'gate') return `Warm up for ${s.timeline.routine.warmUpMinutes} minutes first, then confirm`;
    if (seg.kind === 'switch-sides') return 'Switch sides';
    if (seg.kind === 'rest') return 'Rest';
    const side = seg.side ? `, ${seg.side} side` : '';
    return seg.kind === 'prepare' ? `Get ready: ${moveOf(seg).name}${side}` : `${moveOf(seg).name}${side}`;
  }

  function describe(seg) {
    if (!seg) return 'Finish';
    if (seg.kind === 'gate') return 'Warm-up check';
    if (seg.kind === 'switch-sides') return 'Switch sides';
    if (seg.kind === 'rest') return 'Rest';
    return `${moveOf(seg).name}${seg.side ? ` (${seg.side} side)` : ''}`;
  }

  // What changes only when the segment changes.
  function renderSegment(seg) {
    const move = seg.move ? moveOf(seg) : null;
    ui.kind.textContent = seg.kind === 'work' ? `${KIND.work} · ${seg.intensity} pressure` : KIND[seg.kind];
    ui.move.textContent = move?.name ?? 'Warm up first';
    ui.side.textContent = seg.side ? `${seg.side[0].toUpperCase()}${seg.side.slice(1)} side` : '';
    ui.cue.textContent = s.cue ?? '';
    ui.steps.replaceChildren(...(move?.steps ?? []).map(step => Object.assign(document.createElement('li'), { textContent: step })));
    ui.gate.hidden = !s.waiting;
    ui.countdown.hidden = s.waiting;
    ui.gate.textContent = `I've warmed up for ${s.timeline.routine.warmUpMinutes} minutes`;
    ui.next.textContent = `Next: ${describe(segments()[s.index + 1])}`;
  }

  // What changes every second.
  function render(now) {
    const seg = segment();
    const left = remainingMs(now);
    const total = s.timeline.totalSeconds * 1000;
    const later = segments().slice(s.index + 1).reduce((sum, x) => sum + x.seconds * 1000, 0);
    ui.countdown.textContent = fmt(Math.ceil(left / 1000 - 0.001));
    ui.segmentProgress.value = seg.seconds ? 1 - left / (seg.seconds * 1000) : 0;
    ui.routineProgress.value = total ? 1 - (left + later) / total : 0;
    ui.timeLeft.textContent = fmt(Math.ceil((left + later) / 1000 - 0.001));
    ui.pause.textContent = s.paused ? 'Resume' : 'Pause';
    ui.pause.disabled = s.waiting;
    ui.skip.disabled = s.waiting;
    ui.back.disabled = s.index === 0;
  }

  function pause() {
    if (!s || s.paused || s.waiting || s.ended) return;
    const now = performance.now();
    credit(now);
    s.remainingMs = deadline - now;
    s.paused = true;
    deadline = null;
    releaseWakeLock();
    say('Paused');
    update(now);
  }

  function resume() {
    if (!s?.paused || s.ended) return;
    const now = performance.now();
    s.paused = false;
    s.activeFrom = now;
    deadline = now + s.remainingMs;
    requestWakeLock();
    say('Resumed');
    update(now);
  }

  // Moves to another segment; a paused player stays paused there.
  function goTo(index) {
    const now = performance.now();
    if (!s.paused) credit(now);
    const wasPaused = s.paused;
    s.paused = false;
    begin(index, now);
    if (wasPaused && !s.waiting) {
      s.paused = true;
      s.remainingMs = deadline - now;
      deadline = null;
    }
    update(now);
  }

  function skip() {
    if (!s || s.ended || s.waiting) return;
    result(s.index).skipped = true;
    if (s.index + 1 >= segments().length) return finish('completed', performance.now());
    goTo(s.index + 1);
  }

  function back() {
    if (!s || s.ended || s.index === 0) return;
    goTo(s.index - 1);
  }

  function confirmWarmUp() {
    if (!s?.waiting) return;
    const now = performance.now();
    credit(now);
    begin(s.index + 1, now);
    update(now);
  }

  function finish(outcome, at) {
    if (!s.paused && at > s.activeFrom) credit(at);
    clearTimeout(timer);
    deadline = null;
    s.ended = { outcome, endedAt: new Date(Date.now() - (performance.now() - at)).toISOString() };
    releaseWakeLock();
    persist(at);
    ui.play.hidden = true;
    say(outcome === 'completed' ? 'Session complete. Well done.' : 'Session ended.');
    onEnd(s);
  }

  function openPainDialog() {
    if (!s || s.ended) return;
    pause();
    const move = segment().move ? moveOf(segment()) : null;
    const primary = move?.regions.find(r => r !== 'full-body');
    ui.painForm.reset();
    if (primary) ui.painRegion.value = primary;
    ui.painDialog.showModal();
  }

  function onPainChoice(choice) {
    const data = new FormData(ui.painForm);
    s.painEvents.push({ segmentIndex: s.index, symptom: data.get('symptom'), region: data.get('region'), choice });
    if (choice === 'end-session') return finish('stopped-for-pain', performance.now());
    continueLighter();
    resume();
  }

  // The rest of the routine, at gentle pressure with a cue to ease off: the server's lighter timeline
  // has the same segments, so it takes over from the current one.
  function continueLighter() {
    s.lighter = true;
    const lighter = s.lighterTimeline?.segments;
    for (let i = s.index; i < segments().length; i++) {
      segments()[i] = lighter?.[i] ?? { ...segments()[i], intensity: 'gentle' };
    }
    // The lighter segment's cue list differs (its first cue says to ease off): count as said what is due.
    const seg = segment();
    const elapsed = seg.seconds - remainingMs(performance.now()) / 1000;
    s.fired = [...s.fired.filter(f => typeof f === 'string'), ...seg.cues.flatMap((c, i) => (c.atSecond <= elapsed ? [i] : []))];
    s.cue = seg.cues[0]?.text ?? s.cue;
    say(s.cue);
    renderSegment(seg);
  }

  // The log the API takes, with what the runner adds at the end: { discomfort, soreRegions, notes }.
  function buildLog(extra) {
    return {
      id: s.id,
      routine: s.timeline.routine.slug,
      routineVersion: s.timeline.routine.version,
      minutes: s.options.minutes ? Number(s.options.minutes) : null,
      warmUp: s.options.warmup || 'gate',
      startedAt: s.startedAt,
      endedAt: s.ended.endedAt,
      outcome: s.ended.outcome,
      segments: Object.entries(s.results).map(([index, r]) => ({ index: Number(index), actualSeconds: Math.round(r.ms / 1000), skipped: r.skipped })),
      painEvents: s.painEvents,
      discomfort: extra.discomfort ?? null,
      soreRegions: extra.soreRegions ?? [],
      notes: extra.notes || null,
    };
  }

  // Forgets the session, here and in storage.
  function clear() {
    clearTimeout(timer);
    deadline = null;
    releaseWakeLock();
    if (ui.painDialog.open) ui.painDialog.close();
    s = null;
    ui.play.hidden = true;
    sessionStorage.removeItem(storeKey);
  }

  // Where the session stands, for a page deciding whether someone is still using it.
  function state() {
    if (!s) return 'none';
    if (s.ended) return 'ended';
    if (ui.painDialog.open) return 'asking';
    return s.paused ? 'paused' : s.waiting ? 'waiting' : 'running';
  }

  function persist(now) {
    const stored = { ...s, remainingMs: remainingMs(now), activeMs: now - s.activeFrom, savedAt: Date.now() };
    sessionStorage.setItem(storeKey, JSON.stringify(stored));
  }

  // A reload picks up where the session was: still running if it was running a moment ago, paused if
  // the page was away longer than that.
  function restore() {
    let saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(storeKey) ?? 'null');
    } catch {
      saved = null;
    }
    if (!saved) return false;
    s = saved;
    const now = performance.now();
    if (s.ended) {
      onEnd(s);
      return true;
    }
    const away = Math.max(0, Date.now() - s.savedAt);
    const running = !s.paused && !s.waiting;
    s.activeFrom = now - s.activeMs - (running || s.waiting ? away : 0);
    if (running && away >= RESUME_WINDOW_MS) {
      // Away too long to carry on: keep the time played before the page went, and wait paused.
      result(s.index).ms += s.activeMs;
      s.paused = true;
      s.activeFrom = now;
    } else if (running) {
      deadline = now + s.remainingMs - away;
    }
    ui.play.hidden = false;
    renderSegment(segment());
    if (s.paused) {
      update(now);
    } else {
      requestWakeLock();
      tick();
    }
    return true;
  }

  async function requestWakeLock() {
    if (!useWakeLock || (wakeLock && !wakeLock.released)) return;
    try {
      const lock = await navigator.wakeLock?.request('screen');
      // Paused or ended while the request was on its way: let the screen sleep after all.
      if (state() === 'running' || state() === 'waiting') wakeLock = lock;
      else lock?.release().catch(() => {});
    } catch {
      wakeLock = null;
    }
  }

  function releaseWakeLock() {
    wakeLock?.release().catch(() => {});
    wakeLock = null;
  }

  ui.pause.addEventListener('click', () => (s?.paused ? resume() : pause()));
  ui.skip.addEventListener('click', skip);
  ui.back.addEventListener('click', back);
  ui.gate.addEventListener('click', confirmWarmUp);
  ui.finish.addEventListener('click', () => finish('stopped', performance.now()));
  ui.pain.addEventListener('click', openPainDialog);
  ui.painDialog.addEventListener('close', () => {
    if (ui.painDialog.returnValue) onPainChoice(ui.painDialog.returnValue);
    ui.painDialog.returnValue = '';
  });
  ui.voice.addEventListener('click', () => {
    cues.setVoice(!cues.voiceOn());
    ui.voice.setAttribute('aria-pressed', String(cues.voiceOn()));
  });
  ui.voice.setAttribute('aria-pressed', String(cues.voiceOn()));
  document.addEventListener('click', () => cues.unlockAudio(), { once: true });

  document.addEventListener('keydown', event => {
    if (!s || s.ended || ui.painDialog.open || event.altKey || event.ctrlKey || event.metaKey) return;
    const tag = event.target.tagName;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(tag)) return;
    if (event.key === ' ' && tag !== 'BUTTON') {
      event.preventDefault();
      if (s.paused) resume(); else pause();
    } else if (event.key === 'ArrowRight') {
      event.preventDefault();
      skip();
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      back();
    }
  });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !s || s.ended) return;
    if (!s.paused) requestWakeLock();
    tick();
  });

  return {
    start,
    restore,
    clear,
    state,
    buildLog,
    stop: () => finish('stopped', performance.now()),
    get session() { return s; },
    // Keeps something of the page's with the session, through reloads.
    remember: patch => { Object.assign(s, patch); persist(performance.now()); },
    refreshVoice: () => ui.voice.setAttribute('aria-pressed', String(cues.voiceOn())),
  };
}
