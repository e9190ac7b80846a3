import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../data/schema';
import { OwnDataError, type OwnDataResult } from './own-data-types';
import { readOwnData, type WorkerMessage } from './read-own-data';
import { loadedTranslate } from '../../i18n/translate';
import { wordFailure } from './word-problem';

/** Stands in for the browser's Worker: records what it is sent and lets a test answer. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: WorkerMessage) {
    this.onmessage?.({ data } as MessageEvent<WorkerMessage>);
  }
}

const worker = () => {
  if (!FakeWorker.last) throw new Error('no worker started');
  return FakeWorker.last;
};

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('readOwnData', () => {
  it('starts a module worker, forwards progress and resolves with its result', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress = vi.fn();
    const promise = readOwnData(
      { kind: 'url', url: 'https://example.org/a.csv' },
      { onProgress: progress },
    );
    expect(worker().options).toEqual({ type: 'module' });
    expect(worker().url.pathname).toMatch(/read-own-data\.worker\.ts$/);
    expect(worker().sent).toEqual([{ kind: 'url', url: 'https://example.org/a.csv' }]);
    worker().answer({ type: 'progress', progress: { phase: 'download', fraction: 0.5 } });
    const result = { name: 'a.csv', dataset: { id: 'a', meetings: [] as Meeting[] }, problems: [] } as unknown as OwnDataResult;
    worker().answer({ type: 'result', result });
    await expect(promise).resolves.toEqual(result);
    expect(progress).toHaveBeenCalledWith({ phase: 'download', fraction: 0.5 });
    expect(worker().terminated).toBe(true);
  });

  it('sends a link relative to the page as a full address', () => {
    vi.stubGlobal('Worker', FakeWorker);
    void readOwnData({ kind: 'url', url: 'own/b.csv' });
    expect(worker().sent).toEqual([{ kind: 'url', url: new URL('own/b.csv', location.href).href }]);
  });

  it('puts together the meetings and problems sent in batches before the result', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const promise = readOwnData({ kind: 'files', files: [] });
    const meeting = (id: string) => ({ id }) as Meeting;
    const problem = (row: number) => ({ row, column: null, message: { id: 'ownData.problem.empty' } }) as const;
    worker().answer({ type: 'meetings', meetings: [meeting('a'), meeting('b')] });
    worker().answer({ type: 'problems', problems: [problem(2)] });
    worker().answer({ type: 'meetings', meetings: [meeting('c')] });
    worker().answer({ type: 'problems', problems: [problem(3)] });
    const result = { name: 'a.csv', dataset: { id: 'a', meetings: [] as Meeting[] }, problems: [] } as unknown as OwnDataResult;
    worker().answer({ type: 'result', result });
    const read = await promise;
    expect(read.dataset.meetings.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(read.dataset.id).toBe('a');
    expect(read.problems.map((p) => p.row)).toEqual([2, 3]);
  });

  it('rejects with an OwnDataError carrying the reason and the problems', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const promise = readOwnData({ kind: 'files', files: [] });
    const empty = { id: 'ownData.problem.empty' } as const;
    const problems = [
      { row: 2, column: 'title', place: 'row', message: empty },
      { row: 3, column: 'title', place: 'row', message: empty },
    ] as const;
    const text = { id: 'ownData.error.noValidRow', values: { name: 'a.csv', count: 2 } } as const;
    worker().answer({ type: 'problems', problems: problems.slice(0, 1) });
    worker().answer({ type: 'error', reason: 'no-valid-row', text, problems: problems.slice(1) });
    const error: unknown = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OwnDataError);
    expect(error).toMatchObject({ reason: 'no-valid-row', text, problems });
  });

  it('ends the worker at once on abort and rejects with an AbortError', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const promise = readOwnData({ kind: 'files', files: [] }, { signal: controller.signal });
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    await expect(promise.catch((e: unknown) => e)).resolves.toBeInstanceOf(DOMException);
    expect(worker().terminated).toBe(true);
  });

  it('does not start a worker for a signal already aborted', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    controller.abort();
    await expect(
      readOwnData({ kind: 'files', files: [] }, { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeWorker.last).toBeNull();
  });

  it('says when the worker itself fails', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const promise = readOwnData({ kind: 'files', files: [] });
    worker().onerror?.({ message: '', preventDefault: () => undefined } as ErrorEvent);
    const error = (await promise.catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ reason: 'stopped' });
    expect(wordFailure(loadedTranslate('en')!, error)).toBe(
      'The file reader stopped: its script could not be loaded',
    );
    expect(worker().terminated).toBe(true);
  });
});
