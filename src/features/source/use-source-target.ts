import { useEffect, useMemo, useState } from 'react';
import type { Paragraph } from '../../data/schema';
import type { SourceTarget } from '../../state/source-target';
import { paragraphDomId } from './source-model';
import { locateQuote, type QuoteLocation } from './source-marks';
import type { WhenRendered } from './use-hydration';
import { scrollBehavior } from '../../ui/scroll-behavior';

export interface ActiveTarget {
  label: string;
  /** Null when the quote is not in the text. */
  location: QuoteLocation | null;
}

/**
 * "In the source": on each new request, scrolls to the paragraph holding the quote and
 * moves focus there, so screen readers follow. The mark stays until cleared. On a lazy text
 * the paragraph gets its highlights first (`whenRendered`), so it does not grow after the scroll.
 */
export function useSourceTarget(target: SourceTarget | null, paragraphs: readonly Paragraph[], whenRendered: WhenRendered) {
  const [cleared, setCleared] = useState<number | null>(null);
  const location = useMemo(() => (target ? locateQuote(paragraphs, target.quote) : null), [target, paragraphs]);

  useEffect(() => {
    if (!target || !location) return;
    whenRendered(location.paragraphId, () => {
      const element = document.getElementById(paragraphDomId(location.paragraphId));
      if (!element) return;
      element.scrollIntoView({ block: 'center', behavior: scrollBehavior() });
      element.focus({ preventScroll: true });
    });
  }, [target, location, whenRendered]);

  const active: ActiveTarget | null = target && cleared !== target.nonce ? { label: target.label, location } : null;
  const clear = () => setCleared(target?.nonce ?? null);
  return { active, clear };
}
