/**
 * How the exports and the report name a dataset's source in one line, from the fields it has:
 * a bundled dataset gives them all, a user's text may give only its title, and a user's
 * chronology may have no source at all. Nothing is filled in that the data does not say.
 */
import type { Dataset } from './schema';

/** `Press release (SCO, June 6-7, 2012, Beijing)`, or what of it the source gives; null without a source. */
export function sourceLine(dataset: Pick<Dataset, 'source'>): string | null {
  const { source } = dataset;
  if (!source) return null;
  const details = [source.publisher, source.dateline].filter(Boolean).join(', ');
  return details ? `${source.title} (${details})` : source.title;
}
