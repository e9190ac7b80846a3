/**
 * The whole explorer in jsdom, on the real dataset and the real atlas: React's development
 * build checks every component as it renders (keys, nesting, hooks), and the test setup fails
 * a test on any error logged. The browser tests run the production build, which checks none.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import manifest from '../../public/data/datasets.json';
import { rawDatasetJson } from '../test/fixtures';
import { stubMatchMedia, stubResizeObserver } from '../test/stubs';
import { App } from './App';
import { createQueryClient, startLoading } from './start-loading';
import { startupRequest } from '../state/data-source';

/** What the page fetches, by the end of its address: the files as they ship. */
const files: Record<string, unknown> = {
  'datasets.json': manifest,
  'sco-2012-beijing.json': rawDatasetJson,
  'countries-110m.json': atlas,
};

function serveFiles() {
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : input.toString();
    const name = Object.keys(files).find((file) => url.endsWith(file) || url.includes(`/${file}?`));
    return Promise.resolve(
      name ? new Response(JSON.stringify(files[name])) : new Response('not found', { status: 404 }),
    );
  });
}

async function openExplorer(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const client = createQueryClient();
  startLoading(client, startupRequest(window.location.search));
  render(<App queryClient={client} />);
  await screen.findByRole('list', { name: 'Meetings' }, { timeout: 15_000 });
}

describe('the explorer, whole', { timeout: 60_000 }, () => {
  let layOut: () => void;
  beforeEach(() => {
    stubMatchMedia();
    layOut = stubResizeObserver();
    // jsdom lays nothing out, so it has no scrolling either; a deep link scrolls to its card.
    // (Each test file has its own jsdom: this stays in this file.)
    Element.prototype.scrollIntoView = () => {};
    serveFiles();
  });
  afterEach(() => {
    // Unmounted before the stubs go, or effects still running would meet a bare jsdom.
    cleanup();
    vi.unstubAllGlobals();
  });

  it('opens a deep link, with every section, and logs no error', async () => {
    await openExplorer('?event=beijing-summit-2012&decision=new-observer-and-dialogue-partner');
    layOut();
    expect(
      await screen.findByRole('heading', { name: 'Participants', level: 2 }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Source text', level: 2 }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    // The map has drawn its shapes from the atlas, and the cards and the detail are there.
    expect(
      await screen.findAllByRole('button', { name: /^Mongolia: observer/ }, { timeout: 15_000 }),
    ).not.toHaveLength(0);
    expect(
      await screen.findByRole('heading', {
        name: 'Beijing summit: Council of Heads of Member States',
        level: 2,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBeGreaterThan(10);
  });

  it('takes a filter, a selection and a search without an error', async () => {
    const user = userEvent.setup();
    await openExplorer();
    layOut();
    // The whole page, the map's shapes drawn (they arrive in a background render), so that
    // each click below is a user's on a page at rest.
    await screen.findAllByRole('button', { name: /^Mongolia: observer/ }, { timeout: 15_000 });
    await user.click(screen.getByRole('checkbox', { name: /^Beijing/ }));
    expect(await screen.findByText(/^8 of 15 meetings shown/)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Meetings' });
    // The list follows the count after the paint that shows it.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(8));
    const [first] = within(list).getAllByRole('button');
    if (!first) throw new Error('the list shows no meeting');
    await user.click(first);
    await waitFor(() => expect(window.location.search).toContain('event='));
    await user.type(screen.getByRole('searchbox'), 'defence');
    expect(
      await screen.findByText(/^1 of 15 meetings shown/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
  });
});
