/**
 * Everything the source view draws, computed once per dataset: the records with their
 * places in the text, the heading lines, and the sentence coverage.
 */
import type { DatasetIndex } from '../../data/dataset-index';
import type { ViewState } from '../../state/view-state';
import { sentenceCoverage, summariseCoverage, type CoverageSummary, type SentenceCoverage } from './coverage';
import { leadingHeadings, type HeadingKind } from './source-headings';
import { locateRecords, marksByParagraph, type SourceMark } from './source-marks';
import { sourceRecords, type MarkKind, type Selection, type SourceRecord } from './source-records';
import type { Translate } from '../../i18n/translate';

export interface SourceModel {
  marks: SourceMark[];
  missing: SourceRecord[];
  marksByParagraph: Map<string, SourceMark[]>;
  headings: Map<string, HeadingKind>;
  coverage: SentenceCoverage[];
  coverageByParagraph: Map<string, SentenceCoverage[]>;
  summary: CoverageSummary;
  recordByKey: Map<string, SourceRecord>;
  /** How many located records of each kind (for the legend). */
  kindCounts: Record<MarkKind, number>;
  /** The positions in `marks` of the marks each selection (`event:id`) selects. */
  markPositionsBySelection: Map<string, number[]>;
}

const selectionKey = (param: Selection['param'], id: string) => `${param}:${id}`;

export function buildSourceModel(index: DatasetIndex, t: Translate): SourceModel {
  // The Source view is shown only for a dataset with a source; an empty one has no marks.
  const source = index.dataset.source ?? { title: '', paragraphs: [] };
  const { paragraphs } = source;
  const records = sourceRecords(index, t);
  const { marks, missing } = locateRecords(paragraphs, records);
  const headings = leadingHeadings(paragraphs, source);
  const coverage = sentenceCoverage(paragraphs, marks, headings);
  const coverageByParagraph = new Map<string, SentenceCoverage[]>();
  for (const sentence of coverage) {
    const own = coverageByParagraph.get(sentence.paragraphId);
    if (own) own.push(sentence);
    else coverageByParagraph.set(sentence.paragraphId, [sentence]);
  }
  const kindCounts: Record<MarkKind, number> = { meeting: 0, participant: 0, decision: 0, status: 0 };
  for (const mark of marks) kindCounts[mark.kind] += 1;
  const markPositionsBySelection = new Map<string, number[]>();
  marks.forEach((mark, position) => {
    if (!mark.select) return;
    const key = selectionKey(mark.select.param, mark.select.id);
    const positions = markPositionsBySelection.get(key);
    if (positions) positions.push(position);
    else markPositionsBySelection.set(key, [position]);
  });
  return {
    marks,
    missing,
    marksByParagraph: marksByParagraph(marks),
    headings,
    coverage,
    coverageByParagraph,
    summary: summariseCoverage(coverage),
    recordByKey: new Map(records.map((r) => [r.key, r])),
    kindCounts,
    markPositionsBySelection,
  };
}

/** Whether the view selects a record: its meeting, its decision, or its state. */
export function isRecordSelected(record: SourceRecord, view: Pick<ViewState, 'event' | 'decision' | 'state'>): boolean {
  return record.select !== null && view[record.select.param] === record.select.id;
}

/**
 * The marks of the records a view selects, in the text's order (the marks that
 * isRecordSelected accepts). Looked up rather than scanned: a large dataset has a mark per
 * meeting, and a selection must not walk all of them.
 */
export function selectedMarks(model: SourceModel, view: Pick<ViewState, 'event' | 'decision' | 'state'>): SourceMark[] {
  const positions: number[] = [];
  for (const param of ['event', 'decision', 'state'] as const) {
    const id = view[param];
    if (id !== null) positions.push(...(model.markPositionsBySelection.get(selectionKey(param, id)) ?? []));
  }
  return positions.sort((a, b) => a - b).flatMap((position) => model.marks[position] ?? []);
}

/** The element id of a paragraph of the source, for scrolling and focus. */
export const paragraphDomId = (paragraphId: string) => `source-${paragraphId}`;

/** The view change that selects a record. */
export function selectionPatch(selection: Selection): Partial<ViewState> {
  switch (selection.param) {
    case 'event':
      return { event: selection.id };
    case 'decision':
      return { decision: selection.id };
    case 'state':
      return { state: selection.id };
  }
}
