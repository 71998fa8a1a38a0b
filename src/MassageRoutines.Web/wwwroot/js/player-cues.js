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

/** @param {string} text */
export function say(text) {
  $('announcer').textContent = text;
  if (voiceOn() && window.speechSynthesis) {
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }
}
