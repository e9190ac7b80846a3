import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryableImport } from '../lib/retryable-import';
import { lazyComponent } from '../ui/lazy-component';
import { LazySection } from './LazySection';

/** A chunk whose import fails while `offline` is true, as a dynamic import does offline. */
function flakyChunk() {
  const network = { offline: true, imports: 0 };
  const chunk = retryableImport(() => {
    network.imports += 1;
    return network.offline
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve({ Map: () => <p>The map itself</p> });
  });
  return { network, Section: lazyComponent(chunk, (m) => m.Map) };
}

/** Lets the chunk's promise settle inside act, so React renders what follows from it. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

async function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  await act(async () => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
    await settled();
  });
}

describe('a lazy section whose chunk fails to load', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offline, says it will load on reconnect, and loads when the connection returns', async () => {
    // React logs the error its boundary caught: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { network, Section } = flakyChunk();
    // Awaited: a component that suspends on a promise (use) resumes only in an awaited act.
    await act(async () => {
      render(
        <LazySection name="map">
          <Section />
        </LazySection>,
      );
      await settled();
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are offline — this part will load when you reconnect.',
    );
    network.offline = false;
    await setOnline(true);
    expect(await screen.findByText('The map itself')).toBeInTheDocument();
    expect(network.imports).toBe(2);
  });

  it('online, names the failure, and Try again imports the chunk anew', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    const { network, Section } = flakyChunk();
    await act(async () => {
      render(
        <LazySection name="details">
          <Section />
        </LazySection>,
      );
      await settled();
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The meeting’s details could not be shown.');
    network.offline = false;
    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    await act(async () => {
      tryAgain.click();
      await settled();
    });
    expect(await screen.findByText('The map itself')).toBeInTheDocument();
    expect(network.imports).toBe(2);
  });
});
