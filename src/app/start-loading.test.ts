import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCanvasLanes } from '../features/timeline/canvas/canvas-lanes-chunk';
import { createQueryClient, preloadForSize, startLoading } from './start-loading';
import { startupRequest } from '../state/data-source';

vi.mock('../features/timeline/canvas/canvas-lanes-chunk', () => ({
  loadCanvasLanes: vi.fn(() => Promise.resolve(null)),
}));

const entry = { id: 'big', title: 'Big', file: 'big.json', version: '1', source: 'A source' };

/** A server with the given manifest, whose dataset file answers only when `release` is called. */
function serve(manifestEntry: object, meetings: number) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const requests: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    if (url.endsWith('datasets.json')) {
      return new Response(JSON.stringify({ defaultDataset: 'big', datasets: [manifestEntry] }));
    }
    await held;
    return new Response(JSON.stringify({ meetings: Array.from({ length: meetings }, () => ({})) }));
  });
  return { requests, release };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('preloadForSize', () => {
  beforeEach(() => vi.clearAllMocks());

  it('loads the canvas above MANY_MEETINGS', () => {
    preloadForSize(300);
    expect(loadCanvasLanes).not.toHaveBeenCalled();
    preloadForSize(301);
    expect(loadCanvasLanes).toHaveBeenCalledTimes(1);
  });
});

describe('startLoading', () => {
  beforeEach(() => vi.clearAllMocks());
  afterEach(() => vi.unstubAllGlobals());

  it('starts loading a large dataset’s code from the manifest’s count, while the file downloads', async () => {
    const server = serve({ ...entry, meetings: 10_000 }, 10_000);
    startLoading(createQueryClient(), startupRequest(''));
    // The manifest waits for the validator's chunk, then the dataset's request starts.
    await vi.waitFor(() => expect(server.requests.some((url) => url.endsWith('big.json'))).toBe(true));
    expect(loadCanvasLanes).toHaveBeenCalled();
    server.release();
  });

  it('without a count in the manifest, waits for the parsed file to tell its size', async () => {
    const server = serve(entry, 400);
    startLoading(createQueryClient(), startupRequest(''));
    await settle();
    expect(loadCanvasLanes).not.toHaveBeenCalled();
    server.release();
    await vi.waitFor(() => expect(loadCanvasLanes).toHaveBeenCalled());
  });

  it('loads neither for a small dataset', async () => {
    const server = serve({ ...entry, meetings: 15 }, 15);
    const client = createQueryClient();
    startLoading(client, startupRequest(''));
    server.release();
    await vi.waitFor(() =>
      expect(client.getQueryState(['dataset', 'big', '1', 'big.json'])?.status).toBe('error'),
    );
    expect(loadCanvasLanes).not.toHaveBeenCalled();
  });
});

describe('startLoading with a user’s data', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches no bundled dataset (nor its manifest) for a `data` or `file` link', async () => {
    for (const search of ['?data=own/a.csv', '?file=f-0a1b2c']) {
      const requests: string[] = [];
      vi.stubGlobal('fetch', (url: string) => {
        requests.push(url);
        return Promise.resolve(new Response('{}'));
      });
      startLoading(createQueryClient(), startupRequest(search));
      await settle();
      expect(requests, search).toEqual([]);
      vi.unstubAllGlobals();
    }
  });
});
