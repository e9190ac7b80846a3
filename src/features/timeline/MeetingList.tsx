import { lazy, Suspense } from 'react';
import { MANY_MEETINGS } from '../../ui/many-meetings';
import { MeetingListItem, meetingItemProps, type MeetingListProps } from './MeetingListItem';

// Only long lists need the virtualiser: it loads with the first one.
const VirtualMeetingList = lazy(() => import('./VirtualMeetingList'));

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
      ) : meetings.length > MANY_MEETINGS ? (
        <Suspense fallback={<p className="mt-2 text-muted">Loading {meetings.length} meetings…</p>}>
          <VirtualMeetingList {...props} />
        </Suspense>
      ) : (
        <ol aria-label="Meetings" className="mt-2 divide-y divide-line rounded-lg border border-line bg-panel">
          {meetings.map((meeting) => (
            <MeetingListItem key={meeting.id} {...meetingItemProps(props, meeting)} />
          ))}
        </ol>
      )}
    </section>
  );
}
