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

/** Files that cannot be told apart, or too many: why, then what to open. */
const tooMany = (why: 'twoData' | 'twoTxt' | 'many') =>
  new OwnDataError('invalid', { id: 'ownData.error.tooMany', values: { why } });

/** Whether a .txt file's first line is a header this app reads (title and start). */
async function looksLikeTable(file: File): Promise<boolean> {
  const head = await file.slice(0, 4096).text();
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  const cells = firstLine.split(/[,\t;|]/).map((cell) => cell.replace(/^"|"$/g, ''));
  return mapColumns(cells).missing.length === 0;
}

export async function pickFiles(files: readonly File[]): Promise<PickedFiles> {
  const [first, second, ...rest] = files;
  if (!first) throw new OwnDataError('empty', { id: 'ownData.error.noFile' });
  if (!second) return { data: first, source: null };
  if (rest.length) throw tooMany('many');
  if (isText(first) !== isText(second)) {
    return isText(first) ? { data: second, source: first } : { data: first, source: second };
  }
  if (!isText(first)) throw tooMany('twoData');
  // Two .txt files: the one that starts with a header row is the data.
  const [firstIsTable, secondIsTable] = await Promise.all([
    looksLikeTable(first),
    looksLikeTable(second),
  ]);
  if (firstIsTable !== secondIsTable) {
    return firstIsTable ? { data: first, source: second } : { data: second, source: first };
  }
  throw tooMany('twoTxt');
}
