// @ts-check
// An outbox's logs in an IndexedDB object store keyed by the log's id: they survive a kiosk's reset,
// which clears its localStorage and sessionStorage.

/** @param {string} databaseName @param {string} storeName @returns {LogStore} */
export function indexedDbLogs(databaseName, storeName) {
  /** @returns {Promise<IDBDatabase>} */
  function open() {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(databaseName, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  /**
   * @template T
   * @param {IDBTransactionMode} mode @param {(store: IDBObjectStore) => IDBRequest<T>} work
   * @returns {Promise<T>}
   */
  async function run(mode, work) {
    const db = await open();
    try {
      return await new Promise((resolve, reject) => {
        const tx = db.transaction(storeName, mode);
        const request = work(tx.objectStore(storeName));
        tx.oncomplete = () => resolve(request.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('The outbox transaction was aborted.'));
      });
    } finally {
      db.close();
    }
  }

  return {
    all: () => run('readonly', store => store.getAll()),
    put: async log => { await run('readwrite', store => store.put(log)); },
    remove: async id => { await run('readwrite', store => store.delete(id)); },
  };
}
