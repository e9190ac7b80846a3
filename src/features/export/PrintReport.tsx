import { compareMeetings, type MeetingRecord } from '../../data/dataset-index';
import { sourceLine } from '../../data/source-line';
import { formatDateRange } from '../../lib/format-date';
import type { ViewProps } from '../../state/view-props';
import { describeFilters } from './describe-view';
import { appBaseUrl } from '../../state/deep-link';
import { viewLink } from './export-context';
import { usePrintMedia } from './use-print-media';

/**
 * The printed report of the current view, hidden on screen. print.css hides everything
 * else when printing. The report is rendered only while printing, so a large dataset does
 * not pay for a second, invisible copy of its meetings.
 */
export function PrintReport(props: ViewProps) {
  const printing = usePrintMedia();
  return <div className="print-report">{printing && <Report {...props} />}</div>;
}

function Report({ index, view, meetings, datasetId }: ViewProps) {
  const { dataset } = index;
  const line = sourceLine(dataset);
  const filters = describeFilters(index, view);
  const link = viewLink({ index, view, datasetId, baseUrl: appBaseUrl() });
  const ordered = [...meetings].sort(compareMeetings);
  return (
    <article aria-labelledby="print-report-title">
      <header>
        <p className="print-report__kicker">SCO Timeline Explorer · report of a view</p>
        <h1 id="print-report-title">{dataset.title}</h1>
        <p className="print-report__source">
          {line ? `From “${line}”.` : 'A chronology without a source text.'}
        </p>
      </header>

      <section aria-labelledby="print-report-view" className="print-report__view">
        <h2 id="print-report-view">The view</h2>
        <dl>
          {filters.length === 0 ? (
            <div>
              <dt>Filters</dt>
              <dd>No filters</dd>
            </div>
          ) : (
            filters.map((line) => (
              <div key={line.param}>
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))
          )}
          <div>
            <dt>Meetings</dt>
            <dd>
              {meetings.length} of {index.meetings.length}
            </dd>
          </div>
          <div>
            <dt>Link</dt>
            <dd className="print-report__url">{link}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="print-report-meetings">
        <h2 id="print-report-meetings">Meetings in chronological order</h2>
        {ordered.length === 0 ? (
          <p>No meeting matches the filters of this view.</p>
        ) : (
          <ol className="print-report__meetings">
            {ordered.map((meeting) => (
              <ReportMeeting key={meeting.id} index={index} meeting={meeting} />
            ))}
          </ol>
        )}
      </section>

      <footer className="print-report__footer">
        <p>
          {line ? `Source: “${line}”. ` : ''}Dataset {dataset.id}, version {dataset.version}.{' '}
          {line
            ? 'Every quote above is verbatim from the source; the links between decisions and meetings marked “editorial” are the dataset’s judgement.'
            : 'The data was not checked against a source text.'}
        </p>
        <p>
          This view online: <span className="print-report__url">{link}</span>
        </p>
      </footer>
    </article>
  );
}

function ReportMeeting({ index, meeting }: { index: ViewProps['index']; meeting: MeetingRecord }) {
  const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
  const country = index.countryById.get(meeting.hostCountryId)?.name ?? meeting.hostCountryId;
  const format = index.formatById.get(meeting.formatId)?.name ?? meeting.formatId;
  const decisions = index.decisionsByMeeting.get(meeting.id) ?? [];
  return (
    <li className="print-report__meeting">
      <h3>{meeting.title}</h3>
      <p className="print-report__meta">
        {formatDateRange(meeting.start, meeting.end)} · {city}, {country} · {format}
      </p>
      {meeting.description && <p>{meeting.description}</p>}
      {meeting.quote && <blockquote>“{meeting.quote}”</blockquote>}
      {decisions.length > 0 ? (
        <>
          <p className="print-report__label">Decisions linked</p>
          <ul>
            {decisions.map((decision) => {
              const basis = decision.meetingLinks.find((l) => l.meetingId === meeting.id)?.basis;
              return (
                <li key={decision.id}>
                  {decision.title}
                  {basis === 'editorial' ? ' (editorial)' : ''}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="print-report__note">No decision is linked to this meeting.</p>
      )}
    </li>
  );
}
