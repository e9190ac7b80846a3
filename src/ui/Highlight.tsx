import { highlightSegments } from '../lib/highlight';

interface HighlightProps {
  text: string;
  /** Terms to mark; none renders the text as it is. */
  terms?: readonly string[] | undefined;
}

/** Text with search matches wrapped in <mark>. Values are rendered as text, never as markup. */
export function Highlight({ text, terms }: HighlightProps) {
  if (!terms?.length) return <>{text}</>;
  return (
    <>
      {highlightSegments(text, terms).map((segment, i) =>
        segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
      )}
    </>
  );
}
