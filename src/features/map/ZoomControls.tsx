import type { MapZoom } from './use-map-zoom';
import { useT } from '../../i18n/use-t';

const buttonClass =
  'grid h-9 w-9 place-items-center rounded-md border border-line bg-panel text-lg leading-none font-semibold shadow-sm hover:border-accent disabled:opacity-50';

/** Zoom buttons over the map's corner, so that nothing needs a gesture. */
export function ZoomControls({ zoom }: { zoom: MapZoom }) {
  const t = useT();
  const zoomed = zoom.transform.k > 1.001;
  return (
    <div
      role="group"
      aria-label={t('map.view')}
      className="absolute top-2 left-2 z-[1] flex flex-col gap-1"
    >
      <button
        type="button"
        className={buttonClass}
        onClick={zoom.zoomIn}
        aria-label={t('map.zoomIn')}
        disabled={zoom.transform.k >= zoom.maxZoom}
      >
        +
      </button>
      <button
        type="button"
        className={buttonClass}
        onClick={zoom.zoomOut}
        aria-label={t('map.zoomOut')}
        disabled={!zoomed}
      >
        −
      </button>
      <button
        type="button"
        className={`${buttonClass} text-sm`}
        onClick={zoom.reset}
        aria-label={t('map.reset')}
        disabled={!zoomed}
      >
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        >
          <path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10" />
        </svg>
      </button>
    </div>
  );
}
