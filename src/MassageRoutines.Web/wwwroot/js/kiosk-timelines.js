// @ts-check
// The kiosk's timelines, each fetched once and kept, so routines play even when the network drops later.
// Routines built here ("What's sore?") are kept only until the next reset, which forgets them.

// Before a run, the kiosk times the warm-up drills: people follow it from across the room.
export const KIOSK_OPTIONS = { warmup: 'timed' };

/**
 * @param {(slug: string, options: PlayOptions) => Promise<Timelines>} fetchTimelines
 * @param {string} [language] the screen's, when the timelines are to be in it: named in their addresses
 *   (?lang=), so the service worker keeps each language's apart
 */
export function createTimelineCache(fetchTimelines, language) {
  /** @type {PlayOptions} */
  const options = language ? Object.assign({}, KIOSK_OPTIONS, { lang: language }) : KIOSK_OPTIONS;
  /** @type {Map<string, Timelines>} */
  const timelines = new Map();
  /** @type {Set<string>} */
  const built = new Set();

  return {
    /** The kept timelines, fetched if not yet kept. @param {string} slug */
    async load(slug) {
      const loaded = timelines.get(slug) ?? await fetchTimelines(slug, options);
      timelines.set(slug, loaded);
      return loaded;
    },
    /** Fetches again (through the service worker, which keeps the answer), and keeps what came. @param {string} slug */
    async refresh(slug) {
      timelines.set(slug, await fetchTimelines(slug, options));
    },
    /** @param {string} slug */
    markBuilt(slug) {
      built.add(slug);
    },
    forgetBuilt() {
      for (const slug of built) timelines.delete(slug);
      built.clear();
    },
  };
}
