/** Placeholder of the reader; the reader itself replaces this file. */
import { OwnDataError, type OwnDataResult } from './own-data-types';

export type OwnDataInput = { kind: 'files'; files: readonly File[] } | { kind: 'url'; url: string };
export interface ReadProgress {
  phase: 'download' | 'parse' | 'check';
  fraction: number | null;
}
export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}
export function readOwnData(_input: OwnDataInput, _options?: ReadOptions): Promise<OwnDataResult> {
  return Promise.reject(new OwnDataError('invalid', 'The reader is not built yet.'));
}
