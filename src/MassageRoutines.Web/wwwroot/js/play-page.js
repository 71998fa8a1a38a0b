// The /play/{slug} page: the runner's choices, the player, and the end screen with its log form.

import { createPlayer, fetchTimelines, fmt } from './player.js';
import * as outbox from './outbox.js';

const $ = id => document.getElementById(id);
const slug = document.querySelector('[data-player]').dataset.routine;
const ui = {
  setup: $('setup'), setupForm: $('setup-form'), setupError: $('setup-error'),
  done: $('done'), doneTitle: $('done-title'), timeTaken: $('time-taken'), stepsDone: $('steps-done'), stepsSkipped: $('steps-skipped'),
  logForm: $('log-form'), saveStatus: $('save-status'),
};

const player = createPlayer({ storeKey: `mr-player:${slug}`, onEnd: showDone });

function showDone(session) {
  ui.setup.hidden = true;
  ui.done.hidden = false;
  if (session.saved) {
    // Reloaded after saving: the log was taken once already; say where it stands, not ask again.
    ui.logForm.hidden = true;
    showSaved(session.id, outbox.isWaiting(session.id));
  }
  const results = Object.values(session.results);
  ui.doneTitle.textContent = session.ended.outcome === 'completed' ? 'Session complete' : 'Session ended';
  ui.timeTaken.textContent = fmt(Math.round((Date.parse(session.ended.endedAt) - Date.parse(session.startedAt)) / 1000));
  ui.stepsDone.textContent = `${results.filter(r => !r.skipped).length} of ${session.timeline.segments.length}`;
  ui.stepsSkipped.textContent = `${results.filter(r => r.skipped).length}`;
  ui.doneTitle.focus();
}

async function save(event) {
  event.preventDefault();
  const button = ui.logForm.querySelector('button');
  button.disabled = true;
  ui.saveStatus.textContent = 'Saving…';
  const data = new FormData(ui.logForm);
  const discomfort = data.get('discomfort');
  const log = player.buildLog({
    discomfort: discomfort === '' || discomfort === null ? null : Number(discomfort),
    soreRegions: data.getAll('sore'),
    notes: data.get('notes'),
  });
  player.remember({ saved: true });
  const { status, problem } = await outbox.send(log);
  if (status === 'sent' || status === 'waiting') {
    showSaved(log.id, status === 'waiting');
  } else {
    player.remember({ saved: false });
    const first = Object.values(problem?.errors ?? {})[0]?.[0] ?? problem?.title ?? 'unknown problem';
    ui.saveStatus.textContent = `Not saved: ${first}`;
    button.disabled = false;
  }
}

function showSaved(id, waiting) {
  ui.logForm.querySelector('button').disabled = true;
  if (!waiting) {
    ui.saveStatus.textContent = 'Saved';
    player.clear();
    return;
  }
  ui.saveStatus.textContent = 'Saved on this device. It will be sent when you are back online.';
  document.addEventListener('outbox:sent', e => {
    if (e.detail.id === id) {
      ui.saveStatus.textContent = 'Saved';
      player.clear();
    }
  });
}

ui.setupForm.addEventListener('submit', async event => {
  event.preventDefault();
  const data = new FormData(ui.setupForm);
  const options = { minutes: data.get('minutes') ?? '', warmup: data.get('warmup') ?? '' };
  ui.setupError.hidden = true;
  try {
    const { timeline, lighterTimeline } = await fetchTimelines(slug, options);
    ui.setup.hidden = true;
    player.start(timeline, lighterTimeline, options);
  } catch {
    ui.setupError.textContent = 'The routine could not be loaded. Check your connection and try again.';
    ui.setupError.hidden = false;
  }
});
ui.logForm.addEventListener('submit', save);

if (player.restore()) {
  ui.setup.hidden = true;
}
