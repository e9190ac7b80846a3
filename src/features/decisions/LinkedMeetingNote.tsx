import type { MeetingRecord } from '../../data/dataset-index';
import { formatDateRange } from '../../lib/format-date';
import { useT } from '../../i18n/use-t';

interface LinkedMeetingNoteProps {
  meeting: MeetingRecord;
  /** How many decisions the meeting fed. */
  count: number;
  onlyLinked: boolean;
  onOnlyLinkedChange: (value: boolean) => void;
}

/** Says how many cards the meeting selected on the timeline fed, and can narrow the cards to them. */
export function LinkedMeetingNote({ meeting, count, onlyLinked, onOnlyLinkedChange }: LinkedMeetingNoteProps) {
  const t = useT();
  return (
    <div className="decision-linked-note flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-md border border-line bg-paper px-3 py-2 text-sm">
      <p>
        {t('decisions.cardsLink', { count })}{' '}
        <span className="font-semibold">{meeting.title}</span>{' '}
        <span className="text-muted">({formatDateRange(meeting.start, meeting.end, t.lang)})</span>.
      </p>
      {count > 0 && (
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={onlyLinked}
            onChange={(event) => onOnlyLinkedChange(event.target.checked)}
            className="size-4 accent-[var(--color-accent)]"
          />
          {t('decisions.onlyLinked', { title: meeting.title })}
        </label>
      )}
    </div>
  );
}
