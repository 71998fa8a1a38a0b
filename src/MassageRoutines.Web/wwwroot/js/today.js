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
 * @param {TodayView} today
 * @param {(date: Date) => string} formatTime  a time in the runner's words, e.g. "Mon 14:30"
 */
export function breakText(today, formatTime) {
  if (!today.remindersOn) return 'Movement-break reminders are off.';
  if (today.nextBreak === null) return 'No movement break is due in the next two weeks.';
  return `Next movement break: ${formatTime(new Date(today.nextBreak))}.`;
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
