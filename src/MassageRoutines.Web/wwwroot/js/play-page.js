// @ts-check
// The /play/{slug} page: the runner's choices, the player, and the end screen with its log form.

import { createPlayer, fetchTimelines } from './player.js';
import { minutesAndSeconds } from './player-view.js';
import { buildLog } from './session-log.js';
import { outbox } from './runner-outbox.js';
import { $ } from './dom.js';
import { fill, words } from './words.js';

const slug = /** @type {HTMLElement} */ (document.querySelector('[data-player]')).dataset.routine ?? '';
const logForm = $('log-form', HTMLFormElement);
const ui = {
  setup: $('setup'), setupForm: $('setup-form', HTMLFormElement), setupError: $('setup-error'),
  done: $('done'), doneTitle: $('done-title'), timeTaken: $('time-taken'),
  stepsDone: $('steps-done'), stepsSkipped: $('steps-skipped'),
  logForm, saveButton: /** @type {HTMLButtonElement} */ (logForm.querySelector('button')),
  saveStatus: $('save-status'),
};

const player = createPlayer({ storeKey: `mr-player:${slug}`, onEnd: showDone });
const wayBack = $('way-back');

/**
 * While a routine plays the page is the player: the site's header and footer fold away (site.css,
 * html.playing) and the routine's link stays as the way back.
 * @param {boolean} on
 */
function showPlaying(on) {
  document.documentElement.classList.toggle('playing', on);
  if (on) window.scrollTo(0, 0);
}

/** @param {Session} session */
async function showDone(session) {
  const { ended } = session;
  if (!ended) return;
  showPlaying(false);
  ui.setup.hidden = true;
  ui.done.hidden = false;
  const results = Object.values(session.clock.results);
  ui.doneTitle.textContent = ended.outcome === 'completed' ? words().doneComplete : words().doneEnded;
  ui.timeTaken.textContent = minutesAndSeconds(Math.round((Date.parse(ended.endedAt) - Date.parse(session.startedAt)) / 1000));
  ui.stepsDone.textContent = fill(words().stepsOf, { done: results.filter(result => !result.skipped).length, total: session.timeline.segments.length });
  ui.stepsSkipped.textContent = `${results.filter(result => result.skipped).length}`;
  ui.doneTitle.focus();
  if (session.saved) {
    // Reloaded after saving: the log was taken once already; say where it stands, not ask again.
    ui.logForm.hidden = true;
    showSaved(session.id, await outbox.isWaiting(session.id));
  }
}

/** @param {SubmitEvent} event */
async function save(event) {
  event.preventDefault();
  const session = player.session;
  if (!session) return;
  ui.saveButton.disabled = true;
  ui.saveStatus.textContent = words().saving;
  const data = new FormData(ui.logForm);
  const discomfort = data.get('discomfort');
  const log = buildLog(session, {
    discomfort: discomfort === '' || discomfort === null ? null : Number(discomfort),
    soreRegions: /** @type {BodyRegion[]} */ (data.getAll('sore').map(String)),
    notes: data.get('notes')?.toString(),
  });
  player.remember({ saved: true });
  const result = await outbox.send(log);
  if (result.status !== 'rejected') {
    showSaved(log.id, result.status === 'waiting');
  } else {
    player.remember({ saved: false });
    const { problem } = result;
    const first = Object.values(problem.errors ?? {})[0]?.[0] ?? problem.title ?? words().unknownProblem;
    ui.saveStatus.textContent = fill(words().notSaved, { problem: first });
    ui.saveButton.disabled = false;
  }
}

/** @param {string} id @param {boolean} waiting */
function showSaved(id, waiting) {
  ui.saveButton.disabled = true;
  if (!waiting) {
    ui.saveStatus.textContent = words().saved;
    player.clear();
    return;
  }
  ui.saveStatus.textContent = words().savedOnDevice;
  document.addEventListener('outbox:sent', event => {
    if (/** @type {CustomEvent<{ id: string }>} */ (event).detail.id === id) {
      ui.saveStatus.textContent = words().saved;
      player.clear();
    }
  });
}

ui.setupForm.addEventListener('submit', async event => {
  event.preventDefault();
  const data = new FormData(ui.setupForm);
  const options = { minutes: String(data.get('minutes') ?? ''), warmup: String(data.get('warmup') ?? '') };
  ui.setupError.hidden = true;
  try {
    const timelines = await fetchTimelines(slug, options);
    ui.setup.hidden = true;
    player.start(timelines, options);
    showPlaying(true);
  } catch {
    ui.setupError.textContent = words().routineNotLoaded;
    ui.setupError.hidden = false;
  }
});
ui.logForm.addEventListener('submit', save);

// Escape, while a routine plays: pause, and offer the way back (Escape in the pain dialog only closes it).
document.addEventListener('keydown', event => {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const state = player.state();
  if (state !== 'running' && state !== 'paused' && state !== 'waiting') return;
  player.pause();
  wayBack.focus();
});

if (player.restore()) {
  ui.setup.hidden = true;
  showPlaying(!player.session?.ended);
}
