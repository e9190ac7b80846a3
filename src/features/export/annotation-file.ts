/**
 * The Web Annotations file (a lazy chunk): fetches the published source text when asked, so
 * the positions are counted in the file as served, and annotates the view's records in it.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { ExportFailure, type ExportContext } from './export-context';
import { toAnnotations } from './to-annotations';

/** `url`: the source text file's address (source-text-file.ts), which the menu looked up to offer the item. */
export async function annotationFile(context: ExportContext, meetings: readonly MeetingRecord[], url: string | null) {
  const { dataset } = context.index;
  if (!url) throw new ExportFailure({ id: 'share.noSourceText' });
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(String(response.status));
    text = await response.text();
  } catch {
    throw new ExportFailure({ id: 'share.sourceUnreadable' });
  }
  const { text: json, count, missing } = toAnnotations(context, meetings, url, text);
  return {
    text: json,
    filename: `sco-annotations-${dataset.id}-${count}.jsonld`,
    count,
    missing,
  };
}
