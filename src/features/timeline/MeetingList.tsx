import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { formatDateRange } from '../../lib/format-date';
import type { SearchHit } from '../../state/search-index';
import { Highlight } from '../../ui/Highlight';

interface MeetingListProps {
  index: DatasetIndex;
  meetings: MeetingRecord[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Search hits, for highlighting the matched words. */
  terms: Map<string, SearchHit> | null;
}

/** The timeline's text alternative: the same meetings, in time order, selectable. */
export function MeetingList({ index, meetings, selectedId, onSelect, terms }: MeetingListProps) {
  return (
    <section aria-labelledby="meetings-heading" className="min-w-0">
      <h2 id="meetings-heading" className="font-serif text-xl font-semibold">
        Meetings
      </h2>
      <ol aria-label="Meetings" className="mt-2 divide-y divide-line rounded-lg border border-line bg-panel">
        {meetings.map((meeting) => {
          const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
          const format = index.formatById.get(meeting.formatId)?.name ?? meeting.formatId;
          const selected = meeting.id === selectedId;
          const matched = terms?.get(meeting.id)?.terms;
          return (
            <li key={meeting.id}>
              <button
                type="button"
                onClick={() => onSelect(meeting.id)}
                aria-current={selected ? 'true' : undefined}
                className={`grid w-full grid-cols-[8.5rem_minmax(0,1fr)] gap-x-3 px-3 py-2 text-left hover:bg-accent-soft max-sm:grid-cols-1 ${
                  selected ? 'bg-accent-soft shadow-[inset_4px_0_0_var(--color-accent)]' : ''
                }`}
              >
                <span className="text-sm text-muted tabular-nums">{formatDateRange(meeting.start, meeting.end)}</span>
                <span className="min-w-0">
                  <span className={`block ${meeting.summit ? 'font-semibold text-summit' : 'font-medium'}`}>
                    {meeting.summit && <span aria-hidden="true">★ </span>}
                    <Highlight text={meeting.title} terms={matched} />
                  </span>
                  <span className="block text-sm text-muted">
                    <Highlight text={city} terms={matched} /> · <Highlight text={format} terms={matched} />
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {meetings.length === 0 && <p className="mt-2 text-muted">No meetings match the filters.</p>}
    </section>
  );
}
