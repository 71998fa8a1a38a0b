// Building the log POST /api/sessions takes from an ended session.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLog } from '../../src/MassageRoutines.Web/wwwroot/js/session-log.js';

function session(overrides = {}) {
  return {
    id: '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5',
    options: { minutes: '5', warmup: 'timed' },
    timeline: { routine: { slug: 'pre-run-quick', name: '5-minute pre-run', phase: 'pre-run', version: 3, warmUpMinutes: 10 }, segments: [] },
    lighterTimeline: null,
    startedAt: '2025-05-01T07:00:00.000Z',
    clock: { results: { 0: { ms: 10_000, skipped: false }, 2: { ms: 4_400, skipped: true }, 1: { ms: 89_600, skipped: false } } },
    painEvents: [{ segmentIndex: 2, symptom: 'tingling', region: 'shins', choice: 'continue-lighter' }],
    ended: { outcome: 'completed', endedAt: '2025-05-01T07:05:00.000Z' },
    ...overrides,
  };
}

test('the log carries the session, its choices and each segment played, in order, in whole seconds', () => {
  const log = buildLog(session(), { discomfort: 3, soreRegions: ['glutes'], notes: 'Tight hips.' });
  assert.deepEqual(log, {
    id: '6f1c2d3e-4b5a-4c6d-8e7f-8091a2b3c4d5',
    routine: 'pre-run-quick',
    routineVersion: 3,
    minutes: 5,
    warmUp: 'timed',
    startedAt: '2025-05-01T07:00:00.000Z',
    endedAt: '2025-05-01T07:05:00.000Z',
    outcome: 'completed',
    segments: [
      { index: 0, actualSeconds: 10, skipped: false },
      { index: 1, actualSeconds: 90, skipped: false },
      { index: 2, actualSeconds: 4, skipped: true },
    ],
    painEvents: [{ segmentIndex: 2, symptom: 'tingling', region: 'shins', choice: 'continue-lighter' }],
    discomfort: 3,
    soreRegions: ['glutes'],
    notes: 'Tight hips.',
  });
});

test('what the runner left out is null or empty, and the routine as written warms up at the gate', () => {
  const log = buildLog(session({ options: { minutes: '', warmup: '' } }), { discomfort: null, soreRegions: [], notes: '' });
  assert.equal(log.minutes, null);
  assert.equal(log.warmUp, 'gate');
  assert.equal(log.discomfort, null);
  assert.deepEqual(log.soreRegions, []);
  assert.equal(log.notes, null);

  const kiosk = buildLog(session({ options: { warmup: 'timed' } }), { discomfort: 0 });
  assert.equal(kiosk.minutes, null);
  assert.equal(kiosk.discomfort, 0, 'no discomfort at all is not the same as not saying');
  assert.deepEqual(kiosk.soreRegions, []);
});

test('a session still playing has no log', () => {
  assert.throws(() => buildLog(session({ ended: null }), {}), /ended/);
});
