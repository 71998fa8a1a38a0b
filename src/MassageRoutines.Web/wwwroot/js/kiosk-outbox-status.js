// @ts-check
// What the kiosk's banner says of its outbox: nothing when online with nothing waiting.

/** @param {number} waiting @param {boolean} online @returns {{ hidden: boolean, text: string }} */
export function outboxStatus(waiting, online) {
  const logs = `${waiting} ${waiting === 1 ? 'log' : 'logs'} waiting to be sent`;
  return { hidden: online && waiting === 0, text: online ? logs : `Offline: ${logs}` };
}
