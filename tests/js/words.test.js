// A phrase's {names} are filled in from the values given; a name without a value stays as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill } from '../../src/MassageRoutines.Web/wwwroot/js/words.js';

test('fills each name in a phrase, as often as it comes', () => {
  assert.equal(fill('{bouts} of {goal} bouts today.', { bouts: 1, goal: 2 }), '1 of 2 bouts today.');
  assert.equal(fill('{a} and {a}', { a: 'x' }), 'x and x');
  assert.equal(fill('Next: {what}', {}), 'Next: {what}');
  assert.equal(fill('Saved', { what: 'x' }), 'Saved');
});
