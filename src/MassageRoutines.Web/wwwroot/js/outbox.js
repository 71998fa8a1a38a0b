import { sendLogs } from './send-logs.js';

// Session logs wait in localStorage until the server has them. Each log carries its own UUID, which
// the API treats as an idempotency key, so a log sent twice (a retry, two tabs) is stored once.

const KEY = 'mr-outbox';
let flushing = null;

function read() {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
}

function write(logs) {
  localStorage.setItem(KEY, JSON.stringify(logs));
}

export function waiting() {
  return read().length;
}

export function isWaiting(id) {
  return read().some(log => log.id === id);
}

export function queue(log) {
  const logs = read().filter(l => l.id !== log.id);
  logs.push(log);
  write(logs);
}

function remove(id) {
  write(read().filter(log => log.id !== id));
}

// Sends every waiting log (see send-logs.js); one the server will never take is remembered as rejected.
const rejected = new Map();

export function flush() {
  flushing ??= sendLogs(read(), '/api/sessions', {
    sent: log => {
      remove(log.id);
      document.dispatchEvent(new CustomEvent('outbox:sent', { detail: { id: log.id } }));
    },
    givenUp: (log, problem) => {
      remove(log.id);
      rejected.set(log.id, problem);
    },
  }).catch(() => {}).finally(() => { flushing = null; });
  return flushing;
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// Queues a log and tries to send it a few times. Resolves to { status: 'sent' } once the server has
// it, { status: 'rejected', problem } if it never will, or { status: 'waiting' } while it waits on
// this device for the next flush (the next visit, or when the browser is back online).
export async function send(log) {
  queue(log);
  for (const delay of [0, 1000, 4000]) {
    await sleep(delay);
    await flush();
    if (rejected.has(log.id)) return { status: 'rejected', problem: rejected.get(log.id) };
    if (!isWaiting(log.id)) return { status: 'sent' };
  }
  return { status: 'waiting' };
}

window.addEventListener('online', () => flush());
// The online event is not to be relied on everywhere (and may come before the network works): try again now and then.
setInterval(() => flush(), 30_000);
flush();
