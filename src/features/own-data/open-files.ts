/**
 * Opening files chosen or dropped: the data file and its source text are kept in this browser
 * (recent-files.ts), and the page then shows them by their id. Loaded with `import()`.
 */
import { orderFiles } from './order-files';
import { keepFiles } from './recent-files';

/** Keeps the files and returns the id to open, or null when nothing was given. */
export async function openFiles(chosen: readonly File[]): Promise<string | null> {
  const { files } = orderFiles(chosen);
  if (!files.length) return null;
  return (await keepFiles(files)).id;
}
