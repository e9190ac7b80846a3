import { describe, expect, it } from 'vitest';
import { sourceLine } from './source-line';
import { realDataset } from '../test/fixtures';

describe('sourceLine', () => {
  it('names the bundled source with its publisher and dateline', () => {
    expect(sourceLine(realDataset)).toBe(
      `${realDataset.source.title} (${realDataset.source.publisher}, ${realDataset.source.dateline})`,
    );
  });

  it('gives only the title of a user’s text, and nothing without a source', () => {
    expect(
      sourceLine({ source: { title: 'notes.txt', paragraphs: [{ id: 'p1', text: 'A line.' }] } }),
    ).toBe('notes.txt');
    expect(sourceLine({ source: undefined })).toBeNull();
  });
});
