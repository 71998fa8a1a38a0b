// Sends waiting session logs, oldest first, the way both outboxes (the runner's and the kiosk's) do.
// A log the server will never take (invalid, conflicting, too large, or for a revoked kiosk) is
// given up; one that met a server error stays for the next try while the others still go. A
// network error stops the round: the device is offline, and everything waits.

const NEVER_TAKEN = [409, 410, 413];

export async function sendLogs(logs, url, { sent, givenUp }) {
  if (logs.length === 0) return;
  const tokenResponse = await fetch('/api/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
  if (!tokenResponse.ok) return;
  const { token, headerName } = await tokenResponse.json();
  for (const log of logs) {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [headerName]: token },
      body: JSON.stringify(log),
    });
    if (response.ok) {
      await sent(log);
      continue;
    }
    const problem = await response.json().catch(() => ({}));
    if (NEVER_TAKEN.includes(response.status) || (response.status === 400 && problem.errors)) {
      await givenUp(log, problem);
    }
  }
}
