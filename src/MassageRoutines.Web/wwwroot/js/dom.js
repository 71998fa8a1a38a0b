// @ts-check

/**
 * The element with this id (and type), which the page must have.
 * @template {HTMLElement} [T=HTMLElement] @param {string} id @param {new () => T} [type] @returns {T}
 */
export function $(id, type = /** @type {new () => T} */ (HTMLElement)) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`No ${type.name} #${id} on this page.`);
  return element;
}
