// @ts-check
// The player's clock, without a page (Step in types.js). A segment starts at the previous one's
// deadline, not when the tick ran, so lateness never adds up; a tick after the page was hidden
// catches up on every segment that ended meanwhile.

export const RESUME_WINDOW_MS = 120_000;

/** @param {number} ms */
export const secondsLeft = ms => Math.ceil(ms / 1000 - 0.001);

/** @param {ClockState} state @param {number} now */
export const remainingMs = (state, now) =>
  state.waiting ? 0 : state.deadline === null ? state.remainingMs : Math.max(0, state.deadline - now);

/** @param {SegmentResponse[]} segments @param {number} now */
export function start(segments, now) {
  /** @type {ClockState} */
  const state = { index: 0, deadline: null, remainingMs: 0, activeFrom: now, paused: false, waiting: false, over: false, results: {}, said: [], beeps: [], cue: '' };
  return settle(state, segments, now, begin(state, segments, 0, now, []));
}

/** @type {Step} */
export const tick = (state, segments, now) => {
  if (state.paused || state.over) return unchanged(state);
  const next = structuredClone(state);
  /** @type {ClockEvent[]} */
  const events = [];
  while (next.deadline !== null && now >= next.deadline) {
    const end = next.deadline;
    credit(next, end);
    result(next).skipped = false;
    if (next.index + 1 >= segments.length) return { state: finish(next, end), events: [...events, { type: 'end', at: end }] };
    begin(next, segments, next.index + 1, end, events);
  }
  return settle(next, segments, now, events);
};

/** @type {Step} */
export const pause = (state, _segments, now) => {
  if (state.paused || state.waiting || state.over) return unchanged(state);
  const next = structuredClone(state);
  credit(next, now);
  hold(next, now);
  return { state: next, events: [{ type: 'paused' }] };
};

/** @type {Step} */
export const resume = (state, segments, now) => {
  if (!state.paused || state.over) return unchanged(state);
  const next = structuredClone(state);
  next.paused = false;
  next.activeFrom = now;
  next.deadline = now + next.remainingMs;
  return settle(next, segments, now, [{ type: 'resumed' }]);
};

/** @type {Step} */
export const skip = (state, segments, now) => {
  if (state.waiting || state.over) return unchanged(state);
  const next = structuredClone(state);
  result(next).skipped = true;
  return next.index + 1 < segments.length ? goTo(next, segments, next.index + 1, now) : { state: finish(next, now), events: [{ type: 'end', at: now }] };
};

/** @type {Step} */
export const back = (state, segments, now) =>
  state.index && !state.over ? goTo(structuredClone(state), segments, state.index - 1, now) : unchanged(state);

/** @type {Step} */
export const confirmGate = (state, segments, now) => {
  if (!state.waiting || state.over) return unchanged(state);
  const next = structuredClone(state);
  credit(next, now);
  return settle(next, segments, now, begin(next, segments, next.index + 1, now, []));
};

/** @param {ClockState} state @param {number} at */
export const stop = (state, at) => (state.over ? state : finish(structuredClone(state), at));

/**
 * From the current segment on, the lighter timeline's segments, or the same at gentle pressure.
 * @param {ClockState} state @param {SegmentResponse[]} segments @param {SegmentResponse[] | undefined} lighter @param {number} now
 */
export function continueLighter(state, segments, lighter, now) {
  /** @type {SegmentResponse[]} */
  const played = segments.map((segment, i) => (i < state.index ? segment : lighter?.[i] ?? { ...segment, intensity: 'gentle' }));
  const { cues, seconds } = played[state.index];
  const elapsed = seconds - remainingMs(state, now) / 1000;
  const next = structuredClone(state);
  next.said = cues.flatMap((cue, i) => (cue.atSecond <= elapsed ? [i] : []));
  next.cue = cues[0]?.text ?? next.cue;
  /** @type {ClockEvent[]} */
  const events = [{ type: 'cue', text: next.cue }];
  return { state: next, segments: played, events };
}

