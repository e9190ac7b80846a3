// An image without a text alternative, and a click on a div no keyboard can reach.
export function Unlabelled({ onPick }: { onPick: () => void }) {
  return (
    <div onClick={onPick}>
      <img src="map.png" />
    </div>
  );
}
