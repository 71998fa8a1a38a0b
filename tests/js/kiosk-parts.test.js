// The kiosk's parts that need no page: its timeline cache, the "What's sore?" build request, when it
// counts as walked away from, and what its banner says of the outbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KIOSK_OPTIONS, createTimelineCache } from '../../src/MassageRoutines.Web/wwwroot/js/kiosk-timelines.js';
import { buildRoutine, buildUrl } from '../../src/MassageRoutines.Web/wwwroot/js/kiosk-build.js';
import { walkedAway } from '../../src/MassageRoutines.Web/wwwroot/js/kiosk-idle.js';
import { outboxStatus } from '../../src/MassageRoutines.Web/wwwroot/js/kiosk-outbox-status.js';

function countingFetch() {
  const asked = [];
  const fetchTimelines = async (slug, options) => {
    asked.push({ slug, options });
    return { timeline: { slug }, lighterTimeline: null };
  };
  return { asked, fetchTimelines };
}

test('a timeline is fetched once with the kiosk options, and refreshed on demand', async () => {
  const { asked, fetchTimelines } = countingFetch();
  const cache = createTimelineCache(fetchTimelines);
  const first = await cache.load('hips');
  assert.equal(await cache.load('hips'), first);
  assert.deepEqual(asked, [{ slug: 'hips', options: KIOSK_OPTIONS }]);
  await cache.refresh('hips');
  assert.equal(asked.length, 2);
  assert.notEqual(await cache.load('hips'), first);
  assert.equal(asked.length, 2);
});

test('a reset forgets the routines built since the last one, and keeps the others', async () => {
  const { asked, fetchTimelines } = countingFetch();
  const cache = createTimelineCache(fetchTimelines);
  await cache.load('hips');
  await cache.load('built-abc');
  cache.markBuilt('built-abc');
  cache.forgetBuilt();
  await cache.load('hips');
  await cache.load('built-abc');
  assert.deepEqual(asked.map(a => a.slug), ['hips', 'built-abc', 'built-abc']);
  cache.forgetBuilt();
  await cache.load('built-abc');
  assert.equal(asked.length, 3, 'forgotten once, it is not forgotten again until built again');
});

test('a build asks for the kiosk library, its gear and the sore spots, with no minutes', () => {
  const url = new URL(buildUrl({ library: 'default', tools: ['foam-roller', 'ball'] }, 'pre-run', ['calves', 'glutes']), 'http://kiosk');
  assert.equal(url.pathname, '/api/build');
  assert.deepEqual(Object.fromEntries(url.searchParams),
    { library: 'default', phase: 'pre-run', tools: 'foam-roller,ball', sore: 'calves,glutes' });
});

test('a build answers the slug, no-fit on 422, failed on any other error or no network', async () => {
  const answer = (status, body = {}) => async () => new Response(JSON.stringify(body), { status });
  assert.deepEqual(await buildRoutine('/api/build', answer(200, { routine: { slug: 'built-1' } })), { slug: 'built-1' });
  assert.deepEqual(await buildRoutine('/api/build', answer(422)), { problem: 'no-fit' });
  assert.deepEqual(await buildRoutine('/api/build', answer(500)), { problem: 'failed' });
  assert.deepEqual(await buildRoutine('/api/build', async () => { throw new TypeError('offline'); }), { problem: 'failed' });
});

test('only a kiosk left waiting counts as walked away from, after the idle time', () => {
  const kiosk = { playerState: 'none', choosingSore: false, warmUpMinutes: 0, idleSeconds: 60, idleMs: 60_000 };
  assert.equal(walkedAway(kiosk), false, 'the tiles wait for anyone');
  assert.equal(walkedAway({ ...kiosk, playerState: 'running', idleMs: 600_000 }), false, 'a routine plays untouched');
  assert.equal(walkedAway({ ...kiosk, choosingSore: true }), true);
  assert.equal(walkedAway({ ...kiosk, choosingSore: true, idleMs: 59_999 }), false);
  for (const playerState of ['paused', 'asking', 'ended']) assert.equal(walkedAway({ ...kiosk, playerState }), true, playerState);
});

test('at the warm-up check, the warm-up time comes before the idle time', () => {
  const waiting = { playerState: 'waiting', choosingSore: false, warmUpMinutes: 10, idleSeconds: 60, idleMs: 600_000 };
  assert.equal(walkedAway(waiting), false);
  assert.equal(walkedAway({ ...waiting, idleMs: 660_000 }), true);
  assert.equal(walkedAway({ ...waiting, playerState: 'paused' }), true, 'the warm-up counts only at the check');
});

// The words the kiosk page hands over (Phrases.Browser.Kiosk on the server).
const said = { oneLogWaiting: '{count} log waiting to be sent', logsWaiting: '{count} logs waiting to be sent', offline: 'Offline: {logs}' };

test('the banner counts the logs waiting, says when offline, and hides when all is sent', () => {
  assert.deepEqual(outboxStatus(0, true, said), { hidden: true, text: '0 logs waiting to be sent' });
  assert.deepEqual(outboxStatus(1, true, said), { hidden: false, text: '1 log waiting to be sent' });
  assert.deepEqual(outboxStatus(0, false, said), { hidden: false, text: 'Offline: 0 logs waiting to be sent' });
  assert.deepEqual(outboxStatus(3, false, said), { hidden: false, text: 'Offline: 3 logs waiting to be sent' });
});

test('in a language a walk-up user tapped, timelines and builds name it, so each language is fetched and kept apart', async () => {
  const { asked, fetchTimelines } = countingFetch();
  await createTimelineCache(fetchTimelines, 'de').load('hips');
  assert.deepEqual(asked, [{ slug: 'hips', options: { ...KIOSK_OPTIONS, lang: 'de' } }]);
  const url = new URL(buildUrl({ library: 'default', tools: ['ball'] }, 'break', ['calves'], 'es'), 'http://kiosk');
  assert.equal(url.searchParams.get('lang'), 'es');
});

test('the start screen left in another language than the kiosk\'s counts as walked away from', () => {
  const start = { playerState: 'none', choosingSore: false, warmUpMinutes: 0, idleSeconds: 90, idleMs: 91_000 };
  assert.equal(walkedAway(start), false);
  assert.equal(walkedAway({ ...start, otherLanguage: true }), true);
  assert.equal(walkedAway({ ...start, otherLanguage: true, idleMs: 89_000 }), false);
  assert.equal(walkedAway({ ...start, otherLanguage: true, playerState: 'running' }), false, 'not while a routine plays');
});
