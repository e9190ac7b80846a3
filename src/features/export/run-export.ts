/**
 * What each file item of the share menu does: load its writer (every writer is a chunk of its
 * own, loaded on first use), write the file, save it, and say what was saved.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { downloadBlob, downloadText, MIME_TYPES } from '../../lib/download';
import { exportFileName, type ExportContext } from './export-context';
import type { Action } from './menu-groups';
import type { Message } from '../../i18n/translate';

export type FileAction = Exclude<Action, 'copy' | 'print'>;

/** Writes and saves the file; resolves with the message to announce (rejects with an ExportFailure, or an error). */
export async function runExport(
  action: FileAction,
  context: ExportContext,
  meetings: readonly MeetingRecord[],
  /** The published source text's address, for annotations (looked up by the menu, which offers them only then). */
  sourceUrl: string | null,
): Promise<Message> {
  const id = context.index.dataset.id;
  switch (action) {
    case 'csv':
    case 'json':
    case 'ics': {
      const { FORMATS } = await import('./writers');
      const { write } = FORMATS[action];
      downloadText(write(context, meetings), exportFileName(context, meetings.length, action), MIME_TYPES[action]);
      return { id: `share.done.${action}`, values: { count: meetings.length } };
    }
    case 'geojson':
    case 'roles': {
      const { FORMATS } = await import('./writers');
      const { write } = FORMATS[action];
      const filename = action === 'geojson' ? `sco-cities-${id}-${meetings.length}.geojson` : `sco-states-roles-${id}.csv`;
      downloadText(write(context, meetings), filename, action === 'geojson' ? MIME_TYPES.geojson : MIME_TYPES.csv);
      return { id: `share.done.${action}`, values: { count: meetings.length } };
    }
    case 'annotations': {
      const { annotationFile } = await import('./annotation-file');
      const file = await annotationFile(context, meetings, sourceUrl);
      downloadText(file.text, file.filename, MIME_TYPES.jsonld);
      return { id: 'share.done.annotations', values: { count: file.count, missing: file.missing } };
    }
    case 'ris':
    case 'csl': {
      const { datasetCitationFile } = await import('./citation-file');
      const file = await datasetCitationFile(action, context);
      downloadText(file.text, file.filename, MIME_TYPES[action]);
      return { id: `share.done.${action}` };
    }
    case 'timeline-svg':
    case 'timeline-png':
    case 'map-svg':
    case 'map-png': {
      const [kind, format] = action.split('-') as ['timeline' | 'map', 'svg' | 'png'];
      const { pictureFile } = await import('./picture-file');
      downloadBlob(await pictureFile(kind, format, context, meetings), `sco-${kind}-${id}-${meetings.length}.${format}`);
      return { id: 'share.done.picture', values: { kind, format: format.toUpperCase() } };
    }
  }
}
