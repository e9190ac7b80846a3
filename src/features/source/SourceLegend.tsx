import type { MarkKind } from './source-records';
import { KIND_NAMES, MARK_KINDS } from './source-records';

const STYLE_NAMES: Record<MarkKind, string> = {
  meeting: 'dotted underline',
  participant: 'double underline',
  decision: 'solid underline',
  status: 'wavy underline',
};
const KIND_NOTES: Partial<Record<MarkKind, string>> = {
  participant: 'delegations, the chair, organisations',
};

/** What each highlight style means, with how many records of each kind the text holds. */
export function SourceLegend({ counts }: { counts: Record<MarkKind, number> }) {
  return (
    <div>
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Legend</h3>
      <ul className="mt-1.5 space-y-2 text-sm leading-6">
        {MARK_KINDS.map((kind) => (
          <li key={kind}>
            <span className={`src-k-${kind} font-medium`}>{KIND_NAMES[kind]}</span>{' '}
            <span className="text-muted">
              ({counts[kind]}) · {STYLE_NAMES[kind]}
              {KIND_NOTES[kind] ? ` · ${KIND_NOTES[kind]}` : ''}
            </span>
          </li>
        ))}
        <li>
          <span className="src-sample-selected px-0.5">Selected</span>{' '}
          <span className="text-muted">· ruled band, tagged “selected”</span>
        </li>
        <li>
          <span className="src-sample-marked">Marked</span>{' '}
          <span className="text-muted">· the passage “In the source” asked for, barred in the margin</span>
        </li>
      </ul>
      <p className="mt-1.5 text-xs text-muted">Select a highlight (click, or Enter) to show its record.</p>
    </div>
  );
}
