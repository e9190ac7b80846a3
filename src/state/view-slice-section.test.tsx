import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInView } from '../test/render-in-view';
import { paint } from '../test/paint-on-demand';
import { writeViewNow } from './use-view-state';
import { useUpdateView } from './view-slice';
import { withViewSlice, type WithView } from './view-slice-section';

vi.mock('../lib/after-paint', () => import('../test/paint-on-demand'));

const SLICE = ['event', 'area'] as const;
const FROM_ELSEWHERE = ['event'] as const;

let bodyRenders = 0;
let shellRenders = 0;

/** A section's body: what it draws of its slice, and how often it drew. */
function Body({ label, view }: WithView<{ label: string }, (typeof SLICE)[number]>) {
  bodyRenders++;
  return (
    <p>
      {label}: {view.event ?? 'none'} / {view.area.join(',') || 'all'}
    </p>
  );
}
const Section = withViewSlice(SLICE, FROM_ELSEWHERE, Body);

/** Counts the shell's renders too: the body is the part that must not follow them. */
function Counted() {
  shellRenders++;
  return <Section label="slice" />;
}

function Controls() {
  const update = useUpdateView();
  return (
    <>
      <button type="button" onClick={() => update({ event: 'audit-2012' })}>
        select
      </button>
      <button type="button" onClick={() => update({ area: ['security'] })}>
        area
      </button>
    </>
  );
}

/** The section, with buttons that change the view as the timeline and the section's own controls do. */
const renderSection = () =>
  renderInView(
    <>
      <Controls />
      <Counted />
    </>,
  );

afterEach(async () => {
  // The address of one test is written before the next opens its own.
  await act(writeViewNow);
  cleanup();
  bodyRenders = shellRenders = 0;
});

describe('withViewSlice', () => {
  it('renders the body for a change it follows after the paint only once the next two paints are done', async () => {
    renderSection();
    expect(screen.getByText('slice: none / all')).toBeInTheDocument();
    const before = bodyRenders;
    await userEvent.click(screen.getByRole('button', { name: 'select' }));
    // The subscription heard the change; the body did not draw it yet.
    expect(bodyRenders).toBe(before);
    expect(screen.getByText('slice: none / all')).toBeInTheDocument();
    paint();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(bodyRenders).toBe(before);
    paint();
    expect(await screen.findByText('slice: audit-2012 / all')).toBeInTheDocument();
    expect(bodyRenders).toBe(before + 1);
  });

  it("draws a change of the section's own parameters at once", async () => {
    renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'area' }));
    expect(screen.getByText('slice: none / security')).toBeInTheDocument();
  });

  it('does not render the body when the page around it renders with the same props', () => {
    const { rerender } = renderInView(<Counted />);
    const before = bodyRenders;
    rerender(<Counted />);
    expect(shellRenders).toBeGreaterThan(1);
    expect(bodyRenders).toBe(before);
  });

  describe('off screen', () => {
    /** The browser starts or stops skipping the content of `element` (content-visibility: auto). */
    const skip = (element: Element, skipped: boolean) =>
      act(() => {
        element.dispatchEvent(
          Object.assign(new Event('contentvisibilityautostatechange'), { skipped }),
        );
      });

    it('holds what it follows from elsewhere until the section comes near the screen', async () => {
      const { container } = renderSection();
      skip(container, true);
      await userEvent.click(screen.getByRole('button', { name: 'select' }));
      paint();
      paint();
      // Caught up after the paint, but not drawn while the browser skips the section.
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
      expect(screen.getByText('slice: none / all')).toBeInTheDocument();
      skip(container, false);
      expect(await screen.findByText('slice: audit-2012 / all')).toBeInTheDocument();
    });

    it('draws what it held once the browser is idle', async () => {
      const { container } = renderSection();
      skip(container, true);
      await userEvent.click(screen.getByRole('button', { name: 'select' }));
      paint();
      paint();
      expect(
        await screen.findByText('slice: audit-2012 / all', {}, { timeout: 2000 }),
      ).toBeInTheDocument();
    });

    it("shows a change of the section's own parameters at once", async () => {
      const { container } = renderSection();
      skip(container, true);
      await userEvent.click(screen.getByRole('button', { name: 'area' }));
      expect(screen.getByText('slice: none / security')).toBeInTheDocument();
    });
  });
});
