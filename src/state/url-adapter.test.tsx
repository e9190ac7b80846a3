/**
 * The app's nuqs adapter: the address follows a change at once, the hooks hear of it when the
 * browser is idle, one history entry per discrete step, and Back and Forward reach the view,
 * even before the hooks have heard of the last step.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { parseAsString, useQueryState } from 'nuqs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlAdapter } from './url-adapter';

let renders = 0;

function CityPicker() {
  renders++;
  const [city, setCity] = useQueryState('city', parseAsString.withOptions({ history: 'push' }));
  const [q, setQ] = useQueryState('q', parseAsString);
  return (
    <>
      <output aria-label="city">{city ?? 'none'}</output>
      <output aria-label="q">{q ?? ''}</output>
      <button type="button" onClick={() => void setCity('beijing')}>Beijing</button>
      <button type="button" onClick={() => void setCity('astana')}>Astana</button>
      <button type="button" onClick={() => void setQ('summit')}>Search</button>
    </>
  );
}

/** The browser's idle callbacks, run when the test says the browser is idle. */
let idleCallbacks: (() => void)[] = [];
const idle = () =>
  act(() => {
    const due = idleCallbacks;
    idleCallbacks = [];
    for (const callback of due) callback();
  });
/** Lets nuqs' queue hand the address over (a timeout, at most 50 ms after its last write). */
const handedOver = () => act(() => new Promise((resolve) => setTimeout(resolve, 60)));
const click = (name: string) =>
  act(() => {
    fireEvent.click(screen.getByRole('button', { name }));
    return Promise.resolve();
  });
const city = () => screen.getByRole('status', { name: 'city' });

describe('the address adapter', () => {
  beforeEach(() => {
    idleCallbacks = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback));
    window.history.replaceState(null, '', '/');
    render(
      <UrlAdapter>
        <CityPicker />
      </UrlAdapter>,
    );
  });
  afterEach(() => {
    idle();
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows a change at once, writes the address as nuqs hands it over, and re-renders nothing for it until idle', async () => {
    renders = 0;
    await click('Beijing');
    expect(city()).toHaveTextContent('beijing');
    const rendersForTheChange = renders;
    await handedOver();
    expect(window.location.search).toBe('?city=beijing');
    expect(renders).toBe(rendersForTheChange);
    idle();
    expect(city()).toHaveTextContent('beijing');
  });

  it('keeps one history entry per discrete step, each address built on the one before', async () => {
    const before = window.history.length;
    await click('Beijing');
    await handedOver();
    await click('Search');
    await handedOver();
    await click('Astana');
    await handedOver();
    expect(window.location.search).toBe('?city=astana&q=summit');
    expect(window.history.length).toBe(before + 2);
  });

  it('goes Back to the step before, right after a step was written, before the hooks heard of it', async () => {
    await click('Beijing');
    await handedOver();
    idle();
    await click('Astana');
    await handedOver();
    expect(window.location.search).toBe('?city=astana');
    // Back, as the browser does it: the entry before, then popstate.
    act(() => {
      window.history.replaceState(null, '', '/?city=beijing');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(city()).toHaveTextContent('beijing');
  });
});

describe('the address adapter, told of the address at once', () => {
  it('goes Back too (no idle moment is needed)', async () => {
    window.history.replaceState(null, '', '/');
    render(
      <UrlAdapter>
        <CityPicker />
      </UrlAdapter>,
    );
    await click('Beijing');
    await handedOver();
    await click('Astana');
    await new Promise((resolve) => setTimeout(resolve, 150));
    act(() => {
      window.history.replaceState(null, '', '/?city=beijing');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(city()).toHaveTextContent('beijing');
    cleanup();
  });
});
