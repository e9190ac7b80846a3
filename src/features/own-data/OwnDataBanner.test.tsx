import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { realDataset } from '../../test/fixtures';
import type { OwnData } from './own-data-query';
import { OwnDataBanner } from './OwnDataBanner';
import { OwnDataError } from './own-data-types';
import { OwnDataFailure } from './OwnDataFailure';
import { statusMessage } from './fetch-data';

function ownData(overrides: Partial<OwnData> = {}): OwnData {
  return {
    name: 'chronology.csv',
    dataset: realDataset,
    problems: [
      {
        row: 3,
        column: 'start',
        place: 'row',
        message: { id: 'ownData.problem.notDate', values: { value: '2012-13-45' } },
      },
      { row: 4, column: 'title', place: 'row', message: { id: 'ownData.problem.empty' } },
    ],
    preview: {
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      columns: [
        { header: 'Title', field: 'title' },
        { header: 'Start', field: 'start' },
        { header: 'Notes', field: null, note: { id: 'ownData.note.unknown' } },
      ],
      rows: 17,
      validRows: 15,
      sourceName: null,
      quotesChecked: 0,
    },
    contentHash: 'ab'.repeat(32),
    bytes: 1234,
    source: { kind: 'file', id: 'f-1' },
    ...overrides,
  };
}

describe('OwnDataBanner', () => {
  it('says where the data came from, what was read, and offers the way back', async () => {
    const onBundled = vi.fn();
    render(<OwnDataBanner data={ownData()} origin="chronology.csv" onBundled={onBundled} />);
    const about = screen.getByRole('region', { name: 'About this data' });
    expect(about).toHaveTextContent(
      'Your file chronology.csv, read in this browser: nothing was uploaded',
    );
    expect(about).toHaveTextContent('15 rows read of 17 rows · 2 problems found');
    await userEvent.click(within(about).getByText('What was read'));
    expect(within(about).getByRole('table')).toHaveTextContent('Notes');
    expect(within(about).getByRole('table')).toHaveTextContent(
      'not used: not a column this app reads',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Back to the SCO data' }));
    expect(onBundled).toHaveBeenCalledOnce();
  });

  it('names a link’s origin as not checked by this site', () => {
    render(
      <OwnDataBanner
        data={ownData({
          source: {
            kind: 'url',
            url: 'https://example.org/c.csv',
            param: 'https://example.org/c.csv',
          },
        })}
        origin="example.org/c.csv"
        onBundled={vi.fn()}
      />,
    );
    expect(screen.getByRole('region', { name: 'About this data' })).toHaveTextContent(
      'Data from example.org/c.csv, not checked by this site.',
    );
  });

  it('lists the rows left out, with their count, until dismissed', async () => {
    render(<OwnDataBanner data={ownData()} origin="chronology.csv" onBundled={vi.fn()} />);
    const panel = screen.getByRole('region', { name: 'Rows left out' });
    expect(panel).toHaveTextContent('2 problems in the file');
    expect(
      within(panel)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Row 3, start: "2012-13-45" is not a date (use YYYY-MM-DD)', 'Row 4, title: empty']);
    expect(within(panel).getByRole('button', { name: 'Download the list (CSV)' })).toBeVisible();
    await userEvent.click(within(panel).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Rows left out' })).toBeNull();
  });

  it('shows a 10,000-character word as text that may wrap', () => {
    const word = 'x'.repeat(10_000);
    render(
      <OwnDataBanner
        data={ownData({
          problems: [{ row: 2, column: 'title', message: { id: 'validation.text', values: { text: word } } }],
        })}
        origin={word}
        onBundled={vi.fn()}
      />,
    );
    const item = within(screen.getByRole('region', { name: 'Rows left out' })).getByRole(
      'listitem',
    );
    expect(item.closest('ul')?.className).toContain('wrap-anywhere');
  });
});

describe('OwnDataFailure', () => {
  it('names the failure in plain words and offers the SCO data and a retry', async () => {
    const onBundled = vi.fn();
    const onRetry = vi.fn();
    render(
      <OwnDataFailure
        error={new OwnDataError('http', statusMessage(404, 'c.csv'))}
        origin="example.org/c.csv"
        onRetry={onRetry}
        onBundled={onBundled}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'The server did not send the data',
    );
    expect(alert).toHaveTextContent('The server answered 404 (not found) for c.csv.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await userEvent.click(screen.getByRole('button', { name: 'Open the SCO data instead' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(onBundled).toHaveBeenCalledOnce();
  });

  it('lists a broken file’s problems and offers no retry that could not help', () => {
    render(
      <OwnDataFailure
        error={
          new OwnDataError('no-valid-row', { id: 'ownData.error.noValidRow', values: { name: 'bad.csv', count: 1 } }, [
            { row: 2, column: 'start', place: 'row', message: { id: 'ownData.problem.empty' } },
          ])
        }
        origin="bad.csv"
        onRetry={vi.fn()}
        onBundled={vi.fn()}
      />,
    );
    expect(screen.getByRole('list', { name: 'Problems found' })).toHaveTextContent(
      'Row 2, start: empty',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
