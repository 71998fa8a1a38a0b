// A CacheStorage in memory, for the runner's worker and the modules that share its caches.

/** A CacheStorage in memory; keys are taken as addresses on this origin. @param {string} origin */
export function memoryCaches(origin) {
  /** @type {Map<string, Map<string, Response>>} */
  const stores = new Map();
  return {
    stores,
    keys: async () => [...stores.keys()],
    has: async (/** @type {string} */ name) => stores.has(name),
    delete: async (/** @type {string} */ name) => stores.delete(name),
    open: async (/** @type {string} */ name) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const entries = /** @type {Map<string, Response>} */ (stores.get(name));
      return {
        put: async (/** @type {string} */ key, /** @type {Response} */ response) => { entries.set(new URL(key, origin).href, response); },
        match: async (/** @type {string} */ key) => entries.get(new URL(key, origin).href)?.clone(),
      };
    },
  };
}
