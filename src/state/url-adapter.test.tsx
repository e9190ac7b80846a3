/**
 * The app's nuqs adapter: the address follows a change, one history entry per discrete step,
 * and Back and Forward reach the view, even right after a step was written.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { parseAsString, useQueryState } from 'nuqs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UrlAdapter } from './url-adapter';

function CityPicker() {
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
    window.history.replaceState(null, '', '/');
    render(
      <UrlAdapter>
        <CityPicker />
      </UrlAdapter>,
    );
  });
  afterEach(cleanup);

  it('shows a change at once and writes the address as nuqs hands it over', async () => {
    await click('Beijing');
    expect(city()).toHaveTextContent('beijing');
    await handedOver();
    expect(window.location.search).toBe('?city=beijing');
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

  it('goes Back to the step before, right after a step was written', async () => {
    await click('Beijing');
    await handedOver();
    await click('Astana');
    await handedOver();
    // Back, as the browser does it: the entry before, then popstate.
    act(() => {
      window.history.replaceState(null, '', '/?city=beijing');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(city()).toHaveTextContent('beijing');
  });
});
