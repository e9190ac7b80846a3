import { useId } from 'react';
import { useT } from '../../i18n/use-t';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const id = useId();
  const t = useT();
  return (
    <div role="search">
      <label htmlFor={id} className="block text-sm font-semibold">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
        placeholder={t('search.placeholder')}
        className="mt-1 w-full rounded-md border border-line bg-panel px-3 py-2 placeholder:text-muted/80"
      />
      <p className="mt-1 text-xs text-muted">{t('search.hint')}</p>
    </div>
  );
}
