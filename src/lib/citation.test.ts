import { describe, expect, it } from 'vitest';
import { realDataset } from '../test/fixtures';
import {
  bibtexKey,
  bibtexUrl,
  calendarDateOf,
  citationBibtex,
  citationText,
  citeRecord,
  escapeBibtex,
  type CitationContext,
} from './citation';

const url = 'https://example.org/sco/?decision=security-documents';
const context: CitationContext = { dataset: realDataset, url, accessed: '2026-03-05' };
const record = {
  kind: 'decision' as const,
  id: 'security-documents',
  title: 'Response regulation and 2013–2015 counter-terrorism programme approved',
};

describe('citationText', () => {
  it('cites the press release, the record, the dataset version and the deep link', () => {
    expect(citationText(record, context)).toBe(
      'Shanghai Cooperation Organization. “Press Release: Meeting of the Council of Heads of Member States of the ' +
        'Shanghai Cooperation Organization.” Beijing, 6–7 June 2012. Record (decision): Response regulation and ' +
        '2013–2015 counter-terrorism programme approved. SCO Timeline Explorer, dataset 1.0.0. ' +
        'https://example.org/sco/?decision=security-documents (accessed 5 March 2026).',
    );
  });

  it('does not double a full stop that ends the record title', () => {
    const text = citationText({ kind: 'meeting', id: 'x', title: 'Meeting of St. Petersburg.' }, context);
    expect(text).toContain('Record (meeting): Meeting of St. Petersburg. SCO');
  });
});

describe('citationBibtex', () => {
  it('writes a @misc entry keyed by dataset and record, with the URL and access date', () => {
    expect(citationBibtex(record, context)).toBe(
      [
        '@misc{sco2012beijing-security-documents,',
        '  author = {{Shanghai Cooperation Organization}},',
        '  title = {{Press Release: Meeting of the Council of Heads of Member States of the Shanghai Cooperation Organization}},',
        '  howpublished = {Beijing, 6--7 June 2012},',
        '  year = {2012},',
        '  month = jun,',
        '  url = {https://example.org/sco/?decision=security-documents},',
        '  urldate = {2026-03-05},',
        '  note = {Record (decision): Response regulation and 2013--2015 counter-terrorism programme approved. ' +
          'SCO Timeline Explorer, dataset 1.0.0. Accessed 5 March 2026},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes BibTeX specials in text fields but keeps the URL intact', () => {
    const awkward = { kind: 'state' as const, id: 'a-b', title: 'R&D {budget} 100% $5 #1 a_b ~x^2 \\ end' };
    const link = 'https://example.org/?q=R%26D%20100%25&state=a-b#top';
    const bib = citationBibtex(awkward, { ...context, url: link });
    expect(bib).toContain(
      'note = {Record (state): R\\&D \\{budget\\} 100\\% \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{} end.',
    );
    expect(bib).toContain(`url = {${link}},`);
    // Braces stay balanced: the entry can be parsed.
    const unescaped = bib.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });

  it('escapes specials in the source too (another dataset)', () => {
    const source = { ...realDataset.source, publisher: 'A & B', title: 'Report {draft} 50%' };
    const bib = citationBibtex(record, { ...context, dataset: { ...realDataset, source } });
    expect(bib).toContain('author = {{A \\& B}},');
    expect(bib).toContain('title = {{Report \\{draft\\} 50\\%}},');
  });
});

describe('helpers', () => {
  it('escapeBibtex leaves plain text alone and turns dashes into TeX dashes', () => {
    expect(escapeBibtex('Hu Jintao – chair — host')).toBe('Hu Jintao -- chair --- host');
    expect(escapeBibtex('plain text')).toBe('plain text');
  });

  it('bibtexUrl only encodes what would break the entry', () => {
    expect(bibtexUrl('https://x.org/?a=1&b=%20#c')).toBe('https://x.org/?a=1&b=%20#c');
    expect(bibtexUrl('https://x.org/{a} b')).toBe('https://x.org/%7Ba%7D%20b');
  });

  it('bibtexKey joins a compact dataset id and the record id', () => {
    expect(bibtexKey('sco-2012-beijing', 'defence-ministers-2012')).toBe('sco2012beijing-defence-ministers-2012');
  });

  it('calendarDateOf gives the local calendar date', () => {
    expect(calendarDateOf(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });

  it('citeRecord returns both forms with the deep link', () => {
    const citation = citeRecord(record, context);
    expect(citation.text).toContain(url);
    expect(citation.bibtex).toContain(url);
  });
});
