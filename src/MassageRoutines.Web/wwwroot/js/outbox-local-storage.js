// @ts-check

/** @param {string} key @returns {LogStore} */
export function localStorageLogs(key) {
  /** @returns {SessionLog[]} */
  function read() {
    try {
      return JSON.parse(localStorage.getItem(key) ?? '[]');
    } catch {
      return [];
    }
  }
  /** @param {SessionLog[]} logs */
  const write = logs => localStorage.setItem(key, JSON.stringify(logs));
  return {
    all: async () => read(),
    put: async log => write([...read().filter(waiting => waiting.id !== log.id), log]),
    remove: async id => write(read().filter(log => log.id !== id)),
  };
}
