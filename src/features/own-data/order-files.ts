/**
 * Which of the chosen or dropped files is the data and which the source text: the first
 * CSV, TSV or JSON file is the data and a `.txt` beside it the source; a `.txt` alone is the
 * data (a CSV saved as text). Pure.
 */
const DATA = /\.(csv|tsv|tab|json)$/i;
const TEXT = /\.txt$/i;

export interface OrderedFiles {
  /** The data file first, then the source text if there is one. */
  files: File[];
  /** Files left out: more than one data file or source text. */
  ignored: string[];
}

export function orderFiles(chosen: readonly File[]): OrderedFiles {
  const data =
    chosen.find((f) => DATA.test(f.name)) ?? chosen.find((f) => TEXT.test(f.name)) ?? chosen[0];
  if (!data) return { files: [], ignored: [] };
  const source = chosen.find((f) => f !== data && TEXT.test(f.name));
  const files = source ? [data, source] : [data];
  return { files, ignored: chosen.filter((f) => !files.includes(f)).map((f) => f.name) };
}
