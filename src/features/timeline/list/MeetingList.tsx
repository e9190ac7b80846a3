import { lazy, Suspense } from 'react';
import { MANY_MEETINGS } from '../../../data/large-dataset';
import { MeetingListItem, meetingItemProps, type MeetingListProps } from './MeetingListItem';
import { useT } from '../../../i18n/use-t';

// Only long lists need the virtualiser: it loads with the first one.
const VirtualMeetingList = lazy(() => import('./VirtualMeetingList'));

/** The timeline's text alternative: the same meetings, in time order, selectable. */
export function MeetingList(props: MeetingListProps) {
  const { meetings } = props;
  const t = useT();
  return (
    <section aria-labelledby="meetings-heading" className="min-w-0">
      <h2 id="meetings-heading" className="font-serif text-xl font-semibold">
        {t('meetings.heading')}
      </h2>
      {meetings.length === 0 ? (
        <p className="mt-2 text-muted">{t('timeline.empty')}</p>
      ) : meetings.length > MANY_MEETINGS ? (
        <Suspense fallback={<p className="mt-2 text-muted">{t('meetings.loading', { count: meetings.length })}</p>}>
          <VirtualMeetingList {...props} />
        </Suspense>
      ) : (
        <ol aria-label={t('meetings.heading')} className="mt-2 divide-y divide-line rounded-lg border border-line bg-panel">
          {meetings.map((meeting) => (
            <MeetingListItem key={meeting.id} {...meetingItemProps(props, meeting)} />
          ))}
        </ol>
      )}
    </section>
  );
}
