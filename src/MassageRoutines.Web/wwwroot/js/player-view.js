// @ts-check
// What the playing screen (Pages/Shared/_PlayerScreen.cshtml) shows, and the words said about a segment.

import { $ } from './dom.js';
import { remainingMs, secondsLeft } from './player-clock.js';
import { fill, words } from './words.js';

/** @param {number} seconds */
export const minutesAndSeconds = seconds => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** @param {TimelineResponse} timeline @param {SegmentResponse} segment */
export const moveOf = (timeline, segment) => timeline.moves.find(move => move.slug === segment.move);

/** @param {string[]} texts */
const listItems = texts => texts.map(text => Object.assign(document.createElement('li'), { textContent: text }));

/**
 * Marks an element showing a move's own text with that text's language when the page speaks another
 * (a move not yet translated shows its default text).
 * @param {HTMLElement} element @param {string | undefined} language
 */
function markLanguage(element, language) {
  if (language && language !== document.documentElement.lang.slice(0, 2)) element.lang = language;
  else element.removeAttribute('lang');
}

/** @param {SegmentResponse} segment */
const hasMove = segment => !['gate', 'switch-sides', 'rest'].includes(segment.kind);

/** @param {TimelineResponse} timeline @param {SegmentResponse} segment */
export function headline(timeline, segment) {
  const said = words();
  if (segment.kind === 'gate') return fill(said.warmUpFirstThenConfirm, { minutes: timeline.routine.warmUpMinutes });
  if (!hasMove(segment)) return said[segment.kind];
  const move = `${moveOf(timeline, segment)?.name}`;
  const name = segment.side ? fill(said.moveOnSide, { move, side: said[segment.side] }) : move;
  return segment.kind === 'prepare' ? fill(said.getReady, { move: name }) : name;
}

/** @param {TimelineResponse} timeline @param {SegmentResponse | undefined} segment */
function describe(timeline, segment) {
  const said = words();
  if (!segment) return said.finish;
  if (!hasMove(segment)) return said[segment.kind];
  const move = `${moveOf(timeline, segment)?.name}`;
  return segment.side ? fill(said.moveOnSideShort, { move, side: said[segment.side] }) : move;
}

/**
 * The current move's pictogram and body map, as the server draws them (GET /api/moves/{slug}/pictures):
 * our own SVG, parsed as SVG (never set as HTML), each fetched once.
 * @type {Map<string, Promise<Element[]>>}
 */
const pictures = new Map();

/** @param {string} slug */
function picturesOf(slug) {
  let found = pictures.get(slug);
  if (!found) {
    found = fetch(`/api/moves/${encodeURIComponent(slug)}/pictures`, { credentials: 'same-origin' })
      .then(response => response.ok ? response.json() : Promise.reject(new Error(`pictures: ${response.status}`)))
      .then(/** @param {MovePictures} drawn */ drawn => [drawn.pictogram, drawn.bodyMap]
        .map(svg => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement)
        .filter(element => element.localName === 'svg')
        .map(element => document.importNode(element, true)));
    found.catch(() => pictures.delete(slug));
    pictures.set(slug, found);
  }
  return found;
}

export function createPlayerView() {
  const ui = {
    play: $('play'), warnings: $('warnings'), kind: $('segment-kind'), move: $('move-name'), side: $('side'),
    countdown: $('countdown'), cue: $('cue'), steps: $('steps'), next: $('next'), timeLeft: $('time-left'),
    segmentProgress: $('segment-progress', HTMLProgressElement), routineProgress: $('routine-progress', HTMLProgressElement),
    pictures: $('now-pictures'), voiceMissing: $('voice-missing'),
  };
  const buttons = {
    back: $('back', HTMLButtonElement), pause: $('pause', HTMLButtonElement), skip: $('skip', HTMLButtonElement),
    gate: $('gate'), pain: $('pain'), voice: $('voice'), vibration: $('vibration'), finish: $('finish'),
  };

  return {
    buttons,

    /** @param {SaidWarning[]} warnings */
    show(warnings) {
      ui.warnings.replaceChildren(...listItems(warnings.map(warning => warning.message)));
      ui.warnings.hidden = warnings.length === 0;
      ui.play.hidden = false;
    },

    hide: () => { ui.play.hidden = true; },
    focus: () => ui.move.focus(),
    /** @param {string} text */
    showCue: text => { ui.cue.textContent = text; },
    /** @param {boolean} on @param {boolean} missing the device has no voice for the page's language */
    showVoice(on, missing) {
      buttons.voice.setAttribute('aria-pressed', String(on));
      ui.voiceMissing.textContent = missing ? words().noVoice : '';
      ui.voiceMissing.hidden = !missing;
    },
    /** @param {boolean} available @param {boolean} on */
    showVibration(available, on) {
      buttons.vibration.hidden = !available;
      buttons.vibration.setAttribute('aria-pressed', String(on));
    },

    /** @param {Session} session */
    showSegment({ timeline, clock }) {
      const segment = timeline.segments[clock.index];
      const move = moveOf(timeline, segment);
      const said = words();
      ui.kind.textContent = segment.kind === 'work' ? fill(said.workWithPressure, { label: said.work, intensity: said[segment.intensity] }) : said[segment.kind];
      ui.move.textContent = move?.name ?? said.warmUpFirst;
      ui.side.textContent = segment.side ? said[`${segment.side}Side`] : '';
      ui.cue.textContent = clock.cue;
      ui.steps.replaceChildren(...listItems(move?.steps ?? []));
      for (const element of [ui.move, ui.cue, ui.steps]) markLanguage(element, move?.language);
      if (ui.pictures.dataset.move !== move?.slug) {
        const slug = move?.slug ?? '';
        ui.pictures.dataset.move = slug;
        ui.pictures.replaceChildren();
        if (slug) picturesOf(slug).then(drawn => { if (ui.pictures.dataset.move === slug) ui.pictures.replaceChildren(...drawn); }, () => {});
      }
      buttons.gate.hidden = !clock.waiting;
      ui.countdown.hidden = clock.waiting;
      buttons.gate.textContent = fill(said.warmedUp, { minutes: timeline.routine.warmUpMinutes });
      ui.next.textContent = fill(said.next, { what: describe(timeline, timeline.segments[clock.index + 1]) });
    },

    /** @param {Session} session @param {number} now */
    showTime({ timeline, clock }, now) {
      const segment = timeline.segments[clock.index];
      const left = remainingMs(clock, now);
      const total = timeline.totalSeconds * 1000;
      const later = timeline.segments.slice(clock.index + 1).reduce((sum, next) => sum + next.seconds * 1000, 0);
      ui.countdown.textContent = minutesAndSeconds(secondsLeft(left));
      ui.segmentProgress.value = segment.seconds ? 1 - left / (segment.seconds * 1000) : 0;
      ui.routineProgress.value = total ? 1 - (left + later) / total : 0;
      ui.timeLeft.textContent = minutesAndSeconds(secondsLeft(left + later));
      buttons.pause.textContent = clock.paused ? words().resume : words().pause;
      buttons.pause.disabled = clock.waiting;
      buttons.skip.disabled = clock.waiting;
      buttons.back.disabled = clock.index === 0;
    },
  };
}
