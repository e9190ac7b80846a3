/**
 * A short content hash of a file, so that a reader of a citation or a picture can tell whether
 * the data changed since: the first 12 hex digits of the SHA-256 of its bytes (48 bits; a
 * collision between two versions of one dataset is not a practical concern). Web Crypto, so
 * no library; asynchronous, and only ever computed when an export or a citation asks.
 */

/** How many hex digits are kept. */
export const HASH_DIGITS = 12;

/** `3f2a9c01b7de`: the first 12 hex digits of the SHA-256 of `bytes`. */
export async function contentHash(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest).slice(0, HASH_DIGITS / 2)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

/** The hash of a file as served: fetched again (from the HTTP cache, normally) and hashed. */
export async function contentHashOfUrl(url: string, fetcher: typeof fetch = fetch): Promise<string> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`Could not read ${url}: the server answered ${response.status}`);
  // A view, not the buffer itself: a buffer from another realm (a test runner's) is refused.
  return contentHash(new Uint8Array(await response.arrayBuffer()));
}
