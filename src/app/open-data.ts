/**
 * How any part of the page opens other data: the header's "Open your data", a file dropped
 * anywhere, a link typed in the data panel, "Back to the SCO data". DatasetLoader provides it,
 * since it owns which data is shown.
 */
import { createContext, useContext } from 'react';
import type { DataSource } from '../state/data-source';

export interface OpenData {
  /** What is shown now. */
  current: DataSource;
  /** Keeps the files in this browser, then shows them (a data file, and optionally its source text). */
  openFiles: (files: readonly File[]) => void;
  /** Shows a file kept in this browser ("Recent files"). */
  openKept: (id: string) => void;
  /** Shows a published file: an https address, a path on this site, or localhost. */
  openLink: (address: string) => void;
  /** Back to the bundled SCO data. */
  openBundled: () => void;
}

export const OpenDataContext = createContext<OpenData | null>(null);

export function useOpenData(): OpenData {
  const value = useContext(OpenDataContext);
  if (!value) throw new Error('useOpenData outside DatasetLoader');
  return value;
}
