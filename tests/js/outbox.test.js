// The outbox's retry and give-up rules, with logs kept in memory and a fake server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createOutbox, RETRY_DELAYS_MS } from '../../src/MassageRoutines.Web/wwwroot/js/outbox.js';
import { localStorageLogs } from '../../src/MassageRoutines.Web/wwwroot/js/outbox-local-storage.js';

const log = id => ({ id, routine: 'post-run-quick', routineVersion: 1, outcome: 'completed' });

function memoryStore(...logs) {
  let kept = [...logs];
  return {
    all: async () => [...kept],
    put: async added => { kept = [...kept.filter(l => l.id !== added.id), added]; },
    remove: async id => { kept = kept.filter(l => l.id !== id); },
    ids: () => kept.map(l => l.id),
  };
}

/**
 * A server that answers the antiforgery request, then each posted log with answer(id, attempt):
 * a status (and problem body), or 'offline' for a network error. Records the ids posted, in order.
 */
function fakeServer(answer) {
  const posted = [];
  const requests = [];
  const fetch = async (url, init = {}) => {
    if (url === '/api/antiforgery') return Response.json({ token: 't', headerName: 'X-CSRF' });
    const { id } = JSON.parse(init.body);
    requests.push({ url, method: init.method, token: init.headers['X-CSRF'] });
    posted.push(id);
    const [status, problem] = [answer(id, posted.filter(p => p === id).length)].flat();
    if (status === 'offline') throw new TypeError('Failed to fetch');
    return problem ? Response.json(problem, { status }) : new Response(null, { status });
  };
  return { fetch, posted, requests };
}

function outboxWith(store, server, extra = {}) {
  return createOutbox({ store, url: '/api/sessions', fetch: server.fetch, sleep: async () => {}, ...extra });
}

test('a log the server takes leaves the outbox, and the page is told', async () => {
  const store = memoryStore(log('a'), log('b'));
  const sent = [];
  const server = fakeServer(() => 201);
  await outboxWith(store, server, { onSent: l => sent.push(l.id) }).flush();
  assert.deepEqual(store.ids(), []);
  assert.deepEqual(sent, ['a', 'b']);
  assert.deepEqual(server.requests[0], { url: '/api/sessions', method: 'POST', token: 't' });
});

