// @ts-check
// What the player says and sounds: tones, vibration, the aria-live region, and speech if the voice is on.

import { $ } from './dom.js';

const VOICE_KEY = 'mr-voice';
const VIBRATION_KEY = 'mr-vibration';
/** @type {AudioContext | null} */
let audio = null;

// Sound is allowed only after a user gesture: call this on one.
export function unlockAudio() {
  const Context = window.AudioContext ?? Reflect.get(window, 'webkitAudioContext');
  if (!Context) return;
  audio ??= new Context();
  audio.resume?.();
}

export function tone(frequency = 880, milliseconds = 120) {
  if (!audio || audio.state !== 'running') return;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  const end = audio.currentTime + milliseconds / 1000;
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.25, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.0001, end);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start();
  oscillator.stop(end);
}

/** Whether this device can vibrate at all (the Vibration API). */
export const canVibrate = () => typeof navigator.vibrate === 'function';

/** On unless the runner turned it off; kept like the voice's setting. */
export function vibrationOn() {
  return localStorage.getItem(VIBRATION_KEY) !== 'off';
}

/** @param {boolean} on */
export function setVibration(on) {
  localStorage.setItem(VIBRATION_KEY, on ? 'on' : 'off');
}

/** A short buzz, where the device can and the runner has not turned it off. @param {number} milliseconds */
export function vibrate(milliseconds) {
  if (canVibrate() && vibrationOn()) navigator.vibrate(milliseconds);
}

export function voiceOn() {
  return localStorage.getItem(VOICE_KEY) === 'on';
}

/** @param {boolean} on */
export function setVoice(on) {
  localStorage.setItem(VOICE_KEY, on ? 'on' : 'off');
  if (!on) window.speechSynthesis?.cancel();
}

/**
 * The voice to speak the page's language: one of exactly that language and region first ("es-ES"), then a
 * voice on the device, then any voice whose language is the page's ("es-MX" for "es"). Null when none is.
 * @param {readonly SpeechSynthesisVoice[]} voices @param {string} lang
 */
export function voiceFor(voices, lang) {
  const normal = (/** @type {string} */ code) => code.toLowerCase().replace('_', '-');
  const wanted = normal(lang);
  const language = wanted.split('-')[0];
  const speaking = voices.filter(voice => {
    const code = normal(voice.lang);
    return code === wanted || code.split('-')[0] === language;
  });
  return speaking.find(voice => normal(voice.lang) === wanted) ?? speaking.find(voice => voice.localService) ?? speaking[0] ?? null;
}

/** The page's language, as its <html lang> says. */
const pageLanguage = () => document.documentElement.lang || 'en';

/** The device's voice for the page's language, or null when it has none (then the player sounds tones). */
export function pageVoice() {
  return window.speechSynthesis ? voiceFor(speechSynthesis.getVoices(), pageLanguage()) : null;
}

/** The voice is on, but the device cannot speak the page's language. */
export const voiceMissing = () => voiceOn() && !pageVoice();

/**
 * Shows the text to screen readers, and speaks it in the page's language when the voice is on.
 * @param {string} text @returns {boolean} whether it is spoken
 */
export function say(text) {
  $('announcer').textContent = text;
  const voice = voiceOn() ? pageVoice() : null;
  if (!voice) return false;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = pageLanguage();
  utterance.voice = voice;
  speechSynthesis.cancel();
  speechSynthesis.speak(utterance);
  return true;
}
