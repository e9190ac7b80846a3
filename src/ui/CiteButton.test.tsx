import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { realDataset } from '../test/fixtures';
import { CiteButton } from './CiteButton';

const url = 'https://example.org/?decision=security-documents';
const record = { kind: 'decision' as const, id: 'security-documents', title: 'Response regulation approved' };

/** Escape heard by what contains the button (a card, a detail panel). */
const outerEscape = vi.fn();

function renderCite() {
  return render(
    <div
      onKeyDown={(event) => {
        if (event.key === 'Escape') outerEscape();
      }}
    >
      <CiteButton record={record} url={url} dataset={realDataset} />
    </div>,
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  outerEscape.mockReset();
});

describe('CiteButton', () => {
  it('discloses the plain text and BibTeX citations, each with the deep link and the day of access', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 5, 12));
    const user = userEvent.setup();
    renderCite();
    const cite = screen.getByRole('button', { name: 'Cite' });
    expect(cite).toHaveAttribute('aria-expanded', 'false');
    await user.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'true');
    const text = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain text' }).value;
    expect(text).toContain(`${url} (accessed 5 March 2026).`);
    const bibtex = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'BibTeX' }).value;
    expect(bibtex).toMatch(/^@misc\{sco2012beijing-security-documents,/);
    expect(bibtex).toContain('urldate = {2026-03-05},');
    vi.useRealTimers();
  });

  it('copies with the clipboard API and says so politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderCite();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining(`url = {${url}}`));
    expect(await screen.findByRole('status')).toHaveTextContent('Copied the BibTeX citation');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderCite();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await user.click(screen.getByRole('button', { name: 'Copy plain text' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Could not copy');
  });

  it('Escape closes the panel alone and returns focus to Cite', async () => {
    const user = userEvent.setup();
    renderCite();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Plain text' }), { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'Plain text' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cite' })).toHaveFocus();
    expect(outerEscape).not.toHaveBeenCalled();
  });

  it('adds RIS and CSL-JSON for reference managers, with the content hash once computed', async () => {
    // Every request answers "abc": the manifest is not JSON, so the dataset file is hashed.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('abc')));
    const user = userEvent.setup();
    renderCite();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const ris = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'RIS' });
    // A textarea shows CRLF as LF; the Copy button copies the CRLF text itself.
    expect(ris.value).toMatch(/^TY {2}- DATA\n[\s\S]*\nER {2}- \n$/);
    expect(ris.value).toContain(`UR  - ${url}`);
    await waitFor(() => expect(ris.value).toContain('content hash ba7816bf8f01'));
    const csl = JSON.parse(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'CSL-JSON' }).value) as unknown[];
    expect(csl[0]).toMatchObject({ type: 'dataset', URL: url, version: '1.0.0' });
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain text' }).value).toContain(
      'dataset 1.0.0, content hash ba7816bf8f01.',
    );
    vi.unstubAllGlobals();
  });
});
