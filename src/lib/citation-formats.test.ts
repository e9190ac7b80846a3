import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realDataset } from '../test/fixtures';
import type { CitationContext } from './citation';
import { citationCsl, citationCslJson, citationRis } from './citation-formats';

const url = 'https://example.org/sco/?event=defence-ministers-2012';
const context: CitationContext = { dataset: realDataset, url, accessed: '2026-03-05', hash: 'ba7816bf8f01' };
const meeting = { kind: 'meeting' as const, id: 'defence-ministers-2012', title: 'Meeting of defence ministers' };
const { source: _source, ...withoutSource } = realDataset;

/** RIS as tag → values. */
function risTags(ris: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of ris.split('\r\n').filter(Boolean)) {
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    expect(match, line).not.toBeNull();
    const [, tag = '', value = ''] = match ?? [];
    tags.set(tag, [...(tags.get(tag) ?? []), value]);
  }
  return tags;
}

describe('citationRis', () => {
  it('is one record from TY to ER, with the deep link, the version and the content hash', () => {
    const ris = citationRis(meeting, context);
    expect(ris.startsWith('TY  - DATA\r\n')).toBe(true);
    expect(ris.endsWith('\r\nER  - \r\n')).toBe(true);
    const tags = risTags(ris);
    expect(tags.get('TI')).toEqual(['Meeting of defence ministers (meeting)']);
    expect(tags.get('T2')).toEqual(['SCO Beijing summit, 6–7 June 2012']);
    expect(tags.get('AU')).toEqual(['Shanghai Cooperation Organization']);
    expect(tags.get('PY')).toEqual(['2012']);
    expect(tags.get('DA')).toEqual(['2012/06/06/']);
    expect(tags.get('UR')).toEqual([url]);
    expect(tags.get('ET')).toEqual(['1.0.0']);
    expect(tags.get('Y2')).toEqual(['2026/03/05/']);
    expect(tags.get('N1')?.[0]).toContain('dataset 1.0.0, content hash ba7816bf8f01');
    expect(tags.get('N1')?.[0]).toContain('Quoted from: Shanghai Cooperation Organization, “Press Release');
  });

  it('cites the whole dataset, and a dataset without a source', () => {
    const whole = risTags(citationRis(null, { ...context, dataset: withoutSource, hash: null }));
    expect(whole.get('TI')).toEqual(['SCO Beijing summit, 6–7 June 2012']);
    expect(whole.has('T2')).toBe(false);
    expect(whole.has('AU')).toBe(false);
    expect(whole.get('N1')).toEqual(['SCO Timeline Explorer, dataset 1.0.0.']);
  });

  it('keeps every value on its line, whatever the title holds', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const ris = citationRis({ kind: 'decision', id: 'x', title }, context);
        const lines = ris.split('\r\n');
        expect(lines[0]).toBe('TY  - DATA');
        expect(lines.at(-2)).toBe('ER  - ');
        expect(lines.slice(0, -1).every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
      }),
    );
  });
});

describe('citationCsl', () => {
  it('has the required id and type, and the link, version, dates and hash', () => {
    const item = citationCsl(meeting, context);
    expect(item).toMatchObject({
      id: 'sco2012beijing-defence-ministers-2012',
      type: 'dataset',
      title: 'Meeting of defence ministers (meeting)',
      'container-title': 'SCO Beijing summit, 6–7 June 2012',
      author: [{ literal: 'Shanghai Cooperation Organization' }],
      issued: { 'date-parts': [[2012, 6, 6]] },
      accessed: { 'date-parts': [[2026, 3, 5]] },
      URL: url,
      version: '1.0.0',
    });
    expect(item.note).toContain('content hash ba7816bf8f01');
  });

  it('writes a JSON array, as citeproc and citation-js read it', () => {
    const parsed = JSON.parse(citationCslJson(null, context)) as { id: string; type: string }[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toMatchObject({ id: 'sco2012beijing-dataset', type: 'dataset' });
  });
});
