/**
 * The whole read, as the worker runs it (and the tests, in-process): bytes in (a File or a
 * fetched link), checks before parsing (size, empty, binary), the SHA-256 of the bytes, then
 * CSV/TSV (Papa Parse) or JSON to a dataset, validated like a bundled one (`strict: false`).
 */
import type { Dataset } from '../../data/schema';
import { validateDataset } from '../../data/validate';
import { mapColumns, missingColumnsMessage } from './columns';
import { binaryKind, binaryKindMessage, dataFormatOf, decodeText, isWebPage, type DecodedText } from './decode-bytes';
import { fetchData, tooLargeError } from './fetch-data';
import { MAX_BYTES, OwnDataError, type OwnDataPreview, type OwnDataResult } from './own-data-types';
import { jsonRowsTable, readJsonDataset, schemaProblem } from './read-json';
import type { OwnDataInput, ReadProgress } from './read-own-data';
import { readTable } from './read-table';
import { rowsToDataset, type TableRow } from './rows-to-dataset';
import type { RowPlace } from './row-reader';
import { slugify } from './slug';
import { paragraphsOf } from './source-text';
import { pickFiles } from './pick-files';

type Report = (progress: ReadProgress) => void;

interface Source {
  name: string;
  paragraphs: NonNullable<Dataset['source']>['paragraphs'];
}

export async function readOwnDataPipeline(
  input: OwnDataInput,
  report: Report = () => undefined,
  signal?: AbortSignal,
): Promise<OwnDataResult> {
  let name: string;
  let bytes: Uint8Array<ArrayBuffer>;
  let source: Source | null = null;
  if (input.kind === 'url') {
    ({ name, bytes } = await fetchData(input.url, (fraction) => report({ phase: 'download', fraction }), signal));
  } else {
    const picked = await pickFiles(input.files);
    name = picked.data.name;
    bytes = await readFileBytes(picked.data);
    if (picked.source) source = await readSource(picked.source);
  }
  if (bytes.byteLength === 0) throw new OwnDataError('empty', { id: 'ownData.error.empty', values: { name } });
  const kind = binaryKind(bytes);
  if (kind) {
    throw new OwnDataError('not-data', { id: 'ownData.error.binary', values: { name, kind: binaryKindMessage(kind) } });
  }
  const contentHash = await sha256Hex(bytes);
  const decoded = decodeText(bytes);
  if (!decoded.text.trim()) throw new OwnDataError('empty', { id: 'ownData.error.blank', values: { name } });
  if (isWebPage(decoded.text)) throw new OwnDataError('not-data', { id: 'ownData.error.webPage', values: { name } });
  const meta = { id: slugify(name.replace(/\.[a-z0-9]+$/i, '')) || 'own-data', title: name, version: contentHash.slice(0, 8) };
  const common = { name, contentHash, bytes: bytes.byteLength };
  const base: Omit<OwnDataPreview, 'format' | 'delimiter' | 'columns' | 'rows' | 'validRows' | 'quotesChecked'> = {
    sourceName: source?.name ?? null,
    encoding: decoded.encoding,
  };

  if (dataFormatOf(name, decoded.text) === 'json') {
    const json = parseJson(name, decoded);
    if (Array.isArray(json)) {
      const table = jsonRowsTable(json);
      const read = readRows(name, table.headers, table.rows, source, meta, report, 'item', table.problems);
      return { ...common, ...read, preview: { ...base, ...read.preview, format: 'json', delimiter: null } };
    }
    if (typeof json !== 'object' || json === null) {
      throw new OwnDataError('invalid', { id: 'ownData.error.jsonNotDataset', values: { name } });
    }
    report({ phase: 'check', fraction: null });
    const reading = readJsonDataset(json);
    const dataset: Dataset = { ...reading.dataset, id: meta.id, version: meta.version };
    if (source) {
      if (dataset.source) {
        throw new OwnDataError('invalid', { id: 'ownData.error.ownSource', values: { name, source: source.name } });
      }
      dataset.source = { title: source.name, paragraphs: source.paragraphs };
    }
    const checked = checkDataset(dataset);
    const quotesChecked = checked.source ? checked.meetings.filter((m) => m.quote !== undefined).length : 0;
    return {
      ...common,
      dataset: checked,
      problems: reading.problems,
      preview: { ...base, format: 'json', delimiter: null, columns: [], rows: reading.rows, validRows: checked.meetings.length, quotesChecked },
    };
  }

  const table = readTable(decoded.text, (fraction) => report({ phase: 'parse', fraction }));
  const read = readRows(name, table.headers, table.rows, source, meta, report);
  const format = table.delimiter === '\t' ? 'tsv' : 'csv';
  return { ...common, ...read, preview: { ...base, ...read.preview, format, delimiter: table.delimiter } };
}

