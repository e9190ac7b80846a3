/**
 * Which of the files a user gave is the data and which the source text: one data file
 * (.csv, .tsv, .tab, .json, or a .txt holding a table) and at most one .txt source.
 */
import { mapColumns } from './columns';
import { OwnDataError } from './own-data-types';

export interface PickedFiles {
  data: File;
  source: File | null;
}

const isText = (file: File) => /\.txt$/i.test(file.name);

const TOO_MANY =
  'Open one data file (.csv, .tsv or .json), and at most one plain-text source (.txt) with it.';

/** Whether a .txt file's first line is a header this app reads (title and start). */
async function looksLikeTable(file: File): Promise<boolean> {
  const head = await file.slice(0, 4096).text();
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const cells = firstLine.split(/[,\t;|]/).map((cell) => cell.replace(/^"|"$/g, ''));
  return mapColumns(cells).missing.length === 0;
}

export async function pickFiles(files: readonly File[]): Promise<PickedFiles> {
  const [first, second, ...rest] = files;
  if (!first) throw new OwnDataError('empty', 'No file was given.');
  if (!second) return { data: first, source: null };
  if (rest.length) throw new OwnDataError('invalid', TOO_MANY);
  if (isText(first) !== isText(second)) {
    return isText(first) ? { data: second, source: first } : { data: first, source: second };
  }
  if (!isText(first)) throw new OwnDataError('invalid', `Two data files were given. ${TOO_MANY}`);
  // Two .txt files: the one that starts with a header row is the data.
  const [firstIsTable, secondIsTable] = await Promise.all([
    looksLikeTable(first),
    looksLikeTable(second),
  ]);
  if (firstIsTable !== secondIsTable) {
    return firstIsTable ? { data: first, source: second } : { data: second, source: first };
  }
  throw new OwnDataError(
    'invalid',
    `Two .txt files were given, and it is not clear which is the data. ${TOO_MANY}`,
  );
}
