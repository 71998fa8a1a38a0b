// @ts-check
// What the kiosk's banner says of its outbox: nothing when online with nothing waiting.

import { fill } from './words.js';

/**
 * @param {number} waiting @param {boolean} online @param {KioskWords} said
 * @returns {{ hidden: boolean, text: string }}
 */
export function outboxStatus(waiting, online, said) {
  const logs = fill(waiting === 1 ? said.oneLogWaiting : said.logsWaiting, { count: waiting });
  return { hidden: online && waiting === 0, text: online ? logs : fill(said.offline, { logs }) };
}
