// @ts-check
// On a routine page: if this runner logged a hard session or a stop for pain in the last day on a
// region the routine works, say so. The page itself is the same for everyone (and cached); the advice
// is this runner's own, so it is fetched.

import { $ } from './dom.js';
import { fill, words } from './words.js';

const section = $('rest-advice');
const regions = new Set(section.dataset.regions?.split(' '));

const response = await fetch('/api/rest-advice', { credentials: 'same-origin' }).catch(() => null);
/** @type {RestAdviceView[]} */
const advice = response?.ok ? (await response.json()).filter((/** @type {RestAdviceView} */ one) => regions.has(one.region)) : [];
if (advice.length > 0) {
  // In the page's language, as the words are.
  const time = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  /** @type {Record<string, string | undefined>} */
  const said = words();
  section.querySelector('ul')?.replaceChildren(...advice.map(one => Object.assign(document.createElement('li'), {
    textContent: fill(words().restAdvice, { region: said[`region-${one.region}`] ?? one.label, reason: one.reason, until: time.format(new Date(one.until)) }),
  })));
  section.hidden = false;
}
