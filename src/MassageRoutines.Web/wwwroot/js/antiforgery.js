// @ts-check

/**
 * The header that carries this browser's antiforgery token, which every request that changes
 * something sends; null when the server cannot be reached. Asked for each time: the token belongs to
 * whoever is signed in at that moment.
 * @param {(input: string, init?: RequestInit) => Promise<Response>} [get]
 * @returns {Promise<Record<string, string> | null>}
 */
export async function antiforgeryHeader(get = (input, init) => fetch(input, init)) {
  const response = await get('/api/antiforgery', { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
  if (!response?.ok) return null;
  const { token, headerName } = await response.json();
  return { [headerName]: token };
}
