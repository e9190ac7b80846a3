import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/fixtures';
import { headingKind, leadingHeadings } from './source-headings';

describe('leadingHeadings', () => {
  it('recognises the kind, title and dateline lines of the release', () => {
    const headings = leadingHeadings(realDataset.source.paragraphs, realDataset.source);
    expect([...headings]).toEqual([
      ['p1', 'kind'],
      ['p2', 'title'],
      ['p3', 'dateline'],
    ]);
  });

  it('stops at the first statement', () => {
    const source = realDataset.source;
    const paragraphs = [
      { id: 'a', text: 'It was held.' },
      { id: 'b', text: 'PRESS RELEASE' },
    ];
    expect(leadingHeadings(paragraphs, source).size).toBe(0);
    expect(headingKind('', source)).toBeNull();
  });
});
