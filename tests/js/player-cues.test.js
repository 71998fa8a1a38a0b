// The player's vibration: a short buzz where the device can vibrate, on unless the runner turned it off,
// and the setting kept on the device like the voice's. Its voice: one that speaks the page's language.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { canVibrate, say, setVibration, setVoice, vibrate, vibrationOn, voiceFor, voiceMissing } from '../../src/MassageRoutines.Web/wwwroot/js/player-cues.js';

/** @type {Map<string, string>} */
const stored = new Map();
/** @type {number[]} */
let buzzes = [];

function device({ vibrates }) {
  const navigator = vibrates ? { vibrate: (/** @type {number} */ ms) => { buzzes.push(ms); return true; } } : {};
  Object.defineProperty(globalThis, 'navigator', { value: navigator, configurable: true, writable: true });
}

beforeEach(() => {
  stored.clear();
  buzzes = [];
  globalThis.localStorage = /** @type {Storage} */ ({
    getItem: key => stored.get(key) ?? null,
    setItem: (key, value) => { stored.set(key, String(value)); },
  });
  device({ vibrates: true });
});

test('a device that can vibrate buzzes by default', () => {
  assert.equal(canVibrate(), true);
  assert.equal(vibrationOn(), true);
  vibrate(200);
  assert.deepEqual(buzzes, [200]);
});

test('turned off, it stays still, and the setting is kept on the device', () => {
  setVibration(false);
  assert.equal(stored.get('mr-vibration'), 'off');
  assert.equal(vibrationOn(), false);
  vibrate(200);
  assert.deepEqual(buzzes, []);

  setVibration(true);
  vibrate(200);
  assert.deepEqual(buzzes, [200]);
});

test('a device without the Vibration API is left alone', () => {
  device({ vibrates: false });
  assert.equal(canVibrate(), false);
  assert.doesNotThrow(() => vibrate(200));
});

/** @param {string} lang @param {boolean} [localService] */
const voice = (lang, localService = false) => /** @type {SpeechSynthesisVoice} */ ({ lang, localService, name: `${lang}${localService ? ' local' : ''}` });

test('the voice speaks the page\'s language: its exact region first, then one on the device, then any', () => {
  const voices = [voice('en-US', true), voice('es-MX'), voice('es-ES'), voice('de_DE', true), voice('de-AT')];
  assert.equal(voiceFor(voices, 'es-ES')?.name, 'es-ES');
  assert.equal(voiceFor(voices, 'es')?.name, 'es-MX');
  assert.equal(voiceFor(voices, 'de')?.name, 'de_DE local');
  assert.equal(voiceFor(voices, 'DE-at')?.name, 'de-AT');
  assert.equal(voiceFor(voices, 'en')?.name, 'en-US local');
});

test('no voice of the page\'s language is none, even where the device has others', () => {
  assert.equal(voiceFor([voice('en-US', true), voice('eu-ES')], 'es'), null);
  assert.equal(voiceFor([voice('en-GB')], 'e'), null);
  assert.equal(voiceFor([], 'de'), null);
});

/** A page in a language, on a device with these voices; returns what it speaks. @param {string} lang @param {SpeechSynthesisVoice[]} voices */
function page(lang, voices) {
  /** @type {{ text: string, lang: string, voice: SpeechSynthesisVoice | null }[]} */
  const spoken = [];
  const announcer = { textContent: '' };
  globalThis.document = /** @type {Document} */ (/** @type {unknown} */ ({ documentElement: { lang }, getElementById: () => announcer }));
  globalThis.HTMLElement = /** @type {typeof HTMLElement} */ (/** @type {unknown} */ (Object));
  const synthesis = { getVoices: () => voices, cancel() {}, speak: (/** @type {any} */ utterance) => { spoken.push(utterance); } };
  globalThis.window = /** @type {Window & typeof globalThis} */ (/** @type {unknown} */ ({ speechSynthesis: synthesis }));
  globalThis.speechSynthesis = /** @type {SpeechSynthesis} */ (/** @type {unknown} */ (synthesis));
  globalThis.SpeechSynthesisUtterance = /** @type {typeof SpeechSynthesisUtterance} */ (/** @type {unknown} */ (class {
    /** @param {string} text */
    constructor(text) { this.text = text; this.lang = ''; this.voice = null; }
  }));
  return { spoken, announcer };
}

test('with the voice on, a cue is spoken in the page\'s language by a voice of it', () => {
  const { spoken, announcer } = page('es', [voice('en-US', true), voice('es-ES')]);
  setVoice(true);
  assert.equal(say('Cambia de lado'), true);
  assert.deepEqual(spoken.map(u => [u.text, u.lang, u.voice?.name]), [['Cambia de lado', 'es', 'es-ES']]);
  assert.equal(announcer.textContent, 'Cambia de lado');
  assert.equal(voiceMissing(), false);
});

test('a device without a voice of the page\'s language says nothing aloud, and the player knows it', () => {
  const { spoken, announcer } = page('de', [voice('en-US', true)]);
  setVoice(true);
  assert.equal(say('Seite wechseln'), false);
  assert.deepEqual(spoken, []);
  assert.equal(announcer.textContent, 'Seite wechseln');
  assert.equal(voiceMissing(), true);

  setVoice(false);
  assert.equal(voiceMissing(), false);
});
