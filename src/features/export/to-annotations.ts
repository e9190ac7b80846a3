/**
 * The records of a view as W3C Web Annotations (JSON-LD): an AnnotationCollection whose every
 * annotation points at the sentence a record was drawn from, in the published source text
 * file, with a TextQuoteSelector (the exact words, ~32 characters either side) and a
 * TextPositionSelector (start and end). Positions count Unicode code points, as the model
 * asks, of the file's text as served (decoded from UTF-8). A reader can load the collection into
 * annotation tools, or check the provenance with nothing but the file and this export.
 *
 * The records of a view: its meetings; the delegations (participants) and the status changes,
 * which the map shows whatever the filters; the decisions of the area filter, as the cards
 * show them. A record whose quote the file does not hold is left out (and counted), never
 * pointed at the wrong place.
 */
import type { MeetingRecord } from '../../data/dataset-index';
import { EMPTY_VIEW, type ViewState } from '../../state/view-state';
import { linkFrom } from '../../state/deep-link';
import { viewLink, type ExportContext } from './export-context';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CONTEXT_CHARS = 32;

export type AnnotatedKind = 'meeting' | 'participant' | 'decision' | 'status change';

interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  body: (
    | { id: string; type: 'Text'; format: 'text/html'; title: string }
    | { type: 'TextualBody'; purpose: 'tagging'; value: AnnotatedKind; format: 'text/plain' }
  )[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** A record to annotate: its kind, title, quote and the view that shows it. */
interface QuotedRecord {
  kind: AnnotatedKind;
  /** Unique within its kind. */
  key: string;
  title: string;
  quote: string;
  link: Partial<ViewState>;
}

function recordsOf(context: ExportContext, meetings: readonly MeetingRecord[]): QuotedRecord[] {
  const { index, view } = context;
  const { dataset } = index;
  const name = (countryId: string) => index.countryById.get(countryId)?.name ?? countryId;
  const records: QuotedRecord[] = [];
  for (const meeting of meetings) {
    if (meeting.quote) records.push({ kind: 'meeting', key: meeting.id, title: meeting.title, quote: meeting.quote, link: { event: meeting.id } });
  }
  for (const delegation of dataset.delegations) {
    records.push({
      kind: 'participant',
      key: delegation.countryId,
      title: `${name(delegation.countryId)}: ${delegation.head.title} ${delegation.head.name}`,
      quote: delegation.quote,
      link: { state: delegation.countryId },
    });
  }
  for (const decision of dataset.decisions) {
    if (view.area.length && !view.area.includes(decision.areaId)) continue;
    records.push({ kind: 'decision', key: decision.id, title: decision.title, quote: decision.quote, link: { decision: decision.id } });
  }
  for (const change of dataset.statusChanges) {
    records.push({
      kind: 'status change',
      key: `${change.countryId}-${change.to}`,
      title: `${name(change.countryId)}: ${change.from ?? 'no status'} → ${change.to}`,
      quote: change.quote,
      link: { state: change.countryId, decision: change.decisionId },
    });
  }
  return records;
}

/** UTF-16 positions → code point positions, for a text (one pass, then O(log n) lookups). */
function codePointCounter(text: string): (utf16: number) => number {
  const astral: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      astral.push(i);
      i += 1;
    }
  }
  return (utf16) => {
    let low = 0;
    let high = astral.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((astral[middle] ?? 0) < utf16) low = middle + 1;
      else high = middle;
    }
    return utf16 - low;
  };
}

/**
 * The annotations of the view's records, against `sourceText` (the file's text) served at
 * `sourceUrl`; `missing` counts records whose quote the file does not hold.
 */
export function toAnnotationCollection(
  context: ExportContext,
  meetings: readonly MeetingRecord[],
  sourceUrl: string,
  sourceText: string,
): { collection: AnnotationCollection; missing: number } {
  const codePoints = codePointCounter(sourceText);
  const collectionId = `${viewLink(context)}#annotations`;
  const items: Annotation[] = [];
  let missing = 0;
  for (const record of recordsOf(context, meetings)) {
    const at = sourceText.indexOf(record.quote);
    if (at === -1) {
      missing += 1;
      continue;
    }
    const end = at + record.quote.length;
    const link = linkFrom(context.baseUrl, { ...EMPTY_VIEW, ...record.link }, context.datasetId);
    const around = (from: number, to: number) => Array.from(sourceText.slice(Math.max(0, from), to));
    items.push({
      id: `${link}#annotation-${record.kind.replace(' ', '-')}-${record.key}`,
      type: 'Annotation',
      motivation: 'linking',
      body: [
        { id: link, type: 'Text', format: 'text/html', title: record.title },
        { type: 'TextualBody', purpose: 'tagging', value: record.kind, format: 'text/plain' },
      ],
      target: {
        type: 'SpecificResource',
        source: sourceUrl,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: record.quote,
            // Counted in code points too: a prefix never starts with half a character.
            prefix: around(at - CONTEXT_CHARS * 2, at).slice(-CONTEXT_CHARS).join(''),
            suffix: around(end, end + CONTEXT_CHARS * 2).slice(0, CONTEXT_CHARS).join(''),
          },
          { type: 'TextPositionSelector', start: codePoints(at), end: codePoints(end) },
        ],
      },
    });
  }
  const { dataset } = context.index;
  return {
    collection: {
      '@context': ANNO_CONTEXT,
      id: collectionId,
      type: 'AnnotationCollection',
      label: `${dataset.title}, dataset ${dataset.version}: the records of a view and their sentences in the source`,
      total: items.length,
      first: { id: `${collectionId}-page-1`, type: 'AnnotationPage', startIndex: 0, items },
    },
    missing,
  };
}

export function toAnnotations(context: ExportContext, meetings: readonly MeetingRecord[], sourceUrl: string, sourceText: string) {
  const { collection, missing } = toAnnotationCollection(context, meetings, sourceUrl, sourceText);
  return { text: `${JSON.stringify(collection, null, 2)}\n`, count: collection.total, missing };
}
