import { useId } from 'react';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
}

export function SearchBox({ value, onChange }: SearchBoxProps) {
  const id = useId();
  return (
    <div role="search">
      <label htmlFor={id} className="block text-sm font-semibold">
        Search meetings
      </label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
        placeholder="Title, ministry, city, person, quote…"
        className="mt-1 w-full rounded-md border border-line bg-panel px-3 py-2 placeholder:text-muted/80"
      />
      <p className="mt-1 text-xs text-muted">Finds word beginnings and tolerates typos.</p>
    </div>
  );
}
