import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { MeetingListItem, meetingItemProps, type MeetingListProps } from './MeetingListItem';
import { useT } from '../../../i18n/use-t';

const ESTIMATED_ROW_PX = 64;

/**
 * Long lists render only the rows in view (@tanstack/react-virtual) and stay a real list:
 * each item carries its position and the list's size for assistive technology.
 */
export default function VirtualMeetingList(props: MeetingListProps) {
  const { meetings, selectedId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const t = useT();
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
      <ol aria-label={t('meetings.heading')} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const meeting = meetings[row.index];
          if (!meeting) return null;
          return (
            <MeetingListItem
              key={meeting.id}
              {...meetingItemProps(props, meeting)}
              measureRef={virtualizer.measureElement}
              position={{ index: row.index, size: meetings.length, top: row.start }}
            />
          );
        })}
      </ol>
    </div>
  );
}
