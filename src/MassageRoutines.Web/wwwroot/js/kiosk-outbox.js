import { sendLogs } from './send-logs.js';

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
      tx.onabort = () => reject(tx.error ?? new Error('The outbox transaction was aborted.'));
    });
  } finally {
    db.close();
  }
}

export const queue = log => run('readwrite', store => store.put(log));
export const waiting = () => run('readonly', store => store.count());
const all = () => run('readonly', store => store.getAll());
const remove = id => run('readwrite', store => store.delete(id));

// Sends every waiting log (see send-logs.js).
export function flush(token) {
  flushing ??= all()
    .then(logs => sendLogs(logs, `/api/kiosks/${encodeURIComponent(token)}/sessions`, { sent: log => remove(log.id), givenUp: log => remove(log.id) }))
    .catch(() => {})
    .finally(() => { flushing = null; });
  return flushing;
}
