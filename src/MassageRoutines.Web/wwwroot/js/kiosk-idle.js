// @ts-check
// When a kiosk counts as walked away from. People following a routine do not touch the screen for
// minutes, so only a kiosk left waiting (on "What's sore?", paused, at the warm-up check, asking about
// pain, or at the end) counts.

export const STILL_THERE_SECONDS = 10;

/**
 * @param {{ playerState: string, choosingSore: boolean, warmUpMinutes: number, idleSeconds: number, idleMs: number }} kiosk
 *   playerState: the player's state(); idleMs: since the last touch.
 */
export function walkedAway({ playerState, choosingSore, warmUpMinutes, idleSeconds, idleMs }) {
  const waitingForSomeone = choosingSore || (playerState !== 'none' && playerState !== 'running');
  // At a warm-up check, people are off warming up: give them the warm-up's length first.
  const warmUp = playerState === 'waiting' ? warmUpMinutes * 60 : 0;
  return waitingForSomeone && idleMs >= (warmUp + idleSeconds) * 1000;
}
