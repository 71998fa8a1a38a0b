// The player's clock, stepped by hand: every time is a number of milliseconds the test chooses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as clock from '../../src/MassageRoutines.Web/wwwroot/js/player-clock.js';

const segment = (kind, seconds, cues = [], extra = {}) =>
  ({ index: 0, kind, label: kind, move: null, side: null, seconds, intensity: 'moderate', cues, ...extra });

// A 10 s prepare, a 45 s massage with cues at 0 and 20 s, a 5 s switch, and a 30 s massage: 90 s.
const routine = [
  segment('prepare', 10),
  segment('work', 45, [{ atSecond: 0, text: 'Start slowly.' }, { atSecond: 20, text: 'Go a little deeper.' }]),
  segment('switch-sides', 5),
  segment('work', 30),
];
const withGate = [segment('gate', 0), ...routine];
const types = step => step.events.map(event => event.type);

test('the first segment starts now and ends after its seconds', () => {
  const { state, events } = clock.start(routine, 1_000);
  assert.equal(state.index, 0);
  assert.equal(state.deadline, 11_000);
  assert.deepEqual(events, [{ type: 'segment', index: 0, at: 1_000, cues: [] }]);
});

test('a tick before the deadline keeps the segment; at the deadline the next one starts', () => {
  const started = clock.start(routine, 0).state;
  assert.equal(clock.tick(started, routine, 9_999).state.index, 0);

  const { state, events } = clock.tick(started, routine, 10_000);
  assert.equal(state.index, 1);
  assert.equal(state.deadline, 55_000);
  assert.deepEqual(events, [{ type: 'segment', index: 1, at: 10_000, cues: ['Start slowly.'] }]);
  assert.equal(state.cue, 'Start slowly.');
  assert.deepEqual(state.results[0], { ms: 10_000, skipped: false });
});

test('a late tick does not push the next deadline back: no drift', () => {
  let state = clock.start(routine, 0).state;
  state = clock.tick(state, routine, 10_250).state; // 250 ms late
  assert.equal(state.deadline, 55_000);
  state = clock.tick(state, routine, 55_900).state; // 900 ms late
  assert.equal(state.index, 2);
  assert.equal(state.deadline, 60_000);
  assert.deepEqual([state.results[0].ms, state.results[1].ms], [10_000, 45_000]);
});

test('after the page was hidden, one tick catches up on every segment that ended meanwhile', () => {
  const started = clock.start(routine, 0).state;
  const { state, events } = clock.tick(started, routine, 58_000);
  assert.deepEqual(events.filter(e => e.type === 'segment').map(e => [e.index, e.at]), [[1, 10_000], [2, 55_000]]);
  assert.equal(state.index, 2);
  assert.equal(state.deadline, 60_000);
  assert.equal(clock.remainingMs(state, 58_000), 2_000);
});

test('hidden past the end, the routine ends at the last deadline with every second counted', () => {
  const started = clock.start(routine, 0).state;
  const { state, events } = clock.tick(started, routine, 500_000);
  assert.deepEqual(events.at(-1), { type: 'end', at: 90_000 });
  assert.equal(state.over, true);
  assert.deepEqual(Object.values(state.results).map(r => r.ms), [10_000, 45_000, 5_000, 30_000]);
  assert.deepEqual(clock.tick(state, routine, 600_000).events, []);
});

test('pausing keeps the time left to the millisecond, and resuming sets a new deadline from it', () => {
  let state = clock.start(routine, 0).state;
  const paused = clock.pause(state, routine, 3_500);
  assert.deepEqual(types(paused), ['paused']);
  state = paused.state;
  assert.equal(state.remainingMs, 6_500);
  assert.equal(state.deadline, null);
  assert.equal(state.results[0].ms, 3_500);
  assert.equal(clock.nextWake(state, 3_500), null);

  assert.deepEqual(clock.tick(state, routine, 100_000).events, []);
  assert.equal(clock.remainingMs(state, 100_000), 6_500);
  assert.equal(clock.pause(state, routine, 100_000).state, state, 'pausing twice changes nothing');

  const resumed = clock.resume(state, routine, 120_000);
  assert.deepEqual(types(resumed), ['resumed']);
  state = resumed.state;
  assert.equal(state.deadline, 126_500);
  assert.equal(clock.tick(state, routine, 126_499).state.index, 0);
  state = clock.tick(state, routine, 126_500).state;
  assert.equal(state.index, 1);
  assert.equal(state.results[0].ms, 10_000, 'the paused time does not count');
});

