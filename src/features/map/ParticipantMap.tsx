import type { ViewProps } from '../../state/view-props';

/** The participant map (lazy-loaded). */
export default function ParticipantMap(_props: ViewProps) {
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading" className="font-serif text-xl font-semibold">
        Participants
      </h2>
    </section>
  );
}
