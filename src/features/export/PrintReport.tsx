import { compareMeetings, type MeetingRecord } from '../../data/dataset-index';
import { sourceLine } from '../../data/source-line';
import { formatDateRange } from '../../lib/format-date';
import type { DatasetIndex } from '../../data/dataset-index';
import type { DataLink } from '../../state/deep-link';
import type { ViewState } from '../../state/view-state';
import { describeFilters } from './describe-view';
import { appBaseUrl } from '../../state/deep-link';
import { viewLink } from './export-context';
import { usePrintMedia } from './use-print-media';
import { useT } from '../../i18n/use-t';
// With the report's chunk, which loads after the first view, long before a print.
import './print.css';
import { recordName } from '../../i18n/record-names';

/**
 * The printed report of the current view, hidden on screen. print.css hides everything
 * else when printing. The report is rendered only while printing, so a large dataset does
 * not pay for a second, invisible copy of its meetings.
 */
interface PrintReportProps {
  index: DatasetIndex;
  view: ViewState;
  /** The meetings of the view, as the explorer shows them. */
  meetings: MeetingRecord[];
  /** The data parameter to keep in the report's link (null for the default dataset). */
  dataLink: DataLink;
}

export function PrintReport(props: PrintReportProps) {
  const printing = usePrintMedia();
  return <div className="print-report">{printing && <Report {...props} />}</div>;
}

function Report({ index, view, meetings, dataLink }: PrintReportProps) {
  const { dataset } = index;
  const line = sourceLine(dataset);
  const t = useT();
  const filters = describeFilters(t, index, view);
  const link = viewLink({ index, view, datasetId: dataLink, baseUrl: appBaseUrl(), t });
  const ordered = [...meetings].sort(compareMeetings);
  return (
    <article aria-labelledby="print-report-title">
      <header>
        <p className="print-report__kicker">{t('print.kicker')}</p>
        <h1 id="print-report-title">{dataset.title}</h1>
        <p className="print-report__source">
          {line ? t('print.fromLine', { line }) : t('print.noSource')}
        </p>
      </header>

      <section aria-labelledby="print-report-view" className="print-report__view">
        <h2 id="print-report-view">{t('print.view')}</h2>
        <dl>
          {filters.length === 0 ? (
            <div>
              <dt>{t('print.filters')}</dt>
              <dd>{t('print.noFilters')}</dd>
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
            <dt>{t('print.meetings')}</dt>
            <dd>
              {t('print.meetingsOf', { shown: meetings.length, total: index.meetings.length })}
            </dd>
          </div>
          <div>
            <dt>{t('print.link')}</dt>
            <dd className="print-report__url">{link}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="print-report-meetings">
        <h2 id="print-report-meetings">{t('print.chronological')}</h2>
        {ordered.length === 0 ? (
          <p>{t('print.none')}</p>
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
          {line
            ? t('print.footer', { line, id: dataset.id, version: dataset.version })
            : t('print.footerNoSource', { id: dataset.id, version: dataset.version })}
        </p>
        <p>
          {t('print.online')} <span className="print-report__url">{link}</span>
        </p>
      </footer>
    </article>
  );
}

function ReportMeeting({ index, meeting }: { index: DatasetIndex; meeting: MeetingRecord }) {
  const city = index.cityById.get(meeting.cityId)?.name ?? meeting.cityId;
  const country = index.countryById.get(meeting.hostCountryId)?.name ?? meeting.hostCountryId;
  const t = useT();
  const format = recordName(t, 'ministry', meeting.formatId, index.formatById.get(meeting.formatId)?.name ?? meeting.formatId);
  const decisions = index.decisionsByMeeting.get(meeting.id) ?? [];
  return (
    <li className="print-report__meeting">
      <h3>{meeting.title}</h3>
      <p className="print-report__meta">
        {formatDateRange(meeting.start, meeting.end, t.lang)} · {city}, {country} · {format}
      </p>
      {meeting.description && <p>{meeting.description}</p>}
      {meeting.quote && <blockquote>“{meeting.quote}”</blockquote>}
      {decisions.length > 0 ? (
        <>
          <p className="print-report__label">{t('print.decisionsLinked')}</p>
          <ul>
            {decisions.map((decision) => {
              const basis = decision.meetingLinks.find((l) => l.meetingId === meeting.id)?.basis;
              return (
                <li key={decision.id}>
                  {decision.title}
                  {basis === 'editorial' ? ` ${t('print.editorial')}` : ''}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="print-report__note">{t('print.noDecision')}</p>
      )}
    </li>
  );
}
