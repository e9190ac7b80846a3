import type { DatasetIndex, MeetingRecord } from '../../../data/dataset-index';
import { formatDateRange } from '../../../lib/format-date';
import type { SearchHit } from '../../../state/search-index';
import { Highlight } from '../../../ui/Highlight';
import { useT } from '../../../i18n/use-t';
import { recordName } from '../../../i18n/record-names';

export interface MeetingListProps {
  index: DatasetIndex;
  meetings: MeetingRecord[];
  selectedId: string | null;
  linkedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  /** Search hits, for highlighting the matched words. */
  hits: Map<string, SearchHit> | null;
}

/** What one row of the list needs from the list's props. */
export function meetingItemProps({ index, selectedId, linkedIds, onSelect, hits }: MeetingListProps, meeting: MeetingRecord) {
  return {
    index,
    meeting,
    selected: meeting.id === selectedId,
    linked: linkedIds.has(meeting.id),
    onSelect,
    terms: hits?.get(meeting.id)?.terms,
  };
}

interface MeetingListItemProps {
  index: DatasetIndex;
  meeting: MeetingRecord;
  selected: boolean;
  linked: boolean;
  onSelect: (id: string) => void;
  terms: readonly string[] | undefined;
  /** In a virtual list: measures the row, and places it. */
  measureRef?: (node: HTMLElement | null) => void;
  position?: { index: number; size: number; top: number };
}

export function MeetingListItem({ index, meeting, selected, linked, onSelect, terms, measureRef, position }: MeetingListItemProps) {
  const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
  const t = useT();
  const format = recordName(t, 'ministry', meeting.formatId, index.formatById.get(meeting.formatId)?.name ?? meeting.formatId);
  return (
    <li
      ref={measureRef}
      data-index={position?.index}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.size}
      className={position ? 'absolute top-0 left-0 w-full border-b border-line' : undefined}
      style={position ? { transform: `translateY(${position.top}px)` } : undefined}
    >
      <button
        type="button"
        onClick={() => onSelect(meeting.id)}
        aria-current={selected ? 'true' : undefined}
        data-meeting-id={meeting.id}
        className={`grid w-full grid-cols-[8.5rem_minmax(0,1fr)] gap-x-3 px-3 py-2 text-left hover:bg-accent-soft max-sm:grid-cols-1 ${
          selected ? 'bg-accent-soft shadow-[inset_4px_0_0_var(--color-accent)]' : ''
        }`}
      >
        <span className="text-sm text-muted tabular-nums">{formatDateRange(meeting.start, meeting.end, t.lang)}</span>
        <span className="min-w-0">
          <span className={`block ${meeting.summit ? 'font-semibold text-summit' : 'font-medium'}`}>
            {meeting.summit && <span aria-hidden="true">★ </span>}
            <Highlight text={meeting.title} terms={terms} />
          </span>
          <span className="block text-sm text-muted">
            <Highlight text={city} terms={terms} /> · <Highlight text={format} terms={terms} />
          </span>
          {linked && (
            <span className="mt-0.5 inline-block rounded border border-dashed border-(--color-linked) px-1.5 text-xs text-(--color-linked)">
              {t('meetings.linked')}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
