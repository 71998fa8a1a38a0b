// @ts-check
// The words the page's modules show and say. Every phrase lives on the server (Phrases.cs); a page hands
// over those its modules use as JSON, in the data-words attribute of a <template> (Pages/Shared/_Words.cshtml),
// one for each group of words. No module writes words of its own.

/** @type {Words | null} */
let pageWords = null;

/** The page's words, read once from all its groups. @returns {Words} */
export function words() {
  pageWords ??= Object.assign({}, ...[...document.querySelectorAll('template[data-words]')]
    .map(group => JSON.parse(/** @type {HTMLElement} */ (group).dataset.words ?? '{}')));
  return /** @type {Words} */ (pageWords);
}

/**
 * A phrase with its {names} filled in.
 * @param {string} phrase @param {Record<string, string | number>} values
 */
export function fill(phrase, values) {
  return phrase.replace(/\{(\w+)\}/g, (name, key) => key in values ? String(values[key]) : name);
}
