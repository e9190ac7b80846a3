import type { MeetingLinkFact } from './decision-facts';
import { useT } from '../../i18n/use-t';

interface MeetingLinksProps {
  /** The card's title id, so the list is named after its card. */
  labelledBy: string;
  meetings: MeetingLinkFact[];
  /** The meeting selected on the timeline, marked in the list. */
  selectedMeetingId: string | null;
  onSelect: (meetingId: string) => void;
}

/** The meetings of the period that fed a decision, each a button that selects it on the timeline. */
export function MeetingLinks({ labelledBy, meetings, selectedMeetingId, onSelect }: MeetingLinksProps) {
  const t = useT();
  if (meetings.length === 0) {
    return <p className="mt-3 text-sm text-muted">{t('decisions.noMeeting')}</p>;
  }
  return (
    <div className="mt-3">
      <p id={`${labelledBy}-meetings`} className="text-xs font-semibold tracking-wide text-muted uppercase">
        {t('decisions.fedBy')}
      </p>
      <ul aria-labelledby={`${labelledBy}-meetings`} className="mt-1 space-y-1.5">
        {meetings.map((meeting) => {
          const stated = meeting.basis === 'stated';
          const current = meeting.id === selectedMeetingId;
          return (
            <li key={meeting.id}>
              <button
                type="button"
                onClick={() => onSelect(meeting.id)}
                aria-current={current ? 'true' : undefined}
                data-meeting-link={meeting.id}
                data-basis={meeting.basis}
                className="meeting-link block w-full rounded-md border-line bg-paper px-2.5 py-1.5 text-left text-sm hover:border-accent"
              >
                <span className="block font-medium text-accent underline underline-offset-2">{meeting.title}</span>
                <span className="block text-xs text-muted">
                  <span className="tabular-nums">{meeting.dates}</span> ·{' '}
                  <span className={`font-medium ${stated ? 'basis-stated' : 'basis-editorial'}`}>
                    {stated ? t('decisions.stated') : t('decisions.editorial')}
                  </span>
                  {current && <span className="font-semibold text-ink">{t('decisions.selectedOnTimeline')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
