import type { ViewProps } from '../../state/view-props';

/** The press release with every quoted fact highlighted (lazy-loaded). */
export default function SourceText(_props: ViewProps) {
  return (
    <section aria-labelledby="source-heading">
      <h2 id="source-heading" className="font-serif text-xl font-semibold">
        Source text
      </h2>
    </section>
  );
}
