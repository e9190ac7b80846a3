import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { cloneDataset, realDataset } from '../../test/fixtures';
import { ROLES_COLUMNS, toRolesCsv } from './to-roles-csv';

describe('toRolesCsv', () => {
  const text = toRolesCsv(realDataset);
  const rows = csvParse(text.slice(1));

  it('writes a BOM, the header and a row per state, CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(ROLES_COLUMNS.join(','));
    const ids = new Set([...realDataset.delegations.map((d) => d.countryId), ...realDataset.statusChanges.map((c) => c.countryId)]);
    expect(rows.map((r) => r.state_id)).toEqual([...ids]);
  });

  it('gives each state its role before and after the summit, its head of delegation and quotes', () => {
    const afghanistan = rows.find((r) => r.state_id === 'afghanistan');
    expect(afghanistan).toMatchObject({ role_before: 'guest', role_after: 'observer', state: 'Afghanistan' });
    expect(afghanistan?.status_change_quote).toContain('observer status');
    const kazakhstan = rows.find((r) => r.state_id === 'kazakhstan');
    expect(kazakhstan).toMatchObject({
      role_before: 'member',
      role_after: 'member',
      head_of_delegation: 'N. Nazarbayev',
      head_title: 'President',
      delegation_quote: 'President N. Nazarbayev of the Republic of Kazakhstan',
      dataset_version: '1.0.0',
    });
    // Turkey appears only in a status change: no role before it, no delegation.
    const turkey = rows.find((r) => r.state_id === 'turkey');
    expect(turkey).toMatchObject({ role_before: '', role_after: 'dialogue-partner', head_of_delegation: '' });
  });

  it('works without a source: every change counts after, none before', () => {
    const { source: _source, ...dataset } = cloneDataset();
    const noSource = csvParse(toRolesCsv(dataset).slice(1));
    expect(noSource.find((r) => r.state_id === 'afghanistan')).toMatchObject({ role_before: 'guest', role_after: 'observer', source: '' });
  });
});
