// A kiosk's session logs wait in IndexedDB until the server has them, so they survive the kiosk's
// reset and going offline. Each log's UUID is the API's idempotency key: sent twice, stored once.

const DB_NAME = 'mr-kiosk';
const STORE = 'outbox';
let flushing = null;

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request?.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const queue = log => run('readwrite', store => store.put(log));
export const waiting = () => run('readonly', store => store.count());
const all = () => run('readonly', store => store.getAll());
const remove = id => run('readwrite', store => store.delete(id));

// Sends every waiting log. One the server will never take (invalid, conflicting, or the kiosk revoked)
// leaves the outbox; on a network error or any other answer the rest wait for the next flush.
export function flush(token) {
  flushing ??= sendAll(token).finally(() => { flushing = null; });
  return flushing;
}

async function sendAll(token) {
  const logs = await all();
  if (logs.length === 0) return;
  try {
    const response = await fetch('/api/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
    const { token: value, headerName } = await response.json();
    for (const log of logs) {
      const sent = await fetch(`/api/kiosks/${encodeURIComponent(token)}/sessions`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', [headerName]: value },
        body: JSON.stringify(log),
      });
      const problem = sent.ok ? null : await sent.json().catch(() => ({}));
      if (sent.ok || sent.status === 409 || sent.status === 410 || (sent.status === 400 && problem?.errors)) {
        await remove(log.id);
        continue;
      }
      break;
    }
  } catch {
    // Offline, or the server is down: the logs stay for the next try.
  }
}
