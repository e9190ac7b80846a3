import type { CoverageSummary as Summary } from './coverage';
import type { SourceRecord } from './source-records';

interface CoverageSummaryProps {
  summary: Summary;
  /** Records whose quotes the text does not hold (none in a valid dataset). */
  missing: SourceRecord[];
  onShowParagraph: (paragraphId: string) => void;
}

const HEADING_NOTES = {
  kind: 'heading: the kind of document',
  title: 'heading: the title',
  dateline: 'heading: the dateline',
} as const;

/** How many sentences feed a record, and the ones that feed none, so a reader can check them. */
export function CoverageSummary({ summary, missing, onShowParagraph }: CoverageSummaryProps) {
  const headings = summary.unfed.filter((s) => s.heading).length;
  return (
    <div className="rounded-md border border-line bg-paper p-3 text-sm">
      <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">Coverage</h3>
      <p className="mt-1" data-testid="coverage-summary">
        <span className="font-semibold">
          {summary.fed} of {summary.total} sentences
        </span>{' '}
        feed at least one record.
      </p>
      {summary.unfed.length === 0 ? (
        <p className="mt-1">Every sentence feeds a record.</p>
      ) : (
        <>
          <p className="mt-2 font-medium">Sentences that feed none ({summary.unfed.length}):</p>
          <ul className="mt-1 space-y-1">
            {summary.unfed.map((sentence) => (
              <li key={`${sentence.paragraphId}-${sentence.start}`}>
                <button
                  type="button"
                  onClick={() => onShowParagraph(sentence.paragraphId)}
                  className="text-left text-accent underline underline-offset-2"
                >
                  ¶ {sentence.paragraphNumber}
                </button>{' '}
                “{sentence.text}”
                {sentence.heading && <span className="text-muted"> ({HEADING_NOTES[sentence.heading]})</span>}
              </li>
            ))}
          </ul>
          {headings > 0 && (
            <p className="mt-2 text-xs text-muted">
              Heading lines state no fact: the dataset keeps them as the source’s kind, title and dateline, which
              every citation carries.
            </p>
          )}
        </>
      )}
      {missing.length > 0 && (
        <p className="mt-2 font-medium">
          {missing.length} record{missing.length === 1 ? '’s quote is' : 's’ quotes are'} not in the text:{' '}
          {missing.map((r) => r.label).join('; ')}.
        </p>
      )}
      <p className="mt-2 text-xs text-muted">In the text, each sentence is followed by how many records it feeds.</p>
    </div>
  );
}
