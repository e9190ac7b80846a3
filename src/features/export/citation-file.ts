/**
 * The whole dataset's citation as a file for reference managers (a lazy chunk): RIS or
 * CSL-JSON, with the dataset's link, version and content hash.
 */
import { datasetHash } from '../../data/dataset-hash';
import { calendarDateOf } from '../../lib/citation';
import { citationCslJson, citationRis } from '../../lib/citation-formats';
import { linkFrom } from '../../state/deep-link';
import { EMPTY_VIEW } from '../../state/view-state';
import type { ExportContext } from './export-context';

export async function datasetCitationFile(format: 'ris' | 'csl', context: ExportContext, today: Date = new Date()) {
  const { dataset } = context.index;
  const citation = {
    dataset,
    url: linkFrom(context.baseUrl, EMPTY_VIEW, context.datasetId),
    accessed: calendarDateOf(today),
    hash: await datasetHash(dataset.id),
  };
  return format === 'ris'
    ? { text: citationRis(null, citation), filename: `${dataset.id}.ris` }
    : { text: citationCslJson(null, citation), filename: `${dataset.id}.csl.json` };
}
