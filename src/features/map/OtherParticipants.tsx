import type { Organisation } from '../../data/schema';
import { useT } from '../../i18n/use-t';

interface OtherParticipantsProps {
  organisations: readonly Organisation[];
  showInSource: (quote: string, label: string) => void;
}

const GROUPS: Organisation['kind'][] = ['sco-body', 'international'];

/** The participants that are not states: the SCO's own bodies and the invited organisations. */
export function OtherParticipants({ organisations, showInSource }: OtherParticipantsProps) {
  const t = useT();
  return (
    <section aria-labelledby="other-participants-heading">
      <h3 id="other-participants-heading" className="font-serif text-lg font-semibold">
        {t('map.others')}
      </h3>
      {GROUPS.map((kind) => {
        const members = organisations.filter((o) => o.kind === kind);
        if (members.length === 0) return null;
        return (
          <div key={kind} className="mt-2">
            <h4 className="text-xs font-semibold tracking-wide text-muted uppercase">{t(`map.group.${kind}`)}</h4>
            <ul className="mt-1 divide-y divide-line">
              {members.map((org) => (
                <li key={org.id} className="py-1.5 text-sm">
                  <div className="flex items-baseline justify-between gap-2">
                    <span className="font-medium">{org.name}</span>
                    <button
                      type="button"
                      className="shrink-0 text-xs text-accent underline underline-offset-2"
                      aria-label={t('map.sourceFor', { name: org.shortName })}
                      onClick={() => showInSource(org.quote, t('map.representativeOf', { name: org.shortName }))}
                    >
                      {t('map.source')}
                    </button>
                  </div>
                  <p>
                    {org.representative.name}
                    {org.representative.fullName && (
                      <span className="text-muted"> ({org.representative.fullName})</span>
                    )}
                  </p>
                  <p className="text-xs leading-snug text-muted">{org.representative.title}</p>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
