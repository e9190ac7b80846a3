import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubMatchMedia } from '../../test/stubs';
import { LANDING_WAIT_MS, landOn } from './land-on';

/** A record's view: its heading, placed at `top` on the page, with a recording scrollIntoView. */
function view(id: string, top: number) {
  const heading = document.createElement('h2');
  heading.id = id;
  heading.getBoundingClientRect = () => ({ top, bottom: top + 30 }) as DOMRect;
  const scrolled = vi.fn();
  heading.scrollIntoView = scrolled;
  return { heading, scrolled };
}

/** Lets the MutationObserver deliver what was appended. */
const observed = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  // The reader asks for reduced motion.
  stubMatchMedia((query) => query.includes('reduce'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('landOn', () => {
  it('scrolls to a view below the screen, without motion when the reader asks for none', () => {
    const { heading, scrolled } = view('detail-heading', 2000);
    document.body.append(heading);
    landOn('event');
    expect(scrolled).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' });
  });

  it('leaves a view that is already on screen where it is', () => {
    const { heading, scrolled } = view('map-heading', 100);
    document.body.append(heading);
    landOn('state');
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('waits for a view that is still loading, and lands once it is drawn', async () => {
    landOn('event');
    const { heading, scrolled } = view('detail-heading', 2000);
    document.body.append(heading);
    await observed();
    expect(scrolled).toHaveBeenCalledOnce();
  });

  it('does not land once cancelled: the reader selected something else, or left', async () => {
    const cancel = landOn('event');
    cancel();
    const { heading, scrolled } = view('detail-heading', 2000);
    document.body.append(heading);
    await observed();
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('gives up on a view that does not appear in time', async () => {
    vi.useFakeTimers();
    landOn('event');
    vi.advanceTimersByTime(LANDING_WAIT_MS);
    vi.useRealTimers();
    const { heading, scrolled } = view('detail-heading', 2000);
    document.body.append(heading);
    await observed();
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('has nothing to land on for a decision: its card scrolls itself', () => {
    const { heading, scrolled } = view('detail-heading', 2000);
    document.body.append(heading);
    landOn('decision');
    expect(scrolled).not.toHaveBeenCalled();
  });
});
