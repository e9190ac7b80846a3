import type { DatasetIndex } from '../../data/dataset-index';
import type { RoleMoment } from '../../state/view-state';
import { groupByRole, type StateStatus } from './roles';
import { useT } from '../../i18n/use-t';
import { RoleSwatch } from './RoleSwatch';

interface ParticipantListProps {
  index: DatasetIndex;
  statuses: ReadonlyMap<string, StateStatus>;
  moment: RoleMoment;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The map's text alternative: the states by role, with their heads of delegation; each selects its state. */
export function ParticipantList({
  index,
  statuses,
  moment,
  selectedId,
  onSelect,
}: ParticipantListProps) {
  const groups = groupByRole(statuses);
  const t = useT();
  return (
    <section aria-labelledby="participants-by-role-heading" className="min-w-0">
      <h3 id="participants-by-role-heading" className="font-serif text-lg font-semibold">
        {t('map.statesByRole')}{' '}
        <span className="font-sans text-sm font-normal text-muted">({t('map.rolesMoment', { moment })})</span>
      </h3>
      <div className="mt-2 grid gap-x-6 gap-y-4 sm:grid-cols-2">
        {[...groups].map(([role, ids]) => (
          <div key={role}>
            <h4 className="flex items-center gap-1.5 text-sm font-semibold">
              <RoleSwatch role={role} />
              {t(`role.group.${role}`)}{' '}
              <span className="shrink-0 font-normal text-muted">({ids.length})</span>
            </h4>
            {ids.length === 0 ? (
              <p className="mt-1 text-sm text-muted">
                {t('map.noneInRole', { moment })}
              </p>
            ) : (
              <ul className="mt-1">
                {ids.map((id) => {
                  const delegation = index.delegationByCountry.get(id);
                  const status = statuses.get(id);
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        aria-pressed={id === selectedId}
                        onClick={() => onSelect(id)}
                        className={`-mx-1.5 w-[calc(100%+0.75rem)] rounded px-1.5 py-1 text-left text-sm hover:bg-accent-soft ${
                          id === selectedId
                            ? 'bg-accent-soft shadow-[inset_3px_0_0_var(--color-accent)]'
                            : ''
                        }`}
                      >
                        <span className="font-medium">{index.countryById.get(id)?.name ?? id}</span>
                        {status?.changed && ' '}
                        {status?.changed && (
                          <span className="ml-1 rounded-sm bg-summit px-1 text-[0.7rem] font-semibold tracking-wide text-paper uppercase">
                            {t('state.new')}
                          </span>
                        )}{' '}
                        <span className="block text-muted">
                          {delegation
                            ? `${delegation.head.title} ${delegation.head.name}`
                            : t('map.noDelegation')}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
