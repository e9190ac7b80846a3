// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchData, nameOfUrl, statusMessage } from './fetch-data';
import { loadedTranslate, loadTranslate } from '../../i18n/translate';
import { word } from '../../i18n/word';
import { wordFailure } from './word-problem';

const en = loadedTranslate('en')!;
await loadTranslate('zh');
import { OwnDataError } from './own-data-types';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that never answers, but stops when its signal aborts, as a browser's does. */
function silentServer() {
  vi.stubGlobal(
    'fetch',
    (_url: string, init: RequestInit) =>
      new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      }),
  );
}

describe('fetchData', () => {
  it('gives up on a silent server after the time limit, and says so', async () => {
    silentServer();
    const error: unknown = await fetchData(
      'https://slow.example/a.csv',
      () => undefined,
      undefined,
      20,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OwnDataError);
    expect(error).toMatchObject({ reason: 'timeout' });
    expect(wordFailure(en, error as OwnDataError)).toBe(
      'slow.example did not send the file within 0.02 seconds.',
    );
  });

  it('passes the caller’s abort through as it is', async () => {
    silentServer();
    const controller = new AbortController();
    const promise = fetchData('https://slow.example/a.csv', () => undefined, controller.signal);
    controller.abort(new DOMException('cancelled', 'AbortError'));
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reports progress as null when the size is not known', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('title,start\n'));
        controller.close();
      },
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body)));
    const fractions: (number | null)[] = [];
    const { bytes } = await fetchData('https://example.org/', (f) => fractions.push(f));
    expect(new TextDecoder().decode(bytes)).toBe('title,start\n');
    expect(fractions.every((f) => f === null)).toBe(true);
  });
});

describe('messages', () => {
  it('names a status in plain words', () => {
    const status = (code: number) => word(en, statusMessage(code, 'a.csv'));
    expect(status(404)).toBe('The server answered 404 (not found) for a.csv.');
    expect(status(503)).toBe('The server answered 503 (unavailable) for a.csv.');
    expect(status(599)).toBe('The server answered 599 (server error) for a.csv.');
    expect(status(418)).toBe('The server answered 418 (refused) for a.csv.');
    expect(word(loadedTranslate('zh')!, statusMessage(404, 'a.csv'))).toBe('服务器对 a.csv 的回应是 404（未找到）。');
  });

  it('names a link by its last path part, else its host', () => {
    expect(nameOfUrl('https://example.org/a/b/chronology%202012.csv?x=1')).toBe(
      'chronology 2012.csv',
    );
    expect(nameOfUrl('https://example.org/')).toBe('example.org');
    expect(nameOfUrl('own/my.csv')).toBe('my.csv');
  });
});
