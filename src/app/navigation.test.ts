import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubMatchMedia } from '../test/stubs';
import { createNavigation, LANDING_WAIT_MS } from './navigation';

/** A view's heading, placed at `top` on the page, with a recording scrollIntoView. */
function heading(top: number) {
  const element = document.createElement('h2');
  element.getBoundingClientRect = () => ({ top, bottom: top + 30 }) as DOMRect;
  const scrolled = vi.fn();
  element.scrollIntoView = scrolled;
  document.body.append(element);
  return { element, scrolled };
}

beforeEach(() => {
  // The reader asks for reduced motion.
  stubMatchMedia((query) => query.includes('reduce'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('navigation', () => {
  it('scrolls to a destination, without motion when the reader asks for none', () => {
    const navigation = createNavigation();
    const { element, scrolled } = heading(100);
    navigation.anchor('timeline')(element);
    navigation.goTo('timeline');
    expect(scrolled).toHaveBeenCalledWith({ block: 'start', behavior: 'auto' });
  });

  it('leaves a destination that is already on screen where it is, when asked to', () => {
    const navigation = createNavigation();
    const { element, scrolled } = heading(100);
    navigation.anchor('map')(element);
    navigation.goTo('map', { onlyIfHidden: true });
    expect(scrolled).not.toHaveBeenCalled();
    const below = heading(2000);
    navigation.anchor('map')(below.element);
    navigation.goTo('map', { onlyIfHidden: true });
    expect(below.scrolled).toHaveBeenCalledOnce();
  });

  it('gives each destination one ref callback, so React does not re-attach it on every render', () => {
    const navigation = createNavigation();
    expect(navigation.anchor('detail')).toBe(navigation.anchor('detail'));
    expect(navigation.anchor('detail')).not.toBe(navigation.anchor('map'));
  });

  it('waits for a destination that is still loading, and lands once it is drawn', () => {
    const navigation = createNavigation();
    navigation.goTo('detail');
    const { element, scrolled } = heading(2000);
    navigation.anchor('detail')(element);
    expect(scrolled).toHaveBeenCalledOnce();
  });

  it('forgets an anchor that is gone, and waits for the next one', () => {
    const navigation = createNavigation();
    const old = heading(2000);
    navigation.anchor('detail')(old.element);
    navigation.anchor('detail')(null);
    navigation.goTo('detail');
    expect(old.scrolled).not.toHaveBeenCalled();
    const next = heading(2000);
    navigation.anchor('detail')(next.element);
    expect(next.scrolled).toHaveBeenCalledOnce();
  });

  it('does not land once cancelled: the reader selected something else, or left', () => {
    const navigation = createNavigation();
    const cancel = navigation.goTo('detail');
    cancel();
    const { element, scrolled } = heading(2000);
    navigation.anchor('detail')(element);
    expect(scrolled).not.toHaveBeenCalled();
  });

  it('gives up on a destination that does not appear in time', () => {
    vi.useFakeTimers();
    const navigation = createNavigation();
    navigation.goTo('detail');
    vi.advanceTimersByTime(LANDING_WAIT_MS);
    const { element, scrolled } = heading(2000);
    navigation.anchor('detail')(element);
    expect(scrolled).not.toHaveBeenCalled();
  });
});
