import type { DatasetIndex } from '../../data/dataset-index';
import type { Decision } from '../../data/schema';
import type { CitationDataset } from '../../lib/citation';
import { CiteButton } from '../../ui/CiteButton';
import { decisionFacts } from './decision-facts';
import { MeetingLinks } from './MeetingLinks';
import { isBindingVerb } from './verb-labels';
import { useT } from '../../i18n/use-t';

interface DecisionCardProps {
  index: DatasetIndex;
  decision: Decision;
  selected: boolean;
  /** Whether the meeting selected on the timeline fed this decision. */
  linked: boolean;
  selectedMeetingId: string | null;
  /** The deep link to this decision, for the citation. */
  url: string;
  citationDataset: CitationDataset;
  onToggle: () => void;
  onSelectMeeting: (meetingId: string) => void;
  onShowInSource: () => void;
}

/** The element id of a decision's card, for scrolling to it. */
export const decisionCardId = (id: string) => `decision-${id}`;

const actionClass = 'rounded-md border border-line bg-paper px-2.5 py-1 text-sm font-medium hover:border-accent';

/** One decision or position of the heads of state, with everything the release says of it. */
export function DecisionCard(props: DecisionCardProps) {
  const t = useT();
  const { index, decision, selected, linked } = props;
  const facts = decisionFacts(decision, index, t.lang);
  const titleId = `${decisionCardId(decision.id)}-title`;
  const rows: [string, string[]][] = [
    [t('decisions.documents', { count: facts.documents.length }), facts.documents],
    [t('decisions.periods', { count: facts.periods.length }), facts.periods],
    [t('decisions.states', { count: facts.states.length }), facts.states],
    [t('decisions.organisations', { count: facts.organisations.length }), facts.organisations],
  ];
  const binding = isBindingVerb(decision.verb);
  return (
    <article
      id={decisionCardId(decision.id)}
      aria-labelledby={titleId}
      data-decision-id={decision.id}
      data-selected={selected}
      data-linked={linked}
      className="decision-card flex min-w-0 flex-col rounded-lg border border-line bg-panel p-3 pl-4 shadow-sm sm:p-4 sm:pl-5"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded-full border px-2 py-0.5 text-xs font-semibold tracking-wide uppercase ${
            binding ? 'border-accent bg-accent-soft text-accent' : 'border-line text-muted'
          }`}
        >
          {t(`verb.${decision.verb}`)}
        </span>
        {selected && (
          <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-panel">{t('decisions.selected')}</span>
        )}
        {linked && (
          <span className="decision-linked-tag rounded-full border px-2 py-0.5 text-xs font-semibold">
            {t('decisions.linkedTag')}
          </span>
        )}
        {selected && (
          <button type="button" onClick={props.onToggle} className="ml-auto text-sm text-accent underline underline-offset-2">
            {t('decisions.deselect')}
          </button>
        )}
      </div>
      <h4 id={titleId} className="mt-2 font-serif text-lg leading-snug font-semibold">
        <button
          type="button"
          aria-pressed={selected}
          onClick={props.onToggle}
          className="text-left hover:text-accent hover:underline hover:underline-offset-2"
        >
          {decision.title}
        </button>
      </h4>
      <p className="mt-1 text-[0.95rem]">{decision.summary}</p>
      {facts.appointments.map((a) => (
        <p key={a.post} className="mt-2 rounded-md bg-paper px-3 py-2 text-sm">
          <span className="font-semibold">{a.name}</span>
          {a.fullName && <span className="text-muted"> ({a.fullName})</span>}, {a.country}
          <span className="block">{a.post}</span>
          {a.term && <span className="block text-muted">{t('decisions.term', { term: a.term })}</span>}
        </p>
      ))}
      <dl className="mt-2 grid gap-x-3 gap-y-0.5 text-sm sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-1">
        {rows
          .filter(([, values]) => values.length > 0)
          .map(([term, values]) => (
            <div key={term} className="contents">
              <dt className="text-muted max-sm:mt-1">{term}</dt>
              <dd>
                {values.length === 1 ? (
                  values[0]
                ) : (
                  <ul className="list-disc pl-4">
                    {values.map((value) => (
                      <li key={value}>{value}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
      </dl>
      <MeetingLinks
        labelledBy={titleId}
        meetings={facts.meetings}
        selectedMeetingId={props.selectedMeetingId}
        onSelect={props.onSelectMeeting}
      />
      <div className="flex flex-wrap items-center gap-2 pt-3">
        <button type="button" onClick={props.onShowInSource} className={actionClass}>
          {t('detail.inSource')}
        </button>
        <CiteButton
          record={{ kind: 'decision', id: decision.id, title: decision.title }}
          url={props.url}
          dataset={props.citationDataset}
          buttonClassName={actionClass}
        />
      </div>
    </article>
  );
}
