import { useEffect } from 'react';
import type { DatasetIndex, MeetingRecord } from '../../data/dataset-index';
import { formatDateRange } from '../../lib/format-date';
import { categoryStyle } from '../../ui/category-style';
import { CiteButton } from '../../ui/CiteButton';
import { deepLink, type DataLink } from '../../state/deep-link';
import { useT } from '../../i18n/use-t';
import { recordName } from '../../i18n/record-names';
import { useAnchor } from '../../ui/navigation';

interface MeetingDetailProps {
  index: DatasetIndex;
  meeting: MeetingRecord;
  onClose: () => void;
  onSelectDecision: (id: string) => void;
  /** Scrolls the source text to this meeting's sentence. */
  onShowInSource: () => void;
  /** The `dataset` parameter for the citation's link. */
  datasetId: DataLink;
}

/** The selected meeting, every fact with its source; Escape closes it. */
export function MeetingDetail(props: MeetingDetailProps) {
  const { index, meeting, onClose, onSelectDecision, onShowInSource, datasetId } = props;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key === 'Escape' && !target?.closest('input, select, textarea')) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const t = useT();
  const anchor = useAnchor('detail');
  const city = index.cityById.get(meeting.cityId);
  const country = index.countryById.get(meeting.hostCountryId);
  const format = index.formatById.get(meeting.formatId);
  const category = index.categoryById.get(meeting.categoryId);
  const decisions = index.decisionsByMeeting.get(meeting.id) ?? [];
  const style = categoryStyle(meeting.categoryId);
  const rows: [string, string][] = [
    [t('facet.ministry'), recordName(t, 'ministry', meeting.formatId, format?.name ?? meeting.formatId)],
    [t('detail.dates'), formatDateRange(meeting.start, meeting.end, t.lang)],
    [t('facet.city'), city?.name ?? meeting.cityId],
    [t('facet.country'), country?.name ?? meeting.hostCountryId],
    [t('facet.category'), recordName(t, 'category', meeting.categoryId, category?.name ?? meeting.categoryId)],
  ];
  return (
    <section
      aria-labelledby="detail-heading"
      className="self-start rounded-lg border border-line bg-panel p-4 shadow-sm 2xl:sticky 2xl:top-4"
      style={{ borderTop: `4px solid ${meeting.summit ? 'var(--color-summit)' : style.color}` }}
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id="detail-heading" ref={anchor} className="font-serif text-xl leading-snug font-semibold">
          {meeting.title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label={t('detail.close')}
          className="shrink-0 whitespace-nowrap rounded-md border border-line px-2 py-0.5 text-sm hover:border-accent"
        >
          {t('action.close')}
        </button>
      </div>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {meeting.description && <p className="mt-3 text-sm break-words">{meeting.description}</p>}
      {meeting.url && (
        <p className="mt-2 text-sm break-all">
          <a
            href={meeting.url}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="text-accent underline"
          >
            {meeting.url}
          </a>
        </p>
      )}
      {meeting.quote && (
        <figure className="mt-4">
          <figcaption className="text-xs font-semibold tracking-wide text-muted uppercase">{t('detail.fromSource')}</figcaption>
          <blockquote className="mt-1 border-l-4 border-line pl-3 font-serif text-[0.95rem] break-words italic">
            “{meeting.quote}”
          </blockquote>
        </figure>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {meeting.quote && index.dataset.source && (
          <button
            type="button"
            onClick={onShowInSource}
            className="rounded-md border border-line px-2 py-1 text-sm font-medium hover:border-accent"
          >
            {t('detail.inSource')}
          </button>
        )}
        <CiteButton
          record={{ kind: 'meeting', id: meeting.id, title: meeting.title }}
          url={deepLink({ event: meeting.id }, datasetId)}
          dataset={index.dataset}
          buttonClassName="rounded-md border border-line px-2 py-1 text-sm font-medium hover:border-accent"
        />
      </div>
      <div className="mt-4">
        <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">{t('detail.related')}</h3>
        {decisions.length === 0 ? (
          <p className="mt-1 text-sm text-muted">{t('detail.noDecision')}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {decisions.map((decision) => {
              const basis = decision.meetingLinks.find((l) => l.meetingId === meeting.id)?.basis;
              return (
                <li key={decision.id}>
                  <button
                    type="button"
                    onClick={() => onSelectDecision(decision.id)}
                    className="text-left text-sm text-accent underline underline-offset-2"
                  >
                    {decision.title}
                  </button>{' '}
                  <span className="text-xs text-muted">
                    ({basis === 'stated' ? t('link.stated') : t('link.editorial')})
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
