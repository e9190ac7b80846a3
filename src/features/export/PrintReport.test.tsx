import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../state/view-state';
import { realIndex } from '../../test/fixtures';
import { PrintReport } from './PrintReport';

function renderReport(view: Partial<ViewState> = {}, meetings = realIndex.meetings) {
  return render(
    <PrintReport
      index={realIndex}
      view={{ ...EMPTY_VIEW, ...view }}
      meetings={meetings}
      dataLink={null}
    />,
  );
}

/** Makes `matchMedia('print')` match, as print emulation does. */
function emulatePrint() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === 'print',
    media: query,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  }));
}

describe('PrintReport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('renders nothing but its empty slot on screen', () => {
    const { container } = renderReport();
    expect(container.querySelector('.print-report')).toBeEmptyDOMElement();
  });

  it('renders before printing, synchronously', () => {
    const { container } = renderReport();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelectorAll('.print-report h3')).toHaveLength(15);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(container.querySelector('.print-report')).toBeEmptyDOMElement();
  });

  it('reports a filtered view: filters, meetings in order, quotes, decisions, source and link', () => {
    emulatePrint();
    const dushanbe = realIndex.meetings.filter((m) => m.cityId === 'dushanbe').reverse();
    renderReport({ city: ['dushanbe'], q: 'meeting' }, dushanbe);
    const report = screen.getByRole('article', { name: realIndex.dataset.title });
    expect(within(report).getByText('City').nextSibling).toHaveTextContent('Dushanbe');
    expect(within(report).getByText('Search').nextSibling).toHaveTextContent('“meeting”');
    expect(within(report).getByText('3 of 15')).toBeInTheDocument();
    expect(within(report).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Meeting of heads of emergency relief ministries and agencies',
      'Meeting of ministers for external economic and trade relations',
      'Meeting of attorneys general',
    ]);
    expect(report).toHaveTextContent('5–6 June 2012 · Dushanbe, Tajikistan · Attorneys general');
    expect(report).toHaveTextContent('“of attorneys general (June 5-6, 2012 in Dushanbe)”');
    expect(report).toHaveTextContent('No decision is linked to this meeting.');
    const decisions = realIndex.decisionsByMeeting.get('trade-ministers-2011') ?? [];
    expect(decisions.length).toBeGreaterThan(0);
    for (const decision of decisions) expect(report).toHaveTextContent(decision.title);
    expect(report).toHaveTextContent('Dataset sco-2012-beijing, version 1.0.0');
    expect(report).toHaveTextContent(`${window.location.origin}/?city=dushanbe&q=meeting`);
  });

  it('says “No filters” for the whole dataset, and keeps another dataset in the link', () => {
    emulatePrint();
    render(
      <PrintReport
        index={realIndex}
        view={EMPTY_VIEW}
        meetings={[]}
        dataLink="other"
      />,
    );
    const report = screen.getByRole('article');
    expect(report).toHaveTextContent('No filters');
    expect(report).toHaveTextContent('No meeting matches the filters of this view.');
    expect(report).toHaveTextContent(`${window.location.origin}/?dataset=other`);
  });
});
