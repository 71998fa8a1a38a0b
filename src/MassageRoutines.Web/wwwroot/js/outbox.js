// @ts-check
// Session logs wait on the device (a LogStore) until the server has them; a log's UUID is the API's
// idempotency key. A round sends them oldest first: one the server will never take (409, 410, 413,
// or 400 with field errors) is given up; one that met a server error waits for the next round while
// the others go; a network error ends the round.

import { antiforgeryHeader } from './antiforgery.js';

const NEVER_TAKEN = [409, 410, 413];
export const RETRY_DELAYS_MS = [0, 1000, 4000];

/** @param {OutboxOptions} options */
export function createOutbox({
  store, url, onSent = () => {},
  fetch: post = (input, init) => fetch(input, init),
  sleep = ms => new Promise(resolve => setTimeout(resolve, ms)),
  now = () => new Date(),
}) {
  /** @type {Promise<void> | null} */
  let round = null;
  /** @type {Map<string, HttpValidationProblemDetails>} */
  const rejected = new Map();

  async function sendAll() {
    const logs = await store.all();
    if (logs.length === 0) return;
    const antiforgery = await antiforgeryHeader(post);
    if (!antiforgery) return;
    for (const log of logs) {
      const response = await post(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', ...antiforgery },
        // The device clock at this very send: the server corrects the log's times by how far it is off.
        body: JSON.stringify({ ...log, sentAt: now().toISOString() }),
      });
      if (response.ok) {
        await store.remove(log.id);
        onSent(log);
        continue;
      }
      const problem = await response.json().catch(() => ({}));
      if (NEVER_TAKEN.includes(response.status) || (response.status === 400 && problem.errors)) {
        await store.remove(log.id);
        rejected.set(log.id, problem);
      }
    }
  }

  function flush() {
    round ??= sendAll().catch(() => {}).finally(() => { round = null; });
    return round;
  }

  /** @param {string} id */
  const isWaiting = async id => (await store.all()).some(log => log.id === id);

  return {
    flush,
    isWaiting,
    waiting: async () => (await store.all()).length,
    /** @param {SessionLog} log */
    queue: log => store.put(log),

    /** @param {SessionLog} log @returns {Promise<SendResult>} */
    async send(log) {
      rejected.delete(log.id);
      await store.put(log);
      for (const delay of RETRY_DELAYS_MS) {
        await sleep(delay);
        await flush();
        const problem = rejected.get(log.id);
        if (problem) return { status: 'rejected', problem };
        if (!(await isWaiting(log.id))) return { status: 'sent' };
      }
      return { status: 'waiting' };
    },
  };
}
