/**
 * A file's bytes to text, or a plain answer why they are not text: the checks that run before
 * any parsing, so that a spreadsheet, a PDF or a picture gets a clear message, not a table of
 * garbage.
 */
import type { NestedMessage } from '../../i18n/word';

/** What a file that is not text may be; the message `ownData.kind` words each. */
export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'picture' | 'gzip' | 'utf16' | 'binary';

/** `a PDF document`, `a picture`, as the page words it. */
export const binaryKindMessage = (kind: BinaryKind): NestedMessage => ({ id: 'ownData.kind', values: { kind } });

/** What a file that is not text appears to be, from its first bytes; null for text. */
export function binaryKind(bytes: Uint8Array): BinaryKind | null {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'xls';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46))
    return 'picture';
  if (starts(0x1f, 0x8b)) return 'gzip';
  // UTF-16 text has a NUL in every other byte: say what it is rather than "binary".
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return 'utf16';
  const sample = bytes.subarray(0, 65_536);
  if (sample.includes(0)) return 'binary';
  return null;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/**
 * UTF-8 (a byte-order mark dropped); a file that is not valid UTF-8 is read as Windows-1252,
 * what Excel on Windows writes for "CSV (Comma delimited)".
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export type DataFormat = 'json' | 'table';

/**
 * JSON or a table (CSV/TSV): by the file's extension, else (a link without one, a `.dat`) by
 * its first character.
 */
export function dataFormatOf(name: string, text: string): DataFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension && ['csv', 'tsv', 'tab', 'txt'].includes(extension)) return 'table';
  return /^\s*[[{]/.test(text.slice(0, 1024)) ? 'json' : 'table';
}

/**
 * A web page where data was expected: what a wrong address on a site that answers every path
 * with its index page gives, with status 200.
 */
export function isWebPage(text: string): boolean {
  return /^\s*<(!doctype html|html[\s>])/i.test(text.slice(0, 1024));
}