/** @param {ClockState} state @param {number} now */
export function nextWake(state, now) {
  if (state.paused || state.waiting || state.deadline === null) return null;
  const left = state.deadline - now;
  return Math.max(1, Math.min(left, left % 1000 || 1000));
}

/** @param {ClockState} state @param {number} now */
export const toStored = (state, now) =>
  ({ ...structuredClone(state), deadline: null, remainingMs: remainingMs(state, now), activeMs: now - state.activeFrom });

/** @param {StoredClock} stored @param {number} now @param {number} awayMs */
export function restore(stored, now, awayMs) {
  const { activeMs, ...state } = structuredClone(stored);
  const running = !state.paused && !state.waiting && !state.over;
  state.activeFrom = now - activeMs - (running || state.waiting ? awayMs : 0);
  if (running && awayMs >= RESUME_WINDOW_MS) {
    // Keep the time played before the page went, and wait paused.
    result(state).ms += activeMs;
    state.paused = true;
    state.activeFrom = now;
  } else if (running) {
    state.deadline = now + state.remainingMs - awayMs;
  }
  return state;
}

// These change the working copy they are given.

/** @param {ClockState} state @returns {ClockStep} */
const unchanged = state => ({ state, events: [] });

/** @param {ClockState} state */
const result = state => (state.results[state.index] ??= { ms: 0, skipped: false });

/** @param {ClockState} state @param {number} now */
function hold(state, now) {
  state.remainingMs = (state.deadline ?? now) - now;
  state.paused = true;
  state.deadline = null;
}

/** @param {ClockState} state @param {number} until */
function credit(state, until) {
  result(state).ms += Math.max(0, until - state.activeFrom);
  state.activeFrom = until;
}

/** @param {ClockState} state @param {SegmentResponse[]} segments @param {number} index @param {number} at @param {ClockEvent[]} events */
function begin(state, segments, index, at, events) {
  const { kind, seconds, cues } = segments[index];
  const opening = cues.filter(cue => cue.atSecond === 0);
  state.index = index;
  state.activeFrom = at;
  state.waiting = kind === 'gate';
  state.deadline = state.waiting ? null : at + seconds * 1000;
  state.said = opening.map(cue => cues.indexOf(cue));
  state.beeps = [];
  state.cue = opening.at(-1)?.text ?? '';
  events.push({ type: 'segment', index, at, cues: opening.map(cue => cue.text) });
  return events;
}

/** @param {ClockState} state @param {SegmentResponse[]} segments @param {number} index @param {number} now */
function goTo(state, segments, index, now) {
  const wasPaused = state.paused;
  if (!wasPaused) credit(state, now);
  state.paused = false;
  const events = begin(state, segments, index, now, []);
  if (wasPaused && !state.waiting) hold(state, now);
  return settle(state, segments, now, events);
}

/** @param {ClockState} state @param {SegmentResponse[]} segments @param {number} now @param {ClockEvent[]} events @returns {ClockStep} */
function settle(state, segments, now, events) {
  if (state.paused || state.waiting || state.over) return { state, events };
  const { cues, seconds } = segments[state.index];
  const left = remainingMs(state, now);
  cues.forEach((cue, i) => {
    if (cue.atSecond <= seconds - left / 1000 + 0.001 && !state.said.includes(i)) {
      state.said.push(i);
      state.cue = cue.text;
      events.push({ type: 'cue', text: cue.text });
    }
  });
  const whole = secondsLeft(left);
  if (seconds >= 5 && whole >= 1 && whole <= 3 && !state.beeps.includes(whole)) {
    state.beeps.push(whole);
    events.push({ type: 'beep', secondsLeft: whole });
  }
  return { state, events };
}

/** @param {ClockState} state @param {number} at */
function finish(state, at) {
  if (!state.paused && at > state.activeFrom) credit(state, at);
  state.deadline = null;
  state.over = true;
  return state;
}
