/**
 * The app's nuqs adapter: a change shows at once, the address follows after the change is
 * painted, one history entry per discrete step, and Back and Forward reach the view, even
 * right after a step or before it was written.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { parseAsString, useQueryState } from 'nuqs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAddressWriter, createUrlAdapter, UrlAdapter, type AddressWriter } from './url-adapter';

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
/** A click, and nuqs handing its change over to the adapter. */
const step = async (name: string) => {
  await click(name);
  await handedOver();
};
/** Back, as the browser does it: the entry before, then popstate. */
const back = (search: string) => {
  act(() => {
    window.history.replaceState(null, '', `/${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
};

describe('the address adapter, writing when the test says', () => {
  // The writes wait for the test: what the page does between a change and its write.
  let writer: AddressWriter;
  let scheduled = 0;
  const write = () => {
    act(() => {
      writer.writeQueued();
    });
  };

  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    scheduled = 0;
    writer = createAddressWriter(() => {
      scheduled += 1;
      return () => {};
    });
    const Adapter = createUrlAdapter(writer);
    render(
      <Adapter>
        <CityPicker />
      </Adapter>,
    );
  });
  afterEach(cleanup);

  it('shows a change at once and writes the address only when asked', async () => {
    await click('Beijing');
    expect(city()).toHaveTextContent('beijing');
    await handedOver();
    expect(scheduled).toBe(1);
    expect(window.location.search).toBe('');
    write();
    expect(window.location.search).toBe('?city=beijing');
    expect(city()).toHaveTextContent('beijing');
  });

  it('holds a change while its write waits, through the renders of later changes', async () => {
    await step('Beijing');
    // nuqs' queue is empty now; the address still lacks the city. A render must not read
    // that as a navigation back to no city.
    await click('Search');
    expect(city()).toHaveTextContent('beijing');
    await handedOver();
    expect(city()).toHaveTextContent('beijing');
    expect(window.location.search).toBe('');
    write();
    expect(window.location.search).toBe('?city=beijing&q=summit');
    expect(city()).toHaveTextContent('beijing');
  });

  it('keeps every step handed over before the write, in order, one entry each', async () => {
    const before = window.history.length;
    await step('Beijing');
    await step('Search');
    await step('Astana');
    expect(window.location.search).toBe('');
    expect(city()).toHaveTextContent('astana');
    write();
    expect(window.location.search).toBe('?city=astana&q=summit');
    // Beijing and Astana are pushed; the search replaces.
    expect(window.history.length).toBe(before + 2);
    expect(city()).toHaveTextContent('astana');
    expect(screen.getByRole('status', { name: 'q' })).toHaveTextContent('summit');
  });

  it('writes what waits when the page is left', async () => {
    await step('Beijing');
    expect(window.location.search).toBe('');
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?city=beijing');
  });

  it('drops a step not yet written when the reader goes Back', async () => {
    await step('Beijing');
    write();
    await step('Astana');
    back('');
    expect(city()).toHaveTextContent('none');
    write();
    expect(window.location.search).toBe('');
    expect(city()).toHaveTextContent('none');
  });

  it('goes Back to the step before, right after a step was written', async () => {
    await step('Beijing');
    write();
    await step('Astana');
    write();
    back('?city=beijing');
    expect(city()).toHaveTextContent('beijing');
  });
});

describe('the address adapter as the app uses it', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    render(
      <UrlAdapter>
        <CityPicker />
      </UrlAdapter>,
    );
  });
  afterEach(cleanup);

  it('writes the address on its own after the change, one entry per step', async () => {
    const before = window.history.length;
    await click('Beijing');
    expect(city()).toHaveTextContent('beijing');
    await waitFor(() => expect(window.location.search).toBe('?city=beijing'));
    await click('Astana');
    await waitFor(() => expect(window.location.search).toBe('?city=astana'));
    expect(window.history.length).toBe(before + 2);
  });
});