test('skip marks the segment skipped and starts the next one now; skipping the last ends the routine', () => {
  let state = clock.start(routine, 0).state;
  state = clock.skip(state, routine, 4_000).state;
  assert.deepEqual(state.results[0], { ms: 4_000, skipped: true });
  assert.equal(state.index, 1);
  assert.equal(state.deadline, 49_000);

  state = clock.skip(clock.skip(state, routine, 5_000).state, routine, 6_000).state;
  assert.equal(state.index, 3);
  const { state: ended, events } = clock.skip(state, routine, 7_000);
  assert.deepEqual(events, [{ type: 'end', at: 7_000 }]);
  assert.equal(ended.over, true);
  assert.deepEqual(ended.results[3], { ms: 1_000, skipped: true });
});

test('back restarts the previous segment in full, and does nothing on the first', () => {
  let state = clock.skip(clock.start(routine, 0).state, routine, 2_000).state;
  const { state: back, events } = clock.back(state, routine, 30_000);
  assert.equal(back.index, 0);
  assert.equal(back.deadline, 40_000);
  assert.deepEqual(types({ events }), ['segment']);
  assert.equal(back.results[1].ms, 28_000);
  assert.equal(clock.back(back, routine, 31_000).state, back);
});

test('a paused player stays paused on the segment it skips or goes back to', () => {
  let state = clock.pause(clock.start(routine, 0).state, routine, 1_000).state;
  state = clock.skip(state, routine, 50_000).state;
  assert.equal(state.index, 1);
  assert.equal(state.paused, true);
  assert.equal(state.remainingMs, 45_000);
  assert.equal(state.results[0].ms, 1_000, 'the paused time does not count');
  state = clock.back(state, routine, 60_000).state;
  assert.deepEqual([state.index, state.paused, state.remainingMs], [0, true, 10_000]);
});

test('at the warm-up gate the clock waits for the runner, whatever the time', () => {
  let state = clock.start(withGate, 0).state;
  assert.equal(state.waiting, true);
  assert.equal(state.deadline, null);
  assert.equal(clock.nextWake(state, 0), null);
  assert.equal(clock.tick(state, withGate, 3_600_000).state.index, 0);
  assert.equal(clock.pause(state, routine, 1_000).state, state);
  assert.equal(clock.skip(state, withGate, 1_000).state, state);

  const { state: confirmed, events } = clock.confirmGate(state, withGate, 600_000);
  assert.equal(confirmed.index, 1);
  assert.equal(confirmed.waiting, false);
  assert.equal(confirmed.deadline, 610_000);
  assert.deepEqual(types({ events }), ['segment']);
  assert.equal(confirmed.results[0].ms, 600_000);
  assert.equal(clock.confirmGate(confirmed, withGate, 600_001).state, confirmed, 'no gate to confirm');
});

test('cues are said once when due, and the last three seconds of a segment beep once each', () => {
  let state = clock.tick(clock.start(routine, 0).state, routine, 10_000).state; // the 45 s massage, from 10 s
  let step = clock.tick(state, routine, 29_990);
  assert.deepEqual(step.events, []);
  step = clock.tick(step.state, routine, 30_000);
  assert.deepEqual(step.events, [{ type: 'cue', text: 'Go a little deeper.' }]);
  assert.equal(step.state.cue, 'Go a little deeper.');
  assert.deepEqual(clock.tick(step.state, routine, 31_000).events, []);

  state = step.state;
  const beeps = [];
  for (const now of [51_500, 52_000, 52_500, 53_000, 54_000, 54_500]) {
    step = clock.tick(state, routine, now);
    state = step.state;
    beeps.push(...step.events.filter(e => e.type === 'beep').map(e => e.secondsLeft));
  }
  assert.deepEqual(beeps, [3, 2, 1]);
});

test('a short segment (under 5 s) does not beep', () => {
  const short = [segment('rest', 4), segment('work', 30)];
  const events = [1_000, 2_000, 3_000].flatMap(now => clock.tick(clock.start(short, 0).state, short, now).events);
  assert.deepEqual(events, []);
});

test('the timer wakes at each whole second left and at the deadline', () => {
  const state = clock.start(routine, 0).state;
  assert.equal(clock.nextWake(state, 0), 1_000);
  assert.equal(clock.nextWake(state, 250), 750);
  assert.equal(clock.nextWake(state, 9_600), 400);
  assert.equal(clock.nextWake(state, 10_000), 1, 'at least 1 ms');
});

