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

async function token() {
  const response = await fetch('/api/antiforgery', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`token: ${response.status}`);
  return response.json();
}

// Sends every waiting log, oldest first. A log the server rejects as invalid or conflicting (400 with
// field errors, or 409) cannot succeed by retrying, so it leaves the outbox and is remembered as
// rejected; on a network error or any other answer the rest wait for the next flush.
const rejected = new Map();

export function flush() {
  flushing ??= sendAll().finally(() => { flushing = null; });
  return flushing;
}

async function sendAll() {
  const logs = read();
  if (logs.length === 0) return;
  try {
    const { token: value, headerName } = await token();
    for (const log of logs) {
      const response = await fetch('/api/sessions', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', [headerName]: value },
        body: JSON.stringify(log),
      });
      if (response.ok) {
        remove(log.id);
        document.dispatchEvent(new CustomEvent('outbox:sent', { detail: { id: log.id } }));
        continue;
      }
      const problem = await response.json().catch(() => ({}));
      if (response.status === 409 || (response.status === 400 && problem.errors)) {
        remove(log.id);
        rejected.set(log.id, problem);
        continue;
      }
      break;
    }
  } catch {
    // Offline, or the server is down: the logs stay for the next try.
  }
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
flush();
