// @ts-check
// What the playing screen (Pages/Shared/_PlayerScreen.cshtml) shows, and the words said about a segment.

import { $ } from './dom.js';
import { remainingMs, secondsLeft } from './player-clock.js';

/** @param {number} seconds */
export const minutesAndSeconds = seconds => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** @param {Timeline} timeline @param {Segment} segment */
export const moveOf = (timeline, segment) => timeline.moves.find(move => move.slug === segment.move);

/** @param {string[]} texts */
const listItems = texts => texts.map(text => Object.assign(document.createElement('li'), { textContent: text }));

/** @param {Segment} segment */
const hasMove = segment => !['gate', 'switch-sides', 'rest'].includes(segment.kind);

/** @param {Timeline} timeline @param {Segment} segment */
export function headline(timeline, segment) {
  if (segment.kind === 'gate') return `Warm up for ${timeline.routine.warmUpMinutes} minutes first, then confirm`;
  if (!hasMove(segment)) return segment.label;
  const name = `${moveOf(timeline, segment)?.name}${segment.side ? `, ${segment.side} side` : ''}`;
  return segment.kind === 'prepare' ? `Get ready: ${name}` : name;
}

/** @param {Timeline} timeline @param {Segment | undefined} segment */
function describe(timeline, segment) {
  if (!segment) return 'Finish';
  if (!hasMove(segment)) return segment.label;
  return `${moveOf(timeline, segment)?.name}${segment.side ? ` (${segment.side} side)` : ''}`;
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
    pictures: $('now-pictures'),
  };
  const buttons = {
    back: $('back', HTMLButtonElement), pause: $('pause', HTMLButtonElement), skip: $('skip', HTMLButtonElement),
    gate: $('gate'), pain: $('pain'), voice: $('voice'), finish: $('finish'),
  };

  return {
    buttons,

    /** @param {Warning[]} warnings */
    show(warnings) {
      ui.warnings.replaceChildren(...listItems(warnings.map(warning => warning.message)));
      ui.warnings.hidden = warnings.length === 0;
      ui.play.hidden = false;
    },

    hide: () => { ui.play.hidden = true; },
    focus: () => ui.move.focus(),
    /** @param {string} text */
    showCue: text => { ui.cue.textContent = text; },
    /** @param {boolean} on */
    showVoice: on => buttons.voice.setAttribute('aria-pressed', String(on)),

    /** @param {Session} session */
    showSegment({ timeline, clock }) {
      const segment = timeline.segments[clock.index];
      const move = moveOf(timeline, segment);
      ui.kind.textContent = segment.kind === 'work' ? `${segment.label} · ${segment.intensity} pressure` : segment.label;
      ui.move.textContent = move?.name ?? 'Warm up first';
      ui.side.textContent = segment.side ? `${segment.side[0].toUpperCase()}${segment.side.slice(1)} side` : '';
      ui.cue.textContent = clock.cue;
      ui.steps.replaceChildren(...listItems(move?.steps ?? []));
      if (ui.pictures.dataset.move !== move?.slug) {
        const slug = move?.slug ?? '';
        ui.pictures.dataset.move = slug;
        ui.pictures.replaceChildren();
        if (slug) picturesOf(slug).then(drawn => { if (ui.pictures.dataset.move === slug) ui.pictures.replaceChildren(...drawn); }, () => {});
      }
      buttons.gate.hidden = !clock.waiting;
      ui.countdown.hidden = clock.waiting;
      buttons.gate.textContent = `I've warmed up for ${timeline.routine.warmUpMinutes} minutes`;
      ui.next.textContent = `Next: ${describe(timeline, timeline.segments[clock.index + 1])}`;
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
      buttons.pause.textContent = clock.paused ? 'Resume' : 'Pause';
      buttons.pause.disabled = clock.waiting;
      buttons.skip.disabled = clock.waiting;
      buttons.back.disabled = clock.index === 0;
    },
  };
}
