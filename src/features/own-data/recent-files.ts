/**
 * Files the reader opened from disk, kept in this browser (IndexedDB, through idb-keyval) so
 * that a reload, Back and Forward show them again and "Recent files" can reopen them. Nothing
 * leaves the browser. Where IndexedDB is unavailable (some private windows), files are kept
 * for this page's life only, and a reload says the file is no longer here.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';

export interface KeptFile {
  id: string;
  /** The data file's name (the source text's, if any, is in `files`). */
  name: string;
  /** The data file first, then an optional plain-text source. */
  files: File[];
  bytes: number;
  openedAt: number;
}

export type KeptFileSummary = Omit<KeptFile, 'files'>;

/** How many files are kept; opening another forgets the oldest. */
export const MAX_KEPT = 5;

let store: UseStore | null = null;
const inMemory = new Map<string, KeptFile>();

function idbStore(): UseStore {
  store ??= createStore('sco-timeline-explorer', 'recent-files');
  return store;
}

/** Runs an IndexedDB step; where the browser refuses, the in-memory copy serves instead. */
async function tryIdb<T>(step: (s: UseStore) => Promise<T>, fallback: () => T): Promise<T> {
  try {
    return await step(idbStore());
  } catch {
    return fallback();
  }
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `f-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const sameFiles = (a: readonly File[], b: readonly File[]) =>
  a.length === b.length &&
  a.every(
    (f, i) => f.name === b[i]?.name && f.size === b[i].size && f.lastModified === b[i].lastModified,
  );

/** Keeps the files (the same files again keep their id) and returns the kept record. */
export async function keepFiles(files: readonly File[], now = Date.now()): Promise<KeptFile> {
  const [first] = files;
  if (!first) throw new Error('no file to keep');
  const all = await allKept();
  const existing = all.find((kept) => sameFiles(kept.files, files));
  const record: KeptFile = {
    id: existing?.id ?? newId(),
    name: first.name,
    files: [...files],
    bytes: files.reduce((sum, f) => sum + f.size, 0),
    openedAt: now,
  };
  inMemory.set(record.id, record);
  await tryIdb(
    (s) => set(record.id, record, s),
    () => undefined,
  );
  const stale = [record, ...all.filter((k) => k.id !== record.id)].slice(MAX_KEPT);
  for (const old of stale) await forgetFile(old.id);
  return record;
}

export async function keptFile(id: string): Promise<KeptFile | undefined> {
  const stored = await tryIdb(
    (s) => get<KeptFile>(id, s),
    () => undefined,
  );
  return stored ?? inMemory.get(id);
}

async function allKept(): Promise<KeptFile[]> {
  const stored = await tryIdb(
    (s) => values<KeptFile>(s),
    () => [] as KeptFile[],
  );
  const byId = new Map(stored.map((k) => [k.id, k]));
  for (const [id, kept] of inMemory) if (!byId.has(id)) byId.set(id, kept);
  return [...byId.values()];
}

/** The kept files, the most recently opened first, without their contents. */
export async function recentFiles(): Promise<KeptFileSummary[]> {
  return (await allKept())
    .sort((a, b) => b.openedAt - a.openedAt)
    .map(({ id, name, bytes, openedAt }) => ({ id, name, bytes, openedAt }));
}

export async function forgetFile(id: string): Promise<void> {
  inMemory.delete(id);
  await tryIdb(
    (s) => del(id, s),
    () => undefined,
  );
}
