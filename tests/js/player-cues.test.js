// The player's vibration: a short buzz where the device can vibrate, on unless the runner turned it off,
// and the setting kept on the device like the voice's.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { canVibrate, setVibration, vibrate, vibrationOn } from '../../src/MassageRoutines.Web/wwwroot/js/player-cues.js';

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
