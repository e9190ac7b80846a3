/**
 * Where the page touches the browser to save a file: exports, pictures, a list of problems.
 */

export const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  geojson: 'application/geo+json;charset=utf-8',
  jsonld: 'application/ld+json;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
  csl: 'application/vnd.citationstyles.csl+json;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
} as const;

/** Saves a file through a temporary object URL and a `download` link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: release it a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Saves text as a file. */
export function downloadText(text: string, filename: string, type: string): void {
  downloadBlob(new Blob([text], { type }), filename);
}
