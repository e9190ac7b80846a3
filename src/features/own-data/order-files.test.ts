import { describe, expect, it } from 'vitest';
import { orderFiles } from './order-files';

const file = (name: string) => new File(['x'], name);

describe('orderFiles', () => {
  it('puts the data first and a text beside it as the source', () => {
    const csv = file('meetings.csv');
    const txt = file('release.txt');
    expect(orderFiles([txt, csv])).toEqual({ files: [csv, txt], ignored: [] });
  });

  it('reads a lone .txt as data, and any lone file as data', () => {
    const txt = file('table.txt');
    expect(orderFiles([txt]).files).toEqual([txt]);
    const odd = file('data.bin');
    expect(orderFiles([odd]).files).toEqual([odd]);
  });

  it('names the files it leaves out', () => {
    const [a, b, t1, t2] = [file('a.json'), file('b.tsv'), file('one.txt'), file('two.txt')];
    expect(orderFiles([a, b, t1, t2])).toEqual({ files: [a, t1], ignored: ['b.tsv', 'two.txt'] });
  });

  it('is empty for no file', () => {
    expect(orderFiles([])).toEqual({ files: [], ignored: [] });
  });
});
