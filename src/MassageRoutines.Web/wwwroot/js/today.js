// @ts-check
// What the home page's "Today" says, and when the page's own reminder is due: pure functions of GET
// /api/today's answer, in the page's words.

import { fill } from './words.js';

/** @param {TodayView} today @param {ReminderWords} said */
export function boutsText({ bouts, boutsGoal }, said) {
  if (bouts === 0) return said.noBoutsYet;
  return fill(bouts < boutsGoal ? said.boutsSoFar : said.boutsGoalReached, { bouts, goal: boutsGoal });
}

/**
 * What the page says of the next break: the words before and after its time, or all of it when none is due.
 * @param {TodayView} today @param {ReminderWords} said
 * @returns {{ before: string, at: Date | null, after: string }}
 */
export function breakText(today, said) {
  if (!today.remindersOn) return { before: said.remindersOff, at: null, after: '' };
  if (today.nextBreak === null) return { before: said.noBreakDue, at: null, after: '' };
  return { before: said.nextBreakBefore, at: new Date(today.nextBreak), after: said.nextBreakAfter };
}

/**
 * Milliseconds from now until the next reminder, or null when none is due. Counted from the server's
 * clock, not the device's.
 * @param {TodayView} today
 */
export function delayMs(today) {
  if (!today.remindersOn || today.nextBreakInSeconds === null) return null;
  return Math.max(0, Math.ceil(today.nextBreakInSeconds * 1000));
}
