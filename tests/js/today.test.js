// What the home page's "Today" says and when the page's reminder is due, from GET /api/today's answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boutsText, breakText, delayMs } from '../../src/MassageRoutines.Web/wwwroot/js/today.js';

// The words the home page hands over (Phrases.Browser.Reminders on the server).
/** @type {ReminderWords} */
const said = {
  reminderTitle: 'Time for a movement break', reminderBody: 'Stand up and move for a few minutes.', start: 'Start', later: 'Later',
  noBoutsYet: 'No bouts yet today. Two short bouts a day do more good than one long session.',
  boutsSoFar: '{bouts} of {goal} bouts today.', boutsGoalReached: "{bouts} of {goal} bouts today: that is today's goal reached.",
  remindersOff: 'Movement-break reminders are off.', noBreakDue: 'No movement break is due in the next two weeks.',
  nextBreakBefore: 'Next movement break: ', nextBreakAfter: '.',
};

/** @param {Partial<TodayView>} change @returns {TodayView} */
const today = change => ({
  bouts: 0, boutsGoal: 2, remindersOn: true, nextBreak: '2026-03-02T10:30:00Z', nextBreakInSeconds: 1200, breakRoutine: '/play/midday-movement-break',
  ...change,
});

test('bouts are counted against the goal of two', () => {
  assert.equal(boutsText(today({ bouts: 0 }), said), 'No bouts yet today. Two short bouts a day do more good than one long session.');
  assert.equal(boutsText(today({ bouts: 1 }), said), '1 of 2 bouts today.');
  assert.equal(boutsText(today({ bouts: 3 }), said), "3 of 2 bouts today: that is today's goal reached.");
});

test('the next break is told with its time, or why there is none', () => {
  assert.deepEqual(breakText(today({}), said), { before: 'Next movement break: ', at: new Date('2026-03-02T10:30:00Z'), after: '.' });
  assert.equal(breakText(today({ remindersOn: false }), said).before, 'Movement-break reminders are off.');
  assert.deepEqual(breakText(today({ nextBreak: null, nextBreakInSeconds: null }), said),
    { before: 'No movement break is due in the next two weeks.', at: null, after: '' });
});

test('the reminder waits as long as the server says, whatever the device clock reads', () => {
  assert.equal(delayMs(today({ nextBreakInSeconds: 1200.0004 })), 1_200_001);
  assert.equal(delayMs(today({ nextBreakInSeconds: -3 })), 0);
  assert.equal(delayMs(today({ nextBreakInSeconds: null, nextBreak: null })), null);
  assert.equal(delayMs(today({ remindersOn: false })), null);
});
