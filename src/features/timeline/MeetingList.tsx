import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import type { SearchHit } from '../../state/search-index';
import { MeetingListItem } from './MeetingListItem';

interface MeetingListProps {
  index: DatasetIndex;
  meetings: MeetingRecord[];
  selectedId: string | null;
  linkedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
  /** Search hits, for highlighting the matched words. */
  hits: Map<string, SearchHit> | null;
}

/** Up to this many meetings the whole list is in the page; above it, only what is in view. */
const VIRTUAL_THRESHOLD = 300;
const ESTIMATED_ROW_PX = 64;

/** The timeline's text alternative: the same meetings, in time order, selectable. */
export function MeetingList(props: MeetingListProps) {
  const { meetings } = props;
  return (
    <section aria-labelledby="meetings-heading" className="min-w-0">
      <h2 id="meetings-heading" className="font-serif text-xl font-semibold">
        Meetings
      </h2>
      {meetings.length === 0 ? (
        <p className="mt-2 text-muted">No meetings match the filters.</p>
      ) : meetings.length > VIRTUAL_THRESHOLD ? (
        <VirtualMeetingList {...props} />
      ) : (
        <ol aria-label="Meetings" className="mt-2 divide-y divide-line rounded-lg border border-line bg-panel">
          {meetings.map((meeting) => (
            <MeetingListItem key={meeting.id} {...itemProps(props, meeting)} />
          ))}
        </ol>
      )}
    </section>
  );
}

function itemProps({ index, selectedId, linkedIds, onSelect, hits }: MeetingListProps, meeting: MeetingRecord) {
  return {
    index,
    meeting,
    selected: meeting.id === selectedId,
    linked: linkedIds.has(meeting.id),
    onSelect,
    terms: hits?.get(meeting.id)?.terms,
  };
}

/**
 * Long lists render only the rows in view (@tanstack/react-virtual) and stay a real list:
 * each item carries its position and the list's size for assistive technology.
 */
function VirtualMeetingList(props: MeetingListProps) {
  const { meetings, selectedId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: meetings.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 8,
  });
  const selectedPosition = selectedId ? meetings.findIndex((m) => m.id === selectedId) : -1;
  useEffect(() => {
    if (selectedPosition >= 0) virtualizer.scrollToIndex(selectedPosition, { align: 'auto' });
  }, [selectedPosition, virtualizer]);
  return (
    <div ref={scrollRef} className="mt-2 max-h-[70vh] overflow-y-auto rounded-lg border border-line bg-panel">
      <ol aria-label="Meetings" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const meeting = meetings[row.index];
          if (!meeting) return null;
          return (
            <MeetingListItem
              key={meeting.id}
              {...itemProps(props, meeting)}
              measureRef={virtualizer.measureElement}
              position={{ index: row.index, size: meetings.length, top: row.start }}
            />
          );
        })}
      </ol>
    </div>
  );
}
