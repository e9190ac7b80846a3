/**
 * A published data file fetched for `?data=`: without credentials, with a time limit and the
 * size limit (checked from Content-Length, then while the body streams in), and progress
 * from the bytes received. Every failure is an OwnDataError in plain words.
 */
import type { NestedMessage } from '../../i18n/word';
import { MAX_BYTES, MAX_MEGABYTES, OwnDataError } from './own-data-types';

/** How long to wait for the server's answer, and then for each part of the body. */
export const FETCH_TIMEOUT_MS = 30_000;

export interface FetchedData {
  /** The file's name: the last part of the link's path, else the host. */
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** An HTTP status's name, as the message `ownData.error.http` words it. */
const STATUS_NAMES: Readonly<Record<number, string>> = {
  400: 'badRequest',
  401: 'notAuthorised',
  403: 'forbidden',
  404: 'notFound',
  410: 'gone',
  429: 'tooManyRequests',
  500: 'serverError',
  502: 'badGateway',
  503: 'unavailable',
  504: 'gatewayTimeout',
};

/** `The server answered 404 (not found) for data.csv.` */
export function statusMessage(status: number, name: string): NestedMessage {
  const words = STATUS_NAMES[status] ?? (status >= 500 ? 'serverError' : 'refused');
  return { id: 'ownData.error.http', values: { status, words, name } };
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
  // In MB to one decimal; more where that would read as the limit itself (100.0 MB).
  const megabytes = bytes === null ? 0 : bytes / 1024 / 1024;
  const rounded = Math.round(megabytes * 10) / 10;
  const size = rounded > MAX_MEGABYTES ? rounded : Math.ceil(megabytes * 1000) / 1000;
  return new OwnDataError('too-large', {
    id: 'ownData.error.tooLarge',
    values: { name, known: bytes === null ? 'no' : 'yes', size, limit: MAX_MEGABYTES },
  });
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
      return new OwnDataError('timeout', {
        id: 'ownData.error.timeout',
        values: { host, seconds: timeoutMs / 1000 },
      });
    }
    if (error instanceof OwnDataError) return error;
    return new OwnDataError('unreachable', { id: 'ownData.error.unreachable', values: { host } });
  };
  try {
    arm();
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok)
      throw new OwnDataError('http', statusMessage(response.status, nameOfUrl(url)));
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
