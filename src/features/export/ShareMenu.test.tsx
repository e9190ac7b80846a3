import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_VIEW } from '../../state/view-state';
import { realIndex } from '../../test/fixtures';
import { ShareMenu } from './ShareMenu';

const dushanbe = realIndex.meetings.filter((m) => m.cityId === 'dushanbe');

function renderMenu(index = realIndex) {
  const user = userEvent.setup();
  render(
    <>
      <ShareMenu index={index} view={{ ...EMPTY_VIEW, city: ['dushanbe'] }} datasetId={null} meetings={dushanbe} />
      <button type="button">After</button>
    </>,
  );
  return { user, button: screen.getByRole('button', { name: 'Share and export' }) };
}

/** The menu's contents load on demand: wait for it to open. */
const opened = () => screen.findByRole('menu');

describe('ShareMenu', () => {
  const blobs: Blob[] = [];
  const downloads: string[] = [];

  beforeEach(() => {
    blobs.length = 0;
    downloads.length = 0;
    // jsdom has no object URLs and does not navigate: record what would be saved.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is a menu button, closed at first', () => {
    const { button } = renderMenu();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('opens from the keyboard and moves with arrows, Home and End', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await opened();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Copy link',
      'Download CSV',
      'Download JSON',
      'Download calendar (.ics)',
      'Cities (GeoJSON)',
      'States and roles (CSV)',
      'Web Annotations (JSON-LD)',
      'Timeline as SVG',
      'Timeline as PNG',
      'Map as SVG',
      'Map as PNG',
      'Print report',
      'Cite the dataset (RIS)',
      'Cite the dataset (CSL-JSON)',
    ]);
    for (const group of ['Link', 'Data', 'Pictures', 'Citation']) {
      expect(screen.getByRole('group', { name: group })).toBeVisible();
    }
    expect(screen.getByRole('group', { name: 'Pictures' })).toContainElement(screen.getByRole('menuitem', { name: 'Map as PNG' }));
    expect(screen.getByRole('menu')).toHaveAccessibleName('Share and export');
    expect(screen.getByRole('menu')).toHaveAccessibleDescription('The 3 meetings of this view');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[13]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(items[13]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('is expanded only once the menu is there, with focus on an item', async () => {
    const { user, button } = renderMenu();
    const seen: { menu: boolean; focused: boolean }[] = [];
    const observer = new MutationObserver(() => {
      if (button.getAttribute('aria-expanded') === 'true') {
        seen.push({
          menu: !!document.getElementById(button.getAttribute('aria-controls') ?? ''),
          focused: document.activeElement?.getAttribute('role') === 'menuitem',
        });
      }
    });
    observer.observe(button, { attributes: true, attributeFilter: ['aria-expanded'] });
    button.focus();
    await user.keyboard('{ArrowDown}');
    await opened();
    observer.disconnect();
    expect(seen[0]?.menu).toBe(true);
    expect(screen.getAllByRole('menuitem')[0]).toHaveFocus();
  });

  it('opens with Enter and Space, on the last item with ArrowUp', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{Enter}');
    await opened();
    expect(screen.getAllByRole('menuitem')[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard(' ');
    await opened();
    expect(screen.getAllByRole('menuitem')[0]).toHaveFocus();
    await user.keyboard('{Escape}{ArrowUp}');
    await opened();
    expect(screen.getByRole('menuitem', { name: 'Cite the dataset (CSL-JSON)' })).toHaveFocus();
  });

  it('closes on Tab, moving on from the button', async () => {
    const { user, button } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await opened();
    await user.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await opened();
    await user.click(document.body);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('copies the link of the view and says so', async () => {
    const { user, button } = renderMenu();
    await user.click(button);
    await opened();
    await user.click(screen.getByRole('menuitem', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/?city=dushanbe`);
    expect(button).toHaveFocus();
  });

  it.each([
    ['Download CSV', 'sco-meetings-sco-2012-beijing-3.csv', 'text/csv;charset=utf-8', 'CSV of 3 meetings downloaded'],
    ['Download JSON', 'sco-meetings-sco-2012-beijing-3.json', 'application/json;charset=utf-8', 'JSON of 3 meetings downloaded'],
    ['Download calendar (.ics)', 'sco-meetings-sco-2012-beijing-3.ics', 'text/calendar;charset=utf-8', 'Calendar of 3 meetings downloaded'],
  ])('%s saves %s', async (name, filename, type, message) => {
    const { user, button } = renderMenu();
    await user.click(button);
    await opened();
    await user.click(screen.getByRole('menuitem', { name }));
    // The writers load on the first export.
    await waitFor(() => expect(downloads).toEqual([filename]));
    expect(blobs[0]?.type).toBe(type);
    const text = (await blobs[0]?.text()) ?? '';
    expect(text).toContain('attorneys-general-2012');
    expect(text).not.toContain('beijing-summit-2012');
    expect(screen.getByRole('status')).toHaveTextContent(message);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('prints', async () => {
    const print = vi.fn();
    window.print = print;
    const { user, button } = renderMenu();
    await user.click(button);
    await opened();
    await user.click(screen.getByRole('menuitem', { name: 'Print report' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('offers no annotations for a dataset without a source, and says why', async () => {
    const { source: _source, ...dataset } = realIndex.dataset;
    const { user, button } = renderMenu({ ...realIndex, dataset });
    await user.click(button);
    await opened();
    const annotations = screen.getByRole('menuitem', { name: 'Web Annotations (JSON-LD)' });
    expect(annotations).toHaveAttribute('aria-disabled', 'true');
    expect(annotations).toHaveAccessibleDescription('This dataset has no source text to point at');
    await user.click(annotations);
    expect(screen.getByRole('status')).toHaveTextContent('This dataset has no source text to point at');
    expect(downloads).toEqual([]);
  });

  it.each([
    ['Cities (GeoJSON)', 'sco-cities-sco-2012-beijing-3.geojson', 'application/geo+json;charset=utf-8', '"Dushanbe"'],
    ['States and roles (CSV)', 'sco-states-roles-sco-2012-beijing.csv', 'text/csv;charset=utf-8', 'role_before'],
  ])('%s saves %s', async (name, filename, type, content) => {
    const { user, button } = renderMenu();
    await user.click(button);
    await opened();
    await user.click(screen.getByRole('menuitem', { name }));
    await waitFor(() => expect(downloads).toEqual([filename]));
    expect(blobs[0]?.type).toBe(type);
    expect(await blobs[0]?.text()).toContain(content);
  });
});
