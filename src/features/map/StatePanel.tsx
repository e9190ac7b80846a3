import { useId, type ReactNode } from 'react';
import type { DatasetIndex } from '../../data/dataset-index';
import { formatCalendarDate, formatDateRange } from '../../lib/format-date';
import type { ViewState } from '../../state/view-state';
import type { StateStatus } from './roles';
import { RoleSwatch } from './RoleSwatch';
import { CiteButton } from '../../ui/CiteButton';
import { deepLink, type DataLink } from '../../state/deep-link';
import { useT } from '../../i18n/use-t';

interface StatePanelProps {
  index: DatasetIndex;
  countryId: string;
  /** The state's role at the moment the map shows. */
  status: StateStatus | undefined;
  selectedEventId: string | null;
  update: (patch: Partial<ViewState>) => void;
  showInSource: (quote: string, label: string) => void;
  /** The `dataset` parameter for the citation's link. */
  datasetId: DataLink;
  onClose: () => void;
}

const linkClass = 'text-left text-sm text-accent underline underline-offset-2 hover:decoration-2';
const smallHeading = 'text-xs font-semibold tracking-wide text-muted uppercase';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The selected state's delegation, role, the meetings it hosted and the decisions naming it. */
export function StatePanel({
  index,
  countryId,
  status,
  selectedEventId,
  update,
  showInSource,
  datasetId,
  onClose,
}: StatePanelProps) {
  const headingId = useId();
  const t = useT();
  const country = index.countryById.get(countryId);
  const name = country?.name ?? countryId;
  const delegation = index.delegationByCountry.get(countryId);
  const change = status?.change ?? null;
  const hosted = index.meetings.filter((m) => m.hostCountryId === countryId);
  const decisions = index.dataset.decisions.filter((d) => d.stateIds.includes(countryId));
  const role = status?.role ?? null;
  const head = delegation?.head;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-line bg-paper p-4 shadow-sm"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className={smallHeading}>{t('state.selected')}</p>
          <h3 id={headingId} className="font-serif text-xl leading-snug font-semibold">
            {name}
          </h3>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={t('state.close')}
          className="rounded-md border border-line px-2 py-0.5 text-sm hover:border-accent"
        >
          {t('action.close')}
        </button>
      </div>
      <dl className="mt-3 space-y-2 text-sm">
        {delegation && (
          <>
            <Fact term={t('state.inRelease')}>{delegation.nameInSource}</Fact>
            <Fact term={t('state.head')}>
              {head?.title} <span className="font-medium">{head?.name}</span>
              {head?.fullName && <span className="text-muted"> ({head.fullName})</span>}
            </Fact>
          </>
        )}
        <Fact term={t('state.role')}>
          <span className="flex items-center gap-1.5">
            <RoleSwatch role={role} />
            <span>{role ? t(`role.${role}`) : t('state.noStatusYet')}</span>
            {status?.changed && (
              <span className="rounded-sm bg-summit px-1 text-[0.7rem] font-semibold tracking-wide text-paper uppercase">
                {t('state.new')}
              </span>
            )}
          </span>
        </Fact>
        {change && (
          <Fact term={t('state.decided')}>
            <span className="font-medium">
              {change.from ? t(`role.${change.from}`) : t('state.noStatus')} → {t(`role.${change.to}`)}
            </span>
            , {formatCalendarDate(change.date, t.lang)}
            {change.dateNote && (
              <span className="mt-0.5 block text-xs text-muted">{change.dateNote}</span>
            )}
          </Fact>
        )}
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        {delegation && (
          <button
            type="button"
            className="rounded-md border border-line px-2.5 py-1 text-sm hover:border-accent"
            onClick={() =>
              showInSource(delegation.quote, t('state.delegationOf', { name: delegation.nameInSource }))
            }
          >
            {t('detail.inSource')}
          </button>
        )}
        {change && (
          <button
            type="button"
            className="rounded-md border border-line px-2.5 py-1 text-sm hover:border-accent"
            onClick={() =>
              showInSource(change.quote, t('role.becomes', { state: name, role: change.to }))
            }
          >
            {delegation ? t('state.statusInSource') : t('detail.inSource')}
          </button>
        )}
        <CiteButton
          record={{ kind: 'state', id: countryId, title: name }}
          url={deepLink({ state: countryId }, datasetId)}
          dataset={index.dataset}
          buttonClassName="rounded-md border border-line px-2.5 py-1 text-sm hover:border-accent"
        />
      </div>
      <h4 className={`${smallHeading} mt-4`}>{t('state.hosted')}</h4>
      {hosted.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('state.noHosted')}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {hosted.map((meeting) => (
            <li key={meeting.id} className="text-sm">
              <span className="text-muted tabular-nums">
                {formatDateRange(meeting.start, meeting.end, t.lang)} ·{' '}
              </span>
              <button
                type="button"
                className={linkClass}
                aria-current={meeting.id === selectedEventId ? 'true' : undefined}
                onClick={() => update({ event: meeting.id })}
              >
                {meeting.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4 className={`${smallHeading} mt-4`}>{t('state.decisions')}</h4>
      {decisions.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t('state.noDecisions')}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {decisions.map((decision) => (
            <li key={decision.id}>
              <button
                type="button"
                className={linkClass}
                onClick={() => update({ decision: decision.id })}
              >
                {decision.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
