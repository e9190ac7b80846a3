import { Component, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { retryFailedChunks } from '../lib/retryable-import';
import { useOnline, useOnReconnect } from '../ui/use-online';
import { useT } from '../i18n/use-t';

interface LazySectionProps {
  /** Which section: its loading and failure messages are worded for it. */
  name: 'details' | 'map' | 'decisions' | 'source' | 'panel' | 'problems';
  /** Hold the section back (its placeholder shows) until this turns false. */
  wait?: boolean;
  /**
   * Below the first screen: the browser skips the section's style, layout and paint while it
   * is off screen (`content-visibility: auto`), so a change above it, such as a filter that
   * makes the timeline shorter, does not make it walk all of the section's elements again to
   * move them. Find in page, the accessibility tree and scrolling to an element still see
   * it all.
   */
  belowTheFold?: boolean;
  children: ReactNode;
}

/** A lazily loaded part of the page: says it is loading, and fails alone if it fails. */
export function LazySection({
  name,
  wait = false,
  belowTheFold = false,
  children,
}: LazySectionProps) {
  const t = useT();
  const placeholder = <p className="text-muted">{t(`section.loading.${name}`)}</p>;
  const content = belowTheFold ? (
    <SkippedWhileOffScreen>{children}</SkippedWhileOffScreen>
  ) : (
    children
  );
  return (
    <SectionBoundary failed={t(`section.failed.${name}`)}>
      <Suspense fallback={placeholder}>{wait ? placeholder : content}</Suspense>
    </SectionBoundary>
  );
}

/**
 * Lets the browser skip the content while it is off screen, but only once it has been laid
 * out: from then on the page counts it at its measured height (`contain-intrinsic-size:
 * auto`), not at a guess, so scrolling to a sentence further down lands where it should.
 * Inside the Suspense boundary, so "laid out" means the loaded content, not its placeholder.
 */
function SkippedWhileOffScreen({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [laidOut, setLaidOut] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || laidOut) return;
    // A ResizeObserver reports an element's size once it has been laid out.
    const observer = new ResizeObserver(() => setLaidOut(true));
    observer.observe(element);
    return () => observer.disconnect();
  }, [laidOut]);
  return (
    <div ref={ref} className={laidOut ? 'below-the-fold skipped-off-screen' : 'below-the-fold'}>
      {children}
    </div>
  );
}

/**
 * Catches a section that failed (its chunk did not load, or it threw). Try again renders it
 * anew, and so does the connection's return: the section's chunk is asked for again (see
 * lazyComponent), so it heals without a reload.
 */
class SectionBoundary extends Component<
  { failed: string; children: ReactNode },
  { error: Error | null }
> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  retry = () => {
    retryFailedChunks();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    return error ? <SectionError failed={this.props.failed} error={error} retry={this.retry} /> : this.props.children;
  }
}

function SectionError({ failed, error, retry }: { failed: string; error: Error; retry: () => void }) {
  const t = useT();
  const online = useOnline();
  useOnReconnect(retry, true);
  return (
    <div role="alert" className="rounded-lg border border-line bg-panel p-4">
      <p className="font-medium">{online ? failed : t('offline.note')}</p>
      {online && <p className="text-sm text-muted">{error.message}</p>}
      <button
        type="button"
        className="mt-2 rounded-md border border-line px-3 py-1 text-sm"
        onClick={retry}
      >
        {t('action.tryAgain')}
      </button>
    </div>
  );
}
