// @ts-check
// What the home page's "Today" says, and when the page's own reminder is due: pure functions of GET /api/today's answer.

export const REMINDER_TITLE = 'Time for a movement break';
export const REMINDER_BODY = 'Stand up and move for a few minutes.';

/** @param {TodayView} today */
export function boutsText({ bouts, boutsGoal }) {
  if (bouts === 0) return `No bouts yet today. ${boutsGoal} short ones a day do more than one long session.`;
  if (bouts < boutsGoal) return `${bouts} of ${boutsGoal} bouts today.`;
  return `${bouts} of ${boutsGoal} bouts today: that is today's goal reached.`;
}

/**
 * What the page says of the next break: the words before and after its time, or all of it when none is due.
 * @param {TodayView} today
 * @returns {{ before: string, at: Date | null, after: string }}
 */
export function breakText(today) {
  if (!today.remindersOn) return { before: 'Movement-break reminders are off.', at: null, after: '' };
  if (today.nextBreak === null) return { before: 'No movement break is due in the next two weeks.', at: null, after: '' };
  return { before: 'Next movement break: ', at: new Date(today.nextBreak), after: '.' };
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
