// The same, accessible: passes.
export function Labelled({ onPick }: { onPick: () => void }) {
  return (
    <button type="button" onClick={onPick}>
      <img src="map.png" alt="Map of the member states" />
    </button>
  );
}