test('a log the server will never take is given up; the others still go', async () => {
  const validation = [400, { title: 'Invalid', errors: { discomfort: ['Between 0 and 10.'] } }];
  const answers = { a: 409, b: 410, c: 413, d: validation, e: 201 };
  const store = memoryStore(...Object.keys(answers).map(log));
  const server = fakeServer(id => answers[id]);
  await outboxWith(store, server).flush();
  assert.deepEqual(server.posted, ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(store.ids(), []);
});

test('a server error, or a 400 without field errors, keeps the log for the next round while the others go', async () => {
  const answers = { a: 500, b: 201, c: [400, { title: 'Bad request' }], d: 503, e: 201 };
  const store = memoryStore(...Object.keys(answers).map(log));
  const server = fakeServer(id => answers[id]);
  await outboxWith(store, server).flush();
  assert.deepEqual(server.posted, ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(store.ids(), ['a', 'c', 'd']);
});

test('a network error ends the round: nothing more is tried, everything waits', async () => {
  const store = memoryStore(log('a'), log('b'), log('c'));
  const server = fakeServer(id => (id === 'a' ? 201 : 'offline'));
  await outboxWith(store, server).flush();
  assert.deepEqual(server.posted, ['a', 'b']);
  assert.deepEqual(store.ids(), ['b', 'c']);
});

test('without an antiforgery token nothing is sent', async () => {
  const store = memoryStore(log('a'));
  let posts = 0;
  const fetch = async url => (url === '/api/antiforgery' ? new Response(null, { status: 500 }) : (posts++, new Response(null, { status: 201 })));
  await createOutbox({ store, url: '/api/sessions', fetch }).flush();
  assert.equal(posts, 0);
  assert.deepEqual(store.ids(), ['a']);
});

test('a flush during a round joins it rather than sending the logs twice', async () => {
  const store = memoryStore(log('a'), log('b'));
  const server = fakeServer(() => 201);
  const outbox = outboxWith(store, server);
  await Promise.all([outbox.flush(), outbox.flush()]);
  assert.deepEqual(server.posted, ['a', 'b']);
});

test('send: sent at once', async () => {
  const store = memoryStore();
  const waits = [];
  const outbox = outboxWith(store, fakeServer(() => 201), { sleep: async ms => { waits.push(ms); } });
  assert.deepEqual(await outbox.send(log('a')), { status: 'sent' });
  assert.deepEqual(waits, [0]);
  assert.equal(await outbox.waiting(), 0);
});

test('send: tries now, after 1 s and after 4 s more, then says the log waits on the device', async () => {
  const store = memoryStore();
  const waits = [];
  const server = fakeServer(() => 'offline');
  const outbox = outboxWith(store, server, { sleep: async ms => { waits.push(ms); } });
  assert.deepEqual(await outbox.send(log('a')), { status: 'waiting' });
  assert.deepEqual(waits, [0, 1000, 4000]);
  assert.deepEqual(RETRY_DELAYS_MS, [0, 1000, 4000]);
  assert.deepEqual(server.posted, ['a', 'a', 'a']);
  assert.equal(await outbox.isWaiting('a'), true);
});

test('send: a retry that gets through says sent', async () => {
  const server = fakeServer((id, attempt) => (attempt < 2 ? 500 : 201));
  assert.deepEqual(await outboxWith(memoryStore(), server).send(log('a')), { status: 'sent' });
  assert.deepEqual(server.posted, ['a', 'a']);
});

test('send: a log the server will never take comes back with its problem', async () => {
  const problem = { title: 'Invalid', errors: { discomfort: ['Between 0 and 10.'] } };
  const outbox = outboxWith(memoryStore(), fakeServer(() => [400, problem]));
  assert.deepEqual(await outbox.send(log('a')), { status: 'rejected', problem });
  assert.equal(await outbox.waiting(), 0);
});

test('send: a log sent again after a rejection reports what the server says now', async () => {
  const server = fakeServer((id, attempt) => (attempt === 1 ? [400, { errors: { notes: ['Too long.'] } }] : 201));
  const outbox = outboxWith(memoryStore(), server);
  assert.equal((await outbox.send(log('a'))).status, 'rejected');
  assert.deepEqual(await outbox.send(log('a')), { status: 'sent' });
});

test('localStorage logs: oldest first, one per id, and a damaged entry reads as empty', async () => {
  const items = new Map();
  globalThis.localStorage = { getItem: key => items.get(key) ?? null, setItem: (key, value) => items.set(key, String(value)) };
  try {
    const store = localStorageLogs('mr-outbox');
    await store.put(log('a'));
    await store.put(log('b'));
    await store.put({ ...log('a'), outcome: 'stopped' });
    assert.deepEqual((await store.all()).map(l => [l.id, l.outcome]), [['b', 'completed'], ['a', 'stopped']]);
    await store.remove('b');
    assert.deepEqual((await store.all()).map(l => l.id), ['a']);
    items.set('mr-outbox', '{not json');
    assert.deepEqual(await store.all(), []);
  } finally {
    delete globalThis.localStorage;
  }
});

test('each send carries the device clock at that moment, so the server can correct the log\'s times', async () => {
  const store = memoryStore(log('a'));
  const bodies = [];
  let attempt = 0;
  const fetch = async (url, init = {}) => {
    if (url === '/api/antiforgery') return Response.json({ token: 't', headerName: 'X-CSRF' });
    bodies.push(JSON.parse(init.body));
    attempt++;
    return new Response(null, { status: attempt === 1 ? 503 : 201 });
  };
  let clock = '2026-11-28T10:00:00Z';
  const outbox = createOutbox({ store, url: '/api/sessions', fetch, sleep: async () => {}, now: () => new Date(clock) });
  await outbox.flush();
  clock = '2026-11-28T10:05:00Z';
  await outbox.flush();
  assert.deepEqual(bodies.map(b => b.sentAt), ['2026-11-28T10:00:00.000Z', '2026-11-28T10:05:00.000Z']);
  assert.equal((await store.all()).length, 0);
  assert.equal((await store.all()).some(l => 'sentAt' in l), false);
});
