// @ts-check
// When a kiosk counts as walked away from. People following a routine do not touch the screen for
// minutes, so only a kiosk left waiting (on "What's sore?", paused, at the warm-up check, asking about
// pain, or at the end) counts, and so does its start screen left in another language than the kiosk's.

export const STILL_THERE_SECONDS = 10;

/**
 * @param {{ playerState: string, choosingSore: boolean, warmUpMinutes: number, idleSeconds: number, idleMs: number, otherLanguage?: boolean }} kiosk
 *   playerState: the player's state(); idleMs: since the last touch; otherLanguage: someone switched the screen's language.
 */
export function walkedAway({ playerState, choosingSore, warmUpMinutes, idleSeconds, idleMs, otherLanguage = false }) {
  const waitingForSomeone = choosingSore || (playerState !== 'none' && playerState !== 'running') || (otherLanguage && playerState === 'none');
  // At a warm-up check, people are off warming up: give them the warm-up's length first.
  const warmUp = playerState === 'waiting' ? warmUpMinutes * 60 : 0;
  return waitingForSomeone && idleMs >= (warmUp + idleSeconds) * 1000;
}
