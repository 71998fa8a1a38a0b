// @ts-check
// What the kiosk page (Pages/Kiosk/Index.cshtml) shows around the player: the tiles, "What's sore?", the
// end screen with its 0-10 rating, the banner, and the "Still there?" countdown.

import { $ } from './dom.js';

export function createKioskView() {
  const ui = {
    attract: $('attract'), fullscreen: $('fullscreen', HTMLButtonElement), banner: $('offline'),
    done: $('kiosk-done'), doneTitle: $('kiosk-done-title'), finish: $('kiosk-finish', HTMLButtonElement),
    stillThere: $('still-there', HTMLDialogElement), stillCount: $('still-count'), stillHere: $('still-here', HTMLButtonElement),
    sore: $('kiosk-sore'), soreTitle: $('kiosk-sore-title'), soreForm: $('sore-form', HTMLFormElement),
    soreTile: $('sore-tile', HTMLButtonElement), soreBack: $('sore-back', HTMLButtonElement),
  };
  const feelButtons = /** @type {NodeListOf<HTMLButtonElement>} */ (ui.done.querySelectorAll('[data-feel]'));
  const tiles = /** @type {NodeListOf<HTMLButtonElement>} */ (document.querySelectorAll('[data-routine]'));

  return {
    ui,
    feelButtons,
    tiles,

    /** @param {string} text */
    showProblem(text) {
      ui.banner.hidden = false;
      ui.banner.textContent = text;
    },
    /** @param {{ hidden: boolean, text: string }} status */
    showBanner({ hidden, text }) {
      ui.banner.hidden = hidden;
      ui.banner.textContent = text;
    },
    showPlaying() {
      ui.attract.hidden = true;
      ui.sore.hidden = true;
    },
    showSore() {
      ui.attract.hidden = true;
      ui.sore.hidden = false;
      ui.soreTitle.focus();
    },
    choosingSore: () => !ui.sore.hidden,
    showDone() {
      ui.attract.hidden = true;
      ui.done.hidden = false;
      ui.doneTitle.focus();
    },
    /** Back to the tiles, with nothing of the last person left on screen. */
    showAttract() {
      ui.soreForm.reset();
      ui.sore.hidden = true;
      ui.done.hidden = true;
      ui.attract.hidden = false;
    },
    /** @param {number | null} rating */
    showRating(rating) {
      for (const button of feelButtons) {
        button.setAttribute('aria-pressed', String(Number(button.dataset.feel) === rating));
      }
    },
    /** @param {number} seconds */
    askStillThere(seconds) {
      ui.stillCount.textContent = String(seconds);
      ui.stillThere.showModal();
    },
    /** @param {number} seconds */
    showStillCount(seconds) {
      ui.stillCount.textContent = String(seconds);
    },
    closeStillThere() {
      if (ui.stillThere.open) ui.stillThere.close();
    },
  };
}
