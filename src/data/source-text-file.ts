/**
 * The published text file each bundled source was drawn from, as the site serves it
 * (public/data). Web Annotations point at it: the dataset's paragraphs are that file's text,
 * so a quote's characters can be counted in it. A dataset not listed (a synthetic or a
 * user's own) has no published text to point at.
 */
const SOURCE_TEXT_FILES: Record<string, string> = {
  'sco-2012-beijing': 'sco-2012-beijing-press-release.txt',
};

/** The file's address, absolute against `origin` (the page's), or null when there is none. */
export function sourceTextUrl(datasetId: string, origin: string): string | null {
  const file = SOURCE_TEXT_FILES[datasetId];
  return file ? new URL(`${import.meta.env.BASE_URL}data/${file}`, origin).href : null;
}
