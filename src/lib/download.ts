/**
 * Where the page touches the browser to save a file.
 */

/** Saves text as a file through a temporary object URL and a `download` link. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