/** Header and rows to a checked dataset; fails when no row is valid. */
function readRows(
  name: string,
  headers: readonly string[],
  rows: readonly TableRow[],
  source: Source | null,
  meta: Pick<Dataset, 'id' | 'title' | 'version'>,
  report: Report,
  place?: RowPlace,
  earlier: OwnDataResult['problems'] = [],
): Pick<OwnDataResult, 'dataset' | 'problems'> & {
  preview: Pick<OwnDataPreview, 'columns' | 'rows' | 'validRows' | 'quotesChecked'>;
} {
  const map = mapColumns(headers);
  if (map.missing.length) {
    const message = missingColumnsMessage(map.missing, headers);
    throw new OwnDataError('invalid', message, [{ row: 1, column: null, message }]);
  }
  const count = rows.length + earlier.length;
  if (count === 0) throw new OwnDataError('empty', { id: 'ownData.error.noRows', values: { name } });
  report({ phase: 'check', fraction: null });
  const built = rowsToDataset({ map, rows, source, meta, ...(place ? { place } : {}) });
  const problems = [...earlier, ...built.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (built.validRows === 0) {
    throw new OwnDataError('no-valid-row', { id: 'ownData.error.noValidRow', values: { name, count } }, problems);
  }
  return {
    dataset: checkDataset(built.dataset),
    problems,
    preview: { columns: map.columns, rows: count, validRows: built.validRows, quotesChecked: built.quotesChecked },
  };
}

/** The dataset as the app will validate it; a failure here is a fault of this reader. */
function checkDataset(dataset: Dataset): Dataset {
  const result = validateDataset(dataset, { strict: false });
  if (result.ok) return result.value;
  throw new OwnDataError('invalid', { id: 'ownData.error.madeInvalid' }, result.problems.map(schemaProblem));
}

function parseJson(name: string, decoded: DecodedText): unknown {
  try {
    return JSON.parse(decoded.text) as unknown;
  } catch (error) {
    // The detail is the JSON parser's own (the browser's words, with the place of the fault).
    const detail = error instanceof Error && error.message ? error.message : 'none';
    throw new OwnDataError('invalid', { id: 'ownData.error.notJson', values: { name, detail } });
  }
}

async function readFileBytes(file: File): Promise<Uint8Array<ArrayBuffer>> {
  if (file.size > MAX_BYTES) throw tooLargeError(file.name, file.size);
  return new Uint8Array(await file.arrayBuffer());
}

async function readSource(file: File): Promise<Source> {
  const bytes = await readFileBytes(file);
  const kind = binaryKind(bytes);
  if (kind) {
    const values = { name: file.name, kind: binaryKindMessage(kind) };
    throw new OwnDataError('not-data', { id: 'ownData.error.sourceBinary', values });
  }
  const paragraphs = paragraphsOf(decodeText(bytes).text);
  if (!paragraphs.length) throw new OwnDataError('empty', { id: 'ownData.error.sourceEmpty', values: { name: file.name } });
  return { name: file.name, paragraphs };
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
