import type { ViewProps } from '../../state/view-props';

/** Decision cards (lazy-loaded). */
export default function DecisionCards(_props: ViewProps) {
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading" className="font-serif text-xl font-semibold">
        Decisions
      </h2>
    </section>
  );
}
