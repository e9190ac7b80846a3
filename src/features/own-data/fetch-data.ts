/**
 * A published data file fetched for `?data=`: without credentials, with a time limit and the
 * size limit (checked from Content-Length, then while the body streams in), and progress
 * from the bytes received. Every failure is an OwnDataError in plain words.
 */
import { MAX_BYTES, MAX_SIZE_TEXT, OwnDataError } from './own-data-types';

/** How long to wait for the server's answer, and then for each part of the body. */
export const FETCH_TIMEOUT_MS = 30_000;

export interface FetchedData {
  /** The file's name: the last part of the link's path, else the host. */
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const STATUS_WORDS: Readonly<Record<number, string>> = {
  400: 'bad request',
  401: 'not authorised',
  403: 'forbidden',
  404: 'not found',
  410: 'gone',
  429: 'too many requests',
  500: 'server error',
  502: 'bad gateway',
  503: 'unavailable',
  504: 'gateway timeout',
};

/** `The server answered 404 (not found)`. */
export function statusMessage(status: number): string {
  const words = STATUS_WORDS[status] ?? (status >= 500 ? 'server error' : 'refused');
  return `The server answered ${status} (${words})`;
}

export function nameOfUrl(url: string): string {
  const parsed = new URL(url, 'http://localhost/');
  const last = parsed.pathname.split('/').filter(Boolean).at(-1);
  if (!last) return parsed.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The size limit's message: with the size where it is known. */
export function tooLargeError(name: string, bytes: number | null): OwnDataError {
  const size = bytes === null ? 'larger than' : `${(bytes / 1024 / 1024).toFixed(1)} MB, over`;
  return new OwnDataError('too-large', `${name} is ${size} the ${MAX_SIZE_TEXT} limit.`);
}

export async function fetchData(
  url: string,
  onProgress: (fraction: number | null) => void,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<FetchedData> {
  const host = new URL(url, 'http://localhost/').host;
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** (Re)starts the clock: for the answer, then for each part of the body. */
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const failure = (error: unknown): unknown => {
    if (signal?.aborted) return signal.reason ?? error;
    if (timedOut) {
      return new OwnDataError(
        'timeout',
        `${host} did not send the file within ${timeoutMs / 1000} seconds.`,
      );
    }
    if (error instanceof OwnDataError) return error;
    return new OwnDataError(
      'unreachable',
      `Could not reach ${host}. The address may be wrong, the server or this device may be offline, ` +
        'or the server may not let other sites read the file (CORS).',
    );
  };
  try {
    arm();
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok)
      throw new OwnDataError('http', `${statusMessage(response.status)} for ${nameOfUrl(url)}.`);
    const declared = Number(response.headers.get('content-length'));
    const total = Number.isFinite(declared) && declared > 0 ? declared : null;
    // A compressed body's length is not the file's, but a file larger than the limit
    // compressed is larger still unpacked.
    if (total !== null && total > MAX_BYTES) throw tooLargeError(nameOfUrl(url), total);
    const chunks: Uint8Array[] = [];
    let received = 0;
    onProgress(total ? 0 : null);
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
      arm();
      chunks.push(part.value);
      received += part.value.byteLength;
      if (received > MAX_BYTES) {
        void reader?.cancel();
        throw tooLargeError(nameOfUrl(url), null);
      }
      onProgress(total ? Math.min(1, received / total) : null);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { name: nameOfUrl(url), bytes };
  } catch (error) {
    throw failure(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
