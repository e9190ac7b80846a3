import type { RoleMoment } from '../../state/view-state';
import type { MessageId } from '../../i18n/message-ids';
import { useT } from '../../i18n/use-t';

interface RolesToggleProps {
  value: RoleMoment;
  onChange: (moment: RoleMoment) => void;
}

/** "After" alone is clear beside "Before the summit's decisions"; screen readers hear it whole. */
const OPTIONS: { value: RoleMoment; label: MessageId; rest: MessageId; restHidden: boolean }[] = [
  { value: 'before', label: 'roles.before', rest: 'roles.beforeRest', restHidden: false },
  { value: 'after', label: 'roles.after', rest: 'roles.afterRest', restHidden: true },
];

/** A two-way switch between the roles before and after the summit's status decisions. */
export function RolesToggle({ value, onChange }: RolesToggleProps) {
  const t = useT();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className="float-left mr-3 text-sm font-medium">{t('roles.legend')}</legend>
      <div className="inline-flex rounded-md border border-line bg-paper p-0.5">
        {OPTIONS.map((option) => (
          <label
            key={option.value}
            className="relative cursor-pointer rounded px-3 py-1 text-sm has-checked:bg-accent has-checked:font-medium has-checked:text-paper has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name="map-roles"
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              // Transparent over the whole label: the radio itself is what a click or tap lands on.
              className="absolute inset-0 cursor-pointer appearance-none rounded opacity-0"
            />
            {t(option.label)}
            <span className={option.restHidden ? 'sr-only' : undefined}>{t(option.rest)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