test('continuing lighter swaps in the lighter timeline from the current segment on', () => {
  const lighter = routine.map(s => ({ ...s, intensity: 'gentle', cues: [{ atSecond: 0, text: 'Lighter now.' }, ...s.cues.slice(1)] }));
  let state = clock.tick(clock.start(routine, 0).state, routine, 25_000).state; // 15 s into the massage
  state = clock.pause(state, routine, 25_000).state;

  const swapped = clock.continueLighter(state, routine, lighter, 25_000);
  assert.equal(swapped.segments[0], routine[0], 'what was played stays as it was');
  assert.deepEqual(swapped.segments.slice(1), lighter.slice(1));
  assert.deepEqual(swapped.events, [{ type: 'cue', text: 'Lighter now.' }]);
  assert.deepEqual(swapped.state.said, [0], 'the cue at 20 s is still to come');

  const resumed = clock.resume(swapped.state, swapped.segments, 40_000).state;
  const { events } = clock.tick(resumed, swapped.segments, 45_000);
  assert.deepEqual(events, [{ type: 'cue', text: 'Go a little deeper.' }]);
});

test('without a lighter timeline, the rest plays at gentle pressure', () => {
  const state = clock.tick(clock.start(routine, 0).state, routine, 12_000).state;
  const { segments } = clock.continueLighter(state, routine, undefined, 12_000);
  assert.deepEqual(segments.map(s => s.intensity), ['moderate', 'gentle', 'gentle', 'gentle']);
  assert.equal(routine[1].intensity, 'moderate', 'the segments passed in are not changed');
});

test('a reload within two minutes carries on where it was', () => {
  const state = clock.tick(clock.start(routine, 0).state, routine, 20_000).state; // 10 s into 45
  const stored = JSON.parse(JSON.stringify(clock.toStored(state, 20_000)));
  assert.equal(stored.deadline, null);
  assert.deepEqual([stored.remainingMs, stored.activeMs], [35_000, 10_000]);

  // The new page's clock starts again from 0; 5 s went by between the two pages.
  const restored = clock.restore(stored, 300, 5_000);
  assert.equal(restored.paused, false);
  assert.equal(restored.deadline, 30_300);
  const { state: next, events } = clock.tick(restored, routine, 30_300);
  assert.deepEqual(events.filter(e => e.type === 'segment'), [{ type: 'segment', index: 2, at: 30_300, cues: [] }]);
  assert.equal(next.results[1].ms, 45_000, 'the time away counts as played');
});

test('a reload after two minutes or more waits paused, keeping what was played', () => {
  const state = clock.tick(clock.start(routine, 0).state, routine, 20_000).state;
  const restored = clock.restore(clock.toStored(state, 20_000), 300, clock.RESUME_WINDOW_MS);
  assert.equal(restored.paused, true);
  assert.equal(restored.deadline, null);
  assert.equal(restored.remainingMs, 35_000);
  assert.equal(restored.results[1].ms, 10_000);
  assert.equal(clock.resume(restored, routine, 1_000).state.deadline, 36_000);
});

test('a paused session reloads paused, and a session at the gate counts the time away', () => {
  const paused = clock.pause(clock.start(routine, 0).state, routine, 4_000).state;
  const restored = clock.restore(clock.toStored(paused, 9_000), 100, 60_000);
  assert.deepEqual([restored.paused, restored.remainingMs, restored.deadline], [true, 6_000, null]);

  const atGate = clock.start(withGate, 0).state;
  const back = clock.restore(clock.toStored(atGate, 30_000), 100, 10_000);
  assert.equal(back.waiting, true);
  assert.equal(clock.confirmGate(back, withGate, 100).state.results[0].ms, 40_000);
});

test('no function changes the state it is given', () => {
  const state = clock.start(routine, 0).state;
  const before = structuredClone(state);
  clock.tick(state, routine, 58_000);
  clock.pause(state, routine, 3_000);
  clock.skip(state, routine, 3_000);
  clock.continueLighter(state, routine, undefined, 3_000);
  clock.stop(state, 3_000);
  clock.toStored(state, 3_000);
  assert.deepEqual(state, before);
});

test('stopping counts the time played until then, once', () => {
  let state = clock.tick(clock.start(routine, 0).state, routine, 10_000).state;
  state = clock.stop(state, 17_000);
  assert.equal(state.over, true);
  assert.equal(state.results[1].ms, 7_000);
  assert.equal(clock.stop(state, 20_000).results[1].ms, 7_000);
  assert.deepEqual(clock.resume(state, routine, 20_000).events, []);
});
