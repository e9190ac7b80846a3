import { useT } from '../../i18n/use-t';

/** The drop target while files are dragged over the page: the whole page, plainly marked. */
export default function DropOverlay({ visible }: { visible: boolean }) {
  const t = useT();
  return (
    <div
      aria-hidden={!visible}
      className={`pointer-events-none fixed inset-0 z-50 grid place-items-center bg-paper/85 p-6 transition-opacity ${visible ? 'opacity-100' : 'opacity-0'}`}
    >
      {visible && (
        <div
          role="status"
          className="max-w-md rounded-xl border-4 border-dashed border-accent bg-panel p-8 text-center shadow-lg"
        >
          <p className="font-serif text-2xl font-semibold">{t('ownData.dropTitle')}</p>
          <p className="mt-2 text-muted">{t('ownData.dropHelp')}</p>
        </div>
      )}
    </div>
  );
}
