// What the player says and sounds: short tones (Web Audio), spoken text behind the Voice toggle
// (speechSynthesis), vibration where the device has it, and always the page's aria-live region.

const VOICE_KEY = 'mr-voice';
let audio = null;

// Browsers only allow sound after a user gesture: call this from the Start button.
export function unlockAudio() {
  const Context = window.AudioContext ?? window.webkitAudioContext;
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

export function vibrate(pattern) {
  navigator.vibrate?.(pattern);
}

export function voiceOn() {
  return localStorage.getItem(VOICE_KEY) === 'on';
}

export function setVoice(on) {
  localStorage.setItem(VOICE_KEY, on ? 'on' : 'off');
  if (!on) window.speechSynthesis?.cancel();
}

// Announces text to screen readers, and speaks it when the voice is on.
export function say(announcer, text) {
  announcer.textContent = text;
  if (voiceOn() && window.speechSynthesis) {
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  }
}
