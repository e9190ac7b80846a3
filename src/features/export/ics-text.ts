/**
 * RFC 5545 content lines: TEXT escaping and line folding.
 */

// Control characters other than tab are not allowed in TEXT (RFC 5545 §3.3.11).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Escapes a TEXT value: backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .toWellFormed()
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROLS, '');
}

/** How many octets a code point takes in UTF-8 (a lone surrogate is written as U+FFFD: 3). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

/** Lines are folded at this many octets, not counting the CRLF. */
export const FOLD_OCTETS = 75;

/**
 * Folds a content line so that no line exceeds 75 octets of UTF-8: each continuation
 * line starts with one space (which counts), and a multi-octet character is never split.
 */
export function foldLine(line: string, limit = FOLD_OCTETS): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  // for…of walks code points, so a surrogate pair stays together.
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}
