// @ts-check
// "What's sore?": a routine built for the spots ticked and the time chosen, from the kiosk's library and
// gear, through the same API as anyone (GET /api/build).

/**
 * No minutes: a routine built on the kiosk takes the builder's default length.
 * @param {{ library: string, tools: string[] }} kiosk @param {string} phase @param {string[]} sore
 * @param {string} [language] the screen's, for the built routine's words
 */
export function buildUrl(kiosk, phase, sore, language) {
  const query = new URLSearchParams({ library: kiosk.library, phase, tools: kiosk.tools.join(','), sore: sore.join(',') });
  if (language) query.set('lang', language);
  return `/api/build?${query}`;
}

/**
 * The built routine's slug; 'no-fit' when nothing can be built for that with this gear, 'failed' when the
 * server could not be asked.
 * @param {string} url @param {(input: string, init?: RequestInit) => Promise<Response>} [get]
 * @returns {Promise<{ slug: string } | { problem: 'no-fit' | 'failed' }>}
 */
export async function buildRoutine(url, get = (input, init) => fetch(input, init)) {
  try {
    const response = await get(url, { credentials: 'same-origin' });
    if (response.status === 422) return { problem: 'no-fit' };
    if (!response.ok) return { problem: 'failed' };
    return { slug: /** @type {TimelineResponse} */ (await response.json()).routine.slug };
  } catch {
    return { problem: 'failed' };
  }
}
