import { describe, expect, it } from 'vitest';
import { forgetFile, keepFiles, keptFile, MAX_KEPT, recentFiles } from './recent-files';

// jsdom has no IndexedDB: these run on the in-memory copy that serves where the browser refuses.
const file = (name: string, text = 'title,start\nA,2012-01-01\n', lastModified = 1) =>
  new File([text], name, { lastModified });

describe('recent files', () => {
  it('keeps a file, finds it by id, and lists it first', async () => {
    const kept = await keepFiles([file('a.csv'), file('a.txt', 'Source.')], 1000);
    expect(kept.id).toMatch(/^f-[0-9a-f]{12}$/);
    expect(kept.name).toBe('a.csv');
    expect((await keptFile(kept.id))?.files.map((f) => f.name)).toEqual(['a.csv', 'a.txt']);
    expect((await recentFiles())[0]).toEqual({
      id: kept.id,
      name: 'a.csv',
      bytes: kept.bytes,
      openedAt: 1000,
    });
  });

  it('gives the same files the same id again', async () => {
    const first = await keepFiles([file('same.csv')], 2000);
    const again = await keepFiles([file('same.csv')], 3000);
    expect(again.id).toBe(first.id);
    expect((await recentFiles()).filter((f) => f.name === 'same.csv')).toHaveLength(1);
  });

  it(`keeps the last ${MAX_KEPT} and forgets on request`, async () => {
    for (let i = 0; i < MAX_KEPT + 2; i++) await keepFiles([file(`n${i}.csv`, 'x', i)], 10_000 + i);
    const names = (await recentFiles()).map((f) => f.name);
    expect(names).toHaveLength(MAX_KEPT);
    expect(names[0]).toBe(`n${MAX_KEPT + 1}.csv`);
    const [newest] = await recentFiles();
    await forgetFile(newest!.id);
    expect(await keptFile(newest!.id)).toBeUndefined();
  });
});
